package test

import (
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/bindings"
	"github.com/meterchain/meterchain/internal/marketbook"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/settlement/market"
	"github.com/meterchain/meterchain/test/harness"
)

const (
	fund     = 1_000_000_000 // 1,000 mUSD per party, in base units
	maxPower = 100_000       // W: up to 25 kWh per 15-minute window passes the ledger's rate rule
)

// marketParties: prosumers sell (users 0, 1), consumers buy (users 2, 3); each owns one meter.
type marketParties struct {
	e       *harness.Env
	m       *harness.Market
	sellers []*harness.Meter
	buyers  []*harness.Meter
}

func newMarket(t *testing.T, sellers, buyers int) *marketParties {
	t.Helper()
	e := harness.New(t, sellers+buyers)
	p := &marketParties{e: e, m: e.Market()}
	for i := range sellers {
		u := e.Users[i]
		p.sellers = append(p.sellers, e.RegisterMeter(uint64(100_100_101+i), u, true, maxPower))
		p.m.FundAndApprove(u, fund)
	}
	for i := range buyers {
		u := e.Users[sellers+i]
		p.buyers = append(p.buyers, e.RegisterMeter(uint64(100_200_101+i), u, false, maxPower))
		p.m.FundAndApprove(u, fund)
	}
	return p
}

func (p *marketParties) balance(meter *harness.Meter) int64 {
	return p.m.Balance(meter.Owner.Addr).Int64()
}

// clearWith warps to the window start and submits the Go clearing of the given on-chain orders.
func (p *marketParties) clearWith(t *testing.T, window uint64, bids, asks []marketbook.Order) market.Clearing {
	t.Helper()
	p.m.WarpTo(window)
	c, err := market.Clear(bids, asks)
	require.NoError(t, err)
	r, err := p.m.SubmitClearing(window, c.Price, toBinding(c.Matches), true)
	require.NoError(t, err)
	require.Equal(t, uint64(1), r.Status)
	return c
}

func toBinding(ms []market.Match) []bindings.EnergyMarketMatch {
	out := make([]bindings.EnergyMarketMatch, len(ms))
	for i, m := range ms {
		out[i] = bindings.EnergyMarketMatch{AskId: m.AskID, BidId: m.BidID, Wh: m.Wh}
	}
	return out
}

// deliver relays readings at the window's start and end for each meter (import, export pairs:
// registers at start are (0,0) if the meter has no reading yet) and records them in the market.
func (p *marketParties) deliver(t *testing.T, window uint64, flows map[*harness.Meter][2]uint64) {
	t.Helper()
	end := window + p.m.WindowLen
	var recs [][]byte
	for meter := range flows {
		last := p.e.LastReading(meter.ID)
		recs = append(recs, p.m.Read(meter, window, last.ImportWh, last.ExportWh))
	}
	p.m.WarpTo(end)
	for meter, f := range flows {
		last := p.e.LastReading(meter.ID)
		recs = append(recs, p.m.Read(meter, end, last.ImportWh+f[0], last.ExportWh+f[1]))
	}
	p.m.Record(p.e.Admin, recs...)
}

func (p *marketParties) ask(s *harness.Meter, window, wh, price uint64) marketbook.Order {
	id := p.m.Ask(s.Owner, s.ID, window, wh, price)
	return marketbook.Order{ID: id, Maker: s.Owner.Addr, MeterID: s.ID, Wh: wh, Price: price}
}

func (p *marketParties) bid(b *harness.Meter, window, wh, price uint64) marketbook.Order {
	id := p.m.Bid(b.Owner, b.ID, window, wh, price)
	return marketbook.Order{ID: id, Maker: b.Owner.Addr, MeterID: b.ID, Wh: wh, Price: price}
}

func revertName(err error) string { return harness.RevertName(err, &bindings.EnergyMarketMetaData) }

// The hand-worked example of settlement/market (5 bids, 5 asks) placed on chain, cleared by the
// Go auction and accepted by the contract: TradeMatched events carry exactly the worked matches.
func TestMarketClearsHandWorkedExample(t *testing.T) {
	p := newMarket(t, 5, 5)
	w := p.m.NextWindow(time.Hour)
	var bids, asks []marketbook.Order
	for i, o := range [][2]uint64{{1000, 300_000}, {2000, 280_000}, {1500, 250_000}, {1000, 220_000}, {500, 200_000}} {
		bids = append(bids, p.bid(p.buyers[i], w, o[0], o[1]))
	}
	for i, o := range [][2]uint64{{1200, 180_000}, {800, 210_000}, {1500, 240_000}, {1000, 260_000}, {2000, 290_000}} {
		asks = append(asks, p.ask(p.sellers[i], w, o[0], o[1]))
	}
	p.m.WarpTo(w)
	c, err := market.Clear(bids, asks)
	require.NoError(t, err)
	require.Equal(t, uint64(245_000), c.Price)
	r, err := p.m.SubmitClearing(w, c.Price, toBinding(c.Matches), true)
	require.NoError(t, err)
	type got struct{ ask, bid, wh uint64 }
	var matched []got
	for _, l := range r.Logs {
		if ev, err := p.m.ABI.UnpackTradeMatchedEvent(l); err == nil {
			require.Equal(t, uint64(245_000), ev.Price)
			matched = append(matched, got{ev.AskId, ev.BidId, ev.Wh})
		}
	}
	b, a := func(i int) uint64 { return bids[i].ID }, func(i int) uint64 { return asks[i].ID }
	require.Equal(t, []got{{a(0), b(0), 1000}, {a(0), b(1), 200}, {a(1), b(1), 800}, {a(2), b(1), 1000}, {a(2), b(2), 500}}, matched)
}

