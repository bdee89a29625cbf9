// Package portal is meterchain's REST API (/v1) and web UI for consumers, the utility and third
// parties: meters, readings with their detail records and an on-chain verification, bills and
// payments, consent grants, live updates (server-sent events) and the Green Button (ESPI) export.
//
// Callers sign in with their Ethereum key (EIP-4361 "Sign-In with Ethereum"); the session is bound
// to that address. A meter's owner (MeterRegistry.accountOf, read from the chain on each request)
// sees everything of its meters, the utility (REGISTRAR_ROLE) sees every meter, and anyone else
// sees only what a consent grant covers, checked through the settlement index (settlement/access)
// against the clock on every request. The API only reads, through the narrow interfaces of
// sources.go: writes are transactions the caller signs with its own wallet (the API hands out the
// calldata). The chain check of each reading is internal/portal/audit's, the Green Button export
// internal/portal/espi's, the bill-payment calldata internal/billpay's.
package portal

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/gin-gonic/gin"

	"github.com/meterchain/meterchain/bindings"
	"github.com/meterchain/meterchain/deploy"
	"github.com/meterchain/meterchain/internal/anchorchain"
	"github.com/meterchain/meterchain/internal/billpay"
	"github.com/meterchain/meterchain/internal/consent"
)

// Defaults of Config, also the defaults of `meterchain serve`'s flags.
const (
	DefaultNonceTTL   = 5 * time.Minute
	DefaultSessionTTL = 8 * time.Hour
	DefaultPoll       = time.Second
	// DefaultPendingLogins bounds the sign-in challenges pending at once, in all and per source
	// (client address, IPv6 by /64): a source that floods POST /v1/auth/nonce holds at most its
	// share, so it cannot block anyone else's sign-in.
	DefaultPendingLogins          = 100_000
	DefaultPendingLoginsPerSource = 16
	// DefaultStreams and DefaultStreamsPerSession bound the live-update streams open at once, in
	// all and per session: each costs a few chain calls every Poll.
	DefaultStreams           = 200
	DefaultStreamsPerSession = 4
	// DefaultLinksPerAddress bounds the one-time browser sign-in links pending per address.
	DefaultLinksPerAddress = 8
)

// Config of the API and UI. Zero durations take the Default constants above.
type Config struct {
	Deployment *deploy.Deployment
	Backend    bind.ContractBackend // contract reads and event logs (verification)
	Readings   Readings             // the oracle's store: readings and detail records
	Bills      Bills                // the settlement index: bills and payments
	Access     Permissions          // the settlement index: meter owners and consent grants
	Market     Market               // the settlement index: the P2P market (needed with an EnergyMarket)
	// BlobSources give the data of anchored batches in blobs, to check a reading against its batch.
	BlobSources []anchorchain.BlobSource

	// Domain is the host[:port] users reach this server at: EIP-4361 messages must name it, so a
	// signature made for another site cannot sign in here.
	Domain     string
	URI        string        // default "http://" + Domain
	NonceTTL   time.Duration // login challenge lifetime
	SessionTTL time.Duration // session lifetime
	Poll       time.Duration // how often live updates look for new readings
	// TrustedProxies are the addresses or CIDRs of reverse proxies whose X-Forwarded-For names the
	// client; none by default, so a client cannot pick the source its sign-in limits count against.
	TrustedProxies         []string
	PendingLogins          int // sign-in challenges pending at once, in all
	PendingLoginsPerSource int // and per client address
	LinksPerAddress        int // one-time browser sign-in links pending per address
	Streams                int // live-update streams open at once, in all
	StreamsPerSession      int // and per session
	Now                    func() time.Time
	Log                    *slog.Logger
}

// Server serves the API and the UI.
type Server struct {
	cfg        Config
	reg        *bind.BoundContract
	consentReg *bind.BoundContract
	regABI     *bindings.MeterRegistry
	consent    *bindings.ConsentRegistry
	role       [32]byte // REGISTRAR_ROLE
	decimals   int32    // of the stable token
	nonces     *nonces
	sessions   *sessions
	streams    *streams
	closing    chan struct{} // closed by Shutdown: ends live-update streams
	shutOnce   sync.Once
}

// Shutdown ends the live-update streams (so an HTTP server shutting down need not wait for them).
func (s *Server) Shutdown() { s.shutOnce.Do(func() { close(s.closing) }) }

