package oracle

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/lru"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/meterchain/meterchain/bindings/anchoredledger"
	"github.com/meterchain/meterchain/bindings/stabletoken"
	"github.com/meterchain/meterchain/internal/anchor"
	"github.com/meterchain/meterchain/internal/anchorchain"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/internal/stored"
	"github.com/meterchain/meterchain/internal/txmgr"
	"github.com/meterchain/meterchain/oracle/store"
)

// anchoredRelay is the relayer against an AnchoredLedger (deploy --ledger anchored): it decides
// each reading's verdict itself with the ledger's rules (internal/anchor.Build) on the state it
// keeps, and anchors a batch's roots with its data in calldata or in blobs (Config.AnchorData;
// a blob batch's data is kept in the store, written with the anchor's record). Several anchors
// are in flight at once, each naming the one before as its parent. The state is replayed from
// the chain at start and after any anchor fails, so a crash loses nothing: a reading is tied to its transaction as in
// the verified mode, and its verdict is the one the mined readings root commits (what was built,
// or, for a transaction resumed after a restart, read back from its own data). It
// answers every data-availability demand on its batches, or it would lose them.
type anchoredRelay struct {
	r      *relayer
	reader *anchorchain.Reader
	al     *anchoredledger.AnchoredLedger
	inst   *bind.BoundContract
	signer anchor.SignerFunc

	mu     sync.Mutex
	st     *anchor.State
	tip    uint64 // the newest batch sent (in flight or mined): the next anchor's parent
	next   uint64 // the number the next anchor gets (batchCount + 1 with every sent one mined)
	synced bool
	// sent are the anchors in flight by predicted batch number: a mined anchor must be the one
	// predicted (parent and readings root), or the state is replayed.
	sent    map[uint64]sentAnchor
	batches map[uint64]anchoredBatch // the standing batches' headers and transactions
	auth    map[uint64]authCache

	// signers are the keys readings verified under at ingest, so that a batch does not recover
	// each signature a second time (bounded; a reading not in it is recovered).
	signers *lru.Cache[signedKey, common.Address]

	demandsFrom uint64              // next block to scan for demands
	demands     map[uint64]struct{} // open demands on this relayer's batches
	lookedAt    time.Time
	// openFor is how long after anchoring a batch can still get a demand answered: the window
	// (a demand is filed before it ends) plus the answer window; read once.
	openFor uint64
}

// signedKey is a reading and its signature: what a remembered signer is valid for.
type signedKey struct {
	r   reading.Reading
	sig reading.Signature
}

// rememberSigner records the key a reading's signature verified under at ingest.
func (a *anchoredRelay) rememberSigner(r reading.Reading, sig reading.Signature, signer common.Address) {
	a.signers.Add(signedKey{r, sig}, signer)
}

// signerOf is who signed sr for the ledger (its wire signature w): the key it verified under at
// ingest, or recovered now. A P-256 reading's remembered key counts only if w carries that key.
func (a *anchoredRelay) signerOf(sr stored.Reading, w []byte) common.Address {
	if s, ok := a.signers.Get(signedKey{sr.Reading, sr.Signature}); ok {
		a.signers.Remove(signedKey{sr.Reading, sr.Signature})
		if len(w) == 65 || reading.P256Key(w[64:]).ID() == s {
			return s
		}
	}
	return a.signer(sr.Reading, w)
}

// sentAnchor is an anchor in flight: what it names and the verdicts its readings root commits.
type sentAnchor struct {
	parent       uint64
	readingsRoot common.Hash
	outcomes     []store.Outcome
}

type anchoredBatch struct {
	header anchor.Header
	txHash common.Hash
}

type authCache struct {
	epoch uint64 // the ledger's auth epoch when read: the log is complete up to it
	log   []anchor.AuthVersion
}

