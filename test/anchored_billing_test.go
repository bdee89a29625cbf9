package test

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/bindings"
	"github.com/meterchain/meterchain/bindings/anchoredledger"
	"github.com/meterchain/meterchain/deploy"
	"github.com/meterchain/meterchain/internal/anchor"
	"github.com/meterchain/meterchain/internal/billid"
	"github.com/meterchain/meterchain/internal/chaintx"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/test/harness"
)

// Bills on an anchored deployment take their registers from final state roots: anyone proves a
// meter's registers at a period's end (proveRegisters: the meter's state leaf, the closing record
// covering the period, their paths) against a batch past its window, and a BillingManager wired
// to the AnchoredLedger bills exactly what the verified ledger's would from the same readings.

// twin is one meter registered on both deployments, with its own key on each (the signed
// domains differ anyway), on the same tariff.
type twin struct {
	verified, anchored *harness.Meter
	readings           []reading.Reading
}

// billFleet is the verified deployment of harness.New and an anchored one on the same chain,
// each with its own BillingManager over the same tariffs.
type billFleet struct {
	*anchoredFleet
	twins              []*twin
	verified, anchored *harness.Billing
}

func newBillFleet(t testing.TB, meters int, rng *rand.Rand) *billFleet {
	f := &billFleet{anchoredFleet: newAnchoredFleet(t, 0)}
	e := f.e
	for i := range meters {
		id := uint64(443_101_001 + i)
		tw := &twin{}
		if i%2 == 1 {
			tw.verified, tw.anchored = e.RegisterP256Meter(id, e.Users[2], false, 20_000), f.a.RegisterP256Meter(id, e.Users[2], 20_000)
		} else {
			tw.verified, tw.anchored = e.RegisterMeter(id, e.Users[2], false, 20_000), f.a.RegisterMeter(id, e.Users[2], 20_000)
		}
		if tariff := uint32(1 + rng.IntN(4)); tariff != 1 {
			e.MustSend(e.Registrar, e.Registry, e.RegistryABI.PackAssignTariff(id, tariff))
			e.MustSend(e.Registrar, f.a.Registry, f.a.RegistryABI.PackAssignTariff(id, tariff))
		}
		f.twins = append(f.twins, tw)
	}
	f.verified = e.Billing()
	bm := bindings.NewBillingManager()
	addr, _, err := chaintx.Deploy(e.Ctx, e.Client, e.Admin.Opts, bindings.BillingManagerMetaData.Bin,
		bm.PackConstructor(f.a.Registry.Address(), f.a.Addr, e.Deployment.StableToken, e.Admin.Addr, deploy.PaymentTerm))
	require.NoError(t, err)
	f.anchored = e.BillingAt(addr)
	require.Equal(t, f.a.Addr, must(t, f.anchored.Manager, bm.PackLedger(), bm.UnpackLedger))
	setBillingTariffs(t, e, f.verified)
	setBillingTariffs(t, e, f.anchored)
	return f
}

// billMonths are the months the random readings fall in: January to May 2025, so the bills of
// December 2024 (opening at the first reading) to April 2025 can be asked for.
var billMonths = []uint32{202501, 202502, 202503, 202504, 202505}

