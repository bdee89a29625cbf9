package main

import (
	"encoding/json"
	"fmt"
	"log/slog"
	"os"

	"github.com/urfave/cli/v2"

	"github.com/meterchain/meterchain/deploy/devnet"
	marketbench "github.com/meterchain/meterchain/test/bench/market"
)

var benchMarketCommand = &cli.Command{
	Name:  "market",
	Usage: "clear and settle one P2P market window of --orders orders on an in-process dev chain",
	Description: `Starts an in-process dev chain, deploys the contracts and a market with a short window
(--window seconds; the contract is the one deployed everywhere, only the wait for delivery is
shorter), registers prosumers and consumers, and has them place --orders orders in one window
(setup, not timed). Once the book closes it times the uniform-price auction and the
submitClearing transactions; after the window, with every meter's readings on the ledger, it
times recordReadings and settleMany for every trade. Blocks count the blocks that carry that work.`,
	Flags: []cli.Flag{
		&cli.IntFlag{Name: "orders", Value: 2000, Usage: "orders in the window (half asks, half bids)"},
		&cli.IntFlag{Name: "traders", Usage: "prosumers, and as many consumers (default orders/20)"},
		&cli.Uint64Flag{Name: "window", Value: 30, Usage: "window length of the benchmark market, `SECONDS`"},
		&cli.DurationFlag{Name: "period", Value: devnet.DefaultPeriod, Usage: "block period of the dev chain"},
		&cli.Uint64Flag{Name: "gas-limit", Value: devnet.DefaultGasLimit, Usage: "block gas limit"},
		&cli.BoolFlag{Name: "json", Usage: "print only the JSON result on stdout"},
	},
	Action: func(c *cli.Context) error {
		logger := slog.Default()
		if c.Bool("json") {
			logger = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
		}
		res, err := marketbench.Run(c.Context, marketbench.Config{
			Orders: c.Int("orders"), Traders: c.Int("traders"), Window: c.Uint64("window"),
			Period: c.Duration("period"), GasLimit: c.Uint64("gas-limit"), Log: logger,
		})
		if err != nil {
			return fmt.Errorf("bench market: %w", err)
		}
		out, err := json.Marshal(res)
		if err != nil {
			return err
		}
		if !c.Bool("json") {
			fmt.Printf("%d orders -> %d trades at %s/kWh; cleared in %.2f s (%d blocks), settled in %.2f s (%d blocks): %d blocks in all\n",
				res.Orders, res.Trades, res.ClearingPrice, res.ClearSeconds, res.ClearBlocks, res.SettleSeconds, res.SettleBlocks, res.Blocks)
			fmt.Printf("gas per trade: %.0f to clear, %.0f to record readings, %.0f to settle\n",
				res.GasPerTradeCleared, res.RecordGasPerTrade, res.GasPerTradeSettled)
		}
		fmt.Println(string(out))
		return nil
	},
}
