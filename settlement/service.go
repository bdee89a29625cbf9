// Package settlement is the settlement service: it follows the chain's events into the index
// (settlement/follower, settlement/index), issues the bills of every closed period in batches,
// collects autopay for bills of opted-in meters, marks unsettled bills overdue on chain once due,
// and runs the jobs other features add (the energy market's clearing and trade settlement, via
// Register and AddJob). It runs inside `meterchain devnet` and alone as
// `meterchain settlement` against any JSON-RPC endpoint. On an anchored deployment, whose ledger
// emits no PeriodClosed, it first proves the registers of closed periods from the newest final
// batch (anchored.go); the billing that follows is the same.
//
// Work is derived from the index, never from memory: a closed period with no bill and no send in
// flight is issued; a bill of an autopay meter not yet collected is collected. What the service
// sent is kept in the send ledger (settlement/sends: marked in the same SQLite transaction as the
// transaction manager's record), so a restart neither forgets a transaction in flight nor sends
// the work twice; and
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
	"github.com/meterchain/meterchain/internal/anchor"
	"github.com/meterchain/meterchain/internal/anchorchain"
	"github.com/meterchain/meterchain/internal/chaintx"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/internal/sqlite"
	"github.com/meterchain/meterchain/internal/txmgr"
	"github.com/meterchain/meterchain/settlement/follower"
	"github.com/meterchain/meterchain/settlement/index"
	"github.com/meterchain/meterchain/settlement/sends"
)

// Backend is the node access the service needs; *ethclient.Client and simulated.Client fit.
type Backend interface {
	follower.Backend
	txmgr.Backend
	ethereum.ContractCaller
}

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
	MaxAttempts   int               // sends of one unit of work before giving up
	MaxTxGas      uint64            // gas limit of one transaction: batches split under it (default EIP-7825's 2^24)
	TxPoll        time.Duration     // receipt polling of the transaction manager (0: its default)
	// BlobSources give the data of anchored batches in blobs (an oracle's anchorchain.DataPath);
	// the prover cannot apply a final batch none of them has.
	BlobSources []anchorchain.BlobSource
	// StateFile, on an anchored deployment, keeps the prover's state as of the newest final batch
	// (anchorchain.WriteStateFile), written every SnapshotBatches final batches or
	// SnapshotInterval (defaults anchorchain's) and at Stop: a restart resumes from it, checked
	// against the chain, instead of replaying the ledger's history. "": replay at every start.
	StateFile        string
	SnapshotBatches  uint64
	SnapshotInterval time.Duration
	Log              *slog.Logger // default: discard
}

// Check validates the configuration and fills in defaults.
func (c *Config) Check() error {
	if c.Deployment == nil {
		return errors.New("settlement: no deployment")
	}
	if c.Deployment.Ledger() == (common.Address{}) || c.Deployment.BillingManager == (common.Address{}) {
		return errors.New("settlement: the deployment has no ledger (ReadingLedger or AnchoredLedger) or BillingManager address (redeploy)")
	}
	if c.DBPath == "" {
		return errors.New("settlement: no database path")
	}
	if c.PollInterval <= 0 {
		c.PollInterval = DefaultPollInterval
	}
	if c.SnapshotBatches == 0 {
		c.SnapshotBatches = anchorchain.DefaultSnapshotBatches
	}
	if c.SnapshotInterval <= 0 {
		c.SnapshotInterval = anchorchain.DefaultSnapshotInterval
	}
	if c.BatchSize <= 0 {
		c.BatchSize = DefaultBatchSize
	}
	if c.BatchSize > chaintx.MaxCalldata/32-8 {
		return fmt.Errorf("settlement: batch size %d does not fit a %d-byte transaction", c.BatchSize, chaintx.MaxCalldata)
	}
	if c.MaxAttempts <= 0 {
		c.MaxAttempts = DefaultMaxAttempts
	}
	if c.KeepBlocks == 0 {
		c.KeepBlocks = DefaultKeepBlocks
	}
	if c.MaxTxGas == 0 {
		c.MaxTxGas = chaintx.MaxGas
	}
	if c.Log == nil {
		c.Log = slog.New(slog.DiscardHandler)
	}
	return nil
}

// The billing work in the send ledger: issueBills of a meter's period (key "meterId/period"),
// collectAutopay and markOverdue of a bill (key: the bill id).
const (
	kindIssue   sends.Kind = "issue"
	kindCollect sends.Kind = "collect"
	kindOverdue sends.Kind = "overdue"
)

// BillHold says which meters' bills for a closed period must wait (a meter in held is not
// billed this round). The market holds a buyer's bill until the P2P trades the bill will
// subtract have settled.
type BillHold func(ctx context.Context, period uint32) (held map[uint64]bool, err error)

