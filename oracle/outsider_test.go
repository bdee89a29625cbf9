package oracle

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	paho "github.com/eclipse/paho.mqtt.golang"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/plgd-dev/go-coap/v3/message"
	"github.com/plgd-dev/go-coap/v3/message/codes"
	"github.com/plgd-dev/go-coap/v3/udp"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/internal/stored"
	"github.com/meterchain/meterchain/oracle/store"
)

// registryCounter counts the registry reads the oracle makes: what an outsider can make it ask.
type registryCounter struct {
	Backend
	registry string
	calls    atomic.Int64
}

func (b *registryCounter) CallContract(ctx context.Context, m ethereum.CallMsg, n *big.Int) ([]byte, error) {
	if m.To != nil && strings.EqualFold(m.To.Hex(), b.registry) {
		b.calls.Add(1)
	}
	return b.Backend.CallContract(ctx, m, n)
}

func postFrom(t *testing.T, url, forwardedFor string, body []byte) apiReply {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	require.NoError(t, err)
	req.Header.Set("Content-Type", "application/json")
	if forwardedFor != "" {
		req.Header.Set("X-Forwarded-For", forwardedFor)
	}
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return apiReply{Code: resp.StatusCode, Body: string(data)}
}

// TestForgedEnvelopesCannotSilenceAMeter: a keyless outsider floods envelopes naming meter A —
// random ciphertext, readings encrypted to the oracle's published key but signed by another key,
// and readings of invented meters — over HTTP (spoofing X-Forwarded-For) and CoAP. The flood
// exhausts only its own source's budget (429 past it, nothing more quarantined, no more registry
// reads, a bounded meter cache); meter A's own readings are all accepted, and A's budget is
// still its own (its reading past its burst is 429).
func TestForgedEnvelopesCannotSilenceAMeter(t *testing.T) {
	f := newFixture(t, meterA)
	cfg := f.config()
	cfg.RatePerSecond, cfg.RateBurst = 0.001, 3
	cfg.UnauthPerSecond, cfg.UnauthBurst = 0.001, 5
	cfg.LimiterEntries = 8
	cfg.CoAPAddr = "127.0.0.1:0"
	b := &registryCounter{Backend: f.e.Client, registry: f.e.Deployment.MeterRegistry.Hex()}
	s := f.start(t, cfg, b)
	url := "http://" + s.HTTPAddr() + "/v1/readings"
	now := f.e.Now()
	forger, err := crypto.GenerateKey()
	require.NoError(t, err)

	randomCiphertext := func() []byte {
		ct := make([]byte, 300)
		_, _ = rand.Read(ct)
		return []byte(fmt.Sprintf(`{"v":1,"meter_id":%d,"ciphertext":"%s"}`, meterA, base64.StdEncoding.EncodeToString(ct)))
	}
	calls0 := b.calls.Load()
	statuses := map[int]int{}
	for i := range 60 {
		var raw []byte
		switch i % 3 {
		case 0:
			raw = randomCiphertext()
		case 1:
			r, d := newReading(meterA, uint64(i+1), now-60, 1_000, 0)
			raw = f.seal(t, r, d, forger)
		case 2:
			r, d := newReading(400_000_000+uint64(i), 1, now-60, 1_000, 0)
			raw = f.seal(t, r, d, forger)
		}
		rep := postFrom(t, url, fmt.Sprintf("10.%d.%d.%d", i, i, i), raw)
		statuses[rep.Code]++
	}
	conn, err := udp.Dial(s.CoAPAddr())
	require.NoError(t, err)
	defer conn.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	for range 10 {
		resp, err := conn.Post(ctx, CoAPPath, message.AppJSON, bytes.NewReader(randomCiphertext()))
		require.NoError(t, err)
		require.Equal(t, codes.TooManyRequests, resp.Code(), "the CoAP source's budget is spent too")
	}

	require.Equal(t, 5, quarantineCount(t, s.Store()), "only the source's burst is kept: %v", statuses)
	require.Equal(t, 60-5, statuses[http.StatusTooManyRequests], "X-Forwarded-For from an untrusted client buys no fresh budget: %v", statuses)
	require.LessOrEqual(t, b.calls.Load()-calls0, int64(5), "registry reads are within the source's budget")
	s.valid.mu.Lock()
	require.LessOrEqual(t, s.valid.meters.Len(), 8, "the meter cache is bounded")
	s.valid.mu.Unlock()

	// Meter A, from the very same address, is heard: the forgeries did not touch its budget.
	for seq := uint64(1); seq <= 3; seq++ {
		r, d := newReading(meterA, seq, now-(4-seq)*900, seq*100, 0)
		rep := postReading(t, s, f.seal(t, r, d, nil))
		require.Equal(t, http.StatusAccepted, rep.Code, rep.Body)
		require.Equal(t, stored.Accepted, settled(t, s.Store(), rep.Result.ID).Status)
	}
	r, d := newReading(meterA, 4, now-10, 400, 0)
	rep := postReading(t, s, f.seal(t, r, d, nil))
	require.Equal(t, http.StatusTooManyRequests, rep.Code, "past its own burst the meter is limited: %s", rep.Body)
	require.Contains(t, rep.Error.Message, fmt.Sprintf("meter %d", meterA))
}

