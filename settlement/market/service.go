package market

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strconv"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/meterchain/meterchain/bindings"
	"github.com/meterchain/meterchain/deploy"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/internal/txmgr"
	"github.com/meterchain/meterchain/settlement"
	"github.com/meterchain/meterchain/settlement/follower"
)

// Schema of the market's index (chain-derived rows carry `block`, so a reorg deletes them) and
// of what the automation sent (market_sends, not chain-derived).
const Schema = `
CREATE TABLE IF NOT EXISTS market_orders (
	order_id INTEGER PRIMARY KEY, bid INTEGER NOT NULL, maker TEXT NOT NULL, meter_id INTEGER NOT NULL,
	win INTEGER NOT NULL, wh INTEGER NOT NULL, price INTEGER NOT NULL, block INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS market_orders_by_win ON market_orders(win);
CREATE TABLE IF NOT EXISTS market_cancels (order_id INTEGER PRIMARY KEY, block INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS market_trades (
	trade_id INTEGER PRIMARY KEY, win INTEGER NOT NULL, ask_id INTEGER NOT NULL, bid_id INTEGER NOT NULL,
	wh INTEGER NOT NULL, price INTEGER NOT NULL, block INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS market_trades_by_win ON market_trades(win);
CREATE TABLE IF NOT EXISTS market_cleared (win INTEGER PRIMARY KEY, price INTEGER NOT NULL, block INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS market_settled (
	trade_id INTEGER PRIMARY KEY, delivered_wh INTEGER NOT NULL, paid TEXT NOT NULL, refund TEXT NOT NULL, block INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS market_recorded (meter_id INTEGER NOT NULL, ts INTEGER NOT NULL, block INTEGER NOT NULL, PRIMARY KEY (meter_id, ts));
CREATE TABLE IF NOT EXISTS market_readings (
	meter_id INTEGER NOT NULL, ts INTEGER NOT NULL, seq INTEGER NOT NULL, tx_hash TEXT NOT NULL, block INTEGER NOT NULL,
	PRIMARY KEY (meter_id, ts));
CREATE TABLE IF NOT EXISTS market_sends (
	kind TEXT NOT NULL, key TEXT NOT NULL, tx_id INTEGER NOT NULL, attempts INTEGER NOT NULL, state TEXT NOT NULL, block INTEGER,
	PRIMARY KEY (kind, key));
CREATE INDEX IF NOT EXISTS market_sends_by_tx ON market_sends(tx_id);`

// Per-transaction sizes: well under EIP-7825's 2^24 gas and geth's 128 KiB.
const (
	MatchesPerTx  = 250
	SettlesPerTx  = 120
	ReadingsPerTx = 300
	maxAttempts   = 3
)

// Backend is the node access the automation needs.
type Backend interface {
	settlement.Backend
	ethereum.ContractCaller
	TransactionByHash(ctx context.Context, hash common.Hash) (*types.Transaction, bool, error)
}

