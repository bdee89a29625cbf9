package txmgr

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// blockReceipts is what a node offers to read a whole block's receipts in one call (ethclient).
type blockReceipts interface {
	BlockReceipts(ctx context.Context, blockNrOrHash rpc.BlockNumberOrHash) ([]*types.Receipt, error)
}

// rpcBackend is a backend that exposes its RPC client (ethclient.Client): through it a node
// that serves debug_getRawReceipts (geth's in-process client does) gives a block's consensus
// receipts, RLP, instead of eth_getBlockReceipts' JSON.
type rpcBackend interface {
	Client() *rpc.Client
}

// rawReceipts reads the receipts of block through debug_getRawReceipts, with the block's
// transaction hashes (eth_getBlockByHash without bodies) in the same batch, and derives what
// eth_getBlockReceipts would add that the manager and its callers read: the transaction's hash,
// index, block and gas used, and each log's place and time. Not derived: the effective gas price, blob
// gas and contract address. Decoding RLP costs a fraction of decoding JSON, which renders every
// log's fields in hex: it was most of a relayer's RPC work. ok is false when the node has no
// such method (the caller reads the JSON; the manager stops asking).
func rawReceipts(ctx context.Context, c *rpc.Client, block common.Hash) (rs []*types.Receipt, ok bool, err error) {
	var raws []hexutil.Bytes
	var body struct {
		Number       hexutil.Uint64 `json:"number"`
		Time         hexutil.Uint64 `json:"timestamp"`
		Hash         common.Hash    `json:"hash"`
		Transactions []common.Hash  `json:"transactions"`
	}
	batch := []rpc.BatchElem{
		{Method: "debug_getRawReceipts", Args: []any{block}, Result: &raws},
		{Method: "eth_getBlockByHash", Args: []any{block, false}, Result: &body},
	}
	if err := c.BatchCallContext(ctx, batch); err != nil {
		return nil, true, fmt.Errorf("raw receipts of block %s: %w", block, err)
	}
	if err := batch[0].Error; err != nil {
		var rerr rpc.Error
		if errors.As(err, &rerr) && rerr.ErrorCode() == -32601 { // method not found
			return nil, false, nil
		}
		return nil, true, fmt.Errorf("raw receipts of block %s: %w", block, err)
	}
	if err := batch[1].Error; err != nil {
		return nil, true, fmt.Errorf("block %s: %w", block, err)
	}
	if body.Hash != block {
		return nil, true, fmt.Errorf("block %s: not found", block)
	}
	if len(raws) != len(body.Transactions) {
		return nil, true, fmt.Errorf("block %s: %d receipts for %d transactions", block, len(raws), len(body.Transactions))
	}
	rs = make([]*types.Receipt, len(raws))
	var cumulative uint64
	var logIndex uint
	for i, raw := range raws {
		r := new(types.Receipt)
		if err := r.UnmarshalBinary(raw); err != nil {
			return nil, true, fmt.Errorf("receipt %d of block %s: %w", i, block, err)
		}
		if r.CumulativeGasUsed < cumulative {
			return nil, true, fmt.Errorf("receipt %d of block %s: cumulative gas goes back", i, block)
		}
		r.TxHash, r.BlockHash, r.BlockNumber, r.TransactionIndex = body.Transactions[i], block, new(big.Int).SetUint64(uint64(body.Number)), uint(i)
		r.GasUsed, cumulative = r.CumulativeGasUsed-cumulative, r.CumulativeGasUsed
		for _, l := range r.Logs {
			l.TxHash, l.TxIndex, l.BlockHash, l.BlockNumber, l.BlockTimestamp, l.Index = r.TxHash, uint(i), block, uint64(body.Number), uint64(body.Time), logIndex
			logIndex++
		}
		rs[i] = r
	}
	return rs, true, nil
}

// receiptsOf reads block's receipts: raw where the node serves them, JSON otherwise.
func (m *Manager) receiptsOf(ctx context.Context, br blockReceipts, block common.Hash) ([]*types.Receipt, error) {
	if c, ok := m.b.(rpcBackend); ok && !m.noRawReceipts.Load() {
		rs, ok, err := rawReceipts(ctx, c.Client(), block)
		if ok {
			return rs, err
		}
		m.noRawReceipts.Store(true)
		m.log.Debug("the node has no debug_getRawReceipts: reading receipts as JSON")
	}
	return br.BlockReceipts(ctx, rpc.BlockNumberOrHashWithHash(block, false))
}
