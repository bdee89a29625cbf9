package test

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/bindings/anchoredboundaries"
	"github.com/meterchain/meterchain/internal/anchor"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/test/harness"
)

// BenchmarkAnchoredLedger reports, from receipts under mainnet fork rules, what anchoring a batch
// of n readings costs: execution gas per reading with the data in blobs (gas/reading) and the
// blob gas per reading beside it, and gas per reading with the data in calldata (a batch of
// calldataBatch: a bigger one exceeds the pool's transaction size limit). Then the gas of
// each fraud proof against a dishonest batch of that size: a transition (the middle leaf, a
// bad signature accepted), an unsorted pair, a leaf past the count and a root mismatch. Half the
// meters sign with P-256; each meter sends four readings. 3,000 readings take six blobs, the most
// one transaction may carry under Osaka's rules (EIP-7594): 4,000 would take seven.
//
//	go test ./test/ -run '^$' -bench BenchmarkAnchoredLedger -benchtime 1x
func BenchmarkAnchoredLedger(b *testing.B) {
	for _, n := range []int{1_000, 3_000} {
		b.Run(fmt.Sprintf("batch=%d", n), func(b *testing.B) {
			var blobExec, blobGas, calldata float64
			proofs := map[string]float64{}
			for range b.N {
				g := anchoredGas(b, n)
				blobExec, blobGas, calldata = blobExec+g.blobExec, blobGas+g.blobGas, calldata+g.calldata
				for k, v := range g.proofs {
					proofs[k] += v
				}
			}
			per := float64(b.N) * float64(n)
			b.ReportMetric(blobExec/per, "gas/reading")
			b.ReportMetric(blobGas/per, "blobgas/reading")
			b.ReportMetric(calldata/float64(b.N), fmt.Sprintf("calldata-gas/reading@%d", min(n, calldataBatch)))
			for k, v := range proofs {
				b.ReportMetric(v/float64(b.N), "gas/proof-"+k)
			}
			b.ReportMetric(0, "ns/op")
		})
	}
	// A bill on an anchored deployment: proveRegisters for the period's closing (its opening is
	// the previous bill's closing, proven already) and issueBills for one meter; beside it the
	// proof of a period inside a gap (interpolated) and one bill on the verified deployment.
	b.Run("bill-from-anchored", func(b *testing.B) {
		var g billGas
		for range b.N {
			one := anchoredBillGas(b)
			g.proof, g.gapProof, g.bill, g.verifiedBill = g.proof+one.proof, g.gapProof+one.gapProof, g.bill+one.bill, g.verifiedBill+one.verifiedBill
		}
		n := float64(b.N)
		b.ReportMetric((g.proof+g.bill)/n, "gas/bill-from-anchored")
		b.ReportMetric(g.proof/n, "gas/proof-registers")
		b.ReportMetric(g.gapProof/n, "gas/proof-registers-gap")
		b.ReportMetric(g.bill/n, "gas/bill-anchored")
		b.ReportMetric(g.verifiedBill/n, "gas/bill-verified")
		b.ReportMetric(0, "ns/op")
	})
	// The market on an anchored deployment: proveReadings of 100 boundary readings of one final
	// batch of calldataBatch readings in one transaction, and recordReadings of the same 100, per
	// boundary (a trade needs four; two windows share a boundary).
	b.Run("market-boundaries", func(b *testing.B) {
		var prove, record float64
		for range b.N {
			p, r := boundaryGas(b, 100)
			prove, record = prove+p, record+r
		}
		b.ReportMetric(prove/float64(b.N), "gas/boundary-proof")
		b.ReportMetric(record/float64(b.N), "gas/boundary-record")
		b.ReportMetric(0, "ns/op")
	})
}

