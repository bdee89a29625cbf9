package main

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/meterchain/meterchain/bindings"
	stabletoken "github.com/meterchain/meterchain/bindings/stabletoken"
	"github.com/meterchain/meterchain/deploy"
	"github.com/meterchain/meterchain/deploy/devnet"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/internal/sim/marketbot"
	"github.com/meterchain/meterchain/internal/sim/meterfleet"
	"github.com/meterchain/meterchain/internal/tariff"
	"github.com/meterchain/meterchain/oracle"
	"github.com/meterchain/meterchain/settlement"
)

var devnetCommand = &cli.Command{
	Name:  "devnet",
	Usage: "run everything on one machine: a dev chain, the contracts, MQTT, the oracle, settlement, the web UI and a simulated fleet",
	Description: fmt.Sprintf(`Starts an in-process go-ethereum dev chain (chain id %[1]d, mainnet fork rules, a block every
--period), deploys every contract, writes deployments/%[1]d.json, registers a demo fleet of --meters
meters (every third a prosumer with solar, every fourth with a P-256 key sending envelope
version 2), embeds an MQTT broker, starts the oracle (HTTP, MQTT,
CoAP), the settlement service (billing, autopay, the P2P market) and the web UI, and runs the
simulated fleet: half the meters upload over HTTP, half over MQTT, and a market bot trades for
them. Prints what runs where. Ctrl-C stops everything.

The dev accounts' keys are public (derived from "meterchain devnet <i>"): never use them elsewhere.
In memory by default; --datadir keeps the chain, the deployment, the oracle's key and the
services' stores.`, devnet.ChainID),
	Flags: []cli.Flag{
		&cli.StringFlag{Name: "host", Value: devnet.DefaultHost, Category: "Chain", Usage: "JSON-RPC interface"},
		&cli.IntFlag{Name: "port", Value: devnet.DefaultPort, Category: "Chain", Usage: "JSON-RPC port (HTTP and WebSocket)"},
		&cli.DurationFlag{Name: "period", Value: devnet.DefaultPeriod, Category: "Chain", Usage: "time between blocks (0: a block whenever a transaction arrives)"},
		&cli.StringFlag{Name: "datadir", EnvVars: []string{"METERCHAIN_DATADIR"}, Category: "Chain", Usage: "keep the chain and services' state in `DIR` (default: in memory)"},
		&cli.Uint64Flag{Name: "gas-limit", Value: devnet.DefaultGasLimit, Category: "Chain", Usage: "block gas limit"},
		&cli.StringFlag{Name: "out", Value: "deployments", Category: "Chain", Usage: "`DIR` for the deployment file"},
		&cli.StringFlag{Name: "http", Value: oracle.DefaultHTTPAddr, Category: "Oracle", Usage: "oracle, API and web UI HTTP listen `ADDRESS`"},
		&cli.StringFlag{Name: "mqtt", Value: "127.0.0.1:1883", Category: "Oracle", Usage: "embedded MQTT broker listen `ADDRESS`"},
		&cli.StringFlag{Name: "coap", Value: "127.0.0.1:5683", Category: "Oracle", Usage: "oracle CoAP (UDP) listen `ADDRESS`"},
		&cli.IntFlag{Name: "meters", Value: 36, Category: "Fleet", Usage: "demo meters to register and simulate (0: none)"},
		&cli.DurationFlag{Name: "interval", Value: 15 * time.Minute, Category: "Fleet", Usage: "reading interval of the simulated meters"},
		&cli.Float64Flag{Name: "speed", Value: 120, Category: "Fleet", Usage: "simulated seconds per real second (until caught up with the wall clock)"},
		&cli.DurationFlag{Name: "backfill", Value: 24 * time.Hour, Category: "Fleet", Usage: "start the simulated clock this long ago (before it: a daily reading since the 1st of the previous month, so that a month is billed)"},
		&cli.BoolFlag{Name: "no-fleet", Category: "Fleet", Usage: "register the demo meters but do not simulate them"},
		&cli.StringFlag{Name: "ledger", Value: "verified", Category: "Ledger",
			Usage: "verified, or anchored: the anchored ledger, with the oracle anchoring batches, a watcher, settlement billing and settling the market from final batches, and the web UI"},
		&cli.DurationFlag{Name: "challenge-window", Value: 5 * time.Minute, Category: "Ledger", Usage: "anchored: the challenge window"},
		&cli.StringFlag{Name: "anchor-data", Value: oracle.AnchorCalldata, Category: "Ledger",
			Usage: "anchored: where the oracle puts a batch's data, calldata or blobs (the watcher and settlement read blobs from the oracle)"},
		stopTimeoutFlag,
	},
	Action: func(c *cli.Context) error { return runService(c, &devnetEnv{c: c}) },
}

