package attack

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
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
// (no answer) are retried by the fleet's pipeline. A meter always sends from the same one of
// honestAddrs source addresses.
type plainSender struct {
	url     string
	clients []*http.Client
}

func newPlainSender(base string, conns int) *plainSender {
	s := &plainSender{url: base + "/v1/readings"}
	for i := range honestAddrs {
		s.clients = append(s.clients, clientFrom(sourceAddr(honestNet, i), conns/honestAddrs+2, 30*time.Second))
	}
	return s
}

func (s *plainSender) Send(ctx context.Context, meterID uint64, env []byte) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.url, bytes.NewReader(env))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	// A multiplicative hash spreads meters over the addresses whatever their ids' pattern.
	resp, err := s.clients[((meterID*0x9E3779B97F4A7C15)>>32)%uint64(len(s.clients))].Do(req)
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

func (s *plainSender) Close() error {
	for _, c := range s.clients {
		c.CloseIdleConnections()
	}
	return nil
}
