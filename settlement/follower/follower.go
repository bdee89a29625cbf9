// Package follower is a reorg-safe contract event follower: it reads logs by block range up to
// head − confirmations, checks that every block's parent is the block it processed before, and
// applies the registered handlers and its own cursor in ONE SQLite transaction, so the index and
// the cursor can never disagree, whatever moment the process dies at.
//
// Reorgs are undone by deletion: every row a handler writes carries the number of the block its
// event came from (a `block` column in each table the handler declares). When a stored block is
// no longer canonical the follower walks back through the hashes it kept to the common ancestor,
// deletes the rows of every later block, moves the cursor to the ancestor and replays forward on
// the new chain. Handlers therefore never write "undo" logic: they only insert rows (or update rows
// that were themselves written by the same event), and derived values such as a bill's status are
// computed from those rows when read. A handler that keeps other state adds a Rewind function.
//
// Polling by block range with a parent-hash check does not depend on subscriptions, whose
// removed-log notifications a restarted process would never see. Near the head the headers of
// a step are read in one JSON-RPC batch when the node client offers batches (*ethclient.Client
// does), one by one otherwise.
package follower

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"regexp"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/prometheus/client_golang/prometheus"
)

// Backend is the node access the follower needs; *ethclient.Client and simulated.Client fit.
type Backend interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// BatchCaller sends several JSON-RPC calls in one round trip (*rpc.Client). A Backend that is
// one, or that has a Client() *rpc.Client method as *ethclient.Client does, gets its headers
// read in batches.
type BatchCaller interface {
	BatchCallContext(ctx context.Context, b []rpc.BatchElem) error
}

// Schema is the follower's own bookkeeping: the cursor, the hashes of recent blocks (to find the
// common ancestor after a reorg) and the (blockHash, logIndex) of every event applied.
const Schema = `
CREATE TABLE IF NOT EXISTS follower_cursor (
	name   TEXT PRIMARY KEY,
	number INTEGER NOT NULL,
	hash   TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS follower_blocks (
	name   TEXT NOT NULL,
	number INTEGER NOT NULL,
	hash   TEXT NOT NULL,
	PRIMARY KEY (name, number)
);
CREATE TABLE IF NOT EXISTS follower_logs (
	name       TEXT NOT NULL,
	block_hash TEXT NOT NULL,
	log_index  INTEGER NOT NULL,
	block      INTEGER NOT NULL,
	PRIMARY KEY (name, block_hash, log_index)
);`

// HandleFunc applies one event inside the follower's transaction. It must use tx only (the
// store has one connection) and tag every row it inserts with l.BlockNumber in a `block` column
// of a table listed in its Contract's Tables.
type HandleFunc func(tx *sql.Tx, l types.Log) error

// Contract is one contract's events and the tables its handlers write. Registering a contract is
// the only thing a new feature (billing, the energy market) does to be followed.
type Contract struct {
	Name    string
	Address common.Address
	ABI     abi.ABI               // resolves Events' names to topics
	Events  map[string]HandleFunc // event name → handler; events not listed are not fetched
	// Tables whose rows carry a `block` column: rows of orphaned blocks are deleted on a reorg.
	Tables []string
	// Rewind, if set, undoes anything else derived from blocks numbered firstOrphan and later
	// (rarely needed).
	Rewind func(tx *sql.Tx, firstOrphan uint64) error
}

// Config of a follower.
type Config struct {
	Name          string // cursor name, so several followers can share a database (default "main")
	Start         uint64 // first block to read: the deployment's block
	Confirmations uint64 // only blocks at most head − Confirmations are processed
	ChunkSize     uint64 // blocks per FilterLogs call and per transaction (default 500)
	KeepBlocks    uint64 // recent block hashes kept: the deepest reorg that can be undone (default 1024)
	// HeaderBatch: headers per JSON-RPC batch (default 100; geth serves up to 1000 calls a batch).
	HeaderBatch int
	// BeforeCommit, if set, runs inside each step's transaction just before it commits; an error
	// rolls the whole step back. Metrics use it, and tests use it to die at the worst moment.
	BeforeCommit func(tx *sql.Tx, to uint64) error
	Registerer   prometheus.Registerer // where the follower's metrics go (nil: not exported)
	Log          *slog.Logger          // default: discard
}

// DefaultName is the cursor name of a follower configured without one.
const DefaultName = "main"

