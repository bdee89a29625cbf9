package meterfleet

import (
	"cmp"
	"container/heap"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"errors"
	"fmt"
	"io"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/meterchain/meterchain/internal/envelope"
	"github.com/meterchain/meterchain/internal/reading"
)

// Config of a simulation run.
//
// Simulated time. At Speed X the simulated clock advances X seconds per real second from Start,
// and each meter reads its registers at every Interval boundary of that clock. A reading's
// timestamp must never be ahead of the chain (the ledger rejects more than 300 s ahead), so the
// simulated clock is clamped to the wall clock: a fast simulation starts in the past (Start, by
// default one day ago when Speed > 1), catches up at X× and from then on runs in real time. Each
// meter uploads at its own fixed phase within the interval (as a head-end staggers its polling),
// which spreads the fleet's load evenly instead of a spike at every quarter hour; the timestamp
// stays the interval end.
type Config struct {
	Meters    []*Meter
	Domain    reading.Domain
	OracleKey *ecdsa.PublicKey
	// OracleP256Key is the oracle's P-256 key: P-256 meters seal to it (envelope version 2), as
	// a device with only that curve does; nil: they seal to OracleKey (version 1).
	OracleP256Key *ecdsa.PublicKey
	Sender        Sender
	Interval      time.Duration // between readings of one meter (default 15 min)
	Speed         float64       // simulated seconds per real second (default 1)
	Start         time.Time     // simulated start (default: now, or 24 h ago when Speed > 1)
	Workers       int           // parallel uploads (default 32); a meter's readings stay in order
	// Duration stops generating after this much real time and drains what is queued (0: run
	// until ctx is cancelled, which abandons uploads in flight).
	Duration time.Duration
	Progress io.Writer  // a progress line every second (nil: none)
	OnSent   func(Sent) // called once per reading after its upload finished (from a worker)
	Now      func() time.Time
}

// Sent is the outcome of one reading's upload.
type Sent struct {
	Reading     reading.Reading
	Began, Done time.Time
	Attempts    int
	Err         error // nil: the oracle holds it; *RefusedError: refused; other: gave up
}

// Stats counts a run's readings.
type Stats struct {
	Generated, Delivered, Refused, Failed, Retries atomic.Int64
}

func (s *Stats) String() string {
	return fmt.Sprintf("generated %d, delivered %d, refused %d, failed %d, retries %d",
		s.Generated.Load(), s.Delivered.Load(), s.Refused.Load(), s.Failed.Load(), s.Retries.Load())
}

// Job is one reading for the upload pipeline.
type Job struct {
	Meter    *Meter
	Reading  reading.Reading
	Detail   reading.Detail
	Envelope []byte // already signed and sealed (Prepare); nil: the pipeline signs and seals
}

