package portal

import (
	"context"
	"net/http"
	"strconv"
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

// Market reads orders and trades from the settlement service's market index (public on chain;
// the index keeps them reorg-safe), so no request scans logs or calls the chain per order.
func (s *Server) Market(ctx context.Context, q marketbook.Query) ([]OrderView, []TradeView, error) {
	orders, err := s.cfg.Market.Orders(ctx, q)
	if err != nil {
		return nil, nil, err
	}
	q.OpenOnly = false
	trades, err := s.cfg.Market.Trades(ctx, q)
	if err != nil {
		return nil, nil, err
	}
	return s.orderViews(orders), s.tradeViews(trades), nil
}

func (s *Server) orderViews(book []marketbook.BookOrder) []OrderView {
	out := make([]OrderView, len(book))
	for i, o := range book {
		side := "ask"
		if o.Bid {
			side = "bid"
		}
		out[i] = OrderView{ID: o.ID, Side: side, MeterID: o.MeterID, Maker: o.Maker, Window: windowTime(o.Window), KWh: kWh(o.Wh),
			Price: marketbook.FormatPrice(o.Price), FilledKWh: kWh(o.Filled), Status: marketbook.StatusName(o.Status)}
	}
	return out
}

func (s *Server) tradeViews(trades []marketbook.MeterTrade) []TradeView {
	out := make([]TradeView, len(trades))
	for i, t := range trades {
		v := TradeView{ID: t.ID, Window: windowTime(t.Window), AskID: t.AskID, BidID: t.BidID, SellerMeter: t.SellerMeter,
			BuyerMeter: t.BuyerMeter, KWh: kWh(t.Wh), Price: marketbook.FormatPrice(t.Price), Settled: t.Settled}
		if t.Settled {
			v.DeliveredKWh, v.Paid, v.Refund = kWh(t.DeliveredWh), s.money(t.Paid), s.money(t.Refund)
		}
		out[i] = v
	}
	return out
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
	all, _ := strconv.ParseBool(c.Query("all"))
	orders, err := s.cfg.Market.Orders(c.Request.Context(), marketbook.Query{Window: w, OpenOnly: !all})
	if err != nil {
		fail(c, s.errInternal("read the market", err))
		return
	}
	c.JSON(http.StatusOK, gin.H{"orders": s.orderViews(orders)})
}

// getMarketTrades: GET /v1/market/trades?window=, matched trades and their settlement.
func (s *Server) getMarketTrades(c *gin.Context) {
	w, ok := s.marketQuery(c)
	if !ok {
		return
	}
	trades, err := s.cfg.Market.Trades(c.Request.Context(), marketbook.Query{Window: w})
	if err != nil {
		fail(c, s.errInternal("read the market", err))
		return
	}
	c.JSON(http.StatusOK, gin.H{"trades": s.tradeViews(trades)})
}
