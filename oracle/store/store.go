// Package store is the oracle's durable inbox and outbox: every reading the oracle acknowledged,
// with its off-chain detail record, quality flags and where it is (received, submitted in a
// transaction, accepted in a block, rejected with the ledger's reason), and the quarantine of
// input that was refused. The stored values are internal/stored's; the portal and the audit read
// them through interfaces of their own, which *Store satisfies.
//
// Uint64 values (registers, seq, meter ids) are stored bit-cast into SQLite's signed 64-bit
// INTEGER and cast back on read, so every uint64 round-trips exactly.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/internal/sqlite"
	"github.com/meterchain/meterchain/internal/stored"
)

// Schema of the oracle's tables (idempotent).
var Schema = []string{
	`CREATE TABLE IF NOT EXISTS readings (
	id          INTEGER PRIMARY KEY AUTOINCREMENT,
	meter_id    INTEGER NOT NULL,
	seq         INTEGER NOT NULL,
	timestamp   INTEGER NOT NULL,
	import_wh   INTEGER NOT NULL,
	export_wh   INTEGER NOT NULL,
	detail_hash BLOB NOT NULL,
	signature   BLOB NOT NULL,
	voltage_mv  INTEGER NOT NULL,
	current_ma  INTEGER NOT NULL,
	temperature_mc INTEGER NOT NULL,
	humidity_bp INTEGER NOT NULL,
	lat_e7      INTEGER NOT NULL,
	lon_e7      INTEGER NOT NULL,
	quality     INTEGER NOT NULL,  -- Quality flags (stored.Quality)
	source      TEXT NOT NULL,     -- http | mqtt | coap
	verified    INTEGER NOT NULL,  -- 1: signature checked against the registry; 0: registry was unreachable
	expected    INTEGER NOT NULL,  -- reading.Reason the oracle predicted from the ledger state
	status      TEXT NOT NULL,     -- received | submitted | accepted | rejected | refused
	tx_id       INTEGER,           -- txmgr_txs.id of the submitting transaction
	tx_hash     TEXT,
	block       INTEGER,
	reason      INTEGER,           -- reading.Reason when rejected (ledger) or refused (oracle)
	received_at INTEGER NOT NULL,  -- unix milliseconds
	updated_at  INTEGER NOT NULL,
	UNIQUE(meter_id, seq)
)`,
	`CREATE INDEX IF NOT EXISTS readings_meter_ts ON readings(meter_id, timestamp)`,
	// The outbox, in two partial indexes: a reading is in the first while it waits for a batch
	// and in the second while its transaction is out, and in neither once decided. Full indexes
	// on status and tx_id held every reading ever stored and moved an entry of each at every
	// step; these cost one entry per step and stay the size of the outbox.
	`DROP INDEX IF EXISTS readings_status`,
	`DROP INDEX IF EXISTS readings_tx`,
	`CREATE INDEX IF NOT EXISTS readings_received ON readings(id) WHERE status = 'received'`,
	`CREATE INDEX IF NOT EXISTS readings_submitted ON readings(tx_id) WHERE status = 'submitted'`,
	// An OCMF record is stored as a reading (its meter, PG counter as seq, registers, digest as
	// detail hash, the meter's r || s) plus the record exactly as received: the ledger reads the
	// signed payload itself (ReadingLedger.submitOcmf).
	`CREATE TABLE IF NOT EXISTS ocmf_records (
	reading_id  INTEGER PRIMARY KEY REFERENCES readings(id),
	raw         BLOB NOT NULL
)`,
	`CREATE TABLE IF NOT EXISTS quarantine (
	id          INTEGER PRIMARY KEY AUTOINCREMENT,
	received_at INTEGER NOT NULL,  -- unix milliseconds
	source      TEXT NOT NULL,
	remote      TEXT NOT NULL,     -- remote address or MQTT topic
	meter_id    INTEGER,           -- when the envelope named one
	code        TEXT NOT NULL,     -- the error code answered
	message     TEXT NOT NULL,
	raw         BLOB NOT NULL,     -- the input as received, its first MaxKeptRaw bytes
	size        INTEGER NOT NULL DEFAULT 0, -- bytes received
	sha256      BLOB,              -- SHA-256 of the bytes received
	bytes       INTEGER NOT NULL DEFAULT 0  -- what the row counts against the quarantine's bounds
)`,
	`CREATE INDEX IF NOT EXISTS quarantine_meter ON quarantine(meter_id, id)`,
	`CREATE INDEX IF NOT EXISTS quarantine_remote ON quarantine(remote, id)`,
	// The quarantine's size, overall and per source, kept by triggers in the same transaction
	// as every insert and eviction.
	`CREATE TABLE IF NOT EXISTS quarantine_total (id INTEGER PRIMARY KEY CHECK (id = 0), bytes INTEGER NOT NULL)`,
	`CREATE TABLE IF NOT EXISTS quarantine_sources (remote TEXT PRIMARY KEY, bytes INTEGER NOT NULL)`,
	// The data of every batch this oracle anchored in blobs, by the batch's dataHash: blobs leave
	// the chain's nodes after ~18 days, and the relayer must answer demands, replay and serve it.
	`CREATE TABLE IF NOT EXISTS anchor_data (data_hash BLOB PRIMARY KEY, data BLOB NOT NULL, created INTEGER NOT NULL)`,
}

