package anchor

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"

	"github.com/meterchain/meterchain/internal/reading"
)

// DataVersion is the first byte of a batch's data.
const DataVersion = 1

const (
	headerSize    = 5                        // version, uint32 count
	entryFixed    = 5*8 + 32 + 1 + 32 + 1    // integers, detail hash, verdict, state root after, sigLen
	chunkSize     = 31                       // payload bytes per field element (byte 0 stays 0)
	fieldElements = len(kzg4844.Blob{}) / 32 // 4096 per blob
	// BlobCapacity is the data one blob holds.
	BlobCapacity = chunkSize * fieldElements
)

// ErrBadData is wrapped by every decoding error: data that does not decode means the batch is
// unavailable to the watcher (a DA demand), never a panic.
var ErrBadData = errors.New("bad batch data")

// EncodeData is the version 1 data of entries: 0x01 ‖ uint32 count, then per entry meterId, seq,
// timestamp, importWh, exportWh (8 bytes each), detailHash, verdict (1), stateRootAfter, sigLen
// (1), sig; integers big-endian. Signatures are at most 255 bytes (the wire forms are 65 and 128).
func EncodeData(entries []Entry) []byte {
	out := make([]byte, headerSize, headerSize+len(entries)*(entryFixed+65))
	out[0] = DataVersion
	binary.BigEndian.PutUint32(out[1:], uint32(len(entries)))
	for _, e := range entries {
		out = appendEntry(out, e)
	}
	return out
}

func appendEntry(out []byte, e Entry) []byte {
	r := e.Reading
	for _, v := range []uint64{r.MeterID, r.Seq, r.Timestamp, r.ImportWh, r.ExportWh} {
		out = binary.BigEndian.AppendUint64(out, v)
	}
	out = append(out, r.DetailHash[:]...)
	out = append(out, byte(e.Verdict))
	out = append(out, e.StateRootAfter[:]...)
	sig := e.Signature
	if len(sig) > 255 {
		sig = sig[:255] // no signature form is this long; cut rather than corrupt the framing
	}
	out = append(out, byte(len(sig)))
	return append(out, sig...)
}

// DecodeData is the inverse of EncodeData; it refuses a wrong version, a count above MaxBatch,
// a record cut short and bytes after the last record.
func DecodeData(data []byte) ([]Entry, error) {
	entries, n, err := decodePrefix(data)
	if err != nil {
		return nil, err
	}
	if n != len(data) {
		return nil, fmt.Errorf("%w: %d bytes after the last record", ErrBadData, len(data)-n)
	}
	return entries, nil
}

// decodePrefix decodes the records data starts with and says how many bytes they took.
func decodePrefix(data []byte) ([]Entry, int, error) {
	if len(data) < headerSize {
		return nil, 0, fmt.Errorf("%w: %d bytes, shorter than the header", ErrBadData, len(data))
	}
	if data[0] != DataVersion {
		return nil, 0, fmt.Errorf("%w: version %d, want %d", ErrBadData, data[0], DataVersion)
	}
	count := binary.BigEndian.Uint32(data[1:])
	if count == 0 || count > MaxBatch {
		return nil, 0, fmt.Errorf("%w: count %d, want 1 to %d", ErrBadData, count, MaxBatch)
	}
	if uint64(count)*entryFixed > uint64(len(data)) {
		return nil, 0, fmt.Errorf("%w: %d records cannot fit %d bytes", ErrBadData, count, len(data))
	}
	entries := make([]Entry, 0, count)
	p := headerSize
	for i := uint32(0); i < count; i++ {
		if len(data)-p < entryFixed {
			return nil, 0, fmt.Errorf("%w: record %d cut short", ErrBadData, i)
		}
		q := data[p:]
		var e Entry
		e.Reading = reading.Reading{
			MeterID:   binary.BigEndian.Uint64(q[0:]),
			Seq:       binary.BigEndian.Uint64(q[8:]),
			Timestamp: binary.BigEndian.Uint64(q[16:]),
			ImportWh:  binary.BigEndian.Uint64(q[24:]),
			ExportWh:  binary.BigEndian.Uint64(q[32:]),
		}
		copy(e.Reading.DetailHash[:], q[40:72])
		e.Verdict = reading.Reason(q[72])
		copy(e.StateRootAfter[:], q[73:105])
		sigLen := int(q[105])
		p += entryFixed
		if len(data)-p < sigLen {
			return nil, 0, fmt.Errorf("%w: record %d: signature of %d bytes cut short", ErrBadData, i, sigLen)
		}
		e.Signature = append([]byte(nil), data[p:p+sigLen]...)
		p += sigLen
		entries = append(entries, e)
	}
	return entries, p, nil
}

// CalldataHash is the dataHash of a batch anchored with calldata: keccak256(data).
func CalldataHash(data []byte) common.Hash { return crypto.Keccak256Hash(data) }

// BlobsHash is the dataHash of a batch anchored in blobs: keccak256 of the concatenated versioned
// hashes (what the contract reads with BLOBHASH).
func BlobsHash(versioned []common.Hash) common.Hash {
	buf := make([]byte, 0, 32*len(versioned))
	for _, h := range versioned {
		buf = append(buf, h[:]...)
	}
	return crypto.Keccak256Hash(buf)
}

