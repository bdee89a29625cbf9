package envelope

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/internal/reading"
)

func samplePayload(t testing.TB) Payload {
	meterKey, err := crypto.ToECDSA(crypto.Keccak256([]byte("meterchain canonical meter key")))
	require.NoError(t, err)
	d := reading.Detail{VoltageMV: 230_000, CurrentMA: 5_000, TemperatureMC: -3_000, HumidityBP: 5_000, LatitudeE7: -2147483648, LongitudeE7: 2147483647}
	r := reading.Reading{MeterID: 18446744073709551615, Seq: 7, Timestamp: 1_767_225_600, ImportWh: 1234, ExportWh: 0, DetailHash: d.Hash()}
	sig, err := reading.Sign(meterKey, reading.Domain{ChainID: 1337}, r)
	require.NoError(t, err)
	return Payload{Reading: r, Detail: d, Signature: sig[:]}
}

// strictJSON is what Open decoded with before the canonical decoders, and still does for any
// other input.
func strictJSON[T any](data []byte) (T, error) {
	var v T
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	return v, dec.Decode(&v)
}

// TestSealedEnvelopesTakeTheCanonicalPath: what Seal writes (the form every meter sends) is read
// by the canonical decoders, to the value encoding/json reads; an envelope in any other form
// (another key order, white space, a key in capitals) still opens, through encoding/json.
func TestSealedEnvelopesTakeTheCanonicalPath(t *testing.T) {
	p := samplePayload(t)
	plain, err := json.Marshal(p)
	require.NoError(t, err)
	requireCanonical(t, plain, decodeCanonicalPayload)
	raw, err := Seal(fuzzOracleKey.PublicKey.ExportECDSA(), p)
	require.NoError(t, err)
	requireCanonical(t, raw, decodeCanonicalEnvelope)

	other := []byte(" {\"ciphertext\" : \"" + string(mustField(t, raw, "ciphertext")) + "\",\n\"METER_ID\": 18446744073709551615, \"v\": 1 } ")
	var e Envelope
	require.False(t, decodeCanonicalEnvelope(other, &e), "a key in capitals is encoding/json's to match")
	_, opened, err := Open(Keys{Secp256k1: fuzzOracleKey}, other)
	require.NoError(t, err)
	require.Equal(t, p, opened)
}

// requireCanonical: data takes the canonical path, to the value encoding/json reads.
func requireCanonical[T any](t *testing.T, data []byte, canonical func([]byte, *T) bool) {
	t.Helper()
	var got T
	require.True(t, canonical(data, &got), "%s", data)
	want, err := strictJSON[T](data)
	require.NoError(t, err)
	require.Equal(t, want, got)
}

func mustField(t *testing.T, raw []byte, key string) json.RawMessage {
	var m map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(raw, &m))
	return bytes.Trim(m[key], `"`)
}

// FuzzCanonicalDecodersAgreeWithEncodingJSON: whatever a canonical decoder accepts, encoding/json
// (strict, as Open used it) accepts too, with the same value; so the wire format's rules stay
// encoding/json's, and the canonical path only saves the CPU.
func FuzzCanonicalDecodersAgreeWithEncodingJSON(f *testing.F) {
	p := samplePayload(f)
	plain, _ := json.Marshal(p)
	raw, _ := Seal(fuzzOracleKey.PublicKey.ExportECDSA(), p)
	for _, seed := range []string{string(plain), string(raw),
		`{"v":1,"meter_id":352522395,"ciphertext":"AA=="}`, `{"v":1,"v":2}`, `{"V":1}`, `{"v":01}`, `{"v":1e0}`,
		`{"v":-1}`, `{"meter_id":18446744073709551616}`, `{"ciphertext":"A\u0041=="}`, `{"ciphertext":null}`, `{} x`, `{}`,
		`{"reading":{"detail_hash":"0x00"},"detail":{"temperature_mc":-0,"lat_e7":-2147483649},"signature":"0X00"}`,
		`{"reading":{},"detail":{"temperature_mc":-1},"signature":"0x"}`, `{"signature":"0x0"}`, `{"reading":null}`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var env Envelope
		if decodeCanonicalEnvelope(data, &env) {
			want, err := strictJSON[Envelope](data)
			if err != nil || want.V != env.V || want.MeterID != env.MeterID || !bytes.Equal(want.Ciphertext, env.Ciphertext) {
				t.Fatalf("canonical envelope %+v, encoding/json %+v (%v) for %q", env, want, err, data)
			}
		}
		var p Payload
		if decodeCanonicalPayload(data, &p) {
			want, err := strictJSON[Payload](data)
			if err != nil || want.Reading != p.Reading || want.Detail != p.Detail || !bytes.Equal(want.Signature, p.Signature) {
				t.Fatalf("canonical payload %+v, encoding/json %+v (%v) for %q", p, want, err, data)
			}
		}
	})
}

// BenchmarkDecodePayload compares the canonical decoder with encoding/json on a sealed payload.
func BenchmarkDecodePayload(b *testing.B) {
	plain, err := json.Marshal(samplePayload(b))
	require.NoError(b, err)
	b.Run("canonical", func(b *testing.B) {
		for b.Loop() {
			var p Payload
			if !decodeCanonicalPayload(plain, &p) {
				b.Fatal("not canonical")
			}
		}
	})
	b.Run("encoding-json", func(b *testing.B) {
		for b.Loop() {
			if _, err := strictJSON[Payload](plain); err != nil {
				b.Fatal(err)
			}
		}
	})
}
