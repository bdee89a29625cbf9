package portal

import (
	"encoding/json"
	"fmt"
	"html"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/internal/consent"
	"github.com/meterchain/meterchain/internal/reading"
)

// page opens a UI page as the token's holder (through a one-time sign-in link, confirmed in the
// same browser) and returns the final status, path and body.
func (s *scene) page(srv *httptest.Server, token, next string) (int, string, string) {
	s.t.Helper()
	var link struct{ Path string }
	require.Equal(s.t, http.StatusOK, s.do(http.MethodPost, "/v1/auth/link", token, nil, &link))
	resp := openLink(s.t, newBrowser(s.t), srv.URL+link.Path+"&next="+url.QueryEscape(next))
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	require.NoError(s.t, err)
	return resp.StatusCode, resp.Request.URL.Path, string(raw)
}

// newBrowser is an HTTP client with its own cookies, like a browser profile.
func newBrowser(t testing.TB) *http.Client {
	jar, err := cookiejar.New(nil)
	require.NoError(t, err)
	return &http.Client{Jar: jar}
}

var confirmForm = regexp.MustCompile(`<form id="confirm-login" method="post" action="([^"]+)">\s*<input type="hidden" name="code" value="([^"]*)">\s*<input type="hidden" name="next" value="([^"]*)">`)

// openLink opens a sign-in link in the browser and presses its confirm button.
func openLink(t testing.TB, browser *http.Client, link string) *http.Response {
	t.Helper()
	resp, err := browser.Get(link)
	require.NoError(t, err)
	raw, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	require.NoError(t, err)
	require.Equal(t, http.StatusOK, resp.StatusCode, string(raw))
	f := confirmForm.FindStringSubmatch(string(raw))
	require.NotNil(t, f, "no confirm form in %s", raw)
	action, err := resp.Request.URL.Parse(html.UnescapeString(f[1]))
	require.NoError(t, err)
	resp, err = browser.PostForm(action.String(), url.Values{"code": {html.UnescapeString(f[2])}, "next": {html.UnescapeString(f[3])}})
	require.NoError(t, err)
	return resp
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
	browser := newBrowser(t)
	browser.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	resp := openLink(t, browser, srv.URL+link.Path)
	resp.Body.Close()
	require.Equal(t, http.StatusSeeOther, resp.StatusCode, "use 1")
	resp, err := browser.PostForm(srv.URL+"/ui/login", url.Values{"code": {strings.TrimPrefix(link.Path, "/ui/login?code=")}})
	require.NoError(t, err)
	resp.Body.Close()
	require.Equal(t, http.StatusUnauthorized, resp.StatusCode, "use 2")
	resp, err = browser.Get(srv.URL + link.Path)
	require.NoError(t, err)
	resp.Body.Close()
	require.Equal(t, http.StatusUnauthorized, resp.StatusCode, "use 2, by its link")
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

// signedIn is the address the browser's session cookie signs in as, if any.
func signedIn(t *testing.T, browser *http.Client, base string) (string, bool) {
	t.Helper()
	resp, err := browser.Get(base + "/v1/auth/session")
	require.NoError(t, err)
	defer resp.Body.Close()
	var who struct{ Address string }
	if resp.StatusCode != http.StatusOK {
		return "", false
	}
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&who))
	return who.Address, true
}

