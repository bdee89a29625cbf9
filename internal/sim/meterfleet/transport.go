package meterfleet

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"

	mqtt "github.com/eclipse/paho.mqtt.golang"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// Sender delivers one sealed envelope of a meter to the oracle.
type Sender interface {
	Send(ctx context.Context, meterID uint64, envelope []byte) error
	Close() error
}

// RefusedError is the oracle's considered "no" to an envelope (a 4xx): retrying will not help.
type RefusedError struct {
	Status int
	Body   string
}

func (e *RefusedError) Error() string {
	return fmt.Sprintf("oracle refused the reading: HTTP %d: %s", e.Status, strings.TrimSpace(e.Body))
}

// HTTPSender POSTs envelopes to the oracle's /v1/readings (or OCMF records to /v1/ocmf).
type HTTPSender struct {
	url, contentType string
	client           *http.Client
}

// NewHTTPSender talks to the oracle at base (e.g. http://127.0.0.1:8080), keeping up to conns
// connections open.
func NewHTTPSender(base string, conns int) *HTTPSender {
	return newHTTPSender(base, "/v1/readings", "application/json", conns)
}

// NewOcmfHTTPSender posts OCMF records, as a charger emits them, to the oracle's /v1/ocmf.
func NewOcmfHTTPSender(base string, conns int) *HTTPSender {
	return newHTTPSender(base, "/v1/ocmf", "text/plain", conns)
}

func newHTTPSender(base, path, contentType string, conns int) *HTTPSender {
	tr := &http.Transport{
		DialContext:         (&net.Dialer{Timeout: 5 * time.Second}).DialContext,
		MaxIdleConns:        conns,
		MaxIdleConnsPerHost: conns,
		IdleConnTimeout:     90 * time.Second,
	}
	return &HTTPSender{url: strings.TrimRight(base, "/") + path, contentType: contentType, client: &http.Client{Transport: tr, Timeout: 30 * time.Second}}
}

