// Package reading is the meter reading as meters sign it and the ledger verifies it: the on-chain
// Reading, its off-chain Detail record, the EIP-712 digest, meter signatures (secp256k1 and
// P-256), the packed wire form the ledger's submitPacked takes, and the ledger rules mirrored in Go (Check).
package reading

import (
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Reading is what a meter signs: cumulative registers at the end of an interval.
type Reading struct {
	MeterID    uint64      `json:"meter_id"`
	Seq        uint64      `json:"seq"`
	Timestamp  uint64      `json:"timestamp"` // end of the interval, unix seconds
	ImportWh   uint64      `json:"import_wh"` // OBIS 1.8.0, cumulative
	ExportWh   uint64      `json:"export_wh"` // OBIS 2.8.0, cumulative
	DetailHash common.Hash `json:"detail_hash"`
}

// Signature is a meter's signature as the oracle stores and relays it: a secp256k1 [R || S || V],
// V in {27, 28}, or a P-256 [R || S || 0] (P256Signature with V = 0; its key is the registry's).
type Signature [65]byte

// P256 is the P-256 signature s holds, if it is one (V = 0).
func (s Signature) P256() (P256Signature, bool) {
	return P256Signature(s[:64]), s[64] == 0
}

// Stored is the P-256 signature in the stored form (V = 0).
func (s P256Signature) Stored() Signature {
	var out Signature
	copy(out[:], s[:])
	return out
}

// PackedSize is the length of one secp256k1 record in ReadingLedger.submitPacked.
const PackedSize = 136

var (
	readingTypeHash = crypto.Keccak256Hash([]byte(
		"Reading(uint64 meterId,uint64 seq,uint64 timestamp,uint64 importWh,uint64 exportWh,bytes32 detailHash)"))
	domainTypeHash = crypto.Keccak256Hash([]byte(
		"EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
	secp256k1HalfN = new(big.Int).Rsh(crypto.S256().Params().N, 1)
	nameHash       = crypto.Keccak256Hash([]byte("meterchain"))
	versionHash    = crypto.Keccak256Hash([]byte("1"))
	// separators caches Separator per domain: every reading's digest needs it, and a process
	// knows one or two domains (its deployment's ledgers), none chosen by its input.
	separators sync.Map // Domain → common.Hash
)

// Domain is the EIP-712 domain: name "meterchain", version "1", the chain and the ledger address.
// Binding both stops a signed reading from being replayed on another chain or another ledger.
type Domain struct {
	ChainID uint64
	Ledger  common.Address
}

// Separator is the EIP-712 domain separator.
func (d Domain) Separator() common.Hash {
	if s, ok := separators.Load(d); ok {
		return s.(common.Hash)
	}
	buf := make([]byte, 0, 5*32)
	buf = append(buf, domainTypeHash[:]...)
	buf = append(buf, nameHash[:]...)
	buf = append(buf, versionHash[:]...)
	buf = append(buf, word(d.ChainID)...)
	buf = append(buf, common.LeftPadBytes(d.Ledger[:], 32)...)
	h := crypto.Keccak256Hash(buf)
	separators.Store(d, h)
	return h
}

// StructHash is hashStruct(Reading).
func (r Reading) StructHash() common.Hash {
	buf := make([]byte, 0, 7*32)
	buf = append(buf, readingTypeHash[:]...)
	for _, v := range []uint64{r.MeterID, r.Seq, r.Timestamp, r.ImportWh, r.ExportWh} {
		buf = append(buf, word(v)...)
	}
	buf = append(buf, r.DetailHash[:]...)
	return crypto.Keccak256Hash(buf)
}

// Digest is the EIP-712 digest the meter signs and the ledger recovers the signer from.
func (d Domain) Digest(r Reading) common.Hash {
	sep, sh := d.Separator(), r.StructHash()
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, sep[:], sh[:])
}

// Sign signs r with a meter key under domain d.
func Sign(key *ecdsa.PrivateKey, d Domain, r Reading) (Signature, error) {
	var sig Signature
	raw, err := crypto.Sign(d.Digest(r).Bytes(), key) // low-s, V in {0, 1}
	if err != nil {
		return sig, fmt.Errorf("sign reading %d/%d: %w", r.MeterID, r.Seq, err)
	}
	copy(sig[:], raw)
	sig[64] += 27
	return sig, nil
}

// ErrBadSignature is returned for a malformed, high-s or unrecoverable signature.
var ErrBadSignature = errors.New("bad signature")

// Recover returns the address that signed r under d. Like OpenZeppelin's ECDSA it refuses high-s
// signatures (malleable copies of a valid one) and V other than 27/28.
func Recover(d Domain, r Reading, sig Signature) (common.Address, error) {
	v := sig[64]
	if v != 27 && v != 28 {
		return common.Address{}, fmt.Errorf("%w: v=%d", ErrBadSignature, v)
	}
	if new(big.Int).SetBytes(sig[32:64]).Cmp(secp256k1HalfN) > 0 {
		return common.Address{}, fmt.Errorf("%w: high s", ErrBadSignature)
	}
	raw := make([]byte, 65)
	copy(raw, sig[:])
	raw[64] = v - 27
	pub, err := crypto.SigToPub(d.Digest(r).Bytes(), raw)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrBadSignature, err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// Pack encodes r and its signature as one submitPacked record: five big-endian uint64s, the
// detail hash, r, and yParity|s (EIP-2098).
func Pack(r Reading, sig Signature) []byte {
	out := make([]byte, PackedSize)
	for i, v := range []uint64{r.MeterID, r.Seq, r.Timestamp, r.ImportWh, r.ExportWh} {
		binary.BigEndian.PutUint64(out[8*i:], v)
	}
	copy(out[40:72], r.DetailHash[:])
	copy(out[72:104], sig[:32])
	copy(out[104:136], sig[32:64])
	if sig[64] == 28 {
		out[104] |= 0x80
	}
	return out
}

func word(v uint64) []byte {
	w := make([]byte, 32)
	binary.BigEndian.PutUint64(w[24:], v)
	return w
}
