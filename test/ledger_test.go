package test

import (
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/bindings"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/test/harness"
)

const meterA, meterB = 352522395, 352522396

func newReading(id, seq, ts, imp, exp uint64) reading.Reading {
	d := reading.Detail{VoltageMV: 230_100, CurrentMA: 4_200, TemperatureMC: 21_500, HumidityBP: 4_550, LatitudeE7: 374_217_636, LongitudeE7: -1_220_846_140}
	return reading.Reading{MeterID: id, Seq: seq, Timestamp: ts, ImportWh: imp, ExportWh: exp, DetailHash: d.Hash()}
}

// submitOne relays one reading (signed by the meter unless sig is given) and returns its outcome.
func submitOne(t *testing.T, e *harness.Env, m *harness.Meter, r reading.Reading) reading.Reason {
	t.Helper()
	out := e.Outcomes(e.SubmitPacked([]reading.Reading{r}, []reading.Signature{e.Sign(m, r)}))
	require.Len(t, out, 1)
	require.Equal(t, r.MeterID, out[0].MeterID)
	require.Equal(t, r.Seq, out[0].Seq)
	return out[0].Reason
}

func TestAcceptValidReading(t *testing.T) {
	e := harness.New(t, 1)
	m := e.RegisterMeter(meterA, e.Users[0], false, 10_000)
	now := e.Now()
	r := newReading(meterA, 1, now-60, 1_000, 0)
	require.Equal(t, reading.Accepted, submitOne(t, e, m, r))
	require.Equal(t, reading.State{Seq: 1, Timestamp: now - 60, ImportWh: 1_000}, e.LastReading(meterA))

	r2 := newReading(meterA, 2, now, 1_150, 0)
	require.Equal(t, reading.Accepted, submitOne(t, e, m, r2))
	require.Equal(t, reading.State{Seq: 2, Timestamp: now, ImportWh: 1_150}, e.LastReading(meterA))
}

