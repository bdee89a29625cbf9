package test

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	crand "crypto/rand"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/bindings"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/test/harness"
)

// p256Verify is the EIP-7951 / RIP-7212 precompile.
var p256Verify = common.BytesToAddress([]byte{0x01, 0x00})

// TestP256ReadingAcceptedOnChain: a meter registered with a P-256 key has its readings verified
// on chain through the precompile, over the same EIP-712 digest, in both encodings; the registry
// publishes the key under its name.
func TestP256ReadingAcceptedOnChain(t *testing.T) {
	e := harness.New(t, 1)
	m := e.RegisterP256Meter(meterA, e.Users[0], false, 10_000)
	pub := harness.P256KeyOf(t, m.Key)

	auth := e.MeterAuth(meterA)
	require.Equal(t, [20]byte(pub.ID()), auth.Signer)
	k, err := bind.Call(e.Registry, nil, e.RegistryABI.PackP256KeyOf(pub.ID()), e.RegistryABI.UnpackP256KeyOf)
	require.NoError(t, err)
	require.Equal(t, pub.X(), k.X)
	require.Equal(t, pub.Y(), k.Y)

	now := e.Now()
	r1 := newReading(meterA, 1, now-900, 100, 0)
	require.Equal(t, []harness.Outcome{{MeterID: meterA, Seq: 1, Reason: reading.Accepted}},
		e.Outcomes(e.SubmitRecords(e.Record(m, r1))))

	r2 := newReading(meterA, 2, now, 150, 0)
	sig, err := reading.SignP256(m.Key, e.Domain(), r2)
	require.NoError(t, err)
	rc := e.MustSend(e.Relayer, e.Ledger, e.LedgerABI.PackSubmit(
		[]bindings.ReadingLedgerReading{toABI(r2)}, [][]byte{append(sig[:], pub[:]...)}))
	require.Equal(t, []harness.Outcome{{MeterID: meterA, Seq: 2, Reason: reading.Accepted}}, e.Outcomes(rc))
	require.Equal(t, reading.State{}.Apply(r2), e.LastReading(meterA))
}

// TestP256SignatureGoMatchesCryptoECDSA: on random readings the Go signer's P-256 signature is
// low-s and verifies with crypto/ecdsa over the digest the contract computes; the ledger
// accepts it, and refuses the same signature over a reading altered in one field, as the Go
// verifier does.
func TestP256SignatureGoMatchesCryptoECDSA(t *testing.T) {
	e := harness.New(t, 1)
	m := e.RegisterP256Meter(meterA, e.Users[0], false, 4_000_000_000)
	pub := harness.P256KeyOf(t, m.Key)
	rng := rand.New(rand.NewPCG(3, 4))
	halfN := new(big.Int).Rsh(elliptic.P256().Params().N, 1)
	now := e.Now()
	var imp, exp uint64
	for i := range uint64(40) {
		var h common.Hash
		for j := range h {
			h[j] = byte(rng.Uint32())
		}
		imp, exp = imp+rng.Uint64N(1000), exp+rng.Uint64N(1000)
		r := reading.Reading{MeterID: meterA, Seq: i + 1, Timestamp: now - 40*900 + i*900, ImportWh: imp, ExportWh: exp, DetailHash: h}
		onChain, err := bind.Call(e.Ledger, nil, e.LedgerABI.PackReadingDigest(toABI(r)), e.LedgerABI.UnpackReadingDigest)
		require.NoError(t, err)
		require.Equal(t, e.Domain().Digest(r), common.Hash(onChain))

		sig, err := reading.SignP256(m.Key, e.Domain(), r)
		require.NoError(t, err)
		s := new(big.Int).SetBytes(sig[32:])
		require.LessOrEqual(t, s.Cmp(halfN), 0, "high s from the signer")
		require.True(t, ecdsa.Verify(&m.Key.PublicKey, onChain[:], new(big.Int).SetBytes(sig[:32]), s))
		id, err := reading.VerifyP256(e.Domain(), r, sig, pub)
		require.NoError(t, err)
		require.Equal(t, pub.ID(), id)

		altered := r
		switch rng.IntN(3) {
		case 0:
			altered.ImportWh++
		case 1:
			altered.DetailHash[rng.IntN(32)] ^= 1
		default:
			altered.MeterID = meterB
		}
		_, err = reading.VerifyP256(e.Domain(), altered, sig, pub)
		require.ErrorIs(t, err, reading.ErrBadSignature)
		rc := e.SubmitRecords(reading.PackP256(altered, sig, pub), reading.PackP256(r, sig, pub))
		want := reading.BadSignature
		if altered.MeterID == meterB {
			want = reading.UnknownMeter
		}
		require.Equal(t, []harness.Outcome{
			{MeterID: altered.MeterID, Seq: r.Seq, Reason: want},
			{MeterID: meterA, Seq: r.Seq, Reason: reading.Accepted},
		}, e.Outcomes(rc), "reading %+v", r)
	}
}

