// Package chaintx holds the limits of one transaction on the chain and the one way a one-off
// transaction is sent: transact, wait for the receipt, fail unless it succeeded. Services that
// send many transactions use internal/txmgr instead; this is for deployment, commands, tools and
// tests.
package chaintx

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

const (
	// MaxGas is the most gas one transaction may use (EIP-7825).
	MaxGas = 1 << 24
	// MaxSize is the largest transaction geth's txpool accepts.
	MaxSize = 128 << 10
	// MaxCalldata is the calldata one transaction may carry: MaxSize less room for the
	// envelope and signature.
	MaxCalldata = MaxSize - 8<<10
)

// Backend sends transactions and reads their receipts: *ethclient.Client and the simulated
// backend's client both fit.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
}

// Transact sends data to contract c from opts (opts.Context is set to ctx on a copy) and waits
// for a successful receipt.
func Transact(ctx context.Context, b bind.DeployBackend, c *bind.BoundContract, opts *bind.TransactOpts, data []byte) (*types.Receipt, error) {
	o := *opts
	o.Context = ctx
	tx, err := bind.Transact(c, &o, data)
	if err != nil {
		return nil, err
	}
	return WaitOK(ctx, b, tx.Hash())
}

// Deploy deploys a contract (bin is its hex creation code, input its packed constructor
// arguments) and waits for a successful receipt.
func Deploy(ctx context.Context, b Backend, opts *bind.TransactOpts, bin string, input []byte) (common.Address, *types.Receipt, error) {
	o := *opts
	o.Context = ctx
	addr, tx, err := bind.DeployContract(&o, common.FromHex(bin), b, input)
	if err != nil {
		return common.Address{}, nil, err
	}
	r, err := WaitOK(ctx, b, tx.Hash())
	return addr, r, err
}

// WaitOK waits until transaction h is mined and fails unless it succeeded.
func WaitOK(ctx context.Context, b bind.DeployBackend, h common.Hash) (*types.Receipt, error) {
	r, err := bind.WaitMined(ctx, b, h)
	if err != nil {
		return nil, fmt.Errorf("wait for transaction %s: %w", h, err)
	}
	return r, Succeeded(r)
}

// Succeeded is nil for a successful receipt and an error naming the transaction otherwise.
func Succeeded(r *types.Receipt) error {
	if r.Status != types.ReceiptStatusSuccessful {
		return fmt.Errorf("transaction %s reverted (block %d, %d gas used)", r.TxHash, r.BlockNumber, r.GasUsed)
	}
	return nil
}
