package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/internal/stored"
)

// NewReading is a verified (or, with the registry unreachable, not yet verified) reading to store.
type NewReading struct {
	Reading    reading.Reading
	Detail     reading.Detail
	Signature  reading.Signature
	Quality    stored.Quality
	Source     string
	Verified   bool
	Expected   reading.Reason
	ReceivedAt time.Time
}

// Insert is what happened to a NewReading.
type Insert struct {
	ID int64 // the new reading's id, or the stored one's for a duplicate or conflict
	// Duplicate: the same reading (registers, timestamp, detail) is already stored under (meter, seq).
	Duplicate bool
	// Conflict: a different reading with the same (meter, seq) is stored; the ledger would refuse
	// this one as a replayed seq, so it is not stored.
	Conflict bool
}

const insertSQL = `INSERT INTO readings(meter_id, seq, timestamp, import_wh, export_wh, detail_hash, signature,
	voltage_mv, current_ma, temperature_mc, humidity_bp, lat_e7, lon_e7, quality, source, verified, expected,
	status, received_at, updated_at)
	VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,'received',?,?)
	ON CONFLICT(meter_id, seq) DO NOTHING RETURNING id`

// Inserter stores readings in one database transaction with a statement prepared once (the
// oracle's group commit stores hundreds per transaction).
type Inserter struct {
	tx   *sql.Tx
	stmt *sql.Stmt
}

// NewInserter prepares to store readings in tx; Close it before committing.
func NewInserter(tx *sql.Tx) (*Inserter, error) {
	stmt, err := tx.Prepare(insertSQL)
	if err != nil {
		return nil, fmt.Errorf("prepare insert: %w", err)
	}
	return &Inserter{tx: tx, stmt: stmt}, nil
}

// Close releases the prepared statement.
func (in *Inserter) Close() error { return in.stmt.Close() }

// InsertTx stores r in tx unless (meter, seq) is already stored: the idempotency key.
func InsertTx(tx *sql.Tx, r NewReading) (Insert, error) {
	in, err := NewInserter(tx)
	if err != nil {
		return Insert{}, err
	}
	defer in.Close()
	return in.Insert(r)
}

// Insert stores r unless (meter, seq) is already stored: the idempotency key.
func (in *Inserter) Insert(r NewReading) (Insert, error) {
	now := time.Now().UnixMilli()
	var id int64
	err := in.stmt.QueryRow(int64(r.Reading.MeterID), int64(r.Reading.Seq), int64(r.Reading.Timestamp), int64(r.Reading.ImportWh),
		int64(r.Reading.ExportWh), r.Reading.DetailHash[:], r.Signature[:],
		r.Detail.VoltageMV, r.Detail.CurrentMA, r.Detail.TemperatureMC, r.Detail.HumidityBP, r.Detail.LatitudeE7,
		r.Detail.LongitudeE7, r.Quality, r.Source, r.Verified, r.Expected, r.ReceivedAt.UnixMilli(), now).Scan(&id)
	if err == nil {
		return Insert{ID: id}, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return Insert{}, fmt.Errorf("store reading %d/%d: %w", r.Reading.MeterID, r.Reading.Seq, err)
	}
	var ts, imp, exp int64
	var dh []byte
	if err := in.tx.QueryRow(`SELECT id, timestamp, import_wh, export_wh, detail_hash FROM readings WHERE meter_id = ? AND seq = ?`,
		int64(r.Reading.MeterID), int64(r.Reading.Seq)).Scan(&id, &ts, &imp, &exp, &dh); err != nil {
		return Insert{}, fmt.Errorf("stored reading %d/%d: %w", r.Reading.MeterID, r.Reading.Seq, err)
	}
	same := uint64(ts) == r.Reading.Timestamp && uint64(imp) == r.Reading.ImportWh &&
		uint64(exp) == r.Reading.ExportWh && common.BytesToHash(dh) == r.Reading.DetailHash
	return Insert{ID: id, Duplicate: same, Conflict: !same}, nil
}

