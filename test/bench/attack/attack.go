// Package attack measures the honest path under attack, in one process: the devnet stack (dev
// chain, contracts, embedded MQTT broker, the oracle with the portal mounted on its HTTP server,
// as `meterchain devnet` runs them) takes an honest fleet's readings over HTTP and MQTT while
// outsiders without keys, all at once, post forged envelopes naming the honest meters, envelopes
// of random meter ids, oversized and non-array batch bodies, hold slow connections open, and flood
// the portal's sign-in nonces; honest users sign in meanwhile. Each party dials from its own
// loopback addresses (sources.go), as the services would see them deployed. Every honest
// reading is reconciled against the ledger's events. `meterchain bench attack` runs it.
package attack

import (
	"context"
	"crypto/ecdsa"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"math"
	"net"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/meterchain/meterchain/deploy"
	"github.com/meterchain/meterchain/deploy/devnet"
	"github.com/meterchain/meterchain/internal/portal"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/internal/sim/meterfleet"
	"github.com/meterchain/meterchain/internal/sqlite"
	"github.com/meterchain/meterchain/oracle"
	"github.com/meterchain/meterchain/oracle/store"
	"github.com/meterchain/meterchain/settlement/access"
	"github.com/meterchain/meterchain/settlement/follower"
	"github.com/meterchain/meterchain/settlement/index"
	"github.com/meterchain/meterchain/settlement/market"
	"github.com/meterchain/meterchain/test/bench"
)

// Config of one run. Attack rates are per second and per kind; each kind has its own pool of
// connections, and a request due while the pool is busy is skipped (an open-loop attacker that
// does not queue).
type Config struct {
	Meters   int           `json:"meters"`       // honest meters: even ids send over HTTP, odd ones over MQTT
	Rate     float64       `json:"rate_per_sec"` // honest readings per second, all meters together
	Duration time.Duration `json:"-"`            // how long honest meters and attackers send
	Period   time.Duration `json:"-"`            // block period of the chain
	GasLimit uint64        `json:"gas_limit"`
	Workers  int           `json:"workers"` // concurrent honest uploads
	Drain    time.Duration `json:"-"`       // after sending, what is unsettled after this long without progress is lost

	ForgedRate     float64 `json:"forged_per_sec"`      // HTTP envelopes naming an honest meter, random ciphertext
	ForgedMQTTRate float64 `json:"forged_mqtt_per_sec"` // the same, published on the honest meters' MQTT topics
	// ForgedTargets is how many honest meters the forgeries name (0: all): an attacker who
	// wants to silence meters concentrates on a few, far above any per-meter limit.
	ForgedTargets  int     `json:"forged_targets"`
	RandomIDRate   float64 `json:"random_id_per_sec"` // envelopes naming random meter ids
	OversizedRate  float64 `json:"oversized_per_sec"` // batch bodies of OversizedBytes
	OversizedBytes int     `json:"oversized_bytes"`
	NonArrayRate   float64 `json:"non_array_per_sec"` // batch bodies that are a JSON object, not an array
	SlowConns      int     `json:"slow_conns"`        // slow connections held open (half trickle headers, half the body)
	NonceRate      float64 `json:"nonce_per_sec"`     // POST /v1/auth/nonce flood
	AttackConns    int     `json:"attack_conns"`      // connections per flood kind

	SignInEvery time.Duration `json:"-"` // an honest sign-in (nonce, SIWE signature, login) this often

	Progress io.Writer `json:"-"` // progress lines (nil: none)
}

// Defaults of `meterchain bench attack`'s flags.
const (
	DefaultRate           = 1000
	DefaultForgedRate     = 500
	DefaultForgedTargets  = 20
	DefaultRandomIDRate   = 500
	DefaultOversizedRate  = 2
	DefaultOversizedBytes = 8 << 20
	DefaultNonArrayRate   = 50
	DefaultSlowConns      = 256
	DefaultNonceRate      = 1000
	DefaultAttackConns    = 32
	DefaultSignInEvery    = 200 * time.Millisecond
)

