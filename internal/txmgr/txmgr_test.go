package txmgr_test

import (
	"context"
	"database/sql"
	"errors"
	"math/big"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/prometheus/client_golang/prometheus"
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

// newManagerWith is a manager on a database of its own, polling every 10 ms and never bumping,
// with tune's changes to that configuration.
func newManagerWith(t *testing.T, e *harness.Env, b txmgr.Backend, tune func(*txmgr.Config)) *txmgr.Manager {
	db, err := sqlite.Open(filepath.Join(t.TempDir(), "tx.db"))
	require.NoError(t, err)
	cfg := txmgr.Config{Signer: txmgr.KeySigner(e.Registrar.Key), ChainID: big.NewInt(harness.ChainID),
		PollInterval: 10 * time.Millisecond, BumpAfter: time.Hour}
	tune(&cfg)
	m, err := txmgr.New(b, db, cfg)
	require.NoError(t, err)
	return m
}

// TestNonceTakenByAnotherTransaction: another holder of the key replaces our pending transaction
// (same nonce, higher fees) and gets it mined. Wait reports ErrNonceConsumed, so the caller sends
// the work again, and our call never ran.
func TestNonceTakenByAnotherTransaction(t *testing.T) {
	e := harness.New(t, 1)
	e.Client.Manual = true
	m := newManagerWith(t, e, e.Client, func(c *txmgr.Config) { c.DropAfter = 300 * time.Millisecond })
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
	m := newManagerWith(t, e, late, func(c *txmgr.Config) { c.DropAfter = time.Second })
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

// slowBroadcast holds the first broadcast until released: a node that takes its time to answer.
type slowBroadcast struct {
	*harness.AutoMining
	calls   atomic.Int32
	started chan struct{}
	release chan struct{}
}

func (s *slowBroadcast) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if s.calls.Add(1) == 1 {
		close(s.started)
		<-s.release
	}
	return s.AutoMining.SendTransaction(ctx, tx)
}

// mineUntil commits blocks until every wait returned, and returns their results.
func mineUntil(t *testing.T, e *harness.Env, m *txmgr.Manager, ids ...int64) []*types.Receipt {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	receipts := make([]*types.Receipt, len(ids))
	errs := make(chan error, len(ids))
	for i, id := range ids {
		go func() {
			var err error
			receipts[i], err = m.Wait(ctx, id)
			errs <- err
		}()
	}
	for range ids {
		for waiting := true; waiting; {
			select {
			case err := <-errs:
				require.NoError(t, err)
				waiting = false
			case <-time.After(20 * time.Millisecond):
				e.Sim.Commit()
			}
		}
	}
	return receipts
}

// TestSlowBroadcastDoesNotBlockSend: while one transaction's broadcast hangs on the node, another
// Send records and broadcasts the next nonce; both are mined.
func TestSlowBroadcastDoesNotBlockSend(t *testing.T) {
	e := harness.New(t, 1)
	e.Client.Manual = true
	slow := &slowBroadcast{AutoMining: e.Client, started: make(chan struct{}), release: make(chan struct{})}
	db, err := sqlite.Open(filepath.Join(t.TempDir(), "tx.db"))
	require.NoError(t, err)
	m := newManager(t, e, slow, db, time.Minute)
	ctx := context.Background()

	type sent struct {
		id  int64
		err error
	}
	first := make(chan sent, 1)
	go func() {
		id, err := m.Send(ctx, registerCall(e, 400_001_001), nil)
		first <- sent{id, err}
	}()
	<-slow.started
	second := make(chan sent, 1)
	go func() {
		id, err := m.Send(ctx, registerCall(e, 400_001_002), nil)
		second <- sent{id, err}
	}()
	var two sent
	select {
	case two = <-second:
	case <-time.After(30 * time.Second):
		t.Fatal("Send waited for another transaction's broadcast")
	}
	require.NoError(t, two.err)
	close(slow.release)
	one := <-first
	require.NoError(t, one.err)

	for _, r := range mineUntil(t, e, m, one.id, two.id) {
		require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	}
	require.True(t, e.MeterAuth(400_001_001).Active)
	require.True(t, e.MeterAuth(400_001_002).Active)
}

// TestConfirmationDepth: with Confirmations set, Wait returns a receipt only once that many
// blocks are built on its block; until then the transaction stays pending (a restart waits for
// it again).
func TestConfirmationDepth(t *testing.T) {
	e := harness.New(t, 1)
	e.Client.Manual = true
	db, err := sqlite.Open(filepath.Join(t.TempDir(), "tx.db"))
	require.NoError(t, err)
	m, err := txmgr.New(e.Client, db, txmgr.Config{Signer: txmgr.KeySigner(e.Registrar.Key), ChainID: big.NewInt(harness.ChainID),
		PollInterval: 10 * time.Millisecond, BumpAfter: time.Hour, Confirmations: 2})
	require.NoError(t, err)
	ctx := context.Background()
	id, err := m.Send(ctx, registerCall(e, 400_001_001), nil)
	require.NoError(t, err)
	e.Sim.Commit()
	require.True(t, e.MeterAuth(400_001_001).Active, "mined")

	for depth := range 2 {
		short, cancel := context.WithTimeout(ctx, 300*time.Millisecond)
		_, err = m.Wait(short, id)
		cancel()
		require.ErrorIs(t, err, context.DeadlineExceeded, "%d blocks on top", depth)
		pending, err := m.Pending(ctx)
		require.NoError(t, err)
		require.Equal(t, []int64{id}, pending)
		e.Sim.Commit()
	}
	r, err := m.Wait(ctx, id)
	require.NoError(t, err)
	head, err := e.Client.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	require.Equal(t, r.BlockNumber.Uint64()+2, head.Number.Uint64())
	pending, err := m.Pending(ctx)
	require.NoError(t, err)
	require.Empty(t, pending)
}

// TestUnderpricedIsRepricedAtOnce: the pool holds another transaction with our nonce at a higher
// price and refuses ours as an underpriced replacement. The manager re-prices at once (not after
// BumpAfter) until the pool takes ours, and ours is mined.
func TestUnderpricedIsRepricedAtOnce(t *testing.T) {
	e := harness.New(t, 1)
	e.Client.Manual = true
	db, err := sqlite.Open(filepath.Join(t.TempDir(), "tx.db"))
	require.NoError(t, err)
	reg := prometheus.NewRegistry()
	m, err := txmgr.New(e.Client, db, txmgr.Config{Signer: txmgr.KeySigner(e.Registrar.Key), ChainID: big.NewInt(harness.ChainID),
		PollInterval: 10 * time.Millisecond, BumpAfter: time.Hour, Registerer: reg})
	require.NoError(t, err)
	ctx := context.Background()
	first, err := m.Send(ctx, registerCall(e, 400_001_003), nil) // nonce 0; the manager counts on from there
	require.NoError(t, err)
	mineUntil(t, e, m, first)
	// Theirs pays half as much again as the manager will offer: a few bumps outbid it.
	tip, err := e.Client.SuggestGasTipCap(ctx)
	require.NoError(t, err)
	head, err := e.Client.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	half := func(v *big.Int) *big.Int { return new(big.Int).Add(v, new(big.Int).Div(v, big.NewInt(2))) }
	to := e.Registrar.Addr
	theirs, err := types.SignNewTx(e.Registrar.Key, types.LatestSignerForChainID(big.NewInt(harness.ChainID)), &types.DynamicFeeTx{
		ChainID: big.NewInt(harness.ChainID), Nonce: 1, GasTipCap: half(tip), GasFeeCap: half(feeCap), Gas: 21_000, To: &to})
	require.NoError(t, err)
	require.NoError(t, e.Client.SendTransaction(ctx, theirs))

	id, err := m.Send(ctx, registerCall(e, 400_001_001), nil)
	require.NoError(t, err)
	require.Equal(t, 1.0, metricValue(t, reg, "meterchain_txmgr_broadcast_errors_total", "kind", "underpriced"))
	for range 50 { // until the pool took a re-priced attempt
		var sent int64
		require.NoError(t, db.QueryRow(`SELECT sent FROM txmgr_txs WHERE id = ?`, id).Scan(&sent))
		if sent != 0 {
			break
		}
		short, cancel := context.WithTimeout(ctx, 100*time.Millisecond)
		_, err = m.Wait(short, id)
		cancel()
		require.ErrorIs(t, err, context.DeadlineExceeded)
	}
	require.GreaterOrEqual(t, metricValue(t, reg, "meterchain_txmgr_fee_bumps_total"), 1.0)
	r := mineUntil(t, e, m, id)[0]
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	require.True(t, e.MeterAuth(400_001_001).Active)
	_, err = e.Client.TransactionReceipt(ctx, theirs.Hash())
	require.ErrorIs(t, err, ethereum.NotFound, "the other transaction was replaced")
}

// metricValue is the value of the series name whose labels include the given name/value pairs.
func metricValue(t *testing.T, reg *prometheus.Registry, name string, labels ...string) float64 {
	t.Helper()
	families, err := reg.Gather()
	require.NoError(t, err)
	for _, f := range families {
		if f.GetName() != name {
			continue
		}
	series:
		for _, s := range f.GetMetric() {
			have := map[string]string{}
			for _, l := range s.GetLabel() {
				have[l.GetName()] = l.GetValue()
			}
			for i := 0; i+1 < len(labels); i += 2 {
				if have[labels[i]] != labels[i+1] {
					continue series
				}
			}
			if s.GetCounter() != nil {
				return s.GetCounter().GetValue()
			}
			return s.GetGauge().GetValue()
		}
	}
	return 0
}

// TestMetricsFollowTheLifecycle: sent, confirmed and pending count what happened, per sender.
func TestMetricsFollowTheLifecycle(t *testing.T) {
	e := harness.New(t, 1)
	db, err := sqlite.Open(filepath.Join(t.TempDir(), "tx.db"))
	require.NoError(t, err)
	reg := prometheus.NewRegistry()
	e.Client.Manual = true
	m, err := txmgr.New(e.Client, db, txmgr.Config{Signer: txmgr.KeySigner(e.Registrar.Key), ChainID: big.NewInt(harness.ChainID),
		PollInterval: 10 * time.Millisecond, Registerer: reg})
	require.NoError(t, err)
	ctx := context.Background()
	var ids []int64
	for i := range 3 {
		id, err := m.Send(ctx, registerCall(e, uint64(400_001_001+i)), nil)
		require.NoError(t, err)
		ids = append(ids, id)
	}
	sender := e.Registrar.Addr.Hex()
	require.Equal(t, 3.0, metricValue(t, reg, "meterchain_txmgr_sent_total", "sender", sender))
	require.Equal(t, 3.0, metricValue(t, reg, "meterchain_txmgr_pending", "sender", sender))
	mineUntil(t, e, m, ids...)
	_, err = m.Wait(ctx, ids[0]) // waiting again counts nothing twice
	require.NoError(t, err)
	require.Equal(t, 3.0, metricValue(t, reg, "meterchain_txmgr_confirmed_total", "sender", sender))
	require.Equal(t, 0.0, metricValue(t, reg, "meterchain_txmgr_pending", "sender", sender))

	// A second manager (another key) on the same registry reports its own series.
	other, err := txmgr.New(e.Client, db, txmgr.Config{Signer: txmgr.KeySigner(e.Relayer.Key), ChainID: big.NewInt(harness.ChainID), Registerer: reg})
	require.NoError(t, err)
	require.Equal(t, 0.0, metricValue(t, reg, "meterchain_txmgr_sent_total", "sender", other.From().Hex()))
}

// failingSigner fails its first n signatures, then signs with key; wrongKey makes it sign with
// another key than the one it claims.
type failingSigner struct {
	txmgr.Signer
	fail     int
	wrongKey txmgr.Signer
}

func (s *failingSigner) SignTx(ctx context.Context, tx *types.Transaction, chainID *big.Int) (*types.Transaction, error) {
	if s.fail > 0 {
		s.fail--
		return nil, errors.New("remote signer unavailable")
	}
	if s.wrongKey != nil {
		return s.wrongKey.SignTx(ctx, tx, chainID)
	}
	return s.Signer.SignTx(ctx, tx, chainID)
}

// TestSignerFailureLeavesNoGap: a signer that fails, or signs with a key that is not the
// sender's, gets nothing recorded and no nonce used: the next transaction takes nonce 0.
func TestSignerFailureLeavesNoGap(t *testing.T) {
	e := harness.New(t, 1)
	db, err := sqlite.Open(filepath.Join(t.TempDir(), "tx.db"))
	require.NoError(t, err)
	s := &failingSigner{Signer: txmgr.KeySigner(e.Registrar.Key), fail: 1, wrongKey: txmgr.KeySigner(e.Relayer.Key)}
	m, err := txmgr.New(e.Client, db, txmgr.Config{Signer: s, ChainID: big.NewInt(harness.ChainID), PollInterval: 10 * time.Millisecond})
	require.NoError(t, err)
	require.Equal(t, e.Registrar.Addr, m.From())
	ctx := context.Background()
	_, err = m.Send(ctx, registerCall(e, 400_001_001), nil)
	require.ErrorContains(t, err, "remote signer unavailable")
	_, err = m.Send(ctx, registerCall(e, 400_001_001), nil)
	require.ErrorContains(t, err, "not the sender")
	pending, err := m.Pending(ctx)
	require.NoError(t, err)
	require.Empty(t, pending)

	s.wrongKey = nil
	id, err := m.Send(ctx, registerCall(e, 400_001_001), nil)
	require.NoError(t, err)
	r, err := m.Wait(ctx, id)
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	nonce, err := e.Client.NonceAt(ctx, e.Registrar.Addr, nil)
	require.NoError(t, err)
	require.Equal(t, uint64(1), nonce)
}

// TestKeySignerOfNoKeyIsRefused: a service started without a key gets a clear error, not a panic.
func TestKeySignerOfNoKeyIsRefused(t *testing.T) {
	db, err := sqlite.Open(":memory:")
	require.NoError(t, err)
	defer db.Close()
	_, err = txmgr.New(nil, db, txmgr.Config{Signer: txmgr.KeySigner(nil), ChainID: big.NewInt(1)})
	require.ErrorContains(t, err, "signer")
}

// forgetful answers the first broadcast of each transaction as taken and drops it (a node that
// lost it from its pool: restarted, or evicted it), and counts broadcasts.
type forgetful struct {
	*harness.AutoMining
	forget bool
	seen   map[common.Hash]bool
	sends  atomic.Int64
}

func (f *forgetful) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	f.sends.Add(1)
	if f.forget && !f.seen[tx.Hash()] {
		f.seen[tx.Hash()] = true
		return nil
	}
	return f.AutoMining.SendTransaction(ctx, tx)
}

