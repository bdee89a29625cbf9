package store

import (
	"context"
	"encoding/json"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/internal/stored"
)

const meter = 352522395

func open(t *testing.T) *Store {
	t.Helper()
	st, err := Open(filepath.Join(t.TempDir(), "oracle.db"))
	require.NoError(t, err)
	t.Cleanup(func() { st.Close() })
	return st
}

func newReading(seq, ts, imp uint64) NewReading {
	d := reading.Detail{VoltageMV: 230_000, CurrentMA: 1_000, TemperatureMC: -5_000, HumidityBP: 5_000, LatitudeE7: -1, LongitudeE7: 2}
	return NewReading{Reading: reading.Reading{MeterID: meter, Seq: seq, Timestamp: ts, ImportWh: imp, DetailHash: d.Hash()},
		Detail: d, Source: "http", Verified: true, Expected: reading.Accepted, ReceivedAt: time.Now()}
}

func insert(t *testing.T, st *Store, rs ...NewReading) []Insert {
	t.Helper()
	tx, err := st.DB().Begin()
	require.NoError(t, err)
	var out []Insert
	for _, r := range rs {
		ins, err := InsertTx(tx, r)
		require.NoError(t, err)
		out = append(out, ins)
	}
	require.NoError(t, tx.Commit())
	return out
}

func TestInsertIdempotentOnMeterSeq(t *testing.T) {
	st := open(t)
	r := newReading(1, 100, 10)
	first := insert(t, st, r)[0]
	require.False(t, first.Duplicate || first.Conflict)
	again := insert(t, st, r)[0]
	require.True(t, again.Duplicate)
	require.Equal(t, first.ID, again.ID)
	other := r
	other.Reading.ImportWh = 11
	c := insert(t, st, other)[0]
	require.True(t, c.Conflict)
	require.False(t, c.Duplicate)
	counts, err := st.Counts(context.Background())
	require.NoError(t, err)
	require.Equal(t, map[stored.Status]int64{stored.Received: 1}, counts)
}

func TestUint64AndDetailRoundTrip(t *testing.T) {
	st := open(t)
	r := newReading(1<<32-1, 1<<32-1, 1<<63+5)
	r.Reading.ExportWh = 1<<64 - 1
	r.Quality = stored.VoltageOutOfRange | stored.LocationOutOfRange
	var sig reading.Signature
	sig[0], sig[64] = 0xaa, 28
	r.Signature = sig
	id := insert(t, st, r)[0].ID
	got, err := st.Reading(context.Background(), id)
	require.NoError(t, err)
	require.Equal(t, r.Reading, got.Reading)
	require.Equal(t, r.Detail, got.Detail)
	require.Equal(t, sig, got.Signature)
	require.Equal(t, r.Quality, got.Quality)
	require.Equal(t, []string{"voltage_out_of_range", "location_out_of_range"}, got.Quality.Names())
	_, err = st.Reading(context.Background(), id+1)
	require.ErrorIs(t, err, ErrNotFound)
}

func TestMeterReadingsRangeAndPagination(t *testing.T) {
	st := open(t)
	for i := uint64(1); i <= 10; i++ {
		insert(t, st, newReading(i, i*100, i))
	}
	ctx := context.Background()
	rs, err := st.MeterReadings(ctx, meter, 300, 700, 0, 0)
	require.NoError(t, err)
	var ts []uint64
	for _, r := range rs {
		ts = append(ts, r.Reading.Timestamp)
	}
	require.Equal(t, []uint64{300, 400, 500, 600}, ts)
	page, err := st.MeterReadings(ctx, meter, 0, 0, 3, 2)
	require.NoError(t, err)
	require.Len(t, page, 3)
	require.Equal(t, uint64(3), page[0].Reading.Seq)
	none, err := st.MeterReadings(ctx, meter+1, 0, 0, 10, 0)
	require.NoError(t, err)
	require.Empty(t, none)
}

