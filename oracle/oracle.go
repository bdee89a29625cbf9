// Package oracle is the meter-facing service: it takes encrypted, meter-signed readings in over
// HTTP(S), MQTT and CoAP, decrypts and verifies them before any gas is spent, stores them
// durably (SQLite, acknowledged only after the commit), and relays them in batches to the
// ReadingLedger through the one transaction manager, settling each reading from the receipt's
// events. The wire format is documented in docs/wire-format.md.
package oracle

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"net/netip"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/lru"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/ecies"
	"github.com/gin-gonic/gin"

	"github.com/meterchain/meterchain/bindings"
	"github.com/meterchain/meterchain/deploy"
	"github.com/meterchain/meterchain/internal/anchor"
	"github.com/meterchain/meterchain/internal/anchorchain"
	"github.com/meterchain/meterchain/internal/chaintx"
	"github.com/meterchain/meterchain/internal/envelope"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/internal/txmgr"
	"github.com/meterchain/meterchain/oracle/store"
)

// Backend is the node access the oracle needs: contract reads, transactions and receipts.
// *ethclient.Client and the simulated backend's client satisfy it.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	txmgr.Backend
}

// Defaults of Config, also the defaults of `meterchain oracle`'s flags.
const (
	DefaultDBPath        = "oracle.db"
	DefaultHTTPAddr      = "127.0.0.1:8080"
	DefaultMQTTClientID  = "meterchain-oracle" // stable, so the broker keeps QoS 1 messages while the oracle is down
	DefaultBatchMax      = 250
	DefaultBatchMaxBytes = 96 << 10 // under the txpool's 128 KiB transaction limit
	DefaultBatchInterval = 100 * time.Millisecond
	// DefaultBlobBatchInterval is DefaultBatchInterval anchoring in blobs: a blob is paid whole,
	// so a partial batch waits longer to fill its blobs (at 1,111 readings/s, ~3 of 6).
	DefaultBlobBatchInterval = 2 * time.Second
	// DefaultMaxInFlight is two blocks' worth of full batches at 45M gas (12 of ~3.7M): a slot
	// is freed when the receipt is read, after the block that holds the batch is imported and
	// often after the next block has begun, so a batch holds its slot across two blocks. 16 capped
	// bench ingest near 2,000 readings/s on a 2-core machine where the cycle took two blocks.
	DefaultMaxInFlight   = 24
	DefaultRatePerSecond = 5.0
	DefaultRateBurst     = 20
	DefaultAuthTTL       = 30 * time.Second
)

