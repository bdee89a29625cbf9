package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/meterchain/meterchain/internal/stored"
)

// OcmfRecord is a stored OCMF record waiting to be relayed: the reading it reports and the
// record exactly as received.
type OcmfRecord struct {
	Stored stored.Reading
	Raw    []byte
}

// AddOcmfTx keeps the raw record of the reading just inserted as readingID, in the same
// database transaction, so a reading row is never without its record.
func AddOcmfTx(tx *sql.Tx, readingID int64, raw []byte) error {
	if _, err := tx.Exec(`INSERT INTO ocmf_records(reading_id, raw) VALUES(?, ?)`, readingID, raw); err != nil {
		return fmt.Errorf("store OCMF record of reading %d: %w", readingID, err)
	}
	return nil
}

// NextOcmfBatch returns up to limit OCMF records waiting for a batch, oldest first.
func (s *Store) NextOcmfBatch(ctx context.Context, limit int) ([]OcmfRecord, error) {
	rows, err := s.read.QueryContext(ctx, `SELECT `+readingCols+`, o.raw FROM readings JOIN ocmf_records o ON o.reading_id = readings.id
		WHERE status = 'received' ORDER BY id LIMIT ?`, limit)
	if err != nil {
		return nil, fmt.Errorf("next OCMF batch: %w", err)
	}
	defer rows.Close()
	var out []OcmfRecord
	for rows.Next() {
		var rec OcmfRecord
		if rec.Stored, err = scanReading(rawScanner{rows, &rec.Raw}); err != nil {
			return nil, fmt.Errorf("next OCMF batch: %w", err)
		}
		out = append(out, rec)
	}
	return out, rows.Err()
}

// OcmfRaw is the record kept for reading id (ErrNotFound if it is not an OCMF record).
func (s *Store) OcmfRaw(ctx context.Context, id int64) ([]byte, error) {
	var raw []byte
	err := s.read.QueryRowContext(ctx, `SELECT raw FROM ocmf_records WHERE reading_id = ?`, id).Scan(&raw)
	if err == sql.ErrNoRows {
		return nil, fmt.Errorf("%w: reading %d is not an OCMF record", ErrNotFound, id)
	}
	return raw, err
}

// rawScanner scans a reading's columns followed by one more (the raw record).
type rawScanner struct {
	rows *sql.Rows
	raw  *[]byte
}

func (r rawScanner) Scan(dest ...any) error { return r.rows.Scan(append(dest, r.raw)...) }
