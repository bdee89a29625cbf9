package test

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	crand "crypto/rand"
	"crypto/sha256"
	"fmt"
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/bindings"
	"github.com/meterchain/meterchain/bindings/testbindings"
	"github.com/meterchain/meterchain/internal/chaintx"
	"github.com/meterchain/meterchain/internal/ocmf"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/test/harness"
)

// ocmfMeter is a registered meter whose charger emits OCMF records under the identity GI/GS/MS.
type ocmfMeter struct {
	*harness.Meter
	GI, GS, MS string
}

func (m *ocmfMeter) identity() [32]byte {
	return ocmf.Identity([]byte(m.GI), []byte(m.GS), []byte(m.MS))
}

// registerOcmfMeter registers a meter (P-256 or secp256k1) and binds its OCMF identity.
func registerOcmfMeter(e *harness.Env, id uint64, p256 bool) *ocmfMeter {
	e.T.Helper()
	var m *harness.Meter
	if p256 {
		m = e.RegisterP256Meter(id, e.Users[0], false, 50_000)
	} else {
		m = e.RegisterMeter(id, e.Users[0], false, 50_000)
	}
	om := &ocmfMeter{Meter: m, GI: "KEBA KC-P30-EC240422-E00", GS: fmt.Sprintf("1760%d", id), MS: fmt.Sprintf("1EMH00%d", id)}
	e.MustSend(e.Registrar, e.Registry, e.RegistryABI.PackBindOcmf(id, om.identity()))
	return om
}

// session is a charging session's record: the meter's import register at start and end.
type session struct {
	seq                    uint64
	start, end             time.Time
	startWh, endWh, export uint64 // export 0: the record reports no export register
}

// ocmfPayload is a realistic charger payload (~600 bytes): the usual header, a cable-loss block
// and two RD entries (begin and end of the session; the end entry carries RI, RU, RT, ST over).
func ocmfPayload(m *ocmfMeter, s session, opts ...func(*ocmf.Fields)) []byte {
	f := ocmf.Fields{
		GI: m.GI, GS: m.GS, MS: m.MS, PG: fmt.Sprintf("T%d", s.seq),
		Extra: []string{
			`"CT":"EVSEID"`, `"CI":"DE*KEB*E1760*0001"`,
			`"LC":{"LN":"LossCompensationCable","LI":1,"LR":5.7,"LU":"mOhm"}`,
			`"TT":"Tarif 1: 0,39 EUR/kWh"`,
		},
		Entries: []ocmf.Entry{
			{TM: ocmf.FormatTM(s.start, 'S'), TX: "B", RV: ocmf.FormatKWh(s.startWh), RI: "1-b:1.8.0", RU: "kWh", RT: "AC", CL: "0", EF: "", ST: "G"},
			{TM: ocmf.FormatTM(s.end, 'S'), TX: "E", RV: ocmf.FormatKWh(s.endWh), CL: "1380", EF: "", Extra: []string{`"EI":2,"EM":"ABL eMH1"`}},
		},
	}
	if s.export != 0 {
		f.Entries = append(f.Entries, ocmf.Entry{TM: ocmf.FormatTM(s.end, 'S'), RV: ocmf.FormatKWh(s.export), RI: "1-b:2.8.0"})
	}
	for _, o := range opts {
		o(&f)
	}
	return ocmf.Build(f)
}

// ocmfSign signs payload with key as the meter would and turns the record's signature into the
// bytes submitOcmf takes, as the oracle does (P-256: with the key; secp256k1: v by recovery).
func ocmfSign(t testing.TB, payload []byte, key *ecdsa.PrivateKey, opts ...ocmf.SignOption) []byte {
	t.Helper()
	record, err := ocmf.Sign(payload, key, opts...)
	require.NoError(t, err)
	got, section, err := ocmf.Split(record)
	require.NoError(t, err)
	require.Equal(t, payload, got)
	sig, err := ocmf.ParseSignature(section)
	require.NoError(t, err)
	digest := sha256.Sum256(payload)
	if key.Curve == elliptic.P256() {
		pub := harness.P256KeyOf(t, key)
		require.True(t, ocmf.VerifyP256(digest, sig, pub))
		return ocmf.LedgerSignatureP256(sig, pub)
	}
	v, err := ocmf.RecoverSecp256k1(digest, sig, crypto.PubkeyToAddress(key.PublicKey))
	require.NoError(t, err)
	return ocmf.LedgerSignatureSecp256k1(sig, v)
}

func submitOcmf(e *harness.Env, payloads, sigs [][]byte) *types.Receipt {
	e.T.Helper()
	return e.MustSend(e.Relayer, e.Ledger, e.LedgerABI.PackSubmitOcmf(payloads, sigs))
}

// ocmfOutcome submits one record and returns what the ledger logged for it.
func ocmfOutcome(e *harness.Env, payload, sig []byte) harness.Outcome {
	e.T.Helper()
	out := e.Outcomes(submitOcmf(e, [][]byte{payload}, [][]byte{sig}))
	require.Len(e.T, out, 1)
	return out[0]
}

func newP256Key(t testing.TB) *ecdsa.PrivateKey {
	k, err := ecdsa.GenerateKey(elliptic.P256(), crand.Reader)
	require.NoError(t, err)
	return k
}

func newK1Key(t testing.TB) *ecdsa.PrivateKey {
	k, err := crypto.GenerateKey()
	require.NoError(t, err)
	return k
}

