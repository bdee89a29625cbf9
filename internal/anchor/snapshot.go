package anchor

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"math"
	"runtime"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/common"
)

// A state snapshot is, in order: the magic, the version byte, the state root, the number of
// meters, then per meter in ascending id order the id (as the gap from the previous one), its
// leaf's reading (seq, timestamp, import, export) and its closing records; everything unsigned
// LEB128, so the encoding of a state is unique; last, the CRC-32C of all before it. The trees
// are not stored: they are rebuilt from the leaves and records, and the root proves the rebuild.
const (
	snapshotMagic   = "MCSTATE"
	snapshotVersion = 1
	snapshotHead    = len(snapshotMagic) + 1 + 32
)

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// snapshotMeter is one meter as a snapshot holds it.
type snapshotMeter struct {
	id      uint64
	last    MeterLeaf
	records []Closing
}

// WriteSnapshot writes the state as RollbackTo(0) would leave it, without changing it: the
// readings still journalled are left out, so after Forget at a final batch the snapshot is that
// batch's state and holds nothing a void could take back. It returns that state's root.
func (s *State) WriteSnapshot(w io.Writer) (common.Hash, error) {
	meters, root := s.base()
	out := append([]byte(snapshotMagic), snapshotVersion)
	out = append(out, root[:]...)
	out = binary.AppendUvarint(out, uint64(len(meters)))
	prev := uint64(0)
	for _, m := range meters {
		out = binary.AppendUvarint(out, m.id-prev)
		prev = m.id
		for _, v := range []uint64{m.last.Seq, m.last.Timestamp, m.last.ImportWh, m.last.ExportWh, uint64(len(m.records))} {
			out = binary.AppendUvarint(out, v)
		}
		for _, c := range m.records {
			out = appendClosing(out, c)
		}
	}
	out = binary.BigEndian.AppendUint32(out, crc32.Checksum(out, castagnoli))
	if _, err := w.Write(out); err != nil {
		return common.Hash{}, fmt.Errorf("write state snapshot: %w", err)
	}
	return root, nil
}

// base is every meter as of the journal's start, in id order, and that state's root: a meter
// the journal changed has the leaf its first change found and its records without the ones the
// journal closed (always its newest).
func (s *State) base() ([]snapshotMeter, common.Hash) {
	type undo struct {
		before  MeterLeaf
		dropped int
	}
	undone := map[uint64]*undo{}
	for _, ch := range s.journal {
		u := undone[ch.meterID]
		if u == nil {
			u = &undo{before: ch.before}
			undone[ch.meterID] = u
		}
		u.dropped += len(ch.closed)
	}
	meters := make([]snapshotMeter, 0, len(s.byMeter))
	for id, m := range s.byMeter {
		sm := snapshotMeter{id: id, last: m.last, records: m.records}
		if u := undone[id]; u != nil {
			if u.before == (MeterLeaf{}) {
				continue // no accepted reading before the journal
			}
			sm.last, sm.records = u.before, m.records[:len(m.records)-u.dropped]
		}
		meters = append(meters, sm)
	}
	slices.SortFunc(meters, func(a, b snapshotMeter) int { return cmp.Compare(a.id, b.id) })
	if len(undone) == 0 {
		return meters, s.Root()
	}
	// The base root from the base's leaves, the tree left as it is: a meter the journal did not
	// change has its leaf in the tree already.
	keys := make([]uint32, len(meters))
	leaves := make([]common.Hash, len(meters))
	for i, m := range meters {
		keys[i] = uint32(m.id)
		if u := undone[m.id]; u != nil {
			leaves[i] = u.before.Hash()
		} else {
			leaves[i] = s.meters.Get(keys[i])
		}
	}
	return meters, sortedRoot(keys, leaves)
}

func appendClosing(out []byte, c Closing) []byte {
	for _, v := range []uint64{uint64(c.Period), c.ImportWh, c.ExportWh, c.Timestamp} {
		out = binary.AppendUvarint(out, v)
	}
	if !c.Estimated {
		return append(out, 0)
	}
	out = append(out, 1)
	for _, v := range []uint64{uint64(c.StartPeriod), c.StartImportWh, c.StartExportWh, c.StartTimestamp} {
		out = binary.AppendUvarint(out, v)
	}
	return out
}

// ErrSnapshotCorrupt: the snapshot is truncated, altered or not a state snapshot.
var ErrSnapshotCorrupt = errors.New("state snapshot corrupt")

