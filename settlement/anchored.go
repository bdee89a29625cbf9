package settlement

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/meterchain/meterchain/bindings/anchoredledger"
	"github.com/meterchain/meterchain/internal/anchor"
	"github.com/meterchain/meterchain/internal/anchorchain"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/settlement/sends"
)

// On an anchored deployment (docs/anchored-ledger.md) the ledger emits no PeriodClosed: a
// period's registers reach billing only when someone proves them (proveRegisters) from a final
// batch's state root. The prover does that each round, before the bills are issued:
//
//   - it reads the ledger's history (anchorchain.Reader) up to the index's cursor, keeping the
//     batches that stand (Voided drops them) but applying a batch to its state only once the
//     ledger says it is final (isFinal): final batches are never voided, so the state it holds is
//     always exactly the state after the newest final batch, the root proofs are checked against;
//   - for every (meter, period) whose registers a final batch's closing record gives and the
//     index has no RegistersProven for, it sends proveRegisters against that newest final batch,
//     one transaction each, through the send ledger (kind "prove", key "meterId/period"): a send
//     in flight or mined but not indexed yet is not repeated, and a duplicate would change
//     nothing (the ledger stores a period's registers once and ignores an equal proof);
//   - a deactivated meter's final period, which ReadingLedger closes at deactivation with the
//     meter's last reading, is proven with proveFinalPeriod from the newest final batch once that
//     batch was decided on an epoch at which the meter is inactive (AuthChanged logs give the
//     meters' auth logs);
//   - the index turns RegistersProven events into closed periods (index.AnchoredLedgerContract)
//     and issue bills them exactly as on the verified ledger.
//
// The state is kept in memory between rounds. With Config.StateFile it is also written, as of the
// newest final batch, with the registers still to prove and the meters' deactivations
// (anchorchain.WriteStateFile), and a restart, or a reorg below the blocks read, resumes from the
// file once the chain confirms it; without one, or when the chain does not confirm it, the state
// is rebuilt from the deployment block.
const kindProve sends.Kind = "prove"

// replayChunk is the blocks per eth_getLogs of the prover's replay.
const replayChunk = 2_000

// prover proves registers from the newest final batch.
type prover struct {
	s      *Service
	b      anchorchain.Backend
	reader *anchorchain.Reader
	al     *anchoredledger.AnchoredLedger

	st      *anchor.State    // the state after batch `final` (genesis while final is 0)
	final   uint64           // the newest final batch applied
	header  anchor.Header    // its header
	pending []pendingBatch   // standing batches read, not final yet, in order
	todo    map[todoKey]bool // registers given by a final batch and not seen proven
	// inactive are the meters whose latest auth change (AuthChanged) deactivated them, at that
	// epoch; retired, those of them inactive at the newest final batch's epoch: their final
	// period is to be proven.
	inactive map[uint64]uint64
	retired  map[uint64]bool
	next     uint64      // the next block to read
	last     common.Hash // the hash of block next-1 (a reorg check)
	broken   error       // a final batch the replay cannot reproduce: nothing more is proven

	at       anchorchain.LogPos  // the newest final batch's Anchored log
	loaded   bool                // the state file was looked at since the last reset
	resumeAt *anchorchain.LogPos // resumed from the state file: the logs up to here are in it
	snap     uint64              // the batch of the last state file written or resumed from
	snapAt   time.Time
}

type pendingBatch struct {
	number uint64
	header anchor.Header
	txHash common.Hash
	at     anchorchain.LogPos
}

type todoKey struct {
	meter  uint64
	period uint32
}

func (k todoKey) String() string { return fmt.Sprintf("%d/%d", k.meter, k.period) }

func newProver(s *Service) (*prover, error) {
	b, ok := s.b.(anchorchain.Backend)
	if !ok {
		return nil, errors.New("settlement: an anchored deployment needs a backend that reads transactions (TransactionByHash)")
	}
	rd, err := anchorchain.NewReader(b, s.cfg.Deployment.AnchoredLedger, s.cfg.BlobSources...)
	if err != nil {
		return nil, err
	}
	p := &prover{s: s, b: b, reader: rd, al: anchoredledger.NewAnchoredLedger()}
	p.reset()
	return p, nil
}

