package main

import (
	"fmt"
	"log/slog"
	"os"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/meterchain/meterchain/test/bench/soak"
)

var benchSoakCommand = &cli.Command{
	Name:  "soak",
	Usage: "crash, reorg and RPC-fault soak: kill the oracle and settlement, fail RPC calls, reorg, then reconcile",
	Description: `Starts an in-process dev chain with the contracts, runs the oracle and the settlement
service as separate processes of this binary behind an RPC proxy that fails --fail-rate of the calls
and stalls some, SIGKILLs and restarts them at random moments (about every --kill-every), rewinds the
chain 1-3 blocks (about every --reorg-every), while --meters meters send signed readings that cross
--months billing periods. After --duration the faults stop and the run reconciles from the chain's
events: every acknowledged reading accepted exactly once or rejected with its reason (lost,
duplicated), one bill per closed period, token balances that add up. Work files go to --dir.`,
	Flags: []cli.Flag{
		&cli.DurationFlag{Name: "duration", Value: 10 * time.Minute, Usage: "how long faults are injected while meters send"},
		&cli.IntFlag{Name: "meters", Value: 16, Usage: "simulated meters"},
		&cli.IntFlag{Name: "months", Value: 2, Usage: "billing periods the readings cross"},
		&cli.DurationFlag{Name: "kill-every", Usage: "mean time between process kills (default duration/30)"},
		&cli.DurationFlag{Name: "reorg-every", Usage: "mean time between reorgs (default duration/10)"},
		&cli.Float64Flag{Name: "fail-rate", Value: 0.05, Usage: "share of RPC calls failed by the proxy"},
		&cli.DurationFlag{Name: "drain", Value: 3 * time.Minute, Usage: "after the faults stop, how long the system may take to settle"},
		&cli.StringFlag{Name: "dir", Usage: "work `DIR` (default: a new temporary directory, kept for inspection)"},
		&cli.BoolFlag{Name: "json", Usage: "print only the JSON result on stdout"},
	},
	Action: func(c *cli.Context) error {
		bin, err := os.Executable()
		if err != nil {
			return err
		}
		dir := c.String("dir")
		if dir == "" {
			if dir, err = os.MkdirTemp("", "meterchain-soak-"); err != nil {
				return err
			}
		}
		logger := slog.Default()
		if c.Bool("json") {
			logger = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
		}
		res, err := soak.Run(c.Context, soak.Config{Binary: bin, Dir: dir, Duration: c.Duration("duration"),
			Meters: c.Int("meters"), Months: c.Int("months"), KillEvery: c.Duration("kill-every"),
			ReorgEvery: c.Duration("reorg-every"), FailRate: c.Float64("fail-rate"), Drain: c.Duration("drain"), Log: logger})
		if err != nil {
			return fmt.Errorf("bench soak: %w", err)
		}
		if !c.Bool("json") {
			fmt.Printf("%d readings sent: %d accepted, %d rejected, %d lost, %d duplicated; %d kills, %d reorgs, %d RPC faults; bills %d/%d; logs in %s\n",
				res.ReadingsSent, res.Accepted, res.Rejected, res.Lost, res.Duplicated, res.Kills, res.Reorgs, res.RPCFaults,
				res.BillsIssued, res.BillsExpected, dir)
		}
		fmt.Println(res.JSON())
		if !res.Settled || res.Lost != 0 || res.Duplicated != 0 || res.RejectedWrongly != 0 || res.BillsDuplicated != 0 || !res.TokenSupplyOK {
			return fmt.Errorf("bench soak: the run did not reconcile (see the JSON; logs in %s)", dir)
		}
		return nil
	},
}
