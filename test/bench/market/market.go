package market

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"math/rand/v2"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/meterchain/meterchain/bindings"
	"github.com/meterchain/meterchain/bindings/stabletoken"
	"github.com/meterchain/meterchain/deploy"
	"github.com/meterchain/meterchain/deploy/devnet"
	"github.com/meterchain/meterchain/internal/marketbook"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/internal/sim/meterfleet"
	"github.com/meterchain/meterchain/settlement/market"
	"github.com/meterchain/meterchain/test/bench"
)

// Config of `meterchain bench market`.
type Config struct {
	Orders   int           // orders in the one window (half asks, half bids)
	Traders  int           // prosumers and as many consumers placing them (default Orders/20)
	Window   uint64        // window length of the benchmark's market, seconds (default 30)
	Period   time.Duration // block period of the dev chain
	GasLimit uint64        // block gas limit
	Log      *slog.Logger
}

// Result is what the benchmark prints.
type Result struct {
	Chain              string  `json:"chain"`
	Orders             int     `json:"orders"`
	Trades             int     `json:"trades"`
	VolumeWh           uint64  `json:"volume_wh"`
	DeliveredWh        uint64  `json:"delivered_wh"`
	ClearingPrice      string  `json:"clearing_price_per_kwh"`
	AuctionMs          float64 `json:"auction_ms"`    // the Go call auction alone
	ClearSeconds       float64 `json:"clear_seconds"` // auction + submitClearing sent → last receipt
	ClearBlocks        uint64  `json:"clear_blocks"`
	SettleSeconds      float64 `json:"settle_seconds"` // recordReadings + settleMany sent → last receipt
	SettleBlocks       uint64  `json:"settle_blocks"`
	Blocks             uint64  `json:"blocks"` // clear_blocks + settle_blocks: blocks that carry the work
	GasPerTradeCleared float64 `json:"gas_per_trade_cleared"`
	GasPerTradeSettled float64 `json:"gas_per_trade_settled"` // settleMany gas / trades
	RecordGasPerTrade  float64 `json:"record_gas_per_trade"`  // recordReadings gas / trades
	Transactions       int     `json:"transactions"`
	WindowSeconds      uint64  `json:"window_seconds"`
	SetupSeconds       float64 `json:"setup_seconds"`
}

func (c *Config) complete() error {
	if c.Orders < 2 {
		return errors.New("need at least two orders")
	}
	if c.Traders <= 0 {
		c.Traders = max(1, c.Orders/20)
	}
	if c.Window == 0 {
		c.Window = 30
	}
	if 86400%c.Window != 0 {
		return fmt.Errorf("window %d s does not divide a day", c.Window)
	}
	if c.Period <= 0 {
		c.Period = devnet.DefaultPeriod
	}
	if c.GasLimit == 0 {
		c.GasLimit = devnet.DefaultGasLimit
	}
	if c.Log == nil {
		c.Log = slog.New(slog.DiscardHandler)
	}
	return nil
}

// benchTxGas: per-transaction gas (EIP-7825 caps a transaction at 2^24).
const benchTxGas = 16_000_000

