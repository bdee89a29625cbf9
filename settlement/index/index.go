// Package index is the settlement service's view of billing on chain: the tables its follower
// handlers fill from ReadingLedger and BillingManager events (write side, Contracts), and the read
// API the REST API, the UI and `meterchain bill list` use (Index).
//
// Every table holds rows copied from events, each tagged with its block, so the follower undoes a
// reorg by deleting rows. Nothing is accumulated in place: a bill's paid total is the paidTotal of
// its latest BillPaid event and its status is computed when read, so replaying an event can never
// count a payment twice. Token amounts are exact decimal strings of base units (never floats).
package index

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/meterchain/meterchain/internal/billing"
	"github.com/meterchain/meterchain/internal/sqlite"
	"github.com/meterchain/meterchain/settlement/follower"
)

// Schema of the index tables. Idempotency: every table is keyed by (block_hash, log_index) or
// by a business key written once per chain (a bill id), and the follower skips events it applied.
const Schema = `
CREATE TABLE IF NOT EXISTS periods_closed (
	meter_id   INTEGER NOT NULL,
	period     INTEGER NOT NULL,
	import_wh  INTEGER NOT NULL,
	export_wh  INTEGER NOT NULL,
	block      INTEGER NOT NULL,
	block_hash TEXT NOT NULL,
	log_index  INTEGER NOT NULL,
	PRIMARY KEY (meter_id, period)
);
CREATE TABLE IF NOT EXISTS registers_proven ( -- anchored ledger: registers at a period's end, proven from a final batch
	meter_id   INTEGER NOT NULL,
	period     INTEGER NOT NULL,
	import_wh  INTEGER NOT NULL,
	export_wh  INTEGER NOT NULL,
	estimated  INTEGER NOT NULL,
	batch      INTEGER NOT NULL,
	block      INTEGER NOT NULL,
	block_hash TEXT NOT NULL,
	log_index  INTEGER NOT NULL,
	PRIMARY KEY (meter_id, period)
);
CREATE TABLE IF NOT EXISTS bills (
	bill_id    TEXT PRIMARY KEY,     -- decimal uint256: (period << 64) | meterId
	meter_id   INTEGER NOT NULL,
	period     INTEGER NOT NULL,
	energy_wh  INTEGER NOT NULL,
	p2p_wh     INTEGER NOT NULL,
	amount     TEXT NOT NULL,        -- token base units, decimal
	due        INTEGER NOT NULL,     -- unix seconds
	tx_hash    TEXT NOT NULL,
	block      INTEGER NOT NULL,
	block_hash TEXT NOT NULL,
	log_index  INTEGER NOT NULL,
	account    TEXT                  -- the owner who answers for the period (ownerAt); NULL until read from the chain
);
CREATE INDEX IF NOT EXISTS bills_by_meter ON bills(meter_id, period);
CREATE INDEX IF NOT EXISTS bills_by_period ON bills(period, meter_id);
CREATE TABLE IF NOT EXISTS bill_skips (
	meter_id   INTEGER NOT NULL,
	period     INTEGER NOT NULL,
	reason     INTEGER NOT NULL,
	tx_hash    TEXT NOT NULL,
	block      INTEGER NOT NULL,
	block_hash TEXT NOT NULL,
	log_index  INTEGER NOT NULL,
	PRIMARY KEY (block_hash, log_index)
);
CREATE INDEX IF NOT EXISTS bill_skips_by_meter ON bill_skips(meter_id, period);
CREATE TABLE IF NOT EXISTS payments (
	bill_id    TEXT NOT NULL,
	payer      TEXT NOT NULL,
	amount     TEXT NOT NULL,
	paid_total TEXT NOT NULL,
	tx_hash    TEXT NOT NULL,
	block      INTEGER NOT NULL,
	block_hash TEXT NOT NULL,
	log_index  INTEGER NOT NULL,
	PRIMARY KEY (block_hash, log_index)
);
CREATE INDEX IF NOT EXISTS payments_by_bill ON payments(bill_id, block, log_index);
CREATE TABLE IF NOT EXISTS bill_settlements (
	bill_id    TEXT PRIMARY KEY,
	tx_hash    TEXT NOT NULL,
	block      INTEGER NOT NULL,
	block_hash TEXT NOT NULL,
	log_index  INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS bill_overdue (
	bill_id     TEXT PRIMARY KEY,
	outstanding TEXT NOT NULL,
	block       INTEGER NOT NULL,
	block_hash  TEXT NOT NULL,
	log_index   INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS autopay_changes (
	meter_id   INTEGER NOT NULL,
	payer      TEXT NOT NULL,
	cap        TEXT NOT NULL,        -- "0" when cancelled
	block      INTEGER NOT NULL,
	block_hash TEXT NOT NULL,
	log_index  INTEGER NOT NULL,
	PRIMARY KEY (block_hash, log_index)
);
CREATE INDEX IF NOT EXISTS autopay_by_meter ON autopay_changes(meter_id, block, log_index);
CREATE TABLE IF NOT EXISTS autopay_failures (
	bill_id    TEXT NOT NULL,
	payer      TEXT NOT NULL,
	reason     TEXT NOT NULL,
	tx_hash    TEXT NOT NULL,
	block      INTEGER NOT NULL,
	block_hash TEXT NOT NULL,
	log_index  INTEGER NOT NULL,
	PRIMARY KEY (block_hash, log_index)
);
CREATE INDEX IF NOT EXISTS autopay_failures_by_bill ON autopay_failures(bill_id);`

