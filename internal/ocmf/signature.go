package ocmf

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/meterchain/meterchain/internal/reading"
)

// The signature algorithms the ledger can verify (SA).
const (
	AlgP256      = "ECDSA-secp256r1-SHA256" // the default when SA is absent
	AlgSecp256k1 = "ECDSA-secp256k1-SHA256"
)

// ErrUnsupportedAlgorithm is a signature section naming an algorithm the ledger cannot verify
// (brainpool, secp384r1, secp192r1, …); the oracle quarantines such records.
var ErrUnsupportedAlgorithm = errors.New("unsupported signature algorithm")

// ErrBadSignature is a signature that does not come from the key it is checked against.
var ErrBadSignature = errors.New("OCMF signature does not verify")

// Signature is a record's parsed signature section.
type Signature struct {
	Algorithm string // AlgP256 or AlgSecp256k1
	R, S      *big.Int
}

// Split cuts a record OCMF|{payload}|{signature} into its payload (the exact signed bytes) and
// signature section.
func Split(record []byte) (payload, sigSection []byte, err error) {
	parts := bytes.Split(record, []byte{'|'})
	if len(parts) != 3 {
		return nil, nil, fmt.Errorf("OCMF record: want 3 sections separated by |, got %d", len(parts))
	}
	if string(parts[0]) != "OCMF" {
		return nil, nil, fmt.Errorf("OCMF record: want the header OCMF, got %.16q", parts[0])
	}
	return parts[1], parts[2], nil
}

func curveOf(alg string) elliptic.Curve {
	if alg == AlgSecp256k1 {
		return crypto.S256()
	}
	return elliptic.P256()
}

// ParseSignature reads a record's signature section: SA (default AlgP256), SE hex (default) or
// base64, SM application/x-der (default, strict DER), SD required.
func ParseSignature(section []byte) (Signature, error) {
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(section, &fields); err != nil {
		return Signature{}, fmt.Errorf("OCMF signature section: %w", err)
	}
	// get is a string field (def when absent); keys match exactly, unlike a struct decode.
	get := func(key, def string) (string, bool, error) {
		raw, ok := fields[key]
		if !ok {
			return def, false, nil
		}
		var v string
		if err := json.Unmarshal(raw, &v); err != nil {
			return "", true, fmt.Errorf("OCMF signature section: %s: want a string", key)
		}
		return v, true, nil
	}
	alg, _, err := get("SA", AlgP256)
	if err != nil {
		return Signature{}, err
	}
	if alg != AlgP256 && alg != AlgSecp256k1 {
		return Signature{}, fmt.Errorf("%w: SA %q", ErrUnsupportedAlgorithm, alg)
	}
	se, _, err := get("SE", "hex")
	if err != nil {
		return Signature{}, err
	}
	sm, _, err := get("SM", "application/x-der")
	if err != nil {
		return Signature{}, err
	}
	if sm != "application/x-der" {
		return Signature{}, fmt.Errorf("OCMF signature section: SM %q: only application/x-der", sm)
	}
	sd, ok, err := get("SD", "")
	if err != nil {
		return Signature{}, err
	}
	if !ok {
		return Signature{}, fmt.Errorf("OCMF signature section: SD missing")
	}
	var der []byte
	switch se {
	case "hex":
		der, err = hex.DecodeString(sd)
	case "base64":
		der, err = base64.StdEncoding.DecodeString(sd)
	default:
		return Signature{}, fmt.Errorf("OCMF signature section: SE %q: want hex or base64", se)
	}
	if err != nil {
		return Signature{}, fmt.Errorf("OCMF signature section: SD: %w", err)
	}
	r, s, err := parseDER(der)
	if err != nil {
		return Signature{}, fmt.Errorf("OCMF signature section: SD: %w", err)
	}
	n := curveOf(alg).Params().N
	if r.Sign() == 0 || s.Sign() == 0 || r.Cmp(n) >= 0 || s.Cmp(n) >= 0 {
		return Signature{}, fmt.Errorf("OCMF signature section: SD: r or s outside [1, n)")
	}
	return Signature{Algorithm: alg, R: r, S: s}, nil
}

