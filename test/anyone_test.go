package test

import (
	"github.com/meterchain/meterchain/internal/billid"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/bindings"
	"github.com/meterchain/meterchain/internal/marketbook"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/internal/tariff"
	"github.com/meterchain/meterchain/test/harness"
)

// skipP2PUnsettled is BillingManager.SkipReason.P2PUnsettled.
const skipP2PUnsettled = 6

// Issue 12: what anyone pays or receives does not depend on who calls the open contract functions
// or in which order.

// TestSettleManySkipsSettledTrades: a stranger front-runs the service's settleMany with a settle()
// of one of its trades; the batch still settles the others instead of reverting.
func TestSettleManySkipsSettledTrades(t *testing.T) {
	p := newMarket(t, 1, 2)
	s, b1, b2 := p.sellers[0], p.buyers[0], p.buyers[1]
	w := p.m.NextWindow(time.Hour)
	ask := p.ask(s, w, 3000, 200_000)
	bid1 := p.bid(b1, w, 2000, 300_000)
	bid2 := p.bid(b2, w, 1000, 300_000)
	p.clearWith(t, w, []marketbook.Order{bid1, bid2}, []marketbook.Order{ask})
	p.deliver(t, w, map[*harness.Meter][2]uint64{s: {0, 3000}, b1: {5000, 0}, b2: {5000, 0}})

	front, err := p.m.Settle(p.e.Users[2], 1) // the stranger settles trade 1 first
	require.NoError(t, err)
	require.Len(t, p.m.Settled(front), 1)

	r, err := p.e.Send(p.e.Relayer, p.m.Contract, p.m.ABI.PackSettleMany([]uint64{1, 2}))
	require.NoError(t, err, "an already settled trade must not revert the batch")
	ev := p.m.Settled(r)
	require.Len(t, ev, 1, "only the trade still open is settled")
	require.Equal(t, uint64(2), ev[0].TradeId)
	require.Equal(t, uint64(1000), ev[0].DeliveredWh)
	require.Equal(t, int64(fund+500_000+250_000), p.balance(s), "paid once per trade")
	require.Zero(t, p.m.Balance(p.m.Addr).Sign())

	// Nothing settles twice: the same batch again settles nothing and moves no money.
	r, err = p.e.Send(p.e.Relayer, p.m.Contract, p.m.ABI.PackSettleMany([]uint64{1, 2}))
	require.NoError(t, err)
	require.Empty(t, p.m.Settled(r))
	require.Equal(t, int64(fund+750_000), p.balance(s))

	// Unknown trades still revert: skipping is only for trades that existed and are settled.
	_, err = p.e.Send(p.e.Relayer, p.m.Contract, p.m.ABI.PackSettleMany([]uint64{2, 99}))
	require.Equal(t, "UnknownTrade", revertName(err))
}

