package settlement

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/bindings"
	"github.com/meterchain/meterchain/bindings/anchoredledger"
	"github.com/meterchain/meterchain/deploy"
	"github.com/meterchain/meterchain/internal/anchor"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/test/harness"
)

const (
	anchoredWindow  = 600 // seconds
	anchoredMinBond = 1_000_000_000
)

// anchoredScene is an anchored deployment (harness.AnchoredDeployment: Users[0] the honest
// relayer, Users[4] the liar, Users[1] the challenger) with meters on tariff 1, the settlement key
// (Users[2]) and the meters' owner (Users[3]).
type anchoredScene struct {
	*harness.AnchoredDeployment
	t      *testing.T
	e      *harness.Env
	d      *deploy.Deployment
	al     *anchoredledger.AnchoredLedger
	ledger *bind.BoundContract
	bl     *harness.Billing
	meters []*harness.Meter
}

func newAnchoredScene(t *testing.T, meters int) *anchoredScene {
	t.Helper()
	e := harness.New(t, 5)
	a := e.DeployAnchored(anchoredWindow, anchoredMinBond)
	s := &anchoredScene{AnchoredDeployment: a, t: t, e: e, d: a.D, al: a.ABI, ledger: a.Ledger}
	s.bl = e.BillingAt(s.d.BillingManager)
	s.bl.Token = s.bl.TokenABI.Instance(e.Client, s.d.StableToken)
	s.bl.SetTariff(1, fixedCharge, nil, pricePerKWh)
	for i := range meters {
		s.meters = append(s.meters, a.RegisterMeter(uint64(firstMeter+i), e.Users[3], false, 10_000))
	}
	return s
}

func (s *anchoredScene) service(path string) *Service {
	s.t.Helper()
	svc, err := New(Config{Deployment: s.d, Key: s.e.Users[2].Key, DBPath: path, TxPoll: 5 * time.Millisecond}, s.e.Client)
	require.NoError(s.t, err)
	return svc
}

func (s *anchoredScene) settle(svc *Service) {
	s.t.Helper()
	for range 6 {
		require.NoError(s.t, svc.Poll(context.Background()))
	}
}

// proven are the RegistersProven events on chain.
func (s *anchoredScene) proven() []*anchoredledger.AnchoredLedgerRegistersProven {
	s.t.Helper()
	logs, err := s.e.Client.FilterLogs(s.e.Ctx, ethereum.FilterQuery{Addresses: []common.Address{s.d.AnchoredLedger},
		Topics: [][]common.Hash{{s.al.GetABI().Events["RegistersProven"].ID}}})
	require.NoError(s.t, err)
	var out []*anchoredledger.AnchoredLedgerRegistersProven
	for i := range logs {
		ev, err := s.al.UnpackRegistersProvenEvent(&logs[i])
		require.NoError(s.t, err)
		out = append(out, ev)
	}
	return out
}

// issued are the BillIssued events on chain, by bill "meter/period": energy and amount.
func (s *anchoredScene) issued() map[[2]uint64][2]uint64 {
	s.t.Helper()
	logs, err := s.e.Client.FilterLogs(s.e.Ctx, ethereum.FilterQuery{Addresses: []common.Address{s.d.BillingManager},
		Topics: [][]common.Hash{{s.bl.BillingABI.GetABI().Events["BillIssued"].ID}}})
	require.NoError(s.t, err)
	out := map[[2]uint64][2]uint64{}
	for i := range logs {
		ev, err := s.bl.BillingABI.UnpackBillIssuedEvent(&logs[i])
		require.NoError(s.t, err)
		k := [2]uint64{ev.MeterId, uint64(ev.Period)}
		require.NotContains(s.t, out, k, "bill %v issued twice", k)
		out[k] = [2]uint64{ev.EnergyWh, ev.Amount.Uint64()}
	}
	return out
}

func (s *anchoredScene) closed(id uint64, period uint32) bool {
	v, err := bind.Call(s.ledger, nil, s.al.PackIsPeriodClosed(id, period), s.al.UnpackIsPeriodClosed)
	require.NoError(s.t, err)
	return v
}

// TestAnchoredSettlementBillsFromFinalState: on an anchored deployment the settlement service
// bills from final state roots. Nothing is proven or billed while a batch is inside its challenge
// window; past it, the service proves the registers of every period end the batch closes and
// bills each closed period once, with the tariff's amounts, across a restart; a batch voided by
// a fraud proof is never proven from or billed, and the honest batch anchored in its place is.
// months are the readings of the scene's meters: two in the third month before the head's (p1),
// one in each of the next two, so p1 (k kWh for meter k-1) and p2 (2k kWh) can be billed.
type months struct {
	p1, p2   uint32
	readings [][]reading.Reading
}

