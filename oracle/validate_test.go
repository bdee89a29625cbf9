package oracle

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/internal/envelope"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/internal/stored"
)

func txCount(t testing.TB, s *Service) int {
	t.Helper()
	var n int
	require.NoError(t, s.Store().DB().QueryRow(`SELECT COUNT(*) FROM txmgr_txs`).Scan(&n))
	return n
}

// TestMalformedEnvelopesRefusedAndQuarantined: each kind of bad input gets its own 4xx code, is
// kept verbatim in the quarantine table, and never costs a transaction.
func TestMalformedEnvelopesRefusedAndQuarantined(t *testing.T) {
	f := newFixture(t, meterA)
	s := f.start(t, f.config(), nil)
	now := f.e.Now()
	good, d := newReading(meterA, 1, now-60, 1_000, 0)
	other, err := crypto.GenerateKey()
	require.NoError(t, err)
	sig, err := reading.Sign(f.meters[meterA].Key, f.e.Domain(), good)
	require.NoError(t, err)
	seal := func(p envelope.Payload) []byte {
		raw, err := envelope.Seal(&f.oracleKey.PublicKey, p)
		require.NoError(t, err)
		return raw
	}
	withMeter := func(raw []byte, id uint64) []byte {
		var env map[string]any
		require.NoError(t, json.Unmarshal(raw, &env))
		env["meter_id"] = id
		out, _ := json.Marshal(env)
		return out
	}
	tamper := func(raw []byte) []byte {
		var env envelope.Envelope
		require.NoError(t, json.Unmarshal(raw, &env))
		env.Ciphertext[len(env.Ciphertext)-40] ^= 1
		out, _ := json.Marshal(env)
		return out
	}
	badDetail := d
	badDetail.VoltageMV++
	zero, _ := newReading(meterA, 0, now-60, 1_000, 0)
	zeroSig, _ := reading.Sign(f.meters[meterA].Key, f.e.Domain(), zero)
	const unknownID = 999_999_999
	unknown, _ := newReading(unknownID, 1, now-60, 1_000, 0)
	unknownSig, _ := reading.Sign(other, f.e.Domain(), unknown)
	toOther, err := envelope.Seal(&other.PublicKey, envelope.Payload{Reading: good, Detail: d, Signature: sig[:]})
	require.NoError(t, err)

	cases := []struct {
		name   string
		raw    []byte
		status int
		code   string
	}{
		{"NotJSON", []byte("meter 352522395 says hello"), 400, "malformed"},
		{"BadBase64", []byte(`{"v":1,"meter_id":352522395,"ciphertext":"%%%not base64%%%"}`), 400, "malformed"},
		{"WrongVersion", bytes.Replace(seal(envelope.Payload{Reading: good, Detail: d, Signature: sig[:]}), []byte(`"v":1`), []byte(`"v":3`), 1), 400, "malformed"}, // 1 and 2 are versions
		{"UnknownField", []byte(`{"v":1,"meter_id":352522395,"ciphertext":"AA==","extra":1}`), 400, "malformed"},
		{"EmptyCiphertext", []byte(`{"v":1,"meter_id":352522395,"ciphertext":""}`), 400, "malformed"},
		{"EncryptedToAnotherKey", toOther, 400, "undecryptable"},
		{"TamperedCiphertext", tamper(seal(envelope.Payload{Reading: good, Detail: d, Signature: sig[:]})), 400, "undecryptable"},
		{"MeterIDMismatch", withMeter(seal(envelope.Payload{Reading: good, Detail: d, Signature: sig[:]}), meterB), 400, "inconsistent"},
		{"DetailNotSigned", seal(envelope.Payload{Reading: good, Detail: badDetail, Signature: sig[:]}), 400, "inconsistent"},
		{"ShortSignature", seal(envelope.Payload{Reading: good, Detail: d, Signature: sig[:63]}), 400, "malformed"}, // 64 bytes is a P-256 signature
		{"ForgedSignature", f.seal(t, good, d, other), 422, "bad_signature"},
		{"AlteredRegisters", func() []byte {
			r := good
			r.ImportWh = 10 // a relayer or a man in the middle lowering the bill
			return seal(envelope.Payload{Reading: r, Detail: d, Signature: sig[:]})
		}(), 422, "bad_signature"},
		{"UnknownMeter", seal(envelope.Payload{Reading: unknown, Detail: d, Signature: unknownSig[:]}), 422, "unknown_meter"},
		{"SeqZero", seal(envelope.Payload{Reading: zero, Detail: d, Signature: zeroSig[:]}), 400, "malformed"},
		{"TooLarge", append([]byte(`{"v":1,"meter_id":352522395,"ciphertext":"`), bytes.Repeat([]byte("A"), envelope.MaxSize)...), 413, "too_large"},
	}
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rep := postReading(t, s, c.raw)
			require.Equal(t, c.status, rep.Code, rep.Body)
			require.Equal(t, c.code, rep.Error.Code, rep.Body)
			require.NotEmpty(t, rep.Error.Message)
			q, err := s.Store().QuarantineList(context.Background(), 0, 1, 0)
			require.NoError(t, err)
			require.Equal(t, i+1, quarantineCount(t, s.Store()), "every refused input is quarantined")
			require.Equal(t, c.code, q[0].Code)
			if c.code == "too_large" {
				require.Equal(t, c.raw[:envelope.MaxSize], q[0].Raw)
			} else {
				require.Equal(t, c.raw, q[0].Raw, "kept exactly as received")
			}
		})
	}
	counts, err := s.Store().Counts(context.Background())
	require.NoError(t, err)
	require.Empty(t, counts, "no refused input is stored as a reading")
	require.Zero(t, txCount(t, s), "no gas spent on junk")

	// The good envelope still goes through after all that.
	rep := postReading(t, s, seal(envelope.Payload{Reading: good, Detail: d, Signature: sig[:]}))
	require.Equal(t, http.StatusAccepted, rep.Code, rep.Body)
	require.Equal(t, stored.Accepted, settled(t, s.Store(), rep.Result.ID).Status)
}

