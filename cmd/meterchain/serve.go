package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/urfave/cli/v2"

	"github.com/meterchain/meterchain/deploy"
	"github.com/meterchain/meterchain/internal/portal"
	"github.com/meterchain/meterchain/internal/sqlite"
	"github.com/meterchain/meterchain/oracle/store"
	"github.com/meterchain/meterchain/settlement"
	"github.com/meterchain/meterchain/settlement/access"
	"github.com/meterchain/meterchain/settlement/follower"
	"github.com/meterchain/meterchain/settlement/index"
)

// Flags naming the databases the API reads (the oracle's and the settlement service's files).
var (
	oracleDBFlag = &cli.StringFlag{Name: "oracle-db", Value: "oracle.db", EnvVars: []string{"METERCHAIN_ORACLE_DB"},
		Category: "Data", Usage: "the oracle's SQLite `FILE` (readings and detail records)"}
	settlementDBFlag = &cli.StringFlag{Name: "settlement-db", Value: "settlement.db", EnvVars: []string{"METERCHAIN_SETTLEMENT_DB"},
		Category: "Data", Usage: "the settlement service's SQLite `FILE` (bills, payments, meter owners, consent grants)"}
)

// web is the API and UI over read handles of the oracle and settlement databases (SQLite WAL lets
// them read beside the writing services, in this process or another).
type web struct {
	*portal.Server
	closers []func() error
}

func (w *web) Close() error {
	var errs []error
	for _, c := range w.closers {
		errs = append(errs, c())
	}
	return errors.Join(errs...)
}

// openWeb opens the databases and prepares the API for users reaching it at domain (host:port).
func openWeb(ctx context.Context, b bind.ContractBackend, d *deploy.Deployment, oracleDB, settlementDB, domain, uri string) (*web, error) {
	w := &web{}
	st, err := store.Open(oracleDB)
	if err != nil {
		return nil, err
	}
	w.closers = append(w.closers, st.Close)
	bills, err := index.Open(settlementDB)
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("settlement database %s: %w", settlementDB, err)
	}
	w.closers = append(w.closers, bills.Close)
	adb, err := sqlite.Open(settlementDB, follower.Schema, access.Schema)
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("settlement database %s: %w", settlementDB, err)
	}
	w.closers = append(w.closers, adb.Close)
	w.Server, err = portal.New(ctx, portal.Config{Deployment: d, Backend: b, Readings: st, Bills: bills, Access: access.New(adb), Domain: domain, URI: uri})
	if err != nil {
		w.Close()
		return nil, err
	}
	return w, nil
}

// webFromFlags connects to the chain and opens the API's sources from the command's flags.
func webFromFlags(c *cli.Context, domain, uri string) (*web, func(), error) {
	client, chainID, err := connect(c)
	if err != nil {
		return nil, nil, err
	}
	d, err := loadDeployment(c, chainID)
	if err != nil {
		client.Close()
		return nil, nil, err
	}
	w, err := openWeb(c.Context, client, d, c.String(oracleDBFlag.Name), c.String(settlementDBFlag.Name), domain, uri)
	if err != nil {
		client.Close()
		return nil, nil, err
	}
	return w, func() { w.Close(); client.Close() }, nil
}

var serveCommand = &cli.Command{
	Name:  "serve",
	Usage: "run the REST API (/v1) and the web UI alone, against a JSON-RPC endpoint and the services' databases",
	Description: `Serves the API (OpenAPI document at /v1/openapi.json) and the web UI (/ui) from the oracle's
database (--oracle-db: readings and detail records) and the settlement service's (--settlement-db:
bills, payments, meter owners, consent grants), read beside the running services. Users sign in
with their Ethereum key (EIP-4361): the messages name --domain, which must be the host:port users
reach this server at (default: the --http address). Every reading shown is checked against its
on-chain hash through --rpc-url. Ctrl-C stops it.`,
	Flags: append([]cli.Flag{
		&cli.StringFlag{Name: "http", Value: "127.0.0.1:8080", EnvVars: []string{"METERCHAIN_HTTP"}, Category: "API", Usage: "listen `ADDRESS`"},
		&cli.StringFlag{Name: "domain", EnvVars: []string{"METERCHAIN_DOMAIN"}, Category: "API", Usage: "`HOST:PORT` users reach the server at (sign-in messages name it)"},
		&cli.StringFlag{Name: "public-url", EnvVars: []string{"METERCHAIN_PUBLIC_URL"}, Category: "API", Usage: "`URL` users reach the server at, e.g. https://meters.example behind a TLS proxy (default http://DOMAIN; https makes the session cookie Secure)"},
		oracleDBFlag, settlementDBFlag,
	}, chainFlags...),
	Action: func(c *cli.Context) error {
		ctx, stop := signal.NotifyContext(c.Context, syscall.SIGINT, syscall.SIGTERM)
		defer stop()
		domain := c.String("domain")
		if domain == "" {
			domain = c.String("http")
		}
		w, closeAll, err := webFromFlags(c, domain, c.String("public-url"))
		if err != nil {
			return err
		}
		defer closeAll()
		ln, err := net.Listen("tcp", c.String("http"))
		if err != nil {
			return fmt.Errorf("listen on %s: %w", c.String("http"), err)
		}
		srv := &http.Server{Handler: w.Handler(), ReadHeaderTimeout: 10 * time.Second,
			BaseContext: func(net.Listener) context.Context { return ctx }} // ends live-update streams on Ctrl-C
		go func() {
			<-ctx.Done()
			sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			_ = srv.Shutdown(sctx)
		}()
		fmt.Printf("serve: API and UI on http://%s/ui (OpenAPI: /v1/openapi.json); Ctrl-C to stop\n", ln.Addr())
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			return err
		}
		return nil
	},
}

// devnetWeb is the API and UI inside `meterchain devnet`: mounted on the oracle's HTTP server
// (oracle.Config.Routes), reading the devnet's oracle and settlement databases.
type devnetWeb struct{ *web }

// startDevnetWeb opens the API for the devnet's services; its databases close after the oracle
// stopped (s.stops runs in reverse), and its live streams end as soon as ctx does.
func startDevnetWeb(ctx context.Context, env *devnetEnv, httpAddr string, s *devnetServices) (*devnetWeb, error) {
	w, err := openWeb(ctx, env.client, env.deployment, filepath.Join(env.stateDir, "oracle.db"), filepath.Join(env.stateDir, "settlement.db"), httpAddr, "")
	if err != nil {
		return nil, fmt.Errorf("web UI: %w", err)
	}
	s.stops = append(s.stops, w.Close)
	go func() { <-ctx.Done(); w.Shutdown() }()
	s.lines = append(s.lines, [2]string{"web UI", "http://" + httpAddr + "/ui (sign in with a dev wallet; REST API /v1, OpenAPI /v1/openapi.json)"})
	return &devnetWeb{w}, nil
}

// follow registers the meter-owner and consent index with the settlement service (before Start).
func (w *devnetWeb) follow(svc *settlement.Service, d *deploy.Deployment) error {
	return access.Follow(svc, svc.DB(), d.MeterRegistry, d.ConsentRegistry)
}