func TestMarketIncompatibleMatchRefused(t *testing.T) {
	p := newMarket(t, 2, 2)
	w := p.m.NextWindow(time.Hour)
	other := w + p.m.WindowLen
	ask := p.ask(p.sellers[0], w, 1000, 200_000)
	bid := p.bid(p.buyers[0], w, 1000, 300_000)
	lateBid := p.bid(p.buyers[1], other, 1000, 300_000)
	// The seller's owner also bids with a consumer meter of its own: a self-trade.
	ownMeter := p.e.RegisterMeter(100_300_101, p.sellers[0].Owner, false, maxPower)
	selfBid := p.bid(ownMeter, w, 1000, 300_000)
	p.m.WarpTo(w)

	cases := []struct {
		name    string
		price   uint64
		matches []bindings.EnergyMarketMatch
		want    string
	}{
		{"BelowAskMinimum", 150_000, []bindings.EnergyMarketMatch{{AskId: ask.ID, BidId: bid.ID, Wh: 500}}, "PriceOutsideLimits"},
		{"AboveBidMaximum", 350_000, []bindings.EnergyMarketMatch{{AskId: ask.ID, BidId: bid.ID, Wh: 500}}, "PriceOutsideLimits"},
		{"OtherWindow", 250_000, []bindings.EnergyMarketMatch{{AskId: ask.ID, BidId: lateBid.ID, Wh: 500}}, "WindowMismatch"},
		{"SelfTrade", 250_000, []bindings.EnergyMarketMatch{{AskId: ask.ID, BidId: selfBid.ID, Wh: 500}}, "SameParty"},
		{"BidAsAsk", 250_000, []bindings.EnergyMarketMatch{{AskId: bid.ID, BidId: bid.ID, Wh: 500}}, "WrongSide"},
		{"ZeroQuantity", 250_000, []bindings.EnergyMarketMatch{{AskId: ask.ID, BidId: bid.ID, Wh: 0}}, "ZeroAmount"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := p.m.SubmitClearing(w, tc.price, tc.matches, false)
			require.Error(t, err)
			require.Equal(t, tc.want, revertName(err))
		})
	}

	// One uniform price per window: a second chunk at another price is refused.
	_, err := p.m.SubmitClearing(w, 250_000, []bindings.EnergyMarketMatch{{AskId: ask.ID, BidId: bid.ID, Wh: 500}}, false)
	require.NoError(t, err)
	_, err = p.m.SubmitClearing(w, 260_000, []bindings.EnergyMarketMatch{{AskId: ask.ID, BidId: bid.ID, Wh: 500}}, true)
	require.Equal(t, "PriceMismatch", revertName(err))

	// Only a clearer may submit.
	_, err = p.e.Send(p.e.Users[2], p.m.Contract, p.m.ABI.PackSubmitClearing(w, 250_000, []bindings.EnergyMarketMatch{}, true))
	require.Equal(t, "AccessControlUnauthorizedAccount", revertName(err))
}

func TestMarketOverFillRefused(t *testing.T) {
	p := newMarket(t, 2, 2)
	w := p.m.NextWindow(time.Hour)
	ask := p.ask(p.sellers[0], w, 1000, 200_000)
	bid1 := p.bid(p.buyers[0], w, 800, 300_000)
	bid2 := p.bid(p.buyers[1], w, 800, 300_000)
	p.m.WarpTo(w)
	// In one chunk: the ask (1000 Wh) sold twice 800 Wh.
	_, err := p.m.SubmitClearing(w, 250_000, []bindings.EnergyMarketMatch{{AskId: ask.ID, BidId: bid1.ID, Wh: 800}, {AskId: ask.ID, BidId: bid2.ID, Wh: 800}}, true)
	require.Equal(t, "OverFill", revertName(err))
	// A bid filled beyond its size.
	_, err = p.m.SubmitClearing(w, 250_000, []bindings.EnergyMarketMatch{{AskId: ask.ID, BidId: bid1.ID, Wh: 900}}, true)
	require.Equal(t, "OverFill", revertName(err))
	// Across chunks: 800 in the first, 300 more in the second.
	_, err = p.m.SubmitClearing(w, 250_000, []bindings.EnergyMarketMatch{{AskId: ask.ID, BidId: bid1.ID, Wh: 800}}, false)
	require.NoError(t, err)
	_, err = p.m.SubmitClearing(w, 250_000, []bindings.EnergyMarketMatch{{AskId: ask.ID, BidId: bid2.ID, Wh: 300}}, true)
	require.Equal(t, "OverFill", revertName(err))
}

