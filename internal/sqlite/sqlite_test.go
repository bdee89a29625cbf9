package sqlite

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestPathWithURICharacters: a '#' or '?' in a file name must not cut the path short (two
// databases would silently share one file).
func TestPathWithURICharacters(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a#1.db", "a?b.db", "100%.db", "plain.db"} {
		p := filepath.Join(dir, name)
		db, err := Open(p, `CREATE TABLE IF NOT EXISTS t(x)`)
		require.NoError(t, err)
		_, err = db.Exec(`INSERT INTO t VALUES (1)`)
		require.NoError(t, err)
		require.NoError(t, db.Close())
		_, err = os.Stat(p)
		require.NoError(t, err, "database file %q was not created under its own name", name)
	}
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	var dbs int
	for _, e := range entries {
		if filepath.Ext(e.Name()) == ".db" {
			dbs++
		}
	}
	require.Equal(t, 4, dbs)
}
