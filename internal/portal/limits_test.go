package portal

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"
)

// nonceFrom asks for a sign-in challenge as the client at remote (host:port), with extra headers.
func (s *scene) nonceFrom(remote string, header map[string]string) int {
	req := httptest.NewRequest(http.MethodPost, "/v1/auth/nonce", strings.NewReader(""))
	req.RemoteAddr = remote
	for k, v := range header {
		req.Header.Set(k, v)
	}
	w := httptest.NewRecorder()
	s.h.ServeHTTP(w, req)
	return w.Code
}

func TestNonceFloodDoesNotBlockSignIn(t *testing.T) {
	s := newScene(t)
	// One source asks for more challenges than the whole pool holds, pretending through
	// X-Forwarded-For and X-Real-IP to be a different client each time.
	refused := 0
	for i := range DefaultPendingLogins + 1 {
		spoof := fmt.Sprintf("10.%d.%d.%d", i>>16&255, i>>8&255, i&255)
		if s.nonceFrom("203.0.113.7:40000", map[string]string{"X-Forwarded-For": spoof, "X-Real-IP": spoof}) == http.StatusTooManyRequests {
			refused++
		}
	}
	require.Equal(t, DefaultPendingLogins+1-DefaultPendingLoginsPerSource, refused, "the flooder holds only its own share")
	// An IPv6 flooder rotating through its /64 is one source.
	for i := range DefaultPendingLoginsPerSource + 1 {
		code := s.nonceFrom(fmt.Sprintf("[2001:db8:1:2::%x]:40000", i+1), nil)
		require.Equal(t, i < DefaultPendingLoginsPerSource, code == http.StatusOK, "request %d", i)
	}
	// Someone else (httptest's 192.0.2.1) still signs in.
	tok := s.login(s.owner)
	var who struct{ Address common.Address }
	require.Equal(t, http.StatusOK, s.do(http.MethodGet, "/v1/auth/session", tok, nil, &who))
	require.Equal(t, s.owner.Addr, who.Address)
	// Expired challenges are swept: the flooder's share frees once they expire.
	s.clock.now = s.clock.now.Add(DefaultNonceTTL)
	require.Equal(t, http.StatusOK, s.nonceFrom("203.0.113.7:40000", nil))
	require.Len(t, s.srv.nonces.m, 1, "every expired challenge was swept")
}

func TestLinkCodesSweptAndBoundedPerAddress(t *testing.T) {
	s := newScene(t)
	tok := s.login(s.owner)
	var link struct{ Path string }
	for i := range DefaultLinksPerAddress + 1 {
		want := http.StatusOK
		if i == DefaultLinksPerAddress {
			want = http.StatusTooManyRequests
		}
		require.Equal(t, want, s.do(http.MethodPost, "/v1/auth/link", tok, nil, &link), "link %d", i)
	}
	s.clock.now = s.clock.now.Add(time.Minute)
	require.Equal(t, http.StatusOK, s.do(http.MethodPost, "/v1/auth/link", tok, nil, &link))
	require.Len(t, s.srv.sessions.codes, 1, "expired links were swept")
}
