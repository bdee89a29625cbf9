package txmgr

import (
	"context"
	"log/slog"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/deploy/devnet"
)

// Init code that logs twice (LOG1 topic 0x2a over 32 bytes, LOG1 topic 7 over 1 byte) and
// deploys nothing.
var twoLogs = common.FromHex("602a60206000a1600760016000a100")

// The receipts derived from debug_getRawReceipts are the node's own JSON receipts, field for
// field, for every field the manager and its callers read; a node without the method (the
// devnet over HTTP, where debug is not served) is answered from the JSON.
func TestRawReceiptsMatchTheNodesJSON(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	node, err := devnet.Start(ctx, devnet.Config{Port: -1, Period: -1, Accounts: 2})
	require.NoError(t, err)
	defer node.Stop()
	c := node.Client()
	defer c.Close()

	signer := types.LatestSignerForChainID(big.NewInt(devnet.ChainID))
	var hashes []common.Hash
	for i := range 3 {
		tx, err := types.SignNewTx(node.Accounts[0].Key, signer, &types.DynamicFeeTx{ChainID: big.NewInt(devnet.ChainID),
			Nonce: uint64(i), GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(100_000_000_000), Gas: 100_000, Data: twoLogs})
		require.NoError(t, err)
		require.NoError(t, c.SendTransaction(ctx, tx))
		hashes = append(hashes, tx.Hash())
	}
	blocks := map[common.Hash]bool{}
	for _, h := range hashes {
		var r *types.Receipt
		require.Eventually(t, func() bool { r, err = c.TransactionReceipt(ctx, h); return err == nil }, 10*time.Second, 20*time.Millisecond)
		blocks[r.BlockHash] = true
	}
	logs := 0
	for block := range blocks {
		want, err := c.BlockReceipts(ctx, rpc.BlockNumberOrHashWithHash(block, false))
		require.NoError(t, err)
		got, ok, err := rawReceipts(ctx, c.Client(), block)
		require.NoError(t, err)
		require.True(t, ok, "the in-process client serves debug_getRawReceipts")
		require.Len(t, got, len(want))
		for i := range want {
			w, g := want[i], got[i]
			require.Equal(t, w.Type, g.Type)
			require.Equal(t, w.Status, g.Status)
			require.Equal(t, w.CumulativeGasUsed, g.CumulativeGasUsed)
			require.Equal(t, w.GasUsed, g.GasUsed)
			require.Equal(t, w.Bloom, g.Bloom)
			require.Equal(t, w.TxHash, g.TxHash)
			require.Equal(t, w.TransactionIndex, g.TransactionIndex)
			require.Equal(t, w.BlockHash, g.BlockHash)
			require.Equal(t, w.BlockNumber, g.BlockNumber)
			require.Equal(t, w.Logs, g.Logs)
			logs += len(g.Logs)
		}
	}
	require.Equal(t, 2*len(hashes), logs)

	_, ok, err := rawReceipts(ctx, c.Client(), common.Hash{1})
	require.True(t, ok)
	require.Error(t, err, "a block the node does not have")

	overHTTP, err := ethclient.Dial(node.RPCURL())
	require.NoError(t, err)
	defer overHTTP.Close()
	for block := range blocks {
		_, ok, err := rawReceipts(ctx, overHTTP.Client(), block)
		require.NoError(t, err)
		require.False(t, ok, "debug is not served over HTTP")
		m := &Manager{b: overHTTP, log: slog.New(slog.DiscardHandler)}
		rs, err := m.receiptsOf(ctx, overHTTP, block)
		require.NoError(t, err)
		require.NotEmpty(t, rs)
		require.True(t, m.noRawReceipts.Load(), "it stops asking")
	}
}
