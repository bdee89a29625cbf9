// Package watch is `meterchain watch`: it follows every batch an AnchoredLedger anchors, fetches
// the batch's data, re-executes it on the state it keeps (internal/anchor, the ledger's rules)
// and submits the fraud proof of the first broken rule it finds; data it cannot get, it demands
// on chain, and a demand left unanswered voids the batch. One honest watcher suffices: every
// proof is checked by the contract itself. See docs/anchored-ledger.md.
package watch

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/meterchain/meterchain/bindings/anchoredledger"
	"github.com/meterchain/meterchain/bindings/stabletoken"
	"github.com/meterchain/meterchain/deploy"
	"github.com/meterchain/meterchain/internal/anchor"
	"github.com/meterchain/meterchain/internal/anchorchain"
	"github.com/meterchain/meterchain/internal/chaintx"
	"github.com/meterchain/meterchain/internal/reading"
)

// Backend is what the watcher needs of a node.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	TransactionByHash(ctx context.Context, hash common.Hash) (tx *types.Transaction, isPending bool, err error)
}

// Config of a watcher.
type Config struct {
	Deployment *deploy.Deployment
	// Key sends the proofs and demands; it needs gas, and the bond token for demands.
	Key           *ecdsa.PrivateKey
	ChainID       uint64
	Poll          time.Duration // between looks at the chain (default 2 s)
	Confirmations uint64        // blocks a log must be under before the watcher acts on it
	MaxBlocks     uint64        // blocks per eth_getLogs (default 2,000)
	// BlobSources give the data of batches anchored in blobs (an oracle's anchorchain.DataPath);
	// a batch none of them has, the watcher demands on chain.
	BlobSources []anchorchain.BlobSource
	Log         *slog.Logger
	// StateFile, when set, keeps a snapshot of the state as of a final batch: the watcher
	// resumes from it instead of replaying the whole history ("": replay at every start).
	StateFile string
	// A snapshot is written once a batch newer than the last one's is final and either
	// SnapshotBatches final batches or SnapshotInterval have passed (defaults 1,000, 10 min).
	SnapshotBatches  uint64
	SnapshotInterval time.Duration
}

// Stats count what the watcher did (for tests and the log).
type Stats struct {
	Verified, Proven, Demanded, Voids atomic.Int64
	Readings                          atomic.Int64 // in the batches verified
}

type applied struct {
	batch  uint64
	header anchor.Header
	pos    anchorchain.LogPos // its Anchored log's
	mark   int                // the state's mark after the batch
}

// dispute is a batch the watcher challenged: the batches anchored after it wait for its end.
type dispute struct {
	batch    uint64
	header   anchor.Header
	pos      anchorchain.LogPos
	demandID *big.Int // set while a data-availability demand is open
	demanded time.Time
	from, to uint32
	revealed map[uint32]anchor.Entry
	waiting  []types.Log // Anchored logs after the disputed batch, in order
}

