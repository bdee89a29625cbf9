package devnet

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// Reorg rewinds the canonical chain by depth blocks (the soak's reorg injector). The transaction
// pool re-injects the transactions of the dropped blocks and the next sealed blocks are built on
// the common ancestor with later timestamps, so the same heights get different hashes: a real
// reorg as JSON-RPC clients see it. It returns the hash that was canonical at ancestor+1, so the
// caller can check that it was replaced.
func (n *Node) Reorg(depth uint64) (dropped common.Hash, ancestor uint64, err error) {
	if depth == 0 {
		return common.Hash{}, 0, errors.New("devnet: reorg depth must be at least 1")
	}
	n.sealMu.Lock() // not under a block being sealed: that would put the old head back
	defer n.sealMu.Unlock()
	chain := n.eth.BlockChain()
	head := chain.CurrentBlock().Number.Uint64()
	if head <= depth {
		return common.Hash{}, 0, fmt.Errorf("devnet: chain of %d blocks is too short for a %d-block reorg", head, depth)
	}
	ancestor = head - depth
	parent := chain.GetBlockByNumber(ancestor)
	old := chain.GetHeaderByNumber(ancestor + 1)
	if parent == nil || old == nil {
		return common.Hash{}, 0, fmt.Errorf("devnet: block %d not found", ancestor)
	}
	if _, err := chain.SetCanonical(parent); err != nil {
		return common.Hash{}, 0, fmt.Errorf("devnet: rewind to block %d: %w", ancestor, err)
	}
	return old.Hash(), ancestor, nil
}

// CanonicalHash is the hash of the canonical block at number (zero if none).
func (n *Node) CanonicalHash(number uint64) common.Hash {
	h := n.eth.BlockChain().GetHeaderByNumber(number)
	if h == nil {
		return common.Hash{}
	}
	return h.Hash()
}
