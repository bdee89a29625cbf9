package market_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/bindings"
	"github.com/meterchain/meterchain/deploy"
	"github.com/meterchain/meterchain/internal/billid"
	"github.com/meterchain/meterchain/internal/marketbook"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/settlement"
	"github.com/meterchain/meterchain/settlement/market"
	"github.com/meterchain/meterchain/test/harness"
)

// newMarketService: a prosumer (Users[0]) and a funded consumer (Users[1]) with a meter each, and
// a settlement service with the market attached whose key (Users[2]) holds the clearer role;
// poll runs three service rounds.
func newMarketService(t *testing.T) (e *harness.Env, m *harness.Market, seller, buyer *harness.Meter, poll func()) {
	t.Helper()
	e = harness.New(t, 3)
	m = e.Market()
	seller = e.RegisterMeter(100_100_101, e.Users[0], true, 100_000)
	buyer = e.RegisterMeter(100_200_101, e.Users[1], false, 100_000)
	m.FundAndApprove(e.Users[1], 1_000_000_000)
	svc := startService(t, e, m, e.Deployment)
	poll = func() {
		t.Helper()
		pollService(t, svc, 3)
	}
	return e, m, seller, buyer, poll
}

// startService is a settlement service of deployment d with the market attached, its key
// (Users[2]) made a clearer of market m.
func startService(t *testing.T, e *harness.Env, m *harness.Market, d *deploy.Deployment) *settlement.Service {
	t.Helper()
	role, err := bind.Call(m.Contract, nil, m.ABI.PackCLEARERROLE(), m.ABI.UnpackCLEARERROLE)
	require.NoError(t, err)
	e.MustSend(e.Admin, m.Contract, m.ABI.PackGrantRole(role, e.Users[2].Addr))
	svc, err := settlement.New(settlement.Config{Deployment: d, Key: e.Users[2].Key,
		DBPath: filepath.Join(t.TempDir(), "s.db"), TxPoll: 5 * time.Millisecond}, e.Client)
	require.NoError(t, err)
	t.Cleanup(func() { _ = svc.Stop() })
	_, err = market.Attach(context.Background(), svc, e.Client, d)
	require.NoError(t, err)
	return svc
}

// pollService runs n rounds of svc.
func pollService(t *testing.T, svc *settlement.Service, n int) {
	t.Helper()
	for range n {
		require.NoError(t, svc.Poll(context.Background()))
	}
}

// The settlement service clears a window once its book closed, records the boundary readings
// from the ledger's own transactions, and settles the trade on delivery — with no one else acting.
func TestServiceClearsAndSettles(t *testing.T) {
	e, m, seller, buyer, poll := newMarketService(t)

	w := m.NextWindow(time.Hour)
	m.Ask(e.Users[0], seller.ID, w, 2000, 200_000)
	m.Bid(e.Users[1], buyer.ID, w, 2000, 300_000)
	m.Bid(e.Users[1], buyer.ID, w, 1000, 100_000) // below every ask: left unmatched, escrow 100,000
	poll()
	win, err := bind.Call(m.Contract, nil, m.ABI.PackWindowOf(w), m.ABI.UnpackWindowOf)
	require.NoError(t, err)
	require.False(t, win.Cleared, "the book is still open: nothing to clear")

	m.WarpTo(w)
	poll()
	win, err = bind.Call(m.Contract, nil, m.ABI.PackWindowOf(w), m.ABI.UnpackWindowOf)
	require.NoError(t, err)
	require.True(t, win.Cleared)
	require.Equal(t, uint64(250_000), win.Price)
	poll()
	require.Equal(t, int64(1_000_000_000-600_000), m.Balance(e.Users[1].Addr).Int64(), "the unmatched bid's escrow is back")

	m.Read(seller, w, 0, 0)
	m.Read(buyer, w, 0, 0)
	m.WarpTo(w + m.WindowLen)
	m.Read(seller, w+m.WindowLen, 0, 1800)
	m.Read(buyer, w+m.WindowLen, 2500, 0)
	for range 3 {
		poll()
	}
	trades, err := marketbook.ReadTrades(context.Background(), e.Client, e.Deployment.EnergyMarket, e.Deployment.Block, w)
	require.NoError(t, err)
	require.Len(t, trades, 1)
	require.True(t, trades[0].Settled)
	require.Equal(t, uint64(1800), trades[0].DeliveredWh)
	require.Equal(t, int64(450_000), m.Balance(e.Users[0].Addr).Int64())
	require.Equal(t, int64(1_000_000_000-450_000), m.Balance(e.Users[1].Addr).Int64())
	require.Zero(t, m.Balance(m.Addr).Sign())
}

