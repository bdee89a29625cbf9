package follower_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/big"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/internal/chaintx"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/internal/sqlite"
	"github.com/meterchain/meterchain/settlement/follower"
	"github.com/meterchain/meterchain/test/harness"
)

// The test index: one row per accepted reading and per closed period, each tagged with its block.
const testSchema = `
CREATE TABLE IF NOT EXISTS accepted (
	block_hash TEXT NOT NULL, log_index INTEGER NOT NULL, block INTEGER NOT NULL,
	meter_id INTEGER NOT NULL, seq INTEGER NOT NULL, import_wh INTEGER NOT NULL,
	PRIMARY KEY (block_hash, log_index)
);
CREATE TABLE IF NOT EXISTS closed (
	block INTEGER NOT NULL, meter_id INTEGER NOT NULL, period INTEGER NOT NULL, import_wh INTEGER NOT NULL,
	PRIMARY KEY (meter_id, period)
);`

type index struct {
	db *sql.DB
	f  *follower.Follower
}

func newIndex(t *testing.T, e *harness.Env, path string, cfg follower.Config) *index {
	t.Helper()
	db, err := sqlite.Open(path, testSchema)
	require.NoError(t, err)
	t.Cleanup(func() { _ = db.Close() })
	return newIndexOn(t, e, e.Client, db, cfg)
}

// newIndexOn is the test index on db, following the chain through node.
func newIndexOn(t *testing.T, e *harness.Env, node follower.Backend, db *sql.DB, cfg follower.Config) *index {
	t.Helper()
	cfg.Start = e.Deployment.Block
	f, err := follower.New(node, db, cfg)
	require.NoError(t, err)
	require.NoError(t, f.Register(follower.Contract{
		Name: "ledger", Address: e.Deployment.ReadingLedger, ABI: e.LedgerABI.GetABI(),
		Events: map[string]follower.HandleFunc{
			"ReadingAccepted": func(tx *sql.Tx, l types.Log) error {
				ev, err := e.LedgerABI.UnpackReadingAcceptedEvent(&l)
				if err != nil {
					return err
				}
				_, err = tx.Exec(`INSERT INTO accepted VALUES(?,?,?,?,?,?)`, l.BlockHash.Hex(), l.Index, l.BlockNumber, ev.MeterId, ev.Seq, ev.ImportWh)
				return err
			},
			"PeriodClosed": func(tx *sql.Tx, l types.Log) error {
				ev, err := e.LedgerABI.UnpackPeriodClosedEvent(&l)
				if err != nil {
					return err
				}
				_, err = tx.Exec(`INSERT INTO closed VALUES(?,?,?,?)`, l.BlockNumber, ev.MeterId, ev.Period, ev.ImportWh)
				return err
			},
		},
		Tables: []string{"accepted", "closed"},
	}))
	return &index{db: db, f: f}
}

// snapshot is the whole index as text, block hashes included: two indexes of the same chain
// must be byte-identical.
func (ix *index) snapshot(t *testing.T) []string {
	t.Helper()
	var out []string
	rows, err := ix.db.Query(`SELECT block, block_hash, log_index, meter_id, seq, import_wh FROM accepted ORDER BY block, log_index`)
	require.NoError(t, err)
	for rows.Next() {
		var block, logIndex, meter, seq, imp uint64
		var hash string
		require.NoError(t, rows.Scan(&block, &hash, &logIndex, &meter, &seq, &imp))
		out = append(out, fmt.Sprintf("accepted %d %s %d meter=%d seq=%d import=%d", block, hash, logIndex, meter, seq, imp))
	}
	require.NoError(t, rows.Err())
	rows, err = ix.db.Query(`SELECT block, meter_id, period, import_wh FROM closed ORDER BY meter_id, period`)
	require.NoError(t, err)
	for rows.Next() {
		var block, meter, period, imp uint64
		require.NoError(t, rows.Scan(&block, &meter, &period, &imp))
		out = append(out, fmt.Sprintf("closed %d meter=%d period=%d import=%d", block, meter, period, imp))
	}
	require.NoError(t, rows.Err())
	return out
}