// Run starts a dev chain, deploys everything plus a market with a short window (the
// contract is the same; only the wait for delivery is shorter than 15 minutes), has Traders
// prosumers and consumers place Orders orders in one window, then times: the clearing (auction
// and submitClearing chunks) once the book closed, and, after the window, recording the
// boundary readings and settling every trade. Relaying the readings to the ledger is the oracle's
// work and happens anyway: not timed.
func Run(ctx context.Context, cfg Config) (*Result, error) {
	if err := cfg.complete(); err != nil {
		return nil, err
	}
	setupStart := time.Now()
	node, err := devnet.Start(ctx, devnet.Config{Port: -1, Period: cfg.Period, GasLimit: cfg.GasLimit, Accounts: 3 + 2*cfg.Traders})
	if err != nil {
		return nil, err
	}
	defer func() { _ = node.Stop() }()
	client := node.Client()
	defer client.Close()
	admin, registrar, relayer := node.Accounts[0], node.Accounts[1], node.Accounts[2]
	sellers, buyers := node.Accounts[3:3+cfg.Traders], node.Accounts[3+cfg.Traders:3+2*cfg.Traders]

	// The market of this deployment has the bench's short window, so a run waits seconds, not a
	// quarter of an hour, for its window to close; the ledger keeps that market's boundaries.
	d, err := deploy.ContractsWith(ctx, client, admin.Opts(), devnet.ChainID, deploy.Options{
		Roles:        deploy.Roles{Registrars: []common.Address{registrar.Addr}, Relayers: []common.Address{relayer.Addr}},
		Token:        deploy.Token{Faucet: true},
		MarketWindow: cfg.Window,
	})
	if err != nil {
		return nil, fmt.Errorf("deploy: %w", err)
	}
	mabi := bindings.NewEnergyMarket()
	addr := d.EnergyMarket
	mkt := mabi.Instance(client, addr)
	token := stabletoken.NewStableToken()
	tokenC := token.Instance(client, d.StableToken)

	// Meters: one prosumer per seller, one consumer per buyer, with a max power high enough for a
	// short window's energy.
	var meters []*meterfleet.Meter
	for i, a := range sellers {
		m := meterfleet.NewMeter(meterfleet.FleetMeterID(451, i), meterfleet.DeriveKey("marketbench", uint64(i)), meterfleet.Prosumer, a.Addr)
		meters = append(meters, m)
	}
	for i, a := range buyers {
		m := meterfleet.NewMeter(meterfleet.FleetMeterID(452, i), meterfleet.DeriveKey("marketbench", uint64(10_000+i)), meterfleet.Consumer, a.Addr)
		meters = append(meters, m)
	}
	for _, m := range meters {
		m.MaxPowerW = 4_000_000_000
	}
	if err := meterfleet.Register(ctx, client, registrar.Opts(), d.MeterRegistry, meters, 1); err != nil {
		return nil, fmt.Errorf("register meters: %w", err)
	}
	// Money and allowances for the buyers.
	var mints [][]byte
	for _, b := range buyers {
		mints = append(mints, token.PackMint(b.Addr, big.NewInt(1_000_000_000_000)))
	}
	if _, err := bench.SendAll(ctx, client, tokenC, admin.Opts(), mints, 100_000); err != nil {
		return nil, fmt.Errorf("mint: %w", err)
	}
	if err := each(buyers, func(b devnet.Account) error {
		_, err := bench.SendAll(ctx, client, tokenC, b.Opts(), [][]byte{token.PackApprove(addr, new(big.Int).Lsh(big.NewInt(1), 200))}, 100_000)
		return err
	}); err != nil {
		return nil, fmt.Errorf("approve: %w", err)
	}

	// The window: far enough ahead for the orders to land.
	head, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	w := (head.Time+30+uint64(cfg.Orders/40))/cfg.Window*cfg.Window + cfg.Window
	rng := rand.New(rand.NewPCG(42, uint64(cfg.Orders)))
	placed := 0
	calls := make([][][]byte, 2*cfg.Traders)
	for i := 0; placed < cfg.Orders; i = (i + 1) % (2 * cfg.Traders) {
		if i < cfg.Traders {
			// Asks 0.050 to 0.250 per kWh, bids 0.100 to 0.300: most of the book crosses.
			calls[i] = append(calls[i], mabi.PackPlaceAsk(meters[i].ID, w, 200+rng.Uint64N(1800), 50_000+1000*rng.Uint64N(200)))
		} else {
			calls[i] = append(calls[i], mabi.PackPlaceBid(meters[i].ID, w, 200+rng.Uint64N(1800), 100_000+1000*rng.Uint64N(200)))
		}
		placed++
	}
	traders := append(append([]devnet.Account{}, sellers...), buyers...)
	if err := eachIndex(len(traders), func(i int) error {
		if len(calls[i]) == 0 {
			return nil
		}
		_, err := bench.SendAll(ctx, client, mkt, traders[i].Opts(), calls[i], 300_000)
		return err
	}); err != nil {
		return nil, fmt.Errorf("place orders: %w", err)
	}
	book, err := marketbook.ReadBook(ctx, client, addr, d.Block, w)
	if err != nil {
		return nil, err
	}
	if len(book) != cfg.Orders {
		return nil, fmt.Errorf("placed %d orders, the book has %d", cfg.Orders, len(book))
	}
	if err := bench.WaitChainTime(ctx, client, w); err != nil {
		return nil, err
	}
	res := &Result{
		Chain:         fmt.Sprintf("devnet (in-process geth, %s blocks, %d gas limit)", cfg.Period, cfg.GasLimit),
		Orders:        len(book),
		WindowSeconds: cfg.Window,
		SetupSeconds:  time.Since(setupStart).Seconds(),
	}
	cfg.Log.Info("book closed", "orders", len(book), "window", w)
	if err := bench.WaitNextBlock(ctx, client); err != nil {
		return nil, err
	}

	// Timed: clearing.
	t0 := time.Now()
	var bids, asks []marketbook.Order
	for _, o := range book {
		if o.Bid {
			bids = append(bids, o.Order)
		} else {
			asks = append(asks, o.Order)
		}
	}
	c, err := market.Clear(bids, asks)
	if err != nil {
		return nil, err
	}
	res.AuctionMs = float64(time.Since(t0).Microseconds()) / 1000
	var clearCalls [][]byte
	for i := 0; i < len(c.Matches) || i == 0; i += 200 {
		chunk := c.Matches[i:min(i+200, len(c.Matches))]
		ms := make([]bindings.EnergyMarketMatch, len(chunk))
		for j, m := range chunk {
			ms[j] = bindings.EnergyMarketMatch{AskId: m.AskID, BidId: m.BidID, Wh: m.Wh}
		}
		clearCalls = append(clearCalls, mabi.PackSubmitClearing(w, max(c.Price, 1), ms, i+200 >= len(c.Matches)))
	}
	receipts, err := bench.SendAll(ctx, client, mkt, admin.Opts(), clearCalls, benchTxGas)
	if err != nil {
		return nil, fmt.Errorf("submit clearing: %w", err)
	}
	res.ClearSeconds = time.Since(t0).Seconds()
	res.ClearBlocks = blockSpan(receipts)
	res.Trades, res.VolumeWh, res.ClearingPrice = len(c.Matches), c.Volume, marketbook.FormatPrice(c.Price)
	clearGas := gasOf(receipts)
	res.Transactions += len(receipts)
	if res.Trades == 0 {
		return nil, errors.New("nothing traded")
	}
	res.GasPerTradeCleared = float64(clearGas) / float64(res.Trades)
	cfg.Log.Info("cleared", "trades", res.Trades, "price", res.ClearingPrice, "seconds", res.ClearSeconds, "blocks", res.ClearBlocks)

	// Delivery: every meter reads at the window's start and end; sellers export 90 % of what
	// they sold on average, buyers import a little more than they bought. Not timed.
	sold, bought := map[uint64]uint64{}, map[uint64]uint64{}
	byID := map[uint64]marketbook.BookOrder{}
	for _, o := range book {
		byID[o.ID] = o
	}
	for _, m := range c.Matches {
		sold[byID[m.AskID].MeterID] += m.Wh
		bought[byID[m.BidID].MeterID] += m.Wh
	}
	end := w + cfg.Window
	if err := bench.WaitChainTime(ctx, client, end); err != nil {
		return nil, err
	}
	dom := reading.Domain{ChainID: devnet.ChainID, Ledger: d.ReadingLedger}
	var packed [][]byte
	var startRecs, endRecs []byte
	for _, m := range meters {
		for k, ts := range []uint64{w, end} {
			if k == 1 {
				if m.Class == meterfleet.Prosumer {
					m.ExportWh += sold[m.ID] * (80 + rng.Uint64N(21)) / 100
				} else {
					m.ImportWh += bought[m.ID] + rng.Uint64N(200)
				}
			}
			m.Seq++
			r := reading.Reading{MeterID: m.ID, Seq: m.Seq, Timestamp: ts, ImportWh: m.ImportWh, ExportWh: m.ExportWh}
			sig, err := reading.Sign(m.Key, dom, r)
			if err != nil {
				return nil, err
			}
			p := reading.Pack(r, sig)
			packed = append(packed, p)
			if k == 0 {
				startRecs = append(startRecs, p...)
			} else {
				endRecs = append(endRecs, p...)
			}
		}
	}
	ledger := bindings.NewReadingLedger()
	var relay [][]byte
	for _, recs := range [][]byte{startRecs, endRecs} {
		for i := 0; i < len(recs); i += 200 * reading.PackedSize {
			relay = append(relay, ledger.PackSubmitPacked(recs[i:min(i+200*reading.PackedSize, len(recs))]))
		}
	}
	if _, err := bench.SendAll(ctx, client, ledger.Instance(client, d.ReadingLedger), relayer.Opts(), relay, benchTxGas); err != nil {
		return nil, fmt.Errorf("relay readings: %w", err)
	}
	if err := bench.WaitNextBlock(ctx, client); err != nil {
		return nil, err
	}

	// Timed: record the readings and settle every trade.
	t1 := time.Now()
	var settleCalls [][]byte
	for i := 0; i < len(packed); i += market.ReadingsPerTx {
		var recs []byte
		for _, p := range packed[i:min(i+market.ReadingsPerTx, len(packed))] {
			recs = append(recs, p...)
		}
		settleCalls = append(settleCalls, mabi.PackRecordReadings(recs))
	}
	records := len(settleCalls)
	first, err := bind.Call(mkt, &bind.CallOpts{Context: ctx}, mabi.PackNextTradeId(), mabi.UnpackNextTradeId)
	if err != nil {
		return nil, err
	}
	first -= uint64(res.Trades)
	for i := 0; i < res.Trades; i += market.SettlesPerTx {
		var ids []uint64
		for id := first + uint64(i); id < first+uint64(min(i+market.SettlesPerTx, res.Trades)); id++ {
			ids = append(ids, id)
		}
		settleCalls = append(settleCalls, mabi.PackSettleMany(ids))
	}
	receipts, err = bench.SendAll(ctx, client, mkt, relayer.Opts(), settleCalls, benchTxGas)
	if err != nil {
		return nil, fmt.Errorf("record and settle: %w", err)
	}
	res.SettleSeconds = time.Since(t1).Seconds()
	res.SettleBlocks = blockSpan(receipts)
	res.Blocks = res.ClearBlocks + res.SettleBlocks
	res.Transactions += len(receipts)
	res.RecordGasPerTrade = float64(gasOf(receipts[:records])) / float64(res.Trades)
	res.GasPerTradeSettled = float64(gasOf(receipts[records:])) / float64(res.Trades)
	settled := 0
	for _, r := range receipts[records:] {
		for _, l := range r.Logs {
			if ev, err := mabi.UnpackTradeSettledEvent(l); err == nil {
				settled++
				res.DeliveredWh += ev.DeliveredWh
			}
		}
	}
	if settled != res.Trades {
		return nil, fmt.Errorf("settled %d of %d trades", settled, res.Trades)
	}
	bal, err := bind.Call(tokenC, &bind.CallOpts{Context: ctx}, token.PackBalanceOf(addr), token.UnpackBalanceOf)
	if err != nil {
		return nil, err
	}
	cfg.Log.Info("settled", "trades", settled, "seconds", res.SettleSeconds, "blocks", res.SettleBlocks, "escrow_left", bal)
	return res, nil
}

func gasOf(rs []*types.Receipt) uint64 {
	var g uint64
	for _, r := range rs {
		g += r.GasUsed
	}
	return g
}

func blockSpan(rs []*types.Receipt) uint64 {
	first, last := rs[0].BlockNumber.Uint64(), rs[0].BlockNumber.Uint64()
	for _, r := range rs {
		first, last = min(first, r.BlockNumber.Uint64()), max(last, r.BlockNumber.Uint64())
	}
	return last - first + 1
}

func each(accounts []devnet.Account, f func(devnet.Account) error) error {
	return eachIndex(len(accounts), func(i int) error { return f(accounts[i]) })
}

// eachIndex runs f(0..n-1) on 32 goroutines and returns the first error.
func eachIndex(n int, f func(int) error) error {
	var wg sync.WaitGroup
	errs := make(chan error, n)
	next := make(chan int)
	for range 32 {
		wg.Go(func() {
			for i := range next {
				if err := f(i); err != nil {
					errs <- err
				}
			}
		})
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
	close(errs)
	return <-errs
}