// boundaryGas is the gas per boundary of proving and recording n boundary readings of one final
// batch of calldataBatch readings (four per meter).
func boundaryGas(b *testing.B, n int) (prove, record float64) {
	b.StopTimer()
	defer b.StartTimer()
	e := harness.New(b, 5)
	a := e.DeployAnchored(anchorWindow, anchorMinBond)
	start := (e.Now() - 86_400) / 900 * 900 // on window boundaries
	var cands []anchor.Candidate
	for i := range calldataBatch / 4 {
		m := a.RegisterMeter(uint64(441_101_001+i), e.Users[3], true, 20_000)
		for seq := uint64(1); seq <= 4; seq++ {
			cands = append(cands, a.Candidate(m, reading.Reading{MeterID: m.ID, Seq: seq, Timestamp: start + 900*seq, ImportWh: 1_000 * seq, ExportWh: 300 * seq}))
		}
	}
	batch := a.Post(e.Users[0], a.Forge(cands, e.Now(), nil), e.Now())
	a.WarpTo(batch.Header.AnchoredAt + anchorWindow)
	proofs, err := anchor.NewProofs(batch.Header, batch.Entries)
	require.NoError(b, err)
	ab := anchoredboundaries.NewAnchoredBoundaries()
	indexes := make([]uint32, n)
	leaves := make([]anchoredboundaries.AnchoredLedgerNeighbour, n)
	records := make([][]byte, n)
	for i := range n {
		leaf, err := proofs.Reading(uint32(i))
		require.NoError(b, err)
		indexes[i], leaves[i] = uint32(i), anchoredboundaries.AnchoredLedgerNeighbour(leaf)
		records[i] = reading.Pack(batch.Entries[i].Reading, reading.Signature{})
	}
	r := e.MustSend(e.Users[1], ab.Instance(e.Client, a.D.AnchoredBoundaries),
		ab.PackProveReadings(anchoredboundaries.AnchoredLedgerHeader(batch.Header), batch.Batch, indexes, leaves))
	prove = float64(r.GasUsed) / float64(n)
	m := e.MarketOf(a.D)
	r = m.Record(e.Users[1], records...)
	require.Empty(b, m.Refused(r))
	require.Len(b, r.Logs, n, "every record taken (ReadingRecorded each)")
	return prove, float64(r.GasUsed) / float64(n)
}

type billGas struct{ proof, gapProof, bill, verifiedBill float64 }

// anchoredBillGas reads two meters from January to May 2025 on both deployments (the second
// silent in March), proves December and January, then measures February's closing proof and
// bill, and the proof of March inside the second meter's gap.
func anchoredBillGas(b *testing.B) billGas {
	b.StopTimer()
	defer b.StartTimer()
	f := newBillFleet(b, 2, rand.New(rand.NewPCG(1, 15)))
	for i, tw := range f.twins {
		imp := uint64(1_000_000)
		for m := time.January; m <= time.May; m++ {
			if i == 1 && m == time.March {
				continue
			}
			for _, d := range []int{3, 17} {
				imp += 150_000
				tw.readings = append(tw.readings, reading.Reading{MeterID: tw.anchored.ID, Seq: uint64(len(tw.readings) + 1),
					Timestamp: uint64(time.Date(2025, m, d, 12, 0, 0, 0, time.UTC).Unix()), ImportWh: imp})
			}
		}
	}
	f.read()
	prove := func(id uint64, period uint32) uint64 {
		rp, err := f.st.RegistersProof(id, period)
		require.NoError(b, err)
		return f.mustProve(f.posted[1], rp, nil).GasUsed
	}
	id := f.twins[0].anchored.ID
	prove(id, 202412)
	prove(id, 202501)
	f.billBoth(id, 202501, gasLog{})
	var g billGas
	g.proof = float64(prove(id, 202502))
	gas := gasLog{}
	issued, _ := f.billBoth(id, 202502, gas)
	require.True(b, issued)
	g.bill, g.verifiedBill = gas.mean("issueBills, 1 bill, anchored"), gas.mean("issueBills, 1 bill, verified")
	g.gapProof = float64(prove(f.twins[1].anchored.ID, 202503))
	return g
}

// calldataBatch is the calldata batch the benchmark measures (the pool's size limit).
const calldataBatch = 500

type anchorGas struct {
	blobExec, blobGas, calldata float64
	proofs                      map[string]float64
}