// TestBillIssuedByAnyoneBeforeTradeSettlesIsNotDoubleBilled: a stranger issues the buyer's bill
// right after the period closes, before the period's trade is settled. The bill is refused
// (skipped) while the trade is open, and once it is settled the bill subtracts the P2P energy:
// the buyer never pays the tariff for energy it bought on the market.
func TestBillIssuedByAnyoneBeforeTradeSettlesIsNotDoubleBilled(t *testing.T) {
	p := newMarket(t, 1, 2)
	s, b, stranger := p.sellers[0], p.buyers[0], p.e.Users[2]
	billing := p.e.Billing()
	billing.SetTariff(1, 0, nil, 200_000) // flat 0.20 per kWh
	w := p.m.NextWindow(time.Hour)
	ask := p.ask(s, w, 2000, 100_000)
	bid := p.bid(b, w, 2000, 300_000)
	p.clearWith(t, w, []marketbook.Order{bid}, []marketbook.Order{ask})
	p.deliver(t, w, map[*harness.Meter][2]uint64{s: {0, 3000}, b: {2500, 0}})
	period := reading.PeriodOf(w + p.m.WindowLen)

	// The ledger takes readings up to 5 minutes ahead of block time: a reading of 00:01:40 on the
	// 1st closes the period on the ledger at 23:58:20, while trades of the month's last window may
	// still be cleared. Nobody may bill the period before it is over.
	end := time.Unix(int64(w+p.m.WindowLen), 0).UTC()
	monthEnd := uint64(time.Date(end.Year(), end.Month()+1, 1, 0, 0, 0, 0, time.UTC).Unix())
	p.m.WarpTo(monthEnd - 100)
	p.m.Read(b, monthEnd+100, 2600, 0)
	r := billing.Issue(stranger, period, b.ID)
	require.Empty(t, billing.Issued(r), "billed before the period is over")
	require.Equal(t, uint8(skipP2PUnsettled), billing.Skipped(r)[0].Reason)

	// The period is over and closed on the ledger; the trade is not settled yet.
	next := monthEnd + 3600
	p.m.WarpTo(next)
	p.m.Read(b, next, 3000, 0)
	r = billing.Issue(stranger, period, b.ID)
	require.Empty(t, billing.Issued(r), "a bill issued before the trade settles would bill the P2P energy again")
	skipped := billing.Skipped(r)
	require.Len(t, skipped, 1)
	require.Equal(t, uint8(skipP2PUnsettled), skipped[0].Reason)
	require.Equal(t, uint8(0), billing.Bill(billid.Of(b.ID, period)).Status, "no bill exists")

	// Anyone settles; then anyone's bill subtracts the delivered 2000 Wh.
	_, err := p.m.Settle(stranger, 1)
	require.NoError(t, err)
	issued := billing.Issued(billing.Issue(stranger, period, b.ID))
	require.Len(t, issued, 1)
	require.Equal(t, uint64(2500), issued[0].EnergyWh)
	require.Equal(t, uint64(2000), issued[0].P2pWh)
	require.Equal(t, int64(100_000), issued[0].Amount.Int64(), "only the 0.5 kWh from the grid at 0.20")
}

// TestTariffChangeDoesNotRepriceClosedPeriod: the registrar moves a meter to a dearer tariff while
// an earlier period is closed but unbilled. Issued after the change (by anyone), that bill keeps
// the tariff in force when the period closed; the running period keeps it too; the new tariff
// prices the periods after the one in which it was assigned.
func TestTariffChangeDoesNotRepriceClosedPeriod(t *testing.T) {
	e := harness.New(t, 1)
	b := e.Billing()
	setBillingTariffs(t, e, b)
	m := meterWithTariff(e, 352_522_030, e.Users[0], 1) // flat 0.1523
	monthlyReadings(e, m, 300_000)                      // January 2024 closed, not billed

	now := time.Unix(int64(e.Now()), 0).UTC()
	month := func(k int) time.Time {
		return time.Date(now.Year(), now.Month()+time.Month(k), 1, 0, 0, 0, 0, time.UTC)
	}
	current := reading.PeriodOf(uint64(now.Unix()))
	next := reading.PeriodOf(uint64(month(1).Unix()) + 1)
	r := e.MustSend(e.Registrar, e.Registry, e.RegistryABI.PackAssignTariff(m.ID, 4))
	ev, err := e.RegistryABI.UnpackTariffAssignedEvent(r.Logs[0])
	require.NoError(t, err)
	require.Equal(t, next, ev.FromPeriod, "a change made during a period applies from the next one")

	gas := b.Issue(e.Users[0], 202401, m.ID)
	jan := b.Issued(gas)
	require.Len(t, jan, 1)
	require.Equal(t, "45.69", tariff.FormatAmount(jan[0].Amount, 6), "300 kWh at the tariff in force: 0.1523")
	t.Logf("issueBills of a period before a tariff change: %d gas", gas.GasUsed)

	// The running period keeps tariff 1; the next one is billed at tariff 4.
	e.Market().WarpTo(uint64(month(2).Add(25 * time.Hour).Unix()))
	last := e.LastReading(m.ID).ImportWh
	e.ReadMeter(m,
		harness.Register{At: now, ImportWh: last},
		harness.Register{At: month(1), ImportWh: last + 300_000},                     // ends the running period
		harness.Register{At: month(2), ImportWh: last + 600_000},                     // ends the next one
		harness.Register{At: month(2).Add(24 * time.Hour), ImportWh: last + 600_000}, // closes it
	)
	issued := b.Issued(b.Issue(e.Users[0], current, m.ID))
	require.Len(t, issued, 1)
	require.Equal(t, "45.69", tariff.FormatAmount(issued[0].Amount, 6), "the period of the change keeps its tariff")
	issued = b.Issued(b.Issue(e.Users[0], next, m.ID))
	require.Len(t, issued, 1)
	require.Equal(t, "51.74", tariff.FormatAmount(issued[0].Amount, 6), "9.99 + 50 x 0.0875 + 150 x 0.1125 + 100 x 0.2050")
}

