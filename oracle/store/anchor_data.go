package store

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// ErrNoAnchorData: the store holds no data under that hash.
var ErrNoAnchorData = errors.New("no anchored data under that hash")

// PutAnchorData keeps a blob batch's data under its dataHash, in tx (the transaction that records
// the anchor, so the data is durable before the anchor is broadcast).
func PutAnchorData(tx *sql.Tx, dataHash common.Hash, data []byte) error {
	_, err := tx.Exec(`INSERT OR IGNORE INTO anchor_data(data_hash, data, created) VALUES (?, ?, ?)`,
		dataHash[:], data, time.Now().Unix())
	return err
}

// AnchorData is the data kept under dataHash.
func (s *Store) AnchorData(ctx context.Context, dataHash common.Hash) ([]byte, error) {
	var data []byte
	err := s.read.QueryRowContext(ctx, `SELECT data FROM anchor_data WHERE data_hash = ?`, dataHash[:]).Scan(&data)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNoAnchorData
	}
	return data, err
}
