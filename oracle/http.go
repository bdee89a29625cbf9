package oracle

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gin-gonic/gin"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/meterchain/meterchain/internal/anchorchain"
	"github.com/meterchain/meterchain/internal/envelope"
	"github.com/meterchain/meterchain/internal/stored"
	"github.com/meterchain/meterchain/oracle/store"
)

// MaxBatch is the most envelopes one POST /v1/readings:batch takes.
const MaxBatch = 1000

func (s *Service) router() *gin.Engine {
	gin.SetMode(gin.ReleaseMode)
	r := gin.New()
	// An API answers in JSON: no HTML redirect for a trailing slash, a JSON 404 for unknown paths.
	r.RedirectTrailingSlash, r.RedirectFixedPath = false, false
	// X-Forwarded-For / X-Real-IP name the client only when a configured proxy sends them;
	// from anyone else they are ignored (they would let a client pick its own rate-limit source).
	_ = r.SetTrustedProxies(s.cfg.TrustedProxies) // checked by Config.check
	r.NoRoute(func(c *gin.Context) {
		abort(c, &apiError{Status: http.StatusNotFound, Code: "not_found",
			Message: "no such endpoint: " + c.Request.Method + " " + c.Request.URL.Path})
	})
	r.Use(gin.Recovery())
	// The oracle's own answers must be written within HTTPWriteTimeout (a client that does not
	// read cannot hold its connection). Set per route, not on the server: routes mounted beside
	// (the portal's live event stream) keep their connection open on purpose.
	o := r.Group("", func(c *gin.Context) {
		_ = http.NewResponseController(c.Writer).SetWriteDeadline(time.Now().Add(s.cfg.HTTPWriteTimeout))
	})
	o.POST("/v1/readings", s.postReading)
	o.POST("/v1/readings:batch", s.postBatch)
	o.POST("/v1/ocmf", s.postOcmf)
	o.GET("/v1/readings/:id", s.getReading)
	o.GET("/v1/meters/:meterId/status", s.getMeterStatus)
	o.GET("/v1/meters/:meterId/readings", s.getMeterReadings)
	o.GET("/v1/oracle", s.getOracle)
	o.GET(anchorchain.DataPath+":dataHash", s.getAnchorData)
	o.GET("/healthz", func(c *gin.Context) { c.JSON(http.StatusOK, gin.H{"status": "ok"}) })
	o.GET("/metrics", gin.WrapH(promhttp.HandlerFor(s.metrics.reg, promhttp.HandlerOpts{})))
	if s.cfg.Routes != nil {
		s.cfg.Routes(r)
	}
	return r
}

func abort(c *gin.Context, e *apiError) {
	c.AbortWithStatusJSON(e.Status, gin.H{"error": e})
}

// readBody reads at most limit bytes (http.MaxBytesReader stops the client there); a longer
// body is refused, its head quarantined.
func (s *Service) readBody(c *gin.Context, limit int64) ([]byte, *apiError) {
	raw, err := io.ReadAll(http.MaxBytesReader(c.Writer, c.Request.Body, limit))
	var tooLarge *http.MaxBytesError
	if errors.As(err, &tooLarge) {
		e := &apiError{Status: http.StatusRequestEntityTooLarge, Code: "too_large", quarantine: true,
			Message: "the body is over the " + strconv.FormatInt(limit, 10) + " byte limit"}
		_, e = s.wait(s.refuseRaw(httpOrigin(c), raw, e))
		return nil, e
	}
	if err != nil {
		return nil, errMalformed("reading the request body: " + err.Error())
	}
	return raw, nil
}

func httpOrigin(c *gin.Context) origin { return origin{transport: "http", remote: c.ClientIP()} }

// postReading: POST /v1/readings, one envelope as the raw JSON body; 202 once stored.
func (s *Service) postReading(c *gin.Context) {
	raw, e := s.readBody(c, envelope.MaxSize)
	if e != nil {
		abort(c, e)
		return
	}
	res, e := s.ingest(c.Request.Context(), httpOrigin(c), raw)
	if e != nil {
		abort(c, e)
		return
	}
	c.JSON(http.StatusAccepted, res)
}

// batchItem is one answer of a batch: the result or the error, at the envelope's index.
type batchItem struct {
	Index   int       `json:"index"`
	*Result           // set when stored
	Error   *apiError `json:"error,omitempty"`
}

// postBatch: POST /v1/readings:batch, a JSON array of envelopes (a gateway's backlog). Answers
// 200 with one result per envelope, in order; the stored ones are committed when it answers.
func (s *Service) postBatch(c *gin.Context) {
	raw, e := s.readBody(c, MaxBatch*envelope.MaxSize)
	if e != nil {
		abort(c, e)
		return
	}
	var items []json.RawMessage
	if err := json.Unmarshal(raw, &items); err != nil {
		_, e := s.wait(s.refuseRaw(httpOrigin(c), raw, errMalformed("the body must be a JSON array of envelopes: "+err.Error())))
		abort(c, e)
		return
	}
	if len(items) > MaxBatch {
		abort(c, &apiError{Status: http.StatusRequestEntityTooLarge, Code: "too_large",
			Message: "at most " + strconv.Itoa(MaxBatch) + " envelopes per batch"})
		return
	}
	o := httpOrigin(c)
	tickets := make([]*ticket, len(items))
	for i, it := range items {
		tickets[i] = s.submit(c.Request.Context(), o, it)
	}
	out := make([]batchItem, len(items))
	for i, t := range tickets {
		res, e := s.wait(t)
		out[i] = batchItem{Index: i, Error: e}
		if e == nil {
			out[i].Result = &res
		}
	}
	c.JSON(http.StatusOK, gin.H{"results": out})
}