// TestAutopayNeverPaysPreviousOwnersBills: the house is sold with January's bill unpaid. The new
// owner opts into autopay; a collection of the old bill (anyone may call it, the service selects
// every unsettled bill) pulls nothing from the new owner, while the new owner's own period is
// collected. Each bill names the account responsible for it.
func TestAutopayNeverPaysPreviousOwnersBills(t *testing.T) {
	e := harness.New(t, 2)
	b := e.Billing()
	setBillingTariffs(t, e, b)
	seller, buyer := e.Users[0], e.Users[1]
	const meterID = 352_522_031
	m := meterWithTariff(e, meterID, seller, 1)
	monthlyReadings(e, m, 300_000)
	bills := b.Issued(b.Issue(seller, 202401, meterID))
	require.Len(t, bills, 1)
	old := bills[0] // January 2024, 45.69, unpaid
	e.MustSend(seller, e.Registry, e.RegistryABI.PackChangeOwner(meterID, buyer.Addr))
	require.Equal(t, seller.Addr, b.Bill(old.BillId).Account, "January closed under the seller")

	b.Fund(buyer.Addr, 100_000_000)
	b.Approve(buyer, 100_000_000)
	e.MustSend(buyer, b.Manager, b.BillingABI.PackSetAutopay(meterID, big.NewInt(100_000_000)))
	r := e.MustSend(e.Users[1], b.Manager, b.BillingABI.PackCollectAutopay([]*big.Int{old.BillId}))
	require.Equal(t, []string{"bill of a period before the payer's ownership"}, autopayFailures(b, r.Logs))
	require.Equal(t, int64(100_000_000), b.Balance(buyer.Addr).Int64(), "the buyer paid none of the seller's arrears")
	require.Equal(t, uint8(statusOpen), b.Bill(old.BillId).Status)

	// The period of the sale and after are the buyer's: its autopay collects them.
	now := time.Unix(int64(e.Now()), 0).UTC()
	current := reading.PeriodOf(uint64(now.Unix()))
	next := time.Date(now.Year(), now.Month()+1, 1, 0, 0, 0, 0, time.UTC)
	e.Market().WarpTo(uint64(next.Add(25 * time.Hour).Unix()))
	last := e.LastReading(meterID).ImportWh
	e.ReadMeter(m,
		harness.Register{At: now, ImportWh: last},
		harness.Register{At: next, ImportWh: last + 300_000},
		harness.Register{At: next.Add(24 * time.Hour), ImportWh: last + 300_000},
	)
	issued := b.Issued(b.Issue(e.Users[0], current, meterID))
	require.Len(t, issued, 1)
	require.Equal(t, buyer.Addr, b.Bill(issued[0].BillId).Account)
	r = e.MustSend(e.Users[0], b.Manager, b.BillingABI.PackCollectAutopay([]*big.Int{old.BillId, issued[0].BillId}))
	require.Equal(t, []string{"bill of a period before the payer's ownership"}, autopayFailures(b, r.Logs))
	require.Equal(t, uint8(statusPaid), b.Bill(issued[0].BillId).Status)
	require.Equal(t, int64(100_000_000-45_690_000), b.Balance(buyer.Addr).Int64())
}