// sameCurveKey is a fresh key on m's curve.
func sameCurveKey(t testing.TB, m *ocmfMeter) *ecdsa.PrivateKey {
	if m.Key.Curve == elliptic.P256() {
		return newP256Key(t)
	}
	return newK1Key(t)
}

// TestOcmfRecordAcceptedOnChain: a record signed by the meter's key (either curve, low or high s)
// is accepted with the registers and time the ledger reads from the payload itself, logged with
// detailHash = SHA-256(payload); a register the record does not report keeps its last value.
func TestOcmfRecordAcceptedOnChain(t *testing.T) {
	e := harness.New(t, 1)
	k1 := registerOcmfMeter(e, meterA, false)
	p256 := registerOcmfMeter(e, meterB, true)
	for _, m := range []*ocmfMeter{k1, p256} {
		id, err := bind.Call(e.Registry, nil, e.RegistryABI.PackMeterOfOcmf(m.identity()), e.RegistryABI.UnpackMeterOfOcmf)
		require.NoError(t, err)
		require.Equal(t, m.ID, id)
		ident, err := bind.Call(e.Registry, nil, e.RegistryABI.PackOcmfIdentityOf(m.ID), e.RegistryABI.UnpackOcmfIdentityOf)
		require.NoError(t, err)
		require.Equal(t, m.identity(), ident)
	}
	now := time.Unix(int64(e.Now()), 0).UTC()
	cet := time.FixedZone("CEST", 2*3600)
	s1 := session{seq: 7, start: now.Add(-2 * time.Hour).In(cet), end: now.Add(-time.Hour).In(cet), startWh: 2_935_600, endWh: 2_965_300, export: 1_234}
	s2 := session{seq: 8, start: now.Add(-50 * time.Minute).In(cet), end: now.Add(-10 * time.Minute).In(cet), startWh: 2_965_300, endWh: 2_980_001}

	for _, highS := range []bool{false, true} {
		var payloads, sigs [][]byte
		s := s1
		if highS {
			s = s2
		}
		var opts []ocmf.SignOption
		if highS {
			opts = append(opts, ocmf.WithHighS())
		}
		for _, m := range []*ocmfMeter{k1, p256} {
			p := ocmfPayload(m, s)
			payloads = append(payloads, p)
			sigs = append(sigs, ocmfSign(t, p, m.Key, opts...))
		}
		rc := submitOcmf(e, payloads, sigs)
		require.Equal(t, []harness.Outcome{{MeterID: meterA, Seq: s.seq}, {MeterID: meterB, Seq: s.seq}}, e.Outcomes(rc), "high s %v", highS)
		var logged int
		for _, l := range rc.Logs {
			ev, err := e.LedgerABI.UnpackReadingAcceptedEvent(l)
			if err != nil {
				continue
			}
			want, err := ocmf.Decode(payloads[logged])
			require.NoError(t, err)
			require.Equal(t, [32]byte(sha256.Sum256(payloads[logged])), ev.DetailHash)
			require.Equal(t, uint64(s.end.Unix()), ev.Timestamp, "the end entry's TM, in UTC")
			require.Equal(t, want.Timestamp, ev.Timestamp)
			require.Equal(t, s.endWh, ev.ImportWh, "the end entry's register, RI/RU/ST carried over")
			require.Equal(t, uint64(1_234), ev.ExportWh, "s2 reports no export: the last value stands")
			logged++
		}
		require.Equal(t, 2, logged)
	}
	for _, m := range []*ocmfMeter{k1, p256} {
		require.Equal(t, reading.State{Seq: 8, Timestamp: uint64(s2.end.Unix()), ImportWh: s2.endWh, ExportWh: 1_234}, e.LastReading(m.ID))
	}
}

// TestOcmfIdentityBinding: only the registrar binds identities, to known meters; an identity
// belongs to one meter; rebinding a meter moves it, and the old identity's records are unknown.
func TestOcmfIdentityBinding(t *testing.T) {
	e := harness.New(t, 1)
	a := registerOcmfMeter(e, meterA, false)
	e.RegisterMeter(meterB, e.Users[0], false, 50_000)
	_, err := e.Send(e.Relayer, e.Registry, e.RegistryABI.PackBindOcmf(meterB, [32]byte{1}))
	require.Equal(t, "AccessControlUnauthorizedAccount", harness.RevertName(err, &bindings.MeterRegistryMetaData))
	_, err = e.Send(e.Registrar, e.Registry, e.RegistryABI.PackBindOcmf(999_999_999, [32]byte{1}))
	require.Equal(t, "UnknownMeter", harness.RevertName(err, &bindings.MeterRegistryMetaData))
	_, err = e.Send(e.Registrar, e.Registry, e.RegistryABI.PackBindOcmf(meterB, a.identity()))
	require.Equal(t, "OcmfIdentityInUse", harness.RevertName(err, &bindings.MeterRegistryMetaData))
	_, err = e.Send(e.Registrar, e.Registry, e.RegistryABI.PackBindOcmf(meterB, [32]byte{}))
	require.Equal(t, "ZeroOcmfIdentity", harness.RevertName(err, &bindings.MeterRegistryMetaData))

	now := time.Unix(int64(e.Now()), 0).UTC()
	p := ocmfPayload(a, session{seq: 1, start: now.Add(-time.Hour), end: now.Add(-30 * time.Minute), startWh: 100, endWh: 200})
	moved := *a
	moved.MS = "1EMH0099"
	rc := e.MustSend(e.Registrar, e.Registry, e.RegistryABI.PackBindOcmf(meterA, moved.identity()))
	ev, err := e.RegistryABI.UnpackOcmfIdentityBoundEvent(rc.Logs[0])
	require.NoError(t, err)
	require.Equal(t, uint64(meterA), ev.MeterId)
	require.Equal(t, moved.identity(), ev.Identity)
	require.Equal(t, harness.Outcome{MeterID: 0, Seq: 1, Reason: reading.UnknownMeter}, ocmfOutcome(e, p, ocmfSign(t, p, a.Key)))
	// The freed identity may go to another meter.
	e.MustSend(e.Registrar, e.Registry, e.RegistryABI.PackBindOcmf(meterB, a.identity()))
	id, err := bind.Call(e.Registry, nil, e.RegistryABI.PackMeterOfOcmf(a.identity()), e.RegistryABI.UnpackMeterOfOcmf)
	require.NoError(t, err)
	require.Equal(t, uint64(meterB), id)
	p = ocmfPayload(&moved, session{seq: 1, start: now.Add(-time.Hour), end: now.Add(-30 * time.Minute), startWh: 100, endWh: 200})
	require.Equal(t, harness.Outcome{MeterID: meterA, Seq: 1}, ocmfOutcome(e, p, ocmfSign(t, p, a.Key)))
}

