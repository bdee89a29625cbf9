package billing

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// TestRunSmall runs the whole benchmark on a tiny fleet: every bill issued, batches as asked,
// every payment confirmed (numbers are printed by `meterchain bench billing`, not asserted).
func TestRunSmall(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	res, err := Run(ctx, Config{Meters: 8, Batch: 3, Payments: 2})
	require.NoError(t, err)
	require.Equal(t, 8, res.BillsIssued)
	require.Equal(t, 3, res.Transactions)
	require.Equal(t, 2, res.Payments)
	require.Positive(t, res.GasPerBill)
	require.Positive(t, res.PayGas)
	t.Logf("%+v", *res)

	_, err = Run(ctx, Config{Meters: 1, Period: -time.Second})
	require.ErrorContains(t, err, "needs timed blocks")
}
