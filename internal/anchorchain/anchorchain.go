// Package anchorchain reads an AnchoredLedger's history from a node: its logs, each batch's header
// and the data its anchor transaction carried, and replays the batches that stand (not voided)
// into an anchor.State. The relaying oracle and the watcher both start from it.
package anchorchain

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/meterchain/meterchain/bindings/anchoredledger"
	"github.com/meterchain/meterchain/internal/anchor"
	"github.com/meterchain/meterchain/internal/reading"
)

// Backend is the node access reading needs.
type Backend interface {
	ethereum.LogFilterer
	TransactionByHash(ctx context.Context, hash common.Hash) (tx *types.Transaction, isPending bool, err error)
}

// Reader reads one AnchoredLedger.
type Reader struct {
	b       Backend
	Ledger  common.Address
	ABI     *anchoredledger.AnchoredLedger
	parsed  *abi.ABI
	events  map[common.Hash]string
	sources []BlobSource
}

// Event names the reader tells apart (the ledger's event names).
const (
	Anchored     = "Anchored"
	Voided       = "Voided"
	Revealed     = "Revealed"
	Demanded     = "Demanded"
	DemandClosed = "DemandClosed"
	AuthChanged  = "AuthChanged"
)

// NewReader reads the ledger at addr; the data of batches anchored in blobs comes from sources,
// asked in order (a batch none of them has is unavailable: ErrNoData).
func NewReader(b Backend, addr common.Address, sources ...BlobSource) (*Reader, error) {
	parsed, err := anchoredledger.AnchoredLedgerMetaData.ParseABI()
	if err != nil {
		return nil, err
	}
	r := &Reader{b: b, Ledger: addr, ABI: anchoredledger.NewAnchoredLedger(), parsed: parsed, events: map[common.Hash]string{},
		sources: sources}
	for _, name := range []string{Anchored, Voided, Revealed, Demanded, DemandClosed, AuthChanged} {
		r.events[parsed.Events[name].ID] = name
	}
	return r, nil
}

// Event is the name of the ledger event l is ("" if none the reader knows).
func (r *Reader) Event(l *types.Log) string {
	if len(l.Topics) == 0 || l.Address != r.Ledger {
		return ""
	}
	return r.events[l.Topics[0]]
}

// Logs are the ledger's logs of blocks from..to, in chain order.
func (r *Reader) Logs(ctx context.Context, from, to uint64) ([]types.Log, error) {
	logs, err := r.b.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
		Addresses: []common.Address{r.Ledger}})
	if err != nil {
		return nil, fmt.Errorf("logs of blocks %d-%d: %w", from, to, err)
	}
	return logs, nil
}

// Header is the batch number and header an Anchored log announces.
func (r *Reader) Header(l *types.Log) (uint64, anchor.Header, error) {
	ev, err := r.ABI.UnpackAnchoredEvent(l)
	if err != nil {
		return 0, anchor.Header{}, err
	}
	return ev.Batch, anchor.Header{Parent: ev.Parent, Count: ev.Count, AsOf: ev.AsOf, AuthEpoch: ev.AuthEpoch, AnchoredAt: ev.AnchoredAt,
		Relayer: ev.Relayer, ReadingsRoot: ev.ReadingsRoot, StateRoot: ev.StateRoot, DataHash: ev.DataHash}, nil
}

// ErrNoData: the batch's data is not readable: in blobs no blob source has, or anchored from
// inside another contract's call.
var ErrNoData = errors.New("the batch's data is not readable")

// Data is the data of the batch anchor transaction txHash carries: its calldata, or for a batch
// anchored in blobs the data a blob source gives that packs into exactly the blobs the
// transaction committed (ErrNoData if none does).
func (r *Reader) Data(ctx context.Context, txHash common.Hash) ([]byte, error) {
	tx, _, err := r.b.TransactionByHash(ctx, txHash)
	if err != nil {
		return nil, fmt.Errorf("anchor transaction %s: %w", txHash, err)
	}
	input := tx.Data()
	var m *abi.Method
	if len(input) >= 4 {
		m, _ = r.parsed.MethodById(input[:4])
	}
	if m == nil || (m.Name != "anchorCalldata" && m.Name != "anchor") {
		// A contract that anchored from inside its own call: its data is not readable here.
		return nil, fmt.Errorf("%w: transaction %s does not call the ledger's anchor functions", ErrNoData, txHash)
	}
	if m.Name == "anchor" {
		return r.blobData(ctx, tx.BlobHashes())
	}
	args, err := m.Inputs.Unpack(input[4:])
	if err != nil {
		return nil, fmt.Errorf("anchor transaction %s: %w", txHash, err)
	}
	data, _ := args[len(args)-1].([]byte)
	return data, nil
}

// blobData asks the sources in turn for the data of the blobs with versioned hashes `versioned`
// and keeps the first answer that checks out against them.
func (r *Reader) blobData(ctx context.Context, versioned []common.Hash) ([]byte, error) {
	errs := []error{ErrNoData}
	for _, src := range r.sources {
		data, err := src.BlobData(ctx, versioned)
		if err == nil {
			if data, err = anchor.DataOfBlobs(data, versioned); err == nil {
				return data, nil
			}
		}
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		errs = append(errs, fmt.Errorf("%s: %w", src, err))
	}
	return nil, errors.Join(errs...)
}

// Batch is a batch that stands, as replayed.
type Batch struct {
	Number  uint64
	Header  anchor.Header
	TxHash  common.Hash
	Entries []anchor.Entry
	Mark    int // the state's mark after it
}

// Replay is the ledger's standing history of blocks from..to applied to a new state as the
// batches' verdicts say (a relayer builds on them; the watcher checks them instead). A batch
// whose data is unavailable stops the replay with an error.
func (r *Reader) Replay(ctx context.Context, from, to uint64, maxBlocks uint64) (*anchor.State, []Batch, error) {
	st := anchor.NewState()
	var chain []Batch
	for lo := from; lo <= to; lo += maxBlocks {
		logs, err := r.Logs(ctx, lo, min(to, lo+maxBlocks-1))
		if err != nil {
			return nil, nil, err
		}
		for i := range logs {
			l := &logs[i]
			switch r.Event(l) {
			case Anchored:
				n, h, err := r.Header(l)
				if err != nil {
					return nil, nil, err
				}
				data, err := r.Data(ctx, l.TxHash)
				if err != nil {
					return nil, nil, fmt.Errorf("replay batch %d: %w", n, err)
				}
				entries, err := anchor.DecodeData(data)
				if err != nil {
					return nil, nil, fmt.Errorf("replay batch %d: %w", n, err)
				}
				for _, e := range entries[:min(len(entries), int(h.Count))] {
					if e.Verdict == reading.Accepted {
						st.Accept(e.Reading)
					}
				}
				chain = append(chain, Batch{Number: n, Header: h, TxHash: l.TxHash, Entries: entries, Mark: st.Mark()})
			case Voided:
				ev, err := r.ABI.UnpackVoidedEvent(l)
				if err != nil {
					return nil, nil, err
				}
				keep := len(chain)
				for keep > 0 && chain[keep-1].Number >= ev.Batch {
					keep--
				}
				mark := 0
				if keep > 0 {
					mark = chain[keep-1].Mark
				}
				if err := st.RollbackTo(mark); err != nil {
					return nil, nil, err
				}
				chain = chain[:keep]
			}
		}
	}
	return st, chain, nil
}
