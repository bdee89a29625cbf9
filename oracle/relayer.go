package oracle

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"github.com/meterchain/meterchain/internal/chaintx"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/meterchain/meterchain/bindings"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/internal/stored"
	"github.com/meterchain/meterchain/internal/txmgr"
	"github.com/meterchain/meterchain/oracle/store"
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

	anchored *anchoredRelay // set on an anchored deployment: anchors instead of submitPacked

	lastMu sync.Mutex
	// last is the timestamp of each meter's latest reading on the ledger or in a transaction in
	// flight (0: none), to tell a batch's first and period-closing readings from the cheap ones.
	last map[uint64]uint64
	wg   sync.WaitGroup
}

func newRelayer(s *Service, ledABI *bindings.ReadingLedger) (*relayer, error) {
	r := &relayer{s: s, ledABI: ledABI, wakeCh: make(chan struct{}, 1), slots: make(chan struct{}, s.cfg.MaxInFlight)}
	r.max.Store(int64(s.cfg.BatchMax))
	if s.cfg.Deployment.Anchored() && s.cfg.BatchMax == DefaultBatchMax {
		// An anchored reading costs no execution gas: the data's size (calldata, or blobs) bounds a batch.
		r.max.Store(int64(s.cfg.BatchMaxBytes / entryBytes(65)))
	}
	r.gas.scale = 1
	r.last = map[uint64]uint64{}
	if s.cfg.Deployment.Anchored() {
		var err error
		if r.anchored, err = newAnchoredRelay(r, s.b); err != nil {
			return nil, err
		}
	}
	return r, nil
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
		go r.settle(ctx, id, time.Now(), nil)
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
		if r.anchored != nil {
			r.drain(ctx, partial, "an anchor", r.anchored.send)
			if err := r.anchored.answerDemands(ctx); err != nil && ctx.Err() == nil {
				r.s.log.Warn("answering data-availability demands failed; will retry", "err", err)
			}
			continue
		}
		r.drain(ctx, partial, "a batch", r.sendBatch)
		r.drain(ctx, partial, "an OCMF batch", r.sendOcmf)
	}
}

