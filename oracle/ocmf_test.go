package oracle

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/plgd-dev/go-coap/v3/message"
	"github.com/plgd-dev/go-coap/v3/message/codes"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/internal/ocmf"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/internal/stored"
	"github.com/meterchain/meterchain/oracle/store"
	"github.com/meterchain/meterchain/test/harness"
)

// ocmfMeter is a registered meter bound to the OCMF identity of serial MS.
type ocmfMeter struct {
	*harness.Meter
	MS string
}

// bindOcmf registers meter id (P-256 or secp256k1) and binds it to records with MS "EMH<id>".
func (f *fixture) bindOcmf(t *testing.T, id uint64, p256 bool) ocmfMeter {
	t.Helper()
	var m *harness.Meter
	if p256 {
		m = f.e.RegisterP256Meter(id, f.e.Users[0], false, 22_000)
	} else {
		m = f.e.RegisterMeter(id, f.e.Users[0], false, 22_000)
	}
	f.meters[id] = m
	ms := "EMH" + strconv.FormatUint(id, 10)
	f.e.MustSend(f.e.Registrar, f.e.Registry, f.e.RegistryABI.PackBindOcmf(id, ocmf.Identity(nil, nil, []byte(ms))))
	return ocmfMeter{Meter: m, MS: ms}
}

// ocmfRecord is a record of serial ms, signed with key, as a charger writes one: PG T<seq>, a
// session's begin entry 20 Wh and a minute before its end entry, the import register at ts, both in
// padded strings.
func ocmfRecord(t testing.TB, key *ecdsa.PrivateKey, ms string, seq, ts, importWh uint64, opts ...ocmf.SignOption) []byte {
	t.Helper()
	cet := time.FixedZone("CET", 3600)
	payload := ocmf.Build(ocmf.Fields{MS: ms, PG: "T" + strconv.FormatUint(seq, 10), Spaced: true, Entries: []ocmf.Entry{
		{TM: ocmf.FormatTM(time.Unix(int64(ts)-60, 0).In(cet), 'S'), TX: "B",
			RV: ocmf.Padded(ocmf.FormatKWh(importWh-20), 12), RI: "01-00:01.08.00.FF", RU: "kWh", ST: "G"},
		{TM: ocmf.FormatTM(time.Unix(int64(ts), 0).In(cet), 'S'), TX: "E", RV: ocmf.Padded(ocmf.FormatKWh(importWh), 12), ST: "G"},
	}})
	rec, err := ocmf.Sign(payload, key, opts...)
	require.NoError(t, err)
	return rec
}

func postOcmfRecord(t *testing.T, s *Service, rec []byte) apiReply {
	t.Helper()
	return post(t, "http://"+s.HTTPAddr()+"/v1/ocmf", rec)
}

// quarantined is the store's quarantine, newest first.
func quarantined(t *testing.T, st *store.Store) []store.Quarantined {
	t.Helper()
	q, err := st.QuarantineList(context.Background(), 0, 1000, 0)
	require.NoError(t, err)
	return q
}

