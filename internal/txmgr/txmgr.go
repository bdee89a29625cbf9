// Package txmgr is the one owner of a sending key's nonce. It signs and records each transaction
// in SQLite before broadcasting it, waits for receipts, re-broadcasts and bumps fees when a
// transaction is stuck, and resumes from its table after a restart, so a crash at any point
// neither loses a queued transaction nor sends a second one with a new nonce. It sends EIP-1559
// transactions, and EIP-4844 blob transactions when a Request carries a sidecar (recorded with
// it, so a restart can broadcast the blobs again).
//
// Services send through the Sender interface, which *Manager implements; the manager signs
// through a Signer (a key in memory today, room for a remote signer), reports Prometheus series
// when given a registry, and logs through the logger it is given.
//
// States: queued (signed and stored, maybe not broadcast, not yet confirmed) -> mined (a receipt
// seen Confirmations deep), or dropped (the nonce was used by a transaction not ours).
package txmgr

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/meterchain/meterchain/internal/chaintx"
	"github.com/meterchain/meterchain/internal/sqlite"
)

// Backend is the node access the manager needs; *ethclient.Client and simulated clients fit.
type Backend interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	SuggestGasTipCap(ctx context.Context) (*big.Int, error)
	EstimateGas(ctx context.Context, call ethereum.CallMsg) (uint64, error)
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
	SendTransaction(ctx context.Context, tx *types.Transaction) error
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
}

// BlobFeeReader is what a Backend must also offer for blob transactions (Request.Sidecar):
// *ethclient.Client has it, the simulated backend's client interface leaves it out although its
// implementation has it. It is not part of Backend so that backends that never send blobs
// need not offer it.
type BlobFeeReader interface {
	BlobBaseFee(ctx context.Context) (*big.Int, error)
}

// Sender is what a service sends its transactions through; *Manager implements it.
type Sender interface {
	// From is the sending address.
	From() common.Address
	// Send records a transaction durably (onQueued runs in the same database transaction) and
	// broadcasts it; it returns the transaction's id.
	Send(ctx context.Context, req Request, onQueued func(tx *sql.Tx, id int64) error) (int64, error)
	// Wait blocks until transaction id is confirmed and returns its receipt (ErrReverted,
	// ErrNonceConsumed when it failed).
	Wait(ctx context.Context, id int64) (*types.Receipt, error)
	// Pending lists the transactions recorded and not yet confirmed: what a restart resumes.
	Pending(ctx context.Context) ([]int64, error)
}

var _ Sender = (*Manager)(nil)

// Schema is the manager's table; it lives in the owning service's database.
const Schema = `CREATE TABLE IF NOT EXISTS txmgr_txs (
	id        INTEGER PRIMARY KEY AUTOINCREMENT,
	sender    TEXT NOT NULL,
	nonce     INTEGER NOT NULL,
	raw       BLOB NOT NULL,      -- latest signed attempt
	hashes    TEXT NOT NULL,      -- every attempt's hash, comma separated, newest last
	state     TEXT NOT NULL,      -- queued (not yet confirmed) | mined (confirmed) | dropped (nonce used by another transaction)
	mined_hash TEXT,              -- the attempt that was mined (state mined)
	block     INTEGER,            -- its block (state mined)
	created   INTEGER NOT NULL,   -- unix time recorded
	sent      INTEGER NOT NULL,   -- unix time the latest attempt was first accepted by the node (0: not yet)
	UNIQUE(sender, nonce)
)`