func (ix *index) readings(t *testing.T) []string {
	t.Helper()
	var out []string
	rows, err := ix.db.Query(`SELECT meter_id, seq, import_wh FROM accepted ORDER BY meter_id, seq`)
	require.NoError(t, err)
	defer rows.Close()
	for rows.Next() {
		var meter, seq, imp uint64
		require.NoError(t, rows.Scan(&meter, &seq, &imp))
		out = append(out, fmt.Sprintf("%d/%d=%d", meter, seq, imp))
	}
	return out
}

type fleet struct {
	e      *harness.Env
	meters []*harness.Meter
	seq    map[uint64]uint64
	wh     map[uint64]uint64
	ts     uint64
}

func newFleet(e *harness.Env, n int) *fleet {
	fl := &fleet{e: e, seq: map[uint64]uint64{}, wh: map[uint64]uint64{}, ts: e.Now() - 5_000}
	for i := range n {
		fl.meters = append(fl.meters, e.RegisterMeter(uint64(352_522_400+i), e.Users[0], false, 10_000))
	}
	return fl
}

// round submits one reading per meter (import grows by step Wh) in one transaction.
func (fl *fleet) round(step uint64) *types.Receipt {
	return fl.e.MustSend(fl.e.Relayer, fl.e.Ledger, fl.e.LedgerABI.PackSubmitPacked(fl.next(step)))
}

// next builds the packed records of the next round.
func (fl *fleet) next(step uint64) []byte {
	fl.ts += 60
	var rs []reading.Reading
	var sigs []reading.Signature
	for _, m := range fl.meters {
		fl.seq[m.ID]++
		fl.wh[m.ID] += step
		r := reading.Reading{MeterID: m.ID, Seq: fl.seq[m.ID], Timestamp: fl.ts, ImportWh: fl.wh[m.ID]}
		rs = append(rs, r)
		sigs = append(sigs, fl.e.Sign(m, r))
	}
	var packed []byte
	for i, r := range rs {
		packed = append(packed, reading.Pack(r, sigs[i])...)
	}
	return packed
}

// replaceRounds is called right after a Fork: it sends `rounds` new rounds with the nonces of
// the orphaned relayer transactions and a higher price, so those never come back and the new
// chain really is different, and mines them in one block.
func (fl *fleet) replaceRounds(t *testing.T, rounds int, step uint64) {
	t.Helper()
	e := fl.e
	nonce, err := e.Client.NonceAt(context.Background(), e.Relayer.Addr, nil)
	require.NoError(t, err)
	e.Client.Manual = true
	defer func() { e.Client.Manual = false }()
	var txs []*types.Transaction
	for i := range rounds {
		txs = append(txs, e.Replace(e.Relayer, e.Ledger, nonce+uint64(i), e.LedgerABI.PackSubmitPacked(fl.next(step))))
	}
	e.Sim.Commit()
	for _, tx := range txs {
		_, err := chaintx.WaitOK(context.Background(), e.Client, tx.Hash())
		require.NoError(t, err)
	}
}

func headHash(t *testing.T, e *harness.Env) (uint64, common.Hash) {
	h, err := e.Client.HeaderByNumber(context.Background(), nil)
	require.NoError(t, err)
	return h.Number.Uint64(), h.Hash()
}

// Both node clients fit the follower's narrow interface.
var (
	_ follower.Backend = (*ethclient.Client)(nil)
	_ follower.Backend = simulated.Client(nil)
)

