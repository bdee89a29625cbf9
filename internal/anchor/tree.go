// Package anchor is the Go mirror of AnchoredLedger (docs/anchored-ledger.md, the anchor spec): the
// reading leaves and readings root of a batch, the sparse Merkle trees of the state, the closing
// rules, batch building for the relayer, the data encoding and blob packing, the watcher's
// re-execution and the fraud proofs it files. Every encoding matches the contract bit for bit.
package anchor

import (
	"fmt"
	"math/bits"
	"sort"

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

// SMT is a sparse Merkle tree of depth 32 keyed by uint32, stored compressed: its leaves and
// only the nodes where both sides hold leaves (a branch), each branch's children reached across
// the empty levels between them. A tree of n keys holds 2n-1 nodes whatever the keys: one node
// per level and key (the plain layout) cost 14 KB a meter, a state of a million meters 14 GB.
// The hashes are the plain tree's: an empty subtree at height h is Zero[h].
type SMT struct {
	root *smtNode // nil: empty
	hash common.Hash
	n    int
}

// smtNode is a leaf (h 0) or a branch at height h, whose two children (at lower heights) are
// both non-empty.
type smtNode struct {
	h    uint8
	key  uint32      // a leaf's key; a branch's: its first leaf's (the bits above h are the branch's)
	hash common.Hash // the node's hash at its height
	kids [2]*smtNode
	up   [2]common.Hash // each child's hash raised to height h-1 across the empty levels
}

// NewSMT is an empty tree.
func NewSMT() *SMT { return &SMT{hash: EmptyRoot} }

// raise is n's subtree hashed up to height to: at each level above n, beside it, is an empty
// subtree.
func raise(n *smtNode, to int) common.Hash {
	cur := n.hash
	for l := int(n.h); l < to; l++ {
		if n.key>>l&1 == 1 {
			cur = node(Zero[l], cur)
		} else {
			cur = node(cur, Zero[l])
		}
	}
	return cur
}

// contains reports whether key is in n's subtree.
func (n *smtNode) contains(key uint32) bool { return bits.Len32(key^n.key) <= int(n.h) }

func (n *smtNode) side(key uint32) uint32 { return key >> (n.h - 1) & 1 }

// rehash recomputes the branch's hash after child b changed.
func (n *smtNode) rehash(b uint32) {
	n.up[b] = raise(n.kids[b], int(n.h)-1)
	n.hash = node(n.up[0], n.up[1])
}

// join is the branch over a and b (disjoint subtrees): at the height where their keys meet.
func join(a, b *smtNode) *smtNode {
	br := &smtNode{h: uint8(bits.Len32(a.key ^ b.key)), key: a.key}
	sa := br.side(a.key)
	br.kids[sa], br.kids[1-sa] = a, b
	br.up[sa], br.up[1-sa] = raise(a, int(br.h)-1), raise(b, int(br.h)-1)
	br.hash = node(br.up[0], br.up[1])
	return br
}

// sortedSMT is the tree of keys (strictly ascending) and their non-zero leaves, built bottom-up:
// each node hashed once, where a Set per key hashes the 32 levels above it every time.
func sortedSMT(keys []uint32, leaves []common.Hash) *SMT {
	t := NewSMT()
	if len(keys) > 0 {
		t.root, t.n = sortedNode(keys, leaves, true), len(keys)
		t.hash = raise(t.root, SMTDepth)
	}
	return t
}

// sortedRoot is sortedSMT's root without keeping the tree.
func sortedRoot(keys []uint32, leaves []common.Hash) common.Hash {
	if len(keys) == 0 {
		return EmptyRoot
	}
	return raise(sortedNode(keys, leaves, false), SMTDepth)
}

// sortedNode is the subtree of keys (strictly ascending, one subtree's); link false drops the
// children once hashed.
func sortedNode(keys []uint32, leaves []common.Hash, link bool) *smtNode {
	if len(keys) == 1 {
		return &smtNode{key: keys[0], hash: leaves[0]}
	}
	h := bits.Len32(keys[0] ^ keys[len(keys)-1]) // the highest bit the keys differ in: the branch's
	mid := sort.Search(len(keys), func(i int) bool { return keys[i]>>(h-1)&1 == 1 })
	kids := [2]*smtNode{sortedNode(keys[:mid], leaves[:mid], link), sortedNode(keys[mid:], leaves[mid:], link)}
	br := &smtNode{h: uint8(h), key: keys[0]}
	br.up[0], br.up[1] = raise(kids[0], h-1), raise(kids[1], h-1)
	br.hash = node(br.up[0], br.up[1])
	if link {
		br.kids = kids
	}
	return br
}

// Get is the leaf at key (zero if unset).
func (t *SMT) Get(key uint32) common.Hash {
	for n := t.root; n != nil && n.contains(key); n = n.kids[n.side(key)] {
		if n.h == 0 {
			return n.hash
		}
	}
	return common.Hash{}
}

// Set stores leaf at key (zero: clears it) and rehashes the 32 levels above it.
func (t *SMT) Set(key uint32, leaf common.Hash) {
	if leaf == (common.Hash{}) {
		t.root = t.clear(t.root, key)
	} else {
		t.root = t.set(t.root, key, leaf)
	}
	t.hash = EmptyRoot
	if t.root != nil {
		t.hash = raise(t.root, SMTDepth)
	}
}

func (t *SMT) set(n *smtNode, key uint32, leaf common.Hash) *smtNode {
	switch {
	case n == nil:
		t.n++
		return &smtNode{key: key, hash: leaf}
	case !n.contains(key):
		t.n++
		return join(n, &smtNode{key: key, hash: leaf})
	case n.h == 0:
		n.hash = leaf
		return n
	}
	b := n.side(key)
	n.kids[b] = t.set(n.kids[b], key, leaf)
	n.rehash(b)
	return n
}

func (t *SMT) clear(n *smtNode, key uint32) *smtNode {
	switch {
	case n == nil || !n.contains(key):
		return n
	case n.h == 0:
		t.n--
		return nil
	}
	b := n.side(key)
	kid := t.clear(n.kids[b], key)
	if kid == nil {
		return n.kids[1-b] // one side left: no branch here any more
	}
	n.kids[b] = kid
	n.rehash(b)
	return n
}

// Root is the tree's root.
func (t *SMT) Root() common.Hash { return t.hash }

// Len is the number of keys set (non-zero leaves).
func (t *SMT) Len() int { return t.n }

// Path is the 32 siblings of key from the leaf level up.
func (t *SMT) Path(key uint32) [SMTDepth]common.Hash {
	var path [SMTDepth]common.Hash
	copy(path[:], Zero[:SMTDepth])
	for n := t.root; n != nil; {
		if d := bits.Len32(key ^ n.key); d > int(n.h) {
			path[d-1] = raise(n, d-1) // key's side is empty down from here; n is beside it at d-1
			break
		}
		if n.h == 0 {
			break
		}
		b := n.side(key)
		path[n.h-1] = n.up[1-b]
		n = n.kids[b]
	}
	return path
}

// Clone is an independent copy of t.
func (t *SMT) Clone() *SMT {
	var clone func(*smtNode) *smtNode
	clone = func(n *smtNode) *smtNode {
		if n == nil {
			return nil
		}
		c := *n
		c.kids[0], c.kids[1] = clone(n.kids[0]), clone(n.kids[1])
		return &c
	}
	return &SMT{root: clone(t.root), hash: t.hash, n: t.n}
}

// RootFromPath is the root that leaf at key with path proves.
func RootFromPath(key uint32, leaf common.Hash, path [SMTDepth]common.Hash) common.Hash {
	return ReadingsRootFromPath(key, leaf, path[:])
}

// VerifyPath reports whether leaf at key with path proves root.
func VerifyPath(root common.Hash, key uint32, leaf common.Hash, path [SMTDepth]common.Hash) bool {
	return RootFromPath(key, leaf, path) == root
}
