// Package settlement is the settlement service: it follows the chain's events into the index
// (settlement/follower, settlement/index), issues the bills of every closed period in batches,
// collects autopay for bills of opted-in meters, marks unsettled bills overdue on chain once due,
// and runs the jobs other features add (the energy market's clearing and trade settlement, via
// Register and AddJob). It runs inside `meterchain devnet` and alone as
// `meterchain settlement` against any JSON-RPC endpoint.
//
// Work is derived from the index, never from memory: a closed period with no bill and no send in
// flight is issued; a bill of an autopay meter not yet collected is collected. What the service
// sent is kept in its own tables (tied to the transaction manager's record in one SQLite
// transaction), so a restart neither forgets a transaction in flight nor sends the work twice; and
// because BillingManager refuses a second bill for a period and collects at most up to the bill,
// even a duplicate send could not bill or charge anyone twice.
package settlement

import (
	"context"
	"crypto/ecdsa"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/meterchain/meterchain/bindings"
	"github.com/meterchain/meterchain/deploy"
	"github.com/meterchain/meterchain/internal/sqlite"
	"github.com/meterchain/meterchain/internal/txmgr"
	"github.com/meterchain/meterchain/settlement/follower"
	"github.com/meterchain/meterchain/settlement/index"
)

// Backend is the node access the service needs; *ethclient.Client and simulated.Client fit.
type Backend interface {
	follower.Backend
	txmgr.Backend
}

// Limits of one transaction: EIP-7825's gas cap and geth's 128 KiB txpool limit (with room for
// the envelope and signature).
const (
	MaxTxGas   = 1 << 24
	MaxTxBytes = 120 * 1024
)

// Defaults of Config, also the defaults of `meterchain settlement`'s flags.
const (
	DefaultDBPath        = "settlement.db"
	DefaultConfirmations = 2
	DefaultPollInterval  = 2 * time.Second
	DefaultBatchSize     = 250
	DefaultKeepBlocks    = 1024
	DefaultMaxAttempts   = 3
)

// Config of the service. Zero values take the Default constants above (Confirmations: 0 is
// valid and means the head).
type Config struct {
	Deployment    *deploy.Deployment
	Key           *ecdsa.PrivateKey // sends issueBills and collectAutopay; nil runs the index only
	DBPath        string            // SQLite file (":memory:" for a throwaway index)
	Confirmations uint64            // events are indexed only this many blocks deep
	PollInterval  time.Duration     // between rounds
	BatchSize     int               // meters per issueBills, bills per collectAutopay
	ChunkSize     uint64            // blocks per log query (0: the follower's default)
	KeepBlocks    uint64            // block hashes kept: the deepest reorg undone
	MaxAttempts   int               // sends of one bill's work before giving up
	TxPoll        time.Duration     // receipt polling of the transaction manager (0: its default)
}

// Check validates the configuration and fills in defaults.
func (c *Config) Check() error {
	if c.Deployment == nil {
		return errors.New("settlement: no deployment")
	}
	if c.Deployment.ReadingLedger == (common.Address{}) || c.Deployment.BillingManager == (common.Address{}) {
		return errors.New("settlement: the deployment has no ReadingLedger or BillingManager address (redeploy)")
	}
	if c.DBPath == "" {
		return errors.New("settlement: no database path")
	}
	if c.PollInterval <= 0 {
		c.PollInterval = DefaultPollInterval
	}
	if c.BatchSize <= 0 {
		c.BatchSize = DefaultBatchSize
	}
	if c.BatchSize > MaxTxBytes/32-8 {
		return fmt.Errorf("settlement: batch size %d does not fit a %d-byte transaction", c.BatchSize, MaxTxBytes)
	}
	if c.MaxAttempts <= 0 {
		c.MaxAttempts = DefaultMaxAttempts
	}
	if c.KeepBlocks == 0 {
		c.KeepBlocks = DefaultKeepBlocks
	}
	return nil
}

