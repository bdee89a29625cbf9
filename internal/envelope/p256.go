package envelope

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/ecdh"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"errors"
	"fmt"
)

// go-ethereum's crypto/ecies encrypts over secp256k1 only, so version 2 has its own few lines:
// the same scheme over P-256 (docs/wire-format.md section 5), step for step:
//
//	z = x(r · OraclePub), K = SHA-256(0x00000001 || z), Ke = K[0:16], Km = SHA-256(K[16:32]),
//	c = AES-128-CTR(Ke, IV, payload), tag = HMAC-SHA-256(Km, IV || c),
//	ciphertext = R (65 bytes, 0x04 || X || Y) || IV (16) || c || tag (32).

const (
	p256PointLen = 65
	ivLen        = aes.BlockSize
	tagLen       = sha256.Size
)

var errP256Ciphertext = errors.New("P-256 ECIES ciphertext does not authenticate")

// p256Keys derives (Ke, Km) from the ECDH shared secret as go-ethereum's ecies does for one
// SHA-256 round of the concatenation KDF without shared info.
func p256Keys(z []byte) (ke, km []byte) {
	k := sha256.Sum256(append([]byte{0, 0, 0, 1}, z...))
	mac := sha256.Sum256(k[16:32])
	return k[:16], mac[:]
}

func p256Tag(km, ivAndCiphertext []byte) []byte {
	h := hmac.New(sha256.New, km)
	h.Write(ivAndCiphertext)
	return h.Sum(nil)
}

// encryptP256 encrypts plain to the oracle's P-256 key.
func encryptP256(oracle *ecdh.PublicKey, plain []byte) ([]byte, error) {
	eph, err := ecdh.P256().GenerateKey(rand.Reader)
	if err != nil {
		return nil, err
	}
	z, err := eph.ECDH(oracle)
	if err != nil {
		return nil, err
	}
	ke, km := p256Keys(z)
	block, err := aes.NewCipher(ke)
	if err != nil {
		return nil, err
	}
	out := make([]byte, 0, p256PointLen+ivLen+len(plain)+tagLen)
	out = append(out, eph.PublicKey().Bytes()...)
	iv := make([]byte, ivLen)
	if _, err := rand.Read(iv); err != nil {
		return nil, err
	}
	body := append(iv, make([]byte, len(plain))...)
	cipher.NewCTR(block, iv).XORKeyStream(body[ivLen:], plain)
	out = append(out, body...)
	return append(out, p256Tag(km, body)...), nil
}

// decryptP256 opens a version 2 ciphertext with the oracle's P-256 key.
func decryptP256(key *ecdh.PrivateKey, ct []byte) ([]byte, error) {
	if len(ct) < p256PointLen+ivLen+1+tagLen {
		return nil, fmt.Errorf("P-256 ECIES ciphertext of %d bytes is too short", len(ct))
	}
	eph, err := ecdh.P256().NewPublicKey(ct[:p256PointLen])
	if err != nil {
		return nil, fmt.Errorf("ephemeral key: %w", err)
	}
	z, err := key.ECDH(eph)
	if err != nil {
		return nil, err
	}
	ke, km := p256Keys(z)
	body, tag := ct[p256PointLen:len(ct)-tagLen], ct[len(ct)-tagLen:]
	if subtle.ConstantTimeCompare(p256Tag(km, body), tag) != 1 {
		return nil, errP256Ciphertext
	}
	block, err := aes.NewCipher(ke)
	if err != nil {
		return nil, err
	}
	plain := make([]byte, len(body)-ivLen)
	cipher.NewCTR(block, body[:ivLen]).XORKeyStream(plain, body[ivLen:])
	return plain, nil
}