// TestOcmfAlteredPayloadRejected: any byte of the payload changed after signing, a register
// digit or a field the ledger does not read, fails the signature on both curves; the original
// is still accepted afterwards.
func TestOcmfAlteredPayloadRejected(t *testing.T) {
	e := harness.New(t, 1)
	now := time.Unix(int64(e.Now()), 0).UTC()
	for i, p256 := range []bool{false, true} {
		m := registerOcmfMeter(e, meterA+uint64(i), p256)
		p := ocmfPayload(m, session{seq: 1, start: now.Add(-time.Hour), end: now.Add(-30 * time.Minute), startWh: 2_935_600, endWh: 2_965_300})
		sig := ocmfSign(t, p, m.Key)
		for _, change := range [][2]string{{"2965.300", "2965.400"}, {`"ID":"1F2D3A4F5506C7"`, `"ID":"1F2D3A4F5506C8"`}, {`"PG":"T1"`, `"PG":"T2"`}, {"+0000", "-0000"}} {
			altered := bytes.Replace(p, []byte(change[0]), []byte(change[1]), 1)
			require.NotEqual(t, p, altered, change[0])
			_, err := ocmf.Decode(altered)
			require.NoError(t, err, "still well-formed")
			out := ocmfOutcome(e, altered, sig)
			require.Equal(t, reading.BadSignature, out.Reason, "p256 %v: %s", p256, change[0])
			require.Equal(t, m.ID, out.MeterID)
		}
		require.Equal(t, reading.State{}, e.LastReading(m.ID))
		require.Equal(t, harness.Outcome{MeterID: m.ID, Seq: 1}, ocmfOutcome(e, p, sig))
	}
}

// TestOcmfOtherKeyRejected: a record of the meter's identity signed by any other key (same curve,
// other curve, or a key the relayer hands in as the P-256 key) is refused.
func TestOcmfOtherKeyRejected(t *testing.T) {
	e := harness.New(t, 1)
	now := time.Unix(int64(e.Now()), 0).UTC()
	for i, p256 := range []bool{false, true} {
		m := registerOcmfMeter(e, meterA+uint64(i), p256)
		p := ocmfPayload(m, session{seq: 1, start: now.Add(-time.Hour), end: now.Add(-30 * time.Minute), startWh: 100, endWh: 200})
		for _, key := range []*ecdsa.PrivateKey{newP256Key(t), newK1Key(t)} {
			out := ocmfOutcome(e, p, ocmfSign(t, p, key))
			require.Equal(t, harness.Outcome{MeterID: m.ID, Seq: 1, Reason: reading.BadSignature}, out)
		}
		require.Equal(t, reading.State{}, e.LastReading(m.ID))
	}
}

