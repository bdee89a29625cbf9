package oracle

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/meterchain/meterchain/internal/envelope"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/test/harness"
)

// Fixed keys so that committed corpus entries (sealed envelopes) stay meaningful across runs.
var (
	fuzzOracleKey, _ = crypto.ToECDSA(crypto.Keccak256([]byte("meterchain fuzz oracle key")))
	fuzzMeterKey, _  = crypto.ToECDSA(crypto.Keccak256([]byte("meterchain fuzz meter key")))
)

const fuzzMeter = 352522395

// fuzzService starts an oracle on a fresh simulated chain with fuzzMeter registered under
// fuzzMeterKey, and returns it with a sealed, validly signed envelope for the seed corpus.
func fuzzService(f *testing.F) (*Service, []byte) {
	e := harness.New(f, 1)
	e.MustSend(e.Registrar, e.Registry, e.RegistryABI.PackRegister(fuzzMeter, e.Users[0].Addr,
		crypto.PubkeyToAddress(fuzzMeterKey.PublicKey), 0, 1, 10_000))
	s, err := New(Config{Deployment: e.Deployment, RelayerKey: e.Relayer.Key, OracleKey: fuzzOracleKey,
		DBPath: filepath.Join(f.TempDir(), "oracle.db"), HTTPAddr: "127.0.0.1:0",
		BatchInterval: 20 * time.Millisecond, RatePerSecond: -1,
		// The fuzzer posts its inputs from one address as fast as it can: the outsider limits
		// (TestForgedEnvelopesCannotSilenceAMeter, TestQuarantineIsBounded) would answer 429 to most
		// of them and hide the decoder behind the limiter.
		UnauthPerSecond: -1, UnauthTotalPerSecond: -1}, e.Client)
	if err != nil {
		f.Fatal(err)
	}
	if err := s.Start(context.Background()); err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { _ = s.Stop() })
	d := reading.Detail{VoltageMV: 230_000, CurrentMA: 5_000, TemperatureMC: 20_000, HumidityBP: 5_000}
	r := reading.Reading{MeterID: fuzzMeter, Seq: 1, Timestamp: e.Now(), ImportWh: 10, DetailHash: d.Hash()}
	sig, err := reading.Sign(fuzzMeterKey, e.Domain(), r)
	if err != nil {
		f.Fatal(err)
	}
	raw, err := envelope.Seal(&fuzzOracleKey.PublicKey, envelope.Payload{Reading: r, Detail: d, Signature: sig[:]})
	if err != nil {
		f.Fatal(err)
	}
	return s, raw
}

// serve runs one request through the oracle's router, as the HTTP server would.
func serve(s *Service, method, target string, body []byte) *httptest.ResponseRecorder {
	req := httptest.NewRequest(method, "http://oracle.test/", bytes.NewReader(body))
	req.URL.Path = target // set directly: the fuzzer's paths need not be valid request lines
	req.URL.RawPath = ""
	rec := httptest.NewRecorder()
	s.engine.ServeHTTP(rec, req)
	return rec
}

// checkAnswer: never a 500 (a panic caught by gin.Recovery or an unhandled error), always a JSON
// body, and every refusal carries a machine-readable code.
func checkAnswer(t *testing.T, rec *httptest.ResponseRecorder, allowed ...int) map[string]json.RawMessage {
	t.Helper()
	ok := false
	for _, c := range allowed {
		ok = ok || rec.Code == c
	}
	if !ok {
		t.Fatalf("status %d not in %v: %s", rec.Code, allowed, rec.Body.String())
	}
	var body map[string]json.RawMessage
	if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
		t.Fatalf("status %d with a non-JSON body %q: %v", rec.Code, rec.Body.String(), err)
	}
	if rec.Code >= 400 {
		var e struct {
			Error struct{ Code, Message string } `json:"error"`
		}
		if err := json.Unmarshal(rec.Body.Bytes(), &e); err != nil || e.Error.Code == "" || e.Error.Message == "" {
			t.Fatalf("status %d without an error code and message: %s", rec.Code, rec.Body.String())
		}
	}
	return body
}