// startWithMQTT starts an oracle of meter A taking readings from a broker of its own, its
// config tuned first.
func startWithMQTT(t *testing.T, tune func(*Config)) (*fixture, *Service, string) {
	broker := startMochi(t)
	f := newFixture(t, meterA)
	cfg := f.config()
	cfg.MQTTURL = broker
	tune(&cfg)
	return f, f.start(t, cfg, nil), broker
}

// connectMQTT is a publisher session of its own, disconnected when the test ends.
func connectMQTT(t *testing.T, broker, clientID string) paho.Client {
	t.Helper()
	c := paho.NewClient(paho.NewClientOptions().AddBroker(broker).SetClientID(clientID))
	tok := c.Connect()
	require.True(t, tok.WaitTimeout(10*time.Second))
	require.NoError(t, tok.Error())
	t.Cleanup(func() { c.Disconnect(100) })
	return c
}

// publishReadings publishes meter's readings 1..n from session c, a minute apart up to a minute
// before now.
func publishReadings(t *testing.T, f *fixture, c paho.Client, meter uint64, n, now uint64) {
	t.Helper()
	for seq := uint64(1); seq <= n; seq++ {
		r, d := newReading(meter, seq, now-(n+1-seq)*60, seq*100, 0)
		tok := c.Publish(fmt.Sprintf("meters/%d/readings", meter), 1, false, f.seal(t, r, d, nil))
		require.True(t, tok.WaitTimeout(10*time.Second))
		require.NoError(t, tok.Error())
	}
}

// TestRateLimitedMQTTMessageIsNotLost: over MQTT a meter over its budget is slowed, never
// dropped: each message is acknowledged only once stored, and every reading reaches the ledger.
func TestRateLimitedMQTTMessageIsNotLost(t *testing.T) {
	f, s, broker := startWithMQTT(t, func(cfg *Config) { cfg.RatePerSecond, cfg.RateBurst = 5, 1 })
	now := f.e.Now()
	const n = 6
	// One meter, one connection: MQTT orders messages per publisher session only.
	c := connectMQTT(t, broker, "meter-a")
	publishReadings(t, f, c, meterA, n, now)
	for seq := uint64(1); seq <= n; seq++ {
		got := settledBySeq(t, s.Store(), meterA, seq)
		require.Equal(t, stored.Accepted, got.Status, "seq %d: %v id %d", seq, got.Reason, got.ID)
	}
	require.Equal(t, uint64(n), f.e.LastReading(meterA).Seq)
	require.Zero(t, quarantineCount(t, s.Store()))
}

// TestOverBudgetMQTTMeterHoldsUpOnlyItself: a meter past its budget over MQTT waits for it (it
// is never refused: the refusal could not reach it), and while it waits every other meter's
// readings are stored. Taken one message at a time, meter B's reading waited behind all of A's.
func TestOverBudgetMQTTMeterHoldsUpOnlyItself(t *testing.T) {
	broker := startMochi(t)
	f := newFixture(t, meterA, meterB)
	cfg := f.config()
	cfg.MQTTURL = broker
	cfg.RatePerSecond, cfg.RateBurst = 0.25, 1 // one reading, then one every 4 s
	s := f.start(t, cfg, nil)
	now := f.e.Now()
	const n = 3
	a := connectMQTT(t, broker, "meter-a")
	publishReadings(t, f, a, meterA, n, now)
	r, d := newReading(meterB, 1, now-60, 100, 0)
	publish(t, broker, fmt.Sprintf("meters/%d/readings", meterB), f.seal(t, r, d, nil))
	require.Eventually(t, func() bool {
		_, err := s.Store().ReadingBySeq(context.Background(), meterB, 1)
		return err == nil
	}, 30*time.Second, 10*time.Millisecond, "meter B's reading is stored")
	_, err := s.Store().ReadingBySeq(context.Background(), meterA, n)
	require.ErrorIs(t, err, store.ErrNotFound, "meter A's last reading is still waiting for A's budget (8 s)")
	for seq := uint64(1); seq <= n; seq++ {
		require.Equal(t, stored.Accepted, settledBySeq(t, s.Store(), meterA, seq).Status, "seq %d", seq)
	}
	require.Equal(t, stored.Accepted, settledBySeq(t, s.Store(), meterB, 1).Status)
}

