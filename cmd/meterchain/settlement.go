package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/meterchain/meterchain/internal/anchorchain"
	"github.com/meterchain/meterchain/settlement"
	"github.com/meterchain/meterchain/settlement/access"
	"github.com/meterchain/meterchain/settlement/market"
)

// Flags of `meterchain settlement`; the defaults are settlement.Config's.
var (
	settlementStoreFlag = &cli.StringFlag{Name: "db", Value: settlement.DefaultDBPath, EnvVars: []string{"METERCHAIN_SETTLEMENT_DB"},
		Category: "Settlement", Usage: "SQLite `FILE` of the index, cursor and sent transactions"}
	confirmationsFlag = &cli.Uint64Flag{Name: "confirmations", Value: settlement.DefaultConfirmations, EnvVars: []string{"METERCHAIN_CONFIRMATIONS"},
		Category: "Settlement", Usage: "process events only this many `BLOCKS` deep"}
	settlementPollFlag = &cli.DurationFlag{Name: "poll", Value: settlement.DefaultPollInterval, EnvVars: []string{"METERCHAIN_SETTLEMENT_POLL"},
		Category: "Settlement", Usage: "time between rounds"}
	settlementBatchFlag = &cli.IntFlag{Name: "batch", Value: settlement.DefaultBatchSize, EnvVars: []string{"METERCHAIN_SETTLEMENT_BATCH"},
		Category: "Settlement", Usage: "meters per issueBills / bills per collectAutopay transaction (split further if over the gas cap)"}
	keepBlocksFlag = &cli.Uint64Flag{Name: "keep-blocks", Value: settlement.DefaultKeepBlocks, EnvVars: []string{"METERCHAIN_SETTLEMENT_KEEP_BLOCKS"},
		Category: "Settlement", Usage: "block hashes kept: the deepest reorg undone, in `BLOCKS`"}
	maxAttemptsFlag = &cli.IntFlag{Name: "max-attempts", Value: settlement.DefaultMaxAttempts, EnvVars: []string{"METERCHAIN_SETTLEMENT_MAX_ATTEMPTS"},
		Category: "Settlement", Usage: "sends of one bill's work before giving up"}
	indexOnlyFlag = &cli.BoolFlag{Name: "index-only", EnvVars: []string{"METERCHAIN_SETTLEMENT_INDEX_ONLY"},
		Category: "Settlement", Usage: "send no transactions, only index"}
	settlementStateFileFlag = &cli.PathFlag{Name: "state-file", EnvVars: []string{"METERCHAIN_SETTLEMENT_STATE_FILE"}, Category: "Settlement",
		Usage: "anchored ledger: keep the prover's state as of the newest final batch in `FILE` and resume from it (default: replay the ledger's history at every start)"}
	settlementSnapshotIntervalFlag = &cli.DurationFlag{Name: "snapshot-interval", Value: anchorchain.DefaultSnapshotInterval,
		EnvVars: []string{"METERCHAIN_SETTLEMENT_SNAPSHOT_INTERVAL"}, Category: "Settlement",
		Usage: "with --state-file: write it at least this often (when a newer batch is final)"}
	settlementSnapshotBatchesFlag = &cli.Uint64Flag{Name: "snapshot-batches", Value: anchorchain.DefaultSnapshotBatches,
		EnvVars: []string{"METERCHAIN_SETTLEMENT_SNAPSHOT_BATCHES"}, Category: "Settlement",
		Usage: "with --state-file: write it once this many `BATCHES` more are final"}
)