// Config of a manager.
type Config struct {
	Signer       Signer // signs every attempt; KeySigner(key) for a key in memory
	ChainID      *big.Int
	PollInterval time.Duration // receipt polling (default 200 ms)
	BumpAfter    time.Duration // re-price a transaction not mined after this long (default 15 s)
	// RebroadcastAfter: a transaction the node took is sent again after this long unmined (a
	// node that lost it from its pool, restarted or evicting, gets it back), not at every poll:
	// each send makes the node decode and check the whole transaction again (default 2 s).
	RebroadcastAfter time.Duration
	// DropAfter: how long the chain must show a transaction's nonce used, with no receipt for any
	// of its attempts, before Wait gives it up as ErrNonceConsumed (default 1 min). A receipt can
	// lag the nonce: on a load-balanced node, or while the node re-indexes after a reorg.
	DropAfter time.Duration
	MaxFeeCap *big.Int // never pay more per gas (default 500 gwei)
	// MaxBlobFeeCap: never pay more per blob gas (default 100 gwei: at most 0.013 ETH a blob).
	MaxBlobFeeCap *big.Int
	GasLimitRatio float64 // headroom over the estimate (default 1.2)
	// Confirmations: blocks built on a transaction's block before Wait returns its receipt
	// (default 0: the receipt is enough). A reorg within that depth is waited out.
	Confirmations uint64
	Registerer    prometheus.Registerer // where the manager's metrics go (nil: not exported)
	Log           *slog.Logger          // default: discard
}

// Manager sends transactions from one key. Safe for concurrent use.
type Manager struct {
	cfg    Config
	from   common.Address
	b      Backend
	db     *sql.DB
	signer types.Signer // checks what cfg.Signer returns
	log    *slog.Logger
	stats  *metrics

	mu        sync.Mutex // held while choosing a nonce, signing and recording (nonces are recorded in order); never across a broadcast
	nextNonce *uint64

	usedMu sync.Mutex
	usedAt map[int64]time.Time // transactions whose nonce the chain showed used without a receipt: since when
	castAt map[int64]time.Time // transactions the node last took (accepted or already known): when

	confirmedMu sync.Mutex // held across the node call: concurrent waiters share one read
	confirmed   uint64     // the sender's nonce at the head, as last read
	confirmedAt time.Time  // when that read returned (zero: never)

	recentMu      sync.Mutex
	recent        []recentBlock // receipts of the last few blocks looked at, oldest first
	noRawReceipts atomic.Bool   // the node has no debug_getRawReceipts
}

type recentBlock struct {
	hash common.Hash
	byTx map[common.Hash]*types.Receipt
}

// Request is a transaction to send.
type Request struct {
	To       common.Address
	Data     []byte
	GasLimit uint64 // 0: estimate
	// Sidecar, when set, makes it an EIP-4844 blob transaction carrying these blobs (its
	// version must be the one the chain's rules take: 1 under Osaka). It is recorded with the
	// transaction, so a restart broadcasts the blobs again; its fee bumps double every price.
	Sidecar *types.BlobTxSidecar
}

var (
	// ErrReverted is returned by Wait for a mined transaction whose receipt has status 0.
	ErrReverted = errors.New("transaction reverted")
	// ErrNonceConsumed is returned by Wait when the chain moved past the transaction's nonce
	// without mining any of its attempts (another sender used the key): the caller must send
	// the work again.
	ErrNonceConsumed = errors.New("nonce used by another transaction")
	// ErrWouldRevert is returned by Send when the node's gas estimate says the call reverts:
	// nothing was recorded or sent.
	ErrWouldRevert = errors.New("call would revert")
)

