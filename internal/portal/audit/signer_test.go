package audit

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/internal/stored"
	"github.com/meterchain/meterchain/test/harness"
)

// TestAuditFindsTheKeyOfP256AndSecp256k1Readings: the audit attributes a P-256 reading to the
// meter's P-256 key (read from the registry, no recovery on that curve) and a secp256k1 reading to
// its recovered signer; a P-256 signature over an altered reading is attributed to no key.
func TestAuditFindsTheKeyOfP256AndSecp256k1Readings(t *testing.T) {
	e, p, k, pub, set, cfg := twoCurveMeters(t)
	d := e.Domain()
	r := reading.Reading{MeterID: 352522401, Seq: 1, Timestamp: e.Now(), ImportWh: 100}
	sig, err := reading.SignP256(p.Key, d, r)
	require.NoError(t, err)
	got, err := keyThatSigned(context.Background(), cfg, d, stored.Reading{Reading: r, Signature: sig.Stored()}, set)
	require.NoError(t, err)
	require.Equal(t, pub.ID(), got)

	altered := r
	altered.ImportWh++
	_, err = keyThatSigned(context.Background(), cfg, d, stored.Reading{Reading: altered, Signature: sig.Stored()}, set)
	require.Error(t, err)

	rk := reading.Reading{MeterID: 352522402, Seq: 1, Timestamp: e.Now(), ImportWh: 100}
	got, err = keyThatSigned(context.Background(), cfg, d, stored.Reading{Reading: rk, Signature: e.Sign(k, rk)}, set)
	require.NoError(t, err)
	require.Equal(t, crypto.PubkeyToAddress(k.Key.PublicKey), got)
}

func keySet(names ...common.Address) map[common.Address]bool {
	out := map[common.Address]bool{}
	for _, n := range names {
		out[n] = true
	}
	return out
}

// twoCurveMeters registers a P-256 meter (352522401) and a secp256k1 one (352522402) and returns
// them with the P-256 key, both keys' names and an audit configuration.
func twoCurveMeters(t *testing.T) (*harness.Env, *harness.Meter, *harness.Meter, reading.P256Key, map[common.Address]bool, Config) {
	t.Helper()
	e := harness.New(t, 1)
	p := e.RegisterP256Meter(352522401, e.Users[0], false, 10_000)
	k := e.RegisterMeter(352522402, e.Users[0], false, 10_000)
	pub := harness.P256KeyOf(t, p.Key)
	return e, p, k, pub, keySet(pub.ID(), crypto.PubkeyToAddress(k.Key.PublicKey)), Config{Deployment: e.Deployment, Backend: e.Client}
}
