package envelope

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"encoding/json"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/ecies"

	"github.com/meterchain/meterchain/internal/reading"
)

// fuzzOracleKey is fixed so that committed corpus entries sealed to it stay decryptable.
var fuzzOracleKey = func() *ecies.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("meterchain fuzz oracle key")))
	if err != nil {
		panic(err)
	}
	return ecies.ImportECDSA(k)
}()

// FuzzOpen feeds arbitrary bytes to the decoder every transport hands outside input to. Open must
// never panic, must fail only with one of its three documented errors, and whatever it accepts
// must be internally consistent and survive a Seal/Open round trip unchanged.
func FuzzOpen(f *testing.F) {
	meterKey, _ := crypto.ToECDSA(crypto.Keccak256([]byte("meterchain fuzz meter key")))
	d := reading.Detail{VoltageMV: 230_000, CurrentMA: 5_000, TemperatureMC: -3_000, HumidityBP: 5_000, LatitudeE7: 1, LongitudeE7: -1}
	r := reading.Reading{MeterID: 352522395, Seq: 7, Timestamp: 1_767_225_600, ImportWh: 1234, ExportWh: 5, DetailHash: d.Hash()}
	sig, err := reading.Sign(meterKey, reading.Domain{ChainID: 1337}, r)
	if err != nil {
		f.Fatal(err)
	}
	good, err := Seal(fuzzOracleKey.PublicKey.ExportECDSA(), Payload{Reading: r, Detail: d, Signature: sig[:]})
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add([]byte(`{"v":1,"meter_id":352522395,"ciphertext":"AA=="}`))
	f.Add([]byte(`{"v":2,"meter_id":1,"ciphertext":"AAAA"}`))
	f.Add([]byte(`{"v":1,"meter_id":1,"ciphertext":""}`))
	f.Add([]byte(`[]`))
	f.Add([]byte(``))

	f.Fuzz(func(t *testing.T, raw []byte) {
		env, p, err := Open(Keys{Secp256k1: fuzzOracleKey}, raw)
		if err != nil {
			if !errors.Is(err, ErrMalformed) && !errors.Is(err, ErrUndecryptable) && !errors.Is(err, ErrInconsistent) {
				t.Fatalf("Open failed with an undocumented error: %v", err)
			}
			return
		}
		if env.V != VersionSecp256k1 || env.MeterID != p.Reading.MeterID || p.Detail.Hash() != p.Reading.DetailHash || (len(p.Signature) != 65 && len(p.Signature) != 64) {
			t.Fatalf("Open accepted an inconsistent envelope: %+v %+v", env, p)
		}
		again, err := Seal(fuzzOracleKey.PublicKey.ExportECDSA(), p)
		if err != nil {
			t.Fatalf("re-seal: %v", err)
		}
		_, p2, err := Open(Keys{Secp256k1: fuzzOracleKey}, again)
		if err != nil {
			t.Fatalf("re-open of a re-sealed payload: %v", err)
		}
		if p2.Reading != p.Reading || p2.Detail != p.Detail || string(p2.Signature) != string(p.Signature) {
			t.Fatalf("round trip changed the payload: %+v != %+v", p2, p)
		}
	})
}