// New creates a manager on db (which must have Schema applied).
func New(b Backend, db *sql.DB, cfg Config) (*Manager, error) {
	if cfg.Signer == nil || cfg.ChainID == nil {
		return nil, errors.New("txmgr: a signer and the chain id are required")
	}
	if cfg.PollInterval == 0 {
		cfg.PollInterval = 200 * time.Millisecond
	}
	if cfg.BumpAfter == 0 {
		cfg.BumpAfter = 15 * time.Second
	}
	if cfg.RebroadcastAfter == 0 {
		cfg.RebroadcastAfter = 2 * time.Second
	}
	if cfg.DropAfter == 0 {
		cfg.DropAfter = time.Minute
	}
	if cfg.MaxFeeCap == nil {
		cfg.MaxFeeCap = big.NewInt(500_000_000_000)
	}
	if cfg.MaxBlobFeeCap == nil {
		cfg.MaxBlobFeeCap = big.NewInt(100_000_000_000)
	}
	if cfg.GasLimitRatio == 0 {
		cfg.GasLimitRatio = 1.2
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if _, err := db.Exec(Schema); err != nil {
		return nil, fmt.Errorf("txmgr schema: %w", err)
	}
	m := &Manager{cfg: cfg, from: cfg.Signer.Address(), b: b, db: db, signer: types.LatestSignerForChainID(cfg.ChainID),
		usedAt: map[int64]time.Time{}, castAt: map[int64]time.Time{}}
	m.log = cfg.Log.With("sender", m.from)
	var err error
	if m.stats, err = newMetrics(cfg.Registerer, m.from, m.pendingCount); err != nil {
		return nil, err
	}
	return m, nil
}

func (m *Manager) pendingCount() float64 {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	var n int64
	if err := m.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM txmgr_txs WHERE sender = ? AND state = 'queued'`, m.from.Hex()).Scan(&n); err != nil {
		return -1
	}
	return float64(n)
}

// From is the sending address.
func (m *Manager) From() common.Address { return m.from }

// Send estimates, signs and durably records a transaction, then broadcasts it. onQueued runs in
// the same database transaction as the record, so the caller can tie its own rows (readings,
// bills) to the transaction id atomically; it must use that tx, not the *sql.DB. A failed
// broadcast is not an error: the transaction is queued and Resume/Wait re-broadcast it. The
// broadcast runs outside the manager's lock, so a slow node does not hold up other senders.
func (m *Manager) Send(ctx context.Context, req Request, onQueued func(tx *sql.Tx, id int64) error) (int64, error) {
	var blobFeeCap *big.Int
	var blobHashes []common.Hash
	if req.Sidecar != nil {
		if len(req.Sidecar.Blobs) == 0 {
			return 0, errors.New("txmgr: a blob sidecar without blobs")
		}
		var err error
		if blobFeeCap, err = m.blobFeeCap(ctx); err != nil {
			return 0, err
		}
		blobHashes = req.Sidecar.BlobHashes()
	}
	gas := req.GasLimit
	if gas == 0 {
		// The blob hashes go into the estimate: the contract may read them (BLOBHASH).
		est, err := m.b.EstimateGas(ctx, ethereum.CallMsg{From: m.from, To: &req.To, Data: req.Data,
			BlobHashes: blobHashes, BlobGasFeeCap: blobFeeCap})
		if err != nil {
			if classify(err) == executionReverted {
				return 0, fmt.Errorf("estimate gas: %w: %w", ErrWouldRevert, err)
			}
			return 0, fmt.Errorf("estimate gas: %w", err)
		}
		gas = uint64(float64(est) * m.cfg.GasLimitRatio)
		gas = min(gas, chaintx.MaxGas)
	}
	tip, feeCap, err := m.fees(ctx)
	if err != nil {
		return 0, err
	}
	build := func(nonce uint64) types.TxData {
		if req.Sidecar == nil {
			return &types.DynamicFeeTx{ChainID: m.cfg.ChainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap,
				Gas: gas, To: &req.To, Data: req.Data}
		}
		return &types.BlobTx{ChainID: uint256.MustFromBig(m.cfg.ChainID), Nonce: nonce, GasTipCap: uint256.MustFromBig(tip),
			GasFeeCap: uint256.MustFromBig(feeCap), Gas: gas, To: req.To, Data: req.Data,
			BlobFeeCap: uint256.MustFromBig(blobFeeCap), BlobHashes: blobHashes, Sidecar: req.Sidecar}
	}
	id, signed, err := m.record(ctx, build, onQueued)
	if err != nil {
		return 0, err
	}
	m.stats.sent.Inc()
	answer := m.broadcast(ctx, id, signed)
	if answer == nonceTooLow {
		m.resetNonce() // somebody else used this key: re-read the chain's nonce next time
	}
	if len(blobHashes) > 0 {
		m.stats.blobs.Add(float64(len(blobHashes)))
		m.log.Info("blob transaction sent", "id", id, "nonce", signed.Nonce(), "tx", signed.Hash(), "blobs", len(blobHashes),
			"blobFeeCap", blobFeeCap, "broadcast", answer == accepted || answer == alreadyKnown)
	}
	return id, nil
}

// minBlobFeeCap is the least blob fee cap offered. The blob base fee idles at a few wei while
// blobs are scarce, and twice that is outrun by a few blocks of full blobs; from there, doubling
// bumps would take some 30 rounds to reach a gwei. It is a cap, not a price (the chain charges
// the blob base fee): it costs only the balance it reserves, 0.00013 ETH a blob.
var minBlobFeeCap = big.NewInt(1_000_000_000)

// blobFeeCap is what a new blob transaction offers per blob gas: twice the blob base fee (room
// for some 9 blocks of full blobs at 8% a block), at least minBlobFeeCap, at most MaxBlobFeeCap.
func (m *Manager) blobFeeCap(ctx context.Context) (*big.Int, error) {
	r, ok := m.b.(BlobFeeReader)
	if !ok {
		return nil, errors.New("txmgr: the backend cannot read the blob base fee (no BlobBaseFee method)")
	}
	base, err := r.BlobBaseFee(ctx)
	if err != nil {
		return nil, fmt.Errorf("blob base fee: %w", err)
	}
	c := new(big.Int).Mul(base, big.NewInt(2))
	if c.Cmp(minBlobFeeCap) < 0 {
		c.Set(minBlobFeeCap)
	}
	if c.Cmp(m.cfg.MaxBlobFeeCap) > 0 {
		c.Set(m.cfg.MaxBlobFeeCap)
	}
	return c, nil
}

// record builds the transaction with the next nonce, signs it and stores it (with the caller's
// rows) under the lock: nonces are handed out in the order they are recorded, and a failure
// leaves no gap.
func (m *Manager) record(ctx context.Context, build func(nonce uint64) types.TxData, onQueued func(tx *sql.Tx, id int64) error) (int64, *types.Transaction, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	nonce, err := m.nonce(ctx)
	if err != nil {
		return 0, nil, err
	}
	signed, err := m.sign(ctx, build(nonce))
	if err != nil {
		return 0, nil, err
	}
	raw, err := signed.MarshalBinary() // a blob transaction's network encoding: the sidecar too
	if err != nil {
		return 0, nil, err
	}
	dbtx, err := m.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, nil, err
	}
	defer dbtx.Rollback()
	res, err := dbtx.Exec(`INSERT INTO txmgr_txs(sender, nonce, raw, hashes, state, created, sent) VALUES(?,?,?,?,?,?,0)`,
		m.from.Hex(), nonce, raw, signed.Hash().Hex(), "queued", time.Now().Unix())
	if err != nil {
		return 0, nil, fmt.Errorf("record transaction: %w", err)
	}
	id, _ := res.LastInsertId()
	if onQueued != nil {
		if err := onQueued(dbtx, id); err != nil {
			return 0, nil, err
		}
	}
	if err := dbtx.Commit(); err != nil {
		return 0, nil, fmt.Errorf("record transaction: %w", err)
	}
	next := nonce + 1
	m.nextNonce = &next
	return id, signed, nil
}

// sign has the Signer sign tx and checks that the signature is the sender's: a remote signer
// that signs with another key must not get a transaction recorded under our nonce.
func (m *Manager) sign(ctx context.Context, data types.TxData) (*types.Transaction, error) {
	tx := types.NewTx(data)
	signed, err := m.cfg.Signer.SignTx(ctx, tx, m.cfg.ChainID)
	if err != nil {
		return nil, fmt.Errorf("sign: %w", err)
	}
	if sc := tx.BlobTxSidecar(); sc != nil && signed.BlobTxSidecar() == nil {
		// A remote signer may hand back the canonical form; the signature does not cover the
		// sidecar, and without it the node refuses the transaction.
		signed = signed.WithBlobTxSidecar(sc)
	}
	from, err := types.Sender(m.signer, signed)
	if err != nil {
		return nil, fmt.Errorf("sign: %w", err)
	}
	if from != m.from {
		return nil, fmt.Errorf("sign: signed by %s, not the sender %s", from, m.from)
	}
	return signed, nil
}

func (m *Manager) resetNonce() {
	m.mu.Lock()
	m.nextNonce = nil
	m.mu.Unlock()
	m.stats.nonceResets.Inc()
}

// nonce is the next nonce: past every recorded transaction and every one the chain has seen.
func (m *Manager) nonce(ctx context.Context) (uint64, error) {
	if m.nextNonce != nil {
		return *m.nextNonce, nil
	}
	chain, err := m.b.PendingNonceAt(ctx, m.from)
	if err != nil {
		return 0, fmt.Errorf("pending nonce: %w", err)
	}
	var stored sql.NullInt64
	if err := m.db.QueryRowContext(ctx, `SELECT MAX(nonce) FROM txmgr_txs WHERE sender = ?`, m.from.Hex()).Scan(&stored); err != nil {
		return 0, err
	}
	if stored.Valid && uint64(stored.Int64)+1 > chain {
		return uint64(stored.Int64) + 1, nil
	}
	return chain, nil
}

func (m *Manager) fees(ctx context.Context) (tip, feeCap *big.Int, err error) {
	tip, err = m.b.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("suggest tip: %w", err)
	}
	head, err := m.b.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("head: %w", err)
	}
	feeCap = new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	if feeCap.Cmp(m.cfg.MaxFeeCap) > 0 {
		feeCap = new(big.Int).Set(m.cfg.MaxFeeCap)
	}
	if tip.Cmp(feeCap) > 0 {
		tip = new(big.Int).Set(feeCap)
	}
	return tip, feeCap, nil
}

// broadcast sends a signed attempt and says what the node answered; a failure is logged and
// retried by Wait.
func (m *Manager) broadcast(ctx context.Context, id int64, tx *types.Transaction) nodeError {
	err := m.b.SendTransaction(ctx, tx)
	answer := classify(err)
	switch answer {
	case accepted, alreadyKnown:
		m.usedMu.Lock()
		m.castAt[id] = time.Now()
		m.usedMu.Unlock()
		if _, err := m.db.ExecContext(ctx, `UPDATE txmgr_txs SET sent = ? WHERE id = ? AND sent = 0`, time.Now().Unix(), id); err != nil {
			m.log.Warn("record broadcast", "tx", tx.Hash(), "err", err)
		}
		return answer
	case nonceTooLow:
		// Usually mined between our receipt lookup and this re-broadcast: the next check finds it.
		m.log.Debug("broadcast: nonce already used", "tx", tx.Hash(), "nonce", tx.Nonce())
	default:
		m.log.Warn("broadcast failed; will retry", "tx", tx.Hash(), "nonce", tx.Nonce(), "kind", string(answer), "err", err)
	}
	m.stats.refused.WithLabelValues(string(answer)).Inc()
	return answer
}

// Wait blocks until transaction id is confirmed and returns its receipt (ErrReverted with the
// receipt if it failed). While waiting it re-broadcasts and, after BumpAfter, re-prices it.
func (m *Manager) Wait(ctx context.Context, id int64) (*types.Receipt, error) {
	tick := time.NewTicker(m.cfg.PollInterval)
	defer tick.Stop()
	for {
		r, err := m.check(ctx, id)
		if err != nil {
			if cerr := ctxErr(ctx); cerr != nil {
				return nil, cerr // a node call cut short by our deadline, not a node failure
			}
		}
		if err != nil || r != nil {
			return r, err
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-tick.C:
		}
	}
}

// ctxErr is ctx's error, also in the instant after its deadline passed but before Done closes
// (an RPC transport may time out on the same deadline first).
func ctxErr(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if dl, ok := ctx.Deadline(); ok && !time.Now().Before(dl) {
		return context.DeadlineExceeded
	}
	return nil
}

// check looks for a receipt of any attempt of transaction id; it bumps a stale one. The chain's
// nonce is read first: while it has not passed the transaction's, nothing of ours can be mined
// and no receipt is looked up (the nonce, then the receipts: in this order a transaction mined in
// between is never taken for a lost one).
func (m *Manager) check(ctx context.Context, id int64) (*types.Receipt, error) {
	// Not the signed transaction: it is a block's worth of calldata, read and decoded only to
	// send it again (a waiter checks ten times a second).
	var nonce uint64
	var hashes, state string
	var mined sql.NullString
	var sent int64
	err := m.db.QueryRowContext(ctx, `SELECT nonce, hashes, state, mined_hash, sent FROM txmgr_txs WHERE id = ?`, id).
		Scan(&nonce, &hashes, &state, &mined, &sent)
	if err != nil {
		return nil, fmt.Errorf("transaction %d: %w", id, err)
	}
	confirmed, nonceErr := m.confirmedNonce(ctx)
	if nonceErr == nil && confirmed <= nonce {
		// Not mined (or reorged out): make sure the node has it (sent again once RebroadcastAfter
		// passed since it last took it); re-price it if it has waited too long.
		m.clearNonceUsed(id)
		bump := sent != 0 && time.Since(time.Unix(sent, 0)) > m.cfg.BumpAfter
		if !bump && m.recentlyCast(id) {
			return nil, nil
		}
		tx, err := m.stored(ctx, id)
		if err != nil {
			return nil, err
		}
		if bump || m.broadcast(ctx, id, tx) == underpriced { // underpriced: the node will not take it at this price, waiting would not help
			return nil, m.bump(ctx, id, tx)
		}
		return nil, nil
	}
	var candidates []common.Hash
	for _, h := range strings.Split(hashes, ",") {
		candidates = append(candidates, common.HexToHash(h))
	}
	if mined.Valid {
		candidates = []common.Hash{common.HexToHash(mined.String)}
	}
	r, err := m.findReceipt(ctx, candidates)
	if err != nil {
		return nil, err
	}
	if r != nil {
		m.clearNonceUsed(id)
		m.forgetCast(id)
		if !m.deepEnough(ctx, r) {
			return nil, nil
		}
		if h := r.TxHash.Hex(); state != "mined" || !mined.Valid || mined.String != h {
			if _, err := m.db.ExecContext(ctx, `UPDATE txmgr_txs SET state='mined', mined_hash=?, block=? WHERE id=?`,
				h, r.BlockNumber.Int64(), id); err != nil {
				return nil, err
			}
			if state != "mined" {
				if r.Status == types.ReceiptStatusSuccessful {
					m.stats.confirmed.Inc()
				} else {
					m.stats.failed.WithLabelValues("reverted").Inc()
				}
			}
		}
		if r.Status != types.ReceiptStatusSuccessful {
			return r, fmt.Errorf("%w: %s", ErrReverted, r.TxHash.Hex())
		}
		return r, nil
	}
	if nonceErr != nil { // the node did not say; keep it in the pool and ask again
		tx, err := m.stored(ctx, id)
		if err != nil {
			return nil, err
		}
		m.broadcast(ctx, id, tx)
		return nil, nil
	}
	// The nonce is used, and none of our attempts has a receipt: the receipt may lag (a
	// load-balanced node, re-indexing after a reorg). Give up only when that lasted DropAfter.
	if time.Since(m.nonceUsedSince(id)) > m.cfg.DropAfter {
		if _, err := m.db.ExecContext(ctx, `UPDATE txmgr_txs SET state='dropped' WHERE id=?`, id); err != nil {
			return nil, fmt.Errorf("record dropped transaction %d: %w", id, err)
		}
		m.clearNonceUsed(id)
		m.forgetCast(id)
		m.stats.failed.WithLabelValues("nonce_consumed").Inc()
		return nil, fmt.Errorf("%w: nonce %d", ErrNonceConsumed, nonce)
	}
	return nil, nil
}

// stored is transaction id's latest signed attempt.
func (m *Manager) stored(ctx context.Context, id int64) (*types.Transaction, error) {
	var raw []byte
	if err := m.db.QueryRowContext(ctx, `SELECT raw FROM txmgr_txs WHERE id = ?`, id).Scan(&raw); err != nil {
		return nil, fmt.Errorf("transaction %d: %w", id, err)
	}
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(raw); err != nil {
		return nil, fmt.Errorf("decode stored transaction %d: %w", id, err)
	}
	return tx, nil
}

// confirmedNonce is the sender's nonce at the head, read from the node at most once per
// PollInterval however many transactions wait: each waiter checks every PollInterval, so a
// relayer with two dozen in flight would otherwise ask 240 times a second, for one number (a
// hosted node bills by the call). A value up to PollInterval old only delays seeing a
// transaction mined by one poll; check reads it before the receipts, as it would read it fresh.
func (m *Manager) confirmedNonce(ctx context.Context) (uint64, error) {
	m.confirmedMu.Lock()
	defer m.confirmedMu.Unlock()
	if !m.confirmedAt.IsZero() && time.Since(m.confirmedAt) < m.cfg.PollInterval {
		return m.confirmed, nil
	}
	n, err := m.b.NonceAt(ctx, m.from, nil)
	if err != nil {
		return 0, err
	}
	m.confirmed, m.confirmedAt = n, time.Now()
	return n, nil
}

// deepEnough reports whether r's block has Confirmations blocks on top of it. A head that cannot
// be read counts as not yet: the next check asks again.
func (m *Manager) deepEnough(ctx context.Context, r *types.Receipt) bool {
	if m.cfg.Confirmations == 0 {
		return true
	}
	head, err := m.b.HeaderByNumber(ctx, nil)
	if err != nil {
		m.log.Debug("head for confirmations", "err", err)
		return false
	}
	return head.Number.Uint64() >= r.BlockNumber.Uint64()+m.cfg.Confirmations
}

// findReceipt returns the receipt of whichever of hashes is mined, or nil. Transactions usually
// land in the head block or its parent: those blocks' receipts are read once per block and kept
// (a node derives a whole block's receipts to answer for one of its transactions, and a busy
// sender has a dozen in each block); older ones are looked up one by one.
func (m *Manager) findReceipt(ctx context.Context, hashes []common.Hash) (*types.Receipt, error) {
	// A failed read here (a load-balanced node that has not seen the head yet) only costs the
	// one-by-one lookups below.
	if br, ok := m.b.(blockReceipts); ok {
		if head, err := m.b.HeaderByNumber(ctx, nil); err == nil {
			for _, block := range []common.Hash{head.Hash(), head.ParentHash} {
				byTx, err := m.recentReceipts(ctx, br, block)
				if err != nil {
					break
				}
				for _, h := range hashes {
					if r := byTx[h]; r != nil {
						return r, nil
					}
				}
			}
		}
	}
	for _, h := range hashes {
		r, err := m.b.TransactionReceipt(ctx, h)
		if errors.Is(err, ethereum.NotFound) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("receipt %s: %w", h, err)
		}
		return r, nil
	}
	return nil, nil
}

// recentReceipts reads (once) the receipts of a block, by transaction hash.
func (m *Manager) recentReceipts(ctx context.Context, br blockReceipts, block common.Hash) (map[common.Hash]*types.Receipt, error) {
	m.recentMu.Lock()
	defer m.recentMu.Unlock() // held while reading: a dozen waiters for the new block read it once
	for _, b := range m.recent {
		if b.hash == block {
			return b.byTx, nil
		}
	}
	rs, err := m.receiptsOf(ctx, br, block)
	if err != nil {
		return nil, fmt.Errorf("receipts of block %s: %w", block, err)
	}
	byTx := make(map[common.Hash]*types.Receipt, len(rs))
	for _, r := range rs {
		byTx[r.TxHash] = r
	}
	m.recent = append(m.recent, recentBlock{block, byTx})
	if len(m.recent) > 4 {
		m.recent = m.recent[1:]
	}
	return byTx, nil
}

// nonceUsedSince is when transaction id was first seen with its nonce used and no receipt.
func (m *Manager) nonceUsedSince(id int64) time.Time {
	m.usedMu.Lock()
	defer m.usedMu.Unlock()
	t, ok := m.usedAt[id]
	if !ok {
		t = time.Now()
		m.usedAt[id] = t
	}
	return t
}

func (m *Manager) clearNonceUsed(id int64) {
	m.usedMu.Lock()
	delete(m.usedAt, id)
	m.usedMu.Unlock()
}

// recentlyCast reports whether the node took transaction id less than RebroadcastAfter ago.
func (m *Manager) recentlyCast(id int64) bool {
	m.usedMu.Lock()
	defer m.usedMu.Unlock()
	t, ok := m.castAt[id]
	return ok && time.Since(t) < m.cfg.RebroadcastAfter
}

func (m *Manager) forgetCast(id int64) {
	m.usedMu.Lock()
	delete(m.castAt, id)
	m.usedMu.Unlock()
}

// bump re-signs the transaction with the same nonce and higher fees, capped by MaxFeeCap (and
// MaxBlobFeeCap): a plain transaction's fees are raised by 20% (geth's legacy pool replaces a
// pooled transaction only for at least 10% more); a blob transaction's tip, fee cap and blob fee
// cap are all doubled, its sidecar kept. geth's blob pool replaces one only by another blob
// transaction with each of the three prices at least 100% higher (core/txpool/blobpool
// validateTx, Config.PriceBump 100), and refuses a plain one for an account it holds blobs of.
func (m *Manager) bump(ctx context.Context, id int64, old *types.Transaction) error {
	var next types.TxData
	var feeCap, blobFeeCap *big.Int
	if old.Type() == types.BlobTxType {
		var tip *big.Int
		tip, feeCap, blobFeeCap = double(old.GasTipCap()), double(old.GasFeeCap()), double(old.BlobGasFeeCap())
		if feeCap.Cmp(m.cfg.MaxFeeCap) > 0 || blobFeeCap.Cmp(m.cfg.MaxBlobFeeCap) > 0 {
			m.broadcast(ctx, id, old) // a smaller raise would be refused: keep waiting at this price
			return nil
		}
		next = &types.BlobTx{ChainID: uint256.MustFromBig(m.cfg.ChainID), Nonce: old.Nonce(), GasTipCap: uint256.MustFromBig(tip),
			GasFeeCap: uint256.MustFromBig(feeCap), Gas: old.Gas(), To: *old.To(), Data: old.Data(),
			BlobFeeCap: uint256.MustFromBig(blobFeeCap), BlobHashes: old.BlobHashes(), Sidecar: old.BlobTxSidecar()}
	} else {
		raise := func(v *big.Int) *big.Int {
			n := new(big.Int).Div(new(big.Int).Mul(v, big.NewInt(120)), big.NewInt(100))
			return n.Add(n, big.NewInt(1))
		}
		var tip *big.Int
		tip, feeCap = raise(old.GasTipCap()), raise(old.GasFeeCap())
		if feeCap.Cmp(m.cfg.MaxFeeCap) > 0 {
			m.broadcast(ctx, id, old) // at the cap: keep waiting at this price
			return nil
		}
		next = &types.DynamicFeeTx{
			ChainID: m.cfg.ChainID, Nonce: old.Nonce(), GasTipCap: tip, GasFeeCap: feeCap, Gas: old.Gas(), To: old.To(), Data: old.Data(),
		}
	}
	signed, err := m.sign(ctx, next)
	if err != nil {
		return err
	}
	raw, err := signed.MarshalBinary()
	if err != nil {
		return err
	}
	if _, err := m.db.ExecContext(ctx, `UPDATE txmgr_txs SET raw=?, hashes=hashes||','||?, sent=0 WHERE id=?`,
		raw, signed.Hash().Hex(), id); err != nil {
		return fmt.Errorf("record fee bump of transaction %d: %w", id, err)
	}
	m.stats.bumps.Inc()
	attrs := []any{"nonce", old.Nonce(), "tx", signed.Hash(), "feeCap", feeCap}
	if blobFeeCap != nil {
		attrs = append(attrs, "blobFeeCap", blobFeeCap, "blobs", len(old.BlobHashes()))
	}
	m.log.Info("fee bumped", attrs...)
	m.forgetCast(id) // the node took the old attempt, not this one: a failed broadcast is retried at the next check
	m.broadcast(ctx, id, signed)
	return nil
}

// Pending lists the ids of recorded transactions not yet confirmed, oldest first: what a
// restarted service must Wait for.
func (m *Manager) Pending(ctx context.Context) ([]int64, error) {
	return sqlite.Int64s(ctx, m.db, `SELECT id FROM txmgr_txs WHERE sender = ? AND state = 'queued' ORDER BY nonce`, m.from.Hex())
}

// double is 2v, and at least 1: a zero price doubled would not be higher.
func double(v *big.Int) *big.Int {
	if v.Sign() == 0 {
		return big.NewInt(1)
	}
	return new(big.Int).Mul(v, big.NewInt(2))
}
