package anchor

import (
	"encoding/binary"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/meterchain/meterchain/internal/reading"
)

// Header mirrors AnchoredLedger.Header; the contract stores only its hash.
type Header struct {
	Parent       uint64
	Count        uint32
	AsOf         uint64
	AuthEpoch    uint64
	AnchoredAt   uint64
	Relayer      common.Address
	ReadingsRoot [32]byte
	StateRoot    [32]byte
	DataHash     [32]byte
}

// Hash is keccak256(abi.encode(header)), the batch's one storage slot.
func (h Header) Hash() common.Hash {
	var buf [9 * 32]byte
	for i, v := range []uint64{h.Parent, uint64(h.Count), h.AsOf, h.AuthEpoch, h.AnchoredAt} {
		binary.BigEndian.PutUint64(buf[32*i+24:], v)
	}
	copy(buf[5*32+12:], h.Relayer[:])
	copy(buf[6*32:], h.ReadingsRoot[:])
	copy(buf[7*32:], h.StateRoot[:])
	copy(buf[8*32:], h.DataHash[:])
	return crypto.Keccak256Hash(buf[:])
}

// AuthVersion mirrors AnchoredLedger.AuthVersion: one entry of a meter's auth log.
type AuthVersion struct {
	Epoch     uint64
	Signer    common.Address
	MaxPowerW uint32
	Active    bool
}

// AuthLog is a meter's auth log as AnchoredLedger.authLog returns it (oldest first).
type AuthLog func(meterID uint64) []AuthVersion

// AuthAt is the entry of log valid at epoch (the last with Epoch ≤ epoch) and its index; ok false
// when there is none (an unknown meter at that epoch).
func AuthAt(log []AuthVersion, epoch uint64) (m reading.Meter, index uint32, ok bool) {
	for i := len(log) - 1; i >= 0; i-- {
		if log[i].Epoch <= epoch {
			v := log[i]
			return reading.Meter{Signer: v.Signer, MaxPowerW: v.MaxPowerW, Active: v.Active}, uint32(i), true
		}
	}
	return reading.Meter{}, 0, false
}

// AuthFromLog is the Auth of a batch built against epoch.
func AuthFromLog(log AuthLog, epoch uint64) Auth {
	return func(meterID uint64) reading.Meter {
		m, _, _ := AuthAt(log(meterID), epoch)
		return m
	}
}

// SignerFunc recovers who signed a reading from its wire signature (zero if nobody).
type SignerFunc func(r reading.Reading, sig []byte) common.Address

// Signer recovers the signer of r from a wire signature as AnchoredLedger does: 65 bytes r‖s‖v
// secp256k1 (high s and v other than 27/28 refused), 128 bytes r‖s‖x‖y P-256 (high s refused)
// giving the key's ID; anything else, or a signature that fails, gives zero.
func Signer(d reading.Domain) SignerFunc {
	return func(r reading.Reading, sig []byte) common.Address {
		switch len(sig) {
		case 65:
			a, err := reading.Recover(d, r, reading.Signature(sig))
			if err != nil {
				return common.Address{}
			}
			return a
		case 128:
			id, err := reading.VerifyP256(d, r, reading.P256Signature(sig[:64]), reading.P256Key(sig[64:]))
			if err != nil {
				return common.Address{}
			}
			return id
		}
		return common.Address{}
	}
}

// FaultKind is the kind of a fraud proof (AnchoredLedger's Voided kind), or Unavailable.
type FaultKind uint8

const (
	FaultTransition FaultKind = 1 // a leaf's verdict or state root after is not what the rules give
	FaultUnsorted   FaultKind = 2 // leaves index and index+1 are not strictly increasing by (meter, seq)
	FaultPastCount  FaultKind = 3 // a non-zero leaf at an index ≥ count
	FaultUnanswered FaultKind = 4 // a DA demand left unanswered (on chain only)
	FaultRoot       FaultKind = 5 // the last leaf's state root after is not the header's state root
	// FaultUnavailable: the data does not decode or does not reproduce readingsRoot/count; no
	// proof from the data, the watcher files a DA demand.
	FaultUnavailable FaultKind = 6
)

// Fault is the first dishonesty a watcher finds in a batch.
type Fault struct {
	Kind    FaultKind
	Index   uint32
	MeterID uint64
	Reason  string
}