// QuarantineTx keeps refused input in tx.
func QuarantineTx(tx *sql.Tx, q Quarantined) (int64, error) {
	var meter any
	if q.MeterID != nil {
		meter = int64(*q.MeterID)
	}
	if q.ReceivedAt.IsZero() {
		q.ReceivedAt = time.Now()
	}
	res, err := tx.Exec(`INSERT INTO quarantine(received_at, source, remote, meter_id, code, message, raw) VALUES(?,?,?,?,?,?,?)`,
		q.ReceivedAt.UnixMilli(), q.Source, q.Remote, meter, q.Code, q.Message, q.Raw)
	if err != nil {
		return 0, fmt.Errorf("quarantine: %w", err)
	}
	return res.LastInsertId()
}

// NextBatch returns up to limit readings waiting for a batch, oldest first.
func (s *Store) NextBatch(ctx context.Context, limit int) ([]stored.Reading, error) {
	rows, err := s.read.QueryContext(ctx, `SELECT `+readingCols+` FROM readings WHERE status = 'received' ORDER BY id LIMIT ?`, limit)
	if err != nil {
		return nil, fmt.Errorf("next batch: %w", err)
	}
	return collect(rows)
}

func idList(ids []int64) (string, []any) {
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	return strings.TrimSuffix(strings.Repeat("?,", len(ids)), ","), args
}

// MarkSubmittedTx marks readings as submitted in transaction txID, inside the transaction
// manager's database transaction that records txID (so both happen or neither does).
func MarkSubmittedTx(tx *sql.Tx, ids []int64, txID int64) error {
	in, args := idList(ids)
	res, err := tx.Exec(`UPDATE readings SET status = 'submitted', tx_id = ?, updated_at = ? WHERE status = 'received' AND id IN (`+in+`)`,
		append([]any{txID, time.Now().UnixMilli()}, args...)...)
	if err != nil {
		return fmt.Errorf("mark submitted in tx %d: %w", txID, err)
	}
	if n, _ := res.RowsAffected(); n != int64(len(ids)) {
		return fmt.Errorf("mark submitted in tx %d: %d of %d readings were still waiting", txID, n, len(ids))
	}
	return nil
}

