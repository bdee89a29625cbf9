// Package sends is the settlement service's send ledger: one row for each unit of work the
// service sends to the chain (a bill to issue, an autopay to collect, a market window to clear,
// a trade to settle, ...), named by a kind and a key, shared by billing and the market.
//
// The ledger is what makes sending crash- and reorg-safe; its contract:
//
//   - Mark in the same transaction as the queue. Send records the work's row in the same SQLite
//     transaction in which the transaction manager stores the signed transaction (txmgr's
//     onQueued), so after a crash either both exist or neither does: a queued transaction is never
//     forgotten, and work without a queued transaction is never believed in flight.
//   - Settle on receipt. AwaitReceipts waits for every transaction still marked sent (after a
//     restart, those in flight at the crash) and records its outcome: mined (with the block), or
//     failed (reverted, or its nonce taken by another transaction).
//   - Attempts counted, bounded. Each send of a unit counts one attempt; work is given up once it
//     has had MaxAttempts. A unit spread over several transactions in one go (a clearing sent in
//     chunks) is one attempt: marking work that is still in flight joins that attempt.
//   - The ledger is not chain-derived, so a reorg does not erase it; the index (which a reorg does
//     rewind) says whether a mined send took effect. Work mined at a block the index has passed
//     without its outcome was reorged away and is sent again. NeedsSend and Busy answer "does
//     this (kind, key) need a send now?" from both.
//   - Too big is split. SendSplit sends a list of work in batches, halving a batch while its
//     transaction is over the per-transaction gas or size limit.
package sends

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/meterchain/meterchain/internal/chaintx"
	"github.com/meterchain/meterchain/internal/txmgr"
)

// Kind names a sort of work ("issue", "clear", ...). Kinds are program constants, unique across
// everything that shares a ledger; with a key (e.g. "meterId/period") a kind names one unit.
type Kind string

// Schema of the ledger. state: sent (queued in the transaction manager) → mined (block set) or
// failed. The table kept the name of the billing side's old table, whose rows it keeps; Open
// folds in the market's old market_sends (its kinds never overlapped billing's).
const Schema = `
CREATE TABLE IF NOT EXISTS sends (
	kind     TEXT NOT NULL,
	key      TEXT NOT NULL,
	tx_id    INTEGER NOT NULL,
	attempts INTEGER NOT NULL,
	state    TEXT NOT NULL,
	block    INTEGER,
	PRIMARY KEY (kind, key)
);
CREATE INDEX IF NOT EXISTS sends_by_tx ON sends(tx_id);`

// ErrTooLarge: the transaction is over the gas or size limit of one transaction.
var ErrTooLarge = errors.New("transaction over the gas or size limit")

// Config of a ledger.
type Config struct {
	MaxAttempts int          // sends of one unit of work before giving up (default 3)
	MaxGas      uint64       // per-transaction gas limit (default chaintx.MaxGas)
	Log         *slog.Logger // default: discard
	// AfterQueue runs right after a send was queued and marked (tests: a crash point).
	AfterQueue func()
}

// Ledger records and sends the work of one sending key.
type Ledger struct {
	cfg Config
	db  *sql.DB
	txm txmgr.Sender
	b   ethereum.GasEstimator
}