// TestDroppedTransactionIsSentAgain: a transaction the node holds is not sent again at every
// poll (each send makes the node decode and check it again), but one the node took and then
// lost is sent again after RebroadcastAfter and mined, with its own nonce, without a fee bump.
func TestDroppedTransactionIsSentAgain(t *testing.T) {
	e := harness.New(t, 1)
	newM := func(node txmgr.Backend, rebroadcast time.Duration) *txmgr.Manager {
		return newManagerWith(t, e, node, func(c *txmgr.Config) { c.RebroadcastAfter = rebroadcast })
	}
	ctx := context.Background()

	e.Client.Manual = true // the node holds it, no block is built
	holding := &forgetful{AutoMining: e.Client}
	m := newM(holding, time.Hour)
	id, err := m.Send(ctx, registerCall(e, 400_001_001), nil)
	require.NoError(t, err)
	short, cancel := context.WithTimeout(ctx, 300*time.Millisecond) // some 30 polls
	_, err = m.Wait(short, id)
	cancel()
	require.ErrorIs(t, err, context.DeadlineExceeded)
	require.Equal(t, int64(1), holding.sends.Load(), "sent once while the node holds it")
	mineUntil(t, e, m, id)
	e.Client.Manual = false

	lost := &forgetful{AutoMining: e.Client, forget: true, seen: map[common.Hash]bool{}}
	m = newM(lost, 200*time.Millisecond)
	id, err = m.Send(ctx, registerCall(e, 400_001_002), nil)
	require.NoError(t, err)
	r, err := m.Wait(ctx, id)
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	require.True(t, e.MeterAuth(400_001_002).Active)
	require.Equal(t, int64(2), lost.sends.Load(), "sent again once the node lost it")
}

