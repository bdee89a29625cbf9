package reading

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
)

// TestP256SignVerify: a P-256 signature is low-s, verifies under its key only, and its high-s
// twin, which crypto/ecdsa accepts, is refused.
func TestP256SignVerify(t *testing.T) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	require.NoError(t, err)
	pub, err := P256KeyOf(&key.PublicKey)
	require.NoError(t, err)
	d := Domain{ChainID: 1337, Ledger: common.HexToAddress("0x1")}
	r := Reading{MeterID: 352522395, Seq: 7, Timestamp: 1_767_225_600, ImportWh: 1000, ExportWh: 20}
	for range 50 {
		sig, err := SignP256(key, d, r)
		require.NoError(t, err)
		s := new(big.Int).SetBytes(sig[32:])
		require.LessOrEqual(t, s.Cmp(p256HalfN), 0)
		id, err := VerifyP256(d, r, sig, pub)
		require.NoError(t, err)
		require.Equal(t, common.BytesToAddress(crypto.Keccak256(pub[:])[12:]), id)

		var twin P256Signature
		copy(twin[:32], sig[:32])
		new(big.Int).Sub(elliptic.P256().Params().N, s).FillBytes(twin[32:])
		digest := d.Digest(r)
		require.True(t, ecdsa.Verify(&key.PublicKey, digest[:], new(big.Int).SetBytes(twin[:32]), new(big.Int).SetBytes(twin[32:])))
		_, err = VerifyP256(d, r, twin, pub)
		require.ErrorIs(t, err, ErrBadSignature)
	}
	other, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	require.NoError(t, err)
	otherPub, err := P256KeyOf(&other.PublicKey)
	require.NoError(t, err)
	sig, err := SignP256(key, d, r)
	require.NoError(t, err)
	_, err = VerifyP256(d, r, sig, otherPub)
	require.ErrorIs(t, err, ErrBadSignature)
	off := pub
	off[63] ^= 1
	_, err = VerifyP256(d, r, sig, off)
	require.ErrorIs(t, err, ErrBadSignature)
	k1, err := crypto.GenerateKey()
	require.NoError(t, err)
	_, err = SignP256(k1, d, r)
	require.Error(t, err, "a secp256k1 key is not a P-256 key")
}

// TestSplitPackedMixed: records of both curves come back in order, and a batch ending inside a
// record is refused, as the ledger reverts it.
func TestSplitPackedMixed(t *testing.T) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	require.NoError(t, err)
	pub, err := P256KeyOf(&key.PublicKey)
	require.NoError(t, err)
	k1, err := crypto.GenerateKey()
	require.NoError(t, err)
	d := Domain{ChainID: 1337}
	var batch []byte
	for i := range uint64(6) {
		r := Reading{MeterID: 352522395 + i, Seq: i + 1, Timestamp: 1_767_225_600}
		if i%3 == 0 {
			sig, err := SignP256(key, d, r)
			require.NoError(t, err)
			batch = append(batch, PackP256(r, sig, pub)...)
		} else {
			sig, err := Sign(k1, d, r)
			require.NoError(t, err)
			batch = append(batch, Pack(r, sig)...)
		}
	}
	recs, err := SplitPacked(batch)
	require.NoError(t, err)
	require.Len(t, recs, 6)
	for i, rec := range recs {
		id, seq := PackedMeterSeq(rec)
		require.Equal(t, 352522395+uint64(i), id)
		require.Equal(t, uint64(i+1), seq)
		if i%3 == 0 {
			require.Len(t, rec, PackedSizeP256)
		} else {
			require.Len(t, rec, PackedSize)
		}
	}
	_, err = SplitPacked(batch[:len(batch)-1])
	require.Error(t, err)
	_, err = SplitPacked(batch[:PackedSize])
	require.Error(t, err, "a P-256 record cut at a secp256k1 record's length")
}

func FuzzSplitPacked(f *testing.F) {
	f.Add(make([]byte, PackedSize))
	f.Add(append([]byte{0x80}, make([]byte, PackedSizeP256-1)...))
	f.Fuzz(func(t *testing.T, b []byte) {
		recs, err := SplitPacked(b)
		if err != nil {
			return
		}
		n := 0
		for _, r := range recs {
			require.True(t, len(r) == PackedSize || len(r) == PackedSizeP256)
			n += len(r)
		}
		require.Equal(t, len(b), n)
	})
}