// refuseRaw quarantines input that is not even a list of envelopes, within its source's budget.
func (s *Service) refuseRaw(o origin, raw []byte, e *apiError) *ticket {
	if !s.charge(o).takeNow() {
		e = errDropped(o.source())
		s.metrics.refused.WithLabelValues(e.Code).Inc()
		return &ticket{err: e}
	}
	s.metrics.refused.WithLabelValues(e.Code).Inc()
	t := &ticket{err: e, done: make(chan jobResult, 1)}
	q := store.Quarantined{Source: o.transport, Remote: o.remote, Code: e.Code, Message: e.Message, Raw: raw}
	if err := s.enqueue(job{q: &q, done: t.done}); err != nil {
		return &ticket{err: errUnavailable(err)}
	}
	return t
}

func badParam(c *gin.Context, name, msg string) {
	abort(c, &apiError{Status: http.StatusBadRequest, Code: "bad_parameter", Message: name + ": " + msg})
}

func (s *Service) getReading(c *gin.Context) {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		badParam(c, "id", "a reading id is a positive integer")
		return
	}
	r, err := s.store.Reading(c.Request.Context(), id)
	if errors.Is(err, store.ErrNotFound) {
		abort(c, &apiError{Status: http.StatusNotFound, Code: "not_found", Message: err.Error()})
		return
	}
	if err != nil {
		abort(c, errUnavailable(err))
		return
	}
	c.JSON(http.StatusOK, r)
}

func meterParam(c *gin.Context) (uint64, bool) {
	id, err := strconv.ParseUint(c.Param("meterId"), 10, 64)
	if err != nil {
		badParam(c, "meterId", "a meter id is a 9-digit number")
		return 0, false
	}
	return id, true
}

func (s *Service) getMeterStatus(c *gin.Context) {
	id, ok := meterParam(c)
	if !ok {
		return
	}
	st, err := s.store.MeterStatus(c.Request.Context(), id)
	if err != nil {
		abort(c, errUnavailable(err))
		return
	}
	c.JSON(http.StatusOK, st)
}

// getAnchorData: GET /v1/anchored/data/:dataHash, the data of a batch this oracle anchored in
// blobs (application/octet-stream). Whoever fetches it checks it against the batch's versioned
// hashes (anchor.DataOfBlobs), so it is served to anyone.
func (s *Service) getAnchorData(c *gin.Context) {
	raw := c.Param("dataHash")
	if len(raw) != 66 || !strings.HasPrefix(raw, "0x") {
		badParam(c, "dataHash", "a batch's dataHash is 0x and 64 hex digits")
		return
	}
	h := common.HexToHash(raw)
	if h.Hex() != strings.ToLower(raw) {
		badParam(c, "dataHash", "a batch's dataHash is 0x and 64 hex digits")
		return
	}
	data, err := s.store.AnchorData(c.Request.Context(), h)
	if errors.Is(err, store.ErrNoAnchorData) {
		abort(c, &apiError{Status: http.StatusNotFound, Code: "not_found", Message: "this oracle anchored no blob batch with that dataHash"})
		return
	}
	if err != nil {
		abort(c, errUnavailable(err))
		return
	}
	c.Data(http.StatusOK, "application/octet-stream", data)
}

// getMeterReadings: GET /v1/meters/:meterId/readings?from=&to=&limit=&offset= (unix seconds).
func (s *Service) getMeterReadings(c *gin.Context) {
	id, ok := meterParam(c)
	if !ok {
		return
	}
	// The first bad parameter is answered; the rest are not read (one error body, not several).
	bad := false
	num := func(name string, def uint64) uint64 {
		v := c.Query(name)
		if v == "" || bad {
			return def
		}
		n, err := strconv.ParseUint(v, 10, 64)
		if err != nil {
			badParam(c, name, "not a non-negative integer")
			bad = true
			return 0
		}
		return n
	}
	from, to, limit, offset := num("from", 0), num("to", 0), num("limit", 100), num("offset", 0)
	if bad {
		return
	}
	if limit > 1000 {
		limit = 1000
	}
	rs, err := s.store.MeterReadings(c.Request.Context(), id, from, to, int(limit), int(offset))
	if err != nil {
		abort(c, errUnavailable(err))
		return
	}
	if rs == nil {
		rs = []stored.Reading{}
	}
	c.JSON(http.StatusOK, gin.H{"readings": rs})
}

// envelopeVersions are the envelope versions this oracle decrypts.
func (s *Service) envelopeVersions() []int {
	if s.cfg.OracleP256Key == nil {
		return []int{envelope.VersionSecp256k1}
	}
	return []int{envelope.VersionSecp256k1, envelope.VersionP256}
}

// getOracle: GET /v1/oracle, what a meter client needs to talk to this oracle.
func (s *Service) getOracle(c *gin.Context) {
	d := s.cfg.Deployment
	info := gin.H{
		"oraclePublicKey": s.OraclePublicKey(),
		"chainId":         d.ChainID,
		"readingLedger":   d.ReadingLedger,
		"meterRegistry":   d.MeterRegistry,
		"relayer":         s.txm.From(),
		"envelopeVersion": envelope.VersionSecp256k1,
		// A P-256-only device encrypts to this key with envelope version 2 (omitted: none).
		"oracleP256PublicKey": s.OracleP256PublicKey(),
		"envelopeVersions":    s.envelopeVersions(),
		"mqttTopic":           mqttTopic,
	}
	if d.Anchored() {
		info["anchoredLedger"] = d.AnchoredLedger // meters sign for this ledger's domain
	}
	c.JSON(http.StatusOK, info)
}
