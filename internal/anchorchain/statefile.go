package anchorchain

import (
	"bufio"
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/meterchain/meterchain/bindings/anchoredledger"
	"github.com/meterchain/meterchain/internal/anchor"
)

// A state file is a service's anchored state as of a final batch, so that a restart reads the
// chain from there instead of from the deployment: the writer's magic, the place (StateFileMeta,
// big-endian) and the CRC-32C of both, the writer's own data (uvarint length, bytes, CRC-32C),
// then the anchor state snapshot (its own checksum and root) to the end of the file.

// How often a service writes its state file by default: a million meters write in 0.6 to 2 s
// (BenchmarkStateSnapshot: 2 s when every meter has a reading inside the window), so every ten
// minutes, or every thousand final batches, costs little.
const (
	DefaultSnapshotInterval = 10 * time.Minute
	DefaultSnapshotBatches  = 1_000
)

// LogPos is a log's place in the chain.
type LogPos struct {
	Block uint64
	Index uint32
}

// PosOf is l's place.
func PosOf(l *types.Log) LogPos { return LogPos{Block: l.BlockNumber, Index: uint32(l.Index)} }

// After reports whether p comes after q.
func (p LogPos) After(q LogPos) bool {
	return p.Block > q.Block || p.Block == q.Block && p.Index > q.Index
}

