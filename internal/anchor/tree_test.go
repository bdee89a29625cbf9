package anchor

import (
	"maps"
	"math/rand/v2"
	"runtime"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/internal/reading"
)

func randHash(rng *rand.Rand) common.Hash {
	var h common.Hash
	for i := range h {
		h[i] = byte(rng.Uint32())
	}
	return h
}

func TestReadingsRootMatchesPaths(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{1, 2, 3, 5, 8, 13, 64, 100} {
		leaves := make([]common.Hash, n)
		for i := range leaves {
			leaves[i] = randHash(rng)
		}
		root, err := ReadingsRoot(leaves)
		require.NoError(t, err)
		if n == 1 {
			require.Equal(t, leaves[0], root, "count 1: the root is the leaf")
		}
		paths, root2, err := ReadingsPaths(leaves, n)
		require.NoError(t, err)
		require.Equal(t, root, root2)
		for i, p := range paths {
			require.Len(t, p, Depth(n))
			leaf := common.Hash{}
			if i < n {
				leaf = leaves[i]
			}
			require.Equal(t, root, ReadingsRootFromPath(uint32(i), leaf, p), "leaf %d of %d", i, n)
			if i < n {
				// A changed leaf or a wrong index must not prove the root.
				require.NotEqual(t, root, ReadingsRootFromPath(uint32(i), randHash(rng), p))
				if n > 1 {
					require.NotEqual(t, root, ReadingsRootFromPath(uint32(i^1), leaf, p))
				}
			}
		}
	}
	_, err := ReadingsRoot(nil)
	require.Error(t, err)
	_, err = ReadingsRoot(make([]common.Hash, MaxBatch+1))
	require.Error(t, err)
}

func TestSMTPathsVerify(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	tree := NewSMT()
	require.Equal(t, EmptyRoot, tree.Root())
	require.True(t, VerifyPath(EmptyRoot, 12345, common.Hash{}, tree.Path(12345)))

	final := map[uint32]common.Hash{}
	for i := 0; i < 400; i++ {
		key := rng.Uint32()
		if i%3 == 0 && len(final) > 0 { // overwrite or clear an existing key
			for k := range final {
				key = k
				break
			}
		}
		val := randHash(rng)
		if i%7 == 0 {
			val = common.Hash{}
		}
		tree.Set(key, val)
		if val == (common.Hash{}) {
			delete(final, key)
		} else {
			final[key] = val
		}
		root := tree.Root()
		require.Equal(t, val, tree.Get(key))
		require.True(t, VerifyPath(root, key, val, tree.Path(key)))
		require.False(t, VerifyPath(root, key, randHash(rng), tree.Path(key)))
		empty := rng.Uint32()
		if _, set := final[empty]; !set {
			require.True(t, VerifyPath(root, empty, common.Hash{}, tree.Path(empty)), "empty key %d", empty)
		}
	}
	fresh := NewSMT()
	for k, v := range final {
		fresh.Set(k, v)
	}
	require.Equal(t, fresh.Root(), tree.Root(), "the root depends only on the final contents")
	require.Equal(t, len(final), tree.Len())
	require.Equal(t, max(2*len(final)-1, 0), countNodes(tree.root), "cleared keys leave no nodes: 2n-1 for n keys")
}

func countNodes(n *smtNode) int {
	if n == nil {
		return 0
	}
	return 1 + countNodes(n.kids[0]) + countNodes(n.kids[1])
}

// plainSMT is the sparse Merkle tree as the contract defines it, one node per level and key
// (the layout SMT had): the reference the compressed tree is checked against.
type plainSMT struct {
	levels [SMTDepth + 1]map[uint32]common.Hash
}

func newPlainSMT() *plainSMT {
	t := &plainSMT{}
	for h := range t.levels {
		t.levels[h] = map[uint32]common.Hash{}
	}
	return t
}

func (t *plainSMT) at(h int, idx uint32) common.Hash {
	if v, ok := t.levels[h][idx]; ok {
		return v
	}
	return Zero[h]
}

func (t *plainSMT) put(h int, idx uint32, v common.Hash) {
	if v == Zero[h] {
		delete(t.levels[h], idx)
		return
	}
	t.levels[h][idx] = v
}

func (t *plainSMT) set(key uint32, leaf common.Hash) {
	t.put(0, key, leaf)
	cur, idx := leaf, uint64(key)
	for h := 0; h < SMTDepth; h++ {
		if sib := t.at(h, uint32(idx^1)); idx&1 == 1 {
			cur = node(sib, cur)
		} else {
			cur = node(cur, sib)
		}
		idx >>= 1
		t.put(h+1, uint32(idx), cur)
	}
}

func (t *plainSMT) path(key uint32) (path [SMTDepth]common.Hash) {
	idx := uint64(key)
	for h := range path {
		path[h] = t.at(h, uint32(idx^1))
		idx >>= 1
	}
	return path
}