// schema: what this service sent (not chain-derived, so a reorg does not erase it), one row per
// unit of work: kind "issue" (key "meterId/period"), "collect" or "overdue" (key: the bill id).
// state: sent (queued in the transaction manager) → mined (block set) or failed (reverted, nonce
// taken by another transaction); failed work is sent again, up to MaxAttempts in all.
const schema = `
CREATE TABLE IF NOT EXISTS sends (
	kind     TEXT NOT NULL,
	key      TEXT NOT NULL,
	tx_id    INTEGER NOT NULL,
	attempts INTEGER NOT NULL,
	state    TEXT NOT NULL,
	block    INTEGER,
	PRIMARY KEY (kind, key)
);
CREATE INDEX IF NOT EXISTS sends_by_tx ON sends(tx_id);`

// Job is extra work run each round once the index has caught up (e.g. the market's clearing).
type Job struct {
	Name string
	Run  func(ctx context.Context) error
}

// Service is the settlement service.
type Service struct {
	cfg      Config
	b        Backend
	db       *sql.DB
	follower *follower.Follower
	txm      *txmgr.Manager // nil without a key
	index    *index.Index
	billing  *bindings.BillingManager

	mu     sync.Mutex
	jobs   []Job
	holds  []string // SQL conditions over c.meter_id, c.period that hold a closed period's bill back
	cancel context.CancelFunc
	done   chan struct{}

	maxGas uint64             // per-transaction gas limit (MaxTxGas; lowered by tests)
	hook   func(point string) // tests: die at a named point ("sent", "indexed")
}

// New opens the database and prepares the service; Start runs it.
func New(cfg Config, b Backend) (*Service, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	db, err := sqlite.Open(cfg.DBPath, follower.Schema, index.Schema, schema)
	if err != nil {
		return nil, fmt.Errorf("settlement database: %w", err)
	}
	s := &Service{cfg: cfg, b: b, db: db, index: index.New(db), billing: bindings.NewBillingManager(), maxGas: MaxTxGas}
	s.follower, err = follower.New(b, db, follower.Config{
		Start: cfg.Deployment.Block, Confirmations: cfg.Confirmations, ChunkSize: cfg.ChunkSize, KeepBlocks: cfg.KeepBlocks,
		BeforeCommit: func(*sql.Tx, uint64) error { s.at("indexed"); return nil },
	})
	if err != nil {
		db.Close()
		return nil, err
	}
	for _, c := range []follower.Contract{index.LedgerContract(cfg.Deployment.ReadingLedger), index.BillingContract(cfg.Deployment.BillingManager)} {
		if err := s.follower.Register(c); err != nil {
			db.Close()
			return nil, err
		}
	}
	if cfg.Key != nil {
		s.txm, err = txmgr.New(b, db, txmgr.Config{Key: cfg.Key, ChainID: new(big.Int).SetUint64(cfg.Deployment.ChainID), PollInterval: cfg.TxPoll})
		if err != nil {
			db.Close()
			return nil, err
		}
	}
	return s, nil
}

// Register adds another contract's events to the service's follower (call before Start). Its
// tables must exist in DB() first; its rows are written in the same transaction as the cursor.
func (s *Service) Register(c follower.Contract) error { return s.follower.Register(c) }

// HoldBills keeps a closed period's bill back while cond is true. cond is an SQL condition over
// c.meter_id and c.period (the closed period), evaluated in the service's database; the market
// uses it so a period is billed only once the P2P trades it will subtract have settled.
func (s *Service) HoldBills(cond string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.holds = append(s.holds, cond)
}

// AddJob adds work run every round after the index caught up; an error is logged, not fatal.
func (s *Service) AddJob(j Job) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.jobs = append(s.jobs, j)
}

// DB is the service's database (one connection: inside a *sql.Tx use only the tx).
func (s *Service) DB() *sql.DB { return s.db }

// TxManager sends from the service's key (nil when the service runs without a key).
func (s *Service) TxManager() *txmgr.Manager { return s.txm }

// Index is the read API of bills and payments.
func (s *Service) Index() *index.Index { return s.index }

// Follower is the service's event follower.
func (s *Service) Follower() *follower.Follower { return s.follower }