// randomReadings gives a meter one to three readings in each month it reads in, from January or
// February to May 2025, sometimes at 00:00 on the 1st (the month before's last moment); with gap
// set, one or two whole months in February to April without any. Registers grow at random below
// the 20 kW the meter is registered with.
func randomReadings(rng *rand.Rand, id uint64, gap bool) []reading.Reading {
	skip := map[uint32]bool{}
	if gap {
		from := 1 + rng.IntN(3) // February, March or April
		for k := 0; k < 1+rng.IntN(2) && from+k <= 3; k++ {
			skip[billMonths[from+k]] = true
		}
	}
	first := rng.IntN(2)
	var ts []uint64
	for i, p := range billMonths {
		if i < first || skip[p] {
			continue
		}
		y, m := int(p/100), time.Month(p%100)
		days := map[int]bool{}
		for range 1 + rng.IntN(3) {
			days[1+rng.IntN(27)] = true
		}
		for d := 1; d <= 28; d++ {
			if !days[d] {
				continue
			}
			at := time.Date(y, m, d, rng.IntN(24), rng.IntN(60), 0, 0, time.UTC)
			if d == 1 && rng.IntN(2) == 0 && (i > 0 || first == 0) {
				at = time.Date(y, m, 1, 0, 0, 0, 0, time.UTC) // ends the month before
			}
			ts = append(ts, uint64(at.Unix()))
		}
	}
	imp, exp := uint64(rng.IntN(5_000_000)), uint64(rng.IntN(100_000))
	out := make([]reading.Reading, len(ts))
	for i, t := range ts {
		if i > 0 {
			dt := t - ts[i-1]
			imp += rng.Uint64N(dt*8_000/3600 + 1)
			exp += rng.Uint64N(dt*2_000/3600 + 1)
		}
		out[i] = reading.Reading{MeterID: id, Seq: uint64(i + 1), Timestamp: t, ImportWh: imp, ExportWh: exp,
			DetailHash: common.Hash{byte(i)}}
	}
	return out
}

// read sends every twin's readings to the verified ledger (all must be accepted) and, in two
// batches split at 1 March 2025, to the anchored one; then waits out the window.
func (f *billFleet) read() {
	f.t.Helper()
	split := uint64(time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC).Unix())
	var records [][]byte
	var early, late []anchor.Candidate
	for _, tw := range f.twins {
		for _, r := range tw.readings {
			records = append(records, f.e.Record(tw.verified, r))
			c := f.a.Candidate(tw.anchored, r)
			if r.Timestamp < split {
				early = append(early, c)
			} else {
				late = append(late, c)
			}
		}
	}
	outcomes := f.e.Outcomes(f.e.SubmitRecords(records...))
	require.Len(f.t, outcomes, len(records))
	for _, o := range outcomes {
		require.Equal(f.t, reading.Accepted, o.Reason, "verified: meter %d seq %d", o.MeterID, o.Seq)
	}
	for _, cands := range [][]anchor.Candidate{early, late} {
		p := f.honest(cands)
		for _, e := range f.honestEntries(p) {
			require.Equal(f.t, reading.Accepted, e.Verdict, "anchored: meter %d seq %d", e.Reading.MeterID, e.Reading.Seq)
		}
	}
	f.a.Warp(anchorWindow * time.Second)
	for _, p := range f.posted {
		require.True(f.t, f.a.IsFinal(p))
	}
}

// retire deactivates twins on both deployments and sends each one more reading, which both
// ledgers reject; on the anchored one in a third batch, decided after the deactivations, whose
// window it then waits out. The verified ledger closes each meter's final period at deactivation;
// the anchored one has it proven from that batch (proveFinals).
func (f *billFleet) retire(twins []*twin) harness.Posted {
	f.t.Helper()
	var records [][]byte
	var cands []anchor.Candidate
	for _, tw := range twins {
		f.e.MustSend(f.e.Registrar, f.e.Registry, f.e.RegistryABI.PackDeactivate(tw.verified.ID))
		f.e.MustSend(f.e.Registrar, f.a.Registry, f.a.RegistryABI.PackDeactivate(tw.anchored.ID))
		r := tw.readings[len(tw.readings)-1]
		r.Seq, r.Timestamp, r.ImportWh = r.Seq+1, r.Timestamp+3600, r.ImportWh+100
		records = append(records, f.e.Record(tw.verified, r))
		cands = append(cands, f.a.Candidate(tw.anchored, r))
	}
	for _, o := range f.e.Outcomes(f.e.SubmitRecords(records...)) {
		require.Equal(f.t, reading.InactiveMeter, o.Reason, "verified: meter %d", o.MeterID)
	}
	p := f.honest(cands)
	for _, e := range f.honestEntries(p) {
		require.Equal(f.t, reading.InactiveMeter, e.Verdict, "anchored: meter %d", e.Reading.MeterID)
	}
	f.a.Warp(anchorWindow * time.Second)
	require.True(f.t, f.a.IsFinal(p))
	return p
}

