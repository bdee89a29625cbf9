package test

import (
	"bytes"
	"context"
	"encoding/binary"
	"hash/crc32"
	"log/slog"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/deploy"
	"github.com/meterchain/meterchain/internal/anchor"
	"github.com/meterchain/meterchain/internal/anchorchain"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/test/harness"
	"github.com/meterchain/meterchain/watch"
)

// newWatcher is a watcher of the fleet's ledger sending from the challenger's key.
func (f *anchoredFleet) newWatcher() *watch.Service {
	return f.startWatcher(f.e.Client, watch.Config{})
}

// startWatcher is newWatcher on node b with cfg's state file and log (a snapshot at every
// final batch unless cfg says otherwise).
func (f *anchoredFleet) startWatcher(b watch.Backend, cfg watch.Config) *watch.Service {
	f.t.Helper()
	cfg.Deployment = &deploy.Deployment{ChainID: harness.ChainID, MeterRegistry: common.Address{}, AnchoredLedger: f.a.Addr, StableToken: f.e.Deployment.StableToken}
	cfg.Key, cfg.ChainID = f.challenger.Key, harness.ChainID
	if cfg.Log == nil {
		cfg.Log = slog.Default()
	}
	if cfg.SnapshotBatches == 0 {
		cfg.SnapshotBatches = 1
	}
	w, err := watch.New(cfg, b)
	require.NoError(f.t, err)
	require.NoError(f.t, w.Start(context.Background()))
	require.NoError(f.t, w.Stop(context.Background())) // Start reads the parameters; the test steps by hand
	return w
}

func step(t *testing.T, w *watch.Service) {
	t.Helper()
	require.NoError(t, w.Step(context.Background()))
}

// TestWatcherVoidsDishonestBatch: `meterchain watch` verifies honest batches, proves the first
// broken rule of a dishonest one (voided with its descendant), follows an honest re-anchor, and
// a restarted watcher rebuilds the same state from the chain alone.
func TestWatcherVoidsDishonestBatch(t *testing.T) {
	f := newAnchoredFleet(t, 3)
	w := f.newWatcher()
	f.honest(f.round(1, 2))
	step(t, w)
	require.Equal(t, int64(1), w.Stats.Verified.Load())
	require.Equal(t, uint64(1), w.Tip())
	require.Equal(t, f.st.Root(), w.StateRoot())

	// Batch 2 accepts a reading signed by a stranger; batch 3, built on it, is honest on its own.
	cands := f.round(3, 4)
	at := indexOf(cands, f.meters[2].ID, 4)
	cands[at] = f.a.Candidate(strangerOf(t, f.meters[2]), cands[at].Reading)
	asOf := f.e.Now()
	p2 := f.post(f.forge(cands, asOf, map[int]reading.Reason{at: reading.Accepted}), asOf)
	asOf = f.e.Now()
	p3 := f.post(f.forge(f.round(5, 5), asOf, nil), asOf)
	step(t, w) // proves batch 2
	require.Equal(t, int64(1), w.Stats.Proven.Load())
	step(t, w) // reads the Voided log
	require.True(t, f.a.IsVoided(p2.Batch))
	require.True(t, f.a.IsVoided(p3.Batch))
	require.Equal(t, int64(1), w.Stats.Voids.Load())
	require.Equal(t, uint64(1), w.Tip())
	require.Equal(t, f.st.Root(), w.StateRoot(), "back at batch 1's state")

	// The readings re-anchored honestly by another relayer: verified, nothing proven.
	f.relayer = f.e.Users[3]
	f.a.Bond(f.relayer, anchorMinBond)
	again := f.honest(append(cands, f.round(5, 5)...))
	step(t, w)
	require.Equal(t, again.Batch, w.Tip())
	require.Equal(t, f.st.Root(), w.StateRoot())
	require.Equal(t, int64(1), w.Stats.Proven.Load(), "an honest batch is never challenged")

	restarted := f.newWatcher()
	step(t, restarted)
	require.Equal(t, w.Tip(), restarted.Tip())
	require.Equal(t, w.StateRoot(), restarted.StateRoot(), "the chain alone rebuilds the state")
}

