package txmgr

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
)

// metrics are one manager's series, labelled with its sending address so that several managers
// can share a registry.
type metrics struct {
	sent        prometheus.Counter
	blobs       prometheus.Counter
	confirmed   prometheus.Counter
	failed      *prometheus.CounterVec // by reason: reverted, nonce_consumed
	bumps       prometheus.Counter
	nonceResets prometheus.Counter
	refused     *prometheus.CounterVec // broadcasts the node refused, by what the refusal means
}

// newMetrics registers the series on reg (none when reg is nil); pending counts the queued
// transactions when scraped.
func newMetrics(reg prometheus.Registerer, from common.Address, pending func() float64) (*metrics, error) {
	labels := prometheus.Labels{"sender": from.Hex()}
	counter := func(name, help string) prometheus.Counter {
		return prometheus.NewCounter(prometheus.CounterOpts{Name: "meterchain_txmgr_" + name, Help: help, ConstLabels: labels})
	}
	m := &metrics{
		sent:      counter("sent_total", "Transactions signed, recorded and broadcast."),
		blobs:     counter("blobs_sent_total", "Blobs carried by the blob transactions sent (not counting fee bumps)."),
		confirmed: counter("confirmed_total", "Transactions mined successfully, the configured confirmations deep."),
		failed: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "meterchain_txmgr_failed_total", ConstLabels: labels,
			Help: "Transactions that failed: reverted on chain, or their nonce used by another transaction."}, []string{"reason"}),
		bumps:       counter("fee_bumps_total", "Stuck transactions re-signed with higher fees."),
		nonceResets: counter("nonce_resets_total", "Times the next nonce was re-read from the chain after the node refused ours as too low."),
		refused: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "meterchain_txmgr_broadcast_errors_total", ConstLabels: labels,
			Help: "Broadcasts that failed (retried), by kind."}, []string{"kind"}),
	}
	if reg == nil {
		return m, nil
	}
	gauge := prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "meterchain_txmgr_pending", ConstLabels: labels,
		Help: "Transactions recorded and not yet confirmed (-1: the database could not be read)."}, pending)
	for _, c := range []prometheus.Collector{m.sent, m.blobs, m.confirmed, m.failed, m.bumps, m.nonceResets, m.refused, gauge} {
		if err := reg.Register(c); err != nil {
			return nil, fmt.Errorf("txmgr metrics: %w", err)
		}
	}
	return m, nil
}
