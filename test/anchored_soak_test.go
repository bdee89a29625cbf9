package test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/internal/anchor"
	"github.com/meterchain/meterchain/internal/anchorchain"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/test/harness"
)

// TestAnchoredSoakDishonestRelayers: relayers that turn dishonest at random rounds (each lies
// once, in a random way, and is slashed for it), an honest relayer that anchors whatever is
// pending on the standing chain, and a watcher killed and restarted at random. At the end every
// lying batch is voided (so none became final), only lies and batches built on them are voided,
// every signed reading is in a standing batch, accepted, and the final state is the one the
// readings give — nothing lost, nothing counted twice — and every watcher instance agrees.
func TestAnchoredSoakDishonestRelayers(t *testing.T) {
	for _, seed := range []uint64{1, 2} {
		t.Run(fmt.Sprintf("seed=%d", seed), func(t *testing.T) { anchoredSoak(t, seed) })
	}
}

func anchoredSoak(t *testing.T, seed uint64) {
	const (
		meters = 4
		rounds = 24
		liars  = 4
	)
	rng := rand.New(rand.NewPCG(seed, 15))
	f := newAnchoredFleetUsers(t, meters, 5+liars)
	honest := f.relayer
	var dishonest []*harness.Account
	lieAt := map[int]int{} // round → liar index
	for i := range liars {
		d := f.e.Users[5+i]
		f.a.Bond(d, anchorMinBond)
		dishonest = append(dishonest, d)
		for {
			r := 2 + rng.IntN(rounds-4)
			if _, taken := lieAt[r]; !taken {
				lieAt[r] = i
				break
			}
		}
	}
	rd, err := anchorchain.NewReader(f.e.Client, f.a.Addr)
	require.NoError(t, err)
	w := f.newWatcher()
	restarts := 0
	var signed []anchor.Candidate // every reading the meters signed, in order
	lies := map[uint64]string{}   // lying batch → what it lied about
	seq := uint64(0)

	for round := range rounds {
		seq++
		for _, m := range f.meters {
			signed = append(signed, f.a.Candidate(m, f.reading(m, seq)))
		}
		// The standing chain as any relayer sees it: state, tip and what is still pending.
		st, chain, err := rd.Replay(context.Background(), 0, f.head(), 1_000)
		require.NoError(t, err)
		f.st = st
		pending := pendingOf(signed, chain)
		if len(pending) == 0 {
			continue
		}
		asOf := f.e.Now()
		if i, ok := lieAt[round]; ok {
			b, what := f.randomLie(rng, pending, asOf)
			f.relayer = dishonest[i]
			p := f.post(b, asOf)
			lies[p.Batch] = what
			t.Logf("round %d: batch %d lies (%s)", round, p.Batch, what)
			if rng.IntN(2) == 0 {
				// An honest relayer that did not check builds on the lie before the watcher acts.
				f.relayer = honest
				if rest := pendingAfter(pending, b); len(rest) > 0 {
					asOf := f.e.Now()
					f.post(f.forge(rest, asOf, nil), asOf)
				}
			}
		} else {
			f.relayer = honest
			f.honest(pending)
		}
		if rng.IntN(5) == 0 {
			w = f.newWatcher() // killed and restarted: it replays the chain
			restarts++
		}
		require.NoError(t, w.Step(context.Background()))
		require.NoError(t, w.Step(context.Background())) // the Voided log of its own proof
		f.a.Warp(time.Duration(30+rng.IntN(60)) * time.Second)
	}
	// Drain: the honest relayer anchors what is left; the watcher catches up.
	for range 3 {
		st, chain, err := rd.Replay(context.Background(), 0, f.head(), 1_000)
		require.NoError(t, err)
		f.st = st
		if pending := pendingOf(signed, chain); len(pending) > 0 {
			f.relayer = honest
			f.honest(pending)
		}
		require.NoError(t, w.Step(context.Background()))
		require.NoError(t, w.Step(context.Background()))
	}

	st, chain, err := rd.Replay(context.Background(), 0, f.head(), 1_000)
	require.NoError(t, err)
	require.Len(t, lies, liars)
	for batch, what := range lies {
		require.True(t, f.a.IsVoided(batch), "lying batch %d (%s) voided", batch, what)
	}
	for _, b := range chain {
		_, lied := lies[b.Number]
		require.False(t, lied, "a lying batch stands: %d", b.Number)
	}
	require.Empty(t, pendingOf(signed, chain), "every signed reading is in a standing batch")
	// The standing batches, re-executed honestly from genesis, reproduce every root: the state
	// consumers read is the rules' state of the signed readings.
	honestState := anchor.NewState()
	accepted := 0
	for _, b := range chain {
		require.Nil(t, anchor.Verify(honestState, b.Header, b.Entries, anchor.AuthFromLog(f.a.AuthLog, b.Header.AuthEpoch), anchor.Signer(f.a.Domain())),
			"standing batch %d is honest", b.Number)
		for _, e := range b.Entries {
			if e.Verdict == reading.Accepted {
				accepted++
			}
		}
	}
	require.Equal(t, len(signed), accepted, "each signed reading accepted exactly once")
	require.Equal(t, st.Root(), honestState.Root())
	require.Equal(t, st.Root(), w.StateRoot(), "the watcher agrees")
	for _, m := range f.meters {
		require.Equal(t, seq, st.Meter(m.ID).Seq)
	}
	t.Logf("seed %d: %d rounds, %d readings, %d lies voided, %d standing batches, %d watcher restarts, %d proofs by the last watcher",
		seed, rounds, len(signed), len(lies), len(chain), restarts, w.Stats.Proven.Load())
}

