package anchor

import (
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"
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
	for h := range tree.levels {
		require.Equal(t, len(fresh.levels[h]), len(tree.levels[h]), "cleared keys leave no nodes at height %d", h)
	}
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
