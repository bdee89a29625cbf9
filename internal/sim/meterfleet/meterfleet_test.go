package meterfleet

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	mqtt "github.com/eclipse/paho.mqtt.golang"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/ecies"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/deploy/devnet"
	"github.com/meterchain/meterchain/internal/envelope"
	"github.com/meterchain/meterchain/internal/reading"
)

var year = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

// simulateYear runs a meter over a year at 15-minute readings and calls f with each reading, the
// previous one and the energy the profile says it generated.
func simulateYear(t *testing.T, m *Meter, f func(prev, r reading.Reading)) {
	t.Helper()
	var prev reading.Reading
	for ts := uint64(year.Unix()); ts < uint64(year.AddDate(1, 0, 0).Unix()); ts += 900 {
		r, d := m.Next(ts)
		require.Equal(t, d.Hash(), r.DetailHash)
		if prev.Seq != 0 {
			f(prev, r)
		}
		prev = r
	}
}

func TestRegistersMonotoneAndWithinMaxPower(t *testing.T) {
	for _, class := range []Class{Consumer, Prosumer} {
		m := NewMeter(352001001, DeriveKey("t", 1), class, common.Address{})
		var seen reading.Reading
		simulateYear(t, m, func(prev, r reading.Reading) {
			require.Greater(t, r.Seq, prev.Seq, "seq strictly increasing")
			require.Greater(t, r.Timestamp, prev.Timestamp)
			require.GreaterOrEqual(t, r.ImportWh, prev.ImportWh, "import register monotone")
			require.GreaterOrEqual(t, r.ExportWh, prev.ExportWh, "export register monotone")
			// The ledger's plausibility rule, exactly.
			energy := (r.ImportWh - prev.ImportWh) + (r.ExportWh - prev.ExportWh)
			require.LessOrEqual(t, energy*3600, uint64(m.MaxPowerW)*(r.Timestamp-prev.Timestamp))
			require.Equal(t, reading.Accepted, reading.Check(reading.Meter{Signer: [20]byte{1}, MaxPowerW: m.MaxPowerW, Active: true},
				reading.State{Seq: prev.Seq, Timestamp: prev.Timestamp, ImportWh: prev.ImportWh, ExportWh: prev.ExportWh}, r, [20]byte{1}, r.Timestamp))
			seen = r
		})
		// A household uses 2,000–9,000 kWh a year; a consumer never exports.
		require.Greater(t, seen.ImportWh, uint64(2_000_000), class)
		require.Less(t, seen.ImportWh, uint64(12_000_000), class)
		if class == Consumer {
			require.Zero(t, seen.ExportWh)
		} else {
			require.Greater(t, seen.ExportWh, uint64(500_000), "a prosumer's roof exports over a year")
		}
	}
}

func TestProsumerExportsOnlyInDaylight(t *testing.T) {
	m := NewMeter(352001003, DeriveKey("t", 3), Prosumer, common.Address{})
	exported := 0
	simulateYear(t, m, func(prev, r reading.Reading) {
		if r.ExportWh == prev.ExportWh {
			return
		}
		exported++
		// Some export in an interval means the sun was up during some of it.
		start, end := time.Unix(int64(prev.Timestamp), 0).UTC(), time.Unix(int64(r.Timestamp), 0).UTC()
		lit := false
		for t := start; t.Before(end); t = t.Add(time.Minute) {
			lit = lit || m.Profile.Daylight(t)
		}
		require.True(t, lit, "export between %s and %s, in the dark", start, end)
	})
	require.Greater(t, exported, 1000)
}

