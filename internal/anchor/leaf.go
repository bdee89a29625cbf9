package anchor

import (
	"encoding/binary"

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
}

// Leaf is keccak256(abi.encode(importWh, exportWh, timestamp, estimated)).
func (c Closing) Leaf() common.Hash {
	var buf [4 * 32]byte
	binary.BigEndian.PutUint64(buf[24:], c.ImportWh)
	binary.BigEndian.PutUint64(buf[32+24:], c.ExportWh)
	binary.BigEndian.PutUint64(buf[64+24:], c.Timestamp)
	if c.Estimated {
		buf[127] = 1
	}
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
		// Whole periods without a reading: this reading, marked estimated, ends the gap.
		out = append(out, Closing{Period: gapEnd, ImportWh: r.ImportWh, ExportWh: r.ExportWh,
			Timestamp: r.Timestamp, Estimated: true})
	}
	return out
}
