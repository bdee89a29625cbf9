package envelope

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"encoding/json"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/ecies"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/internal/reading"
)

func sealed(t *testing.T) (*ecies.PrivateKey, Payload, []byte) {
	t.Helper()
	oracleKey, _ := crypto.GenerateKey()
	meterKey, _ := crypto.GenerateKey()
	d := reading.Detail{VoltageMV: 230_000, CurrentMA: 5_000, TemperatureMC: 20_000, HumidityBP: 5_000}
	r := reading.Reading{MeterID: 352522395, Seq: 7, Timestamp: 1_767_225_600, ImportWh: 1234, DetailHash: d.Hash()}
	sig, err := reading.Sign(meterKey, reading.Domain{ChainID: 1337}, r)
	require.NoError(t, err)
	p := Payload{Reading: r, Detail: d, Signature: sig[:]}
	raw, err := Seal(&oracleKey.PublicKey, p)
	require.NoError(t, err)
	return ecies.ImportECDSA(oracleKey), p, raw
}

func TestSealOpenRoundTrip(t *testing.T) {
	key, p, raw := sealed(t)
	env, got, err := Open(Keys{Secp256k1: key}, raw)
	require.NoError(t, err)
	require.Equal(t, p.Reading.MeterID, env.MeterID)
	require.Equal(t, p, got)
	require.NotContains(t, string(raw), "230000", "the detail record must not travel in the clear")
}

func TestOpenRefusesWithReason(t *testing.T) {
	key, p, raw := sealed(t)
	other, _ := crypto.GenerateKey()
	var env Envelope
	require.NoError(t, json.Unmarshal(raw, &env))
	reenc := func(mut func(*Envelope)) []byte {
		e := env
		mut(&e)
		b, _ := json.Marshal(e)
		return b
	}
	oraclePub := key.PublicKey.ExportECDSA()
	tamperedDetail := p
	tamperedDetail.Detail.VoltageMV++
	shortSig := p
	shortSig.Signature = p.Signature[:63] // 64 bytes is a P-256 signature now
	cases := map[string]struct {
		raw  []byte
		want error
	}{
		"not JSON":                      {[]byte("hello"), ErrMalformed},
		"bad base64":                    {[]byte(`{"v":1,"meter_id":352522395,"ciphertext":"!!!"}`), ErrMalformed},
		"unknown field":                 {[]byte(`{"v":1,"meter_id":1,"ciphertext":"AA==","x":1}`), ErrMalformed},
		"wrong version":                 {reenc(func(e *Envelope) { e.V = 3 }), ErrMalformed}, // 1 and 2 are the versions
		"version 2 without a P-256 key": {reenc(func(e *Envelope) { e.V = VersionP256 }), ErrUndecryptable},
		"empty":                         {reenc(func(e *Envelope) { e.Ciphertext = nil }), ErrMalformed},
		"wrong meter":                   {reenc(func(e *Envelope) { e.MeterID = 352522396 }), ErrInconsistent},
		"flipped bit":                   {reenc(func(e *Envelope) { e.Ciphertext[len(e.Ciphertext)-40] ^= 1 }), ErrUndecryptable},
		"too large":                     {make([]byte, MaxSize+1), ErrMalformed},
		"other recipient":               {mustSeal(t, &other.PublicKey, p), ErrUndecryptable},
		"detail tampered":               {mustSeal(t, oraclePub, tamperedDetail), ErrInconsistent},
		"short signature":               {mustSeal(t, oraclePub, shortSig), ErrMalformed},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			_, _, err := Open(Keys{Secp256k1: key}, c.raw)
			require.ErrorIs(t, err, c.want)
		})
	}
}

func mustSeal(t *testing.T, pub *ecdsa.PublicKey, p Payload) []byte {
	raw, err := Seal(pub, p)
	require.NoError(t, err)
	return raw
}

// TestP256EnvelopeRoundTrip: a payload sealed to the oracle's P-256 key is a version 2 envelope
// that opens with that key only, carrying a P-256 signature; version 1 keeps working beside it.
func TestP256EnvelopeRoundTrip(t *testing.T) {
	k1Key, p, v1 := sealed(t)
	p256Key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	require.NoError(t, err)
	meterKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	require.NoError(t, err)
	sig, err := reading.SignP256(meterKey, reading.Domain{ChainID: 1337}, p.Reading)
	require.NoError(t, err)
	p.Signature = sig[:]
	v2, err := Seal(&p256Key.PublicKey, p)
	require.NoError(t, err)

	p256ECDH, err := p256Key.ECDH()
	require.NoError(t, err)
	keys := Keys{Secp256k1: k1Key, P256: p256ECDH}
	env, got, err := Open(keys, v2)
	require.NoError(t, err)
	require.Equal(t, VersionP256, env.V)
	require.Equal(t, p, got)
	gotSig, isP256 := got.Sig().P256()
	require.True(t, isP256)
	require.Equal(t, sig, gotSig)

	env, _, err = Open(keys, v1)
	require.NoError(t, err)
	require.Equal(t, VersionSecp256k1, env.V)

	other, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	require.NoError(t, err)
	otherECDH, err := other.ECDH()
	require.NoError(t, err)
	_, _, err = Open(Keys{Secp256k1: k1Key, P256: otherECDH}, v2)
	require.ErrorIs(t, err, ErrUndecryptable)
}
