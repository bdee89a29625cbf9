package portal

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/internal/stored"
)

// secretRPC and secretPath are what a failing node client or database says about itself.
const (
	secretRPC  = "https://mainnet.example-rpc.io/v3/0123456789abcdef"
	secretPath = "/var/lib/meterchain/oracle.db"
)

// brokenReadings is the oracle's store failing like a database with a path.
type brokenReadings struct{ Readings }

func (brokenReadings) MeterReadings(context.Context, uint64, uint64, uint64, int, int) ([]stored.Reading, error) {
	return nil, fmt.Errorf("sqlite %s: database disk image is malformed", secretPath)
}

// brokenNode fails every contract call like an RPC client naming its endpoint, once broken.
type brokenNode struct {
	bind.ContractBackend
	broken atomic.Bool
}

func (b *brokenNode) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	if b.broken.Load() {
		return nil, fmt.Errorf("Post %q: dial tcp 10.0.0.5:443: connection refused", secretRPC)
	}
	return b.ContractBackend.CallContract(ctx, msg, block)
}

// syncBuffer is a log sink the server writes to from request goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (w *syncBuffer) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.b.Write(p)
}
func (w *syncBuffer) String() string { w.mu.Lock(); defer w.mu.Unlock(); return w.b.String() }

func TestErrorsDoNotLeakInternals(t *testing.T) {
	s := newScene(t)
	var logged syncBuffer
	node := &brokenNode{ContractBackend: s.srv.cfg.Backend}
	cfg := s.srv.cfg
	cfg.Readings, cfg.Backend, cfg.Log = brokenReadings{cfg.Readings}, node, slog.New(slog.NewTextHandler(&logged, nil))
	srv, err := New(context.Background(), cfg)
	require.NoError(t, err)
	s.srv, s.h = srv, srv.Handler()
	tok := s.login(s.owner)
	web := httptest.NewServer(s.h)
	defer web.Close()

	check := func(what string, status int, body string) {
		t.Helper()
		require.Equal(t, http.StatusInternalServerError, status, "%s: %s", what, body)
		for _, secret := range []string{secretRPC, "example-rpc", "10.0.0.5", secretPath, "/var/lib", "sqlite", "dial tcp"} {
			require.NotContains(t, body, secret, what)
		}
		id := regexpID.FindStringSubmatch(body)
		require.NotNil(t, id, "%s: the answer names an error id: %s", what, body)
		line := ""
		for _, l := range strings.Split(logged.String(), "\n") {
			if strings.Contains(l, "id="+id[1]) {
				line = l
			}
		}
		require.NotEmpty(t, line, "%s: the log has the error under its id", what)
		require.True(t, strings.Contains(line, secretPath) || strings.Contains(line, secretRPC), "%s: the log has the details: %s", what, line)
	}

	// A database failing: the API's JSON and the UI's page.
	status, body := s.raw(http.MethodGet, historyPath, tok)
	check("API, store", status, body)
	require.Contains(t, body, `"code":"internal"`)
	code, _, page := s.page(web, tok, fmt.Sprintf("/ui/meters/%d", meter1))
	check("UI, store", code, page)

	// The node failing.
	node.broken.Store(true)
	status, body = s.raw(http.MethodGet, "/v1/meters", tok)
	check("API, node", status, body)
}

var regexpID = regexp.MustCompile(`internal error \(id ([0-9a-f]+)\)`)

// raw sends a request with the token and returns the status and body as they are.
func (s *scene) raw(method, path, token string) (int, string) {
	req := httptest.NewRequest(method, path, nil)
	req.Header.Set("Authorization", "Bearer "+token)
	w := httptest.NewRecorder()
	s.h.ServeHTTP(w, req)
	return w.Code, w.Body.String()
}
