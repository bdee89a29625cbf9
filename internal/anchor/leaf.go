package anchor

import (
	"encoding/binary"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/meterchain/meterchain/internal/reading"
)

// Entry is one reading of a batch as the leaf commits it: the reading, the meter's wire
// signature (65 bytes r‖s‖v secp256k1 or 128 bytes r‖s‖x‖y P-256), the verdict and the state
// root after applying it.
type Entry struct {
	Reading        reading.Reading
	Signature      []byte
	Verdict        reading.Reason
	StateRootAfter common.Hash
}

// SigHash is keccak256 of the signature bytes, as the leaf commits them.
func (e Entry) SigHash() common.Hash { return crypto.Keccak256Hash(e.Signature) }

// Leaf is the entry's readings-tree leaf: keccak256(abi.encode(meterId, seq, timestamp, importWh,
// exportWh, detailHash, sigHash, verdict, stateRootAfter)), nine words.
func (e Entry) Leaf() common.Hash {
	return LeafHash(e.Reading, e.SigHash(), e.Verdict, e.StateRootAfter)
}

// LeafHash is the readings-tree leaf of a reading given its signature's hash.
func LeafHash(r reading.Reading, sigHash common.Hash, verdict reading.Reason, stateRootAfter common.Hash) common.Hash {
	var buf [9 * 32]byte
	for i, v := range []uint64{r.MeterID, r.Seq, r.Timestamp, r.ImportWh, r.ExportWh} {
		binary.BigEndian.PutUint64(buf[32*i+24:], v)
	}
	copy(buf[5*32:], r.DetailHash[:])
	copy(buf[6*32:], sigHash[:])
	buf[8*32-1] = byte(verdict)
	copy(buf[8*32:], stateRootAfter[:])
	return crypto.Keccak256Hash(buf[:])
}

// Leaves are the leaves of entries in order.
func Leaves(entries []Entry) []common.Hash {
	out := make([]common.Hash, len(entries))
	for i, e := range entries {
		out[i] = e.Leaf()
	}
	return out
}

// MeterLeaf is a meter's leaf in the state tree (keyed by meter id): its last accepted reading and
// the root of its closings tree. All zero: no accepted reading yet (the empty leaf, hash 0).
type MeterLeaf struct {
	Seq, Timestamp, ImportWh, ExportWh uint64
	ClosingsRoot                       [32]byte // [32]byte, not common.Hash: converts to the binding's struct as is
}

// Hash is keccak256(abi.encode(seq, timestamp, importWh, exportWh, closingsRoot)), or 0 for the
// empty leaf.
func (m MeterLeaf) Hash() common.Hash {
	if m == (MeterLeaf{}) {
		return common.Hash{}
	}
	var buf [5 * 32]byte
	for i, v := range []uint64{m.Seq, m.Timestamp, m.ImportWh, m.ExportWh} {
		binary.BigEndian.PutUint64(buf[32*i+24:], v)
	}
	copy(buf[4*32:], m.ClosingsRoot[:])
	return crypto.Keccak256Hash(buf[:])
}

// Last is the reading state reading.Check compares against.
func (m MeterLeaf) Last() reading.State {
	return reading.State{Seq: m.Seq, Timestamp: m.Timestamp, ImportWh: m.ImportWh, ExportWh: m.ExportWh}
}

// Closing is a period's closing record in a meter's closings tree (keyed by period yyyymm).
type Closing struct {
	Period             uint32
	ImportWh, ExportWh uint64
	Timestamp          uint64
	Estimated          bool // the end of a gap: the reading after the gap, not one inside the period
	// An estimated record's gap start: the reading before the gap, the close of StartPeriod (the
	// gap is StartPeriod+1..Period). Zero, and not in the leaf, for a read record.
	StartPeriod                  uint32
	StartImportWh, StartExportWh uint64
	StartTimestamp               uint64
}