// TestWatcherDemandsUnavailableData: a batch whose data is not what its roots commit is demanded
// on chain; answered, the watcher checks the revealed leaves and follows on; unanswered, it
// voids the batch once the answer window is over.
func TestWatcherDemandsUnavailableData(t *testing.T) {
	f := newAnchoredFleet(t, 2)
	w := f.newWatcher()
	p, b := f.withheld()
	step(t, w)
	require.Equal(t, int64(1), w.Stats.Demanded.Load())
	dem := must(t, f.a.Ledger, f.a.ABI.PackDemandOf(common.Big0), f.a.ABI.UnpackDemandOf)
	require.True(t, dem.Open)
	require.Equal(t, uint32(0), dem.From)
	require.Equal(t, p.Header.Count, dem.To)

	proofs, err := anchor.NewProofs(p.Header, b.entries)
	require.NoError(t, err)
	call, err := anchorchain.AnswerCall(f.a.ABI, p.Header, p.Batch, common.Big0, proofs, 0, p.Header.Count)
	require.NoError(t, err)
	f.e.MustSend(f.relayer, f.a.Ledger, call)
	step(t, w)
	require.Equal(t, uint64(1), w.Tip(), "the revealed batch is verified")
	require.Zero(t, w.Stats.Proven.Load())

	// The next batch withheld and its demand left unanswered.
	require.Nil(t, anchor.Verify(f.st, p.Header, b.entries, f.auth(), anchor.Signer(f.a.Domain())), "the fleet's state follows batch 1")
	asOf := f.e.Now()
	next := f.forge(f.round(3, 3), asOf, nil)
	next.data = []byte{0x01}
	p2 := f.post(next, asOf)
	step(t, w)
	require.Equal(t, int64(2), w.Stats.Demanded.Load())
	f.a.Warp(anchorAnswerWindow * time.Second)
	step(t, w) // voids
	step(t, w) // reads the void
	require.True(t, f.a.IsVoided(p2.Batch))
	require.Equal(t, uint64(1), w.Tip())
}

// TestWatcherFollowsAFinalLie: a lie nobody proved within the window is final; a watcher started
// after it cannot prove it any more and must not stall on it: it takes the batch as the chain
// does (and logs it) and goes on checking the batches after it.
func TestWatcherFollowsAFinalLie(t *testing.T) {
	f := newAnchoredFleet(t, 2)
	cands := f.round(1, 2)
	asOf := f.e.Now()
	lie := f.post(f.forge(cands, asOf, map[int]reading.Reason{1: reading.BadSignature}), asOf)
	f.a.Warp(anchorWindow * time.Second)
	require.True(t, f.a.IsFinal(lie))

	w := f.newWatcher()
	step(t, w)
	require.Zero(t, w.Stats.Proven.Load(), "a final batch cannot be proven")
	require.Equal(t, lie.Batch, w.Tip())
	require.Equal(t, common.Hash(lie.Header.StateRoot), w.StateRoot(), "the watcher's state is the chain's")

	rd, err := anchorchain.NewReader(f.e.Client, f.a.Addr)
	require.NoError(t, err)
	st, _, err := rd.Replay(context.Background(), 0, f.head(), 1_000)
	require.NoError(t, err)
	f.st = st
	next := f.honest(f.round(3, 3))
	step(t, w)
	require.Equal(t, next.Batch, w.Tip(), "the batches after it are checked as usual")
	require.Zero(t, w.Stats.Proven.Load())
}

// TestWatcherForgetsFinalBatches: the watcher keeps undo information only for the batches inside
// the window (its memory does not grow with history), and a void of a later batch still rolls
// its state back to the last final one.
func TestWatcherForgetsFinalBatches(t *testing.T) {
	f := newAnchoredFleet(t, 2)
	w := f.newWatcher()
	for s := uint64(1); s <= 3; s++ {
		f.honest(f.round(s, s))
	}
	step(t, w)
	batches, readings := w.Open()
	require.Equal(t, 3, batches)
	require.Equal(t, 6, readings)
	f.a.Warp(anchorWindow * time.Second)
	step(t, w)
	batches, readings = w.Open()
	require.Zero(t, batches, "final batches are forgotten")
	require.Zero(t, readings)
	require.Equal(t, uint64(3), w.Tip())
	finalRoot := w.StateRoot()

	cands := f.round(4, 4)
	asOf := f.e.Now()
	f.post(f.forge(cands, asOf, map[int]reading.Reason{0: reading.BadSignature}), asOf)
	step(t, w) // proves it
	step(t, w) // reads the void
	require.Equal(t, uint64(3), w.Tip())
	require.Equal(t, finalRoot, w.StateRoot(), "rolled back to the last final batch")
	require.Equal(t, int64(1), w.Stats.Proven.Load())
}

// logRanges is a node that records the first block of every eth_getLogs asked of it.
type logRanges struct {
	watch.Backend
	from []uint64
}

func (r *logRanges) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	r.from = append(r.from, q.FromBlock.Uint64())
	return r.Backend.FilterLogs(ctx, q)
}

