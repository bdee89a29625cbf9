package portal

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"regexp"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/bindings"
	"github.com/meterchain/meterchain/internal/marketbook"
	"github.com/meterchain/meterchain/settlement/market"
)

func TestMarketBookAndTrades(t *testing.T) {
	s := newScene(t)
	m := s.e.Market()
	window := m.NextWindow(time.Hour)
	m.FundAndApprove(s.other, 100_000_000)
	ask := m.Ask(s.owner, meter1, window, 2_000, 200_000)  // 2 kWh at >= 0.20
	bid := m.Bid(s.other, meter2, window, 1_500, 250_000)  // 1.5 kWh at <= 0.25
	other := m.Bid(s.other, meter2, window, 1_000, 10_000) // too low: stays open
	tok := s.login(s.third)                                // the book is public: any signed-in caller
	s.sync()

	var book struct{ Orders []OrderView }
	require.Equal(t, http.StatusOK, s.do(http.MethodGet, "/v1/market/book", tok, nil, &book))
	require.Len(t, book.Orders, 3)
	require.Equal(t, OrderView{ID: ask, Side: "ask", MeterID: meter1, Maker: s.owner.Addr, Window: windowTime(window), KWh: "2.000",
		Price: book.Orders[0].Price, FilledKWh: "0.000", Status: "open"}, book.Orders[0])
	require.Equal(t, "0.2", book.Orders[0].Price[:3])

	m.WarpTo(window)
	_, err := m.SubmitClearing(window, 225_000, []bindings.EnergyMarketMatch{{AskId: ask, BidId: bid, Wh: 1_500}}, true)
	require.NoError(t, err)
	s.sync()
	var trades struct{ Trades []TradeView }
	require.Equal(t, http.StatusOK, s.do(http.MethodGet, fmt.Sprintf("/v1/market/trades?window=%d", window), tok, nil, &trades))
	require.Len(t, trades.Trades, 1)
	tr := trades.Trades[0]
	require.Equal(t, [4]uint64{ask, bid, meter1, meter2}, [4]uint64{tr.AskID, tr.BidID, tr.SellerMeter, tr.BuyerMeter})
	require.Equal(t, "1.500", tr.KWh)
	require.False(t, tr.Settled)
	require.Equal(t, http.StatusOK, s.do(http.MethodGet, "/v1/market/book", tok, nil, &book))
	require.Equal(t, other, book.Orders[len(book.Orders)-1].ID, "the unmatched bid is still open")

	// The meter's page lists its order and trade.
	srv := httptest.NewServer(s.h)
	defer srv.Close()
	var link struct{ Path string }
	require.Equal(t, http.StatusOK, s.do(http.MethodPost, "/v1/auth/link", s.login(s.owner), nil, &link))
	resp := openLink(t, newBrowser(t), srv.URL+link.Path+"&next=/ui/meters/352522395")
	defer resp.Body.Close()
	require.Equal(t, http.StatusOK, resp.StatusCode)
	raw, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	page := string(raw)
	require.Regexp(t, regexp.MustCompile(fmt.Sprintf(`<td>%d</td><td>ask</td>`, ask)), page)
	require.Contains(t, page, `id="trades"`)
}

// countingNode counts the log scans and contract calls made through it.
type countingNode struct {
	bind.ContractBackend
	scans, calls atomic.Int64
}

func (n *countingNode) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	n.scans.Add(1)
	return n.ContractBackend.FilterLogs(ctx, q)
}

func (n *countingNode) CallContract(ctx context.Context, call ethereum.CallMsg, block *big.Int) ([]byte, error) {
	n.calls.Add(1)
	return n.ContractBackend.CallContract(ctx, call, block)
}

