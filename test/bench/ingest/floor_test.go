package ingest

import (
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/ecies"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/internal/envelope"
	"github.com/meterchain/meterchain/internal/reading"
)

// BenchmarkCryptoFloor times the parts of the floor bench ingest reports (floor_us_per_reading):
// the oracle's envelope.Open (ECIES decryption and JSON), its signature recovery, and one
// ecrecover as the chain's precompile runs it (once: the devnet's import is a
// precompile-cache hit).
func BenchmarkCryptoFloor(b *testing.B) {
	oracleKey, err := crypto.GenerateKey()
	require.NoError(b, err)
	meterKey, err := crypto.GenerateKey()
	require.NoError(b, err)
	d := reading.Domain{ChainID: 1337, Ledger: common.HexToAddress("0x1")}
	det := reading.Detail{VoltageMV: 230_000}
	r := reading.Reading{MeterID: 352522395, Seq: 1, Timestamp: uint64(time.Now().Unix()), DetailHash: det.Hash()}
	sig, err := reading.Sign(meterKey, d, r)
	require.NoError(b, err)
	env, err := envelope.Seal(&oracleKey.PublicKey, envelope.Payload{Reading: r, Detail: det, Signature: sig[:]})
	require.NoError(b, err)
	keys := envelope.Keys{Secp256k1: ecies.ImportECDSA(oracleKey)}
	digest := d.Digest(r)
	raw := append([]byte(nil), sig[:]...)
	raw[64] -= 27

	b.Run("envelope.Open", func(b *testing.B) {
		for b.Loop() {
			if _, _, err := envelope.Open(keys, env); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("reading.Recover", func(b *testing.B) {
		for b.Loop() {
			if _, err := reading.Recover(d, r, sig); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("crypto.Ecrecover", func(b *testing.B) {
		for b.Loop() {
			if _, err := crypto.Ecrecover(digest[:], raw); err != nil {
				b.Fatal(err)
			}
		}
	})
}