// Result is the benchmark's output.
type Result struct {
	Config    Config  `json:"config"`
	DurationS float64 `json:"duration_s"`

	// Honest readings: due = what the fleet had to send in the window; sent = uploads begun; accepted = on the ledger as accepted; lost = acknowledged
	// (HTTP 202, or the broker's PUBACK for MQTT, where an oracle refusal is invisible to the
	// meter) but never on the ledger; refused = answered with an HTTP error (429, 4xx, 5xx);
	// failed = no answer (transport errors) until the window plus the drain time ended;
	// rejected = on the ledger as rejected. sent < due: the fleet could not even send at its rate.
	HonestDue          int64   `json:"honest_due"` // readings the fleet had to send in the window
	HonestSent         int64   `json:"honest_sent"`
	HonestAccepted     int64   `json:"honest_accepted"`
	HonestLost         int64   `json:"honest_lost"`
	HonestRefused      int64   `json:"honest_refused"`
	HonestFailed       int64   `json:"honest_failed"`
	HonestRejected     int64   `json:"honest_rejected"`
	HonestLatencyP50Ms float64 `json:"honest_latency_ms_p50"`
	HonestLatencyP99Ms float64 `json:"honest_latency_ms_p99"` // from the send to the block with the reading's event being seen

	AttackRequests int64            `json:"attack_requests"`
	AttackByKind   map[string]int64 `json:"attack_by_kind"` // requests made (a slow connection counts once per connection)

	QuarantineBytes int64   `json:"quarantine_bytes"` // SUM(length(raw)) of the oracle's quarantine table at the end
	DBGrowthMB      float64 `json:"db_growth_mb"`     // the oracle's database files (with the WAL), end minus start of the window
	PeakRSSMB       float64 `json:"peak_rss_mb"`

	// Honest sign-ins: p99 over the successful ones; failed = any step answered with an error.
	SignIns      int     `json:"sign_ins"`
	SignInFailed int     `json:"sign_in_failed"`
	SignInP99Ms  float64 `json:"sign_in_p99_ms"`
	SignInError  string  `json:"sign_in_first_error,omitempty"` // why the first failed sign-in failed

	LoadAverage float64 `json:"load_average_1m"`
}

