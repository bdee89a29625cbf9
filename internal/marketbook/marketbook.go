// Package marketbook reads the peer-to-peer energy market's book and trades from EnergyMarket's
// events and state, and holds the market's units: prices in token base units per kWh, energy in
// Wh. The settlement market service, the CLI, the portal and the benchmarks share it.
package marketbook

import (
	"context"
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/shopspring/decimal"

	"github.com/meterchain/meterchain/bindings"
	"github.com/meterchain/meterchain/internal/tariff"
)

// TokenDecimals of the stable token the market escrows (the devnet's mUSD).
const TokenDecimals = 6

// Reader is the node access the read helpers need; *ethclient.Client and simulated.Client fit.
type Reader = bind.ContractBackend

// Status of an order as the contract keeps it.
const (
	StatusOpen      = 0
	StatusCancelled = 1
	StatusReleased  = 2
)

// StatusName is how the REST API and the CLI show an order's status (released: a matched bid
// whose spare escrow was paid back).
func StatusName(status uint8) string {
	return [...]string{StatusOpen: "open", StatusCancelled: "cancelled", StatusReleased: "released"}[min(status, StatusReleased)]
}

// Order is one open, unfilled order of a window's book. Price is in token base units per kWh (an
// ask's minimum, a bid's maximum).
type Order struct {
	ID      uint64
	Maker   common.Address
	MeterID uint64
	Wh      uint64
	Price   uint64
}

// BookOrder is an order as placed (from its event) with its current state (from orderOf).
type BookOrder struct {
	Order
	Bid    bool
	Window uint64
	Filled uint64
	Status uint8
	Escrow *big.Int // bids only
}

// Trade is a matched trade and, once settled, its outcome.
type Trade struct {
	ID, Window, AskID, BidID, Wh, Price uint64
	Settled                             bool
	DeliveredWh                         uint64
	Paid, Refund                        *big.Int
}

// Query selects orders or trades from the market index. Zero fields select everything.
type Query struct {
	Window   uint64 // one delivery window (its start)
	MeterID  uint64 // orders of the meter; trades it sold or bought in
	OpenOnly bool   // orders only: those still open
	Limit    int    // at most this many, the newest (highest ids), returned in id order
}

// MeterTrade is a trade with the meters of its ask (seller) and bid (buyer).
type MeterTrade struct {
	Trade
	SellerMeter, BuyerMeter uint64
}

// ReadBook returns the orders of `window` (all windows when 0) placed since block `from`, in id
// order, with their current fill and status.
func ReadBook(ctx context.Context, b Reader, addr common.Address, from, window uint64) ([]BookOrder, error) {
	abi := bindings.NewEnergyMarket()
	logs, err := logsOf(ctx, b, addr, from, "AskPlaced", "BidPlaced")
	if err != nil {
		return nil, err
	}
	inst := abi.Instance(b, addr)
	var out []BookOrder
	for i := range logs {
		var o BookOrder
		if ev, err := abi.UnpackAskPlacedEvent(&logs[i]); err == nil {
			o = BookOrder{Order: Order{ID: ev.OrderId, Maker: ev.Maker, MeterID: ev.MeterId, Wh: ev.Wh, Price: ev.MinPrice}, Window: ev.Window}
		} else if ev, err := abi.UnpackBidPlacedEvent(&logs[i]); err == nil {
			o = BookOrder{Order: Order{ID: ev.OrderId, Maker: ev.Maker, MeterID: ev.MeterId, Wh: ev.Wh, Price: ev.MaxPrice}, Window: ev.Window, Bid: true, Escrow: ev.Escrow}
		} else {
			continue
		}
		if window != 0 && o.Window != window {
			continue
		}
		st, err := bind.Call(inst, &bind.CallOpts{Context: ctx}, abi.PackOrderOf(o.ID), abi.UnpackOrderOf)
		if err != nil {
			return nil, fmt.Errorf("order %d: %w", o.ID, err)
		}
		o.Filled, o.Status = st.Filled, st.Status
		out = append(out, o)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

// ReadTrades returns the trades matched since block `from` (window 0: all), in id order.
func ReadTrades(ctx context.Context, b Reader, addr common.Address, from, window uint64) ([]Trade, error) {
	abi := bindings.NewEnergyMarket()
	logs, err := logsOf(ctx, b, addr, from, "TradeMatched", "TradeSettled")
	if err != nil {
		return nil, err
	}
	byID := map[uint64]*Trade{}
	var ids []uint64
	for i := range logs {
		if ev, err := abi.UnpackTradeMatchedEvent(&logs[i]); err == nil {
			byID[ev.TradeId] = &Trade{ID: ev.TradeId, Window: ev.Window, AskID: ev.AskId, BidID: ev.BidId, Wh: ev.Wh, Price: ev.Price}
			ids = append(ids, ev.TradeId)
		} else if ev, err := abi.UnpackTradeSettledEvent(&logs[i]); err == nil {
			if t := byID[ev.TradeId]; t != nil {
				t.Settled, t.DeliveredWh, t.Paid, t.Refund = true, ev.DeliveredWh, ev.PaidToSeller, ev.RefundToBuyer
			}
		}
	}
	var out []Trade
	for _, id := range ids {
		if t := byID[id]; window == 0 || t.Window == window {
			out = append(out, *t)
		}
	}
	return out, nil
}

func logsOf(ctx context.Context, b Reader, addr common.Address, from uint64, events ...string) ([]types.Log, error) {
	parsed, err := bindings.EnergyMarketMetaData.ParseABI()
	if err != nil {
		return nil, err
	}
	var topics []common.Hash
	for _, e := range events {
		topics = append(topics, parsed.Events[e].ID)
	}
	logs, err := b.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), Addresses: []common.Address{addr}, Topics: [][]common.Hash{topics}})
	if err != nil {
		return nil, fmt.Errorf("read market events: %w", err)
	}
	return logs, nil
}

// PriceToBaseUnits converts a price per kWh in token units ("0.25") to base units per kWh,
// exactly; a price finer than the token's smallest unit, negative or beyond uint64 is refused.
func PriceToBaseUnits(s string) (uint64, error) {
	v, err := decimal.NewFromString(s)
	if err != nil {
		return 0, fmt.Errorf("price %q is not a decimal number", s)
	}
	bu, err := tariff.ToBaseUnits(v, TokenDecimals)
	if err != nil {
		return 0, fmt.Errorf("price %s per kWh: %w", s, err)
	}
	if !bu.IsUint64() {
		return 0, fmt.Errorf("price %s per kWh is too large", s)
	}
	return bu.Uint64(), nil
}

// EnergyToWh converts an energy in kWh ("2.5") to whole Wh, exactly.
func EnergyToWh(s string) (uint64, error) {
	v, err := decimal.NewFromString(s)
	if err != nil {
		return 0, fmt.Errorf("energy %q is not a decimal number of kWh", s)
	}
	return tariff.KWhToWh(v)
}

// FormatPrice shows base units per kWh as token units per kWh.
func FormatPrice(baseUnits uint64) string {
	return tariff.FormatAmount(new(big.Int).SetUint64(baseUnits), TokenDecimals)
}