// New checks the configuration and reads what it needs from the chain once (the registrar role
// id and the token's decimals).
func New(ctx context.Context, cfg Config) (*Server, error) {
	switch {
	case cfg.Deployment == nil:
		return nil, errors.New("api: no deployment")
	case cfg.Backend == nil:
		return nil, errors.New("api: no chain backend")
	case cfg.Readings == nil || cfg.Bills == nil || cfg.Access == nil:
		return nil, errors.New("api: the oracle's readings, the bills index and the access index are all needed")
	case cfg.Market == nil && cfg.Deployment.EnergyMarket != (common.Address{}):
		return nil, errors.New("api: the deployment has an EnergyMarket: the market index is needed")
	case cfg.Domain == "" || strings.ContainsAny(cfg.Domain, "/ "):
		return nil, fmt.Errorf("api: domain %q must be the host[:port] users reach the server at", cfg.Domain)
	}
	if cfg.URI == "" {
		cfg.URI = "http://" + cfg.Domain
	}
	if cfg.NonceTTL <= 0 {
		cfg.NonceTTL = DefaultNonceTTL
	}
	if cfg.SessionTTL <= 0 {
		cfg.SessionTTL = DefaultSessionTTL
	}
	if cfg.Poll <= 0 {
		cfg.Poll = DefaultPoll
	}
	if cfg.PendingLogins <= 0 {
		cfg.PendingLogins = DefaultPendingLogins
	}
	if cfg.PendingLoginsPerSource <= 0 {
		cfg.PendingLoginsPerSource = DefaultPendingLoginsPerSource
	}
	if cfg.LinksPerAddress <= 0 {
		cfg.LinksPerAddress = DefaultLinksPerAddress
	}
	if cfg.Streams <= 0 {
		cfg.Streams = DefaultStreams
	}
	if cfg.StreamsPerSession <= 0 {
		cfg.StreamsPerSession = DefaultStreamsPerSession
	}
	gin.SetMode(gin.ReleaseMode) // before gin.New: in debug mode it prints a warning banner
	if err := gin.New().SetTrustedProxies(cfg.TrustedProxies); err != nil {
		return nil, fmt.Errorf("api: trusted proxies: %w", err)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Log == nil {
		cfg.Log = slog.Default().With("service", "api")
	}
	s := &Server{cfg: cfg, regABI: bindings.NewMeterRegistry(),
		consent:  bindings.NewConsentRegistry(),
		nonces:   newNonces(cfg.NonceTTL, cfg.PendingLogins, cfg.PendingLoginsPerSource),
		sessions: newSessions(cfg.SessionTTL, cfg.LinksPerAddress),
		streams:  &streams{max: cfg.Streams, perSession: cfg.StreamsPerSession, bySession: map[string]int{}},
		closing:  make(chan struct{})}
	s.reg = s.regABI.Instance(cfg.Backend, cfg.Deployment.MeterRegistry)
	s.consentReg = s.consent.Instance(cfg.Backend, cfg.Deployment.ConsentRegistry)
	opts := &bind.CallOpts{Context: ctx}
	role, err := bind.Call(s.reg, opts, s.regABI.PackREGISTRARROLE(), s.regABI.UnpackREGISTRARROLE)
	if err != nil {
		return nil, fmt.Errorf("api: read REGISTRAR_ROLE: %w", err)
	}
	s.role = role
	if s.decimals, err = billpay.Decimals(ctx, cfg.Backend, cfg.Deployment.StableToken); err != nil {
		return nil, fmt.Errorf("api: %w", err)
	}
	return s, nil
}

// Mount adds the API (/v1/...) and the UI (/, /ui/...) to r. On the oracle's engine (through
// oracle.Config.Routes) it sits beside the oracle's own /v1 routes. It sets r's trusted proxies
// to Config.TrustedProxies (none by default): the sign-in limits count per client address, which
// must not come from a header anyone can write.
func (s *Server) Mount(r *gin.Engine) {
	_ = r.SetTrustedProxies(s.cfg.TrustedProxies) // checked by New
	v1 := r.Group("/v1", s.identify)
	v1.GET("/openapi.json", s.getOpenAPI)
	v1.POST("/auth/nonce", s.postNonce)
	v1.POST("/auth/login", s.postLogin)
	v1.POST("/auth/logout", s.postLogout)
	v1.GET("/auth/session", s.getSession)
	v1.POST("/auth/link", s.postLink)
	v1.GET("/meters", s.getMeters)
	v1.GET("/meters/:meterId", s.getMeter)
	v1.GET("/meters/:meterId/history", s.getHistory)
	v1.GET("/meters/:meterId/daily", s.getDaily)
	v1.GET("/meters/:meterId/events", s.getEvents)
	v1.GET("/meters/:meterId/bills", s.getBills)
	v1.GET("/meters/:meterId/payments", s.getMeterPayments)
	v1.GET("/meters/:meterId/consents", s.getMeterConsents)
	v1.GET("/meters/:meterId/espi.xml", s.getESPI)
	v1.GET("/bills/:billId", s.getBill)
	v1.GET("/bills/:billId/pay", s.getPayTx)
	v1.GET("/consents", s.getConsents)
	v1.POST("/consents/tx", s.postConsentTx)
	v1.GET("/market/book", s.getMarketBook)
	v1.GET("/market/trades", s.getMarketTrades)
	s.mountUI(r)
}

// Handler is a standalone engine with only the API and the UI (meterchain serve, tests).
func (s *Server) Handler() *gin.Engine {
	gin.SetMode(gin.ReleaseMode)
	r := gin.New()
	r.Use(gin.Recovery())
	s.Mount(r)
	return r
}

// apiError is the JSON error body: {"error":{"code","message"}}, and for an internal error the
// id under which the server logged its details: {"error":{"code":"internal","message","id"}}.
type apiError struct {
	Status  int    `json:"-"`
	Code    string `json:"code"`
	Message string `json:"message"`
	ID      string `json:"id,omitempty"`
}

func (e *apiError) Error() string { return e.Code + ": " + e.Message }

func fail(c *gin.Context, e *apiError) { c.AbortWithStatusJSON(e.Status, gin.H{"error": e}) }

func errBadRequest(msg string) *apiError {
	return &apiError{Status: http.StatusBadRequest, Code: "bad_request", Message: msg}
}

var (
	errUnauthenticated = &apiError{Status: http.StatusUnauthorized, Code: "unauthenticated",
		Message: "sign in first: POST /v1/auth/nonce, sign the message with your wallet, POST /v1/auth/login"}
	errBadSession = &apiError{Status: http.StatusUnauthorized, Code: "invalid_session",
		Message: "the session token is unknown or expired: sign in again"}
)

// errInternal logs what failed and why under a random id and answers the id only: the errors of
// the chain client and the databases name RPC URLs (with their API keys), file paths and queries.
func (s *Server) errInternal(what string, err error) *apiError {
	id := randomToken(8)
	s.cfg.Log.Error("internal error", "id", id, "what", what, "err", err)
	return &apiError{Status: http.StatusInternalServerError, Code: "internal", Message: "internal error (id " + id + ")", ID: id}
}

const sessionCookie = "meterchain_session"

// secure: the session cookie is sent over HTTPS only when the server is reached over HTTPS.
func (s *Server) secure() bool { return strings.HasPrefix(s.cfg.URI, "https://") }

// identify resolves the caller from a bearer token or the UI's session cookie. A request with no
// credentials goes on anonymous (each handler decides); invalid credentials are refused.
func (s *Server) identify(c *gin.Context) {
	tok := ""
	if h := c.GetHeader("Authorization"); h != "" {
		t, ok := strings.CutPrefix(h, "Bearer ")
		if !ok {
			fail(c, errBadSession)
			return
		}
		tok = t
	} else if ck, err := c.Cookie(sessionCookie); err == nil {
		tok = ck
	}
	if tok == "" {
		return
	}
	se, ok := s.sessions.get(tok, s.cfg.Now())
	if !ok {
		if c.GetHeader("Authorization") == "" { // a stale cookie: carry on anonymous
			return
		}
		fail(c, errBadSession)
		return
	}
	c.Set("caller", se.Address)
	c.Set("token", tok)
}

// source is the client a request comes from, for per-source limits: its address (taken from
// X-Forwarded-For only through Config.TrustedProxies), IPv6 by /64 since one host usually holds a
// whole /64.
func source(c *gin.Context) string {
	ip := net.ParseIP(c.ClientIP())
	switch {
	case ip == nil:
		return c.ClientIP()
	case ip.To4() != nil:
		return ip.To4().String()
	default:
		return ip.Mask(net.CIDRMask(64, 128)).String() + "/64"
	}
}

func caller(c *gin.Context) (common.Address, bool) {
	v, ok := c.Get("caller")
	if !ok {
		return common.Address{}, false
	}
	return v.(common.Address), true
}

func (s *Server) mustCaller(c *gin.Context) (common.Address, bool) {
	a, ok := caller(c)
	if !ok {
		fail(c, errUnauthenticated)
	}
	return a, ok
}

// Access is how a caller may see a meter.
type Access struct {
	Meter    uint64         `json:"meterId"`
	Owner    common.Address `json:"owner"`
	Prosumer bool           `json:"prosumer"`
	TariffID uint32         `json:"tariffId"`
	As       string         `json:"as"` // owner | registrar | grant
	Scopes   []string       `json:"scopes"`
	// Spans are the times whose data the caller sees: the current owner's ownerships (for the
	// owner and whoever it granted); nil for the utility, which sees everything.
	Spans []Span `json:"spans"`
}

// Span is a time range [From, To) in unix seconds; To 0: open, up to now.
type Span struct {
	From uint64 `json:"from"`
	To   uint64 `json:"to"`
}

// Covers says whether the caller may see data of time t (a reading's timestamp).
func (a Access) Covers(t uint64) bool { return a.span(t) >= 0 }

// span is the index of the span covering t (0 for the utility, -1 for none).
func (a Access) span(t uint64) int {
	if a.As == "registrar" {
		return 0
	}
	for i, sp := range a.Spans {
		if t >= sp.From && (sp.To == 0 || t < sp.To) {
			return i
		}
	}
	return -1
}

// clip is [from, to) (to 0: open) cut to the caller's spans, in time order.
func (a Access) clip(from, to uint64) []Span {
	if a.As == "registrar" {
		return []Span{{from, to}}
	}
	var out []Span
	for _, sp := range a.Spans {
		f, t := max(from, sp.From), sp.To
		if to != 0 && (t == 0 || to < t) {
			t = to
		}
		if t == 0 || f < t {
			out = append(out, Span{f, t})
		}
	}
	return out
}

// spans are the times owner owned the meter, from the access index's ownership history: each
// ownership runs from its event's block time (the registration: from 0) to the next one's.
func (s *Server) spans(ctx context.Context, meterID uint64, owner common.Address) ([]Span, *apiError) {
	owners, err := s.cfg.Access.Owners(ctx, meterID)
	if err != nil {
		return nil, s.errInternal("read the meter's owners", err)
	}
	blockTime := func(n uint64) (uint64, *apiError) {
		h, err := s.cfg.Backend.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return 0, s.errInternal(fmt.Sprintf("read block %d", n), err)
		}
		return h.Time, nil
	}
	var out []Span
	for i, o := range owners {
		if o.Owner != owner {
			continue
		}
		var sp Span
		var e *apiError
		if i > 0 {
			if sp.From, e = blockTime(o.Block); e != nil {
				return nil, e
			}
		}
		if i+1 < len(owners) {
			if sp.To, e = blockTime(owners[i+1].Block); e != nil {
				return nil, e
			}
		}
		if n := len(out); n > 0 && out[n-1].To == sp.From {
			out[n-1].To = sp.To // an owner change to the same owner: one span
			continue
		}
		out = append(out, sp)
	}
	return out, nil
}