// countedNonces counts the node's eth_getTransactionCount calls at the head.
type countedNonces struct {
	*harness.AutoMining
	calls atomic.Int64
}

func (c *countedNonces) NonceAt(ctx context.Context, account common.Address, block *big.Int) (uint64, error) {
	c.calls.Add(1)
	return c.AutoMining.NonceAt(ctx, account, block)
}

// TestWaitersShareNonceReads: however many transactions wait, the manager asks the node for the
// sender's nonce at most once per poll interval (by construction: a read starts only a full
// interval after the last one returned), not once per waiter and poll; and every waiter still
// sees its transaction mined.
func TestWaitersShareNonceReads(t *testing.T) {
	e := harness.New(t, 1)
	e.Client.Manual = true
	node := &countedNonces{AutoMining: e.Client}
	const poll = 10 * time.Millisecond
	m := newManagerWith(t, e, node, func(c *txmgr.Config) { c.PollInterval = poll })
	ctx := context.Background()
	const waiters = 8
	ids := make([]int64, waiters)
	for i := range ids {
		id, err := m.Send(ctx, registerCall(e, uint64(400_001_001+i)), nil)
		require.NoError(t, err)
		ids[i] = id
	}
	node.calls.Store(0)
	start := time.Now()
	errs := make(chan error, waiters)
	for _, id := range ids {
		go func() {
			_, err := m.Wait(ctx, id)
			errs <- err
		}()
	}
	time.Sleep(30 * poll) // every waiter polls about 30 times before anything is mined
	e.Sim.Commit()
	for range waiters {
		require.NoError(t, <-errs)
	}
	elapsed := time.Since(start)
	bound := int64(elapsed/poll) + 1
	require.LessOrEqual(t, node.calls.Load(), bound, "nonce reads in %s: at most one per %s", elapsed, poll)
	for i := range ids {
		require.True(t, e.MeterAuth(uint64(400_001_001+i)).Active)
	}
}
