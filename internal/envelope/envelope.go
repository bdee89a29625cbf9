// Package envelope is the meter-to-oracle wire format: a meter-signed reading and its detail
// record, encrypted with ECIES (ECDH, the concatenation KDF over SHA-256, AES-128-CTR,
// HMAC-SHA-256; go-ethereum's crypto/ecies) to one of the oracle's public keys: version 1 over
// secp256k1, version 2 over P-256 for devices whose secure element has only that curve.
// docs/wire-format.md documents it for meter vendors.
//
//	envelope (JSON, sent as is over HTTP, MQTT and CoAP):
//	  {"v": 1 or 2, "meter_id": 352522395, "ciphertext": "<base64 of ECIES(payload)>"}
//	payload (JSON, the plaintext):
//	  {"reading": {...reading.Reading...}, "detail": {...reading.Detail...},
//	   "signature": "0x<65 bytes secp256k1 r||s||v, or 64 bytes P-256 r||s>"}
package envelope

import (
	"bytes"
	"crypto/ecdh"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto/ecies"

	"github.com/meterchain/meterchain/internal/reading"
)

// The envelope versions: the curve of the oracle key the payload is encrypted to.
const (
	VersionSecp256k1 = 1
	VersionP256      = 2
)

// MaxSize bounds an envelope on every transport (a payload is about 600 bytes).
const MaxSize = 8 << 10

// Envelope is what travels. MeterID is in the clear for routing and rate limiting; the oracle
// checks it against the encrypted reading.
type Envelope struct {
	V          int    `json:"v"`
	MeterID    uint64 `json:"meter_id"`
	Ciphertext []byte `json:"ciphertext"` // base64 in JSON
}

// Payload is the plaintext inside.
type Payload struct {
	Reading   reading.Reading `json:"reading"`
	Detail    reading.Detail  `json:"detail"`
	Signature hexutil.Bytes   `json:"signature"`
}

// Errors Open returns, each with a clear cause; callers answer 4xx and quarantine the input.
var (
	ErrMalformed     = errors.New("malformed envelope")
	ErrUndecryptable = errors.New("envelope cannot be decrypted with the oracle key")
	ErrInconsistent  = errors.New("envelope is inconsistent")
)

// Keys are the oracle's decryption keys, one per envelope version; P256 may be nil (version 2
// envelopes are then refused as undecryptable).
type Keys struct {
	Secp256k1 *ecies.PrivateKey
	P256      *ecdh.PrivateKey
}

// Seal signs nothing: it encrypts an already signed reading to the oracle key given, a
// secp256k1 key (version 1) or a P-256 one (version 2).
func Seal(oracle *ecdsa.PublicKey, p Payload) ([]byte, error) {
	plain, err := json.Marshal(p)
	if err != nil {
		return nil, err
	}
	v := VersionSecp256k1
	var ct []byte
	if oracle.Curve == elliptic.P256() {
		v = VersionP256
		var pub *ecdh.PublicKey
		if pub, err = oracle.ECDH(); err == nil {
			ct, err = encryptP256(pub, plain)
		}
	} else {
		ct, err = ecies.Encrypt(rand.Reader, ecies.ImportECDSAPublic(oracle), plain, nil, nil)
	}
	if err != nil {
		return nil, fmt.Errorf("encrypt: %w", err)
	}
	return json.Marshal(Envelope{V: v, MeterID: p.Reading.MeterID, Ciphertext: ct})
}

// Open decodes, decrypts and checks the internal consistency of an envelope: the version, the
// meter id against the reading, the detail record against the signed detail hash, the signature
// length. The meter signature itself is checked by the caller against the registry.
func Open(keys Keys, raw []byte) (Envelope, Payload, error) {
	var env Envelope
	var p Payload
	if len(raw) > MaxSize {
		return env, p, fmt.Errorf("%w: %d bytes is over the %d byte limit", ErrMalformed, len(raw), MaxSize)
	}
	if err := decode(raw, &env, decodeCanonicalEnvelope); err != nil {
		return env, p, fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	var decrypt func() ([]byte, error)
	switch env.V {
	case VersionSecp256k1:
		decrypt = func() ([]byte, error) { return keys.Secp256k1.Decrypt(env.Ciphertext, nil, nil) }
	case VersionP256:
		if keys.P256 == nil {
			return env, p, fmt.Errorf("%w: this oracle publishes no P-256 key (version 2)", ErrUndecryptable)
		}
		decrypt = func() ([]byte, error) { return decryptP256(keys.P256, env.Ciphertext) }
	default:
		return env, p, fmt.Errorf("%w: version %d, want %d or %d", ErrMalformed, env.V, VersionSecp256k1, VersionP256)
	}
	if len(env.Ciphertext) == 0 {
		return env, p, fmt.Errorf("%w: empty ciphertext", ErrMalformed)
	}
	plain, err := decrypt()
	if err != nil {
		return env, p, fmt.Errorf("%w: %v", ErrUndecryptable, err)
	}
	if err := decode(plain, &p, decodeCanonicalPayload); err != nil {
		return env, p, fmt.Errorf("%w: payload: %v", ErrMalformed, err)
	}
	switch {
	case p.Reading.MeterID != env.MeterID:
		return env, p, fmt.Errorf("%w: envelope meter %d carries a reading of meter %d", ErrInconsistent, env.MeterID, p.Reading.MeterID)
	case p.Detail.Hash() != p.Reading.DetailHash:
		return env, p, fmt.Errorf("%w: detail record does not match the signed detail hash", ErrInconsistent)
	case len(p.Signature) != 65 && len(p.Signature) != 64:
		return env, p, fmt.Errorf("%w: signature is %d bytes, want 65 (secp256k1) or 64 (P-256)", ErrMalformed, len(p.Signature))
	}
	return env, p, nil
}

// decode reads the one JSON value of data into v, strictly (no unknown fields): the canonical
// form without reflection, anything else with encoding/json.
func decode[T any](data []byte, v *T, canonical func([]byte, *T) bool) error {
	if canonical(data, v) {
		return nil
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	return dec.Decode(v)
}

// Sig returns the payload's signature as a reading.Signature (Open checked its length): 64 bytes
// are a P-256 r || s, stored with V = 0.
func (p Payload) Sig() reading.Signature {
	var s reading.Signature
	copy(s[:], p.Signature)
	return s
}