func newAnchoredRelay(r *relayer, b Backend) (*anchoredRelay, error) {
	d := r.s.cfg.Deployment
	rd, err := anchorchain.NewReader(b, d.AnchoredLedger, append([]anchorchain.BlobSource{r.s.store}, r.s.cfg.BlobSources...)...)
	if err != nil {
		return nil, err
	}
	al := anchoredledger.NewAnchoredLedger()
	return &anchoredRelay{r: r, reader: rd, al: al, inst: al.Instance(b, d.AnchoredLedger),
		signer:  anchor.Signer(reading.Domain{ChainID: d.ChainID, Ledger: d.AnchoredLedger}),
		batches: map[uint64]anchoredBatch{}, auth: map[uint64]authCache{}, demands: map[uint64]struct{}{}, demandsFrom: d.Block,
		sent: map[uint64]sentAnchor{}, signers: lru.NewCache[signedKey, common.Address](r.s.cfg.LimiterEntries)}, nil
}

func (a *anchoredRelay) call(ctx context.Context) *bind.CallOpts { return &bind.CallOpts{Context: ctx} }

// ensureBond bonds the ledger's minimum from the relayer's tokens if its bond is short; a
// relayer without the tokens cannot anchor, so the oracle does not start.
func (a *anchoredRelay) ensureBond(ctx context.Context) error {
	s := a.r.s
	from := s.txm.From()
	info, err := bind.Call(a.inst, a.call(ctx), a.al.PackRelayerOf(from), a.al.UnpackRelayerOf)
	if err != nil {
		return fmt.Errorf("oracle: read the relayer's bond: %w", err)
	}
	if info.Slashed {
		return fmt.Errorf("oracle: relayer %s was slashed on AnchoredLedger %s and can never anchor again", from, s.cfg.Deployment.AnchoredLedger)
	}
	minBond, err := bind.Call(a.inst, a.call(ctx), a.al.PackMinBond(), a.al.UnpackMinBond)
	if err != nil {
		return err
	}
	if info.BondAmount.Cmp(minBond) >= 0 {
		return nil
	}
	short := new(big.Int).Sub(minBond, info.BondAmount)
	st := stabletoken.NewStableToken()
	token := s.cfg.Deployment.StableToken
	bal, err := bind.Call(st.Instance(s.b, token), a.call(ctx), st.PackBalanceOf(from), st.UnpackBalanceOf)
	if err != nil {
		return err
	}
	if bal.Cmp(short) < 0 {
		return fmt.Errorf("oracle: relayer %s must bond %s base units of token %s on AnchoredLedger %s and holds %s",
			from, short, token, s.cfg.Deployment.AnchoredLedger, bal)
	}
	s.log.Info("bonding the relayer", "amount", short, "token", token)
	for _, req := range []txmgr.Request{{To: token, Data: st.PackApprove(s.cfg.Deployment.AnchoredLedger, short)},
		{To: s.cfg.Deployment.AnchoredLedger, Data: a.al.PackBond(short)}} {
		id, err := s.txm.Send(ctx, req, nil)
		if err != nil {
			return fmt.Errorf("oracle: bond: %w", err)
		}
		if _, err := s.txm.Wait(ctx, id); err != nil {
			return fmt.Errorf("oracle: bond: %w", err)
		}
	}
	return nil
}

// sync replays the ledger's standing batches into a fresh state.
func (a *anchoredRelay) sync(ctx context.Context) error {
	head, err := a.r.s.b.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("head: %w", err)
	}
	st, chain, err := a.reader.Replay(ctx, a.r.s.cfg.Deployment.Block, head.Number.Uint64(), 2_000)
	if err != nil {
		return err
	}
	count, err := bind.Call(a.inst, a.call(ctx), a.al.PackBatchCount(), a.al.UnpackBatchCount)
	if err != nil {
		return err
	}
	st.Forget(st.Mark()) // see send: never rolled back
	a.st, a.tip, a.next, a.synced = st, 0, count+1, true
	a.batches, a.sent = map[uint64]anchoredBatch{}, map[uint64]sentAnchor{}
	for _, b := range chain {
		a.batches[b.Number] = anchoredBatch{header: b.Header, txHash: b.TxHash}
		a.tip = b.Number
	}
	a.r.s.log.Info("anchored ledger replayed", "batches", len(chain), "tip", a.tip, "state_root", st.Root())
	return nil
}

