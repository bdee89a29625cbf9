package devnet

import (
	"fmt"
	"log/slog"

	mqtt "github.com/mochi-mqtt/server/v2"
	"github.com/mochi-mqtt/server/v2/hooks/auth"
	"github.com/mochi-mqtt/server/v2/listeners"
)

// Broker is the devnet's embedded MQTT broker (mochi-mqtt): meters publish to
// meters/<id>/readings, the oracle subscribes. Open to anyone on its address, as a dev broker
// is; production points the oracle at the utility's broker (mosquitto) instead.
type Broker struct {
	server *mqtt.Server
	tcp    *listeners.TCP
}

// StartBroker listens on addr (host:port; port 0 picks a free one).
func StartBroker(addr string, logger *slog.Logger) (*Broker, error) {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	s := mqtt.New(&mqtt.Options{InlineClient: true, Logger: logger})
	if err := s.AddHook(new(auth.AllowHook), nil); err != nil {
		return nil, fmt.Errorf("mqtt broker: %w", err)
	}
	tcp := listeners.NewTCP(listeners.Config{ID: "devnet", Address: addr})
	if err := s.AddListener(tcp); err != nil {
		return nil, fmt.Errorf("mqtt broker on %s: %w", addr, err)
	}
	if err := s.Serve(); err != nil {
		_ = s.Close()
		return nil, fmt.Errorf("mqtt broker: %w", err)
	}
	return &Broker{server: s, tcp: tcp}, nil
}

// URL is the broker's address as an MQTT client takes it.
func (b *Broker) URL() string { return "tcp://" + b.tcp.Address() }

// Close stops the broker and disconnects its clients.
func (b *Broker) Close() error { return b.server.Close() }
