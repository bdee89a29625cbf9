package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/meterchain/meterchain/watch"
)

var watchCommand = &cli.Command{
	Name:  "watch",
	Usage: "check every batch an anchored ledger anchors and prove the first broken rule on chain",
	Description: `Follows the AnchoredLedger of an anchored deployment (deploy --ledger anchored): fetches each
batch's data from its transaction (a batch in blobs: from the --blob-data-url oracles, checked
against the blobs' versioned hashes), re-executes every reading with the ledger's rules on the
state it derives, and for the first broken rule sends the fraud proof that voids the batch (and
every batch built on it) and pays the watcher half the relayer's bond. Data it cannot get (a batch
whose data does not reproduce its roots, or blobs no source serves) it demands on chain, and voids
the batch if the relayer does not answer in time. Without --state-file the state is rebuilt from the chain at every
start (hours of replay for a utility's history). With it, the watcher keeps there a snapshot of
the state as of the newest final batch (written atomically every --snapshot-batches final batches
or --snapshot-interval, and at a clean stop), and a restart resumes from it after checking it
against the chain (the ledger's header of that batch, the batch still final, the state root the
header's): only the batches after it, the ones still inside the challenge window among them, are
read again. A snapshot the chain does not confirm (another deployment, a reorg, a damaged file) is
logged and ignored, and the whole history replayed. The key pays gas and, for demands, the
ledger's demand bond in its token.
One honest watcher is enough: see SECURITY.md.`,
	Flags: append([]cli.Flag{
		&cli.DurationFlag{Name: "poll", Value: 2 * time.Second, EnvVars: []string{"METERCHAIN_WATCH_POLL"}, Category: "Watch",
			Usage: "time between looks at the chain"},
		&cli.Uint64Flag{Name: "confirmations", Value: 2, EnvVars: []string{"METERCHAIN_WATCH_CONFIRMATIONS"}, Category: "Watch",
			Usage: "act on a batch only this many `BLOCKS` deep (shorter than the challenge window by far)"},
		&cli.PathFlag{Name: "state-file", EnvVars: []string{"METERCHAIN_WATCH_STATE_FILE"}, Category: "Watch",
			Usage: "keep a snapshot of the final state in `FILE` and resume from it (default: replay the whole history at every start)"},
		&cli.DurationFlag{Name: "snapshot-interval", Value: watch.DefaultSnapshotInterval, EnvVars: []string{"METERCHAIN_WATCH_SNAPSHOT_INTERVAL"},
			Category: "Watch", Usage: "with --state-file: write a snapshot at least this often (when a newer batch is final)"},
		&cli.Uint64Flag{Name: "snapshot-batches", Value: watch.DefaultSnapshotBatches, EnvVars: []string{"METERCHAIN_WATCH_SNAPSHOT_BATCHES"},
			Category: "Watch", Usage: "with --state-file: write a snapshot once this many `BATCHES` more are final"},
		blobDataURLFlag, stopTimeoutFlag,
	}, chainFlags...),
	Action: func(c *cli.Context) error { return runService(c, &watchRun{c: c}) },
}

// watchRun is `meterchain watch` as a lifecycle.Service.
type watchRun struct {
	c      *cli.Context
	client *ethclient.Client
	svc    *watch.Service
}

func (r *watchRun) Start(ctx context.Context) error {
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
	key, err := loadKey(c, chainID)
	if err != nil {
		return err
	}
	r.svc, err = watch.New(watch.Config{Deployment: d, Key: key, ChainID: chainID, Poll: c.Duration("poll"),
		Confirmations: c.Uint64("confirmations"), Log: slog.Default().With("service", "watch"), StateFile: c.Path("state-file"),
		SnapshotBatches: c.Uint64("snapshot-batches"), SnapshotInterval: c.Duration("snapshot-interval"), BlobSources: blobSources(c)}, client)
	if err != nil {
		return err
	}
	if err := r.svc.Start(ctx); err != nil {
		return err
	}
	if batch, ok := r.svc.Resumed(); ok {
		fmt.Printf("watching AnchoredLedger %s on chain %d from final batch %d of %s; Ctrl-C to stop\n", d.AnchoredLedger, chainID, batch, c.Path("state-file"))
	} else {
		fmt.Printf("watching AnchoredLedger %s on chain %d from block %d; Ctrl-C to stop\n", d.AnchoredLedger, chainID, d.Block)
	}
	return nil
}

func (r *watchRun) Stop(ctx context.Context) error {
	var errs []error
	if r.svc != nil {
		fmt.Fprintln(os.Stderr, "watch: stopping")
		errs = append(errs, r.svc.Stop(ctx))
	}
	if r.client != nil {
		r.client.Close()
	}
	return errors.Join(errs...)
}