// TestRejectReasons: one named case per ledger rule. Each starts from an accepted reading at
// (seq 5, now-900s, import 10,000 Wh, export 500 Wh) on a 10 kW meter.
func TestRejectReasons(t *testing.T) {
	cases := []struct {
		name   string
		reason reading.Reason
		build  func(e *harness.Env, m *harness.Meter, now uint64) (reading.Reading, reading.Signature)
	}{
		{"UnknownMeter", reading.UnknownMeter, func(e *harness.Env, m *harness.Meter, now uint64) (reading.Reading, reading.Signature) {
			r := newReading(999_999_999, 6, now, 10_100, 500)
			return r, e.Sign(m, r)
		}},
		{"InactiveMeter", reading.InactiveMeter, func(e *harness.Env, m *harness.Meter, now uint64) (reading.Reading, reading.Signature) {
			e.MustSend(e.Registrar, e.Registry, e.RegistryABI.PackDeactivate(m.ID))
			r := newReading(m.ID, 6, now, 10_100, 500)
			return r, e.Sign(m, r)
		}},
		{"BadSignature", reading.BadSignature, func(e *harness.Env, m *harness.Meter, now uint64) (reading.Reading, reading.Signature) {
			forger, _ := crypto.GenerateKey()
			r := newReading(m.ID, 6, now, 10_100, 500)
			sig, err := reading.Sign(forger, e.Domain(), r)
			require.NoError(t, err)
			return r, sig
		}},
		{"AlteredReading", reading.BadSignature, func(e *harness.Env, m *harness.Meter, now uint64) (reading.Reading, reading.Signature) {
			r := newReading(m.ID, 6, now, 10_100, 500)
			sig := e.Sign(m, r)
			r.ImportWh = 10_050 // a relayer lowering the bill
			return r, sig
		}},
		{"ReplayedSeq", reading.ReplayedSeq, func(e *harness.Env, m *harness.Meter, now uint64) (reading.Reading, reading.Signature) {
			r := newReading(m.ID, 5, now, 10_100, 500)
			return r, e.Sign(m, r)
		}},
		{"StaleTimestamp", reading.StaleTimestamp, func(e *harness.Env, m *harness.Meter, now uint64) (reading.Reading, reading.Signature) {
			r := newReading(m.ID, 6, now-900, 10_100, 500)
			return r, e.Sign(m, r)
		}},
		{"FutureTimestamp", reading.FutureTimestamp, func(e *harness.Env, m *harness.Meter, now uint64) (reading.Reading, reading.Signature) {
			r := newReading(m.ID, 6, now+reading.MaxFutureSkew+60, 10_100, 500)
			return r, e.Sign(m, r)
		}},
		{"RegisterRollback", reading.RegisterRollback, func(e *harness.Env, m *harness.Meter, now uint64) (reading.Reading, reading.Signature) {
			r := newReading(m.ID, 6, now, 9_999, 500)
			return r, e.Sign(m, r)
		}},
		{"ExportRollback", reading.RegisterRollback, func(e *harness.Env, m *harness.Meter, now uint64) (reading.Reading, reading.Signature) {
			r := newReading(m.ID, 6, now, 10_100, 499)
			return r, e.Sign(m, r)
		}},
		{"ImplausibleRate", reading.ImplausibleRate, func(e *harness.Env, m *harness.Meter, now uint64) (reading.Reading, reading.Signature) {
			// 10 kW for 900 s is 2,500 Wh at most; 2,501 is one too many.
			r := newReading(m.ID, 6, now, 10_000+2_001, 500+500)
			return r, e.Sign(m, r)
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := harness.New(t, 1)
			m := e.RegisterMeter(meterA, e.Users[0], true, 10_000)
			now := e.Now()
			first := newReading(meterA, 5, now-900, 10_000, 500)
			require.Equal(t, reading.Accepted, submitOne(t, e, m, first))

			r, sig := c.build(e, m, now)
			out := e.Outcomes(e.SubmitPacked([]reading.Reading{r}, []reading.Signature{sig}))
			require.Equal(t, []harness.Outcome{{MeterID: r.MeterID, Seq: r.Seq, Reason: c.reason}}, out)
			require.Equal(t, reading.State{Seq: 5, Timestamp: now - 900, ImportWh: 10_000, ExportWh: 500}, e.LastReading(meterA),
				"a rejected reading must not change the meter's state")
		})
	}
}

// TestRateLimitBoundaryAccepted: exactly max power for the whole interval is plausible.
func TestRateLimitBoundaryAccepted(t *testing.T) {
	e := harness.New(t, 1)
	m := e.RegisterMeter(meterA, e.Users[0], true, 10_000)
	now := e.Now()
	require.Equal(t, reading.Accepted, submitOne(t, e, m, newReading(meterA, 1, now-900, 0, 0)))
	require.Equal(t, reading.Accepted, submitOne(t, e, m, newReading(meterA, 2, now, 2_000, 500)))
}

func TestCrossChainReplayRejected(t *testing.T) {
	e := harness.New(t, 1)
	m := e.RegisterMeter(meterA, e.Users[0], false, 10_000)
	r := newReading(meterA, 1, e.Now(), 100, 0)
	sig, err := reading.Sign(m.Key, reading.Domain{ChainID: 1, Ledger: e.Deployment.ReadingLedger}, r)
	require.NoError(t, err)
	out := e.Outcomes(e.SubmitPacked([]reading.Reading{r}, []reading.Signature{sig}))
	require.Equal(t, reading.BadSignature, out[0].Reason)
}

func TestOtherLedgerReplayRejected(t *testing.T) {
	e := harness.New(t, 1)
	m := e.RegisterMeter(meterA, e.Users[0], false, 10_000)
	r := newReading(meterA, 1, e.Now(), 100, 0)
	other := common.HexToAddress("0x00000000000000000000000000000000deadbeef")
	sig, err := reading.Sign(m.Key, reading.Domain{ChainID: harness.ChainID, Ledger: other}, r)
	require.NoError(t, err)
	out := e.Outcomes(e.SubmitPacked([]reading.Reading{r}, []reading.Signature{sig}))
	require.Equal(t, reading.BadSignature, out[0].Reason)
}

