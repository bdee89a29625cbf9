package portal

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/internal/stored"
)

// TestReadingViewOfOcmfRecord: a reading from an OCMF record is shown with the record (for the
// transparency software) and no measurement cells, which it does not have; an envelope's reading
// keeps its measurements and carries no record.
func TestReadingViewOfOcmfRecord(t *testing.T) {
	rec := []byte(`OCMF|{"FV":"1.0","PG":"T1"}|{"SD":"00"}`)
	v := viewOf(stored.Reading{Ocmf: rec}, nil)
	require.Equal(t, string(rec), v.Ocmf)
	require.Equal(t, [4]string{}, [4]string{v.CurrentA, v.TemperatureC, v.HumidityPct, v.VoltageV})
	e := viewOf(stored.Reading{Detail: detailAt(1)}, nil)
	require.Empty(t, e.Ocmf)
	require.Equal(t, milli(int64(detailAt(1).VoltageMV)), e.VoltageV)
}
