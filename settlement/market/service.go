package market

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/meterchain/meterchain/bindings"
	"github.com/meterchain/meterchain/bindings/anchoredboundaries"
	"github.com/meterchain/meterchain/deploy"
	"github.com/meterchain/meterchain/internal/marketbook"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/settlement"
	"github.com/meterchain/meterchain/settlement/follower"
	"github.com/meterchain/meterchain/settlement/sends"
)

// Schema of the market's index (chain-derived rows carry `block`, so a reorg deletes them). What
// the automation sends is in the service's send ledger (settlement/sends).
const Schema = `
CREATE TABLE IF NOT EXISTS market_orders (
	order_id INTEGER PRIMARY KEY, bid INTEGER NOT NULL, maker TEXT NOT NULL, meter_id INTEGER NOT NULL,
	win INTEGER NOT NULL, wh INTEGER NOT NULL, price INTEGER NOT NULL, block INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS market_orders_by_win ON market_orders(win);
CREATE INDEX IF NOT EXISTS market_orders_by_meter ON market_orders(meter_id);
CREATE TABLE IF NOT EXISTS market_cancels (order_id INTEGER PRIMARY KEY, block INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS market_trades (
	trade_id INTEGER PRIMARY KEY, win INTEGER NOT NULL, ask_id INTEGER NOT NULL, bid_id INTEGER NOT NULL,
	wh INTEGER NOT NULL, price INTEGER NOT NULL, block INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS market_trades_by_win ON market_trades(win);
CREATE INDEX IF NOT EXISTS market_trades_by_ask ON market_trades(ask_id);
CREATE INDEX IF NOT EXISTS market_trades_by_bid ON market_trades(bid_id);
CREATE TABLE IF NOT EXISTS market_cleared (win INTEGER PRIMARY KEY, price INTEGER NOT NULL, block INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS market_settled (
	trade_id INTEGER PRIMARY KEY, delivered_wh INTEGER NOT NULL, paid TEXT NOT NULL, refund TEXT NOT NULL, block INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS market_recorded (meter_id INTEGER NOT NULL, ts INTEGER NOT NULL, block INTEGER NOT NULL, PRIMARY KEY (meter_id, ts));
CREATE TABLE IF NOT EXISTS market_readings (
	meter_id INTEGER NOT NULL, ts INTEGER NOT NULL, seq INTEGER NOT NULL, tx_hash TEXT NOT NULL, block INTEGER NOT NULL,
	PRIMARY KEY (meter_id, ts));
` + anchoredSchema

// Per-transaction sizes: well under EIP-7825's 2^24 gas and geth's 128 KiB.
const (
	MatchesPerTx  = 250
	SettlesPerTx  = 120
	ReadingsPerTx = 300
)

// The market's work in the send ledger: clearing a window (key: the window start), cancelling an
// unmatched bid (key: the order id), proving a boundary reading from a final anchored batch and
// recording it (key "meterId:timestamp") and settling a trade (key: the trade id).
const (
	kindClear   sends.Kind = "clear"
	kindRelease sends.Kind = "release"
	kindProve   sends.Kind = "prove-boundary"
	kindRecord  sends.Kind = "record"
	kindSettle  sends.Kind = "settle"
)

// Backend is the node access the automation needs.
type Backend interface {
	settlement.Backend
	ethereum.ContractCaller
	TransactionByHash(ctx context.Context, hash common.Hash) (*types.Transaction, bool, error)
}

// Automation clears each window once its book has closed and settles trades once their readings
// are on the ledger, through the settlement service's follower (what is known) and send ledger
// (what is sent). Everything it decides is derived from the index, so a restart or a
// reorg only makes it send again what the chain does not show.
type Automation struct {
	svc        *settlement.Service
	b          Backend
	db         *sql.DB
	ledger     *sends.Ledger // nil without a key
	log        *slog.Logger
	market     common.Address
	ledgerAddr common.Address
	abi        *bindings.EnergyMarket
	windowLen  uint64
	grace      uint64
	ledgerABI  *abi.ABI // verified deployments
	anchored   *anchoredBoundaries
}