// Run runs the benchmark.
func Run(ctx context.Context, cfg Config) (*Result, error) {
	logf := func(format string, args ...any) {
		if cfg.Progress != nil {
			fmt.Fprintf(cfg.Progress, format+"\n", args...)
		}
	}
	if cfg.Meters <= 0 || cfg.Rate <= 0 || cfg.Duration <= 0 {
		return nil, errors.New("meters, rate and duration must be positive")
	}
	if cfg.Period <= 0 {
		cfg.Period = time.Second
	}
	if cfg.GasLimit == 0 {
		cfg.GasLimit = devnet.DefaultGasLimit
	}
	cfg.Workers = cmpOr(cfg.Workers, 64)
	cfg.AttackConns = cmpOr(cfg.AttackConns, DefaultAttackConns)
	cfg.OversizedBytes = cmpOr(cfg.OversizedBytes, DefaultOversizedBytes)
	if cfg.Drain <= 0 {
		cfg.Drain = 30 * time.Second
	}
	if cfg.SignInEvery <= 0 {
		cfg.SignInEvery = DefaultSignInEvery
	}
	dir, err := os.MkdirTemp("", "meterchain-bench-attack-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)

	st, err := startStack(ctx, cfg, dir, logf)
	if err != nil {
		return nil, err
	}
	defer st.stop()

	// Honest fleet, prepared (signed and sealed) before the clock starts, as bench ingest does.
	const interval = 15 * time.Minute
	perMeter := cfg.Rate / float64(cfg.Meters)
	speed := perMeter * interval.Seconds()
	span := time.Duration(float64(cfg.Duration) * speed)
	sentAt := bench.NewStamps()
	fcfg := meterfleet.Config{
		Meters: st.fleet, Domain: reading.Domain{ChainID: devnet.ChainID, Ledger: st.d.ReadingLedger}, OracleKey: &st.oracleKey.PublicKey,
		Sender: st.honest, Interval: interval, Speed: speed, Start: time.Now().Add(-span - 2*interval),
		Workers: cfg.Workers, Duration: cfg.Duration,
		OnSent: func(s meterfleet.Sent) {
			if s.Err == nil {
				sentAt.Put(bench.ReadingKey{Meter: s.Reading.MeterID, Seq: s.Reading.Seq}, s.Began)
			}
		},
	}
	logf("signing and sealing %s of honest readings up front ...", cfg.Duration)
	old := debug.SetGCPercent(25)
	ups, err := meterfleet.Prepare(fcfg, cfg.Duration, runtime.NumCPU())
	debug.SetGCPercent(old)
	if err != nil {
		return nil, err
	}
	debug.FreeOSMemory()

	// Commissioning: each meter's first reading settles before the window, as in bench ingest.
	first, rest := bench.FirstPerMeter(ups)
	logf("commissioning %d meters ...", len(first))
	if _, err := meterfleet.Play(ctx, fcfg, first); err != nil {
		return nil, err
	}
	if err := st.ledger.Await(ctx, sentAt.Take(), cfg.Drain); err != nil {
		return nil, fmt.Errorf("commissioning: %w", err)
	}
	st.ledger.Reset()
	for start, i := rest[0].At, 0; i < len(rest); i++ {
		rest[i].At -= start
	}

	dbStart := st.dbSize()
	logf("honest fleet at %.0f readings/s over HTTP and MQTT, attackers on, for %s ...", cfg.Rate, cfg.Duration)
	// The attackers and the sign-ins run as long as the honest fleet sends, however long that takes.
	window, endWindow := context.WithCancel(ctx)
	defer endWindow()
	atk := newAttackers(st, cfg)
	atk.start(window)
	signIns := &signIns{}
	var signWG sync.WaitGroup
	signWG.Add(1)
	go func() { defer signWG.Done(); signIns.run(window, st.baseURL, cfg.SignInEvery) }()

	sendStart := time.Now()
	// The honest uploads get the drain time beyond the window to finish; an upload still
	// retrying after that has failed.
	playCtx, endPlay := context.WithTimeout(ctx, cfg.Duration+cfg.Drain)
	defer endPlay()
	stats, err := meterfleet.Play(playCtx, fcfg, rest)
	if err != nil && ctx.Err() != nil {
		return nil, err
	}
	sendEnd := time.Now()
	endWindow()
	atk.wait()
	signWG.Wait()
	sent := sentAt.Take()
	logf("sent %d honest readings (%s); attackers made %d requests; waiting for the chain ...", len(sent), stats, atk.total())
	if err := st.ledger.Await(ctx, sent, cfg.Drain); err != nil {
		logf("%s", err)
	}
	time.Sleep(2 * cfg.Period) // a late duplicate would show up in the next blocks

	rec := st.ledger.Reconcile(sent)
	res := &Result{Config: cfg, DurationS: math.Round(sendEnd.Sub(sendStart).Seconds()*10) / 10,
		HonestDue: int64(len(rest)), HonestSent: stats.Generated.Load(), HonestAccepted: rec.Accepted, HonestLost: rec.Lost, HonestRejected: rec.Rejected,
		HonestRefused: stats.Refused.Load(), HonestFailed: stats.Failed.Load(),
		HonestLatencyP50Ms: rec.LatencyP50Ms, HonestLatencyP99Ms: rec.LatencyP99Ms,
		AttackByKind: atk.counts(), AttackRequests: atk.total()}
	res.SignIns, res.SignInFailed, res.SignInP99Ms, res.SignInError = signIns.summary()
	if res.QuarantineBytes, err = quarantineBytes(ctx, st.svc.Store().DB()); err != nil {
		return nil, err
	}
	res.DBGrowthMB = math.Round(float64(st.dbSize()-dbStart)/(1<<20)*10) / 10
	res.PeakRSSMB = bench.PeakRSSMB()
	res.LoadAverage = bench.LoadAverage()
	return res, nil
}

func cmpOr(v, def int) int {
	if v <= 0 {
		return def
	}
	return v
}

// stack is the devnet's services as the benchmark runs them.
type stack struct {
	node      *devnet.Node
	d         *deploy.Deployment
	broker    *devnet.Broker
	svc       *oracle.Service
	web       *portal.Server
	fleet     []*meterfleet.Meter
	oracleKey *ecdsa.PrivateKey
	honest    *honestSender
	ledger    *bench.Ledger
	baseURL   string
	dbPath    string
	stops     []func()
}

func (s *stack) stop() {
	for _, f := range slices.Backward(s.stops) {
		f()
	}
}

// dbSize is the size of the oracle's database files, WAL included.
func (s *stack) dbSize() int64 {
	var n int64
	for _, suffix := range []string{"", "-wal"} {
		if fi, err := os.Stat(s.dbPath + suffix); err == nil {
			n += fi.Size()
		}
	}
	return n
}

func startStack(ctx context.Context, cfg Config, dir string, logf func(string, ...any)) (_ *stack, err error) {
	st := &stack{dbPath: filepath.Join(dir, "oracle.db"), ledger: bench.NewLedger()}
	defer func() {
		if err != nil {
			st.stop()
		}
	}()
	node, err := devnet.Start(ctx, devnet.Config{Port: -1, Period: cfg.Period, GasLimit: cfg.GasLimit, Accounts: 4})
	if err != nil {
		return nil, err
	}
	st.node = node
	st.stops = append(st.stops, func() { node.Stop() })
	client := node.Client()
	st.stops = append(st.stops, client.Close)
	admin, registrar, relayer := node.Accounts[0], node.Accounts[1], node.Accounts[2]
	if st.d, err = deploy.Contracts(ctx, client, admin.Opts(), devnet.ChainID, deploy.Roles{
		Registrars: []common.Address{registrar.Addr}, Relayers: []common.Address{relayer.Addr}}); err != nil {
		return nil, fmt.Errorf("deploy: %w", err)
	}
	st.fleet = meterfleet.DemoFleet("attack", cfg.Meters, []common.Address{node.Accounts[3].Addr})
	logf("registering %d meters ...", cfg.Meters)
	if err := meterfleet.Register(ctx, client, registrar.Opts(), st.d.MeterRegistry, st.fleet, 1); err != nil {
		return nil, err
	}
	if st.broker, err = devnet.StartBroker("127.0.0.1:0", nil); err != nil {
		return nil, err
	}
	st.stops = append(st.stops, func() { st.broker.Close() })

	// The portal reads the oracle's and the settlement service's databases, as in the devnet;
	// it is mounted on the oracle's HTTP server, whose address its sign-in messages name.
	settlementDB := filepath.Join(dir, "settlement.db")
	readings, err := store.Open(st.dbPath)
	if err != nil {
		return nil, err
	}
	st.stops = append(st.stops, func() { readings.Close() })
	bills, err := index.Open(settlementDB)
	if err != nil {
		return nil, err
	}
	st.stops = append(st.stops, func() { bills.Close() })
	adb, err := sqlite.Open(settlementDB, follower.Schema, access.Schema, market.Schema)
	if err != nil {
		return nil, err
	}
	st.stops = append(st.stops, func() { adb.Close() })
	addr, err := freeAddr()
	if err != nil {
		return nil, err
	}
	if st.web, err = portal.New(ctx, portal.Config{Deployment: st.d, Backend: client, Readings: readings, Bills: bills,
		Access: access.New(adb), Market: market.NewIndex(adb), Domain: addr}); err != nil {
		return nil, err
	}

	key, err := crypto.GenerateKey()
	if err != nil {
		return nil, err
	}
	st.oracleKey = key
	perMeter := cfg.Rate / float64(cfg.Meters)
	st.svc, err = oracle.New(oracle.Config{
		Deployment: st.d, RelayerKey: relayer.Key, OracleKey: key,
		DBPath: st.dbPath, HTTPAddr: addr, MQTTURL: st.broker.URL(), Routes: st.web.Mount,
		RatePerSecond: math.Max(oracle.DefaultRatePerSecond, 4*perMeter),
	}, client)
	if err != nil {
		return nil, err
	}
	if err := st.svc.Start(ctx); err != nil {
		return nil, err
	}
	// Reverse order: the portal's live-update streams end before the oracle's HTTP server waits for them.
	st.stops = append(st.stops, func() { st.svc.Stop() }, st.web.Shutdown)
	st.baseURL = "http://" + st.svc.HTTPAddr()

	watchCtx, stopWatch := context.WithCancel(ctx)
	watchDone := make(chan error, 1)
	from := node.Head() + 1
	go func() { watchDone <- st.ledger.Follow(watchCtx, bench.InProcess(st.node), st.d.ReadingLedger, from) }()
	st.stops = append(st.stops, func() { stopWatch(); <-watchDone })

	mq, err := meterfleet.NewMQTTSender(ctx, st.broker.URL(), "bench-honest-meters")
	if err != nil {
		return nil, err
	}
	st.honest = &honestSender{http: newPlainSender(st.baseURL, cfg.Workers), mqtt: mq}
	st.stops = append(st.stops, func() { st.honest.Close() })
	return st, nil
}

// freeAddr picks a free loopback port for the oracle, so that the portal, configured first, can
// name the address its users reach.
func freeAddr() (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer ln.Close()
	return ln.Addr().String(), nil
}

// quarantineBytes is what the oracle keeps of refused input.
func quarantineBytes(ctx context.Context, db *sql.DB) (int64, error) {
	var n int64
	if err := db.QueryRowContext(ctx, `SELECT COALESCE(SUM(length(raw)), 0) FROM quarantine`).Scan(&n); err != nil {
		return 0, fmt.Errorf("quarantine size: %w", err)
	}
	return n, nil
}
