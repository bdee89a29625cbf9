package txmgr_test

import (
	"context"
	"database/sql"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/txpool"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/internal/anchor"
	"github.com/meterchain/meterchain/internal/sqlite"
	"github.com/meterchain/meterchain/internal/txmgr"
	"github.com/meterchain/meterchain/test/harness"
)

// blobReader is deployed code that stores BLOBHASH(0) in slot 0 and reverts when the call
// carries no blob: an estimate without the blob hashes fails.
//
//	PUSH1 0 BLOBHASH DUP1 PUSH1 0x0b JUMPI PUSH1 0 DUP1 REVERT JUMPDEST PUSH1 0 SSTORE STOP
var blobReader = common.FromHex("60004980600b57600080fd5b60005500")

// deployBlobReader deploys blobReader (behind an init code that returns it) and returns its address.
func deployBlobReader(t *testing.T, e *harness.Env) common.Address {
	t.Helper()
	init := append(common.FromHex("601080600b6000396000f3"), blobReader...)
	nonce, err := e.Client.PendingNonceAt(e.Ctx, e.Admin.Addr)
	require.NoError(t, err)
	tx, err := types.SignNewTx(e.Admin.Key, types.LatestSignerForChainID(big.NewInt(harness.ChainID)), &types.DynamicFeeTx{
		ChainID: big.NewInt(harness.ChainID), Nonce: nonce, GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(100 * params.GWei),
		Gas: 200_000, Data: init})
	require.NoError(t, err)
	require.NoError(t, e.Client.SendTransaction(e.Ctx, tx))
	if e.Client.Manual {
		e.Sim.Commit()
	}
	r, err := e.Client.TransactionReceipt(e.Ctx, tx.Hash())
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	code, err := e.Client.CodeAt(e.Ctx, r.ContractAddress, nil)
	require.NoError(t, err)
	require.Equal(t, blobReader, code)
	return r.ContractAddress
}

// sidecar is a version 1 (Osaka, cell proofs) sidecar of n bytes of data.
func sidecar(t *testing.T, n int) *types.BlobTxSidecar {
	t.Helper()
	data := make([]byte, n)
	for i := range data {
		data[i] = byte(i*7 + 1)
	}
	sc, err := anchor.Sidecar(data, types.BlobSidecarVersion1)
	require.NoError(t, err)
	return sc
}

// stored is the latest attempt recorded for transaction id, decoded from its raw column, and
// the number of attempts signed.
func stored(t *testing.T, db *sql.DB, id int64) (*types.Transaction, int) {
	t.Helper()
	var raw []byte
	var hashes string
	require.NoError(t, db.QueryRow(`SELECT raw, hashes FROM txmgr_txs WHERE id = ?`, id).Scan(&raw, &hashes))
	var tx types.Transaction
	require.NoError(t, tx.UnmarshalBinary(raw))
	return &tx, len(strings.Split(hashes, ","))
}

// requireSidecar checks that tx carries sc, blobs, commitments and proofs.
func requireSidecar(t *testing.T, sc *types.BlobTxSidecar, tx *types.Transaction) {
	t.Helper()
	require.Equal(t, uint8(types.BlobTxType), tx.Type())
	got := tx.BlobTxSidecar()
	require.NotNil(t, got, "the sidecar is recorded")
	require.Equal(t, sc.Version, got.Version)
	require.Equal(t, sc.Blobs, got.Blobs)
	require.Equal(t, sc.Commitments, got.Commitments)
	require.Equal(t, sc.Proofs, got.Proofs)
	require.Equal(t, sc.BlobHashes(), tx.BlobHashes())
}

