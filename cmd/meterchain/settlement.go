package main

import (
	"fmt"
	"log/slog"
	"os/signal"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/meterchain/meterchain/settlement"
	"github.com/meterchain/meterchain/settlement/access"
	"github.com/meterchain/meterchain/settlement/market"
)

var settlementCommand = &cli.Command{
	Name:  "settlement",
	Usage: "follow the chain, issue bills when periods close, collect autopay, index bills and payments",
	Description: `Runs the settlement service alone against any JSON-RPC endpoint. It indexes ledger and
billing events only --confirmations blocks deep into a SQLite file (--db), survives reorgs (walks
back to the common ancestor and replays) and restarts (its cursor and its transactions in flight
are on disk). With a key (--keystore, or --dev-key on the dev chain) it also sends issueBills for
every closed period and collectAutopay for opted-in meters; without one it only indexes.
Ctrl-C stops it cleanly.`,
	Flags: append([]cli.Flag{
		&cli.StringFlag{Name: "db", Value: "settlement.db", EnvVars: []string{"METERCHAIN_SETTLEMENT_DB"},
			Category: "Settlement", Usage: "SQLite `FILE` of the index, cursor and sent transactions"},
		&cli.Uint64Flag{Name: "confirmations", Value: 2, EnvVars: []string{"METERCHAIN_CONFIRMATIONS"},
			Category: "Settlement", Usage: "process events only this many `BLOCKS` deep"},
		&cli.DurationFlag{Name: "poll", Value: 2 * time.Second, EnvVars: []string{"METERCHAIN_SETTLEMENT_POLL"},
			Category: "Settlement", Usage: "time between rounds"},
		&cli.IntFlag{Name: "batch", Value: 250, EnvVars: []string{"METERCHAIN_SETTLEMENT_BATCH"},
			Category: "Settlement", Usage: "meters per issueBills / bills per collectAutopay transaction (split further if over the gas cap)"},
		&cli.BoolFlag{Name: "index-only", EnvVars: []string{"METERCHAIN_SETTLEMENT_INDEX_ONLY"},
			Category: "Settlement", Usage: "send no transactions, only index"},
	}, chainFlags...),
	Action: func(c *cli.Context) error {
		ctx, stop := signal.NotifyContext(c.Context, syscall.SIGINT, syscall.SIGTERM)
		defer stop()
		client, chainID, err := connect(c)
		if err != nil {
			return err
		}
		defer client.Close()
		d, err := loadDeployment(c, chainID)
		if err != nil {
			return err
		}
		cfg := settlement.Config{
			Deployment: d, DBPath: c.String("db"), Confirmations: c.Uint64("confirmations"),
			PollInterval: c.Duration("poll"), BatchSize: c.Int("batch"), Log: slog.Default().With("service", "settlement"),
		}
		if !c.Bool("index-only") {
			if cfg.Key, err = loadKey(c, chainID); err != nil {
				return fmt.Errorf("%w (or run with --index-only)", err)
			}
		}
		svc, err := settlement.New(cfg, client)
		if err != nil {
			return err
		}
		if d.ConsentRegistry != (common.Address{}) { // meter owners and consent grants, read by the API (meterchain serve)
			if err := access.Follow(svc, svc.DB(), d.MeterRegistry, d.ConsentRegistry); err != nil {
				_ = svc.Stop()
				return err
			}
		}
		if d.EnergyMarket != (common.Address{}) {
			if _, err := market.Attach(ctx, svc, client, d); err != nil {
				_ = svc.Stop()
				return err
			}
		}
		if err := svc.Start(ctx); err != nil {
			_ = svc.Stop()
			return err
		}
		fmt.Printf("settlement: following chain %d (BillingManager %s), index in %s; Ctrl-C to stop\n", chainID, d.BillingManager, cfg.DBPath)
		<-ctx.Done()
		fmt.Println("settlement: stopping")
		return svc.Stop()
	},
}