// authLog is the auth log of every meter of cands, read once per meter and epoch.
func (a *anchoredRelay) authLog(ctx context.Context, cands []anchor.Candidate, epoch uint64) (anchor.AuthLog, error) {
	for _, c := range cands {
		id := c.Reading.MeterID
		if ac, ok := a.auth[id]; ok && ac.epoch >= epoch {
			continue
		}
		log, err := bind.Call(a.inst, a.call(ctx), a.al.PackAuthLog(id), a.al.UnpackAuthLog)
		if err != nil {
			return nil, fmt.Errorf("auth log of meter %d: %w", id, err)
		}
		out := make([]anchor.AuthVersion, len(log))
		for i, v := range log {
			out[i] = anchor.AuthVersion(v)
		}
		a.auth[id] = authCache{epoch: epoch, log: out}
	}
	return func(id uint64) []anchor.AuthVersion { return a.auth[id].log }, nil
}

// wire is a stored reading's signature as the anchored ledger takes it: 65 bytes secp256k1, or
// a P-256 signature with the key the registry names for the meter now.
func (a *anchoredRelay) wire(ctx context.Context, sr stored.Reading) ([]byte, error) {
	sig, isP256 := sr.Signature.P256()
	if !isP256 {
		return sr.Signature[:], nil
	}
	key, err := a.r.s.valid.p256Key(ctx, sr.Reading.MeterID)
	if err != nil {
		return nil, fmt.Errorf("reading %d/%d: %w", sr.Reading.MeterID, sr.Reading.Seq, err)
	}
	return append(sig[:], key[:]...), nil
}

// entryBytes is a reading's size in data version 1 (see anchor.EncodeData).
func entryBytes(sigLen int) int { return 5*8 + 32 + 1 + 32 + 1 + sigLen }

// anchorGas is the gas limit of an anchor with dataLen bytes of data, sent without an estimate:
// calldata at the EIP-7623 floor (40 gas a byte, over the ~40 bytes of the header arguments)
// plus the anchor's execution (under 100k), with a margin. A blob anchor's calldata is its
// header arguments alone.
func anchorGas(dataLen int) uint64 { return 21_000 + 150_000 + 48*uint64(dataLen+400) }

// anchorTx is the anchor of batch b on parent, its data in calldata, or in blobs with the data
// kept by queued in the database transaction that records the anchor.
func (a *anchoredRelay) anchorTx(b *anchor.Batch, parent, asOf, epoch uint64) (req txmgr.Request, queued func(*sql.Tx) error, err error) {
	req.To = a.r.s.cfg.Deployment.AnchoredLedger
	if a.r.s.cfg.AnchorData != AnchorBlobs {
		req.Data = a.al.PackAnchorCalldata(parent, b.ReadingsRoot, b.StateRoot, b.Count, asOf, epoch, b.Data)
		return req, nil, nil
	}
	if req.Sidecar, err = anchor.Sidecar(b.Data, types.BlobSidecarVersion1); err != nil {
		return req, nil, err
	}
	hashes := req.Sidecar.BlobHashes()
	req.Data = a.al.PackAnchor(parent, b.ReadingsRoot, b.StateRoot, b.Count, asOf, epoch, uint8(len(hashes)))
	dataHash := anchor.BlobsHash(hashes)
	return req, func(tx *sql.Tx) error { return store.PutAnchorData(tx, dataHash, b.Data) }, nil
}

