package store

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/meterchain/meterchain/internal/anchor"
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

// BlobData is the data of the blob batch with versioned hashes `versioned`, if this oracle
// anchored it: the store is the oracle's own anchorchain.BlobSource.
func (s *Store) BlobData(ctx context.Context, versioned []common.Hash) ([]byte, error) {
	return s.AnchorData(ctx, anchor.BlobsHash(versioned))
}

// String names the store as a blob source.
func (s *Store) String() string { return "the oracle's store" }
