// Package anchor is the Go mirror of AnchoredLedger (docs/anchored-ledger.md, the anchor spec): the
// reading leaves and readings root of a batch, the sparse Merkle trees of the state, the closing
// rules, batch building for the relayer, the data encoding and blob packing, the watcher's
// re-execution and the fraud proofs it files. Every encoding matches the contract bit for bit.
package anchor

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// MaxBatch mirrors AnchoredLedger.MAX_BATCH: the most readings one batch holds.
const MaxBatch = 1 << 16

// SMTDepth is the depth of the state and closings trees (keys are uint32).
const SMTDepth = 32

// Zero holds the roots of empty subtrees: Zero[0] is an empty leaf, Zero[h+1] = H(Zero[h], Zero[h]).
var Zero = func() (z [SMTDepth + 1]common.Hash) {
	for h := 0; h < SMTDepth; h++ {
		z[h+1] = node(z[h], z[h])
	}
	return z
}()

// EmptyRoot is the root of an empty sparse tree: the genesis state root.
var EmptyRoot = Zero[SMTDepth]

func node(left, right common.Hash) common.Hash {
	var buf [64]byte
	copy(buf[:32], left[:])
	copy(buf[32:], right[:])
	return crypto.Keccak256Hash(buf[:])
}

// Depth is the depth of the readings tree of a batch of count leaves: the smallest d with 2^d ≥ count.
func Depth(count int) int {
	d := 0
	for 1<<d < count {
		d++
	}
	return d
}

// readingsLevels are the levels of the readings tree over leaves, from the leaf level (padded
// with zero leaves to 2^depth) to the root; depth is the tree's, which may exceed Depth(len(leaves))
// (a tree holding leaves past a batch's count).
func readingsLevels(leaves []common.Hash, depth int) [][]common.Hash {
	level := make([]common.Hash, 1<<depth)
	copy(level, leaves)
	levels := [][]common.Hash{level}
	for len(level) > 1 {
		up := make([]common.Hash, len(level)/2)
		for i := range up {
			up[i] = node(level[2*i], level[2*i+1])
		}
		levels = append(levels, up)
		level = up
	}
	return levels
}

// ReadingsRoot is the readings root of a batch's leaves (1 ≤ len ≤ MaxBatch).
func ReadingsRoot(leaves []common.Hash) (common.Hash, error) {
	if len(leaves) == 0 || len(leaves) > MaxBatch {
		return common.Hash{}, fmt.Errorf("readings root of %d leaves: want 1 to %d", len(leaves), MaxBatch)
	}
	levels := readingsLevels(leaves, Depth(len(leaves)))
	return levels[len(levels)-1][0], nil
}

// ReadingsPaths are the paths of every leaf index below 2^Depth(count) in the tree over leaves
// of a batch of count readings (leaves may be longer than count: leaves past the count, as a
// dishonest relayer commits them).
func ReadingsPaths(leaves []common.Hash, count int) ([][]common.Hash, common.Hash, error) {
	if count == 0 || count > MaxBatch {
		return nil, common.Hash{}, fmt.Errorf("readings paths for count %d: want 1 to %d", count, MaxBatch)
	}
	depth := Depth(count)
	if len(leaves) > 1<<depth {
		return nil, common.Hash{}, fmt.Errorf("%d leaves do not fit a tree of depth %d", len(leaves), depth)
	}
	levels := readingsLevels(leaves, depth)
	paths := make([][]common.Hash, 1<<depth)
	for i := range paths {
		path := make([]common.Hash, depth)
		for h := 0; h < depth; h++ {
			path[h] = levels[h][(i>>h)^1]
		}
		paths[i] = path
	}
	return paths, levels[depth][0], nil
}

// ReadingsPath is the path of leaf index in the readings tree of leaves.
func ReadingsPath(leaves []common.Hash, index int) ([]common.Hash, error) {
	paths, _, err := ReadingsPaths(leaves, len(leaves))
	if err != nil {
		return nil, err
	}
	if index < 0 || index >= len(leaves) {
		return nil, fmt.Errorf("readings path of leaf %d of %d", index, len(leaves))
	}
	return paths[index], nil
}

// ReadingsRootFromPath is the root a leaf at index with path proves (siblings from the leaf up).
func ReadingsRootFromPath(index uint32, leaf common.Hash, path []common.Hash) common.Hash {
	h := leaf
	for i, sib := range path {
		if index>>i&1 == 1 {
			h = node(sib, h)
		} else {
			h = node(h, sib)
		}
	}
	return h
}

// SMT is a sparse Merkle tree of depth 32 keyed by uint32, holding only the non-empty nodes:
// memory grows with the keys set, not with the key space.
type SMT struct {
	// levels[h] maps key>>h to the node at height h; a missing node is Zero[h].
	levels [SMTDepth + 1]map[uint32]common.Hash
}

// NewSMT is an empty tree.
func NewSMT() *SMT {
	t := &SMT{}
	for h := range t.levels {
		t.levels[h] = map[uint32]common.Hash{}
	}
	return t
}

func (t *SMT) at(h int, idx uint32) common.Hash {
	if v, ok := t.levels[h][idx]; ok {
		return v
	}
	return Zero[h]
}

func (t *SMT) put(h int, idx uint32, v common.Hash) {
	if v == Zero[h] {
		delete(t.levels[h], idx) // keeps the tree canonical: setting a key back to 0 restores its old shape
		return
	}
	t.levels[h][idx] = v
}

// Get is the leaf at key (zero if unset).
func (t *SMT) Get(key uint32) common.Hash { return t.at(0, key) }

// Set stores leaf at key and rehashes the 32 nodes above it.
func (t *SMT) Set(key uint32, leaf common.Hash) {
	t.put(0, key, leaf)
	cur := leaf
	idx := uint64(key)
	for h := 0; h < SMTDepth; h++ {
		sib := t.at(h, uint32(idx^1))
		if idx&1 == 1 {
			cur = node(sib, cur)
		} else {
			cur = node(cur, sib)
		}
		idx >>= 1
		t.put(h+1, uint32(idx), cur)
	}
}

// Root is the tree's root.
func (t *SMT) Root() common.Hash { return t.at(SMTDepth, 0) }

// Len is the number of keys set (non-zero leaves).
func (t *SMT) Len() int { return len(t.levels[0]) }

// Path is the 32 siblings of key from the leaf level up.
func (t *SMT) Path(key uint32) [SMTDepth]common.Hash {
	var path [SMTDepth]common.Hash
	idx := uint64(key)
	for h := 0; h < SMTDepth; h++ {
		path[h] = t.at(h, uint32(idx^1))
		idx >>= 1
	}
	return path
}

// Clone is an independent copy of t.
func (t *SMT) Clone() *SMT {
	c := &SMT{}
	for h := range t.levels {
		c.levels[h] = make(map[uint32]common.Hash, len(t.levels[h]))
		for k, v := range t.levels[h] {
			c.levels[h][k] = v
		}
	}
	return c
}

// RootFromPath is the root that leaf at key with path proves.
func RootFromPath(key uint32, leaf common.Hash, path [SMTDepth]common.Hash) common.Hash {
	return ReadingsRootFromPath(key, leaf, path[:])
}

// VerifyPath reports whether leaf at key with path proves root.
func VerifyPath(root common.Hash, key uint32, leaf common.Hash, path [SMTDepth]common.Hash) bool {
	return RootFromPath(key, leaf, path) == root
}