// Open applies the schema (migrating an old market_sends table) to db, which must be the
// transaction manager's database, and returns the ledger sending through txm.
func Open(ctx context.Context, db *sql.DB, txm txmgr.Sender, b ethereum.GasEstimator, cfg Config) (*Ledger, error) {
	if txm == nil {
		return nil, errors.New("sends: no transaction manager")
	}
	if cfg.MaxAttempts <= 0 {
		cfg.MaxAttempts = 3
	}
	if cfg.MaxGas == 0 {
		cfg.MaxGas = chaintx.MaxGas
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if err := migrate(ctx, db); err != nil {
		return nil, fmt.Errorf("send ledger: %w", err)
	}
	return &Ledger{cfg: cfg, db: db, txm: txm, b: b}, nil
}

// migrate creates the table and moves the rows of the market's former market_sends into it, in
// one transaction, so a crash leaves either the old table or the moved rows.
func migrate(ctx context.Context, db *sql.DB) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, Schema); err != nil {
		return fmt.Errorf("schema: %w", err)
	}
	var old bool
	if err := tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'market_sends')`).Scan(&old); err != nil {
		return err
	}
	if old {
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO sends(kind, key, tx_id, attempts, state, block)
			SELECT kind, key, tx_id, attempts, state, block FROM market_sends`); err != nil {
			return fmt.Errorf("move market_sends: %w", err)
		}
		if _, err := tx.ExecContext(ctx, `DROP TABLE market_sends`); err != nil {
			return fmt.Errorf("drop market_sends: %w", err)
		}
	}
	return tx.Commit()
}

// Send estimates one transaction doing the work keys of kind and queues it, marking the work
// in the same SQLite transaction. ErrTooLarge: over the per-transaction limits (split it).
func (l *Ledger) Send(ctx context.Context, kind Kind, keys []string, to common.Address, data []byte) error {
	if len(data) > chaintx.MaxCalldata {
		return ErrTooLarge
	}
	est, err := l.b.EstimateGas(ctx, ethereum.CallMsg{From: l.txm.From(), To: &to, Data: data})
	if err != nil {
		return fmt.Errorf("estimate %s: %w", kind, err)
	}
	limit := est + est/5
	if limit > l.cfg.MaxGas {
		return ErrTooLarge
	}
	if _, err := l.txm.Send(ctx, txmgr.Request{To: to, Data: data, GasLimit: limit}, l.mark(kind, keys)); err != nil {
		return fmt.Errorf("send %s: %w", kind, err)
	}
	if l.cfg.AfterQueue != nil {
		l.cfg.AfterQueue()
	}
	l.cfg.Log.Info("settlement transaction sent", "kind", kind, "items", len(keys))
	return nil
}

// SendSplit sends the work keys of kind in batches of batch keys, halving a batch while its
// transaction is over the per-transaction limits. pack(i, j) is the calldata for keys[i:j].
func (l *Ledger) SendSplit(ctx context.Context, kind Kind, keys []string, batch int, to common.Address, pack func(i, j int) []byte) error {
	var do func(i, j int) error
	do = func(i, j int) error {
		err := l.Send(ctx, kind, keys[i:j], to, pack(i, j))
		if errors.Is(err, ErrTooLarge) && j-i > 1 {
			m := (i + j) / 2
			if err := do(i, m); err != nil {
				return err
			}
			return do(m, j)
		}
		if err != nil {
			return fmt.Errorf("%s batch of %d: %w", kind, j-i, err)
		}
		return nil
	}
	for i := 0; i < len(keys); i += batch {
		if err := do(i, min(i+batch, len(keys))); err != nil {
			return err
		}
	}
	return nil
}

// mark is the txmgr onQueued callback recording keys as sent in transaction id. Work still in
// flight (state sent) joins the attempt under way; any other counts a new attempt.
func (l *Ledger) mark(kind Kind, keys []string) func(*sql.Tx, int64) error {
	return func(tx *sql.Tx, id int64) error {
		for _, k := range keys {
			if _, err := tx.Exec(`INSERT INTO sends(kind, key, tx_id, attempts, state) VALUES(?,?,?,1,'sent')
				ON CONFLICT(kind, key) DO UPDATE SET tx_id = excluded.tx_id,
					attempts = attempts + (state != 'sent'), state = 'sent', block = NULL`, string(kind), k, id); err != nil {
				return fmt.Errorf("mark %s %s: %w", kind, k, err)
			}
		}
		return nil
	}
}