// drain sends batches with send while they come out full; a failure waits a second (the next
// round retries).
func (r *relayer) drain(ctx context.Context, partial bool, what string, send func(context.Context, bool) (sent, full bool, err error)) {
	for ctx.Err() == nil {
		sent, full, err := send(ctx, partial)
		if err != nil {
			if ctx.Err() == nil {
				r.s.log.Warn("relaying "+what+" failed; will retry", "err", err)
				r.s.metrics.sendErrs.WithLabelValues("send").Inc()
				sleep(ctx, time.Second)
			}
			return
		}
		if !sent || !full {
			return
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

// nextBatch reads up to max waiting items with next: nil unless a full batch waits, or with
// partial set any.
func nextBatch[T any](ctx context.Context, max int, partial bool, next func(context.Context, int) ([]T, error)) (batch []T, full bool, err error) {
	batch, err = next(ctx, max)
	full = len(batch) == max
	if err != nil || len(batch) == 0 || !full && !partial {
		return nil, false, err
	}
	return batch, full, nil
}

// takeBatch reads a batch of waiting readings (with partial unset, only a full one) and checks
// the ones stored while the chain was unreachable, refusing those that fail.
func (r *relayer) takeBatch(ctx context.Context, partial bool) (keep []stored.Reading, full bool, err error) {
	batch, full, err := nextBatch(ctx, int(r.max.Load()), partial, r.s.store.NextBatch)
	if err != nil || batch == nil {
		return nil, false, err
	}
	// Readings stored while the chain was unreachable are verified now, before any gas is spent.
	keep = batch[:0]
	for _, sr := range batch {
		if sr.Verified {
			keep = append(keep, sr)
			continue
		}
		refuse, reason, expected, ok := r.s.valid.recheck(ctx, sr)
		if !ok {
			return nil, false, errors.New("the registry is unreachable; unverified readings wait")
		}
		if err := r.s.store.SetVerified(ctx, sr.ID, refuse, reason, expected); err != nil {
			return nil, false, err
		}
		if refuse {
			r.s.metrics.refused.WithLabelValues("late_" + reason.String()).Inc()
			r.s.log.Warn("refused a reading stored while the chain was unreachable", "meter", sr.Reading.MeterID,
				"seq", sr.Reading.Seq, "reason", reason)
			continue
		}
		keep = append(keep, sr)
	}
	return keep, full, nil
}

// sendBatch sends one batch of waiting readings; with partial unset it sends only a full one.
func (r *relayer) sendBatch(ctx context.Context, partial bool) (sent, full bool, err error) {
	keep, full, err := r.takeBatch(ctx, partial)
	if err != nil || keep == nil {
		return false, false, err
	}
	if len(keep) == 0 {
		return true, full, nil
	}
	// Arrival order (the store's id order) is kept: it is the order the oracle predicted the
	// ledger's decisions in, and the order the meter sent.
	mix, n, seen, err := r.classify(ctx, keep)
	if err != nil {
		return false, false, err
	}
	keep = keep[:n] // the rest would pass the per-transaction gas cap: next batch
	gasLimit := r.gas.limit(mix)
	packed := make([]byte, 0, len(keep)*reading.PackedSize)
	ids := make([]int64, len(keep))
	for i, sr := range keep {
		rec, err := r.record(ctx, sr)
		if err != nil {
			return false, false, err
		}
		packed = append(packed, rec...)
		ids[i] = sr.ID
	}

	if err := r.send(ctx, r.s.cfg.Deployment.ReadingLedger, r.ledABI.PackSubmitPacked(packed), gasLimit, ids, &mix, func() { r.remember(seen) }); err != nil {
		return false, false, err
	}
	return true, full, nil
}

// send sends a batch's transaction (gasLimit 0: estimated) in a free in-flight slot, marking the
// readings ids submitted in the transaction manager's record of it; sent (run once it is) updates
// what the relayer knows, and a goroutine settles it from its receipt (with the batch's gas mix,
// if it has one).
func (r *relayer) send(ctx context.Context, to common.Address, data []byte, gasLimit uint64, ids []int64, mix *gasMix, sent func()) error {
	if err := r.reserve(ctx); err != nil {
		return err
	}
	return r.sendReserved(ctx, txmgr.Request{To: to, Data: data, GasLimit: gasLimit}, ids, mix, sent, nil)
}

// reserve takes an in-flight slot, waiting while all are taken; sendReserved or release gives it
// back.
func (r *relayer) reserve(ctx context.Context) error {
	select {
	case r.slots <- struct{}{}:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (r *relayer) release() { <-r.slots }

// sendReserved is send of req with a slot already reserved: settle frees it, or this on an error.
// queued, if set, writes more in the database transaction that records the transaction.
func (r *relayer) sendReserved(ctx context.Context, req txmgr.Request, ids []int64, mix *gasMix, sent func(), queued func(*sql.Tx) error) error {
	r.s.hook("before-send")
	sentAt := time.Now()
	id, err := r.s.txm.Send(ctx, req, func(tx *sql.Tx, id int64) error {
		if queued != nil {
			if err := queued(tx); err != nil {
				return err
			}
		}
		return store.MarkSubmittedTx(tx, ids, id)
	})
	if err != nil {
		r.release()
		if errors.Is(err, txmgr.ErrWouldRevert) {
			r.shrink() // the estimate reverted: a smaller batch isolates what the ledger refuses
		}
		return err
	}
	r.s.hook("after-send")
	sent()
	r.s.metrics.batchSize.Observe(float64(len(ids)))
	r.wg.Add(1)
	go r.settle(ctx, id, sentAt, mix)
	return nil
}

// settle waits for transaction id (with its batch's gas mix; nil when resumed) and settles its
// readings; it holds one in-flight slot.
func (r *relayer) settle(ctx context.Context, id int64, sentAt time.Time, mix *gasMix) {
	defer r.wg.Done()
	defer r.release()
	for {
		rc, err := r.s.txm.Wait(ctx, id)
		if ctx.Err() != nil {
			return // stopping: the next start resumes this transaction
		}
		switch {
		case err == nil:
			r.s.metrics.txLatency.Observe(time.Since(sentAt).Seconds())
			r.s.hook("before-settle")
			if mix != nil {
				r.gas.observe(*mix, rc.GasUsed)
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
			r.forgetLast() // the requeued readings are not on the ledger after all
			if r.anchored != nil {
				r.anchored.failed()
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
		if id, seq, reason, ok := reading.Outcome(l); ok {
			outcomes = append(outcomes, store.Outcome{MeterID: id, Seq: seq, Reason: reason})
		}
	}
	for r.anchored != nil {
		var err error
		if outcomes, err = r.anchored.outcomes(ctx, rc); err == nil {
			break
		}
		r.s.log.Error("reading an anchor's verdicts failed; retrying", "tx", rc.TxHash, "err", err)
		if sleep(ctx, time.Second); ctx.Err() != nil {
			return
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
		} else {
			r.s.metrics.rejected.WithLabelValues(a.Reason.String()).Inc()
			r.forgetMeter(a.MeterID) // its timestamp is not the ledger's: ask the store next time
		}
		r.s.metrics.e2e.Observe(now.Sub(a.ReceivedAt).Seconds())
		if a.Expected != a.Reason {
			if a.Expected != stored.NotPredicted {
				r.s.metrics.mispredicted.Inc()
			}
			r.s.valid.forget(a.MeterID)
		}
	}
}

// classify sorts a batch's readings by what they cost on the ledger: a meter's first reading
// creates its slot and baseline record, a reading in a later calendar month than the meter's
// previous one closes a period (one more slot and a PeriodClosed log, three times a plain
// reading: every meter's first reading of a month is one), any other is cheap. It returns the
// mix of the longest prefix whose gas limit stays under the per-transaction cap, its length, and
// each meter's latest timestamp in that prefix (for remember, once the batch is sent). A meter
// not seen since start is looked up in the store once.
func (r *relayer) classify(ctx context.Context, batch []stored.Reading) (mix gasMix, n int, seen map[uint64]uint64, err error) {
	r.lastMu.Lock()
	defer r.lastMu.Unlock()
	seen = map[uint64]uint64{}
	for n < len(batch) {
		rd := batch[n].Reading
		prev, ok := seen[rd.MeterID]
		if !ok {
			if prev, ok = r.last[rd.MeterID]; !ok {
				if prev, err = r.s.store.LatestOnLedger(ctx, rd.MeterID); err != nil {
					return gasMix{}, 0, nil, err
				}
				r.last[rd.MeterID] = prev
			}
		}
		next := mix
		switch {
		case prev == 0:
			next.First++
		case reading.PreviousPeriod(reading.PeriodOf(rd.Timestamp)) > reading.PeriodOf(prev):
			// It ends a gap of whole months without readings: the ledger also stores the gap's end
			// (about 68k gas), priced as a first reading.
			next.First++
		case reading.PeriodOf(rd.Timestamp) != reading.PeriodOf(prev):
			next.Closing++
		default:
			next.Plain++
		}
		if _, isP256 := batch[n].Signature.P256(); isP256 {
			next.P256++
		}
		if n > 0 && r.gas.limit(next) >= chaintx.MaxGas {
			break
		}
		mix = next
		seen[rd.MeterID] = max(prev, rd.Timestamp)
		n++
	}
	return mix, n, seen, nil
}

// record packs a stored reading for submitPacked; a P-256 one carries the key the registry names
// for its meter now (a key rotated since it was checked makes the ledger reject it, as it would
// any reading signed with a rotated-out key).
func (r *relayer) record(ctx context.Context, sr stored.Reading) ([]byte, error) {
	sig, isP256 := sr.Signature.P256()
	if !isP256 {
		return reading.Pack(sr.Reading, sr.Signature), nil
	}
	key, err := r.s.valid.p256Key(ctx, sr.Reading.MeterID)
	if err != nil {
		return nil, fmt.Errorf("pack reading %d/%d: %w", sr.Reading.MeterID, sr.Reading.Seq, err)
	}
	return reading.PackP256(sr.Reading, sig, key), nil
}

// remember records the latest timestamps of a batch that was sent.
func (r *relayer) remember(seen map[uint64]uint64) {
	r.lastMu.Lock()
	defer r.lastMu.Unlock()
	for id, ts := range seen {
		r.last[id] = max(r.last[id], ts)
	}
}

func (r *relayer) forgetMeter(id uint64) {
	r.lastMu.Lock()
	delete(r.last, id)
	r.lastMu.Unlock()
}

// forgetLast drops what the relayer knows of the meters' latest readings (a batch went back to
// the queue): the store is asked again.
func (r *relayer) forgetLast() {
	r.lastMu.Lock()
	defer r.lastMu.Unlock()
	clear(r.last)
}

// gasModel sets each batch's gas limit from its readings instead of asking the node to estimate
// it (an estimate executes the whole batch, every signature recovery, two or three times: a
// sixth of the CPU of a busy devnet). Measured on the ledger (BenchmarkReadingLedger, batches of
// 100-500): 60.2k gas for a meter's first reading, 45.7k for a period-closing one, 14.7k for any
// other, plus the transaction's base cost; the constants below are about 1.3 times that. The
// limit matters: blocks are packed by gas limit, so an inflated one costs throughput. The
// model's scale follows the receipts (it never stays more than 15 % under the gas used) and
// grows after a batch runs out of gas, which then goes back to the queue.
type gasModel struct {
	mu    sync.Mutex
	scale float64
}

// gasMix counts a batch's readings by cost class, and the P-256 ones among them (each costs
// ~5.4k more: the precompile's 6,900 gas against ecrecover's 3,000, and 64 more calldata bytes).
type gasMix struct{ First, Closing, Plain, P256 int }

const (
	gasBase, gasFirst, gasClosing, gasPlain = 60_000, 80_000, 62_000, 20_000
	gasP256                                 = 7_000
)

func (m gasMix) predicted() float64 {
	return float64(gasBase + m.First*gasFirst + m.Closing*gasClosing + m.Plain*gasPlain + m.P256*gasP256)
}

func (g *gasModel) limit(m gasMix) uint64 {
	g.mu.Lock()
	defer g.mu.Unlock()
	return min(uint64(m.predicted()*g.scale), chaintx.MaxGas)
}

func (g *gasModel) observe(m gasMix, used uint64) {
	g.mu.Lock()
	defer g.mu.Unlock()
	need := float64(used) * 1.15 / m.predicted()
	g.scale = max(need, g.scale*0.99)
}

func (g *gasModel) reverted() {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.scale *= 2
}
