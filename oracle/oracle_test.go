package oracle

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/internal/envelope"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/internal/stored"
	"github.com/meterchain/meterchain/oracle/store"
	"github.com/meterchain/meterchain/test/harness"
)

const meterA, meterB = 352522395, 352522396

// fixture is a deployed chain with registered meters and the oracle's keys.
type fixture struct {
	e         *harness.Env
	oracleKey *ecdsa.PrivateKey
	meters    map[uint64]*harness.Meter
	dbPath    string
}

func newFixture(t *testing.T, meters ...uint64) *fixture {
	t.Helper()
	e := harness.New(t, 1)
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	f := &fixture{e: e, oracleKey: key, meters: map[uint64]*harness.Meter{}, dbPath: filepath.Join(t.TempDir(), "oracle.db")}
	for _, id := range meters {
		f.meters[id] = e.RegisterMeter(id, e.Users[0], false, 10_000)
	}
	return f
}

func (f *fixture) config() Config {
	return Config{Deployment: f.e.Deployment, RelayerKey: f.e.Relayer.Key, OracleKey: f.oracleKey, DBPath: f.dbPath,
		HTTPAddr: "127.0.0.1:0", BatchInterval: 20 * time.Millisecond, RatePerSecond: -1}
}

// start runs an oracle on the fixture's chain (through b if given) and stops it at the end.
func (f *fixture) start(t *testing.T, cfg Config, b Backend) *Service {
	t.Helper()
	if b == nil {
		b = f.e.Client
	}
	s, err := New(cfg, b)
	require.NoError(t, err)
	require.NoError(t, s.Start(context.Background()))
	t.Cleanup(func() { _ = s.Stop() })
	return s
}

var cleanDetail = reading.Detail{VoltageMV: 230_100, CurrentMA: 4_200, TemperatureMC: 21_500, HumidityBP: 4_550,
	LatitudeE7: 374_217_636, LongitudeE7: -1_220_846_140}

// reading builds a reading of meter id with the clean detail record.
func newReading(id, seq, ts, imp, exp uint64) (reading.Reading, reading.Detail) {
	return reading.Reading{MeterID: id, Seq: seq, Timestamp: ts, ImportWh: imp, ExportWh: exp, DetailHash: cleanDetail.Hash()}, cleanDetail
}

// seal signs r with key (the meter's unless given) and encrypts it to the oracle.
func (f *fixture) seal(t testing.TB, r reading.Reading, d reading.Detail, key *ecdsa.PrivateKey) []byte {
	t.Helper()
	if key == nil {
		key = f.meters[r.MeterID].Key
	}
	sig, err := reading.Sign(key, f.e.Domain(), r)
	require.NoError(t, err)
	raw, err := envelope.Seal(&f.oracleKey.PublicKey, envelope.Payload{Reading: r, Detail: d, Signature: sig[:]})
	require.NoError(t, err)
	return raw
}

type apiReply struct {
	Code   int
	Result Result
	Error  struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
	Body string
}

func post(t *testing.T, url string, body []byte) apiReply {
	t.Helper()
	resp, err := http.Post(url, "application/json", bytes.NewReader(body))
	require.NoError(t, err)
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	var out apiReply
	out.Code, out.Body = resp.StatusCode, string(data)
	if resp.StatusCode < 300 {
		require.NoError(t, json.Unmarshal(data, &out.Result), string(data))
	} else {
		require.NoError(t, json.Unmarshal(data, &out), string(data))
	}
	return out
}

func getJSON(t *testing.T, url string, v any) int {
	t.Helper()
	resp, err := http.Get(url)
	require.NoError(t, err)
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	if v != nil && resp.StatusCode == http.StatusOK {
		require.NoError(t, json.Unmarshal(data, v), string(data))
	}
	return resp.StatusCode
}

func postReading(t *testing.T, s *Service, raw []byte) apiReply {
	return post(t, "http://"+s.HTTPAddr()+"/v1/readings", raw)
}

// settled waits until the reading with the given id has left received/submitted.
func settled(t *testing.T, st *store.Store, id int64) stored.Reading {
	t.Helper()
	var r stored.Reading
	require.Eventually(t, func() bool {
		var err error
		r, err = st.Reading(context.Background(), id)
		require.NoError(t, err)
		return r.Status != stored.Received && r.Status != stored.Submitted
	}, 30*time.Second, 10*time.Millisecond, "reading %d never settled", id)
	return r
}

// ledgerOutcomes counts the ledger's ReadingAccepted events per (meter, seq).
func ledgerAccepted(t *testing.T, f *fixture) map[[2]uint64]int {
	t.Helper()
	logs, err := f.e.Client.FilterLogs(context.Background(), ethereum.FilterQuery{Addresses: []common.Address{f.e.Deployment.ReadingLedger}})
	require.NoError(t, err)
	out := map[[2]uint64]int{}
	for _, l := range logs {
		if ev, err := f.e.LedgerABI.UnpackReadingAcceptedEvent(&l); err == nil {
			out[[2]uint64{ev.MeterId, ev.Seq}]++
		}
	}
	return out
}