// TestOcmfRelayerCannotRestate: the relayer holds a meter's genuine record and another meter it
// would rather credit. Handing in another key, editing the identity, flipping v or pairing the
// signature with another meter's record all fail: the record counts for its own meter only.
func TestOcmfRelayerCannotRestate(t *testing.T) {
	e := harness.New(t, 1)
	now := time.Unix(int64(e.Now()), 0).UTC()
	a := registerOcmfMeter(e, meterA, true)
	b := registerOcmfMeter(e, meterB, true)
	c := registerOcmfMeter(e, 352_522_397, false)
	s := session{seq: 1, start: now.Add(-time.Hour), end: now.Add(-30 * time.Minute), startWh: 100, endWh: 20_000}
	pa := ocmfPayload(a, s)
	sigA := ocmfSign(t, pa, a.Key)

	// A's record with B's public key (as if B had signed it): B's key does not verify it, and
	// the identity still says A.
	bKey := harness.P256KeyOf(t, b.Key)
	withB := append(append([]byte{}, sigA[:64]...), bKey[:]...)
	require.Equal(t, harness.Outcome{MeterID: meterA, Seq: 1, Reason: reading.BadSignature}, ocmfOutcome(e, pa, withB))
	// A's payload edited to B's identity, A's signature: B is named, nothing verifies.
	toB := bytes.Replace(pa, []byte(a.MS), []byte(b.MS), 1)
	toB = bytes.Replace(toB, []byte(a.GS), []byte(b.GS), 1)
	require.Equal(t, harness.Outcome{MeterID: meterB, Seq: 1, Reason: reading.BadSignature}, ocmfOutcome(e, toB, sigA))
	// B's key signing a record that claims A's identity: A's key is the one that counts.
	require.Equal(t, harness.Outcome{MeterID: meterA, Seq: 1, Reason: reading.BadSignature}, ocmfOutcome(e, pa, ocmfSign(t, pa, b.Key)))
	// A secp256k1 record with the other v recovers some other key.
	pc := ocmfPayload(c, s)
	sigC := ocmfSign(t, pc, c.Key)
	flipped := append([]byte{}, sigC...)
	flipped[64] ^= 27 ^ 28
	require.Equal(t, harness.Outcome{MeterID: c.ID, Seq: 1, Reason: reading.BadSignature}, ocmfOutcome(e, pc, flipped))
	// C's signature beside A's record, A's beside C's.
	out := e.Outcomes(submitOcmf(e, [][]byte{pa, pc}, [][]byte{sigC, sigA}))
	require.Equal(t, []harness.Outcome{{MeterID: meterA, Seq: 1, Reason: reading.BadSignature}, {MeterID: c.ID, Seq: 1, Reason: reading.BadSignature}}, out)
	for _, m := range []*ocmfMeter{a, b, c} {
		require.Equal(t, reading.State{}, e.LastReading(m.ID), "meter %d", m.ID)
	}
	// The genuine pairs count, each for its own meter.
	out = e.Outcomes(submitOcmf(e, [][]byte{pa, pc}, [][]byte{sigA, sigC}))
	require.Equal(t, []harness.Outcome{{MeterID: meterA, Seq: 1}, {MeterID: c.ID, Seq: 1}}, out)
	require.Equal(t, reading.State{}, e.LastReading(meterB))
	require.Equal(t, uint64(20_000), e.LastReading(meterA).ImportWh)
}

// TestOcmfSeqFromPagination: the PG counter is the seq; records are taken in counter order and
// never twice, even re-signed or as the high-s twin of the same signature.
func TestOcmfSeqFromPagination(t *testing.T) {
	e := harness.New(t, 1)
	now := time.Unix(int64(e.Now()), 0).UTC()
	for i, p256 := range []bool{false, true} {
		m := registerOcmfMeter(e, meterA+uint64(i), p256)
		rec := func(pg string, minutesAgo int, wh uint64) []byte {
			end := now.Add(-time.Duration(minutesAgo) * time.Minute)
			return ocmfPayload(m, session{start: end.Add(-time.Minute), end: end, startWh: wh - 10, endWh: wh}, func(f *ocmf.Fields) { f.PG = pg })
		}
		p1, p2, p5, p4 := rec("T1", 60, 1_000), rec("T2", 50, 2_000), rec("T5", 40, 3_000), rec("T4", 30, 4_000)
		var sigs [][]byte
		for _, p := range [][]byte{p1, p2, p5, p4} {
			sigs = append(sigs, ocmfSign(t, p, m.Key))
		}
		out := e.Outcomes(submitOcmf(e, [][]byte{p1, p2, p5, p4}, sigs))
		require.Equal(t, []harness.Outcome{
			{MeterID: m.ID, Seq: 1}, {MeterID: m.ID, Seq: 2}, {MeterID: m.ID, Seq: 5},
			{MeterID: m.ID, Seq: 4, Reason: reading.ReplayedSeq},
		}, out)
		// Replays: the same record, a fresh signature of it, its high-s twin, a fiscal-context copy.
		twin := append([]byte{}, sigs[1]...)
		n := elliptic.P256().Params().N
		if !p256 {
			n = crypto.S256().Params().N
			twin[64] ^= 27 ^ 28
		}
		copy(twin[32:64], new(big.Int).Sub(n, new(big.Int).SetBytes(twin[32:64])).FillBytes(make([]byte, 32)))
		fiscal := rec("F5", 20, 5_000)
		out = e.Outcomes(submitOcmf(e, [][]byte{p2, p2, p2, fiscal}, [][]byte{sigs[1], ocmfSign(t, p2, m.Key), twin, ocmfSign(t, fiscal, m.Key)}))
		for _, o := range out {
			require.Equal(t, reading.ReplayedSeq, o.Reason)
		}
		require.Equal(t, []uint64{2, 2, 2, 5}, []uint64{out[0].Seq, out[1].Seq, out[2].Seq, out[3].Seq})
		require.Equal(t, uint64(5), e.LastReading(m.ID).Seq)
		require.Equal(t, uint64(3_000), e.LastReading(m.ID).ImportWh)
	}
}

