package portal

import (
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/internal/consent"
)

// page opens a UI page as the token's holder (through a one-time sign-in link) and returns the
// final status and body.
func (s *scene) page(srv *httptest.Server, token, next string) (int, string, string) {
	s.t.Helper()
	var link struct{ Path string }
	require.Equal(s.t, http.StatusOK, s.do(http.MethodPost, "/v1/auth/link", token, nil, &link))
	jar, err := cookiejar.New(nil)
	require.NoError(s.t, err)
	resp, err := (&http.Client{Jar: jar}).Get(srv.URL + link.Path + "&next=" + url.QueryEscape(next))
	require.NoError(s.t, err)
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	require.NoError(s.t, err)
	return resp.StatusCode, resp.Request.URL.Path, string(raw)
}

func TestUILoginLinkNoOpenRedirect(t *testing.T) {
	s := newScene(t)
	srv := httptest.NewServer(s.h)
	defer srv.Close()
	tok := s.login(s.owner)
	for _, next := range []string{"https://evil.example/", "//evil.example/ui/", "/ui/\\evil.example", "/v1/meters"} {
		code, path, _ := s.page(srv, tok, next)
		require.Equal(t, http.StatusOK, code)
		require.Equal(t, "/ui", path, "next=%q must not leave the UI", next)
	}
	// a link is single use
	var link struct{ Path string }
	require.Equal(t, http.StatusOK, s.do(http.MethodPost, "/v1/auth/link", tok, nil, &link))
	for i, want := range []int{http.StatusFound, http.StatusUnauthorized} {
		resp, err := (&http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}).Get(srv.URL + link.Path)
		require.NoError(t, err)
		resp.Body.Close()
		require.Equal(t, want, resp.StatusCode, "use %d", i+1)
	}
}

func TestUIThirdPartySeesOnlyGrantedSections(t *testing.T) {
	s := newScene(t)
	srv := httptest.NewServer(s.h)
	defer srv.Close()
	third := s.login(s.third)
	page := fmt.Sprintf("/ui/meters/%d", meter1)
	code, _, body := s.page(srv, third, page)
	require.Equal(t, http.StatusForbidden, code)
	require.NotContains(t, body, `id="history"`)

	s.grant(s.third, consent.ScopeBills, s.clock.now.Add(time.Hour))
	code, _, body = s.page(srv, third, page)
	require.Equal(t, http.StatusOK, code)
	require.Contains(t, body, `id="bills"`)
	require.NotContains(t, body, `id="history"`, "bills scope only: no readings")
	require.NotContains(t, body, `id="grant-form"`, "only the owner manages consent")
	require.NotContains(t, body, "<h2>Consent</h2>")
}