func quarantineCount(t *testing.T, st *store.Store) int {
	t.Helper()
	q, err := st.QuarantineList(context.Background(), 0, 1000, 0)
	require.NoError(t, err)
	return len(q)
}

// TestHTTPRoundTrip: an envelope posted over HTTP is acknowledged once stored, relayed, and ends
// accepted on the ledger; the status endpoints say where it is.
func TestHTTPRoundTrip(t *testing.T) {
	f := newFixture(t, meterA)
	s := f.start(t, f.config(), nil)
	now := f.e.Now()
	r, d := newReading(meterA, 1, now-60, 1_000, 0)
	rep := postReading(t, s, f.seal(t, r, d, nil))
	require.Equal(t, http.StatusAccepted, rep.Code, rep.Body)
	require.Equal(t, "received", rep.Result.Status)
	require.Equal(t, "accepted", rep.Result.Expected)
	require.True(t, rep.Result.Verified)
	require.NotZero(t, rep.Result.ID)

	got := settled(t, s.Store(), rep.Result.ID)
	require.Equal(t, stored.Accepted, got.Status)
	require.NotZero(t, got.Block)
	require.Equal(t, r, got.Reading)
	require.Equal(t, d, got.Detail)
	require.Equal(t, reading.State{Seq: 1, Timestamp: now - 60, ImportWh: 1_000}, f.e.LastReading(meterA))

	var view map[string]any
	require.Equal(t, http.StatusOK, getJSON(t, fmt.Sprintf("http://%s/v1/readings/%d", s.HTTPAddr(), rep.Result.ID), &view))
	require.Equal(t, "accepted", view["status"])
	require.Equal(t, got.TxHash.Hex(), view["txHash"])
	require.EqualValues(t, got.Block, view["block"])
	requireNoDetail(t, view)

	var status map[string]any
	require.Equal(t, http.StatusOK, getJSON(t, fmt.Sprintf("http://%s/v1/meters/%d/status", s.HTTPAddr(), meterA), &status))
	require.EqualValues(t, 1, status["accepted"])
	requireNoDetail(t, status["latest"].(map[string]any))
	var hist struct {
		Readings []map[string]any `json:"readings"`
	}
	require.Equal(t, http.StatusOK, getJSON(t, fmt.Sprintf("http://%s/v1/meters/%d/readings", s.HTTPAddr(), meterA), &hist))
	require.Len(t, hist.Readings, 1)
	requireNoDetail(t, hist.Readings[0])
	require.Equal(t, http.StatusNotFound, getJSON(t, fmt.Sprintf("http://%s/v1/readings/999", s.HTTPAddr()), nil))

	var info map[string]any
	require.Equal(t, http.StatusOK, getJSON(t, "http://"+s.HTTPAddr()+"/v1/oracle", &info))
	require.Equal(t, s.OraclePublicKey(), info["oraclePublicKey"])
	require.True(t, strings.HasPrefix(s.OraclePublicKey(), "0x04"))
	require.EqualValues(t, harness.ChainID, info["chainId"])
	require.Equal(t, strings.ToLower(f.e.Deployment.ReadingLedger.Hex()), strings.ToLower(info["readingLedger"].(string)))

	resp, err := http.Get("http://" + s.HTTPAddr() + "/metrics")
	require.NoError(t, err)
	metrics, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	require.Contains(t, string(metrics), "meterchain_oracle_readings_accepted_total 1")
	require.Contains(t, string(metrics), `meterchain_oracle_readings_received_total{transport="http"} 1`)
	require.Contains(t, string(metrics), "meterchain_oracle_outbox_depth 0")
}

// TestStartRefusesKeyWithoutRelayerRole: a relayer key the ledger would refuse is a clear error
// at start, not an endless stream of reverted batches.
func TestStartRefusesKeyWithoutRelayerRole(t *testing.T) {
	f := newFixture(t)
	cfg := f.config()
	cfg.RelayerKey = f.e.Users[0].Key
	s, err := New(cfg, f.e.Client)
	require.NoError(t, err)
	err = s.Start(context.Background())
	require.ErrorContains(t, err, "does not hold RELAYER_ROLE")
	require.NoError(t, s.Stop())
}

// requireNoDetail: the oracle's status routes are public, so they must not carry the private
// detail record (only its hash, which is on chain anyway).
func requireNoDetail(t *testing.T, v map[string]any) {
	t.Helper()
	body, err := json.Marshal(v)
	require.NoError(t, err)
	require.NotContains(t, v, "detail")
	for _, field := range []string{"voltage", "current", "temperature", "humidity", "lat_e7", "lon_e7"} {
		require.NotContainsf(t, strings.ToLower(string(body)), field, "public view leaks %q: %s", field, body)
	}
	require.NotEmpty(t, v["detailHash"])
}
