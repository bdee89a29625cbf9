package anchor

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/internal/reading"
)

// randomState is meters with `perMeter` readings each, 15 minutes to four months apart (read
// and estimated closings), in random interleaving; it returns the readings in the order applied.
func randomState(rng *rand.Rand, meters, perMeter int) (*State, []reading.Reading) {
	st := NewState()
	type cursor struct {
		id, seq, ts, imp uint64
	}
	cur := make([]*cursor, meters)
	for i := range cur {
		cur[i] = &cursor{id: 100_000_000 + uint64(i)*1_000 + uint64(rng.IntN(1_000)), ts: 1_735_689_600 + uint64(rng.IntN(86_400*30)), imp: uint64(rng.IntN(1e6))}
	}
	var applied []reading.Reading
	for left := meters * perMeter; left > 0; left-- {
		i := rng.IntN(len(cur))
		c := cur[i]
		if c.seq == uint64(perMeter) {
			left++
			cur = append(cur[:i], cur[i+1:]...)
			continue
		}
		c.seq++
		if rng.IntN(4) == 0 {
			c.ts += uint64(rng.IntN(120*86_400)) + 900
		} else {
			c.ts += 900
		}
		c.imp += uint64(rng.IntN(2_000))
		r := reading.Reading{MeterID: c.id, Seq: c.seq, Timestamp: c.ts, ImportWh: c.imp, ExportWh: c.imp / 3}
		st.Accept(r)
		applied = append(applied, r)
	}
	return st, applied
}

// roundTrip writes st's snapshot and reads it back.
func roundTrip(t *testing.T, st *State) (*State, []byte) {
	t.Helper()
	var buf bytes.Buffer
	root, err := st.WriteSnapshot(&buf)
	require.NoError(t, err)
	back, err := ReadSnapshot(bytes.NewReader(buf.Bytes()))
	require.NoError(t, err)
	require.Equal(t, root, back.Root())
	return back, buf.Bytes()
}

// requireSameState: the same root, and per meter the same leaf, state path and registers proof of
// every period from its baseline through its last closed one.
func requireSameState(t *testing.T, want, got *State) {
	t.Helper()
	require.Equal(t, want.Root(), got.Root())
	require.Equal(t, len(want.byMeter), len(got.byMeter))
	for id, m := range want.byMeter {
		require.Equal(t, m.last, got.Meter(id), "meter %d", id)
		wp, err := want.MeterPath(id)
		require.NoError(t, err)
		gp, err := got.MeterPath(id)
		require.NoError(t, err)
		require.Equal(t, wp, gp, "meter %d", id)
		first, last := m.records[0].Period, m.records[len(m.records)-1].Period
		for p := first; p <= last; p = reading.NextPeriod(p) {
			wr, werr := want.RegistersProof(id, p)
			gr, gerr := got.RegistersProof(id, p)
			require.Equal(t, werr, gerr, "meter %d period %d", id, p)
			require.Equal(t, wr, gr, "meter %d period %d", id, p)
			if werr == nil { // a meter a rule-breaking final batch left odd may not verify: alike, then
				require.Equal(t, wr.Verify(want.Root()), gr.Verify(got.Root()), "meter %d period %d", id, p)
			}
		}
	}
}

// TestStateSnapshotRoundTrip: a snapshot read back is the same state (root, leaves, paths,
// registers proofs) and takes readings as the original does; the encoding is deterministic; a
// state with readings journalled is written as its journal's start, the state unchanged.
func TestStateSnapshotRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	st, applied := randomState(rng, 300, 12)
	// A final batch that broke the rules (nobody proved it) can leave a meter with periods
	// closed out of order: the state is what the chain holds, and so is its snapshot.
	stale := applied[len(applied)-1]
	stale.Seq++
	stale.Timestamp -= 200 * 86_400
	st.Accept(stale)
	st.Forget(st.Mark())
	estimated := 0
	for _, m := range st.byMeter {
		for _, c := range m.records {
			if c.Estimated {
				estimated++
			}
		}
	}
	require.Positive(t, estimated, "the state has gaps")
	back, enc := roundTrip(t, st)
	requireSameState(t, st, back)
	_, again := roundTrip(t, back)
	require.Equal(t, enc, again, "one state, one encoding")

	// Both take the same next readings to the same root, and roll them back alike.
	var next reading.Reading
	for id, m := range st.byMeter {
		next = reading.Reading{MeterID: id, Seq: m.last.Seq + 1, Timestamp: m.last.Timestamp + 40*86_400, ImportWh: m.last.ImportWh + 1}
		break
	}
	st.Accept(next)
	back.Accept(next)
	require.Equal(t, st.Root(), back.Root())

	// Journalled readings (batches not final yet) are left out; the state itself is untouched.
	jst, applied := randomState(rand.New(rand.NewPCG(3, 4)), 50, 6)
	final := len(applied) / 2
	jst.Forget(final)
	tip := jst.Root()
	written, enc := roundTrip(t, jst)
	require.Equal(t, tip, jst.Root(), "writing does not change the state")
	require.Equal(t, len(applied)-final, jst.Mark(), "nor its journal")
	for _, r := range applied[final:] {
		written.Accept(r)
	}
	require.Equal(t, tip, written.Root(), "the snapshot and the journalled readings are the tip")
	require.NoError(t, jst.RollbackTo(0))
	base, err := ReadSnapshot(bytes.NewReader(enc))
	require.NoError(t, err)
	requireSameState(t, jst, base)
	_, again = roundTrip(t, jst)
	require.Equal(t, enc, again, "the journal's start, byte for byte")
}

