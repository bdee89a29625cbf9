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
	"github.com/meterchain/meterchain/deploy"
	"github.com/meterchain/meterchain/internal/reading"
)

// Market is the deployment's EnergyMarket and stable token with helpers for market tests.
type Market struct {
	e         *Env
	ABI       *bindings.EnergyMarket
	TokenABI  *stabletoken.StableToken
	Contract  *bind.BoundContract
	Token     *bind.BoundContract
	Addr      common.Address
	WindowLen uint64
}

// Market binds the deployed market and token.
func (e *Env) Market() *Market { return e.MarketOf(e.Deployment) }

// MarketOf binds the market and token of deployment d (e.g. an anchored one).
func (e *Env) MarketOf(d *deploy.Deployment) *Market {
	e.T.Helper()
	m := &Market{e: e, ABI: bindings.NewEnergyMarket(), TokenABI: stabletoken.NewStableToken(), Addr: d.EnergyMarket}
	m.Contract = m.ABI.Instance(e.Client, m.Addr)
	m.Token = m.TokenABI.Instance(e.Client, d.StableToken)
	w, err := bind.Call(m.Contract, nil, m.ABI.PackWINDOW(), m.ABI.UnpackWINDOW)
	require.NoError(e.T, err)
	m.WindowLen = w
	return m
}

// FundAndApprove mints `amount` base units to an account and lets the market pull all of it.
func (m *Market) FundAndApprove(a *Account, amount int64) {
	m.e.T.Helper()
	m.e.MustSend(m.e.Admin, m.Token, m.TokenABI.PackMint(a.Addr, big.NewInt(amount)))
	m.e.MustSend(a, m.Token, m.TokenABI.PackApprove(m.Addr, new(big.Int).Lsh(big.NewInt(1), 255)))
}

// Balance is an address's token balance in base units.
func (m *Market) Balance(addr common.Address) *big.Int {
	m.e.T.Helper()
	v, err := bind.Call(m.Token, nil, m.TokenABI.PackBalanceOf(addr), m.TokenABI.UnpackBalanceOf)
	require.NoError(m.e.T, err)
	return v
}

// NextWindow is the start of the first window whose book is still open at least `lead` from now.
func (m *Market) NextWindow(lead time.Duration) uint64 {
	t := m.e.Now() + uint64(lead/time.Second)
	return (t/m.WindowLen + 1) * m.WindowLen
}

// WarpTo seals an empty block with timestamp ts (later than the head).
func (m *Market) WarpTo(ts uint64) { m.e.WarpTo(ts) }

// Ask places an ask and returns its order id.
func (m *Market) Ask(from *Account, meterID, window, wh, minPrice uint64) uint64 {
	m.e.T.Helper()
	r := m.e.MustSend(from, m.Contract, m.ABI.PackPlaceAsk(meterID, window, wh, minPrice))
	ev, err := m.ABI.UnpackAskPlacedEvent(r.Logs[len(r.Logs)-1])
	require.NoError(m.e.T, err)
	return ev.OrderId
}

// Bid places a bid (escrow pulled from `from`) and returns its order id.
func (m *Market) Bid(from *Account, meterID, window, wh, maxPrice uint64) uint64 {
	m.e.T.Helper()
	r := m.e.MustSend(from, m.Contract, m.ABI.PackPlaceBid(meterID, window, wh, maxPrice))
	for _, l := range r.Logs {
		if ev, err := m.ABI.UnpackBidPlacedEvent(l); err == nil {
			return ev.OrderId
		}
	}
	m.e.T.Fatal("no BidPlaced event")
	return 0
}

// SubmitClearing sends a clearing chunk from the admin (a clearer).
func (m *Market) SubmitClearing(window, price uint64, matches []bindings.EnergyMarketMatch, last bool) (*types.Receipt, error) {
	if matches == nil {
		matches = []bindings.EnergyMarketMatch{}
	}
	return m.e.Send(m.e.Admin, m.Contract, m.ABI.PackSubmitClearing(window, price, matches, last))
}

// Read signs a reading of the meter at `ts` with the given registers, relays it to the ledger
// (it must be accepted) and returns the packed record for recordReadings.
func (m *Market) Read(meter *Meter, ts, importWh, exportWh uint64) []byte {
	m.e.T.Helper()
	r := reading.Reading{MeterID: meter.ID, Seq: m.e.LastReading(meter.ID).Seq + 1, Timestamp: ts, ImportWh: importWh, ExportWh: exportWh}
	sig := m.e.Sign(meter, r)
	for _, o := range m.e.Outcomes(m.e.SubmitPacked([]reading.Reading{r}, []reading.Signature{sig})) {
		require.Equal(m.e.T, reading.Accepted, o.Reason, "reading %d of meter %d", o.Seq, o.MeterID)
	}
	return reading.Pack(r, sig)
}

// Record sends recordReadings with the concatenated packed records from anyone.
func (m *Market) Record(from *Account, records ...[]byte) *types.Receipt {
	m.e.T.Helper()
	var all []byte
	for _, r := range records {
		all = append(all, r...)
	}
	return m.e.MustSend(from, m.Contract, m.ABI.PackRecordReadings(all))
}

// Settle settles one trade from `from` (anyone may).
func (m *Market) Settle(from *Account, tradeID uint64) (*types.Receipt, error) {
	return m.e.Send(from, m.Contract, m.ABI.PackSettle(tradeID))
}

// Settled decodes the TradeSettled events of a receipt.
func (m *Market) Settled(r *types.Receipt) []*bindings.EnergyMarketTradeSettled {
	var out []*bindings.EnergyMarketTradeSettled
	for _, l := range r.Logs {
		if ev, err := m.ABI.UnpackTradeSettledEvent(l); err == nil {
			out = append(out, ev)
		}
	}
	return out
}

// Refused decodes the ReadingRefused events of a receipt.
func (m *Market) Refused(r *types.Receipt) []*bindings.EnergyMarketReadingRefused {
	var out []*bindings.EnergyMarketReadingRefused
	for _, l := range r.Logs {
		if ev, err := m.ABI.UnpackReadingRefusedEvent(l); err == nil {
			out = append(out, ev)
		}
	}
	return out
}

// P2PImport reads the market's settled P2P import of a meter in a billing period.
func (m *Market) P2PImport(meterID uint64, period uint32) uint64 {
	m.e.T.Helper()
	v, err := bind.Call(m.Contract, nil, m.ABI.PackP2pImportWh(meterID, period), m.ABI.UnpackP2pImportWh)
	require.NoError(m.e.T, err)
	return v
}
