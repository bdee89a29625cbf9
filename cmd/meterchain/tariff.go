package main

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"io"
	"math/big"
	"os"
	"slices"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/meterchain/meterchain/bindings"
	"github.com/meterchain/meterchain/bindings/stabletoken"
	"github.com/meterchain/meterchain/deploy"
	"github.com/meterchain/meterchain/internal/chaintx"
	"github.com/meterchain/meterchain/internal/tariff"
)

var tariffCommand = &cli.Command{
	Name:  "tariff",
	Usage: "the utility's tariffs (flat, tiered, fixed monthly charge)",
	Subcommands: []*cli.Command{
		{
			Name:  "set",
			Usage: "define the tariffs of a YAML/JSON file on chain (registrar key)",
			Description: `Prices are exact decimals in token units (e.g. "0.1523" USD per kWh); a price the token
cannot represent exactly (more decimals than it has) is refused. Tariffs are immutable on chain, so
a bill can always be recomputed: a tariff already defined with the same prices is left alone, one
with different prices is refused (define a new id and assign it to the meters). Example file:

  tariffs:
    - id: 1
      name: residential flat
      fixed_charge: "4.50"
      blocks:
        - price_per_kwh: "0.1523"
    - id: 2
      name: residential tiered
      blocks:
        - up_to_kwh: 100
          price_per_kwh: "0.10"
        - price_per_kwh: "0.15"`,
			Flags: append([]cli.Flag{
				&cli.StringFlag{Name: "file", Required: true, Usage: "tariff `FILE` (YAML or JSON)"},
			}, chainFlags...),
			Action: tariffSet,
		},
		{
			Name:   "show",
			Usage:  "print a tariff as the chain has it",
			Flags:  append([]cli.Flag{&cli.UintFlag{Name: "id", Required: true, Usage: "tariff `ID`"}}, chainFlags...),
			Action: tariffShow,
		},
	},
}

// billingEnv is a connected client with the deployment, the billing contract and its token.
type billingEnv struct {
	client   *ethclient.Client
	d        *deploy.Deployment
	abi      *bindings.BillingManager
	inst     *bind.BoundContract
	tokenABI *stabletoken.StableToken
	token    *bind.BoundContract
	decimals int32
	symbol   string
}

func openBilling(c *cli.Context) (*billingEnv, error) {
	client, chainID, err := connect(c)
	if err != nil {
		return nil, err
	}
	d, err := loadDeployment(c, chainID)
	if err != nil {
		client.Close()
		return nil, err
	}
	if d.BillingManager.Cmp([20]byte{}) == 0 {
		client.Close()
		return nil, fmt.Errorf("the deployment has no BillingManager (redeploy)")
	}
	e := &billingEnv{client: client, d: d, abi: bindings.NewBillingManager(), tokenABI: stabletoken.NewStableToken()}
	e.inst = e.abi.Instance(client, d.BillingManager)
	opts := &bind.CallOpts{Context: c.Context}
	// Bills are paid in the billing contract's token, whatever the deployment file says.
	tokenAddr, err := bind.Call(e.inst, opts, e.abi.PackToken(), e.abi.UnpackToken)
	if err != nil {
		client.Close()
		return nil, fmt.Errorf("read the billing token: %w", err)
	}
	e.token = e.tokenABI.Instance(client, tokenAddr)
	dec, err := bind.Call(e.token, opts, e.tokenABI.PackDecimals(), e.tokenABI.UnpackDecimals)
	if err != nil {
		client.Close()
		return nil, fmt.Errorf("read the token's decimals: %w", err)
	}
	e.decimals = int32(dec)
	if e.symbol, err = bind.Call(e.token, opts, e.tokenABI.PackSymbol(), e.tokenABI.UnpackSymbol); err != nil {
		client.Close()
		return nil, fmt.Errorf("read the token's symbol: %w", err)
	}
	return e, nil
}

// money shows base units for people: "$9.31" for a dollar token, "9.31 EURC" otherwise.
func (e *billingEnv) money(v *big.Int) string {
	s := tariff.FormatAmount(v, e.decimals)
	if e.symbol == "mUSD" || e.symbol == "USDC" || e.symbol == "USDT" || e.symbol == "DAI" {
		return "$" + s
	}
	return s + " " + e.symbol
}

// transactor signs with the command's key on the deployment's chain.
func (e *billingEnv) transactor(c *cli.Context, key *ecdsa.PrivateKey) *bind.TransactOpts {
	opts := bind.NewKeyedTransactor(key, chainIDBig(e.d.ChainID))
	opts.Context = c.Context
	return opts
}

