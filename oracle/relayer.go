package oracle

import (
	"context"
	"database/sql"
	"errors"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/meterchain/meterchain/bindings"
	"github.com/meterchain/meterchain/oracle/reading"
	"github.com/meterchain/meterchain/oracle/store"
	"github.com/meterchain/meterchain/oracle/txmgr"
)

// relayer batches stored readings into submitPacked transactions, sends them through the
// transaction manager with several in flight (it assigns consecutive nonces), and settles each
// reading from its receipt's ReadingAccepted/ReadingRejected events.
//
// Crash safety: a reading is marked submitted in the same SQLite transaction that records the
// signed transaction (txmgr's onQueued), so after a crash a reading is either still received (it
// is batched again) or tied to a recorded transaction (which is resumed and waited for). The
// ledger itself refuses a second acceptance of a (meter, seq), so nothing is counted twice.
type relayer struct {
	s      *Service
	ledABI *bindings.ReadingLedger

	fresh  atomic.Int64  // readings stored since the last batch
	wakeCh chan struct{} // a full batch is waiting
	slots  chan struct{} // one per transaction in flight
	max    atomic.Int64  // current batch size; halved when a batch runs out of gas
	headAt time.Time     // when the validator's head time was last refreshed
	gas    gasModel

	knownMu  sync.Mutex
	onLedger map[uint64]bool // meters with an accepted reading
	wg       sync.WaitGroup
}

func newRelayer(s *Service, ledABI *bindings.ReadingLedger) *relayer {
	r := &relayer{s: s, ledABI: ledABI, wakeCh: make(chan struct{}, 1), slots: make(chan struct{}, s.cfg.MaxInFlight)}
	r.max.Store(int64(s.cfg.BatchMax))
	r.gas.scale = 1
	r.onLedger = map[uint64]bool{}
	return r
}

// wake tells the relayer a reading was stored; it sends at once when a full batch is waiting.
func (r *relayer) wake() {
	if r.fresh.Add(1) >= r.max.Load() {
		select {
		case r.wakeCh <- struct{}{}:
		default:
		}
	}
}

// start resumes the transactions a previous run left unsettled, then runs the batch loop.
func (r *relayer) start(ctx context.Context) error {
	pending, err := r.s.txm.Pending(ctx)
	if err != nil {
		return err
	}
	held, err := r.s.store.SubmittedTxIDs(ctx)
	if err != nil {
		return err
	}
	// A transaction the manager already saw mined may still hold readings not settled (a crash
	// between the receipt and the settlement): wait for those too.
	seen := map[int64]bool{}
	var resume []int64
	for _, id := range append(pending, held...) {
		if !seen[id] {
			seen[id] = true
			resume = append(resume, id)
		}
	}
	if len(resume) > 0 {
		r.s.log.Info("resuming transactions left by the previous run", "count", len(resume))
	}
	r.wg.Add(1)
	go r.loop(ctx, resume)
	return nil
}

func (r *relayer) wait() { r.wg.Wait() }

func (r *relayer) loop(ctx context.Context, resume []int64) {
	defer r.wg.Done()
	for _, id := range resume {
		select {
		case r.slots <- struct{}{}:
		case <-ctx.Done():
			return
		}
		r.wg.Add(1)
		go r.settle(ctx, id, time.Now(), -1, -1)
	}
	tick := time.NewTicker(r.s.cfg.BatchInterval)
	defer tick.Stop()
	for {
		partial := false
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
			partial = true // the interval is up: send what waits, even a partial batch
		case <-r.wakeCh:
		}
		r.fresh.Store(0)
		if partial && time.Since(r.headAt) > time.Second {
			if h, err := r.s.b.HeaderByNumber(ctx, nil); err == nil {
				r.s.valid.head.Store(h.Time)
				r.headAt = time.Now()
			}
		}
		for ctx.Err() == nil {
			sent, full, err := r.sendBatch(ctx, partial)
			if err != nil {
				if ctx.Err() == nil {
					r.s.log.Warn("relaying a batch failed; will retry", "err", err)
					r.s.metrics.sendErrs.WithLabelValues("send").Inc()
					sleep(ctx, time.Second)
				}
				break
			}
			if !sent || !full {
				break
			}
		}
	}
}

func sleep(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	}
}

