// Package txmgr is the one owner of a sending key's nonce. It signs and records each transaction
// in SQLite before broadcasting it, waits for receipts, re-broadcasts and bumps fees when a
// transaction is stuck, and resumes from its table after a restart, so a crash at any point
// neither loses a queued transaction nor sends a second one with a new nonce.
//
// States: queued (signed and stored, maybe not broadcast) -> mined (receipt seen), or dropped
// (the nonce was used by a transaction not ours).
package txmgr

import (
	"context"
	"crypto/ecdsa"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

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

// Schema is the manager's table; it lives in the owning service's database.
const Schema = `CREATE TABLE IF NOT EXISTS txmgr_txs (
	id        INTEGER PRIMARY KEY AUTOINCREMENT,
	sender    TEXT NOT NULL,
	nonce     INTEGER NOT NULL,
	raw       BLOB NOT NULL,      -- latest signed attempt
	hashes    TEXT NOT NULL,      -- every attempt's hash, comma separated, newest last
	state     TEXT NOT NULL,      -- queued | mined
	mined_hash TEXT,
	block     INTEGER,
	created   INTEGER NOT NULL,
	sent      INTEGER NOT NULL,   -- unix time of the latest broadcast (0: never)
	UNIQUE(sender, nonce)
)`

// Config of a manager.
type Config struct {
	Key          *ecdsa.PrivateKey
	ChainID      *big.Int
	PollInterval time.Duration // receipt polling (default 200 ms)
	BumpAfter    time.Duration // re-price a transaction not mined after this long (default 15 s)
	// DropAfter: how long the chain must show a transaction's nonce used, with no receipt for any
	// of its attempts, before Wait gives it up as ErrNonceConsumed (default 1 min). A receipt can
	// lag the nonce: on a load-balanced node, or while the node re-indexes after a reorg.
	DropAfter     time.Duration
	MaxFeeCap     *big.Int // never pay more per gas (default 500 gwei)
	GasLimitRatio float64  // headroom over the estimate (default 1.2)
}

// Manager sends transactions from one key. Safe for concurrent use.
type Manager struct {
	cfg    Config
	from   common.Address
	b      Backend
	db     *sql.DB
	signer types.Signer

	mu        sync.Mutex // held while choosing a nonce and recording the transaction
	nextNonce *uint64

	usedMu sync.Mutex
	usedAt map[int64]time.Time // transactions whose nonce the chain showed used without a receipt: since when

	recentMu sync.Mutex
	recent   []recentBlock // receipts of the last few blocks looked at, oldest first
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
}

var (
	// ErrReverted is returned by Wait for a mined transaction whose receipt has status 0.
	ErrReverted = errors.New("transaction reverted")
	// ErrNonceConsumed is returned by Wait when the chain moved past the transaction's nonce
	// without mining any of its attempts (another sender used the key): the caller must send
	// the work again.
	ErrNonceConsumed = errors.New("nonce used by another transaction")
)

// New creates a manager on db (which must have Schema applied).
func New(b Backend, db *sql.DB, cfg Config) (*Manager, error) {
	if cfg.Key == nil || cfg.ChainID == nil {
		return nil, errors.New("txmgr: key and chain id are required")
	}
	if cfg.PollInterval == 0 {
		cfg.PollInterval = 200 * time.Millisecond
	}
	if cfg.BumpAfter == 0 {
		cfg.BumpAfter = 15 * time.Second
	}
	if cfg.DropAfter == 0 {
		cfg.DropAfter = time.Minute
	}
	if cfg.MaxFeeCap == nil {
		cfg.MaxFeeCap = big.NewInt(500_000_000_000)
	}
	if cfg.GasLimitRatio == 0 {
		cfg.GasLimitRatio = 1.2
	}
	if _, err := db.Exec(Schema); err != nil {
		return nil, fmt.Errorf("txmgr schema: %w", err)
	}
	return &Manager{cfg: cfg, from: crypto.PubkeyToAddress(cfg.Key.PublicKey), b: b, db: db,
		signer: types.LatestSignerForChainID(cfg.ChainID), usedAt: map[int64]time.Time{}}, nil
}

// From is the sending address.
func (m *Manager) From() common.Address { return m.from }

// Send estimates, signs and durably records a transaction, then broadcasts it. onQueued runs in
// the same database transaction as the record, so the caller can tie its own rows (readings,
// bills) to the transaction id atomically; it must use that tx, not the *sql.DB. A failed broadcast is not an error: the transaction
// is queued and Resume/Wait re-broadcast it.
func (m *Manager) Send(ctx context.Context, req Request, onQueued func(tx *sql.Tx, id int64) error) (int64, error) {
	gas := req.GasLimit
	if gas == 0 {
		est, err := m.b.EstimateGas(ctx, ethereum.CallMsg{From: m.from, To: &req.To, Data: req.Data})
		if err != nil {
			return 0, fmt.Errorf("estimate gas: %w", err)
		}
		gas = uint64(float64(est) * m.cfg.GasLimitRatio)
		if gas > 1<<24 { // EIP-7825 per-transaction cap
			gas = 1 << 24
		}
	}
	tip, feeCap, err := m.fees(ctx)
	if err != nil {
		return 0, err
	}

	m.mu.Lock()
	defer m.mu.Unlock()
	nonce, err := m.nonce(ctx)
	if err != nil {
		return 0, err
	}
	signed, err := types.SignNewTx(m.cfg.Key, m.signer, &types.DynamicFeeTx{
		ChainID: m.cfg.ChainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas, To: &req.To, Data: req.Data,
	})
	if err != nil {
		return 0, fmt.Errorf("sign: %w", err)
	}
	raw, err := signed.MarshalBinary()
	if err != nil {
		return 0, err
	}
	dbtx, err := m.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, err
	}
	defer dbtx.Rollback()
	res, err := dbtx.Exec(`INSERT INTO txmgr_txs(sender, nonce, raw, hashes, state, created, sent) VALUES(?,?,?,?,?,?,0)`,
		m.from.Hex(), nonce, raw, signed.Hash().Hex(), "queued", time.Now().Unix())
	if err != nil {
		return 0, fmt.Errorf("record transaction: %w", err)
	}
	id, _ := res.LastInsertId()
	if onQueued != nil {
		if err := onQueued(dbtx, id); err != nil {
			return 0, err
		}
	}
	if err := dbtx.Commit(); err != nil {
		return 0, fmt.Errorf("record transaction: %w", err)
	}
	next := nonce + 1
	m.nextNonce = &next
	if err := m.broadcast(ctx, id, signed); err != nil && isNonceTooLow(err) {
		m.nextNonce = nil // somebody else used this key: re-read the chain's nonce next time
	}
	return id, nil
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

// broadcast sends a signed attempt; a failure is logged and retried by Wait.
func (m *Manager) broadcast(ctx context.Context, id int64, tx *types.Transaction) error {
	err := m.b.SendTransaction(ctx, tx)
	if err != nil && !isKnown(err) {
		if isNonceTooLow(err) {
			// Usually mined between our receipt lookup and this re-broadcast: the next check finds it.
			slog.Debug("re-broadcast: nonce already used", "tx", tx.Hash(), "nonce", tx.Nonce())
		} else {
			slog.Warn("broadcast failed; will retry", "tx", tx.Hash(), "nonce", tx.Nonce(), "err", err)
		}
		return err
	}
	_, err = m.db.ExecContext(ctx, `UPDATE txmgr_txs SET sent = ? WHERE id = ? AND sent = 0`, time.Now().Unix(), id)
	return err
}

func isKnown(err error) bool {
	s := err.Error()
	return strings.Contains(s, "already known") || strings.Contains(s, "known transaction")
}

func isNonceTooLow(err error) bool { return strings.Contains(err.Error(), "nonce too low") }

// Wait blocks until transaction id is mined and returns its receipt (ErrReverted with the
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
	var raw []byte
	var hashes, state string
	var mined sql.NullString
	var sent int64
	err := m.db.QueryRowContext(ctx, `SELECT raw, hashes, state, mined_hash, sent FROM txmgr_txs WHERE id = ?`, id).
		Scan(&raw, &hashes, &state, &mined, &sent)
	if err != nil {
		return nil, fmt.Errorf("transaction %d: %w", id, err)
	}
	var tx types.Transaction
	if err := tx.UnmarshalBinary(raw); err != nil {
		return nil, fmt.Errorf("decode stored transaction %d: %w", id, err)
	}
	confirmed, nonceErr := m.b.NonceAt(ctx, m.from, nil)
	if nonceErr == nil && confirmed <= tx.Nonce() {
		// Not mined (or reorged out): make sure the node has it; re-price it if it has waited too long.
		m.clearNonceUsed(id)
		if sent != 0 && time.Since(time.Unix(sent, 0)) > m.cfg.BumpAfter {
			return nil, m.bump(ctx, id, &tx)
		}
		_ = m.broadcast(ctx, id, &tx)
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
		if h := r.TxHash.Hex(); state != "mined" || !mined.Valid || mined.String != h {
			if _, err := m.db.ExecContext(ctx, `UPDATE txmgr_txs SET state='mined', mined_hash=?, block=? WHERE id=?`,
				h, r.BlockNumber.Int64(), id); err != nil {
				return nil, err
			}
		}
		if r.Status != types.ReceiptStatusSuccessful {
			return r, fmt.Errorf("%w: %s", ErrReverted, r.TxHash.Hex())
		}
		return r, nil
	}
	if nonceErr != nil { // the node did not say; keep it in the pool and ask again
		_ = m.broadcast(ctx, id, &tx)
		return nil, nil
	}
	// The nonce is used, and none of our attempts has a receipt: the receipt may lag (a
	// load-balanced node, re-indexing after a reorg). Give up only when that lasted DropAfter.
	if time.Since(m.nonceUsedSince(id)) > m.cfg.DropAfter {
		_, _ = m.db.ExecContext(ctx, `UPDATE txmgr_txs SET state='dropped' WHERE id=?`, id)
		m.clearNonceUsed(id)
		return nil, fmt.Errorf("%w: nonce %d", ErrNonceConsumed, tx.Nonce())
	}
	return nil, nil
}

