package txmgr

import (
	"errors"
	"strings"

	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/txpool"
	"github.com/ethereum/go-ethereum/core/txpool/legacypool"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/rpc"
)

// nodeError is what a node's refusal of a transaction means to the manager.
type nodeError string

const (
	accepted          nodeError = ""
	alreadyKnown      nodeError = "already_known"      // the node has it: as good as sent
	nonceTooLow       nodeError = "nonce_too_low"      // mined already, or the nonce went to another transaction
	underpriced       nodeError = "underpriced"        // re-price it now, not after BumpAfter
	insufficientFunds nodeError = "insufficient_funds" // retried: the key may be topped up
	poolRefused       nodeError = "pool_refused"       // the pool is full for us: retried
	invalid           nodeError = "invalid"            // no price makes it acceptable (gas, size)
	executionReverted nodeError = "reverted"           // the call reverts (gas estimation)
	unrecognized      nodeError = "other"              // transport failures and anything else: retried
)

// nodeErrors names each go-ethereum error value the manager acts on. A node in this process
// returns the value itself (errors.Is); over JSON-RPC only its message survives, as the message
// of an rpc.Error, and geth puts the value's message first ("nonce too low: next nonce 5, tx
// nonce 3"). Order matters where one message contains another.
var nodeErrors = []struct {
	err    error
	means  nodeError
	legacy string // the same refusal's wording in geth releases before the value existed
}{
	{txpool.ErrAlreadyKnown, alreadyKnown, "known transaction"},
	{core.ErrNonceTooLow, nonceTooLow, ""},
	{txpool.ErrReplaceUnderpriced, underpriced, ""},
	{txpool.ErrUnderpriced, underpriced, ""},
	{txpool.ErrTxGasPriceTooLow, underpriced, ""},
	{core.ErrFeeCapTooLow, underpriced, ""},
	{core.ErrInsufficientFunds, insufficientFunds, ""},
	{core.ErrInsufficientFundsForTransfer, insufficientFunds, ""},
	{legacypool.ErrTxPoolOverflow, poolRefused, ""},
	{txpool.ErrAccountLimitExceeded, poolRefused, ""},
	{txpool.ErrAlreadyReserved, poolRefused, ""},
	{legacypool.ErrFutureReplacePending, poolRefused, ""},
	{txpool.ErrInflightTxLimitReached, poolRefused, ""},
	{core.ErrIntrinsicGas, invalid, ""},
	{core.ErrGasLimitTooHigh, invalid, ""},
	{txpool.ErrGasLimit, invalid, ""},
	{txpool.ErrOversizedData, invalid, ""},
	{core.ErrTipAboveFeeCap, invalid, ""},
	{vm.ErrExecutionReverted, executionReverted, ""},
}

// classify says what err, returned by a node for a transaction or a gas estimate, means.
func classify(err error) nodeError {
	if err == nil {
		return accepted
	}
	for _, e := range nodeErrors {
		if errors.Is(err, e.err) {
			return e.means
		}
	}
	var rerr rpc.Error
	if !errors.As(err, &rerr) {
		return unrecognized // not the node's answer (a dial or transport failure)
	}
	msg := rerr.Error()
	for _, e := range nodeErrors {
		if strings.Contains(msg, e.err.Error()) || (e.legacy != "" && strings.Contains(msg, e.legacy)) {
			return e.means
		}
	}
	return unrecognized
}
