package attack

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/meterchain/meterchain/internal/sim/meterfleet"
)

// honestSender sends even meter ids' readings over HTTP, odd ones' over MQTT.
type honestSender struct {
	http *plainSender
	mqtt *meterfleet.MQTTSender
}

func (s *honestSender) Send(ctx context.Context, meterID uint64, env []byte) error {
	if meterID%2 == 0 {
		return s.http.Send(ctx, meterID, env)
	}
	return s.mqtt.Send(ctx, meterID, env)
}

func (s *honestSender) Close() error { return errors.Join(s.http.Close(), s.mqtt.Close()) }

// plainSender POSTs envelopes to /v1/readings like meterfleet's HTTPSender, but counts every
// answer that is not a 2xx as a refusal instead of retrying a 429 or a 5xx: the benchmark counts
// an honest reading the oracle turned away, whatever the meter would do next. Transport errors
// (no answer) are retried by the fleet's pipeline.
type plainSender struct {
	url    string
	client *http.Client
}

func newPlainSender(base string, conns int) *plainSender {
	tr := &http.Transport{
		DialContext:         (&net.Dialer{Timeout: 5 * time.Second}).DialContext,
		MaxIdleConns:        conns,
		MaxIdleConnsPerHost: conns,
		IdleConnTimeout:     90 * time.Second,
	}
	return &plainSender{url: base + "/v1/readings", client: &http.Client{Transport: tr, Timeout: 30 * time.Second}}
}

func (s *plainSender) Send(ctx context.Context, _ uint64, env []byte) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.url, bytes.NewReader(env))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
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
		return nil // an earlier attempt whose answer was lost got through
	default:
		return &meterfleet.RefusedError{Status: resp.StatusCode, Body: string(body)}
	}
}

func (s *plainSender) Close() error { s.client.CloseIdleConnections(); return nil }