// Leaf is keccak256(abi.encode(importWh, exportWh, timestamp, false)) for a read record and
// keccak256(abi.encode(importWh, exportWh, timestamp, true, startPeriod, startImportWh,
// startExportWh, startTimestamp)) for an estimated one (AnchoredLedger._closingHash, _gapEndHash).
func (c Closing) Leaf() common.Hash {
	if !c.Estimated {
		var buf [4 * 32]byte
		binary.BigEndian.PutUint64(buf[24:], c.ImportWh)
		binary.BigEndian.PutUint64(buf[32+24:], c.ExportWh)
		binary.BigEndian.PutUint64(buf[64+24:], c.Timestamp)
		return crypto.Keccak256Hash(buf[:])
	}
	var buf [8 * 32]byte
	binary.BigEndian.PutUint64(buf[24:], c.ImportWh)
	binary.BigEndian.PutUint64(buf[32+24:], c.ExportWh)
	binary.BigEndian.PutUint64(buf[64+24:], c.Timestamp)
	buf[127] = 1
	binary.BigEndian.PutUint32(buf[128+28:], c.StartPeriod)
	binary.BigEndian.PutUint64(buf[160+24:], c.StartImportWh)
	binary.BigEndian.PutUint64(buf[192+24:], c.StartExportWh)
	binary.BigEndian.PutUint64(buf[224+24:], c.StartTimestamp)
	return crypto.Keccak256Hash(buf[:])
}

// Closings are the closing records that accepting r after a meter's state `last` inserts, in
// order; the rules of ReadingLedger._apply, _closePeriods and _closeGap.
func Closings(last MeterLeaf, r reading.Reading) []Closing {
	if last.Timestamp == 0 {
		// First reading: its registers are the baseline, the close of the period before it.
		return []Closing{{Period: reading.PreviousPeriod(reading.PeriodOf(r.Timestamp)),
			ImportWh: r.ImportWh, ExportWh: r.ExportWh, Timestamp: r.Timestamp}}
	}
	lastPeriod, period := reading.PeriodOf(last.Timestamp), reading.PeriodOf(r.Timestamp)
	if lastPeriod == period {
		return nil
	}
	out := []Closing{{Period: lastPeriod, ImportWh: last.ImportWh, ExportWh: last.ExportWh, Timestamp: last.Timestamp}}
	if gapEnd := reading.PreviousPeriod(period); gapEnd != lastPeriod {
		// Whole periods without a reading: this reading, marked estimated, ends the gap; it
		// carries the gap's start (the last reading) so it alone proves every period of the gap.
		out = append(out, Closing{Period: gapEnd, ImportWh: r.ImportWh, ExportWh: r.ExportWh,
			Timestamp: r.Timestamp, Estimated: true, StartPeriod: lastPeriod, StartImportWh: last.ImportWh,
			StartExportWh: last.ExportWh, StartTimestamp: last.Timestamp})
	}
	return out
}

// Covers reports whether the record gives the registers at the end of period: a read record its
// own period, an estimated one every period of its gap.
func (c Closing) Covers(period uint32) bool {
	if !c.Estimated {
		return period == c.Period
	}
	return c.StartPeriod < period && period <= c.Period
}

// RegistersAt are the registers at the end of period (Covers(period)): a read record's own, or
// interpolated on the gap's line at the period's end, rounded down, and estimated
// (ReadingLedger._interpolated, AnchoredLedger.proveRegisters).
func (c Closing) RegistersAt(period uint32) (importWh, exportWh uint64, estimated bool) {
	if !c.Estimated {
		return c.ImportWh, c.ExportWh, false
	}
	boundary := reading.PeriodStart(reading.NextPeriod(period))
	return interpolate(c.StartImportWh, c.StartTimestamp, c.ImportWh, c.Timestamp, boundary),
		interpolate(c.StartExportWh, c.StartTimestamp, c.ExportWh, c.Timestamp, boundary), true
}

// interpolate mirrors ReadingRules.interpolate: v0 + (v1-v0)*(boundary-t0)/(t1-t0), rounded down.
func interpolate(v0, t0, v1, t1, boundary uint64) uint64 {
	n := new(big.Int).Mul(new(big.Int).SetUint64(v1-v0), new(big.Int).SetUint64(boundary-t0))
	return v0 + n.Div(n, new(big.Int).SetUint64(t1-t0)).Uint64()
}
