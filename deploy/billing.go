package deploy

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/meterchain/meterchain/bindings"
	"github.com/meterchain/meterchain/bindings/stabletoken"
	"github.com/meterchain/meterchain/internal/chaintx"
)

// PaymentTerm is the time from a bill's issue to its due date (fixed per deployment).
const PaymentTerm = 14 * 24 * 60 * 60

// deployBilling deploys the devnet stable token and the BillingManager (tariffs, bills, payment,
// autopay). The deployer is the token's admin/minter and the treasury that payments go to; the
// billing contract reads its registrar and admin roles from the MeterRegistry, so no grant is needed.
func deployBilling(ctx context.Context, b Backend, deployer *bind.TransactOpts, d *Deployment) error {
	token := stabletoken.NewStableToken()
	addr, _, err := chaintx.Deploy(ctx, b, deployer, stabletoken.StableTokenMetaData.Bin, token.PackConstructor(deployer.From))
	if err != nil {
		return fmt.Errorf("deploy StableToken: %w", err)
	}
	d.StableToken = addr

	billing := bindings.NewBillingManager()
	input := billing.PackConstructor(d.MeterRegistry, d.ReadingLedger, d.StableToken, deployer.From, PaymentTerm)
	if d.BillingManager, _, err = chaintx.Deploy(ctx, b, deployer, bindings.BillingManagerMetaData.Bin, input); err != nil {
		return fmt.Errorf("deploy BillingManager: %w", err)
	}
	return nil
}
