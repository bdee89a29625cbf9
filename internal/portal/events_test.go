package portal

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/internal/consent"
	"github.com/meterchain/meterchain/internal/reading"
)

// sse reads server-sent events from a stream into a channel of (event, data).
func sse(t *testing.T, url, token string) (<-chan [2]string, func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	require.NoError(t, err)
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	require.Equal(t, http.StatusOK, resp.StatusCode)
	require.Equal(t, "text/event-stream", resp.Header.Get("Content-Type"))
	ch := make(chan [2]string, 16)
	go func() {
		defer close(ch)
		defer resp.Body.Close()
		sc := bufio.NewScanner(resp.Body)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		ev := ""
		for sc.Scan() {
			line := sc.Text()
			if v, ok := strings.CutPrefix(line, "event: "); ok {
				ev = v
			} else if v, ok := strings.CutPrefix(line, "data: "); ok {
				ch <- [2]string{ev, v}
			}
		}
	}()
	return ch, cancel
}

func next(t *testing.T, ch <-chan [2]string) [2]string {
	t.Helper()
	select {
	case e, ok := <-ch:
		require.True(t, ok, "the stream ended")
		return e
	case <-time.After(20 * time.Second):
		t.Fatal("no event within 20 s")
		return [2]string{}
	}
}

func TestLiveEventsForAcceptedReadings(t *testing.T) {
	s := newScene(t)
	srv := httptest.NewServer(s.h)
	defer srv.Close()
	last := s.readings[len(s.readings)-1]
	ch, stop := sse(t, fmt.Sprintf("%s/v1/meters/%d/events?since=%d", srv.URL, meter1, last.Timestamp+1), s.login(s.owner))
	defer stop()

	d := detailAt(99)
	r := reading.Reading{MeterID: meter1, Seq: last.Seq + 1, Timestamp: last.Timestamp + 86400, ImportWh: last.ImportWh + 12_345,
		ExportWh: last.ExportWh, DetailHash: d.Hash()}
	s.relay(s.m1, []reading.Reading{r}, []reading.Detail{d})
	e := next(t, ch)
	require.Equal(t, "reading", e[0])
	var v ReadingView
	require.NoError(t, json.Unmarshal([]byte(e[1]), &v))
	require.Equal(t, r.Seq, v.Seq)
	require.Equal(t, "12.345", v.EnergyKWh)
	require.True(t, v.Verification.Verified, "%+v", v.Verification)
}

func TestLiveEventsEndWhenGrantRevoked(t *testing.T) {
	s := newScene(t)
	srv := httptest.NewServer(s.h)
	defer srv.Close()
	s.grant(s.third, consent.ScopeReadings, s.clock.now.Add(time.Hour))
	ch, stop := sse(t, fmt.Sprintf("%s/v1/meters/%d/events", srv.URL, meter1), s.login(s.third))
	defer stop()
	s.revoke(s.third)
	for {
		e := next(t, ch)
		if e[0] == "denied" {
			break
		}
	}
	_, open := <-ch
	require.False(t, open, "the stream closes after denied")
}

// openStream opens a live-update stream and returns its status; stop closes it.
func openStream(t *testing.T, url, token string) (status int, stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	require.NoError(t, err)
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	if resp.StatusCode != http.StatusOK {
		resp.Body.Close()
		cancel()
		return resp.StatusCode, func() {}
	}
	t.Cleanup(func() { cancel(); resp.Body.Close() })
	return resp.StatusCode, func() { cancel(); resp.Body.Close() }
}

func TestLiveEventsLimitedPerSessionAndOverall(t *testing.T) {
	s := newScene(t)
	cfg := s.srv.cfg
	cfg.Streams, cfg.StreamsPerSession = 3, 2
	srv, err := New(context.Background(), cfg)
	require.NoError(t, err)
	s.srv, s.h = srv, srv.Handler()
	web := httptest.NewServer(s.h)
	t.Cleanup(web.Close) // after the streams' cleanups: Close waits for open connections
	url := fmt.Sprintf("%s/v1/meters/%d/events", web.URL, meter1)
	a, b, c := s.login(s.owner), s.login(s.owner), s.login(s.owner)

	code, stopA := openStream(t, url, a)
	require.Equal(t, http.StatusOK, code)
	code, _ = openStream(t, url, a)
	require.Equal(t, http.StatusOK, code)
	code, _ = openStream(t, url, a)
	require.Equal(t, http.StatusTooManyRequests, code, "a session's third stream")
	code, _ = openStream(t, url, b)
	require.Equal(t, http.StatusOK, code, "another session still gets one")
	code, _ = openStream(t, url, c)
	require.Equal(t, http.StatusTooManyRequests, code, "the server's fourth stream")

	// A closed stream frees its place.
	stopA()
	require.Eventually(t, func() bool {
		code, stop := openStream(t, url, c)
		if code == http.StatusOK {
			stop()
		}
		return code == http.StatusOK
	}, 10*time.Second, 20*time.Millisecond)
}