// StateFileMeta is where a state file's state stands: after final batch Batch, whose Anchored
// log is at At. Every log up to At is in the state or about batches no void can reach; the logs
// after it (later batches, in At's block or after, their voids and demands) are read again.
type StateFileMeta struct {
	ChainID uint64
	Ledger  common.Address
	Batch   uint64
	Header  anchor.Header
	At      LogPos
}

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// WriteStateFile writes meta, the state as of its journal's start (the final batch; its root
// must be the header's) and extra to path atomically: a temporary file in the same directory,
// synced, renamed over path, the directory synced.
func WriteStateFile(path, magic string, meta StateFileMeta, st *anchor.State, extra []byte) (err error) {
	f, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	var head bytes.Buffer
	head.WriteString(magic)
	if err := binary.Write(&head, binary.BigEndian, meta); err != nil {
		return err
	}
	head.Write(binary.BigEndian.AppendUint32(nil, crc32.Checksum(head.Bytes(), castagnoli)))
	head.Write(binary.AppendUvarint(nil, uint64(len(extra))))
	head.Write(extra)
	head.Write(binary.BigEndian.AppendUint32(nil, crc32.Checksum(extra, castagnoli)))
	w := bufio.NewWriterSize(f, 1<<20)
	if _, err := w.Write(head.Bytes()); err != nil {
		return err
	}
	root, err := st.WriteSnapshot(w) // last: it reads to the end
	if err != nil {
		return err
	}
	if root != meta.Header.StateRoot {
		return fmt.Errorf("the state as of batch %d has root %s, its header %s", meta.Batch, root, common.Hash(meta.Header.StateRoot))
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Rename(f.Name(), path); err != nil {
		return err
	}
	if d, err := os.Open(filepath.Dir(path)); err == nil { // the rename itself survives a crash
		defer d.Close()
		return d.Sync()
	}
	return nil
}

// maxStateFileExtra bounds the writer's own data a state file may claim to hold.
const maxStateFileExtra = 1 << 30

// ReadStateFile reads the state file at path written with magic and checks it against the chain
// through caller: the deployment's ledger and chain, the header the ledger holds for the batch,
// the batch still final, and the state's root the header's. Any mismatch is an error: the caller
// replays the history instead.
func ReadStateFile(ctx context.Context, path, magic string, caller ethereum.ContractCaller, chainID uint64, ledger common.Address,
	deployBlock uint64) (StateFileMeta, *anchor.State, []byte, error) {
	var meta StateFileMeta
	f, err := os.Open(path)
	if err != nil {
		return meta, nil, nil, err
	}
	defer f.Close()
	r := bufio.NewReaderSize(f, 1<<20)
	head := make([]byte, len(magic)+binary.Size(meta)+4)
	if _, err := io.ReadFull(r, head); err != nil {
		return meta, nil, nil, fmt.Errorf("state file header: %w", err)
	}
	if !bytes.HasPrefix(head, []byte(magic)) {
		return meta, nil, nil, errors.New("not this service's state file (or another version)")
	}
	body := head[:len(head)-4]
	if crc32.Checksum(body, castagnoli) != binary.BigEndian.Uint32(head[len(head)-4:]) {
		return meta, nil, nil, errors.New("state file header: checksum mismatch")
	}
	if err := binary.Read(bytes.NewReader(body[len(magic):]), binary.BigEndian, &meta); err != nil {
		return meta, nil, nil, err
	}
	if meta.ChainID != chainID || meta.Ledger != ledger {
		return meta, nil, nil, fmt.Errorf("the snapshot is of ledger %s on chain %d, not %s on chain %d", meta.Ledger, meta.ChainID, ledger, chainID)
	}
	if meta.At.Block < deployBlock {
		return meta, nil, nil, fmt.Errorf("the snapshot's block %d is before the deployment's %d", meta.At.Block, deployBlock)
	}
	if err := checkFinal(ctx, caller, ledger, meta); err != nil {
		return meta, nil, nil, err
	}
	n, err := binary.ReadUvarint(r)
	if err != nil || n > maxStateFileExtra {
		return meta, nil, nil, fmt.Errorf("state file: the service's data: bad length (%v)", err)
	}
	extra := make([]byte, n+4)
	if _, err := io.ReadFull(r, extra); err != nil {
		return meta, nil, nil, fmt.Errorf("state file: the service's data: %w", err)
	}
	if crc32.Checksum(extra[:n], castagnoli) != binary.BigEndian.Uint32(extra[n:]) {
		return meta, nil, nil, errors.New("state file: the service's data: checksum mismatch")
	}
	st, err := anchor.ReadSnapshot(r)
	if err != nil {
		return meta, nil, nil, err
	}
	if st.Root() != meta.Header.StateRoot {
		return meta, nil, nil, fmt.Errorf("the snapshot's state root %s is not batch %d's %s", st.Root(), meta.Batch, common.Hash(meta.Header.StateRoot))
	}
	return meta, st, extra[:n], nil
}

// checkFinal: the ledger holds meta's header for its batch, and the batch is final.
func checkFinal(ctx context.Context, caller ethereum.ContractCaller, ledger common.Address, meta StateFileMeta) error {
	al := anchoredledger.NewAnchoredLedger()
	out, err := caller.CallContract(ctx, ethereum.CallMsg{To: &ledger, Data: al.PackHeaderHash(meta.Batch)}, nil)
	if err != nil {
		return fmt.Errorf("header of batch %d: %w", meta.Batch, err)
	}
	onChain, err := al.UnpackHeaderHash(out)
	if err != nil {
		return fmt.Errorf("header of batch %d: %w", meta.Batch, err)
	}
	if common.Hash(onChain) != meta.Header.Hash() {
		return fmt.Errorf("the ledger's batch %d has header hash %s, the snapshot's %s (another deployment or a reorg)",
			meta.Batch, common.Hash(onChain), meta.Header.Hash())
	}
	out, err = caller.CallContract(ctx, ethereum.CallMsg{To: &ledger, Data: al.PackIsFinal(anchoredledger.AnchoredLedgerHeader(meta.Header), meta.Batch)}, nil)
	if err != nil {
		return fmt.Errorf("is batch %d final: %w", meta.Batch, err)
	}
	final, err := al.UnpackIsFinal(out)
	if err != nil {
		return fmt.Errorf("is batch %d final: %w", meta.Batch, err)
	}
	if !final {
		return fmt.Errorf("batch %d is not final on chain", meta.Batch)
	}
	return nil
}