func TestFollowIndexesLedgerEvents(t *testing.T) {
	e := harness.New(t, 1)
	fl := newFleet(e, 3)
	ix := newIndex(t, e, filepath.Join(t.TempDir(), "ix.db"), follower.Config{ChunkSize: 4})
	for range 5 {
		fl.round(100)
	}
	require.NoError(t, ix.f.Sync(context.Background()))
	require.Len(t, ix.readings(t), 15)
	n, h := headHash(t, e)
	cur, ok, err := ix.f.Cursor(context.Background())
	require.NoError(t, err)
	require.True(t, ok)
	require.Equal(t, follower.Cursor{Number: n, Hash: h}, cur)

	// Syncing again with nothing new changes nothing; new blocks are picked up.
	require.NoError(t, ix.f.Sync(context.Background()))
	require.Len(t, ix.readings(t), 15)
	fl.round(100)
	require.NoError(t, ix.f.Sync(context.Background()))
	require.Len(t, ix.readings(t), 18)
}

// TestCatchUpOverOldHistory: blocks far below the head are read in bulk (first and last header
// of each range); the index is the same as a block-by-block one, and a reorg near the head is
// still undone.
func TestCatchUpOverOldHistory(t *testing.T) {
	e := harness.New(t, 1)
	fl := newFleet(e, 2)
	for range 12 {
		fl.round(30)
	}
	bulk := newIndex(t, e, filepath.Join(t.TempDir(), "bulk.db"), follower.Config{ChunkSize: 4, KeepBlocks: 3})
	require.NoError(t, bulk.f.Sync(context.Background()))
	var kept int
	require.NoError(t, bulk.db.QueryRow(`SELECT COUNT(*) FROM follower_blocks`).Scan(&kept))
	require.LessOrEqual(t, kept, 4)
	careful := newIndex(t, e, filepath.Join(t.TempDir(), "careful.db"), follower.Config{ChunkSize: 1})
	require.NoError(t, careful.f.Sync(context.Background()))
	require.Equal(t, careful.snapshot(t), bulk.snapshot(t))
	require.Len(t, bulk.readings(t), 24)

	n, ancestor := headHash(t, e)
	fl.round(30)
	require.NoError(t, bulk.f.Sync(context.Background()))
	require.NoError(t, e.Sim.Fork(ancestor))
	fl.replaceRounds(t, 1, 5)
	e.Sim.Commit()
	require.NoError(t, bulk.f.Sync(context.Background()))
	require.NoError(t, careful.f.Sync(context.Background()))
	require.Equal(t, careful.snapshot(t), bulk.snapshot(t))
	// The orphaned round (seq 13) is gone; the replacement (seq 14, +5 Wh on 390) is in.
	require.Contains(t, bulk.readings(t), "352522400/14=395")
	require.NotContains(t, bulk.readings(t), "352522400/13=390")
	cur, _, err := bulk.f.Cursor(context.Background())
	require.NoError(t, err)
	require.Equal(t, n+2, cur.Number) // the replacement block and one empty block
}

func TestConfirmationsHoldBackRecentBlocks(t *testing.T) {
	e := harness.New(t, 1)
	fl := newFleet(e, 1)
	ix := newIndex(t, e, filepath.Join(t.TempDir(), "ix.db"), follower.Config{Confirmations: 3})
	fl.round(100) // block N
	require.NoError(t, ix.f.Sync(context.Background()))
	require.Empty(t, ix.readings(t), "a reading 0 blocks deep is not confirmed")
	e.Sim.Commit()
	e.Sim.Commit()
	require.NoError(t, ix.f.Sync(context.Background()))
	require.Empty(t, ix.readings(t), "2 blocks deep is still not confirmed")
	e.Sim.Commit()
	require.NoError(t, ix.f.Sync(context.Background()))
	require.Len(t, ix.readings(t), 1)
	cur, _, err := ix.f.Cursor(context.Background())
	require.NoError(t, err)
	n, _ := headHash(t, e)
	require.Equal(t, n-3, cur.Number)
}