// transact sends calldata to the billing contract, waits for the receipt and names a revert.
func (e *billingEnv) transact(ctx context.Context, opts *bind.TransactOpts, data []byte) (string, error) {
	tx, err := bind.Transact(e.inst, opts, data)
	if err != nil {
		return "", withRevertName(err, &bindings.BillingManagerMetaData)
	}
	if _, err := chaintx.WaitOK(ctx, e.client, tx.Hash()); err != nil {
		return "", err
	}
	return tx.Hash().Hex(), nil
}

func tariffSet(c *cli.Context) error {
	e, err := openBilling(c)
	if err != nil {
		return err
	}
	defer e.client.Close()
	ts, err := tariff.Load(c.String("file"), e.decimals)
	if err != nil {
		return err
	}
	key, err := loadKey(c, e.d.ChainID)
	if err != nil {
		return err
	}
	return defineTariffs(c.Context, e.client, e.transactor(c, key), e.d.BillingManager, ts, os.Stdout)
}

// defineTariffs sets tariffs on chain from the registrar's key: a tariff already there with the
// same prices is left alone, one with other prices is an error (tariffs are immutable).
func defineTariffs(ctx context.Context, b deploy.Backend, opts *bind.TransactOpts, billing common.Address, ts []tariff.Tariff, out io.Writer) error {
	abi := bindings.NewBillingManager()
	inst := abi.Instance(b, billing)
	for _, t := range ts {
		have, err := bind.Call(inst, &bind.CallOpts{Context: ctx}, abi.PackTariff(t.ID), abi.UnpackTariff)
		if err != nil {
			return fmt.Errorf("read tariff %d: %w", t.ID, err)
		}
		if len(have.PricePerKWh) > 0 {
			if sameTariff(t, have) {
				fmt.Fprintf(out, "tariff %d (%s): already set, unchanged\n", t.ID, t.Name)
				continue
			}
			return fmt.Errorf("tariff %d is already defined on chain with other prices; tariffs are immutable so past bills stay reproducible: give the new prices a new id and assign it to the meters", t.ID)
		}
		o := *opts
		o.Context = ctx
		tx, err := bind.Transact(inst, &o, abi.PackSetTariff(t.ID, t.FixedCharge, t.UpToWh, t.PricePerKWh))
		if err != nil {
			return fmt.Errorf("set tariff %d: %w", t.ID, withRevertName(err, &bindings.BillingManagerMetaData))
		}
		if _, err := chaintx.WaitOK(ctx, b, tx.Hash()); err != nil {
			return fmt.Errorf("set tariff %d: %w", t.ID, err)
		}
		fmt.Fprintf(out, "tariff %d (%s): set in %s\n", t.ID, t.Name, tx.Hash())
	}
	return nil
}

func sameTariff(t tariff.Tariff, have bindings.TariffOutput) bool {
	if t.FixedCharge.Cmp(have.FixedCharge) != 0 || !slices.Equal(t.UpToWh, have.UpToWh) || len(t.PricePerKWh) != len(have.PricePerKWh) {
		return false
	}
	for i, p := range t.PricePerKWh {
		if p.Cmp(have.PricePerKWh[i]) != 0 {
			return false
		}
	}
	return true
}

func tariffShow(c *cli.Context) error {
	e, err := openBilling(c)
	if err != nil {
		return err
	}
	defer e.client.Close()
	id := uint32(c.Uint("id"))
	t, err := bind.Call(e.inst, &bind.CallOpts{Context: c.Context}, e.abi.PackTariff(id), e.abi.UnpackTariff)
	if err != nil {
		return fmt.Errorf("read tariff %d: %w", id, err)
	}
	if len(t.PricePerKWh) == 0 {
		return fmt.Errorf("tariff %d is not defined", id)
	}
	fmt.Printf("tariff %d\n  fixed charge  %s a month\n", id, e.money(t.FixedCharge))
	from := "0"
	for i, p := range t.PricePerKWh {
		to := "and above"
		if i < len(t.UpToWh) {
			to = "to " + tariff.FormatKWh(t.UpToWh[i]) + " kWh"
		}
		fmt.Printf("  from %s kWh %s: %s per kWh\n", from, to, e.money(p))
		if i < len(t.UpToWh) {
			from = tariff.FormatKWh(t.UpToWh[i])
		}
	}
	return nil
}