// Config of the oracle service. Zero values take the Default constants above.
type Config struct {
	Deployment *deploy.Deployment
	RelayerKey *ecdsa.PrivateKey // sends submitPacked (needs RELAYER_ROLE)
	OracleKey  *ecdsa.PrivateKey // ECIES decryption key (secp256k1, envelope version 1); its public key is published
	// OracleP256Key is the P-256 ECIES key for envelope version 2, published beside OracleKey;
	// nil: version 2 envelopes are refused as undecryptable.
	OracleP256Key *ecdsa.PrivateKey
	DBPath        string // SQLite file (":memory:" allowed in tests)

	HTTPAddr        string // ":0" picks a port
	TLSCert, TLSKey string // both set: the HTTP listener serves HTTPS only
	MQTTURL         string // e.g. "tcp://127.0.0.1:1883"; "" disables MQTT
	MQTTClientID    string
	MQTTUsername    string
	MQTTPassword    string
	CoAPAddr        string // e.g. "127.0.0.1:5683" (UDP); "" disables CoAP

	BatchMax      int           // readings per transaction
	BatchMaxBytes int           // calldata (or, anchoring in blobs, data) bytes per transaction
	BatchInterval time.Duration // a partial batch waits at most this long
	MaxInFlight   int           // transactions sent and not yet settled

	// AnchorData is where an anchored relayer puts a batch's data: AnchorCalldata (the default)
	// or AnchorBlobs, EIP-4844 blobs (up to anchorchain.MaxBlobsPerTx a batch, sidecars with
	// Osaka's cell proofs). The oracle keeps its blob batches' data and serves it at
	// anchorchain.DataPath for watchers and settlement.
	AnchorData string
	// BlobSources give the data of other relayers' blob batches, which the relayer replays at
	// start (its own come from its store).
	BlobSources []anchorchain.BlobSource

	RatePerSecond float64 // authenticated readings per second per meter, default DefaultRatePerSecond; negative disables
	RateBurst     int     // default DefaultRateBurst

	// Unauthenticated work (input that does not decrypt or verify, registry look-ups for meters
	// not cached, readings stored unverified, replays, quarantine writes) per source (remote
	// address; MQTT topic) and over all sources; a negative rate disables that limit.
	UnauthPerSecond      float64 // default DefaultUnauthPerSecond
	UnauthBurst          int     // default DefaultUnauthBurst
	UnauthTotalPerSecond float64 // default DefaultUnauthTotalPerSecond
	UnauthTotalBurst     int     // default DefaultUnauthTotalBurst
	LimiterEntries       int     // meters and sources remembered (buckets, registry answers), LRU; default DefaultLimiterEntries

	QuarantineMaxBytes       int64 // quarantine size overall, oldest evicted first; default DefaultQuarantineMaxBytes
	QuarantineSourceMaxBytes int64 // per source (remote address or topic); default DefaultQuarantineSourceMaxBytes

	HTTPReadTimeout  time.Duration // whole request, headers and body; headers alone at most 10 s; default DefaultHTTPReadTimeout
	HTTPWriteTimeout time.Duration // the oracle's own routes (not Routes mounted beside); default DefaultHTTPWriteTimeout
	HTTPIdleTimeout  time.Duration // keep-alive connection left idle; default DefaultHTTPIdleTimeout
	MaxConnections   int           // open HTTP connections (CoAP sessions) at once; default DefaultMaxConnections
	// MaxConnectionsPerSource caps one remote address once more than half of MaxConnections are
	// in use (TrustedProxies are exempt); default DefaultMaxConnectionsPerSource.
	MaxConnectionsPerSource int
	// TrustedProxies (CIDRs or addresses) may name the client in X-Forwarded-For / X-Real-IP;
	// from anyone else those headers are ignored. Default none.
	TrustedProxies []string

	AuthTTL time.Duration  // how long a registry answer is trusted (default 30 s)
	Quality *QualityLimits // detail-record ranges (default DefaultQualityLimits)

	Routes func(r *gin.Engine) // optional: more routes mounted on the same HTTP server

	// testHook, when set, is called at named points of the relayer ("before-send",
	// "after-send", "before-settle"); the crash tests kill the process there.
	testHook func(point string)
}

// Where an anchored relayer puts a batch's data (Config.AnchorData).
const (
	AnchorCalldata = "calldata"
	AnchorBlobs    = "blobs"
)

// Defaults of the limits on what an outsider can make the oracle spend (Config.check fills
// them in; the CLI shows them).
const (
	DefaultUnauthPerSecond          = 2.0
	DefaultUnauthBurst              = 20
	DefaultUnauthTotalPerSecond     = 100.0
	DefaultUnauthTotalBurst         = 500
	DefaultLimiterEntries           = 100_000
	DefaultQuarantineMaxBytes       = 256 << 20
	DefaultQuarantineSourceMaxBytes = 16 << 20
	DefaultHTTPReadTimeout          = 30 * time.Second
	DefaultHTTPWriteTimeout         = 30 * time.Second
	DefaultHTTPIdleTimeout          = 60 * time.Second
	DefaultMaxConnections           = 1024
	DefaultMaxConnectionsPerSource  = 64
)