// quarantineUsage runs after the migration of a quarantine table older than its size columns.
var quarantineUsage = []string{
	`CREATE TRIGGER IF NOT EXISTS quarantine_added AFTER INSERT ON quarantine BEGIN
	INSERT INTO quarantine_sources(remote, bytes) VALUES (NEW.remote, NEW.bytes)
		ON CONFLICT(remote) DO UPDATE SET bytes = bytes + excluded.bytes;
	UPDATE quarantine_total SET bytes = bytes + NEW.bytes;
END`,
	`CREATE TRIGGER IF NOT EXISTS quarantine_removed AFTER DELETE ON quarantine BEGIN
	UPDATE quarantine_sources SET bytes = bytes - OLD.bytes WHERE remote = OLD.remote;
	DELETE FROM quarantine_sources WHERE remote = OLD.remote AND bytes <= 0;
	UPDATE quarantine_total SET bytes = bytes - OLD.bytes;
END`,
}

// migrate brings a store made by an older version up to the current schema.
func migrate(db *sql.DB) error {
	var n int
	if err := db.QueryRow(`SELECT COUNT(*) FROM pragma_table_info('quarantine') WHERE name = 'bytes'`).Scan(&n); err != nil {
		return err
	}
	if n == 0 {
		for _, q := range []string{
			`ALTER TABLE quarantine ADD COLUMN size INTEGER NOT NULL DEFAULT 0`,
			`ALTER TABLE quarantine ADD COLUMN sha256 BLOB`,
			`ALTER TABLE quarantine ADD COLUMN bytes INTEGER NOT NULL DEFAULT 0`,
			`UPDATE quarantine SET size = length(raw), bytes = length(raw) + length(message) + length(remote) + ` + strconv.Itoa(quarantineRowOverhead),
		} {
			if _, err := db.Exec(q); err != nil {
				return err
			}
		}
	}
	for _, q := range quarantineUsage {
		if _, err := db.Exec(q); err != nil {
			return err
		}
	}
	res, err := db.Exec(`INSERT OR IGNORE INTO quarantine_total(id, bytes) SELECT 0, COALESCE(SUM(bytes), 0) FROM quarantine`)
	if err != nil {
		return err
	}
	if added, _ := res.RowsAffected(); added == 1 { // first open since the usage tables exist
		_, err = db.Exec(`INSERT OR REPLACE INTO quarantine_sources(remote, bytes) SELECT remote, SUM(bytes) FROM quarantine GROUP BY remote`)
	}
	return err
}

// Store is the oracle's database. Safe for concurrent use: writes go through one connection
// (SQLite has one writer), reads through a small pool of their own, which WAL lets run beside the
// writer, so status queries and batching never queue behind a commit.
type Store struct {
	db   *sql.DB // the one writing connection
	read *sql.DB // readers (the same handle for ":memory:")
}

// Open opens (creating if needed) the store at path (":memory:" for a private in-memory one).
func Open(path string) (*Store, error) {
	db, err := sqlite.Open(path, Schema...)
	if err != nil {
		return nil, fmt.Errorf("oracle store: %w", err)
	}
	if err := migrate(db); err != nil {
		db.Close()
		return nil, fmt.Errorf("oracle store: migrate %s: %w", path, err)
	}
	st := &Store{db: db, read: db}
	if path != ":memory:" {
		if st.read, err = sqlite.Open(path); err != nil {
			db.Close()
			return nil, fmt.Errorf("oracle store readers: %w", err)
		}
		st.read.SetMaxOpenConns(4)
	}
	return st, nil
}

// DB is the underlying database; the oracle's transaction manager keeps its table there so that
// marking readings submitted and recording the transaction are one database transaction.
func (s *Store) DB() *sql.DB { return s.db }

// Close closes the database.
func (s *Store) Close() error {
	if s.read != s.db {
		s.read.Close()
	}
	return s.db.Close()
}

// ErrNotFound is returned for an unknown reading id.
var ErrNotFound = errors.New("not found")

