package chaintx_test

import (
	"math/big"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/internal/billid"
	"github.com/meterchain/meterchain/internal/chaintx"
	"github.com/meterchain/meterchain/test/harness"
)

// TestTransact: a call that succeeds returns its receipt; one that reverts on chain (the gas
// limit is given, so no estimate catches it first) is an error naming the transaction.
func TestTransact(t *testing.T) {
	e := harness.New(t, 1)
	b := e.Billing()
	r, err := chaintx.Transact(e.Ctx, e.Client, b.Token, e.Users[0].Opts, b.TokenABI.PackApprove(e.Deployment.BillingManager, big.NewInt(1)))
	require.NoError(t, err)
	require.NoError(t, chaintx.Succeeded(r))

	opts := *e.Users[0].Opts
	opts.GasLimit = 200_000
	_, err = chaintx.Transact(e.Ctx, e.Client, b.Manager, &opts, b.BillingABI.PackPay(billid.Of(352_522_001, 202401), big.NewInt(1)))
	require.ErrorContains(t, err, "reverted")
}