func TestLoadShape(t *testing.T) {
	p := NewMeter(352001001, DeriveKey("t", 1), Prosumer, common.Address{}).Profile
	at := func(month time.Month, hour float64) time.Time {
		// local solar hour → UTC, at this meter's longitude
		return time.Date(2026, month, 15, 0, 0, 0, 0, time.UTC).Add(time.Duration((hour - p.Lon/15) * float64(time.Hour)))
	}
	require.Greater(t, p.DemandW(at(time.January, 19.5)), p.DemandW(at(time.January, 3)), "evening peak above night")
	require.Greater(t, p.DemandW(at(time.January, 7.5)), p.DemandW(at(time.January, 3)), "morning peak above night")
	require.Greater(t, p.DemandW(at(time.January, 19.5)), p.DemandW(at(time.July, 19.5)), "winter above summer")
	require.Zero(t, p.SolarW(at(time.June, 0)), "no sun at midnight")
	require.Greater(t, p.SolarW(at(time.June, 12)), p.SolarW(at(time.December, 12)), "summer noon above winter noon")
	require.Greater(t, p.DayLength(at(time.June, 12)), p.DayLength(at(time.December, 12)))
}

func TestDetailRecordIsPlausible(t *testing.T) {
	m := NewMeter(352001001, DeriveKey("t", 1), Consumer, common.Address{})
	m.Next(uint64(year.Unix()))
	for i := 1; i < 200; i++ {
		r, d := m.Next(uint64(year.Unix()) + uint64(i)*900)
		require.Equal(t, d.Hash(), r.DetailHash)
		require.InDelta(t, 230_000, float64(d.VoltageMV), 15_000, "230 V ± noise")
		require.Less(t, d.CurrentMA, uint32(70_000), "current of at most 15 kW at 230 V")
		require.InDelta(t, 10_000, float64(d.TemperatureMC), 30_000)
		require.LessOrEqual(t, d.HumidityBP, uint32(10_000))
	}
}

func TestKeyFileRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "m.json")
	key := DeriveKey("k", 7)
	require.NoError(t, WriteKeyFile(path, 352001007, key))
	st, err := os.Stat(path)
	require.NoError(t, err)
	require.Equal(t, os.FileMode(0o600), st.Mode().Perm(), "key file is private")
	kf, got, err := ReadKeyFile(path)
	require.NoError(t, err)
	require.Equal(t, uint64(352001007), kf.MeterID)
	require.Equal(t, key.D, got.D)

	// A file whose address does not match its key is refused.
	data, _ := os.ReadFile(path)
	bad := strings.Replace(string(data), strings.ToLower(kf.Address.Hex()[2:6]), "0000", 1)
	bad = strings.Replace(bad, kf.Address.Hex()[2:6], "0000", 1)
	require.NoError(t, os.WriteFile(path, []byte(bad), 0o600))
	_, _, err = ReadKeyFile(path)
	require.Error(t, err)
}

func TestFleetFileRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "fleet.json")
	meters := DemoFleet("seed", 5, []common.Address{{1}, {2}})
	UseP256(meters, "seed", 2)
	require.NoError(t, SaveFleet(path, 1337, meters))
	f, back, err := LoadFleet(path)
	require.NoError(t, err)
	require.EqualValues(t, 1337, f.ChainID)
	require.Len(t, back, 5)
	for i := range meters {
		require.Equal(t, meters[i].ID, back[i].ID)
		require.Equal(t, meters[i].Class, back[i].Class)
		require.Equal(t, meters[i].Signer(), back[i].Signer())
		require.Equal(t, meters[i].Owner, back[i].Owner)
		pub, p256 := back[i].P256Key()
		require.Equal(t, i%2 == 1, p256, "meter %d: every 2nd has a P-256 key", i)
		if p256 {
			want, _ := meters[i].P256Key()
			require.Equal(t, want, pub)
			require.Equal(t, pub.ID(), back[i].Signer(), "a P-256 meter is named by its key's ID")
		}
	}
	mix := map[common.Address]map[Class]int{}
	for _, m := range DemoFleet("seed", 36, []common.Address{{1}, {2}, {3}, {4}, {5}, {6}}) {
		if mix[m.Owner] == nil {
			mix[m.Owner] = map[Class]int{}
		}
		mix[m.Owner][m.Class]++
	}
	for owner, n := range mix {
		require.Equal(t, map[Class]int{Consumer: 4, Prosumer: 2}, n, "owner %s", owner)
	}
	require.Equal(t, uint64(352001001), meters[0].ID)
	require.Equal(t, uint64(352002001), FleetMeterID(352, 50))
}

