package oracle

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/ecdh"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/ecies"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/internal/envelope"
	"github.com/meterchain/meterchain/internal/reading"
)

// TestWireFormatVectors pins the test vectors published in docs/wire-format.md, so that the
// document a meter vendor codes against stays true.
func TestWireFormatVectors(t *testing.T) {
	meterKey, err := crypto.HexToECDSA("10067d85df90d358e8ba748eabfc53849518292c2a427f063ff33199cf942d0e")
	require.NoError(t, err)
	oracleKey, err := crypto.HexToECDSA("2483485b1c389e3490c1ef85f049889af45bb788ca69d73bafc9843891c4e556")
	require.NoError(t, err)
	require.Equal(t, "0xe3D30b4a8dDD8FE3d4BD53961BF9098886348f68", crypto.PubkeyToAddress(meterKey.PublicKey).Hex())
	require.Equal(t, "04396f9844ab5e555ebd7767592179773fa88f98c3c52a96ca253123deb98bed05ea0c26ee8f31c895d4b40b12128940df332ed4ec85982813a9ed3f1f4d1fda61", hex.EncodeToString(crypto.FromECDSAPub(&oracleKey.PublicKey)))

	d := reading.Detail{VoltageMV: 230_100, CurrentMA: 4_200, TemperatureMC: -1_500, HumidityBP: 4_550, LatitudeE7: 374_217_636, LongitudeE7: -1_220_846_140}
	require.Equal(t, "00000000000000000000000000000000000000000000000000000000000382d40000000000000000000000000000000000000000000000000000000000001068fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa2400000000000000000000000000000000000000000000000000000000000011c600000000000000000000000000000000000000000000000000000000164e1ba4ffffffffffffffffffffffffffffffffffffffffffffffffffffffffb73b5dc4", hex.EncodeToString(d.Encode()))
	require.Equal(t, "0x3f1c49abae2aa9ac5180638a3671091f133d414bf3ec7e9446a628ec4ff4aa9c", d.Hash().Hex())
	r := reading.Reading{MeterID: 352522395, Seq: 42, Timestamp: 1767225600, ImportWh: 1_234_567, ExportWh: 89_000, DetailHash: d.Hash()}
	dom := reading.Domain{ChainID: 1337, Ledger: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")}
	require.Equal(t, "0x9c1440f86989045bcb90c117a94ab9ca648ba72c3853fbdb7bd45b8c28c5faeb", dom.Separator().Hex())
	require.Equal(t, "0x87fb2d69530623b39294dd7ff666e7e349ad60b40f9401dec5583e732c21b7a5", r.StructHash().Hex())
	require.Equal(t, "0x81776722283496758e3caca3c18b2704cf9c50daeb0fbf8d97caffa0861af601", dom.Digest(r).Hex())
	sig, err := reading.Sign(meterKey, dom, r)
	require.NoError(t, err)
	require.Equal(t, "32e5c68e89dc8ec0cb2538f33a977c22c928dc4aaa3022678ba04552d3d451a1502382f6e37f23443e68c6c2c5fc86935e4b6ac62e4a9fd0e032a25f9d9946491b", hex.EncodeToString(sig[:]))

	raw := []byte(`{"v":1,"meter_id":352522395,"ciphertext":"BGq/PgZ9o68Mg+Q/8oMJNWvREAtqyr6dA70409nRFEg3uyl5ZNI2wgkmNKHBa3uVcK9Biq7vaUJhZYPBSjYmgiLc+b4Rd+ZPHnPMyYi0AIu3lqnqsnWkMAZirWCxPZOwIVxrtEVtGaus+ewT1FtB3wWq8U35ZmZ50lryzVcAae4Rsc382Q4Q4zFhL9lhKTNXzMVGAiMaOJIbxmA3zeR4vhm62hSdbKW1QYED2IHoJdnNBsC2Vf9TqJyaldkt6GrJKC/kZ/3bmzUmvIJSL3tfNsz+Pjd19Ym9tA92EpvKiUrElA8utIkCdgsmPyPi7LHnHpjITCDSfxQJXMr+H1GS94q5MbbK5lmg+bmCQaqhIaBupROdFHfejNY+xtBJENA8E3s2zTjsKQLCzEfSexzv04cJx8VG+sIw5vJemNi0zbZJMyaMh1vOlG2bJXbq3nDSZqHrx6riiPHapOxgPReO/mmoGaXIixwNPevvO6ZS+zrY9ZnlfXIYs69EQNQu2vre/DZZzRZ07Su1+5gV8wpLNOQPI72o6hqS1kv8uXQHtIMar6fuRCcr1LsVYz8xwPWyZL6VqnVwGexdudpjARjoO3QTBdJSSwg3WvlcKD+N1grEmTRqqEqwGnTS8KgZpRqnH7H7REKAyyAJmEXjUr4GgaD2lkK5322n/FpGIN09DJ1ubyeCUpduzMgatyb530kKc8E7L1z24SRWsCBSJ6gioOYJrfSYXShiGRxYCbCLpqGFWPV5Ay5Jd4qpQETX+h5vC0E="}`)
	_, p, err := envelope.Open(envelope.Keys{Secp256k1: ecies.ImportECDSA(oracleKey)}, raw)
	require.NoError(t, err)
	require.Equal(t, r, p.Reading)
	require.Equal(t, d, p.Detail)
	require.Equal(t, sig[:], []byte(p.Signature))

	// Decrypt again following the document's section 5 step by step, with nothing but the
	// standard library and a secp256k1 scalar multiplication: the description is complete.
	var env struct {
		Ciphertext []byte `json:"ciphertext"`
	}
	require.NoError(t, json.Unmarshal(raw, &env))
	ct := env.Ciphertext
	ephemeral, err := crypto.UnmarshalPubkey(ct[:65])
	require.NoError(t, err)
	x, _ := crypto.S256().ScalarMult(ephemeral.X, ephemeral.Y, oracleKey.D.Bytes())
	k := sha256.Sum256(append([]byte{0, 0, 0, 1}, x.FillBytes(make([]byte, 32))...))
	km := sha256.Sum256(k[16:32])
	mac := hmac.New(sha256.New, km[:])
	mac.Write(ct[65 : len(ct)-32])
	require.Equal(t, ct[len(ct)-32:], mac.Sum(nil), "HMAC-SHA-256 tag over IV ‖ c")
	block, err := aes.NewCipher(k[:16])
	require.NoError(t, err)
	plain := make([]byte, len(ct)-65-16-32)
	cipher.NewCTR(block, ct[65:81]).XORKeyStream(plain, ct[81:len(ct)-32])
	var payload envelope.Payload
	require.NoError(t, json.Unmarshal(plain, &payload))
	require.Equal(t, r, payload.Reading)
}

// TestWireFormatVectorsP256 pins the P-256 test vectors of docs/wire-format.md: the meter key and
// its registry name, a P-256 signature of the same digest as the secp256k1 vector, and a version
// 2 envelope, decrypted by Open and again step by step with nothing but the standard library.
func TestWireFormatVectorsP256(t *testing.T) {
	meterKey, err := ecdsa.ParseRawPrivateKey(elliptic.P256(), common.FromHex("c9afa9d845ba75166b5c215767b1d6934e50c3db36e89b127b8a622b120f6721"))
	require.NoError(t, err)
	oracleKey, err := ecdh.P256().NewPrivateKey(common.FromHex("519b423d715f8b581f4fa8ee59f4771a5b44c8130b4e3eacca54a56dda72b464"))
	require.NoError(t, err)
	pub, err := reading.P256KeyOf(&meterKey.PublicKey)
	require.NoError(t, err)
	require.Equal(t, "60fed4ba255a9d31c961eb74c6356d68c049b8923b61fa6ce669622e60f29fb67903fe1008b8bc99a41ae9e95628bc64f2f1b20c2d7e9f5177a3c294d4462299", hex.EncodeToString(pub[:]))
	require.Equal(t, "0xDb1cF7C2C5375aeA1B363BD4A67803c7F704051b", pub.ID().Hex())
	require.Equal(t, "041ccbe91c075fc7f4f033bfa248db8fccd3565de94bbfb12f3c59ff46c271bf83ce4014c68811f9a21a1fdb2c0e6113e06db7ca93b7404e78dc7ccd5ca89a4ca9", hex.EncodeToString(oracleKey.PublicKey().Bytes()))

	d := reading.Detail{VoltageMV: 230_100, CurrentMA: 4_200, TemperatureMC: -1_500, HumidityBP: 4_550, LatitudeE7: 374_217_636, LongitudeE7: -1_220_846_140}
	r := reading.Reading{MeterID: 352522395, Seq: 42, Timestamp: 1767225600, ImportWh: 1_234_567, ExportWh: 89_000, DetailHash: d.Hash()}
	dom := reading.Domain{ChainID: 1337, Ledger: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")}
	require.Equal(t, "0x81776722283496758e3caca3c18b2704cf9c50daeb0fbf8d97caffa0861af601", dom.Digest(r).Hex(), "the same digest for both curves")
	sig := reading.P256Signature(common.FromHex("0330c7de6285a561090e63b720f992ad2d4146f44760550dd2d8ae0c946296bf09aa305d8fb4993d08c3e5775995dda46e210ee9251af961c84f8937cfc0f8a9"))
	id, err := reading.VerifyP256(dom, r, sig, pub)
	require.NoError(t, err)
	require.Equal(t, pub.ID(), id)

	raw := []byte(`{"v":2,"meter_id":352522395,"ciphertext":"BDPjkdmqOOYbXWUXE6Y4YmLTOnbKs66lw+vzVfe6Z3MYrUfkjvd56DXZnbBPdTItJZnB92dfuiQZceG7y0MjocaEGRThQi897S0OozK0L3/vNJJURrU37YJhGBJUjjGA5PCSwwti8/B++LT7N3bgQg2hADVgOCVpQFzRGDsgmIGTaEgET/RyojqVIpNOhSuB7xZbxdBGdWFA5pELc4tLBx4NSXcHBGwJfwKSmpcjaO9Y14YaFZaZ0j1m1ZcasD2l6RqMSpPdxVTd0ojljUCduOkWMfgVr7LiAwrOxlJ66AKs/qZ1h/E/oMGR4t8pCib59zSOQskqc5Kj9mvxk9rinlenLeNkR6VmeqZrfdhyT1VU5mmV/7Ld7QmFaPRauXVljbvDRwGz54rG0aJ36FBNGzec8ilIosKy7N0hsU+uqz9p7VCOsLq3P0KS12AkoBo4vXNcAoe0h9q1Lli5KBwyRf7UGMGu2s5JWjxfbwsls8ISGWYFieefB7JvQvL+Mp9rZ1Mrvs6LjaKeMXk1Iybg7eujPTJX1J7WptiGGjjb6tKNymxuLrT2fZb0XSsZyKkxFiSYyE1pbIxKLPZa7My4eZp5cDxlfEfbrhqUKZI7Zc8rl1CC/EDioftfyh48sSyULuIWN+kL6mnwyZPYfozL8EbfHwWjdxGRKIGtpeaPfv5VU8DgTAtG1iFeM4czMdGXTrKydK/aX6j3hLrIry7I7GtXx4POqkve5vZCymrmTCqHcnX4aNrGAn+zjQhU6xwf"}`)
	_, p, err := envelope.Open(envelope.Keys{P256: oracleKey}, raw)
	require.NoError(t, err)
	require.Equal(t, r, p.Reading)
	require.Equal(t, d, p.Detail)
	require.Equal(t, sig[:], []byte(p.Signature))

	// Section 5 over P-256, step by step.
	var env struct {
		Ciphertext []byte `json:"ciphertext"`
	}
	require.NoError(t, json.Unmarshal(raw, &env))
	ct := env.Ciphertext
	ephemeral, err := ecdh.P256().NewPublicKey(ct[:65])
	require.NoError(t, err)
	z, err := oracleKey.ECDH(ephemeral)
	require.NoError(t, err)
	k := sha256.Sum256(append([]byte{0, 0, 0, 1}, z...))
	km := sha256.Sum256(k[16:32])
	iv, c, tag := ct[65:81], ct[81:len(ct)-32], ct[len(ct)-32:]
	mac := hmac.New(sha256.New, km[:])
	mac.Write(ct[65 : len(ct)-32])
	require.Equal(t, tag, mac.Sum(nil))
	block, err := aes.NewCipher(k[:16])
	require.NoError(t, err)
	plain := make([]byte, len(c))
	cipher.NewCTR(block, iv).XORKeyStream(plain, c)
	var direct envelope.Payload
	require.NoError(t, json.Unmarshal(plain, &direct))
	require.Equal(t, p, direct)
}