// TestP256HighSSignatureRejected: the twin (r, n-s) of a valid P-256 signature verifies with
// crypto/ecdsa and with the precompile itself, but the ledger and the Go verifier refuse it.
func TestP256HighSSignatureRejected(t *testing.T) {
	e := harness.New(t, 1)
	m := e.RegisterP256Meter(meterA, e.Users[0], false, 10_000)
	pub := harness.P256KeyOf(t, m.Key)
	r := newReading(meterA, 1, e.Now(), 100, 0)
	sig, err := reading.SignP256(m.Key, e.Domain(), r)
	require.NoError(t, err)
	var twin reading.P256Signature
	copy(twin[:32], sig[:32])
	new(big.Int).Sub(elliptic.P256().Params().N, new(big.Int).SetBytes(sig[32:])).FillBytes(twin[32:])

	digest := e.Domain().Digest(r)
	require.True(t, ecdsa.Verify(&m.Key.PublicKey, digest[:], new(big.Int).SetBytes(twin[:32]), new(big.Int).SetBytes(twin[32:])))
	out, err := e.Client.CallContract(e.Ctx, ethereum.CallMsg{To: &p256Verify,
		Data: append(append(digest.Bytes(), twin[:]...), pub[:]...)}, nil)
	require.NoError(t, err)
	require.Equal(t, common.LeftPadBytes([]byte{1}, 32), out, "the precompile accepts high s")

	_, err = reading.VerifyP256(e.Domain(), r, twin, pub)
	require.ErrorIs(t, err, reading.ErrBadSignature)
	require.Equal(t, []harness.Outcome{{MeterID: meterA, Seq: 1, Reason: reading.BadSignature}},
		e.Outcomes(e.SubmitRecords(reading.PackP256(r, twin, pub))))
	rc := e.MustSend(e.Relayer, e.Ledger, e.LedgerABI.PackSubmit(
		[]bindings.ReadingLedgerReading{toABI(r)}, [][]byte{append(twin[:], pub[:]...)}))
	require.Equal(t, []harness.Outcome{{MeterID: meterA, Seq: 1, Reason: reading.BadSignature}}, e.Outcomes(rc))

	require.Equal(t, []harness.Outcome{{MeterID: meterA, Seq: 1, Reason: reading.Accepted}},
		e.Outcomes(e.SubmitRecords(reading.PackP256(r, sig, pub))))
}

// TestMixedCurveBatch: secp256k1 and P-256 records interleave in one submitPacked batch; each is
// judged on its own with the same rejection reasons, whatever its curve.
func TestMixedCurveBatch(t *testing.T) {
	e := harness.New(t, 1)
	now := e.Now()
	var records [][]byte
	var want []harness.Outcome
	for i := range uint64(20) {
		id := 300_001_001 + i
		var m *harness.Meter
		if i%2 == 0 {
			m = e.RegisterMeter(id, e.Users[0], false, 10_000)
		} else {
			m = e.RegisterP256Meter(id, e.Users[0], false, 10_000)
		}
		r := newReading(id, 1, now, 100, 0)
		rec := e.Record(m, r)
		reason := reading.Accepted
		switch i {
		case 3, 4: // signed, then altered in transit
			rec[47] ^= 1
			reason = reading.BadSignature
		case 7: // a P-256 key the registry does not know for this meter
			other, err := ecdsa.GenerateKey(elliptic.P256(), crand.Reader)
			require.NoError(t, err)
			rec = e.Record(&harness.Meter{ID: id, Key: other}, r)
			reason = reading.BadSignature
		case 9: // a timestamp too far ahead
			r.Timestamp = now + 3600
			rec = e.Record(m, r)
			reason = reading.FutureTimestamp
		}
		records = append(records, rec)
		want = append(want, harness.Outcome{MeterID: id, Seq: 1, Reason: reason})
	}
	unknown, err := ecdsa.GenerateKey(elliptic.P256(), crand.Reader)
	require.NoError(t, err)
	records = append(records, e.Record(&harness.Meter{ID: meterB, Key: unknown}, newReading(meterB, 1, now, 1, 0)))
	want = append(want, harness.Outcome{MeterID: meterB, Seq: 1, Reason: reading.UnknownMeter})

	require.Equal(t, want, e.Outcomes(e.SubmitRecords(records...)))
}