// FuzzPostReading: POST /v1/readings with arbitrary bodies. A 202 is only ever given to an
// envelope signed by the registered meter's key (which the fuzzer does not have: it can only
// replay the seed), and the reading it names is then in the store.
func FuzzPostReading(f *testing.F) {
	s, good := fuzzService(f)
	f.Add(good)
	f.Add([]byte(`{"v":1,"meter_id":352522395,"ciphertext":"AA=="}`))
	f.Add([]byte(`{"v":1,"meter_id":1,"ciphertext":"!!"}`))
	f.Add([]byte(`not json`))
	f.Add(bytes.Repeat([]byte("x"), envelope.MaxSize+1))
	f.Fuzz(func(t *testing.T, body []byte) {
		rec := serve(s, http.MethodPost, "/v1/readings", body)
		checkAnswer(t, rec, http.StatusAccepted, http.StatusBadRequest, http.StatusConflict,
			http.StatusRequestEntityTooLarge, http.StatusUnprocessableEntity)
		if rec.Code != http.StatusAccepted {
			return
		}
		var res Result
		if err := json.Unmarshal(rec.Body.Bytes(), &res); err != nil || res.ID <= 0 || res.MeterID != fuzzMeter {
			t.Fatalf("202 with a bad result %s (%v)", rec.Body.String(), err)
		}
		stored, err := s.store.Reading(context.Background(), res.ID)
		if err != nil || stored.Reading.MeterID != fuzzMeter || stored.Reading.Seq != res.Seq {
			t.Fatalf("acknowledged reading %d is not in the store: %+v %v", res.ID, stored, err)
		}
		if a, err := reading.Recover(s.valid.domain, stored.Reading, stored.Signature); err != nil ||
			a != crypto.PubkeyToAddress(fuzzMeterKey.PublicKey) {
			t.Fatalf("acknowledged a reading not signed by the meter's key: %s %v", a, err)
		}
	})
}

// FuzzPostBatch: POST /v1/readings:batch. A JSON array gets one answer per element, in order;
// anything else is a 4xx with a code.
func FuzzPostBatch(f *testing.F) {
	s, good := fuzzService(f)
	f.Add(append(append([]byte("["), good...), ']'))
	f.Add([]byte(`[{"v":1,"meter_id":1,"ciphertext":"AA=="}, 5, "x", null, []]`))
	f.Add([]byte(`[]`))
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		rec := serve(s, http.MethodPost, "/v1/readings:batch", body)
		out := checkAnswer(t, rec, http.StatusOK, http.StatusBadRequest, http.StatusRequestEntityTooLarge)
		if rec.Code != http.StatusOK {
			return
		}
		var items []json.RawMessage
		if err := json.Unmarshal(body, &items); err != nil {
			t.Fatalf("200 for a body that is not a JSON array: %q", body)
		}
		var results []batchItem
		if err := json.Unmarshal(out["results"], &results); err != nil || len(results) != len(items) {
			t.Fatalf("%d envelopes, %d results (%v)", len(items), len(results), err)
		}
		for i, r := range results {
			if r.Index != i || (r.Result == nil) == (r.Error == nil) {
				t.Fatalf("result %d malformed: %+v", i, r)
			}
		}
	})
}

// FuzzGetEndpoints: the read API's path and query parsing (reading ids, meter ids, from/to/limit).
func FuzzGetEndpoints(f *testing.F) {
	s, _ := fuzzService(f)
	f.Add("1", "352522395", "from=0&to=99&limit=5&offset=1")
	f.Add("-1", "abc", "limit=99999999999999999999")
	f.Add("0x10", "18446744073709551616", "from=-1")
	f.Add("", "", "%zz")
	f.Fuzz(func(t *testing.T, id, meter, query string) {
		for _, target := range []string{"/v1/readings/" + id, "/v1/meters/" + meter + "/status"} {
			rec := serve(s, http.MethodGet, target, nil)
			if rec.Code == http.StatusNotFound && rec.Body.Len() > 0 && rec.Body.String()[0] != '{' {
				continue // gin's own 404 for paths that match no route (e.g. an id with a '/')
			}
			checkAnswer(t, rec, http.StatusOK, http.StatusBadRequest, http.StatusNotFound, http.StatusMovedPermanently)
		}
		req := httptest.NewRequest(http.MethodGet, "http://oracle.test/", nil)
		req.URL.Path = "/v1/meters/" + url.PathEscape(meter) + "/readings"
		req.URL.RawQuery = query
		rec := httptest.NewRecorder()
		s.engine.ServeHTTP(rec, req)
		checkAnswer(t, rec, http.StatusOK, http.StatusBadRequest, http.StatusNotFound)
	})
}
