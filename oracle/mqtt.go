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
//
// Each topic (one meter's) is worked by a goroutine of its own while it has messages, in the
// order they arrived, and acknowledged in that order: a meter over its budget waits for it (a
// refusal would never reach the meter) and holds up only its own topic, not every meter behind
// it, and the meters' decryptions and signature checks run on every core. PUBACKs of different
// topics may go out of order, as paho's own unordered mode sends them; brokers match them by
// packet id.
type mqttIngest struct {
	client   paho.Client
	ctx      context.Context // ends at stop: a message waiting for its budget is then left unacknowledged
	cancel   context.CancelFunc
	slots    chan struct{} // one per message taken and not yet answered: bounds the work held
	wg       sync.WaitGroup
	mu       sync.Mutex // guards topics and stopping against handlers racing stop
	topics   map[string][]mqttJob
	stopping bool
}

type mqttJob struct {
	msg    paho.Message
	o      origin
	submit func(context.Context, origin, []byte) *ticket
}

func startMQTT(s *Service) (*mqttIngest, error) {
	m := &mqttIngest{slots: make(chan struct{}, queuedJobs), topics: map[string][]mqttJob{}}
	m.ctx, m.cancel = context.WithCancel(context.Background())
	subscribed := make(chan error, 1) // the first subscription's outcome
	handle := func(_ paho.Client, msg paho.Message) {
		j := mqttJob{msg: msg, o: origin{transport: "mqtt", remote: msg.Topic(), wait: m.ctx}, submit: s.submit}
		leaf := "readings"
		if strings.HasSuffix(msg.Topic(), "/ocmf") {
			j.submit, leaf = s.submitOcmf, "ocmf"
		}
		if id, ok := topicMeter(msg.Topic(), leaf); ok {
			j.o.meterID = &id
		} else {
			j.o.badTopic = fmt.Sprintf("the topic %q is not meters/<meterId>/%s with a decimal meter id", msg.Topic(), leaf)
		}
		m.take(s, j) // called in order (SetOrderMatters): each topic's queue keeps it
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

// take queues j on its topic, starting the topic's goroutine if it has none. Not taken (the
// oracle is stopping) is not acknowledged: the broker delivers it again to the next session.
func (m *mqttIngest) take(s *Service, j mqttJob) {
	select {
	case m.slots <- struct{}{}:
	case <-m.ctx.Done():
		return
	}
	topic := j.msg.Topic()
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.stopping {
		<-m.slots
		return
	}
	q, working := m.topics[topic]
	m.topics[topic] = append(q, j)
	if !working {
		m.wg.Add(1)
		go m.work(s, topic)
	}
}

// work submits the topic's queued messages in order, then answers each once committed, until
// the queue is empty (submitting all before waiting lets a backlog share group commits).
func (m *mqttIngest) work(s *Service, topic string) {
	defer m.wg.Done()
	for {
		m.mu.Lock()
		jobs := m.topics[topic]
		if len(jobs) == 0 {
			delete(m.topics, topic)
			m.mu.Unlock()
			return
		}
		m.topics[topic] = nil // still working: what arrives now waits for the next round
		m.mu.Unlock()
		tickets := make([]*ticket, len(jobs))
		for i, j := range jobs {
			tickets[i] = j.submit(m.ctx, j.o, j.msg.Payload())
		}
		for i, j := range jobs {
			m.answer(s, j.msg, tickets[i])
			<-m.slots
		}
	}
}

// answer acknowledges a message once it is committed: stored as a reading or, if refused, in the
// quarantine (or dropped, over its source's budget). A message not committed (the store failed,
// or the oracle stopped while it waited for its budget) is left unacknowledged; the broker
// delivers it again.
func (m *mqttIngest) answer(s *Service, msg paho.Message, t *ticket) {
	_, e := s.wait(t)
	switch {
	case e == nil:
		msg.Ack()
	case e.quarantine || e.dropped:
		s.log.Info("MQTT envelope refused", "topic", msg.Topic(), "code", e.Code, "message", e.Message)
		msg.Ack()
	default:
		s.log.Warn("MQTT message not stored; left unacknowledged", "topic", msg.Topic(), "code", e.Code, "err", e.Message)
	}
}

// stop takes no more messages, answers those already taken, and disconnects; the broker keeps
// the session and queues what arrives meanwhile.
func (m *mqttIngest) stop() {
	m.cancel()
	m.mu.Lock()
	m.stopping = true
	m.mu.Unlock()
	m.wg.Wait()
	m.client.Disconnect(250)
}