// demoLinkTTL is how long the browser sign-in link printed for the first demo wallet lasts.
const demoLinkTTL = time.Hour

// Dev account roles (indexes into the node's accounts).
const (
	devAdmin     = 0
	devRegistrar = 1
	devRelayer   = 2
	devSettler   = 3
	devWallets   = 4 // and up: demo meter owners
)

// devnetEnv is `meterchain devnet` as a lifecycle.Service: what it has running, for the services
// started on top of it, and how to stop each.
type devnetEnv struct {
	c              *cli.Context
	node           *devnet.Node
	client         *ethclient.Client
	deployment     *deploy.Deployment
	deploymentFile string
	oracleKey      *ecdsa.PrivateKey
	oracleP256Key  *ecdsa.PrivateKey // envelope version 2, for the fleet's P-256 meters
	datadir        string            // "" in memory
	stateDir       string            // where services keep files (datadir, or a temp dir removed at exit)
	broker         *devnet.Broker
	oracleURL      string
	lines          [][2]string    // what runs where, for the summary
	stops          []func() error // run in reverse by Stop
}

func (e *devnetEnv) Start(ctx context.Context) error {
	c := e.c
	e.datadir = c.String("datadir")
	e.stateDir = e.datadir
	if e.stateDir == "" {
		dir, err := os.MkdirTemp("", "meterchain-devnet-")
		if err != nil {
			return err
		}
		e.stops = append(e.stops, func() error { return os.RemoveAll(dir) })
		e.stateDir = dir
	}
	period := c.Duration("period")
	if period == 0 {
		period = -1 // on demand
	}
	var chainDir string
	if e.datadir != "" {
		chainDir = filepath.Join(e.datadir, "chain")
	}
	fmt.Fprintln(os.Stderr, "starting the dev chain ...")
	node, err := devnet.Start(ctx, devnet.Config{Host: c.String("host"), Port: c.Int("port"), Period: period,
		DataDir: chainDir, GasLimit: c.Uint64("gas-limit")})
	if err != nil {
		return err
	}
	e.node, e.client = node, node.Client()
	e.stops = append(e.stops, node.Stop, func() error { e.client.Close(); return nil })

	var anchored *deploy.AnchoredParams
	switch c.String("ledger") {
	case "verified":
	case "anchored":
		anchored = devnetAnchoredParams(c.Duration("challenge-window"))
	default:
		return fmt.Errorf("--ledger %q: verified or anchored", c.String("ledger"))
	}
	if err := e.deployContracts(ctx, c.String("out"), anchored); err != nil {
		return err
	}
	if anchored != nil {
		return e.startAnchored(ctx)
	}
	fleet, fleetFile, err := e.registerFleet(ctx, c.Int("meters"))
	if err != nil {
		return err
	}
	charger, err := e.registerCharger(ctx)
	if err != nil {
		return err
	}
	if e.broker, err = devnet.StartBroker(c.String("mqtt"), slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn})).With("service", "mqtt")); err != nil {
		return err
	}
	e.stops = append(e.stops, e.broker.Close)
	if err := e.startServices(ctx, c.String("http"), c.String("coap")); err != nil {
		return err
	}

	simulating := len(fleet) > 0 && !c.Bool("no-fleet")
	if simulating {
		var wg sync.WaitGroup
		fleetCtx, stopFleet := context.WithCancel(ctx)
		e.stops = append(e.stops, func() error { stopFleet(); wg.Wait(); return nil })
		if err := meterfleet.Resume(ctx, e.client, e.deployment.ReadingLedger, fleet); err != nil {
			return err
		}
		if err := e.demoPayments(ctx, fleet); err != nil {
			return err
		}
		if err := e.runHistory(ctx, fleet, time.Now().Add(-c.Duration("backfill"))); err != nil {
			return err
		}
		wg.Go(func() { e.payBills(fleetCtx, fleet) })
		if err := e.runFleet(fleetCtx, &wg, fleet, c.Duration("interval"), c.Float64("speed"), c.Duration("backfill")); err != nil {
			return err
		}
		wg.Go(func() { marketbot.Run(fleetCtx, e.marketBot(fleet)) })
		if charger != nil {
			e.runCharger(fleetCtx, &wg, charger)
			e.lines = append(e.lines, [2]string{"OCMF charger", fmt.Sprintf("meter %d (MS %s, GS %s, P-256) posts a session record to /v1/ocmf every %s",
				charger.MeterID, charger.MS, charger.GS, devnetChargerEvery)})
		}
	}
	e.printSummary(os.Stdout, fleet, fleetFile, simulating, c.Float64("speed"))
	return nil
}