// FinalBatch is an anchored batch the ledger holds final, as the prover applies it: its entries
// are the count readings its data gives, with their verdicts.
type FinalBatch struct {
	Number  uint64
	Header  anchor.Header
	Entries []anchor.Entry
}

// FinalBatchFunc sees every anchored batch the prover applies as final, oldest first. The
// prover replays from the deployment block after a restart or a reorg, so it sees a batch again
// then: it must be idempotent. An error makes the next round replay.
type FinalBatchFunc func(ctx context.Context, b FinalBatch) error

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
	txm      txmgr.Sender  // nil without a key
	ledger   *sends.Ledger // nil without a key
	index    *index.Index
	billing  *bindings.BillingManager
	anchored *prover // proves registers from final batches (anchored deployments, with a key)

	mu     sync.Mutex
	jobs   []Job
	holds  []BillHold
	finals []FinalBatchFunc
	cancel context.CancelFunc
	done   chan struct{}

	hook func(point string) // tests: die at a named point ("sent", "indexed")
}

// New opens the database and prepares the service; Start runs it.
func New(cfg Config, b Backend) (*Service, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	db, err := sqlite.Open(cfg.DBPath, follower.Schema, index.Schema)
	if err != nil {
		return nil, fmt.Errorf("settlement database: %w", err)
	}
	if err := index.Migrate(context.Background(), db); err != nil {
		db.Close()
		return nil, err
	}
	s := &Service{cfg: cfg, b: b, db: db, index: index.New(db), billing: bindings.NewBillingManager()}
	s.follower, err = follower.New(b, db, follower.Config{
		Start: cfg.Deployment.Block, Confirmations: cfg.Confirmations, ChunkSize: cfg.ChunkSize, KeepBlocks: cfg.KeepBlocks,
		BeforeCommit: func(*sql.Tx, uint64) error { s.at("indexed"); return nil },
		Log:          cfg.Log,
	})
	if err != nil {
		db.Close()
		return nil, err
	}
	ledger := index.LedgerContract(cfg.Deployment.ReadingLedger)
	if cfg.Deployment.Anchored() {
		ledger = index.AnchoredLedgerContract(cfg.Deployment.AnchoredLedger)
	}
	for _, c := range []follower.Contract{ledger, index.BillingContract(cfg.Deployment.BillingManager)} {
		if err := s.follower.Register(c); err != nil {
			db.Close()
			return nil, err
		}
	}
	if cfg.Key != nil {
		s.txm, err = txmgr.New(b, db, txmgr.Config{Signer: txmgr.KeySigner(cfg.Key), ChainID: new(big.Int).SetUint64(cfg.Deployment.ChainID), PollInterval: cfg.TxPoll, Log: cfg.Log})
		if err != nil {
			db.Close()
			return nil, err
		}
		s.ledger, err = sends.Open(context.Background(), db, s.txm, b, sends.Config{
			MaxAttempts: cfg.MaxAttempts, MaxGas: cfg.MaxTxGas, Log: cfg.Log, AfterQueue: func() { s.at("sent") }})
		if err != nil {
			db.Close()
			return nil, err
		}
		if cfg.Deployment.Anchored() {
			if s.anchored, err = newProver(s); err != nil {
				db.Close()
				return nil, err
			}
		}
	}
	return s, nil
}

// Register adds another contract's events to the service's follower (call before Start). Its
// tables must exist in DB() first; its rows are written in the same transaction as the cursor.
func (s *Service) Register(c follower.Contract) error { return s.follower.Register(c) }

// HoldBills adds a hold consulted before each closed period's bills are issued (call before
// Start); a meter any hold names is not billed until a later round no hold names it.
func (s *Service) HoldBills(h BillHold) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.holds = append(s.holds, h)
}

// OnFinalBatch adds a function the anchored prover calls with every batch it applies as final
// (anchored deployments, with a key; call before Start). The market proves its boundary readings
// from them.
func (s *Service) OnFinalBatch(f FinalBatchFunc) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.finals = append(s.finals, f)
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
func (s *Service) TxManager() txmgr.Sender { return s.txm }

// Sends is the send ledger of the service's key (nil when the service runs without a key):
// jobs send through it, so all the service's work shares one record of what is in flight.
func (s *Service) Sends() *sends.Ledger { return s.ledger }

