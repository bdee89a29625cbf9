package watch

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

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/meterchain/meterchain/bindings/anchoredledger"
	"github.com/meterchain/meterchain/internal/anchor"
)

// Snapshot defaults: a million meters write in 0.6 to 2 s (BenchmarkStateSnapshot: 2 s when
// every meter has a reading inside the window), so every ten minutes costs the watcher little,
// and a restart replays the batches of the challenge window and at most ten minutes more.
const (
	DefaultSnapshotInterval = 10 * time.Minute
	DefaultSnapshotBatches  = 1_000
)

// A state file is the magic, the snapshot's place (snapshotMeta, big-endian), the CRC-32C of
// both, then the anchor state snapshot of that place (with its own checksum and root).
const stateFileMagic = "MCWATCH\x01"

// logPos is a log's place in the chain.
type logPos struct {
	Block uint64
	Index uint32
}

func posOf(l *types.Log) logPos { return logPos{Block: l.BlockNumber, Index: uint32(l.Index)} }

func (p logPos) after(q logPos) bool {
	return p.Block > q.Block || p.Block == q.Block && p.Index > q.Index
}

// snapshotMeta is where a state file's state stands: after final batch Batch, whose Anchored
// log is at At. Every log up to At is in the state or about batches no void can reach; the
// logs after it (the batches after Batch, in At's block or later, their voids and demands) are
// read again.
type snapshotMeta struct {
	ChainID uint64
	Ledger  common.Address
	Batch   uint64
	Header  anchor.Header
	At      logPos
}

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// snapshotMark is the last snapshot written or resumed from.
type snapshotMark struct {
	batch uint64
	at    time.Time
}

// snapshotDue: a batch newer than the last snapshot's is final, and enough batches or time
// have passed since it.
func (s *Service) snapshotDue() bool {
	if s.cfg.StateFile == "" || s.base == 0 || s.base == s.snap.batch {
		return false
	}
	return s.base-s.snap.batch >= s.cfg.SnapshotBatches || time.Since(s.snap.at) >= s.cfg.SnapshotInterval
}

// snapshot writes the state as of the base batch, if one is due; a failure is logged (the
// watcher goes on; the next start replays a little more).
func (s *Service) snapshot() {
	if !s.snapshotDue() {
		return
	}
	start := time.Now()
	meta := snapshotMeta{ChainID: s.cfg.Deployment.ChainID, Ledger: s.cfg.Deployment.AnchoredLedger, Batch: s.base,
		Header: s.headers[s.base], At: s.basePos}
	s.snap = snapshotMark{batch: s.base, at: start}
	if err := writeStateFile(s.cfg.StateFile, meta, s.st); err != nil {
		s.cfg.Log.Warn("watch: state snapshot not written", "file", s.cfg.StateFile, "batch", s.base, "err", err)
		return
	}
	s.cfg.Log.Info("watch: state snapshot written", "file", s.cfg.StateFile, "batch", s.base, "block", s.basePos.Block,
		"took", time.Since(start).Round(time.Millisecond))
}