// pendingOf is the signed readings not in any standing batch, in signing order.
func pendingOf(signed []anchor.Candidate, chain []anchorchain.Batch) []anchor.Candidate {
	in := map[[2]uint64]bool{}
	for _, b := range chain {
		for _, e := range b.Entries {
			in[[2]uint64{e.Reading.MeterID, e.Reading.Seq}] = true
		}
	}
	var out []anchor.Candidate
	for _, c := range signed {
		if !in[[2]uint64{c.Reading.MeterID, c.Reading.Seq}] {
			out = append(out, c)
		}
	}
	return out
}

// pendingAfter is pending without the readings of batch b.
func pendingAfter(pending []anchor.Candidate, b *forged) []anchor.Candidate {
	in := map[[2]uint64]bool{}
	for _, e := range b.entries {
		in[[2]uint64{e.Reading.MeterID, e.Reading.Seq}] = true
	}
	return slices.DeleteFunc(slices.Clone(pending), func(c anchor.Candidate) bool { return in[[2]uint64{c.Reading.MeterID, c.Reading.Seq}] })
}

// randomLie forges a batch of the pending readings (sorted as a batch is) that breaks one rule, chosen
// at random.
func (f *anchoredFleet) randomLie(rng *rand.Rand, pending []anchor.Candidate, asOf uint64) (*forged, string) {
	cands := slices.Clone(pending)
	slices.SortFunc(cands, func(a, b anchor.Candidate) int {
		if a.Reading.MeterID != b.Reading.MeterID {
			return cmpU(a.Reading.MeterID, b.Reading.MeterID)
		}
		return cmpU(a.Reading.Seq, b.Reading.Seq)
	})
	at := rng.IntN(len(cands))
	switch rng.IntN(5) {
	case 0:
		cands[at] = f.a.Candidate(strangerOf(f.t, f.meterOf(cands[at].Reading.MeterID)), cands[at].Reading)
		return f.forge(cands, asOf, map[int]reading.Reason{at: reading.Accepted}), "a stranger's signature accepted"
	case 1:
		return f.forge(cands, asOf, map[int]reading.Reason{at: reading.BadSignature}), "a valid reading rejected"
	case 2:
		b := f.forge(cands, asOf, nil)
		b.entries[at].StateRootAfter = common.Hash{0xba, 0xd, byte(at)}
		b.seal()
		return b, "a wrong state root"
	case 3:
		b := f.forge(cands, asOf, nil)
		b.stateRoot = common.Hash{0xba, 0xd}
		return b, "a header state root not the last leaf's"
	default:
		if len(cands) < 2 {
			return f.forge(cands, asOf, map[int]reading.Reason{at: reading.BadSignature}), "a valid reading rejected"
		}
		i := rng.IntN(len(cands) - 1)
		cands[i], cands[i+1] = cands[i+1], cands[i]
		return f.forge(cands, asOf, nil), "unsorted leaves"
	}
}

func cmpU(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// head is the chain's newest block number.
func (f *anchoredFleet) head() uint64 {
	f.t.Helper()
	n, err := f.e.Client.BlockNumber(f.e.Ctx)
	require.NoError(f.t, err)
	return n
}