// TestReorgReplayedTransactions: blocks with readings are orphaned and the same transactions are
// mined again in other blocks (what geth and the simulated backend do). The index after the reorg
// equals an index built from scratch on the final chain, and no reading is counted twice.
func TestReorgReplayedTransactions(t *testing.T) {
	e := harness.New(t, 1)
	fl := newFleet(e, 2)
	ix := newIndex(t, e, filepath.Join(t.TempDir(), "ix.db"), follower.Config{})
	fl.round(100)
	_, ancestor := headHash(t, e)
	fl.round(100)
	fl.round(100)
	require.NoError(t, ix.f.Sync(context.Background()))
	before := ix.readings(t)
	require.Len(t, before, 6)
	orphaned := ix.snapshot(t)

	require.NoError(t, e.Sim.Fork(ancestor))
	for range 4 { // the orphaned transactions are mined again; the new chain is longer
		e.Sim.Commit()
	}
	require.NoError(t, ix.f.Sync(context.Background()))

	fresh := newIndex(t, e, filepath.Join(t.TempDir(), "fresh.db"), follower.Config{})
	require.NoError(t, fresh.f.Sync(context.Background()))
	require.Equal(t, fresh.snapshot(t), ix.snapshot(t))
	require.Equal(t, before, ix.readings(t), "same readings, each once")
	require.NotEqual(t, orphaned, ix.snapshot(t), "the readings moved to other blocks")
}

// TestReorgToDifferentChain: the orphaned readings never come back; the new chain carries other
// readings. The orphaned rows disappear and the new ones appear.
func TestReorgToDifferentChain(t *testing.T) {
	e := harness.New(t, 1)
	fl := newFleet(e, 2)
	ix := newIndex(t, e, filepath.Join(t.TempDir(), "ix.db"), follower.Config{ChunkSize: 2})
	fl.round(100)
	_, ancestor := headHash(t, e)
	seq, wh, ts := copyMap(fl.seq), copyMap(fl.wh), fl.ts
	fl.round(100)
	fl.round(100)
	require.NoError(t, ix.f.Sync(context.Background()))
	require.Contains(t, ix.readings(t), "352522400/3=300")

	require.NoError(t, e.Sim.Fork(ancestor))
	fl.seq, fl.wh, fl.ts = seq, wh, ts
	fl.replaceRounds(t, 2, 7) // different registers on the new chain
	fl.round(7)
	e.Sim.Commit()
	require.NoError(t, ix.f.Sync(context.Background()))

	fresh := newIndex(t, e, filepath.Join(t.TempDir(), "fresh.db"), follower.Config{})
	require.NoError(t, fresh.f.Sync(context.Background()))
	require.Equal(t, fresh.snapshot(t), ix.snapshot(t))
	require.Equal(t, []string{"352522400/1=100", "352522400/2=107", "352522400/3=114", "352522400/4=121",
		"352522401/1=100", "352522401/2=107", "352522401/3=114", "352522401/4=121"}, ix.readings(t))
}

// TestReorgShorterChainThenLonger: the head drops below the cursor (Fork without new blocks);
// the follower rewinds at once and catches up when the new chain grows.
func TestReorgShorterChainThenLonger(t *testing.T) {
	e := harness.New(t, 1)
	fl := newFleet(e, 1)
	ix := newIndex(t, e, filepath.Join(t.TempDir(), "ix.db"), follower.Config{})
	_, ancestor := headHash(t, e)
	ancestorN, _ := headHash(t, e)
	fl.round(100)
	fl.round(100)
	require.NoError(t, ix.f.Sync(context.Background()))
	require.Len(t, ix.readings(t), 2)

	require.NoError(t, e.Sim.Fork(ancestor))
	require.NoError(t, ix.f.Sync(context.Background()))
	cur, _, err := ix.f.Cursor(context.Background())
	require.NoError(t, err)
	require.Equal(t, follower.Cursor{Number: ancestorN, Hash: ancestor}, cur)
	require.Empty(t, ix.readings(t), "rows of orphaned blocks are gone")

	for range 3 {
		e.Sim.Commit()
	}
	require.NoError(t, ix.f.Sync(context.Background()))
	require.Len(t, ix.readings(t), 2)
}