// reset forgets everything read: the next round replays from the deployment block.
func (p *prover) reset() {
	p.st, p.final, p.header, p.pending = anchor.NewState(), 0, anchor.Header{}, nil
	p.todo, p.next, p.last, p.broken = map[todoKey]bool{}, p.s.cfg.Deployment.Block, common.Hash{}, nil
	p.inactive, p.retired = map[uint64]uint64{}, map[uint64]bool{}
	p.at, p.loaded, p.resumeAt, p.snap, p.snapAt = anchorchain.LogPos{}, false, nil, 0, time.Time{}
}

// prove reads the ledger up to the index's cursor, applies the batches that became final and
// sends proveRegisters for what they give that is not proven yet.
func (p *prover) prove(ctx context.Context) error {
	cur, err := p.s.cursor(ctx)
	if err != nil {
		return err
	}
	if !p.loaded {
		p.load(ctx)
	}
	if err := p.read(ctx, cur); err != nil {
		return err
	}
	if err := p.applyFinal(ctx); err != nil {
		return err
	}
	if p.broken != nil {
		return p.broken
	}
	p.snapshot() // here, not in applyFinal: that stops at the first batch not final yet
	return p.send(ctx, cur)
}

// read follows the ledger's Anchored and Voided logs of blocks next..to.
func (p *prover) read(ctx context.Context, to uint64) error {
	if p.next > p.s.cfg.Deployment.Block && p.next-1 <= to {
		h, err := p.s.b.HeaderByNumber(ctx, new(big.Int).SetUint64(p.next-1))
		if err != nil {
			return fmt.Errorf("block %d: %w", p.next-1, err)
		}
		if h.Hash() != p.last {
			p.s.cfg.Log.Warn("settlement: the chain reorganised under the anchored replay; replaying from the deployment block", "block", p.next-1)
			p.reset()
		}
	}
	for p.next <= to {
		hi := min(to, p.next+replayChunk-1)
		logs, err := p.reader.Logs(ctx, p.next, hi)
		if err != nil {
			return err
		}
		for i := range logs {
			l := &logs[i]
			if p.resumeAt != nil && !anchorchain.PosOf(l).After(*p.resumeAt) {
				continue // in the state file
			}
			switch p.reader.Event(l) {
			case anchorchain.Anchored:
				n, h, err := p.reader.Header(l)
				if err != nil {
					return err
				}
				p.pending = append(p.pending, pendingBatch{number: n, header: h, txHash: l.TxHash, at: anchorchain.PosOf(l)})
			case anchorchain.AuthChanged:
				ev, err := p.al.UnpackAuthChangedEvent(l)
				if err != nil {
					return err
				}
				if ev.Active {
					delete(p.inactive, ev.MeterId)
				} else {
					p.inactive[ev.MeterId] = ev.Epoch
				}
			case anchorchain.Voided:
				ev, err := p.al.UnpackVoidedEvent(l)
				if err != nil {
					return err
				}
				if ev.Batch <= p.final {
					// A final batch cannot be voided: the replay missed something; start over.
					p.reset()
					return fmt.Errorf("batch %d voided, but it was final", ev.Batch)
				}
				keep := len(p.pending)
				for keep > 0 && p.pending[keep-1].number >= ev.Batch {
					keep--
				}
				p.pending = p.pending[:keep]
			}
		}
		h, err := p.s.b.HeaderByNumber(ctx, new(big.Int).SetUint64(hi))
		if err != nil {
			return fmt.Errorf("block %d: %w", hi, err)
		}
		p.next, p.last = hi+1, h.Hash()
	}
	return nil
}