// check validates c and fills in defaults.
func (c *Config) check() error {
	switch {
	case c.Deployment == nil:
		return errors.New("oracle: no deployment")
	case c.RelayerKey == nil:
		return errors.New("oracle: no relayer key")
	case c.OracleKey == nil:
		return errors.New("oracle: no oracle (ECIES) key")
	case c.OracleKey.Curve != crypto.S256():
		return errors.New("oracle: the oracle key must be a secp256k1 key (envelope version 1)")
	case c.OracleP256Key != nil && c.OracleP256Key.Curve != elliptic.P256():
		return errors.New("oracle: the oracle P-256 key is not on P-256 (envelope version 2)")
	case c.DBPath == "":
		return errors.New("oracle: no database path")
	case (c.TLSCert == "") != (c.TLSKey == ""):
		return errors.New("oracle: give both a TLS certificate and its key, or neither")
	}
	if c.OracleP256Key != nil {
		if _, err := c.OracleP256Key.ECDH(); err != nil {
			return fmt.Errorf("oracle: the oracle P-256 key: %w", err)
		}
	}
	if c.HTTPAddr == "" {
		c.HTTPAddr = DefaultHTTPAddr
	}
	if c.MQTTClientID == "" {
		c.MQTTClientID = DefaultMQTTClientID
	}
	if c.BatchMax <= 0 {
		c.BatchMax = DefaultBatchMax
	}
	switch c.AnchorData {
	case "":
		c.AnchorData = AnchorCalldata
	case AnchorCalldata:
	case AnchorBlobs:
		if !c.Deployment.Anchored() {
			return errors.New("oracle: blobs carry the data of an anchored ledger only (deploy --ledger anchored)")
		}
	default:
		return fmt.Errorf("oracle: anchor data %q: %s or %s", c.AnchorData, AnchorCalldata, AnchorBlobs)
	}
	maxBytes := chaintx.MaxCalldata
	if c.AnchorData == AnchorBlobs {
		maxBytes = anchorchain.MaxBlobsPerTx * anchor.BlobCapacity
	}
	if c.BatchMaxBytes <= 0 {
		c.BatchMaxBytes = DefaultBatchMaxBytes
		if c.AnchorData == AnchorBlobs {
			c.BatchMaxBytes = maxBytes // the blobs of one transaction: the fewer anchors, the less gas
		}
	}
	if c.BatchMaxBytes > maxBytes {
		return fmt.Errorf("oracle: batch of %d bytes is over the %d a transaction carries", c.BatchMaxBytes, maxBytes)
	}
	if n := (c.BatchMaxBytes - 256) / reading.PackedSizeP256; c.BatchMax > n { // the larger record: any mix fits
		c.BatchMax = n
	}
	if c.BatchInterval <= 0 {
		c.BatchInterval = DefaultBatchInterval
		if c.AnchorData == AnchorBlobs {
			c.BatchInterval = DefaultBlobBatchInterval
		}
	}
	if c.MaxInFlight <= 0 {
		c.MaxInFlight = DefaultMaxInFlight
	}
	if c.RatePerSecond == 0 {
		c.RatePerSecond = DefaultRatePerSecond
	}
	if c.RateBurst <= 0 {
		c.RateBurst = DefaultRateBurst
	}
	if c.UnauthPerSecond == 0 {
		c.UnauthPerSecond = DefaultUnauthPerSecond
	}
	if c.UnauthBurst <= 0 {
		c.UnauthBurst = DefaultUnauthBurst
	}
	if c.UnauthTotalPerSecond == 0 {
		c.UnauthTotalPerSecond = DefaultUnauthTotalPerSecond
	}
	if c.UnauthTotalBurst <= 0 {
		c.UnauthTotalBurst = DefaultUnauthTotalBurst
	}
	if c.LimiterEntries <= 0 {
		c.LimiterEntries = DefaultLimiterEntries
	}
	if c.QuarantineMaxBytes <= 0 {
		c.QuarantineMaxBytes = DefaultQuarantineMaxBytes
	}
	if c.QuarantineSourceMaxBytes <= 0 {
		c.QuarantineSourceMaxBytes = DefaultQuarantineSourceMaxBytes
	}
	if c.HTTPReadTimeout <= 0 {
		c.HTTPReadTimeout = DefaultHTTPReadTimeout
	}
	if c.HTTPWriteTimeout <= 0 {
		c.HTTPWriteTimeout = DefaultHTTPWriteTimeout
	}
	if c.HTTPIdleTimeout <= 0 {
		c.HTTPIdleTimeout = DefaultHTTPIdleTimeout
	}
	if c.MaxConnections <= 0 {
		c.MaxConnections = DefaultMaxConnections
	}
	if c.MaxConnectionsPerSource <= 0 {
		c.MaxConnectionsPerSource = DefaultMaxConnectionsPerSource
	}
	for _, p := range c.TrustedProxies {
		if _, err := parsePrefix(p); err != nil {
			return fmt.Errorf("oracle: trusted proxy %q: %w", p, err)
		}
	}
	if c.AuthTTL <= 0 {
		c.AuthTTL = DefaultAuthTTL
	}
	if c.Quality == nil {
		q := DefaultQualityLimits
		c.Quality = &q
	}
	return nil
}