// Delivery cases: one seller, one buyer, 2000 Wh asked at >= 0.20 and bid at <= 0.30 per kWh;
// the auction clears at 0.25 per kWh (250,000 base units). The bid escrows 600,000.
func TestMarketDelivery(t *testing.T) {
	cases := []struct {
		name                     string
		exported, imported       uint64
		delivered, pay, refundTo int64
	}{
		{"FullDelivery", 3000, 2500, 2000, 500_000, 100_000},
		{"SellerExportedLess", 1500, 2500, 1500, 375_000, 225_000},
		{"BuyerImportedLess", 3000, 1200, 1200, 300_000, 300_000},
		{"NothingDelivered", 0, 2500, 0, 0, 600_000},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := newMarket(t, 1, 1)
			s, b := p.sellers[0], p.buyers[0]
			w := p.m.NextWindow(time.Hour)
			ask := p.ask(s, w, 2000, 200_000)
			bid := p.bid(b, w, 2000, 300_000)
			require.Equal(t, int64(fund-600_000), p.balance(b))
			require.Equal(t, int64(600_000), p.m.Balance(p.m.Addr).Int64())
			c := p.clearWith(t, w, []marketbook.Order{bid}, []marketbook.Order{ask})
			require.Equal(t, uint64(250_000), c.Price)

			p.deliver(t, w, map[*harness.Meter][2]uint64{s: {0, tc.exported}, b: {tc.imported, 0}})
			r, err := p.m.Settle(p.e.Users[0], 1) // anyone may settle; here the seller
			require.NoError(t, err)
			ev := p.m.Settled(r)
			require.Len(t, ev, 1)
			require.Equal(t, uint64(tc.delivered), ev[0].DeliveredWh)
			require.Equal(t, tc.pay, ev[0].PaidToSeller.Int64())
			require.Equal(t, tc.refundTo, ev[0].RefundToBuyer.Int64())

			require.Equal(t, int64(fund+tc.pay), p.balance(s))
			require.Equal(t, int64(fund-tc.pay), p.balance(b))
			require.Zero(t, p.m.Balance(p.m.Addr).Sign(), "nothing left in the market")
			require.Equal(t, uint64(tc.delivered), p.m.P2PImport(b.ID, reading.PeriodOf(w+p.m.WindowLen)))

			_, err = p.m.Settle(p.e.Users[0], 1)
			require.Equal(t, "AlreadySettled", revertName(err))
		})
	}
}

// One seller's 3000 Wh sold to two buyers (2000 + 1000 Wh at 0.25); it exports only 1500 Wh, so
// each buyer gets its pro-rata half: 1000 and 500 Wh.
func TestMarketProRataSplitBetweenTwoBuyers(t *testing.T) {
	p := newMarket(t, 1, 2)
	s, b1, b2 := p.sellers[0], p.buyers[0], p.buyers[1]
	w := p.m.NextWindow(time.Hour)
	ask := p.ask(s, w, 3000, 200_000)
	bid1 := p.bid(b1, w, 2000, 300_000) // escrow 600,000
	bid2 := p.bid(b2, w, 1000, 300_000) // escrow 300,000
	c := p.clearWith(t, w, []marketbook.Order{bid1, bid2}, []marketbook.Order{ask})
	require.Equal(t, uint64(250_000), c.Price)
	require.Equal(t, []market.Match{{AskID: ask.ID, BidID: bid1.ID, Wh: 2000}, {AskID: ask.ID, BidID: bid2.ID, Wh: 1000}}, c.Matches)

	p.deliver(t, w, map[*harness.Meter][2]uint64{s: {0, 1500}, b1: {5000, 0}, b2: {5000, 0}})
	r := p.e.MustSend(p.e.Relayer, p.m.Contract, p.m.ABI.PackSettleMany([]uint64{1, 2}))
	ev := p.m.Settled(r)
	require.Len(t, ev, 2)
	require.Equal(t, uint64(1000), ev[0].DeliveredWh)
	require.Equal(t, uint64(500), ev[1].DeliveredWh)

	require.Equal(t, int64(fund+250_000+125_000), p.balance(s))
	require.Equal(t, int64(fund-250_000), p.balance(b1)) // 600,000 escrowed, 350,000 back
	require.Equal(t, int64(fund-125_000), p.balance(b2)) // 300,000 escrowed, 175,000 back
	require.Zero(t, p.m.Balance(p.m.Addr).Sign())
}

func TestMarketCancel(t *testing.T) {
	p := newMarket(t, 1, 2)
	s, b1, b2 := p.sellers[0], p.buyers[0], p.buyers[1]
	w := p.m.NextWindow(time.Hour)
	ask := p.ask(s, w, 1000, 200_000)
	bid := p.bid(b1, w, 1000, 300_000)
	spare := p.bid(b2, w, 500, 100_000) // below the ask: never matched
	gone := p.bid(b2, w, 500, 300_000)

	// Before the book closes only the maker cancels, and gets the whole escrow back.
	_, err := p.e.Send(b1.Owner, p.m.Contract, p.m.ABI.PackCancel(gone.ID))
	require.Equal(t, "NotOrderMaker", revertName(err))
	p.e.MustSend(b2.Owner, p.m.Contract, p.m.ABI.PackCancel(gone.ID))
	require.Equal(t, int64(fund-50_000), p.balance(b2)) // only `spare` (500 Wh @ 0.10) still escrowed
	_, err = p.e.Send(b2.Owner, p.m.Contract, p.m.ABI.PackCancel(gone.ID))
	require.Equal(t, "OrderNotOpen", revertName(err))

	// Between book close and clearing nobody cancels: the clearing needs a fixed book.
	p.m.WarpTo(w)
	_, err = p.e.Send(b2.Owner, p.m.Contract, p.m.ABI.PackCancel(spare.ID))
	require.Equal(t, "ClearingPending", revertName(err))
	// Nor places an order for a window whose book is closed.
	_, err = p.e.Send(b2.Owner, p.m.Contract, p.m.ABI.PackPlaceBid(b2.ID, w, 100, 300_000))
	require.Equal(t, "BookClosed", revertName(err))

	c, err := market.Clear([]marketbook.Order{bid, spare}, []marketbook.Order{ask})
	require.NoError(t, err)
	_, err = p.m.SubmitClearing(w, c.Price, toBinding(c.Matches), true)
	require.NoError(t, err)

	// Cancel after match refused, for both sides.
	_, err = p.e.Send(b1.Owner, p.m.Contract, p.m.ABI.PackCancel(bid.ID))
	require.Equal(t, "OrderMatched", revertName(err))
	_, err = p.e.Send(s.Owner, p.m.Contract, p.m.ABI.PackCancel(ask.ID))
	require.Equal(t, "OrderMatched", revertName(err))
	// The unmatched bid is released after clearing, by anyone, to its maker.
	p.e.MustSend(p.e.Relayer, p.m.Contract, p.m.ABI.PackCancel(spare.ID))
	require.Equal(t, int64(fund), p.balance(b2))
}