// Automation clears each window once its book has closed and settles trades once their readings
// are on the ledger, through the settlement service's follower (what is known) and transaction
// manager (what is sent). Everything it decides is derived from the index, so a restart or a
// reorg only makes it send again what the chain does not show.
type Automation struct {
	svc       *settlement.Service
	b         Backend
	db        *sql.DB
	txm       txmgr.Sender
	market    common.Address
	ledger    common.Address
	abi       *bindings.EnergyMarket
	windowLen uint64
	grace     uint64
	ledgerABI *abi.ABI
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
	a := &Automation{svc: svc, b: b, db: svc.DB(), txm: svc.TxManager(), market: d.EnergyMarket, ledger: d.ReadingLedger, abi: bindings.NewEnergyMarket()}
	var err error
	if a.windowLen, err = callUint64(ctx, b, a.market, a.abi.PackWINDOW(), a.abi.UnpackWINDOW); err != nil {
		return nil, fmt.Errorf("market window length: %w", err)
	}
	if a.grace, err = callUint64(ctx, b, a.market, a.abi.PackSETTLEGRACE(), a.abi.UnpackSETTLEGRACE); err != nil {
		return nil, fmt.Errorf("market settle grace: %w", err)
	}
	if a.ledgerABI, err = bindings.ReadingLedgerMetaData.ParseABI(); err != nil {
		return nil, err
	}
	if err := svc.Register(a.marketContract()); err != nil {
		return nil, err
	}
	if err := svc.Register(a.readingsContract()); err != nil {
		return nil, err
	}
	// A bill subtracts the P2P import settled in its period (windows attributed like readings,
	// by their end): hold a buyer's bill until the trades of windows ending in that period settled,
	// or the month's last windows would be billed at the tariff too.
	svc.HoldBills(fmt.Sprintf(`EXISTS (SELECT 1 FROM market_trades t JOIN market_orders b ON b.order_id = t.bid_id
		WHERE b.meter_id = c.meter_id
		AND CAST(strftime('%%Y%%m', t.win + %d - 1, 'unixepoch') AS INTEGER) = c.period
		AND NOT EXISTS (SELECT 1 FROM market_settled s WHERE s.trade_id = t.trade_id))`, a.windowLen))
	if a.txm != nil {
		svc.AddJob(settlement.Job{Name: "market", Run: a.Run})
	}
	return a, nil
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
		Name: "EnergyMarket readings", Address: a.ledger, ABI: ledger.GetABI(),
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
	if err := a.waitSent(ctx); err != nil {
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
	return a.waitSent(ctx)
}

func (a *Automation) waitSent(ctx context.Context) error {
	rows, err := a.db.QueryContext(ctx, `SELECT DISTINCT tx_id FROM market_sends WHERE state = 'sent' ORDER BY 1`)
	if err != nil {
		return err
	}
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return err
		}
		ids = append(ids, id)
	}
	rows.Close()
	for _, id := range ids {
		receipt, err := a.txm.Wait(ctx, id)
		state, block := "mined", any(nil)
		switch {
		case err == nil:
			block = receipt.BlockNumber.Uint64()
		case errors.Is(err, txmgr.ErrReverted), errors.Is(err, txmgr.ErrNonceConsumed):
			slog.Warn("market transaction failed; its work will be retried", "tx", id, "err", err)
			state = "failed"
		default:
			return fmt.Errorf("wait for market transaction %d: %w", id, err)
		}
		if _, err := a.db.ExecContext(ctx, `UPDATE market_sends SET state = ?, block = ? WHERE tx_id = ? AND state = 'sent'`, state, block, id); err != nil {
			return err
		}
	}
	return nil
}

// busy: a send of this work is in flight, mined but not yet indexed, or out of attempts.
const busy = `EXISTS (SELECT 1 FROM market_sends s WHERE s.kind = ? AND s.key = ? AND
	(s.state = 'sent' OR s.attempts >= ? OR (s.state = 'mined' AND s.block > ?)))`

func (a *Automation) isBusy(ctx context.Context, kind, key string, cursor uint64) (bool, error) {
	var b bool
	err := a.db.QueryRowContext(ctx, `SELECT `+busy, kind, key, maxAttempts, cursor).Scan(&b)
	return b, err
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
		if b, err := a.isBusy(ctx, "clear", key, cursor); err != nil || b {
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
		if err := a.send(ctx, "clear", key, a.abi.PackSubmitClearing(w, price, todo[:n], last)); err != nil {
			return err
		}
		todo = todo[n:]
		if last {
			break
		}
	}
	slog.Info("market window cleared", "window", w, "price", FormatPrice(price), "volume_wh", c.Volume, "matches", len(c.Matches))
	return nil
}

