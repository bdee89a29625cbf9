package devnet

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"
)

// TestDevnetServesMinesAndStops starts a node on a random port with 1 s blocks, talks to it over
// HTTP and WebSocket JSON-RPC, sends a transfer, sees blocks advance, and stops it.
func TestDevnetServesMinesAndStops(t *testing.T) {
	ctx := context.Background()
	n, err := Start(ctx, Config{Port: -1, Accounts: 2})
	require.NoError(t, err)
	stopped := false
	t.Cleanup(func() {
		if !stopped {
			_ = n.Stop()
		}
	})

	c, err := ethclient.DialContext(ctx, n.RPCURL())
	require.NoError(t, err)
	defer c.Close()
	id, err := c.ChainID(ctx)
	require.NoError(t, err)
	require.EqualValues(t, ChainID, id.Uint64())

	ws, err := ethclient.DialContext(ctx, n.WSURL())
	require.NoError(t, err)
	defer ws.Close()
	heads := make(chan *types.Header, 4)
	sub, err := ws.SubscribeNewHead(ctx, heads)
	require.NoError(t, err)
	defer sub.Unsubscribe()

	bal, err := c.BalanceAt(ctx, n.Accounts[1].Addr, nil)
	require.NoError(t, err)
	require.Positive(t, bal.Sign(), "dev account is funded")

	// A transfer is mined by the periodic sealer.
	from := n.Accounts[0]
	nonce, err := c.PendingNonceAt(ctx, from.Addr)
	require.NoError(t, err)
	tx, err := types.SignNewTx(from.Key, types.LatestSignerForChainID(big.NewInt(ChainID)), &types.DynamicFeeTx{
		ChainID: big.NewInt(ChainID), Nonce: nonce, GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(10 * params.GWei),
		Gas: 21_000, To: &n.Accounts[1].Addr, Value: big.NewInt(12345),
	})
	require.NoError(t, err)
	require.NoError(t, c.SendTransaction(ctx, tx))
	waitCtx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	var rc *types.Receipt
	for rc == nil {
		rc, _ = c.TransactionReceipt(waitCtx, tx.Hash())
		if rc == nil {
			select {
			case <-waitCtx.Done():
				t.Fatal("transfer not mined")
			case <-time.After(100 * time.Millisecond):
			}
		}
	}
	require.Equal(t, types.ReceiptStatusSuccessful, rc.Status)

	// The WebSocket subscription sees new heads: the chain keeps moving.
	select {
	case h := <-heads:
		require.Positive(t, h.Number.Sign())
	case <-waitCtx.Done():
		t.Fatal("no new head over WebSocket")
	}

	// Deterministic keys: a second run has the same wallets.
	require.Equal(t, DevAccount(0).Addr, n.Accounts[0].Addr)
	require.Equal(t, MainnetRules().BogotaTime, (*uint64)(nil))

	require.NoError(t, n.Stop())
	stopped = true
	require.NoError(t, n.Stop(), "second stop is a no-op")
	_, err = c.ChainID(ctx)
	require.Error(t, err, "RPC is closed after Stop")
}

// TestDevnetOnDemandAndPersists seals blocks only when transactions arrive, and a chain kept in a
// data directory is reopened with its history.
func TestDevnetOnDemandAndPersists(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	n, err := Start(ctx, Config{Port: -1, Period: -1, DataDir: dir, Accounts: 2})
	require.NoError(t, err)
	c := n.Client()
	from := n.Accounts[0]
	tx, err := types.SignNewTx(from.Key, types.LatestSignerForChainID(big.NewInt(ChainID)), &types.DynamicFeeTx{
		ChainID: big.NewInt(ChainID), Nonce: 0, GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(10 * params.GWei),
		Gas: 21_000, To: &n.Accounts[1].Addr, Value: big.NewInt(1),
	})
	require.NoError(t, err)
	before := n.Head()
	require.NoError(t, c.SendTransaction(ctx, tx))
	deadline := time.Now().Add(20 * time.Second)
	for n.Head() == before && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	require.Greater(t, n.Head(), before, "a transaction triggers a block")
	head := n.Head()
	c.Close()
	require.NoError(t, n.Stop())

	n2, err := Start(ctx, Config{Port: -1, Period: -1, DataDir: dir, Accounts: 2})
	require.NoError(t, err)
	defer n2.Stop()
	require.GreaterOrEqual(t, n2.Head(), head, "history survives a restart")
	c2 := n2.Client()
	defer c2.Close()
	rc, err := c2.TransactionReceipt(ctx, tx.Hash())
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, rc.Status)
}