// account reads the meter's owner from the chain (fresh on every request).
func (s *Server) account(ctx context.Context, meterID uint64) (bindings.AccountOfOutput, *apiError) {
	acc, err := bind.Call(s.reg, &bind.CallOpts{Context: ctx}, s.regABI.PackAccountOf(meterID), s.regABI.UnpackAccountOf)
	if err != nil {
		return acc, s.errInternal("read the meter registry", err)
	}
	if acc.Owner == (common.Address{}) {
		return acc, &apiError{Status: http.StatusNotFound, Code: "unknown_meter", Message: fmt.Sprintf("meter %d is not registered", meterID)}
	}
	return acc, nil
}

// IsRegistrar reads MeterRegistry.hasRole(REGISTRAR_ROLE, a) from the chain.
func (s *Server) IsRegistrar(ctx context.Context, a common.Address) (bool, error) {
	return bind.Call(s.reg, &bind.CallOpts{Context: ctx}, s.regABI.PackHasRole(s.role, a), s.regABI.UnpackHasRole)
}

// authorize decides whether who may see scope of the meter: its owner and the utility always, a
// third party only with a grant that is valid now.
func (s *Server) authorize(ctx context.Context, who common.Address, meterID uint64, scope consent.Scope) (Access, *apiError) {
	acc, e := s.account(ctx, meterID)
	if e != nil {
		return Access{}, e
	}
	a := Access{Meter: meterID, Owner: acc.Owner, Prosumer: acc.Class == 1, TariffID: acc.TariffId, Scopes: consent.AllScopes.Names()}
	if who == acc.Owner {
		a.As = "owner"
		a.Spans, e = s.spans(ctx, meterID, acc.Owner)
		return a, e
	}
	reg, err := s.IsRegistrar(ctx, who)
	if err != nil {
		return a, s.errInternal("read the registrar role", err)
	}
	if reg {
		a.As = "registrar"
		return a, nil
	}
	// A grant must hold in the index (bound to the ownership it was given in) and on the chain
	// now (ConsentRegistry.allowed at the latest block), and the meter must not have changed owner
	// in the blocks the index has not followed yet: a revocation or a resale counts at once, however
	// far the index lags behind or if its follower has stopped.
	var granted consent.Scope
	for _, sc := range []consent.Scope{consent.ScopeReadings, consent.ScopeBills} {
		ok, err := s.cfg.Access.Allowed(ctx, meterID, who, sc)
		if err != nil {
			return a, s.errInternal("read consent grants", err)
		}
		if ok {
			if ok, err = bind.Call(s.consentReg, &bind.CallOpts{Context: ctx}, s.consent.PackAllowed(meterID, who, uint8(sc)), s.consent.UnpackAllowed); err != nil {
				return a, s.errInternal("read the consent registry", err)
			}
		}
		if ok {
			granted |= sc
		}
	}
	if granted == 0 || (scope != 0 && granted&scope != scope) {
		what := "this meter"
		if scope != 0 {
			what = strings.Join(scope.Names(), " and ") + " of meter " + strconv.FormatUint(meterID, 10)
		}
		return a, &apiError{Status: http.StatusForbidden, Code: "forbidden",
			Message: fmt.Sprintf("%s has no valid consent grant for %s (ask the owner to grant it in the ConsentRegistry)", who.Hex(), what)}
	}
	if e := s.noUnindexedOwnerChange(ctx, meterID); e != nil {
		return a, e
	}
	a.As, a.Scopes = "grant", granted.Names()
	a.Spans, e = s.spans(ctx, meterID, acc.Owner)
	return a, e
}