// TestOcmfMalformedRejected: a payload that breaks a rule is logged (0, 0, MalformedRecord) and
// the records around it in the batch are taken; an unbound identity is an unknown meter.
func TestOcmfMalformedRejected(t *testing.T) {
	e := harness.New(t, 1)
	now := time.Unix(int64(e.Now()), 0).UTC()
	m := registerOcmfMeter(e, meterA, true)
	s := session{seq: 1, start: now.Add(-time.Hour), end: now.Add(-30 * time.Minute), startWh: 100, endWh: 200}
	good := ocmfPayload(m, s)
	bad := map[string][]byte{
		"not JSON":      []byte("OCMF is not JSON"),
		"no PG":         ocmfPayload(m, s, func(f *ocmf.Fields) { f.PG = "" }),
		"PG leading 0":  ocmfPayload(m, s, func(f *ocmf.Fields) { f.PG = "T01" }),
		"no MS":         ocmfPayload(m, s, func(f *ocmf.Fields) { f.MS = "" }),
		"bad TM":        bytes.Replace(good, []byte(",000+0000 S"), []byte(",000+0000 Q"), 1),
		"RD empty":      ocmfPayload(m, s, func(f *ocmf.Fields) { f.Entries = nil }),
		"all voided":    ocmfPayload(m, s, func(f *ocmf.Fields) { f.Entries[0].TX = "X" }),
		"duplicate MS":  ocmfPayload(m, s, func(f *ocmf.Fields) { f.Extra = append(f.Extra, `"MS":"OTHER"`) }),
		"too deep":      ocmfPayload(m, s, func(f *ocmf.Fields) { f.Extra = append(f.Extra, `"XX":[[[[[[[[1]]]]]]]]`) }),
		"trailing byte": append(append([]byte{}, good...), '}'),
		"RV sign":       bytes.Replace(good, []byte(`"RV":0.200`), []byte(`"RV":-0.200`), 1),
	}
	payloads, sigs := [][]byte{good}, [][]byte{ocmfSign(t, good, m.Key)}
	want := []harness.Outcome{{MeterID: meterA, Seq: 1}}
	for name, p := range bad {
		_, err := ocmf.Decode(p)
		require.ErrorIs(t, err, ocmf.ErrMalformed, name)
		payloads, sigs = append(payloads, p), append(sigs, ocmfSign(t, p, m.Key))
		want = append(want, harness.Outcome{Reason: reading.MalformedRecord})
	}
	unknown := *m
	unknown.MS = "1EMH-unbound"
	pu := ocmfPayload(&unknown, session{seq: 2, start: s.start, end: s.end.Add(time.Minute), startWh: 100, endWh: 300})
	next := ocmfPayload(m, session{seq: 2, start: s.start, end: s.end.Add(time.Minute), startWh: 100, endWh: 300})
	payloads = append(payloads, pu, next)
	sigs = append(sigs, ocmfSign(t, pu, m.Key), ocmfSign(t, next, m.Key))
	want = append(want, harness.Outcome{Seq: 2, Reason: reading.UnknownMeter}, harness.Outcome{MeterID: meterA, Seq: 2})
	require.Equal(t, want, e.Outcomes(submitOcmf(e, payloads, sigs)))
	require.Equal(t, "malformed record", reading.MalformedRecord.String())
	require.Equal(t, uint64(300), e.LastReading(meterA).ImportWh)
}

// TestOcmfPaddedAndNumericRV: a register written as a padded string, as a number, in Wh or kWh
// (digits beyond the Wh resolution dropped) is read exactly on chain.
func TestOcmfPaddedAndNumericRV(t *testing.T) {
	e := harness.New(t, 1)
	now := time.Unix(int64(e.Now()), 0).UTC()
	m := registerOcmfMeter(e, meterA, false)
	for i, c := range []struct {
		rv, ru string
		wh     uint64
	}{
		{`"       3.988"`, "kWh", 3_988},
		{`4.5`, "kWh", 4_500},
		{`"5.0019   "`, "kWh", 5_001},
		{`6123.9`, "Wh", 6_123},
		{`"    7000"`, "Wh", 7_000},
		{`0008.1`, "kWh", 8_100},
	} {
		end := now.Add(-time.Duration(60-10*i) * time.Minute)
		p := ocmfPayload(m, session{seq: uint64(i + 1), start: end.Add(-time.Minute), end: end, startWh: 1, endWh: 2}, func(f *ocmf.Fields) {
			f.Entries[1].RV, f.Entries[1].RU = c.rv, c.ru
		})
		require.Equal(t, harness.Outcome{MeterID: meterA, Seq: uint64(i + 1)}, ocmfOutcome(e, p, ocmfSign(t, p, m.Key)), c.rv)
		require.Equal(t, c.wh, e.LastReading(meterA).ImportWh, c.rv)
	}
}

// TestOcmfTimeZones: a TM in any zone is the same UTC instant on chain.
func TestOcmfTimeZones(t *testing.T) {
	e := harness.New(t, 1)
	now := time.Unix(int64(e.Now()), 0).UTC()
	m := registerOcmfMeter(e, meterA, true)
	for i, zone := range []*time.Location{time.FixedZone("", 2*3600), time.FixedZone("", -(5*3600 + 30*60)), time.UTC, time.FixedZone("", 14*3600)} {
		end := now.Add(-time.Duration(60-10*i)*time.Minute + 123*time.Millisecond)
		p := ocmfPayload(m, session{seq: uint64(i + 1), start: end.Add(-time.Minute).In(zone), end: end.In(zone), startWh: 1, endWh: uint64(2 + i)})
		require.Contains(t, string(p), end.In(zone).Format("-0700 S"))
		require.Equal(t, harness.Outcome{MeterID: meterA, Seq: uint64(i + 1)}, ocmfOutcome(e, p, ocmfSign(t, p, m.Key)))
		require.Equal(t, uint64(end.Unix()), e.LastReading(meterA).Timestamp, "zone %s", end.In(zone).Format("-0700"))
	}
}

