package anchor

import (
	"bytes"
	"cmp"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"github.com/meterchain/meterchain/internal/reading"
)

// Candidate is a signed reading the relayer offers a batch: the reading, its wire signature and
// the signer the oracle recovered from it (zero if none).
type Candidate struct {
	Reading   reading.Reading
	Signature []byte
	Signer    common.Address
}

// Auth is who may sign for a meter at the batch's auth epoch (zero Meter: unknown).
type Auth func(meterID uint64) reading.Meter

// Batch is a built batch: its entries in leaf order, their leaves, the roots and the data.
type Batch struct {
	Entries      []Entry
	Leaves       []common.Hash
	ReadingsRoot common.Hash
	StateRoot    common.Hash
	Count        uint32
	Data         []byte      // encoding version 1
	Dropped      []Candidate // a second reading for a (meter, seq) already in the batch
}

func keyCmp(a, b reading.Reading) int {
	if c := cmp.Compare(a.MeterID, b.MeterID); c != 0 {
		return c
	}
	return cmp.Compare(a.Seq, b.Seq)
}

// Build orders candidates strictly by (meter id, seq), keeps one reading per pair (exact copies
// dropped silently, conflicting ones in Batch.Dropped), decides each with reading.Check against
// st (now = asOf), applies the accepted ones to st and commits each leaf's state root after.
// st is left at the batch's state; roll back with st.Mark/RollbackTo. The result does not
// depend on the candidates' order.
func Build(st *State, cands []Candidate, auth Auth, asOf uint64) (*Batch, error) {
	sorted := slices.Clone(cands)
	slices.SortFunc(sorted, func(a, b Candidate) int {
		if c := keyCmp(a.Reading, b.Reading); c != 0 {
			return c
		}
		// Of two readings for one (meter, seq), the one the meter signed goes first, then bytes order.
		va, vb := a.Signer == auth(a.Reading.MeterID).Signer, b.Signer == auth(b.Reading.MeterID).Signer
		if va != vb {
			if va {
				return -1
			}
			return 1
		}
		if c := bytes.Compare(recordBytes(a), recordBytes(b)); c != 0 {
			return c
		}
		return bytes.Compare(a.Signer[:], b.Signer[:])
	})
	b := &Batch{}
	for i, c := range sorted {
		if i > 0 && keyCmp(sorted[i-1].Reading, c.Reading) == 0 {
			if !bytes.Equal(recordBytes(sorted[i-1]), recordBytes(c)) {
				b.Dropped = append(b.Dropped, c)
			}
			continue
		}
		if len(b.Entries) == MaxBatch {
			return nil, fmt.Errorf("batch: more than %d readings", MaxBatch)
		}
		verdict := reading.Check(auth(c.Reading.MeterID), st.Meter(c.Reading.MeterID).Last(), c.Reading, c.Signer, asOf)
		if verdict == reading.Accepted {
			st.Accept(c.Reading)
		}
		b.Entries = append(b.Entries, Entry{Reading: c.Reading, Signature: c.Signature, Verdict: verdict, StateRootAfter: st.Root()})
	}
	if len(b.Entries) == 0 {
		return nil, fmt.Errorf("batch: no readings")
	}
	b.Leaves = Leaves(b.Entries)
	root, err := ReadingsRoot(b.Leaves)
	if err != nil {
		return nil, err
	}
	b.ReadingsRoot, b.StateRoot, b.Count = root, st.Root(), uint32(len(b.Entries))
	b.Data = EncodeData(b.Entries)
	return b, nil
}

func recordBytes(c Candidate) []byte {
	e := Entry{Reading: c.Reading, Signature: c.Signature}
	return appendEntry(nil, e)
}
