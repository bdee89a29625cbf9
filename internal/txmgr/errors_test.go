package txmgr

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/test/harness"
)

// jsonRPCError is a node's answer as a JSON-RPC client sees it: a code and a message.
type jsonRPCError struct {
	code int
	msg  string
}

func (e jsonRPCError) Error() string  { return e.msg }
func (e jsonRPCError) ErrorCode() int { return e.code }

// TestClassifyNodeErrors: every go-ethereum error value in the table is recognised both as the
// value (a node in this process, wrapped with detail) and as the message a JSON-RPC client gets;
// text that did not come from the node is not matched.
func TestClassifyNodeErrors(t *testing.T) {
	for _, e := range nodeErrors {
		require.Equal(t, e.means, classify(fmt.Errorf("%w: next nonce 5, tx nonce 3", e.err)), "wrapped %q", e.err)
		require.Equal(t, e.means, classify(jsonRPCError{-32000, e.err.Error() + ": detail"}), "over JSON-RPC %q", e.err)
	}
	for _, c := range []struct {
		err  error
		want nodeError
	}{
		{nil, accepted},
		{jsonRPCError{-32000, "replacement transaction underpriced"}, underpriced},
		{jsonRPCError{-32000, "known transaction: 0x5e1f"}, alreadyKnown}, // geth before 1.9
		{jsonRPCError{3, "execution reverted: AccessControlUnauthorizedAccount"}, executionReverted},
		{jsonRPCError{-32000, "something new"}, unrecognized},
		{errors.New("dial tcp: nonce too low"), unrecognized}, // not the node's answer
		{fmt.Errorf("send: %w", context.DeadlineExceeded), unrecognized},
	} {
		require.Equal(t, c.want, classify(c.err), "%v", c.err)
	}
}

// TestClassifyGethAnswers: the answers of a real go-ethereum node, over its RPC client, are
// classified as the error values they come from.
func TestClassifyGethAnswers(t *testing.T) {
	e := harness.New(t, 1)
	e.Client.Manual = true
	ctx := context.Background()
	chainID := big.NewInt(harness.ChainID)
	signer := KeySigner(e.Registrar.Key)
	transfer := func(s Signer, nonce uint64, tip int64, to common.Address) *types.Transaction {
		tx, err := s.SignTx(ctx, types.NewTx(&types.DynamicFeeTx{ChainID: chainID, Nonce: nonce, GasTipCap: big.NewInt(tip),
			GasFeeCap: big.NewInt(100e9), Gas: 21_000, To: &to}), chainID)
		require.NoError(t, err)
		return tx
	}
	first := transfer(signer, 0, 1e9, e.Admin.Addr)
	require.Equal(t, accepted, classify(e.Client.SendTransaction(ctx, first)))
	require.Equal(t, alreadyKnown, classify(e.Client.SendTransaction(ctx, first)))
	require.Equal(t, underpriced, classify(e.Client.SendTransaction(ctx, transfer(signer, 0, 1e9, e.Relayer.Addr))))
	e.Sim.Commit()
	_, err := e.Client.TransactionReceipt(ctx, first.Hash())
	require.NoError(t, err)
	require.Equal(t, nonceTooLow, classify(e.Client.SendTransaction(ctx, transfer(signer, 0, 2e9, e.Relayer.Addr))))

	broke := KeySigner(harness.NewAccount().Key)
	require.Equal(t, insufficientFunds, classify(e.Client.SendTransaction(ctx, transfer(broke, 0, 1e9, e.Admin.Addr))))

	// Only a registrar may register a meter: the estimate of the relayer's call reverts.
	_, err = e.Client.EstimateGas(ctx, ethereum.CallMsg{From: e.Relayer.Addr, To: &e.Deployment.MeterRegistry,
		Data: e.RegistryABI.PackRegister(400_001_001, e.Users[0].Addr, e.Users[0].Addr, 0, 1, 10_000)})
	require.Equal(t, executionReverted, classify(err), "%v", err)
}