const readingCols = `id, meter_id, seq, timestamp, import_wh, export_wh, detail_hash, signature,
	voltage_mv, current_ma, temperature_mc, humidity_bp, lat_e7, lon_e7, quality, source, verified, expected,
	status, tx_id, tx_hash, block, reason, received_at, updated_at,
	(SELECT raw FROM ocmf_records WHERE reading_id = readings.id)`

type scanner interface{ Scan(dest ...any) error }

func scanReading(row scanner) (stored.Reading, error) {
	var r stored.Reading
	var meter, seq, ts, imp, exp int64
	var dh, sig []byte
	var txID, block, reason sql.NullInt64
	var txHash sql.NullString
	var recv, upd int64
	var status string
	if err := row.Scan(&r.ID, &meter, &seq, &ts, &imp, &exp, &dh, &sig,
		&r.Detail.VoltageMV, &r.Detail.CurrentMA, &r.Detail.TemperatureMC, &r.Detail.HumidityBP,
		&r.Detail.LatitudeE7, &r.Detail.LongitudeE7, &r.Quality, &r.Source, &r.Verified, &r.Expected,
		&status, &txID, &txHash, &block, &reason, &recv, &upd, &r.Ocmf); err != nil {
		return r, err
	}
	r.Reading = reading.Reading{MeterID: uint64(meter), Seq: uint64(seq), Timestamp: uint64(ts),
		ImportWh: uint64(imp), ExportWh: uint64(exp), DetailHash: common.BytesToHash(dh)}
	copy(r.Signature[:], sig)
	r.Status = stored.Status(status)
	r.TxID = txID.Int64
	if txHash.Valid {
		r.TxHash = common.HexToHash(txHash.String)
	}
	r.Block = uint64(block.Int64)
	r.Reason = reading.Reason(reason.Int64)
	r.ReceivedAt, r.UpdatedAt = time.UnixMilli(recv).UTC(), time.UnixMilli(upd).UTC()
	return r, nil
}

