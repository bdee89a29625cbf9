package oracle

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/meterchain/meterchain/internal/envelope"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/internal/stored"
	"github.com/meterchain/meterchain/oracle/store"
)

// apiError is a refusal with its HTTP status and a stable machine-readable code. The same codes
// are answered over CoAP and logged for MQTT.
type apiError struct {
	Status     int    `json:"-"`
	Code       string `json:"code"`
	Message    string `json:"message"`
	quarantine bool   // keep the raw input in the quarantine table
	// dropped: input refused anyway (or a replay) over its source's budget, not kept; over MQTT
	// it is acknowledged, since delivering it again could change nothing.
	dropped bool
}

func (e *apiError) Error() string { return e.Code + ": " + e.Message }

func errMalformed(msg string) *apiError {
	return &apiError{Status: http.StatusBadRequest, Code: "malformed", Message: msg, quarantine: true}
}
func errUndecryptable(msg string) *apiError {
	return &apiError{Status: http.StatusBadRequest, Code: "undecryptable", Message: msg, quarantine: true}
}
func errInconsistent(msg string) *apiError {
	return &apiError{Status: http.StatusBadRequest, Code: "inconsistent", Message: msg, quarantine: true}
}
func errBadSignature(msg string) *apiError {
	return &apiError{Status: http.StatusUnprocessableEntity, Code: "bad_signature", Message: msg, quarantine: true}
}
func errUnknownMeter(id uint64) *apiError {
	return &apiError{Status: http.StatusUnprocessableEntity, Code: "unknown_meter",
		Message: fmt.Sprintf("meter %d is not registered", id), quarantine: true}
}
func errDuplicate(id int64, msg string) *apiError {
	if id != 0 {
		msg = fmt.Sprintf("%s (reading %d)", msg, id)
	}
	return &apiError{Status: http.StatusConflict, Code: "duplicate", Message: msg, quarantine: true}
}
func errSeqConflict(id int64, seq uint64) *apiError {
	return &apiError{Status: http.StatusConflict, Code: "seq_conflict", quarantine: true,
		Message: fmt.Sprintf("a different reading with seq %d is already stored (reading %d); seq must increase with every reading", seq, id)}
}
func errRateLimited(source string) *apiError {
	return &apiError{Status: http.StatusTooManyRequests, Code: "rate_limited",
		Message: "too many readings from " + source + "; retry later"}
}
func errDropped(source string) *apiError {
	e := errRateLimited(source)
	e.dropped = true
	return e
}
func errUnavailable(err error) *apiError {
	return &apiError{Status: http.StatusServiceUnavailable, Code: "unavailable",
		Message: "the reading could not be stored; retry later (" + err.Error() + ")"}
}

// Result is the answer to an accepted-for-relay reading: stored, not yet on the ledger.
type Result struct {
	ID       int64    `json:"id"`
	Status   string   `json:"status"` // "received"
	MeterID  uint64   `json:"meterId"`
	Seq      uint64   `json:"seq"`
	Verified bool     `json:"verified"`           // false: stored while the chain was unreachable, verified before relaying
	Expected string   `json:"expected,omitempty"` // the ledger decision the oracle predicts ("accepted" or the reason)
	Quality  []string `json:"quality,omitempty"`  // quality flags of the detail record
}

// origin says where an envelope came from.
type origin struct {
	transport string  // http | mqtt | coap
	remote    string  // remote address, or the MQTT topic
	meterID   *uint64 // the meter the transport names (MQTT topic), checked against the envelope
	badTopic  string  // why the MQTT topic is not meters/<meterId>/readings ("" when it is)
	// wait, when set, makes input over a budget wait its turn until wait ends instead of being
	// refused (MQTT: a refusal would never reach the meter; the broker holds what follows).
	wait context.Context
}

// source is who pays for unauthenticated work: the remote address (HTTP: the client's, through
// trusted proxies only; CoAP: without the port, which costs nothing to change), or the MQTT topic
// (the broker authenticates the publisher).
func (o origin) source() string {
	if o.transport == "mqtt" {
		return "topic " + o.remote
	}
	return "address " + o.remote
}

func (s *Service) charge(o origin) *charge {
	c := &charge{ctx: o.wait, l: s.limit, source: o.source(), wait: o.wait != nil}
	if c.ctx == nil {
		c.ctx = context.Background()
	}
	return c
}

// ticket is an envelope on its way into the store: submit decides and queues its write, wait
// returns the answer once the write is committed. Submitting several tickets from one goroutine
// stores them in that order, which keeps a meter's readings in seq order through a batch request
// or an MQTT session.
type ticket struct {
	res       Result
	err       *apiError
	done      chan jobResult // nil when no write is pending
	reading   bool           // the write stores a reading (else it quarantines refused input)
	meterID   uint64
	seq       uint64
	advanced  bool // the validator's tip counts this reading
	expected  reading.Reason
	transport string
}