func TestParseSeed003CSV(t *testing.T) {
	f, err := os.Open("testdata/seed003.csv")
	require.NoError(t, err)
	defer f.Close()
	rows, err := ParseCSV(f)
	require.NoError(t, err)
	require.Len(t, rows, 7)
	r := rows[0]
	require.Equal(t, uint64(352522395), r.MeterID)
	require.Equal(t, time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), r.Timestamp)
	require.Equal(t, uint64(10_470), r.EnergyWh, "10.47 kWh exactly")
	require.Equal(t, reading.Detail{VoltageMV: 194_900, CurrentMA: 47_880, TemperatureMC: 3_720, HumidityBP: 2_852,
		LatitudeE7: 374_217_636, LongitudeE7: -1_220_846_140}, r.Detail)
	require.Equal(t, int32(-1_250), rows[6].Detail.TemperatureMC)

	// The seed's own layout: tab separated, no header.
	tab := "352522395\t37.4217636, -122.084614\t2024-01-02 00:00:00\t27.48\t54.14\t177.22\t8.01\t68.25\n"
	rows2, err := ParseCSV(strings.NewReader(tab))
	require.NoError(t, err)
	require.Equal(t, uint64(27_480), rows2[0].EnergyWh)

	for _, bad := range []string{
		"x,\"1, 2\",2024-01-01 00:00:00,1,1,1,1,1\n",
		"352522395,\"1 2\",2024-01-01 00:00:00,1,1,1,1,1\n",
		"352522395,\"1, 2\",yesterday,1,1,1,1,1\n",
		"352522395,\"1, 2\",2024-01-01 00:00:00,-1,1,1,1,1\n",
		"352522395,\"1, 2\",2024-01-01 00:00:00,1,1,1,1,101\n",
		"352522395,\"1, 2\",2024-01-01 00:00:00,1,1,1,1\n",
	} {
		_, err := ParseCSV(strings.NewReader(bad))
		require.Error(t, err, bad)
	}
}

func TestReplayAccumulatesDailyConsumption(t *testing.T) {
	f, err := os.Open("testdata/seed003.csv")
	require.NoError(t, err)
	defer f.Close()
	rows, err := ParseCSV(f)
	require.NoError(t, err)
	meters := map[uint64]*Meter{}
	for _, id := range []uint64{352522395, 352522396} {
		meters[id] = NewMeter(id, DeriveKey("r", id), Consumer, common.Address{})
	}
	jobs, err := ReplayJobs(rows, meters, 1_000)
	require.NoError(t, err)
	require.Len(t, jobs, 9, "7 rows and a baseline per meter")
	var last []reading.Reading
	for _, j := range jobs {
		if j.Reading.MeterID == 352522395 {
			last = append(last, j.Reading)
		}
	}
	require.Len(t, last, 5)
	require.Equal(t, uint64(1_000), last[0].ImportWh, "baseline")
	require.Equal(t, uint64(time.Date(2023, 12, 31, 0, 0, 0, 0, time.UTC).Unix()), last[0].Timestamp)
	require.Equal(t, uint64(1_000+10_470+27_480+27_430+18_190), last[4].ImportWh)
	for i := 1; i < len(last); i++ {
		require.Equal(t, last[i-1].Seq+1, last[i].Seq)
	}
	_, err = ReplayJobs(rows, map[uint64]*Meter{}, 0)
	require.ErrorContains(t, err, "no key")
}

func TestFixedPoint(t *testing.T) {
	for in, want := range map[string]int64{"10.47": 10470, "0.0005": 1, "0.0004": 0, "-1.25": -1250, "7": 7000, ".5": 500} {
		got, err := fixed(in, 3)
		require.NoError(t, err, in)
		require.Equal(t, want, got, in)
	}
	_, err := fixed("1e3", 3)
	require.Error(t, err)
}