// Start runs a round every PollInterval until ctx ends or Stop is called.
func (s *Service) Start(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cancel != nil {
		return errors.New("settlement: already started")
	}
	ctx, cancel := context.WithCancel(ctx)
	s.cancel, s.done = cancel, make(chan struct{})
	go func() {
		defer close(s.done)
		tick := time.NewTicker(s.cfg.PollInterval)
		defer tick.Stop()
		for {
			if err := s.Poll(ctx); err != nil && ctx.Err() == nil {
				slog.Error("settlement round failed; retrying", "err", err)
			}
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
			}
		}
	}()
	slog.Info("settlement service started", "billing", s.cfg.Deployment.BillingManager, "confirmations", s.cfg.Confirmations, "sender", s.sender())
	return nil
}

// Stop ends the loop, waits for the round in progress to return and closes the database.
func (s *Service) Stop() error {
	s.mu.Lock()
	cancel, done := s.cancel, s.done
	s.mu.Unlock()
	if cancel != nil {
		cancel()
		<-done
	}
	return s.db.Close()
}

func (s *Service) sender() string {
	if s.txm == nil {
		return "none (index only)"
	}
	return s.txm.From().Hex()
}

func (s *Service) at(point string) {
	if s.hook != nil {
		s.hook(point)
	}
}

// Poll runs one round: catch the index up to head − confirmations, settle what was sent before
// (also after a restart), issue the bills of closed periods, collect autopay, mark overdue bills,
// run the jobs. Start
// calls it in a loop; call it directly only when the service is not started (tests, tools).
func (s *Service) Poll(ctx context.Context) error {
	if err := s.follower.Sync(ctx); err != nil {
		return fmt.Errorf("follow events: %w", err)
	}
	if s.txm != nil {
		if err := s.waitSent(ctx); err != nil {
			return err
		}
		if err := s.issue(ctx); err != nil {
			return fmt.Errorf("issue bills: %w", err)
		}
		if err := s.collect(ctx); err != nil {
			return fmt.Errorf("collect autopay: %w", err)
		}
		if err := s.markOverdue(ctx); err != nil {
			return fmt.Errorf("mark overdue: %w", err)
		}
		if err := s.waitSent(ctx); err != nil {
			return err
		}
	}
	s.mu.Lock()
	jobs := append([]Job(nil), s.jobs...)
	s.mu.Unlock()
	for _, j := range jobs {
		if err := j.Run(ctx); err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			slog.Error("settlement job failed", "job", j.Name, "err", err)
		}
	}
	return nil
}

// waitSent waits for every transaction this service sent and has not seen mined, and records
// the outcome. After a restart this is where the transactions in flight at the crash finish.
func (s *Service) waitSent(ctx context.Context) error {
	ids, err := sqlite.Int64s(ctx, s.db, `SELECT DISTINCT tx_id FROM sends WHERE state = 'sent' ORDER BY 1`)
	if err != nil {
		return err
	}
	for _, id := range ids {
		receipt, err := s.txm.Wait(ctx, id)
		state, block := "mined", any(nil)
		switch {
		case err == nil:
			block = receipt.BlockNumber.Uint64()
		case errors.Is(err, txmgr.ErrReverted), errors.Is(err, txmgr.ErrNonceConsumed):
			slog.Warn("settlement transaction failed; its work will be retried", "tx", id, "err", err)
			state = "failed"
		default:
			return fmt.Errorf("wait for transaction %d: %w", id, err)
		}
		if _, err := s.db.ExecContext(ctx, `UPDATE sends SET state = ?, block = ? WHERE tx_id = ? AND state = 'sent'`, state, block, id); err != nil {
			return fmt.Errorf("record transaction %d: %w", id, err)
		}
	}
	return nil
}

// cursor is the block the index is complete up to (0 before the first block).
func (s *Service) cursor(ctx context.Context) (uint64, error) {
	c, _, err := s.follower.Cursor(ctx)
	return c.Number, err
}

