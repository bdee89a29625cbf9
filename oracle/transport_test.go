package oracle

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	paho "github.com/eclipse/paho.mqtt.golang"
	mochi "github.com/mochi-mqtt/server/v2"
	"github.com/mochi-mqtt/server/v2/hooks/auth"
	"github.com/mochi-mqtt/server/v2/listeners"
	"github.com/plgd-dev/go-coap/v3/message"
	"github.com/plgd-dev/go-coap/v3/message/codes"
	"github.com/plgd-dev/go-coap/v3/udp"
	udpClient "github.com/plgd-dev/go-coap/v3/udp/client"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/internal/stored"
	"github.com/meterchain/meterchain/oracle/store"
)

// startMochi runs an embedded MQTT broker on a random loopback port (as devnet embeds one).
func startMochi(t *testing.T) string {
	t.Helper()
	srv := mochi.New(&mochi.Options{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	require.NoError(t, srv.AddHook(new(auth.AllowHook), nil))
	tcp := listeners.NewTCP(listeners.Config{ID: "t", Address: "127.0.0.1:0"})
	require.NoError(t, srv.AddListener(tcp))
	go func() { _ = srv.Serve() }()
	t.Cleanup(func() { _ = srv.Close() })
	return "tcp://" + tcp.Address()
}

// requireTool finds an external program for an interoperability test. Missing, the test is
// skipped on a developer machine but fails in CI (CI=true), which must install it.
func requireTool(t *testing.T, envVar string, names ...string) string {
	t.Helper()
	if p := os.Getenv(envVar); p != "" {
		return p
	}
	for _, n := range names {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
		for _, dir := range []string{"/usr/sbin", "/usr/local/sbin"} {
			if p := filepath.Join(dir, n); fileExists(p) {
				return p
			}
		}
	}
	msg := fmt.Sprintf("%s not found (set %s or put it on PATH; Debian: apt-get install mosquitto libcoap3-bin)", names[0], envVar)
	if os.Getenv("CI") == "true" {
		t.Fatal(msg + ": CI must provide it")
	}
	t.Skip(msg)
	return ""
}

func fileExists(p string) bool { _, err := os.Stat(p); return err == nil }

func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

func publish(t *testing.T, broker, topic string, payload []byte) {
	t.Helper()
	c := paho.NewClient(paho.NewClientOptions().AddBroker(broker).SetClientID(fmt.Sprintf("meter-%d", time.Now().UnixNano())))
	tok := c.Connect()
	require.True(t, tok.WaitTimeout(10*time.Second))
	require.NoError(t, tok.Error())
	defer c.Disconnect(100)
	tok = c.Publish(topic, 1, false, payload)
	require.True(t, tok.WaitTimeout(10*time.Second))
	require.NoError(t, tok.Error())
}

// settledBySeq waits until the meter's reading seq is stored and settled.
func settledBySeq(t *testing.T, st *store.Store, meter, seq uint64) stored.Reading {
	t.Helper()
	var r stored.Reading
	require.Eventually(t, func() bool {
		var err error
		r, err = st.ReadingBySeq(context.Background(), meter, seq)
		if errors.Is(err, store.ErrNotFound) {
			return false
		}
		require.NoError(t, err)
		return r.Status != stored.Received && r.Status != stored.Submitted
	}, 30*time.Second, 10*time.Millisecond, "reading %d/%d never settled", meter, seq)
	return r
}

func mqttRoundTrip(t *testing.T, broker string) {
	f := newFixture(t, meterA)
	cfg := f.config()
	cfg.MQTTURL = broker
	s := f.start(t, cfg, nil)
	now := f.e.Now()
	r, d := newReading(meterA, 1, now-900, 1_000, 0)
	publish(t, broker, fmt.Sprintf("meters/%d/readings", meterA), f.seal(t, r, d, nil))
	got := settledBySeq(t, s.Store(), meterA, 1)
	require.Equal(t, stored.Accepted, got.Status)
	require.Equal(t, "mqtt", got.Source)
	require.Equal(t, uint64(1), f.e.LastReading(meterA).Seq)

	// An envelope published under another meter's topic is refused and quarantined.
	r2, _ := newReading(meterA, 2, now-60, 1_100, 0)
	publish(t, broker, fmt.Sprintf("meters/%d/readings", meterB), f.seal(t, r2, d, nil))
	require.Eventually(t, func() bool { return quarantineCount(t, s.Store()) == 1 }, 10*time.Second, 10*time.Millisecond)
	q, err := s.Store().QuarantineList(context.Background(), meterA, 1, 0)
	require.NoError(t, err)
	require.Equal(t, "inconsistent", q[0].Code)
	require.Equal(t, fmt.Sprintf("meters/%d/readings", meterB), q[0].Remote)

	// Readings published while the oracle is down wait in the broker (QoS 1, persistent
	// session) and are relayed after it restarts.
	require.NoError(t, s.Stop())
	publish(t, broker, fmt.Sprintf("meters/%d/readings", meterA), f.seal(t, r2, d, nil))
	s2 := f.start(t, cfg, nil)
	require.Equal(t, stored.Accepted, settledBySeq(t, s2.Store(), meterA, 2).Status)
}

// TestMQTTRoundTrip: a reading published QoS 1 to meters/<id>/readings on the embedded broker
// ends accepted on the ledger.
func TestMQTTRoundTrip(t *testing.T) { mqttRoundTrip(t, startMochi(t)) }

// TestMQTTRoundTripMosquitto: the same against a real mosquitto broker, as utilities run.
func TestMQTTRoundTripMosquitto(t *testing.T) {
	bin := requireTool(t, "MOSQUITTO_BIN", "mosquitto")
	port := freePort(t)
	conf := filepath.Join(t.TempDir(), "mosquitto.conf")
	require.NoError(t, os.WriteFile(conf, []byte(fmt.Sprintf("listener %d 127.0.0.1\nallow_anonymous true\npersistence false\n", port)), 0o644))
	cmd := exec.Command(bin, "-c", conf)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	require.NoError(t, cmd.Start())
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	require.Eventually(t, func() bool {
		c, err := net.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", port))
		if err == nil {
			c.Close()
		}
		return err == nil
	}, 10*time.Second, 20*time.Millisecond, "mosquitto did not start: %s", &out)
	mqttRoundTrip(t, fmt.Sprintf("tcp://127.0.0.1:%d", port))
}

// coapClient is a CoAP client of s and a context bounding its calls, both ended with the test.
func coapClient(t *testing.T, s *Service) (*udpClient.Conn, context.Context) {
	t.Helper()
	conn, err := udp.Dial(s.CoAPAddr())
	require.NoError(t, err)
	t.Cleanup(func() { _ = conn.Close() })
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	t.Cleanup(cancel)
	return conn, ctx
}

// coapPost posts body to path and returns the answer's code and body.
func coapPost(t *testing.T, conn *udpClient.Conn, ctx context.Context, path string, format message.MediaType, body []byte) (codes.Code, []byte) {
	t.Helper()
	resp, err := conn.Post(ctx, path, format, bytes.NewReader(body))
	require.NoError(t, err)
	data, err := resp.ReadBody()
	require.NoError(t, err)
	return resp.Code(), data
}

// TestCoAPRoundTrip: POST /readings over CoAP (go-coap's client) answers 2.01 with the id once
// stored; the reading ends accepted; a bad envelope gets 4.00 with the JSON error.
func TestCoAPRoundTrip(t *testing.T) {
	f := newFixture(t, meterA)
	cfg := f.config()
	cfg.CoAPAddr = "127.0.0.1:0"
	s := f.start(t, cfg, nil)
	conn, ctx := coapClient(t, s)

	r, d := newReading(meterA, 1, f.e.Now()-900, 1_000, 0)
	code, body := coapPost(t, conn, ctx, CoAPPath, message.AppJSON, f.seal(t, r, d, nil))
	require.Equal(t, codes.Created, code)
	var res Result
	require.NoError(t, json.Unmarshal(body, &res), string(body))
	require.Equal(t, "received", res.Status)
	got := settled(t, s.Store(), res.ID)
	require.Equal(t, stored.Accepted, got.Status)
	require.Equal(t, "coap", got.Source)

	code, body = coapPost(t, conn, ctx, CoAPPath, message.AppJSON, []byte(`{"v":7}`))
	require.Equal(t, codes.BadRequest, code)
	require.Contains(t, string(body), `"code":"malformed"`)
	require.Equal(t, 1, quarantineCount(t, s.Store()))
}

// TestCoAPRoundTripLibcoap: the same from libcoap's coap-client, a real constrained-device stack.
func TestCoAPRoundTripLibcoap(t *testing.T) {
	bin := requireTool(t, "COAP_CLIENT_BIN", "coap-client", "coap-client-notls", "coap-client-openssl", "coap-client-gnutls")
	f := newFixture(t, meterA)
	cfg := f.config()
	cfg.CoAPAddr = "127.0.0.1:0"
	s := f.start(t, cfg, nil)
	r, d := newReading(meterA, 1, f.e.Now()-900, 1_000, 0)
	file := filepath.Join(t.TempDir(), "envelope.json")
	require.NoError(t, os.WriteFile(file, f.seal(t, r, d, nil), 0o644))
	out, err := exec.Command(bin, "-m", "post", "-t", "json", "-B", "20", "-f", file, "coap://"+s.CoAPAddr()+CoAPPath).CombinedOutput()
	require.NoError(t, err, string(out))
	var res Result
	require.NoError(t, json.Unmarshal(bytes.TrimSpace(out), &res), string(out))
	require.Equal(t, "received", res.Status)
	got := settled(t, s.Store(), res.ID)
	require.Equal(t, stored.Accepted, got.Status)
	require.Equal(t, "coap", got.Source)
}

// TestHTTPSListener: with a certificate and key the listener speaks HTTPS only.
func TestHTTPSListener(t *testing.T) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	require.NoError(t, err)
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "oracle.test"},
		IPAddresses: []net.IP{net.ParseIP("127.0.0.1")}, NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		KeyUsage: x509.KeyUsageDigitalSignature, ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	require.NoError(t, err)
	keyDER, err := x509.MarshalECPrivateKey(key)
	require.NoError(t, err)
	dir := t.TempDir()
	certFile, keyFile := filepath.Join(dir, "cert.pem"), filepath.Join(dir, "key.pem")
	require.NoError(t, os.WriteFile(certFile, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o600))
	require.NoError(t, os.WriteFile(keyFile, pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: keyDER}), 0o600))

	f := newFixture(t, meterA)
	cfg := f.config()
	cfg.TLSCert, cfg.TLSKey = certFile, keyFile
	s := f.start(t, cfg, nil)
	cert, err := x509.ParseCertificate(der)
	require.NoError(t, err)
	pool := x509.NewCertPool()
	pool.AddCert(cert)
	client := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool}}}
	r, d := newReading(meterA, 1, f.e.Now()-60, 100, 0)
	resp, err := client.Post("https://"+s.HTTPAddr()+"/v1/readings", "application/json", bytes.NewReader(f.seal(t, r, d, nil)))
	require.NoError(t, err)
	resp.Body.Close()
	require.Equal(t, http.StatusAccepted, resp.StatusCode)

	resp, err = http.Get("http://" + s.HTTPAddr() + "/healthz")
	if err == nil {
		resp.Body.Close()
		require.NotEqual(t, http.StatusOK, resp.StatusCode, "plain HTTP must not be served on the TLS port")
	}
}
