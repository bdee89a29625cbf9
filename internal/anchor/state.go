package anchor

import (
	"fmt"
	"math"

	"github.com/ethereum/go-ethereum/common"

	"github.com/meterchain/meterchain/internal/reading"
)

// State is the anchored ledger's state after a batch: the meters tree (keyed by meter id) and,
// per meter, its last accepted reading and closings tree. Changes are journalled, so a relayer or
// watcher can roll back to an earlier batch (Mark, RollbackTo) without copying the trees.
type State struct {
	meters  *SMT
	byMeter map[uint64]*meterState
	journal []change
}

// meterState is one meter's part of the state: one entry a meter, since a million meters is
// what one utility has.
type meterState struct {
	last     MeterLeaf
	closings *SMT
	records  []Closing // the closings tree's records, for RegistersProof
}

// change is one accepted reading's effect: the meter's leaf before it and the periods it closed.
type change struct {
	meterID uint64
	before  MeterLeaf
	closed  []uint32
}

// NewState is the genesis state (root EmptyRoot).
func NewState() *State {
	return &State{meters: NewSMT(), byMeter: map[uint64]*meterState{}}
}

// Root is the state root.
func (s *State) Root() common.Hash { return s.meters.Root() }

// Meter is a meter's leaf (zero before its first accepted reading).
func (s *State) Meter(meterID uint64) MeterLeaf {
	if m := s.byMeter[meterID]; m != nil {
		return m.last
	}
	return MeterLeaf{}
}

// closings is the meter's closings tree (nil before its first accepted reading).
func (s *State) closings(meterID uint64) *SMT {
	if m := s.byMeter[meterID]; m != nil {
		return m.closings
	}
	return nil
}

// MeterPath is the meter's path in the state tree.
func (s *State) MeterPath(meterID uint64) ([SMTDepth]common.Hash, error) {
	key, err := meterKey(meterID)
	if err != nil {
		return [SMTDepth]common.Hash{}, err
	}
	return s.meters.Path(key), nil
}

// Closing is the closing leaf of a meter's period (zero if the period has no record) and its path
// in the meter's closings tree.
func (s *State) Closing(meterID uint64, period uint32) (common.Hash, [SMTDepth]common.Hash) {
	t := s.closings(meterID)
	if t == nil {
		return common.Hash{}, NewSMT().Path(period)
	}
	return t.Get(period), t.Path(period)
}

func meterKey(meterID uint64) (uint32, error) {
	if meterID > math.MaxUint32 {
		return 0, fmt.Errorf("meter id %d does not fit the state tree's 32-bit keys", meterID)
	}
	return uint32(meterID), nil
}

// Accept applies an accepted reading: inserts its closings, updates the meter's leaf and the
// state root. The caller has checked it (reading.Check returned Accepted), so the meter id fits.
func (s *State) Accept(r reading.Reading) {
	m := s.byMeter[r.MeterID]
	if m == nil {
		m = &meterState{closings: NewSMT()}
		s.byMeter[r.MeterID] = m
	}
	ch := change{meterID: r.MeterID, before: m.last}
	for _, c := range Closings(m.last, r) {
		m.closings.Set(c.Period, c.Leaf())
		m.records = append(m.records, c)
		ch.closed = append(ch.closed, c.Period)
	}
	m.last = MeterLeaf{Seq: r.Seq, Timestamp: r.Timestamp, ImportWh: r.ImportWh, ExportWh: r.ExportWh, ClosingsRoot: m.closings.Root()}
	s.meters.Set(uint32(r.MeterID), m.last.Hash())
	s.journal = append(s.journal, ch)
}

// Mark is a point to roll back to: the number of accepted readings applied so far.
func (s *State) Mark() int { return len(s.journal) }

// RollbackTo undoes every reading accepted after mark, newest first (after a void of the
// batches that carried them).
func (s *State) RollbackTo(mark int) error {
	if mark < 0 || mark > len(s.journal) {
		return fmt.Errorf("roll back to mark %d of %d", mark, len(s.journal))
	}
	for i := len(s.journal) - 1; i >= mark; i-- {
		ch := s.journal[i]
		m := s.byMeter[ch.meterID]
		for j := len(ch.closed) - 1; j >= 0; j-- { // newest first: the meter's last records
			p := ch.closed[j]
			m.closings.Set(p, common.Hash{}) // the slot was empty before the reading closed it
			if n := len(m.records); n > 0 && m.records[n-1].Period == p {
				m.records = m.records[:n-1]
			}
		}
		if ch.before == (MeterLeaf{}) {
			delete(s.byMeter, ch.meterID)
		} else {
			m.last = ch.before
		}
		s.meters.Set(uint32(ch.meterID), ch.before.Hash())
	}
	s.journal = s.journal[:mark]
	return nil
}

// Forget drops the journal before mark (the batches up to it are final: no rollback past them).
// Marks taken later shift down by mark.
func (s *State) Forget(mark int) {
	if mark <= 0 || mark > len(s.journal) {
		return
	}
	s.journal = append([]change(nil), s.journal[mark:]...)
}

// ClosingRecord mirrors AnchoredLedger.ClosingRecord (the binding's struct converts from it).
type ClosingRecord struct {
	ImportWh       uint64
	ExportWh       uint64
	Timestamp      uint64
	Estimated      bool
	StartPeriod    uint32
	StartImportWh  uint64
	StartExportWh  uint64
	StartTimestamp uint64
}