// Send POSTs one envelope. 2xx is delivered; 409 "duplicate" (the oracle already holds this exact
// reading: a retry after a lost answer) counts as delivered too; other 4xx are a RefusedError; 5xx, 429 and
// network errors are plain errors the caller retries.
func (s *HTTPSender) Send(ctx context.Context, _ uint64, env []byte) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.url, bytes.NewReader(env))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", s.contentType)
	resp, err := s.client.Do(req)
	if err != nil {
		return fmt.Errorf("post reading: %w", err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
	switch {
	case resp.StatusCode/100 == 2:
		return nil
	case resp.StatusCode == http.StatusConflict && strings.Contains(string(body), `"duplicate"`):
		return nil // the oracle already holds this exact reading: an earlier attempt got through
	case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode/100 == 5:
		return fmt.Errorf("oracle busy: HTTP %d: %s", resp.StatusCode, strings.TrimSpace(string(body)))
	default:
		return &RefusedError{Status: resp.StatusCode, Body: string(body)}
	}
}

func (s *HTTPSender) Close() error { s.client.CloseIdleConnections(); return nil }

// MQTTSender publishes envelopes with QoS 1 to meters/<id>/readings, as a meter gateway does.
type MQTTSender struct {
	client mqtt.Client
}

// Topic is where a meter's readings are published.
func Topic(meterID uint64) string { return "meters/" + strconv.FormatUint(meterID, 10) + "/readings" }

// NewMQTTSender connects to a broker (tcp://host:1883, ssl://host:8883).
func NewMQTTSender(ctx context.Context, brokerURL, clientID string) (*MQTTSender, error) {
	opts := mqtt.NewClientOptions().AddBroker(brokerURL).SetClientID(clientID).
		SetAutoReconnect(true).SetConnectRetry(true).SetCleanSession(false).
		SetOrderMatters(false).SetMaxResumePubInFlight(1000)
	c := mqtt.NewClient(opts)
	tok := c.Connect()
	select {
	case <-tok.Done():
	case <-ctx.Done():
		c.Disconnect(0)
		return nil, ctx.Err()
	case <-time.After(15 * time.Second):
		c.Disconnect(0)
		return nil, fmt.Errorf("connect to MQTT broker %s: timed out", brokerURL)
	}
	if err := tok.Error(); err != nil {
		return nil, fmt.Errorf("connect to MQTT broker %s: %w", brokerURL, err)
	}
	return &MQTTSender{client: c}, nil
}

// Send publishes with QoS 1 and waits for the broker's PUBACK.
func (s *MQTTSender) Send(ctx context.Context, meterID uint64, env []byte) error {
	tok := s.client.Publish(Topic(meterID), 1, false, env)
	select {
	case <-tok.Done():
		if err := tok.Error(); err != nil {
			return fmt.Errorf("publish to %s: %w", Topic(meterID), err)
		}
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (s *MQTTSender) Close() error { s.client.Disconnect(250); return nil }

// OracleInfo is what GET /v1/oracle says about the oracle; the simulator needs its public key.
type OracleInfo struct {
	PublicKey string `json:"public_key"`
}

// FetchOracleKey reads the oracle's ECIES public key from GET <base>/v1/oracle. It accepts the
// key under "public_key" (or "publicKey"), uncompressed or compressed hex.
func FetchOracleKey(ctx context.Context, base string) (*ecdsa.PublicKey, error) {
	m, err := fetchOracleInfo(ctx, base)
	if err != nil {
		return nil, err
	}
	for _, k := range []string{"public_key", "publicKey", "oracle_public_key", "oraclePublicKey"} {
		if s, ok := m[k].(string); ok && s != "" {
			return ParsePublicKey(s)
		}
	}
	return nil, errors.New("get oracle key: the answer has no public_key")
}

// FetchOracleP256Key reads the oracle's P-256 key for envelope version 2 from GET
// <base>/v1/oracle; nil when the oracle publishes none.
func FetchOracleP256Key(ctx context.Context, base string) (*ecdsa.PublicKey, error) {
	m, err := fetchOracleInfo(ctx, base)
	if err != nil {
		return nil, err
	}
	s, _ := m["oracleP256PublicKey"].(string)
	if s == "" {
		return nil, nil
	}
	raw, err := hexutil.Decode(ensure0x(s))
	if err != nil {
		return nil, fmt.Errorf("oracle P-256 key: %w", err)
	}
	pub, err := ecdsa.ParseUncompressedPublicKey(elliptic.P256(), raw)
	if err != nil {
		return nil, fmt.Errorf("oracle P-256 key: %w", err)
	}
	return pub, nil
}

func fetchOracleInfo(ctx context.Context, base string) (map[string]any, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, strings.TrimRight(base, "/")+"/v1/oracle", nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, fmt.Errorf("get oracle key: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("get oracle key: HTTP %d", resp.StatusCode)
	}
	var m map[string]any
	if err := json.NewDecoder(io.LimitReader(resp.Body, 1<<16)).Decode(&m); err != nil {
		return nil, fmt.Errorf("get oracle key: %w", err)
	}
	return m, nil
}

// ParsePublicKey parses a secp256k1 public key in hex (65-byte uncompressed or 33-byte compressed).
func ParsePublicKey(s string) (*ecdsa.PublicKey, error) {
	raw, err := hexutil.Decode(ensure0x(s))
	if err != nil {
		return nil, fmt.Errorf("oracle public key: %w", err)
	}
	var pub *ecdsa.PublicKey
	switch len(raw) {
	case 33:
		pub, err = crypto.DecompressPubkey(raw)
	case 64:
		pub, err = crypto.UnmarshalPubkey(append([]byte{4}, raw...))
	default:
		pub, err = crypto.UnmarshalPubkey(raw)
	}
	if err != nil {
		return nil, fmt.Errorf("oracle public key: %w", err)
	}
	return pub, nil
}

func ensure0x(s string) string {
	if strings.HasPrefix(s, "0x") || strings.HasPrefix(s, "0X") {
		return s
	}
	return "0x" + s
}
