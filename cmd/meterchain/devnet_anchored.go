package main

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	stabletoken "github.com/meterchain/meterchain/bindings/stabletoken"
	"github.com/meterchain/meterchain/deploy"
	"github.com/meterchain/meterchain/deploy/devnet"
	"github.com/meterchain/meterchain/internal/anchorchain"
	"github.com/meterchain/meterchain/internal/chaintx"
	"github.com/meterchain/meterchain/internal/sim/marketbot"
	"github.com/meterchain/meterchain/internal/sim/meterfleet"
	"github.com/meterchain/meterchain/settlement"
	"github.com/meterchain/meterchain/watch"
)

// The devnet's anchored ledger bonds (token base units, 6 decimals).
var (
	devnetMinBond    = big.NewInt(10_000_000_000) // 10,000 tokens
	devnetDemandBond = big.NewInt(100_000_000)    // 100 tokens
)

func devnetAnchoredParams(window time.Duration) *deploy.AnchoredParams {
	w := max(uint64(window/time.Second), 1)
	return &deploy.AnchoredParams{Window: w, AnswerWindow: max(w/2, 1), MinBond: devnetMinBond, DemandBond: devnetDemandBond}
}

// startAnchored runs the devnet on the anchored ledger: the fleet's readings go to the oracle,
// which anchors them in batches (bonded from the relayer account's tokens), a watcher from the
// last dev account checks every batch, the settlement service (its own account) proves the
// registers of final batches and bills them, and a market bot trades for the demo wallets, whose
// trades the settlement service settles from boundary readings proven from final batches. The web
// UI runs on the oracle's listener, as on the verified devnet.
func (e *devnetEnv) startAnchored(ctx context.Context) error {
	c := e.c
	accounts := e.node.Accounts
	watcher := accounts[len(accounts)-1]
	st := stabletoken.NewStableToken()
	token := st.Instance(e.client, e.deployment.StableToken)
	for _, a := range []struct {
		to     common.Address
		amount *big.Int
	}{{accounts[devRelayer].Addr, devnetMinBond}, {watcher.Addr, new(big.Int).Mul(devnetDemandBond, big.NewInt(100))}} {
		have, err := bind.Call(token, &bind.CallOpts{Context: ctx}, st.PackBalanceOf(a.to), st.UnpackBalanceOf)
		if err != nil {
			return err
		}
		if have.Cmp(a.amount) >= 0 {
			continue
		}
		if _, err := chaintx.Transact(ctx, e.client, token, accounts[devAdmin].Opts(), st.PackMint(a.to, a.amount)); err != nil {
			return fmt.Errorf("fund %s with the bond token: %w", a.to, err)
		}
	}
	fleet, fleetFile, err := e.registerFleet(ctx, c.Int("meters"))
	if err != nil {
		return err
	}
	if e.broker, err = devnet.StartBroker(c.String("mqtt"), slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn})).With("service", "mqtt")); err != nil {
		return err
	}
	e.stops = append(e.stops, e.broker.Close)
	if _, err := e.startOracle(ctx, c.String("http"), c.String("coap")); err != nil {
		return err
	}
	e.lines = append(e.lines,
		[2]string{"oracle HTTP", e.oracleURL + " (POST /v1/readings, GET /v1/oracle, /v1/meters/<id>/status, /metrics); anchors batches"},
		[2]string{"oracle MQTT", "subscribed to meters/+/readings on " + e.broker.URL()})

	// Batches in blobs: the watcher and settlement read their data from the oracle (checked
	// against the blobs, so it need not be trusted).
	blobs := []anchorchain.BlobSource{anchorchain.HTTPBlobSource{URL: e.oracleURL}}
	w, err := watch.New(watch.Config{Deployment: e.deployment, Key: watcher.Key, ChainID: devnet.ChainID,
		Poll: time.Second, Confirmations: 1, BlobSources: blobs, Log: slog.Default().With("service", "watch")}, e.client)
	if err != nil {
		return err
	}
	e.stops = append(e.stops, func() error { return w.Stop(context.Background()) })
	if err := w.Start(ctx); err != nil {
		return err
	}
	e.lines = append(e.lines, [2]string{"watcher", fmt.Sprintf("checks every batch and proves the first broken rule; challenge window %s",
		time.Duration(devnetAnchoredParams(c.Duration("challenge-window")).Window)*time.Second)})

	settle, err := newSettlement(ctx, settlement.Config{Deployment: e.deployment, Key: accounts[devSettler].Key,
		DBPath: e.settlementDB(), Confirmations: settlement.DefaultConfirmations, BlobSources: blobs,
		StateFile: filepath.Join(e.stateDir, "settlement.state"),
		Log:       slog.Default().With("service", "settlement")}, e.client)
	if err != nil {
		return err
	}
	e.stops = append(e.stops, settle.Stop)
	if err := settle.Start(ctx); err != nil {
		return fmt.Errorf("settlement: %w", err)
	}
	e.lines = append(e.lines, [2]string{"settlement", "proves the registers of final batches, issues bills for closed periods, collects autopay, clears the market and settles its trades from final batches"})

	simulating := len(fleet) > 0 && !c.Bool("no-fleet")
	if simulating {
		var wg sync.WaitGroup
		fleetCtx, stopFleet := context.WithCancel(ctx)
		e.stops = append(e.stops, func() error { stopFleet(); wg.Wait(); return nil })
		if err := meterfleet.Resume(ctx, e.client, e.deployment.Ledger(), fleet); err != nil {
			return err
		}
		if err := e.runFleet(fleetCtx, &wg, fleet, c.Duration("interval"), c.Float64("speed"), c.Duration("backfill")); err != nil {
			return err
		}
		wg.Go(func() { marketbot.Run(fleetCtx, e.marketBot(fleet)) })
	}
	e.printSummary(os.Stdout, fleet, fleetFile, simulating, c.Float64("speed"))
	return nil
}