// TestMQTTJunkDoesNotStallHonestMeters: the oracle takes a topic's MQTT messages in order, so
// junk past its source's budget must not wait for budget there. An outsider publishes forgeries on
// meter A's own topic (a broker without ACLs) far past the topic's budget, then meter A
// publishes more readings: the source's burst of forgeries is quarantined, the rest dropped
// (acknowledged, not kept), and A's readings are stored and accepted behind them.
func TestMQTTJunkDoesNotStallHonestMeters(t *testing.T) {
	f, s, broker := startWithMQTT(t, func(cfg *Config) { cfg.UnauthPerSecond, cfg.UnauthBurst = 0.001, 3 })
	topic := fmt.Sprintf("meters/%d/readings", meterA)
	now := f.e.Now()
	reading := func(seq uint64) []byte {
		r, d := newReading(meterA, seq, now-(4-seq)*60, seq*100, 0)
		return f.seal(t, r, d, nil)
	}
	// A's first reading makes the oracle know A's key (a meter not yet known pays from its
	// source's budget for the registry read; the test is about the junk's own waiting).
	publish(t, broker, topic, reading(1))
	require.Equal(t, stored.Accepted, settledBySeq(t, s.Store(), meterA, 1).Status)

	attacker := connectMQTT(t, broker, "attacker")
	const junk = 20
	for range junk {
		ct := make([]byte, 300)
		_, _ = rand.Read(ct)
		raw := fmt.Sprintf(`{"v":1,"meter_id":%d,"ciphertext":"%s"}`, meterA, base64.StdEncoding.EncodeToString(ct))
		tok := attacker.Publish(topic, 1, false, raw)
		require.True(t, tok.WaitTimeout(10*time.Second))
		require.NoError(t, tok.Error())
	}

	// One session for both: MQTT orders messages per publisher session only, and a seq 2 that
	// arrived after seq 3 would be a replay (paid from the topic's spent budget: dropped).
	meter := connectMQTT(t, broker, "meter-a")
	for seq := uint64(2); seq <= 3; seq++ {
		tok := meter.Publish(topic, 1, false, reading(seq))
		require.True(t, tok.WaitTimeout(10*time.Second))
		require.NoError(t, tok.Error())
	}
	for seq := uint64(2); seq <= 3; seq++ {
		require.Equal(t, stored.Accepted, settledBySeq(t, s.Store(), meterA, seq).Status, "seq %d", seq)
	}
	require.Equal(t, 3, quarantineCount(t, s.Store()), "only the topic's burst of forgeries is kept")
}

// TestQuarantineIsBounded: refused bodies of 1 MB each from several clients (named by a trusted
// proxy) leave only a bounded prefix and a hash each, within the per-source and overall byte
// bounds, oldest evicted first and counted in a metric; the store file stays small.
func TestQuarantineIsBounded(t *testing.T) {
	f := newFixture(t, meterA)
	cfg := f.config()
	cfg.UnauthPerSecond, cfg.UnauthBurst = 1000, 1000
	cfg.QuarantineMaxBytes, cfg.QuarantineSourceMaxBytes = 48<<10, 24<<10
	cfg.TrustedProxies = []string{"127.0.0.1/32", "::1"}
	s := f.start(t, cfg, nil)
	url := "http://" + s.HTTPAddr() + "/v1/readings:batch"
	var last [32]byte
	for i := range 12 {
		body := bytes.Repeat([]byte{'a' + byte(i)}, 1<<20) // not a JSON array
		rep := postFrom(t, url, fmt.Sprintf("10.0.0.%d", i%3+1), body)
		require.Equal(t, http.StatusBadRequest, rep.Code, rep.Body)
		require.Contains(t, rep.Body, `"malformed"`)
		last = sha256.Sum256(body)
	}
	q, err := s.Store().QuarantineList(context.Background(), 0, 1000, 0)
	require.NoError(t, err)
	require.NotEmpty(t, q)
	require.Less(t, len(q), 12, "older rows were evicted")
	require.Equal(t, last, q[0].SHA256, "the newest is kept, with the hash of the whole body")
	require.Equal(t, int64(1<<20), q[0].Size)
	require.Equal(t, "10.0.0.3", q[0].Remote, "the trusted proxy names the client")
	perSource := map[string]int64{}
	var total int64
	for _, row := range q {
		require.LessOrEqual(t, len(row.Raw), store.MaxKeptRaw)
		var cost int64
		require.NoError(t, s.Store().DB().QueryRow(`SELECT bytes FROM quarantine WHERE id = ?`, row.ID).Scan(&cost))
		perSource[row.Remote] += cost
		total += cost
	}
	require.Len(t, perSource, 3)
	for src, n := range perSource {
		require.LessOrEqual(t, n, cfg.QuarantineSourceMaxBytes, src)
	}
	require.LessOrEqual(t, total, cfg.QuarantineMaxBytes)

	resp, err := http.Get("http://" + s.HTTPAddr() + "/metrics")
	require.NoError(t, err)
	metrics, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	require.Contains(t, string(metrics), fmt.Sprintf("meterchain_oracle_quarantine_evicted_total %d", 12-len(q)))

	var size int64
	for _, suffix := range []string{"", "-wal"} {
		if st, err := os.Stat(f.dbPath + suffix); err == nil {
			size += st.Size()
		}
	}
	require.Less(t, size, int64(4<<20), "12 MB refused, the store grew by %d bytes", size)
}

