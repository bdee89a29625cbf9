package access

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/internal/consent"
	"github.com/meterchain/meterchain/internal/sqlite"
	"github.com/meterchain/meterchain/settlement/follower"
)

// TestGrantBoundToItsOwnership: a grant counts only in the ownership it was given in, ordered by
// (block, log index): a meter bought back does not revive it, a grant after the return counts,
// and one logged before the return's event in the same block does not.
func TestGrantBoundToItsOwnership(t *testing.T) {
	db, err := sqlite.Open(":memory:", follower.Schema, Schema)
	require.NoError(t, err)
	t.Cleanup(func() { db.Close() })
	a, b, g := common.Address{0xa}, common.Address{0xb}, common.Address{0x9}
	owner := func(who common.Address, block, idx uint64, class int) {
		_, err := db.Exec(`INSERT INTO meter_owners(meter_id, owner, class, block, block_hash, log_index) VALUES(1,?,?,?,?,?)`,
			who.Hex(), class, block, fmt.Sprintf("0x%064x", block), idx)
		require.NoError(t, err)
	}
	grant := func(block, idx uint64) {
		_, err := db.Exec(`INSERT INTO consent_events(meter_id, grantee, owner, scope, expiry, tx_hash, block, block_hash, log_index)
			VALUES(1,?,?,3,?,?,?,?,?)`, g.Hex(), a.Hex(), time.Now().Add(time.Hour).Unix(), common.Hash{}.Hex(), block, fmt.Sprintf("0x%064x", block), idx)
		require.NoError(t, err)
	}
	ix := New(db)
	allowed := func() bool {
		ok, err := ix.Allowed(context.Background(), 1, g, consent.ScopeReadings)
		require.NoError(t, err)
		return ok
	}
	owner(a, 1, 0, 0)
	grant(2, 0)
	require.True(t, allowed())
	owner(b, 3, 0, -1)
	require.False(t, allowed())
	owner(a, 4, 5, -1)
	require.False(t, allowed(), "bought back: the first ownership's grant stays over")
	grant(4, 2)
	require.False(t, allowed(), "logged before the return in the same block")
	grant(4, 7)
	require.True(t, allowed(), "given in the current ownership")
	history, err := ix.Owners(context.Background(), 1)
	require.NoError(t, err)
	require.Equal(t, []consent.Ownership{{Owner: a, Block: 1}, {Owner: b, Block: 3}, {Owner: a, Block: 4, LogIndex: 5}}, history)
	indexed, err := ix.Indexed(context.Background())
	require.NoError(t, err)
	require.Zero(t, indexed, "no block followed yet")
}