// pending is the SQL condition "this work (kind, key) needs no send now": in flight, given up, or
// mined and either not yet indexed or with its outcome (the condition `outcome`, which may use
// s.block) in the index. Mined work whose block the index passed without an outcome was reorged
// away and is sent again. Parameters: MaxAttempts, cursor.
func pending(kind, key, outcome string) string {
	return `EXISTS (SELECT 1 FROM sends s WHERE s.kind = '` + kind + `' AND s.key = ` + key + ` AND (
		s.state = 'sent' OR s.attempts >= ? OR (s.state = 'mined' AND (s.block > ? OR ` + outcome + `))))`
}

// issue sends issueBills for every closed period without a bill. Outcome: the bill, or a skip.
func (s *Service) issue(ctx context.Context) error {
	cur, err := s.cursor(ctx)
	if err != nil {
		return err
	}
	s.mu.Lock()
	var held string
	for _, h := range s.holds {
		held += " AND NOT (" + h + ")"
	}
	s.mu.Unlock()
	rows, err := s.db.QueryContext(ctx, `SELECT c.period, c.meter_id FROM periods_closed c
		WHERE NOT EXISTS (SELECT 1 FROM bills b WHERE b.meter_id = c.meter_id AND b.period = c.period)
		AND NOT `+pending("issue", `c.meter_id || '/' || c.period`,
		`EXISTS (SELECT 1 FROM bill_skips k WHERE k.meter_id = c.meter_id AND k.period = c.period AND k.block >= s.block)`)+
		held+` ORDER BY c.period, c.meter_id`, s.cfg.MaxAttempts, cur)
	if err != nil {
		return err
	}
	byPeriod := map[uint32][]uint64{}
	var periods []uint32
	for rows.Next() {
		var period uint32
		var meter uint64
		if err := rows.Scan(&period, &meter); err != nil {
			rows.Close()
			return err
		}
		if byPeriod[period] == nil {
			periods = append(periods, period)
		}
		byPeriod[period] = append(byPeriod[period], meter)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, period := range periods {
		meters := byPeriod[period]
		keys := make([]string, len(meters))
		for i, m := range meters {
			keys[i] = fmt.Sprintf("%d/%d", m, period)
		}
		if err := s.sendSplit(ctx, "issue", keys, func(i, j int) []byte { return s.billing.PackIssueBills(meters[i:j], period) }); err != nil {
			return fmt.Errorf("period %d: %w", period, err)
		}
	}
	return nil
}

// collect sends collectAutopay for unsettled bills of meters whose current mandate is active.
// Outcome: a payment or a failed collection.
func (s *Service) collect(ctx context.Context) error {
	cur, err := s.cursor(ctx)
	if err != nil {
		return err
	}
	bills, err := queryBills(ctx, s.db, `SELECT b.bill_id FROM bills b
		JOIN (SELECT meter_id, cap FROM (SELECT meter_id, cap, ROW_NUMBER() OVER (PARTITION BY meter_id ORDER BY block DESC, log_index DESC) AS rn
			FROM autopay_changes) WHERE rn = 1 AND cap != '0') a ON a.meter_id = b.meter_id
		WHERE NOT EXISTS (SELECT 1 FROM bill_settlements t WHERE t.bill_id = b.bill_id)
		AND NOT `+pending("collect", "b.bill_id", `EXISTS (SELECT 1 FROM payments p WHERE p.bill_id = b.bill_id AND p.block >= s.block)
			OR EXISTS (SELECT 1 FROM autopay_failures f WHERE f.bill_id = b.bill_id AND f.block >= s.block)`)+`
		ORDER BY b.period, b.meter_id`, s.cfg.MaxAttempts, cur)
	if err != nil {
		return err
	}
	return s.sendBills(ctx, "collect", bills, s.billing.PackCollectAutopay)
}

// markOverdue records on chain (BillOverdue, once per bill) that unsettled bills passed their
// due date by the chain's clock, so "overdue" is an event like every other step of a bill.
func (s *Service) markOverdue(ctx context.Context) error {
	head, err := s.b.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("head: %w", err)
	}
	cur, err := s.cursor(ctx)
	if err != nil {
		return err
	}
	bills, err := queryBills(ctx, s.db, `SELECT b.bill_id FROM bills b WHERE b.due < ?
		AND NOT EXISTS (SELECT 1 FROM bill_settlements t WHERE t.bill_id = b.bill_id)
		AND NOT EXISTS (SELECT 1 FROM bill_overdue o WHERE o.bill_id = b.bill_id)
		AND NOT `+pending("overdue", "b.bill_id", `EXISTS (SELECT 1 FROM payments p WHERE p.bill_id = b.bill_id AND p.block >= s.block)`)+`
		ORDER BY b.period, b.meter_id`, head.Time, s.cfg.MaxAttempts, cur)
	if err != nil {
		return err
	}
	return s.sendBills(ctx, "overdue", bills, s.billing.PackMarkOverdue)
}