// TestCompressedSMTMatchesPlainTree: over random sets and clears (keys spread over the whole
// key space, and keys packed close together, as a meter's periods are), the compressed tree has
// the plain tree's root, leaves and paths after every step, and a clone moves on its own.
func TestCompressedSMTMatchesPlainTree(t *testing.T) {
	for _, spread := range []uint32{0, 1 << 8} {
		rng := rand.New(rand.NewPCG(7, uint64(spread)))
		key := func() uint32 {
			if spread == 0 {
				return rng.Uint32()
			}
			return 202_500 + rng.Uint32()%spread
		}
		tree, plain := NewSMT(), newPlainSMT()
		var keys []uint32
		for i := 0; i < 600; i++ {
			k := key()
			if i%4 == 0 && len(keys) > 0 {
				k = keys[rng.IntN(len(keys))]
			}
			val := randHash(rng)
			if i%5 == 0 {
				val = common.Hash{}
			}
			tree.Set(k, val)
			plain.set(k, val)
			keys = append(keys, k)
			require.Equal(t, plain.at(SMTDepth, 0), tree.Root(), "step %d", i)
			for _, q := range []uint32{k, key(), keys[rng.IntN(len(keys))]} {
				require.Equal(t, plain.at(0, q), tree.Get(q))
				require.Equal(t, plain.path(q), tree.Path(q), "path of %d at step %d", q, i)
			}
			require.Equal(t, len(plain.levels[0]), tree.Len())
		}
		c := tree.Clone()
		before := tree.Root()
		c.Set(keys[0], randHash(rng))
		c.Set(keys[1], common.Hash{})
		require.Equal(t, before, tree.Root(), "the clone is independent")
		plain.set(keys[0], c.Get(keys[0]))
		plain.set(keys[1], common.Hash{})
		require.Equal(t, plain.at(SMTDepth, 0), c.Root())
	}
}

// TestStateMemoryPerMeter: a state of meters each with a closed period costs a few hundred
// bytes a meter (the plain layout: 14 KB), so a million meters fit a small server.
func TestStateMemoryPerMeter(t *testing.T) {
	const n = 20_000
	perMeter := func() float64 {
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		st := NewState()
		rng := rand.New(rand.NewPCG(8, 9))
		for range n {
			id := uint64(rng.Uint32())
			st.Accept(reading.Reading{MeterID: id, Seq: 1, Timestamp: 1_767_225_600, ImportWh: 100})
			st.Accept(reading.Reading{MeterID: id, Seq: 2, Timestamp: 1_767_225_600 + 40*86400, ImportWh: 200})
		}
		st.Forget(st.Mark())
		runtime.GC()
		runtime.ReadMemStats(&after)
		runtime.KeepAlive(st)
		return float64(after.HeapAlloc-before.HeapAlloc) / n
	}()
	t.Logf("%.0f bytes a meter", perMeter)
	require.Less(t, perMeter, 2048.0)
}

func BenchmarkSMTSet(b *testing.B) {
	rng := rand.New(rand.NewPCG(5, 6))
	tree := NewSMT()
	for i := 0; i < 100000; i++ { // a tree of 100,000 meters
		tree.Set(rng.Uint32()>>2, randHash(rng))
	}
	keys := make([]uint32, 1024)
	for i := range keys {
		keys[i] = rng.Uint32() >> 2
	}
	val := randHash(rng)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		val[0] = byte(i)
		tree.Set(keys[i%len(keys)], val)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "sets/s")
}

// TestSortedSMTMatchesSets: the tree built bottom-up from sorted keys is the tree a Set per key
// builds (root, every path, size), and takes further Sets and clears alike.
func TestSortedSMTMatchesSets(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for _, n := range []int{1, 2, 3, 17, 500} {
		set := map[uint32]common.Hash{}
		for len(set) < n {
			k := rng.Uint32()
			if n == 17 {
				k = 441_101_000 + uint32(rng.IntN(40)) // dense, as meter ids of one group are
			}
			set[k] = common.Hash{byte(k), byte(k >> 8), 1}
		}
		keys := slices.Sorted(maps.Keys(set))
		leaves := make([]common.Hash, len(keys))
		want := NewSMT()
		for i, k := range keys {
			leaves[i] = set[k]
			want.Set(k, set[k])
		}
		got := sortedSMT(keys, leaves)
		require.Equal(t, want.Root(), got.Root(), "%d keys", n)
		require.Equal(t, want.Len(), got.Len())
		for _, k := range append(keys, rng.Uint32()) {
			require.Equal(t, want.Path(k), got.Path(k), "%d keys, key %d", n, k)
		}
		for _, k := range []uint32{keys[0], keys[len(keys)/2], rng.Uint32()} {
			want.Set(k, common.Hash{9})
			got.Set(k, common.Hash{9})
			require.Equal(t, want.Root(), got.Root())
			want.Set(k, common.Hash{})
			got.Set(k, common.Hash{})
			require.Equal(t, want.Root(), got.Root())
		}
	}
	require.Equal(t, EmptyRoot, sortedSMT(nil, nil).Root())
}
