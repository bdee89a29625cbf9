package main

import (
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/meterchain/meterchain/deploy"
	"github.com/meterchain/meterchain/internal/billpay"
)

var deployCommand = &cli.Command{
	Name:  "deploy",
	Usage: "deploy and wire every contract, write deployments/<chainID>.json",
	Description: `Deploys every contract from the given key (which becomes the admin and the treasury),
grants the registrar role to the utility's addresses and the relayer role to the oracles'.
Bills are paid in --token, an existing ERC-20 of the target chain (a real stable token; its
decimals are read from it); without --token a StableToken is deployed that only the deployer
mints (its faucet closed: the faucet token is the devnet's only).
Works against any JSON-RPC endpoint: geth, a private PoA/QBFT network, an L2.`,
	Flags: append([]cli.Flag{
		&cli.StringSliceFlag{Name: "registrar", Usage: "`ADDRESS` to grant the registrar role (repeatable; default: the deployer)"},
		&cli.StringSliceFlag{Name: "relayer", Usage: "`ADDRESS` to grant the relayer role (repeatable; default: the deployer)"},
		&cli.StringFlag{Name: "token", Usage: "`ADDRESS` of the existing ERC-20 bills are paid in (default: deploy a StableToken the deployer mints)"},
		&cli.StringFlag{Name: "out", Value: "deployments", Usage: "`DIR` for the deployment file"},
	}, chainFlags...),
	Action: func(c *cli.Context) error {
		client, chainID, err := connect(c)
		if err != nil {
			return err
		}
		defer client.Close()
		key, err := loadKey(c, chainID)
		if err != nil {
			return err
		}
		opts := bind.NewKeyedTransactor(key, chainIDBig(chainID))
		roles := deploy.Roles{Registrars: addresses(c.StringSlice("registrar")), Relayers: addresses(c.StringSlice("relayer"))}
		if len(roles.Registrars) == 0 {
			roles.Registrars = []common.Address{opts.From}
		}
		if len(roles.Relayers) == 0 {
			roles.Relayers = []common.Address{opts.From}
		}
		for _, a := range append(append([]common.Address{}, roles.Registrars...), roles.Relayers...) {
			if a == (common.Address{}) {
				return fmt.Errorf("invalid role address")
			}
		}
		var token deploy.Token
		if v := c.String("token"); v != "" {
			if !common.IsHexAddress(v) {
				return fmt.Errorf("--token %q is not an address", v)
			}
			token.Address = common.HexToAddress(v)
		}
		fmt.Printf("deploying to chain %d from %s ...\n", chainID, opts.From)
		d, err := deploy.ContractsWith(c.Context, client, opts, chainID, deploy.Options{Roles: roles, Token: token})
		if err != nil {
			return err
		}
		decimals, err := billpay.Decimals(c.Context, client, d.StableToken)
		if err != nil {
			return err
		}
		path, err := d.Save(c.String("out"))
		if err != nil {
			return err
		}
		fmt.Printf("MeterRegistry  %s\nReadingLedger  %s\nBillingManager %s\ntoken          %s (%d decimals)\nfrom block     %d\nwritten to     %s\n",
			d.MeterRegistry, d.ReadingLedger, d.BillingManager, d.StableToken, decimals, d.Block, path)
		return nil
	},
}

func addresses(in []string) []common.Address {
	out := make([]common.Address, 0, len(in))
	for _, s := range in {
		if !common.IsHexAddress(s) {
			out = append(out, common.Address{})
			continue
		}
		out = append(out, common.HexToAddress(s))
	}
	return out
}
