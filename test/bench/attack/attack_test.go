package attack

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// TestAttackRunSmall runs the whole attack benchmark for a few seconds at low rates: it
// completes, every attack kind ran, and the honest counts add up (the defences' outcomes are
// tested with the oracle and the portal; the numbers are printed by `meterchain bench attack`).
func TestAttackRunSmall(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	res, err := Run(ctx, Config{Meters: 20, Rate: 20, Duration: 3 * time.Second, Workers: 8, Drain: 20 * time.Second,
		ForgedRate: 20, ForgedMQTTRate: 20, ForgedTargets: 3, RandomIDRate: 20, OversizedRate: 1, OversizedBytes: 9 << 20, NonArrayRate: 5,
		SlowConns: 4, NonceRate: 20, AttackConns: 2, SignInEvery: 500 * time.Millisecond})
	require.NoError(t, err)
	t.Logf("%+v", *res)

	require.Positive(t, res.HonestSent)
	require.LessOrEqual(t, res.HonestSent, res.HonestDue)
	require.Positive(t, res.HonestAccepted, "some honest readings reach the ledger")
	require.LessOrEqual(t, res.HonestAccepted+res.HonestRejected+res.HonestLost+res.HonestRefused+res.HonestFailed, res.HonestSent)
	require.Positive(t, res.HonestLatencyP99Ms)
	for _, k := range []string{kindForged, kindForgedMQTT, kindRandomID, kindOversized, kindNonArray, kindSlow, kindNonce} {
		require.Positive(t, res.AttackByKind[k], "attack %s ran", k)
	}
	var sum int64
	for _, n := range res.AttackByKind {
		sum += n
	}
	require.Equal(t, sum, res.AttackRequests)
	require.Positive(t, res.SignIns)
	require.LessOrEqual(t, res.SignInFailed, res.SignIns)
	if res.SignInFailed < res.SignIns {
		require.Positive(t, res.SignInP99Ms)
	}
	require.Positive(t, res.PeakRSSMB)
	require.GreaterOrEqual(t, res.QuarantineBytes, int64(0))
	require.Equal(t, 3.0, res.Config.Duration.Seconds())

	_, err = Run(ctx, Config{Meters: 0, Rate: 1, Duration: time.Second})
	require.ErrorContains(t, err, "must be positive")
}