// TestReplayRefusedNeverDoubleCounted: the same envelope, a re-encryption of the same reading, or
// the reading replayed to an oracle with an empty store, is refused; the ledger counts it once.
func TestReplayRefusedNeverDoubleCounted(t *testing.T) {
	f := newFixture(t, meterA)
	s := f.start(t, f.config(), nil)
	now := f.e.Now()
	r, d := newReading(meterA, 1, now-60, 1_000, 0)
	raw := f.seal(t, r, d, nil)

	first := postReading(t, s, raw)
	require.Equal(t, http.StatusAccepted, first.Code, first.Body)
	again := postReading(t, s, raw) // immediately: still in the outbox
	require.Equal(t, http.StatusConflict, again.Code, again.Body)
	require.Equal(t, "duplicate", again.Error.Code)
	require.Equal(t, stored.Accepted, settled(t, s.Store(), first.Result.ID).Status)

	reenc := postReading(t, s, f.seal(t, r, d, nil)) // new ciphertext, same reading
	require.Equal(t, http.StatusConflict, reenc.Code, reenc.Body)
	require.Equal(t, "duplicate", reenc.Error.Code)

	other := r
	other.ImportWh = 900 // a different reading reusing seq 1
	conflict := postReading(t, s, f.seal(t, other, d, nil))
	require.Equal(t, http.StatusConflict, conflict.Code, conflict.Body)
	require.Equal(t, "seq_conflict", conflict.Error.Code)
	require.Equal(t, 3, quarantineCount(t, s.Store()))

	// A second oracle with an empty store (another relayer, or a lost database) refuses it too.
	require.NoError(t, s.Stop())
	cfg := f.config()
	cfg.DBPath = ":memory:"
	s2 := f.start(t, cfg, nil)
	fresh := postReading(t, s2, raw)
	require.Equal(t, http.StatusConflict, fresh.Code, fresh.Body)
	require.Equal(t, "duplicate", fresh.Error.Code)
	require.Contains(t, fresh.Error.Message, "already on the ledger")

	require.Equal(t, map[[2]uint64]int{{meterA, 1}: 1}, ledgerAccepted(t, f))
}