// TestHighSSignatureRejected: the malleable twin (r, n-s, v^1) of a valid signature recovers the
// same key, but is refused by the ledger and by the Go verifier.
func TestHighSSignatureRejected(t *testing.T) {
	e := harness.New(t, 1)
	m := e.RegisterMeter(meterA, e.Users[0], false, 10_000)
	r := newReading(meterA, 1, e.Now(), 100, 0)
	sig := e.Sign(m, r)
	var twin reading.Signature
	copy(twin[:32], sig[:32])
	s := new(big.Int).SetBytes(sig[32:64])
	copy(twin[32:64], common.LeftPadBytes(new(big.Int).Sub(crypto.S256().Params().N, s).Bytes(), 32))
	twin[64] = 55 - sig[64] // 27 <-> 28

	_, err := reading.Recover(e.Domain(), r, twin)
	require.ErrorIs(t, err, reading.ErrBadSignature)

	rc := e.MustSend(e.Relayer, e.Ledger, e.LedgerABI.PackSubmit(
		[]bindings.ReadingLedgerReading{toABI(r)}, [][]byte{twin[:]}))
	require.Equal(t, []harness.Outcome{{MeterID: meterA, Seq: 1, Reason: reading.BadSignature}}, e.Outcomes(rc))

	// The low-s original through the same ABI path is accepted.
	rc = e.MustSend(e.Relayer, e.Ledger, e.LedgerABI.PackSubmit(
		[]bindings.ReadingLedgerReading{toABI(r)}, [][]byte{sig[:]}))
	require.Equal(t, []harness.Outcome{{MeterID: meterA, Seq: 1, Reason: reading.Accepted}}, e.Outcomes(rc))
}

func toABI(r reading.Reading) bindings.ReadingLedgerReading {
	return bindings.ReadingLedgerReading{MeterId: r.MeterID, Seq: r.Seq, Timestamp: r.Timestamp,
		ImportWh: r.ImportWh, ExportWh: r.ExportWh, DetailHash: r.DetailHash}
}

func TestNonRelayerCannotSubmit(t *testing.T) {
	e := harness.New(t, 1)
	m := e.RegisterMeter(meterA, e.Users[0], false, 10_000)
	r := newReading(meterA, 1, e.Now(), 100, 0)
	_, err := e.Send(e.Users[0], e.Ledger, e.LedgerABI.PackSubmitPacked(reading.Pack(r, e.Sign(m, r))))
	require.Error(t, err)
	require.Equal(t, "NotRelayer", harness.RevertName(err, &bindings.ReadingLedgerMetaData))
	require.Equal(t, reading.State{}, e.LastReading(meterA))
}

func TestNonRegistrarCannotRegister(t *testing.T) {
	e := harness.New(t, 1)
	_, err := e.Send(e.Users[0], e.Registry, e.RegistryABI.PackRegister(meterA, e.Users[0].Addr, e.Users[0].Addr, 0, 1, 10_000))
	require.Error(t, err)
	require.Equal(t, "AccessControlUnauthorizedAccount", harness.RevertName(err, &bindings.MeterRegistryMetaData))
	// The relayer role does not allow it either.
	_, err = e.Send(e.Relayer, e.Registry, e.RegistryABI.PackRegister(meterA, e.Users[0].Addr, e.Users[0].Addr, 0, 1, 10_000))
	require.Equal(t, "AccessControlUnauthorizedAccount", harness.RevertName(err, &bindings.MeterRegistryMetaData))
}