func anchoredGas(b *testing.B, n int) anchorGas {
	b.StopTimer()
	defer b.StartTimer()
	const perMeter = 4
	f := newAnchoredFleet(b, n/perMeter)
	out := anchorGas{proofs: map[string]float64{}}

	// Blobs, then calldata: two honest batches of n readings each.
	asOf := f.e.Now()
	honest := f.forge(f.round(1, perMeter), asOf, nil)
	p, err := f.a.AnchorBlobs(f.relayer, 0, honest.readingsRoot, honest.stateRoot, honest.count, asOf, f.a.AuthEpoch(), honest.data)
	require.NoError(b, err, f.a.RevertName(err))
	out.blobExec, out.blobGas = float64(p.Receipt.GasUsed), float64(p.Receipt.BlobGasUsed)
	require.Positive(b, p.Receipt.BlobGasUsed)
	f.posted = append(f.posted, p)
	require.Nil(b, f.watch(p, honest.data))

	// A transaction of calldata is at most 128 KiB (geth's pool): ~190 bytes a reading caps a
	// calldata batch near 600 readings, so the calldata batch is the first calldataBatch readings.
	asOf = f.e.Now()
	next := f.forge(f.round(perMeter+1, 2*perMeter)[:min(n, calldataBatch)], asOf, nil)
	p = f.post(next, asOf)
	out.calldata = float64(p.Receipt.GasUsed) / float64(next.count)
	require.Nil(b, f.watch(p, next.data))

	// Four dishonest batches on top, by four relayers; proven newest first, since a void takes
	// the batches after it along.
	f.blobs = true
	liars := []*harness.Account{f.relayer, f.e.Users[2], f.e.Users[3], f.e.Users[4]}
	for _, l := range liars[1:] {
		f.a.Bond(l, anchorMinBond)
	}
	cands := f.round(2*perMeter+1, 3*perMeter)
	mid := len(cands) / 2
	cands[mid] = f.a.Candidate(strangerOf(b, f.meterOf(cands[mid].Reading.MeterID)), cands[mid].Reading)
	asOf = f.e.Now()
	transition := f.forge(cands, asOf, map[int]reading.Reason{mid: reading.Accepted})
	swapped := slices.Clone(cands)
	swapped[mid], swapped[mid+1] = swapped[mid+1], swapped[mid]
	unsorted := f.forge(swapped, asOf, nil)
	pastCount := f.forge(cands, asOf, nil)
	pastCount.count--
	pastCount.stateRoot = pastCount.entries[pastCount.count-1].StateRootAfter
	root := f.forge(cands, asOf, nil)
	root.stateRoot = common.Hash{0xba, 0xd}
	lies := []struct {
		name  string
		b     *forged
		kind  anchor.FaultKind
		index uint32
	}{
		{"transition", transition, anchor.FaultTransition, uint32(mid)},
		{"unsorted", unsorted, anchor.FaultUnsorted, uint32(mid)},
		{"past-count", pastCount, anchor.FaultPastCount, pastCount.count},
		{"root", root, anchor.FaultRoot, root.count - 1},
	}
	var posted []harness.Posted
	for i, l := range lies {
		f.relayer = liars[i]
		posted = append(posted, f.post(l.b, asOf))
	}
	for i := len(lies) - 1; i >= 0; i-- {
		l := lies[i]
		r, err := f.prove(posted[i], l.b.entries, &anchor.Fault{Kind: l.kind, Index: l.index})
		require.NoError(b, err, "%s: %s", l.name, f.a.RevertName(err))
		require.Equal(b, types.ReceiptStatusSuccessful, r.Status)
		require.Len(b, f.a.Voided(r), 1, l.name)
		out.proofs[l.name] = float64(r.GasUsed)
	}
	return out
}

func (f *anchoredFleet) meterOf(id uint64) *harness.Meter {
	for _, m := range f.meters {
		if m.ID == id {
			return m
		}
	}
	panic(fmt.Sprintf("meter %d", id))
}