// TestCrashBeforeCursorCommit: the process dies after the handlers ran but before the step's
// transaction committed. Nothing of the step is visible; the restarted follower ends in the same
// state as one that never crashed.
func TestCrashBeforeCursorCommit(t *testing.T) {
	e := harness.New(t, 1)
	fl := newFleet(e, 2)
	for range 4 {
		fl.round(50)
	}
	path := filepath.Join(t.TempDir(), "ix.db")
	crash := errors.New("killed")
	seen, stepsWithRows := 0, 0
	dying := newIndex(t, e, path, follower.Config{ChunkSize: 3, BeforeCommit: func(tx *sql.Tx, to uint64) error {
		var n int
		require.NoError(t, tx.QueryRow(`SELECT COUNT(*) FROM accepted`).Scan(&n))
		if n > seen {
			seen = n
			stepsWithRows++
			if stepsWithRows == 2 { // the handlers of this step ran; die before the commit
				return crash
			}
		}
		return nil
	}})
	require.ErrorIs(t, dying.f.Sync(context.Background()), crash)
	committed := dying.snapshot(t)
	require.NotEmpty(t, committed, "the first step with readings committed")
	require.Less(t, len(committed), seen, "the dying step's rows are not visible")
	cur, _, err := dying.f.Cursor(context.Background())
	require.NoError(t, err)
	require.NoError(t, dying.db.Close())

	restarted := newIndex(t, e, path, follower.Config{ChunkSize: 3})
	require.Equal(t, committed, restarted.snapshot(t), "the rolled-back step left nothing behind")
	again, _, err := restarted.f.Cursor(context.Background())
	require.NoError(t, err)
	require.Equal(t, cur, again)
	require.NoError(t, restarted.f.Sync(context.Background()))

	clean := newIndex(t, e, filepath.Join(t.TempDir(), "clean.db"), follower.Config{})
	require.NoError(t, clean.f.Sync(context.Background()))
	require.Equal(t, clean.snapshot(t), restarted.snapshot(t))
	require.Len(t, restarted.readings(t), 8)
}

// TestReorgDeeperThanKeptRefused: a reorg below the kept block hashes cannot be undone; the
// follower says so instead of indexing a mixed history.
func TestReorgDeeperThanKeptRefused(t *testing.T) {
	e := harness.New(t, 1)
	fl := newFleet(e, 1)
	ix := newIndex(t, e, filepath.Join(t.TempDir(), "ix.db"), follower.Config{KeepBlocks: 2})
	fl.round(100)
	_, ancestor := headHash(t, e)
	for range 4 {
		fl.round(100)
	}
	require.NoError(t, ix.f.Sync(context.Background()))
	require.NoError(t, e.Sim.Fork(ancestor))
	fl.replaceRounds(t, 4, 10)
	for range 4 {
		e.Sim.Commit()
	}
	require.ErrorIs(t, ix.f.Sync(context.Background()), follower.ErrReorgTooDeep)
}

func TestRegisterChecksTables(t *testing.T) {
	e := harness.New(t, 0)
	db, err := sqlite.Open(":memory:", `CREATE TABLE noblock (x INTEGER)`)
	require.NoError(t, err)
	defer db.Close()
	f, err := follower.New(e.Client, db, follower.Config{})
	require.NoError(t, err)
	noop := func(*sql.Tx, types.Log) error { return nil }
	base := follower.Contract{Name: "ledger", Address: e.Deployment.ReadingLedger, ABI: e.LedgerABI.GetABI(),
		Events: map[string]follower.HandleFunc{"PeriodClosed": noop}}
	c := base
	c.Tables = []string{"noblock"}
	require.ErrorContains(t, f.Register(c), "no block column")
	c.Tables = []string{"x; DROP TABLE follower_cursor"}
	require.ErrorContains(t, f.Register(c), "invalid table name")
	c = base
	c.Events = map[string]follower.HandleFunc{"NoSuchEvent": noop}
	require.ErrorContains(t, f.Register(c), "no event")
	require.NoError(t, f.Register(base))
}