// ingest takes one raw envelope from any transport to the store and answers once it is committed.
func (s *Service) ingest(ctx context.Context, o origin, raw []byte) (Result, *apiError) {
	return s.wait(s.submit(ctx, o, raw))
}

func (s *Service) submit(ctx context.Context, o origin, raw []byte) *ticket {
	start := time.Now()
	t := &ticket{transport: o.transport}
	c := s.charge(o)
	fail := func(e *apiError) *ticket {
		var head struct {
			MeterID *uint64 `json:"meter_id"`
		}
		if e.quarantine {
			_ = json.Unmarshal(raw, &head) // best effort: the quarantine record names the meter if it can
		}
		return s.refuse(t, c, o, head.MeterID, raw, start, e)
	}
	if o.badTopic != "" {
		return fail(errMalformed(o.badTopic))
	}

	_, p, err := envelope.Open(s.eciesKeys, raw)
	switch {
	case errors.Is(err, envelope.ErrUndecryptable):
		return fail(errUndecryptable(err.Error()))
	case errors.Is(err, envelope.ErrInconsistent):
		return fail(errInconsistent(err.Error()))
	case err != nil:
		return fail(errMalformed(err.Error()))
	}
	if o.meterID != nil && *o.meterID != p.Reading.MeterID {
		return fail(errInconsistent(fmt.Sprintf("the topic names meter %d, the envelope meter %d", *o.meterID, p.Reading.MeterID)))
	}
	if p.Reading.Seq == 0 {
		// The ledger never accepts seq 0 (its state starts there); refusing it keeps (meter, seq)
		// a meaningful key.
		return fail(errMalformed("seq must be at least 1"))
	}

	vd := s.valid.check(ctx, p, c)
	if vd.refuse != nil {
		return fail(vd.refuse)
	}
	if a := s.relay.anchored; a != nil && vd.verified {
		a.rememberSigner(p.Reading, p.Sig(), vd.signer)
	}
	nr := store.NewReading{Reading: p.Reading, Detail: p.Detail, Signature: p.Sig(), Quality: vd.quality,
		Source: o.transport, Verified: vd.verified, Expected: vd.expected, ReceivedAt: start}
	q := store.Quarantined{ReceivedAt: start, Source: o.transport, Remote: o.remote, MeterID: &p.Reading.MeterID, Raw: raw}
	t.reading, t.meterID, t.seq = true, p.Reading.MeterID, p.Reading.Seq
	t.advanced, t.expected = vd.expected == reading.Accepted, vd.expected
	t.res = Result{Status: string(stored.Received), MeterID: p.Reading.MeterID, Seq: p.Reading.Seq,
		Verified: vd.verified, Quality: vd.quality.Names()}
	if vd.expected != stored.NotPredicted {
		t.res.Expected = vd.expected.String()
	}
	t.done = make(chan jobResult, 1)
	if err := s.enqueue(job{r: &nr, q: &q, done: t.done}); err != nil {
		t.done = nil
		t.err = errUnavailable(err)
		if t.advanced {
			s.valid.forget(t.meterID)
		}
	}
	return t
}

// refuse answers t with e and, for a refusal that keeps its input, quarantines raw (naming
// meterID if known) within the source's budget.
func (s *Service) refuse(t *ticket, c *charge, o origin, meterID *uint64, raw []byte, start time.Time, e *apiError) *ticket {
	if e.quarantine && !c.takeNow() {
		e = errDropped(c.source) // over the source's budget: not even kept
	}
	s.metrics.refused.WithLabelValues(e.Code).Inc()
	t.err = e
	if e.quarantine {
		q := store.Quarantined{ReceivedAt: start, Source: o.transport, Remote: o.remote, MeterID: meterID,
			Code: e.Code, Message: e.Message, Raw: raw}
		t.done = make(chan jobResult, 1)
		if err := s.enqueue(job{q: &q, done: t.done}); err != nil {
			t.done, t.err = nil, errUnavailable(err)
		}
	}
	return t
}