// TestLedgerRuleFailureRelayedAndLogged: a reading with a valid meter signature that breaks a
// ledger rule is stored, predicted, relayed, and ends rejected with the ledger's reason (seed 002:
// invalid data is logged too); the meter status names the reason.
func TestLedgerRuleFailureRelayedAndLogged(t *testing.T) {
	f := newFixture(t, meterA)
	s := f.start(t, f.config(), nil)
	now := f.e.Now()
	r1, d := newReading(meterA, 1, now-900, 5_000, 0)
	rep := postReading(t, s, f.seal(t, r1, d, nil))
	require.Equal(t, http.StatusAccepted, rep.Code, rep.Body)
	require.Equal(t, stored.Accepted, settled(t, s.Store(), rep.Result.ID).Status)

	r2, _ := newReading(meterA, 2, now-60, 4_000, 0) // register went backwards
	rep2 := postReading(t, s, f.seal(t, r2, d, nil))
	require.Equal(t, http.StatusAccepted, rep2.Code, rep2.Body)
	require.Equal(t, reading.RegisterRollback.String(), rep2.Result.Expected)
	got := settled(t, s.Store(), rep2.Result.ID)
	require.Equal(t, stored.Rejected, got.Status)
	require.Equal(t, reading.RegisterRollback, got.Reason)

	var status map[string]any
	require.Equal(t, http.StatusOK, getJSON(t, fmt.Sprintf("http://%s/v1/meters/%d/status", s.HTTPAddr(), meterA), &status))
	require.EqualValues(t, 1, status["rejected"])
	last := status["lastRejected"].(map[string]any)
	require.Equal(t, reading.RegisterRollback.String(), last["reason"])
	require.EqualValues(t, reading.RegisterRollback, last["reasonCode"])
}

// TestQualityFlagsMarkNeverReject: out-of-range detail values (seed 003 has 48 V and 95 %
// humidity rows) are flagged on the stored reading, which is still accepted.
func TestQualityFlagsMarkNeverReject(t *testing.T) {
	f := newFixture(t, meterA)
	s := f.start(t, f.config(), nil)
	d := reading.Detail{VoltageMV: 48_310, CurrentMA: 173_830, TemperatureMC: 26_540, HumidityBP: 12_000,
		LatitudeE7: 374_217_636, LongitudeE7: -1_220_846_140}
	r := reading.Reading{MeterID: meterA, Seq: 1, Timestamp: f.e.Now() - 60, ImportWh: 27_430, DetailHash: d.Hash()}
	rep := postReading(t, s, f.seal(t, r, d, nil))
	require.Equal(t, http.StatusAccepted, rep.Code, rep.Body)
	require.Equal(t, []string{"voltage_out_of_range", "current_out_of_range", "humidity_out_of_range"}, rep.Result.Quality)
	got := settled(t, s.Store(), rep.Result.ID)
	require.Equal(t, stored.Accepted, got.Status)
	require.Equal(t, stored.VoltageOutOfRange|stored.CurrentOutOfRange|stored.HumidityOutOfRange, got.Quality)
}