// The services' stores, in the state directory under their default names.
func (e *devnetEnv) oracleDB() string     { return filepath.Join(e.stateDir, oracle.DefaultDBPath) }
func (e *devnetEnv) settlementDB() string { return filepath.Join(e.stateDir, settlement.DefaultDBPath) }

// Stop stops what Start started, in reverse order.
func (e *devnetEnv) Stop(context.Context) error {
	fmt.Fprintln(os.Stderr, "\nstopping ...")
	var errs []error
	for i := len(e.stops) - 1; i >= 0; i-- {
		errs = append(errs, e.stops[i]())
	}
	return errors.Join(errs...)
}

// deployContracts deploys everything, or reuses the deployment kept in the datadir.
func (e *devnetEnv) deployContracts(ctx context.Context, outDir string, anchored *deploy.AnchoredParams) error {
	accounts := e.node.Accounts
	keyPath := filepath.Join(e.stateDir, "oracle.key")
	if k, err := crypto.LoadECDSA(keyPath); err == nil {
		e.oracleKey = k
	} else {
		if e.oracleKey, err = crypto.GenerateKey(); err != nil {
			return err
		}
		if err := crypto.SaveECDSA(keyPath, e.oracleKey); err != nil {
			return fmt.Errorf("save oracle key: %w", err)
		}
	}
	p256Path := filepath.Join(e.stateDir, "oracle-p256.key")
	if _, k, err := meterfleet.ReadKeyFile(p256Path); err == nil && k.Curve == elliptic.P256() {
		e.oracleP256Key = k
	} else {
		if e.oracleP256Key, err = ecdsa.GenerateKey(elliptic.P256(), rand.Reader); err != nil {
			return err
		}
		if err := meterfleet.WriteKeyFile(p256Path, 0, e.oracleP256Key); err != nil {
			return fmt.Errorf("save oracle P-256 key: %w", err)
		}
	}
	kept := filepath.Join(e.stateDir, "deployment")
	if d, err := deploy.Load(deploy.Path(kept, devnet.ChainID)); err == nil {
		code, cerr := e.client.CodeAt(ctx, d.Ledger(), nil)
		if cerr == nil && len(code) > 0 && d.Anchored() == (anchored != nil) {
			e.deployment = d
		}
	}
	if e.deployment == nil {
		fmt.Fprintln(os.Stderr, "deploying contracts ...")
		d, err := deploy.ContractsWith(ctx, e.client, accounts[devAdmin].Opts(), devnet.ChainID, deploy.Options{Roles: deploy.Roles{
			Registrars: []common.Address{accounts[devRegistrar].Addr},
			Relayers:   []common.Address{accounts[devRelayer].Addr},
			Clearers:   []common.Address{accounts[devSettler].Addr},
		}, Token: deploy.Token{Faucet: true}, Anchored: anchored})
		if err != nil {
			return fmt.Errorf("deploy: %w", err)
		}
		e.deployment = d
	}
	// Tariff 1 is what the demo fleet and `meter register` use; without it no bill can be issued.
	tariffs, err := tariff.Parse([]byte(tariff.DevnetFile), 6)
	if err != nil {
		return err
	}
	if err := defineTariffs(ctx, e.client, accounts[devRegistrar].Opts(), e.deployment.BillingManager, tariffs, io.Discard); err != nil {
		return fmt.Errorf("define the devnet tariffs: %w", err)
	}
	e.deployment.OraclePublicKey = hexutil.Encode(crypto.FromECDSAPub(&e.oracleKey.PublicKey))
	if _, err := e.deployment.Save(kept); err != nil {
		return fmt.Errorf("save deployment: %w", err)
	}
	if e.deploymentFile, err = e.deployment.Save(outDir); err != nil {
		return fmt.Errorf("save deployment: %w", err)
	}
	return nil
}