// proveFinals proves the final period of each retired twin from batch p (decided after the
// deactivations; the state is the fleet's).
func (f *billFleet) proveFinals(p harness.Posted, twins []*twin, gas gasLog) {
	f.t.Helper()
	for _, tw := range twins {
		id := tw.anchored.ID
		_, index, _ := anchor.AuthAt(f.a.AuthLog(id), p.Header.AuthEpoch)
		fp, err := f.st.FinalPeriodProof(id, index)
		require.NoError(f.t, err)
		r, err := f.a.Send(f.challenger, f.a.ABI.PackProveFinalPeriod(harness.Bound(p.Header), p.Batch, fp.MeterId,
			anchoredledger.AnchoredLedgerMeterLeaf(fp.State), fp.StatePath, fp.AuthIndex))
		require.NoError(f.t, err, "final period of meter %d: %s", id, f.a.RevertName(err))
		ev := f.proven(r)
		require.Len(f.t, ev, 1)
		require.Equal(f.t, fp.Period, ev[0].Period)
		gas.add("proveFinalPeriod", r.GasUsed)
	}
}

// proveRegisters submits a registers proof against posted batch p.
func (f *anchoredFleet) proveRegisters(p harness.Posted, rp anchor.RegistersProof) (*types.Receipt, error) {
	return f.a.Send(f.e.Users[3], f.a.ABI.PackProveRegisters(harness.Bound(p.Header), p.Batch, rp.MeterId,
		anchoredledger.AnchoredLedgerMeterLeaf(rp.State), rp.StatePath, rp.RecordPeriod,
		anchoredledger.AnchoredLedgerClosingRecord(rp.Record), rp.ClosingPath, rp.Period))
}

// proven decodes the RegistersProven events of a receipt.
func (f *anchoredFleet) proven(r *types.Receipt) []*anchoredledger.AnchoredLedgerRegistersProven {
	var out []*anchoredledger.AnchoredLedgerRegistersProven
	for _, l := range r.Logs {
		if ev, err := f.a.ABI.UnpackRegistersProvenEvent(l); err == nil {
			out = append(out, ev)
		}
	}
	return out
}

// gasLog collects gas per kind of transaction.
type gasLog map[string][]uint64

func (g gasLog) add(kind string, gas uint64) { g[kind] = append(g[kind], gas) }

func (g gasLog) mean(kind string) float64 {
	var sum uint64
	for _, v := range g[kind] {
		sum += v
	}
	if len(g[kind]) == 0 {
		return 0
	}
	return float64(sum) / float64(len(g[kind]))
}

// proveAll proves every period end each twin's bills need (December 2024 to April 2025) that
// the anchored state has a record for: from batch 1's state where it already holds it (and
// again from batch 2's, which must change nothing), else from batch 2's.
func (f *billFleet) proveAll(gas gasLog) {
	f.t.Helper()
	st1, st2 := f.stateThrough(1), f.st
	require.Equal(f.t, common.Hash(f.posted[1].Header.StateRoot), st2.Root())
	for _, tw := range f.twins {
		for period := uint32(202412); period <= 202504; period = reading.NextPeriod(period) {
			id := tw.anchored.ID
			if rp, err := st1.RegistersProof(id, period); err == nil {
				r := f.mustProve(f.posted[0], rp, gas)
				require.Len(f.t, f.proven(r), 1)
				again, err := st2.RegistersProof(id, period)
				require.NoError(f.t, err)
				r = f.mustProve(f.posted[1], again, nil)
				require.Empty(f.t, f.proven(r), "a second proof of the same registers changes nothing")
				continue
			}
			rp, err := st2.RegistersProof(id, period)
			if err != nil {
				continue // before the meter's first reading
			}
			f.mustProve(f.posted[1], rp, gas)
		}
	}
}

