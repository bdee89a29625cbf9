package txmgr_test

import (
	"context"
	"database/sql"
	"errors"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/internal/sqlite"
	"github.com/meterchain/meterchain/internal/txmgr"
	"github.com/meterchain/meterchain/test/harness"
)

// flaky fails every broadcast while down is set: a node that is unreachable, or a crash between
// recording a transaction and sending it.
type flaky struct {
	*harness.AutoMining
	down bool
}

func (f *flaky) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if f.down {
		return errors.New("connection refused")
	}
	return f.AutoMining.SendTransaction(ctx, tx)
}

func registerCall(e *harness.Env, id uint64) txmgr.Request {
	signer := crypto.PubkeyToAddress(harness.NewAccount().Key.PublicKey)
	return txmgr.Request{To: e.Deployment.MeterRegistry, Data: e.RegistryABI.PackRegister(id, e.Users[0].Addr, signer, 0, 1, 10_000)}
}

func newManager(t *testing.T, e *harness.Env, b txmgr.Backend, db *sql.DB, bumpAfter time.Duration) *txmgr.Manager {
	m, err := txmgr.New(b, db, txmgr.Config{Signer: txmgr.KeySigner(e.Registrar.Key), ChainID: big.NewInt(harness.ChainID),
		PollInterval: 10 * time.Millisecond, BumpAfter: bumpAfter})
	require.NoError(t, err)
	return m
}

func TestSendAndWait(t *testing.T) {
	e := harness.New(t, 1)
	db, err := sqlite.Open(filepath.Join(t.TempDir(), "tx.db"))
	require.NoError(t, err)
	m := newManager(t, e, e.Client, db, time.Minute)
	ctx := context.Background()
	var ids []int64
	for i := range 5 {
		id, err := m.Send(ctx, registerCall(e, uint64(400_001_001+i)), nil)
		require.NoError(t, err)
		ids = append(ids, id)
	}
	for i, id := range ids {
		r, err := m.Wait(ctx, id)
		require.NoError(t, err)
		require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
		require.True(t, e.MeterAuth(uint64(400_001_001+i)).Active)
	}
	pending, err := m.Pending(ctx)
	require.NoError(t, err)
	require.Empty(t, pending)
}

// TestResumeAfterCrashBeforeBroadcast: the transaction was recorded (with the caller's rows, in
// the same database transaction) but never reached the node; a new manager on the same database
// finds it pending and gets it mined with the same nonce: nothing lost, nothing sent twice.
func TestResumeAfterCrashBeforeBroadcast(t *testing.T) {
	e := harness.New(t, 1)
	path := filepath.Join(t.TempDir(), "tx.db")
	db, err := sqlite.Open(path, `CREATE TABLE work(id INTEGER PRIMARY KEY, tx INTEGER)`)
	require.NoError(t, err)
	down := &flaky{AutoMining: e.Client, down: true}
	ctx := context.Background()
	id, err := newManager(t, e, down, db, time.Minute).Send(ctx, registerCall(e, 400_001_001), func(tx *sql.Tx, id int64) error {
		_, err := tx.Exec(`INSERT INTO work(id, tx) VALUES(1, ?)`, id)
		return err
	})
	require.NoError(t, err)
	require.NoError(t, db.Close()) // crash

	db, err = sqlite.Open(path)
	require.NoError(t, err)
	m := newManager(t, e, e.Client, db, time.Minute)
	pending, err := m.Pending(ctx)
	require.NoError(t, err)
	require.Equal(t, []int64{id}, pending)
	var linked int64
	require.NoError(t, db.QueryRow(`SELECT tx FROM work WHERE id = 1`).Scan(&linked))
	require.Equal(t, id, linked)

	r, err := m.Wait(ctx, id)
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	nonce, err := e.Client.NonceAt(ctx, e.Registrar.Addr, nil)
	require.NoError(t, err)
	require.Equal(t, uint64(1), nonce, "exactly one transaction from the key")
}