// TestMarketRefusesReadingTheLedgerDidNotAccept: the seller's meter signs an end-of-window reading
// claiming 999,999 Wh exported; the ledger rejects it (implausible rate) and then accepts the real
// one. A stranger records the rejected reading first: the market refuses it, records the accepted
// one, and the seller is paid for what was really delivered.
func TestMarketRefusesReadingTheLedgerDidNotAccept(t *testing.T) {
	p := newMarket(t, 1, 2)
	s, b, stranger := p.sellers[0], p.buyers[0], p.e.Users[2]
	w := p.m.NextWindow(time.Hour)
	end := w + p.m.WindowLen
	ask := p.ask(s, w, 2000, 200_000)
	bid := p.bid(b, w, 2000, 300_000)
	p.clearWith(t, w, []marketbook.Order{bid}, []marketbook.Order{ask})
	startS, startB := p.m.Read(s, w, 0, 0), p.m.Read(b, w, 0, 0)
	p.m.WarpTo(end)

	made := reading.Reading{MeterID: s.ID, Seq: p.e.LastReading(s.ID).Seq + 1, Timestamp: end, ExportWh: 999_999}
	madeSig := p.e.Sign(s, made)
	out := p.e.Outcomes(p.e.SubmitPacked([]reading.Reading{made}, []reading.Signature{madeSig}))
	require.Equal(t, reading.ImplausibleRate, out[0].Reason)
	endS := p.m.Read(s, end, 0, 1000) // the real reading, next seq
	endB := p.m.Read(b, end, 2500, 0)

	r := p.m.Record(stranger, reading.Pack(made, madeSig), startS, startB)
	require.Len(t, p.m.Refused(r), 1, "the rejected reading is refused, the batch goes on")
	r = p.m.Record(stranger, endS, endB)
	require.Empty(t, p.m.Refused(r))

	settled, err := p.m.Settle(stranger, 1)
	require.NoError(t, err)
	ev := p.m.Settled(settled)
	require.Len(t, ev, 1)
	require.Equal(t, uint64(1000), ev[0].DeliveredWh, "delivery measured from the accepted registers only")
	require.Equal(t, int64(fund+250_000), p.balance(s))
}

// TestKeyRotationBetweenWindowAndSettlementStillSettles: the window's readings are accepted, then
// the registrar rotates the seller meter's key before anyone records them. The market still takes
// them (the ledger accepted them under the key valid then), a junk record in the same batch does not
// block the others, and the trade settles.
func TestKeyRotationBetweenWindowAndSettlementStillSettles(t *testing.T) {
	p := newMarket(t, 1, 1)
	s, b := p.sellers[0], p.buyers[0]
	w := p.m.NextWindow(time.Hour)
	end := w + p.m.WindowLen
	ask := p.ask(s, w, 2000, 200_000)
	bid := p.bid(b, w, 2000, 300_000)
	p.clearWith(t, w, []marketbook.Order{bid}, []marketbook.Order{ask})
	recs := [][]byte{p.m.Read(s, w, 0, 0), p.m.Read(b, w, 0, 0)}
	p.m.WarpTo(end)
	recs = append(recs, p.m.Read(s, end, 0, 3000), p.m.Read(b, end, 2500, 0))

	newKey, err := crypto.GenerateKey()
	require.NoError(t, err)
	p.e.RotateSigner(s, crypto.PubkeyToAddress(newKey.PublicKey))

	junk := append([]byte{}, recs[2]...)
	junk[39]++ // export altered
	r := p.m.Record(p.e.Relayer, append([][]byte{junk}, recs...)...)
	require.Len(t, p.m.Refused(r), 1)
	settled, err := p.m.Settle(p.e.Relayer, 1)
	require.NoError(t, err, "readings signed before the rotation still settle the trade")
	require.Equal(t, uint64(2000), p.m.Settled(settled)[0].DeliveredWh)
	require.Equal(t, int64(fund+500_000), p.balance(s))
}