// TestWatcherResumesFromSnapshot: a watcher with a state file snapshots the state as of the
// newest final batch (not the batches still in the window); restarted, it reads the logs from
// that batch's block on, not from the deployment, checks the pending batch again, proves a lie
// anchored while it was down and ends at the state a full replay derives.
func TestWatcherResumesFromSnapshot(t *testing.T) {
	f := newAnchoredFleet(t, 3)
	file := filepath.Join(t.TempDir(), "watch.state")
	w := f.startWatcher(f.e.Client, watch.Config{StateFile: file})
	for s := uint64(1); s <= 3; s++ {
		f.honest(f.round(s, s))
	}
	step(t, w)
	require.NoFileExists(t, file, "nothing is final yet")
	f.a.Warp(anchorWindow * time.Second)
	f.honest(f.round(4, 4))
	step(t, w)
	batches, _ := w.Open()
	require.Equal(t, 1, batches, "batch 4 is inside its window")
	require.FileExists(t, file)
	require.NoError(t, w.Stop(context.Background()))

	cands := f.round(5, 5)
	asOf := f.e.Now()
	lie := f.post(f.forge(cands, asOf, map[int]reading.Reason{0: reading.BadSignature}), asOf)

	node := &logRanges{Backend: f.e.Client}
	resumed := f.startWatcher(node, watch.Config{StateFile: file})
	batch, ok := resumed.Resumed()
	require.True(t, ok, "the snapshot is the chain's")
	require.Equal(t, uint64(3), batch, "the newest final batch")
	step(t, resumed) // batch 4 again, then proves batch 5
	require.Equal(t, int64(1), resumed.Stats.Proven.Load())
	step(t, resumed) // reads the void
	require.True(t, f.a.IsVoided(lie.Batch))
	require.Equal(t, int64(1), resumed.Stats.Verified.Load(), "only batch 4 is read again")
	require.NotEmpty(t, node.from)
	snapBlock := f.posted[2].Receipt.BlockNumber.Uint64()
	require.Equal(t, snapBlock, node.from[0], "the logs are read from batch 3's block, not the deployment's")
	require.Positive(t, snapBlock)

	full := f.newWatcher()
	step(t, full)
	step(t, full)
	require.Equal(t, full.Tip(), resumed.Tip())
	require.Equal(t, full.StateRoot(), resumed.StateRoot(), "the state of a full replay")
	require.Equal(t, f.st.Root(), resumed.StateRoot())

	// The resumed watcher moves its snapshot on as batches become final.
	f.a.Warp(anchorWindow * time.Second)
	step(t, resumed)
	require.NoError(t, resumed.Stop(context.Background()))
	again := f.startWatcher(f.e.Client, watch.Config{StateFile: file})
	batch, ok = again.Resumed()
	require.True(t, ok)
	require.Equal(t, uint64(4), batch)
	require.Equal(t, f.st.Root(), again.StateRoot())
}

// TestWatcherRefusesForeignSnapshot: a state file of another chain's ledger (at another address
// or, as a devnet started again with the same keys has it, at this one) or a damaged one is not
// resumed from: the watcher says why, replays the whole history to the right state and replaces
// the file with its own snapshot.
func TestWatcherRefusesForeignSnapshot(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "watch.state")
	foreign := newAnchoredFleet(t, 2).snapshotted(file)
	f := newAnchoredFleet(t, 3)
	damaged := f.snapshotted(filepath.Join(dir, "own.state"))
	damaged[len(damaged)-10] ^= 1 // in the state, past the header

	cases := map[string]struct {
		data []byte
		why  string
	}{
		"another chain's":               {foreign, "not " + f.a.Addr.Hex()},
		"another chain's, this address": {withLedger(foreign, f.a.Addr), "header hash"},
		"damaged":                       {damaged, "checksum"},
	}
	for name, c := range cases {
		require.NoError(t, os.WriteFile(file, c.data, 0o600))
		var logged bytes.Buffer
		node := &logRanges{Backend: f.e.Client}
		w := f.startWatcher(node, watch.Config{StateFile: file, Log: slog.New(slog.NewTextHandler(&logged, nil))})
		_, ok := w.Resumed()
		require.False(t, ok, name)
		require.Contains(t, logged.String(), "state snapshot does not match the chain", name)
		require.Contains(t, logged.String(), c.why, name)
		step(t, w)
		require.Equal(t, uint64(0), node.from[0], "%s: the whole history is replayed", name)
		require.Equal(t, f.st.Root(), w.StateRoot(), name)
		require.Equal(t, int64(2), w.Stats.Verified.Load(), name)
	}

	w := f.startWatcher(f.e.Client, watch.Config{StateFile: file})
	f.a.Warp(anchorWindow * time.Second)
	step(t, w)
	again := f.startWatcher(f.e.Client, watch.Config{StateFile: file})
	batch, ok := again.Resumed()
	require.True(t, ok, "the watcher's own snapshot replaced the file")
	require.Equal(t, uint64(2), batch)
	require.Equal(t, f.st.Root(), again.StateRoot())
}

