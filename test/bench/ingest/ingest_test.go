package ingest

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/deploy/devnet"
)

// TestRunSmall runs the whole ingest path on a tiny fleet: every acknowledged reading reaches
// the ledger exactly once (numbers are printed by `meterchain bench ingest`, not asserted).
func TestRunSmall(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	res, err := Run(ctx, Config{Meters: 20, Duration: 3 * time.Second, Rate: 40, Period: time.Second,
		GasLimit: devnet.DefaultGasLimit, Workers: 8, Drain: 20 * time.Second, Commission: true})
	require.NoError(t, err)
	require.Positive(t, res.Sent)
	require.Equal(t, res.Sent, res.Accepted, "every acknowledged reading accepted: %+v", *res)
	require.Zero(t, res.Lost)
	require.Zero(t, res.Duplicated)
	require.Zero(t, res.Unexpected)
	require.Positive(t, res.Transactions)
	require.Positive(t, res.GasPerReading)
	require.Positive(t, res.FloorUsPerReading, "the crypto floor is timed in every run")
	require.InDelta(t, res.CPUMsPerReading*1000/res.FloorUsPerReading, res.CPURatio, 0.05)
	t.Logf("%+v", *res)

	_, err = Run(ctx, Config{Meters: 0, Duration: time.Second, Rate: 1})
	require.ErrorContains(t, err, "must be positive")
}
