// Package bench is what every benchmark (billing, market, ingest, soak) does against its dev
// chain: send a batch of transactions at once and wait until all succeeded, wait for blocks and
// chain time, and read blocks' receipts one after another. It polls in milliseconds, where
// bind.WaitMined polls once a second: too coarse to time one-second blocks.
package bench

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/meterchain/meterchain/deploy/devnet"
	"github.com/meterchain/meterchain/internal/chaintx"
)

// receiptTimeout bounds the wait for one transaction: a benchmark whose transaction was
// dropped fails instead of hanging.
const receiptTimeout = 2 * time.Minute

// SendAll signs every call to c with consecutive nonces and a fixed gas limit, sends them all at
// once and waits for every receipt; any failed transaction fails the whole batch.
func SendAll(ctx context.Context, client *ethclient.Client, c *bind.BoundContract, opts *bind.TransactOpts, calls [][]byte, gas uint64) ([]*types.Receipt, error) {
	nonce, err := client.PendingNonceAt(ctx, opts.From)
	if err != nil {
		return nil, err
	}
	tip, err := client.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, err
	}
	head, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(4)))
	txs := make([]*types.Transaction, len(calls))
	for i, data := range calls {
		o := *opts
		o.Context, o.Nonce, o.GasLimit, o.GasTipCap, o.GasFeeCap = ctx, new(big.Int).SetUint64(nonce+uint64(i)), gas, tip, feeCap
		if txs[i], err = bind.Transact(c, &o, data); err != nil {
			return nil, fmt.Errorf("send %d of %d: %w", i+1, len(calls), err)
		}
	}
	receipts := make([]*types.Receipt, len(txs))
	for i, tx := range txs {
		r, err := WaitOK(ctx, client, tx.Hash(), 20*time.Millisecond)
		if err != nil {
			return nil, fmt.Errorf("transaction %d of %d: %w", i+1, len(calls), err)
		}
		receipts[i] = r
	}
	return receipts, nil
}

// WaitOK polls for transaction h's receipt every `every` and fails unless it succeeded.
func WaitOK(ctx context.Context, client *ethclient.Client, h common.Hash, every time.Duration) (*types.Receipt, error) {
	ctx, cancel := context.WithTimeout(ctx, receiptTimeout)
	defer cancel()
	for {
		r, err := client.TransactionReceipt(ctx, h)
		if err == nil {
			return r, chaintx.Succeeded(r)
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("wait for transaction %s: %w", h, ctx.Err())
		case <-time.After(every):
		}
	}
}

// WaitNextBlock waits until a block after the current head is there.
func WaitNextBlock(ctx context.Context, client *ethclient.Client) error {
	n, err := client.BlockNumber(ctx)
	if err != nil {
		return err
	}
	for {
		m, err := client.BlockNumber(ctx)
		if err != nil {
			return err
		}
		if m > n {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(10 * time.Millisecond):
		}
	}
}

// WaitChainTime waits until the head block's timestamp reaches ts (unix seconds).
func WaitChainTime(ctx context.Context, client *ethclient.Client, ts uint64) error {
	for {
		h, err := client.HeaderByNumber(ctx, nil)
		if err != nil {
			return err
		}
		if h.Time >= ts {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// Chain is what Receipts and Follow read: the head's number and a canonical block's receipts.
type Chain interface {
	HeadNumber(ctx context.Context) (uint64, error)
	BlockReceipts(ctx context.Context, n uint64) ([]*types.Receipt, error)
}

// RPC reads a chain through a node's RPC.
func RPC(client *ethclient.Client) Chain { return rpcChain{client} }

type rpcChain struct{ c *ethclient.Client }

func (r rpcChain) HeadNumber(ctx context.Context) (uint64, error) { return r.c.BlockNumber(ctx) }
func (r rpcChain) BlockReceipts(ctx context.Context, n uint64) ([]*types.Receipt, error) {
	return r.c.BlockReceipts(ctx, rpc.BlockNumberOrHashWithNumber(rpc.BlockNumber(n)))
}

// InProcess reads the embedded devnet's chain directly: a benchmark that measures its process's
// CPU does not count its own observer's JSON (the node encoding every receipt, the observer
// decoding it) as the measured path's work.
func InProcess(node *devnet.Node) Chain { return devChain{node} }

type devChain struct{ n *devnet.Node }

func (d devChain) HeadNumber(context.Context) (uint64, error) { return d.n.Head(), nil }
func (d devChain) BlockReceipts(_ context.Context, n uint64) ([]*types.Receipt, error) {
	rs := d.n.Receipts(n)
	if rs == nil && n > d.n.Head() {
		return nil, fmt.Errorf("block %d is not on the chain yet", n)
	}
	return rs, nil
}

// Receipts hands fn the receipts of every block from `from` to `to`, in order: events read from
// the canonical blocks themselves, not from the node's log index.
func Receipts(ctx context.Context, chain Chain, from, to uint64, fn func(block uint64, receipts []*types.Receipt) error) error {
	for n := from; n <= to; n++ {
		rs, err := chain.BlockReceipts(ctx, n)
		if err != nil {
			return fmt.Errorf("receipts of block %d: %w", n, err)
		}
		if err := fn(n, rs); err != nil {
			return err
		}
	}
	return nil
}

// Follow is Receipts on a growing chain: it hands fn every block from `from` on as it appears,
// with the time the block was first seen, until ctx ends (then it returns nil).
func Follow(ctx context.Context, chain Chain, from uint64, fn func(block uint64, seen time.Time, receipts []*types.Receipt)) error {
	next := from
	for {
		head, err := chain.HeadNumber(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return err
		}
		if head >= next {
			seen := time.Now() // when the blocks were there to see, not when their receipts were decoded
			err := Receipts(ctx, chain, next, head, func(n uint64, rs []*types.Receipt) error {
				fn(n, seen, rs)
				return nil
			})
			if ctx.Err() != nil {
				return nil
			}
			if err != nil {
				return err
			}
			next = head + 1
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(50 * time.Millisecond):
		}
	}
}