// TestOcmfRotationAcrossCurves: an OCMF meter moves from a secp256k1 key to a P-256 one; its
// identity stays bound, the old key is refused from the rotation on, and the state carries over.
func TestOcmfRotationAcrossCurves(t *testing.T) {
	e := harness.New(t, 1)
	now := time.Unix(int64(e.Now()), 0).UTC()
	m := registerOcmfMeter(e, meterA, false)
	rec := func(seq uint64) []byte {
		end := now.Add(-time.Duration(60-10*seq) * time.Minute)
		return ocmfPayload(m, session{seq: seq, start: end.Add(-time.Minute), end: end, startWh: 1, endWh: 1_000 * seq})
	}
	p1 := rec(1)
	require.Equal(t, harness.Outcome{MeterID: meterA, Seq: 1}, ocmfOutcome(e, p1, ocmfSign(t, p1, m.Key)))

	newKey := newP256Key(t)
	pub := harness.P256KeyOf(t, newKey)
	e.MustSend(e.Registrar, e.Registry, e.RegistryABI.PackRotateSignerP256(meterA, pub.X(), pub.Y()))
	p2 := rec(2)
	require.Equal(t, reading.BadSignature, ocmfOutcome(e, p2, ocmfSign(t, p2, newKey)).Reason, "pending: the old key still signs")
	e.MustSend(m.Owner, e.Registry, e.RegistryABI.PackConfirmSignerRotation(meterA, pub.ID()))
	require.Equal(t, reading.BadSignature, ocmfOutcome(e, p2, ocmfSign(t, p2, m.Key)).Reason, "the old key is refused")
	require.Equal(t, harness.Outcome{MeterID: meterA, Seq: 2}, ocmfOutcome(e, p2, ocmfSign(t, p2, newKey)))
	require.Equal(t, reading.ReplayedSeq, ocmfOutcome(e, p1, ocmfSign(t, p1, newKey)).Reason, "seq carried over")
	require.Equal(t, uint64(2_000), e.LastReading(meterA).ImportWh)
}

// TestOcmfDecoderMatchesGo: on built payloads of every shape the rules know and on random
// mutations of them, lib/Ocmf.sol and internal/ocmf.Decode give the same answer, field by field.
func TestOcmfDecoderMatchesGo(t *testing.T) {
	e := harness.New(t, 1)
	addr, _, err := chaintx.Deploy(e.Ctx, e.Client, e.Admin.Opts, testbindings.OcmfProbeMetaData.Bin, nil)
	require.NoError(t, err)
	probeABI := testbindings.NewOcmfProbe()
	probe := probeABI.Instance(e.Client, addr)
	rng := rand.New(rand.NewPCG(14, 4))

	var corpus [][]byte
	valid := 0
	for range 150 {
		p := randomPayload(rng)
		if _, err := ocmf.Decode(p); err == nil {
			valid++
		}
		corpus = append(corpus, p)
	}
	// Both answers occur often enough to mean something.
	require.Greater(t, valid, 150/4)
	require.Less(t, valid, 150*9/10)
	corpus = append(corpus, ocmfShapes()...)
	structural := []byte(`{}[]",:\ .-+0123456789TXRVEGSkWh` + "\t\n\x00\x1f\x7f\xff")
	var cases [][]byte
	for _, p := range corpus {
		cases = append(cases, p)
		for range 6 {
			q := append([]byte{}, p...)
			i := rng.IntN(len(q))
			switch rng.IntN(5) {
			case 0:
				q[i] = structural[rng.IntN(len(structural))]
			case 1:
				q = append(q[:i], q[i+1:]...)
			case 2:
				q = append(q[:i], append([]byte{structural[rng.IntN(len(structural))]}, q[i:]...)...)
			case 3:
				q = q[:i]
			default:
				q[i] ^= byte(1 << rng.IntN(8))
			}
			cases = append(cases, q)
		}
	}
	accepted := 0
	for _, p := range cases {
		got, err := bind.Call(probe, nil, probeABI.PackDecode(p), probeABI.UnpackDecode)
		require.NoError(t, err)
		want, derr := ocmf.Decode(p)
		require.Equal(t, derr == nil, got.Ok, "Go says %v: %q", derr, p)
		if derr != nil {
			continue
		}
		accepted++
		require.Equal(t, testbindings.OcmfRecord{
			Identity: want.Identity, Seq: want.Seq, Timestamp: want.Timestamp, ImportWh: want.ImportWh, ExportWh: want.ExportWh,
			HasImport: want.HasImport, HasExport: want.HasExport,
		}, got.Record, "%q", p)
	}
	require.Greater(t, accepted, len(cases)/10)
	t.Logf("%d payloads, %d valid", len(cases), accepted)
}