// Record is the closing as proveRegisters takes it.
func (c Closing) Record() ClosingRecord {
	return ClosingRecord{ImportWh: c.ImportWh, ExportWh: c.ExportWh, Timestamp: c.Timestamp, Estimated: c.Estimated,
		StartPeriod: c.StartPeriod, StartImportWh: c.StartImportWh, StartExportWh: c.StartExportWh,
		StartTimestamp: c.StartTimestamp}
}

// RegistersProof is proveRegisters' arguments after the header and batch number, field for
// field, and the registers the contract will store from them.
type RegistersProof struct {
	MeterId      uint64 //nolint:revive // abigen's spelling
	State        MeterLeaf
	StatePath    [SMTDepth][32]byte
	RecordPeriod uint32
	Record       ClosingRecord
	ClosingPath  [SMTDepth][32]byte
	Period       uint32

	ImportWh, ExportWh uint64
	Estimated          bool
}

// RegistersProof proves a meter's registers at the end of period against this state's root (the
// state after the batch the proof is submitted with): the meter's leaf and path, and the closing
// record covering the period (its own read record, or the estimated record ending the gap that
// contains it) with its path in the meter's closings tree.
func (s *State) RegistersProof(meterID uint64, period uint32) (RegistersProof, error) {
	path, err := s.MeterPath(meterID)
	if err != nil {
		return RegistersProof{}, err
	}
	c, ok := s.covering(meterID, period)
	if !ok {
		return RegistersProof{}, fmt.Errorf("meter %d: no closing record covers period %d in this state", meterID, period)
	}
	p := RegistersProof{MeterId: meterID, State: s.Meter(meterID), RecordPeriod: c.Period, Record: c.Record(), Period: period}
	for h, v := range path {
		p.StatePath[h] = v
	}
	for h, v := range s.closings(meterID).Path(c.Period) {
		p.ClosingPath[h] = v
	}
	p.ImportWh, p.ExportWh, p.Estimated = c.RegistersAt(period)
	return p, nil
}

// FinalPeriodProof is proveFinalPeriod's arguments after the header and batch number, field for
// field (AuthIndex: the meter's inactive entry of the ledger's auth log at the batch's epoch), and
// the period and registers the contract will store: the last reading's.
type FinalPeriodProof struct {
	MeterId   uint64 //nolint:revive // abigen's spelling
	State     MeterLeaf
	StatePath [SMTDepth][32]byte
	AuthIndex uint32

	Period uint32
}

// FinalPeriodProof proves a deactivated meter's final period against this state's root (a final
// batch decided on an epoch at which the meter is inactive, whose auth log entry is authIndex):
// its leaf, which holds its last accepted reading, and the leaf's path.
func (s *State) FinalPeriodProof(meterID uint64, authIndex uint32) (FinalPeriodProof, error) {
	path, err := s.MeterPath(meterID)
	if err != nil {
		return FinalPeriodProof{}, err
	}
	last := s.Meter(meterID)
	if last.Timestamp == 0 {
		return FinalPeriodProof{}, fmt.Errorf("meter %d: no accepted reading, no final period", meterID)
	}
	p := FinalPeriodProof{MeterId: meterID, State: last, AuthIndex: authIndex, Period: reading.PeriodOf(last.Timestamp)}
	for h, v := range path {
		p.StatePath[h] = v
	}
	return p, nil
}

// covering is the meter's closing record that covers period: its own read record, else the
// estimated record whose gap contains it.
func (s *State) covering(meterID uint64, period uint32) (Closing, bool) {
	m := s.byMeter[meterID]
	if m == nil {
		return Closing{}, false
	}
	for _, c := range m.records {
		if c.Period == period && c.Covers(period) {
			return c, true
		}
	}
	for _, c := range m.records {
		if c.Estimated && c.Covers(period) {
			return c, true
		}
	}
	return Closing{}, false
}

// At is the record as the closing of period.
func (r ClosingRecord) At(period uint32) Closing {
	return Closing{Period: period, ImportWh: r.ImportWh, ExportWh: r.ExportWh, Timestamp: r.Timestamp,
		Estimated: r.Estimated, StartPeriod: r.StartPeriod, StartImportWh: r.StartImportWh,
		StartExportWh: r.StartExportWh, StartTimestamp: r.StartTimestamp}
}

// Verify checks the proof against a state root as proveRegisters does, and that its registers
// are the ones the record gives.
func (p RegistersProof) Verify(stateRoot common.Hash) error {
	key, err := meterKey(p.MeterId)
	if err != nil {
		return err
	}
	if !VerifyPath(stateRoot, key, p.State.Hash(), toHashes(p.StatePath)) {
		return fmt.Errorf("meter %d: state leaf not under root %s", p.MeterId, stateRoot)
	}
	c := p.Record.At(p.RecordPeriod)
	if !VerifyPath(p.State.ClosingsRoot, p.RecordPeriod, c.Leaf(), toHashes(p.ClosingPath)) {
		return fmt.Errorf("meter %d: record %d not under its closings root", p.MeterId, p.RecordPeriod)
	}
	if !c.Covers(p.Period) {
		return fmt.Errorf("meter %d: record %d does not cover period %d", p.MeterId, p.RecordPeriod, p.Period)
	}
	if i, e, est := c.RegistersAt(p.Period); i != p.ImportWh || e != p.ExportWh || est != p.Estimated {
		return fmt.Errorf("meter %d period %d: registers differ from the record's", p.MeterId, p.Period)
	}
	return nil
}

func toHashes(p [SMTDepth][32]byte) (out [SMTDepth]common.Hash) {
	for h, v := range p {
		out[h] = v
	}
	return out
}
