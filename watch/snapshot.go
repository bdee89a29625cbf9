package watch

import (
	"context"
	"errors"
	"os"
	"time"

	"github.com/meterchain/meterchain/internal/anchor"
	"github.com/meterchain/meterchain/internal/anchorchain"
)

// The watcher's snapshot defaults (anchorchain's: a restart replays the batches of the challenge
// window and at most ten minutes more).
const (
	DefaultSnapshotInterval = anchorchain.DefaultSnapshotInterval
	DefaultSnapshotBatches  = anchorchain.DefaultSnapshotBatches
)

// stateFileMagic marks the watcher's state files (anchorchain.WriteStateFile; no data of its own).
const stateFileMagic = "MCWATCH\x02"

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
	meta := anchorchain.StateFileMeta{ChainID: s.cfg.Deployment.ChainID, Ledger: s.cfg.Deployment.AnchoredLedger, Batch: s.base,
		Header: s.headers[s.base], At: s.basePos}
	s.snap = snapshotMark{batch: s.base, at: start}
	if err := anchorchain.WriteStateFile(s.cfg.StateFile, stateFileMagic, meta, s.st, nil); err != nil {
		s.cfg.Log.Warn("watch: state snapshot not written", "file", s.cfg.StateFile, "batch", s.base, "err", err)
		return
	}
	s.cfg.Log.Info("watch: state snapshot written", "file", s.cfg.StateFile, "batch", s.base, "block", s.basePos.Block,
		"took", time.Since(start).Round(time.Millisecond))
}

// resume loads the state file and checks it against the chain (anchorchain.ReadStateFile). On
// success the watcher stands at that batch and reads the logs after its Anchored log.
func (s *Service) resume(ctx context.Context) error {
	d := s.cfg.Deployment
	meta, st, _, err := anchorchain.ReadStateFile(ctx, s.cfg.StateFile, stateFileMagic, s.b, d.ChainID, d.AnchoredLedger, d.Block)
	if err != nil {
		return err
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