func (s *anchoredScene) months() *months {
	now := s.e.Now()
	m1, m2, m3 := monthStart(now, -3), monthStart(now, -2), monthStart(now, -1)
	at := func(m time.Time, days int) uint64 { return uint64(m.Add(time.Duration(days) * 24 * time.Hour).Unix()) }
	out := &months{p1: reading.PeriodOf(uint64(m1.Unix()) + 1), p2: reading.PeriodOf(uint64(m2.Unix()) + 1)}
	for i, m := range s.meters {
		k := uint64(i + 1)
		out.readings = append(out.readings, []reading.Reading{
			{MeterID: m.ID, Seq: 1, Timestamp: at(m1, 1), ImportWh: 1_000},
			{MeterID: m.ID, Seq: 2, Timestamp: at(m1, 10), ImportWh: 1_000 + 1_000*k}, // p1: k kWh
			{MeterID: m.ID, Seq: 3, Timestamp: at(m2, 5), ImportWh: 1_000 + 3_000*k},  // p2: 2k kWh
			{MeterID: m.ID, Seq: 4, Timestamp: at(m3, 3), ImportWh: 1_000 + 3_000*k + 500},
		})
	}
	return out
}

// batchOf is the readings seqs of every meter, signed.
func (s *anchoredScene) batchOf(ms *months, seqs ...int) []anchor.Candidate {
	var out []anchor.Candidate
	for i, m := range s.meters {
		for _, q := range seqs {
			out = append(out, s.Candidate(m, ms.readings[i][q-1]))
		}
	}
	return out
}

// want is the bills of period, meter i using kWh(i+1): energy and amount on tariff 1.
func (s *anchoredScene) want(period uint32, kWh func(k uint64) uint64) map[[2]uint64][2]uint64 {
	out := map[[2]uint64][2]uint64{}
	for i, m := range s.meters {
		e := kWh(uint64(i + 1))
		out[[2]uint64{m.ID, uint64(period)}] = [2]uint64{1_000 * e, fixedCharge + pricePerKWh*e}
	}
	return out
}

func TestAnchoredSettlementBillsFromFinalState(t *testing.T) {
	const meters = 3
	s := newAnchoredScene(t, meters)
	now := s.e.Now()
	ms := s.months()
	p1, p2, readings := ms.p1, ms.p2, ms.readings
	batchOf := func(seqs ...int) []anchor.Candidate { return s.batchOf(ms, seqs...) }
	want := s.want
	wantP1 := want(p1, func(k uint64) uint64 { return k })

	// Batch 1 (honest): closes m1's opening (the baseline) and m1.
	b1 := s.Post(s.e.Users[0], s.Forge(batchOf(1, 2, 3), now, nil), now)
	db := filepath.Join(t.TempDir(), "s.db")
	svc := s.service(db)
	s.settle(svc)
	require.Empty(t, s.proven(), "inside the window nothing is proven")
	require.Empty(t, s.issued(), "inside the window nothing is billed")

	// Past the window: one round proves; the service restarts before it bills.
	s.WarpTo(b1.Header.AnchoredAt + anchoredWindow)
	require.NoError(t, svc.Poll(context.Background()))
	proven := s.proven()
	require.Len(t, proven, 2*meters, "the baseline and m1's end of each meter")
	for _, ev := range proven {
		require.Equal(t, b1.Batch, ev.Batch)
	}
	require.NoError(t, svc.Stop())
	svc = s.service(db)
	s.settle(svc)
	require.Equal(t, wantP1, s.issued(), "one bill per meter for m1, the tariff's amount")
	require.Len(t, s.proven(), 2*meters, "nothing proven twice")
	bills, err := svc.Index().PeriodBills(context.Background(), p1)
	require.NoError(t, err)
	require.Len(t, bills, meters)
	require.NoError(t, svc.Stop())
	svc = s.service(db)
	defer func() { _ = svc.Stop() }()
	s.settle(svc)
	require.Equal(t, wantP1, s.issued(), "a restart bills nothing again")

	// Batch 2 lies (meter 0's seq 4 is forged: another key, more energy, called accepted) and is
	// voided; past its window nothing it closed (m2) is proven or billed.
	forger := &harness.Meter{ID: s.meters[0].ID}
	forger.Key, err = crypto.GenerateKey()
	require.NoError(t, err)
	cands := batchOf(4)
	fake := readings[0][3]
	fake.ImportWh += 1_000_000
	cands[0] = s.Candidate(forger, fake)
	asOf := s.e.Now()
	b2 := s.Post(s.e.Users[4], s.Forge(cands, asOf, map[int]bool{0: true}), asOf)
	s.settle(svc)
	s.Void(b2)
	s.WarpTo(b2.Header.AnchoredAt + anchoredWindow)
	s.settle(svc)
	require.Len(t, s.proven(), 2*meters, "a voided batch proves nothing")
	require.Equal(t, wantP1, s.issued(), "nor bills anything")
	for _, m := range s.meters {
		require.False(t, s.closed(m.ID, p2))
	}

	// Batch 3 anchors the honest readings in its place: billed once final.
	asOf = s.e.Now()
	b3 := s.Post(s.e.Users[0], s.Forge(batchOf(4), asOf, nil), asOf)
	require.Equal(t, b1.Batch, b3.Header.Parent)
	s.settle(svc)
	require.Equal(t, wantP1, s.issued(), "batch 3 is inside its window")
	s.WarpTo(b3.Header.AnchoredAt + anchoredWindow)
	s.settle(svc)
	wantAll := want(p2, func(k uint64) uint64 { return 2 * k })
	for k, v := range wantP1 {
		wantAll[k] = v
	}
	require.Equal(t, wantAll, s.issued(), "m2 billed from batch 3, m1 not again")
	for _, ev := range s.proven() {
		require.NotEqual(t, b2.Batch, ev.Batch)
	}
	require.Len(t, s.proven(), 3*meters)
	for _, m := range s.meters {
		require.True(t, s.closed(m.ID, p2))
	}
}