// blockReceipts is what a node offers to read a whole block's receipts in one call (ethclient).
type blockReceipts interface {
	BlockReceipts(ctx context.Context, blockNrOrHash rpc.BlockNumberOrHash) ([]*types.Receipt, error)
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
	rs, err := br.BlockReceipts(ctx, rpc.BlockNumberOrHashWithHash(block, false))
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

// bump re-signs the transaction with the same nonce and fees raised by 20% (geth replaces a
// pooled transaction only for at least 10% more), capped by MaxFeeCap.
func (m *Manager) bump(ctx context.Context, id int64, old *types.Transaction) error {
	raise := func(v *big.Int) *big.Int {
		n := new(big.Int).Div(new(big.Int).Mul(v, big.NewInt(120)), big.NewInt(100))
		return n.Add(n, big.NewInt(1))
	}
	tip, feeCap := raise(old.GasTipCap()), raise(old.GasFeeCap())
	if feeCap.Cmp(m.cfg.MaxFeeCap) > 0 {
		return m.broadcast(ctx, id, old) // at the cap: keep waiting at this price
	}
	signed, err := types.SignNewTx(m.cfg.Key, m.signer, &types.DynamicFeeTx{
		ChainID: m.cfg.ChainID, Nonce: old.Nonce(), GasTipCap: tip, GasFeeCap: feeCap, Gas: old.Gas(), To: old.To(), Data: old.Data(),
	})
	if err != nil {
		return err
	}
	raw, _ := signed.MarshalBinary()
	if _, err := m.db.ExecContext(ctx, `UPDATE txmgr_txs SET raw=?, hashes=hashes||','||?, sent=0 WHERE id=?`,
		raw, signed.Hash().Hex(), id); err != nil {
		return err
	}
	slog.Info("fee bumped", "nonce", old.Nonce(), "tx", signed.Hash(), "feeCap", feeCap)
	_ = m.broadcast(ctx, id, signed)
	return nil
}

// Pending lists the ids of recorded transactions not yet seen mined, oldest first: what a
// restarted service must Wait for.
func (m *Manager) Pending(ctx context.Context) ([]int64, error) {
	return sqlite.Int64s(ctx, m.db, `SELECT id FROM txmgr_txs WHERE sender = ? AND state = 'queued' ORDER BY nonce`, m.from.Hex())
}
