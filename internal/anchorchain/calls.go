package anchorchain

import (
	"fmt"
	"math/big"

	"github.com/meterchain/meterchain/bindings/anchoredledger"
	"github.com/meterchain/meterchain/internal/anchor"
)

// ProofCall is the calldata of the fraud proof of fault against batch `batch` (header h, parent
// header parent, zero for the first batch): proofs holds the batch's entries, parentState the
// state the batch was built on, log the meters' auth logs. A FaultUnavailable has no proof: the
// watcher demands the data instead.
func ProofCall(al *anchoredledger.AnchoredLedger, h anchor.Header, batch uint64, parent anchor.Header, proofs *anchor.Proofs,
	fault *anchor.Fault, parentState *anchor.State, log anchor.AuthLog, signer anchor.SignerFunc) ([]byte, error) {
	bh := anchoredledger.AnchoredLedgerHeader(h)
	switch fault.Kind {
	case anchor.FaultTransition:
		t, err := proofs.Transition(parentState, fault.Index, log, signer)
		if err != nil {
			return nil, err
		}
		return al.PackProveTransition(bh, batch, anchoredledger.AnchoredLedgerHeader(parent), BindTransition(t)), nil
	case anchor.FaultUnsorted:
		i, a, b, err := proofs.Unsorted(fault.Index)
		if err != nil {
			return nil, err
		}
		return al.PackProveUnsorted(bh, batch, i, anchoredledger.AnchoredLedgerNeighbour(a), anchoredledger.AnchoredLedgerNeighbour(b)), nil
	case anchor.FaultPastCount:
		i, leaf, path, err := proofs.PastCount(fault.Index)
		if err != nil {
			return nil, err
		}
		return al.PackProvePastCount(bh, batch, i, leaf, path), nil
	case anchor.FaultRoot:
		return al.PackProveRoot(bh, batch, anchoredledger.AnchoredLedgerNeighbour(proofs.Root())), nil
	}
	return nil, fmt.Errorf("no fraud proof for a fault of kind %d", fault.Kind)
}

// BindTransition is a transition proof as the binding's struct.
func BindTransition(t anchor.Transition) anchoredledger.AnchoredLedgerTransition {
	return anchoredledger.AnchoredLedgerTransition{Index: t.Index, Reading: anchoredledger.AnchoredLedgerLeaf(t.Reading),
		Prev: anchoredledger.AnchoredLedgerNeighbour(t.Prev), HasAuth: t.HasAuth, AuthIndex: t.AuthIndex,
		OldState: anchoredledger.AnchoredLedgerMeterLeaf(t.OldState), StatePath: t.StatePath, ClosingPaths: t.ClosingPaths}
}

// AnswerCall is the calldata of the answer to demand demandID on batch `batch` (header h):
// leaves from..to-1 of proofs' batch with their paths.
func AnswerCall(al *anchoredledger.AnchoredLedger, h anchor.Header, batch uint64, demandID *big.Int, proofs *anchor.Proofs, from, to uint32) ([]byte, error) {
	leaves, err := proofs.Answer(from, to)
	if err != nil {
		return nil, err
	}
	bound := make([]anchoredledger.AnchoredLedgerLeaf, len(leaves))
	for i, l := range leaves {
		bound[i] = anchoredledger.AnchoredLedgerLeaf(l)
	}
	return al.PackAnswer(anchoredledger.AnchoredLedgerHeader(h), batch, demandID, bound), nil
}