// TestMarketReadsTheIndexNotTheChain: however many orders the book holds and however often it
// is asked, the market endpoints and the meter page scan no logs and call nothing on chain per
// order: they read the settlement index (an outsider hammering /v1/market/book costs a SQLite
// query, never RPC). The index derives fills and statuses as the contract keeps them.
func TestMarketReadsTheIndexNotTheChain(t *testing.T) {
	s := newScene(t)
	m := s.e.Market()
	window := m.NextWindow(time.Hour)
	m.FundAndApprove(s.other, 100_000_000)
	const asks = 12
	var first uint64
	for i := range asks {
		id := m.Ask(s.owner, meter1, window, 1_000, uint64(200_000+i))
		if i == 0 {
			first = id
		}
	}
	bid := m.Bid(s.other, meter2, window, 1_500, 250_000)
	cancelled := m.Ask(s.owner, meter1, window, 500, 900_000)
	s.e.MustSend(s.owner, m.Contract, m.ABI.PackCancel(cancelled))
	idx := market.NewIndex(s.svc.DB())
	s.sync()
	requireIndexIsChain(t, s, idx)
	m.WarpTo(window)
	_, err := m.SubmitClearing(window, 225_000, []bindings.EnergyMarketMatch{{AskId: first, BidId: bid, Wh: 1_000}}, true)
	require.NoError(t, err)
	s.sync()
	requireIndexIsChain(t, s, idx)
	node := &countingNode{ContractBackend: s.srv.cfg.Backend}
	cfg := s.srv.cfg
	cfg.Backend = node
	srv, err := New(context.Background(), cfg)
	require.NoError(t, err)
	s.srv, s.h = srv, srv.Handler()
	tok := s.login(s.owner)
	scans, calls := node.scans.Load(), node.calls.Load()

	var book struct{ Orders []OrderView }
	for range 5 {
		require.Equal(t, http.StatusOK, s.do(http.MethodGet, "/v1/market/book?all=true", tok, nil, &book))
		require.Equal(t, http.StatusOK, s.do(http.MethodGet, fmt.Sprintf("/v1/market/trades?window=%d", window), tok, nil, nil))
	}
	require.Len(t, book.Orders, asks+2)
	byID := map[uint64]OrderView{}
	for _, o := range book.Orders {
		byID[o.ID] = o
	}
	require.Equal(t, "1.000", byID[first].FilledKWh)
	require.Equal(t, "1.000", byID[bid].FilledKWh)
	require.Equal(t, "open", byID[bid].Status, "a matched bid is released only by its first settled trade")
	require.Equal(t, "cancelled", byID[cancelled].Status)
	require.Equal(t, "open", byID[first+1].Status)
	require.Equal(t, http.StatusOK, s.do(http.MethodGet, "/v1/market/book", tok, nil, &book))
	require.Len(t, book.Orders, asks+1, "the cancelled order is not in the open book")
	require.Equal(t, scans, node.scans.Load(), "no log scans")
	require.Equal(t, calls, node.calls.Load(), "no contract calls")

	// Settled past its grace without readings (nothing delivered): the bid is released.
	grace, err := bind.Call(m.Contract, nil, m.ABI.PackSETTLEGRACE(), m.ABI.UnpackSETTLEGRACE)
	require.NoError(t, err)
	m.WarpTo(window + m.WindowLen + grace)
	trade := m.Settled(s.e.MustSend(s.third, m.Contract, m.ABI.PackSettle(1)))
	require.Len(t, trade, 1)
	s.sync()
	requireIndexIsChain(t, s, idx)
	require.Equal(t, http.StatusOK, s.do(http.MethodGet, "/v1/market/book?all=true", tok, nil, &book))
	for _, o := range book.Orders {
		byID[o.ID] = o
	}
	require.Equal(t, "released", byID[bid].Status)
	var trades struct{ Trades []TradeView }
	require.Equal(t, http.StatusOK, s.do(http.MethodGet, "/v1/market/trades", tok, nil, &trades))
	require.Len(t, trades.Trades, 1)
	require.True(t, trades.Trades[0].Settled)
	require.Equal(t, "0.000", trades.Trades[0].DeliveredKWh)
}

// requireIndexIsChain: the index's orders and trades, fills, statuses and settlements are what
// the chain says (the events and orderOf, read the slow way).
func requireIndexIsChain(t *testing.T, s *scene, idx *market.Index) {
	t.Helper()
	ctx := context.Background()
	d := s.e.Deployment
	chainBook, err := marketbook.ReadBook(ctx, s.e.Client, d.EnergyMarket, d.Block, 0)
	require.NoError(t, err)
	book, err := idx.Orders(ctx, marketbook.Query{})
	require.NoError(t, err)
	require.Len(t, book, len(chainBook))
	for i := range book {
		chainBook[i].Escrow = nil // not indexed
		require.Equal(t, chainBook[i], book[i], "order %d", chainBook[i].ID)
	}
	chainTrades, err := marketbook.ReadTrades(ctx, s.e.Client, d.EnergyMarket, d.Block, 0)
	require.NoError(t, err)
	trades, err := idx.Trades(ctx, marketbook.Query{})
	require.NoError(t, err)
	require.Len(t, trades, len(chainTrades))
	for i := range trades {
		want, got := chainTrades[i], trades[i].Trade
		if want.Settled && got.Settled { // equal amounts, compared as numbers
			require.Equal(t, want.Paid.String()+"/"+want.Refund.String(), got.Paid.String()+"/"+got.Refund.String(), "trade %d", want.ID)
			want.Paid, want.Refund, got.Paid, got.Refund = nil, nil, nil, nil
		}
		require.Equal(t, want, got, "trade %d", want.ID)
	}
}