func (c *Config) complete() error {
	if c.Interval <= 0 {
		c.Interval = 15 * time.Minute
	}
	if c.Speed <= 0 {
		c.Speed = 1
	}
	if c.Workers <= 0 {
		c.Workers = 32
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	if c.Start.IsZero() {
		c.Start = c.Now()
		if c.Speed > 1 {
			c.Start = c.Start.Add(-24 * time.Hour)
		}
	}
	switch {
	case c.Sender == nil:
		return errors.New("meterfleet: no sender")
	case c.OracleKey == nil:
		return errors.New("meterfleet: no oracle public key")
	case c.OracleP256Key != nil && c.OracleP256Key.Curve != elliptic.P256():
		return errors.New("meterfleet: the oracle's P-256 key is on another curve")
	case len(c.Meters) == 0:
		return errors.New("meterfleet: no meters")
	}
	return nil
}

// Clock is the simulated clock: Start + Speed × elapsed, never ahead of the wall clock.
type Clock struct {
	start, realStart time.Time
	speed            float64
	now              func() time.Time
}

// Now is the simulated time and whether it has caught up with the wall clock.
func (c Clock) Now() (time.Time, bool) {
	real := c.now()
	sim := c.start.Add(time.Duration(float64(real.Sub(c.realStart)) * c.speed))
	if !sim.Before(real) {
		return real, true
	}
	return sim, false
}

// Run simulates the fleet until ctx is cancelled or Duration has passed.
func Run(ctx context.Context, cfg Config) (*Stats, error) {
	if err := cfg.complete(); err != nil {
		return nil, err
	}
	clock := Clock{start: cfg.Start, realStart: cfg.Now(), speed: cfg.Speed, now: cfg.Now}
	interval := uint64(cfg.Interval / time.Second)
	if interval == 0 {
		return nil, errors.New("meterfleet: interval under one second")
	}
	var q dueQueue
	startTS := uint64(cfg.Start.Unix())
	for i, m := range cfg.Meters {
		b := max(startTS, m.LastTS)
		b = b - b%interval + interval // the next boundary after both
		phase := uint64(i) * interval / uint64(len(cfg.Meters))
		q = append(q, due{at: b + phase, boundary: b, meter: m})
	}
	heap.Init(&q)

	p := newPipeline(ctx, &cfg)
	genCtx := ctx
	if cfg.Duration > 0 {
		var cancel context.CancelFunc
		genCtx, cancel = context.WithTimeout(ctx, cfg.Duration)
		defer cancel()
	}
	stopProgress := p.progress(func() string {
		now, live := clock.Now()
		mode := fmt.Sprintf("catching up at %gx", cfg.Speed)
		if live {
			mode = "live"
		}
		return fmt.Sprintf("sim %s (%s)", now.UTC().Format("2006-01-02 15:04Z"), mode)
	})
	defer stopProgress()

	tick := time.NewTicker(5 * time.Millisecond)
	defer tick.Stop()
loop:
	for {
		now, _ := clock.Now()
		simNow := uint64(now.Unix())
		for q[0].at <= simNow {
			d := q[0]
			r, det := d.meter.Next(d.boundary)
			if !p.submit(genCtx, Job{Meter: d.meter, Reading: r, Detail: det}) {
				break loop
			}
			q[0].boundary += interval
			q[0].at += interval
			heap.Fix(&q, 0)
		}
		select {
		case <-genCtx.Done():
			break loop
		case <-tick.C:
		}
	}
	p.close()
	stopProgress()
	if ctx.Err() != nil {
		return p.stats, ctx.Err()
	}
	return p.stats, nil
}

// Replay uploads the given readings in order (per meter) as fast as the oracle takes them.
func Replay(ctx context.Context, cfg Config, jobs []Job) (*Stats, error) {
	if len(cfg.Meters) == 0 && len(jobs) > 0 {
		cfg.Meters = []*Meter{jobs[0].Meter}
	}
	if err := cfg.complete(); err != nil {
		return nil, err
	}
	p := newPipeline(ctx, &cfg)
	stopProgress := p.progress(func() string { return "replay" })
	for _, j := range jobs {
		if !p.submit(ctx, j) {
			break
		}
	}
	p.close()
	stopProgress()
	return p.stats, ctx.Err()
}

// pipeline signs, seals and uploads jobs on Workers goroutines; a meter always goes to the same
// worker so its readings arrive in sequence order.
type pipeline struct {
	cfg    *Config
	ctx    context.Context
	stats  *Stats
	queues []chan Job
	wg     sync.WaitGroup
}

func newPipeline(ctx context.Context, cfg *Config) *pipeline {
	p := &pipeline{cfg: cfg, ctx: ctx, stats: &Stats{}}
	for range cfg.Workers {
		q := make(chan Job, 16)
		p.queues = append(p.queues, q)
		p.wg.Add(1)
		go p.work(q)
	}
	return p
}

func (p *pipeline) submit(ctx context.Context, j Job) bool {
	p.stats.Generated.Add(1)
	select {
	case p.queues[j.Reading.MeterID%uint64(len(p.queues))] <- j:
		return true
	case <-ctx.Done():
		p.stats.Generated.Add(-1)
		return false
	}
}

func (p *pipeline) close() {
	for _, q := range p.queues {
		close(q)
	}
	p.wg.Wait()
}

func (p *pipeline) work(q <-chan Job) {
	defer p.wg.Done()
	for j := range q {
		s := Sent{Reading: j.Reading, Began: p.cfg.Now()}
		s.Err = p.upload(j, &s)
		s.Done = p.cfg.Now()
		var refused *RefusedError
		switch {
		case s.Err == nil:
			p.stats.Delivered.Add(1)
		case errors.As(s.Err, &refused):
			p.stats.Refused.Add(1)
		default:
			p.stats.Failed.Add(1)
		}
		if p.cfg.OnSent != nil {
			p.cfg.OnSent(s)
		}
	}
}

// upload signs and seals a reading and sends it, retrying transport errors with backoff until
// the context ends; a refusal is final.
func (p *pipeline) upload(j Job, s *Sent) error {
	env := j.Envelope
	if env == nil {
		var err error
		if env, err = seal(p.cfg, j); err != nil {
			return err
		}
	}
	backoff := 100 * time.Millisecond
	for {
		s.Attempts++
		err := p.cfg.Sender.Send(p.ctx, j.Reading.MeterID, env)
		var refused *RefusedError
		if err == nil || errors.As(err, &refused) || p.ctx.Err() != nil {
			return err
		}
		p.stats.Retries.Add(1)
		select {
		case <-p.ctx.Done():
			return err
		case <-time.After(backoff):
		}
		backoff = min(2*backoff, 5*time.Second)
	}
}

// progress prints a line every second on cfg.Progress until the returned func is called.
func (p *pipeline) progress(head func() string) func() {
	if p.cfg.Progress == nil {
		return func() {}
	}
	done := make(chan struct{})
	var once sync.Once
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(time.Second)
		defer t.Stop()
		var last int64
		line := func() {
			d := p.stats.Delivered.Load()
			fmt.Fprintf(p.cfg.Progress, "\r%s  delivered %d (%d/s)  refused %d  failed %d  retries %d   ",
				head(), d, d-last, p.stats.Refused.Load(), p.stats.Failed.Load(), p.stats.Retries.Load())
			last = d
		}
		for {
			select {
			case <-done:
				line()
				fmt.Fprintln(p.cfg.Progress)
				return
			case <-t.C:
				line()
			}
		}
	}()
	return func() { once.Do(func() { close(done); wg.Wait() }) }
}