// devnetP256Every: every 4th demo meter has a P-256 key, as a secure element holds, and sends
// envelope version 2.
const devnetP256Every = 4

// registerFleet registers the demo fleet (owners: the demo wallets) and writes its fleet file.
// wallets are the demo meter owners: the accounts from devWallets on, but for the watcher's (the
// last) on an anchored devnet, which sends its own transactions.
func (e *devnetEnv) wallets() []devnet.Account {
	w := e.node.Accounts[devWallets:]
	if e.deployment.Anchored() {
		w = w[:len(w)-1]
	}
	return w
}

func (e *devnetEnv) registerFleet(ctx context.Context, n int) ([]*meterfleet.Meter, string, error) {
	if n <= 0 {
		return nil, "", nil
	}
	var owners []common.Address
	for _, a := range e.wallets() {
		owners = append(owners, a.Addr)
	}
	fleet := meterfleet.DemoFleet("devnet", n, owners)
	meterfleet.UseP256(fleet, "devnet", devnetP256Every)
	fmt.Fprintf(os.Stderr, "registering %d demo meters ...\n", n)
	if err := meterfleet.Register(ctx, e.client, e.node.Accounts[devRegistrar].Opts(), e.deployment.MeterRegistry, fleet, 1); err != nil {
		return nil, "", err
	}
	path := filepath.Join(e.stateDir, "fleet.json")
	if err := meterfleet.SaveFleet(path, devnet.ChainID, fleet); err != nil {
		return nil, "", fmt.Errorf("save fleet: %w", err)
	}
	return fleet, path, nil
}

