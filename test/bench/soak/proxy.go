package soak

import (
	"bytes"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"time"
)

// faultProxy sits between the services and the node's HTTP JSON-RPC: it fails a share of the
// calls (an HTTP 502, a JSON-RPC error, or a dropped connection) and stalls some before
// forwarding them, like a flaky load balancer or an overloaded provider would.
type faultProxy struct {
	target    string
	failRate  float64 // share of calls failed
	stallRate float64 // share of calls delayed by up to maxStall
	maxStall  time.Duration

	enabled atomic.Bool
	faults  atomic.Int64
	stalls  atomic.Int64
	calls   atomic.Int64

	mu  sync.Mutex
	rng *rand.Rand

	srv *http.Server
	ln  net.Listener
}

func newFaultProxy(target string, failRate, stallRate float64, maxStall time.Duration, seed uint64) (*faultProxy, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	p := &faultProxy{target: target, failRate: failRate, stallRate: stallRate, maxStall: maxStall,
		rng: rand.New(rand.NewPCG(seed, 0x50a4)), ln: ln}
	p.enabled.Store(true)
	p.srv = &http.Server{Handler: p, ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = p.srv.Serve(ln) }()
	return p, nil
}

func (p *faultProxy) URL() string { return "http://" + p.ln.Addr().String() }

func (p *faultProxy) Close() error { return p.srv.Close() }

func (p *faultProxy) roll() (fail int, stall time.Duration) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.rng.Float64() < p.failRate {
		return 1 + p.rng.IntN(3), 0
	}
	if p.rng.Float64() < p.stallRate {
		return 0, time.Duration(p.rng.Int64N(int64(p.maxStall)))
	}
	return 0, 0
}

var upstream = &http.Client{Timeout: 60 * time.Second}

func (p *faultProxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p.calls.Add(1)
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if p.enabled.Load() {
		fail, stall := p.roll()
		switch fail {
		case 1:
			p.faults.Add(1)
			http.Error(w, "injected fault", http.StatusBadGateway)
			return
		case 2:
			p.faults.Add(1)
			w.Header().Set("Content-Type", "application/json")
			_, _ = w.Write([]byte(`{"jsonrpc":"2.0","id":null,"error":{"code":-32603,"message":"injected fault"}}`))
			return
		case 3:
			p.faults.Add(1)
			if hj, ok := w.(http.Hijacker); ok {
				if c, _, err := hj.Hijack(); err == nil {
					_ = c.Close() // connection reset mid-call
					return
				}
			}
			http.Error(w, "injected fault", http.StatusServiceUnavailable)
			return
		}
		if stall > 0 {
			p.stalls.Add(1)
			select {
			case <-time.After(stall):
			case <-r.Context().Done():
				return
			}
		}
	}
	req, err := http.NewRequestWithContext(r.Context(), http.MethodPost, p.target, bytes.NewReader(body))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := upstream.Do(req)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	w.Header().Set("Content-Type", resp.Header.Get("Content-Type"))
	w.WriteHeader(resp.StatusCode)
	_, _ = io.Copy(w, resp.Body)
}
