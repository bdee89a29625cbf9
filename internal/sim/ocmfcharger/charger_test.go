package ocmfcharger

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/internal/ocmf"
	"github.com/meterchain/meterchain/internal/reading"
)

// TestSessionRecordsDecodeAsTheLedgerReadsThem: each session record verifies under the charger's
// key and decodes by the ledger's rules to the next PG counter, the session's end and an import
// register that grows by at most the charging power over the session.
func TestSessionRecordsDecodeAsTheLedgerReadsThem(t *testing.T) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	require.NoError(t, err)
	pub, err := reading.P256KeyOf(&key.PublicKey)
	require.NoError(t, err)
	c := New(352900001, "", "", "1EMH0012345678", key, 11_000)
	end := time.Unix(1_767_225_600, 0)
	var last uint64
	for i := range 3 {
		end = end.Add(15 * time.Minute)
		rec, err := c.Session(end)
		require.NoError(t, err)
		require.Contains(t, string(rec), `"RV" : "`, "a padded string register")
		payload, section, err := ocmf.Split(rec)
		require.NoError(t, err)
		sig, err := ocmf.ParseSignature(section)
		require.NoError(t, err)
		p, err := ocmf.Decode(payload)
		require.NoError(t, err)
		require.True(t, ocmf.VerifyP256(p.Digest, sig, pub))
		require.Equal(t, c.Identity(), p.Identity)
		require.EqualValues(t, i+1, p.Seq)
		require.EqualValues(t, end.Unix(), p.Timestamp)
		require.True(t, p.HasImport)
		require.Equal(t, c.ImportWh, p.ImportWh)
		if i > 0 {
			require.Greater(t, p.ImportWh, last)
			require.LessOrEqual(t, p.ImportWh-last, uint64(11_000/4), "at most 11 kW for a quarter hour")
		}
		last = p.ImportWh
		require.False(t, strings.Contains(string(payload), "|"))
	}
}