// TestBatchOfConsecutiveReadings: a gateway's backlog of one meter in one batch request is
// predicted reading by reading against the pending tip, stored in order and all accepted.
func TestBatchOfConsecutiveReadings(t *testing.T) {
	f := newFixture(t, meterA, meterB)
	s := f.start(t, f.config(), nil)
	now := f.e.Now()
	var items []json.RawMessage
	const n = 24
	for i := uint64(1); i <= n; i++ {
		for _, id := range []uint64{meterA, meterB} {
			r, d := newReading(id, i, now-(n+1-i)*900, i*100, 0)
			items = append(items, f.seal(t, r, d, nil))
		}
	}
	items = append(items, json.RawMessage(`{"v":1}`))
	body, _ := json.Marshal(items)
	resp, err := http.Post("http://"+s.HTTPAddr()+"/v1/readings:batch", "application/json", bytes.NewReader(body))
	require.NoError(t, err)
	defer resp.Body.Close()
	require.Equal(t, http.StatusOK, resp.StatusCode)
	var out struct {
		Results []struct {
			Index    int    `json:"index"`
			ID       int64  `json:"id"`
			Expected string `json:"expected"`
			Error    *struct {
				Code string `json:"code"`
			} `json:"error"`
		} `json:"results"`
	}
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&out))
	require.Len(t, out.Results, 2*n+1)
	for i, res := range out.Results[:2*n] {
		require.Equal(t, i, res.Index)
		require.Nil(t, res.Error)
		require.Equal(t, "accepted", res.Expected, "item %d", i)
	}
	require.Equal(t, "malformed", out.Results[2*n].Error.Code)
	for _, res := range out.Results[:2*n] {
		require.Equal(t, stored.Accepted, settled(t, s.Store(), res.ID).Status)
	}
	require.Equal(t, uint64(n), f.e.LastReading(meterA).Seq)
	require.Equal(t, uint64(n), f.e.LastReading(meterB).Seq)
}

// TestRateLimitPerMeter: a meter flooding the oracle is answered 429 past its burst; other
// meters are unaffected, and so is junk naming the meter (only authenticated readings count
// against a meter: see TestForgedEnvelopesCannotSilenceAMeter).
func TestRateLimitPerMeter(t *testing.T) {
	f := newFixture(t, meterA, meterB)
	cfg := f.config()
	cfg.RatePerSecond, cfg.RateBurst = 0.001, 2
	s := f.start(t, cfg, nil)
	now := f.e.Now()
	codes := []int{}
	for i := uint64(1); i <= 4; i++ {
		r, d := newReading(meterA, i, now-(5-i)*900, i*100, 0)
		codes = append(codes, postReading(t, s, f.seal(t, r, d, nil)).Code)
	}
	require.Equal(t, []int{202, 202, 429, 429}, codes)
	r, d := newReading(meterB, 1, now-60, 100, 0)
	require.Equal(t, 202, postReading(t, s, f.seal(t, r, d, nil)).Code)
	junk := []byte(`{"v":1,"meter_id":352522395,"ciphertext":"AAAA"}`)
	rep := postReading(t, s, junk)
	require.Equal(t, 400, rep.Code, rep.Body)
	require.Equal(t, "undecryptable", rep.Error.Code)
}

// TestKeyRotationHonoured: after the registrar rotates a meter's key, the new key is accepted at
// once (despite the registry cache) and the old key is refused.
func TestKeyRotationHonoured(t *testing.T) {
	f := newFixture(t, meterA)
	cfg := f.config()
	cfg.AuthTTL = 1 << 62 // the cache alone would never expire
	s := f.start(t, cfg, nil)
	now := f.e.Now()
	r1, d := newReading(meterA, 1, now-900, 100, 0)
	rep := postReading(t, s, f.seal(t, r1, d, nil))
	require.Equal(t, http.StatusAccepted, rep.Code, rep.Body)
	require.Equal(t, stored.Accepted, settled(t, s.Store(), rep.Result.ID).Status)

	oldKey := f.meters[meterA].Key
	newKey, err := crypto.GenerateKey()
	require.NoError(t, err)
	f.e.RotateSigner(f.meters[meterA], crypto.PubkeyToAddress(newKey.PublicKey))

	r2, _ := newReading(meterA, 2, now-450, 200, 0)
	rep2 := postReading(t, s, f.seal(t, r2, d, newKey))
	require.Equal(t, http.StatusAccepted, rep2.Code, rep2.Body)
	require.Equal(t, stored.Accepted, settled(t, s.Store(), rep2.Result.ID).Status)

	r3, _ := newReading(meterA, 3, now-60, 300, 0)
	rep3 := postReading(t, s, f.seal(t, r3, d, oldKey))
	require.Equal(t, http.StatusUnprocessableEntity, rep3.Code, rep3.Body)
	require.Equal(t, "bad_signature", rep3.Error.Code)
	require.True(t, strings.Contains(rep3.Error.Message, crypto.PubkeyToAddress(newKey.PublicKey).Hex()))
}