// TestAnchoredSettlementBillsDeactivatedMetersFinalPeriod: ReadingLedger closes a deactivated
// meter's final period at deactivation with its last reading; on the anchored ledger the service
// proves that period (proveFinalPeriod) from the first final batch decided after the deactivation,
// and bills it as the verified ledger would (meter 0, deactivated in m2: 2 kWh, the same as meter
// 1's m2, closed by a reading in m3). Meter 0's reading after the deactivation is rejected and
// changes nothing. The proof is refused for a meter still active, from a batch decided before the
// deactivation, and from a batch inside its window.
func TestAnchoredSettlementBillsDeactivatedMetersFinalPeriod(t *testing.T) {
	s := newAnchoredScene(t, 2)
	ms := s.months()
	now := s.e.Now()
	b1 := s.Post(s.e.Users[0], s.Forge(s.batchOf(ms, 1, 2, 3), now, nil), now)
	reg := bindings.NewMeterRegistry()
	s.e.MustSend(s.e.Registrar, reg.Instance(s.e.Client, s.d.MeterRegistry), reg.PackDeactivate(s.meters[0].ID))
	asOf := s.e.Now()
	b2 := s.Post(s.e.Users[0], s.Forge(s.batchOf(ms, 4), asOf, nil), asOf)
	require.NotEqual(t, reading.Accepted, b2.Entries[0].Verdict, "meter 0 is inactive")
	require.Equal(t, reading.Accepted, b2.Entries[1].Verdict)

	// finalPeriod sends proveFinalPeriod for meter id from batch bs[len-1], whose state is bs'.
	finalPeriod := func(id uint64, bs ...*harness.AnchoredBatch) error {
		st := anchor.NewState()
		for _, b := range bs {
			for _, e := range b.Entries {
				if e.Verdict == reading.Accepted {
					st.Accept(e.Reading)
				}
			}
		}
		b := bs[len(bs)-1]
		_, index, _ := anchor.AuthAt(s.AuthLog(id), b.Header.AuthEpoch)
		fp, err := st.FinalPeriodProof(id, index)
		require.NoError(t, err)
		_, err = s.e.Send(s.e.Users[1], s.ledger, s.al.PackProveFinalPeriod(anchoredledger.AnchoredLedgerHeader(b.Header), b.Batch, fp.MeterId,
			anchoredledger.AnchoredLedgerMeterLeaf(fp.State), fp.StatePath, fp.AuthIndex))
		return err
	}
	revert := func(err error) string { return harness.RevertName(err, &anchoredledger.AnchoredLedgerMetaData) }
	require.Equal(t, "NotFinal", revert(finalPeriod(s.meters[0].ID, b1, b2)))
	s.WarpTo(b2.Header.AnchoredAt + anchoredWindow)
	require.Equal(t, "MeterActive", revert(finalPeriod(s.meters[1].ID, b1, b2)), "meter 1 is active")
	require.Equal(t, "MeterActive", revert(finalPeriod(s.meters[0].ID, b1)), "batch 1 was decided before the deactivation")

	svc := s.service(filepath.Join(t.TempDir(), "s.db"))
	defer func() { _ = svc.Stop() }()
	s.settle(svc)
	want := s.want(ms.p1, func(k uint64) uint64 { return k })
	for k, v := range s.want(ms.p2, func(k uint64) uint64 { return 2 * k }) {
		want[k] = v
	}
	want[[2]uint64{s.meters[0].ID, uint64(ms.p2)}] = [2]uint64{2_000, fixedCharge + 2*pricePerKWh} // 1,000 + 3,000 − 2,000 Wh
	require.Equal(t, want, s.issued())
	var finals int
	for _, ev := range s.proven() {
		if ev.MeterId == s.meters[0].ID && ev.Period == ms.p2 {
			finals++
			require.Equal(t, b2.Batch, ev.Batch)
			require.Equal(t, ms.readings[0][2].ImportWh, ev.ImportWh, "the last reading's registers")
			require.False(t, ev.Estimated)
		}
	}
	require.Equal(t, 1, finals)
}