// The bill of a period subtracts the P2P import settled in it, so the service holds a buyer's
// bill until the trades of windows ending in that period settled: the month's last window is not
// billed at the tariff as well. Without the hold, the round that sees the period close would
// issue the bill before the same round's market job settles the trade.
func TestServiceBillsPeriodAfterItsTradesSettle(t *testing.T) {
	e, m, seller, buyer, poll := newMarketService(t)
	e.Billing().SetTariff(1, 0, nil, 200_000) // flat 0.20 per kWh

	// The month's last window ends at 00:00 on the 1st, which still belongs to the month.
	head := time.Unix(int64(e.Now()), 0).UTC()
	monthEnd := uint64(time.Date(head.Year(), head.Month()+1, 1, 0, 0, 0, 0, time.UTC).Unix())
	w := monthEnd - m.WindowLen
	m.WarpTo(w - m.WindowLen)
	m.Read(seller, w-m.WindowLen, 0, 0) // baselines
	m.Read(buyer, w-m.WindowLen, 0, 0)
	m.Ask(e.Users[0], seller.ID, w, 2000, 100_000)
	m.Bid(e.Users[1], buyer.ID, w, 2000, 300_000)
	m.WarpTo(w)
	m.Read(seller, w, 0, 0)
	m.Read(buyer, w, 0, 0)
	poll() // clears the window
	m.WarpTo(monthEnd)
	m.Read(seller, monthEnd, 0, 1800) // delivered: min(2000 traded, 1800 exported, 2500 imported)
	m.Read(buyer, monthEnd, 2500, 0)
	m.WarpTo(monthEnd + 900)
	m.Read(buyer, monthEnd+900, 2600, 0) // the first reading of the next month closes the period
	m.Read(seller, monthEnd+900, 0, 1900)
	for range 4 {
		poll()
	}

	period := reading.PeriodOf(monthEnd)
	require.Equal(t, uint64(1800), m.P2PImport(buyer.ID, period))
	bill := e.Billing().Bill(billid.Of(buyer.ID, period))
	require.Equal(t, uint64(2500), bill.EnergyWh, "grid import of the month")
	require.Equal(t, uint64(1800), bill.P2pWh, "the last window's P2P import is on the bill")
	require.Equal(t, int64(140_000), bill.Amount.Int64(), "only the 0.7 kWh not bought P2P, at 0.20")
}