func (f *anchoredFleet) mustProve(p harness.Posted, rp anchor.RegistersProof, gas gasLog) *types.Receipt {
	f.t.Helper()
	require.NoError(f.t, rp.Verify(common.Hash(p.Header.StateRoot)))
	r, err := f.proveRegisters(p, rp)
	require.NoError(f.t, err, "prove meter %d period %d: %s", rp.MeterId, rp.Period, f.a.RevertName(err))
	require.Equal(f.t, types.ReceiptStatusSuccessful, r.Status)
	if ev := f.proven(r); len(ev) == 1 {
		require.Equal(f.t, [4]any{rp.MeterId, rp.Period, rp.ImportWh, rp.ExportWh}, [4]any{ev[0].MeterId, ev[0].Period, ev[0].ImportWh, ev[0].ExportWh})
		require.Equal(f.t, rp.Estimated, ev[0].Estimated)
		require.Equal(f.t, p.Batch, ev[0].Batch)
	}
	if gas != nil {
		kind := "proveRegisters (read record)"
		if rp.Estimated {
			kind = "proveRegisters (gap, interpolated)"
		}
		gas.add(kind, r.GasUsed)
	}
	return r
}

// billBoth issues the bill of one meter and period on both deployments and requires the same
// outcome: the same energy, amount and estimated flag, or the same skip reason.
func (f *billFleet) billBoth(id uint64, period uint32, gas gasLog) (issued, estimated bool) {
	f.t.Helper()
	rv := f.verified.Issue(f.e.Users[0], period, id)
	ra := f.anchored.Issue(f.e.Users[0], period, id)
	iv, ia := f.verified.Issued(rv), f.anchored.Issued(ra)
	sv, sa := f.verified.Skipped(rv), f.anchored.Skipped(ra)
	require.Equal(f.t, len(iv), len(ia), "meter %d period %d: issued on one deployment only", id, period)
	require.Equal(f.t, len(sv), len(sa))
	for i := range sv {
		require.Equal(f.t, sv[i].Reason, sa[i].Reason, "meter %d period %d: skip reason", id, period)
	}
	if len(iv) == 0 {
		return false, false
	}
	require.Equal(f.t, iv[0].BillId, ia[0].BillId)
	require.Equal(f.t, billid.Of(id, period), ia[0].BillId)
	require.Equal(f.t, iv[0].EnergyWh, ia[0].EnergyWh, "meter %d period %d: energy", id, period)
	require.Equal(f.t, iv[0].Amount, ia[0].Amount, "meter %d period %d: amount", id, period)
	require.Equal(f.t, iv[0].P2pWh, ia[0].P2pWh)
	bv, ba := f.verified.Bill(iv[0].BillId), f.anchored.Bill(ia[0].BillId)
	require.Equal(f.t, bv.EnergyWh, ba.EnergyWh)
	require.Equal(f.t, bv.Amount, ba.Amount)
	require.Equal(f.t, bv.Estimated, ba.Estimated, "meter %d period %d: estimated", id, period)
	require.Equal(f.t, bv.Account, ba.Account)
	gas.add("issueBills, 1 bill, verified", rv.GasUsed)
	gas.add("issueBills, 1 bill, anchored", ra.GasUsed)
	return true, ba.Estimated
}

// registersOf reads periodRegisters from a ledger (ok false: it reverted).
func registersOf(t testing.TB, c *bind.BoundContract, data []byte) (out [4]uint64, ok bool) {
	t.Helper()
	lv := bindings.NewReadingLedger()
	v, err := bind.Call(c, nil, data, lv.UnpackPeriodRegisters)
	if err != nil {
		return out, false
	}
	return [4]uint64{v.OpeningImportWh, v.OpeningExportWh, v.ClosingImportWh, v.ClosingExportWh}, true
}