// Tables written by the billing handlers (all carry a block column).
var billingTables = []string{"bills", "bill_skips", "payments", "bill_settlements", "bill_overdue", "autopay_changes", "autopay_failures"}

// Autopay is a meter's current autopay mandate.
type Autopay struct {
	MeterID    uint64         `json:"meter_id"`
	Payer      common.Address `json:"payer"`
	CapPerBill *big.Int       `json:"cap_per_bill"`
}

// AutopayFailure is a collection that could not happen; the bill stayed open.
type AutopayFailure struct {
	BillID *big.Int       `json:"bill_id"`
	Payer  common.Address `json:"payer"`
	Reason string         `json:"reason"`
	TxHash common.Hash    `json:"tx_hash"`
	Block  uint64         `json:"block"`
}

// Index reads the tables. Safe for concurrent use.
type Index struct {
	db *sql.DB
	// Now is the clock deciding overdue (default time.Now).
	Now func() time.Time
}

// New reads the index in db (the settlement service's database, Schema applied).
func New(db *sql.DB) *Index { return &Index{db: db, Now: time.Now} }

// SkipP2PUnsettled is BillingManager.SkipReason.P2PUnsettled: the period was not over, or a
// P2P trade of the meter in it was still open; the bill is issued on a later try.
const SkipP2PUnsettled = 6