// Attach registers the market's events (and the ledger readings it needs) with the service's
// follower and adds the clearing/settling job. Call before the service starts. Without a key the
// service only indexes the market.
func Attach(ctx context.Context, svc *settlement.Service, b Backend, d *deploy.Deployment) (*Automation, error) {
	if d.EnergyMarket == (common.Address{}) {
		return nil, errors.New("market: the deployment has no EnergyMarket (redeploy)")
	}
	if _, err := svc.DB().ExecContext(ctx, Schema); err != nil {
		return nil, fmt.Errorf("market schema: %w", err)
	}
	a := &Automation{svc: svc, b: b, db: svc.DB(), ledger: svc.Sends(), log: svc.Log().With("component", "market"),
		market: d.EnergyMarket, ledgerAddr: d.ReadingLedger, abi: bindings.NewEnergyMarket()}
	var err error
	if a.windowLen, err = callUint64(ctx, b, a.market, a.abi.PackWINDOW(), a.abi.UnpackWINDOW); err != nil {
		return nil, fmt.Errorf("market window length: %w", err)
	}
	if a.grace, err = callUint64(ctx, b, a.market, a.abi.PackSETTLEGRACE(), a.abi.UnpackSETTLEGRACE); err != nil {
		return nil, fmt.Errorf("market settle grace: %w", err)
	}
	if err := svc.Register(a.marketContract()); err != nil {
		return nil, err
	}
	if d.Anchored() {
		a.anchored = &anchoredBoundaries{addr: d.AnchoredBoundaries, abi: anchoredboundaries.NewAnchoredBoundaries()}
		if err := svc.Register(a.provenContract()); err != nil {
			return nil, err
		}
		svc.OnFinalBatch(a.finalReadings)
	} else {
		if a.ledgerABI, err = bindings.ReadingLedgerMetaData.ParseABI(); err != nil {
			return nil, err
		}
		if err := svc.Register(a.readingsContract()); err != nil {
			return nil, err
		}
	}
	svc.HoldBills(a.unsettledBuyers)
	if a.ledger != nil {
		svc.AddJob(settlement.Job{Name: "market", Run: a.Run})
	}
	return a, nil
}

// unsettledBuyers is the bill hold: a bill subtracts the P2P import settled in its period
// (windows attributed like readings, by their end), so a buyer's bill waits until the trades of
// windows ending in that period settled, or the month's last windows would be billed at the
// tariff too.
func (a *Automation) unsettledBuyers(ctx context.Context, period uint32) (map[uint64]bool, error) {
	// Windows whose end e has PeriodOf(e) == period: e-1 in [start, next), so win in
	// [start+1-windowLen, next+1-windowLen).
	start := time.Date(int(period/100), time.Month(period%100), 1, 0, 0, 0, 0, time.UTC)
	from := start.Unix() + 1 - int64(a.windowLen)
	to := start.AddDate(0, 1, 0).Unix() + 1 - int64(a.windowLen)
	rows, err := a.db.QueryContext(ctx, `SELECT DISTINCT b.meter_id FROM market_trades t JOIN market_orders b ON b.order_id = t.bid_id
		WHERE t.win >= ? AND t.win < ? AND NOT EXISTS (SELECT 1 FROM market_settled s WHERE s.trade_id = t.trade_id)`, from, to)
	if err != nil {
		return nil, fmt.Errorf("unsettled trades of period %d: %w", period, err)
	}
	defer rows.Close()
	held := map[uint64]bool{}
	for rows.Next() {
		var m uint64
		if err := rows.Scan(&m); err != nil {
			return nil, err
		}
		held[m] = true
	}
	return held, rows.Err()
}

func callUint64(ctx context.Context, b Backend, to common.Address, data []byte, unpack func([]byte) (uint64, error)) (uint64, error) {
	out, err := b.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		return 0, err
	}
	return unpack(out)
}