// send anchors one batch of waiting readings on the newest batch sent: several anchors are in
// flight at once, each naming the one before as its parent, so they must be mined in order (one
// sender's nonces are). When one fails, the ones after it fail too (stale parent); the state is
// replayed once none is in flight.
func (a *anchoredRelay) send(ctx context.Context, partial bool) (sent, full bool, err error) {
	r := a.r
	// The slot before the lock: an anchor in flight keeps its slot until it has settled, and
	// settling takes the lock (outcomes).
	if err := r.reserve(ctx); err != nil {
		return false, false, err
	}
	reserved := true
	defer func() {
		if reserved {
			r.release()
		}
	}()
	a.mu.Lock()
	defer a.mu.Unlock()
	inFlight := func() bool { return len(r.slots) > 1 } // besides the one reserved here
	if !a.synced {
		if inFlight() {
			return false, false, nil // wait for the anchors in flight to settle
		}
		if err := a.sync(ctx); err != nil {
			return false, false, err
		}
	}
	keep, full, err := r.takeBatch(ctx, partial)
	if err != nil || len(keep) == 0 {
		return len(keep) == 0 && err == nil && full, full, err
	}
	var cands []anchor.Candidate
	var ids []int64
	size := 5
	for _, sr := range keep {
		w, err := a.wire(ctx, sr)
		if err != nil {
			return false, false, err
		}
		if size += entryBytes(len(w)); size > r.s.cfg.BatchMaxBytes {
			break // the rest waits for the next batch
		}
		cands = append(cands, anchor.Candidate{Reading: sr.Reading, Signature: w, Signer: a.signerOf(sr, w)})
		ids = append(ids, sr.ID)
	}
	epoch, err := bind.Call(a.inst, a.call(ctx), a.al.PackAuthEpoch(), a.al.UnpackAuthEpoch)
	if err != nil {
		return false, false, fmt.Errorf("auth epoch: %w", err)
	}
	log, err := a.authLog(ctx, cands, epoch)
	if err != nil {
		return false, false, err
	}
	head, err := r.s.b.HeaderByNumber(ctx, nil)
	if err != nil {
		return false, false, fmt.Errorf("head: %w", err)
	}
	asOf := head.Time // the anchor's block is later: asOf is never ahead of it
	mark := a.st.Mark()
	b, err := anchor.Build(a.st, cands, anchor.AuthFromLog(log, epoch), asOf)
	if err != nil {
		return false, false, err
	}
	req, queued, err := a.anchorTx(b, a.tip, asOf, epoch)
	if err != nil {
		_ = a.st.RollbackTo(mark)
		return false, false, err
	}
	// The gas is estimated only without an anchor in flight: with one, the estimate would run on
	// a chain where this anchor's parent is not the tip yet.
	if inFlight() {
		req.GasLimit = anchorGas(len(req.Data))
	}
	number, parent := a.next, a.tip
	reserved = false // sendReserved frees it
	if err := r.sendReserved(ctx, req, ids, nil, func() {}, queued); err != nil {
		_ = a.st.RollbackTo(mark)
		a.synced = !errors.Is(err, txmgr.ErrWouldRevert) // a stale parent or auth epoch: replay
		return false, false, err
	}
	outcomes := make([]store.Outcome, len(b.Entries))
	for i, e := range b.Entries {
		outcomes[i] = store.Outcome{MeterID: e.Reading.MeterID, Seq: e.Reading.Seq, Reason: e.Verdict}
	}
	a.sent[number] = sentAnchor{parent: parent, readingsRoot: b.ReadingsRoot, outcomes: outcomes}
	a.tip, a.next = number, number+1
	// Past a sent batch the state is never rolled back (a failure replays it from the chain):
	// drop its undo journal, so memory does not grow with the readings relayed.
	a.st.Forget(a.st.Mark())
	return true, full && len(ids) == len(keep), nil
}

// outcomes are the verdicts of a mined anchor: those it was built with when its readings root
// is the one predicted, else read back from its transaction's data (resumed after a crash).
func (a *anchoredRelay) outcomes(ctx context.Context, rc *types.Receipt) ([]store.Outcome, error) {
	var batch uint64
	var h anchor.Header
	for _, l := range rc.Logs {
		if a.reader.Event(l) == anchorchain.Anchored {
			var err error
			if batch, h, err = a.reader.Header(l); err != nil {
				return nil, err
			}
		}
	}
	if batch == 0 {
		return nil, nil // not an anchor (a bond or an answer)
	}
	a.mu.Lock()
	a.batches[batch] = anchoredBatch{header: h, txHash: rc.TxHash}
	sent, ok := a.sent[batch]
	delete(a.sent, batch)
	predicted := ok && sent.parent == h.Parent && sent.readingsRoot == common.Hash(h.ReadingsRoot)
	if !predicted {
		a.synced = false // resumed from an earlier run, or not the batch predicted: replay
	}
	a.mu.Unlock()
	if predicted {
		return sent.outcomes, nil // the mined root commits exactly these verdicts
	}
	data, err := a.reader.Data(ctx, rc.TxHash)
	if err != nil {
		return nil, err
	}
	entries, err := anchor.DecodeData(data)
	if err != nil {
		return nil, err
	}
	out := make([]store.Outcome, 0, len(entries))
	for _, e := range entries {
		out = append(out, store.Outcome{MeterID: e.Reading.MeterID, Seq: e.Reading.Seq, Reason: e.Verdict})
	}
	return out, nil
}