// sendBlob sends a blob transaction of n bytes of data to `to` through m (recording on db) and
// returns its id, its sidecar and the attempt recorded, checked to carry that sidecar.
func sendBlob(ctx context.Context, t *testing.T, m *txmgr.Manager, db *sql.DB, to common.Address, n int) (int64, *types.BlobTxSidecar, *types.Transaction) {
	t.Helper()
	sc := sidecar(t, n)
	id, err := m.Send(ctx, txmgr.Request{To: to, Sidecar: sc}, nil)
	require.NoError(t, err)
	tx, attempts := stored(t, db, id)
	require.Equal(t, 1, attempts)
	requireSidecar(t, sc, tx)
	return id, sc, tx
}

// TestBlobTransactionMined: a blob transaction to a contract that reads BLOBHASH is estimated
// with its blob hashes, mined with its blobs, and its receipt comes back through Wait.
func TestBlobTransactionMined(t *testing.T) {
	e := harness.New(t, 1)
	reader := deployBlobReader(t, e)
	db, err := sqlite.Open(filepath.Join(t.TempDir(), "tx.db"))
	require.NoError(t, err)
	reg := prometheus.NewRegistry()
	m, err := txmgr.New(e.Client, db, txmgr.Config{Signer: txmgr.KeySigner(e.Registrar.Key), ChainID: big.NewInt(harness.ChainID),
		PollInterval: 10 * time.Millisecond, BumpAfter: time.Hour, Registerer: reg})
	require.NoError(t, err)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()

	id, sc, tx := sendBlob(ctx, t, m, db, reader, 200_000)
	require.Len(t, sc.Blobs, 2)
	r, err := m.Wait(ctx, id)
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	require.Equal(t, uint8(types.BlobTxType), r.Type)
	require.Equal(t, uint64(2*params.BlobTxBlobGasPerBlob), r.BlobGasUsed)
	slot, err := e.Client.StorageAt(ctx, reader, common.Hash{}, nil)
	require.NoError(t, err)
	require.Equal(t, sc.BlobHashes()[0], common.BytesToHash(slot), "the contract saw the first blob's hash")

	require.Equal(t, r.TxHash, tx.Hash())
	require.Equal(t, 1.0, metricValue(t, reg, "meterchain_txmgr_sent_total"))
	require.Equal(t, 2.0, metricValue(t, reg, "meterchain_txmgr_blobs_sent_total"))
	require.Equal(t, 1.0, metricValue(t, reg, "meterchain_txmgr_confirmed_total"))
}

// fixedBlobFee reports a blob base fee of its choosing.
type fixedBlobFee struct {
	*harness.AutoMining
	fee *big.Int
}

func (f fixedBlobFee) BlobBaseFee(context.Context) (*big.Int, error) { return f.fee, nil }

// TestBlobFeeCap: the blob fee cap offered is twice the blob base fee, at least 1 gwei, at most
// MaxBlobFeeCap; a backend without BlobBaseFee gets a clear error and nothing recorded.
func TestBlobFeeCap(t *testing.T) {
	e := harness.New(t, 1)
	e.Client.Manual = true
	ctx := context.Background()
	sc := sidecar(t, 1000)
	gwei := func(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(params.GWei)) }
	for _, c := range []struct {
		base, want *big.Int
	}{
		{big.NewInt(1), gwei(1)}, // the blob base fee's minimum: the floor
		{gwei(10), gwei(20)},
		{gwei(80), gwei(100)}, // MaxBlobFeeCap
	} {
		db, err := sqlite.Open(filepath.Join(t.TempDir(), "tx.db"))
		require.NoError(t, err)
		m, err := txmgr.New(fixedBlobFee{e.Client, c.base}, db, txmgr.Config{Signer: txmgr.KeySigner(e.Users[0].Key),
			ChainID: big.NewInt(harness.ChainID), MaxBlobFeeCap: gwei(100)})
		require.NoError(t, err)
		id, err := m.Send(ctx, txmgr.Request{To: e.Admin.Addr, GasLimit: 21_000, Sidecar: sc}, nil)
		require.NoError(t, err)
		tx, _ := stored(t, db, id)
		require.Equal(t, c.want, tx.BlobGasFeeCap(), "blob base fee %s", c.base)
		e.Sim.Commit()
	}

	// Only the Backend methods: no BlobBaseFee.
	m := newManagerWith(t, e, struct{ txmgr.Backend }{e.Client}, func(*txmgr.Config) {})
	_, err := m.Send(ctx, txmgr.Request{To: e.Admin.Addr, Sidecar: sc}, nil)
	require.ErrorContains(t, err, "blob base fee")
	pending, err := m.Pending(ctx)
	require.NoError(t, err)
	require.Empty(t, pending)
}

