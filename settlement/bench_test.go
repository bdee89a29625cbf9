package settlement

import (
	"context"
	"database/sql"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/internal/chaintx"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/internal/sqlite"
	"github.com/meterchain/meterchain/settlement/follower"
	"github.com/meterchain/meterchain/settlement/index"
	"github.com/meterchain/meterchain/test/harness"
)

const benchMeters = 1000

// bulkScene is newScene for many meters: registrations and readings go in a few big blocks.
func bulkScene(b *testing.B, n int) (*harness.Env, uint32) {
	e := harness.New(b, 3)
	bl := e.Billing()
	bl.SetTariff(1, fixedCharge, nil, pricePerKWh)
	keys := make([]*harness.Meter, n)
	var txs []*types.Transaction
	nonce, err := e.Client.NonceAt(context.Background(), e.Registrar.Addr, nil)
	require.NoError(b, err)
	e.Client.Manual = true
	for i := range n {
		key, err := crypto.GenerateKey()
		require.NoError(b, err)
		keys[i] = &harness.Meter{ID: 352_000_000 + uint64(100+i/999)*1000 + uint64(1+i%999), Key: key, Owner: e.Users[0]}
		opts := *e.Registrar.Opts
		opts.Nonce = new(big.Int).SetUint64(nonce + uint64(i))
		tx, err := bind.Transact(e.Registry, &opts, e.RegistryABI.PackRegister(keys[i].ID, e.Users[0].Addr, crypto.PubkeyToAddress(key.PublicKey), 0, 1, 10_000))
		require.NoError(b, err)
		txs = append(txs, tx)
		if len(txs)%300 == 0 {
			e.Sim.Commit()
		}
	}
	e.Sim.Commit()
	e.Client.Manual = false
	for _, tx := range txs {
		_, err := chaintx.WaitOK(context.Background(), e.Client, tx.Hash())
		require.NoError(b, err)
	}
	advance := func(t time.Time) {
		for {
			if err := e.Sim.AdjustTime(time.Duration(t.Unix()-int64(e.Now())) * time.Second); err == nil {
				return
			}
			time.Sleep(5 * time.Millisecond)
		}
	}
	submit := func(seq uint64, at time.Time, wh func(i int) uint64) {
		var packed []byte
		flush := func() {
			if len(packed) > 0 {
				e.MustSend(e.Relayer, e.Ledger, e.LedgerABI.PackSubmitPacked(packed))
				packed = nil
			}
		}
		for i, m := range keys {
			r := reading.Reading{MeterID: m.ID, Seq: seq, Timestamp: uint64(at.Unix()), ImportWh: wh(i)}
			packed = append(packed, reading.Pack(r, e.Sign(m, r))...)
			if (i+1)%200 == 0 {
				flush()
			}
		}
		flush()
	}
	advance(monthStart(e.Now(), 1).Add(48 * time.Hour))
	now := time.Unix(int64(e.Now()), 0)
	period := reading.PeriodOf(uint64(now.Unix()))
	submit(1, now.Add(-2*time.Hour), func(int) uint64 { return 1_000 })
	submit(2, now.Add(-time.Minute), func(i int) uint64 { return 1_000 + 100*uint64(i%100+1) })
	advance(monthStart(e.Now(), 1).Add(24 * time.Hour))
	submit(3, time.Unix(int64(e.Now()), 0), func(i int) uint64 { return 1_100 + 100*uint64(i%100+1) })
	return e, period
}

// BenchmarkIssueAndIndex: a period closes for 1,000 meters; the service issues every bill in
// batches and indexes them. Reports seconds for the whole round trip, gas per bill, and the
// follower's indexing rate from scratch over the same chain.
func BenchmarkIssueAndIndex(b *testing.B) {
	e, period := bulkScene(b, benchMeters)
	svc, err := New(Config{Deployment: e.Deployment, Key: e.Users[2].Key, DBPath: filepath.Join(b.TempDir(), "s.db"), TxPoll: 5 * time.Millisecond}, e.Client)
	require.NoError(b, err)
	defer svc.Stop()
	ctx := context.Background()
	start := time.Now()
	for range 3 {
		require.NoError(b, svc.Poll(ctx))
	}
	issueSeconds := time.Since(start).Seconds()
	bills, err := svc.Index().PeriodBills(ctx, period)
	require.NoError(b, err)
	require.Len(b, bills, benchMeters)
	ids, err := sqlite.Int64s(ctx, svc.db, `SELECT DISTINCT tx_id FROM sends WHERE kind = 'issue'`)
	require.NoError(b, err)
	var gas uint64
	for _, id := range ids {
		r, err := svc.txm.Wait(ctx, id)
		require.NoError(b, err)
		gas += r.GasUsed
	}

	b.ResetTimer()
	var events int
	for range b.N {
		db, err := openBenchDB(b)
		require.NoError(b, err)
		f, err := follower.New(e.Client, db, follower.Config{Start: e.Deployment.Block})
		require.NoError(b, err)
		require.NoError(b, f.Register(index.LedgerContract(e.Deployment.ReadingLedger)))
		require.NoError(b, f.Register(index.BillingContract(e.Deployment.BillingManager)))
		require.NoError(b, f.Sync(ctx))
		require.NoError(b, db.QueryRow(`SELECT (SELECT COUNT(*) FROM bills) + (SELECT COUNT(*) FROM periods_closed)`).Scan(&events))
		db.Close()
	}
	b.StopTimer()
	b.ReportMetric(issueSeconds, "issue+index_s")
	b.ReportMetric(float64(gas)/benchMeters, "gas/bill")
	b.ReportMetric(float64(len(ids)), "issue_txs")
	b.ReportMetric(float64(events)*float64(b.N)/b.Elapsed().Seconds(), "events_indexed/s")
}

func openBenchDB(b *testing.B) (*sql.DB, error) {
	return sqlite.Open(filepath.Join(b.TempDir(), "ix.db"), follower.Schema, index.Schema)
}