func (a *Automation) marketContract() follower.Contract {
	m := a.abi
	return follower.Contract{
		Name: "EnergyMarket", Address: a.market, ABI: m.GetABI(),
		Events: map[string]follower.HandleFunc{
			"AskPlaced": func(tx *sql.Tx, l types.Log) error {
				ev, err := m.UnpackAskPlacedEvent(&l)
				if err != nil {
					return err
				}
				_, err = tx.Exec(`INSERT OR IGNORE INTO market_orders VALUES(?,0,?,?,?,?,?,?)`, ev.OrderId, ev.Maker.Hex(), ev.MeterId, ev.Window, ev.Wh, ev.MinPrice, l.BlockNumber)
				return err
			},
			"BidPlaced": func(tx *sql.Tx, l types.Log) error {
				ev, err := m.UnpackBidPlacedEvent(&l)
				if err != nil {
					return err
				}
				_, err = tx.Exec(`INSERT OR IGNORE INTO market_orders VALUES(?,1,?,?,?,?,?,?)`, ev.OrderId, ev.Maker.Hex(), ev.MeterId, ev.Window, ev.Wh, ev.MaxPrice, l.BlockNumber)
				return err
			},
			"OrderCancelled": func(tx *sql.Tx, l types.Log) error {
				ev, err := m.UnpackOrderCancelledEvent(&l)
				if err != nil {
					return err
				}
				_, err = tx.Exec(`INSERT OR IGNORE INTO market_cancels VALUES(?,?)`, ev.OrderId, l.BlockNumber)
				return err
			},
			"TradeMatched": func(tx *sql.Tx, l types.Log) error {
				ev, err := m.UnpackTradeMatchedEvent(&l)
				if err != nil {
					return err
				}
				_, err = tx.Exec(`INSERT OR IGNORE INTO market_trades VALUES(?,?,?,?,?,?,?)`, ev.TradeId, ev.Window, ev.AskId, ev.BidId, ev.Wh, ev.Price, l.BlockNumber)
				return err
			},
			"WindowCleared": func(tx *sql.Tx, l types.Log) error {
				ev, err := m.UnpackWindowClearedEvent(&l)
				if err != nil {
					return err
				}
				_, err = tx.Exec(`INSERT OR IGNORE INTO market_cleared VALUES(?,?,?)`, ev.Window, ev.Price, l.BlockNumber)
				return err
			},
			"TradeSettled": func(tx *sql.Tx, l types.Log) error {
				ev, err := m.UnpackTradeSettledEvent(&l)
				if err != nil {
					return err
				}
				_, err = tx.Exec(`INSERT OR IGNORE INTO market_settled VALUES(?,?,?,?,?)`, ev.TradeId, ev.DeliveredWh, ev.PaidToSeller.String(), ev.RefundToBuyer.String(), l.BlockNumber)
				return err
			},
			"ReadingRecorded": func(tx *sql.Tx, l types.Log) error {
				ev, err := m.UnpackReadingRecordedEvent(&l)
				if err != nil {
					return err
				}
				_, err = tx.Exec(`INSERT OR IGNORE INTO market_recorded VALUES(?,?,?)`, ev.MeterId, ev.Timestamp, l.BlockNumber)
				return err
			},
		},
		Tables: []string{"market_orders", "market_cancels", "market_trades", "market_cleared", "market_settled", "market_recorded"},
	}
}

// readingsContract remembers where the ledger accepted a boundary reading of a meter that has
// an order for a window starting or ending there: the settler later forwards that reading's
// meter-signed record from the ledger transaction's calldata.
func (a *Automation) readingsContract() follower.Contract {
	ledger := bindings.NewReadingLedger()
	wl := a.windowLen
	return follower.Contract{
		Name: "EnergyMarket readings", Address: a.ledgerAddr, ABI: ledger.GetABI(),
		Events: map[string]follower.HandleFunc{
			"ReadingAccepted": func(tx *sql.Tx, l types.Log) error {
				ev, err := ledger.UnpackReadingAcceptedEvent(&l)
				if err != nil {
					return err
				}
				if ev.Timestamp%wl != 0 {
					return nil
				}
				_, err = tx.Exec(`INSERT OR IGNORE INTO market_readings(meter_id, ts, seq, tx_hash, block)
					SELECT ?,?,?,?,? WHERE EXISTS (SELECT 1 FROM market_orders WHERE meter_id = ? AND (win = ? OR win = ?))`,
					ev.MeterId, ev.Timestamp, ev.Seq, l.TxHash.Hex(), l.BlockNumber, ev.MeterId, ev.Timestamp, int64(ev.Timestamp)-int64(wl))
				return err
			},
		},
		Tables: []string{"market_readings"},
	}
}

// Run is one round of the job: finish waiting for what was sent, clear the windows whose book
// closed, pay back bids the clearing left unmatched, record the readings trades need, settle the
// trades that can be.
func (a *Automation) Run(ctx context.Context) error {
	if err := a.ledger.AwaitReceipts(ctx); err != nil {
		return err
	}
	head, err := a.b.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("read head: %w", err)
	}
	c, _, err := a.svc.Follower().Cursor(ctx)
	if err != nil {
		return err
	}
	indexed, err := a.b.HeaderByNumber(ctx, new(big.Int).SetUint64(c.Number))
	if err != nil {
		return fmt.Errorf("read indexed block %d: %w", c.Number, err)
	}
	if err := a.clear(ctx, head.Time, indexed.Time, c.Number); err != nil {
		return fmt.Errorf("clear: %w", err)
	}
	if err := a.release(ctx, c.Number); err != nil {
		return fmt.Errorf("release unmatched bids: %w", err)
	}
	if err := a.record(ctx, head.Time, c.Number); err != nil {
		return fmt.Errorf("record readings: %w", err)
	}
	if err := a.settle(ctx, head.Time, c.Number); err != nil {
		return fmt.Errorf("settle: %w", err)
	}
	return a.ledger.AwaitReceipts(ctx)
}

