package reading

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"encoding/binary"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// P256Signature is a P-256 meter's signature of a reading's EIP-712 digest: r || s, 32 bytes
// each, s in the lower half of the group order. The digest is the same as for a secp256k1 meter.
type P256Signature [64]byte

// P256Key is a P-256 public key in affine coordinates, x || y, 32 bytes each: the form the
// registry publishes (MeterRegistry.p256KeyOf) and the P256VERIFY precompile takes.
type P256Key [64]byte

// PackedSizeP256 is the length of one P-256 record in ReadingLedger.submitPacked.
const PackedSizeP256 = 200

// P256RecordFlag mirrors ReadingLedger.P256_RECORD: the bit of a packed record's meter id field
// that marks a P-256 record.
const P256RecordFlag = uint64(1) << 63

var p256HalfN = new(big.Int).Rsh(elliptic.P256().Params().N, 1)

// P256KeyOf is the registry form of a P-256 public key.
func P256KeyOf(pub *ecdsa.PublicKey) (P256Key, error) {
	var k P256Key
	if pub == nil || pub.Curve != elliptic.P256() {
		return k, fmt.Errorf("not a P-256 public key")
	}
	raw, err := pub.Bytes() // 0x04 || x || y
	if err != nil {
		return k, fmt.Errorf("P-256 public key: %w", err)
	}
	copy(k[:], raw[1:])
	return k, nil
}

// X and Y are the key's coordinates as the registry's bytes32 arguments.
func (k P256Key) X() [32]byte { return [32]byte(k[:32]) }
func (k P256Key) Y() [32]byte { return [32]byte(k[32:]) }

// PublicKey is k as a crypto/ecdsa key; it fails for a point off the curve.
func (k P256Key) PublicKey() (*ecdsa.PublicKey, error) {
	pub, err := ecdsa.ParseUncompressedPublicKey(elliptic.P256(), append([]byte{4}, k[:]...))
	if err != nil {
		return nil, fmt.Errorf("P-256 key %x: %w", k[:], err)
	}
	return pub, nil
}

// ID is the name the registry and the ledger give the key: the last 20 bytes of
// keccak256(x || y), as an Ethereum address is of a secp256k1 key. Mirrors SigningKey.p256Id.
func (k P256Key) ID() common.Address {
	return common.BytesToAddress(crypto.Keccak256(k[:])[12:])
}

// SignP256 signs r with a P-256 meter key under domain d, normalising s to the lower half as the
// ledger requires (ECDSA signatures come in pairs (r, s) and (r, n-s); only the low one counts).
func SignP256(key *ecdsa.PrivateKey, d Domain, r Reading) (P256Signature, error) {
	var sig P256Signature
	if key.Curve != elliptic.P256() {
		return sig, fmt.Errorf("sign reading %d/%d: not a P-256 key", r.MeterID, r.Seq)
	}
	digest := d.Digest(r)
	sr, ss, err := ecdsa.Sign(rand.Reader, key, digest[:])
	if err != nil {
		return sig, fmt.Errorf("sign reading %d/%d: %w", r.MeterID, r.Seq, err)
	}
	if ss.Cmp(p256HalfN) > 0 {
		ss.Sub(key.Curve.Params().N, ss)
	}
	sr.FillBytes(sig[:32])
	ss.FillBytes(sig[32:])
	return sig, nil
}

// VerifyP256 checks that sig is k's signature of r under d, refusing high s as the ledger does
// (the precompile alone would accept it), and returns the key's ID.
func VerifyP256(d Domain, r Reading, sig P256Signature, k P256Key) (common.Address, error) {
	s := new(big.Int).SetBytes(sig[32:])
	if s.Cmp(p256HalfN) > 0 {
		return common.Address{}, fmt.Errorf("%w: high s", ErrBadSignature)
	}
	pub, err := k.PublicKey()
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrBadSignature, err)
	}
	digest := d.Digest(r)
	if !ecdsa.Verify(pub, digest[:], new(big.Int).SetBytes(sig[:32]), s) {
		return common.Address{}, fmt.Errorf("%w: P-256 signature does not verify", ErrBadSignature)
	}
	return k.ID(), nil
}

// PackP256 encodes r, its P-256 signature and the key as one submitPacked record: the first 72
// bytes as in Pack with P256RecordFlag set on the meter id, then r, s, x and y.
func PackP256(r Reading, sig P256Signature, k P256Key) []byte {
	out := make([]byte, PackedSizeP256)
	for i, v := range []uint64{r.MeterID | P256RecordFlag, r.Seq, r.Timestamp, r.ImportWh, r.ExportWh} {
		binary.BigEndian.PutUint64(out[8*i:], v)
	}
	copy(out[40:72], r.DetailHash[:])
	copy(out[72:136], sig[:])
	copy(out[136:200], k[:])
	return out
}

// SplitPacked cuts submitPacked calldata into its records, secp256k1 (PackedSize bytes) and
// P-256 (PackedSizeP256, P256RecordFlag set) in any mix, as ReadingLedger.submitPacked walks it.
func SplitPacked(records []byte) ([][]byte, error) {
	var out [][]byte
	for len(records) > 0 {
		size := PackedSize
		if records[0]&0x80 != 0 { // P256RecordFlag, the top bit of the big-endian meter id
			size = PackedSizeP256
		}
		if len(records) < size {
			return nil, fmt.Errorf("packed records: %d bytes left, a record of %d", len(records), size)
		}
		out = append(out, records[:size])
		records = records[size:]
	}
	return out, nil
}

// PackedMeterSeq is the meter id (without P256RecordFlag) and seq of a packed record.
func PackedMeterSeq(record []byte) (meterID, seq uint64) {
	return binary.BigEndian.Uint64(record[0:8]) &^ P256RecordFlag, binary.BigEndian.Uint64(record[8:16])
}
