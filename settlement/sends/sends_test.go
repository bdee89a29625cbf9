package sends

import (
	"context"
	"database/sql"
	"math/big"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/internal/sqlite"
	"github.com/meterchain/meterchain/internal/txmgr"
)

// open is a ledger on db; no test here talks to a node, so the manager has no backend.
func open(t *testing.T, db *sql.DB) *Ledger {
	t.Helper()
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	txm, err := txmgr.New(nil, db, txmgr.Config{Signer: txmgr.KeySigner(key), ChainID: big.NewInt(1337)})
	require.NoError(t, err)
	l, err := Open(context.Background(), db, txm, nil, Config{})
	require.NoError(t, err)
	return l
}

func newDB(t *testing.T, path string) *sql.DB {
	t.Helper()
	db, err := sqlite.Open(path)
	require.NoError(t, err)
	t.Cleanup(func() { db.Close() })
	return db
}

type row struct {
	Kind, Key      string
	TxID, Attempts int64
	State          string
	Block          sql.NullInt64
}

func rows(t *testing.T, db *sql.DB) []row {
	t.Helper()
	rs, err := db.Query(`SELECT kind, key, tx_id, attempts, state, block FROM sends ORDER BY kind, key`)
	require.NoError(t, err)
	defer rs.Close()
	var out []row
	for rs.Next() {
		var r row
		require.NoError(t, rs.Scan(&r.Kind, &r.Key, &r.TxID, &r.Attempts, &r.State, &r.Block))
		out = append(out, r)
	}
	require.NoError(t, rs.Err())
	return out
}

// A database from before the ledger has the billing service's sends and the market's
// market_sends, with work in flight in both: Open moves the market's rows into sends (state,
// attempts and blocks kept) and drops market_sends; a second Open changes nothing.
func TestOpenMigratesMarketSends(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	db := newDB(t, path)
	_, err := db.Exec(`
CREATE TABLE sends (kind TEXT NOT NULL, key TEXT NOT NULL, tx_id INTEGER NOT NULL, attempts INTEGER NOT NULL, state TEXT NOT NULL, block INTEGER, PRIMARY KEY (kind, key));
CREATE INDEX sends_by_tx ON sends(tx_id);
CREATE TABLE market_sends (kind TEXT NOT NULL, key TEXT NOT NULL, tx_id INTEGER NOT NULL, attempts INTEGER NOT NULL, state TEXT NOT NULL, block INTEGER, PRIMARY KEY (kind, key));
CREATE INDEX market_sends_by_tx ON market_sends(tx_id);
INSERT INTO sends VALUES ('issue', '352522500/202601', 1, 1, 'mined', 40), ('collect', '77', 3, 2, 'sent', NULL);
INSERT INTO market_sends VALUES ('clear', '1767225600', 2, 1, 'mined', 41), ('settle', '5', 4, 3, 'failed', NULL), ('record', '100100101:1767229200', 3, 1, 'sent', NULL);`)
	require.NoError(t, err)
	want := []row{
		{"clear", "1767225600", 2, 1, "mined", sql.NullInt64{Int64: 41, Valid: true}},
		{"collect", "77", 3, 2, "sent", sql.NullInt64{}},
		{"issue", "352522500/202601", 1, 1, "mined", sql.NullInt64{Int64: 40, Valid: true}},
		{"record", "100100101:1767229200", 3, 1, "sent", sql.NullInt64{}},
		{"settle", "5", 4, 3, "failed", sql.NullInt64{}},
	}

	l := open(t, db)
	require.Equal(t, want, rows(t, db))
	var old int
	require.NoError(t, db.QueryRow(`SELECT COUNT(*) FROM sqlite_master WHERE name LIKE 'market_sends%'`).Scan(&old))
	require.Zero(t, old, "market_sends and its index are gone")
	busy, err := l.Busy(context.Background(), "record", "100100101:1767229200", 50)
	require.NoError(t, err)
	require.True(t, busy, "the market's send in flight before the upgrade is still in flight")

	open(t, db)
	require.Equal(t, want, rows(t, db), "a second Open is a no-op")
}