// sendBatch sends one batch of waiting readings; with partial unset it sends only a full one.
func (r *relayer) sendBatch(ctx context.Context, partial bool) (sent, full bool, err error) {
	max := int(r.max.Load())
	batch, err := r.s.store.NextBatch(ctx, max)
	if err != nil || len(batch) == 0 {
		return false, false, err
	}
	full = len(batch) == max
	if !full && !partial {
		return false, false, nil
	}
	// Readings stored while the chain was unreachable are verified now, before any gas is spent.
	keep := batch[:0]
	for _, sr := range batch {
		if sr.Verified {
			keep = append(keep, sr)
			continue
		}
		refuse, reason, expected, ok := r.s.valid.recheck(ctx, sr)
		if !ok {
			return false, false, errors.New("the registry is unreachable; unverified readings wait")
		}
		if err := r.s.store.SetVerified(ctx, sr.ID, refuse, reason, expected); err != nil {
			return false, false, err
		}
		if refuse {
			r.s.metrics.refused.WithLabelValues("late_" + reason.String()).Inc()
			r.s.log.Warn("refused a reading stored while the chain was unreachable", "meter", sr.Reading.MeterID,
				"seq", sr.Reading.Seq, "reason", reason)
			continue
		}
		keep = append(keep, sr)
	}
	if len(keep) == 0 {
		return true, full, nil
	}
	// Arrival order (the store's id order) is kept: it is the order the oracle predicted the
	// ledger's decisions in, and the order the meter sent.
	nFirst, err := r.firstReadings(ctx, keep)
	if err != nil {
		return false, false, err
	}
	gasLimit := r.gas.limit(nFirst, len(keep)-nFirst)
	packed := make([]byte, 0, len(keep)*reading.PackedSize)
	ids := make([]int64, len(keep))
	for i, sr := range keep {
		packed = append(packed, reading.Pack(sr.Reading, sr.Signature)...)
		ids[i] = sr.ID
	}

	select {
	case r.slots <- struct{}{}:
	case <-ctx.Done():
		return false, false, ctx.Err()
	}
	r.s.hook("before-send")
	sentAt := time.Now()
	id, err := r.s.txm.Send(ctx, txmgr.Request{To: r.s.cfg.Deployment.ReadingLedger, Data: r.ledABI.PackSubmitPacked(packed), GasLimit: gasLimit},
		func(tx *sql.Tx, id int64) error { return store.MarkSubmittedTx(tx, ids, id) })
	if err != nil {
		<-r.slots
		if strings.Contains(err.Error(), "execution reverted") {
			r.shrink() // the estimate reverted: a smaller batch isolates what the ledger refuses
		}
		return false, false, err
	}
	r.s.hook("after-send")
	r.s.metrics.batchSize.Observe(float64(len(keep)))
	r.wg.Add(1)
	go r.settle(ctx, id, sentAt, nFirst, len(keep)-nFirst)
	return true, full, nil
}

// settle waits for transaction id (nFirst first readings and nNext later ones; -1 when resumed)
// and settles its readings; it holds one in-flight slot.
func (r *relayer) settle(ctx context.Context, id int64, sentAt time.Time, nFirst, nNext int) {
	defer r.wg.Done()
	defer func() { <-r.slots }()
	for {
		rc, err := r.s.txm.Wait(ctx, id)
		if ctx.Err() != nil {
			return // stopping: the next start resumes this transaction
		}
		switch {
		case err == nil:
			r.s.metrics.txLatency.Observe(time.Since(sentAt).Seconds())
			r.s.hook("before-settle")
			if nFirst >= 0 {
				r.gas.observe(nFirst, nNext, rc.GasUsed)
			}
			r.apply(ctx, id, rc)
			r.grow()
			return
		case errors.Is(err, txmgr.ErrReverted), errors.Is(err, txmgr.ErrNonceConsumed):
			// A reverted batch changed nothing on chain (most likely out of gas: batch smaller
			// from now on); a lost nonce sent nothing. Either way its readings are batched again.
			if errors.Is(err, txmgr.ErrReverted) {
				r.shrink()
				r.gas.reverted()
			}
			k, qerr := r.s.store.Requeue(ctx, id)
			r.s.metrics.sendErrs.WithLabelValues("reverted").Inc()
			r.s.log.Warn("batch failed on chain; readings go back to the queue", "tx", id, "readings", k, "err", err, "requeueErr", qerr)
			return
		default:
			r.s.metrics.sendErrs.WithLabelValues("receipt").Inc()
			r.s.log.Warn("waiting for a receipt failed; retrying", "tx", id, "err", err)
			sleep(ctx, time.Second)
		}
	}
}

func (r *relayer) shrink() {
	if m := r.max.Load(); m > 1 {
		r.max.CompareAndSwap(m, m/2)
	}
}

func (r *relayer) grow() {
	if m := r.max.Load(); m < int64(r.s.cfg.BatchMax) {
		r.max.CompareAndSwap(m, m+1)
	}
}