// failed marks the state stale after an anchor that reverted or lost its nonce.
func (a *anchoredRelay) failed() {
	a.mu.Lock()
	a.synced = false
	a.mu.Unlock()
}

// forgetClosedBatches drops the batches no demand can be answered on any more (anchored longer
// ago than the window plus the answer window), so memory does not grow with history.
func (a *anchoredRelay) forgetClosedBatches(ctx context.Context, now uint64) error {
	if a.openFor == 0 {
		w, err := bind.Call(a.inst, a.call(ctx), a.al.PackWindow(), a.al.UnpackWindow)
		if err != nil {
			return err
		}
		aw, err := bind.Call(a.inst, a.call(ctx), a.al.PackAnswerWindow(), a.al.UnpackAnswerWindow)
		if err != nil {
			return err
		}
		a.openFor = w + aw
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	for n, b := range a.batches {
		if b.header.AnchoredAt+a.openFor < now {
			delete(a.batches, n)
		}
	}
	return nil
}

// answerDemands answers every open data-availability demand on this relayer's batches (every
// few seconds): each demanded leaf with its path, from the batch's own data.
func (a *anchoredRelay) answerDemands(ctx context.Context) error {
	if time.Since(a.lookedAt) < 2*time.Second {
		return nil
	}
	a.lookedAt = time.Now()
	s := a.r.s
	head, err := s.b.HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	if err := a.forgetClosedBatches(ctx, head.Time); err != nil {
		return err
	}
	for a.demandsFrom <= head.Number.Uint64() {
		to := min(head.Number.Uint64(), a.demandsFrom+1_999)
		logs, err := a.reader.Logs(ctx, a.demandsFrom, to)
		if err != nil {
			return err
		}
		for i := range logs {
			if a.reader.Event(&logs[i]) != anchorchain.Demanded {
				continue
			}
			ev, err := a.al.UnpackDemandedEvent(&logs[i])
			if err == nil && ev.DemandId.IsUint64() {
				a.demands[ev.DemandId.Uint64()] = struct{}{}
			}
		}
		a.demandsFrom = to + 1
	}
	for id := range a.demands {
		dem, err := bind.Call(a.inst, a.call(ctx), a.al.PackDemandOf(new(big.Int).SetUint64(id)), a.al.UnpackDemandOf)
		if err != nil {
			return err
		}
		a.mu.Lock()
		b, ours := a.batches[dem.Batch]
		a.mu.Unlock()
		if !dem.Open || !ours || b.header.Relayer != s.txm.From() {
			if !dem.Open {
				delete(a.demands, id)
			}
			continue
		}
		data, err := a.reader.Data(ctx, b.txHash)
		if err != nil {
			return err
		}
		entries, err := anchor.DecodeData(data)
		if err != nil {
			return err
		}
		proofs, err := anchor.NewProofs(b.header, entries)
		if err != nil {
			return err
		}
		call, err := anchorchain.AnswerCall(a.al, b.header, dem.Batch, new(big.Int).SetUint64(id), proofs, dem.From, dem.To)
		if err != nil {
			return err
		}
		s.log.Warn("answering a data-availability demand", "demand", id, "batch", dem.Batch, "from", dem.From, "to", dem.To)
		txID, err := s.txm.Send(ctx, txmgr.Request{To: s.cfg.Deployment.AnchoredLedger, Data: call},
			func(*sql.Tx, int64) error { return nil })
		if err != nil {
			return fmt.Errorf("answer demand %d: %w", id, err)
		}
		if _, err := s.txm.Wait(ctx, txID); err != nil {
			return fmt.Errorf("answer demand %d: %w", id, err)
		}
		delete(a.demands, id)
	}
	return nil
}
