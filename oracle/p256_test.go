package oracle

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"net/http"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/internal/envelope"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/internal/stored"
	"github.com/meterchain/meterchain/test/harness"
)

// sealP256 signs r with a P-256 key and encrypts it to the oracle: the payload carries the
// 64-byte r || s, the key is the registry's.
func (f *fixture) sealP256(t *testing.T, r reading.Reading, d reading.Detail, key *ecdsa.PrivateKey) []byte {
	t.Helper()
	sig, err := reading.SignP256(key, f.e.Domain(), r)
	require.NoError(t, err)
	raw, err := envelope.Seal(&f.oracleKey.PublicKey, envelope.Payload{Reading: r, Detail: d, Signature: sig[:]})
	require.NoError(t, err)
	return raw
}

// TestP256ReadingsVerifiedAndRelayed: the oracle checks a P-256 reading against the key the
// registry publishes before storing it, refuses one signed by another P-256 key, and relays
// P-256 and secp256k1 readings in the same batches to acceptance on the ledger.
func TestP256ReadingsVerifiedAndRelayed(t *testing.T) {
	f := newFixture(t, meterA)
	p := f.e.RegisterP256Meter(meterB, f.e.Users[0], false, 10_000)
	s := f.start(t, f.config(), nil)
	now := f.e.Now()

	stranger, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	require.NoError(t, err)
	r, d := newReading(meterB, 1, now-120, 1_000, 0)
	rep := postReading(t, s, f.sealP256(t, r, d, stranger))
	require.Equal(t, http.StatusUnprocessableEntity, rep.Code, rep.Body)
	require.Equal(t, "bad_signature", rep.Error.Code)

	var ids []int64
	for seq := uint64(1); seq <= 3; seq++ {
		ts := now - 120 + 30*seq
		rk, dk := newReading(meterA, seq, ts, 1_000+10*seq, 0)
		rp, dp := newReading(meterB, seq, ts, 1_000+10*seq, 0)
		for _, raw := range [][]byte{f.seal(t, rk, dk, nil), f.sealP256(t, rp, dp, p.Key)} {
			rep := postReading(t, s, raw)
			require.Equal(t, http.StatusAccepted, rep.Code, rep.Body)
			require.True(t, rep.Result.Verified)
			require.Equal(t, "accepted", rep.Result.Expected)
			ids = append(ids, rep.Result.ID)
		}
	}
	for _, id := range ids {
		require.Equal(t, stored.Accepted, settled(t, s.Store(), id).Status)
	}
	require.Equal(t, uint64(3), f.e.LastReading(meterA).Seq)
	require.Equal(t, uint64(3), f.e.LastReading(meterB).Seq)
}

// TestP256RotationHonouredByOracle: after a meter moves from its secp256k1 key to a P-256 one,
// the oracle accepts the new key's readings at once (the cached secp256k1 key does not match, so
// it asks the registry again) and the ledger accepts them.
func TestP256RotationHonouredByOracle(t *testing.T) {
	f := newFixture(t, meterA)
	s := f.start(t, f.config(), nil)
	now := f.e.Now()
	r, d := newReading(meterA, 1, now-120, 1_000, 0)
	require.Equal(t, http.StatusAccepted, postReading(t, s, f.seal(t, r, d, nil)).Code)

	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	require.NoError(t, err)
	pub := harness.P256KeyOf(t, key)
	m := f.meters[meterA]
	f.e.MustSend(f.e.Registrar, f.e.Registry, f.e.RegistryABI.PackRotateSignerP256(meterA, pub.X(), pub.Y()))
	f.e.MustSend(m.Owner, f.e.Registry, f.e.RegistryABI.PackConfirmSignerRotation(meterA, pub.ID()))

	r, d = newReading(meterA, 2, now-60, 1_010, 0)
	rep := postReading(t, s, f.sealP256(t, r, d, key))
	require.Equal(t, http.StatusAccepted, rep.Code, rep.Body)
	require.Equal(t, stored.Accepted, settled(t, s.Store(), rep.Result.ID).Status)
}

// TestEnvelopeV2FromP256OnlyDevice: an oracle with a P-256 key publishes it beside the
// secp256k1 one (GET /v1/oracle); a device with only P-256 encrypts to it (version 2) and signs
// with P-256, and its reading ends accepted on the ledger; version 1 keeps working beside it.
func TestEnvelopeV2FromP256OnlyDevice(t *testing.T) {
	f := newFixture(t, meterA)
	p := f.e.RegisterP256Meter(meterB, f.e.Users[0], false, 10_000)
	oracleP256, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	require.NoError(t, err)
	cfg := f.config()
	cfg.OracleP256Key = oracleP256
	s := f.start(t, cfg, nil)

	var info struct {
		OracleP256PublicKey string `json:"oracleP256PublicKey"`
		EnvelopeVersions    []int  `json:"envelopeVersions"`
	}
	require.Equal(t, http.StatusOK, getJSON(t, "http://"+s.HTTPAddr()+"/v1/oracle", &info))
	require.Equal(t, []int{envelope.VersionSecp256k1, envelope.VersionP256}, info.EnvelopeVersions)
	published, err := ecdsa.ParseUncompressedPublicKey(elliptic.P256(), common.FromHex(info.OracleP256PublicKey))
	require.NoError(t, err)

	now := f.e.Now()
	r, d := newReading(meterB, 1, now-60, 1_000, 0)
	sig, err := reading.SignP256(p.Key, f.e.Domain(), r)
	require.NoError(t, err)
	raw, err := envelope.Seal(published, envelope.Payload{Reading: r, Detail: d, Signature: sig[:]})
	require.NoError(t, err)
	require.Contains(t, string(raw), `"v":2`)
	rep := postReading(t, s, raw)
	require.Equal(t, http.StatusAccepted, rep.Code, rep.Body)
	rk, dk := newReading(meterA, 1, now-60, 1_000, 0)
	repK1 := postReading(t, s, f.seal(t, rk, dk, nil))
	require.Equal(t, http.StatusAccepted, repK1.Code, repK1.Body)
	require.Equal(t, stored.Accepted, settled(t, s.Store(), rep.Result.ID).Status)
	require.Equal(t, stored.Accepted, settled(t, s.Store(), repK1.Result.ID).Status)
}

// TestEnvelopeV2RefusedWithoutP256Key: an oracle without a P-256 key says so and refuses
// version 2 envelopes as undecryptable.
func TestEnvelopeV2RefusedWithoutP256Key(t *testing.T) {
	f := newFixture(t)
	p := f.e.RegisterP256Meter(meterB, f.e.Users[0], false, 10_000)
	s := f.start(t, f.config(), nil)
	var info map[string]any
	require.Equal(t, http.StatusOK, getJSON(t, "http://"+s.HTTPAddr()+"/v1/oracle", &info))
	require.Equal(t, "", info["oracleP256PublicKey"])

	someP256, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	require.NoError(t, err)
	r, d := newReading(meterB, 1, f.e.Now()-60, 1_000, 0)
	sig, err := reading.SignP256(p.Key, f.e.Domain(), r)
	require.NoError(t, err)
	raw, err := envelope.Seal(&someP256.PublicKey, envelope.Payload{Reading: r, Detail: d, Signature: sig[:]})
	require.NoError(t, err)
	rep := postReading(t, s, raw)
	require.Equal(t, "undecryptable", rep.Error.Code, rep.Body)
}