// TestPredictionMatchesLedger: on a table of edge cases, posted back to back (so the oracle
// predicts each reading against readings still in flight), the decision the oracle announces in
// its 202 answer is the one the ledger then logs. The rules themselves are reading.Check, proven
// against the contract by test.TestGoRulesMatchContract; this proves the oracle feeds it the
// right state.
func TestPredictionMatchesLedger(t *testing.T) {
	type step struct {
		seq, ago, imp, exp uint64 // ago: seconds before the chain's head time
		ahead              uint64 // seconds after it instead
	}
	cases := [][]step{
		{{seq: 1, ago: 900}, {seq: 2, imp: 2_500}},                                 // exactly max power
		{{seq: 1, ago: 900}, {seq: 2, imp: 2_501}},                                 // one Wh over
		{{seq: 1, ago: 900, exp: 10}, {seq: 2, imp: 1, exp: 9}},                    // export rollback
		{{seq: 2, ago: 900}, {seq: 1}},                                             // lower seq
		{{seq: 1, ago: 900}, {seq: 2, ago: 900}},                                   // same timestamp
		{{seq: 1, ahead: reading.MaxFutureSkew + 1_000}},                           // far in the future
		{{seq: 1, ago: 900, imp: 1 << 62}, {seq: 2, imp: 1<<62 + 1<<61}},           // first reading: no rate check; then a huge jump
		{{seq: 1, ago: 1800}, {seq: 2, ago: 900, imp: 99_999}, {seq: 3, imp: 100}}, // a rejected reading does not move the state
		{{seq: 1, ago: 3600}, {seq: 2, ago: 2700, imp: 10}, {seq: 3, ago: 1800, imp: 20}, {seq: 4, ago: 900, imp: 30}, {seq: 5, imp: 25}}, // burst, then a rollback
	}
	ids := make([]uint64, len(cases)+1)
	for i := range ids {
		ids[i] = uint64(200_001_001 + i)
	}
	f := newFixture(t, ids...)
	s := f.start(t, f.config(), nil)
	head := f.e.Now()
	type posted struct {
		id       int64
		expected string
	}
	var all []posted
	for i, steps := range cases {
		for _, st := range steps {
			r, d := newReading(ids[i], st.seq, head-st.ago+st.ahead, st.imp, st.exp)
			rep := postReading(t, s, f.seal(t, r, d, nil))
			require.Equal(t, http.StatusAccepted, rep.Code, "case %d %+v: %s", i, st, rep.Body)
			all = append(all, posted{rep.Result.ID, rep.Result.Expected})
		}
	}
	// A deactivated meter's correctly signed reading: predicted and logged as inactive.
	last := ids[len(cases)]
	f.e.MustSend(f.e.Registrar, f.e.Registry, f.e.RegistryABI.PackDeactivate(last))
	r, d := newReading(last, 1, head-60, 10, 0)
	rep := postReading(t, s, f.seal(t, r, d, nil))
	require.Equal(t, http.StatusAccepted, rep.Code, rep.Body)
	all = append(all, posted{rep.Result.ID, rep.Result.Expected})

	rejected := 0
	for _, p := range all {
		got := settled(t, s.Store(), p.id)
		want := reading.Accepted
		if got.Status == stored.Rejected {
			want = got.Reason
			rejected++
		}
		require.Equal(t, want.String(), p.expected, "reading %d: predicted %q, ledger says %q", p.id, p.expected, want)
	}
	require.Equal(t, 9, rejected, "the table has nine ledger rejections")
}
