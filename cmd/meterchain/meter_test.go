package main

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/stretchr/testify/require"
	"github.com/urfave/cli/v2"

	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/internal/sim/meterfleet"
)

// TestMeterKeygenP256: `meter keygen --curve p256` writes a P-256 key file named by the key's
// registry name, which reads back; --pubkey takes the key with or without the 0x04 prefix and
// refuses a point off the curve.
func TestMeterKeygenP256(t *testing.T) {
	out := filepath.Join(t.TempDir(), "meter.json")
	app := &cli.App{Name: "meterchain", Commands: []*cli.Command{meterCommand}}
	require.NoError(t, app.RunContext(context.Background(), []string{"meterchain", "meter", "keygen", "--curve", "p256", "--id", "352522395", "--out", out}))
	kf, key, err := meterfleet.ReadKeyFile(out)
	require.NoError(t, err)
	require.Equal(t, meterfleet.CurveP256, kf.Curve)
	pub, err := reading.P256KeyOf(&key.PublicKey)
	require.NoError(t, err)
	require.Equal(t, pub.ID(), kf.Address)

	for _, s := range []string{hexutil.Encode(pub[:]), hexutil.Encode(append([]byte{4}, pub[:]...))} {
		got, err := parseP256PublicKey(s)
		require.NoError(t, err)
		require.Equal(t, pub, got)
	}
	off := pub
	off[63] ^= 1
	_, err = parseP256PublicKey(hexutil.Encode(off[:]))
	require.Error(t, err)
	require.Error(t, app.RunContext(context.Background(), []string{"meterchain", "meter", "keygen", "--curve", "ed25519", "--out", out + "2"}))
}