// Service is a running watcher.
type Service struct {
	cfg    Config
	b      Backend
	al     *anchoredledger.AnchoredLedger
	inst   *bind.BoundContract
	reader *anchorchain.Reader
	signer anchor.SignerFunc
	opts   *bind.TransactOpts

	st      *anchor.State
	chain   []applied          // the honest batches applied and not final yet, the tip's ancestry
	base    uint64             // the newest batch the ledger holds final: the state's undo journal starts after it
	basePos anchorchain.LogPos // the base's Anchored log
	headers map[uint64]anchor.Header
	open    *dispute
	next    uint64 // the next block to read
	auth    map[uint64]authCache
	answerW uint64

	snap     snapshotMark
	resumed  *anchorchain.StateFileMeta // the state file resumed from: the logs up to its place are skipped
	progress time.Time                  // the last progress line of a replay

	Stats  Stats
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

type authCache struct {
	epoch uint64 // the ledger's auth epoch when read: complete up to it
	log   []anchor.AuthVersion
}

// New prepares a watcher of cfg.Deployment's anchored ledger.
func New(cfg Config, b Backend) (*Service, error) {
	if cfg.Deployment == nil || !cfg.Deployment.Anchored() {
		return nil, errors.New("watch: the deployment has no anchored ledger (deploy --ledger anchored)")
	}
	if cfg.Key == nil {
		return nil, errors.New("watch: no key to send proofs with")
	}
	if cfg.Poll <= 0 {
		cfg.Poll = 2 * time.Second
	}
	if cfg.MaxBlocks == 0 {
		cfg.MaxBlocks = 2_000
	}
	if cfg.Log == nil {
		cfg.Log = slog.Default()
	}
	if cfg.SnapshotBatches == 0 {
		cfg.SnapshotBatches = DefaultSnapshotBatches
	}
	if cfg.SnapshotInterval <= 0 {
		cfg.SnapshotInterval = DefaultSnapshotInterval
	}
	rd, err := anchorchain.NewReader(b, cfg.Deployment.AnchoredLedger, cfg.BlobSources...)
	if err != nil {
		return nil, err
	}
	al := anchoredledger.NewAnchoredLedger()
	s := &Service{cfg: cfg, b: b, al: al, inst: al.Instance(b, cfg.Deployment.AnchoredLedger), reader: rd,
		signer: anchor.Signer(reading.Domain{ChainID: cfg.Deployment.ChainID, Ledger: cfg.Deployment.AnchoredLedger}),
		opts:   bind.NewKeyedTransactor(cfg.Key, new(big.Int).SetUint64(cfg.ChainID)),
		st:     anchor.NewState(), headers: map[uint64]anchor.Header{}, next: cfg.Deployment.Block, auth: map[uint64]authCache{}}
	return s, nil
}

// Start resumes from the state file if the chain confirms it, else replays the ledger's history
// from its deployment block, and follows the chain until Stop.
func (s *Service) Start(ctx context.Context) error {
	w, err := bind.Call(s.inst, &bind.CallOpts{Context: ctx}, s.al.PackAnswerWindow(), s.al.UnpackAnswerWindow)
	if err != nil {
		return fmt.Errorf("watch: read the answer window: %w", err)
	}
	s.answerW = w
	if s.cfg.StateFile != "" {
		s.loadStateFile(ctx)
	}
	ctx, s.cancel = context.WithCancel(ctx)
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		for {
			if err := s.Step(ctx); err != nil && ctx.Err() == nil {
				s.cfg.Log.Warn("watch: step failed; retrying", "err", err)
			}
			select {
			case <-ctx.Done():
				return
			case <-time.After(s.cfg.Poll):
			}
		}
	}()
	return nil
}

// Stop ends the watcher, writing a snapshot first if one is due.
func (s *Service) Stop(context.Context) error {
	if s.cancel != nil {
		s.cancel()
	}
	s.wg.Wait()
	s.snapshot()
	return nil
}

// Step reads the confirmed blocks not read yet and acts on their logs; then, if a demand of the
// watcher's is past its answer window, voids its batch.
func (s *Service) Step(ctx context.Context) error {
	head, err := s.b.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("head: %w", err)
	}
	if head.Number.Uint64() >= s.cfg.Confirmations {
		last := head.Number.Uint64() - s.cfg.Confirmations
		for s.next <= last {
			to := min(last, s.next+s.cfg.MaxBlocks-1)
			logs, err := s.reader.Logs(ctx, s.next, to)
			if err != nil {
				return err
			}
			for _, l := range logs {
				if s.resumed != nil && !anchorchain.PosOf(&l).After(s.resumed.At) {
					continue // in the snapshot's state already
				}
				if err := s.handle(ctx, l); err != nil {
					return err // the same block range is read again next step
				}
			}
			s.next = to + 1
			if err := s.forgetFinal(ctx); err != nil {
				return err
			}
			s.snapshot()
			s.logProgress(last)
		}
	}
	return s.voidIfUnanswered(ctx, head.Time)
}

