package deploy

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/meterchain/meterchain/bindings"
	"github.com/meterchain/meterchain/internal/chaintx"
)

// deployConsent deploys the ConsentRegistry on the deployment's MeterRegistry: meter owners grant
// third parties a scope of their meter's data there, and the API serves what the grants cover.
func deployConsent(ctx context.Context, b Backend, deployer *bind.TransactOpts, d *Deployment) error {
	consent := bindings.NewConsentRegistry()
	addr, _, err := chaintx.Deploy(ctx, b, deployer, bindings.ConsentRegistryMetaData.Bin, consent.PackConstructor(d.MeterRegistry))
	if err != nil {
		return fmt.Errorf("deploy ConsentRegistry: %w", err)
	}
	d.ConsentRegistry = addr
	return nil
}
