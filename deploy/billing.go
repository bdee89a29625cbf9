package deploy

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/meterchain/meterchain/bindings"
	"github.com/meterchain/meterchain/bindings/stabletoken"
	"github.com/meterchain/meterchain/internal/chaintx"
)

// PaymentTerm is the time from a bill's issue to its due date (fixed per deployment).
const PaymentTerm = 14 * 24 * 60 * 60

// Token is what bills are paid in.
type Token struct {
	// Address of an existing ERC-20 (a real stable token of the target chain); its decimals are
	// read from it. Zero: deploy a StableToken, minted only by the deployer.
	Address common.Address
	// Faucet opens the deployed StableToken's public faucet: test money, the devnet's only.
	Faucet bool
}

// deployToken deploys the StableToken unless token names an existing ERC-20 (whose decimals it
// reads, turning a wrong address into a clear error). The deployer is the StableToken's
// admin/minter.
func deployToken(ctx context.Context, b Backend, deployer *bind.TransactOpts, d *Deployment, token Token) error {
	st := stabletoken.NewStableToken()
	d.StableToken = token.Address
	if token.Address != (common.Address{}) {
		if _, err := bind.Call(st.Instance(b, token.Address), &bind.CallOpts{Context: ctx}, st.PackDecimals(), st.UnpackDecimals); err != nil {
			return fmt.Errorf("token %s: read decimals (is it an ERC-20 on this chain?): %w", token.Address, err)
		}
		return nil
	}
	addr, _, err := chaintx.Deploy(ctx, b, deployer, stabletoken.StableTokenMetaData.Bin, st.PackConstructor(deployer.From, token.Faucet))
	if err != nil {
		return fmt.Errorf("deploy StableToken: %w", err)
	}
	d.StableToken = addr
	return nil
}

// deployBilling deploys the BillingManager (tariffs, bills, payment, autopay) on the
// deployment's ledger and token. The deployer is the treasury that payments go to; the billing
// contract reads its registrar and admin roles from the MeterRegistry, so no grant is needed.
func deployBilling(ctx context.Context, b Backend, deployer *bind.TransactOpts, d *Deployment) error {
	billing := bindings.NewBillingManager()
	input := billing.PackConstructor(d.MeterRegistry, d.Ledger(), d.StableToken, deployer.From, PaymentTerm)
	var err error
	if d.BillingManager, _, err = chaintx.Deploy(ctx, b, deployer, bindings.BillingManagerMetaData.Bin, input); err != nil {
		return fmt.Errorf("deploy BillingManager: %w", err)
	}
	return nil
}