// runFleet simulates the fleet: even meters over HTTP, odd ones over MQTT.
func (e *devnetEnv) runFleet(ctx context.Context, wg *sync.WaitGroup, fleet []*meterfleet.Meter, interval time.Duration, speed float64, backfill time.Duration) error {
	var overHTTP, overMQTT []*meterfleet.Meter
	for i, m := range fleet {
		if i%2 == 0 {
			overHTTP = append(overHTTP, m)
		} else {
			overMQTT = append(overMQTT, m)
		}
	}
	mqttSender, err := meterfleet.NewMQTTSender(ctx, e.broker.URL(), "devnet-fleet")
	if err != nil {
		return err
	}
	start := time.Now().Add(-backfill)
	var delivered atomic.Int64
	base := meterfleet.Config{
		Domain:    reading.Domain{ChainID: devnet.ChainID, Ledger: e.deployment.Ledger()},
		OracleKey: &e.oracleKey.PublicKey, OracleP256Key: &e.oracleP256Key.PublicKey, Interval: interval, Speed: speed, Start: start, Workers: 4,
		OnSent: func(s meterfleet.Sent) {
			if s.Err == nil {
				delivered.Add(1)
			} else if ctx.Err() == nil {
				slog.Warn("simulated meter upload failed", "meter", s.Reading.MeterID, "seq", s.Reading.Seq, "err", s.Err)
			}
		},
	}
	wg.Add(1)
	go func() { // a heartbeat, so that the terminal shows the fleet is alive
		defer wg.Done()
		t := time.NewTicker(time.Minute)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				slog.Info("simulated fleet", "meters", len(fleet), "readings delivered", delivered.Load())
			}
		}
	}()
	for _, part := range []struct {
		meters []*meterfleet.Meter
		sender meterfleet.Sender
	}{{overHTTP, meterfleet.NewHTTPSender(e.oracleURL, 4)}, {overMQTT, mqttSender}} {
		if len(part.meters) == 0 {
			_ = part.sender.Close()
			continue
		}
		cfg := base
		cfg.Meters, cfg.Sender = part.meters, part.sender
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer cfg.Sender.Close()
			if _, err := meterfleet.Run(ctx, cfg); err != nil && !errors.Is(err, context.Canceled) {
				slog.Error("simulated fleet stopped", "err", err)
			}
		}()
	}
	return nil
}

func (e *devnetEnv) printSummary(w io.Writer, fleet []*meterfleet.Meter, fleetFile string, simulating bool, speed float64) {
	d := e.deployment
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "\nmeterchain devnet (chain id %d)\n\n", devnet.ChainID)
	fmt.Fprintf(tw, "SERVICE\tWHERE\n")
	fmt.Fprintf(tw, "JSON-RPC (HTTP)\t%s\n", e.node.RPCURL())
	fmt.Fprintf(tw, "JSON-RPC (WebSocket)\t%s\n", e.node.WSURL())
	fmt.Fprintf(tw, "MQTT broker\t%s (meters publish to meters/<id>/readings)\n", e.broker.URL())
	for _, l := range e.lines {
		fmt.Fprintf(tw, "%s\t%s\n", l[0], l[1])
	}
	fmt.Fprintf(tw, "MeterRegistry\t%s\n", d.MeterRegistry)
	if d.Anchored() {
		fmt.Fprintf(tw, "AnchoredLedger\t%s\n", d.AnchoredLedger)
	} else {
		fmt.Fprintf(tw, "ReadingLedger\t%s\n", d.ReadingLedger)
	}
	fmt.Fprintf(tw, "deployment file\t%s\n", e.deploymentFile)
	fmt.Fprintf(tw, "oracle public key\t%s\n", d.OraclePublicKey)
	if fleetFile != "" {
		fmt.Fprintf(tw, "fleet file\t%s (%d meters with keys)\n", fleetFile, len(fleet))
	}
	if e.datadir != "" {
		fmt.Fprintf(tw, "data directory\t%s\n", e.datadir)
	} else {
		fmt.Fprintf(tw, "data directory\tnone: in memory, gone at exit (--datadir to keep)\n")
	}
	tw.Flush()

	fmt.Fprintf(w, "\nDev accounts (PUBLIC keys: dev chain only)\n")
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "ROLE\tADDRESS\tPRIVATE KEY\tMETERS\n")
	owned := map[common.Address][]string{}
	for _, m := range fleet {
		kind := m.Class.String()[:1]
		if _, ok := m.P256Key(); ok {
			kind += ",P-256"
		}
		owned[m.Owner] = append(owned[m.Owner], fmt.Sprintf("%d(%s)", m.ID, kind))
	}
	for i, a := range e.node.Accounts {
		role := "demo wallet"
		switch i {
		case devAdmin:
			role = "admin (deployer)"
		case devRegistrar:
			role = "registrar (utility)"
		case devRelayer:
			role = "relayer (oracle)"
		case devSettler:
			role = "settlement"
		}
		if d.Anchored() && i == len(e.node.Accounts)-1 {
			role = "watcher"
		}
		ms := owned[a.Addr]
		list := strings.Join(ms[:min(len(ms), 4)], " ")
		if len(ms) > 4 {
			list += fmt.Sprintf(" +%d", len(ms)-4)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", role, a.Addr, a.KeyHex(), list)
	}
	tw.Flush()

	fmt.Fprintf(w, "\nTry:\n")
	fmt.Fprintf(w, "  meterchain meter register --id 352999001 --owner %s --signer <ADDRESS> --dev-key %s\n",
		e.node.Accounts[devWallets].Addr, e.node.Accounts[devRegistrar].KeyHex())
	if fleetFile != "" {
		fmt.Fprintf(w, "  meterchain meter simulate --fleet %s --meters 5 --speed 900 --transport mqtt\n", fleetFile)
	}
	if len(fleet) > 0 {
		fmt.Fprintf(w, "  curl %s/v1/meters/%d/status\n", e.oracleURL, fleet[0].ID)
	}
	fmt.Fprintf(w, "  curl %s/v1/oracle\n", e.oracleURL)
	if simulating {
		fmt.Fprintf(w, "\nSimulating %d meters (half HTTP, half MQTT) at %gx until caught up with the clock.\n", len(fleet), speed)
	}
	fmt.Fprintf(w, "Ctrl-C stops everything.\n\n")
}