// TestStateSnapshotRefusesCorruption: a truncated, altered, foreign or newer-version file is
// refused with ErrSnapshotCorrupt, and so is one whose checksum holds but whose contents do not
// rebuild the root written with it.
func TestStateSnapshotRefusesCorruption(t *testing.T) {
	st, _ := randomState(rand.New(rand.NewPCG(5, 6)), 40, 5)
	st.Forget(st.Mark())
	_, enc := roundTrip(t, st)
	resum := func(b []byte) []byte {
		return binary.BigEndian.AppendUint32(b[:len(b)-4:len(b)-4], crc32.Checksum(b[:len(b)-4], castagnoli))
	}
	edit := func(f func([]byte) []byte) []byte { return f(bytes.Clone(enc)) }
	cases := map[string]struct {
		data []byte
		why  string
	}{
		"empty":                   {nil, "too short"},
		"truncated":               {enc[:len(enc)/2], "checksum"},
		"last byte lost":          {enc[:len(enc)-1], "checksum"},
		"a bit flipped":           {edit(func(b []byte) []byte { b[len(b)/2] ^= 1; return b }), "checksum"},
		"foreign":                 {edit(func(b []byte) []byte { copy(b, "NOTSTATE"); return b }), "not a state snapshot"},
		"newer version":           {edit(func(b []byte) []byte { b[len(snapshotMagic)]++; return resum(b) }), "version 2"},
		"another root":            {edit(func(b []byte) []byte { b[len(snapshotMagic)+1] ^= 1; return resum(b) }), "root"},
		"altered, checksum fixed": {edit(func(b []byte) []byte { b[firstSeq(b)] ^= 2; return resum(b) }), "root"},
		"bytes appended":          {edit(func(b []byte) []byte { return resum(append(b[:len(b)-4], 0, 0, 0, 0, 0)) }), "after the last meter"},
	}
	require.Less(t, enc[firstSeq(enc)], byte(0x7e), "the first meter's seq is one byte")
	for name, c := range cases {
		_, err := ReadSnapshot(bytes.NewReader(c.data))
		require.ErrorIs(t, err, ErrSnapshotCorrupt, name)
		require.ErrorContains(t, err, c.why, name)
	}
}

// firstSeq is the offset of the first meter's seq: after the header, the meter count and its id.
func firstSeq(b []byte) int {
	off := snapshotHead
	for range 2 {
		_, n := binary.Uvarint(b[off:])
		off += n
	}
	return off
}

// BenchmarkStateSnapshot: snapshot size and write and read time of 100k meters with a month of
// 15-minute readings (two closings a meter); the numbers scale with meters (a million: ×10).
func BenchmarkStateSnapshot(b *testing.B) {
	const meters = 100_000
	st := NewState()
	for i := range meters {
		id := uint64(441_101_001 + i)
		for s, ts := range []uint64{1_767_225_600 + 900, 1_769_904_000 - 900, 1_769_904_000 + 900} { // Jan 1, Jan 31, Feb 1
			st.Accept(reading.Reading{MeterID: id, Seq: uint64(s + 1), Timestamp: ts, ImportWh: 1_000_000 + uint64(s)*250_000})
		}
	}
	st.Forget(st.Mark())
	var buf bytes.Buffer
	start := time.Now()
	if _, err := st.WriteSnapshot(&buf); err != nil {
		b.Fatal(err)
	}
	b.Logf("%d meters: %.1f MB, write %v", meters, float64(buf.Len())/1e6, time.Since(start))
	b.Run("write", func(b *testing.B) {
		for b.Loop() {
			var w bytes.Buffer
			if _, err := st.WriteSnapshot(&w); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(buf.Len())/1e6, "MB/100k-meters")
	})
	b.Run("read", func(b *testing.B) {
		for b.Loop() {
			if _, err := ReadSnapshot(bytes.NewReader(buf.Bytes())); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(buf.Len())/1e6, "MB/100k-meters")
	})
	// Every meter with a reading inside the window (not final yet): the base root is rebuilt.
	for i := range meters {
		st.Accept(reading.Reading{MeterID: uint64(441_101_001 + i), Seq: 4, Timestamp: 1_769_904_000 + 1_800, ImportWh: 1_800_000})
	}
	b.Run("write-journalled", func(b *testing.B) {
		for b.Loop() {
			var w bytes.Buffer
			if _, err := st.WriteSnapshot(&w); err != nil {
				b.Fatal(err)
			}
		}
	})
}