func TestLoginLinkCSRF(t *testing.T) {
	s := newScene(t)
	srv := httptest.NewServer(s.h)
	defer srv.Close()
	attacker := s.login(s.third)
	var link struct{ Path string }
	require.Equal(t, http.StatusOK, s.do(http.MethodPost, "/v1/auth/link", attacker, nil, &link))
	code := strings.TrimPrefix(link.Path, "/ui/login?code=")

	// The victim opens the attacker's link (sent by mail, or loaded by the attacker's page): the
	// browser is not signed in, and the page names the account the link is for.
	victim := newBrowser(t)
	resp, err := victim.Get(srv.URL + link.Path)
	require.NoError(t, err)
	raw, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	require.Equal(t, http.StatusOK, resp.StatusCode)
	require.Contains(t, string(raw), "Sign in as "+s.third.Addr.Hex())
	_, in := signedIn(t, victim, srv.URL)
	require.False(t, in, "opening a link signs nobody in")

	// The attacker's page confirms it from another site: the browser sends no SameSite=Strict
	// login cookie cross-site (here: a browser that never opened the link), or marks the request
	// cross-site.
	for name, browser := range map[string]*http.Client{"no login cookie": newBrowser(t), "cross-site": victim} {
		req, err := http.NewRequest(http.MethodPost, srv.URL+"/ui/login", strings.NewReader(url.Values{"code": {code}}.Encode()))
		require.NoError(t, err)
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("Sec-Fetch-Site", "cross-site")
		resp, err := browser.Do(req)
		require.NoError(t, err)
		resp.Body.Close()
		require.Equal(t, http.StatusUnauthorized, resp.StatusCode, name)
		_, in := signedIn(t, browser, srv.URL)
		require.False(t, in, name)
	}
	// A link opened in one browser cannot be confirmed in another, even with its own login cookie.
	var link2 struct{ Path string }
	require.Equal(t, http.StatusOK, s.do(http.MethodPost, "/v1/auth/link", attacker, nil, &link2))
	other := newBrowser(t)
	resp, err = other.Get(srv.URL + link2.Path)
	require.NoError(t, err)
	resp.Body.Close()
	require.Len(t, other.Jar.Cookies(&url.URL{Scheme: "http", Host: strings.TrimPrefix(srv.URL, "http://"), Path: "/ui/login"}), 1, "a login cookie")
	resp, err = other.PostForm(srv.URL+"/ui/login", url.Values{"code": {code}})
	require.NoError(t, err)
	resp.Body.Close()
	require.Equal(t, http.StatusUnauthorized, resp.StatusCode)

	// A signed login message posted as text/plain (a "simple" cross-site request, no preflight)
	// sets no session cookie.
	msg, sig := s.signedLogin(s.third)
	body, _ := json.Marshal(map[string]string{"message": msg, "signature": hexutil.Encode(sig)})
	resp, err = victim.Post(srv.URL+"/v1/auth/login", "text/plain", strings.NewReader(string(body)))
	require.NoError(t, err)
	resp.Body.Close()
	require.Equal(t, http.StatusUnsupportedMediaType, resp.StatusCode)
	_, in = signedIn(t, victim, srv.URL)
	require.False(t, in, "a text/plain login body signs nobody in")

	// The browser that opened the link, confirming on the page it was shown, is signed in.
	resp = openLink(t, newBrowser(t), srv.URL+link.Path)
	resp.Body.Close()
	require.Equal(t, http.StatusOK, resp.StatusCode)
	require.Equal(t, "/ui", resp.Request.URL.Path)
}

// TestUIMeterPageShowsKeyKind: the meter page names the kind of the meter's current key and its
// registry name, secp256k1 or P-256 (a secure element's), as read from the registry.
func TestUIMeterPageShowsKeyKind(t *testing.T) {
	s := newScene(t)
	const meter3 = 352522397
	p := s.e.RegisterP256Meter(meter3, s.owner, false, 10_000)
	srv := httptest.NewServer(s.h)
	defer srv.Close()
	owner := s.login(s.owner)

	code, _, body := s.page(srv, owner, fmt.Sprintf("/ui/meters/%d", meter1))
	require.Equal(t, http.StatusOK, code, body)
	require.Contains(t, body, fmt.Sprintf(`<span id="meter-key">secp256k1 key <code>%s</code></span>`, crypto.PubkeyToAddress(s.m1.Key.PublicKey).Hex()))

	pub, err := reading.P256KeyOf(&p.Key.PublicKey)
	require.NoError(t, err)
	code, _, body = s.page(srv, owner, fmt.Sprintf("/ui/meters/%d", meter3))
	require.Equal(t, http.StatusOK, code, body)
	require.Contains(t, body, fmt.Sprintf(`<span id="meter-key">P-256 key <code>%s</code></span>`, pub.ID().Hex()))
}