func TestBillFromAnchoredStateEqualsVerified(t *testing.T) {
	gas := gasLog{}
	var bills, estimated int
	for seed := range uint64(3) {
		rng := rand.New(rand.NewPCG(seed, 15))
		f := newBillFleet(t, 4, rng)
		for i, tw := range f.twins {
			tw.readings = randomReadings(rng, tw.anchored.ID, i == 0 || rng.IntN(2) == 0)
		}
		f.read()
		// Some meters are deactivated after their last reading (a customer moving out): both
		// ledgers close their final period at its last reading.
		var retired []*twin
		for i, tw := range f.twins {
			if i == 1 || rng.IntN(3) == 0 {
				retired = append(retired, tw)
			}
		}
		last := f.retire(retired)
		f.proveAll(gas)
		f.proveFinals(last, retired, gas)
		for _, tw := range f.twins {
			id := tw.anchored.ID
			for period := uint32(202412); period <= 202505; period = reading.NextPeriod(period) {
				// The ledgers' own views agree too, where both answer.
				v, vok := registersOf(t, f.e.Ledger, f.e.LedgerABI.PackPeriodRegisters(id, period))
				a, aok := registersOf(t, f.a.Ledger, f.a.ABI.PackPeriodRegisters(id, period))
				require.Equal(t, vok, aok, "seed %d meter %d period %d: closed on one ledger only", seed, id, period)
				require.Equal(t, v, a, "seed %d meter %d period %d: registers", seed, id, period)
				closed := must(t, f.a.Ledger, f.a.ABI.PackIsPeriodClosed(id, period), f.a.ABI.UnpackIsPeriodClosed)
				require.Equal(t, aok, closed)
				require.Equal(t, closed, must(t, f.e.Ledger, f.e.LedgerABI.PackIsPeriodClosed(id, period), f.e.LedgerABI.UnpackIsPeriodClosed))
				if aok {
					ev := must(t, f.e.Ledger, f.e.LedgerABI.PackPeriodEstimated(id, period), f.e.LedgerABI.UnpackPeriodEstimated)
					require.Equal(t, ev, must(t, f.a.Ledger, f.a.ABI.PackPeriodEstimated(id, period), f.a.ABI.UnpackPeriodEstimated))
				}

				ok, est := f.billBoth(id, period, gas)
				if ok {
					bills++
				}
				if est {
					estimated++
				}
			}
		}
	}
	require.Positive(t, bills)
	require.Positive(t, estimated, "some bill spans a gap")
	t.Logf("%d bills equal on both deployments, %d of them estimated", bills, estimated)
	for _, k := range []string{"proveRegisters (read record)", "proveRegisters (gap, interpolated)", "proveFinalPeriod",
		"issueBills, 1 bill, verified", "issueBills, 1 bill, anchored"} {
		t.Logf("%s: %.0f gas (mean of %d)", k, gas.mean(k), len(gas[k]))
	}
}