func TestOwnerCannotRotateAnotherMetersKey(t *testing.T) {
	e := harness.New(t, 2)
	e.RegisterMeter(meterA, e.Users[0], false, 10_000)
	e.RegisterMeter(meterB, e.Users[1], false, 10_000)
	before := e.MeterAuth(meterB)
	_, err := e.Send(e.Users[0], e.Registry, e.RegistryABI.PackRotateSigner(meterB, e.Users[0].Addr))
	require.Equal(t, "AccessControlUnauthorizedAccount", harness.RevertName(err, &bindings.MeterRegistryMetaData))
	// Nor its own: the meter key belongs to the meter, which the utility installs.
	_, err = e.Send(e.Users[0], e.Registry, e.RegistryABI.PackRotateSigner(meterA, e.Users[0].Addr))
	require.Equal(t, "AccessControlUnauthorizedAccount", harness.RevertName(err, &bindings.MeterRegistryMetaData))
	require.Equal(t, before, e.MeterAuth(meterB))
	// Ownership of another's meter cannot be taken either.
	_, err = e.Send(e.Users[0], e.Registry, e.RegistryABI.PackChangeOwner(meterB, e.Users[0].Addr))
	require.Equal(t, "NotOwnerOrRegistrar", harness.RevertName(err, &bindings.MeterRegistryMetaData))
}

// TestSignerKeyCannotServeTwoMeters: the ledger finds a meter by the key that signed the reading,
// so one key may sign for one meter only — at registration and at rotation.
func TestSignerKeyCannotServeTwoMeters(t *testing.T) {
	e := harness.New(t, 1)
	a := e.RegisterMeter(meterA, e.Users[0], false, 10_000)
	e.RegisterMeter(meterB, e.Users[0], false, 10_000)
	aSigner := crypto.PubkeyToAddress(a.Key.PublicKey)
	_, err := e.Send(e.Registrar, e.Registry, e.RegistryABI.PackRegister(meterB+1, e.Users[0].Addr, aSigner, 0, 1, 10_000))
	require.Equal(t, "SignerInUse", harness.RevertName(err, &bindings.ReadingLedgerMetaData))
	_, err = e.Send(e.Registrar, e.Registry, e.RegistryABI.PackRotateSigner(meterB, aSigner))
	require.Equal(t, "SignerInUse", harness.RevertName(err, &bindings.ReadingLedgerMetaData))
	// A reading for meter B signed with A's key is a bad signature, not a reading of A.
	r := newReading(meterB, 1, e.Now(), 100, 0)
	out := e.Outcomes(e.SubmitPacked([]reading.Reading{r}, []reading.Signature{e.Sign(a, r)}))
	require.Equal(t, reading.BadSignature, out[0].Reason)
	require.Equal(t, reading.State{}, e.LastReading(meterA))
}

// TestOnlyRegistryDrivesLedgerEnrolment: nobody but the registry can enrol, re-key or disable
// a meter in the ledger's per-signer copy.
func TestOnlyRegistryDrivesLedgerEnrolment(t *testing.T) {
	e := harness.New(t, 1)
	m := e.RegisterMeter(meterA, e.Users[0], false, 10_000)
	signer := crypto.PubkeyToAddress(m.Key.PublicKey)
	for _, call := range [][]byte{
		e.LedgerABI.PackEnroll(meterB, e.Users[0].Addr, 10_000),
		e.LedgerABI.PackRekey(signer, e.Users[0].Addr),
		e.LedgerABI.PackDisable(signer),
	} {
		for _, who := range []*harness.Account{e.Users[0], e.Registrar, e.Admin} {
			_, err := e.Send(who, e.Ledger, call)
			require.Equal(t, "NotRegistry", harness.RevertName(err, &bindings.ReadingLedgerMetaData))
		}
	}
	require.Equal(t, reading.Accepted, submitOne(t, e, m, newReading(meterA, 1, e.Now(), 100, 0)))
}

func TestRegisterValidatesMeterID(t *testing.T) {
	e := harness.New(t, 1)
	for _, id := range []uint64{12_345_678, 1_000_000_000, 352_000_395, 352_522_000} {
		_, err := e.Send(e.Registrar, e.Registry, e.RegistryABI.PackRegister(id, e.Users[0].Addr, e.Users[0].Addr, 0, 1, 10_000))
		require.Equalf(t, "InvalidMeterId", harness.RevertName(err, &bindings.MeterRegistryMetaData), "id %d", id)
	}
	e.RegisterMeter(meterA, e.Users[0], false, 10_000)
	_, err := e.Send(e.Registrar, e.Registry, e.RegistryABI.PackRegister(meterA, e.Users[0].Addr, e.Users[0].Addr, 0, 1, 10_000))
	require.Equal(t, "MeterExists", harness.RevertName(err, &bindings.MeterRegistryMetaData))
}