// Service is a running (or ready) oracle.
type Service struct {
	cfg              Config
	b                Backend
	store            *store.Store
	txm              txmgr.Sender
	eciesKeys        envelope.Keys
	valid            *validator
	ocmfIDs          *ocmfIdentities
	limit            *limits
	quarantineBounds store.QuarantineBounds
	metrics          *metrics
	relay            *relayer
	log              *slog.Logger

	jobs       chan job
	jobMu      sync.RWMutex // guards jobsClosed against sends racing the close
	jobsClosed bool
	writerDone chan struct{}

	engine   *gin.Engine
	httpSrv  *http.Server
	httpLn   net.Listener
	mqtt     *mqttIngest
	coap     *coapIngest
	cancel   context.CancelFunc
	started  bool
	stopOnce sync.Once
	stopErr  error
}

// New opens the store and prepares the service; Start runs it.
func New(cfg Config, b Backend) (*Service, error) {
	if err := cfg.check(); err != nil {
		return nil, err
	}
	st, err := store.Open(cfg.DBPath)
	if err != nil {
		return nil, err
	}
	log, metrics := slog.Default().With("service", "oracle"), newMetrics(st)
	txm, err := txmgr.New(b, st.DB(), txmgr.Config{Signer: txmgr.KeySigner(cfg.RelayerKey), ChainID: new(big.Int).SetUint64(cfg.Deployment.ChainID),
		PollInterval: 100 * time.Millisecond, Registerer: metrics.reg, Log: log.With("component", "txmgr")}) // receipts matter within a 1 s block
	if err != nil {
		st.Close()
		return nil, fmt.Errorf("oracle: %w", err)
	}
	regABI, ledABI := bindings.NewMeterRegistry(), bindings.NewReadingLedger()
	s := &Service{
		cfg: cfg, b: b, store: st, txm: txm,
		eciesKeys:        oracleKeys(cfg),
		limit:            newLimits(&cfg),
		quarantineBounds: store.QuarantineBounds{MaxBytes: cfg.QuarantineMaxBytes, MaxBytesPerSource: cfg.QuarantineSourceMaxBytes},
		metrics:          metrics,
		log:              log,
		jobs:             make(chan job, queuedJobs),
	}
	s.valid = &validator{
		domain: reading.Domain{ChainID: cfg.Deployment.ChainID, Ledger: cfg.Deployment.Ledger()},
		regABI: regABI, ledABI: ledABI,
		reg:   regABI.Instance(b, cfg.Deployment.MeterRegistry),
		led:   ledABI.Instance(b, cfg.Deployment.Ledger()), // an anchored ledger's lastReading is zeros: its state is the relayer's
		store: st, ttl: cfg.AuthTTL, quality: *cfg.Quality,
		meters: lru.NewBasicLRU[uint64, *meterState](cfg.LimiterEntries),
	}
	s.ocmfIDs = newOcmfIdentities(cfg.LimiterEntries)
	if s.relay, err = newRelayer(s, ledABI); err != nil {
		st.Close()
		return nil, fmt.Errorf("oracle: %w", err)
	}
	s.engine = s.router()
	return s, nil
}

