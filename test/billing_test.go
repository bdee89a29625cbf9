package test

import (
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/bindings"
	"github.com/meterchain/meterchain/bindings/testbindings"
	"github.com/meterchain/meterchain/deploy"
	"github.com/meterchain/meterchain/internal/billid"
	"github.com/meterchain/meterchain/internal/billpay"
	"github.com/meterchain/meterchain/internal/chaintx"
	"github.com/meterchain/meterchain/internal/tariff"
	"github.com/meterchain/meterchain/test/harness"
)

// Bill status and skip reason values of BillingManager.
const (
	statusOpen, statusPaid, statusOverdue = 1, 2, 3
	skipAlreadyIssued, skipNotClosed      = 1, 2
	skipUnknownTariff                     = 3
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// billingTariffs are the hand-table tariffs: 1 flat 0.1523/kWh; 2 tiered 0.10 to 100 kWh then
// 0.15; 3 fixed 4.50 + 0.1234/kWh; 4 fixed 9.99 + 0.0875 to 50 kWh, 0.1125 to 200 kWh, 0.2050.
const billingTariffs = `
tariffs:
  - {id: 1, name: flat, blocks: [{price_per_kwh: "0.1523"}]}
  - {id: 2, name: tiered, blocks: [{up_to_kwh: 100, price_per_kwh: "0.10"}, {price_per_kwh: "0.15"}]}
  - {id: 3, name: fixed and flat, fixed_charge: "4.50", blocks: [{price_per_kwh: "0.1234"}]}
  - {id: 4, name: fixed and tiers, fixed_charge: "9.99", blocks: [{up_to_kwh: 50, price_per_kwh: "0.0875"}, {up_to_kwh: 200, price_per_kwh: "0.1125"}, {price_per_kwh: "0.2050"}]}
`

func setBillingTariffs(t testing.TB, e *harness.Env, b *harness.Billing) {
	t.Helper()
	ts, err := tariff.Parse([]byte(billingTariffs), 6)
	require.NoError(t, err)
	for _, tt := range ts {
		e.MustSend(e.Registrar, b.Manager, b.BillingABI.PackSetTariff(tt.ID, tt.FixedCharge, tt.UpToWh, tt.PricePerKWh))
	}
}

// meterWithTariff registers a meter on a tariff.
func meterWithTariff(e *harness.Env, id uint64, owner *harness.Account, tariffID uint32) *harness.Meter {
	m := e.RegisterMeter(id, owner, false, 5_000_000)
	if tariffID != 1 {
		e.MustSend(e.Registrar, e.Registry, e.RegistryABI.PackAssignTariff(id, tariffID))
	}
	return m
}

// monthlyReadings relays midnight readings on the 1st of each month from January 2024, so the
// energy of month i (January = 0) is whs[i]; a reading on 2 of the month after closes the last.
func monthlyReadings(e *harness.Env, m *harness.Meter, whs ...uint64) {
	reg := uint64(1_000_000) // a meter that has been running a while
	points := []harness.Register{{At: day(2024, 1, 1), ImportWh: reg}}
	for i, wh := range whs {
		reg += wh
		points = append(points, harness.Register{At: day(2024, time.Month(i+2), 1), ImportWh: reg})
	}
	points = append(points, harness.Register{At: day(2024, time.Month(len(whs)+1), 2), ImportWh: reg})
	e.ReadMeter(m, points...)
}

// TestBillsMatchHandTable: flat, tiered and fixed-charge bills issued on chain from real readings
// equal the decimal amounts worked out by hand, to the cent.
func TestBillsMatchHandTable(t *testing.T) {
	e := harness.New(t, 1)
	b := e.Billing()
	setBillingTariffs(t, e, b)
	owner := e.Users[0]
	cases := []struct {
		meter  uint64
		tariff uint32
		wh     []uint64 // Jan, Feb, Mar 2024
		want   []string
	}{
		{352_522_001, 1, []uint64{300_000, 612_345, 33}, []string{"45.69", "93.26", "0.01"}},
		{352_522_002, 2, []uint64{100_000, 250_500, 50}, []string{"10.00", "32.58", "0.01"}},
		{352_522_003, 3, []uint64{0, 412_870, 1}, []string{"4.50", "55.45", "4.50"}},
		{352_522_004, 4, []uint64{350_000, 123_456, 50_000}, []string{"61.99", "22.63", "14.37"}},
	}
	var ids []uint64
	for _, c := range cases {
		monthlyReadings(e, meterWithTariff(e, c.meter, owner, c.tariff), c.wh...)
		ids = append(ids, c.meter)
	}
	for i, period := range []uint32{202401, 202402, 202403} {
		r := b.Issue(e.Users[0], period, ids...)
		issued := b.Issued(r)
		require.Len(t, issued, len(cases))
		for j, c := range cases {
			ev := issued[j]
			require.Equal(t, billid.Of(c.meter, period), ev.BillId)
			require.Equal(t, c.meter, ev.MeterId)
			require.Equal(t, period, ev.Period)
			require.Equal(t, c.wh[i], ev.EnergyWh, "meter %d period %d energy", c.meter, period)
			require.Equal(t, c.want[i], tariff.FormatAmount(ev.Amount, 6), "meter %d period %d", c.meter, period)

			bill := b.Bill(ev.BillId)
			require.Equal(t, ev.Amount, bill.Amount)
			require.Equal(t, c.wh[i], bill.EnergyWh)
			require.Equal(t, ev.Due, bill.Due)
			require.Equal(t, bill.IssuedAt+deploy.PaymentTerm, bill.Due)
			require.Equal(t, uint8(statusOpen), bill.Status)
		}
	}
}

// TestBillWithoutReadingOnLastDay: the meter went quiet from 28 January to 3 February. January's
// bill ends at the last January reading; the quiet days' energy lands in February; nothing is lost
// or counted twice.
func TestBillWithoutReadingOnLastDay(t *testing.T) {
	e := harness.New(t, 1)
	b := e.Billing()
	setBillingTariffs(t, e, b)
	m := meterWithTariff(e, 352_522_005, e.Users[0], 1)
	e.ReadMeter(m,
		harness.Register{At: day(2024, 1, 1), ImportWh: 10_000},                      // baseline (closes December)
		harness.Register{At: day(2024, 1, 15), ImportWh: 110_000},                    // January
		harness.Register{At: day(2024, 1, 28).Add(6 * time.Hour), ImportWh: 210_000}, // last January reading
		harness.Register{At: day(2024, 2, 3), ImportWh: 260_000},                     // February: closes January
		harness.Register{At: day(2024, 3, 1), ImportWh: 410_000},                     // 00:00 on 1 March ends February
		harness.Register{At: day(2024, 3, 2), ImportWh: 420_000},                     // March: closes February
	)
	r := b.Issue(e.Users[0], 202401, m.ID)
	r2 := b.Issue(e.Users[0], 202402, m.ID)
	jan, feb := b.Issued(r)[0], b.Issued(r2)[0]
	require.Equal(t, uint64(200_000), jan.EnergyWh)               // 210,000 - 10,000
	require.Equal(t, uint64(200_000), feb.EnergyWh)               // 410,000 - 210,000
	require.Equal(t, "30.46", tariff.FormatAmount(jan.Amount, 6)) // 200 x 0.1523
	require.Equal(t, "30.46", tariff.FormatAmount(feb.Amount, 6))
}

// TestDoubleIssueRefused: a second issue of the same (meter, period) is skipped with a reason and
// changes nothing; so are an open period and a meter on an undefined tariff; the batch goes on.
func TestDoubleIssueRefused(t *testing.T) {
	e := harness.New(t, 1)
	b := e.Billing()
	setBillingTariffs(t, e, b)
	a := meterWithTariff(e, 352_522_006, e.Users[0], 1)
	c := meterWithTariff(e, 352_522_007, e.Users[0], 9) // tariff 9 is not defined
	monthlyReadings(e, a, 100_000)
	monthlyReadings(e, c, 100_000)

	first := b.Issued(b.Issue(e.Users[0], 202401, a.ID))
	require.Len(t, first, 1)
	before := b.Bill(first[0].BillId)

	// Again for January (a twice in one batch too), February (still open) and the tariff-less c.
	r := b.Issue(e.Registrar, 202401, a.ID, a.ID, c.ID)
	require.Empty(t, b.Issued(r))
	skipped := b.Skipped(r)
	require.Len(t, skipped, 3)
	require.Equal(t, uint8(skipAlreadyIssued), skipped[0].Reason)
	require.Equal(t, uint8(skipAlreadyIssued), skipped[1].Reason)
	require.Equal(t, uint8(skipUnknownTariff), skipped[2].Reason)
	require.Equal(t, before, b.Bill(first[0].BillId))

	r = b.Issue(e.Users[0], 202402, a.ID)
	require.Empty(t, b.Issued(r))
	require.Equal(t, uint8(skipNotClosed), b.Skipped(r)[0].Reason)
	require.Equal(t, uint8(0), b.Bill(billid.Of(a.ID, 202402)).Status) // none

	_, err := e.Send(e.Users[0], b.Manager, b.BillingABI.PackIssueBills([]uint64{a.ID}, 202413))
	require.Equal(t, "InvalidPeriod", harness.RevertName(err, &bindings.BillingManagerMetaData))
}

// issueOne sets the hand tariffs, registers a meter of owner, reads `wh` in January 2024 on a
// flat tariff and issues its January bill.
func issueOne(t *testing.T, e *harness.Env, b *harness.Billing, id uint64, owner *harness.Account, wh uint64) *bindings.BillingManagerBillIssued {
	t.Helper()
	monthlyReadings(e, meterWithTariff(e, id, owner, 1), wh)
	issued := b.Issued(b.Issue(owner, 202401, id))
	require.Len(t, issued, 1)
	return issued[0]
}

// TestAnyoneCanPayButNotOverpay: a neighbour pays part of someone else's bill, the owner the rest;
// only the bill amount moves to the treasury; a payment above what is owed is refused; the bill is
// overdue after its due date unless paid.
func TestAnyoneCanPayButNotOverpay(t *testing.T) {
	e := harness.New(t, 2)
	b := e.Billing()
	setBillingTariffs(t, e, b)
	owner, neighbour := e.Users[0], e.Users[1]
	bill := issueOne(t, e, b, 352_522_008, owner, 300_000) // 45.69
	require.Equal(t, int64(45_690_000), bill.Amount.Int64())
	treasury := e.Admin.Addr
	treasuryBefore := b.Balance(treasury)

	b.Fund(neighbour.Addr, 100_000_000)
	b.Fund(owner.Addr, 100_000_000)
	b.Approve(neighbour, 100_000_000)
	b.Approve(owner, 100_000_000)

	r, err := b.Pay(neighbour, bill.BillId, 20_000_000)
	require.NoError(t, err)
	var paid *bindings.BillingManagerBillPaid
	for _, l := range r.Logs {
		if ev, err := b.BillingABI.UnpackBillPaidEvent(l); err == nil {
			paid = ev
		}
	}
	require.NotNil(t, paid)
	require.Equal(t, neighbour.Addr, paid.Payer)
	require.Equal(t, int64(20_000_000), paid.PaidTotal.Int64())
	require.Equal(t, uint8(statusOpen), b.Bill(bill.BillId).Status)

	// More than the 25.69 still owed is refused, from anyone.
	_, err = b.Pay(owner, bill.BillId, 25_690_001)
	require.Equal(t, "Overpayment", harness.RevertName(err, &bindings.BillingManagerMetaData))
	_, err = b.Pay(owner, bill.BillId, 25_690_000)
	require.NoError(t, err)
	st := b.Bill(bill.BillId)
	require.Equal(t, uint8(statusPaid), st.Status)
	require.Equal(t, bill.Amount, st.Paid)
	_, err = b.Pay(neighbour, bill.BillId, 1)
	require.Equal(t, "BillAlreadySettled", harness.RevertName(err, &bindings.BillingManagerMetaData))

	require.Equal(t, new(big.Int).Add(treasuryBefore, bill.Amount), b.Balance(treasury))
	require.Equal(t, int64(80_000_000), b.Balance(neighbour.Addr).Int64())
	require.Equal(t, int64(100_000_000-25_690_000), b.Balance(owner.Addr).Int64())

	// Unknown bills and zero payments are refused.
	_, err = b.Pay(owner, billid.Of(352_522_008, 202402), 1)
	require.Equal(t, "UnknownBill", harness.RevertName(err, &bindings.BillingManagerMetaData))

	// Overdue: a second, unpaid bill past its due date; markOverdue records it once.
	second := issueOne(t, e, b, 352_522_009, owner, 100_000)
	require.NoError(t, e.Sim.AdjustTime((deploy.PaymentTerm+60)*time.Second))
	e.Sim.Commit()
	require.Equal(t, uint8(statusOverdue), b.Bill(second.BillId).Status)
	require.Equal(t, uint8(statusPaid), b.Bill(bill.BillId).Status) // paid stays paid
	r = e.MustSend(neighbour, b.Manager, b.BillingABI.PackMarkOverdue([]*big.Int{second.BillId, bill.BillId, second.BillId}))
	require.Len(t, r.Logs, 1)
	ov, err := b.BillingABI.UnpackBillOverdueEvent(r.Logs[0])
	require.NoError(t, err)
	require.Equal(t, second.BillId, ov.BillId)
	require.Equal(t, second.Amount, ov.Outstanding)
	// Paying late still works and settles it.
	_, err = b.Pay(owner, second.BillId, second.Amount.Int64())
	require.NoError(t, err)
	require.Equal(t, uint8(statusPaid), b.Bill(second.BillId).Status)
}

// TestPayWithPermit: approve and pay in one transaction with an ERC-2612 signature.
func TestPayWithPermit(t *testing.T) {
	e := harness.New(t, 1)
	b := e.Billing()
	setBillingTariffs(t, e, b)
	owner := e.Users[0]
	bill := issueOne(t, e, b, 352_522_010, owner, 300_000)
	b.Fund(owner.Addr, 50_000_000)

	tok := billpay.Token{Name: "meterchain USD", ChainID: harness.ChainID, Address: e.Deployment.StableToken}
	deadline := big.NewInt(int64(e.Now() + 3600))
	sig, err := tok.Sign(owner.Key, billpay.Permit{Owner: owner.Addr, Spender: e.Deployment.BillingManager,
		Value: bill.Amount, Nonce: big.NewInt(0), Deadline: deadline})
	require.NoError(t, err)
	e.MustSend(owner, b.Manager, b.BillingABI.PackPayWithPermit(bill.BillId, bill.Amount, deadline, sig.V, sig.R, sig.S))
	require.Equal(t, uint8(statusPaid), b.Bill(bill.BillId).Status)
	require.Equal(t, int64(50_000_000-45_690_000), b.Balance(owner.Addr).Int64())

	// A forged permit (signed by someone else) without an allowance is refused.
	other := harness.NewAccount()
	bill2 := issueOne(t, e, b, 352_522_011, owner, 1_000)
	bad, err := tok.Sign(other.Key, billpay.Permit{Owner: other.Addr, Spender: e.Deployment.BillingManager,
		Value: bill2.Amount, Nonce: big.NewInt(1), Deadline: deadline})
	require.NoError(t, err)
	_, err = e.Send(owner, b.Manager, b.BillingABI.PackPayWithPermit(bill2.BillId, bill2.Amount, deadline, bad.V, bad.R, bad.S))
	require.Equal(t, "PermitFailed", harness.RevertName(err, &bindings.BillingManagerMetaData))
}

// reentrantBilling deploys a BillingManager on the ReentrantToken (the attack token), with one
// issued bill of `owner` and the token minted and approved.
func reentrantBilling(t *testing.T, e *harness.Env, owner *harness.Account) (*bindings.BillingManager, *bind.BoundContract, *testbindings.ReentrantToken, *bind.BoundContract, *big.Int) {
	t.Helper()
	tokABI := testbindings.NewReentrantToken()
	tokAddr, _, err := chaintx.Deploy(e.Ctx, e.Client, e.Admin.Opts, testbindings.ReentrantTokenMetaData.Bin, nil)
	require.NoError(t, err)
	tok := tokABI.Instance(e.Client, tokAddr)

	bmABI := bindings.NewBillingManager()
	bmAddr, _, err := chaintx.Deploy(e.Ctx, e.Client, e.Admin.Opts, bindings.BillingManagerMetaData.Bin,
		bmABI.PackConstructor(e.Deployment.MeterRegistry, e.Deployment.ReadingLedger, tokAddr, e.Admin.Addr, deploy.PaymentTerm))
	require.NoError(t, err)
	bm := bmABI.Instance(e.Client, bmAddr)

	e.MustSend(e.Registrar, bm, bmABI.PackSetTariff(1, big.NewInt(0), []uint64{}, []*big.Int{big.NewInt(152_300)}))
	monthlyReadings(e, meterWithTariff(e, 352_522_012, owner, 1), 300_000)
	e.MustSend(owner, bm, bmABI.PackIssueBills([]uint64{352_522_012}, 202401))
	e.MustSend(owner, tok, tokABI.PackMint(owner.Addr, big.NewInt(1_000_000_000)))
	e.MustSend(owner, tok, tokABI.PackApprove(bmAddr, big.NewInt(1_000_000_000)))
	return bmABI, bm, tokABI, tok, billid.Of(352_522_012, 202401)
}

// TestReentrantTokenCannotReenterPay: a token that calls back into pay() from inside transferFrom
// is refused by the reentrancy guard, and the outer payment is counted exactly once.
func TestReentrantTokenCannotReenterPay(t *testing.T) {
	e := harness.New(t, 1)
	owner := e.Users[0]
	bmABI, bm, tokABI, tok, billID := reentrantBilling(t, e, owner)

	e.MustSend(owner, tok, tokABI.PackArm(bm.Address(), bmABI.PackPay(billID, big.NewInt(10_000_000))))
	e.MustSend(owner, bm, bmABI.PackPay(billID, big.NewInt(20_000_000)))

	reentered, err := bind.Call(tok, nil, tokABI.PackReentered(), tokABI.UnpackReentered)
	require.NoError(t, err)
	require.True(t, reentered, "the token did call back")
	ok, err := bind.Call(tok, nil, tokABI.PackReentrySucceeded(), tokABI.UnpackReentrySucceeded)
	require.NoError(t, err)
	require.False(t, ok, "the reentrant pay must fail")
	reason, err := bind.Call(tok, nil, tokABI.PackReentryError(), tokABI.UnpackReentryError)
	require.NoError(t, err)
	decoded, err := bmABI.UnpackError(reason)
	require.NoError(t, err)
	require.IsType(t, &bindings.BillingManagerReentrancyGuardReentrantCall{}, decoded)

	bill, err := bind.Call(bm, nil, bmABI.PackBill(billID), bmABI.UnpackBill)
	require.NoError(t, err)
	require.Equal(t, int64(20_000_000), bill.Paid.Int64(), "paid once, by the outer call only")
	bal, err := bind.Call(tok, nil, tokABI.PackBalanceOf(e.Admin.Addr), tokABI.UnpackBalanceOf)
	require.NoError(t, err)
	require.Equal(t, int64(20_000_000), bal.Int64(), "only the outer payment reached the treasury")
}

// TestReentrantTokenCannotReenterAutopay: the same attack through collectAutopay.
func TestReentrantTokenCannotReenterAutopay(t *testing.T) {
	e := harness.New(t, 1)
	owner := e.Users[0]
	bmABI, bm, tokABI, tok, billID := reentrantBilling(t, e, owner)
	e.MustSend(owner, bm, bmABI.PackSetAutopay(352_522_012, big.NewInt(100_000_000)))

	e.MustSend(owner, tok, tokABI.PackArm(bm.Address(), bmABI.PackCollectAutopay([]*big.Int{billID})))
	e.MustSend(owner, bm, bmABI.PackCollectAutopay([]*big.Int{billID}))

	ok, err := bind.Call(tok, nil, tokABI.PackReentrySucceeded(), tokABI.UnpackReentrySucceeded)
	require.NoError(t, err)
	require.False(t, ok)
	bill, err := bind.Call(bm, nil, bmABI.PackBill(billID), bmABI.UnpackBill)
	require.NoError(t, err)
	require.Equal(t, bill.Amount, bill.Paid)
	bal, err := bind.Call(tok, nil, tokABI.PackBalanceOf(e.Admin.Addr), tokABI.UnpackBalanceOf)
	require.NoError(t, err)
	require.Equal(t, bill.Amount, bal, "collected once")
}

func autopayFailures(b *harness.Billing, logs []*types.Log) []string {
	var out []string
	for _, l := range logs {
		if ev, err := b.BillingABI.UnpackAutopayFailedEvent(l); err == nil {
			out = append(out, ev.Reason)
		}
	}
	return out
}

// TestAutopay: with an allowance the bill is collected and settled; without one (or without the
// balance) the failure is an event, the bill stays open and the rest of the batch is collected;
// the cap bounds what is pulled; repeating a collection moves nothing more.
func TestAutopay(t *testing.T) {
	e := harness.New(t, 3)
	b := e.Billing()
	setBillingTariffs(t, e, b)
	rich, noAllowance, poor := e.Users[0], e.Users[1], e.Users[2]
	billRich := issueOne(t, e, b, 352_522_013, rich, 300_000)           // 45.69
	billNoAllow := issueOne(t, e, b, 352_522_014, noAllowance, 300_000) // 45.69
	billPoor := issueOne(t, e, b, 352_522_015, poor, 300_000)           // 45.69

	// Only the meter's owner may opt in.
	_, err := e.Send(poor, b.Manager, b.BillingABI.PackSetAutopay(352_522_013, big.NewInt(1)))
	require.Equal(t, "NotMeterOwner", harness.RevertName(err, &bindings.BillingManagerMetaData))

	for _, c := range []struct {
		who   *harness.Account
		meter uint64
	}{{rich, 352_522_013}, {noAllowance, 352_522_014}, {poor, 352_522_015}} {
		e.MustSend(c.who, b.Manager, b.BillingABI.PackSetAutopay(c.meter, big.NewInt(100_000_000)))
	}
	b.Fund(rich.Addr, 100_000_000)
	b.Approve(rich, 100_000_000)
	b.Fund(noAllowance.Addr, 100_000_000) // money, but no allowance
	b.Fund(poor.Addr, 10_000_000)         // allowance, but not enough money
	b.Approve(poor, 100_000_000)

	r := e.MustSend(e.Relayer, b.Manager, b.BillingABI.PackCollectAutopay([]*big.Int{billNoAllow.BillId, billRich.BillId, billPoor.BillId}))
	require.Equal(t, []string{"insufficient allowance", "insufficient balance"}, autopayFailures(b, r.Logs))
	require.Equal(t, uint8(statusPaid), b.Bill(billRich.BillId).Status)
	require.Equal(t, uint8(statusOpen), b.Bill(billNoAllow.BillId).Status)
	require.Equal(t, uint8(statusOpen), b.Bill(billPoor.BillId).Status)
	require.Equal(t, int64(100_000_000-45_690_000), b.Balance(rich.Addr).Int64())
	require.Equal(t, int64(100_000_000), b.Balance(noAllowance.Addr).Int64())
	require.Equal(t, int64(10_000_000), b.Balance(poor.Addr).Int64())

	// Collecting again takes nothing more from the settled bill.
	r = e.MustSend(e.Relayer, b.Manager, b.BillingABI.PackCollectAutopay([]*big.Int{billRich.BillId}))
	require.Empty(t, r.Logs)
	require.Equal(t, int64(100_000_000-45_690_000), b.Balance(rich.Addr).Int64())

	// Once the allowance is given, the next collection succeeds.
	b.Approve(noAllowance, 100_000_000)
	e.MustSend(e.Relayer, b.Manager, b.BillingABI.PackCollectAutopay([]*big.Int{billNoAllow.BillId}))
	require.Equal(t, uint8(statusPaid), b.Bill(billNoAllow.BillId).Status)
}

// TestAutopayCapAndOwnerChange: a cap below the bill collects up to the cap only, once; when the
// meter changes hands the old owner's autopay stops (an event, not a payment).
func TestAutopayCapAndOwnerChange(t *testing.T) {
	e := harness.New(t, 2)
	b := e.Billing()
	setBillingTariffs(t, e, b)
	owner, buyer := e.Users[0], e.Users[1]
	bill := issueOne(t, e, b, 352_522_016, owner, 300_000) // 45.69
	b.Fund(owner.Addr, 100_000_000)
	b.Approve(owner, 100_000_000)
	e.MustSend(owner, b.Manager, b.BillingABI.PackSetAutopay(352_522_016, big.NewInt(30_000_000)))

	e.MustSend(e.Relayer, b.Manager, b.BillingABI.PackCollectAutopay([]*big.Int{bill.BillId}))
	e.MustSend(e.Relayer, b.Manager, b.BillingABI.PackCollectAutopay([]*big.Int{bill.BillId}))
	st := b.Bill(bill.BillId)
	require.Equal(t, int64(30_000_000), st.Paid.Int64(), "capped, and only once")
	require.Equal(t, uint8(statusOpen), st.Status)

	// The house is sold: the old owner's autopay no longer pays the meter's bills.
	second := issueOne(t, e, b, 352_522_017, owner, 1_000)
	e.MustSend(owner, b.Manager, b.BillingABI.PackSetAutopay(352_522_017, big.NewInt(30_000_000)))
	e.MustSend(owner, e.Registry, e.RegistryABI.PackChangeOwner(352_522_017, buyer.Addr))
	r := e.MustSend(e.Relayer, b.Manager, b.BillingABI.PackCollectAutopay([]*big.Int{second.BillId}))
	require.Equal(t, []string{"payer no longer owns the meter"}, autopayFailures(b, r.Logs))
	require.Equal(t, uint8(statusOpen), b.Bill(second.BillId).Status)

	// The new owner may cancel it; then there is nothing to collect.
	e.MustSend(buyer, b.Manager, b.BillingABI.PackCancelAutopay(352_522_017))
	r = e.MustSend(e.Relayer, b.Manager, b.BillingABI.PackCollectAutopay([]*big.Int{second.BillId}))
	require.Empty(t, r.Logs)
}

// TestP2PImportNotBilledTwice: energy the market says a meter bought from peers is taken off the
// billed energy (floored at zero) and reported on the bill; a market that cannot answer makes
// issue skip the meter rather than bill it wrongly.
func TestP2PImportNotBilledTwice(t *testing.T) {
	e := harness.New(t, 1)
	b := e.Billing()
	setBillingTariffs(t, e, b)
	stubABI := testbindings.NewP2PImportStub()
	addr, _, err := chaintx.Deploy(e.Ctx, e.Client, e.Admin.Opts, testbindings.P2PImportStubMetaData.Bin, nil)
	require.NoError(t, err)
	stub := stubABI.Instance(e.Client, addr)
	_, err = e.Send(e.Users[0], b.Manager, b.BillingABI.PackSetMarket(addr))
	require.Equal(t, "NotAdmin", harness.RevertName(err, &bindings.BillingManagerMetaData))
	e.MustSend(e.Admin, b.Manager, b.BillingABI.PackSetMarket(addr))

	buyer, over, down := uint64(352_522_020), uint64(352_522_021), uint64(352_522_022)
	for _, id := range []uint64{buyer, over, down} {
		monthlyReadings(e, meterWithTariff(e, id, e.Users[0], 3), 300_000) // 4.50 + 0.1234/kWh
	}
	e.MustSend(e.Admin, stub, stubABI.PackSet(buyer, 202401, 100_000))
	e.MustSend(e.Admin, stub, stubABI.PackSet(over, 202401, 400_000)) // more than the grid import

	r := b.Issue(e.Users[0], 202401, buyer, over)
	issued := b.Issued(r)
	require.Len(t, issued, 2)
	require.Equal(t, uint64(300_000), issued[0].EnergyWh)
	require.Equal(t, uint64(100_000), issued[0].P2pWh)
	require.Equal(t, "29.18", tariff.FormatAmount(issued[0].Amount, 6)) // 4.50 + 200 x 0.1234 = 29.18
	require.Equal(t, uint64(300_000), issued[1].P2pWh)                  // floored at the grid import
	require.Equal(t, "4.50", tariff.FormatAmount(issued[1].Amount, 6))
	bill := b.Bill(issued[0].BillId)
	require.Equal(t, uint64(100_000), bill.P2pWh)
	require.Equal(t, uint64(300_000), bill.EnergyWh)

	e.MustSend(e.Admin, stub, stubABI.PackSetBroken(true))
	r = b.Issue(e.Users[0], 202401, down)
	require.Empty(t, b.Issued(r))
	require.Equal(t, uint8(4), b.Skipped(r)[0].Reason) // MarketFailed
}

// TestBillingGasPerBill reports the gas of one full batch (printed, not asserted: speed and gas
// are benchmark numbers; `meterchain bench billing` is the benchmark).
func TestBillingGasPerBill(t *testing.T) {
	e := harness.New(t, 1)
	b := e.Billing()
	setBillingTariffs(t, e, b)
	var ids []uint64
	for i := range 20 {
		id := uint64(352_522_100 + i)
		monthlyReadings(e, meterWithTariff(e, id, e.Users[0], 1), 100_000+uint64(i))
		ids = append(ids, id)
	}
	r := b.Issue(e.Users[0], 202401, ids...)
	require.Len(t, b.Issued(r), len(ids))
	t.Logf("issueBills: %d bills, %d gas, %d gas per bill", len(ids), r.GasUsed, r.GasUsed/uint64(len(ids)))
}

// TestBillIDMatchesContract holds the Go bill id against BillingManager.billIdOf, the source of
// truth, at the edges of both fields and on random values.
func TestBillIDMatchesContract(t *testing.T) {
	e := harness.New(t, 0)
	b := e.Billing()
	rng := rand.New(rand.NewPCG(7, 11))
	cases := [][2]uint64{{0, 0}, {352_522_395, 202_603}, {^uint64(0), 1<<32 - 1}, {1, 1<<32 - 1}, {^uint64(0), 0}}
	for range 20 {
		cases = append(cases, [2]uint64{rng.Uint64(), uint64(rng.Uint32())})
	}
	for _, c := range cases {
		meter, period := c[0], uint32(c[1])
		want, err := bind.Call(b.Manager, &bind.CallOpts{Context: e.Ctx}, b.BillingABI.PackBillIdOf(meter, period), b.BillingABI.UnpackBillIdOf)
		require.NoError(t, err)
		require.Zerof(t, want.Cmp(billid.Of(meter, period)), "meter %d period %d: contract %s, Go %s", meter, period, want, billid.Of(meter, period))
	}
}
