package audit

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/meterchain/meterchain/bindings/anchoredledger"
	"github.com/meterchain/meterchain/internal/anchor"
	"github.com/meterchain/meterchain/internal/anchorchain"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/internal/stored"
)

// AnchoredBackend is what checking a reading against an anchored ledger needs: its logs and
// transactions, receipts and views.
type AnchoredBackend interface {
	anchorchain.Backend
	bind.ContractBackend
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
}

// VerifyAnchored checks every accepted reading of rs (one meter) against an anchored ledger by
// itself, trusting no one's word: the anchor transaction's Anchored log gives the batch and
// header, the header must hash to the one slot the ledger keeps for the batch, the transaction's
// data must hold the reading (same registers, time and detail hash, verdict accepted), and the
// reading's leaf must prove into the header's readings root (a batch in blobs: the data a source
// gives, checked against the blobs' versioned hashes). Then the batch's standing: voided,
// or anchored (final at anchoredAt + window), or final.
func VerifyAnchored(ctx context.Context, b AnchoredBackend, ledger common.Address, rs []stored.Reading, sources ...anchorchain.BlobSource) ([]Verification, error) {
	rd, err := anchorchain.NewReader(b, ledger, sources...)
	if err != nil {
		return nil, err
	}
	al := anchoredledger.NewAnchoredLedger()
	inst := al.Instance(b, ledger)
	window, err := bind.Call(inst, &bind.CallOpts{Context: ctx}, al.PackWindow(), al.UnpackWindow)
	if err != nil {
		return nil, fmt.Errorf("anchored ledger window: %w", err)
	}
	batches := map[common.Hash]*anchoredTx{}
	out := make([]Verification, len(rs))
	for i, r := range rs {
		switch r.Status {
		case stored.Accepted:
		case stored.Rejected, stored.Refused:
			out[i] = Verification{Status: "rejected", Message: r.Reason.String()}
			continue
		default:
			out[i] = Verification{Status: "pending", Message: "not yet anchored"}
			continue
		}
		tx := batches[r.TxHash]
		if tx == nil {
			if tx, err = readAnchoredTx(ctx, b, rd, inst, al, r.TxHash); err != nil {
				return nil, err
			}
			batches[r.TxHash] = tx
		}
		out[i] = tx.check(r, window)
	}
	return out, nil
}

// anchoredTx is one anchor transaction, read and checked once for all its readings.
type anchoredTx struct {
	txHash  common.Hash
	block   uint64
	batch   uint64
	header  anchor.Header
	proofs  *anchor.Proofs
	entries []anchor.Entry
	problem string // why the batch itself does not check out ("" if it does)
	voided  bool
	final   bool
}

func readAnchoredTx(ctx context.Context, b AnchoredBackend, rd *anchorchain.Reader, inst *bind.BoundContract,
	al *anchoredledger.AnchoredLedger, txHash common.Hash) (*anchoredTx, error) {
	t := &anchoredTx{txHash: txHash}
	rc, err := b.TransactionReceipt(ctx, txHash)
	if err != nil {
		t.problem = "the anchor transaction has no receipt: " + err.Error()
		return t, nil
	}
	t.block = rc.BlockNumber.Uint64()
	for _, l := range rc.Logs {
		if rd.Event(l) == anchorchain.Anchored {
			if t.batch, t.header, err = rd.Header(l); err != nil {
				return nil, err
			}
		}
	}
	if t.batch == 0 {
		t.problem = "the transaction anchored no batch"
		return t, nil
	}
	opts := &bind.CallOpts{Context: ctx}
	slot, err := bind.Call(inst, opts, al.PackHeaderHash(t.batch), al.UnpackHeaderHash)
	if err != nil {
		return nil, fmt.Errorf("header of batch %d: %w", t.batch, err)
	}
	if common.Hash(slot) != t.header.Hash() {
		t.problem = fmt.Sprintf("batch %d's header does not hash to the ledger's slot", t.batch)
		return t, nil
	}
	data, err := rd.Data(ctx, txHash)
	if err != nil {
		t.problem = "the batch's data: " + err.Error()
		return t, nil
	}
	if t.entries, err = anchor.DecodeData(data); err != nil {
		t.problem = "the batch's data: " + err.Error()
		return t, nil
	}
	if t.proofs, err = anchor.NewProofs(t.header, t.entries); err != nil {
		t.problem = "the batch's data does not reproduce its readings root"
		return t, nil
	}
	if t.voided, err = bind.Call(inst, opts, al.PackIsVoided(t.batch), al.UnpackIsVoided); err != nil {
		return nil, err
	}
	if !t.voided {
		if t.final, err = bind.Call(inst, opts, al.PackIsFinal(anchoredledger.AnchoredLedgerHeader(t.header), t.batch), al.UnpackIsFinal); err != nil {
			return nil, err
		}
	}
	return t, nil
}

// check is the verification of stored reading r in this batch.
func (t *anchoredTx) check(r stored.Reading, window uint64) Verification {
	tx := t.txHash
	v := Verification{Block: t.block, TxHash: &tx, Batch: t.batch}
	if t.problem != "" {
		v.Status, v.Message = "not_on_chain", t.problem
		return v
	}
	index := -1
	for i, e := range t.entries[:min(len(t.entries), int(t.header.Count))] {
		if e.Reading.MeterID == r.Reading.MeterID && e.Reading.Seq == r.Reading.Seq {
			index = i
		}
	}
	if index < 0 {
		v.Status, v.Message = "not_on_chain", fmt.Sprintf("batch %d holds no reading %d/%d", t.batch, r.Reading.MeterID, r.Reading.Seq)
		return v
	}
	e := t.entries[index]
	h := e.Reading.DetailHash
	v.OnChainHash = &h
	if !t.proves(index, e) {
		v.Status, v.Message = "mismatch", "the reading's leaf does not prove into the batch's readings root"
		return v
	}
	v.FinalAt = t.header.AnchoredAt + window
	switch {
	case e.Verdict != reading.Accepted:
		v.Status, v.Message = "mismatch", "the batch rejects it: "+e.Verdict.String()
	case r.Detail.Hash() != e.Reading.DetailHash && r.Ocmf == nil:
		v.Status, v.Message = "mismatch", "the stored detail record hashes to "+r.Detail.Hash().Hex()+", the batch has "+e.Reading.DetailHash.Hex()
	case r.Reading != e.Reading:
		v.Status, v.Message = "mismatch", "the stored reading differs from the batch's"
	case t.voided:
		v.Status, v.Message = "voided", fmt.Sprintf("batch %d was proven wrong and voided; the reading waits to be anchored again", t.batch)
	case !t.final:
		v.Status, v.Message = "anchored", "final at "+time.Unix(int64(v.FinalAt), 0).UTC().Format("2006-01-02 15:04:05")+" UTC unless proven wrong"
	default:
		v.Verified, v.Final, v.Status = true, true, "verified"
	}
	return v
}

// proves reports whether entry e's leaf, with the path the batch's data gives, hashes up to the
// header's readings root: the membership proof a consumer checks itself.
func (t *anchoredTx) proves(index int, e anchor.Entry) bool {
	leaves, err := t.proofs.Answer(uint32(index), uint32(index)+1)
	if err != nil {
		return false
	}
	path := make([]common.Hash, len(leaves[0].Path))
	for i, p := range leaves[0].Path {
		path[i] = p
	}
	return anchor.ReadingsRootFromPath(uint32(index), e.Leaf(), path) == common.Hash(t.header.ReadingsRoot)
}
