package anchor

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/meterchain/meterchain/internal/reading"
)

// The proof structs mirror AnchoredLedger's, field for field and with the binding's field types,
// so abigen's structs convert from them directly.

// Leaf mirrors AnchoredLedger.Leaf: a reading with its signature and its path in the readings root.
type Leaf struct {
	MeterId        uint64 //nolint:revive // abigen's spelling, so the binding struct converts
	Seq            uint64
	Timestamp      uint64
	ImportWh       uint64
	ExportWh       uint64
	DetailHash     [32]byte
	Signature      []byte
	Verdict        uint8
	StateRootAfter [32]byte
	Path           [][32]byte
}

// Neighbour mirrors AnchoredLedger.Neighbour: a leaf given by its signature's hash.
type Neighbour struct {
	MeterId        uint64 //nolint:revive // abigen's spelling
	Seq            uint64
	Timestamp      uint64
	ImportWh       uint64
	ExportWh       uint64
	DetailHash     [32]byte
	SigHash        [32]byte
	Verdict        uint8
	StateRootAfter [32]byte
	Path           [][32]byte
}

// Transition mirrors AnchoredLedger.Transition: everything proveTransition re-executes leaf
// Index with.
type Transition struct {
	Index        uint32
	Reading      Leaf
	Prev         Neighbour // leaf Index-1; zero when Index is 0
	HasAuth      bool
	AuthIndex    uint32
	OldState     MeterLeaf
	StatePath    [SMTDepth][32]byte
	ClosingPaths [][SMTDepth][32]byte
}

// Proofs builds the fraud proofs of one batch from its entries (the decoded data).
type Proofs struct {
	h       Header
	entries []Entry
	paths   [][]common.Hash
}

// NewProofs checks that entries reproduce h's readings root and prepares their paths.
func NewProofs(h Header, entries []Entry) (*Proofs, error) {
	if f := checkAvailable(h, entries); f != nil && f.Kind == FaultUnavailable {
		return nil, fmt.Errorf("proofs: %s", f.Reason)
	}
	paths, _, err := ReadingsPaths(Leaves(entries), int(h.Count))
	if err != nil {
		return nil, err
	}
	return &Proofs{h: h, entries: entries, paths: paths}, nil
}

func hashes(p []common.Hash) [][32]byte {
	out := make([][32]byte, len(p))
	for i, h := range p {
		out[i] = h
	}
	return out
}

func (p *Proofs) leaf(i int) Leaf {
	e := p.entries[i]
	r := e.Reading
	return Leaf{MeterId: r.MeterID, Seq: r.Seq, Timestamp: r.Timestamp, ImportWh: r.ImportWh, ExportWh: r.ExportWh,
		DetailHash: r.DetailHash, Signature: e.Signature, Verdict: uint8(e.Verdict), StateRootAfter: e.StateRootAfter,
		Path: hashes(p.paths[i])}
}

func (p *Proofs) neighbour(i int) Neighbour {
	e := p.entries[i]
	r := e.Reading
	return Neighbour{MeterId: r.MeterID, Seq: r.Seq, Timestamp: r.Timestamp, ImportWh: r.ImportWh, ExportWh: r.ExportWh,
		DetailHash: r.DetailHash, SigHash: e.SigHash(), Verdict: uint8(e.Verdict), StateRootAfter: e.StateRootAfter,
		Path: hashes(p.paths[i])}
}

func (p *Proofs) inCount(i uint32) error {
	if i >= p.h.Count {
		return fmt.Errorf("leaf %d: the batch has %d", i, p.h.Count)
	}
	return nil
}

// Reading is leaf index with its path, as AnchoredBoundaries.proveReadings takes it (the
// signature by its hash).
func (p *Proofs) Reading(index uint32) (Neighbour, error) {
	if err := p.inCount(index); err != nil {
		return Neighbour{}, err
	}
	return p.neighbour(int(index)), nil
}

// Transition is the proveTransition argument for leaf index, re-executed on parent (the parent
// batch's state, left unchanged): the pre-state is parent with leaves 0..index-1 applied, as
// their verdicts say (they are honest: index is the first fault).
func (p *Proofs) Transition(parent *State, index uint32, log AuthLog, signer SignerFunc) (Transition, error) {
	if err := p.inCount(index); err != nil {
		return Transition{}, err
	}
	mark := parent.Mark()
	defer func() { _ = parent.RollbackTo(mark) }()
	for _, e := range p.entries[:index] {
		if e.Verdict == reading.Accepted {
			parent.Accept(e.Reading)
		}
	}
	e := p.entries[index]
	r := e.Reading
	path, err := parent.MeterPath(r.MeterID)
	if err != nil {
		return Transition{}, err
	}
	t := Transition{Index: index, Reading: p.leaf(int(index)), OldState: parent.Meter(r.MeterID)}
	for h, s := range path {
		t.StatePath[h] = s
	}
	if index > 0 {
		t.Prev = p.neighbour(int(index) - 1)
	}
	m, authIndex, ok := AuthAt(log(r.MeterID), p.h.AuthEpoch)
	t.HasAuth, t.AuthIndex = ok, authIndex
	if reading.Check(m, t.OldState.Last(), r, signer(r, e.Signature), p.h.AsOf) == reading.Accepted {
		closings := parent.closings(r.MeterID)
		if closings == nil {
			closings = NewSMT()
		} else {
			closings = closings.Clone()
		}
		for _, c := range Closings(t.OldState, r) {
			var cp [SMTDepth][32]byte
			for h, s := range closings.Path(c.Period) {
				cp[h] = s
			}
			t.ClosingPaths = append(t.ClosingPaths, cp)
			closings.Set(c.Period, c.Leaf())
		}
	}
	return t, nil
}

// Unsorted is the proveUnsorted argument: leaves index and index+1.
func (p *Proofs) Unsorted(index uint32) (uint32, Neighbour, Neighbour, error) {
	if err := p.inCount(index + 1); err != nil {
		return 0, Neighbour{}, Neighbour{}, err
	}
	return index, p.neighbour(int(index)), p.neighbour(int(index) + 1), nil
}

// PastCount is the provePastCount argument: a leaf at index ≥ count and its path.
func (p *Proofs) PastCount(index uint32) (uint32, [32]byte, [][32]byte, error) {
	if index < p.h.Count || int(index) >= len(p.entries) {
		return 0, [32]byte{}, nil, fmt.Errorf("leaf %d is not past count %d among %d", index, p.h.Count, len(p.entries))
	}
	return index, p.entries[index].Leaf(), hashes(p.paths[index]), nil
}

// Root is the proveRoot argument: the last leaf (index count-1).
func (p *Proofs) Root() Neighbour { return p.neighbour(int(p.h.Count) - 1) }

// Answer is the answer to a DA demand for leaves from..to-1.
func (p *Proofs) Answer(from, to uint32) ([]Leaf, error) {
	if from >= to || to > p.h.Count {
		return nil, fmt.Errorf("answer leaves %d..%d of %d", from, to, p.h.Count)
	}
	out := make([]Leaf, 0, to-from)
	for i := from; i < to; i++ {
		out = append(out, p.leaf(int(i)))
	}
	return out, nil
}
