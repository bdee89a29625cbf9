package follower

import (
	"fmt"

	"github.com/prometheus/client_golang/prometheus"
)

// metrics are one follower's series, labelled with its name so that several followers can
// share a registry.
type metrics struct {
	head         prometheus.Gauge // the node's head block
	processed    prometheus.Gauge // the cursor: the last block processed
	lag          prometheus.Gauge // head − cursor
	reorgs       prometheus.Counter
	logs         prometheus.Counter // events applied (replays of an applied event not counted)
	inconsistent prometheus.Counter // steps retried because the node's answers changed under us
}

func newMetrics(reg prometheus.Registerer, name string) (*metrics, error) {
	labels := prometheus.Labels{"follower": name}
	gauge := func(n, help string) prometheus.Gauge {
		return prometheus.NewGauge(prometheus.GaugeOpts{Name: "meterchain_follower_" + n, Help: help, ConstLabels: labels})
	}
	counter := func(n, help string) prometheus.Counter {
		return prometheus.NewCounter(prometheus.CounterOpts{Name: "meterchain_follower_" + n, Help: help, ConstLabels: labels})
	}
	m := &metrics{
		head:         gauge("head_block", "The node's latest block number."),
		processed:    gauge("processed_block", "The last block processed (the cursor)."),
		lag:          gauge("lag_blocks", "Blocks between the node's head and the cursor (confirmations included)."),
		reorgs:       counter("reorgs_total", "Reorgs undone (rewound to the common ancestor)."),
		logs:         counter("logs_total", "Events applied."),
		inconsistent: counter("inconsistent_reads_total", "Steps retried because the chain changed while they read it."),
	}
	if reg == nil {
		return m, nil
	}
	for _, c := range []prometheus.Collector{m.head, m.processed, m.lag, m.reorgs, m.logs, m.inconsistent} {
		if err := reg.Register(c); err != nil {
			return nil, fmt.Errorf("follower metrics: %w", err)
		}
	}
	return m, nil
}

// observe records the head and the cursor (hasCursor false: nothing processed yet).
func (m *metrics) observe(head, cursor uint64, hasCursor bool) {
	m.head.Set(float64(head))
	if !hasCursor {
		return
	}
	m.processed.Set(float64(cursor))
	if head >= cursor {
		m.lag.Set(float64(head - cursor))
	} else {
		m.lag.Set(0)
	}
}
