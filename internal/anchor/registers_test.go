package anchor

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/internal/reading"
)

// TestRegistersProof: every period from a meter's baseline to its last closed period is proven by
// one record and two paths; a period of a gap by the gap's estimated end record alone, at the
// registers ReadingLedger._interpolated gives; open periods and periods before the baseline have
// none; a rollback forgets the records it undoes.
func TestRegistersProof(t *testing.T) {
	st := NewState()
	id, other := uint64(123456789), uint64(123456790)
	at := func(y int, m time.Month, d, h int) uint64 {
		return uint64(time.Date(y, m, d, h, 0, 0, 0, time.UTC).Unix())
	}
	rd := func(meter, seq, ts, imp uint64) reading.Reading {
		return reading.Reading{MeterID: meter, Seq: seq, Timestamp: ts, ImportWh: imp, ExportWh: imp / 7}
	}
	jan15, jan31, feb2, may3, may20 := at(2026, 1, 15, 12), at(2026, 1, 31, 23), at(2026, 2, 2, 0), at(2026, 5, 3, 6), at(2026, 5, 20, 0)
	st.Accept(rd(id, 1, jan15, 10_000))
	st.Accept(rd(other, 1, jan15, 50))
	st.Accept(rd(id, 2, jan31, 12_000))
	st.Accept(rd(id, 3, feb2, 12_500)) // closes January
	st.Accept(rd(other, 2, feb2, 70))
	mark := st.Mark()
	st.Accept(rd(id, 4, may3, 40_000)) // closes February; March and April are a gap ending at April
	st.Accept(rd(id, 5, may20, 41_000))

	line := func(v0, t0, v1, t1 uint64, period uint32) uint64 {
		b := reading.PeriodStart(reading.NextPeriod(period))
		return v0 + (v1-v0)*(b-t0)/(t1-t0) // small values: no overflow
	}
	cases := []struct {
		period     uint32
		record     uint32
		imp, exp   uint64
		estimated  bool
		noneReason string
	}{
		{period: 202512, record: 202512, imp: 10_000, exp: 10_000 / 7},
		{period: 202601, record: 202601, imp: 12_000, exp: 12_000 / 7},
		{period: 202602, record: 202602, imp: 12_500, exp: 12_500 / 7},
		{period: 202603, record: 202604, imp: line(12_500, feb2, 40_000, may3, 202603),
			exp: line(12_500/7, feb2, 40_000/7, may3, 202603), estimated: true},
		{period: 202604, record: 202604, imp: line(12_500, feb2, 40_000, may3, 202604),
			exp: line(12_500/7, feb2, 40_000/7, may3, 202604), estimated: true},
		{period: 202511, noneReason: "before the baseline"},
		{period: 202605, noneReason: "open"},
	}
	for _, c := range cases {
		p, err := st.RegistersProof(id, c.period)
		if c.noneReason != "" {
			require.Error(t, err, "period %d is %s", c.period, c.noneReason)
			continue
		}
		require.NoError(t, err, "period %d", c.period)
		require.NoError(t, p.Verify(st.Root()), "period %d", c.period)
		require.Equal(t, c.record, p.RecordPeriod, "period %d", c.period)
		require.Equal(t, c.period, p.Period)
		require.Equal(t, id, p.MeterId)
		require.Equal(t, st.Meter(id), p.State)
		require.Equal(t, [3]any{c.imp, c.exp, c.estimated}, [3]any{p.ImportWh, p.ExportWh, p.Estimated}, "period %d", c.period)
		require.Equal(t, c.estimated, p.Record.Estimated)
	}
	// The gap record carries its start: the close of February.
	p, err := st.RegistersProof(id, 202603)
	require.NoError(t, err)
	require.Equal(t, ClosingRecord{ImportWh: 40_000, ExportWh: 40_000 / 7, Timestamp: may3, Estimated: true,
		StartPeriod: 202602, StartImportWh: 12_500, StartExportWh: 12_500 / 7, StartTimestamp: feb2}, p.Record)
	// Boundaries: March's registers lie on the line at 1 April, between February's close and May's reading.
	require.Greater(t, p.ImportWh, uint64(12_500))
	require.Less(t, p.ImportWh, uint64(40_000))

	// A proof checked against another root, a record moved to another period or made to cover
	// a period it does not, fail Verify.
	require.Error(t, p.Verify(EmptyRoot))
	moved := p
	moved.RecordPeriod = 202603
	require.Error(t, moved.Verify(st.Root()))
	lie := p
	lie.ImportWh++
	require.Error(t, lie.Verify(st.Root()))
	outside := p
	outside.Period = 202602
	require.Error(t, outside.Verify(st.Root()))

	// Another meter's proofs are its own.
	q, err := st.RegistersProof(other, 202601)
	require.NoError(t, err)
	require.NoError(t, q.Verify(st.Root()))
	require.Equal(t, uint64(50), q.ImportWh) // its last January reading

	// Rolling back May's readings forgets February's close and the gap.
	require.NoError(t, st.RollbackTo(mark))
	for _, period := range []uint32{202602, 202603, 202604} {
		_, err := st.RegistersProof(id, period)
		require.Error(t, err, "period %d after rollback", period)
	}
	p, err = st.RegistersProof(id, 202601)
	require.NoError(t, err)
	require.NoError(t, p.Verify(st.Root()))

	_, err = st.RegistersProof(1<<33, 202601)
	require.Error(t, err, "an id past the state tree's keys")
}

// TestGapEndLeaf pins the estimated leaf's encoding: eight words, the gap's start after the
// estimated flag, and a read record's four words unchanged.
func TestGapEndLeaf(t *testing.T) {
	read := Closing{Period: 202601, ImportWh: 1, ExportWh: 2, Timestamp: 3, StartPeriod: 9, StartImportWh: 9}
	require.Equal(t, Closing{Period: 202601, ImportWh: 1, ExportWh: 2, Timestamp: 3}.Leaf(), read.Leaf(),
		"a read record's leaf ignores the start fields")
	est := Closing{Period: 202604, ImportWh: 1, ExportWh: 2, Timestamp: 3, Estimated: true, StartPeriod: 202602,
		StartImportWh: 4, StartExportWh: 5, StartTimestamp: 6}
	for _, changed := range []Closing{
		func(c Closing) Closing { c.StartPeriod++; return c }(est),
		func(c Closing) Closing { c.StartImportWh++; return c }(est),
		func(c Closing) Closing { c.StartExportWh++; return c }(est),
		func(c Closing) Closing { c.StartTimestamp++; return c }(est),
	} {
		require.NotEqual(t, est.Leaf(), changed.Leaf())
	}
}