// TestBatchOf100With10Bad: one batch, 100 distinct meters, 10 bad readings: exactly the 90 good
// ones are accepted, each bad one is logged with its reason, and nothing reverts.
func TestBatchOf100With10Bad(t *testing.T) {
	e := harness.New(t, 1)
	now := e.Now()
	var rs []reading.Reading
	var sigs []reading.Signature
	want := map[uint64]reading.Reason{}
	forger, _ := crypto.GenerateKey()
	for i := range 100 {
		id := uint64(100_001_001 + i)
		m := e.RegisterMeter(id, e.Users[0], false, 10_000)
		r := newReading(id, 1, now, 1_000, 0)
		sig := e.Sign(m, r)
		want[id] = reading.Accepted
		switch {
		case i%10 == 3 && i < 50: // forged
			sig, _ = reading.Sign(forger, e.Domain(), r)
			want[id] = reading.BadSignature
		case i%10 == 3: // from the future
			r.Timestamp = now + 3600
			sig = e.Sign(m, r)
			want[id] = reading.FutureTimestamp
		}
		rs, sigs = append(rs, r), append(sigs, sig)
	}
	out := e.Outcomes(e.SubmitPacked(rs, sigs))
	require.Len(t, out, 100)
	accepted := 0
	for i, o := range out {
		require.Equal(t, rs[i].MeterID, o.MeterID, "outcomes come in batch order")
		require.Equal(t, want[o.MeterID], o.Reason, "meter %d", o.MeterID)
		if o.Reason == reading.Accepted {
			accepted++
			require.Equal(t, uint64(1), e.LastReading(o.MeterID).Seq)
		} else {
			require.Equal(t, reading.State{}, e.LastReading(o.MeterID))
		}
	}
	require.Equal(t, 90, accepted)
}

func utc(s string) uint64 {
	t, err := time.Parse("2006-01-02 15:04", s)
	if err != nil {
		panic(err)
	}
	return uint64(t.Unix())
}

func periodRegisters(t *testing.T, e *harness.Env, id uint64, period uint32) (bindings.PeriodRegistersOutput, error) {
	t.Helper()
	return bind.Call(e.Ledger, nil, e.LedgerABI.PackPeriodRegisters(id, period), e.LedgerABI.UnpackPeriodRegisters)
}

// TestPeriodClosingAcrossMonthBoundary: the 00:00 reading of 1 February is January's closing
// register; the 00:15 reading opens February and closes January on chain.
func TestPeriodClosingAcrossMonthBoundary(t *testing.T) {
	e := harness.New(t, 1)
	m := e.RegisterMeter(meterA, e.Users[0], false, 10_000)
	steps := []struct {
		at       string
		imp      uint64
		closesJa bool
	}{
		{"2026-01-15 12:00", 1_000, false}, // first reading: baseline (close of December)
		{"2026-01-31 23:45", 9_000, false},
		{"2026-02-01 00:00", 9_400, false}, // still January (interval-end convention)
		{"2026-02-01 00:15", 9_700, true},  // first February reading closes January
	}
	for i, s := range steps {
		r := newReading(meterA, uint64(i+1), utc(s.at), s.imp, 0)
		rc := e.SubmitPacked([]reading.Reading{r}, []reading.Signature{e.Sign(m, r)})
		var closed []*bindings.ReadingLedgerPeriodClosed
		for _, l := range rc.Logs {
			if ev, err := e.LedgerABI.UnpackPeriodClosedEvent(l); err == nil {
				closed = append(closed, ev)
			}
		}
		if s.closesJa {
			require.Len(t, closed, 1)
			require.Equal(t, uint32(202601), closed[0].Period)
			require.Equal(t, uint64(9_400), closed[0].ImportWh)
		} else {
			require.Empty(t, closed, "reading at %s", s.at)
			_, err := periodRegisters(t, e, meterA, 202601)
			require.Equal(t, "PeriodNotClosed", harness.RevertName(err, &bindings.ReadingLedgerMetaData))
		}
	}
	jan, err := periodRegisters(t, e, meterA, 202601)
	require.NoError(t, err)
	require.Equal(t, uint64(1_000), jan.OpeningImportWh)
	require.Equal(t, uint64(9_400), jan.ClosingImportWh)
	require.Equal(t, uint32(202601), reading.PeriodOf(utc("2026-02-01 00:00")))
	require.Equal(t, uint32(202602), reading.PeriodOf(utc("2026-02-01 00:15")))
}