func TestMarketSettleBeforeWindowCoveredRefused(t *testing.T) {
	p := newMarket(t, 1, 1)
	s, b := p.sellers[0], p.buyers[0]
	w := p.m.NextWindow(time.Hour)
	end := w + p.m.WindowLen
	ask := p.ask(s, w, 1000, 200_000)
	bid := p.bid(b, w, 1000, 300_000)
	p.clearWith(t, w, []marketbook.Order{bid}, []marketbook.Order{ask})

	_, err := p.m.Settle(p.e.Admin, 1)
	require.Equal(t, "WindowNotClosed", revertName(err))

	startS := p.m.Read(s, w, 0, 0)
	startB := p.m.Read(b, w, 0, 0)
	p.m.WarpTo(end)
	_, err = p.m.Settle(p.e.Admin, 1)
	require.Equal(t, "WindowNotCovered", revertName(err), "no readings recorded")

	p.m.Record(p.e.Admin, startS, startB)
	endS := p.m.Read(s, end, 0, 1000)
	_, err = p.m.Settle(p.e.Admin, 1)
	require.Equal(t, "WindowNotCovered", revertName(err), "seller's end reading on the ledger but not recorded")
	p.m.Record(p.e.Admin, endS)
	_, err = p.m.Settle(p.e.Admin, 1)
	require.Equal(t, "WindowNotCovered", revertName(err), "buyer's end reading missing")

	endB := p.m.Read(b, end, 1000, 0)
	p.m.Record(p.e.Admin, endB)
	r, err := p.m.Settle(p.e.Admin, 1)
	require.NoError(t, err)
	require.Equal(t, uint64(1000), p.m.Settled(r)[0].DeliveredWh)

	_, err = p.m.Settle(p.e.Admin, 99)
	require.Equal(t, "UnknownTrade", revertName(err))
}

// Readings the settler supplies must be the meter's own, accepted by the ledger, at a window
// boundary; the first recorded reading of a boundary stays. Anything else is refused (an event) and
// never recorded, and it does not revert the batch it came in.
func TestMarketSettlerCannotForgeReadings(t *testing.T) {
	p := newMarket(t, 1, 1)
	s := p.sellers[0]
	w := p.m.NextWindow(time.Hour)
	p.ask(s, w, 1000, 200_000) // a meter with an order: the ledger keeps its boundary readings
	p.m.WarpTo(w)
	refusedOnly := func(rec []byte) {
		t.Helper()
		r := p.m.Record(p.e.Admin, rec)
		require.Len(t, p.m.Refused(r), 1)
		regs, err := bind.Call(p.m.Contract, nil, p.m.ABI.PackRegistersAt(s.ID, w), p.m.ABI.UnpackRegistersAt)
		require.NoError(t, err)
		require.False(t, regs.Recorded)
	}

	forger, err := crypto.GenerateKey()
	require.NoError(t, err)
	fake := reading.Reading{MeterID: s.ID, Seq: 1, Timestamp: w, ExportWh: 0}
	sig, err := reading.Sign(forger, p.e.Domain(), fake)
	require.NoError(t, err)
	refusedOnly(reading.Pack(fake, sig))

	// Signed by the meter, but never relayed to the ledger.
	unrelayed := reading.Reading{MeterID: s.ID, Seq: 1, Timestamp: w}
	refusedOnly(reading.Pack(unrelayed, p.e.Sign(s, unrelayed)))

	// Altered after signing (export inflated).
	real := p.m.Read(s, w, 0, 100)
	altered := append([]byte{}, real...)
	altered[39]++ // low byte of exportWh
	refusedOnly(altered)

	// Not at a window boundary.
	p.m.WarpTo(w + 60)
	off := p.m.Read(s, w+60, 0, 150)
	r := p.m.Record(p.e.Admin, off)
	require.Len(t, p.m.Refused(r), 1)

	p.m.Record(p.e.Admin, real)
	p.m.Record(p.e.Admin, real) // idempotent
	regs, err := bind.Call(p.m.Contract, nil, p.m.ABI.PackRegistersAt(s.ID, w), p.m.ABI.UnpackRegistersAt)
	require.NoError(t, err)
	require.Equal(t, bindings.EnergyMarketRegisters{ImportWh: 0, ExportWh: 100, Recorded: true}, regs)
}