// honestInOneBlock anchors the honest batches of rounds, each on the one before, in one block.
func (f *anchoredFleet) honestInOneBlock(rounds ...[]anchor.Candidate) []*types.Receipt {
	f.t.Helper()
	asOf, parent := f.e.Now(), f.a.Tip()
	calls := make([]call, len(rounds))
	for i, cands := range rounds {
		b, err := anchor.Build(f.st, cands, f.auth(), asOf)
		require.NoError(f.t, err)
		calls[i] = call{from: f.relayer, data: f.a.ABI.PackAnchorCalldata(parent+uint64(i), b.ReadingsRoot, b.StateRoot, b.Count, asOf, f.authEpoch(), b.Data)}
	}
	return inOneBlock(f.t, f.e, f.a.Ledger, 3_000_000, calls)
}

// TestWatcherResumesMidBlock: the snapshot's batch was anchored in one block after another
// batch; resumed, the watcher reads that block again but takes nothing up to the snapshot's
// Anchored log (the batch before it is in the state: checked again, it would not build on the
// watcher's tip) and checks the batch after it.
func TestWatcherResumesMidBlock(t *testing.T) {
	f := newAnchoredFleet(t, 2)
	file := filepath.Join(t.TempDir(), "watch.state")
	w := f.startWatcher(f.e.Client, watch.Config{StateFile: file})
	rs := f.honestInOneBlock(f.round(1, 1), f.round(2, 2))
	require.Equal(t, rs[0].BlockNumber, rs[1].BlockNumber, "one block")
	f.a.Warp(anchorWindow * time.Second)
	f.honest(f.round(3, 3))
	step(t, w)

	node := &logRanges{Backend: f.e.Client}
	resumed := f.startWatcher(node, watch.Config{StateFile: file})
	batch, ok := resumed.Resumed()
	require.True(t, ok)
	require.Equal(t, uint64(2), batch)
	step(t, resumed)
	require.Equal(t, rs[1].BlockNumber.Uint64(), node.from[0], "the snapshot's block is read again")
	require.Equal(t, int64(1), resumed.Stats.Verified.Load(), "batch 3 alone")
	require.Equal(t, uint64(3), resumed.Tip())
	require.Equal(t, f.st.Root(), resumed.StateRoot())
}

// snapshotted runs a watcher with state file path over two honest batches, the first final and
// the second inside its window, and returns the file: batch 1's snapshot.
func (f *anchoredFleet) snapshotted(path string) []byte {
	f.t.Helper()
	w := f.startWatcher(f.e.Client, watch.Config{StateFile: path})
	f.honest(f.round(1, 1))
	f.a.Warp(anchorWindow * time.Second)
	f.honest(f.round(2, 3))
	require.NoError(f.t, w.Step(context.Background()))
	data, err := os.ReadFile(path)
	require.NoError(f.t, err)
	return data
}

// withLedger is a watcher state file with its ledger address replaced and its header's checksum
// made good again (the layout of watch/snapshot.go: magic, chain id, ledger, ..., CRC-32C).
func withLedger(file []byte, ledger common.Address) []byte {
	const magic, chainID = 8, 8
	head := magic + binary.Size(struct {
		ChainID uint64
		Ledger  common.Address
		Batch   uint64
		Header  anchor.Header
		At      uint64
		AtIndex uint32
	}{})
	out := bytes.Clone(file)
	copy(out[magic+chainID:], ledger[:])
	binary.BigEndian.PutUint32(out[head:], crc32.Checksum(out[:head], crc32.MakeTable(crc32.Castagnoli)))
	return out
}

// BenchmarkWatcherRestart: a watcher's start over a history of final batches and one inside its
// window, replaying it all or resuming from its state file (the newest final batch's state).
func BenchmarkWatcherRestart(b *testing.B) {
	const meters, batches = 200, 20
	f := newAnchoredFleet(b, meters)
	for s := uint64(1); s < batches; s++ {
		f.honest(f.round(s, s))
	}
	f.a.Warp(anchorWindow * time.Second)
	f.honest(f.round(batches, batches))
	file := filepath.Join(b.TempDir(), "watch.state")
	start := func(b *testing.B, stateFile string) {
		w := f.startWatcher(f.e.Client, watch.Config{StateFile: stateFile, Log: slog.New(slog.DiscardHandler)})
		require.NoError(b, w.Step(context.Background()))
		require.Equal(b, uint64(batches), w.Tip())
		require.Equal(b, f.st.Root(), w.StateRoot())
	}
	start(b, file) // writes batch 19's snapshot
	b.Run("replay", func(b *testing.B) {
		for b.Loop() {
			start(b, "")
		}
		b.ReportMetric(float64(b.Elapsed())/float64(b.N)/float64(meters*batches), "ns/reading")
	})
	b.Run("resume", func(b *testing.B) {
		for b.Loop() {
			start(b, file)
		}
	})
}