// TestOcmfOverHTTPReachesLedger: records of a P-256 and a secp256k1 meter posted to /v1/ocmf are
// checked, stored whole, relayed with submitOcmf and accepted on the ledger with the payload's
// registers and SHA-256(payload) as detail hash; a record sent again is a duplicate, another
// record with the same PG a seq conflict.
func TestOcmfOverHTTPReachesLedger(t *testing.T) {
	f := newFixture(t)
	p := f.bindOcmf(t, meterA, true)
	k := f.bindOcmf(t, meterB, false)
	s := f.start(t, f.config(), nil)
	now := f.e.Now()

	type sent struct {
		id      int64
		rec     []byte
		meter   uint64
		seq, wh uint64
	}
	var all []sent
	for seq := uint64(1); seq <= 3; seq++ {
		for _, m := range []ocmfMeter{p, k} {
			wh := 1_000 + 97*seq
			rec := ocmfRecord(t, m.Key, m.MS, seq, now-400+100*seq, wh)
			rep := postOcmfRecord(t, s, rec)
			require.Equal(t, http.StatusAccepted, rep.Code, rep.Body)
			require.Equal(t, m.ID, rep.Result.MeterID)
			require.Equal(t, seq, rep.Result.Seq)
			require.True(t, rep.Result.Verified)
			require.Equal(t, "accepted", rep.Result.Expected)
			all = append(all, sent{rep.Result.ID, rec, m.ID, seq, wh})
		}
	}
	for _, x := range all {
		r := settled(t, s.Store(), x.id)
		require.Equal(t, stored.Accepted, r.Status, "record %d/%d", x.meter, x.seq)
		require.Equal(t, x.rec, r.Ocmf, "the record is kept byte for byte")
	}

	logs, err := f.e.Client.FilterLogs(context.Background(), ethereum.FilterQuery{Addresses: []common.Address{f.e.Deployment.ReadingLedger}})
	require.NoError(t, err)
	onChain := map[[2]uint64][2]any{}
	for _, l := range logs {
		if ev, err := f.e.LedgerABI.UnpackReadingAcceptedEvent(&l); err == nil {
			onChain[[2]uint64{ev.MeterId, ev.Seq}] = [2]any{ev.ImportWh, common.Hash(ev.DetailHash)}
		}
	}
	require.Len(t, onChain, len(all))
	for _, x := range all {
		payload, _, err := ocmf.Split(x.rec)
		require.NoError(t, err)
		require.Equal(t, [2]any{x.wh, common.Hash(sha256.Sum256(payload))}, onChain[[2]uint64{x.meter, x.seq}])
	}

	again := postOcmfRecord(t, s, all[0].rec)
	require.Equal(t, http.StatusConflict, again.Code, again.Body)
	require.Equal(t, "duplicate", again.Error.Code)
	other := postOcmfRecord(t, s, ocmfRecord(t, p.Key, p.MS, 3, now-50, 9_999))
	require.Equal(t, http.StatusConflict, other.Code, other.Body)
	require.Equal(t, "seq_conflict", other.Error.Code)
	require.Equal(t, uint64(3), f.e.LastReading(meterA).Seq)

	// A signed record that breaks a ledger rule is relayed all the same, so the ledger logs why.
	back := postOcmfRecord(t, s, ocmfRecord(t, p.Key, p.MS, 4, now-20, 500))
	require.Equal(t, http.StatusAccepted, back.Code, back.Body)
	require.Equal(t, reading.RegisterRollback.String(), back.Result.Expected)
	r := settled(t, s.Store(), back.Result.ID)
	require.Equal(t, stored.Rejected, r.Status)
	require.Equal(t, reading.RegisterRollback, r.Reason, "from the receipt's ReadingRejected")
}

// TestOcmfOverMQTT: a record published to meters/<id>/ocmf is stored and accepted; one
// published under another meter's topic is refused as inconsistent, one under a topic that is not
// meters/<decimal id>/ocmf as malformed, both quarantined.
func TestOcmfOverMQTT(t *testing.T) {
	broker := startMochi(t)
	f := newFixture(t)
	p := f.bindOcmf(t, meterA, true)
	f.bindOcmf(t, meterB, false)
	cfg := f.config()
	cfg.MQTTURL = broker
	s := f.start(t, cfg, nil)
	now := f.e.Now()

	publish(t, broker, fmt.Sprintf("meters/%d/ocmf", meterA), ocmfRecord(t, p.Key, p.MS, 1, now-60, 1_500))
	require.Equal(t, stored.Accepted, settledBySeq(t, s.Store(), meterA, 1).Status)
	require.Equal(t, uint64(1_500), f.e.LastReading(meterA).ImportWh)

	publish(t, broker, fmt.Sprintf("meters/%d/ocmf", meterB), ocmfRecord(t, p.Key, p.MS, 2, now-30, 1_600))
	publish(t, broker, fmt.Sprintf("meters/0%d/ocmf", meterA), ocmfRecord(t, p.Key, p.MS, 3, now-20, 1_700))
	require.Eventually(t, func() bool { return len(quarantined(t, s.Store())) == 2 }, 10*time.Second, 20*time.Millisecond)
	codes := map[string]bool{}
	for _, q := range quarantined(t, s.Store()) {
		codes[q.Code] = true
	}
	require.Equal(t, map[string]bool{"inconsistent": true, "malformed": true}, codes)
	_, err := s.Store().ReadingBySeq(context.Background(), meterA, 2)
	require.ErrorIs(t, err, store.ErrNotFound, "a record under another meter's topic is not stored")
}