// noUnindexedOwnerChange refuses (403) when the chain holds an owner change of the meter after
// the access index's last block: every grant the index knows predates it, so none counts.
func (s *Server) noUnindexedOwnerChange(ctx context.Context, meterID uint64) *apiError {
	indexed, err := s.cfg.Access.Indexed(ctx)
	if err != nil {
		return s.errInternal("read the access index's block", err)
	}
	head, err := s.cfg.Backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return s.errInternal("read the chain head", err)
	}
	if indexed >= head.Number.Uint64() {
		return nil // the index is at the head: Allowed has seen every owner change
	}
	last := head.Number.Uint64()
	it, err := bind.FilterEvents(s.reg, &bind.FilterOpts{Start: indexed + 1, End: &last, Context: ctx}, s.regABI.UnpackOwnerChangedEvent, []any{meterID})
	if err != nil {
		return s.errInternal("read the meter's owner changes", err)
	}
	defer it.Close()
	changed := it.Next()
	if err := it.Error(); err != nil {
		return s.errInternal("read the meter's owner changes", err)
	}
	if changed {
		return &apiError{Status: http.StatusForbidden, Code: "forbidden",
			Message: fmt.Sprintf("meter %d changed owner after block %d, the last the consent index has followed: its grants no longer count (the new owner may grant again)", meterID, indexed)}
	}
	return nil
}

