package test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/internal/billpay"
	"github.com/meterchain/meterchain/test/harness"
)

// TestManualPaymentKeepsAutopayWorking: paying one bill by hand, from the CLI (`bill pay`:
// billpay's PermitPay) and from the UI (GET /v1/bills/:id/pay: billpay's WalletCalls), leaves the
// allowance autopay collects from as it was, so the next collection still succeeds; an unlimited
// allowance stays unlimited.
func TestManualPaymentKeepsAutopayWorking(t *testing.T) {
	e := harness.New(t, 2)
	b := e.Billing()
	setBillingTariffs(t, e, b)
	owner := e.Users[0]
	byCLI := issueOne(t, e, b, 352_522_030, owner, 300_000) // 45.69 each
	byUI := issueOne(t, e, b, 352_522_031, owner, 300_000)
	byAutopay := issueOne(t, e, b, 352_522_032, owner, 300_000)
	for _, m := range []uint64{352_522_030, 352_522_031, 352_522_032} {
		e.MustSend(owner, b.Manager, b.BillingABI.PackSetAutopay(m, big.NewInt(100_000_000)))
	}
	b.Fund(owner.Addr, 200_000_000)
	const budget = 100_000_000
	b.Approve(owner, budget)

	ctx := context.Background()
	chain := billpay.Chain{Backend: e.Client, ChainID: harness.ChainID, Billing: e.Deployment.BillingManager, Token: e.Deployment.StableToken}
	send := func(from *harness.Account, calls ...billpay.Call) {
		t.Helper()
		for _, c := range calls {
			to := map[bool]*bind.BoundContract{true: b.Token, false: b.Manager}[c.To == e.Deployment.StableToken]
			e.MustSend(from, to, c.Data)
		}
	}
	allowance := func(a *harness.Account) *big.Int {
		t.Helper()
		v, err := chain.Allowance(ctx, a.Addr)
		require.NoError(t, err)
		return v
	}

	calls, err := chain.PermitPay(ctx, owner.Key, byCLI.BillId, byCLI.Amount, time.Hour)
	require.NoError(t, err)
	send(owner, calls...)
	require.Equal(t, uint8(statusPaid), b.Bill(byCLI.BillId).Status)
	require.Equal(t, int64(budget), allowance(owner).Int64(), "bill pay left autopay's allowance")

	approve, pay, err := chain.WalletCalls(ctx, owner.Addr, byUI.BillId, byUI.Amount)
	require.NoError(t, err)
	send(owner, approve, pay)
	require.Equal(t, uint8(statusPaid), b.Bill(byUI.BillId).Status)
	require.Equal(t, int64(budget), allowance(owner).Int64(), "the UI's approve left autopay's allowance")

	r := e.MustSend(e.Relayer, b.Manager, b.BillingABI.PackCollectAutopay([]*big.Int{byCLI.BillId, byUI.BillId, byAutopay.BillId}))
	require.Empty(t, autopayFailures(b, r.Logs))
	require.Equal(t, uint8(statusPaid), b.Bill(byAutopay.BillId).Status, "autopay still collects")
	require.Equal(t, int64(budget-45_690_000), allowance(owner).Int64())
	require.Equal(t, int64(200_000_000-3*45_690_000), b.Balance(owner.Addr).Int64(), "each bill paid once")

	// An unlimited allowance: both paths keep it unlimited (approve(max), or no permit at all).
	rich := e.Users[1]
	cli := issueOne(t, e, b, 352_522_033, rich, 300_000)
	ui := issueOne(t, e, b, 352_522_034, rich, 300_000)
	b.Fund(rich.Addr, 100_000_000)
	e.MustSend(rich, b.Token, b.TokenABI.PackApprove(e.Deployment.BillingManager, math.MaxBig256))
	calls, err = chain.PermitPay(ctx, rich.Key, cli.BillId, cli.Amount, time.Hour)
	require.NoError(t, err)
	send(rich, calls...)
	approve, pay, err = chain.WalletCalls(ctx, rich.Addr, ui.BillId, ui.Amount)
	require.NoError(t, err)
	send(rich, approve, pay)
	require.Equal(t, uint8(statusPaid), b.Bill(cli.BillId).Status)
	require.Equal(t, uint8(statusPaid), b.Bill(ui.BillId).Status)
	require.Equal(t, math.MaxBig256, allowance(rich))
}