// startServices starts the web UI and REST API, the oracle (HTTP with the UI and API mounted,
// MQTT through the embedded broker, CoAP) and the settlement service on top of the chain; their
// stores live in the state directory, so --datadir keeps them across runs.
func (e *devnetEnv) startServices(ctx context.Context, httpAddr, coapAddr string) error {
	svc, err := e.startOracle(ctx, httpAddr, coapAddr)
	if err != nil {
		return err
	}
	e.lines = append(e.lines,
		[2]string{"oracle HTTP", e.oracleURL + " (POST /v1/readings, POST /v1/ocmf, GET /v1/oracle, /v1/meters/<id>/status, /metrics)"},
		[2]string{"oracle MQTT", "subscribed to meters/+/readings and meters/+/ocmf on " + e.broker.URL()})
	if a := svc.CoAPAddr(); a != "" {
		e.lines = append(e.lines, [2]string{"oracle CoAP", "coap://" + a + oracle.CoAPPath + ", " + oracle.CoAPOcmfPath + " (UDP)"})
	}

	// Settlement, from its own dev account, assembled as `meterchain settlement` runs it.
	cfg := settlement.Config{
		Deployment: e.deployment, Key: e.node.Accounts[devSettler].Key,
		DBPath: e.settlementDB(), Confirmations: settlement.DefaultConfirmations,
		Log: slog.Default().With("service", "settlement"),
	}
	settle, err := newSettlement(ctx, cfg, e.client)
	if err != nil {
		return err
	}
	e.stops = append(e.stops, settle.Stop)
	if err := settle.Start(ctx); err != nil {
		return fmt.Errorf("settlement: %w", err)
	}
	e.lines = append(e.lines, [2]string{"settlement", fmt.Sprintf("following the chain %d blocks deep; issues bills for closed periods, collects autopay, clears and settles the market", cfg.Confirmations)})
	return nil
}

// startOracle starts the web UI and REST API and the oracle with them mounted on its HTTP
// listener (MQTT through the embedded broker, CoAP), from the relayer dev account, and prints the
// demo sign-in link.
func (e *devnetEnv) startOracle(ctx context.Context, httpAddr, coapAddr string) (*oracle.Service, error) {
	web, endStreams, err := startDevnetWeb(ctx, e, httpAddr)
	if err != nil {
		return nil, err
	}
	svc, err := oracle.New(oracle.Config{
		Deployment: e.deployment, RelayerKey: e.node.Accounts[devRelayer].Key, OracleKey: e.oracleKey, OracleP256Key: e.oracleP256Key,
		DBPath: e.oracleDB(), HTTPAddr: httpAddr, MQTTURL: e.broker.URL(), CoAPAddr: coapAddr,
		Routes: web.Mount, AnchorData: e.c.String("anchor-data"),
	}, e.client)
	if err != nil {
		return nil, fmt.Errorf("oracle: %w", err)
	}
	e.stops = append(e.stops, svc.Stop, endStreams)
	if err := svc.Start(ctx); err != nil {
		return nil, fmt.Errorf("oracle: %w", err)
	}
	e.oracleURL = "http://" + svc.HTTPAddr()
	return svc, e.demoSignIn(web)
}

