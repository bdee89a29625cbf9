package reading

import (
	"encoding/binary"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// Topics of the ledger's per-reading events (TestEventTopicsMatchABI checks them against the ABI).
var (
	acceptedTopic = crypto.Keccak256Hash([]byte("ReadingAccepted(uint64,uint64,uint64,uint64,uint64,bytes32)"))
	rejectedTopic = crypto.Keccak256Hash([]byte("ReadingRejected(uint64,uint64,uint8)"))
)

// Outcome decodes a ReadingAccepted or ReadingRejected log of the ledger: the meter, the seq and
// the ledger's decision. ok is false for any other log. It reads the fixed layout directly: the
// relayer and the benchmarks decode thousands of these per block, and the reflection-based ABI
// decoder allocates a few kilobytes for each. The caller checks the log's address.
func Outcome(l *types.Log) (meterID, seq uint64, r Reason, ok bool) {
	if len(l.Topics) != 2 {
		return 0, 0, 0, false
	}
	var words int
	switch l.Topics[0] {
	case acceptedTopic:
		words = 5
	case rejectedTopic:
		words = 2
	default:
		return 0, 0, 0, false
	}
	if len(l.Data) != words*32 {
		return 0, 0, 0, false
	}
	meterID, okID := word64(l.Topics[1][:])
	seq, okSeq := word64(l.Data[:32])
	if !okID || !okSeq {
		return 0, 0, 0, false
	}
	if words == 2 {
		reason, okR := word64(l.Data[32:64])
		if !okR || reason == uint64(Accepted) || reason > uint64(MalformedRecord) {
			return 0, 0, 0, false
		}
		r = Reason(reason)
	}
	return meterID, seq, r, true
}

// word64 reads an ABI word that holds a uint64.
func word64(w []byte) (uint64, bool) {
	for _, b := range w[:24] {
		if b != 0 {
			return 0, false
		}
	}
	return binary.BigEndian.Uint64(w[24:32]), true
}