func TestClockNeverAheadOfWallClock(t *testing.T) {
	wall := time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC)
	now := func() time.Time { return wall }
	c := Clock{start: wall.Add(-time.Hour), realStart: wall, speed: 900, now: now}
	sim, live := c.Now()
	require.Equal(t, wall.Add(-time.Hour), sim)
	require.False(t, live)
	wall = wall.Add(2 * time.Second) // 1800 simulated seconds later
	sim, _ = c.Now()
	require.Equal(t, wall.Add(-time.Hour).Add(-2*time.Second).Add(1800*time.Second), sim)
	wall = wall.Add(10 * time.Second) // would be 2.5 h ahead: clamped
	sim, live = c.Now()
	require.Equal(t, wall, sim)
	require.True(t, live)
}

// oracleStub decrypts and verifies envelopes the way the oracle does, recording the readings.
type oracleStub struct {
	key    *ecies.PrivateKey
	domain reading.Domain
	mu     sync.Mutex
	got    map[uint64][]reading.Reading
	fail   int // answer 503 to this many requests first
}

func (o *oracleStub) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.fail > 0 {
		o.fail--
		http.Error(w, "busy", http.StatusServiceUnavailable)
		return
	}
	raw, _ := io.ReadAll(r.Body)
	_, p, err := envelope.Open(envelope.Keys{Secp256k1: o.key}, raw)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if _, err := reading.Recover(o.domain, p.Reading, p.Sig()); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	o.got[p.Reading.MeterID] = append(o.got[p.Reading.MeterID], p.Reading)
	w.WriteHeader(http.StatusAccepted)
}

func TestSimulateOverHTTP(t *testing.T) {
	k, err := crypto.GenerateKey()
	require.NoError(t, err)
	domain := reading.Domain{ChainID: 1337, Ledger: common.Address{9}}
	stub := &oracleStub{key: ecies.ImportECDSA(k), domain: domain, got: map[uint64][]reading.Reading{}, fail: 3}
	srv := httptest.NewServer(stub)
	defer srv.Close()

	meters := DemoFleet("http", 6, []common.Address{{1}})
	wall := time.Now()
	var mu sync.Mutex
	var sent []Sent
	stats, err := Run(context.Background(), Config{
		Meters: meters, Domain: domain, OracleKey: &k.PublicKey, Sender: NewHTTPSender(srv.URL, 4),
		Interval: 15 * time.Minute, Speed: 36_000, Start: wall.Add(-10 * time.Hour), Workers: 3,
		Duration: 1500 * time.Millisecond,
		OnSent:   func(s Sent) { mu.Lock(); sent = append(sent, s); mu.Unlock() },
	})
	require.NoError(t, err)
	require.Positive(t, stats.Delivered.Load())
	require.EqualValues(t, stats.Generated.Load(), stats.Delivered.Load(), "every generated reading delivered")
	require.EqualValues(t, 3, stats.Retries.Load(), "503s were retried")
	require.Len(t, sent, int(stats.Delivered.Load()))
	for id, rs := range stub.got {
		for i, r := range rs {
			require.LessOrEqual(t, r.Timestamp, uint64(time.Now().Unix()), "never in the future")
			require.Zero(t, r.Timestamp%900, "on interval boundaries")
			if i > 0 {
				require.Equal(t, rs[i-1].Seq+1, r.Seq, "meter %d in order", id)
				require.Equal(t, rs[i-1].Timestamp+900, r.Timestamp)
			}
		}
	}
	require.Len(t, stub.got, 6)
}

