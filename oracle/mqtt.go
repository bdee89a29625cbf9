package oracle

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"

	paho "github.com/eclipse/paho.mqtt.golang"
)

// mqttTopic is where meters publish envelopes, one topic level per meter: meters/<meterId>/readings;
// mqttOcmfTopic where they publish OCMF records (docs/ocmf.md).
const (
	mqttTopic     = "meters/+/readings"
	mqttOcmfTopic = "meters/+/ocmf"
)

// mqttIngest is the oracle as an MQTT client of the utility's broker. It subscribes with QoS 1
// under a stable client id and a persistent session, so the broker keeps readings published
// while the oracle is away; it acknowledges (PUBACK) each message only after the reading, or the
// refused input, is committed, so a crash before the commit makes the broker deliver it again.
type mqttIngest struct {
	client   paho.Client
	ctx      context.Context // ends at stop: a message waiting for its budget is then left unacknowledged
	cancel   context.CancelFunc
	acks     chan mqttAck
	done     chan struct{}
	mu       sync.RWMutex // guards stopping against handlers racing stop
	stopping bool
}

type mqttAck struct {
	msg paho.Message
	t   *ticket
}

func startMQTT(s *Service) (*mqttIngest, error) {
	m := &mqttIngest{acks: make(chan mqttAck, 4*maxGroup), done: make(chan struct{})}
	m.ctx, m.cancel = context.WithCancel(context.Background())
	subscribed := make(chan error, 1) // the first subscription's outcome
	handle := func(_ paho.Client, msg paho.Message) {
		o := origin{transport: "mqtt", remote: msg.Topic(), wait: m.ctx}
		submit, leaf := s.submit, "readings"
		if strings.HasSuffix(msg.Topic(), "/ocmf") {
			submit, leaf = s.submitOcmf, "ocmf"
		}
		if id, ok := topicMeter(msg.Topic(), leaf); ok {
			o.meterID = &id
		} else {
			o.badTopic = fmt.Sprintf("the topic %q is not meters/<meterId>/%s with a decimal meter id", msg.Topic(), leaf)
		}
		// Called in order (SetOrderMatters): submitting here keeps each meter's readings in order;
		// the commit is awaited, and the PUBACK sent, by the ack loop, in the same order.
		m.mu.RLock()
		defer m.mu.RUnlock()
		if m.stopping {
			return // not acknowledged: the broker delivers it again to the next session
		}
		m.acks <- mqttAck{msg: msg, t: submit(m.ctx, o, msg.Payload())}
	}
	opts := paho.NewClientOptions().AddBroker(s.cfg.MQTTURL).SetClientID(s.cfg.MQTTClientID).
		SetCleanSession(false).SetOrderMatters(true).SetAutoAckDisabled(true).
		// A resumed session's queued messages can arrive before the connect handler has
		// subscribed again (which registers handle for the topics): they take the same path.
		SetDefaultPublishHandler(handle).
		SetAutoReconnect(true).SetConnectTimeout(10 * time.Second).SetMaxReconnectInterval(10 * time.Second).
		SetUsername(s.cfg.MQTTUsername).SetPassword(s.cfg.MQTTPassword).
		SetOnConnectHandler(func(c paho.Client) {
			// (Re)subscribe on every connection; with a persistent session this is a no-op for the broker.
			tok := c.SubscribeMultiple(map[string]byte{mqttTopic: 1, mqttOcmfTopic: 1}, handle)
			err := fmt.Errorf("subscribe to %s and %s timed out", mqttTopic, mqttOcmfTopic)
			if tok.WaitTimeout(10 * time.Second) {
				err = tok.Error()
			}
			if err != nil {
				s.log.Error("MQTT subscribe failed", "topics", []string{mqttTopic, mqttOcmfTopic}, "err", err)
			}
			select {
			case subscribed <- err:
			default: // a reconnection: Start is long done
			}
		}).
		SetConnectionLostHandler(func(_ paho.Client, err error) {
			s.log.Warn("MQTT connection lost; reconnecting", "broker", s.cfg.MQTTURL, "err", err)
		})
	m.client = paho.NewClient(opts)
	go m.ackLoop(s)
	tok := m.client.Connect()
	if !tok.WaitTimeout(15 * time.Second) {
		m.stop()
		return nil, fmt.Errorf("oracle: MQTT broker %s: connection timed out", s.cfg.MQTTURL)
	}
	if err := tok.Error(); err != nil {
		m.stop()
		return nil, fmt.Errorf("oracle: MQTT broker %s: %w", s.cfg.MQTTURL, err)
	}
	// The connect handler subscribes asynchronously; Start returns only once the subscription
	// stands, so nothing a meter publishes after that can miss the oracle.
	select {
	case err := <-subscribed:
		if err != nil {
			m.stop()
			return nil, fmt.Errorf("oracle: MQTT broker %s: %w", s.cfg.MQTTURL, err)
		}
	case <-time.After(15 * time.Second):
		m.stop()
		return nil, fmt.Errorf("oracle: MQTT broker %s: subscription timed out", s.cfg.MQTTURL)
	}
	return m, nil
}

// topicMeter is the meter a topic names: exactly meters/<id>/<leaf>, the id in canonical
// decimal (no sign, no leading zero), so no two topics name the same meter.
func topicMeter(topic, leaf string) (uint64, bool) {
	parts := strings.Split(topic, "/")
	if len(parts) != 3 || parts[0] != "meters" || parts[2] != leaf {
		return 0, false
	}
	id, err := strconv.ParseUint(parts[1], 10, 64)
	if err != nil || strconv.FormatUint(id, 10) != parts[1] {
		return 0, false
	}
	return id, true
}

// ackLoop acknowledges each message, in order, once it is committed: stored as a reading or, if
// refused, in the quarantine (or dropped, over its source's budget). A message not committed (the store failed, or the oracle stopped
// while it waited for its budget) is left unacknowledged; the broker delivers it again.
func (m *mqttIngest) ackLoop(s *Service) {
	defer close(m.done)
	for a := range m.acks {
		_, e := s.wait(a.t)
		switch {
		case e == nil:
			a.msg.Ack()
		case e.quarantine || e.dropped:
			s.log.Info("MQTT envelope refused", "topic", a.msg.Topic(), "code", e.Code, "message", e.Message)
			a.msg.Ack()
		default:
			s.log.Warn("MQTT message not stored; left unacknowledged", "topic", a.msg.Topic(), "code", e.Code, "err", e.Message)
		}
	}
}

// stop takes no more messages, acknowledges those already committed, and disconnects; the
// broker keeps the session and queues what arrives meanwhile.
func (m *mqttIngest) stop() {
	m.cancel()
	m.mu.Lock()
	if !m.stopping {
		m.stopping = true
		close(m.acks)
	}
	m.mu.Unlock()
	<-m.done
	m.client.Disconnect(250)
}
