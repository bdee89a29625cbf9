package main

import (
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/meterchain/meterchain/deploy/devnet"
	"github.com/meterchain/meterchain/test/bench/billing"
)

// benchCommand groups the benchmarks; each is one subcommand in its own file.
var benchCommand = &cli.Command{
	Name:  "bench",
	Usage: "benchmarks on an in-process dev chain, printed as numbers",
	Subcommands: []*cli.Command{
		benchBillingCommand,
		benchMarketCommand,
		benchIngestCommand,
		benchAnchorCommand,
		benchIngestPlayCommand,
		benchSoakCommand,
		benchAttackCommand,
	},
}

var benchBillingCommand = &cli.Command{
	Name:  "billing",
	Usage: "issue a month of bills for a fleet on chain, then time consumer payments",
	Description: `Starts an in-process dev chain (deploy/devnet, --period blocks), deploys the contracts,
registers --meters meters and relays a closed month of signed readings for each (setup, not timed),
then sends issueBills for the whole fleet in --batch sized transactions at once and times them from
the first send to the last receipt. Then --payments consumers each pay a bill with an ERC-2612
permit (one transaction) at random moments; latency is from send to the receipt being seen.`,
	Flags: []cli.Flag{
		&cli.IntFlag{Name: "meters", Value: 10_000, Usage: "meters to bill (one bill each)"},
		&cli.IntFlag{Name: "batch", Value: 350, Usage: "meters per issueBills transaction"},
		&cli.IntFlag{Name: "payments", Value: 20, Usage: "consumer payments to time"},
		&cli.DurationFlag{Name: "period", Value: devnet.DefaultPeriod, Usage: "block period of the dev chain (whole seconds)"},
		&cli.Uint64Flag{Name: "gas-limit", Value: devnet.DefaultGasLimit, Usage: "block gas limit"},
		&cli.BoolFlag{Name: "json", Usage: "print only the JSON result on stdout"},
	},
	Action: func(c *cli.Context) error {
		logger := slog.Default()
		if c.Bool("json") {
			logger = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
		}
		res, err := billing.Run(c.Context, billing.Config{
			Meters: c.Int("meters"), Batch: c.Int("batch"), Payments: c.Int("payments"),
			Period: c.Duration("period"), GasLimit: c.Uint64("gas-limit"), Log: logger,
		})
		if err != nil {
			return fmt.Errorf("bench billing: %w", err)
		}
		out, err := json.Marshal(res)
		if err != nil {
			return err
		}
		if !c.Bool("json") {
			fmt.Printf("%d bills issued in %.1f s (%.0f bills/s), %.0f gas per bill in batches of %d, %d blocks;\n",
				res.BillsIssued, res.Seconds, res.BillsPerSecond, res.GasPerBill, res.Batch, res.Blocks)
			fmt.Printf("payment p50 %.0f ms (max %.0f ms), %d of %d confirmed in the next block; setup %s\n",
				res.PayLatencyP50Ms, res.PayLatencyMaxMs, res.PayNextBlock, res.Payments, time.Duration(res.SetupSeconds*float64(time.Second)).Round(time.Second))
		}
		fmt.Println(string(out))
		return nil
	},
}