// writeStateFile writes meta and the state as of its journal's start (the final batch) to
// path atomically: a temporary file in the same directory, synced, renamed over path.
func writeStateFile(path string, meta snapshotMeta, st *anchor.State) (err error) {
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
	head.WriteString(stateFileMagic)
	if err := binary.Write(&head, binary.BigEndian, meta); err != nil {
		return err
	}
	head.Write(binary.BigEndian.AppendUint32(nil, crc32.Checksum(head.Bytes(), castagnoli)))
	w := bufio.NewWriterSize(f, 1<<20)
	if _, err := w.Write(head.Bytes()); err != nil {
		return err
	}
	root, err := st.WriteSnapshot(w)
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

// readStateMeta reads a state file's place; the state follows in r.
func readStateMeta(r io.Reader) (snapshotMeta, error) {
	var meta snapshotMeta
	head := make([]byte, len(stateFileMagic)+binary.Size(meta)+4)
	if _, err := io.ReadFull(r, head); err != nil {
		return meta, fmt.Errorf("state file header: %w", err)
	}
	if !bytes.HasPrefix(head, []byte(stateFileMagic)) {
		return meta, errors.New("not a watcher state file (or another version)")
	}
	body := head[:len(head)-4]
	if crc32.Checksum(body, castagnoli) != binary.BigEndian.Uint32(head[len(head)-4:]) {
		return meta, errors.New("state file header: checksum mismatch")
	}
	err := binary.Read(bytes.NewReader(body[len(stateFileMagic):]), binary.BigEndian, &meta)
	return meta, err
}

// resume loads the state file and checks it against the chain: the same ledger, the header
// the ledger holds for the batch, the batch still final, and the state's root the header's.
// On success the watcher stands at that batch and reads the logs after its Anchored log.
func (s *Service) resume(ctx context.Context) error {
	f, err := os.Open(s.cfg.StateFile)
	if err != nil {
		return err
	}
	defer f.Close()
	r := bufio.NewReaderSize(f, 1<<20)
	meta, err := readStateMeta(r)
	if err != nil {
		return err
	}
	d := s.cfg.Deployment
	if meta.ChainID != d.ChainID || meta.Ledger != d.AnchoredLedger {
		return fmt.Errorf("the snapshot is of ledger %s on chain %d, not %s on chain %d", meta.Ledger, meta.ChainID, d.AnchoredLedger, d.ChainID)
	}
	if meta.At.Block < d.Block {
		return fmt.Errorf("the snapshot's block %d is before the deployment's %d", meta.At.Block, d.Block)
	}
	opts := &bind.CallOpts{Context: ctx}
	onChain, err := bind.Call(s.inst, opts, s.al.PackHeaderHash(meta.Batch), s.al.UnpackHeaderHash)
	if err != nil {
		return fmt.Errorf("header of batch %d: %w", meta.Batch, err)
	}
	if common.Hash(onChain) != meta.Header.Hash() {
		return fmt.Errorf("the ledger's batch %d has header hash %s, the snapshot's %s (another deployment or a reorg)",
			meta.Batch, common.Hash(onChain), meta.Header.Hash())
	}
	final, err := bind.Call(s.inst, opts, s.al.PackIsFinal(anchoredledger.AnchoredLedgerHeader(meta.Header), meta.Batch), s.al.UnpackIsFinal)
	if err != nil {
		return fmt.Errorf("is batch %d final: %w", meta.Batch, err)
	}
	if !final {
		return fmt.Errorf("batch %d is not final on chain", meta.Batch)
	}
	st, err := anchor.ReadSnapshot(r)
	if err != nil {
		return err
	}
	if st.Root() != meta.Header.StateRoot {
		return fmt.Errorf("the snapshot's state root %s is not batch %d's %s", st.Root(), meta.Batch, common.Hash(meta.Header.StateRoot))
	}
	s.st, s.base, s.basePos = st, meta.Batch, meta.At
	s.headers = map[uint64]anchor.Header{meta.Batch: meta.Header}
	s.next, s.resumed = meta.At.Block, &meta
	s.snap = snapshotMark{batch: meta.Batch, at: time.Now()}
	return nil
}

// loadStateFile resumes from the state file if it holds a state the chain confirms; any other
// file is reported and left to be replaced, and the history is replayed from the deployment.
func (s *Service) loadStateFile(ctx context.Context) {
	start := time.Now()
	err := s.resume(ctx)
	switch {
	case err == nil:
		s.cfg.Log.Info("watch: resuming from the state snapshot", "file", s.cfg.StateFile, "batch", s.base,
			"block", s.next, "took", time.Since(start).Round(time.Millisecond))
	case errors.Is(err, os.ErrNotExist):
		s.cfg.Log.Info("watch: no state snapshot yet; replaying from the deployment block", "file", s.cfg.StateFile, "block", s.next)
	default:
		s.cfg.Log.Warn("watch: state snapshot does not match the chain; ignoring it and replaying the whole history",
			"file", s.cfg.StateFile, "err", err, "block", s.next)
	}
}

// Resumed is the batch the watcher resumed from (ok false: it replayed from the deployment).
func (s *Service) Resumed() (batch uint64, ok bool) {
	if s.resumed == nil {
		return 0, false
	}
	return s.resumed.Batch, true
}