func TestRegistersNeedFinalBatch(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 15))
	f := newBillFleet(t, 2, rng)
	for _, tw := range f.twins {
		tw.readings = randomReadings(rng, tw.anchored.ID, false)
	}
	a, b := f.twins[0].anchored, f.twins[1].anchored
	// Batch 1: both meters' readings up to the end of March (January and February closed).
	split := uint64(time.Date(2025, 4, 1, 0, 0, 0, 0, time.UTC).Unix())
	var cands, rest []anchor.Candidate
	for _, tw := range f.twins {
		for _, r := range tw.readings {
			if r.Timestamp <= split {
				cands = append(cands, f.a.Candidate(tw.anchored, r))
			} else {
				rest = append(rest, f.a.Candidate(tw.anchored, r))
			}
		}
	}
	p1 := f.honest(cands)
	rp, err := f.st.RegistersProof(a.ID, 202502)
	require.NoError(t, err)

	_, err = f.proveRegisters(p1, rp)
	require.Equal(t, "NotFinal", f.a.RevertName(err), "inside the window: %v", err)
	f.a.WarpTo(p1.Header.AnchoredAt + anchorWindow - 2)
	_, err = f.proveRegisters(p1, rp)
	require.Equal(t, "NotFinal", f.a.RevertName(err), "a second before the window ends: %v", err)
	_, err = bind.Call(f.a.Ledger, nil, f.a.ABI.PackPeriodRegisters(a.ID, 202502), f.a.ABI.UnpackPeriodRegisters)
	require.Error(t, err, "nothing proven yet: PeriodNotClosed")

	// Batch 2 lies about meter b (drops a valid reading) and is proven wrong; its state root is
	// the one the lie gives, and meter a's proof against it is well formed, yet it never counts.
	asOf := f.e.Now()
	lie := f.forge(rest, asOf, map[int]reading.Reason{indexOf(rest, b.ID, rest[len(rest)-1].Reading.Seq): reading.BadSignature})
	p2 := f.post(lie, asOf)
	forged := f.stateThrough(1)
	for _, e := range lie.entries {
		if e.Verdict == reading.Accepted {
			forged.Accept(e.Reading)
		}
	}
	require.Equal(t, common.Hash(p2.Header.StateRoot), forged.Root())
	onLie, err := forged.RegistersProof(a.ID, 202503)
	require.NoError(t, err)
	_, err = f.proveRegisters(p2, onLie)
	require.Equal(t, "NotFinal", f.a.RevertName(err), "%v", err)
	fault := f.watch(p2, lie.data)
	require.NotNil(t, fault)
	f.st = f.stateThrough(1) // watch applied the lie: the proof re-executes on batch 1's state
	r, err := f.prove(p2, lie.entries, fault)
	require.NoError(t, err, f.a.RevertName(err))
	require.Len(t, f.a.Voided(r), 1)

	f.a.Warp(anchorWindow * time.Second)
	require.True(t, f.a.IsFinal(p1))
	_, err = f.proveRegisters(p2, onLie)
	require.Equal(t, "BatchVoided", f.a.RevertName(err), "a voided batch proves nothing: %v", err)

	// Forged records and paths on the final batch.
	st := f.stateThrough(1)
	rp, err = st.RegistersProof(a.ID, 202502)
	require.NoError(t, err)
	tamper := []struct {
		name string
		want string
		edit func(*anchor.RegistersProof)
	}{
		{"a record with more import", "BadPath", func(p *anchor.RegistersProof) { p.Record.ImportWh++ }},
		{"a record made estimated", "BadPath", func(p *anchor.RegistersProof) { p.Record.Estimated = true; p.Record.StartPeriod = 202501 }},
		{"a closing path off by a node", "BadPath", func(p *anchor.RegistersProof) { p.ClosingPath[5][0] ^= 1 }},
		{"a state path off by a node", "BadPath", func(p *anchor.RegistersProof) { p.StatePath[0][31] ^= 1 }},
		{"a state leaf with another register", "BadPath", func(p *anchor.RegistersProof) { p.State.ImportWh++ }},
		{"the record under another period", "BadPath", func(p *anchor.RegistersProof) { p.RecordPeriod, p.Period = 202503, 202503 }},
		{"another meter's leaf", "BadPath", func(p *anchor.RegistersProof) { p.MeterId = b.ID }},
		{"the meter's id past 32 bits", "BadPath", func(p *anchor.RegistersProof) { p.MeterId += 1 << 32 }},
		{"a read record for another period", "BadPeriod", func(p *anchor.RegistersProof) { p.Period = 202503 }},
		{"no such period", "BadPeriod", func(p *anchor.RegistersProof) { p.Period = 202513 }},
	}
	for _, c := range tamper {
		bad := rp
		c.edit(&bad)
		_, err := f.proveRegisters(p1, bad)
		require.Equal(t, c.want, f.a.RevertName(err), "%s: %v", c.name, err)
	}
	_, err = f.proveRegisters(p1, rp)
	require.NoError(t, err, f.a.RevertName(err))
	require.False(t, must(t, f.a.Ledger, f.a.ABI.PackIsPeriodClosed(a.ID, 202502), f.a.ABI.UnpackIsPeriodClosed),
		"January's end is not proven yet")
	jan, err := st.RegistersProof(a.ID, 202501)
	require.NoError(t, err)
	_, err = f.proveRegisters(p1, jan)
	require.NoError(t, err, f.a.RevertName(err))
	require.True(t, must(t, f.a.Ledger, f.a.ABI.PackIsPeriodClosed(a.ID, 202502), f.a.ABI.UnpackIsPeriodClosed))
	regs, ok := registersOf(t, f.a.Ledger, f.a.ABI.PackPeriodRegisters(a.ID, 202502))
	require.True(t, ok)
	require.Equal(t, [4]uint64{jan.ImportWh, jan.ExportWh, rp.ImportWh, rp.ExportWh}, regs)
}
