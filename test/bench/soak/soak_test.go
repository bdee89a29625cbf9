package soak

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// TestSoakShort is the CI variant of `meterchain bench soak`: a minute of readings while the
// oracle and settlement processes are SIGKILLed every few seconds, 5% of RPC calls fail and some
// stall, and the chain is rewound by 1-3 blocks every few seconds (devnet Node.Reorg); then
// nothing may be lost, duplicated or billed twice, and the token balances must add up.
// METERCHAIN_SOAK_REORGS=0 leaves the reorgs out (to tell their effects from the kills').
func TestSoakShort(t *testing.T) {
	if testing.Short() {
		t.Skip("the soak runs for about two minutes; -short skips it")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "meterchain")
	out, err := exec.Command("go", "build", "-o", bin, "github.com/meterchain/meterchain/cmd/meterchain").CombinedOutput()
	require.NoError(t, err, "go build ./cmd/meterchain: %s", out)

	// METERCHAIN_SOAK_DURATION lengthens the run (e.g. 10m, the soak); kills and reorgs
	// then keep their short-run cadence.
	duration := 60 * time.Second
	if v := os.Getenv("METERCHAIN_SOAK_DURATION"); v != "" {
		d, err := time.ParseDuration(v)
		require.NoError(t, err, "METERCHAIN_SOAK_DURATION")
		duration = d
	}
	ctx, cancel := context.WithTimeout(context.Background(), duration+5*time.Minute)
	defer cancel()
	reorgEvery := 8 * time.Second
	if os.Getenv("METERCHAIN_SOAK_REORGS") == "0" {
		reorgEvery = -time.Second
	}
	res, err := Run(ctx, Config{Binary: bin, Dir: dir, Duration: duration, Meters: 8, Months: 1,
		KillEvery: 5 * time.Second, ReorgEvery: reorgEvery, Drain: 2 * time.Minute})
	require.NoError(t, err)
	t.Logf("soak: %s", res.JSON())
	if t.Failed() || !res.Settled {
		for _, name := range []string{"oracle.log", "settlement.log"} {
			data, _ := os.ReadFile(filepath.Join(dir, name))
			if len(data) > 4000 {
				data = data[len(data)-4000:]
			}
			t.Logf("---- %s (tail) ----\n%s", name, data)
		}
	}
	require.True(t, res.Settled, "the run did not reconcile within the drain time")
	require.Positive(t, res.ReadingsSent)
	require.Zero(t, res.Lost, "acknowledged readings with no ledger event")
	require.Zero(t, res.Duplicated, "readings with more than one ledger event")
	require.Zero(t, res.RejectedWrongly, "good readings not accepted or bad ones not rejected: %v", res.Misjudged)
	require.Zero(t, res.LedgerMismatch, "ledger state differs from the last accepted events")
	require.Zero(t, res.LogIndexMismatch, "eth_getLogs differs from the blocks' receipts")
	require.Zero(t, res.RefusedByAPI, "validly signed readings refused by the oracle")
	require.Equal(t, res.ReadingsSent, res.Accepted+res.Rejected)
	require.Positive(t, res.Rejected, "the fleet's deliberately bad readings are logged as rejected")
	require.Positive(t, res.BillsExpected, "the readings cross a billing period")
	require.Equal(t, res.BillsExpected, res.BillsIssued+res.BillsSkipped, "one bill (or a logged skip) per closed period")
	require.Zero(t, res.BillsDuplicated)
	require.True(t, res.TokenSupplyOK, "token balances add up")
	require.GreaterOrEqual(t, res.Kills, int64(6))
	require.Positive(t, res.RPCFaults)
	if reorgEvery > 0 {
		require.GreaterOrEqual(t, res.Reorgs, int64(3), "reorgs that replaced a block")
	}
}