// meterFor parses :meterId, requires a caller and authorizes scope.
func (s *Server) meterFor(c *gin.Context, scope consent.Scope) (Access, bool) {
	who, ok := s.mustCaller(c)
	if !ok {
		return Access{}, false
	}
	id, err := strconv.ParseUint(c.Param("meterId"), 10, 64)
	if err != nil {
		fail(c, errBadRequest("meter id must be a number"))
		return Access{}, false
	}
	a, e := s.authorize(c.Request.Context(), who, id, scope)
	if e != nil {
		fail(c, e)
		return a, false
	}
	return a, true
}

// parseTime accepts unix seconds, YYYY-MM-DD or RFC 3339; "" is zero.
func parseTime(v string) (uint64, error) {
	if v == "" {
		return 0, nil
	}
	if n, err := strconv.ParseUint(v, 10, 64); err == nil {
		return n, nil
	}
	for _, layout := range []string{time.RFC3339, "2006-01-02"} {
		if t, err := time.Parse(layout, v); err == nil {
			if t.Unix() < 0 {
				break
			}
			return uint64(t.Unix()), nil
		}
	}
	return 0, fmt.Errorf("time %q: use unix seconds, YYYY-MM-DD or RFC 3339", v)
}

func parseBillID(v string) (*big.Int, error) {
	id, ok := new(big.Int).SetString(v, 10)
	if !ok || id.Sign() < 0 || id.BitLen() > 256 {
		return nil, fmt.Errorf("bill id %q must be a decimal number", v)
	}
	return id, nil
}