// Reading returns the reading with the given id (ErrNotFound if none).
func (s *Store) Reading(ctx context.Context, id int64) (stored.Reading, error) {
	r, err := scanReading(s.read.QueryRowContext(ctx, `SELECT `+readingCols+` FROM readings WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return r, fmt.Errorf("reading %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return r, fmt.Errorf("reading %d: %w", id, err)
	}
	return r, nil
}

// ReadingBySeq returns a meter's reading with the given seq (ErrNotFound if none).
func (s *Store) ReadingBySeq(ctx context.Context, meterID, seq uint64) (stored.Reading, error) {
	r, err := scanReading(s.read.QueryRowContext(ctx, `SELECT `+readingCols+` FROM readings WHERE meter_id = ? AND seq = ?`,
		int64(meterID), int64(seq)))
	if errors.Is(err, sql.ErrNoRows) {
		return r, fmt.Errorf("reading %d/%d: %w", meterID, seq, ErrNotFound)
	}
	if err != nil {
		return r, fmt.Errorf("reading %d/%d: %w", meterID, seq, err)
	}
	return r, nil
}

// MeterReadings lists a meter's readings with from <= timestamp < to (unix seconds; to == 0 means
// no upper bound), oldest first, limit (<= 0: 100) after skipping offset.
func (s *Store) MeterReadings(ctx context.Context, meterID, from, to uint64, limit, offset int) ([]stored.Reading, error) {
	if limit <= 0 {
		limit = 100
	}
	if to == 0 {
		to = 1<<63 - 1
	}
	rows, err := s.read.QueryContext(ctx, `SELECT `+readingCols+` FROM readings
		WHERE meter_id = ? AND timestamp >= ? AND timestamp < ? ORDER BY timestamp, seq LIMIT ? OFFSET ?`,
		int64(meterID), int64(from), int64(to), limit, offset)
	if err != nil {
		return nil, fmt.Errorf("readings of meter %d: %w", meterID, err)
	}
	return collect(rows)
}

func collect(rows *sql.Rows) ([]stored.Reading, error) {
	defer rows.Close()
	var out []stored.Reading
	for rows.Next() {
		r, err := scanReading(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// MeterStatus returns the meter's counts and latest readings; a meter the oracle never heard of
// has all zero.
func (s *Store) MeterStatus(ctx context.Context, meterID uint64) (stored.MeterStatus, error) {
	ms := stored.MeterStatus{MeterID: meterID}
	rows, err := s.read.QueryContext(ctx, `SELECT status, COUNT(*) FROM readings WHERE meter_id = ? GROUP BY status`, int64(meterID))
	if err != nil {
		return ms, fmt.Errorf("status of meter %d: %w", meterID, err)
	}
	for rows.Next() {
		var st string
		var n int64
		if err := rows.Scan(&st, &n); err != nil {
			rows.Close()
			return ms, err
		}
		switch stored.Status(st) {
		case stored.Received:
			ms.Received = n
		case stored.Submitted:
			ms.Submitted = n
		case stored.Accepted:
			ms.Accepted = n
		case stored.Rejected:
			ms.Rejected = n
		case stored.Refused:
			ms.Refused = n
		}
	}
	rows.Close()
	if err := s.read.QueryRowContext(ctx, `SELECT COUNT(*) FROM quarantine WHERE meter_id = ?`, int64(meterID)).Scan(&ms.Quarantined); err != nil {
		return ms, fmt.Errorf("status of meter %d: %w", meterID, err)
	}
	one := func(where string) (*stored.Reading, error) {
		r, err := scanReading(s.read.QueryRowContext(ctx, `SELECT `+readingCols+` FROM readings WHERE meter_id = ? `+where+` ORDER BY seq DESC LIMIT 1`, int64(meterID)))
		if errors.Is(err, sql.ErrNoRows) {
			return nil, nil
		}
		if err != nil {
			return nil, fmt.Errorf("status of meter %d: %w", meterID, err)
		}
		return &r, nil
	}
	if ms.Latest, err = one(""); err != nil {
		return ms, err
	}
	if ms.LastAccepted, err = one(`AND status = 'accepted'`); err != nil {
		return ms, err
	}
	if ms.LastRejected, err = one(`AND status = 'rejected'`); err != nil {
		return ms, err
	}
	return ms, nil
}

// Quarantined is refused input: kept as received up to MaxKeptRaw bytes (an envelope is kept
// whole), with the size and SHA-256 of all of it.
type Quarantined struct {
	ID         int64
	ReceivedAt time.Time
	Source     string
	Remote     string
	MeterID    *uint64 // nil when the input named no meter
	Code       string
	Message    string
	Raw        []byte
	Size       int64    // bytes received (set by QuarantineTx)
	SHA256     [32]byte // of the bytes received (set by QuarantineTx)
}

// QuarantineList lists quarantined input, newest first; meterID 0 lists every meter's.
func (s *Store) QuarantineList(ctx context.Context, meterID uint64, limit, offset int) ([]Quarantined, error) {
	if limit <= 0 {
		limit = 100
	}
	q := `SELECT id, received_at, source, remote, meter_id, code, message, raw, size, sha256 FROM quarantine`
	args := []any{}
	if meterID != 0 {
		q += ` WHERE meter_id = ?`
		args = append(args, int64(meterID))
	}
	q += ` ORDER BY id DESC LIMIT ? OFFSET ?`
	rows, err := s.read.QueryContext(ctx, q, append(args, limit, offset)...)
	if err != nil {
		return nil, fmt.Errorf("quarantine: %w", err)
	}
	defer rows.Close()
	var out []Quarantined
	for rows.Next() {
		var qr Quarantined
		var at int64
		var meter sql.NullInt64
		var sum []byte
		if err := rows.Scan(&qr.ID, &at, &qr.Source, &qr.Remote, &meter, &qr.Code, &qr.Message, &qr.Raw, &qr.Size, &sum); err != nil {
			return nil, err
		}
		copy(qr.SHA256[:], sum)
		qr.ReceivedAt = time.UnixMilli(at).UTC()
		if meter.Valid {
			m := uint64(meter.Int64)
			qr.MeterID = &m
		}
		out = append(out, qr)
	}
	return out, rows.Err()
}

// OutboxDepth is the number of readings stored and not yet decided by the ledger (received +
// submitted), read from the outbox's indexes: it costs the outbox's size, not the store's.
func (s *Store) OutboxDepth(ctx context.Context) (int64, error) {
	var n int64
	err := s.read.QueryRowContext(ctx, `SELECT (SELECT COUNT(*) FROM readings WHERE status = 'received') +
		(SELECT COUNT(*) FROM readings WHERE status = 'submitted')`).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("outbox depth: %w", err)
	}
	return n, nil
}

// Counts is the number of readings in each status (a scan of every reading stored).
func (s *Store) Counts(ctx context.Context) (map[stored.Status]int64, error) {
	rows, err := s.read.QueryContext(ctx, `SELECT status, COUNT(*) FROM readings GROUP BY status`)
	if err != nil {
		return nil, fmt.Errorf("count readings: %w", err)
	}
	defer rows.Close()
	out := map[stored.Status]int64{}
	for rows.Next() {
		var st string
		var n int64
		if err := rows.Scan(&st, &n); err != nil {
			return nil, err
		}
		out[stored.Status(st)] = n
	}
	return out, rows.Err()
}
