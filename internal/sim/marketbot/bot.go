package marketbot

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"log/slog"
	"math/big"
	"math/rand/v2"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/meterchain/meterchain/bindings"
	"github.com/meterchain/meterchain/bindings/stabletoken"
	"github.com/meterchain/meterchain/deploy"
	"github.com/meterchain/meterchain/internal/chaintx"
	"github.com/meterchain/meterchain/internal/sim/meterfleet"
)

// Trader is a demo meter the bot trades for, with its owner's key.
type Trader struct {
	OwnerKey *ecdsa.PrivateKey
	MeterID  uint64
	Prosumer bool
	Profile  meterfleet.Profile // the simulated meter's load and solar model: the bot's forecast
}

// Backend is what the bot needs of the node.
type Backend = chaintx.Backend

// Config of the devnet's market bot.
type Config struct {
	Backend    Backend
	Deployment *deploy.Deployment
	ChainID    uint64
	Traders    []Trader
	Every      time.Duration // how often it looks for the next open window (default 30 s)
	Lead       time.Duration // place orders this long before a window starts (default 5 min)
	Log        *slog.Logger
}

// MinOrderWh: forecasts below this are not worth an order.
const MinOrderWh = 50

// Run makes the devnet's market trade on its own: for each coming window, prosumers ask for
// their forecast surplus (solar minus own demand) and consumers bid for part of their forecast
// demand, at prices drawn around a typical retail tariff. Consumers top up from the token's
// faucet. It runs until ctx ends; failures are logged and retried at the next window.
func Run(ctx context.Context, cfg Config) {
	if cfg.Every <= 0 {
		cfg.Every = 30 * time.Second
	}
	if cfg.Lead <= 0 {
		cfg.Lead = 5 * time.Minute
	}
	if cfg.Log == nil {
		cfg.Log = slog.Default()
	}
	b := &bot{cfg: cfg, abi: bindings.NewEnergyMarket(), token: stabletoken.NewStableToken(), rng: rand.New(rand.NewPCG(7, 7)), approved: map[uint64]bool{}}
	b.market = b.abi.Instance(cfg.Backend, cfg.Deployment.EnergyMarket)
	b.tokenC = b.token.Instance(cfg.Backend, cfg.Deployment.StableToken)
	t := time.NewTicker(cfg.Every)
	defer t.Stop()
	for {
		if err := b.round(ctx); err != nil && ctx.Err() == nil {
			cfg.Log.Warn("market bot round failed", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

type bot struct {
	cfg      Config
	abi      *bindings.EnergyMarket
	token    *stabletoken.StableToken
	market   *bind.BoundContract
	tokenC   *bind.BoundContract
	rng      *rand.Rand
	window   uint64 // window length
	last     uint64 // the last window orders were placed for
	approved map[uint64]bool
}

func (b *bot) round(ctx context.Context) error {
	if b.window == 0 {
		w, err := bind.Call(b.market, &bind.CallOpts{Context: ctx}, b.abi.PackWINDOW(), b.abi.UnpackWINDOW)
		if err != nil {
			return fmt.Errorf("market window: %w", err)
		}
		b.window = w
	}
	// The chain's clock may stand still between blocks (on-demand mining): use the later of the
	// chain's and the wall clock.
	now := uint64(time.Now().Unix())
	start := (now+uint64(b.cfg.Lead/time.Second))/b.window*b.window + b.window
	if start <= b.last {
		return nil
	}
	b.last = start
	at := time.Unix(int64(start), 0).UTC()
	var asks, bids int
	for _, t := range b.cfg.Traders {
		surplus, demand := forecast(t.Profile, at, time.Duration(b.window)*time.Second)
		var err error
		switch {
		case t.Prosumer && surplus >= MinOrderWh:
			// Ask for 80 % of the forecast (clouds) at 0.06 to 0.12 per kWh.
			err = b.send(ctx, t, b.abi.PackPlaceAsk(t.MeterID, start, surplus*8/10, 60_000+1000*b.rng.Uint64N(61)))
			asks++
		case !t.Prosumer && demand >= MinOrderWh:
			// Bid for half the forecast demand at 0.08 to 0.16 per kWh (below a retail tariff).
			if err = b.fund(ctx, t); err == nil {
				err = b.send(ctx, t, b.abi.PackPlaceBid(t.MeterID, start, demand/2, 80_000+1000*b.rng.Uint64N(81)))
				bids++
			}
		}
		if err != nil {
			return fmt.Errorf("meter %d, window %s: %w", t.MeterID, at.Format(time.RFC3339), err)
		}
	}
	b.cfg.Log.Info("market bot placed orders", "window", at.Format(time.RFC3339), "asks", asks, "bids", bids)
	return nil
}

// forecast integrates the meter's model over the window: export surplus and import demand, Wh.
func forecast(p meterfleet.Profile, start time.Time, length time.Duration) (surplusWh, demandWh uint64) {
	var surplus, demand float64
	for t := start; t.Before(start.Add(length)); t = t.Add(time.Minute) {
		net := p.DemandW(t) - 0.8*p.SolarW(t)
		if net < 0 {
			surplus += -net / 60
		} else {
			demand += net / 60
		}
	}
	return uint64(surplus), uint64(demand)
}

// fund makes sure a consumer has tokens (faucet) and the market may pull its escrow.
func (b *bot) fund(ctx context.Context, t Trader) error {
	owner := crypto.PubkeyToAddress(t.OwnerKey.PublicKey)
	bal, err := bind.Call(b.tokenC, &bind.CallOpts{Context: ctx}, b.token.PackBalanceOf(owner), b.token.UnpackBalanceOf)
	if err != nil {
		return err
	}
	if bal.Cmp(big.NewInt(100_000_000)) < 0 {
		if err := b.sendTo(ctx, t, b.tokenC, b.token.PackFaucet(owner, big.NewInt(1_000_000_000))); err != nil {
			return fmt.Errorf("faucet: %w", err)
		}
	}
	if !b.approved[t.MeterID] {
		if err := b.sendTo(ctx, t, b.tokenC, b.token.PackApprove(b.cfg.Deployment.EnergyMarket, new(big.Int).Lsh(big.NewInt(1), 200))); err != nil {
			return fmt.Errorf("approve: %w", err)
		}
		b.approved[t.MeterID] = true
	}
	return nil
}

func (b *bot) send(ctx context.Context, t Trader, data []byte) error {
	return b.sendTo(ctx, t, b.market, data)
}

func (b *bot) sendTo(ctx context.Context, t Trader, c *bind.BoundContract, data []byte) error {
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	_, err := chaintx.Transact(ctx, b.cfg.Backend, c, bind.NewKeyedTransactor(t.OwnerKey, new(big.Int).SetUint64(b.cfg.ChainID)), data)
	return err
}
