package store

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/internal/stored"
)

// plan is SQLite's query plan of q, one detail per line.
func plan(t *testing.T, st *Store, q string, args ...any) string {
	t.Helper()
	rows, err := st.DB().Query(`EXPLAIN QUERY PLAN `+q, args...)
	require.NoError(t, err)
	defer rows.Close()
	var lines []string
	for rows.Next() {
		var id, parent, unused int
		var detail string
		require.NoError(t, rows.Scan(&id, &parent, &unused, &detail))
		lines = append(lines, detail)
	}
	require.NoError(t, rows.Err())
	return strings.Join(lines, "\n")
}

// The outbox's queries read its partial indexes, never a scan of every reading stored: at a
// utility the store holds years of readings and the outbox a few seconds' worth.
func TestOutboxQueriesUseItsIndexes(t *testing.T) {
	st := open(t)
	for _, c := range []struct {
		name, sql, index string
		args             []any
	}{
		{"next batch", nextBatchSQL, "readings_received", []any{250}},
		{"next OCMF batch", nextOcmfBatchSQL, "readings_received", []any{250}},
		{"submitted transactions", submittedTxsSQL, "readings_submitted", nil},
		{"a transaction's readings", txReadingsSQL, "readings_submitted", []any{7}},
	} {
		p := plan(t, st, c.sql, c.args...)
		require.Contains(t, p, "INDEX "+c.index, "%s:\n%s", c.name, p)
		for _, line := range strings.Split(p, "\n") {
			require.NotEqual(t, "SCAN readings", line, "%s: a scan of every reading:\n%s", c.name, p)
		}
	}
}

// OutboxDepth follows a reading through the outbox and agrees with the full count at each step.
func TestOutboxDepthFollowsTheLifecycle(t *testing.T) {
	st := open(t)
	ctx := context.Background()
	depth := func(want int64) {
		t.Helper()
		n, err := st.OutboxDepth(ctx)
		require.NoError(t, err)
		require.Equal(t, want, n)
		c, err := st.Counts(ctx)
		require.NoError(t, err)
		require.Equal(t, want, c[stored.Received]+c[stored.Submitted])
	}
	var ids []int64
	for i := uint64(1); i <= 3; i++ {
		ids = append(ids, insert(t, st, newReading(i, i*100, i))[0].ID)
	}
	depth(3)
	tx, err := st.DB().Begin()
	require.NoError(t, err)
	require.NoError(t, MarkSubmittedTx(tx, ids[:2], 7))
	require.NoError(t, tx.Commit())
	depth(3)
	_, _, err = st.ApplyReceipt(ctx, 7, common.HexToHash("0x1"), 9, []Outcome{{MeterID: meter, Seq: 1}, {MeterID: meter, Seq: 2, Reason: reading.RegisterRollback}})
	require.NoError(t, err)
	depth(1)
}

// A store made with the full status and transaction indexes loses them when opened.
func TestOpenDropsTheFullOutboxIndexes(t *testing.T) {
	path := filepath.Join(t.TempDir(), "oracle.db")
	st, err := Open(path)
	require.NoError(t, err)
	for _, q := range []string{`DROP INDEX readings_received`, `DROP INDEX readings_submitted`,
		`CREATE INDEX readings_status ON readings(status, id)`, `CREATE INDEX readings_tx ON readings(tx_id)`} {
		_, err := st.DB().Exec(q)
		require.NoError(t, err)
	}
	require.NoError(t, st.Close())
	st, err = Open(path)
	require.NoError(t, err)
	defer st.Close()
	rows, err := st.DB().Query(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'readings' AND name LIKE 'readings_%' ORDER BY name`)
	require.NoError(t, err)
	defer rows.Close()
	var names []string
	for rows.Next() {
		var n string
		require.NoError(t, rows.Scan(&n))
		names = append(names, n)
	}
	require.Equal(t, []string{"readings_meter_ts", "readings_received", "readings_submitted"}, names)
}