func (s *Service) handle(ctx context.Context, l types.Log) error {
	if l.Removed {
		return nil
	}
	switch s.reader.Event(&l) {
	case anchorchain.Anchored:
		batch, h, err := s.reader.Header(&l)
		if err != nil {
			return err
		}
		if _, seen := s.headers[batch]; seen {
			return nil // a range read again after a failed step
		}
		s.headers[batch] = h
		if s.open != nil {
			s.open.waiting = append(s.open.waiting, l)
			return nil
		}
		return s.check(ctx, batch, h, &l)
	case anchorchain.Voided:
		ev, err := s.al.UnpackVoidedEvent(&l)
		if err != nil {
			return err
		}
		return s.voided(ctx, ev.Batch, ev.Kind, ev.Challenger)
	case anchorchain.Revealed:
		ev, err := s.al.UnpackRevealedEvent(&l)
		if err != nil {
			return err
		}
		if d := s.open; d != nil && d.batch == ev.Batch && d.demandID != nil {
			d.revealed[ev.Index] = anchor.Entry{Reading: reading.Reading{MeterID: ev.MeterId, Seq: ev.Seq, Timestamp: ev.Timestamp,
				ImportWh: ev.ImportWh, ExportWh: ev.ExportWh, DetailHash: ev.DetailHash}, Signature: ev.Signature,
				Verdict: reading.Reason(ev.Verdict), StateRootAfter: ev.StateRootAfter}
		}
	case anchorchain.DemandClosed:
		ev, err := s.al.UnpackDemandClosedEvent(&l)
		if err != nil {
			return err
		}
		if d := s.open; d != nil && d.demandID != nil && d.demandID.Cmp(ev.DemandId) == 0 && ev.Answered {
			d.demandID = nil
			return s.continueDispute(ctx)
		}
	}
	return nil
}

func (s *Service) tip() uint64 {
	if len(s.chain) == 0 {
		return s.base
	}
	return s.chain[len(s.chain)-1].batch
}

// check verifies batch `batch` from its Anchored log l's transaction's data and challenges it
// if it lies.
func (s *Service) check(ctx context.Context, batch uint64, h anchor.Header, l *types.Log) error {
	if h.Parent != s.tip() {
		// Anchors build on the tip and voids arrive in order: only a void the watcher missed
		// (a reorg deeper than its confirmations) leads here.
		return fmt.Errorf("batch %d builds on %d, the watcher's tip is %d: restart to replay", batch, h.Parent, s.tip())
	}
	data, err := s.reader.Data(ctx, l.TxHash)
	if err != nil && !errors.Is(err, anchorchain.ErrNoData) {
		return err
	}
	entries, derr := anchor.DecodeData(data)
	var fault *anchor.Fault
	if derr != nil {
		fault = &anchor.Fault{Kind: anchor.FaultUnavailable, Reason: derr.Error()}
	} else if fault, err = s.verify(ctx, h, entries); err != nil {
		return err
	}
	if fault == nil {
		s.verified(applied{batch: batch, header: h, pos: anchorchain.PosOf(l), mark: s.st.Mark()})
		return nil
	}
	bh := anchoredledger.AnchoredLedgerHeader(h)
	final, err := bind.Call(s.inst, &bind.CallOpts{Context: ctx}, s.al.PackIsFinal(bh, batch), s.al.UnpackIsFinal)
	if err != nil {
		return err
	}
	if final {
		// Nobody proved it in time: the chain holds it final, so the watcher's state must too.
		if fault.Kind == anchor.FaultUnavailable {
			return fmt.Errorf("batch %d is final but its data is unavailable (%s): its state cannot be derived", batch, fault.Reason)
		}
		s.cfg.Log.Error("watch: a final batch broke a rule; nobody proved it within the window", "batch", batch, "kind", fault.Kind,
			"leaf", fault.Index, "why", fault.Reason)
		for _, e := range entries[:min(len(entries), int(h.Count))] {
			if e.Verdict == reading.Accepted {
				s.st.Accept(e.Reading)
			}
		}
		s.chain = append(s.chain, applied{batch: batch, header: h, pos: anchorchain.PosOf(l), mark: s.st.Mark()})
		return nil
	}
	s.open = &dispute{batch: batch, header: h, pos: anchorchain.PosOf(l), revealed: map[uint32]anchor.Entry{}}
	voided, err := bind.Call(s.inst, &bind.CallOpts{Context: ctx}, s.al.PackIsVoided(batch), s.al.UnpackIsVoided)
	if err != nil {
		return err
	}
	if voided {
		return nil // proven already (the history is being replayed): its Voided log ends the dispute
	}
	if fault.Kind == anchor.FaultUnavailable {
		s.cfg.Log.Warn("watch: batch data unavailable; demanding it", "batch", batch, "why", fault.Reason)
		return s.demandNext(ctx)
	}
	return s.prove(ctx, entries, fault)
}