// TestMalformedP256RecordRefused: a batch ending inside a record reverts whole, and the
// registry refuses a P-256 key off the curve.
func TestMalformedP256RecordRefused(t *testing.T) {
	e := harness.New(t, 1)
	m := e.RegisterP256Meter(meterA, e.Users[0], false, 10_000)
	rec := e.Record(m, newReading(meterA, 1, e.Now(), 100, 0))
	_, err := e.Send(e.Relayer, e.Ledger, e.LedgerABI.PackSubmitPacked(rec[:reading.PackedSize]))
	require.Equal(t, "MalformedBatch", harness.RevertName(err, &bindings.ReadingLedgerMetaData))

	pub := harness.P256KeyOf(t, m.Key)
	off := pub
	off[63] ^= 1
	_, err = e.Send(e.Registrar, e.Registry, e.RegistryABI.PackRegisterP256(meterB, e.Users[0].Addr, off.X(), off.Y(), 0, 1, 10_000))
	require.Equal(t, "InvalidP256Key", harness.RevertName(err, &bindings.MeterRegistryMetaData))
}

// TestKeyRotationSecp256k1ToP256: a meter moves from a secp256k1 key to a P-256 one and back;
// after each rotation the previous key is refused, the new one accepted, and the key history
// names every earlier key.
func TestKeyRotationSecp256k1ToP256(t *testing.T) {
	e := harness.New(t, 1)
	m := e.RegisterMeter(meterA, e.Users[0], false, 10_000)
	k1Addr := crypto.PubkeyToAddress(m.Key.PublicKey)
	now := e.Now()
	submit := func(seq uint64, key *ecdsa.PrivateKey) reading.Reason {
		r := newReading(meterA, seq, now-3600+seq*600, 100*seq, 0)
		out := e.Outcomes(e.SubmitRecords(e.Record(&harness.Meter{ID: meterA, Key: key}, r)))
		require.Len(t, out, 1)
		return out[0].Reason
	}
	require.Equal(t, reading.Accepted, submit(1, m.Key))

	r1, err := ecdsa.GenerateKey(elliptic.P256(), crand.Reader)
	require.NoError(t, err)
	pub := harness.P256KeyOf(t, r1)
	e.MustSend(e.Registrar, e.Registry, e.RegistryABI.PackRotateSignerP256(meterA, pub.X(), pub.Y()))
	require.Equal(t, reading.BadSignature, submit(2, r1), "pending rotation: the old key still signs")
	e.MustSend(m.Owner, e.Registry, e.RegistryABI.PackConfirmSignerRotation(meterA, pub.ID()))
	require.Equal(t, [20]byte(pub.ID()), e.MeterAuth(meterA).Signer)
	require.Equal(t, reading.BadSignature, submit(2, m.Key))
	require.Equal(t, reading.Accepted, submit(2, r1))
	require.Equal(t, uint64(2), e.LastReading(meterA).Seq, "the meter's state moved to the new key")

	k1b, err := crypto.GenerateKey()
	require.NoError(t, err)
	e.RotateSigner(m, crypto.PubkeyToAddress(k1b.PublicKey))
	require.Equal(t, reading.BadSignature, submit(3, r1))
	require.Equal(t, reading.Accepted, submit(3, k1b))

	hist, err := bind.Call(e.Registry, nil, e.RegistryABI.PackSignerHistory(meterA), e.RegistryABI.UnpackSignerHistory)
	require.NoError(t, err)
	require.Len(t, hist, 2)
	require.Equal(t, k1Addr, hist[0].Signer)
	require.Equal(t, pub.ID(), hist[1].Signer)
	k, err := bind.Call(e.Registry, nil, e.RegistryABI.PackP256KeyOf(hist[1].Signer), e.RegistryABI.UnpackP256KeyOf)
	require.NoError(t, err)
	require.Equal(t, pub.X(), k.X, "an old P-256 key stays published for verifying its readings")
	k, err = bind.Call(e.Registry, nil, e.RegistryABI.PackP256KeyOf(k1Addr), e.RegistryABI.UnpackP256KeyOf)
	require.NoError(t, err)
	require.Equal(t, [32]byte{}, k.X, "a secp256k1 key has no P-256 coordinates")
}