var settlementCommand = &cli.Command{
	Name:  "settlement",
	Usage: "follow the chain, issue bills when periods close, collect autopay, index bills and payments",
	Description: `Runs the settlement service alone against any JSON-RPC endpoint. It indexes ledger and
billing events only --confirmations blocks deep into a SQLite file (--db), survives reorgs (walks
back to the common ancestor and replays) and restarts (its cursor and its transactions in flight
are on disk). With a key (--keystore, or --dev-key on the dev chain) it also sends issueBills for
every closed period and collectAutopay for opted-in meters, and clears and settles the P2P
market; on an anchored deployment it first proves each period's registers from the newest final
batch (proveRegisters), and with --state-file resumes from its state as of a final batch instead
of replaying the ledger's history. Without a key it only indexes. Ctrl-C stops it cleanly.`,
	Flags: append([]cli.Flag{
		settlementStoreFlag, confirmationsFlag, settlementPollFlag, settlementBatchFlag, keepBlocksFlag, maxAttemptsFlag, indexOnlyFlag,
		blobDataURLFlag, settlementStateFileFlag, settlementSnapshotIntervalFlag, settlementSnapshotBatchesFlag, stopTimeoutFlag,
	}, chainFlags...),
	Action: func(c *cli.Context) error { return runService(c, &settlementRun{c: c}) },
}

// settlementRun is `meterchain settlement` as a lifecycle.Service.
type settlementRun struct {
	c      *cli.Context
	client *ethclient.Client
	svc    *settlement.Service
}

func (r *settlementRun) Start(ctx context.Context) error {
	c := r.c
	client, chainID, err := connectContext(ctx, c)
	if err != nil {
		return err
	}
	r.client = client
	d, err := loadDeployment(c, chainID)
	if err != nil {
		return err
	}
	cfg := settlement.Config{
		Deployment: d, DBPath: c.String(settlementStoreFlag.Name), Confirmations: c.Uint64(confirmationsFlag.Name),
		PollInterval: c.Duration(settlementPollFlag.Name), BatchSize: c.Int(settlementBatchFlag.Name),
		KeepBlocks: c.Uint64(keepBlocksFlag.Name), MaxAttempts: c.Int(maxAttemptsFlag.Name), BlobSources: blobSources(c),
		StateFile: c.Path(settlementStateFileFlag.Name), SnapshotInterval: c.Duration(settlementSnapshotIntervalFlag.Name),
		SnapshotBatches: c.Uint64(settlementSnapshotBatchesFlag.Name),
		Log:             slog.Default().With("service", "settlement"),
	}
	if !c.Bool(indexOnlyFlag.Name) {
		if cfg.Key, err = loadKey(c, chainID); err != nil {
			return fmt.Errorf("%w (or run with --index-only)", err)
		}
	}
	if r.svc, err = newSettlement(ctx, cfg, client); err != nil {
		return err
	}
	if err := r.svc.Start(ctx); err != nil {
		return err
	}
	fmt.Printf("settlement: following chain %d (BillingManager %s), index in %s; Ctrl-C to stop\n", chainID, d.BillingManager, cfg.DBPath)
	return nil
}

func (r *settlementRun) Stop(context.Context) error {
	var errs []error
	if r.svc != nil {
		fmt.Fprintln(os.Stderr, "settlement: stopping")
		errs = append(errs, r.svc.Stop())
	}
	if r.client != nil {
		r.client.Close()
	}
	return errors.Join(errs...)
}

// newSettlement assembles the settlement service as every command runs it (`meterchain
// settlement` and `meterchain devnet`): billing and autopay, the meter-owner and consent index the
// API reads (when the deployment has a ConsentRegistry), and the P2P market's index, bill holds
// and clearing job (when it has an EnergyMarket). The service is not started yet.
func newSettlement(ctx context.Context, cfg settlement.Config, b market.Backend) (*settlement.Service, error) {
	svc, err := settlement.New(cfg, b)
	if err != nil {
		return nil, err
	}
	d := cfg.Deployment
	if d.ConsentRegistry != (common.Address{}) {
		if err := access.Follow(svc, svc.DB(), d.MeterRegistry, d.ConsentRegistry); err != nil {
			_ = svc.Stop()
			return nil, fmt.Errorf("settlement: consent index: %w", err)
		}
	}
	if d.EnergyMarket != (common.Address{}) {
		if _, err := market.Attach(ctx, svc, b, d); err != nil {
			_ = svc.Stop()
			return nil, fmt.Errorf("settlement: %w", err)
		}
	}
	return svc, nil
}
