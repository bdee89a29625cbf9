package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/meterchain/meterchain/internal/anchorchain"
	"github.com/meterchain/meterchain/internal/portal"
	"github.com/meterchain/meterchain/internal/sqlite"
	"github.com/meterchain/meterchain/oracle"
	"github.com/meterchain/meterchain/oracle/store"
	"github.com/meterchain/meterchain/settlement"
	"github.com/meterchain/meterchain/settlement/access"
	"github.com/meterchain/meterchain/settlement/follower"
	"github.com/meterchain/meterchain/settlement/index"
	"github.com/meterchain/meterchain/settlement/market"
)

// Flags naming the databases the API reads (the oracle's and the settlement service's files);
// their defaults are the services' own.
var (
	oracleDBFlag = &cli.StringFlag{Name: "oracle-db", Value: oracle.DefaultDBPath, EnvVars: []string{"METERCHAIN_ORACLE_DB"},
		Category: "Data", Usage: "the oracle's SQLite `FILE` (readings and detail records)"}
	settlementDBFlag = &cli.StringFlag{Name: "settlement-db", Value: settlement.DefaultDBPath, EnvVars: []string{"METERCHAIN_SETTLEMENT_DB"},
		Category: "Data", Usage: "the settlement service's SQLite `FILE` (bills, payments, meter owners, consent grants, the P2P market)"}
)

// Flags of `meterchain serve`; the durations' defaults are portal.Config's.
var (
	serveAddrFlag = &cli.StringFlag{Name: "http", Value: "127.0.0.1:8080", EnvVars: []string{"METERCHAIN_HTTP"},
		Category: "API", Usage: "listen `ADDRESS`"}
	domainFlag = &cli.StringFlag{Name: "domain", EnvVars: []string{"METERCHAIN_DOMAIN"},
		Category: "API", Usage: "`HOST:PORT` users reach the server at (sign-in messages name it; default: the --http address)"}
	publicURLFlag = &cli.StringFlag{Name: "public-url", EnvVars: []string{"METERCHAIN_PUBLIC_URL"},
		Category: "API", Usage: "`URL` users reach the server at, e.g. https://meters.example behind a TLS proxy (default http://DOMAIN; https makes the session cookie Secure)"}
	sessionTTLFlag = &cli.DurationFlag{Name: "session-ttl", Value: portal.DefaultSessionTTL, EnvVars: []string{"METERCHAIN_SESSION_TTL"},
		Category: "API", Usage: "how long a sign-in lasts"}
	nonceTTLFlag = &cli.DurationFlag{Name: "nonce-ttl", Value: portal.DefaultNonceTTL, EnvVars: []string{"METERCHAIN_NONCE_TTL"},
		Category: "API", Usage: "how long a sign-in challenge may be answered"}
	trustedProxyFlag = &cli.StringSliceFlag{Name: "trusted-proxy", EnvVars: []string{"METERCHAIN_TRUSTED_PROXY"},
		Category: "API", Usage: "`ADDRESS` or CIDR of a reverse proxy whose X-Forwarded-For names the client (repeatable; default none: the sign-in limits count per connecting address)"}
	livePollFlag = &cli.DurationFlag{Name: "live-poll", Value: portal.DefaultPoll, EnvVars: []string{"METERCHAIN_LIVE_POLL"},
		Category: "API", Usage: "how often live updates look for new readings"}
)

// stores are read handles of the oracle's and the settlement service's databases (SQLite WAL lets
// them read beside the writing services, in this process or another): what the API, `audit` and
// `export` read from.
type stores struct {
	readings *store.Store
	bills    *index.Index
	access   *access.Index
	market   *market.Index
	closers  []func() error
}

// openStores opens both databases for reading.
func openStores(oracleDB, settlementDB string) (*stores, error) {
	s := &stores{}
	var err error
	if s.readings, err = store.Open(oracleDB); err != nil {
		return nil, fmt.Errorf("oracle database %s: %w", oracleDB, err)
	}
	s.closers = append(s.closers, s.readings.Close)
	if s.bills, err = index.Open(settlementDB); err != nil {
		s.Close()
		return nil, fmt.Errorf("settlement database %s: %w", settlementDB, err)
	}
	s.closers = append(s.closers, s.bills.Close)
	adb, err := sqlite.Open(settlementDB, follower.Schema, access.Schema, market.Schema)
	if err != nil {
		s.Close()
		return nil, fmt.Errorf("settlement database %s: %w", settlementDB, err)
	}
	s.closers = append(s.closers, adb.Close)
	s.access, s.market = access.New(adb), market.NewIndex(adb)
	return s, nil
}

func (s *stores) Close() error {
	var errs []error
	for _, c := range s.closers {
		errs = append(errs, c())
	}
	return errors.Join(errs...)
}

// web is the API and UI over the stores.
type web struct {
	*portal.Server
	stores *stores
}

func (w *web) Close() error { return w.stores.Close() }