// Energy bought on the market in a month is reported to billing for that month (the period of the
// window's end, as the ledger attributes readings).
func TestMarketP2PImportByPeriod(t *testing.T) {
	p := newMarket(t, 1, 1)
	s, b := p.sellers[0], p.buyers[0]
	w := p.m.NextWindow(time.Hour)
	ask := p.ask(s, w, 1000, 200_000)
	bid := p.bid(b, w, 1000, 300_000)
	p.clearWith(t, w, []marketbook.Order{bid}, []marketbook.Order{ask})
	p.deliver(t, w, map[*harness.Meter][2]uint64{s: {0, 800}, b: {900, 0}})
	_, err := p.m.Settle(p.e.Admin, 1)
	require.NoError(t, err)
	period := reading.PeriodOf(w + p.m.WindowLen)
	require.Equal(t, uint64(800), p.m.P2PImport(b.ID, period))
	require.Zero(t, p.m.P2PImport(b.ID, reading.PreviousPeriod(period)))
	require.Zero(t, p.m.P2PImport(s.ID, period), "the seller bought nothing")
}

// Escrow is never created or lost: over many random books (1,000 orders over 20 windows, with
// cancels, partial fills, rounding prices, short deliveries and missing readings), the market's
// token balance always equals the open escrow of a Go model, and every party's balance equals the
// model's, with the total supply unchanged.
func TestMarketEscrowConservation(t *testing.T) {
	runConservation(t, 20, 50)
}

// call is one transaction of a batch mined in a single block.
type call struct {
	from *harness.Account
	data []byte
}

// batch sends calls to the market in one block (fixed gas limit, explicit nonces) and requires
// every receipt to succeed.
func (p *marketParties) batch(t *testing.T, calls []call) []*types.Receipt {
	t.Helper()
	return inOneBlock(t, p.e, p.m.Contract, 400_000, calls)
}

// inOneBlock sends calls to contract c in one block, each with gas limit gas and the nonces
// counted here, and requires every receipt to succeed.
func inOneBlock(t testing.TB, e *harness.Env, c *bind.BoundContract, gas uint64, calls []call) []*types.Receipt {
	t.Helper()
	if len(calls) == 0 {
		return nil
	}
	e.Client.Manual = true
	defer func() { e.Client.Manual = false }()
	nonces := map[common.Address]uint64{}
	txs := make([]*types.Transaction, len(calls))
	for i, cl := range calls {
		opts := *cl.from.Opts
		opts.Context = e.Ctx
		opts.GasLimit = gas
		if n, ok := nonces[cl.from.Addr]; ok {
			opts.Nonce = new(big.Int).SetUint64(n)
		}
		tx, err := bind.Transact(c, &opts, cl.data)
		require.NoError(t, err)
		nonces[cl.from.Addr] = tx.Nonce() + 1
		txs[i] = tx
	}
	out := make([]*types.Receipt, len(txs))
	for i, tx := range txs {
		// A full block leaves the rest in the pool: commit until this one is in.
		var r *types.Receipt
		for tries := 0; r == nil; tries++ {
			require.Less(t, tries, 10, "transaction %d of the batch never mined", i)
			e.Sim.Commit()
			r, _ = e.Client.TransactionReceipt(e.Ctx, tx.Hash())
		}
		require.Equal(t, types.ReceiptStatusSuccessful, r.Status, "call %d of the batch failed", i)
		out[i] = r
	}
	return out
}

// Go model of the market's money, for the conservation test.
type mOrder struct {
	bid                              bool
	maker                            common.Address
	meter, window, wh, price, filled uint64
	status                           int // 0 open, 1 cancelled, 2 released
}

type mTrade struct {
	ask, bid, wh, before uint64
	settled              bool
}

type marketModel struct {
	orders map[uint64]*mOrder
	trades map[uint64]*mTrade
	bal    map[common.Address]*big.Int
	regs   map[[2]uint64][2]uint64 // (meter, timestamp) -> (import, export) recorded
	sold   map[[2]uint64]uint64    // (meter, window)
	bought map[[2]uint64]uint64
	price  map[uint64]uint64
}

func escrowOf(wh, price uint64) *big.Int {
	v := new(big.Int).Mul(new(big.Int).SetUint64(wh), new(big.Int).SetUint64(price))
	v.Add(v, big.NewInt(999))
	return v.Quo(v, big.NewInt(1000))
}

func costOf(wh, price uint64) *big.Int {
	v := new(big.Int).Mul(new(big.Int).SetUint64(wh), new(big.Int).SetUint64(price))
	return v.Quo(v, big.NewInt(1000))
}

func (m *marketModel) openEscrow() *big.Int {
	sum := new(big.Int)
	for _, o := range m.orders {
		if o.bid && o.status == 0 {
			sum.Add(sum, escrowOf(o.wh, o.price))
		}
	}
	for _, t := range m.trades {
		if b := m.orders[t.bid]; !t.settled && b.status == 2 {
			p := m.price[b.window]
			sum.Add(sum, new(big.Int).Sub(costOf(t.before+t.wh, p), costOf(t.before, p)))
		}
	}
	return sum
}