// TestSlowClientsAreCutOff: a client that stops in the middle of its headers or its body is
// disconnected by the read timeout; one address holds at most its share of connections, and
// past the total cap a new connection waits for a slot.
func TestSlowClientsAreCutOff(t *testing.T) {
	f := newFixture(t, meterA)
	cfg := f.config()
	cfg.HTTPReadTimeout = 500 * time.Millisecond
	s := f.start(t, cfg, nil)

	// closed: the server hangs up well before the client would give up (10 s).
	closed := func(c net.Conn) bool {
		require.NoError(t, c.SetReadDeadline(time.Now().Add(10*time.Second)))
		_, err := io.ReadAll(c)
		var ne net.Error
		return !(errors.As(err, &ne) && ne.Timeout())
	}
	dial := func(addr string) net.Conn {
		c, err := net.Dial("tcp", addr)
		require.NoError(t, err)
		t.Cleanup(func() { c.Close() })
		return c
	}
	headers := dial(s.HTTPAddr())
	_, err := io.WriteString(headers, "POST /v1/readings HTTP/1.1\r\nHost: oracle\r\nContent-")
	require.NoError(t, err)
	body := dial(s.HTTPAddr())
	_, err = io.WriteString(body, "POST /v1/readings HTTP/1.1\r\nHost: oracle\r\nContent-Type: application/json\r\nContent-Length: 4000\r\n\r\n{\"v\":1,")
	require.NoError(t, err)
	require.True(t, closed(headers), "a client stalled in its headers is cut off")
	require.True(t, closed(body), "a client stalled in its body is cut off")

	// Connection caps, on a second oracle with long timeouts: 127.0.0.1 gets two connections;
	// through a trusted proxy (exempt from the per-address share) the total of three holds.
	require.NoError(t, s.Stop())
	cfg = f.config()
	cfg.DBPath = filepath.Join(t.TempDir(), "caps.db")
	cfg.MaxConnectionsPerSource, cfg.MaxConnections = 2, 3
	s2 := f.start(t, cfg, nil)
	a, b := dial(s2.HTTPAddr()), dial(s2.HTTPAddr())
	_, err = io.WriteString(a, "GET /healthz HTTP/1.1\r\nHost: oracle\r\n\r\n")
	require.NoError(t, err)
	buf := make([]byte, 12)
	_, err = io.ReadFull(a, buf)
	require.NoError(t, err)
	require.Equal(t, "HTTP/1.1 200", string(buf), "both connections are served")
	require.True(t, closed(dial(s2.HTTPAddr())), "a third connection from the same address is refused")
	b.Close()
	require.Eventually(t, func() bool {
		resp, err := http.Get("http://" + s2.HTTPAddr() + "/healthz")
		if err != nil {
			return false
		}
		resp.Body.Close()
		return resp.StatusCode == http.StatusOK
	}, 10*time.Second, 20*time.Millisecond, "a closed connection frees its slot")

	require.NoError(t, s2.Stop())
	cfg.DBPath = filepath.Join(t.TempDir(), "total.db")
	cfg.TrustedProxies = []string{"127.0.0.1", "::1"}
	s3 := f.start(t, cfg, nil)
	held := []net.Conn{dial(s3.HTTPAddr()), dial(s3.HTTPAddr()), dial(s3.HTTPAddr())}
	for _, c := range held {
		_, err = io.WriteString(c, "GET /healthz HTTP/1.1\r\nHost: oracle\r\n\r\n")
		require.NoError(t, err)
		_, err = io.ReadFull(c, buf)
		require.NoError(t, err)
	}
	waiting := dial(s3.HTTPAddr())
	_, err = io.WriteString(waiting, "GET /healthz HTTP/1.1\r\nHost: oracle\r\n\r\n")
	require.NoError(t, err)
	require.NoError(t, waiting.SetReadDeadline(time.Now().Add(300*time.Millisecond)))
	_, err = waiting.Read(buf)
	var ne net.Error
	require.True(t, errors.As(err, &ne) && ne.Timeout(), "a fourth connection is not served while three are open: %v", err)
	held[0].Close()
	require.NoError(t, waiting.SetReadDeadline(time.Now().Add(10*time.Second)))
	_, err = io.ReadFull(waiting, buf)
	require.NoError(t, err)
	require.Equal(t, "HTTP/1.1 200", string(buf), "served once a slot is free")
}