// wait returns the ticket's answer once its write is committed.
func (s *Service) wait(t *ticket) (Result, *apiError) {
	if t.done == nil {
		return t.res, t.err
	}
	r := <-t.done
	if !t.reading {
		if r.err != nil {
			return Result{}, errUnavailable(r.err)
		}
		return Result{}, t.err
	}
	if t.advanced && (r.err != nil || r.Duplicate || r.Conflict) {
		s.valid.forget(t.meterID) // the tip counted a reading that was not stored
	}
	switch {
	case r.err != nil:
		return Result{}, errUnavailable(r.err)
	case r.Duplicate:
		s.metrics.refused.WithLabelValues("duplicate").Inc()
		return Result{}, errDuplicate(r.ID, "this reading is already stored")
	case r.Unverified:
		return Result{}, errUnavailable(fmt.Errorf("a reading with seq %d that the registry could not verify yet is stored; retry once it answers", t.seq))
	case r.Conflict:
		s.metrics.refused.WithLabelValues("seq_conflict").Inc()
		return Result{}, errSeqConflict(r.ID, t.seq)
	}
	if r.Displaced != 0 {
		s.log.Warn("a verified reading replaced an unverified one with its seq", "meter", t.meterID, "seq", t.seq, "displaced", r.Displaced)
		s.metrics.refused.WithLabelValues("displaced_unverified").Inc()
	}
	s.metrics.received.WithLabelValues(t.transport).Inc()
	s.relay.wake()
	t.res.ID = r.ID
	return t.res, nil
}

// job is one write for the group committer: a reading (with the quarantine record to keep if it
// turns out to be a duplicate) or a quarantine record alone.
type job struct {
	r    *store.NewReading
	q    *store.Quarantined
	ocmf []byte // the raw OCMF record r reports (nil: an envelope's reading)
	done chan jobResult
}

type jobResult struct {
	store.Insert
	err error
}

// enqueue hands a job to the group committer; the answer arrives on j.done once committed.
func (s *Service) enqueue(j job) error {
	s.jobMu.RLock()
	defer s.jobMu.RUnlock()
	if s.jobsClosed || s.writerDone == nil {
		return errors.New("the oracle is not running")
	}
	s.jobs <- j // the writer drains the queue until Stop closes it, so this never blocks for long
	return nil
}

// A commit (its WAL frames, its fsync, a statement prepared) costs about the same for a few
// readings as for one, so the writer waits for more jobs after the first, up to groupLinger,
// until it has maxGroup: at 2,000 readings/s, 2 ms made groups of about four and the commits
// half the writer's CPU, and at 10 ms the fsyncs alone still cost 19 µs a reading in bench
// ingest (6 at 25 ms). A full group ends the wait early when readings come fast: a closed loop
// of clients (bench anchor's at 6,500/s) sends no faster than it is answered. 25 ms is still
// nothing next to a block. queuedJobs bounds the jobs waiting for the writer (and the MQTT
// messages outstanding).
const (
	maxGroup    = 64
	groupLinger = 25 * time.Millisecond
	queuedJobs  = 4096
)

// writer is the group committer: it takes up to maxGroup jobs waiting and stores them in one
// SQLite transaction, so one fsync covers many readings; it exits once Stop closed the queue and
// everything queued is committed.
func (s *Service) writer() {
	defer close(s.writerDone)
	group := make([]job, 0, maxGroup)
	linger := time.NewTimer(groupLinger)
	for j := range s.jobs {
		group = append(group[:0], j)
		linger.Reset(groupLinger)
	fill:
		for len(group) < maxGroup {
			select {
			case j, ok := <-s.jobs:
				if !ok {
					break fill
				}
				group = append(group, j)
			case <-linger.C:
				break fill
			}
		}
		linger.Stop()
		s.commitGroup(group)
	}
}

func (s *Service) commitGroup(group []job) {
	results := make([]jobResult, len(group))
	var evicted int64
	err := func() error {
		tx, err := s.store.DB().Begin()
		if err != nil {
			return err
		}
		defer tx.Rollback()
		in, err := store.NewInserter(tx)
		if err != nil {
			return err
		}
		defer in.Close()
		quarantine := func(q store.Quarantined) error {
			_, n, err := store.QuarantineTx(tx, q, s.quarantineBounds)
			evicted += n
			return err
		}
		for i, j := range group {
			if j.r == nil {
				if err := quarantine(*j.q); err != nil {
					return err
				}
				continue
			}
			ins, err := in.Insert(*j.r)
			if err != nil {
				return err
			}
			results[i].Insert = ins
			if j.ocmf != nil && !ins.Duplicate && !ins.Conflict {
				if err := store.AddOcmfTx(tx, ins.ID, j.ocmf); err != nil {
					return err
				}
			}
			if ins.Duplicate || ins.Conflict && !ins.Unverified {
				q := *j.q
				q.Code, q.Message = "duplicate", "this reading is already stored"
				if ins.Conflict {
					q.Code, q.Message = "seq_conflict", "a different reading with this seq is already stored"
				}
				if err := quarantine(q); err != nil {
					return err
				}
			}
		}
		if err := in.Close(); err != nil {
			return err
		}
		return tx.Commit()
	}()
	s.metrics.groupSize.Observe(float64(len(group)))
	if err == nil {
		s.metrics.quarantineEvicted.Add(float64(evicted))
	}
	for i, j := range group {
		if err != nil {
			results[i] = jobResult{err: fmt.Errorf("store: %w", err)}
		}
		j.done <- results[i]
	}
}
