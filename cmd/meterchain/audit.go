package main

import (
	"fmt"
	"os"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/meterchain/meterchain/deploy"
	"github.com/meterchain/meterchain/internal/billpay"
	"github.com/meterchain/meterchain/internal/portal/audit"
)

var auditCommand = &cli.Command{
	Name:  "audit",
	Usage: "re-verify a meter's stored readings and bills against the chain",
	Description: `Checks every reading the oracle's database holds as accepted against its ReadingAccepted event
(the detail record's hash, the registers, the timestamp) and its meter signature against the keys
the registry gave the meter; that every reading accepted on chain is in the database; and every bill
of the settlement index against the ledger's period registers and the meter's tariff (the contract's
rounding rule). Prints a report; exits 1 on any mismatch.`,
	Flags: append([]cli.Flag{
		&cli.Uint64Flag{Name: "meter", Required: true, Usage: "meter `ID`"},
		oracleDBFlag, settlementDBFlag,
	}, chainFlags...),
	Action: func(c *cli.Context) error {
		src, err := openRecords(c)
		if err != nil {
			return err
		}
		defer src.Close()
		cfg := audit.Config{Deployment: src.deployment, Backend: src.client, Readings: src.readings, Bills: src.bills, Decimals: src.decimals}
		rep, err := audit.Meter(c.Context, cfg, c.Uint64("meter"))
		if err != nil {
			return fmt.Errorf("audit meter %d: %w", c.Uint64("meter"), err)
		}
		rep.Print(os.Stdout)
		if !rep.OK() {
			return cli.Exit(fmt.Sprintf("audit of meter %d: %d mismatch(es)", rep.MeterID, len(rep.Problems)), 1)
		}
		return nil
	},
}

// records are the chain and the two services' databases, opened for reading: what `audit` and
// `export` read a meter's data from.
type records struct {
	*stores
	client     *ethclient.Client
	deployment *deploy.Deployment
	decimals   int32 // of the billing token
}

// openRecords connects to the chain and opens the databases named by the command's flags.
func openRecords(c *cli.Context) (*records, error) {
	client, chainID, err := connect(c)
	if err != nil {
		return nil, err
	}
	r := &records{client: client}
	if r.deployment, err = loadDeployment(c, chainID); err != nil {
		client.Close()
		return nil, err
	}
	if r.decimals, err = billpay.Decimals(c.Context, client, r.deployment.StableToken); err != nil {
		client.Close()
		return nil, err
	}
	if r.stores, err = openStores(c.String(oracleDBFlag.Name), c.String(settlementDBFlag.Name)); err != nil {
		client.Close()
		return nil, err
	}
	return r, nil
}

func (r *records) Close() error {
	err := r.stores.Close()
	r.client.Close()
	return err
}