// randomPayload is a payload of random but mostly valid shape: 1–16 entries of random register,
// unit, status, flags, TX and RV form, random zones, random extra members with nesting and
// escapes, sometimes spaced as devices write. Each field takes a value breaking a rule now and
// then (rare), so about half the payloads are valid.
func randomPayload(rng *rand.Rand) []byte {
	pick := func(xs ...string) string { return xs[rng.IntN(len(xs))] }
	rare := func() bool { return rng.IntN(40) == 0 }
	// valid is one of good, or now and then one of bad.
	valid := func(good, bad []string) string {
		if rare() {
			return pick(bad...)
		}
		return pick(good...)
	}
	f := ocmf.Fields{
		GI: pick("", "ABL SBC-301", `KEBA \"P30\"`, "ü-gateway"), GS: pick("", "808829900001", "x"),
		MS:     valid([]string{"BQ27400330016", "1EMH0012345678", `M\\S`}, []string{""}),
		PG:     valid([]string{"T1", "T12345", "F4294967295", "F9"}, []string{"T4294967296", "T0", "T01", ""}),
		Spaced: rng.IntN(3) == 0,
	}
	for range rng.IntN(3) {
		f.Extra = append(f.Extra, valid([]string{`"XX":{"RV":9,"RD":[{"RV":"9"}]}`, `"IS":true`, `"LC":{"LN":"c","LI":1,"LR":1.5,"LU":"mOhm"}`,
			`"YY":"\"RV\":1"`, `"ZZ":[[[[[[1]]]]]]`, `"NN":null`, `"RD2":[]`}, []string{`"ZZ":[[[[[[[1]]]]]]]`, `"MS":"dup"`, `"PG":"T2"`}))
	}
	at := time.Date(1970+rng.IntN(136), time.Month(1+rng.IntN(12)), 1+rng.IntN(28), rng.IntN(24), rng.IntN(60), rng.IntN(60), 0, time.UTC)
	for range 1 + rng.IntN(16) {
		step := rng.IntN(7200)
		if rare() {
			step = -600
		}
		at = at.Add(time.Duration(step) * time.Second)
		zone := time.FixedZone("", (rng.IntN(2879)-1439)*60)
		e := ocmf.Entry{TM: ocmf.FormatTM(at.In(zone), valid([]string{"U", "I", "S", "R"}, []string{"X"})[0])}
		if rng.IntN(4) != 0 {
			digits := fmt.Sprintf("%d", rng.Uint64N(1<<uint(1+rng.IntN(50))))
			if rng.IntN(2) == 0 {
				digits += "." + fmt.Sprintf("%d", rng.IntN(100000))
			}
			if rare() {
				digits = pick("18446744073709551616", "18446744073709551.616", "18446744073709551615")
			}
			e.RV = valid([]string{digits, ocmf.Padded(digits, 14), `"` + digits + `"`}, []string{"-" + digits, "1e3", digits + ".", `"` + digits + ` 1"`})
		}
		if rng.IntN(3) != 0 {
			e.RI = pick("1-b:1.8.0", "01-00:01.08.00.FF", "1.8.0", "1-0:2.8.0", "2.8.0*255", "1-0:1.8.1", "1-0:16.7.0", "x")
		}
		if rng.IntN(3) != 0 {
			e.RU = pick("kWh", "Wh", "kWh", "Wh", "sec", "mOhm", "kwh")
		}
		if rng.IntN(3) != 0 {
			e.ST = pick("G", "G", "G", "T", "E")
		}
		if rng.IntN(4) == 0 {
			e.EF = pick("E", "t", "Et")
		}
		if rng.IntN(3) == 0 {
			e.TX = valid([]string{"B", "C", "E", "L", "T"}, []string{"X"})
		}
		if rng.IntN(6) == 0 {
			e.Extra = []string{valid([]string{`"CT":{"RV":5}`, `"RVX":1`, `"CL":[1,2,{"a":"b"}]`}, []string{`"RV":1`, `"TM":"x"`})}
		}
		f.Entries = append(f.Entries, e)
	}
	// A register the rules read, so not every payload fails for want of one.
	f.Entries = append(f.Entries, ocmf.Entry{TM: ocmf.FormatTM(at.Add(time.Hour), 'S'), TX: "E", RV: "1.5", RI: "1.8.0", RU: "kWh", EF: "t", ST: "G"})
	return ocmf.Build(f)
}