// TestBlobTransactionResumedWithSidecar: a blob transaction recorded but never broadcast (a
// crash) is found by a new manager on the same database, which broadcasts it with its blobs
// from the record alone, and it is mined with its nonce.
func TestBlobTransactionResumedWithSidecar(t *testing.T) {
	e := harness.New(t, 1)
	path := filepath.Join(t.TempDir(), "tx.db")
	db, err := sqlite.Open(path)
	require.NoError(t, err)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	id, sc, _ := sendBlob(ctx, t, newManager(t, e, &flaky{AutoMining: e.Client, down: true}, db, time.Hour), db, e.Admin.Addr, 5000)
	require.NoError(t, db.Close()) // crash

	db, err = sqlite.Open(path)
	require.NoError(t, err)
	tx, _ := stored(t, db, id)
	requireSidecar(t, sc, tx)
	m := newManager(t, e, e.Client, db, time.Hour)
	pending, err := m.Pending(ctx)
	require.NoError(t, err)
	require.Equal(t, []int64{id}, pending)
	r, err := m.Wait(ctx, id)
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	require.Equal(t, tx.Hash(), r.TxHash)
	require.Equal(t, uint64(params.BlobTxBlobGasPerBlob), r.BlobGasUsed)
	nonce, err := e.Client.NonceAt(ctx, e.Registrar.Addr, nil)
	require.NoError(t, err)
	require.Equal(t, uint64(1), nonce, "exactly one transaction from the key")
}

