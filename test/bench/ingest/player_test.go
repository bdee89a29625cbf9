package ingest

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/internal/sim/meterfleet"
)

// TestUploadsRoundTrip: the player process gets every prepared upload as it was prepared (time,
// meter, seq, envelope bytes), one Meter per meter.
func TestUploadsRoundTrip(t *testing.T) {
	var ups []*meterfleet.Upload
	for i := range 5 {
		id := uint64(7 + i%2)
		ups = append(ups, &meterfleet.Upload{At: time.Duration(i) * time.Millisecond, Job: meterfleet.Job{
			Reading: reading.Reading{MeterID: id, Seq: uint64(i + 1)}, Envelope: []byte{byte(i), 0, 0xff, byte(i)}}})
	}
	ups = append(ups, &meterfleet.Upload{At: time.Hour, Job: meterfleet.Job{Reading: reading.Reading{MeterID: 1 << 63, Seq: 1 << 40}, Envelope: []byte{}}})
	path := filepath.Join(t.TempDir(), "uploads.bin")
	require.NoError(t, writeUploads(path, ups))
	got, fleet, err := readUploads(path)
	require.NoError(t, err)
	require.Len(t, got, len(ups))
	require.Len(t, fleet, 3)
	for i, u := range ups {
		require.Equal(t, u.At, got[i].At)
		require.Equal(t, u.Reading.MeterID, got[i].Reading.MeterID)
		require.Equal(t, u.Reading.Seq, got[i].Reading.Seq)
		require.Equal(t, u.Envelope, got[i].Envelope)
		require.Equal(t, u.Reading.MeterID, got[i].Meter.ID)
	}
}