// verify re-executes a batch on the state; nil fault: applied.
func (s *Service) verify(ctx context.Context, h anchor.Header, entries []anchor.Entry) (*anchor.Fault, error) {
	logs, err := s.authLogs(ctx, entries, h.AuthEpoch)
	if err != nil {
		return nil, err
	}
	return anchor.Verify(s.st, h, entries, anchor.AuthFromLog(logs, h.AuthEpoch), s.signer), nil
}

// authLogs reads the auth log of every meter in entries that the cache does not hold up to
// epoch (logs only grow, and entries after epoch do not count for the batch).
func (s *Service) authLogs(ctx context.Context, entries []anchor.Entry, epoch uint64) (anchor.AuthLog, error) {
	var current uint64
	for _, e := range entries {
		id := e.Reading.MeterID
		if c, ok := s.auth[id]; ok && c.epoch >= epoch {
			continue
		}
		if current == 0 {
			var err error
			if current, err = bind.Call(s.inst, &bind.CallOpts{Context: ctx}, s.al.PackAuthEpoch(), s.al.UnpackAuthEpoch); err != nil {
				return nil, fmt.Errorf("auth epoch: %w", err)
			}
		}
		log, err := bind.Call(s.inst, &bind.CallOpts{Context: ctx}, s.al.PackAuthLog(id), s.al.UnpackAuthLog)
		if err != nil {
			return nil, fmt.Errorf("auth log of meter %d: %w", id, err)
		}
		out := make([]anchor.AuthVersion, len(log))
		for i, v := range log {
			out[i] = anchor.AuthVersion(v)
		}
		s.auth[id] = authCache{epoch: current, log: out}
	}
	return func(id uint64) []anchor.AuthVersion { return s.auth[id].log }, nil
}

func (s *Service) parentHeader(h anchor.Header) anchor.Header {
	if h.Parent == 0 {
		return anchor.Header{}
	}
	return s.headers[h.Parent]
}

// prove sends the proof of fault against the open dispute's batch.
func (s *Service) prove(ctx context.Context, entries []anchor.Entry, fault *anchor.Fault) error {
	d := s.open
	proofs, err := anchor.NewProofs(d.header, entries)
	if err != nil {
		return err
	}
	logs, err := s.authLogs(ctx, entries, d.header.AuthEpoch)
	if err != nil {
		return err
	}
	call, err := anchorchain.ProofCall(s.al, d.header, d.batch, s.parentHeader(d.header), proofs, fault, s.st, logs, s.signer)
	if err != nil {
		return err
	}
	s.cfg.Log.Warn("watch: batch breaks a rule; proving it", "batch", d.batch, "kind", fault.Kind, "leaf", fault.Index,
		"meter", fault.MeterID, "why", fault.Reason)
	r, err := s.send(ctx, call)
	if err != nil {
		// Someone else's proof may have voided it first; the Voided log ends the dispute either way.
		s.cfg.Log.Error("watch: fraud proof not accepted", "batch", d.batch, "err", err)
		return nil
	}
	s.Stats.Proven.Add(1)
	s.cfg.Log.Info("watch: fraud proof accepted", "batch", d.batch, "gas", r.GasUsed)
	return nil
}

func (s *Service) send(ctx context.Context, data []byte) (*types.Receipt, error) {
	opts := *s.opts
	opts.Context = ctx
	return chaintx.Transact(ctx, s.b, s.inst, &opts, data)
}

