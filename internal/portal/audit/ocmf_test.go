package audit

import (
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/internal/ocmf"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/internal/stored"
)

// TestAuditChecksOcmfRecordsOverTheirBytes: a stored OCMF reading is checked against its
// ReadingAccepted event by SHA-256 of the record's payload (it has no detail record), and
// attributed to the meter key that signed the record, P-256 or secp256k1; a record altered after
// signing matches neither the chain nor any key.
func TestAuditChecksOcmfRecordsOverTheirBytes(t *testing.T) {
	e, p, k, pub, set, cfg := twoCurveMeters(t)
	payload := ocmf.Build(ocmf.Fields{MS: "EMH1", PG: "T1", Entries: []ocmf.Entry{{TM: ocmf.FormatTM(time.Unix(int64(e.Now()), 0), 'S'),
		RV: ocmf.Padded(ocmf.FormatKWh(1_234), 10), RI: "1-0:1.8.0", RU: "kWh", ST: "G"}}})
	digest := sha256.Sum256(payload)
	r := reading.Reading{MeterID: 352522401, Seq: 1, Timestamp: e.Now(), ImportWh: 1_234, DetailHash: digest}
	ev := AcceptedEvent{Seq: 1, Timestamp: r.Timestamp, ImportWh: r.ImportWh, DetailHash: digest}

	for _, c := range []struct {
		key  *ecdsa.PrivateKey
		want common.Address
	}{{p.Key, pub.ID()}, {k.Key, crypto.PubkeyToAddress(k.Key.PublicKey)}} {
		rec, err := ocmf.Sign(payload, c.key)
		require.NoError(t, err)
		sr := stored.Reading{Reading: r, Ocmf: rec}
		v := Check(sr, ev, true)
		require.True(t, v.Verified, v.Message)
		got, err := keyThatSigned(context.Background(), cfg, e.Domain(), sr, set)
		require.NoError(t, err)
		require.Equal(t, c.want, got)

		altered := append([]byte(nil), rec...)
		i := len("OCMF|") + len(`{"FV":"`)
		altered[i] = '2' // FV 1.0 → 2.0
		sr.Ocmf = altered
		require.False(t, Check(sr, ev, true).Verified, "the payload no longer hashes to the chain's detail hash")
		_, err = keyThatSigned(context.Background(), cfg, e.Domain(), sr, set)
		require.Error(t, err, "no key of the meter signed the altered record")
	}
}