// clear clears every window whose book has closed (the index has a block at or after the
// window's start, so it holds the whole frozen book) and whose clearing is still open on chain.
func (a *Automation) clear(ctx context.Context, headTime, indexedTime, cursor uint64) error {
	rows, err := a.db.QueryContext(ctx, `SELECT DISTINCT win FROM market_orders o WHERE win <= ? AND win + ? > ?
		AND NOT EXISTS (SELECT 1 FROM market_cleared c WHERE c.win = o.win) ORDER BY win`, indexedTime, a.windowLen, headTime+2)
	if err != nil {
		return err
	}
	var windows []uint64
	for rows.Next() {
		var w uint64
		if err := rows.Scan(&w); err != nil {
			rows.Close()
			return err
		}
		windows = append(windows, w)
	}
	rows.Close()
	for _, w := range windows {
		key := strconv.FormatUint(w, 10)
		if b, err := a.ledger.Busy(ctx, kindClear, key, cursor); err != nil || b {
			if err != nil {
				return err
			}
			continue
		}
		if err := a.clearWindow(ctx, w, key); err != nil {
			return fmt.Errorf("window %d: %w", w, err)
		}
	}
	return nil
}

func (a *Automation) clearWindow(ctx context.Context, w uint64, key string) error {
	bids, asks, err := a.book(ctx, w)
	if err != nil {
		return err
	}
	c, err := Clear(bids, asks)
	if err != nil {
		return err
	}
	// Matches already on chain (an earlier round's chunks) are not sent again: the book is frozen,
	// so the clearing is the same every time.
	done := map[[2]uint64]uint64{}
	trows, err := a.db.QueryContext(ctx, `SELECT ask_id, bid_id, wh FROM market_trades WHERE win = ?`, w)
	if err != nil {
		return err
	}
	for trows.Next() {
		var ask, bid, wh uint64
		if err := trows.Scan(&ask, &bid, &wh); err != nil {
			trows.Close()
			return err
		}
		done[[2]uint64{ask, bid}] += wh
	}
	trows.Close()
	var todo []bindings.EnergyMarketMatch
	for _, m := range c.Matches {
		k := [2]uint64{m.AskID, m.BidID}
		wh := m.Wh
		took := min(done[k], wh)
		done[k] -= took
		if wh -= took; wh > 0 {
			todo = append(todo, bindings.EnergyMarketMatch{AskId: m.AskID, BidId: m.BidID, Wh: wh})
		}
	}
	price := max(c.Price, 1) // an empty clearing still needs a price; nothing trades at it
	for {
		n := min(len(todo), MatchesPerTx)
		last := n == len(todo)
		if err := a.ledger.Send(ctx, kindClear, []string{key}, a.market, a.abi.PackSubmitClearing(w, price, todo[:n], last)); err != nil {
			return err
		}
		todo = todo[n:]
		if last {
			break
		}
	}
	a.log.Info("market window cleared", "window", w, "price", marketbook.FormatPrice(price), "volume_wh", c.Volume, "matches", len(c.Matches))
	return nil
}

// book is the window's open orders from the index.
func (a *Automation) book(ctx context.Context, w uint64) (bids, asks []marketbook.Order, err error) {
	rows, err := a.db.QueryContext(ctx, `SELECT order_id, bid, maker, meter_id, wh, price FROM market_orders o WHERE win = ?
		AND NOT EXISTS (SELECT 1 FROM market_cancels c WHERE c.order_id = o.order_id) ORDER BY order_id`, w)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var o marketbook.Order
		var bid bool
		var maker string
		if err := rows.Scan(&o.ID, &bid, &maker, &o.MeterID, &o.Wh, &o.Price); err != nil {
			return nil, nil, err
		}
		o.Maker = common.HexToAddress(maker)
		if bid {
			bids = append(bids, o)
		} else {
			asks = append(asks, o)
		}
	}
	return bids, asks, rows.Err()
}