// demandNext demands the next leaves of the open dispute not revealed yet, or, all revealed,
// checks them.
func (s *Service) demandNext(ctx context.Context) error {
	d := s.open
	max, err := bind.Call(s.inst, &bind.CallOpts{Context: ctx}, s.al.PackMAXDEMAND(), s.al.UnpackMAXDEMAND)
	if err != nil {
		return err
	}
	from := uint32(0)
	for from < d.header.Count {
		if _, ok := d.revealed[from]; !ok {
			break
		}
		from++
	}
	to := min(from+max, d.header.Count)
	if err := s.approveDemandBond(ctx); err != nil {
		return err
	}
	r, err := s.send(ctx, s.al.PackDemand(anchoredledger.AnchoredLedgerHeader(d.header), d.batch, from, to))
	if err != nil {
		return fmt.Errorf("demand leaves %d-%d of batch %d: %w", from, to, d.batch, err)
	}
	for _, l := range r.Logs {
		if ev, err := s.al.UnpackDemandedEvent(l); err == nil {
			d.demandID, d.from, d.to, d.demanded = ev.DemandId, from, to, time.Now()
		}
	}
	if d.demandID == nil {
		return errors.New("demand: no Demanded event")
	}
	s.Stats.Demanded.Add(1)
	return nil
}

func (s *Service) approveDemandBond(ctx context.Context) error {
	tokenAddr, err := bind.Call(s.inst, &bind.CallOpts{Context: ctx}, s.al.PackBondToken(), s.al.UnpackBondToken)
	if err != nil {
		return err
	}
	bond, err := bind.Call(s.inst, &bind.CallOpts{Context: ctx}, s.al.PackDemandBond(), s.al.UnpackDemandBond)
	if err != nil {
		return err
	}
	st := stabletoken.NewStableToken()
	token := st.Instance(s.b, tokenAddr)
	allowed, err := bind.Call(token, &bind.CallOpts{Context: ctx}, st.PackAllowance(s.opts.From, s.cfg.Deployment.AnchoredLedger), st.UnpackAllowance)
	if err != nil {
		return err
	}
	if allowed.Cmp(bond) >= 0 {
		return nil
	}
	opts := *s.opts
	opts.Context = ctx
	_, err = chaintx.Transact(ctx, s.b, token, &opts, st.PackApprove(s.cfg.Deployment.AnchoredLedger, abi.MaxUint256))
	return err
}

// continueDispute runs after a demand was answered: demand more, or check what was revealed.
func (s *Service) continueDispute(ctx context.Context) error {
	d := s.open
	if uint32(len(d.revealed)) < d.header.Count {
		return s.demandNext(ctx)
	}
	entries := make([]anchor.Entry, d.header.Count)
	for i := range entries {
		entries[i] = d.revealed[uint32(i)]
	}
	fault, err := s.verify(ctx, d.header, entries)
	if err != nil {
		return err
	}
	if fault != nil {
		return s.prove(ctx, entries, fault)
	}
	// Honest after all: apply it and the batches that waited on it.
	s.verified(applied{batch: d.batch, header: d.header, pos: d.pos, mark: s.st.Mark()})
	waiting := d.waiting
	s.open = nil
	s.cfg.Log.Info("watch: revealed batch verified", "batch", d.batch)
	for _, l := range waiting {
		batch, h, err := s.reader.Header(&l)
		if err != nil {
			return err
		}
		if s.open != nil {
			s.open.waiting = append(s.open.waiting, l)
			continue
		}
		if err := s.check(ctx, batch, h, &l); err != nil {
			return err
		}
	}
	return nil
}

// voidIfUnanswered voids the open dispute's batch once its demand's answer window is over.
func (s *Service) voidIfUnanswered(ctx context.Context, now uint64) error {
	d := s.open
	if d == nil || d.demandID == nil {
		return nil
	}
	dem, err := bind.Call(s.inst, &bind.CallOpts{Context: ctx}, s.al.PackDemandOf(d.demandID), s.al.UnpackDemandOf)
	if err != nil {
		return err
	}
	if !dem.Open || now < dem.DemandedAt+s.answerW {
		return nil
	}
	s.cfg.Log.Warn("watch: demand unanswered; voiding the batch", "batch", d.batch, "demand", d.demandID)
	if _, err := s.send(ctx, s.al.PackVoidUnanswered(anchoredledger.AnchoredLedgerHeader(d.header), d.batch, d.demandID)); err != nil {
		return fmt.Errorf("void unanswered batch %d: %w", d.batch, err)
	}
	return nil
}