// TestFeeBumpReplacesStuckTransaction: a transaction that is not mined in time is re-signed with
// the same nonce and higher fees, and whichever attempt is mined is found.
func TestFeeBumpReplacesStuckTransaction(t *testing.T) {
	e := harness.New(t, 1)
	db, err := sqlite.Open(filepath.Join(t.TempDir(), "tx.db"))
	require.NoError(t, err)
	e.Client.Manual = true // nothing is mined until the test commits
	m := newManager(t, e, e.Client, db, time.Second)
	ctx := context.Background()
	id, err := m.Send(ctx, registerCall(e, 400_001_001), nil)
	require.NoError(t, err)

	waitCtx, cancel := context.WithTimeout(ctx, 1500*time.Millisecond)
	defer cancel()
	_, err = m.Wait(waitCtx, id) // long enough for one bump
	require.ErrorIs(t, err, context.DeadlineExceeded)
	var hashes string
	require.NoError(t, db.QueryRow(`SELECT hashes FROM txmgr_txs WHERE id = ?`, id).Scan(&hashes))
	require.Contains(t, hashes, ",", "a second, re-priced attempt was signed")

	e.Sim.Commit()
	r, err := m.Wait(ctx, id)
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	require.True(t, e.MeterAuth(400_001_001).Active)
}

func newManagerDropAfter(t *testing.T, e *harness.Env, b txmgr.Backend, dropAfter time.Duration) *txmgr.Manager {
	db, err := sqlite.Open(filepath.Join(t.TempDir(), "tx.db"))
	require.NoError(t, err)
	m, err := txmgr.New(b, db, txmgr.Config{Signer: txmgr.KeySigner(e.Registrar.Key), ChainID: big.NewInt(harness.ChainID),
		PollInterval: 10 * time.Millisecond, BumpAfter: time.Hour, DropAfter: dropAfter})
	require.NoError(t, err)
	return m
}

// TestNonceTakenByAnotherTransaction: another holder of the key replaces our pending transaction
// (same nonce, higher fees) and gets it mined. Wait reports ErrNonceConsumed, so the caller sends
// the work again, and our call never ran.
func TestNonceTakenByAnotherTransaction(t *testing.T) {
	e := harness.New(t, 1)
	e.Client.Manual = true
	m := newManagerDropAfter(t, e, e.Client, 300*time.Millisecond)
	ctx := context.Background()
	id, err := m.Send(ctx, registerCall(e, 400_001_001), nil)
	require.NoError(t, err)

	to := e.Registrar.Addr
	other, err := types.SignNewTx(e.Registrar.Key, types.LatestSignerForChainID(big.NewInt(harness.ChainID)), &types.DynamicFeeTx{
		ChainID: big.NewInt(harness.ChainID), Nonce: 0, GasTipCap: big.NewInt(100e9), GasFeeCap: big.NewInt(1000e9), Gas: 21_000, To: &to})
	require.NoError(t, err)
	require.NoError(t, e.Client.SendTransaction(ctx, other))
	e.Sim.Commit()

	_, err = m.Wait(ctx, id)
	require.ErrorIs(t, err, txmgr.ErrNonceConsumed)
	require.False(t, e.MeterAuth(400_001_001).Active, "our transaction was not mined")
	pending, err := m.Pending(ctx)
	require.NoError(t, err)
	require.Empty(t, pending)
}

// lateReceipts hides receipts until a moment passes: a load-balanced node whose receipt index
// lags its state, or a node re-indexing after a reorg.
type lateReceipts struct {
	*harness.AutoMining
	until time.Time
}

func (l *lateReceipts) TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	if time.Now().Before(l.until) {
		return nil, ethereum.NotFound
	}
	return l.AutoMining.TransactionReceipt(ctx, h)
}

func (l *lateReceipts) BlockReceipts(ctx context.Context, b rpc.BlockNumberOrHash) ([]*types.Receipt, error) {
	if time.Now().Before(l.until) {
		return nil, nil
	}
	return l.AutoMining.BlockReceipts(ctx, b)
}

// TestLateReceiptIsNotALostNonce: our transaction, broadcast long ago, is mined, but its receipt
// shows up only after the nonce does. DropAfter counts from when the nonce was seen used, not
// from the broadcast, so Wait returns the receipt instead of sending the work a second time.
func TestLateReceiptIsNotALostNonce(t *testing.T) {
	e := harness.New(t, 1)
	e.Client.Manual = true
	late := &lateReceipts{AutoMining: e.Client}
	m := newManagerDropAfter(t, e, late, time.Second)
	ctx := context.Background()
	id, err := m.Send(ctx, registerCall(e, 400_001_001), nil)
	require.NoError(t, err)
	waitCtx, cancel := context.WithTimeout(ctx, 1200*time.Millisecond) // longer than DropAfter
	defer cancel()
	_, err = m.Wait(waitCtx, id)
	require.ErrorIs(t, err, context.DeadlineExceeded)

	late.until = time.Now().Add(400 * time.Millisecond)
	e.Sim.Commit()
	r, err := m.Wait(ctx, id)
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	require.True(t, e.MeterAuth(400_001_001).Active)
}
