package test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/settlement/market"
	"github.com/meterchain/meterchain/test/harness"
)

// Issue 12: what anyone pays or receives does not depend on who calls the open contract functions
// or in which order.

// TestSettleManySkipsSettledTrades: a stranger front-runs the service's settleMany with a settle()
// of one of its trades; the batch still settles the others instead of reverting.
func TestSettleManySkipsSettledTrades(t *testing.T) {
	p := newMarket(t, 1, 2)
	s, b1, b2 := p.sellers[0], p.buyers[0], p.buyers[1]
	w := p.m.NextWindow(time.Hour)
	ask := p.ask(s, w, 3000, 200_000)
	bid1 := p.bid(b1, w, 2000, 300_000)
	bid2 := p.bid(b2, w, 1000, 300_000)
	p.clearWith(t, w, []market.Order{bid1, bid2}, []market.Order{ask})
	p.deliver(t, w, map[*harness.Meter][2]uint64{s: {0, 3000}, b1: {5000, 0}, b2: {5000, 0}})

	front, err := p.m.Settle(p.e.Users[2], 1) // the stranger settles trade 1 first
	require.NoError(t, err)
	require.Len(t, p.m.Settled(front), 1)

	r, err := p.e.Send(p.e.Relayer, p.m.Contract, p.m.ABI.PackSettleMany([]uint64{1, 2}))
	require.NoError(t, err, "an already settled trade must not revert the batch")
	ev := p.m.Settled(r)
	require.Len(t, ev, 1, "only the trade still open is settled")
	require.Equal(t, uint64(2), ev[0].TradeId)
	require.Equal(t, uint64(1000), ev[0].DeliveredWh)
	require.Equal(t, int64(fund+500_000+250_000), p.balance(s), "paid once per trade")
	require.Zero(t, p.m.Balance(p.m.Addr).Sign())

	// Nothing settles twice: the same batch again settles nothing and moves no money.
	r, err = p.e.Send(p.e.Relayer, p.m.Contract, p.m.ABI.PackSettleMany([]uint64{1, 2}))
	require.NoError(t, err)
	require.Empty(t, p.m.Settled(r))
	require.Equal(t, int64(fund+750_000), p.balance(s))

	// Unknown trades still revert: skipping is only for trades that existed and are settled.
	_, err = p.e.Send(p.e.Relayer, p.m.Contract, p.m.ABI.PackSettleMany([]uint64{2, 99}))
	require.Equal(t, "UnknownTrade", revertName(err))
}