// logReads is the chain client recording the first block of every eth_getLogs of the anchored
// ledger alone: the prover's (the index's follower asks for all its contracts at once).
type logReads struct {
	*harness.AutoMining
	ledger common.Address
	from   []uint64
}

func (l *logReads) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if len(q.Addresses) == 1 && q.Addresses[0] == l.ledger {
		l.from = append(l.from, q.FromBlock.Uint64())
	}
	return l.AutoMining.FilterLogs(ctx, q)
}

// TestAnchoredSettlementResumesFromStateFile: with a state file the prover writes its state as
// of the newest final batch, with the registers it still has to prove and the meters'
// deactivations, written while a later batch is still inside its window, and a new process resumes
// from it: it reads the ledger from that batch's block, not the deployment's, and proves and bills
// the rest exactly as a full replay would: meter 0's final period (deactivated after batch 1) and
// every meter's m2. A state file of another deployment is ignored and the history replayed.
func TestAnchoredSettlementResumesFromStateFile(t *testing.T) {
	s := newAnchoredScene(t, 2)
	ms := s.months()
	dir := t.TempDir()
	state, db := filepath.Join(dir, "prover.state"), filepath.Join(dir, "s.db")
	service := func(b Backend) *Service {
		svc, err := New(Config{Deployment: s.d, Key: s.e.Users[2].Key, DBPath: db, TxPoll: 5 * time.Millisecond,
			StateFile: state, SnapshotBatches: 1}, b)
		require.NoError(t, err)
		return svc
	}
	now := s.e.Now()
	b1 := s.Post(s.e.Users[0], s.Forge(s.batchOf(ms, 1, 2, 3), now, nil), now)
	s.WarpTo(b1.Header.AnchoredAt + anchoredWindow)
	reg := bindings.NewMeterRegistry()
	s.e.MustSend(s.e.Registrar, reg.Instance(s.e.Client, s.d.MeterRegistry), reg.PackDeactivate(s.meters[0].ID))
	asOf := s.e.Now()
	b2 := s.Post(s.e.Users[0], s.Forge(s.batchOf(ms, 4), asOf, nil), asOf) // inside its window while the file is written
	svc := service(s.e.Client)
	s.settle(svc)
	require.NoError(t, svc.Stop())
	require.FileExists(t, state)
	require.Equal(t, s.want(ms.p1, func(k uint64) uint64 { return k }), s.issued())

	s.WarpTo(b2.Header.AnchoredAt + anchoredWindow)
	reads := &logReads{AutoMining: s.e.Client, ledger: s.d.AnchoredLedger}
	svc = service(reads)
	s.settle(svc)
	require.NoError(t, svc.Stop())
	require.NotEmpty(t, reads.from)
	require.GreaterOrEqual(t, reads.from[0], b1.Block, "resumed at batch 1's block, not the deployment's")
	want := s.want(ms.p1, func(k uint64) uint64 { return k })
	for k, v := range s.want(ms.p2, func(k uint64) uint64 { return 2 * k }) {
		want[k] = v
	}
	require.Equal(t, want, s.issued(), "m2 billed once for both meters; meter 0's from its final period")

	// Another deployment's state file: ignored, the history replayed, nothing billed twice.
	other := newAnchoredScene(t, 1)
	foreign, err := os.ReadFile(state)
	require.NoError(t, err)
	otherState := filepath.Join(t.TempDir(), "prover.state")
	require.NoError(t, os.WriteFile(otherState, foreign, 0o600))
	reads = &logReads{AutoMining: other.e.Client, ledger: other.d.AnchoredLedger}
	svc, err = New(Config{Deployment: other.d, Key: other.e.Users[2].Key, DBPath: filepath.Join(t.TempDir(), "o.db"),
		TxPoll: 5 * time.Millisecond, StateFile: otherState}, reads)
	require.NoError(t, err)
	defer func() { _ = svc.Stop() }()
	require.NoError(t, svc.Poll(context.Background()))
	require.NotEmpty(t, reads.from)
	require.Equal(t, other.d.Block, reads.from[0], "a foreign state file is ignored: the replay starts at the deployment")
}

