package oracle

import (
	"context"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common/lru"
	"golang.org/x/time/rate"
)

// buckets are token buckets by key (a meter, a source address), at most max of them: the least
// recently used is forgotten first, so an outsider inventing keys costs a bounded amount of
// memory (and, forgotten, its key only gets a fresh bucket of the same small size).
type buckets struct {
	rps   rate.Limit
	burst int
	mu    sync.Mutex
	lru   lru.BasicLRU[string, *rate.Limiter]
}

func newBuckets(rps float64, burst, max int) *buckets {
	return &buckets{rps: rate.Limit(rps), burst: burst, lru: lru.NewBasicLRU[string, *rate.Limiter](max)}
}

// reserve takes one token from key's bucket; nil when the limit is off.
func (b *buckets) reserve(key string, now time.Time) *rate.Reservation {
	if b.rps <= 0 {
		return nil
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	l, ok := b.lru.Get(key)
	if !ok {
		l = rate.NewLimiter(b.rps, b.burst)
		b.lru.Add(key, l)
	}
	return l.ReserveN(now, 1)
}

// available says whether key's bucket holds a token now, without taking it.
func (b *buckets) available(key string, now time.Time) bool {
	if b.rps <= 0 {
		return true
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	l, ok := b.lru.Peek(key)
	return !ok || l.TokensAt(now) >= 1
}

// spend admits one unit of work charged to every reservation given. Without wait, work that
// would have to wait is refused and its tokens are given back; with wait (MQTT, where a refusal
// cannot reach the meter) it waits its turn, or until ctx ends.
func spend(ctx context.Context, wait bool, now time.Time, rs ...*rate.Reservation) bool {
	var delay time.Duration
	ok := true
	for _, r := range rs {
		if r == nil {
			continue
		}
		if !r.OK() {
			ok = false
			continue
		}
		delay = max(delay, r.DelayFrom(now))
	}
	if ok && delay == 0 {
		return true
	}
	refuse := func() bool {
		for _, r := range rs {
			if r != nil {
				r.CancelAt(now)
			}
		}
		return false
	}
	if !ok || !wait {
		return refuse()
	}
	t := time.NewTimer(delay)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-ctx.Done():
		return refuse()
	}
}

// limits are the oracle's budgets: an authenticated reading is charged to its meter; anything
// else (input that does not decrypt or verify, a meter the oracle has to ask the registry
// about, a reading stored unverified, a replay) is charged to its source and to the total of
// all sources. Junk therefore exhausts junk's budget, never an honest meter's.
type limits struct {
	meters  *buckets
	sources *buckets
	total   *rate.Limiter // nil when off
}

func newLimits(c *Config) *limits {
	l := &limits{meters: newBuckets(c.RatePerSecond, c.RateBurst, c.LimiterEntries),
		sources: newBuckets(c.UnauthPerSecond, c.UnauthBurst, c.LimiterEntries)}
	if c.UnauthTotalPerSecond > 0 {
		l.total = rate.NewLimiter(rate.Limit(c.UnauthTotalPerSecond), c.UnauthTotalBurst)
	}
	return l
}

// charge is the unauthenticated budget of one input, taken at most once: when the input turns
// out not to be an authenticated new reading (junk, unknown meter, wrong key, replay, stored
// unverified). Registry reads for meters not cached are free while the source has budget left
// (a gateway's or a fleet's first readings cost nothing); once junk has spent it, they pay first.
type charge struct {
	ctx    context.Context
	l      *limits
	source string
	wait   bool
	taken  bool
	ok     bool
}

func (c *charge) take() bool { return c.takeOnce(c.wait) }

// takeNow is take that never waits, for input nothing honest needs kept: refused input (only its
// quarantine record is at stake) and replays. Over MQTT a topic's messages are handled in order,
// so junk waiting for its source's budget would hold up the meter's own readings behind it.
func (c *charge) takeNow() bool { return c.takeOnce(false) }

func (c *charge) takeOnce(wait bool) bool {
	if !c.taken {
		c.taken = true
		now := time.Now()
		var total *rate.Reservation
		if c.l.total != nil {
			total = c.l.total.ReserveN(now, 1)
		}
		c.ok = spend(c.ctx, wait, now, c.l.sources.reserve(c.source, now), total)
	}
	return c.ok
}

// admit says whether the oracle may ask the registry for this input: yes while its source and
// the total have budget left; otherwise only by paying now (waiting, over MQTT).
func (c *charge) admit() bool {
	if c.taken {
		return c.ok
	}
	now := time.Now()
	if c.l.sources.available(c.source, now) && (c.l.total == nil || c.l.total.TokensAt(now) >= 1) {
		return true
	}
	return c.take()
}

// meter admits one new authenticated reading of a meter against its own budget.
func (c *charge) meter(key string) bool {
	now := time.Now()
	return spend(c.ctx, c.wait, now, c.l.meters.reserve(key, now))
}
