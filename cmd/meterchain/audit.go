package main

import (
	"fmt"
	"os"

	"github.com/urfave/cli/v2"
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
		w, closeAll, err := webFromFlags(c, "audit.local", "")
		if err != nil {
			return err
		}
		defer closeAll()
		rep, err := w.Audit(c.Context, c.Uint64("meter"))
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