func copyMap(m map[uint64]uint64) map[uint64]uint64 {
	out := make(map[uint64]uint64, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

// lying answers log queries with logs from another chain (block hashes that do not match the
// headers): what a load-balanced endpoint mid-reorg can do.
type lying struct {
	follower.Backend
	queries int
}

func (l *lying) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	l.queries++
	logs, err := l.Backend.FilterLogs(ctx, q)
	for i := range logs {
		logs[i].BlockHash = common.Hash{0xba, 0xd}
	}
	return logs, err
}

// TestInconsistentNodeNeitherIndexesNorSpins: logs that do not belong to the headers read are
// never applied, and Sync gives up after a few tries instead of hammering the node.
func TestInconsistentNodeNeitherIndexesNorSpins(t *testing.T) {
	e := harness.New(t, 1)
	fl := newFleet(e, 1)
	fl.round(100)
	db, err := sqlite.Open(filepath.Join(t.TempDir(), "ix.db"), testSchema)
	require.NoError(t, err)
	defer db.Close()
	node := &lying{Backend: e.Client}
	f, err := follower.New(node, db, follower.Config{Start: e.Deployment.Block})
	require.NoError(t, err)
	require.NoError(t, f.Register(follower.Contract{Name: "ledger", Address: e.Deployment.ReadingLedger, ABI: e.LedgerABI.GetABI(),
		Events: map[string]follower.HandleFunc{"ReadingAccepted": func(*sql.Tx, types.Log) error {
			t.Fatal("a log from another chain was applied")
			return nil
		}}, Tables: []string{"accepted"}}))
	require.NoError(t, f.Sync(context.Background()))
	require.Equal(t, 3, node.queries)
	_, ok, err := f.Cursor(context.Background())
	require.NoError(t, err)
	require.False(t, ok, "no progress past blocks whose logs could not be trusted")
}

// batching is the simulated client with its JSON-RPC batches exposed, counting header reads.
type batching struct {
	simulated.Client
	rpc              *rpc.Client
	batches, headers int
	calls            int // header calls inside batches
}

// newBatching reaches the simulated client's own *ethclient.Client, which the simulated package
// hides in an exported field of an unexported type, for its in-process *rpc.Client.
func newBatching(e *harness.Env) *batching {
	c := e.Sim.Client()
	ec := reflect.ValueOf(c).FieldByName("Client").Interface().(*ethclient.Client)
	return &batching{Client: c, rpc: ec.Client()}
}

func (b *batching) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	b.headers++
	return b.Client.HeaderByNumber(ctx, n)
}

func (b *batching) BatchCallContext(ctx context.Context, elems []rpc.BatchElem) error {
	b.batches++
	b.calls += len(elems)
	return b.rpc.BatchCallContext(ctx, elems)
}

