package oracle

import (
	"context"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/meterchain/meterchain/oracle/store"
)

// metrics are the oracle's Prometheus series, on a registry of its own so that several services
// can live in one process (tests, devnet).
type metrics struct {
	reg          *prometheus.Registry
	received     *prometheus.CounterVec // stored readings by transport
	refused      *prometheus.CounterVec // refused input by error code
	accepted     prometheus.Counter     // accepted by the ledger
	rejected     *prometheus.CounterVec // rejected by the ledger, by reason
	batchSize    prometheus.Histogram   // readings per transaction
	txLatency    prometheus.Histogram   // send to receipt
	e2e          prometheus.Histogram   // received to settled on the ledger
	groupSize    prometheus.Histogram   // readings per SQLite group commit
	sendErrs     *prometheus.CounterVec // failed sends / waits by kind
	mispredicted prometheus.Counter     // ledger decisions the oracle did not predict

	quarantineEvicted prometheus.Counter // quarantine rows evicted to keep it within its bounds
}

func newMetrics(st *store.Store) *metrics {
	m := &metrics{
		reg: prometheus.NewRegistry(),
		received: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "meterchain_oracle_readings_received_total",
			Help: "Readings stored (acknowledged), by transport."}, []string{"transport"}),
		refused: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "meterchain_oracle_readings_refused_total",
			Help: "Input refused at the API, by error code."}, []string{"code"}),
		accepted: prometheus.NewCounter(prometheus.CounterOpts{Name: "meterchain_oracle_readings_accepted_total",
			Help: "Readings the ledger accepted."}),
		rejected: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "meterchain_oracle_readings_rejected_total",
			Help: "Readings the ledger logged as rejected, by reason."}, []string{"reason"}),
		batchSize: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "meterchain_oracle_batch_size",
			Help: "Readings per submitted transaction.", Buckets: prometheus.ExponentialBuckets(1, 2, 11)}),
		txLatency: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "meterchain_oracle_tx_latency_seconds",
			Help: "Time from sending a batch to its receipt.", Buckets: prometheus.ExponentialBuckets(0.05, 2, 12)}),
		e2e: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "meterchain_oracle_reading_latency_seconds",
			Help: "Time from a reading's receipt by the oracle to its decision on the ledger.", Buckets: prometheus.ExponentialBuckets(0.05, 2, 12)}),
		groupSize: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "meterchain_oracle_group_commit_size",
			Help: "Writes per SQLite group commit.", Buckets: prometheus.ExponentialBuckets(1, 2, 11)}),
		sendErrs: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "meterchain_oracle_relay_errors_total",
			Help: "Relayer failures (the readings are retried), by kind."}, []string{"kind"}),
		mispredicted: prometheus.NewCounter(prometheus.CounterOpts{Name: "meterchain_oracle_mispredicted_total",
			Help: "Ledger decisions that differ from the oracle's prediction."}),
	}
	m.quarantineEvicted = prometheus.NewCounter(prometheus.CounterOpts{Name: "meterchain_oracle_quarantine_evicted_total",
		Help: "Quarantined inputs evicted (oldest first) to keep the quarantine within its byte bounds."})
	depth := prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "meterchain_oracle_outbox_depth",
		Help: "Readings stored and not yet decided by the ledger (received + submitted)."}, func() float64 {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		n, err := st.OutboxDepth(ctx)
		if err != nil {
			return -1
		}
		return float64(n)
	})
	m.reg.MustRegister(m.received, m.refused, m.accepted, m.rejected, m.batchSize, m.txLatency, m.e2e, m.groupSize,
		m.sendErrs, m.mispredicted, m.quarantineEvicted, depth, collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}