// release pays back the escrow of bids left unmatched by a finished clearing: cancel is open to
// anyone once the window is cleared, and the refund can only go to the bid's maker.
func (a *Automation) release(ctx context.Context, cursor uint64) error {
	rows, err := a.db.QueryContext(ctx, `SELECT o.order_id FROM market_orders o JOIN market_cleared c ON c.win = o.win
		WHERE o.bid = 1
		AND NOT EXISTS (SELECT 1 FROM market_cancels x WHERE x.order_id = o.order_id)
		AND NOT EXISTS (SELECT 1 FROM market_trades t WHERE t.bid_id = o.order_id)
		ORDER BY o.order_id`)
	if err != nil {
		return err
	}
	var ids []uint64
	for rows.Next() {
		var id uint64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return err
		}
		ids = append(ids, id)
	}
	rows.Close()
	for _, id := range ids {
		key := strconv.FormatUint(id, 10)
		if b, err := a.ledger.Busy(ctx, kindRelease, key, cursor); err != nil || b {
			if err != nil {
				return err
			}
			continue
		}
		if err := a.ledger.Send(ctx, kindRelease, []string{key}, a.market, a.abi.PackCancel(id)); err != nil {
			return fmt.Errorf("bid %d: %w", id, err)
		}
	}
	return nil
}

// boundaries of unsettled trades whose window has ended: (meter, timestamp) pairs.
const unsettled = `SELECT t.trade_id, t.win, a.meter_id, b.meter_id FROM market_trades t
	JOIN market_orders a ON a.order_id = t.ask_id JOIN market_orders b ON b.order_id = t.bid_id
	WHERE t.win + ? <= ? AND NOT EXISTS (SELECT 1 FROM market_settled s WHERE s.trade_id = t.trade_id) ORDER BY t.trade_id`

type pendingTrade struct{ id, win, seller, buyer uint64 }