// The settler recovers a meter-signed reading from either ledger entry point's calldata, and the
// record it builds is accepted by the market (the signature checks out on chain).
func TestFindSignedReadingInLedgerCalldata(t *testing.T) {
	e := harness.New(t, 1)
	m := e.Market()
	meter := e.RegisterMeter(100_100_101, e.Users[0], true, 100_000)
	w := m.NextWindow(time.Minute)
	m.Ask(e.Users[0], meter.ID, w, 1000, 1) // a meter with an order: the ledger keeps its boundary readings
	m.WarpTo(w + m.WindowLen)
	ledgerABI, err := bindings.ReadingLedgerMetaData.ParseABI()
	require.NoError(t, err)

	r1 := reading.Reading{MeterID: meter.ID, Seq: 1, Timestamp: w, ImportWh: 10, ExportWh: 20}
	r2 := reading.Reading{MeterID: meter.ID, Seq: 2, Timestamp: w + m.WindowLen, ImportWh: 15, ExportWh: 90}
	s1, s2 := e.Sign(meter, r1), e.Sign(meter, r2)
	packedCall := e.LedgerABI.PackSubmitPacked(append(reading.Pack(r1, s1), reading.Pack(r2, s2)...))
	abiCall := e.LedgerABI.PackSubmit([]bindings.ReadingLedgerReading{
		{MeterId: r1.MeterID, Seq: r1.Seq, Timestamp: r1.Timestamp, ImportWh: r1.ImportWh, ExportWh: r1.ExportWh, DetailHash: r1.DetailHash},
		{MeterId: r2.MeterID, Seq: r2.Seq, Timestamp: r2.Timestamp, ImportWh: r2.ImportWh, ExportWh: r2.ExportWh, DetailHash: r2.DetailHash},
	}, [][]byte{s1[:], s2[:]})
	for _, call := range [][]byte{packedCall, abiCall} {
		rec, err := market.FindSignedReading(ledgerABI, call, meter.ID, 2)
		require.NoError(t, err)
		require.Equal(t, reading.Pack(r2, s2), rec)
		_, err = market.FindSignedReading(ledgerABI, call, meter.ID, 3)
		require.Error(t, err)
	}
	e.MustSend(e.Relayer, e.Ledger, abiCall)
	rec, err := market.FindSignedReading(ledgerABI, abiCall, meter.ID, 2)
	require.NoError(t, err)
	m.Record(e.Admin, rec)
	regs, err := bind.Call(m.Contract, nil, m.ABI.PackRegistersAt(meter.ID, w+m.WindowLen), m.ABI.UnpackRegistersAt)
	require.NoError(t, err)
	require.Equal(t, uint64(90), regs.ExportWh)
	require.True(t, regs.Recorded)
}

// A reorg drops the service's recordReadings and settleMany transactions; the new chain mines them
// again. The index follows (rows of orphaned blocks deleted, then re-added), the trade is settled
// exactly once, and the money is as without the reorg.
func TestServiceSurvivesReorgOfSettlement(t *testing.T) {
	e := harness.New(t, 3)
	m := e.Market()
	seller := e.RegisterMeter(100_100_101, e.Users[0], true, 100_000)
	buyer := e.RegisterMeter(100_200_101, e.Users[1], false, 100_000)
	m.FundAndApprove(e.Users[1], 1_000_000_000)
	ctx := context.Background()
	svc := startService(t, e, m, e.Deployment)
	poll := func(n int) {
		t.Helper()
		pollService(t, svc, n)
	}

	w := m.NextWindow(time.Hour)
	m.Ask(e.Users[0], seller.ID, w, 2000, 200_000)
	m.Bid(e.Users[1], buyer.ID, w, 2000, 300_000)
	m.WarpTo(w)
	poll(3)
	m.Read(seller, w, 0, 0)
	m.Read(buyer, w, 0, 0)
	m.WarpTo(w + m.WindowLen)
	m.Read(seller, w+m.WindowLen, 0, 1800)
	m.Read(buyer, w+m.WindowLen, 2500, 0)
	ancestor, err := e.Client.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	poll(9)
	settled := func() int {
		var n int
		require.NoError(t, svc.DB().QueryRow(`SELECT COUNT(*) FROM market_settled`).Scan(&n))
		return n
	}
	require.Equal(t, 1, settled())
	require.Equal(t, int64(450_000), m.Balance(e.Users[0].Addr).Int64())

	require.NoError(t, e.Sim.Fork(ancestor.Hash()))
	e.Sim.Commit() // the new branch: record and settle are back in the pool, not yet mined
	poll(1)
	for range 6 {
		e.Sim.Commit()
	}
	poll(6)
	require.Equal(t, 1, settled(), "the index holds the settlement once, from the new chain")
	next, err := bind.Call(m.Contract, nil, m.ABI.PackNextTradeId(), m.ABI.UnpackNextTradeId)
	require.NoError(t, err)
	require.Equal(t, uint64(2), next, "one trade")
	require.Equal(t, int64(450_000), m.Balance(e.Users[0].Addr).Int64())
	require.Equal(t, int64(1_000_000_000-450_000), m.Balance(e.Users[1].Addr).Int64())
	require.Zero(t, m.Balance(m.Addr).Sign())
}
