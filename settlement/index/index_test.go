package index_test

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/internal/billid"
	"github.com/meterchain/meterchain/internal/billing"
	"github.com/meterchain/meterchain/internal/sqlite"
	"github.com/meterchain/meterchain/settlement/follower"
	"github.com/meterchain/meterchain/settlement/index"
)

// TestReadAPI builds the tables by hand (as the handlers would) and reads them back: the paid
// total is the latest BillPaid's, statuses follow payments, settlement, BillOverdue and the clock,
// and a cancelled mandate is no mandate.
func TestReadAPI(t *testing.T) {
	db, err := sqlite.Open(":memory:", follower.Schema, index.Schema)
	require.NoError(t, err)
	defer db.Close()
	ctx := context.Background()
	due := time.Date(2026, 3, 15, 0, 0, 0, 0, time.UTC)
	payer := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	bill := func(meter uint64, amount string) {
		_, err := db.Exec(`INSERT INTO bills VALUES(?,?,?,?,?,?,?,?,?,?,?,NULL)`, billid.Of(meter, 202602).String(), meter, 202602, 1000, 0, amount, due.Unix(), "0x01", 10, "0xb10", meter)
		require.NoError(t, err)
	}
	pay := func(meter uint64, block, logIndex int, amount, total string) {
		_, err := db.Exec(`INSERT INTO payments VALUES(?,?,?,?,?,?,?,?)`, billid.Of(meter, 202602).String(), payer.Hex(), amount, total, "0x02", block, "0xb", logIndex)
		require.NoError(t, err)
	}
	bill(1, "5250000") // open
	bill(2, "5500000") // partially paid twice
	pay(2, 11, 0, "1000000", "1000000")
	pay(2, 12, 3, "500000", "1500000")
	bill(3, "5750000") // paid in full
	pay(3, 11, 1, "5750000", "5750000")
	_, err = db.Exec(`INSERT INTO bill_settlements VALUES(?,?,?,?,?)`, billid.Of(3, 202602).String(), "0x02", 11, "0xb", 2)
	require.NoError(t, err)
	bill(4, "5000000") // marked overdue on chain
	_, err = db.Exec(`INSERT INTO bill_overdue VALUES(?,?,?,?,?)`, billid.Of(4, 202602).String(), "5000000", 13, "0xc", 0)
	require.NoError(t, err)

	ix := index.New(db)
	ix.Now = func() time.Time { return due.Add(-time.Hour) }
	status := func() []billing.Status {
		bills, err := ix.PeriodBills(ctx, 202602)
		require.NoError(t, err)
		var out []billing.Status
		for _, b := range bills {
			out = append(out, b.Status)
		}
		return out
	}
	require.Equal(t, []billing.Status{billing.StatusOpen, billing.StatusPartial, billing.StatusPaid, billing.StatusOverdue}, status())
	ix.Now = func() time.Time { return due.Add(time.Second) }
	require.Equal(t, []billing.Status{billing.StatusOverdue, billing.StatusOverdue, billing.StatusPaid, billing.StatusOverdue}, status())

	b2, err := ix.Bill(ctx, billid.Of(2, 202602))
	require.NoError(t, err)
	require.Equal(t, "1500000", b2.Paid.String())
	require.Equal(t, "4000000", b2.Outstanding().String())
	require.Equal(t, due, b2.Due)
	pays, err := ix.Payments(ctx, b2.ID)
	require.NoError(t, err)
	require.Len(t, pays, 2)
	require.Equal(t, "1000000", pays[0].Amount.String())
	require.Equal(t, "1500000", pays[1].PaidTotal.String())
	require.Equal(t, payer, pays[1].Payer)

	bills, err := ix.Bills(ctx, 3)
	require.NoError(t, err)
	require.Len(t, bills, 1)
	_, err = ix.Bill(ctx, billid.Of(9, 202602))
	require.ErrorIs(t, err, billing.ErrNotFound)

	_, ok, err := ix.Autopay(ctx, 1)
	require.NoError(t, err)
	require.False(t, ok)
	_, err = db.Exec(`INSERT INTO autopay_changes VALUES(1, ?, '100000000', 20, '0xd', 0)`, payer.Hex())
	require.NoError(t, err)
	a, ok, err := ix.Autopay(ctx, 1)
	require.NoError(t, err)
	require.True(t, ok)
	require.Equal(t, "100000000", a.CapPerBill.String())
	_, err = db.Exec(`INSERT INTO autopay_changes VALUES(1, ?, '0', 21, '0xe', 0)`, payer.Hex())
	require.NoError(t, err)
	_, ok, err = ix.Autopay(ctx, 1)
	require.NoError(t, err)
	require.False(t, ok, "cancelled")

	_, _, ok, err = ix.Synced(ctx)
	require.NoError(t, err)
	require.False(t, ok)
}

// TestMigrateAddsAccount opens a database made before bills had an account column: Migrate adds
// it (empty in the old rows), keeps the rows, and is a no-op the second time.
func TestMigrateAddsAccount(t *testing.T) {
	db, err := sqlite.Open(":memory:", `CREATE TABLE bills (bill_id TEXT PRIMARY KEY, meter_id INTEGER NOT NULL, period INTEGER NOT NULL,
		energy_wh INTEGER NOT NULL, p2p_wh INTEGER NOT NULL, amount TEXT NOT NULL, due INTEGER NOT NULL, tx_hash TEXT NOT NULL,
		block INTEGER NOT NULL, block_hash TEXT NOT NULL, log_index INTEGER NOT NULL)`)
	require.NoError(t, err)
	defer db.Close()
	ctx := context.Background()
	_, err = db.Exec(`INSERT INTO bills VALUES('1', 1, 202602, 1000, 0, '5000000', 0, '0x01', 10, '0xb10', 0)`)
	require.NoError(t, err)
	_, err = db.Exec(follower.Schema + index.Schema)
	require.NoError(t, err)
	require.NoError(t, index.Migrate(ctx, db))
	require.NoError(t, index.Migrate(ctx, db))
	var n int
	require.NoError(t, db.QueryRow(`SELECT COUNT(*) FROM bills WHERE bill_id = '1' AND account IS NULL`).Scan(&n))
	require.Equal(t, 1, n)
	_, err = db.Exec(`UPDATE bills SET account = ? WHERE bill_id = '1'`, common.HexToAddress("0xaa").Hex())
	require.NoError(t, err)
}
