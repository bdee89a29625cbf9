package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/meterchain/meterchain/internal/stored"
)

// AddOcmfTx keeps the raw record of the reading just inserted as readingID, in the same
// database transaction, so a reading row is never without its record.
func AddOcmfTx(tx *sql.Tx, readingID int64, raw []byte) error {
	if _, err := tx.Exec(`INSERT INTO ocmf_records(reading_id, raw) VALUES(?, ?)`, readingID, raw); err != nil {
		return fmt.Errorf("store OCMF record of reading %d: %w", readingID, err)
	}
	return nil
}

// NextOcmfBatch returns up to limit readings of OCMF records (Ocmf set) waiting for a batch,
// oldest first.
func (s *Store) NextOcmfBatch(ctx context.Context, limit int) ([]stored.Reading, error) {
	rows, err := s.read.QueryContext(ctx, nextOcmfBatchSQL, limit)
	if err != nil {
		return nil, fmt.Errorf("next OCMF batch: %w", err)
	}
	return collect(rows)
}
