package attack

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/json"
	"io"
	mrand "math/rand/v2"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/meterchain/meterchain/internal/envelope"
	"github.com/meterchain/meterchain/internal/sim/meterfleet"
)

// Attack kinds, as counted in Result.AttackByKind.
const (
	kindForged     = "forged"
	kindForgedMQTT = "forged_mqtt"
	kindRandomID   = "random_id"
	kindOversized  = "oversized"
	kindNonArray   = "non_array"
	kindSlow       = "slow_conn"
	kindNonce      = "nonce"
)

// attackers are the outsiders: no keys, only the oracle's and the portal's public addresses;
// each connection of theirs leaves from an address of its own (sources.go).
type attackers struct {
	st      *stack
	cfg     Config
	mqtt    *meterfleet.MQTTSender
	mu      sync.Mutex
	clients []*http.Client
	addrs   int // attacker addresses handed out
	n       map[string]*atomic.Int64
	wg      sync.WaitGroup
}

func newAttackers(st *stack, cfg Config) *attackers {
	a := &attackers{st: st, cfg: cfg, n: map[string]*atomic.Int64{}}
	for _, k := range []string{kindForged, kindForgedMQTT, kindRandomID, kindOversized, kindNonArray, kindSlow, kindNonce} {
		a.n[k] = new(atomic.Int64)
	}
	return a
}

// start launches every attack; they run until ctx ends.
func (a *attackers) start(ctx context.Context) {
	honest := a.st.fleet
	targets := honest
	if n := a.cfg.ForgedTargets; n > 0 && n < len(honest) {
		targets = honest[:n]
	}
	oracleURL := a.st.baseURL
	a.paced(ctx, kindForged, a.cfg.ForgedRate, func(ctx context.Context, c *http.Client) {
		post(ctx, c, oracleURL+"/v1/readings", forgedEnvelope(targets[mrand.IntN(len(targets))].ID))
	})
	a.paced(ctx, kindRandomID, a.cfg.RandomIDRate, func(ctx context.Context, c *http.Client) {
		post(ctx, c, oracleURL+"/v1/readings", forgedEnvelope(100_000_000+mrand.Uint64N(900_000_000)))
	})
	oversized := append([]byte("["), bytes.Repeat([]byte(`{"v":1},`), a.cfg.OversizedBytes/8)...)
	a.paced(ctx, kindOversized, a.cfg.OversizedRate, func(ctx context.Context, c *http.Client) {
		post(ctx, c, oracleURL+"/v1/readings:batch", oversized)
	})
	nonArray := []byte(`{"readings":"` + strings.Repeat("A", 64<<10) + `"}`)
	a.paced(ctx, kindNonArray, a.cfg.NonArrayRate, func(ctx context.Context, c *http.Client) {
		post(ctx, c, oracleURL+"/v1/readings:batch", nonArray)
	})
	a.paced(ctx, kindNonce, a.cfg.NonceRate, func(ctx context.Context, c *http.Client) {
		post(ctx, c, oracleURL+"/v1/auth/nonce", nil)
	})
	if a.cfg.ForgedMQTTRate > 0 {
		mq, err := meterfleet.NewMQTTSender(ctx, a.st.broker.URL(), "bench-attacker")
		if err == nil {
			a.mqtt = mq
			a.paced(ctx, kindForgedMQTT, a.cfg.ForgedMQTTRate, func(ctx context.Context, _ *http.Client) {
				id := targets[mrand.IntN(len(targets))].ID
				_ = mq.Send(ctx, id, forgedEnvelope(id))
			})
		}
	}
	for i := range a.cfg.SlowConns {
		from := a.addr()
		a.wg.Add(1)
		go func() {
			defer a.wg.Done()
			a.slow(ctx, from, a.st.svc.HTTPAddr(), i%2 == 0)
		}()
	}
}