// settle mirrors EnergyMarket._settle; covered says whether all four readings are recorded.
func (m *marketModel) settle(id, windowLen uint64, expired bool) {
	t := m.trades[id]
	ask, bid := m.orders[t.ask], m.orders[t.bid]
	start, end := ask.window, ask.window+windowLen
	p := m.price[start]
	var delivered uint64
	s0, ok0 := m.regs[[2]uint64{ask.meter, start}]
	s1, ok1 := m.regs[[2]uint64{ask.meter, end}]
	b0, ok2 := m.regs[[2]uint64{bid.meter, start}]
	b1, ok3 := m.regs[[2]uint64{bid.meter, end}]
	if ok0 && ok1 && ok2 && ok3 {
		exported := new(big.Int).SetUint64(s1[1] - s0[1])
		imported := new(big.Int).SetUint64(b1[0] - b0[0])
		wh := new(big.Int).SetUint64(t.wh)
		sShare := new(big.Int).Quo(new(big.Int).Mul(exported, wh), new(big.Int).SetUint64(m.sold[[2]uint64{ask.meter, start}]))
		bShare := new(big.Int).Quo(new(big.Int).Mul(imported, wh), new(big.Int).SetUint64(m.bought[[2]uint64{bid.meter, start}]))
		delivered = min(t.wh, sShare.Uint64(), bShare.Uint64())
	} else if !expired {
		panic("model: settling an uncovered trade")
	}
	pay := costOf(delivered, p)
	refund := new(big.Int).Sub(new(big.Int).Sub(costOf(t.before+t.wh, p), costOf(t.before, p)), pay)
	if bid.status == 0 {
		bid.status = 2
		refund.Add(refund, new(big.Int).Sub(escrowOf(bid.wh, bid.price), costOf(bid.filled, p)))
	}
	m.bal[ask.maker].Add(m.bal[ask.maker], pay)
	m.bal[bid.maker].Add(m.bal[bid.maker], refund)
	t.settled = true
}

func (m *marketModel) covered(id, windowLen uint64) bool {
	t := m.trades[id]
	ask, bid := m.orders[t.ask], m.orders[t.bid]
	for _, k := range [][2]uint64{{ask.meter, ask.window}, {ask.meter, ask.window + windowLen}, {bid.meter, ask.window}, {bid.meter, ask.window + windowLen}} {
		if _, ok := m.regs[k]; !ok {
			return false
		}
	}
	return true
}