// ReadSnapshot reads a snapshot WriteSnapshot wrote and rebuilds the state's trees from it,
// refusing (ErrSnapshotCorrupt) a file that is truncated, fails its checksum, or whose rebuilt
// root is not the root it was written with. The state's journal is empty.
func ReadSnapshot(r io.Reader) (*State, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read state snapshot: %w", err)
	}
	if len(data) < snapshotHead+4 {
		return nil, fmt.Errorf("%w: %d bytes, too short", ErrSnapshotCorrupt, len(data))
	}
	if !bytes.HasPrefix(data, []byte(snapshotMagic)) {
		return nil, fmt.Errorf("%w: not a state snapshot (no %q header)", ErrSnapshotCorrupt, snapshotMagic)
	}
	if v := data[len(snapshotMagic)]; v != snapshotVersion {
		return nil, fmt.Errorf("%w: version %d, this build reads version %d", ErrSnapshotCorrupt, v, snapshotVersion)
	}
	body, sum := data[:len(data)-4], binary.BigEndian.Uint32(data[len(data)-4:])
	if crc32.Checksum(body, castagnoli) != sum {
		return nil, fmt.Errorf("%w: checksum mismatch (truncated or altered)", ErrSnapshotCorrupt)
	}
	want := common.BytesToHash(body[len(snapshotMagic)+1 : snapshotHead])
	d := decoder{buf: body[snapshotHead:]}
	n := d.uvarint()
	if n > uint64(len(d.buf)) { // every meter takes bytes: a count past them is not one
		return nil, fmt.Errorf("%w: %d meters in %d bytes", ErrSnapshotCorrupt, n, len(d.buf))
	}
	meters := make([]snapshotMeter, n)
	id := uint64(0)
	for i := range meters {
		gap := d.uvarint()
		if i > 0 && gap == 0 {
			return nil, fmt.Errorf("%w: meter %d twice", ErrSnapshotCorrupt, id)
		}
		id += gap
		if id > math.MaxUint32 {
			return nil, fmt.Errorf("%w: meter id %d past the state tree's keys", ErrSnapshotCorrupt, id)
		}
		m := &meters[i]
		m.id, m.last = id, MeterLeaf{Seq: d.uvarint(), Timestamp: d.uvarint(), ImportWh: d.uvarint(), ExportWh: d.uvarint()}
		records := d.uvarint()
		if records > uint64(len(d.buf)) {
			return nil, fmt.Errorf("%w: meter %d: %d records in %d bytes", ErrSnapshotCorrupt, id, records, len(d.buf))
		}
		m.records = make([]Closing, records)
		for j := range m.records {
			m.records[j] = d.closing()
		}
		if d.err != nil {
			break
		}
	}
	switch {
	case d.err != nil:
		return nil, fmt.Errorf("%w: %v", ErrSnapshotCorrupt, d.err)
	case len(d.buf) != 0:
		return nil, fmt.Errorf("%w: %d bytes after the last meter", ErrSnapshotCorrupt, len(d.buf))
	}
	st := NewState()
	st.rebuild(meters)
	if st.Root() != want {
		return nil, fmt.Errorf("%w: the rebuilt state's root %s is not the snapshot's %s", ErrSnapshotCorrupt, st.Root(), want)
	}
	return st, nil
}

// rebuild fills an empty state with meters (in ascending id order): each meter's closings tree
// from its records, on every core (the hashing is most of a read), then the meters tree.
func (s *State) rebuild(meters []snapshotMeter) {
	built := make([]*meterState, len(meters))
	leaves := make([]common.Hash, len(meters))
	var wg sync.WaitGroup
	workers := runtime.GOMAXPROCS(0)
	for w := range workers {
		wg.Go(func() {
			for i := w; i < len(meters); i += workers {
				m := meters[i]
				built[i] = &meterState{last: m.last, records: m.records, closings: closingsTree(m.records)}
				built[i].last.ClosingsRoot = built[i].closings.Root()
				leaves[i] = built[i].last.Hash()
			}
		})
	}
	wg.Wait()
	keys := make([]uint32, len(meters))
	for i, m := range meters {
		keys[i] = uint32(m.id)
		s.byMeter[m.id] = built[i]
	}
	s.meters = sortedSMT(keys, leaves)
}

// closingsTree is the closings tree of a meter's records. They come in ascending periods (the
// closing rules close periods in order); a final batch that broke the rules may have closed
// them out of order, and Accept's Sets, one a record in order, are then what the state holds.
func closingsTree(records []Closing) *SMT {
	periods := make([]uint32, len(records))
	leaves := make([]common.Hash, len(records))
	for i, c := range records {
		if i > 0 && c.Period <= periods[i-1] {
			t := NewSMT()
			for _, c := range records {
				t.Set(c.Period, c.Leaf())
			}
			return t
		}
		periods[i], leaves[i] = c.Period, c.Leaf()
	}
	return sortedSMT(periods, leaves)
}

// decoder reads LEB128 fields; the first failure sticks (err) and later reads give zero.
type decoder struct {
	buf []byte
	err error
}

func (d *decoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.buf)
	if n <= 0 {
		d.err = errors.New("a field is cut off or overflows")
		return 0
	}
	d.buf = d.buf[n:]
	return v
}

func (d *decoder) uint32() uint32 {
	v := d.uvarint()
	if v > math.MaxUint32 && d.err == nil {
		d.err = fmt.Errorf("period %d is not a uint32", v)
	}
	return uint32(v)
}

func (d *decoder) closing() Closing {
	c := Closing{Period: d.uint32(), ImportWh: d.uvarint(), ExportWh: d.uvarint(), Timestamp: d.uvarint()}
	if d.err == nil && len(d.buf) == 0 {
		d.err = errors.New("a closing record is cut off")
	}
	if d.err != nil {
		return c
	}
	flag := d.buf[0]
	d.buf = d.buf[1:]
	switch flag {
	case 0:
	case 1:
		c.Estimated = true
		c.StartPeriod, c.StartImportWh, c.StartExportWh, c.StartTimestamp = d.uint32(), d.uvarint(), d.uvarint(), d.uvarint()
	default:
		d.err = fmt.Errorf("closing record flag %d", flag)
	}
	return c
}