func (a *Automation) pending(ctx context.Context, now uint64) ([]pendingTrade, error) {
	rows, err := a.db.QueryContext(ctx, unsettled, a.windowLen, now)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []pendingTrade
	for rows.Next() {
		var p pendingTrade
		if err := rows.Scan(&p.id, &p.win, &p.seller, &p.buyer); err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// record forwards, for every boundary an ended trade needs and the market lacks, the reading the
// ledger accepted there: on a verified ledger its meter-signed record from the ledger transaction,
// on an anchored one its proof from a final batch first (recordAnchored).
func (a *Automation) record(ctx context.Context, now, cursor uint64) error {
	needed, err := a.needed(ctx, now, cursor)
	if err != nil {
		return err
	}
	if a.anchored != nil {
		return a.recordAnchored(ctx, cursor, needed)
	}
	var records [][]byte
	var keys []string
	for _, k := range needed {
		var seq uint64
		var txHash string
		err := a.db.QueryRowContext(ctx, `SELECT seq, tx_hash FROM market_readings WHERE meter_id = ? AND ts = ?`, k.meter, k.ts).Scan(&seq, &txHash)
		if errors.Is(err, sql.ErrNoRows) {
			continue // not on the ledger (yet): settle waits, or settles as undelivered after the grace
		}
		if err != nil {
			return err
		}
		rec, err := a.signedRecord(ctx, common.HexToHash(txHash), k.meter, seq)
		if err != nil {
			a.log.Warn("cannot recover a signed reading from its ledger transaction", "meter", k.meter, "ts", k.ts, "err", err)
			continue
		}
		records = append(records, rec)
		keys = append(keys, k.String())
	}
	return a.sendRecords(ctx, keys, records)
}

func (a *Automation) sendRecords(ctx context.Context, keys []string, records [][]byte) error {
	return a.ledger.SendSplit(ctx, kindRecord, keys, ReadingsPerTx, a.market, func(i, j int) []byte {
		return a.abi.PackRecordReadings(bytes.Join(records[i:j], nil))
	})
}

// boundary is a meter's reading time at a window's start or end.
type boundary struct{ meter, ts uint64 }

func (k boundary) String() string { return fmt.Sprintf("%d:%d", k.meter, k.ts) }

// needed are the boundaries of ended, unsettled trades that the market has not recorded and no
// record of which is in flight.
func (a *Automation) needed(ctx context.Context, now, cursor uint64) ([]boundary, error) {
	trades, err := a.pending(ctx, now)
	if err != nil {
		return nil, err
	}
	seen := map[boundary]bool{}
	var out []boundary
	for _, t := range trades {
		for _, k := range []boundary{{t.seller, t.win}, {t.seller, t.win + a.windowLen}, {t.buyer, t.win}, {t.buyer, t.win + a.windowLen}} {
			if seen[k] {
				continue
			}
			seen[k] = true
			var recorded bool
			if err := a.db.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM market_recorded WHERE meter_id = ? AND ts = ?)`, k.meter, k.ts).Scan(&recorded); err != nil {
				return nil, err
			}
			if recorded {
				continue
			}
			if b, err := a.ledger.Busy(ctx, kindRecord, k.String(), cursor); err != nil || b {
				if err != nil {
					return nil, err
				}
				continue
			}
			out = append(out, k)
		}
	}
	return out, nil
}

// signedRecord finds reading (meter, seq) in the ledger transaction that carried it and returns
// it as a 136-byte packed record (the meter's signature included). The market checks the
// signature itself, so this lookup needs no trust in the node.
func (a *Automation) signedRecord(ctx context.Context, hash common.Hash, meter, seq uint64) ([]byte, error) {
	tx, _, err := a.b.TransactionByHash(ctx, hash)
	if err != nil {
		return nil, fmt.Errorf("transaction %s: %w", hash, err)
	}
	return FindSignedReading(a.ledgerABI, tx.Data(), meter, seq)
}

// FindSignedReading extracts reading (meter, seq) from ReadingLedger calldata (submitPacked or
// submit) as a packed record.
func FindSignedReading(ledgerABI *abi.ABI, data []byte, meter, seq uint64) ([]byte, error) {
	if len(data) < 4 {
		return nil, errors.New("no calldata")
	}
	method, err := ledgerABI.MethodById(data[:4])
	if err != nil {
		return nil, fmt.Errorf("not a ledger call: %w", err)
	}
	args, err := method.Inputs.Unpack(data[4:])
	if err != nil {
		return nil, fmt.Errorf("decode %s: %w", method.Name, err)
	}
	switch method.Name {
	case "submitPacked":
		recs, err := reading.SplitPacked(args[0].([]byte))
		if err != nil {
			return nil, err
		}
		for _, r := range recs {
			if id, sq := reading.PackedMeterSeq(r); id == meter && sq == seq {
				return append([]byte(nil), r...), nil
			}
		}
	case "submit":
		rs := args[0].([]struct {
			MeterId    uint64   `json:"meterId"`
			Seq        uint64   `json:"seq"`
			Timestamp  uint64   `json:"timestamp"`
			ImportWh   uint64   `json:"importWh"`
			ExportWh   uint64   `json:"exportWh"`
			DetailHash [32]byte `json:"detailHash"`
		})
		sigs := args[1].([][]byte)
		for i, r := range rs {
			if r.MeterId == meter && r.Seq == seq && i < len(sigs) && len(sigs[i]) == 65 {
				return reading.Pack(reading.Reading{MeterID: r.MeterId, Seq: r.Seq, Timestamp: r.Timestamp, ImportWh: r.ImportWh,
					ExportWh: r.ExportWh, DetailHash: r.DetailHash}, reading.Signature(sigs[i])), nil
			}
		}
	}
	return nil, fmt.Errorf("reading %d/%d not in the %s call", meter, seq, method.Name)
}

// settle sends settleMany for ended trades whose four boundary readings are recorded (indexed),
// or whose grace period has passed (they settle as undelivered).
func (a *Automation) settle(ctx context.Context, now, cursor uint64) error {
	trades, err := a.pending(ctx, now)
	if err != nil {
		return err
	}
	var ids []uint64
	var keys []string
	for _, t := range trades {
		key := strconv.FormatUint(t.id, 10)
		if b, err := a.ledger.Busy(ctx, kindSettle, key, cursor); err != nil || b {
			if err != nil {
				return err
			}
			continue
		}
		var n int
		end := t.win + a.windowLen
		if err := a.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM market_recorded WHERE (meter_id = ? OR meter_id = ?) AND (ts = ? OR ts = ?)`,
			t.seller, t.buyer, t.win, end).Scan(&n); err != nil {
			return err
		}
		if n < 4 && now < end+a.grace {
			continue
		}
		ids, keys = append(ids, t.id), append(keys, key)
	}
	return a.ledger.SendSplit(ctx, kindSettle, keys, SettlesPerTx, a.market, func(i, j int) []byte { return a.abi.PackSettleMany(ids[i:j]) })
}