// due is a meter's next upload: the reading at boundary, sent at simulated time at.
type due struct {
	at, boundary uint64
	meter        *Meter
}

type dueQueue []due

func (q dueQueue) Len() int           { return len(q) }
func (q dueQueue) Less(i, j int) bool { return q[i].at < q[j].at }
func (q dueQueue) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }
func (q *dueQueue) Push(x any)        { *q = append(*q, x.(due)) }
func (q *dueQueue) Pop() any {
	old := *q
	x := old[len(old)-1]
	*q = old[:len(old)-1]
	return x
}

// seal signs a reading with its meter's key and encrypts it to the oracle.
func seal(cfg *Config, j Job) ([]byte, error) {
	to, sig := cfg.OracleKey, []byte(nil)
	if _, ok := j.Meter.P256Key(); ok {
		s, err := reading.SignP256(j.Meter.Key, cfg.Domain, j.Reading)
		if err != nil {
			return nil, err
		}
		sig = s[:]
		if cfg.OracleP256Key != nil {
			to = cfg.OracleP256Key
		}
	} else {
		s, err := reading.Sign(j.Meter.Key, cfg.Domain, j.Reading)
		if err != nil {
			return nil, err
		}
		sig = s[:]
	}
	env, err := envelope.Seal(to, envelope.Payload{Reading: j.Reading, Detail: j.Detail, Signature: sig})
	if err != nil {
		return nil, fmt.Errorf("seal reading %d/%d: %w", j.Reading.MeterID, j.Reading.Seq, err)
	}
	return env, nil
}

// Upload is a prepared reading and when to send it, as an offset from the start of Play.
type Upload struct {
	At time.Duration
	Job
}

// Prepare computes, signs and seals up front every reading Run would send during d, on all
// cores, so that Play spends no CPU on the meters' side: in the field every meter does its own
// cryptography, and a benchmark of the oracle and the chain should not pay for it. The simulated
// clock may not reach the wall clock within d (Start + Speed × d must be in the past).
//
// Each upload is its own allocation, so that Play can let go of the ones it has sent.
func Prepare(cfg Config, d time.Duration, workers int) ([]*Upload, error) {
	if err := cfg.complete(); err != nil {
		return nil, err
	}
	interval := uint64(cfg.Interval / time.Second)
	if interval == 0 {
		return nil, errors.New("meterfleet: interval under one second")
	}
	simStart := cfg.Start.Unix()
	simEnd := cfg.Start.Add(time.Duration(float64(d) * cfg.Speed))
	if simEnd.After(cfg.Now()) {
		return nil, fmt.Errorf("meterfleet: the simulated clock would pass the wall clock (start %s earlier)", simEnd.Sub(cfg.Now()))
	}
	var ups []*Upload
	for i, m := range cfg.Meters {
		b := max(uint64(simStart), m.LastTS)
		b = b - b%interval + interval
		phase := uint64(i) * interval / uint64(len(cfg.Meters))
		for ; int64(b+phase) <= simEnd.Unix(); b += interval {
			r, det := m.Next(b)
			at := time.Duration(float64(int64(b+phase)-simStart) / cfg.Speed * float64(time.Second))
			ups = append(ups, &Upload{At: at, Job: Job{Meter: m, Reading: r, Detail: det}})
		}
	}
	sort.SliceStable(ups, func(i, j int) bool { return ups[i].At < ups[j].At })
	var next atomic.Int64
	var firstErr error
	var mu sync.Mutex
	var wg sync.WaitGroup
	for range max(1, workers) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1) - 1); i < len(ups); i = int(next.Add(1) - 1) {
				env, err := seal(&cfg, ups[i].Job)
				if err != nil {
					mu.Lock()
					firstErr = cmp.Or(firstErr, err)
					mu.Unlock()
					return
				}
				ups[i].Envelope = env
			}
		}()
	}
	wg.Wait()
	return ups, firstErr
}

// Play sends prepared uploads at their times (a meter's readings in order), then drains. It
// clears ups as it goes, so memory is returned during the run.
func Play(ctx context.Context, cfg Config, ups []*Upload) (*Stats, error) {
	if err := cfg.complete(); err != nil {
		return nil, err
	}
	p := newPipeline(ctx, &cfg)
	stopProgress := p.progress(func() string { return fmt.Sprintf("prepared readings (%d)", len(ups)) })
	start := cfg.Now()
	for i := range ups {
		u := ups[i]
		ups[i] = nil // the pipeline holds it now; let the collector have it once sent
		if wait := u.At - cfg.Now().Sub(start); wait > 0 {
			t := time.NewTimer(wait)
			select {
			case <-ctx.Done():
				t.Stop()
			case <-t.C:
			}
		}
		if !p.submit(ctx, u.Job) {
			break
		}
	}
	p.close()
	stopProgress()
	return p.stats, ctx.Err()
}