// TestAnchoredSettlementKilledMidProof: the service dies right after sending a proveRegisters
// (before its outcome is recorded), or inside the index transaction of the RegistersProven
// events, and a new process starts on the same database: every registers proof is sent once,
// and every period billed once.
func TestAnchoredSettlementKilledMidProof(t *testing.T) {
	for _, tc := range []struct {
		point string
		nth   int
	}{
		{"sent", 1},    // the first proveRegisters
		{"sent", 4},    // the fourth of six
		{"sent", 7},    // the issueBills after them
		{"indexed", 2}, // the RegistersProven events
		{"indexed", 3}, // the BillIssued events
	} {
		t.Run(fmt.Sprintf("%s-%d", tc.point, tc.nth), func(t *testing.T) {
			s := newAnchoredScene(t, 3)
			ms := s.months()
			now := s.e.Now()
			b1 := s.Post(s.e.Users[0], s.Forge(s.batchOf(ms, 1, 2, 3), now, nil), now)
			s.WarpTo(b1.Header.AnchoredAt + anchoredWindow)
			path := filepath.Join(t.TempDir(), "s.db")
			dying := s.service(path)
			pollUntilKilled(t, dying, tc.point, tc.nth)
			require.NoError(t, dying.db.Close())

			restarted := s.service(path)
			defer func() { _ = restarted.Stop() }()
			s.settle(restarted)
			require.Equal(t, s.want(ms.p1, func(k uint64) uint64 { return k }), s.issued())
			require.Len(t, s.proven(), 2*len(s.meters))
			var proves, maxAttempts int
			require.NoError(t, restarted.db.QueryRow(`SELECT COUNT(*), COALESCE(MAX(attempts), 0) FROM sends WHERE kind = 'prove'`).Scan(&proves, &maxAttempts))
			require.Equal(t, 2*len(s.meters), proves)
			require.Equal(t, 1, maxAttempts, "no proof sent twice")
			var issues, skips int
			require.NoError(t, restarted.db.QueryRow(`SELECT COUNT(*) FROM sends WHERE kind = 'issue'`).Scan(&issues))
			require.NoError(t, restarted.db.QueryRow(`SELECT COUNT(*) FROM bill_skips`).Scan(&skips))
			require.Equal(t, len(s.meters), issues)
			require.Zero(t, skips)
		})
	}
}

// The prover's own part of its state file round-trips, and any cut or trailing byte is refused.
func TestProverStateFileDataRoundTrip(t *testing.T) {
	p := &prover{todo: map[todoKey]bool{{441_101_001, 202501}: true, {441_101_002, 202412}: true},
		inactive: map[uint64]uint64{441_101_003: 17}, retired: map[uint64]bool{441_101_003: true}}
	b := p.encodeExtra()
	q := &prover{}
	require.NoError(t, q.decodeExtra(b))
	require.Equal(t, p.todo, q.todo)
	require.Equal(t, p.inactive, q.inactive)
	require.Equal(t, p.retired, q.retired)
	for i := range len(b) {
		require.Error(t, (&prover{}).decodeExtra(b[:i]), "cut at %d of %d", i, len(b))
	}
	require.Error(t, (&prover{}).decodeExtra(append(b, 0)))
}
