package oracle

import (
	"context"
	"github.com/meterchain/meterchain/internal/chaintx"
	"net/http"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/internal/stored"
)

// TestMonthBoundaryBatch: a meter's first reading in a new month closes a period and costs the
// ledger three times a plain reading, and at midnight on the 1st every meter sends one. A batch
// of them must get the gas it needs: if it ran out of gas, the next batch, already in flight,
// would overtake it and the ledger would log the requeued readings as replays. Each batch is one
// transaction, each reading accepted once, in order.
func TestMonthBoundaryBatch(t *testing.T) {
	var ids []uint64
	for i := range 8 {
		ids = append(ids, 352_522_401+uint64(i))
	}
	f := newFixture(t, ids...)
	cfg := f.config()
	cfg.BatchMax, cfg.BatchInterval = len(ids), time.Hour // full batches only: one per sequence number
	s := f.start(t, cfg, nil)
	now := time.Unix(int64(f.e.Now()), 0).UTC()
	monthStart := uint64(time.Date(now.Year(), now.Month(), 1, 0, 0, 0, 0, time.UTC).Unix())

	post := func(seq, ts uint64) []int64 {
		var got []int64
		for _, id := range ids {
			r, d := newReading(id, seq, ts, 1_000+10*seq, 0) // 10 Wh a minute: plausible
			rep := postReading(t, s, f.seal(t, r, d, nil))
			require.Equal(t, http.StatusAccepted, rep.Code, rep.Body)
			got = append(got, rep.Result.ID)
		}
		return got
	}
	for _, id := range post(1, monthStart-7200) { // last month
		require.Equal(t, stored.Accepted, settled(t, s.Store(), id).Status)
	}
	before := txCount(t, s)
	closing := post(2, monthStart+60) // each closes last month
	plain := post(3, monthStart+120)
	for _, id := range append(closing, plain...) {
		got := settled(t, s.Store(), id)
		require.Equal(t, stored.Accepted, got.Status, "meter %d seq %d: %s", got.Reading.MeterID, got.Reading.Seq, got.Reason)
	}
	require.Equal(t, before+2, txCount(t, s), "one transaction per batch: none ran out of gas")
	acc := ledgerAccepted(t, f)
	for _, id := range ids {
		for seq := uint64(1); seq <= 3; seq++ {
			require.Equal(t, 1, acc[[2]uint64{id, seq}], "meter %d seq %d", id, seq)
		}
	}
}

// TestOutOfGasBatchRequeued: a batch whose gas limit turns out too low reverts on chain; its
// readings go back to the queue and are accepted, once, by a later transaction with more gas.
func TestOutOfGasBatchRequeued(t *testing.T) {
	f := newFixture(t, meterA, meterB)
	s, err := New(f.config(), f.e.Client)
	require.NoError(t, err)
	s.relay.gas.scale = 0.2 // far below what the ledger needs
	require.NoError(t, s.Start(context.Background()))
	t.Cleanup(func() { _ = s.Stop() })
	now := f.e.Now()
	var ids []int64
	for _, id := range []uint64{meterA, meterB} {
		r, d := newReading(id, 1, now-60, 100, 0)
		rep := postReading(t, s, f.seal(t, r, d, nil))
		require.Equal(t, http.StatusAccepted, rep.Code, rep.Body)
		ids = append(ids, rep.Result.ID)
	}
	for _, id := range ids {
		require.Equal(t, stored.Accepted, settled(t, s.Store(), id).Status)
	}
	require.GreaterOrEqual(t, txCount(t, s), 2, "the first batch ran out of gas")
	s.relay.gas.mu.Lock()
	require.Greater(t, s.relay.gas.scale, 0.2, "the model learnt from the revert")
	s.relay.gas.mu.Unlock()
	require.Equal(t, map[[2]uint64]int{{meterA, 1}: 1, {meterB, 1}: 1}, ledgerAccepted(t, f))
}

func TestGasModel(t *testing.T) {
	g := gasModel{scale: 1}
	require.Equal(t, uint64(gasBase+2*gasFirst+4*gasClosing+3*gasPlain), g.limit(gasMix{First: 2, Closing: 4, Plain: 3}))
	require.Equal(t, uint64(chaintx.MaxGas), g.limit(gasMix{First: 1000}), "never above the per-transaction cap")
	plain := gasMix{Plain: 100}
	g.observe(plain, 3_000_000) // the ledger used more than predicted: the model follows
	require.InDelta(t, 3_000_000*1.15, float64(g.limit(plain)), 2)
	before := g.limit(plain)
	g.reverted()
	require.Greater(t, g.limit(plain), before)
}