// TestPeriodWithoutReadingOnLastDay: readings stop on 28 January and resume in March; January
// closes at its last reading, February (no readings at all) opens at that register and closes at
// the register interpolated at its end, 1 March 00:00, on the line from 28 January 10:00 (4,000 Wh)
// to 2 March 08:00 (9,000 Wh): 4,000 + 5,000 x 758 h / 790 h = 8,797 Wh (rounded down).
func TestPeriodWithoutReadingOnLastDay(t *testing.T) {
	e := harness.New(t, 1)
	m := e.RegisterMeter(meterA, e.Users[0], false, 10_000)
	for i, s := range []struct {
		at  string
		imp uint64
	}{{"2026-01-01 00:15", 500}, {"2026-01-28 10:00", 4_000}, {"2026-03-02 08:00", 9_000}} {
		r := newReading(meterA, uint64(i+1), utc(s.at), s.imp, 0)
		require.Equal(t, reading.Accepted, submitOne(t, e, m, r))
	}
	jan, err := periodRegisters(t, e, meterA, 202601)
	require.NoError(t, err)
	require.Equal(t, [2]uint64{500, 4_000}, [2]uint64{jan.OpeningImportWh, jan.ClosingImportWh})
	feb, err := periodRegisters(t, e, meterA, 202602)
	require.NoError(t, err)
	require.Equal(t, [2]uint64{4_000, 8_797}, [2]uint64{feb.OpeningImportWh, feb.ClosingImportWh})
	_, err = periodRegisters(t, e, meterA, 202603)
	require.Equal(t, "PeriodNotClosed", harness.RevertName(err, &bindings.ReadingLedgerMetaData))
	_, err = periodRegisters(t, e, meterA, 202512)
	require.Equal(t, "NoBaseline", harness.RevertName(err, &bindings.ReadingLedgerMetaData))
}

// TestKeyRotationRejectsOldKey: after the utility rotates a meter's key, readings signed with the
// old key are rejected and the new key's are accepted.
func TestKeyRotationRejectsOldKey(t *testing.T) {
	e := harness.New(t, 1)
	m := e.RegisterMeter(meterA, e.Users[0], false, 10_000)
	now := e.Now()
	require.Equal(t, reading.Accepted, submitOne(t, e, m, newReading(meterA, 1, now-1800, 100, 0)))

	newKey, _ := crypto.GenerateKey()
	e.RotateSigner(m, crypto.PubkeyToAddress(newKey.PublicKey))

	require.Equal(t, reading.BadSignature, submitOne(t, e, m, newReading(meterA, 2, now-900, 200, 0)))
	m.Key = newKey
	require.Equal(t, reading.Accepted, submitOne(t, e, m, newReading(meterA, 2, now-900, 200, 0)))
}

// TestDigestGoMatchesSolidity: the Go EIP-712 digest equals the contract's for 1,000 random readings.
func TestDigestGoMatchesSolidity(t *testing.T) {
	e := harness.New(t, 0)
	rng := rand.New(rand.NewPCG(1, 2))
	for range 1000 {
		var h common.Hash
		for j := range h {
			h[j] = byte(rng.Uint32())
		}
		r := reading.Reading{MeterID: rng.Uint64(), Seq: rng.Uint64(), Timestamp: rng.Uint64(),
			ImportWh: rng.Uint64(), ExportWh: rng.Uint64(), DetailHash: h}
		onChain, err := bind.Call(e.Ledger, nil, e.LedgerABI.PackReadingDigest(toABI(r)), e.LedgerABI.UnpackReadingDigest)
		require.NoError(t, err)
		require.Equal(t, e.Domain().Digest(r), common.Hash(onChain), "reading %+v", r)
	}
}

