package portal

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// chromium runs headless Chromium on url with a fresh profile and returns its stdout.
func chromium(t *testing.T, bin string, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
		"--user-data-dir=" + t.TempDir()}
	cmd := exec.CommandContext(ctx, bin, append(base, args...)...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	require.NoError(t, err, "chromium: %s", stderr.String())
	return string(out)
}

// browserLink returns a URL that signs headless Chromium in with the token (the session cookie is
// the bearer token) and opens the page: Chromium cannot press a sign-in link's confirm button,
// which ui_test.go's openLink does.
func (s *scene) browserLink(base, token, page string) string {
	return base + "/test/session?token=" + url.QueryEscape(token) + "&next=" + url.QueryEscape(page)
}

// withTestSession serves browserLink's URLs in front of the UI.
func withTestSession(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/test/session" {
			h.ServeHTTP(w, r)
			return
		}
		http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: r.URL.Query().Get("token"), Path: "/", HttpOnly: true})
		http.Redirect(w, r, r.URL.Query().Get("next"), http.StatusFound)
	})
}

func TestBrowserShowsHistoryAndBills(t *testing.T) {
	bin := ""
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			bin = p
			break
		}
	}
	if bin == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("chromium is not installed (Debian package chromium): CI must install it for the browser test")
		}
		t.Skip("chromium is not installed: apt-get install chromium to run the browser test")
	}
	s := newScene(t)
	srv := httptest.NewServer(withTestSession(s.h))
	defer srv.Close()
	owner := s.login(s.owner)
	page := fmt.Sprintf("/ui/meters/%d", meter1)

	dom := chromium(t, bin, "--dump-dom", s.browserLink(srv.URL, owner, page))
	require.Contains(t, dom, fmt.Sprintf("Meter History for ID: %d", meter1))

	// The usage history table: the newest page (48 of the 61 daily readings) with seed 003's
	// columns, each row verified on chain by the server.
	history := regexp.MustCompile(`(?s)<table id="history">.*?</table>`).FindString(dom)
	require.NotEmpty(t, history, "no history table in the page")
	for _, col := range []string{"Timestamp", "Energy Consumption (kWh)", "Current (A)", "Temperature (°C)", "Humidity (%)", "Voltage (V)"} {
		require.Contains(t, history, col)
	}
	rows := regexp.MustCompile(`<tr data-seq="(\d+)"><td>([^<]+)</td><td>([^<]*)</td><td>([^<]+)</td><td>([^<]+)</td><td>([^<]+)</td><td>([^<]+)</td>`).FindAllStringSubmatch(history, -1)
	require.Len(t, rows, 48)
	last := rows[len(rows)-1]
	require.Equal(t, "2026-03-02 00:00:00", last[2])
	n := len(s.readings)
	want := fmt.Sprintf("%.3f", float64(s.readings[n-1].ImportWh-s.readings[n-2].ImportWh)/1000)
	require.Equal(t, want, last[3])
	d := detailAt(n - 1)
	require.Equal(t, fmt.Sprintf("%.2f", float64(d.CurrentMA)/1000), last[4])
	require.Equal(t, fmt.Sprintf("%.2f", float64(d.VoltageMV)/1000), last[7])
	require.Equal(t, 48, strings.Count(history, "verified on chain"))

	// The monthly bills table (figure 10: month, amount, date, status).
	var bills billsPage
	require.Equal(t, http.StatusOK, s.do(http.MethodGet, billsPath, owner, nil, &bills))
	table := regexp.MustCompile(`(?s)<table id="bills">.*?</table>`).FindString(dom)
	require.NotEmpty(t, table, "no bills table in the page")
	for _, b := range bills.Bills {
		require.Contains(t, table, fmt.Sprintf("<td>%s</td><td>$%s</td><td>%s</td><td>%s</td>", b.Month, b.Amount, b.Date, b.Status))
	}
	require.Contains(t, table, `class="pay"`, "the unpaid February bill has a pay button")
	require.Contains(t, dom, `id="daily-chart"`)

	shot := filepath.Join(os.TempDir(), "meterchain-ui.png")
	if dir := os.Getenv("METERCHAIN_SCREENSHOT_DIR"); dir != "" {
		shot = filepath.Join(dir, "meterchain-ui.png")
	}
	chromium(t, bin, "--screenshot="+shot, "--window-size=1280,1900", "--hide-scrollbars", s.browserLink(srv.URL, owner, page))
	info, err := os.Stat(shot)
	require.NoError(t, err)
	require.Greater(t, info.Size(), int64(10_000), "screenshot %s is too small to show the page", shot)
	t.Logf("screenshot: %s", shot)
}