// applyFinal applies the pending batches the ledger calls final, oldest first, and notes the
// registers their closing records give.
func (p *prover) applyFinal(ctx context.Context) error {
	for len(p.pending) > 0 && p.broken == nil {
		b := p.pending[0]
		final, err := p.isFinal(ctx, b)
		if err != nil {
			return err
		}
		if !final {
			return nil // nor is any batch after it
		}
		data, err := p.reader.Data(ctx, b.txHash)
		if err != nil {
			return fmt.Errorf("batch %d: %w", b.number, err)
		}
		entries, err := anchor.DecodeData(data)
		if err != nil {
			return fmt.Errorf("batch %d: %w", b.number, err)
		}
		entries = entries[:min(len(entries), int(b.header.Count))]
		for _, e := range entries {
			if e.Verdict != reading.Accepted {
				continue
			}
			r := e.Reading
			for _, c := range anchor.Closings(p.st.Meter(r.MeterID), r) {
				if !c.Estimated {
					p.todo[todoKey{r.MeterID, c.Period}] = true
					continue
				}
				for period := reading.NextPeriod(c.StartPeriod); period <= c.Period; period = reading.NextPeriod(period) {
					p.todo[todoKey{r.MeterID, period}] = true
				}
			}
			p.st.Accept(r)
		}
		p.st.Forget(p.st.Mark()) // final: never rolled back
		p.pending = p.pending[1:]
		if root := p.st.Root(); root != b.header.StateRoot {
			// The batch went final with a state root its own data does not give (no watcher proved
			// it wrong): proofs against it would fail, so none is sent from here on.
			p.broken = fmt.Errorf("final batch %d: its data gives state root %s, the header says %s; no registers are proven from it or later",
				b.number, root, common.Hash(b.header.StateRoot))
			return nil
		}
		p.final, p.header, p.at = b.number, b.header, b.at
		p.noteRetired()
		p.s.cfg.Log.Debug("settlement: anchored batch final", "batch", b.number, "readings", b.header.Count)
		if err := p.s.finalBatch(ctx, FinalBatch{Number: b.number, Header: b.header, Entries: entries}); err != nil {
			p.reset() // the functions see this batch again in the replay
			return fmt.Errorf("final batch %d: %w", b.number, err)
		}
	}
	return nil
}

// noteRetired notes the deactivated meters with a reading that are inactive at the newest final
// batch's epoch: their final period is to be proven from it. A meter enrolled again before that
// is not (its next readings close its periods).
func (p *prover) noteRetired() {
	for id, epoch := range p.inactive {
		if epoch <= p.header.AuthEpoch && p.st.Meter(id).Timestamp != 0 {
			p.retired[id] = true
		}
	}
	for id := range p.retired {
		if _, ok := p.inactive[id]; !ok {
			delete(p.retired, id)
		}
	}
}

func (p *prover) isFinal(ctx context.Context, b pendingBatch) (bool, error) {
	to := p.s.cfg.Deployment.AnchoredLedger
	out, err := p.s.b.CallContract(ctx, ethereum.CallMsg{To: &to, Data: p.al.PackIsFinal(anchoredledger.AnchoredLedgerHeader(b.header), b.number)}, nil)
	if err != nil {
		return false, fmt.Errorf("isFinal(%d): %w", b.number, err)
	}
	return p.al.UnpackIsFinal(out)
}