// ocmfShapes are hand-written edge cases of the rules (the unit tests' and the fuzz corpus' kinds).
func ocmfShapes() [][]byte {
	const rd = `"RD":[{"TM":"2025-03-01T12:00:00,000+0100 S","RV":1.5,"RI":"1.8.0","RU":"kWh","ST":"G"}]`
	var out [][]byte
	for _, s := range []string{
		`{"MS":"m","PG":"T1",` + rd + `}`,
		" \r\n\t{ \"MS\" : \"m\" ,\n\"PG\":\"T1\"," + rd + " }\n",
		`{"MS":"m","PG":"T1",` + rd + `,"MS":"n"}`,
		`{"MS":"m","PG":"T1","RD":[{"TM":"1970-01-01T00:00:00,000+0000 S","RV":0,"RI":"1.8.0","RU":"Wh","ST":"G"}]}`,
		`{"MS":"m","PG":"T1","RD":[{"TM":"1970-01-01T00:30:00,000+0100 S","RV":0,"RI":"1.8.0","RU":"Wh","ST":"G"}]}`,
		`{"MS":"m","PG":"T1","RD":[{"TM":"2105-12-31T23:59:59,999-2359 S","RV":18446744073709551615,"RI":"1.8.0","RU":"Wh","ST":"G"}]}`,
		`{"MS":"m","PG":"T1","RD":[{"TM":"2024-02-29T23:59:59.999+2359 R","RV":"  18446744073709551.615  ","RI":"2.8.0","RU":"kWh","ST":"G"}]}`,
		`{"MS":"m","PG":"T1","RD":[{"TM":"2023-02-29T23:59:59,999+0000 R","RV":1,"RI":"2.8.0","RU":"kWh","ST":"G"}]}`,
		`{"MS":"m","PG":"T1","RD":[{"TM":"2025-03-01T12:00:00,000+0100 S","RV":1,"RI":"1.8.0","RU":"kWh","ST":"G"},{"TM":"2025-03-01T11:59:59,000+0000 S","RV":2,"RI":"2.8.0"}]}`,
		`{"MS":"m","PG":"T1","RD":[{"TM":"2025-03-01T12:00:00,000+0100 S","RV":1,"RI":"1.8.0","RU":"kWh","ST":"G"},{"TM":"2025-03-01T10:59:59,000+0000 S","RV":2,"RI":"2.8.0"}]}`,
		`{"MS":"m","PG":"T1","RD":[{"TM":"2025-03-01T12:00:00,000+0100 S","RV":1,"RI":"1.8.0","RU":"kWh","ST":"G","EF":"E"},{"TM":"2025-03-01T12:00:00,000+0100 S","RV":2,"EF":""}]}`,
		`{"MS":"m","PG":"T1","RD":[{"TM":"2025-03-01T12:00:00,000+0100 S","TX":"X"},{"TM":"2025-03-01T12:00:00,000+0100 S","TX":"E","RV":2,"RI":"1.8.0","RU":"kWh","ST":"G"}]}`,
		`{"MS":"m\u0000","GI":"\\","GS":"\"","PG":"T1",` + rd + `}`,
		`{"MS":"m","PG":"T1",` + rd + `,"X":{"a":{"b":{"c":{"d":{"e":{"f":{}}}}}}}}`,
		`{"MS":"m","PG":"T1",` + rd + `,"X":{"a":{"b":{"c":{"d":{"e":{"f":{"g":{}}}}}}}}}`,
		`{"MS":"m","PG":"T1","RD":[{"TM":"2025-03-01T12:00:00,000+0100 S","RV":1,"RI":"1.8.0","RU":"kWh","ST":"G","X":[[[[[1]]]]]}]}`,
		`{"MS":"m","PG":"T1","RD":[{"TM":"2025-03-01T12:00:00,000+0100 S","RV":1,"RI":"1.8.0","RU":"kWh","ST":"G","X":[[[[[[1]]]]]]}]}`,
		`{"MS":"m","PG":"T1","RD":[{},{"TM":"2025-03-01T12:00:00,000+0100 S","RV":1,"RI":"1.8.0","RU":"kWh","ST":"G"}]}`,
		`{"MS":"m","PG":"T1","RD":[` + "1" + `]}`,
		`{"MS":"m","PG":"T1","RD":[]}`,
		`{"MS":"m","PG":"T1","RD":{}}`,
		`{"MS":"m","PG":"T1","RD":[{"TM":"2025-03-01T12:00:00,000+0100 S","RV":1.,"RI":"1.8.0","RU":"kWh","ST":"G"}]}`,
		`{"MS":"m","PG":"T1","RD":[{"TM":"2025-03-01T12:00:00,000+0100 S","RV":"1. 5","RI":"1.8.0","RU":"kWh","ST":"G"}]}`,
		`{"MS":"m","PG":"T1","RD":[{"TM":"2025-03-01T12:00:00,000+0100 S","RV":true,"RI":"1.8.0","RU":"kWh","ST":"G"}]}`,
		`{"MS":"m","PG":"T1","RD":[{"TM":"2025-03-01T12:00:00,000+0100 S","RV":1,"RI":"1-0:1.8.0*FFF","RU":"Wh","ST":"G"}]}`,
		`{"MS":"m","PG":"T1","RD":[{"TM":"2025-03-01T12:00:00,000+0100 S","RV":1,"RI":"1-0:1.8.0*FFFF","RU":"Wh","ST":"G"}]}`,
		`{"MS":"m","PG":"T1","RD":[{"TM":"2025-03-01T12:00:00,000+0100 S","RV":1,"RI":"ABC-DEF:001.008.000.255","RU":"Wh","ST":"G"}]}`,
		`{"MS":"m","PG":"T1","RD":[{"TM":"2025-03-01T12:00:00,000+0100 S","RV":1,"RI":"1-0:1.8.0","RU":"Wh","ST":"G"}],}`,
		`{"MS":"m","PG":"T1","RD":[{"TM":"2025-03-01T12:00:00,000+0100 S","RV":1,"RI":"1-0:1.8.0","RU":"Wh","ST":"G",}]}`,
		`{"MS":"m","PG":"T1","RD":[{"TM":"2025-03-01T12:00:00,000+0100 S","RV":1,"RI":"1-0:1.8.0","RU":"Wh","ST":"G"}]`,
		`{"MS":"m","PG":"T1","RD":[{"TM":"2025-03-01T12:00:00,000+0100 S","RV":1,"RI":"1-0:1.8.0","RU":"Wh","ST":"G"}]}}`,
	} {
		out = append(out, []byte(s))
	}
	many := `{"MS":"m","PG":"T1","RD":[`
	for i := range 17 {
		if i > 0 {
			many += ","
		}
		many += `{"TM":"2025-03-01T12:00:00,000+0100 S","RV":1,"RI":"1.8.0","RU":"kWh","ST":"G"}`
		out = append(out, []byte(many+"]}"))
	}
	return out
}