// demoSignIn prints a one-time browser sign-in link for the first demo wallet.
func (e *devnetEnv) demoSignIn(web *web) error {
	if len(e.node.Accounts) <= devWallets {
		return nil
	}
	// The demo wallet's key is public, so a link valid for a while gives away nothing.
	demo := e.node.Accounts[devWallets]
	path, err := web.LoginLink(demo.Addr, demoLinkTTL)
	if err != nil {
		return fmt.Errorf("web UI: sign-in link: %w", err)
	}
	e.lines = append(e.lines, [2]string{"sign in (demo wallet)", fmt.Sprintf("%s%s (once, within %s; a new one: meterchain login --portal %s --dev-key %s)",
		e.oracleURL, path, demoLinkTTL, e.oracleURL, demo.KeyHex())})
	return nil
}

// historyStart is where the demo's history begins: the 1st of the previous month (UTC), so that at
// least one month has closed and been billed whatever the day of the month.
func historyStart(now time.Time) time.Time {
	y, m, _ := now.UTC().Date()
	return time.Date(y, m-1, 1, 0, 0, 0, 0, time.UTC)
}

// runHistory uploads a daily reading of each meter at every midnight from historyStart up to
// until (where the live simulation takes over), as fast as the oracle takes them. A meter that
// already has readings (--datadir) continues after its last one.
func (e *devnetEnv) runHistory(ctx context.Context, fleet []*meterfleet.Meter, until time.Time) error {
	const day = 86400
	from := uint64(historyStart(time.Now()).Unix())
	to := uint64(until.Unix()) / day * day
	var jobs []meterfleet.Job
	// The first reading ends the first hour of the month: a reading at midnight would belong to
	// the month before (interval-end convention), billed empty.
	for ts := from + 3600; ts <= to; ts = ts - ts%day + day {
		for _, m := range fleet {
			if ts > m.LastTS {
				r, d := m.Next(ts)
				jobs = append(jobs, meterfleet.Job{Meter: m, Reading: r, Detail: d})
			}
		}
	}
	if len(jobs) == 0 {
		return nil
	}
	fmt.Fprintf(os.Stderr, "uploading %d daily readings of history since %s ...\n", len(jobs), time.Unix(int64(from), 0).UTC().Format("2 January"))
	sender := meterfleet.NewHTTPSender(e.oracleURL, 4)
	defer sender.Close()
	stats, err := meterfleet.Replay(ctx, meterfleet.Config{
		Meters: fleet, Domain: reading.Domain{ChainID: devnet.ChainID, Ledger: e.deployment.ReadingLedger},
		OracleKey: &e.oracleKey.PublicKey, OracleP256Key: &e.oracleP256Key.PublicKey, Sender: sender, Workers: 8,
	}, jobs)
	if err != nil {
		return fmt.Errorf("history: %w", err)
	}
	if n := stats.Failed.Load() + stats.Refused.Load(); n > 0 {
		return fmt.Errorf("history: %d of %d readings not delivered (%s)", n, len(jobs), stats)
	}
	return nil
}

