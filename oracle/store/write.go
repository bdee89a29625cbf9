package store

import (
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/meterchain/meterchain/internal/envelope"
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
	// Unverified: the conflicting stored reading is not verified yet either (the registry was
	// unreachable for both); which one the meter signed is known once it answers.
	Unverified bool
	// Displaced is the id of an unverified reading this verified one replaced (0: none): anyone
	// can send an envelope while the registry is unreachable, and such a reading must not keep a
	// meter's seq from its own reading.
	Displaced int64
}

const insertSQL = `INSERT INTO readings(meter_id, seq, timestamp, import_wh, export_wh, detail_hash, signature,
	voltage_mv, current_ma, temperature_mc, humidity_bp, lat_e7, lon_e7, quality, source, verified, expected,
	status, received_at, updated_at)
	VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,'received',?,?)
	ON CONFLICT(meter_id, seq) DO NOTHING`

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
	// Exec, not QueryRow with RETURNING: a row inserted is one change, and the connection's last
	// rowid is its id (the statement runs on the transaction's connection only).
	res, err := in.stmt.Exec(int64(r.Reading.MeterID), int64(r.Reading.Seq), int64(r.Reading.Timestamp), int64(r.Reading.ImportWh),
		int64(r.Reading.ExportWh), r.Reading.DetailHash[:], r.Signature[:],
		r.Detail.VoltageMV, r.Detail.CurrentMA, r.Detail.TemperatureMC, r.Detail.HumidityBP, r.Detail.LatitudeE7,
		r.Detail.LongitudeE7, r.Quality, r.Source, r.Verified, r.Expected, r.ReceivedAt.UnixMilli(), now)
	if err != nil {
		return Insert{}, fmt.Errorf("store reading %d/%d: %w", r.Reading.MeterID, r.Reading.Seq, err)
	}
	n, err := res.RowsAffected()
	if err == nil && n == 1 {
		var id int64
		id, err = res.LastInsertId()
		return Insert{ID: id}, err
	}
	if err != nil {
		return Insert{}, fmt.Errorf("store reading %d/%d: %w", r.Reading.MeterID, r.Reading.Seq, err)
	}
	var id int64
	var ts, imp, exp int64
	var dh, sig []byte
	var verified bool
	if err := in.tx.QueryRow(`SELECT id, timestamp, import_wh, export_wh, detail_hash, signature, verified FROM readings WHERE meter_id = ? AND seq = ?`,
		int64(r.Reading.MeterID), int64(r.Reading.Seq)).Scan(&id, &ts, &imp, &exp, &dh, &sig, &verified); err != nil {
		return Insert{}, fmt.Errorf("stored reading %d/%d: %w", r.Reading.MeterID, r.Reading.Seq, err)
	}
	same := uint64(ts) == r.Reading.Timestamp && uint64(imp) == r.Reading.ImportWh &&
		uint64(exp) == r.Reading.ExportWh && common.BytesToHash(dh) == r.Reading.DetailHash
	if !verified && r.Verified && !bytes.Equal(sig, r.Signature[:]) {
		// Never relayed: a reading is verified before it is batched.
		if _, err := in.tx.Exec(`DELETE FROM readings WHERE id = ? AND verified = 0`, id); err != nil {
			return Insert{}, fmt.Errorf("displace unverified reading %d: %w", id, err)
		}
		ins, err := in.Insert(r)
		ins.Displaced = id
		return ins, err
	}
	return Insert{ID: id, Duplicate: same, Conflict: !same, Unverified: !same && !verified && !r.Verified}, nil
}

// MaxKeptRaw is how much of a refused input the quarantine keeps: a whole envelope (the largest
// any transport takes), only the head of a longer body.
const MaxKeptRaw = envelope.MaxSize

// quarantineRowOverhead is what a row costs beyond its raw bytes, message and remote address
// (columns, hash, index entries), for the bounds.
const quarantineRowOverhead = 160

// QuarantineBounds cap the quarantine's size in bytes, overall and per source (remote address
// or MQTT topic); when an insert passes one, the oldest rows (of that source, then of all) are
// evicted. Zero: no bound.
type QuarantineBounds struct {
	MaxBytes, MaxBytesPerSource int64
}

// QuarantineTx keeps refused input in tx, within b; evicted counts the older rows it removed.
func QuarantineTx(tx *sql.Tx, q Quarantined, b QuarantineBounds) (id, evicted int64, err error) {
	var meter any
	if q.MeterID != nil {
		meter = int64(*q.MeterID)
	}
	if q.ReceivedAt.IsZero() {
		q.ReceivedAt = time.Now()
	}
	sum := sha256.Sum256(q.Raw)
	size := len(q.Raw)
	if size > MaxKeptRaw {
		q.Raw = q.Raw[:MaxKeptRaw]
	}
	cost := len(q.Raw) + len(q.Message) + len(q.Remote) + quarantineRowOverhead
	res, err := tx.Exec(`INSERT INTO quarantine(received_at, source, remote, meter_id, code, message, raw, size, sha256, bytes)
		VALUES(?,?,?,?,?,?,?,?,?,?)`,
		q.ReceivedAt.UnixMilli(), q.Source, q.Remote, meter, q.Code, q.Message, q.Raw, size, sum[:], cost)
	if err != nil {
		return 0, 0, fmt.Errorf("quarantine: %w", err)
	}
	if id, err = res.LastInsertId(); err != nil {
		return 0, 0, fmt.Errorf("quarantine: %w", err)
	}
	evict := func(limit int64, used, oldest string, args ...any) error {
		for limit > 0 {
			var n int64
			if err := tx.QueryRow(used, args...).Scan(&n); err != nil && !errors.Is(err, sql.ErrNoRows) {
				return err
			}
			if n <= limit {
				return nil
			}
			res, err := tx.Exec(`DELETE FROM quarantine WHERE id = (`+oldest+`)`, args...)
			if err != nil {
				return err
			}
			if gone, _ := res.RowsAffected(); gone == 0 {
				return nil
			}
			evicted++
		}
		return nil
	}
	if err := evict(b.MaxBytesPerSource, `SELECT bytes FROM quarantine_sources WHERE remote = ?`,
		`SELECT id FROM quarantine WHERE remote = ? ORDER BY id LIMIT 1`, q.Remote); err != nil {
		return 0, 0, fmt.Errorf("quarantine: evict from %s: %w", q.Remote, err)
	}
	if err := evict(b.MaxBytes, `SELECT bytes FROM quarantine_total`, `SELECT MIN(id) FROM quarantine`); err != nil {
		return 0, 0, fmt.Errorf("quarantine: evict: %w", err)
	}
	return id, evicted, nil
}