// TestRegistrarRotationIsTimeLocked: the registrar's key rotation and owner change are announced
// and wait 48 hours (the meter keeps its key and its owner meanwhile); the owner's confirmation
// makes a rotation take effect at once; after the delay anyone completes them.
func TestRegistrarRotationIsTimeLocked(t *testing.T) {
	e := harness.New(t, 3)
	owner, stranger, other := e.Users[0], e.Users[1], e.Users[2]
	regName := func(err error) string { return harness.RevertName(err, &bindings.MeterRegistryMetaData) }
	m := e.RegisterMeter(meterA, owner, false, 10_000)
	before := e.MeterAuth(meterA)
	takeover, err := crypto.GenerateKey()
	require.NoError(t, err)
	takeoverAddr := crypto.PubkeyToAddress(takeover.PublicKey)

	r := e.MustSend(e.Registrar, e.Registry, e.RegistryABI.PackRotateSigner(meterA, takeoverAddr))
	proposed, err := e.RegistryABI.UnpackSignerRotationProposedEvent(r.Logs[0])
	require.NoError(t, err, "the owner sees the proposal as an event")
	require.Equal(t, takeoverAddr, proposed.NewSigner)
	require.Equal(t, e.Now()+48*3600, proposed.NotBefore)
	require.Equal(t, before, e.MeterAuth(meterA), "nothing changed yet")
	require.Equal(t, reading.Accepted, submitOne(t, e, m, newReading(meterA, 1, e.Now()-60, 100, 0)), "the meter's own key still signs")
	_, err = e.Send(stranger, e.Registry, e.RegistryABI.PackCompleteSignerRotation(meterA))
	require.Equal(t, "TooEarly", regName(err))
	_, err = e.Send(stranger, e.Registry, e.RegistryABI.PackConfirmSignerRotation(meterA, takeoverAddr))
	require.Equal(t, "NotMeterOwner", regName(err), "only the owner co-signs")

	r = e.MustSend(e.Registrar, e.Registry, e.RegistryABI.PackChangeOwner(meterA, other.Addr))
	ownerProposed, err := e.RegistryABI.UnpackOwnerChangeProposedEvent(r.Logs[0])
	require.NoError(t, err)
	acc, err := bind.Call(e.Registry, nil, e.RegistryABI.PackAccountOf(meterA), e.RegistryABI.UnpackAccountOf)
	require.NoError(t, err)
	require.Equal(t, owner.Addr, acc.Owner, "the registrar's owner change waits")
	_, err = e.Send(stranger, e.Registry, e.RegistryABI.PackCompleteOwnerChange(meterA))
	require.Equal(t, "TooEarly", regName(err))

	// After 48 hours anyone completes both.
	e.Market().WarpTo(ownerProposed.NotBefore) // proposed after the rotation: its delay ends last
	e.MustSend(stranger, e.Registry, e.RegistryABI.PackCompleteSignerRotation(meterA))
	e.MustSend(stranger, e.Registry, e.RegistryABI.PackCompleteOwnerChange(meterA))
	require.Equal(t, takeoverAddr, common.Address(e.MeterAuth(meterA).Signer))
	acc, err = bind.Call(e.Registry, nil, e.RegistryABI.PackAccountOf(meterA), e.RegistryABI.UnpackAccountOf)
	require.NoError(t, err)
	require.Equal(t, other.Addr, acc.Owner)
	hist, err := bind.Call(e.Registry, nil, e.RegistryABI.PackSignerHistory(meterA), e.RegistryABI.UnpackSignerHistory)
	require.NoError(t, err)
	require.Len(t, hist, 1, "the old key stays in the meter's key history")
	require.Equal(t, common.Address(before.Signer), hist[0].Signer)

	// With the owner's confirmation a rotation takes effect at once.
	fresh, err := crypto.GenerateKey()
	require.NoError(t, err)
	freshAddr := crypto.PubkeyToAddress(fresh.PublicKey)
	e.MustSend(e.Registrar, e.Registry, e.RegistryABI.PackRotateSigner(meterA, freshAddr))
	e.MustSend(other, e.Registry, e.RegistryABI.PackConfirmSignerRotation(meterA, freshAddr))
	require.Equal(t, freshAddr, common.Address(e.MeterAuth(meterA).Signer))
}