// demoPayments sets up how the demo wallets pay: every wallet (and the admin, who pays by hand
// for some) gets test tokens and approves the billing contract; the meters of every other wallet go on autopay (the settlement service
// collects their bills); payBills pays by hand for half of the others, the rest stay open.
func (e *devnetEnv) demoPayments(ctx context.Context, fleet []*meterfleet.Meter) error {
	token, bm := stabletoken.NewStableToken(), bindings.NewBillingManager()
	tokenC := token.Instance(e.client, e.deployment.StableToken)
	bmC := bm.Instance(e.client, e.deployment.BillingManager)
	var pending []common.Hash
	send := func(from devnet.Account, c *bind.BoundContract, data []byte) error {
		tx, err := bind.Transact(c, from.Opts(), data)
		if err != nil {
			return err
		}
		pending = append(pending, tx.Hash())
		return nil
	}
	wallets := e.wallets()
	for _, w := range append([]devnet.Account{e.node.Accounts[devAdmin]}, wallets...) {
		if err := send(e.node.Accounts[devAdmin], tokenC, token.PackFaucet(w.Addr, big.NewInt(1_000e6))); err != nil {
			return fmt.Errorf("demo tokens: %w", err)
		}
		if err := send(w, tokenC, token.PackApprove(e.deployment.BillingManager, new(big.Int).Lsh(big.NewInt(1), 200))); err != nil {
			return fmt.Errorf("demo allowance: %w", err)
		}
	}
	for _, m := range fleet {
		if i := walletIndex(wallets, m.Owner); i >= 0 && i%2 == 1 {
			if err := send(wallets[i], bmC, bm.PackSetAutopay(m.ID, big.NewInt(500e6))); err != nil {
				return fmt.Errorf("demo autopay of meter %d: %w", m.ID, err)
			}
		}
	}
	for _, h := range pending {
		if _, err := bind.WaitMined(ctx, e.client, h); err != nil {
			return fmt.Errorf("demo payments set-up: %w", err)
		}
	}
	return nil
}

func walletIndex(wallets []devnet.Account, a common.Address) int {
	for i, w := range wallets {
		if w.Addr == a {
			return i
		}
	}
	return -1
}

// payBills pays by hand, once the settlement service has issued them, the last closed month's
// bills of the meters of every fourth demo wallet (the first, fifth, …; not on autopay), so that
// the demo shows bills paid, collected by autopay and still open. The admin pays them (anyone may
// pay a bill): the owners' wallets are the market bot's, whose nonces it manages.
func (e *devnetEnv) payBills(ctx context.Context, fleet []*meterfleet.Meter) {
	bm := bindings.NewBillingManager()
	bmC := bm.Instance(e.client, e.deployment.BillingManager)
	wallets, payer := e.wallets(), e.node.Accounts[devAdmin]
	period := reading.PreviousPeriod(reading.PeriodOf(uint64(time.Now().Unix())))
	todo := map[uint64]bool{}
	for _, m := range fleet {
		if i := walletIndex(wallets, m.Owner); i >= 0 && i%4 == 0 {
			todo[m.ID] = true
		}
	}
	tick := time.NewTicker(5 * time.Second)
	defer tick.Stop()
	for len(todo) > 0 {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		for id := range todo {
			billID, err := bind.Call(bmC, &bind.CallOpts{Context: ctx}, bm.PackBillIdOf(id, period), bm.UnpackBillIdOf)
			if err != nil {
				continue
			}
			b, err := bind.Call(bmC, &bind.CallOpts{Context: ctx}, bm.PackBill(billID), bm.UnpackBill)
			if err != nil || b.IssuedAt == 0 { // not issued yet
				continue
			}
			owed := new(big.Int).Sub(b.Amount, b.Paid)
			if owed.Sign() <= 0 { // paid already (a kept --datadir)
				delete(todo, id)
				continue
			}
			tx, err := bind.Transact(bmC, payer.Opts(), bm.PackPay(billID, owed))
			if err == nil {
				mined, cancel := context.WithTimeout(ctx, 30*time.Second)
				_, err = bind.WaitMined(mined, e.client, tx.Hash())
				cancel()
			}
			if err != nil {
				if ctx.Err() == nil {
					slog.Warn("demo bill payment failed", "meter", id, "bill", billID, "err", err)
				}
				continue
			}
			delete(todo, id)
		}
	}
}