// Log is the service's logger, for the jobs it runs.
func (s *Service) Log() *slog.Logger { return s.cfg.Log }

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
				s.cfg.Log.Error("settlement round failed; retrying", "err", err)
			}
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
			}
		}
	}()
	s.cfg.Log.Info("settlement service started", "billing", s.cfg.Deployment.BillingManager, "confirmations", s.cfg.Confirmations, "sender", s.sender())
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
func (s *Service) Poll(ctx context.Context) (err error) {
	var proveErr error
	defer func() {
		if err == nil {
			err = proveErr
		}
	}()
	if err := s.follower.Sync(ctx); err != nil {
		return fmt.Errorf("follow events: %w", err)
	}
	if s.txm != nil {
		if err := s.ledger.AwaitReceipts(ctx); err != nil {
			return err
		}
		if s.anchored != nil {
			// Not fatal to the round: bills of periods already proven are still issued.
			if err := s.anchored.prove(ctx); err != nil {
				if ctx.Err() != nil {
					return ctx.Err()
				}
				proveErr = fmt.Errorf("prove registers: %w", err)
			}
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
		if err := s.ledger.AwaitReceipts(ctx); err != nil {
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
			s.cfg.Log.Error("settlement job failed", "job", j.Name, "err", err)
		}
	}
	return nil
}

// cursor is the block the index is complete up to (0 before the first block).
func (s *Service) cursor(ctx context.Context) (uint64, error) {
	c, _, err := s.follower.Cursor(ctx)
	return c.Number, err
}

// issue sends issueBills for every closed period without a bill that no hold keeps back.
// Outcome: the bill, or a skip. A P2PUnsettled skip only means "not yet": see reopenUnsettled.
func (s *Service) issue(ctx context.Context) error {
	cur, err := s.cursor(ctx)
	if err != nil {
		return err
	}
	if err := s.reopenUnsettled(ctx, cur); err != nil {
		return err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT c.period, c.meter_id FROM periods_closed c
		WHERE NOT EXISTS (SELECT 1 FROM bills b WHERE b.meter_id = c.meter_id AND b.period = c.period)
		AND `+s.ledger.NeedsSend(kindIssue, `c.meter_id || '/' || c.period`,
		`EXISTS (SELECT 1 FROM bill_skips k WHERE k.meter_id = c.meter_id AND k.period = c.period AND k.block >= snd.block)`, cur)+`
		ORDER BY c.period, c.meter_id`)
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
		meters, err := s.unheld(ctx, period, byPeriod[period])
		if err != nil {
			return fmt.Errorf("period %d: bill hold: %w", period, err)
		}
		keys := make([]string, len(meters))
		for i, m := range meters {
			keys[i] = fmt.Sprintf("%d/%d", m, period)
		}
		to := s.cfg.Deployment.BillingManager
		if err := s.ledger.SendSplit(ctx, kindIssue, keys, s.cfg.BatchSize, to, func(i, j int) []byte { return s.billing.PackIssueBills(meters[i:j], period) }); err != nil {
			return fmt.Errorf("period %d: %w", period, err)
		}
	}
	return nil
}

// reopenUnsettled makes the bills BillingManager skipped as P2PUnsettled (their period was not
// over by the chain's clock, or a trade of the buyer in it was open) due for issuing again, as
// fresh work: the skip was an answer, not a failed attempt. They are reopened only once the
// period is over by the chain's clock, and the market's hold keeps them back while trades are
// open, so a skip is not resent every round.
func (s *Service) reopenUnsettled(ctx context.Context, cur uint64) error {
	head, err := s.b.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("head: %w", err)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT DISTINCT snd.key FROM sends snd
		JOIN bill_skips k ON snd.key = k.meter_id || '/' || k.period AND k.block >= snd.block
		WHERE snd.kind = ? AND snd.state = 'mined' AND snd.block <= ? AND k.reason = ? AND k.period < ?
		AND NOT EXISTS (SELECT 1 FROM bills b WHERE b.meter_id = k.meter_id AND b.period = k.period)`,
		string(kindIssue), cur, index.SkipP2PUnsettled, reading.PeriodOf(head.Time))
	if err != nil {
		return fmt.Errorf("unsettled skips: %w", err)
	}
	var keys []string
	for rows.Next() {
		var k string
		if err := rows.Scan(&k); err != nil {
			rows.Close()
			return err
		}
		keys = append(keys, k)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	return s.ledger.Reopen(ctx, kindIssue, keys)
}

// unheld is meters without the ones a hold keeps back from billing for period.
func (s *Service) unheld(ctx context.Context, period uint32, meters []uint64) ([]uint64, error) {
	s.mu.Lock()
	holds := append([]BillHold(nil), s.holds...)
	s.mu.Unlock()
	for _, h := range holds {
		held, err := h(ctx, period)
		if err != nil {
			return nil, err
		}
		if len(held) == 0 {
			continue
		}
		var keep []uint64
		for _, m := range meters {
			if !held[m] {
				keep = append(keep, m)
			}
		}
		meters = keep
	}
	return meters, nil
}

// collect sends collectAutopay for unsettled bills of meters whose current mandate is active,
// only for bills the mandate's payer answers for (the bill's account, MeterRegistry.ownerAt):
// BillingManager refuses the others (a previous owner's arrears), so sending them would only
// make AutopayFailed events. Outcome: a payment or a failed collection.
func (s *Service) collect(ctx context.Context) error {
	cur, err := s.cursor(ctx)
	if err != nil {
		return err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT b.bill_id, a.payer, b.account FROM bills b
		JOIN (SELECT meter_id, payer, cap FROM (SELECT meter_id, payer, cap, ROW_NUMBER() OVER (PARTITION BY meter_id ORDER BY block DESC, log_index DESC) AS rn
			FROM autopay_changes) WHERE rn = 1 AND cap != '0') a ON a.meter_id = b.meter_id
		WHERE NOT EXISTS (SELECT 1 FROM bill_settlements t WHERE t.bill_id = b.bill_id)
		AND `+s.ledger.NeedsSend(kindCollect, "b.bill_id", `EXISTS (SELECT 1 FROM payments p WHERE p.bill_id = b.bill_id AND p.block >= snd.block)
			OR EXISTS (SELECT 1 FROM autopay_failures f WHERE f.bill_id = b.bill_id AND f.block >= snd.block)`, cur)+`
		ORDER BY b.period, b.meter_id`)
	if err != nil {
		return err
	}
	type candidate struct {
		id             *big.Int
		payer, account string
	}
	var candidates []candidate
	for rows.Next() {
		var c candidate
		var id string
		var account sql.NullString
		if err := rows.Scan(&id, &c.payer, &account); err != nil {
			rows.Close()
			return err
		}
		var ok bool
		if c.id, ok = new(big.Int).SetString(id, 10); !ok {
			rows.Close()
			return fmt.Errorf("corrupt bill id %q in index", id)
		}
		c.account = account.String
		candidates = append(candidates, c)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	var bills []*big.Int
	for _, c := range candidates {
		if c.account == "" {
			if c.account, err = s.readAccount(ctx, c.id); err != nil {
				return err
			}
		}
		if common.HexToAddress(c.account) == common.HexToAddress(c.payer) {
			bills = append(bills, c.id)
		}
	}
	return s.sendBills(ctx, kindCollect, bills, s.billing.PackCollectAutopay)
}

// readAccount reads who answers for a bill's period from the chain and keeps it in the index.
// It is read once: a period's owner is fixed when the period closes, before its bill exists
// (MeterRegistry.ownerAt), and a reorg that drops the bill drops the row with it.
func (s *Service) readAccount(ctx context.Context, billID *big.Int) (string, error) {
	to := s.cfg.Deployment.BillingManager
	out, err := s.b.CallContract(ctx, ethereum.CallMsg{To: &to, Data: s.billing.PackBill(billID)}, nil)
	if err != nil {
		return "", fmt.Errorf("read bill %s: %w", billID, err)
	}
	b, err := s.billing.UnpackBill(out)
	if err != nil {
		return "", fmt.Errorf("read bill %s: %w", billID, err)
	}
	if b.Account == (common.Address{}) {
		return "", nil // not issued at the head (reorged away): the follower will drop it
	}
	account := b.Account.Hex()
	if _, err := s.db.ExecContext(ctx, `UPDATE bills SET account = ? WHERE bill_id = ?`, account, billID.String()); err != nil {
		return "", fmt.Errorf("index bill %s account: %w", billID, err)
	}
	return account, nil
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
		AND `+s.ledger.NeedsSend(kindOverdue, "b.bill_id", `EXISTS (SELECT 1 FROM payments p WHERE p.bill_id = b.bill_id AND p.block >= snd.block)`, cur)+`
		ORDER BY b.period, b.meter_id`, head.Time)
	if err != nil {
		return err
	}
	return s.sendBills(ctx, kindOverdue, bills, s.billing.PackMarkOverdue)
}

func (s *Service) sendBills(ctx context.Context, kind sends.Kind, bills []*big.Int, pack func([]*big.Int) []byte) error {
	keys := make([]string, len(bills))
	for i, b := range bills {
		keys[i] = b.String()
	}
	return s.ledger.SendSplit(ctx, kind, keys, s.cfg.BatchSize, s.cfg.Deployment.BillingManager, func(i, j int) []byte { return pack(bills[i:j]) })
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