// CursorIn reads the cursor of the follower named name from its database (ok false: no block
// processed yet), for readers of the index in another process.
func CursorIn(ctx context.Context, db *sql.DB, name string) (c Cursor, ok bool, err error) {
	return readCursor(ctx, db, name)
}

// Cursor is the last block processed.
type Cursor struct {
	Number uint64
	Hash   common.Hash
}

// ErrReorgTooDeep means the chain replaced blocks older than the hashes kept: the index must be
// rebuilt from scratch (delete the database) or KeepBlocks raised.
var ErrReorgTooDeep = errors.New("reorg deeper than the block hashes kept")

type route struct {
	contract string
	handle   HandleFunc
}

// Follower follows the registered contracts' events. Step and Sync are not safe for concurrent
// use; Cursor is.
type Follower struct {
	b         Backend
	batch     BatchCaller // nil: headers are read one by one
	db        *sql.DB
	cfg       Config
	log       *slog.Logger
	stats     *metrics
	contracts []Contract
	routes    map[common.Address]map[common.Hash][]route

	inconsistent bool // the last Step read a chain that changed under it
}

var identifier = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// New creates a follower on db and applies its schema.
func New(b Backend, db *sql.DB, cfg Config) (*Follower, error) {
	if cfg.Name == "" {
		cfg.Name = DefaultName
	}
	if cfg.ChunkSize == 0 {
		cfg.ChunkSize = 500
	}
	if cfg.KeepBlocks == 0 {
		cfg.KeepBlocks = 1024
	}
	if cfg.KeepBlocks <= cfg.Confirmations {
		return nil, fmt.Errorf("follower: KeepBlocks (%d) must exceed Confirmations (%d)", cfg.KeepBlocks, cfg.Confirmations)
	}
	if cfg.HeaderBatch <= 0 {
		cfg.HeaderBatch = 100
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if _, err := db.Exec(Schema); err != nil {
		return nil, fmt.Errorf("follower schema: %w", err)
	}
	stats, err := newMetrics(cfg.Registerer, cfg.Name)
	if err != nil {
		return nil, err
	}
	return &Follower{b: b, batch: batchCaller(b), db: db, cfg: cfg, log: cfg.Log.With("follower", cfg.Name), stats: stats,
		routes: map[common.Address]map[common.Hash][]route{}}, nil
}

// batchCaller is b's batch interface, if it has one.
func batchCaller(b Backend) BatchCaller {
	switch c := b.(type) {
	case BatchCaller:
		return c
	case interface{ Client() *rpc.Client }:
		if rc := c.Client(); rc != nil {
			return rc
		}
	}
	return nil
}

// Register adds a contract's events. Call it before the first Step: events of a contract
// registered later are only seen from the cursor on.
func (f *Follower) Register(c Contract) error {
	if c.Name == "" || len(c.Events) == 0 {
		return errors.New("follower: a contract needs a name and at least one event")
	}
	for _, t := range c.Tables {
		if !identifier.MatchString(t) {
			return fmt.Errorf("follower: %s: invalid table name %q", c.Name, t)
		}
		if err := hasBlockColumn(f.db, t); err != nil {
			return fmt.Errorf("follower: %s: %w", c.Name, err)
		}
	}
	byTopic := f.routes[c.Address]
	if byTopic == nil {
		byTopic = map[common.Hash][]route{}
		f.routes[c.Address] = byTopic
	}
	for name, h := range c.Events {
		ev, ok := c.ABI.Events[name]
		if !ok {
			return fmt.Errorf("follower: %s has no event %q", c.Name, name)
		}
		byTopic[ev.ID] = append(byTopic[ev.ID], route{contract: c.Name, handle: h})
	}
	f.contracts = append(f.contracts, c)
	return nil
}

func hasBlockColumn(db *sql.DB, table string) error {
	rows, err := db.Query(`SELECT name FROM pragma_table_info(?)`, table)
	if err != nil {
		return fmt.Errorf("table %s: %w", table, err)
	}
	defer rows.Close()
	found := false
	for rows.Next() {
		var col string
		if err := rows.Scan(&col); err != nil {
			return err
		}
		found = found || col == "block"
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if !found {
		return fmt.Errorf("table %s has no block column (create it before registering)", table)
	}
	return nil
}

// Cursor returns the last block processed (ok false before the first step).
func (f *Follower) Cursor(ctx context.Context) (c Cursor, ok bool, err error) {
	return readCursor(ctx, f.db, f.cfg.Name)
}

type querier interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

func readCursor(ctx context.Context, q querier, name string) (Cursor, bool, error) {
	var n uint64
	var h string
	err := q.QueryRowContext(ctx, `SELECT number, hash FROM follower_cursor WHERE name = ?`, name).Scan(&n, &h)
	if errors.Is(err, sql.ErrNoRows) {
		return Cursor{}, false, nil
	}
	if err != nil {
		return Cursor{}, false, fmt.Errorf("read cursor: %w", err)
	}
	return Cursor{Number: n, Hash: common.HexToHash(h)}, true, nil
}

// Sync steps until the cursor reaches head − confirmations. A node whose answers keep changing
// under us (three inconsistent reads in a row) ends the sync early; the next one retries.
func (f *Follower) Sync(ctx context.Context) error {
	for unsettled := 0; unsettled < 3; {
		f.inconsistent = false
		done, err := f.Step(ctx)
		if err != nil || done {
			return err
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if f.inconsistent {
			unsettled++
		} else {
			unsettled = 0
		}
	}
	return nil
}

// errInconsistent: the node's answers changed under us (a reorg between two calls); retry.
var errInconsistent = errors.New("chain changed while reading")

// Step does one unit of work: undo a reorg, or process up to ChunkSize confirmed blocks. It
// reports whether the cursor has reached head − confirmations.
func (f *Follower) Step(ctx context.Context) (caughtUp bool, err error) {
	head, err := f.b.HeaderByNumber(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("head: %w", err)
	}
	cur, ok, err := f.Cursor(ctx)
	if err != nil {
		return false, err
	}
	f.stats.observe(head.Number.Uint64(), cur.Number, ok)
	if ok {
		canonical, err := f.isCanonical(ctx, cur.Number, cur.Hash, head.Number.Uint64())
		if err != nil {
			return false, err
		}
		if !canonical {
			return false, f.rewind(ctx, head.Number.Uint64())
		}
	}
	if head.Number.Uint64() < f.cfg.Confirmations {
		return true, nil
	}
	target := head.Number.Uint64() - f.cfg.Confirmations
	next := f.cfg.Start
	if ok {
		next = cur.Number + 1
	}
	if next > target {
		return true, nil
	}
	to := min(target, next+f.cfg.ChunkSize-1)
	var parent *common.Hash
	if ok {
		parent = &cur.Hash
	}
	err = f.process(ctx, next, to, head.Number.Uint64(), parent)
	if errors.Is(err, errInconsistent) {
		f.log.Info("chain changed while reading; retrying", "from", next, "to", to)
		f.stats.inconsistent.Inc()
		f.inconsistent = true
		return false, nil
	}
	if err != nil {
		return false, err
	}
	f.stats.observe(head.Number.Uint64(), to, true)
	return to == target, nil
}

// isCanonical reports whether the block number/hash is still on the node's chain.
func (f *Follower) isCanonical(ctx context.Context, number uint64, hash common.Hash, head uint64) (bool, error) {
	if number > head {
		return false, nil // the chain got shorter than our cursor: a reorg to a lower head
	}
	h, err := f.b.HeaderByNumber(ctx, new(big.Int).SetUint64(number))
	if errors.Is(err, ethereum.NotFound) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("header %d: %w", number, err)
	}
	return h.Hash() == hash, nil
}

// process applies blocks from..to (parent: the hash block from must build on, if known).
//
// Near the head every block's header is read and chained to the one before, and every log must
// carry the hash of the header read for its block. Blocks more than KeepBlocks below the head
// (a catch-up over old history, which no reorg we could undo will touch) are read in bulk: only
// the first and last header of the range are fetched and kept.
func (f *Follower) process(ctx context.Context, from, to, head uint64, parent *common.Hash) error {
	numbers := make([]uint64, 0, to-from+1)
	if to+f.cfg.KeepBlocks < head {
		numbers = append(numbers, from)
		if to != from {
			numbers = append(numbers, to)
		}
	} else {
		for n := from; n <= to; n++ {
			numbers = append(numbers, n)
		}
	}
	headers, err := f.headers(ctx, numbers)
	if err != nil {
		return err
	}
	hashes := make(map[uint64]common.Hash, len(numbers))
	for i, n := range numbers {
		h := headers[i]
		// Parent-hash continuity: with our cursor for the first block, then block to block.
		if parent != nil && (n == from || hashes[n-1] != common.Hash{}) && h.ParentHash != *parent {
			return errInconsistent
		}
		hash := h.Hash()
		hashes[n] = hash
		parent = &hash
	}
	logs, err := f.logs(ctx, from, to)
	if err != nil {
		return err
	}
	for _, l := range logs {
		if l.Removed || l.BlockNumber < from || l.BlockNumber > to {
			return errInconsistent
		}
		if h, ok := hashes[l.BlockNumber]; ok && l.BlockHash != h {
			return errInconsistent // logs from another chain than the headers we read
		}
	}

	tx, err := f.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for _, n := range numbers {
		if _, err := tx.Exec(`INSERT OR REPLACE INTO follower_blocks(name, number, hash) VALUES(?,?,?)`,
			f.cfg.Name, n, hashes[n].Hex()); err != nil {
			return fmt.Errorf("record block %d: %w", n, err)
		}
	}
	applied := 0
	for _, l := range logs {
		ok, err := f.apply(tx, l)
		if err != nil {
			return err
		}
		if ok {
			applied++
		}
	}
	if _, err := tx.Exec(`INSERT INTO follower_cursor(name, number, hash) VALUES(?,?,?)
		ON CONFLICT(name) DO UPDATE SET number = excluded.number, hash = excluded.hash`,
		f.cfg.Name, to, hashes[to].Hex()); err != nil {
		return fmt.Errorf("store cursor: %w", err)
	}
	if to > f.cfg.KeepBlocks {
		keepFrom := to - f.cfg.KeepBlocks
		if _, err := tx.Exec(`DELETE FROM follower_blocks WHERE name = ? AND number < ?`, f.cfg.Name, keepFrom); err != nil {
			return err
		}
		// Applied-event marks are only consulted for blocks that can still be replayed.
		if _, err := tx.Exec(`DELETE FROM follower_logs WHERE name = ? AND block < ?`, f.cfg.Name, keepFrom); err != nil {
			return err
		}
	}
	if f.cfg.BeforeCommit != nil {
		if err := f.cfg.BeforeCommit(tx, to); err != nil {
			return err
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit blocks %d-%d: %w", from, to, err)
	}
	f.stats.logs.Add(float64(applied))
	return nil
}

// headers reads the headers of numbers, in order: in batches of HeaderBatch when the node client
// offers batches, one by one otherwise. A block the node does not have (the chain got shorter
// while we read) is errInconsistent.
func (f *Follower) headers(ctx context.Context, numbers []uint64) ([]*types.Header, error) {
	out := make([]*types.Header, len(numbers))
	if f.batch == nil || len(numbers) == 1 {
		for i, n := range numbers {
			h, err := f.b.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
			if errors.Is(err, ethereum.NotFound) {
				return nil, errInconsistent
			}
			if err != nil {
				return nil, fmt.Errorf("header %d: %w", n, err)
			}
			out[i] = h
		}
		return out, nil
	}
	for start := 0; start < len(numbers); start += f.cfg.HeaderBatch {
		end := min(start+f.cfg.HeaderBatch, len(numbers))
		elems := make([]rpc.BatchElem, end-start)
		for i := range elems {
			elems[i] = rpc.BatchElem{Method: "eth_getBlockByNumber",
				Args: []any{hexutil.EncodeUint64(numbers[start+i]), false}, Result: &out[start+i]}
		}
		if err := f.batch.BatchCallContext(ctx, elems); err != nil {
			return nil, fmt.Errorf("headers %d-%d: %w", numbers[start], numbers[end-1], err)
		}
		for i, e := range elems {
			if e.Error != nil {
				return nil, fmt.Errorf("header %d: %w", numbers[start+i], e.Error)
			}
			if out[start+i] == nil {
				return nil, errInconsistent
			}
		}
	}
	return out, nil
}

// apply runs the handlers of one log once: a (blockHash, logIndex) already applied is skipped.
// It reports whether the handlers ran.
func (f *Follower) apply(tx *sql.Tx, l types.Log) (bool, error) {
	if len(l.Topics) == 0 {
		return false, nil
	}
	routes := f.routes[l.Address][l.Topics[0]]
	if len(routes) == 0 {
		return false, nil
	}
	res, err := tx.Exec(`INSERT OR IGNORE INTO follower_logs(name, block_hash, log_index, block) VALUES(?,?,?,?)`,
		f.cfg.Name, l.BlockHash.Hex(), l.Index, l.BlockNumber)
	if err != nil {
		return false, fmt.Errorf("mark log: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return false, nil
	}
	for _, r := range routes {
		if err := r.handle(tx, l); err != nil {
			return false, fmt.Errorf("%s handler, block %d log %d (tx %s): %w", r.contract, l.BlockNumber, l.Index, l.TxHash, err)
		}
	}
	return true, nil
}

// logs fetches the registered events of blocks from..to, halving the range when the node refuses
// a query as too large.
func (f *Follower) logs(ctx context.Context, from, to uint64) ([]types.Log, error) {
	var addrs []common.Address
	var topics []common.Hash
	for a, byTopic := range f.routes {
		addrs = append(addrs, a)
		for t := range byTopic {
			topics = append(topics, t)
		}
	}
	if len(addrs) == 0 {
		return nil, nil
	}
	q := ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
		Addresses: addrs, Topics: [][]common.Hash{topics}}
	logs, err := f.b.FilterLogs(ctx, q)
	if err == nil || from == to || ctx.Err() != nil {
		if err != nil {
			return nil, fmt.Errorf("logs of block %d: %w", from, err)
		}
		return logs, nil
	}
	mid := from + (to-from)/2
	f.log.Debug("log query refused; splitting", "from", from, "to", to, "err", err)
	first, err := f.logs(ctx, from, mid)
	if err != nil {
		return nil, err
	}
	second, err := f.logs(ctx, mid+1, to)
	if err != nil {
		return nil, err
	}
	return append(first, second...), nil
}

// rewind walks back from the cursor to the newest kept block that is still canonical and
// deletes everything derived from the blocks after it.
func (f *Follower) rewind(ctx context.Context, head uint64) error {
	rows, err := f.db.QueryContext(ctx, `SELECT number, hash FROM follower_blocks WHERE name = ? ORDER BY number DESC`, f.cfg.Name)
	if err != nil {
		return err
	}
	type kept struct {
		n uint64
		h common.Hash
	}
	var blocks []kept
	for rows.Next() {
		var n uint64
		var h string
		if err := rows.Scan(&n, &h); err != nil {
			rows.Close()
			return err
		}
		blocks = append(blocks, kept{n, common.HexToHash(h)})
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}

	var ancestor *kept
	for i := range blocks {
		ok, err := f.isCanonical(ctx, blocks[i].n, blocks[i].h, head)
		if err != nil {
			return err
		}
		if ok {
			ancestor = &blocks[i]
			break
		}
	}
	// No kept block survived. If we still hold every block since Start, the whole history is
	// replaced: start over. Otherwise the reorg went below what we can undo.
	if ancestor == nil && (len(blocks) == 0 || blocks[len(blocks)-1].n != f.cfg.Start) {
		return fmt.Errorf("%w (%d): rebuild the index", ErrReorgTooDeep, f.cfg.KeepBlocks)
	}

	tx, err := f.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	// Everything from firstOrphan on came from blocks no longer on the chain.
	firstOrphan := f.cfg.Start
	if ancestor != nil {
		firstOrphan = ancestor.n + 1
	}
	for _, c := range f.contracts {
		for _, t := range c.Tables {
			if _, err := tx.Exec(`DELETE FROM `+t+` WHERE block >= ?`, firstOrphan); err != nil {
				return fmt.Errorf("rewind %s: %w", t, err)
			}
		}
		if c.Rewind != nil {
			if err := c.Rewind(tx, firstOrphan); err != nil {
				return fmt.Errorf("rewind %s: %w", c.Name, err)
			}
		}
	}
	for _, q := range []string{
		`DELETE FROM follower_blocks WHERE name = ? AND number >= ?`,
		`DELETE FROM follower_logs WHERE name = ? AND block >= ?`,
	} {
		if _, err := tx.Exec(q, f.cfg.Name, firstOrphan); err != nil {
			return err
		}
	}
	if ancestor != nil {
		_, err = tx.Exec(`UPDATE follower_cursor SET number = ?, hash = ? WHERE name = ?`, ancestor.n, ancestor.h.Hex(), f.cfg.Name)
	} else {
		_, err = tx.Exec(`DELETE FROM follower_cursor WHERE name = ?`, f.cfg.Name)
	}
	if err != nil {
		return fmt.Errorf("rewind cursor: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit rewind: %w", err)
	}
	f.stats.reorgs.Inc()
	if ancestor != nil {
		f.stats.processed.Set(float64(ancestor.n))
	}
	f.log.Warn("reorg: rewound to the common ancestor", "firstOrphan", firstOrphan)
	return nil
}
