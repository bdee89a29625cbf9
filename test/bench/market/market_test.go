package market

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// TestRunSmall runs the whole benchmark on a small book: orders placed, cleared into trades and
// every trade settled (numbers are printed by `meterchain bench market`, not asserted).
func TestRunSmall(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	res, err := Run(ctx, Config{Orders: 20, Traders: 2, Window: 4})
	require.NoError(t, err)
	require.Equal(t, 20, res.Orders)
	require.Positive(t, res.Trades)
	require.Positive(t, res.VolumeWh)
	require.Positive(t, res.GasPerTradeCleared)
	require.Positive(t, res.GasPerTradeSettled)
	t.Logf("%+v", *res)

	_, err = Run(ctx, Config{Orders: 20, Window: 7})
	require.ErrorContains(t, err, "does not divide a day")
}