func (f *Fault) Error() string {
	return fmt.Sprintf("fault kind %d at leaf %d (meter %d): %s", f.Kind, f.Index, f.MeterID, f.Reason)
}

// Verify re-executes a batch on st, the state of its parent: nil means honest and st is then the
// batch's state; otherwise the first fault, with st rolled back to the parent. entries are the
// batch's decoded data (may hold leaves past the count, as a dishonest relayer commits them).
func Verify(st *State, h Header, entries []Entry, auth Auth, signer SignerFunc) *Fault {
	if f := checkAvailable(h, entries); f != nil {
		return f
	}
	mark := st.Mark()
	for i, e := range entries {
		if i > 0 && keyCmp(entries[i-1].Reading, e.Reading) >= 0 {
			_ = st.RollbackTo(mark)
			return &Fault{Kind: FaultUnsorted, Index: uint32(i - 1), MeterID: e.Reading.MeterID,
				Reason: fmt.Sprintf("(%d, %d) then (%d, %d)", entries[i-1].Reading.MeterID, entries[i-1].Reading.Seq, e.Reading.MeterID, e.Reading.Seq)}
		}
		r := e.Reading
		verdict := reading.Check(auth(r.MeterID), st.Meter(r.MeterID).Last(), r, signer(r, e.Signature), h.AsOf)
		if verdict == reading.Accepted {
			st.Accept(r)
		}
		switch {
		case verdict != e.Verdict:
			_ = st.RollbackTo(mark)
			return &Fault{Kind: FaultTransition, Index: uint32(i), MeterID: r.MeterID,
				Reason: fmt.Sprintf("verdict %q, the rules give %q", e.Verdict, verdict)}
		case st.Root() != e.StateRootAfter:
			root := st.Root()
			_ = st.RollbackTo(mark)
			return &Fault{Kind: FaultTransition, Index: uint32(i), MeterID: r.MeterID,
				Reason: fmt.Sprintf("state root after %x, the rules give %x", e.StateRootAfter, root)}
		}
	}
	if st.Root() != h.StateRoot {
		last := entries[len(entries)-1]
		_ = st.RollbackTo(mark)
		return &Fault{Kind: FaultRoot, Index: h.Count - 1, MeterID: last.Reading.MeterID,
			Reason: fmt.Sprintf("last state root after %x, header state root %x", last.StateRootAfter, h.StateRoot)}
	}
	return nil
}

// VerifyData is Verify of a batch's data as fetched (blobs decoded, or calldata): data that
// does not decode is unavailable, as data that does not reproduce the roots is.
func VerifyData(st *State, h Header, data []byte, auth Auth, signer SignerFunc) *Fault {
	entries, err := DecodeData(data)
	if err != nil {
		return &Fault{Kind: FaultUnavailable, Reason: err.Error()}
	}
	return Verify(st, h, entries, auth, signer)
}

// checkAvailable is the DA check: the data must reproduce readingsRoot with count leaves. Data
// with more records that reproduces the root (over the count's depth) proves a leaf past count.
func checkAvailable(h Header, entries []Entry) *Fault {
	n := len(entries)
	unavailable := func(why string) *Fault { return &Fault{Kind: FaultUnavailable, Reason: why} }
	if h.Count == 0 || h.Count > MaxBatch {
		return unavailable(fmt.Sprintf("header count %d", h.Count))
	}
	if n < int(h.Count) {
		return unavailable(fmt.Sprintf("data holds %d readings, header count %d", n, h.Count))
	}
	depth := Depth(int(h.Count))
	if n > 1<<depth {
		return unavailable(fmt.Sprintf("data holds %d readings, more than the %d leaves of count %d", n, 1<<depth, h.Count))
	}
	levels := readingsLevels(Leaves(entries), depth)
	if levels[depth][0] != h.ReadingsRoot {
		return unavailable("data does not reproduce the readings root")
	}
	if n > int(h.Count) {
		return &Fault{Kind: FaultPastCount, Index: h.Count, MeterID: entries[h.Count].Reading.MeterID,
			Reason: fmt.Sprintf("%d leaves past count %d", n-int(h.Count), h.Count)}
	}
	return nil
}