// apply settles the readings of a mined transaction from its events.
func (r *relayer) apply(ctx context.Context, id int64, rc *types.Receipt) {
	var outcomes []store.Outcome
	for _, l := range rc.Logs {
		if l.Address != r.s.cfg.Deployment.ReadingLedger {
			continue
		}
		if ev, err := r.ledABI.UnpackReadingAcceptedEvent(l); err == nil {
			outcomes = append(outcomes, store.Outcome{MeterID: ev.MeterId, Seq: ev.Seq, Reason: reading.Accepted})
		} else if ev, err := r.ledABI.UnpackReadingRejectedEvent(l); err == nil {
			outcomes = append(outcomes, store.Outcome{MeterID: ev.MeterId, Seq: ev.Seq, Reason: reading.Reason(ev.Reason)})
		}
	}
	var applied []store.Applied
	var requeued int64
	for {
		var err error
		applied, requeued, err = r.s.store.ApplyReceipt(ctx, id, rc.TxHash, rc.BlockNumber.Uint64(), outcomes)
		if err == nil {
			break
		}
		r.s.log.Error("settling a receipt failed; retrying", "tx", rc.TxHash, "err", err)
		if sleep(ctx, time.Second); ctx.Err() != nil {
			return
		}
	}
	if requeued > 0 {
		r.s.log.Warn("readings without an outcome in their receipt go back to the queue", "tx", rc.TxHash, "readings", requeued)
	}
	now := time.Now()
	for _, a := range applied {
		if a.Reason == reading.Accepted {
			r.s.metrics.accepted.Inc()
			r.markOnLedger(a.MeterID)
		} else {
			r.s.metrics.rejected.WithLabelValues(a.Reason.String()).Inc()
		}
		r.s.metrics.e2e.Observe(now.Sub(a.ReceivedAt).Seconds())
		if a.Expected != a.Reason {
			if a.Expected != store.NotPredicted {
				r.s.metrics.mispredicted.Inc()
			}
			r.s.valid.forget(a.MeterID)
		}
	}
}

// firstReadings counts the readings of a batch that will be their meter's first on the ledger
// as far as the oracle knows (no accepted reading yet, earliest of the meter in the batch): those
// create the meter's slot and baseline and cost about four times a later reading. What is known
// is kept in memory (a few dozen bytes per meter); the store is asked once per meter.
func (r *relayer) firstReadings(ctx context.Context, batch []store.Reading) (int, error) {
	r.knownMu.Lock()
	defer r.knownMu.Unlock()
	inBatch := map[uint64]bool{}
	n := 0
	for _, sr := range batch {
		id := sr.Reading.MeterID
		if inBatch[id] {
			continue
		}
		inBatch[id] = true
		onLedger, ok := r.onLedger[id]
		if !ok {
			var err error
			if onLedger, err = r.s.store.HasAccepted(ctx, id); err != nil {
				return 0, err
			}
			if onLedger {
				r.onLedger[id] = true
			}
		}
		if !onLedger {
			n++
		}
	}
	return n, nil
}

func (r *relayer) markOnLedger(meterID uint64) {
	r.knownMu.Lock()
	r.onLedger[meterID] = true
	r.knownMu.Unlock()
}

// gasModel sets each batch's gas limit from its readings instead of asking the node to estimate
// it (an estimate executes the whole batch, every signature recovery, two or three times: a
// sixth of the CPU of a busy devnet). Measured on the ledger: about 60k gas for a meter's first
// reading and 15k for a later one, plus the transaction's base cost. The limit matters: blocks
// are packed by gas limit, so an inflated one costs throughput. The model's scale follows the
// receipts (it never stays more than 15 % under the gas used) and grows after a batch runs out
// of gas, which then goes back to the queue.
type gasModel struct {
	mu    sync.Mutex
	scale float64
}

const gasBase, gasFirst, gasNext = 60_000, 75_000, 20_000

func gasPredicted(nFirst, nNext int) float64 {
	return float64(gasBase + nFirst*gasFirst + nNext*gasNext)
}

func (g *gasModel) limit(nFirst, nNext int) uint64 {
	g.mu.Lock()
	defer g.mu.Unlock()
	return min(uint64(gasPredicted(nFirst, nNext)*g.scale), 1<<24) // EIP-7825 per-transaction cap
}

func (g *gasModel) observe(nFirst, nNext int, used uint64) {
	g.mu.Lock()
	defer g.mu.Unlock()
	need := float64(used) * 1.15 / gasPredicted(nFirst, nNext)
	g.scale = max(need, g.scale*0.99)
}

func (g *gasModel) reverted() {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.scale *= 2
}
