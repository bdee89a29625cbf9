package test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/bindings"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/test/harness"
)

// BenchmarkReadingLedger reports gas per reading from receipts, under mainnet fork rules, for
// batches of distinct meters in both encodings, for secp256k1 meters and (the -p256 runs) P-256
// meters verified through the P256VERIFY precompile. gas/reading is the steady state (each meter's
// second reading: its state slot already exists); gas/first-reading includes creating the slot
// and the baseline closing record. The ABI form stops at 100: 500 ABI records exceed the
// txpool's 128 KiB transaction size limit, 500 packed ones (68 KiB) do not. The ocmf runs submit
// OCMF records (a ~570-byte charger payload with two RD entries, decoded and verified on chain:
// docs/ocmf.md) for secp256k1 and P-256 meters; gas/record is again the steady state.
//
//	go test ./test/ -run '^$' -bench BenchmarkReadingLedger -benchtime 1x
func BenchmarkReadingLedger(b *testing.B) {
	for _, enc := range []string{"packed", "abi", "packed-p256", "abi-p256"} {
		for _, n := range []int{1, 100, 500} {
			if strings.HasPrefix(enc, "abi") && n > 100 {
				continue
			}
			b.Run(fmt.Sprintf("%s/batch=%d", enc, n), func(b *testing.B) {
				var first, steady, closing float64
				for range b.N {
					f, s, c := ledgerGas(b, enc, n)
					first, steady, closing = first+f, steady+s, closing+c
				}
				b.ReportMetric(steady/float64(b.N), "gas/reading")
				b.ReportMetric(first/float64(b.N), "gas/first-reading")
				b.ReportMetric(closing/float64(b.N), "gas/period-closing-reading")
				b.ReportMetric(0, "ns/op")
			})
		}
	}
	for _, curve := range []string{"ocmf", "ocmf-p256"} {
		for _, n := range []int{1, 20} {
			b.Run(fmt.Sprintf("%s/batch=%d", curve, n), func(b *testing.B) {
				var first, steady float64
				for range b.N {
					f, s := ocmfGas(b, curve == "ocmf-p256", n)
					first, steady = first+f, steady+s
				}
				b.ReportMetric(steady/float64(b.N), "gas/record")
				b.ReportMetric(first/float64(b.N), "gas/first-record")
				b.ReportMetric(0, "ns/op")
			})
		}
	}
}

// ocmfGas registers n OCMF meters and submits each meter's first and second record as two
// batches; it returns gas per record of each.
func ocmfGas(b *testing.B, p256 bool, n int) (first, steady float64) {
	b.StopTimer()
	e := harness.New(b, 1)
	now := time.Unix(int64(e.Now()), 0).UTC().In(time.FixedZone("CET", 3600))
	meters := make([]*ocmfMeter, n)
	for i := range meters {
		meters[i] = registerOcmfMeter(e, uint64(300_001_001+i), p256)
	}
	batch := func(seq uint64, end time.Time, wh uint64) float64 {
		payloads, sigs := make([][]byte, n), make([][]byte, n)
		for i, m := range meters {
			payloads[i] = ocmfPayload(m, session{seq: seq, start: end.Add(-30 * time.Minute), end: end, startWh: wh - 1_000, endWh: wh})
			sigs[i] = ocmfSign(b, payloads[i], m.Key)
		}
		b.StartTimer()
		rc := submitOcmf(e, payloads, sigs)
		b.StopTimer()
		out := e.Outcomes(rc)
		require.Len(b, out, n)
		for _, o := range out {
			require.Equal(b, reading.Accepted, o.Reason)
		}
		return float64(rc.GasUsed) / float64(n)
	}
	first = batch(1, now.Add(-2*time.Hour), 10_000)
	steady = batch(2, now.Add(-time.Hour), 20_000)
	return first, steady
}

// ledgerGas registers n meters, submits their first and second readings in one month and a third
// in the next month (it closes the period: one more storage slot and a PeriodClosed log) as three
// batches and returns gas per reading of each batch.
func ledgerGas(b *testing.B, enc string, n int) (first, steady, closing float64) {
	b.StopTimer()
	e := harness.New(b, 1)
	now := e.Now()
	p256 := strings.HasSuffix(enc, "-p256")
	meters := make([]*harness.Meter, n)
	for i := range meters {
		if p256 {
			meters[i] = e.RegisterP256Meter(uint64(300_001_001+i), e.Users[0], false, 10_000)
		} else {
			meters[i] = e.RegisterMeter(uint64(300_001_001+i), e.Users[0], false, 10_000)
		}
	}
	batch := func(seq, ts, imp uint64) float64 {
		rs := make([]reading.Reading, n)
		records := make([][]byte, n) // packed records
		sigs := make([][]byte, n)    // ABI signatures
		for i, m := range meters {
			rs[i] = newReading(m.ID, seq, ts, imp, 0)
			records[i] = e.Record(m, rs[i])
			if p256 {
				sigs[i] = records[i][72:] // r, s, x, y: submit's P-256 signature
			} else {
				k1 := e.Sign(m, rs[i])
				sigs[i] = k1[:]
			}
		}
		chunk := n
		if seq != 2 && chunk > firstChunk {
			chunk = firstChunk
		}
		var gas uint64
		accepted := 0
		for lo := 0; lo < n; lo += chunk {
			hi := min(lo+chunk, n)
			b.StartTimer()
			var rc *types.Receipt
			if strings.HasPrefix(enc, "packed") {
				rc = e.SubmitRecords(records[lo:hi]...)
			} else {
				abiRs := make([]bindings.ReadingLedgerReading, 0, hi-lo)
				for i := lo; i < hi; i++ {
					abiRs = append(abiRs, toABI(rs[i]))
				}
				rc = e.MustSend(e.Relayer, e.Ledger, e.LedgerABI.PackSubmit(abiRs, sigs[lo:hi]))
			}
			b.StopTimer()
			gas += rc.GasUsed
			for _, o := range e.Outcomes(rc) {
				if o.Reason == reading.Accepted {
					accepted++
				}
			}
		}
		require.Equal(b, n, accepted)
		return float64(gas) / float64(n)
	}
	// The chain's clock is the wall clock: the first two readings go into the previous month.
	t := time.Unix(int64(now), 0).UTC()
	lastMonth := uint64(time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC).Unix()) - 3600
	first = batch(1, lastMonth-900, 1_000)
	steady = batch(2, lastMonth, 1_500)
	closing = batch(3, now, 2_000)
	return first, steady, closing
}

// firstChunk bounds a batch of first readings: each creates two storage slots (~60k gas), so
// 500 of them would pass the 16,777,216 per-transaction gas cap.
const firstChunk = 200