// TestPeriodOfGoMatchesSolidity: the calendar month of 1,000 random timestamps, and of every
// month boundary from 1970 to 2200, agrees between Go and the contract.
func TestPeriodOfGoMatchesSolidity(t *testing.T) {
	e := harness.New(t, 0)
	check := func(ts uint64) {
		p, err := bind.Call(e.Ledger, nil, e.LedgerABI.PackPeriodOf(ts), e.LedgerABI.UnpackPeriodOf)
		require.NoError(t, err)
		require.Equal(t, reading.PeriodOf(ts), p, "timestamp %d", ts)
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 1000 {
		check(1 + rng.Uint64N(7_258_118_400)) // up to 2200
	}
	for y := 1970; y < 2200; y += 7 {
		for mo := time.January; mo <= time.December; mo++ {
			b := uint64(time.Date(y, mo, 1, 0, 0, 0, 0, time.UTC).Unix())
			if b > 0 {
				check(b)
			}
			check(b + 1)
		}
	}
}

// TestGoRulesMatchContract: the oracle's Go mirror of the ledger rules decides every edge case
// the way the contract does.
func TestGoRulesMatchContract(t *testing.T) {
	e := harness.New(t, 1)
	now := e.Now()
	forger, _ := crypto.GenerateKey()
	type step struct {
		seq, dt, imp, exp uint64 // dt: seconds before `now` (negative via future below)
		future            uint64
		forged            bool
	}
	cases := [][]step{
		{{seq: 1, dt: 900, imp: 0}, {seq: 2, dt: 0, imp: 2_500}},               // exactly max power
		{{seq: 1, dt: 900, imp: 0}, {seq: 2, dt: 0, imp: 2_501}},               // one Wh over
		{{seq: 1, dt: 900, imp: 0, exp: 10}, {seq: 2, dt: 0, imp: 1, exp: 9}},  // export rollback
		{{seq: 1, dt: 900}, {seq: 1, dt: 0}},                                   // same seq
		{{seq: 1, dt: 900}, {seq: 0, dt: 0}},                                   // lower seq
		{{seq: 0, dt: 900}},                                                    // seq 0 never valid
		{{seq: 1, dt: 900}, {seq: 2, dt: 900}},                                 // same timestamp
		{{seq: 1, future: reading.MaxFutureSkew}},                              // at the skew limit
		{{seq: 1, future: reading.MaxFutureSkew + 100}},                        // beyond it
		{{seq: 1, dt: 900, forged: true}},                                      // forged
		{{seq: 1, dt: 900, imp: 1 << 63}},                                      // first reading: no rate check
		{{seq: 1, dt: 900, imp: 1 << 62}, {seq: 2, dt: 0, imp: 1<<62 + 1<<61}}, // huge jump, no overflow
		{{seq: 1 << 32, dt: 900}},                                              // seq beyond the ledger's 32 bits
		{{seq: 1<<32 - 1, dt: 900}, {seq: 1 << 32, dt: 0}},                     // last seq, then exhausted
	}
	for i, steps := range cases {
		id := uint64(200_001_001 + i)
		m := e.RegisterMeter(id, e.Users[0], false, 10_000)
		for _, s := range steps {
			ts := now - s.dt + s.future
			r := newReading(id, s.seq, ts, s.imp, s.exp)
			key := m.Key
			if s.forged {
				key = forger
			}
			sig, err := reading.Sign(key, e.Domain(), r)
			require.NoError(t, err)
			signer, err := reading.Recover(e.Domain(), r, sig)
			require.NoError(t, err)
			head := e.Now() + 1 // the block the submission lands in
			want := reading.Check(e.MeterAuth(id), e.LastReading(id), r, signer, head)
			out := e.Outcomes(e.SubmitPacked([]reading.Reading{r}, []reading.Signature{sig}))
			require.Equalf(t, want, out[0].Reason, "case %d step %+v", i, s)
		}
	}
}
