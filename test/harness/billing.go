package harness

import (
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/bindings"
	"github.com/meterchain/meterchain/bindings/stabletoken"
	"github.com/meterchain/meterchain/internal/reading"
)

// Billing is the deployment's stable token and BillingManager with helpers for billing tests.
type Billing struct {
	e          *Env
	TokenABI   *stabletoken.StableToken
	BillingABI *bindings.BillingManager
	Token      *bind.BoundContract
	Manager    *bind.BoundContract
}

// Billing binds the deployed token and billing contract.
func (e *Env) Billing() *Billing {
	b := &Billing{e: e, TokenABI: stabletoken.NewStableToken(), BillingABI: bindings.NewBillingManager()}
	b.Token = b.TokenABI.Instance(e.Client, e.Deployment.StableToken)
	b.Manager = b.BillingABI.Instance(e.Client, e.Deployment.BillingManager)
	return b
}

// BillingAt binds another BillingManager (one wired to another ledger) with the Env's token.
func (e *Env) BillingAt(manager common.Address) *Billing {
	b := e.Billing()
	b.Manager = b.BillingABI.Instance(e.Client, manager)
	return b
}

// Fund mints `amount` token base units to an account (the admin is the minter).
func (b *Billing) Fund(to common.Address, amount int64) {
	b.e.T.Helper()
	b.e.MustSend(b.e.Admin, b.Token, b.TokenABI.PackMint(to, big.NewInt(amount)))
}

// Approve lets the billing contract pull up to `amount` from an account.
func (b *Billing) Approve(from *Account, amount int64) {
	b.e.T.Helper()
	b.e.MustSend(from, b.Token, b.TokenABI.PackApprove(b.e.Deployment.BillingManager, big.NewInt(amount)))
}

// Balance is an address's token balance in base units.
func (b *Billing) Balance(addr common.Address) *big.Int {
	b.e.T.Helper()
	v, err := bind.Call(b.Token, nil, b.TokenABI.PackBalanceOf(addr), b.TokenABI.UnpackBalanceOf)
	require.NoError(b.e.T, err)
	return v
}

// SetTariff defines a tariff from the registrar: fixed charge and prices in base units, block
// boundaries in Wh (one fewer than prices).
func (b *Billing) SetTariff(id uint32, fixed int64, upToWh []uint64, pricesPerKWh ...int64) *types.Receipt {
	b.e.T.Helper()
	prices := make([]*big.Int, len(pricesPerKWh))
	for i, p := range pricesPerKWh {
		prices[i] = big.NewInt(p)
	}
	if upToWh == nil {
		upToWh = []uint64{}
	}
	return b.e.MustSend(b.e.Registrar, b.Manager, b.BillingABI.PackSetTariff(id, big.NewInt(fixed), upToWh, prices))
}

// Issue calls issueBills from `from` (anyone may) and returns the receipt.
func (b *Billing) Issue(from *Account, period uint32, meterIDs ...uint64) *types.Receipt {
	b.e.T.Helper()
	return b.e.MustSend(from, b.Manager, b.BillingABI.PackIssueBills(meterIDs, period))
}

// Pay pays `amount` base units of a bill from an account (which must have approved it).
func (b *Billing) Pay(from *Account, billID *big.Int, amount int64) (*types.Receipt, error) {
	return b.e.Send(from, b.Manager, b.BillingABI.PackPay(billID, big.NewInt(amount)))
}

// Bill reads a bill.
func (b *Billing) Bill(billID *big.Int) bindings.BillingManagerBill {
	b.e.T.Helper()
	v, err := bind.Call(b.Manager, nil, b.BillingABI.PackBill(billID), b.BillingABI.UnpackBill)
	require.NoError(b.e.T, err)
	return v
}

// Issued decodes the BillIssued events of a receipt.
func (b *Billing) Issued(r *types.Receipt) []*bindings.BillingManagerBillIssued {
	var out []*bindings.BillingManagerBillIssued
	for _, l := range r.Logs {
		if ev, err := b.BillingABI.UnpackBillIssuedEvent(l); err == nil {
			out = append(out, ev)
		}
	}
	return out
}

// Skipped decodes the BillSkipped events of a receipt.
func (b *Billing) Skipped(r *types.Receipt) []*bindings.BillingManagerBillSkipped {
	var out []*bindings.BillingManagerBillSkipped
	for _, l := range r.Logs {
		if ev, err := b.BillingABI.UnpackBillSkippedEvent(l); err == nil {
			out = append(out, ev)
		}
	}
	return out
}

// Register is one cumulative import register value at a moment, for ReadMeter.
type Register struct {
	At       time.Time
	ImportWh uint64
}

// ReadMeter signs and relays readings of a meter (sequence numbers continue from the ledger's) and
// requires every one to be accepted.
func (e *Env) ReadMeter(m *Meter, points ...Register) {
	e.T.Helper()
	seq := e.LastReading(m.ID).Seq
	rs := make([]reading.Reading, len(points))
	sigs := make([]reading.Signature, len(points))
	for i, p := range points {
		seq++
		rs[i] = reading.Reading{MeterID: m.ID, Seq: seq, Timestamp: uint64(p.At.Unix()), ImportWh: p.ImportWh}
		sigs[i] = e.Sign(m, rs[i])
	}
	for _, o := range e.Outcomes(e.SubmitPacked(rs, sigs)) {
		require.Equal(e.T, reading.Accepted, o.Reason, "reading %d of meter %d", o.Seq, o.MeterID)
	}
}