// The outbox's queries, each served by one of its partial indexes (TestOutboxQueriesUseItsIndexes).
const (
	nextBatchSQL = `SELECT ` + readingCols + ` FROM readings WHERE status = 'received'
		AND NOT EXISTS (SELECT 1 FROM ocmf_records WHERE reading_id = readings.id) ORDER BY id LIMIT ?`
	nextOcmfBatchSQL = `SELECT ` + readingCols + ` FROM readings WHERE status = 'received'
		AND EXISTS (SELECT 1 FROM ocmf_records WHERE reading_id = readings.id) ORDER BY id LIMIT ?`
	submittedTxsSQL = `SELECT DISTINCT tx_id FROM readings WHERE status = 'submitted' ORDER BY tx_id`
	txReadingsSQL   = `SELECT id, meter_id, seq, expected, received_at FROM readings WHERE tx_id = ? AND status = 'submitted'`
)

// NextBatch returns up to limit readings waiting for a batch, oldest first (OCMF records have
// their own: NextOcmfBatch).
func (s *Store) NextBatch(ctx context.Context, limit int) ([]stored.Reading, error) {
	rows, err := s.read.QueryContext(ctx, nextBatchSQL, limit)
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
	rows, err := s.read.QueryContext(ctx, submittedTxsSQL)
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
	fail := func(err error) ([]Applied, int64, error) {
		return nil, 0, fmt.Errorf("apply receipt of tx %d: %w", txID, err)
	}
	reasons := make(map[[2]uint64]reading.Reason, len(outcomes))
	for _, o := range outcomes {
		reasons[[2]uint64{o.MeterID, o.Seq}] = o.Reason
	}
	// A statement per reading cost more than the rest of settling: read the transaction's
	// readings once, requeue those without an outcome and reject the (few) rejected ones each,
	// then settle all the rest, accepted, in one statement.
	type submitted struct {
		id           int64
		meter, seq   uint64
		expected     reading.Reason
		receivedAtMs int64
	}
	var subs []submitted
	rows, err := tx.QueryContext(ctx, txReadingsSQL, txID)
	if err != nil {
		return fail(err)
	}
	for rows.Next() {
		var r submitted
		if err := rows.Scan(&r.id, &r.meter, &r.seq, &r.expected, &r.receivedAtMs); err != nil {
			rows.Close()
			return fail(err)
		}
		subs = append(subs, r)
	}
	if err := rows.Close(); err != nil {
		return fail(err)
	}
	now := time.Now().UnixMilli()
	hash := txHash.Hex()
	var leftover []int64
	accepted := 0
	for _, r := range subs {
		reason, ok := reasons[[2]uint64{r.meter, r.seq}]
		switch {
		case !ok:
			leftover = append(leftover, r.id)
			continue
		case reason == reading.Accepted:
			accepted++
		default:
			if _, err := tx.ExecContext(ctx, `UPDATE readings SET status = ?, tx_hash = ?, block = ?, reason = ?, updated_at = ? WHERE id = ?`,
				string(stored.Rejected), hash, int64(block), int(reason), now, r.id); err != nil {
				return fail(err)
			}
		}
		applied = append(applied, Applied{ID: r.id, MeterID: r.meter, Expected: r.expected, Reason: reason, ReceivedAt: time.UnixMilli(r.receivedAtMs)})
	}
	if len(leftover) > 0 {
		in, args := idList(leftover)
		res, err := tx.ExecContext(ctx, `UPDATE readings SET status = 'received', tx_id = NULL, updated_at = ? WHERE id IN (`+in+`)`, append([]any{now}, args...)...)
		if err != nil {
			return nil, 0, fmt.Errorf("requeue leftovers of tx %d: %w", txID, err)
		}
		requeued, _ = res.RowsAffected()
	}
	if accepted > 0 { // what is still submitted in the transaction now is exactly the accepted
		res, err := tx.ExecContext(ctx, `UPDATE readings SET status = ?, tx_hash = ?, block = ?, reason = ?, updated_at = ? WHERE tx_id = ? AND status = 'submitted'`,
			string(stored.Accepted), hash, int64(block), int(reading.Accepted), now, txID)
		if err != nil {
			return fail(err)
		}
		if n, _ := res.RowsAffected(); n != int64(accepted) {
			return fail(fmt.Errorf("%d readings settled accepted, %d expected", n, accepted))
		}
	}
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