// book is the window's open orders from the index.
func (a *Automation) book(ctx context.Context, w uint64) (bids, asks []Order, err error) {
	rows, err := a.db.QueryContext(ctx, `SELECT order_id, bid, maker, meter_id, wh, price FROM market_orders o WHERE win = ?
		AND NOT EXISTS (SELECT 1 FROM market_cancels c WHERE c.order_id = o.order_id) ORDER BY order_id`, w)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var o Order
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
		if b, err := a.isBusy(ctx, "release", key, cursor); err != nil || b {
			if err != nil {
				return err
			}
			continue
		}
		if err := a.send(ctx, "release", key, a.abi.PackCancel(id)); err != nil {
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

// record forwards, for every boundary an ended trade needs and the market lacks, the meter-signed
// reading the ledger accepted there.
func (a *Automation) record(ctx context.Context, now, cursor uint64) error {
	trades, err := a.pending(ctx, now)
	if err != nil {
		return err
	}
	seen := map[[2]uint64]bool{}
	var records []byte
	var keys []string
	for _, t := range trades {
		for _, k := range [][2]uint64{{t.seller, t.win}, {t.seller, t.win + a.windowLen}, {t.buyer, t.win}, {t.buyer, t.win + a.windowLen}} {
			if seen[k] {
				continue
			}
			seen[k] = true
			var recorded bool
			if err := a.db.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM market_recorded WHERE meter_id = ? AND ts = ?)`, k[0], k[1]).Scan(&recorded); err != nil {
				return err
			}
			key := fmt.Sprintf("%d:%d", k[0], k[1])
			if recorded {
				continue
			}
			if b, err := a.isBusy(ctx, "record", key, cursor); err != nil || b {
				if err != nil {
					return err
				}
				continue
			}
			var seq uint64
			var txHash string
			err := a.db.QueryRowContext(ctx, `SELECT seq, tx_hash FROM market_readings WHERE meter_id = ? AND ts = ?`, k[0], k[1]).Scan(&seq, &txHash)
			if errors.Is(err, sql.ErrNoRows) {
				continue // not on the ledger (yet): settle waits, or settles as undelivered after the grace
			}
			if err != nil {
				return err
			}
			rec, err := a.signedRecord(ctx, common.HexToHash(txHash), k[0], seq)
			if err != nil {
				slog.Warn("market: cannot recover a signed reading from its ledger transaction", "meter", k[0], "ts", k[1], "err", err)
				continue
			}
			records = append(records, rec...)
			keys = append(keys, key)
			if len(keys) == ReadingsPerTx {
				if err := a.sendMany(ctx, "record", keys, a.abi.PackRecordReadings(records)); err != nil {
					return err
				}
				records, keys = nil, nil
			}
		}
	}
	if len(keys) > 0 {
		return a.sendMany(ctx, "record", keys, a.abi.PackRecordReadings(records))
	}
	return nil
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
		recs := args[0].([]byte)
		for i := 0; i+reading.PackedSize <= len(recs); i += reading.PackedSize {
			r := recs[i : i+reading.PackedSize]
			if be64(r[0:8]) == meter && be64(r[8:16]) == seq {
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

func be64(b []byte) uint64 {
	var v uint64
	for _, x := range b {
		v = v<<8 | uint64(x)
	}
	return v
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
	flush := func() error {
		if len(ids) == 0 {
			return nil
		}
		err := a.sendMany(ctx, "settle", keys, a.abi.PackSettleMany(ids))
		ids, keys = nil, nil
		return err
	}
	for _, t := range trades {
		key := strconv.FormatUint(t.id, 10)
		if b, err := a.isBusy(ctx, "settle", key, cursor); err != nil || b {
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
		if len(ids) == SettlesPerTx {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	return flush()
}

func (a *Automation) send(ctx context.Context, kind, key string, data []byte) error {
	return a.sendMany(ctx, kind, []string{key}, data)
}

// sendMany estimates and queues one transaction covering the work `keys` of `kind`, recording
// the send in the same SQLite transaction as the transaction manager's row.
func (a *Automation) sendMany(ctx context.Context, kind string, keys []string, data []byte) error {
	from := a.txm.From()
	est, err := a.b.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &a.market, Data: data})
	if err != nil {
		return fmt.Errorf("estimate %s: %w", kind, err)
	}
	mark := func(tx *sql.Tx, id int64) error {
		for _, k := range keys {
			if _, err := tx.Exec(`INSERT INTO market_sends(kind, key, tx_id, attempts, state) VALUES(?,?,?,1,'sent')
				ON CONFLICT(kind, key) DO UPDATE SET tx_id = excluded.tx_id, attempts = attempts + 1, state = 'sent', block = NULL`, kind, k, id); err != nil {
				return err
			}
		}
		return nil
	}
	if _, err := a.txm.Send(ctx, txmgr.Request{To: a.market, Data: data, GasLimit: est + est/5}, mark); err != nil {
		return fmt.Errorf("send %s: %w", kind, err)
	}
	return nil
}
