package market_test

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/bindings"
	"github.com/meterchain/meterchain/internal/billid"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/settlement/index"
)

// A period closed by a reading a little ahead of the chain's clock (the ledger allows
// MAX_FUTURE_SKEW) is not over on chain yet: with a market, BillingManager skips its bill as
// P2PUnsettled. That skip means "not yet": once the period is over the service issues the bill.
func TestServiceRetriesBillSkippedAsP2PUnsettled(t *testing.T) {
	e, m, _, buyer, poll := newMarketService(t)
	e.Billing().SetTariff(1, 0, nil, 200_000)

	head := time.Unix(int64(e.Now()), 0).UTC()
	monthEnd := uint64(time.Date(head.Year(), head.Month()+1, 1, 0, 0, 0, 0, time.UTC).Unix())
	m.WarpTo(monthEnd - 3600)
	m.Read(buyer, monthEnd-3600, 0, 0)
	m.WarpTo(monthEnd - 100)
	m.Read(buyer, monthEnd-100, 2000, 0)
	m.Read(buyer, monthEnd+60, 2010, 0) // closes the month, 160 s before the chain's clock does
	poll()
	period := reading.PeriodOf(monthEnd)
	skips := billSkips(t, e.Client, e.Deployment.BillingManager, buyer.ID)
	require.Equal(t, []uint8{index.SkipP2PUnsettled}, skips, "the service tried while the period was not over")
	require.Zero(t, e.Billing().Bill(billid.Of(buyer.ID, period)).Amount.Sign())

	m.WarpTo(monthEnd + 900)
	poll()
	bill := e.Billing().Bill(billid.Of(buyer.ID, period))
	require.Equal(t, uint64(2000), bill.EnergyWh)
	require.Equal(t, int64(400_000), bill.Amount.Int64(), "issued on the retry")
}

func billSkips(t *testing.T, c ethereum.LogFilterer, manager common.Address, meter uint64) []uint8 {
	t.Helper()
	abi := bindings.NewBillingManager()
	logs, err := c.FilterLogs(context.Background(), ethereum.FilterQuery{Addresses: []common.Address{manager},
		Topics: [][]common.Hash{{abi.GetABI().Events["BillSkipped"].ID}}})
	require.NoError(t, err)
	var out []uint8
	for i := range logs {
		ev, err := abi.UnpackBillSkippedEvent(&logs[i])
		require.NoError(t, err)
		if ev.MeterId == meter {
			out = append(out, ev.Reason)
		}
	}
	return out
}