// TestOcmfUnsupportedAlgorithmQuarantined: a record signed with an algorithm the ledger cannot
// verify is refused with unsupported_algorithm, naming it, and kept whole in the quarantine; a
// malformed payload is refused as malformed and quarantined too; neither is stored or relayed.
func TestOcmfUnsupportedAlgorithmQuarantined(t *testing.T) {
	f := newFixture(t)
	p := f.bindOcmf(t, meterA, true)
	s := f.start(t, f.config(), nil)
	now := f.e.Now()

	const brainpool = "ECDSA-brainpool256r1-SHA256"
	rec := ocmfRecord(t, p.Key, p.MS, 1, now-60, 1_000, ocmf.WithAlgorithm(brainpool))
	rep := postOcmfRecord(t, s, rec)
	require.Equal(t, http.StatusUnprocessableEntity, rep.Code, rep.Body)
	require.Equal(t, "unsupported_algorithm", rep.Error.Code)
	require.Equal(t, "unsupported signature algorithm "+brainpool, rep.Error.Message)
	q := quarantined(t, s.Store())
	require.Len(t, q, 1)
	require.Equal(t, "unsupported_algorithm", q[0].Code)
	require.Equal(t, rec, []byte(q[0].Raw), "kept whole")

	good := ocmfRecord(t, p.Key, p.MS, 1, now-60, 1_000)
	bad := append([]byte(nil), good...)
	copy(bad[len("OCMF|"):], "[") // the payload is no JSON object any more
	rep = postOcmfRecord(t, s, bad)
	require.Equal(t, http.StatusBadRequest, rep.Code, rep.Body)
	require.Equal(t, "malformed", rep.Error.Code)
	require.Len(t, quarantined(t, s.Store()), 2)

	_, err := s.Store().ReadingBySeq(context.Background(), meterA, 1)
	require.ErrorIs(t, err, store.ErrNotFound)
	require.Equal(t, uint64(0), f.e.LastReading(meterA).Seq)
}

// TestOcmfBadSignatureRefused: a record naming a bound meter but signed by another key (P-256 and
// secp256k1 alike), or altered after signing, is refused with bad_signature and quarantined; a
// record of an identity no meter is bound to is refused as unknown_meter; none reaches the
// ledger, and the meter's own record is accepted after them.
func TestOcmfBadSignatureRefused(t *testing.T) {
	f := newFixture(t)
	p := f.bindOcmf(t, meterA, true)
	k := f.bindOcmf(t, meterB, false)
	s := f.start(t, f.config(), nil)
	now := f.e.Now()

	p256Stranger, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	require.NoError(t, err)
	k1Stranger, err := crypto.GenerateKey()
	require.NoError(t, err)
	altered := ocmfRecord(t, p.Key, p.MS, 1, now-60, 1_000)
	i := len("OCMF|") + len("{\n  \"FV\" : \"")
	altered[i] = '2' // FV 1.0 → 2.0: the signature no longer covers the payload
	for name, rec := range map[string][]byte{
		"P-256 stranger":     ocmfRecord(t, p256Stranger, p.MS, 1, now-60, 1_000),
		"secp256k1 stranger": ocmfRecord(t, k1Stranger, k.MS, 1, now-60, 1_000),
		"other meter's key":  ocmfRecord(t, k.Key, p.MS, 1, now-60, 1_000),
		"altered":            altered,
	} {
		rep := postOcmfRecord(t, s, rec)
		require.Equal(t, http.StatusUnprocessableEntity, rep.Code, "%s: %s", name, rep.Body)
		require.Equal(t, "bad_signature", rep.Error.Code, name)
	}
	rep := postOcmfRecord(t, s, ocmfRecord(t, p.Key, "EMH-unbound", 1, now-60, 1_000))
	require.Equal(t, "unknown_meter", rep.Error.Code, rep.Body)
	require.Len(t, quarantined(t, s.Store()), 5)

	ok := postOcmfRecord(t, s, ocmfRecord(t, p.Key, p.MS, 1, now-60, 1_000))
	require.Equal(t, http.StatusAccepted, ok.Code, ok.Body)
	require.Equal(t, stored.Accepted, settled(t, s.Store(), ok.Result.ID).Status)
	require.Equal(t, map[[2]uint64]int{{meterA, 1}: 1}, ledgerAccepted(t, f))
}

// TestOcmfCrashResumes: the oracle killed between storing records and sending their batch, and
// between sending it and its receipt, resumes on restart: every record accepted exactly once,
// one submitOcmf transaction in all.
func TestOcmfCrashResumes(t *testing.T) {
	register := func(t *testing.T, f *fixture, id uint64) { f.bindOcmf(t, id, id == meterA) }
	send := func(t *testing.T, f *fixture, addr string, r reading.Reading, _ reading.Detail) apiReply {
		ms := "EMH" + strconv.FormatUint(r.MeterID, 10)
		return post(t, "http://"+addr+"/v1/ocmf", ocmfRecord(t, f.meters[r.MeterID].Key, ms, r.Seq, r.Timestamp, r.ImportWh))
	}
	for _, point := range []string{"before-send", "after-send"} {
		t.Run(point, func(t *testing.T) { crashFeeding(t, point, register, send) })
	}
}

