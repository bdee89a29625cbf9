package market

import (
	"context"
	"database/sql"
	"fmt"
	"math/big"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/meterchain/meterchain/internal/marketbook"
)

// MaxRows bounds one read of the index, whatever the query asks: a caller that wants more pages
// by window or meter.
const MaxRows = 1000

// Index reads the book and the trades the follower indexed, so the REST API and the web UI
// answer from the database instead of scanning the market's logs and calling orderOf per order.
// An order's fill and status are derived from its events the way the contract keeps them: filled
// is the sum of its trades, a cancelled order has its OrderCancelled, and a bid is released by
// its first settled trade (EnergyMarket._settle). It is as deep as the follower's confirmations.
type Index struct{ db *sql.DB }

// NewIndex reads the market tables of db (Schema).
func NewIndex(db *sql.DB) *Index { return &Index{db: db} }

func limitOf(q marketbook.Query) int {
	if q.Limit <= 0 || q.Limit > MaxRows {
		return MaxRows
	}
	return q.Limit
}

// Orders returns the orders q selects, in id order.
func (x *Index) Orders(ctx context.Context, q marketbook.Query) ([]marketbook.BookOrder, error) {
	var where []string
	var args []any
	if q.Window != 0 {
		where, args = append(where, "o.win = ?"), append(args, q.Window)
	}
	if q.MeterID != 0 {
		where, args = append(where, "o.meter_id = ?"), append(args, q.MeterID)
	}
	const cancelled = `EXISTS (SELECT 1 FROM market_cancels c WHERE c.order_id = o.order_id)`
	const released = `(o.bid = 1 AND EXISTS (SELECT 1 FROM market_trades t JOIN market_settled s ON s.trade_id = t.trade_id
		WHERE t.bid_id = o.order_id))`
	if q.OpenOnly {
		where = append(where, "NOT "+cancelled, "NOT "+released)
	}
	query := `SELECT o.order_id, o.bid, o.maker, o.meter_id, o.win, o.wh, o.price,
		(SELECT COALESCE(SUM(t.wh), 0) FROM market_trades t WHERE t.ask_id = o.order_id OR t.bid_id = o.order_id),
		` + cancelled + `, ` + released + ` FROM market_orders o`
	if len(where) > 0 {
		query += " WHERE " + strings.Join(where, " AND ")
	}
	rows, err := x.db.QueryContext(ctx, query+" ORDER BY o.order_id DESC LIMIT ?", append(args, limitOf(q))...)
	if err != nil {
		return nil, fmt.Errorf("market orders: %w", err)
	}
	defer rows.Close()
	var out []marketbook.BookOrder
	for rows.Next() {
		var o marketbook.BookOrder
		var maker string
		var isCancelled, isReleased bool
		if err := rows.Scan(&o.ID, &o.Bid, &maker, &o.MeterID, &o.Window, &o.Wh, &o.Price, &o.Filled, &isCancelled, &isReleased); err != nil {
			return nil, fmt.Errorf("market orders: %w", err)
		}
		o.Maker = common.HexToAddress(maker)
		switch {
		case isCancelled:
			o.Status = marketbook.StatusCancelled
		case isReleased:
			o.Status = marketbook.StatusReleased
		}
		out = append(out, o)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("market orders: %w", err)
	}
	slices.Reverse(out)
	return out, nil
}

// Trades returns the trades q selects (OpenOnly does not apply), in id order, with their
// settlement once settled.
func (x *Index) Trades(ctx context.Context, q marketbook.Query) ([]marketbook.MeterTrade, error) {
	var where []string
	var args []any
	if q.Window != 0 {
		where, args = append(where, "t.win = ?"), append(args, q.Window)
	}
	if q.MeterID != 0 {
		where, args = append(where, "(a.meter_id = ? OR b.meter_id = ?)"), append(args, q.MeterID, q.MeterID)
	}
	query := `SELECT t.trade_id, t.win, t.ask_id, t.bid_id, t.wh, t.price, a.meter_id, b.meter_id,
		s.delivered_wh, s.paid, s.refund
		FROM market_trades t JOIN market_orders a ON a.order_id = t.ask_id JOIN market_orders b ON b.order_id = t.bid_id
		LEFT JOIN market_settled s ON s.trade_id = t.trade_id`
	if len(where) > 0 {
		query += " WHERE " + strings.Join(where, " AND ")
	}
	rows, err := x.db.QueryContext(ctx, query+" ORDER BY t.trade_id DESC LIMIT ?", append(args, limitOf(q))...)
	if err != nil {
		return nil, fmt.Errorf("market trades: %w", err)
	}
	defer rows.Close()
	var out []marketbook.MeterTrade
	for rows.Next() {
		var t marketbook.MeterTrade
		var delivered sql.NullInt64
		var paid, refund sql.NullString
		if err := rows.Scan(&t.ID, &t.Window, &t.AskID, &t.BidID, &t.Wh, &t.Price, &t.SellerMeter, &t.BuyerMeter,
			&delivered, &paid, &refund); err != nil {
			return nil, fmt.Errorf("market trades: %w", err)
		}
		if delivered.Valid {
			t.Settled, t.DeliveredWh = true, uint64(delivered.Int64)
			var ok1, ok2 bool
			t.Paid, ok1 = new(big.Int).SetString(paid.String, 10)
			t.Refund, ok2 = new(big.Int).SetString(refund.String, 10)
			if !ok1 || !ok2 {
				return nil, fmt.Errorf("market trades: trade %d: amounts %q and %q are not integers", t.ID, paid.String, refund.String)
			}
		}
		out = append(out, t)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("market trades: %w", err)
	}
	slices.Reverse(out)
	return out, nil
}