// parseDER reads a strict DER SEQUENCE { INTEGER r, INTEGER s }: short-form lengths, minimal
// positive integers, nothing after.
func parseDER(b []byte) (r, s *big.Int, err error) {
	if len(b) < 2 || b[0] != 0x30 || int(b[1]) != len(b)-2 || b[1] >= 0x80 {
		return nil, nil, fmt.Errorf("not a DER sequence of the signature's length")
	}
	rest := b[2:]
	var ints [2]*big.Int
	for k := range ints {
		if len(rest) < 2 || rest[0] != 0x02 || rest[1] >= 0x80 || int(rest[1]) > len(rest)-2 || rest[1] == 0 {
			return nil, nil, fmt.Errorf("integer %d: not a DER INTEGER", k+1)
		}
		v := rest[2 : 2+int(rest[1])]
		if v[0]&0x80 != 0 {
			return nil, nil, fmt.Errorf("integer %d: negative", k+1)
		}
		if len(v) > 1 && v[0] == 0 && v[1]&0x80 == 0 {
			return nil, nil, fmt.Errorf("integer %d: not minimal", k+1)
		}
		ints[k] = new(big.Int).SetBytes(v)
		rest = rest[2+len(v):]
	}
	if len(rest) != 0 {
		return nil, nil, fmt.Errorf("bytes after the sequence")
	}
	return ints[0], ints[1], nil
}

// VerifyP256 checks sig (AlgP256) over a payload digest against the key (x, y); high s is
// accepted, as on chain.
func VerifyP256(digest [32]byte, sig Signature, key reading.P256Key) bool {
	if sig.Algorithm != AlgP256 {
		return false
	}
	pub, err := key.PublicKey()
	if err != nil {
		return false
	}
	return ecdsa.Verify(pub, digest[:], sig.R, sig.S)
}

// RecoverSecp256k1 finds the v (27 or 28) under which sig (AlgSecp256k1) over a payload digest
// recovers to signer, the meter's registered key. A DER signature carries no v, and each v
// recovers some key, so the expected one decides. High s is accepted, as by ecrecover.
func RecoverSecp256k1(digest [32]byte, sig Signature, signer [20]byte) (v byte, err error) {
	if sig.Algorithm != AlgSecp256k1 {
		return 0, fmt.Errorf("%w: SA %s is not %s", ErrBadSignature, sig.Algorithm, AlgSecp256k1)
	}
	rsv := make([]byte, 65)
	sig.R.FillBytes(rsv[:32])
	sig.S.FillBytes(rsv[32:64])
	for parity := byte(0); parity < 2; parity++ {
		rsv[64] = parity
		pub, err := crypto.Ecrecover(digest[:], rsv)
		if err != nil {
			continue
		}
		if [20]byte(crypto.Keccak256(pub[1:])[12:]) == signer {
			return 27 + parity, nil
		}
	}
	return 0, fmt.Errorf("%w: recovers to no key %x", ErrBadSignature, signer)
}

// LedgerSignatureP256 is the signature argument ReadingLedger.submitOcmf takes for a P-256
// record: r ‖ s ‖ x ‖ y (128 bytes).
func LedgerSignatureP256(sig Signature, key reading.P256Key) []byte {
	out := make([]byte, 128)
	sig.R.FillBytes(out[:32])
	sig.S.FillBytes(out[32:64])
	copy(out[64:], key[:])
	return out
}

// LedgerSignatureSecp256k1 is the signature argument for a secp256k1 record: r ‖ s ‖ v (65
// bytes, v from RecoverSecp256k1).
func LedgerSignatureSecp256k1(sig Signature, v byte) []byte {
	out := make([]byte, 65)
	sig.R.FillBytes(out[:32])
	sig.S.FillBytes(out[32:64])
	out[64] = v
	return out
}