// TestUnverifiedReadingDoesNotBlockSeq: while the registry is unreachable anyone can get a
// reading stored unverified under a meter's next seq; the meter's own reading with that seq is
// answered "retry later" meanwhile, then, verified, replaces it and is accepted.
func TestUnverifiedReadingDoesNotBlockSeq(t *testing.T) {
	f := newFixture(t, meterA)
	b := &flakyBackend{Backend: f.e.Client}
	s := f.start(t, f.config(), b)
	now := f.e.Now()
	forger, err := crypto.GenerateKey()
	require.NoError(t, err)

	b.down.Store(true)
	fake, d := newReading(meterA, 1, now-60, 1, 0)
	forged := postReading(t, s, f.seal(t, fake, d, forger))
	require.Equal(t, http.StatusAccepted, forged.Code, forged.Body)
	require.False(t, forged.Result.Verified)
	genuine, _ := newReading(meterA, 1, now-30, 500, 0)
	early := postReading(t, s, f.seal(t, genuine, d, nil))
	require.Equal(t, http.StatusServiceUnavailable, early.Code, "not verifiable yet: retry, not a final conflict: %s", early.Body)

	b.down.Store(false)
	rep := postReading(t, s, f.seal(t, genuine, d, nil))
	require.Equal(t, http.StatusAccepted, rep.Code, rep.Body)
	require.True(t, rep.Result.Verified)
	got := settled(t, s.Store(), rep.Result.ID)
	require.Equal(t, stored.Accepted, got.Status)
	require.Equal(t, genuine, got.Reading)
	_, err = s.Store().Reading(context.Background(), forged.Result.ID)
	require.ErrorIs(t, err, store.ErrNotFound, "the forged reading gave its seq up")
	require.Equal(t, map[[2]uint64]int{{meterA, 1}: 1}, ledgerAccepted(t, f))
}

// TestNonNumericTopicRefused: a reading published under a topic that is not exactly
// meters/<meterId>/readings (a name, a leading zero) is refused and quarantined, never stored;
// the same reading under its meter's topic is.
func TestNonNumericTopicRefused(t *testing.T) {
	f, s, broker := startWithMQTT(t, func(*Config) {})
	r, d := newReading(meterA, 1, f.e.Now()-60, 100, 0)
	raw := f.seal(t, r, d, nil)
	bad := []string{"meters/abc/readings", fmt.Sprintf("meters/0%d/readings", meterA)}
	for _, topic := range bad {
		publish(t, broker, topic, raw)
	}
	require.Eventually(t, func() bool { return quarantineCount(t, s.Store()) == len(bad) }, 10*time.Second, 10*time.Millisecond)
	q, err := s.Store().QuarantineList(context.Background(), 0, 10, 0)
	require.NoError(t, err)
	var remotes []string // each publish is its own MQTT session: the broker may deliver them in either order
	for _, row := range q {
		require.Equal(t, "malformed", row.Code)
		remotes = append(remotes, row.Remote)
	}
	require.ElementsMatch(t, bad, remotes)
	_, err = s.Store().ReadingBySeq(context.Background(), meterA, 1)
	require.ErrorIs(t, err, store.ErrNotFound)

	publish(t, broker, fmt.Sprintf("meters/%d/readings", meterA), raw)
	require.Equal(t, stored.Accepted, settledBySeq(t, s.Store(), meterA, 1).Status)
}