// TestApplyReceiptSettlesAndRequeues: a receipt settles the readings it has outcomes for, puts
// the others of its transaction back in the queue, and applying it again changes nothing.
func TestApplyReceiptSettlesAndRequeues(t *testing.T) {
	st := open(t)
	ctx := context.Background()
	var ids []int64
	for i := uint64(1); i <= 3; i++ {
		ids = append(ids, insert(t, st, newReading(i, i*100, i))[0].ID)
	}
	batch, err := st.NextBatch(ctx, 10)
	require.NoError(t, err)
	require.Len(t, batch, 3)
	tx, err := st.DB().Begin()
	require.NoError(t, err)
	require.NoError(t, MarkSubmittedTx(tx, ids, 7))
	require.NoError(t, tx.Commit())
	held, err := st.SubmittedTxIDs(ctx)
	require.NoError(t, err)
	require.Equal(t, []int64{7}, held)
	batch, err = st.NextBatch(ctx, 10)
	require.NoError(t, err)
	require.Empty(t, batch, "submitted readings are not batched again")

	hash := common.HexToHash("0x1234")
	outcomes := []Outcome{{MeterID: meter, Seq: 1}, {MeterID: meter, Seq: 2, Reason: reading.RegisterRollback}}
	applied, requeued, err := st.ApplyReceipt(ctx, 7, hash, 42, outcomes)
	require.NoError(t, err)
	require.Len(t, applied, 2)
	require.EqualValues(t, 1, requeued)
	r1, _ := st.Reading(ctx, ids[0])
	require.Equal(t, stored.Accepted, r1.Status)
	require.Equal(t, hash, r1.TxHash)
	require.Equal(t, uint64(42), r1.Block)
	r2, _ := st.Reading(ctx, ids[1])
	require.Equal(t, stored.Rejected, r2.Status)
	require.Equal(t, reading.RegisterRollback, r2.Reason)
	r3, _ := st.Reading(ctx, ids[2])
	require.Equal(t, stored.Received, r3.Status)

	applied, requeued, err = st.ApplyReceipt(ctx, 7, hash, 42, outcomes)
	require.NoError(t, err)
	require.Empty(t, applied)
	require.Zero(t, requeued)

	ms, err := st.MeterStatus(ctx, meter)
	require.NoError(t, err)
	require.Equal(t, int64(1), ms.Accepted)
	require.Equal(t, int64(1), ms.Rejected)
	require.Equal(t, int64(1), ms.Received)
	require.Equal(t, uint64(3), ms.Latest.Reading.Seq)
	require.Equal(t, uint64(1), ms.LastAccepted.Reading.Seq)
	require.Equal(t, uint64(2), ms.LastRejected.Reading.Seq)
	js, err := json.Marshal(ms)
	require.NoError(t, err)
	require.Contains(t, string(js), `"reason":"register went backwards"`)
}

func TestMarkSubmittedRefusesReadingsAlreadyTaken(t *testing.T) {
	st := open(t)
	id := insert(t, st, newReading(1, 100, 1))[0].ID
	for _, want := range []bool{true, false} {
		tx, err := st.DB().Begin()
		require.NoError(t, err)
		err = MarkSubmittedTx(tx, []int64{id}, 1)
		if want {
			require.NoError(t, err)
			require.NoError(t, tx.Commit())
		} else {
			require.Error(t, err, "a reading can be in one transaction only")
			require.NoError(t, tx.Rollback())
		}
	}
}

func TestPendingTipAndQuarantine(t *testing.T) {
	st := open(t)
	ctx := context.Background()
	_, ok, err := st.PendingTip(ctx, meter)
	require.NoError(t, err)
	require.False(t, ok)
	r3 := newReading(3, 300, 30)
	r4 := newReading(4, 400, 20)
	r4.Expected = reading.RegisterRollback // predicted rejected: not part of the tip
	insert(t, st, newReading(2, 200, 20), r3, r4)
	tip, ok, err := st.PendingTip(ctx, meter)
	require.NoError(t, err)
	require.True(t, ok)
	require.Equal(t, reading.State{Seq: 3, Timestamp: 300, ImportWh: 30}, tip)

	tx, err := st.DB().Begin()
	require.NoError(t, err)
	m := uint64(meter)
	_, _, err = QuarantineTx(tx, Quarantined{Source: "mqtt", Remote: "meters/352522395/readings", MeterID: &m, Code: "malformed", Message: "x", Raw: []byte("raw")}, QuarantineBounds{})
	require.NoError(t, err)
	_, _, err = QuarantineTx(tx, Quarantined{Source: "http", Remote: "1.2.3.4", Code: "malformed", Message: "y", Raw: []byte{0xff}}, QuarantineBounds{})
	require.NoError(t, err)
	require.NoError(t, tx.Commit())
	all, err := st.QuarantineList(ctx, 0, 10, 0)
	require.NoError(t, err)
	require.Len(t, all, 2)
	mine, err := st.QuarantineList(ctx, meter, 10, 0)
	require.NoError(t, err)
	require.Len(t, mine, 1)
	require.Equal(t, []byte("raw"), mine[0].Raw)
	require.Nil(t, all[0].MeterID)
}