// Start binds every listener, starts the writer and the relayer (which first resumes the
// transactions a previous run left pending), and returns. Cancelling ctx stops the background
// work like Stop does, but Stop is the clean way.
func (s *Service) Start(ctx context.Context) error {
	if s.started {
		return errors.New("oracle: already started")
	}
	s.started = true
	if s.relay.anchored != nil {
		if err := s.relay.anchored.ensureBond(ctx); err != nil {
			return err
		}
	} else if err := s.checkRelayerRole(ctx); err != nil {
		return err
	}
	runCtx, cancel := context.WithCancel(ctx)
	s.cancel = cancel
	s.writerDone = make(chan struct{})
	go s.writer()
	if h, err := s.b.HeaderByNumber(ctx, nil); err == nil {
		s.valid.head.Store(h.Time)
	}

	ln, err := net.Listen("tcp", s.cfg.HTTPAddr)
	if err != nil {
		s.Stop()
		return fmt.Errorf("oracle: listen on %s: %w", s.cfg.HTTPAddr, err)
	}
	s.httpLn = ln
	var trusted []netip.Prefix
	for _, p := range s.cfg.TrustedProxies {
		pre, _ := parsePrefix(p) // checked by Config.check
		trusted = append(trusted, pre)
	}
	ln = newConnLimit(ln, s.cfg.MaxConnections, s.cfg.MaxConnectionsPerSource, trusted)
	// Every phase of a request has a deadline, so a client that sends slowly, or never, holds its
	// connection (one of MaxConnections) for a bounded time.
	s.httpSrv = &http.Server{Handler: s.engine, ReadHeaderTimeout: min(10*time.Second, s.cfg.HTTPReadTimeout),
		ReadTimeout: s.cfg.HTTPReadTimeout, IdleTimeout: s.cfg.HTTPIdleTimeout} // write deadlines: per route (router)
	if s.cfg.TLSCert != "" {
		cert, err := tls.LoadX509KeyPair(s.cfg.TLSCert, s.cfg.TLSKey)
		if err != nil {
			s.Stop()
			return fmt.Errorf("oracle: TLS certificate: %w", err)
		}
		s.httpSrv.TLSConfig = &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}
		ln = tls.NewListener(ln, s.httpSrv.TLSConfig)
	}
	go func() {
		if err := s.httpSrv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.log.Error("HTTP server stopped", "err", err)
		}
	}()

	if s.cfg.CoAPAddr != "" {
		if s.coap, err = startCoAP(s, s.cfg.CoAPAddr); err != nil {
			s.Stop()
			return err
		}
	}
	if s.cfg.MQTTURL != "" {
		if s.mqtt, err = startMQTT(s); err != nil {
			s.Stop()
			return err
		}
	}
	if err := s.relay.start(runCtx); err != nil {
		s.Stop()
		return err
	}
	s.log.Info("oracle running", "http", s.HTTPAddr(), "tls", s.cfg.TLSCert != "", "mqtt", s.cfg.MQTTURL,
		"coap", s.CoAPAddr(), "relayer", s.txm.From(), "ledger", s.cfg.Deployment.Ledger(), "anchored", s.cfg.Deployment.Anchored())
	return nil
}

