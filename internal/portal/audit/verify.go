package audit

import (
	"context"
	"crypto/sha256"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/meterchain/meterchain/bindings"
	"github.com/meterchain/meterchain/internal/ocmf"
	"github.com/meterchain/meterchain/internal/stored"
)

var (
	ledgerBinding = bindings.NewReadingLedger()
	ledgerABI     = ledgerBinding.GetABI()
)

// Verification is the check of a stored reading against the chain: the ReadingAccepted
// event of its (meter, seq) must carry the same registers and timestamp, and a detailHash equal
// to the hash recomputed from the stored detail record (or OCMF record).
type Verification struct {
	Verified    bool         `json:"verified"`
	Status      string       `json:"status"` // verified | mismatch | not_on_chain | pending | rejected | anchored | voided
	Block       uint64       `json:"block,omitempty"`
	TxHash      *common.Hash `json:"txHash,omitempty"`
	OnChainHash *common.Hash `json:"onChainDetailHash,omitempty"`
	Message     string       `json:"message,omitempty"`
	// On an anchored ledger: the batch holding the reading, when it is (or was) final, and
	// whether it is (status anchored: not yet; voided: proven wrong).
	Batch   uint64 `json:"batch,omitempty"`
	FinalAt uint64 `json:"finalAt,omitempty"`
	Final   bool   `json:"final,omitempty"`
}

// AcceptedEvent is a ReadingAccepted event as the verification needs it.
type AcceptedEvent struct {
	Seq, Timestamp, ImportWh, ExportWh uint64
	DetailHash                         common.Hash
	Block                              uint64
	TxHash                             common.Hash
}

// AcceptedEvents reads the meter's ReadingAccepted events between two blocks, by seq.
func AcceptedEvents(ctx context.Context, b ethereum.LogFilterer, ledger common.Address, meterID, fromBlock, toBlock uint64) (map[uint64]AcceptedEvent, error) {
	abi := ledgerABI
	q := ethereum.FilterQuery{Addresses: []common.Address{ledger},
		FromBlock: new(big.Int).SetUint64(fromBlock), ToBlock: new(big.Int).SetUint64(toBlock),
		Topics: [][]common.Hash{{abi.Events["ReadingAccepted"].ID}, {common.BigToHash(new(big.Int).SetUint64(meterID))}}}
	logs, err := b.FilterLogs(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("ReadingAccepted events of meter %d in blocks %d..%d: %w", meterID, fromBlock, toBlock, err)
	}
	out := make(map[uint64]AcceptedEvent, len(logs))
	for i := range logs {
		if logs[i].Removed {
			continue
		}
		ev, err := ledgerBinding.UnpackReadingAcceptedEvent(&logs[i])
		if err != nil {
			return nil, fmt.Errorf("decode ReadingAccepted: %w", err)
		}
		out[ev.Seq] = AcceptedEvent{Seq: ev.Seq, Timestamp: ev.Timestamp, ImportWh: ev.ImportWh, ExportWh: ev.ExportWh,
			DetailHash: ev.DetailHash, Block: logs[i].BlockNumber, TxHash: logs[i].TxHash}
	}
	return out, nil
}

// Check compares a stored reading with its on-chain event (ok false: no event found).
func Check(r stored.Reading, ev AcceptedEvent, ok bool) Verification {
	if !ok {
		return Verification{Status: "not_on_chain", Message: fmt.Sprintf("no ReadingAccepted event for seq %d in block %d", r.Reading.Seq, r.Block)}
	}
	tx, h := ev.TxHash, ev.DetailHash
	v := Verification{Block: ev.Block, TxHash: &tx, OnChainHash: &h}
	recomputed, what := r.Detail.Hash(), "detail record"
	if r.Ocmf != nil {
		// An OCMF record's detail hash is SHA-256 of its signed payload (docs/ocmf.md).
		recomputed, what = common.Hash{}, "OCMF record"
		if payload, _, err := ocmf.Split(r.Ocmf); err == nil {
			recomputed = sha256.Sum256(payload)
		}
	}
	switch {
	case recomputed != ev.DetailHash:
		v.Status, v.Message = "mismatch", "the stored "+what+" hashes to "+recomputed.Hex()+", the chain has "+ev.DetailHash.Hex()
	case r.Reading.DetailHash != ev.DetailHash:
		v.Status, v.Message = "mismatch", "the stored detail hash differs from the chain's"
	case r.Reading.Timestamp != ev.Timestamp || r.Reading.ImportWh != ev.ImportWh || r.Reading.ExportWh != ev.ExportWh:
		v.Status, v.Message = "mismatch", fmt.Sprintf("stored registers (%d, %d Wh at %d) differ from the chain's (%d, %d Wh at %d)",
			r.Reading.ImportWh, r.Reading.ExportWh, r.Reading.Timestamp, ev.ImportWh, ev.ExportWh, ev.Timestamp)
	default:
		v.Verified, v.Status = true, "verified"
	}
	return v
}

// Verify checks every accepted reading of rs (one meter) against the chain with one log query.
func Verify(ctx context.Context, b ethereum.LogFilterer, ledger common.Address, meterID uint64, rs []stored.Reading) ([]Verification, error) {
	out := make([]Verification, len(rs))
	var lo, hi uint64
	for _, r := range rs {
		if r.Status == stored.Accepted && r.Block > 0 {
			if lo == 0 || r.Block < lo {
				lo = r.Block
			}
			hi = max(hi, r.Block)
		}
	}
	var events map[uint64]AcceptedEvent
	if hi > 0 {
		var err error
		if events, err = AcceptedEvents(ctx, b, ledger, meterID, lo, hi); err != nil {
			return nil, err
		}
	}
	for i, r := range rs {
		switch r.Status {
		case stored.Accepted:
			ev, ok := events[r.Reading.Seq]
			out[i] = Check(r, ev, ok)
		case stored.Rejected, stored.Refused:
			out[i] = Verification{Status: "rejected", Message: r.Reason.String()}
		default:
			out[i] = Verification{Status: "pending", Message: "not yet in a block"}
		}
	}
	return out, nil
}
