package portal

import (
	"context"
	"fmt"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gin-gonic/gin"

	"github.com/meterchain/meterchain/internal/marketbook"
)

// OrderView is a P2P market order (EnergyMarket events and orderOf).
type OrderView struct {
	ID        uint64         `json:"id"`
	Side      string         `json:"side"` // ask | bid
	MeterID   uint64         `json:"meterId"`
	Maker     common.Address `json:"maker"`
	Window    string         `json:"window"` // start, RFC 3339
	KWh       string         `json:"kWh"`
	Price     string         `json:"pricePerKWh"` // ask: minimum, bid: maximum
	FilledKWh string         `json:"filledKWh"`
	Status    string         `json:"status"` // open | cancelled | released
}

// TradeView is a matched trade and, once settled, its metered outcome.
type TradeView struct {
	ID           uint64 `json:"id"`
	Window       string `json:"window"`
	AskID        uint64 `json:"askId"`
	BidID        uint64 `json:"bidId"`
	SellerMeter  uint64 `json:"sellerMeter"`
	BuyerMeter   uint64 `json:"buyerMeter"`
	KWh          string `json:"kWh"`
	Price        string `json:"pricePerKWh"`
	Settled      bool   `json:"settled"`
	DeliveredKWh string `json:"deliveredKWh,omitempty"`
	Paid         string `json:"paidToSeller,omitempty"`
	Refund       string `json:"refundToBuyer,omitempty"`
}

func windowTime(w uint64) string { return time.Unix(int64(w), 0).UTC().Format(time.RFC3339) }

// Market reads the book and trades from the EnergyMarket's events (the market's own read helpers),
// window 0 meaning every window. The book and the trades are public on chain. They are read once
// per block (a log scan and one call per order) and shared by every request until the next.
func (s *Server) Market(ctx context.Context, window uint64) ([]OrderView, []TradeView, error) {
	orders, trades, err := s.market.at(ctx, s)
	if err != nil || window == 0 {
		return orders, trades, err
	}
	w := windowTime(window)
	var inOrders []OrderView
	var inTrades []TradeView
	for _, o := range orders {
		if o.Window == w {
			inOrders = append(inOrders, o)
		}
	}
	for _, t := range trades {
		if t.Window == w {
			inTrades = append(inTrades, t)
		}
	}
	return inOrders, inTrades, nil
}

// marketCache is the market as read at one head block. Its lock also makes concurrent requests
// of a new block wait for one read instead of each scanning.
type marketCache struct {
	mu     sync.Mutex
	head   common.Hash
	orders []OrderView
	trades []TradeView
}

func (m *marketCache) at(ctx context.Context, s *Server) ([]OrderView, []TradeView, error) {
	h, err := s.cfg.Backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("head block: %w", err)
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if h.Hash() != m.head {
		orders, trades, err := s.readMarket(ctx)
		if err != nil {
			return nil, nil, err
		}
		m.head, m.orders, m.trades = h.Hash(), orders, trades
	}
	return m.orders, m.trades, nil
}

// readMarket reads every window's book and trades from the chain.
func (s *Server) readMarket(ctx context.Context) ([]OrderView, []TradeView, error) {
	d := s.cfg.Deployment
	book, err := marketbook.ReadBook(ctx, s.cfg.Backend, d.EnergyMarket, d.Block, 0)
	if err != nil {
		return nil, nil, err
	}
	trades, err := marketbook.ReadTrades(ctx, s.cfg.Backend, d.EnergyMarket, d.Block, 0)
	if err != nil {
		return nil, nil, err
	}
	meterOf := map[uint64]uint64{}
	orders := make([]OrderView, len(book))
	for i, o := range book {
		side := "ask"
		if o.Bid {
			side = "bid"
		}
		status := map[uint8]string{marketbook.StatusOpen: "open", marketbook.StatusCancelled: "cancelled", marketbook.StatusReleased: "released"}[o.Status]
		orders[i] = OrderView{ID: o.ID, Side: side, MeterID: o.MeterID, Maker: o.Maker, Window: windowTime(o.Window), KWh: kWh(o.Wh),
			Price: marketbook.FormatPrice(o.Price), FilledKWh: kWh(o.Filled), Status: status}
		meterOf[o.ID] = o.MeterID
	}
	out := make([]TradeView, len(trades))
	for i, t := range trades {
		v := TradeView{ID: t.ID, Window: windowTime(t.Window), AskID: t.AskID, BidID: t.BidID, SellerMeter: meterOf[t.AskID],
			BuyerMeter: meterOf[t.BidID], KWh: kWh(t.Wh), Price: marketbook.FormatPrice(t.Price), Settled: t.Settled}
		if t.Settled {
			v.DeliveredKWh, v.Paid, v.Refund = kWh(t.DeliveredWh), s.money(t.Paid), s.money(t.Refund)
		}
		out[i] = v
	}
	return orders, out, nil
}

// marketQuery reads ?window= (0: all) and requires a signed-in caller and a deployed market.
func (s *Server) marketQuery(c *gin.Context) (uint64, bool) {
	if _, ok := s.mustCaller(c); !ok {
		return 0, false
	}
	if s.cfg.Deployment.EnergyMarket == (common.Address{}) {
		fail(c, &apiError{Status: http.StatusNotFound, Code: "no_market", Message: "this deployment has no EnergyMarket"})
		return 0, false
	}
	w, err := parseTime(c.Query("window"))
	if err != nil {
		fail(c, errBadRequest(err.Error()))
		return 0, false
	}
	return w, true
}

// getMarketBook: GET /v1/market/book?window=&all=, the open orders (all=true: every order).
func (s *Server) getMarketBook(c *gin.Context) {
	w, ok := s.marketQuery(c)
	if !ok {
		return
	}
	orders, _, err := s.Market(c.Request.Context(), w)
	if err != nil {
		fail(c, s.errInternal("read the market", err))
		return
	}
	all, _ := strconv.ParseBool(c.Query("all"))
	out := []OrderView{}
	for _, o := range orders {
		if all || o.Status == "open" {
			out = append(out, o)
		}
	}
	c.JSON(http.StatusOK, gin.H{"orders": out})
}

// getMarketTrades: GET /v1/market/trades?window=, matched trades and their settlement.
func (s *Server) getMarketTrades(c *gin.Context) {
	w, ok := s.marketQuery(c)
	if !ok {
		return
	}
	_, trades, err := s.Market(c.Request.Context(), w)
	if err != nil {
		fail(c, s.errInternal("read the market", err))
		return
	}
	c.JSON(http.StatusOK, gin.H{"trades": trades})
}