func TestSimulateOverMQTT(t *testing.T) {
	broker, err := devnet.StartBroker("127.0.0.1:0", nil)
	require.NoError(t, err)
	defer broker.Close()
	k, err := crypto.GenerateKey()
	require.NoError(t, err)
	domain := reading.Domain{ChainID: 1337, Ledger: common.Address{9}}

	// The oracle's side: a QoS 1 subscriber on meters/+/readings.
	var mu sync.Mutex
	got := map[string]int{}
	sub := mqtt.NewClient(mqtt.NewClientOptions().AddBroker(broker.URL()).SetClientID("oracle-test"))
	require.NoError(t, waitToken(sub.Connect()))
	defer sub.Disconnect(0)
	require.NoError(t, waitToken(sub.Subscribe("meters/+/readings", 1, func(_ mqtt.Client, m mqtt.Message) {
		_, p, err := envelope.Open(envelope.Keys{Secp256k1: ecies.ImportECDSA(k)}, m.Payload())
		if err == nil && m.Topic() == Topic(p.Reading.MeterID) {
			mu.Lock()
			got[m.Topic()]++
			mu.Unlock()
		}
	})))

	sender, err := NewMQTTSender(context.Background(), broker.URL(), "fleet-test")
	require.NoError(t, err)
	defer sender.Close()
	meters := DemoFleet("mqtt", 4, []common.Address{{1}})
	stats, err := Run(context.Background(), Config{
		Meters: meters, Domain: domain, OracleKey: &k.PublicKey, Sender: sender,
		Speed: 36_000, Start: time.Now().Add(-5 * time.Hour), Workers: 2, Duration: time.Second,
	})
	require.NoError(t, err)
	require.Positive(t, stats.Delivered.Load())
	require.Zero(t, stats.Failed.Load())
	deadline := time.Now().Add(10 * time.Second)
	total := func() int64 {
		mu.Lock()
		defer mu.Unlock()
		n := 0
		for _, c := range got {
			n += c
		}
		return int64(n)
	}
	for total() < stats.Delivered.Load() && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	require.Equal(t, stats.Delivered.Load(), total(), "every published reading reached the subscriber")
	mu.Lock()
	require.Len(t, got, 4, "one topic per meter")
	mu.Unlock()
}

func waitToken(t mqtt.Token) error {
	if !t.WaitTimeout(10 * time.Second) {
		return context.DeadlineExceeded
	}
	return t.Error()
}

func TestPrepareAndPlay(t *testing.T) {
	k, err := crypto.GenerateKey()
	require.NoError(t, err)
	domain := reading.Domain{ChainID: 1337, Ledger: common.Address{9}}
	stub := &oracleStub{key: ecies.ImportECDSA(k), domain: domain, got: map[uint64][]reading.Reading{}}
	srv := httptest.NewServer(stub)
	defer srv.Close()
	cfg := Config{
		Meters: DemoFleet("play", 5, []common.Address{{1}}), Domain: domain, OracleKey: &k.PublicKey,
		Sender: NewHTTPSender(srv.URL, 4), Speed: 9000, Start: time.Now().Add(-10 * time.Hour), Workers: 2,
	}
	ups, err := Prepare(cfg, time.Second, 2)
	require.NoError(t, err)
	// 9000 simulated seconds: 9 or 10 quarter hours per meter, depending on its upload phase.
	require.GreaterOrEqual(t, len(ups), 5*9)
	require.LessOrEqual(t, len(ups), 5*10)
	for i, u := range ups {
		require.NotNil(t, u.Envelope)
		if i > 0 {
			require.GreaterOrEqual(t, u.At, ups[i-1].At, "in send order")
		}
	}
	stats, err := Play(context.Background(), cfg, ups)
	require.NoError(t, err)
	require.EqualValues(t, len(ups), stats.Delivered.Load())
	for _, rs := range stub.got {
		require.GreaterOrEqual(t, len(rs), 9)
		for i := 1; i < len(rs); i++ {
			require.Equal(t, rs[i-1].Seq+1, rs[i].Seq, "a meter's readings arrive in order")
		}
	}

	// A simulated clock that would overtake the wall clock is refused.
	cfg.Start = time.Now().Add(-time.Hour)
	_, err = Prepare(cfg, time.Second, 2)
	require.ErrorContains(t, err, "wall clock")
}