// PackBlobs cuts data into blobs: 31-byte chunks in bytes 1..31 of each field element (byte 0
// zero keeps every element below the field modulus), the last blob zero-padded.
func PackBlobs(data []byte) []kzg4844.Blob {
	n := (len(data) + BlobCapacity - 1) / BlobCapacity
	if n == 0 {
		n = 1
	}
	blobs := make([]kzg4844.Blob, n)
	for i := 0; len(data) > 0; i++ {
		b, fe := i/fieldElements, i%fieldElements
		c := min(chunkSize, len(data))
		copy(blobs[b][32*fe+1:], data[:c])
		data = data[c:]
	}
	return blobs
}

// DataFromBlobs is the data blobs hold: it refuses a field element whose byte 0 is set and
// anything but zero padding after the records.
func DataFromBlobs(blobs []kzg4844.Blob) ([]byte, error) {
	raw := make([]byte, 0, len(blobs)*BlobCapacity)
	for i := range blobs {
		for fe := 0; fe < fieldElements; fe++ {
			el := blobs[i][32*fe : 32*fe+32]
			if el[0] != 0 {
				return nil, fmt.Errorf("%w: blob %d element %d: byte 0 is %d", ErrBadData, i, fe, el[0])
			}
			raw = append(raw, el[1:]...)
		}
	}
	_, n, err := decodePrefix(raw)
	if err != nil {
		return nil, err
	}
	for _, c := range raw[n:] {
		if c != 0 {
			return nil, fmt.Errorf("%w: bytes after the last record are not zero padding", ErrBadData)
		}
	}
	return raw[:n], nil
}

// Sidecar packs data into blobs with their commitments and proofs, as a blob transaction
// carries them: version types.BlobSidecarVersion1 with 128 cell proofs per blob (after Osaka), or
// types.BlobSidecarVersion0 with one blob proof each. Its BlobHashes are the versioned hashes.
// The blobs are proven in parallel: a blob's cell proofs take ~0.3 s of CPU.
func Sidecar(data []byte, version byte) (*types.BlobTxSidecar, error) {
	if version != types.BlobSidecarVersion0 && version != types.BlobSidecarVersion1 {
		return nil, fmt.Errorf("blob sidecar version %d", version)
	}
	blobs := PackBlobs(data)
	commitments := make([]kzg4844.Commitment, len(blobs))
	proofs := make([][]kzg4844.Proof, len(blobs))
	err := eachBlob(len(blobs), func(i int) error {
		c, err := kzg4844.BlobToCommitment(&blobs[i])
		if err != nil {
			return fmt.Errorf("blob %d commitment: %w", i, err)
		}
		commitments[i] = c
		if version == types.BlobSidecarVersion0 {
			p, err := kzg4844.ComputeBlobProof(&blobs[i], c)
			if err != nil {
				return fmt.Errorf("blob %d proof: %w", i, err)
			}
			proofs[i] = []kzg4844.Proof{p}
			return nil
		}
		if proofs[i], err = kzg4844.ComputeCellProofs(&blobs[i]); err != nil {
			return fmt.Errorf("blob %d cell proofs: %w", i, err)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return types.NewBlobTxSidecar(version, blobs, commitments, slices.Concat(proofs...)), nil
}

// DataOfBlobs is the data of a batch anchored in blobs with versioned hashes `versioned`, given
// data from anyone: it holds only if packing it gives blobs whose commitments have exactly those
// hashes (so an untrusted source can serve it), and it is then the data those blobs hold.
func DataOfBlobs(data []byte, versioned []common.Hash) ([]byte, error) {
	blobs := PackBlobs(data)
	if len(blobs) != len(versioned) {
		return nil, fmt.Errorf("%w: %d bytes pack into %d blobs, the batch has %d", ErrBadData, len(data), len(blobs), len(versioned))
	}
	err := eachBlob(len(blobs), func(i int) error {
		c, err := kzg4844.BlobToCommitment(&blobs[i])
		if err != nil {
			return fmt.Errorf("%w: blob %d: %v", ErrBadData, i, err)
		}
		if got := kzg4844.CalcBlobHashV1(sha256.New(), &c); got != versioned[i] {
			return fmt.Errorf("%w: blob %d has versioned hash %s, the batch's is %s", ErrBadData, i, common.Hash(got), versioned[i])
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return DataFromBlobs(blobs)
}

// eachBlob runs f for blobs 0..n-1 on up to GOMAXPROCS goroutines and returns their errors.
func eachBlob(n int, f func(i int) error) error {
	errs := make([]error, n)
	slots := make(chan struct{}, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for i := range n {
		slots <- struct{}{}
		wg.Go(func() {
			defer func() { <-slots }()
			errs[i] = f(i)
		})
	}
	wg.Wait()
	return errors.Join(errs...)
}

// VersionedHashes are the blobs' versioned hashes (kzg4844.CalcBlobHashV1 of each commitment).
func VersionedHashes(commitments []kzg4844.Commitment) []common.Hash {
	out := make([]common.Hash, len(commitments))
	h := sha256.New()
	for i := range commitments {
		out[i] = kzg4844.CalcBlobHashV1(h, &commitments[i])
	}
	return out
}