// send sends proveRegisters (and proveFinalPeriod for retired meters), against the newest final
// batch, for every registers to do that the index (complete up to cursor) has not seen proven and
// no send of which is in flight.
func (p *prover) send(ctx context.Context, cursor uint64) error {
	if len(p.todo) == 0 && len(p.retired) == 0 {
		return nil
	}
	rows, err := p.s.db.QueryContext(ctx, `SELECT meter_id, period FROM registers_proven`)
	if err != nil {
		return err
	}
	finals := map[todoKey]bool{}
	for id := range p.retired {
		finals[todoKey{id, reading.PeriodOf(p.st.Meter(id).Timestamp)}] = true
	}
	for rows.Next() {
		var k todoKey
		if err := rows.Scan(&k.meter, &k.period); err != nil {
			rows.Close()
			return err
		}
		delete(p.todo, k)
		if finals[k] {
			delete(p.retired, k.meter)
			delete(finals, k)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	// A final period that cannot be proven this round holds up none of the others.
	finalsErr := p.sendFinals(ctx, cursor, finals)
	if ctx.Err() != nil {
		return ctx.Err()
	}
	keys := make([]todoKey, 0, len(p.todo))
	for k := range p.todo {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].period != keys[j].period {
			return keys[i].period < keys[j].period
		}
		return keys[i].meter < keys[j].meter
	})
	var errs []error
	for _, k := range keys {
		busy, err := p.s.ledger.Busy(ctx, kindProve, k.String(), cursor)
		if err != nil {
			return err
		}
		if busy {
			continue
		}
		rp, err := p.st.RegistersProof(k.meter, k.period)
		if err == nil {
			err = rp.Verify(p.header.StateRoot)
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("meter %d period %d: %w", k.meter, k.period, err))
			continue
		}
		data := p.al.PackProveRegisters(anchoredledger.AnchoredLedgerHeader(p.header), p.final, rp.MeterId,
			anchoredledger.AnchoredLedgerMeterLeaf(rp.State), rp.StatePath, rp.RecordPeriod,
			anchoredledger.AnchoredLedgerClosingRecord(rp.Record), rp.ClosingPath, rp.Period)
		if err := p.s.ledger.Send(ctx, kindProve, []string{k.String()}, p.s.cfg.Deployment.AnchoredLedger, data); err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			errs = append(errs, fmt.Errorf("meter %d period %d: %w", k.meter, k.period, err))
		}
	}
	return errors.Join(append(errs, finalsErr)...)
}

// sendFinals sends proveFinalPeriod, against the newest final batch, for the final periods of
// retired meters the index has not seen proven and no send of which is in flight.
func (p *prover) sendFinals(ctx context.Context, cursor uint64, finals map[todoKey]bool) error {
	var errs []error
	for k := range finals {
		busy, err := p.s.ledger.Busy(ctx, kindProve, k.String(), cursor)
		if err != nil {
			return err
		}
		if busy {
			continue
		}
		to := p.s.cfg.Deployment.AnchoredLedger
		out, err := p.s.b.CallContract(ctx, ethereum.CallMsg{To: &to, Data: p.al.PackAuthLog(k.meter)}, nil)
		if err != nil {
			return fmt.Errorf("auth log of meter %d: %w", k.meter, err)
		}
		log, err := p.al.UnpackAuthLog(out)
		if err != nil {
			return fmt.Errorf("auth log of meter %d: %w", k.meter, err)
		}
		versions := make([]anchor.AuthVersion, len(log))
		for i, v := range log {
			versions[i] = anchor.AuthVersion(v)
		}
		m, authIndex, ok := anchor.AuthAt(versions, p.header.AuthEpoch)
		if !ok || m.Active {
			delete(p.retired, k.meter) // enrolled again at that epoch: not retired after all
			continue
		}
		fp, err := p.st.FinalPeriodProof(k.meter, authIndex)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		data := p.al.PackProveFinalPeriod(anchoredledger.AnchoredLedgerHeader(p.header), p.final, fp.MeterId,
			anchoredledger.AnchoredLedgerMeterLeaf(fp.State), fp.StatePath, fp.AuthIndex)
		if err := p.s.ledger.Send(ctx, kindProve, []string{k.String()}, p.s.cfg.Deployment.AnchoredLedger, data); err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			errs = append(errs, fmt.Errorf("meter %d final period %d: %w", k.meter, k.period, err))
		}
	}
	return errors.Join(errs...)
}

// finalBatch hands b to the OnFinalBatch functions.
func (s *Service) finalBatch(ctx context.Context, b FinalBatch) error {
	s.mu.Lock()
	finals := append([]FinalBatchFunc(nil), s.finals...)
	s.mu.Unlock()
	for _, f := range finals {
		if err := f(ctx, b); err != nil {
			return err
		}
	}
	return nil
}