// Migrate brings a database made by an older version up to Schema (apply Schema first): bills
// gained the account column, empty in old rows until the service reads it from the chain.
func Migrate(ctx context.Context, db *sql.DB) error {
	var has bool
	if err := db.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM pragma_table_info('bills') WHERE name = 'account')`).Scan(&has); err != nil {
		return fmt.Errorf("index migration: %w", err)
	}
	if has {
		return nil
	}
	if _, err := db.ExecContext(ctx, `ALTER TABLE bills ADD COLUMN account TEXT`); err != nil {
		return fmt.Errorf("index migration: add bills.account: %w", err)
	}
	return nil
}

// Open opens a settlement database file for reading from another process (SQLite WAL lets a
// reader run beside the writing service).
func Open(path string) (*Index, error) {
	db, err := sqlite.Open(path, follower.Schema, Schema)
	if err != nil {
		return nil, err
	}
	if err := Migrate(context.Background(), db); err != nil {
		db.Close()
		return nil, err
	}
	return New(db), nil
}

// Close closes the database if the index opened it.
func (ix *Index) Close() error { return ix.db.Close() }

const billColumns = `b.bill_id, b.meter_id, b.period, b.energy_wh, b.p2p_wh, b.amount, b.due, b.tx_hash, b.block,
	COALESCE((SELECT p.paid_total FROM payments p WHERE p.bill_id = b.bill_id ORDER BY p.block DESC, p.log_index DESC LIMIT 1), '0'),
	EXISTS (SELECT 1 FROM bill_settlements s WHERE s.bill_id = b.bill_id),
	EXISTS (SELECT 1 FROM bill_overdue o WHERE o.bill_id = b.bill_id)`

// Bills lists a meter's bills, oldest period first.
func (ix *Index) Bills(ctx context.Context, meterID uint64) ([]billing.Bill, error) {
	return ix.bills(ctx, `SELECT `+billColumns+` FROM bills b WHERE b.meter_id = ? ORDER BY b.period`, meterID)
}

// PeriodBills lists every bill of a period, by meter.
func (ix *Index) PeriodBills(ctx context.Context, period uint32) ([]billing.Bill, error) {
	return ix.bills(ctx, `SELECT `+billColumns+` FROM bills b WHERE b.period = ? ORDER BY b.meter_id`, period)
}

// Bill returns one bill, or billing.ErrNotFound.
func (ix *Index) Bill(ctx context.Context, id *big.Int) (billing.Bill, error) {
	bills, err := ix.bills(ctx, `SELECT `+billColumns+` FROM bills b WHERE b.bill_id = ?`, id.String())
	if err != nil {
		return billing.Bill{}, err
	}
	if len(bills) == 0 {
		return billing.Bill{}, fmt.Errorf("%w: %s", billing.ErrNotFound, id)
	}
	return bills[0], nil
}

func (ix *Index) bills(ctx context.Context, query string, args ...any) ([]billing.Bill, error) {
	rows, err := ix.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("query bills: %w", err)
	}
	defer rows.Close()
	now := ix.Now()
	var out []billing.Bill
	for rows.Next() {
		var b billing.Bill
		var id, amount, txHash, paid string
		var due int64
		var settled, markedOverdue bool
		if err := rows.Scan(&id, &b.MeterID, &b.Period, &b.EnergyWh, &b.P2PWh, &amount, &due, &txHash, &b.IssuedBlock, &paid, &settled, &markedOverdue); err != nil {
			return nil, fmt.Errorf("read bill: %w", err)
		}
		if b.ID, err = parseAmount(id); err != nil {
			return nil, err
		}
		if b.Amount, err = parseAmount(amount); err != nil {
			return nil, err
		}
		if b.Paid, err = parseAmount(paid); err != nil {
			return nil, err
		}
		b.Due = time.Unix(due, 0).UTC()
		b.IssuedTx = common.HexToHash(txHash)
		switch {
		case settled || b.Paid.Cmp(b.Amount) >= 0:
			b.Status = billing.StatusPaid
		case markedOverdue || now.After(b.Due): // the chain's BillOverdue, or our clock
			b.Status = billing.StatusOverdue
		case b.Paid.Sign() > 0:
			b.Status = billing.StatusPartial
		default:
			b.Status = billing.StatusOpen
		}
		out = append(out, b)
	}
	return out, rows.Err()
}

// Payments lists a bill's payments in chain order.
func (ix *Index) Payments(ctx context.Context, billID *big.Int) ([]billing.Payment, error) {
	rows, err := ix.db.QueryContext(ctx, `SELECT payer, amount, paid_total, tx_hash, block, log_index FROM payments
		WHERE bill_id = ? ORDER BY block, log_index`, billID.String())
	if err != nil {
		return nil, fmt.Errorf("query payments: %w", err)
	}
	defer rows.Close()
	var out []billing.Payment
	for rows.Next() {
		p := billing.Payment{BillID: new(big.Int).Set(billID)}
		var payer, amount, total, txHash string
		if err := rows.Scan(&payer, &amount, &total, &txHash, &p.Block, &p.LogIndex); err != nil {
			return nil, fmt.Errorf("read payment: %w", err)
		}
		if p.Amount, err = parseAmount(amount); err != nil {
			return nil, err
		}
		if p.PaidTotal, err = parseAmount(total); err != nil {
			return nil, err
		}
		p.Payer, p.TxHash = common.HexToAddress(payer), common.HexToHash(txHash)
		out = append(out, p)
	}
	return out, rows.Err()
}

// Autopay returns a meter's current mandate (ok false if none or cancelled).
func (ix *Index) Autopay(ctx context.Context, meterID uint64) (a Autopay, ok bool, err error) {
	var payer, capText string
	err = ix.db.QueryRowContext(ctx, `SELECT payer, cap FROM autopay_changes WHERE meter_id = ?
		ORDER BY block DESC, log_index DESC LIMIT 1`, meterID).Scan(&payer, &capText)
	if errors.Is(err, sql.ErrNoRows) {
		return Autopay{}, false, nil
	}
	if err != nil {
		return Autopay{}, false, fmt.Errorf("query autopay: %w", err)
	}
	limit, err := parseAmount(capText)
	if err != nil {
		return Autopay{}, false, err
	}
	if limit.Sign() == 0 {
		return Autopay{}, false, nil
	}
	return Autopay{MeterID: meterID, Payer: common.HexToAddress(payer), CapPerBill: limit}, true, nil
}

// AutopayFailures lists the failed collections of a bill.
func (ix *Index) AutopayFailures(ctx context.Context, billID *big.Int) ([]AutopayFailure, error) {
	rows, err := ix.db.QueryContext(ctx, `SELECT payer, reason, tx_hash, block FROM autopay_failures
		WHERE bill_id = ? ORDER BY block, log_index`, billID.String())
	if err != nil {
		return nil, fmt.Errorf("query autopay failures: %w", err)
	}
	defer rows.Close()
	var out []AutopayFailure
	for rows.Next() {
		f := AutopayFailure{BillID: new(big.Int).Set(billID)}
		var payer, txHash string
		if err := rows.Scan(&payer, &f.Reason, &txHash, &f.Block); err != nil {
			return nil, err
		}
		f.Payer, f.TxHash = common.HexToAddress(payer), common.HexToHash(txHash)
		out = append(out, f)
	}
	return out, rows.Err()
}

// Synced is the block the index is complete up to (ok false before the first block).
func (ix *Index) Synced(ctx context.Context) (block uint64, hash common.Hash, ok bool, err error) {
	var h string
	err = ix.db.QueryRowContext(ctx, `SELECT number, hash FROM follower_cursor WHERE name = 'main'`).Scan(&block, &h)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, common.Hash{}, false, nil
	}
	if err != nil {
		return 0, common.Hash{}, false, fmt.Errorf("query cursor: %w", err)
	}
	return block, common.HexToHash(h), true, nil
}

func parseAmount(s string) (*big.Int, error) {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		return nil, fmt.Errorf("corrupt amount %q in index", s)
	}
	return v, nil
}