// wait waits for every attacker to stop (after ctx ended).
func (a *attackers) wait() {
	a.wg.Wait()
	if a.mqtt != nil {
		a.mqtt.Close()
	}
	for _, c := range a.clients {
		c.CloseIdleConnections()
	}
}

// addr is a fresh attacker address.
func (a *attackers) addr() *net.TCPAddr {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.addrs++
	return sourceAddr(attackerNet, a.addrs-1)
}

func (a *attackers) counts() map[string]int64 {
	out := map[string]int64{}
	for k, n := range a.n {
		out[k] = n.Load()
	}
	return out
}

func (a *attackers) total() int64 {
	var t int64
	for _, n := range a.n {
		t += n.Load()
	}
	return t
}

// paced calls fn rate times a second on AttackConns goroutines, each with a client of its own
// address; a call due while every goroutine is busy is skipped.
func (a *attackers) paced(ctx context.Context, kind string, rate float64, fn func(context.Context, *http.Client)) {
	if rate <= 0 {
		return
	}
	due := make(chan struct{})
	for range a.cfg.AttackConns {
		c := clientFrom(a.addr(), 1, 10*time.Second)
		a.mu.Lock()
		a.clients = append(a.clients, c)
		a.mu.Unlock()
		a.wg.Add(1)
		go func() {
			defer a.wg.Done()
			for {
				select {
				case <-ctx.Done():
					return
				case <-due:
					fn(ctx, c)
					a.n[kind].Add(1)
				}
			}
		}()
	}
	a.wg.Add(1)
	go func() {
		defer a.wg.Done()
		const tick = 10 * time.Millisecond
		t := time.NewTicker(tick)
		defer t.Stop()
		credit := 0.0
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
			credit = min(credit+rate*tick.Seconds(), rate) // at most a second's worth owed
			for ; credit >= 1; credit-- {
				select {
				case due <- struct{}{}:
				default: // every connection busy: skipped
				}
			}
		}
	}()
}

// post sends body and discards the answer: an attacker reads nothing.
func post(ctx context.Context, client *http.Client, url string, body []byte) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := client.Do(req)
	if err != nil {
		return
	}
	_, _ = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
}

// forgedEnvelope names meterID in the clear over random bytes no oracle key decrypts.
func forgedEnvelope(meterID uint64) []byte {
	ct := make([]byte, 400)
	_, _ = rand.Read(ct)
	raw, _ := json.Marshal(envelope.Envelope{V: envelope.VersionSecp256k1, MeterID: meterID, Ciphertext: ct})
	return raw
}

// slow holds one connection open at a time from its address, sending a byte a second: either
// the request headers (never finishing them) or, after complete headers, the body. When the
// server closes the connection it opens another; each connection counts as one attack request.
func (a *attackers) slow(ctx context.Context, from *net.TCPAddr, addr string, headers bool) {
	for ctx.Err() == nil {
		conn, err := (&net.Dialer{Timeout: 5 * time.Second, LocalAddr: from}).DialContext(ctx, "tcp", addr)
		if err != nil {
			if !sleep(ctx, time.Second) {
				return
			}
			continue
		}
		a.n[kindSlow].Add(1)
		stop := context.AfterFunc(ctx, func() { conn.Close() })
		head := "POST /v1/readings HTTP/1.1\r\nHost: " + addr + "\r\nContent-Type: application/json\r\n"
		var trickle string
		if headers {
			trickle = "X-Padding: " + strings.Repeat("a", 1<<20)
		} else {
			head += "Content-Length: " + strconv.Itoa(envelope.MaxSize) + "\r\n\r\n"
			trickle = strings.Repeat(" ", envelope.MaxSize)
		}
		_, err = conn.Write([]byte(head))
		for i := 0; err == nil && i < len(trickle); i++ {
			if !sleep(ctx, time.Second) {
				break
			}
			_, err = conn.Write([]byte{trickle[i]})
		}
		stop()
		conn.Close()
	}
}

func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}
