package main

import (
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/meterchain/meterchain/deploy"
	"github.com/meterchain/meterchain/internal/billpay"
	"github.com/meterchain/meterchain/internal/tariff"
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
		&cli.StringFlag{Name: "ledger", Value: "verified", Category: "Ledger",
			Usage: "verified (every signature checked on chain) or anchored (bonded batch roots, fraud proofs: docs/anchored-ledger.md)"},
		&cli.DurationFlag{Name: "challenge-window", Value: 7 * 24 * time.Hour, Category: "Ledger",
			Usage: "anchored: time a batch can be proven wrong before it is final (minutes on a devnet, days on a public chain)"},
		&cli.DurationFlag{Name: "answer-window", Value: 24 * time.Hour, Category: "Ledger",
			Usage: "anchored: time a relayer has to answer a data-availability demand"},
		&cli.StringFlag{Name: "min-bond", Value: "10000", Category: "Ledger", Usage: "anchored: bond a relayer must hold to anchor, in `TOKENS`"},
		&cli.StringFlag{Name: "demand-bond", Value: "100", Category: "Ledger", Usage: "anchored: bond a data-availability demand locks, in `TOKENS`"},
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
		decimals, err := billpay.Decimals(c.Context, client, token.Address)
		if err != nil {
			return err
		}
		o := deploy.Options{Roles: roles, Token: token}
		switch c.String("ledger") {
		case "verified":
		case "anchored":
			if o.Anchored, err = anchoredParams(c, decimals); err != nil {
				return err
			}
		default:
			return fmt.Errorf("--ledger %q: verified or anchored", c.String("ledger"))
		}
		fmt.Printf("deploying to chain %d from %s ...\n", chainID, opts.From)
		d, err := deploy.ContractsWith(c.Context, client, opts, chainID, o)
		if err != nil {
			return err
		}
		path, err := d.Save(c.String("out"))
		if err != nil {
			return err
		}
		ledger := "ReadingLedger "
		if d.Anchored() {
			ledger = "AnchoredLedger"
		}
		fmt.Printf("MeterRegistry  %s\n%s %s\nBillingManager %s\ntoken          %s (%d decimals)\nfrom block     %d\nwritten to     %s\n",
			d.MeterRegistry, ledger, d.Ledger(), d.BillingManager, d.StableToken, decimals, d.Block, path)
		return nil
	},
}

// anchoredParams reads the anchored ledger's parameters (bonds in whole tokens, decimal).
func anchoredParams(c *cli.Context, decimals int32) (*deploy.AnchoredParams, error) {
	p := &deploy.AnchoredParams{Window: uint64(c.Duration("challenge-window") / time.Second),
		AnswerWindow: uint64(c.Duration("answer-window") / time.Second)}
	if p.Window == 0 || p.AnswerWindow == 0 {
		return nil, fmt.Errorf("--challenge-window and --answer-window must be at least a second")
	}
	for _, b := range []struct {
		flag string
		to   **big.Int
	}{{"min-bond", &p.MinBond}, {"demand-bond", &p.DemandBond}} {
		v, err := tariff.ParseAmount(c.String(b.flag), decimals)
		if err != nil {
			return nil, fmt.Errorf("--%s: %w", b.flag, err)
		}
		if v.Sign() <= 0 {
			return nil, fmt.Errorf("--%s %q: must be positive", b.flag, c.String(b.flag))
		}
		*b.to = v
	}
	return p, nil
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