func (s *Service) sendBills(ctx context.Context, kind string, bills []*big.Int, pack func([]*big.Int) []byte) error {
	keys := make([]string, len(bills))
	for i, b := range bills {
		keys[i] = b.String()
	}
	return s.sendSplit(ctx, kind, keys, func(i, j int) []byte { return pack(bills[i:j]) })
}

// sendSplit sends the work in batches of BatchSize, halving a batch while it is over the
// per-transaction limits. Each send records its keys in the same SQLite transaction as the
// transaction manager's row, so a crash cannot leave a sent batch unrecorded.
func (s *Service) sendSplit(ctx context.Context, kind string, keys []string, pack func(i, j int) []byte) error {
	var do func(i, j int) error
	do = func(i, j int) error {
		mark := func(tx *sql.Tx, id int64) error {
			for _, k := range keys[i:j] {
				if _, err := tx.Exec(`INSERT INTO sends(kind, key, tx_id, attempts, state) VALUES(?,?,?,1,'sent')
					ON CONFLICT(kind, key) DO UPDATE SET tx_id = excluded.tx_id, attempts = attempts + 1, state = 'sent', block = NULL`,
					kind, k, id); err != nil {
					return err
				}
			}
			return nil
		}
		err := s.send(ctx, pack(i, j), mark)
		if errors.Is(err, errTooLarge) && j-i > 1 {
			m := (i + j) / 2
			if err := do(i, m); err != nil {
				return err
			}
			return do(m, j)
		}
		if err != nil {
			return fmt.Errorf("%s batch of %d: %w", kind, j-i, err)
		}
		slog.Info("settlement transaction sent", "kind", kind, "items", j-i)
		return nil
	}
	for i := 0; i < len(keys); i += s.cfg.BatchSize {
		if err := do(i, min(i+s.cfg.BatchSize, len(keys))); err != nil {
			return err
		}
	}
	return nil
}

var errTooLarge = errors.New("transaction over the gas or size limit")

// send estimates the call (so a batch over the per-transaction limits is split, not refused by
// the node) and queues it through the transaction manager with mark in the same SQLite
// transaction.
func (s *Service) send(ctx context.Context, data []byte, mark func(*sql.Tx, int64) error) error {
	if len(data) > MaxTxBytes {
		return errTooLarge
	}
	to := s.cfg.Deployment.BillingManager
	est, err := s.b.EstimateGas(ctx, ethereum.CallMsg{From: s.txm.From(), To: &to, Data: data})
	if err != nil {
		return fmt.Errorf("estimate gas: %w", err)
	}
	limit := est + est/5
	if limit > s.maxGas {
		return errTooLarge
	}
	if _, err := s.txm.Send(ctx, txmgr.Request{To: to, Data: data, GasLimit: limit}, mark); err != nil {
		return err
	}
	s.at("sent")
	return nil
}

func queryBills(ctx context.Context, db *sql.DB, q string, args ...any) ([]*big.Int, error) {
	rows, err := db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*big.Int
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		v, ok := new(big.Int).SetString(id, 10)
		if !ok {
			return nil, fmt.Errorf("corrupt bill id %q in index", id)
		}
		out = append(out, v)
	}
	return out, rows.Err()
}