// voided rolls the state back to before batch `batch`: it and every batch after it are void.
func (s *Service) voided(_ context.Context, batch uint64, kind uint8, challenger common.Address) error {
	s.Stats.Voids.Add(1)
	keep := len(s.chain)
	for keep > 0 && s.chain[keep-1].batch >= batch {
		keep--
	}
	mark := 0
	if keep > 0 {
		mark = s.chain[keep-1].mark
	}
	if keep < len(s.chain) {
		if err := s.st.RollbackTo(mark); err != nil {
			return err
		}
		s.chain = s.chain[:keep]
	}
	if d := s.open; d != nil && d.batch >= batch {
		s.open = nil
	} else if d != nil {
		kept := d.waiting[:0]
		for _, l := range d.waiting {
			if ev, err := s.al.UnpackAnchoredEvent(&l); err == nil && ev.Batch < batch {
				kept = append(kept, l)
			}
		}
		d.waiting = kept
	}
	s.cfg.Log.Info("watch: batches voided", "from", batch, "kind", kind, "challenger", challenger, "tip", s.tip())
	return nil
}

// forgetFinal drops the undo journal of the batches the ledger holds final: they can never be
// voided, so the watcher's memory grows with the batches inside the window, not with history.
func (s *Service) forgetFinal(ctx context.Context) error {
	k := 0
	for ; k < len(s.chain); k++ {
		a := s.chain[k]
		final, err := bind.Call(s.inst, &bind.CallOpts{Context: ctx}, s.al.PackIsFinal(anchoredledger.AnchoredLedgerHeader(a.header), a.batch), s.al.UnpackIsFinal)
		if err != nil {
			return err
		}
		if !final {
			break // nor is any batch after it
		}
	}
	if k == 0 {
		return nil
	}
	mark := s.chain[k-1].mark
	s.st.Forget(mark)
	s.base, s.basePos = s.chain[k-1].batch, s.chain[k-1].pos
	s.chain = append([]applied(nil), s.chain[k:]...)
	for i := range s.chain {
		s.chain[i].mark -= mark
	}
	for n := range s.headers {
		if n < s.base { // the base's own header stays: the next batch's parent
			delete(s.headers, n)
		}
	}
	return nil
}

// verified appends an honest batch to the chain.
func (s *Service) verified(a applied) {
	s.chain = append(s.chain, a)
	s.Stats.Verified.Add(1)
	s.Stats.Readings.Add(int64(a.header.Count))
	s.cfg.Log.Info("watch: batch verified", "batch", a.batch, "readings", a.header.Count)
}

// progressEvery is how often a long replay says how far it got.
const progressEvery = 5 * time.Second

// logProgress logs the block reached while the watcher is behind the chain by more than a read.
func (s *Service) logProgress(last uint64) {
	if s.next > last || time.Since(s.progress) < progressEvery {
		return
	}
	s.progress = time.Now()
	s.cfg.Log.Info("watch: catching up", "block", s.next-1, "of", last, "tip", s.tip(), "final", s.base,
		"batches", s.Stats.Verified.Load(), "readings", s.Stats.Readings.Load())
}

// Open is what the watcher could still have to undo: the batches applied that are not final
// yet and the accepted readings in them (read it as Tip).
func (s *Service) Open() (batches, readings int) { return len(s.chain), s.st.Mark() }

// Tip is the newest batch the watcher verified and holds the state of (read it while the
// watcher is not stepping: after Stop, or between Steps).
func (s *Service) Tip() uint64 { return s.tip() }

// StateRoot is the state root the watcher derived at its tip.
func (s *Service) StateRoot() common.Hash { return s.st.Root() }