// A fresh database gets the table; the ledger starts empty and no work is busy.
func TestOpenFreshDatabase(t *testing.T) {
	db := newDB(t, filepath.Join(t.TempDir(), "fresh.db"))
	l := open(t, db)
	require.Empty(t, rows(t, db))
	busy, err := l.Busy(context.Background(), "issue", "1/202601", 0)
	require.NoError(t, err)
	require.False(t, busy)
}

// mark counts one attempt per send, except that marking work still in flight (a unit sent in
// several transactions in one go) joins the attempt under way.
func TestMarkCountsAttempts(t *testing.T) {
	db := newDB(t, ":memory:")
	l := open(t, db)
	markIn := func(id int64, keys ...string) {
		t.Helper()
		tx, err := db.Begin()
		require.NoError(t, err)
		require.NoError(t, l.mark("clear", keys)(tx, id))
		require.NoError(t, tx.Commit())
	}
	attempts := func() (n int64, state string, tx int64) {
		t.Helper()
		require.NoError(t, db.QueryRow(`SELECT attempts, state, tx_id FROM sends WHERE kind = 'clear' AND key = 'w'`).Scan(&n, &state, &tx))
		return
	}
	markIn(1, "w")
	markIn(2, "w") // the second chunk of the same clearing
	n, state, tx := attempts()
	require.Equal(t, int64(1), n)
	require.Equal(t, "sent", state)
	require.Equal(t, int64(2), tx, "the row follows the latest transaction")

	_, err := db.Exec(`UPDATE sends SET state = 'failed' WHERE tx_id = 2`)
	require.NoError(t, err)
	markIn(3, "w")
	n, _, _ = attempts()
	require.Equal(t, int64(2), n, "a send after a failure is a new attempt")

	_, err = db.Exec(`UPDATE sends SET state = 'mined', block = 9 WHERE tx_id = 3`)
	require.NoError(t, err)
	markIn(4, "w")
	var block sql.NullInt64
	require.NoError(t, db.QueryRow(`SELECT attempts, block FROM sends WHERE key = 'w'`).Scan(&n, &block))
	require.Equal(t, int64(3), n, "a send after a reorged-away mine is a new attempt")
	require.False(t, block.Valid, "the old block is cleared")
}

// Busy and NeedsSend: which states of the ledger (and the index) need a send now.
func TestNeedsSend(t *testing.T) {
	db := newDB(t, ":memory:")
	l := open(t, db)
	_, err := db.Exec(`
INSERT INTO sends VALUES ('settle', 'inflight', 1, 1, 'sent', NULL), ('settle', 'failed', 2, 1, 'failed', NULL),
	('settle', 'givenup', 3, 3, 'failed', NULL), ('settle', 'unindexed', 4, 1, 'mined', 20),
	('settle', 'reorged', 5, 1, 'mined', 8), ('settle', 'done', 6, 1, 'mined', 9), ('release', 'other', 7, 1, 'sent', NULL);
CREATE TABLE work (key TEXT, effect INTEGER);
INSERT INTO work VALUES ('new', NULL), ('inflight', NULL), ('failed', NULL), ('givenup', NULL), ('unindexed', NULL),
	('reorged', 7), ('done', 9), ('other', NULL);`)
	require.NoError(t, err)
	const cursor = 10 // the index is complete up to block 10
	var needs []string
	rs, err := db.Query(`SELECT w.key FROM work w WHERE ` + l.NeedsSend("settle", "w.key", "w.effect >= snd.block", cursor) + ` ORDER BY w.key`)
	require.NoError(t, err)
	for rs.Next() {
		var k string
		require.NoError(t, rs.Scan(&k))
		needs = append(needs, k)
	}
	require.NoError(t, rs.Err())
	rs.Close()
	// reorged: mined at 8, the index passed 8 and shows an effect only from before the send.
	// other: the row is another kind's.
	require.Equal(t, []string{"failed", "new", "other", "reorged"}, needs)

	for key, want := range map[string]bool{"new": false, "inflight": true, "failed": false, "givenup": true,
		"unindexed": true, "reorged": false, "done": false} {
		busy, err := l.Busy(context.Background(), "settle", key, cursor)
		require.NoError(t, err)
		require.Equal(t, want, busy, key)
	}
}