// FuzzOpenPlaintext reaches the payload decoder behind the encryption: arbitrary plaintext is
// encrypted to the oracle key (as a buggy or hostile meter with the public key could do) and
// opened. Same properties as FuzzOpen.
func FuzzOpenPlaintext(f *testing.F) {
	d := reading.Detail{VoltageMV: 230_000}
	f.Add(uint64(352522395), []byte(`{"reading":{"meter_id":352522395,"seq":1,"timestamp":1767225600,"import_wh":1,"export_wh":0,"detail_hash":"`+
		d.Hash().Hex()+`"},"detail":{"voltage_mv":230000},"signature":"0x`+string(make65Hex())+`"}`))
	f.Add(uint64(1), []byte(`{"reading":{"meter_id":1},"detail":{},"signature":"0x00"}`))
	f.Add(uint64(1), []byte(`{"reading":{"meter_id":-1}}`))
	f.Add(uint64(0), []byte(`null`))
	f.Add(uint64(7), []byte(`{"reading":{},"detail":{"voltage_mv":1e3},"extra":1}`))

	pub := ecies.ImportECDSAPublic(fuzzOracleKey.PublicKey.ExportECDSA())
	f.Fuzz(func(t *testing.T, meterID uint64, plain []byte) {
		ct, err := ecies.Encrypt(fixedReader{}, pub, plain, nil, nil)
		if err != nil {
			t.Skip("plaintext the ECIES scheme itself refuses")
		}
		raw, err := marshalEnvelope(Envelope{V: VersionSecp256k1, MeterID: meterID, Ciphertext: ct})
		if err != nil {
			t.Fatal(err)
		}
		env, p, err := Open(Keys{Secp256k1: fuzzOracleKey}, raw)
		if err != nil {
			if errors.Is(err, ErrUndecryptable) {
				t.Fatalf("a correctly encrypted envelope was called undecryptable: %v", err)
			}
			if !errors.Is(err, ErrMalformed) && !errors.Is(err, ErrInconsistent) {
				t.Fatalf("Open failed with an undocumented error: %v", err)
			}
			return
		}
		if env.MeterID != meterID || p.Reading.MeterID != meterID || p.Detail.Hash() != p.Reading.DetailHash || len(p.Signature) != 65 {
			t.Fatalf("Open accepted an inconsistent payload: %+v", p)
		}
	})
}

func make65Hex() []byte {
	out := make([]byte, 130)
	for i := range out {
		out[i] = '1'
	}
	return out
}

// fixedReader is a deterministic randomness source: fuzz inputs must be reproducible.
type fixedReader struct{}

func (fixedReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(i*7 + 1)
	}
	return len(p), nil
}

func marshalEnvelope(e Envelope) ([]byte, error) { return json.Marshal(e) }

// FuzzOpenP256 is FuzzOpen for version 2 (ECIES over P-256, this package's own code): arbitrary
// ciphertexts never panic, fail only with a documented error, and whatever opens re-seals and
// opens to the same payload.
func FuzzOpenP256(f *testing.F) {
	oracle, err := ecdsa.ParseRawPrivateKey(elliptic.P256(), crypto.Keccak256([]byte("meterchain fuzz oracle P-256 key")))
	if err != nil {
		f.Fatal(err)
	}
	oracleECDH, err := oracle.ECDH()
	if err != nil {
		f.Fatal(err)
	}
	meter, err := ecdsa.ParseRawPrivateKey(elliptic.P256(), crypto.Keccak256([]byte("meterchain fuzz P-256 meter key")))
	if err != nil {
		f.Fatal(err)
	}
	d := reading.Detail{VoltageMV: 230_000, CurrentMA: 5_000}
	r := reading.Reading{MeterID: 352522395, Seq: 7, Timestamp: 1_767_225_600, ImportWh: 1234, DetailHash: d.Hash()}
	sig, err := reading.SignP256(meter, reading.Domain{ChainID: 1337}, r)
	if err != nil {
		f.Fatal(err)
	}
	good, err := Seal(&oracle.PublicKey, Payload{Reading: r, Detail: d, Signature: sig[:]})
	if err != nil {
		f.Fatal(err)
	}
	var env Envelope
	if err := json.Unmarshal(good, &env); err != nil {
		f.Fatal(err)
	}
	f.Add(env.Ciphertext)
	f.Add(env.Ciphertext[:65+16+32])
	f.Add([]byte{4})
	f.Fuzz(func(t *testing.T, ct []byte) {
		raw, err := json.Marshal(Envelope{V: VersionP256, MeterID: 352522395, Ciphertext: ct})
		if err != nil {
			t.Fatal(err)
		}
		_, p, err := Open(Keys{P256: oracleECDH}, raw)
		if err != nil {
			if !errors.Is(err, ErrMalformed) && !errors.Is(err, ErrUndecryptable) && !errors.Is(err, ErrInconsistent) {
				t.Fatalf("Open failed with an undocumented error: %v", err)
			}
			return
		}
		again, err := Seal(&oracle.PublicKey, p)
		if err != nil {
			t.Fatalf("re-seal: %v", err)
		}
		if _, p2, err := Open(Keys{P256: oracleECDH}, again); err != nil || !equalPayload(p, p2) {
			t.Fatalf("round trip changed the payload: %v", err)
		}
	})
}

func equalPayload(a, b Payload) bool {
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	return string(ja) == string(jb)
}