// TestDeactivationBillsTheFinalPeriod: a meter is taken out of service mid-month. Its final
// period closes with its final reading and is billed; later readings stay rejected.
func TestDeactivationBillsTheFinalPeriod(t *testing.T) {
	e := harness.New(t, 1)
	b := e.Billing()
	setBillingTariffs(t, e, b)
	m := meterWithTariff(e, 352_522_032, e.Users[0], 1) // flat 0.1523
	e.ReadMeter(m,
		harness.Register{At: day(2024, 1, 1), ImportWh: 1_000_000},  // baseline
		harness.Register{At: day(2024, 2, 1), ImportWh: 1_100_000},  // ends January
		harness.Register{At: day(2024, 2, 20), ImportWh: 1_400_000}, // the final reading
	)
	r := b.Issue(e.Users[0], 202402, m.ID)
	require.Empty(t, b.Issued(r), "February is still open")

	e.MustSend(e.Registrar, e.Registry, e.RegistryABI.PackDeactivate(m.ID))
	issued := b.Issued(b.Issue(e.Users[0], 202402, m.ID))
	require.Len(t, issued, 1, "the final period is billed")
	require.Equal(t, uint64(300_000), issued[0].EnergyWh)
	require.Equal(t, "45.69", tariff.FormatAmount(issued[0].Amount, 6))
	r = b.Issue(e.Users[0], 202403, m.ID)
	require.Empty(t, b.Issued(r), "nothing after the final reading")

	late := reading.Reading{MeterID: m.ID, Seq: 4, Timestamp: uint64(day(2024, 3, 1).Unix()), ImportWh: 1_500_000}
	out := e.Outcomes(e.SubmitPacked([]reading.Reading{late}, []reading.Signature{e.Sign(m, late)}))
	require.Equal(t, reading.InactiveMeter, out[0].Reason)
}

// TestGapMonthsAreBilledByInterpolation: the meter is silent from 15 January to 10 April 2024.
// February and March, without any reading, are billed with the registers interpolated at their
// month ends on the line between the two readings around the gap (the bills say they are
// estimated); April gets the rest; no Wh is lost or counted twice.
func TestGapMonthsAreBilledByInterpolation(t *testing.T) {
	e := harness.New(t, 1)
	b := e.Billing()
	setBillingTariffs(t, e, b)
	m := meterWithTariff(e, 352_522_033, e.Users[0], 1) // flat 0.1523
	t0, t1 := day(2024, 1, 15), day(2024, 4, 10)
	v0, v1 := uint64(1_100_000), uint64(1_100_000+850_000)
	e.ReadMeter(m,
		harness.Register{At: day(2024, 1, 1), ImportWh: 1_000_000}, // baseline
		harness.Register{At: t0, ImportWh: v0},                     // January's last reading
		harness.Register{At: t1, ImportWh: v1},                     // the first after the gap
		harness.Register{At: day(2024, 5, 1), ImportWh: v1 + 20_000},
		harness.Register{At: day(2024, 5, 2), ImportWh: v1 + 20_000}, // closes April
	)
	at := func(end time.Time) uint64 { // the interpolated register at a month end, rounded down
		return v0 + (v1-v0)*uint64(end.Sub(t0)/time.Second)/uint64(t1.Sub(t0)/time.Second)
	}
	endFeb, endMar := at(day(2024, 3, 1)), at(day(2024, 4, 1))
	want := map[uint32]uint64{
		202401: v0 - 1_000_000,
		202402: endFeb - v0,
		202403: endMar - endFeb,
		202404: v1 + 20_000 - endMar,
	}
	var total uint64
	for _, period := range []uint32{202401, 202402, 202403, 202404} {
		issued := b.Issued(b.Issue(e.Users[0], period, m.ID))
		require.Len(t, issued, 1, "period %d is billed", period)
		require.Equal(t, want[period], issued[0].EnergyWh, "period %d", period)
		require.NotZero(t, issued[0].EnergyWh, "period %d", period)
		bill := b.Bill(issued[0].BillId)
		require.Equal(t, period != 202401, bill.Estimated, "period %d estimated", period)
		total += issued[0].EnergyWh
	}
	require.Equal(t, v1+20_000-1_000_000, total, "every Wh billed once")
}
