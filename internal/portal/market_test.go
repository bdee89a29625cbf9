package portal

import (
	"context"
	"fmt"
	"io"
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

	var book struct{ Orders []OrderView }
	require.Equal(t, http.StatusOK, s.do(http.MethodGet, "/v1/market/book", tok, nil, &book))
	require.Len(t, book.Orders, 3)
	require.Equal(t, OrderView{ID: ask, Side: "ask", MeterID: meter1, Maker: s.owner.Addr, Window: windowTime(window), KWh: "2.000",
		Price: book.Orders[0].Price, FilledKWh: "0.000", Status: "open"}, book.Orders[0])
	require.Equal(t, "0.2", book.Orders[0].Price[:3])

	m.WarpTo(window)
	_, err := m.SubmitClearing(window, 225_000, []bindings.EnergyMarketMatch{{AskId: ask, BidId: bid, Wh: 1_500}}, true)
	require.NoError(t, err)
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

// countingNode counts the log scans made through it.
type countingNode struct {
	bind.ContractBackend
	scans atomic.Int64
}

func (n *countingNode) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	n.scans.Add(1)
	return n.ContractBackend.FilterLogs(ctx, q)
}

func TestMarketReadOncePerBlock(t *testing.T) {
	s := newScene(t)
	m := s.e.Market()
	window := m.NextWindow(time.Hour)
	m.Ask(s.owner, meter1, window, 2_000, 200_000)
	node := &countingNode{ContractBackend: s.srv.cfg.Backend}
	cfg := s.srv.cfg
	cfg.Backend = node
	srv, err := New(context.Background(), cfg)
	require.NoError(t, err)
	s.srv, s.h = srv, srv.Handler()
	tok := s.login(s.third)

	var book struct{ Orders []OrderView }
	require.Equal(t, http.StatusOK, s.do(http.MethodGet, "/v1/market/book", tok, nil, &book))
	require.Len(t, book.Orders, 1)
	once := node.scans.Load()
	require.Positive(t, once)
	for range 5 {
		require.Equal(t, http.StatusOK, s.do(http.MethodGet, "/v1/market/book", tok, nil, &book))
		require.Equal(t, http.StatusOK, s.do(http.MethodGet, fmt.Sprintf("/v1/market/trades?window=%d", window), tok, nil, nil))
	}
	require.Equal(t, once, node.scans.Load(), "requests within one block share one read")

	m.Ask(s.owner, meter1, window, 1_000, 300_000) // a new block with a new order
	require.Equal(t, http.StatusOK, s.do(http.MethodGet, "/v1/market/book", tok, nil, &book))
	require.Len(t, book.Orders, 2, "a new block is read again")
	require.Equal(t, 2*once, node.scans.Load())
}