// TestBatchedHeadersMatchOneByOne: a follower that reads a step's headers in JSON-RPC batches
// builds the same index as one reading them one by one, across a reorg to a different chain,
// with one batch per step instead of a call per block.
func TestBatchedHeadersMatchOneByOne(t *testing.T) {
	e := harness.New(t, 1)
	fl := newFleet(e, 2)
	node := newBatching(e)
	db, err := sqlite.Open(filepath.Join(t.TempDir(), "batched.db"), testSchema)
	require.NoError(t, err)
	t.Cleanup(func() { _ = db.Close() })
	batched := newIndexOn(t, e, node, db, follower.Config{ChunkSize: 8, HeaderBatch: 3})
	single := newIndex(t, e, filepath.Join(t.TempDir(), "single.db"), follower.Config{ChunkSize: 8})

	for range 6 {
		fl.round(100)
	}
	_, ancestor := headHash(t, e)
	seq, wh, ts := copyMap(fl.seq), copyMap(fl.wh), fl.ts
	fl.round(100)
	fl.round(100)
	require.NoError(t, batched.f.Sync(context.Background()))
	require.NoError(t, single.f.Sync(context.Background()))
	require.Equal(t, single.snapshot(t), batched.snapshot(t))
	require.Len(t, batched.readings(t), 16)
	require.Positive(t, node.batches)
	require.Greater(t, node.calls, node.batches, "several headers per batch")
	readsBefore := node.headers

	require.NoError(t, e.Sim.Fork(ancestor))
	fl.seq, fl.wh, fl.ts = seq, wh, ts
	fl.replaceRounds(t, 2, 7)
	fl.round(7)
	e.Sim.Commit()
	require.NoError(t, batched.f.Sync(context.Background()))
	require.NoError(t, single.f.Sync(context.Background()))
	require.Equal(t, single.snapshot(t), batched.snapshot(t))
	require.Contains(t, batched.readings(t), "352522400/9=621")
	require.NotContains(t, batched.readings(t), "352522400/7=700", "the orphaned round is gone")

	bcur, _, err := batched.f.Cursor(context.Background())
	require.NoError(t, err)
	scur, _, err := single.f.Cursor(context.Background())
	require.NoError(t, err)
	require.Equal(t, scur, bcur)
	require.Less(t, node.headers-readsBefore, 8, "headers of new blocks came in batches, not one call each")
}

// TestMetricsReportProgress: head, processed block, lag, applied logs and reorgs are exported.
func TestMetricsReportProgress(t *testing.T) {
	e := harness.New(t, 1)
	fl := newFleet(e, 2)
	reg := prometheus.NewRegistry()
	ix := newIndex(t, e, filepath.Join(t.TempDir(), "ix.db"), follower.Config{Confirmations: 1, Registerer: reg})
	fl.round(100)
	_, ancestor := headHash(t, e)
	fl.round(100)
	e.Sim.Commit()
	require.NoError(t, ix.f.Sync(context.Background()))
	head, _ := headHash(t, e)
	cur, _, err := ix.f.Cursor(context.Background())
	require.NoError(t, err)
	require.Equal(t, float64(head), gauge(t, reg, "meterchain_follower_head_block"))
	require.Equal(t, float64(cur.Number), gauge(t, reg, "meterchain_follower_processed_block"))
	require.Equal(t, 1.0, gauge(t, reg, "meterchain_follower_lag_blocks"))
	require.Equal(t, 4.0, gauge(t, reg, "meterchain_follower_logs_total"), "two rounds of two readings")
	require.Equal(t, 0.0, gauge(t, reg, "meterchain_follower_reorgs_total"))

	require.NoError(t, e.Sim.Fork(ancestor))
	fl.replaceRounds(t, 1, 5)
	e.Sim.Commit()
	e.Sim.Commit()
	require.NoError(t, ix.f.Sync(context.Background()))
	require.Equal(t, 1.0, gauge(t, reg, "meterchain_follower_reorgs_total"))
	require.Equal(t, 6.0, gauge(t, reg, "meterchain_follower_logs_total"), "the replacement round's two readings")
}

// gauge is the value of the one series called name (a gauge or a counter).
func gauge(t *testing.T, reg *prometheus.Registry, name string) float64 {
	t.Helper()
	families, err := reg.Gather()
	require.NoError(t, err)
	for _, f := range families {
		if f.GetName() == name {
			require.Len(t, f.GetMetric(), 1)
			require.Equal(t, "main", f.GetMetric()[0].GetLabel()[0].GetValue())
			if c := f.GetMetric()[0].GetCounter(); c != nil {
				return c.GetValue()
			}
			return f.GetMetric()[0].GetGauge().GetValue()
		}
	}
	t.Fatalf("no series %s", name)
	return 0
}