func runConservation(t *testing.T, windows, ordersPerWindow int) {
	const sellers, buyers = 3, 3
	p := newMarket(t, sellers, buyers)
	rng := rand.New(rand.NewPCG(7, 11))
	m := &marketModel{orders: map[uint64]*mOrder{}, trades: map[uint64]*mTrade{}, bal: map[common.Address]*big.Int{},
		regs: map[[2]uint64][2]uint64{}, sold: map[[2]uint64]uint64{}, bought: map[[2]uint64]uint64{}, price: map[uint64]uint64{}}
	meters := append(append([]*harness.Meter{}, p.sellers...), p.buyers...)
	for _, mt := range meters {
		m.bal[mt.Owner.Addr] = big.NewInt(fund)
	}
	registers := map[uint64][2]uint64{} // the meters' current registers
	check := func(when string) {
		t.Helper()
		want, have := m.openEscrow(), p.m.Balance(p.m.Addr)
		require.Zero(t, want.Cmp(have), "market balance %s != open escrow %s %s", have, want, when)
		for _, mt := range meters {
			want, have := m.bal[mt.Owner.Addr], p.m.Balance(mt.Owner.Addr)
			require.Zero(t, want.Cmp(have), "balance of meter %d's owner: %s, model %s, %s", mt.ID, have, want, when)
		}
	}
	wl := p.m.WindowLen
	var stuck []uint64 // trades whose readings were never recorded
	placed := 0
	w := p.m.NextWindow(time.Minute)
	for k := range windows {
		// Orders: sellers ask with their prosumer meter; buyers bid; sellers sometimes bid too.
		var calls []call
		var drafts []*mOrder
		for range ordersPerWindow {
			o := &mOrder{window: w, wh: 1 + rng.Uint64N(4000), price: 1 + rng.Uint64N(400_000)}
			var mt *harness.Meter
			switch r := rng.IntN(10); {
			case r < 4:
				mt = p.sellers[rng.IntN(sellers)]
			case r < 5:
				mt, o.bid = p.sellers[rng.IntN(sellers)], true
			default:
				mt, o.bid = p.buyers[rng.IntN(buyers)], true
			}
			o.maker, o.meter = mt.Owner.Addr, mt.ID
			data := p.m.ABI.PackPlaceAsk(o.meter, w, o.wh, o.price)
			if o.bid {
				data = p.m.ABI.PackPlaceBid(o.meter, w, o.wh, o.price)
				m.bal[o.maker].Sub(m.bal[o.maker], escrowOf(o.wh, o.price))
			}
			calls = append(calls, call{mt.Owner, data})
			drafts = append(drafts, o)
		}
		for i, r := range p.batch(t, calls) {
			for _, l := range r.Logs {
				if ev, err := p.m.ABI.UnpackAskPlacedEvent(l); err == nil {
					m.orders[ev.OrderId] = drafts[i]
				} else if ev, err := p.m.ABI.UnpackBidPlacedEvent(l); err == nil {
					m.orders[ev.OrderId] = drafts[i]
				}
			}
		}
		placed += len(drafts)
		// Some makers cancel while the book is open.
		calls = nil
		for id, o := range m.orders {
			if o.window == w && rng.IntN(10) == 0 {
				calls = append(calls, call{accountOf(meters, o.maker), p.m.ABI.PackCancel(id)})
				o.status = 1
				if o.bid {
					m.bal[o.maker].Add(m.bal[o.maker], escrowOf(o.wh, o.price))
				}
			}
		}
		p.batch(t, calls)
		check("after placing")

		// Clear, in one or two chunks.
		p.m.WarpTo(w)
		var bids, asks []marketbook.Order
		for id, o := range m.orders {
			if o.window == w && o.status == 0 {
				mo := marketbook.Order{ID: id, Maker: o.maker, MeterID: o.meter, Wh: o.wh, Price: o.price}
				if o.bid {
					bids = append(bids, mo)
				} else {
					asks = append(asks, mo)
				}
			}
		}
		c, err := market.Clear(bids, asks)
		require.NoError(t, err)
		price := max(c.Price, 1)
		m.price[w] = price
		cut := 0
		if len(c.Matches) > 1 {
			cut = rng.IntN(len(c.Matches))
		}
		chunks := [][]market.Match{c.Matches[:cut], c.Matches[cut:]}
		nextTrade, err := bind.Call(p.m.Contract, nil, p.m.ABI.PackNextTradeId(), p.m.ABI.UnpackNextTradeId)
		require.NoError(t, err)
		var windowTrades []uint64
		for i, chunk := range chunks {
			r, err := p.m.SubmitClearing(w, price, toBinding(chunk), i == 1)
			require.NoError(t, err)
			require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
			for _, mt := range chunk {
				ask, bid := m.orders[mt.AskID], m.orders[mt.BidID]
				m.trades[nextTrade] = &mTrade{ask: mt.AskID, bid: mt.BidID, wh: mt.Wh, before: bid.filled}
				windowTrades = append(windowTrades, nextTrade)
				ask.filled += mt.Wh
				bid.filled += mt.Wh
				m.sold[[2]uint64{ask.meter, w}] += mt.Wh
				m.bought[[2]uint64{bid.meter, w}] += mt.Wh
				nextTrade++
			}
		}
		// Anyone releases about half of the unmatched orders.
		calls = nil
		for id, o := range m.orders {
			if o.window == w && o.status == 0 && o.filled == 0 && rng.IntN(2) == 0 {
				calls = append(calls, call{p.e.Relayer, p.m.ABI.PackCancel(id)})
				o.status = 1
				if o.bid {
					m.bal[o.maker].Add(m.bal[o.maker], escrowOf(o.wh, o.price))
				}
			}
		}
		p.batch(t, calls)
		check("after clearing")

		// Readings at both boundaries for every meter; sometimes one end reading is not recorded.
		var rs []reading.Reading
		var sigs []reading.Signature
		sign := func(mt *harness.Meter, ts uint64) {
			r := reading.Reading{MeterID: mt.ID, Seq: p.e.LastReading(mt.ID).Seq + 1, Timestamp: ts, ImportWh: registers[mt.ID][0], ExportWh: registers[mt.ID][1]}
			if len(rs) > 0 {
				for _, prev := range rs {
					if prev.MeterID == mt.ID {
						r.Seq = prev.Seq + 1
					}
				}
			}
			rs, sigs = append(rs, r), append(sigs, p.e.Sign(mt, r))
		}
		for _, mt := range meters {
			sign(mt, w)
		}
		p.e.SubmitPacked(rs, sigs)
		p.m.WarpTo(w + wl)
		starts := rs
		startSigs := sigs
		rs, sigs = nil, nil
		for _, mt := range meters {
			reg := registers[mt.ID]
			reg[0] += rng.Uint64N(5000)
			if mt.ID/1000%1000 == 100 { // prosumers export
				reg[1] += rng.Uint64N(5000)
			}
			registers[mt.ID] = reg
			sign(mt, w+wl)
		}
		p.e.SubmitPacked(rs, sigs)
		skip := -1
		if rng.IntN(6) == 0 {
			skip = rng.IntN(len(meters))
		}
		var packed []byte
		for i := range starts {
			packed = append(packed, reading.Pack(starts[i], startSigs[i])...)
			m.regs[[2]uint64{starts[i].MeterID, w}] = [2]uint64{starts[i].ImportWh, starts[i].ExportWh}
		}
		for i := range rs {
			if i == skip {
				continue
			}
			packed = append(packed, reading.Pack(rs[i], sigs[i])...)
			m.regs[[2]uint64{rs[i].MeterID, w + wl}] = [2]uint64{rs[i].ImportWh, rs[i].ExportWh}
		}
		p.e.MustSend(p.e.Relayer, p.m.Contract, p.m.ABI.PackRecordReadings(packed))

		// Settle the covered trades in one or two batches.
		var ready []uint64
		for _, id := range windowTrades {
			if m.covered(id, wl) {
				ready = append(ready, id)
			} else {
				stuck = append(stuck, id)
			}
		}
		half := len(ready) / 2
		for _, part := range [][]uint64{ready[:half], ready[half:]} {
			if len(part) == 0 {
				continue
			}
			p.e.MustSend(p.e.Users[k%len(p.e.Users)], p.m.Contract, p.m.ABI.PackSettleMany(part))
			for _, id := range part {
				m.settle(id, wl, false)
			}
		}
		check("after settling")
		w += 2 * wl
	}
	require.GreaterOrEqual(t, placed, 1000)

	// Trades whose readings never came settle as undelivered after the grace period; then every
	// remaining open order is released and the market holds nothing.
	_, err := p.m.Settle(p.e.Admin, firstOr(stuck, 1))
	if len(stuck) > 0 {
		require.Equal(t, "WindowNotCovered", revertName(err))
	}
	p.m.WarpTo(p.e.Now() + 7*24*3600)
	if len(stuck) > 0 {
		p.e.MustSend(p.e.Admin, p.m.Contract, p.m.ABI.PackSettleMany(stuck))
		for _, id := range stuck {
			m.settle(id, wl, true)
		}
	}
	var calls []call
	for id, o := range m.orders {
		if o.status == 0 && o.filled == 0 {
			calls = append(calls, call{p.e.Relayer, p.m.ABI.PackCancel(id)})
			o.status = 1
			if o.bid {
				m.bal[o.maker].Add(m.bal[o.maker], escrowOf(o.wh, o.price))
			}
		}
	}
	p.batch(t, calls)
	check("at the end")
	require.Zero(t, p.m.Balance(p.m.Addr).Sign(), "the market holds nothing once every order is done")
	total := new(big.Int)
	for _, mt := range meters {
		total.Add(total, p.m.Balance(mt.Owner.Addr))
	}
	require.Zero(t, big.NewInt(fund*(sellers+buyers)).Cmp(total), "no token created or lost: %s", total)
	t.Logf("%d orders, %d trades (%d settled late), %d windows", placed, len(m.trades), len(stuck), windows)
}