// TestOcmfOverCoAP: POST /ocmf over CoAP answers 2.01 once the record is stored, and it ends
// accepted; an unsupported algorithm gets 4.22 with the JSON error.
func TestOcmfOverCoAP(t *testing.T) {
	f := newFixture(t)
	p := f.bindOcmf(t, meterA, true)
	cfg := f.config()
	cfg.CoAPAddr = "127.0.0.1:0"
	s := f.start(t, cfg, nil)
	conn, ctx := coapClient(t, s)

	code, body := coapPost(t, conn, ctx, CoAPOcmfPath, message.TextPlain, ocmfRecord(t, p.Key, p.MS, 1, f.e.Now()-60, 1_000))
	require.Equal(t, codes.Created, code)
	var res Result
	require.NoError(t, json.Unmarshal(body, &res), string(body))
	got := settled(t, s.Store(), res.ID)
	require.Equal(t, stored.Accepted, got.Status)
	require.Equal(t, "coap", got.Source)

	rec := ocmfRecord(t, p.Key, p.MS, 2, f.e.Now()-30, 1_100, ocmf.WithAlgorithm("ECDSA-secp384r1-SHA256"))
	code, body = coapPost(t, conn, ctx, CoAPOcmfPath, message.TextPlain, rec)
	require.Equal(t, codes.UnprocessableEntity, code)
	require.Contains(t, string(body), `"code":"unsupported_algorithm"`)
}

// TestForgedOcmfRecordsCannotSilenceAMeter: a keyless outsider floods records naming meter A's
// identity — signed by another key, with an algorithm the ledger cannot verify, malformed — and
// records of identities no meter is bound to. The flood spends only its source's budget (429 past
// it, nothing more quarantined, registry reads bounded, a bounded identity cache); meter A's own
// records from the same address are accepted, and past its own burst A is limited as a meter.
func TestForgedOcmfRecordsCannotSilenceAMeter(t *testing.T) {
	f := newFixture(t)
	cfg := f.config()
	cfg.RatePerSecond, cfg.RateBurst = 0.001, 3
	cfg.UnauthPerSecond, cfg.UnauthBurst = 0.001, 5
	cfg.LimiterEntries = 8
	b := &registryCounter{Backend: f.e.Client, registry: f.e.Deployment.MeterRegistry.Hex()}
	a := f.bindOcmf(t, meterA, false)
	s := f.start(t, cfg, b)
	now := f.e.Now()
	forger, err := crypto.GenerateKey()
	require.NoError(t, err)

	calls0 := b.calls.Load()
	statuses := map[int]int{}
	for i := range 60 {
		var rec []byte
		switch i % 4 {
		case 0:
			rec = ocmfRecord(t, forger, a.MS, uint64(i+1), now-60, 1_000)
		case 1:
			rec = ocmfRecord(t, a.Key, a.MS, uint64(i+1), now-60, 1_000, ocmf.WithAlgorithm("ECDSA-brainpool384r1-SHA256"))
		case 2:
			rec = ocmfRecord(t, forger, "EMH-invented-"+strconv.Itoa(i), 1, now-60, 1_000)
		case 3:
			rec = []byte("OCMF|{\"PG\":\"T1\"}|{\"SD\":\"00\"}")
		}
		statuses[postOcmfRecord(t, s, rec).Code]++
	}
	require.Len(t, quarantined(t, s.Store()), 5, "only the source's burst is kept: %v", statuses)
	require.Equal(t, 60-5, statuses[http.StatusTooManyRequests], "%v", statuses)
	require.LessOrEqual(t, b.calls.Load()-calls0, int64(2*5), "registry reads stay within the source's budget")
	s.ocmfIDs.mu.Lock()
	require.LessOrEqual(t, s.ocmfIDs.ids.Len(), 8, "the identity cache is bounded")
	s.ocmfIDs.mu.Unlock()

	for seq := uint64(1); seq <= 3; seq++ {
		rep := postOcmfRecord(t, s, ocmfRecord(t, a.Key, a.MS, seq, now-400+100*seq, 1_000+10*seq))
		require.Equal(t, http.StatusAccepted, rep.Code, rep.Body)
		require.Equal(t, stored.Accepted, settled(t, s.Store(), rep.Result.ID).Status)
	}
	rep := postOcmfRecord(t, s, ocmfRecord(t, a.Key, a.MS, 4, now-10, 1_100))
	require.Equal(t, http.StatusTooManyRequests, rep.Code, "past its own burst the meter is limited: %s", rep.Body)
	require.Contains(t, rep.Error.Message, fmt.Sprintf("meter %d", meterA))
}