// TestBlobTransactionBumpDoublesFees: a blob transaction not mined in time is replaced by a blob
// transaction with the same nonce and blobs and its tip, fee cap and blob fee cap doubled (what
// geth's blob pool demands); the pool takes it, and it is the one mined.
func TestBlobTransactionBumpDoublesFees(t *testing.T) {
	e := harness.New(t, 1)
	e.Client.Manual = true // nothing is mined until the test commits
	db, err := sqlite.Open(filepath.Join(t.TempDir(), "tx.db"))
	require.NoError(t, err)
	m := newManager(t, e, e.Client, db, time.Second)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	id, sc, first := sendBlob(ctx, t, m, db, e.Admin.Addr, 5000)

	// What the bump must clear: the pool refuses a blob replacement at +50%, and a plain
	// transaction for the nonce at any price.
	signer := types.LatestSignerForChainID(big.NewInt(harness.ChainID))
	half := func(v *big.Int) *uint256.Int {
		return uint256.MustFromBig(new(big.Int).Add(v, new(big.Int).Div(v, big.NewInt(2))))
	}
	to := e.Admin.Addr
	more, err := types.SignNewTx(e.Registrar.Key, signer, &types.BlobTx{ChainID: uint256.NewInt(harness.ChainID), Nonce: first.Nonce(),
		GasTipCap: half(first.GasTipCap()), GasFeeCap: half(first.GasFeeCap()), Gas: first.Gas(), To: to,
		BlobFeeCap: half(first.BlobGasFeeCap()), BlobHashes: first.BlobHashes(), Sidecar: first.BlobTxSidecar()})
	require.NoError(t, err)
	require.ErrorContains(t, e.Client.SendTransaction(ctx, more), txpool.ErrReplaceUnderpriced.Error())
	plain, err := types.SignNewTx(e.Registrar.Key, signer, &types.DynamicFeeTx{ChainID: big.NewInt(harness.ChainID), Nonce: first.Nonce(),
		GasTipCap: big.NewInt(100 * params.GWei), GasFeeCap: big.NewInt(1000 * params.GWei), Gas: 21_000, To: &to})
	require.NoError(t, err)
	require.ErrorContains(t, e.Client.SendTransaction(ctx, plain), txpool.ErrAlreadyReserved.Error())

	// Wait (bumping) runs until the test mines; meanwhile, look until a re-priced attempt is
	// signed and the pool took it (the node checks every cell proof: slow under -race).
	type result struct {
		r   *types.Receipt
		err error
	}
	done := make(chan result, 1)
	go func() {
		r, err := m.Wait(ctx, id)
		done <- result{r, err}
	}()
	var bumped *types.Transaction
	var attempts int
	var hashes string
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for {
		var raw []byte
		var sent int64
		require.NoError(t, db.QueryRow(`SELECT raw, hashes, sent FROM txmgr_txs WHERE id = ?`, id).Scan(&raw, &hashes, &sent))
		if attempts = len(strings.Split(hashes, ",")); attempts > 1 && sent != 0 {
			bumped = new(types.Transaction)
			require.NoError(t, bumped.UnmarshalBinary(raw))
			break
		}
		select {
		case <-ctx.Done():
			t.Fatal("no re-priced attempt taken by the pool")
		case <-tick.C:
		}
	}
	factor := big.NewInt(1 << (attempts - 1)) // one doubling per bump
	times := func(v *big.Int) *big.Int { return new(big.Int).Mul(v, factor) }
	require.Equal(t, first.Nonce(), bumped.Nonce())
	require.Equal(t, times(first.GasTipCap()), bumped.GasTipCap())
	require.Equal(t, times(first.GasFeeCap()), bumped.GasFeeCap())
	require.Equal(t, times(first.BlobGasFeeCap()), bumped.BlobGasFeeCap())
	require.Equal(t, first.Gas(), bumped.Gas())
	require.Equal(t, first.To(), bumped.To())
	requireSidecar(t, sc, bumped)

	e.Sim.Commit()
	res := <-done
	require.NoError(t, res.err)
	r := res.r
	require.NoError(t, db.QueryRow(`SELECT hashes FROM txmgr_txs WHERE id = ?`, id).Scan(&hashes)) // a further bump may have come in
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	require.Contains(t, strings.Split(hashes, ",")[1:], r.TxHash.Hex(), "a re-priced attempt was mined")
	require.Equal(t, uint64(params.BlobTxBlobGasPerBlob), r.BlobGasUsed)
}

// canonicalSigner signs as its Signer does and hands back the canonical form, without the
// sidecar, as a remote signer may.
type canonicalSigner struct{ txmgr.Signer }

func (s canonicalSigner) SignTx(ctx context.Context, tx *types.Transaction, chainID *big.Int) (*types.Transaction, error) {
	signed, err := s.Signer.SignTx(ctx, tx, chainID)
	if err != nil {
		return nil, err
	}
	return signed.WithoutBlobTxSidecar(), nil
}

// TestSignerDroppingTheSidecar: a signature handed back without the sidecar gets it attached
// again before it is recorded (the node would refuse the transaction without it).
func TestSignerDroppingTheSidecar(t *testing.T) {
	e := harness.New(t, 1)
	db, err := sqlite.Open(filepath.Join(t.TempDir(), "tx.db"))
	require.NoError(t, err)
	m, err := txmgr.New(e.Client, db, txmgr.Config{Signer: canonicalSigner{txmgr.KeySigner(e.Registrar.Key)},
		ChainID: big.NewInt(harness.ChainID), PollInterval: 10 * time.Millisecond})
	require.NoError(t, err)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	id, _, tx := sendBlob(ctx, t, m, db, e.Admin.Addr, 1000)
	r, err := m.Wait(ctx, id)
	require.NoError(t, err)
	require.Equal(t, tx.Hash(), r.TxHash)
}