func accountOf(meters []*harness.Meter, addr common.Address) *harness.Account {
	for _, mt := range meters {
		if mt.Owner.Addr == addr {
			return mt.Owner
		}
	}
	panic("no account " + addr.Hex())
}

func firstOr(ids []uint64, def uint64) uint64 {
	if len(ids) > 0 {
		return ids[0]
	}
	return def
}

// Energy bought on the market is not billed again: the buyer's bill for the month subtracts the
// settled P2P import (and states it on the bill).
func TestMarketBillSubtractsP2PImport(t *testing.T) {
	p := newMarket(t, 1, 1)
	s, b := p.sellers[0], p.buyers[0]
	billing := p.e.Billing()
	billing.SetTariff(1, 0, nil, 200_000) // flat 0.20 per kWh
	w := p.m.NextWindow(time.Hour)
	ask := p.ask(s, w, 2000, 100_000)
	bid := p.bid(b, w, 2000, 300_000)
	p.clearWith(t, w, []marketbook.Order{bid}, []marketbook.Order{ask})
	p.deliver(t, w, map[*harness.Meter][2]uint64{s: {0, 3000}, b: {2500, 0}})
	_, err := p.m.Settle(p.e.Admin, 1)
	require.NoError(t, err)
	period := reading.PeriodOf(w + p.m.WindowLen)
	require.Equal(t, uint64(2000), p.m.P2PImport(b.ID, period))

	// A reading in the next month closes the period at the month's last reading (2500 Wh imported
	// since the baseline at the window's start).
	end := time.Unix(int64(w+p.m.WindowLen), 0).UTC()
	next := uint64(time.Date(end.Year(), end.Month()+1, 1, 1, 0, 0, 0, time.UTC).Unix())
	p.m.WarpTo(next)
	p.m.Read(b, next, 3000, 0)
	r := billing.Issue(p.e.Admin, period, b.ID)
	issued := billing.Issued(r)
	require.Len(t, issued, 1)
	require.Equal(t, uint64(2500), issued[0].EnergyWh, "grid import of the month")
	require.Equal(t, uint64(2000), issued[0].P2pWh, "bought from the prosumer")
	require.Equal(t, int64(100_000), issued[0].Amount.Int64(), "only 0.5 kWh billed at 0.20")
}

// Front-running on chain: an attacker who sees a victim's bid in the pool and gets a copy of it
// mined first gains nothing over arriving second. Window A: attacker's bid before the victim's;
// window B: after. Supply (3000 Wh) is short of the two 2000 Wh bids at one price, so under
// first-come priority the first would take 2000; the auction shares the marginal level pro rata
// instead, at the same uniform price, whoever came first.
func TestMarketFrontRunningGainsNothing(t *testing.T) {
	p := newMarket(t, 1, 2)
	s, victim, attacker := p.sellers[0], p.buyers[0], p.buyers[1]
	wa := p.m.NextWindow(time.Hour)
	wb := wa + p.m.WindowLen
	askA := p.ask(s, wa, 3000, 100_000)
	attA := p.bid(attacker, wa, 2000, 300_000)
	vicA := p.bid(victim, wa, 2000, 300_000)
	askB := p.ask(s, wb, 3000, 100_000)
	vicB := p.bid(victim, wb, 2000, 300_000)
	attB := p.bid(attacker, wb, 2000, 300_000)
	require.Less(t, attA.ID, vicA.ID)
	require.Less(t, vicB.ID, attB.ID)

	ca := p.clearWith(t, wa, []marketbook.Order{attA, vicA}, []marketbook.Order{askA})
	cb := p.clearWith(t, wb, []marketbook.Order{vicB, attB}, []marketbook.Order{askB})
	require.Equal(t, ca.Price, cb.Price)
	require.Equal(t, uint64(1500), ca.Fills[attA.ID], "attacker ahead")
	require.Equal(t, uint64(1500), ca.Fills[vicA.ID], "victim behind")
	require.Equal(t, uint64(1500), cb.Fills[attB.ID], "attacker behind")
	require.Equal(t, uint64(1500), cb.Fills[vicB.ID], "victim ahead")
	// The contract recorded the same: every order of both windows filled 1500 Wh.
	for _, id := range []uint64{attA.ID, vicA.ID, attB.ID, vicB.ID} {
		o, err := bind.Call(p.m.Contract, nil, p.m.ABI.PackOrderOf(id), p.m.ABI.UnpackOrderOf)
		require.NoError(t, err)
		require.Equal(t, uint64(1500), o.Filled, "order %d", id)
	}
}