// SubmittedTxIDs lists the transactions that hold submitted readings: after a restart the relayer
// waits for each of them, whatever state the transaction manager has them in.
func (s *Store) SubmittedTxIDs(ctx context.Context) ([]int64, error) {
	rows, err := s.read.QueryContext(ctx, `SELECT DISTINCT tx_id FROM readings WHERE status = 'submitted' ORDER BY tx_id`)
	if err != nil {
		return nil, fmt.Errorf("submitted transactions: %w", err)
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// Outcome is the ledger's decision on one reading, from a receipt's events.
type Outcome struct {
	MeterID, Seq uint64
	Reason       reading.Reason // reading.Accepted for ReadingAccepted
}

// Applied is one reading whose status a receipt settled.
type Applied struct {
	ID         int64
	MeterID    uint64
	Expected   reading.Reason
	Reason     reading.Reason
	ReceivedAt time.Time
}

// ApplyReceipt settles the readings submitted in transaction txID from the receipt's outcomes,
// in one database transaction. Readings of the transaction without an outcome go back to
// received (they are batched again). Readings already settled are left alone (idempotent).
func (s *Store) ApplyReceipt(ctx context.Context, txID int64, txHash common.Hash, block uint64, outcomes []Outcome) (applied []Applied, requeued int64, err error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, 0, err
	}
	defer tx.Rollback()
	now := time.Now().UnixMilli()
	settle, err := tx.PrepareContext(ctx, `UPDATE readings SET status = ?, tx_hash = ?, block = ?, reason = ?, updated_at = ?
		WHERE meter_id = ? AND seq = ? AND tx_id = ? AND status = 'submitted' RETURNING id, expected, received_at`)
	if err != nil {
		return nil, 0, fmt.Errorf("apply receipt of tx %d: %w", txID, err)
	}
	defer settle.Close()
	hash := txHash.Hex()
	for _, o := range outcomes {
		status := stored.Accepted
		if o.Reason != reading.Accepted {
			status = stored.Rejected
		}
		a := Applied{MeterID: o.MeterID, Reason: o.Reason}
		var recv int64
		err := settle.QueryRowContext(ctx, string(status), hash, int64(block), int(o.Reason), now,
			int64(o.MeterID), int64(o.Seq), txID).Scan(&a.ID, &a.Expected, &recv)
		if errors.Is(err, sql.ErrNoRows) {
			continue // settled before a restart, or not ours
		}
		if err != nil {
			return nil, 0, fmt.Errorf("apply receipt of tx %d: %w", txID, err)
		}
		a.ReceivedAt = time.UnixMilli(recv)
		applied = append(applied, a)
	}
	res, err := tx.ExecContext(ctx, `UPDATE readings SET status = 'received', tx_id = NULL, updated_at = ? WHERE tx_id = ? AND status = 'submitted'`, now, txID)
	if err != nil {
		return nil, 0, fmt.Errorf("requeue leftovers of tx %d: %w", txID, err)
	}
	requeued, _ = res.RowsAffected()
	return applied, requeued, tx.Commit()
}

// Requeue puts the readings of a failed transaction (reverted, or its nonce taken) back to
// received, to be batched again.
func (s *Store) Requeue(ctx context.Context, txID int64) (int64, error) {
	res, err := s.db.ExecContext(ctx, `UPDATE readings SET status = 'received', tx_id = NULL, updated_at = ? WHERE tx_id = ? AND status = 'submitted'`,
		time.Now().UnixMilli(), txID)
	if err != nil {
		return 0, fmt.Errorf("requeue tx %d: %w", txID, err)
	}
	return res.RowsAffected()
}

// SetVerified records the outcome of a late registry check (a reading stored while the registry
// was unreachable): verified, or refused with a reason and never relayed.
func (s *Store) SetVerified(ctx context.Context, id int64, refuse bool, reason reading.Reason, expected reading.Reason) error {
	var err error
	if refuse {
		_, err = s.db.ExecContext(ctx, `UPDATE readings SET status = 'refused', reason = ?, updated_at = ? WHERE id = ? AND status = 'received'`,
			int(reason), time.Now().UnixMilli(), id)
	} else {
		_, err = s.db.ExecContext(ctx, `UPDATE readings SET verified = 1, expected = ?, updated_at = ? WHERE id = ?`, int(expected), time.Now().UnixMilli(), id)
	}
	if err != nil {
		return fmt.Errorf("verify reading %d: %w", id, err)
	}
	return nil
}

// PendingTip is the state a meter's ledger entry will have once every reading the oracle holds
// for it and expects to be accepted is mined: its highest-seq such reading not yet settled.
func (s *Store) PendingTip(ctx context.Context, meterID uint64) (reading.State, bool, error) {
	var seq, ts, imp, exp int64
	err := s.read.QueryRowContext(ctx, `SELECT seq, timestamp, import_wh, export_wh FROM readings
		WHERE meter_id = ? AND status IN ('received','submitted') AND expected = 0 ORDER BY seq DESC LIMIT 1`, int64(meterID)).
		Scan(&seq, &ts, &imp, &exp)
	if errors.Is(err, sql.ErrNoRows) {
		return reading.State{}, false, nil
	}
	if err != nil {
		return reading.State{}, false, fmt.Errorf("pending tip of meter %d: %w", meterID, err)
	}
	return reading.State{Seq: uint64(seq), Timestamp: uint64(ts), ImportWh: uint64(imp), ExportWh: uint64(exp)}, true, nil
}

// LatestOnLedger is the timestamp of the meter's latest reading that is accepted or in a
// submitted transaction (0: none).
func (s *Store) LatestOnLedger(ctx context.Context, meterID uint64) (uint64, error) {
	var ts sql.NullInt64
	err := s.read.QueryRowContext(ctx, `SELECT MAX(timestamp) FROM readings WHERE meter_id = ? AND status IN ('accepted', 'submitted')`,
		int64(meterID)).Scan(&ts)
	if err != nil {
		return 0, fmt.Errorf("latest reading of meter %d: %w", meterID, err)
	}
	return uint64(ts.Int64), nil
}