// openWeb opens the databases and prepares the API; cfg names everything but the data sources.
func openWeb(ctx context.Context, cfg portal.Config, oracleDB, settlementDB string) (*web, error) {
	s, err := openStores(oracleDB, settlementDB)
	if err != nil {
		return nil, err
	}
	cfg.Readings, cfg.Bills, cfg.Access, cfg.Market = s.readings, s.bills, s.access, s.market
	// The oracle's store holds the data of the blob batches it anchored.
	cfg.BlobSources = append([]anchorchain.BlobSource{s.readings}, cfg.BlobSources...)
	srv, err := portal.New(ctx, cfg)
	if err != nil {
		s.Close()
		return nil, err
	}
	return &web{Server: srv, stores: s}, nil
}

// webFromFlags connects to the chain and opens the API's sources from the command's flags, for
// users reaching it at domain (host:port).
func webFromFlags(c *cli.Context, domain, uri string) (*web, func(), error) {
	return webFromFlagsContext(c.Context, c, portal.Config{Domain: domain, URI: uri})
}

// webFromFlagsContext is webFromFlags bounded by ctx, cfg naming the server.
func webFromFlagsContext(ctx context.Context, c *cli.Context, cfg portal.Config) (*web, func(), error) {
	client, chainID, err := connectContext(ctx, c)
	if err != nil {
		return nil, nil, err
	}
	d, err := loadDeployment(c, chainID)
	if err != nil {
		client.Close()
		return nil, nil, err
	}
	cfg.Deployment, cfg.Backend, cfg.BlobSources = d, client, blobSources(c)
	w, err := openWeb(ctx, cfg, c.String(oracleDBFlag.Name), c.String(settlementDBFlag.Name))
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
bills, payments, meter owners, consent grants, the P2P market), read beside the running services. Users sign in
with their Ethereum key (EIP-4361): the messages name --domain, which must be the host:port users
reach this server at (default: the --http address). Every reading shown is checked against its
on-chain hash through --rpc-url. Ctrl-C stops it.`,
	Flags: append([]cli.Flag{
		serveAddrFlag, domainFlag, publicURLFlag, trustedProxyFlag, sessionTTLFlag, nonceTTLFlag, livePollFlag,
		oracleDBFlag, settlementDBFlag, blobDataURLFlag,
		stopTimeoutFlag,
	}, chainFlags...),
	Action: func(c *cli.Context) error { return runService(c, &serveRun{c: c}) },
}

// serveRun is `meterchain serve` as a lifecycle.Service; it ends by itself if its listener fails.
type serveRun struct {
	c        *cli.Context
	web      *web
	closeAll func()
	srv      *http.Server
	done     chan struct{} // closed when Serve returned
	serveErr error         // why, unless stopped
}

func (r *serveRun) Start(ctx context.Context) error {
	c := r.c
	r.done = make(chan struct{})
	addr := c.String(serveAddrFlag.Name)
	domain := c.String(domainFlag.Name)
	if domain == "" {
		domain = addr
	}
	var err error
	r.web, r.closeAll, err = webFromFlagsContext(ctx, c, portal.Config{Domain: domain, URI: c.String(publicURLFlag.Name),
		SessionTTL: c.Duration(sessionTTLFlag.Name), NonceTTL: c.Duration(nonceTTLFlag.Name), Poll: c.Duration(livePollFlag.Name),
		TrustedProxies: c.StringSlice(trustedProxyFlag.Name)})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", addr, err)
	}
	r.srv = &http.Server{Handler: r.web.Handler(), ReadHeaderTimeout: 10 * time.Second}
	go func() {
		defer close(r.done)
		if err := r.srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
			r.serveErr = fmt.Errorf("serve on %s: %w", ln.Addr(), err)
		}
	}()
	fmt.Printf("serve: API and UI on http://%s/ui (OpenAPI: /v1/openapi.json); Ctrl-C to stop\n", ln.Addr())
	return nil
}

func (r *serveRun) Done() <-chan struct{} { return r.done }

func (r *serveRun) Stop(ctx context.Context) error {
	var errs []error
	if r.srv != nil {
		r.web.Shutdown() // ends the live-update streams, which Shutdown would wait for
		errs = append(errs, r.srv.Shutdown(ctx))
		<-r.done
		errs = append(errs, r.serveErr)
	}
	if r.closeAll != nil {
		r.closeAll()
	}
	return errors.Join(errs...)
}

// startDevnetWeb opens the API and UI inside `meterchain devnet`, to be mounted on the oracle's
// HTTP server (oracle.Config.Routes), reading the devnet's oracle and settlement databases. Its
// databases close last (e.stops runs in reverse); endStreams must run before the oracle's HTTP
// server shuts down, which would otherwise wait for the live-update streams.
func startDevnetWeb(ctx context.Context, e *devnetEnv, httpAddr string) (w *web, endStreams func() error, err error) {
	w, err = openWeb(ctx, portal.Config{Deployment: e.deployment, Backend: e.client, Domain: httpAddr},
		e.oracleDB(), e.settlementDB())
	if err != nil {
		return nil, nil, fmt.Errorf("web UI: %w", err)
	}
	e.stops = append(e.stops, w.Close)
	e.lines = append(e.lines, [2]string{"web UI", "http://" + httpAddr + "/ui (sign in with a dev wallet; REST API /v1, OpenAPI /v1/openapi.json)"})
	return w, func() error { w.Shutdown(); return nil }, nil
}