// AwaitReceipts waits for every transaction marked sent and records its outcome: mined at its
// block, or failed (reverted, or the nonce taken by another transaction), to be sent again
// while attempts remain. After a restart this is where the sends in flight at the crash finish.
func (l *Ledger) AwaitReceipts(ctx context.Context) error {
	rows, err := l.db.QueryContext(ctx, `SELECT DISTINCT tx_id FROM sends WHERE state = 'sent' ORDER BY 1`)
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
	if err := rows.Err(); err != nil {
		return err
	}
	for _, id := range ids {
		receipt, err := l.txm.Wait(ctx, id)
		state, block := "mined", any(nil)
		switch {
		case err == nil:
			block = receipt.BlockNumber.Uint64()
		case errors.Is(err, txmgr.ErrReverted), errors.Is(err, txmgr.ErrNonceConsumed):
			l.cfg.Log.Warn("settlement transaction failed; its work is retried while attempts remain", "tx", id, "err", err)
			state = "failed"
		default:
			return fmt.Errorf("wait for transaction %d: %w", id, err)
		}
		if _, err := l.db.ExecContext(ctx, `UPDATE sends SET state = ?, block = ? WHERE tx_id = ? AND state = 'sent'`, state, block, id); err != nil {
			return fmt.Errorf("record transaction %d: %w", id, err)
		}
		if state == "failed" {
			if err := l.logGivenUp(ctx, id); err != nil {
				return err
			}
		}
	}
	return nil
}

func (l *Ledger) logGivenUp(ctx context.Context, id int64) error {
	rows, err := l.db.QueryContext(ctx, `SELECT kind, key FROM sends WHERE tx_id = ? AND state = 'failed' AND attempts >= ?`, id, l.cfg.MaxAttempts)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var kind, key string
		if err := rows.Scan(&kind, &key); err != nil {
			return err
		}
		l.cfg.Log.Error("settlement work given up", "kind", kind, "key", key, "attempts", l.cfg.MaxAttempts)
	}
	return rows.Err()
}

// Reopen makes mined work (kind, key) need a send again as fresh work, its attempts starting
// over, for an outcome that means "not yet" rather than done (a bill skipped until its
// period's trades settle): the mined sends did not fail, so they count no attempt.
func (l *Ledger) Reopen(ctx context.Context, kind Kind, keys []string) error {
	for _, k := range keys {
		if _, err := l.db.ExecContext(ctx, `DELETE FROM sends WHERE kind = ? AND key = ? AND state = 'mined'`, string(kind), k); err != nil {
			return fmt.Errorf("reopen %s %s: %w", kind, k, err)
		}
	}
	return nil
}

// NeedsSend is an SQL condition, for the caller's own query over the ledger's database, that is
// true when work (kind, key) needs a send now: never sent, or failed with attempts left, or
// mined at a block the index (complete up to cursor) has passed without the outcome. key is an
// SQL expression for the key in the caller's query; outcome an SQL condition, which may use
// snd.block (the block the send was mined in), true when the index shows the send's effect.
// Work in flight, given up, or mined but not indexed yet needs no send.
func (l *Ledger) NeedsSend(kind Kind, key, outcome string, cursor uint64) string {
	return `NOT EXISTS (SELECT 1 FROM sends snd WHERE snd.kind = ` + quote(string(kind)) + ` AND snd.key = ` + key + ` AND (
		snd.state = 'sent' OR snd.attempts >= ` + strconv.Itoa(l.cfg.MaxAttempts) + ` OR (snd.state = 'mined' AND (snd.block > ` +
		strconv.FormatUint(cursor, 10) + ` OR ` + outcome + `))))`
}

// Busy reports that work (kind, key) needs no send now, for work whose caller already knows it
// is not done: in flight, given up, or mined but not yet indexed (cursor: the block the index
// is complete up to).
func (l *Ledger) Busy(ctx context.Context, kind Kind, key string, cursor uint64) (bool, error) {
	var needs bool
	if err := l.db.QueryRowContext(ctx, `SELECT `+l.NeedsSend(kind, "?", "0", cursor), key).Scan(&needs); err != nil {
		return false, fmt.Errorf("send ledger %s %s: %w", kind, key, err)
	}
	return !needs, nil
}

// quote is s as an SQL string literal.
func quote(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }
