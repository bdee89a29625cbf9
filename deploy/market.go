package deploy

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/meterchain/meterchain/bindings"
	"github.com/meterchain/meterchain/bindings/anchoredboundaries"
	"github.com/meterchain/meterchain/internal/chaintx"
)

// MarketWindowSeconds is the delivery window of the P2P market: the meters' 15-minute reading
// cadence, so every window boundary is a reading.
const MarketWindowSeconds = 900

// MarketSettleGraceSeconds is how long after a window its readings may take to reach the market
// before an uncovered trade settles as undelivered; an anchored deployment adds its challenge
// window, since a boundary can be proven only from a final batch.
const MarketSettleGraceSeconds = 7 * 24 * 3600

// deployMarket deploys the EnergyMarket on the deployment's registry, boundary ledger and stable
// token, grants CLEARER_ROLE to the configured clearers (the deployer has it already), connects the
// boundary ledger and points billing at the market so settled P2P import is not billed again at the
// tariff. The boundary ledger is the ReadingLedger on a verified deployment (it stores the boundary
// readings of meters with orders once connected) and a new AnchoredBoundaries on an anchored one
// (boundaries are proven from final batches, so the settle grace outlasts its challenge window).
func deployMarket(ctx context.Context, b Backend, deployer *bind.TransactOpts, d *Deployment, window, challengeWindow uint64) error {
	boundaries, grace := d.ReadingLedger, uint64(MarketSettleGraceSeconds)
	if d.Anchored() {
		grace += challengeWindow
		input := anchoredboundaries.NewAnchoredBoundaries().PackConstructor(d.AnchoredLedger)
		addr, _, err := chaintx.Deploy(ctx, b, deployer, anchoredboundaries.AnchoredBoundariesMetaData.Bin, input)
		if err != nil {
			return fmt.Errorf("deploy AnchoredBoundaries: %w", err)
		}
		d.AnchoredBoundaries, boundaries = addr, addr
	}
	market := bindings.NewEnergyMarket()
	input := market.PackConstructor(d.MeterRegistry, boundaries, d.StableToken, window, grace, deployer.From)
	addr, _, err := chaintx.Deploy(ctx, b, deployer, bindings.EnergyMarketMetaData.Bin, input)
	if err != nil {
		return fmt.Errorf("deploy EnergyMarket: %w", err)
	}
	d.EnergyMarket = addr

	inst := market.Instance(b, addr)
	role, err := bind.Call(inst, &bind.CallOpts{Context: ctx}, market.PackCLEARERROLE(), market.UnpackCLEARERROLE)
	if err != nil {
		return fmt.Errorf("read CLEARER_ROLE: %w", err)
	}
	for _, a := range d.Roles.Clearers {
		if a == deployer.From {
			continue
		}
		if _, err := chaintx.Transact(ctx, b, inst, deployer, market.PackGrantRole(role, a)); err != nil {
			return fmt.Errorf("grant clearer to %s: %w", a, err)
		}
	}

	if !d.Anchored() {
		ledger := bindings.NewReadingLedger()
		if _, err := chaintx.Transact(ctx, b, ledger.Instance(b, d.ReadingLedger), deployer, ledger.PackSetMarket(addr)); err != nil {
			return fmt.Errorf("connect the ledger to the market: %w", err)
		}
	}

	billing := bindings.NewBillingManager()
	if _, err := chaintx.Transact(ctx, b, billing.Instance(b, d.BillingManager), deployer, billing.PackSetMarket(addr)); err != nil {
		return fmt.Errorf("point billing at the market: %w", err)
	}
	return nil
}