// Stop stops taking input, commits what was already taken, lets the relayer finish its current
// step, and closes the store. Transactions still waiting for receipts are resumed by the next
// Start.
func (s *Service) Stop() error {
	s.stopOnce.Do(func() {
		var errs []error
		if s.httpSrv != nil {
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			errs = append(errs, s.httpSrv.Shutdown(ctx))
			cancel()
		}
		if s.coap != nil {
			s.coap.stop()
		}
		if s.mqtt != nil {
			s.mqtt.stop()
		}
		if s.writerDone != nil {
			s.jobMu.Lock()
			s.jobsClosed = true
			close(s.jobs)
			s.jobMu.Unlock()
			<-s.writerDone
		}
		if s.cancel != nil {
			s.cancel()
		}
		s.relay.wait()
		errs = append(errs, s.store.Close())
		s.stopErr = errors.Join(errs...)
	})
	return s.stopErr
}

// AnchorData is where the oracle puts an anchored batch's data (AnchorCalldata or AnchorBlobs).
func (s *Service) AnchorData() string { return s.cfg.AnchorData }

// HTTPAddr is the bound HTTP address (useful with ":0"); empty before Start.
func (s *Service) HTTPAddr() string {
	if s.httpLn == nil {
		return ""
	}
	return s.httpLn.Addr().String()
}

// CoAPAddr is the bound CoAP (UDP) address; empty when CoAP is off.
func (s *Service) CoAPAddr() string {
	if s.coap == nil {
		return ""
	}
	return s.coap.addr
}

func oracleKeys(cfg Config) envelope.Keys {
	keys := envelope.Keys{Secp256k1: ecies.ImportECDSA(cfg.OracleKey)}
	if cfg.OracleP256Key != nil {
		keys.P256, _ = cfg.OracleP256Key.ECDH() // check() refused a key this fails for
	}
	return keys
}

// OracleP256PublicKey is the P-256 ECIES public key of envelope version 2, 0x04… uncompressed
// hex; empty when the oracle has none.
func (s *Service) OracleP256PublicKey() string {
	if s.cfg.OracleP256Key == nil {
		return ""
	}
	raw, err := s.cfg.OracleP256Key.PublicKey.Bytes()
	if err != nil { // Check accepted only a P-256 key
		panic(err)
	}
	return hexutil.Encode(raw)
}

// OraclePublicKey is the ECIES public key meters encrypt to, 0x04… uncompressed hex.
func (s *Service) OraclePublicKey() string {
	return hexutil.Encode(crypto.FromECDSAPub(&s.cfg.OracleKey.PublicKey))
}

// Store is the oracle's store, for read APIs mounted beside it (web UI, REST history, audit).
func (s *Service) Store() *store.Store { return s.store }

// Handler is the HTTP handler (the same one the listener serves).
func (s *Service) Handler() http.Handler { return s.engine }

// checkRelayerRole refuses to start with a key the ledger would refuse (every batch would revert).
// An unreachable chain is not an error: the oracle stores readings until it returns.
func (s *Service) checkRelayerRole(ctx context.Context) error {
	reg := s.valid.reg
	role, err := bind.Call(reg, &bind.CallOpts{Context: ctx}, s.valid.regABI.PackRELAYERROLE(), s.valid.regABI.UnpackRELAYERROLE)
	if err != nil {
		s.log.Warn("cannot check the relayer role now; continuing", "err", err)
		return nil
	}
	ok, err := bind.Call(reg, &bind.CallOpts{Context: ctx}, s.valid.regABI.PackHasRole(role, s.txm.From()), s.valid.regABI.UnpackHasRole)
	if err != nil {
		s.log.Warn("cannot check the relayer role now; continuing", "err", err)
		return nil
	}
	if !ok {
		return fmt.Errorf("oracle: %s does not hold RELAYER_ROLE on MeterRegistry %s: ask the admin to grant it (meterchain deploy --relayer)",
			s.txm.From(), s.cfg.Deployment.MeterRegistry)
	}
	return nil
}

func (s *Service) hook(point string) {
	if s.cfg.testHook != nil {
		s.cfg.testHook(point)
	}
}
