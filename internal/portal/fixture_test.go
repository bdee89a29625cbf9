package portal

import (
	"context"
	"database/sql"
	"encoding/json"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/gin-gonic/gin"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/bindings"
	"github.com/meterchain/meterchain/internal/billid"
	"github.com/meterchain/meterchain/internal/consent"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/oracle/store"
	"github.com/meterchain/meterchain/settlement"
	"github.com/meterchain/meterchain/settlement/access"
	"github.com/meterchain/meterchain/settlement/market"
	"github.com/meterchain/meterchain/test/harness"
)

// scene: a simulated chain with two meters, their readings relayed to the ledger and stored as
// the oracle stores them, two bills (one paid), the settlement index following the chain with the
// access handlers registered, and the API on top.
type scene struct {
	t       testing.TB
	e       *harness.Env
	st      *store.Store
	svc     *settlement.Service
	srv     *Server
	h       *gin.Engine
	clock   *clock
	m1, m2  *harness.Meter
	owner   *harness.Account // Users[0], owns m1
	other   *harness.Account // Users[1], owns m2 (another consumer)
	third   *harness.Account // Users[2], a third party
	third2  *harness.Account // Users[3], another third party
	consent *bind.BoundContract
	cABI    *bindings.ConsentRegistry
	// the readings of m1, in order
	readings []reading.Reading
	txID     int64
}

type clock struct{ now time.Time }

func (c *clock) Now() time.Time { return c.now }

const (
	meter1 = 352522395 // seed 003's meter
	meter2 = 352522396
)

var start = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

// detailAt is a seed-003-like detail record (figure 9's columns) for day i.
func detailAt(i int) reading.Detail {
	return reading.Detail{VoltageMV: uint32(228_000 + (i*1_370)%9_000), CurrentMA: uint32(20_000 + (i*7_919)%70_000),
		TemperatureMC: int32(-2_000 + (i*3_331)%28_000), HumidityBP: uint32(2_800 + (i*1_777)%7_000),
		LatitudeE7: 374_217_636, LongitudeE7: -1_220_846_140}
}

func newScene(t testing.TB) *scene {
	t.Helper()
	e := harness.New(t, 4)
	s := &scene{t: t, e: e, owner: e.Users[0], other: e.Users[1], third: e.Users[2], third2: e.Users[3],
		cABI: bindings.NewConsentRegistry(), clock: &clock{now: time.Unix(int64(e.Now()), 0)}}
	s.consent = s.cABI.Instance(e.Client, e.Deployment.ConsentRegistry)
	var err error
	s.st, err = store.Open(":memory:")
	require.NoError(t, err)
	t.Cleanup(func() { s.st.Close() })

	bl := e.Billing()
	bl.SetTariff(1, 1_000_000, nil, 250_000) // $1.00 a month + $0.25/kWh
	s.m1 = e.RegisterMeter(meter1, s.owner, true, 10_000)
	s.m2 = e.RegisterMeter(meter2, s.other, false, 10_000)

	// m1: a reading every day at midnight from 1 January to 2 March: January and February close.
	var imp, exp uint64 = 100_000, 5_000
	var rs []reading.Reading
	var ds []reading.Detail
	for i := 0; !start.AddDate(0, 0, i).After(time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)); i++ {
		if i > 0 {
			imp += uint64(10_000 + (i*3_701)%18_000)
			exp += uint64((i * 911) % 3_000)
		}
		d := detailAt(i)
		rs = append(rs, reading.Reading{MeterID: meter1, Seq: uint64(i + 1), Timestamp: uint64(start.AddDate(0, 0, i).Unix()),
			ImportWh: imp, ExportWh: exp, DetailHash: d.Hash()})
		ds = append(ds, d)
	}
	s.relay(s.m1, rs, ds)
	s.readings = rs
	// m2: three readings
	var rs2 []reading.Reading
	var ds2 []reading.Detail
	for i := range 3 {
		d := detailAt(i + 100)
		rs2 = append(rs2, reading.Reading{MeterID: meter2, Seq: uint64(i + 1), Timestamp: uint64(start.AddDate(0, 0, i).Unix()),
			ImportWh: uint64(1_000 + 9_000*i), DetailHash: d.Hash()})
		ds2 = append(ds2, d)
	}
	s.relay(s.m2, rs2, ds2)

	bl.Issue(e.Admin, 202601, meter1)
	bl.Issue(e.Admin, 202602, meter1)
	bl.Fund(s.owner.Addr, 1_000_000_000)
	bl.Approve(s.owner, 1_000_000_000)
	jan := bl.Bill(billid.Of(meter1, 202601))
	_, err = bl.Pay(s.owner, billid.Of(meter1, 202601), jan.Amount.Int64())
	require.NoError(t, err)

	s.svc, err = settlement.New(settlement.Config{Deployment: e.Deployment, DBPath: ":memory:"}, e.Client)
	require.NoError(t, err)
	t.Cleanup(func() { s.svc.Stop() })
	require.NoError(t, access.Follow(s.svc, s.svc.DB(), e.Deployment.MeterRegistry, e.Deployment.ConsentRegistry))
	_, err = market.Attach(context.Background(), s.svc, e.Client, e.Deployment)
	require.NoError(t, err)
	s.sync()

	ax := access.New(s.svc.DB())
	ax.Now = s.clock.Now
	bills := s.svc.Index()
	bills.Now = s.clock.Now
	s.srv, err = New(context.Background(), Config{Deployment: e.Deployment, Backend: e.Client, Readings: s.st, Bills: bills, Access: ax,
		Market: market.NewIndex(s.svc.DB()),
		Domain: "meterchain.test", Now: s.clock.Now, Poll: 20 * time.Millisecond})
	require.NoError(t, err)
	s.h = s.srv.Handler()
	return s
}

// relay stores readings as the oracle does (received → submitted → settled from the receipt).
func (s *scene) relay(m *harness.Meter, rs []reading.Reading, ds []reading.Detail) {
	s.t.Helper()
	ctx := context.Background()
	sigs := make([]reading.Signature, len(rs))
	var ids []int64
	tx, err := s.st.DB().BeginTx(ctx, nil)
	require.NoError(s.t, err)
	for i, r := range rs {
		sigs[i] = s.e.Sign(m, r)
		ins, err := store.InsertTx(tx, store.NewReading{Reading: r, Detail: ds[i], Signature: sigs[i], Source: "http", Verified: true, ReceivedAt: time.Now()})
		require.NoError(s.t, err)
		ids = append(ids, ins.ID)
	}
	s.txID++
	require.NoError(s.t, store.MarkSubmittedTx(tx, ids, s.txID))
	require.NoError(s.t, tx.Commit())
	receipt := s.e.SubmitPacked(rs, sigs)
	var outs []store.Outcome
	for _, o := range s.e.Outcomes(receipt) {
		require.Equal(s.t, reading.Accepted, o.Reason, "reading %d/%d", o.MeterID, o.Seq)
		outs = append(outs, store.Outcome{MeterID: o.MeterID, Seq: o.Seq, Reason: o.Reason})
	}
	_, _, err = s.st.ApplyReceipt(ctx, s.txID, receipt.TxHash, receipt.BlockNumber.Uint64(), outs)
	require.NoError(s.t, err)
}

// sync lets the settlement index follow the chain to its head.
func (s *scene) sync() {
	s.t.Helper()
	for range 3 {
		require.NoError(s.t, s.svc.Poll(context.Background()))
	}
}

// grant sends ConsentRegistry.grant from the owner and lets the index follow it.
func (s *scene) grant(to *harness.Account, scope consent.Scope, until time.Time) {
	s.t.Helper()
	s.e.MustSend(s.owner, s.consent, s.cABI.PackGrant(meter1, to.Addr, uint8(scope), uint64(until.Unix())))
	s.sync()
}

func (s *scene) revoke(to *harness.Account) {
	s.t.Helper()
	s.e.MustSend(s.owner, s.consent, s.cABI.PackRevoke(meter1, to.Addr))
	s.sync()
}

// login signs in with the account's key through the API and returns the bearer token.
func (s *scene) login(a *harness.Account) string {
	s.t.Helper()
	msg, sig := s.signedLogin(a)
	var out struct{ Token string }
	code := s.do(http.MethodPost, "/v1/auth/login", "", map[string]any{"message": msg, "signature": hexutil.Encode(sig)}, &out)
	require.Equal(s.t, http.StatusOK, code)
	require.NotEmpty(s.t, out.Token)
	return out.Token
}

func (s *scene) signedLogin(a *harness.Account) (string, []byte) {
	s.t.Helper()
	var n struct{ Message string }
	require.Equal(s.t, http.StatusOK, s.do(http.MethodPost, "/v1/auth/nonce", "", map[string]any{"address": a.Addr.Hex()}, &n))
	sig, err := SignPersonal(a.Key, n.Message)
	require.NoError(s.t, err)
	return n.Message, sig
}

// do sends a request to the API and decodes the JSON answer into out (if not nil).
func (s *scene) do(method, path, token string, body any, out any) int {
	s.t.Helper()
	var rd *strings.Reader
	if body != nil {
		raw, err := json.Marshal(body)
		require.NoError(s.t, err)
		rd = strings.NewReader(string(raw))
	} else {
		rd = strings.NewReader("")
	}
	req := httptest.NewRequest(method, path, rd)
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	w := httptest.NewRecorder()
	s.h.ServeHTTP(w, req)
	if out != nil && w.Code == http.StatusOK {
		require.NoError(s.t, json.Unmarshal(w.Body.Bytes(), out), w.Body.String())
	}
	if w.Code != http.StatusOK {
		var e struct {
			Error struct{ Code, Message string }
		}
		require.NoError(s.t, json.Unmarshal(w.Body.Bytes(), &e), "error bodies are JSON: %s", w.Body.String())
		require.NotEmpty(s.t, e.Error.Code, "error body has a code: %s", w.Body.String())
		require.NotEmpty(s.t, e.Error.Message, "error body has a message: %s", w.Body.String())
	}
	return w.Code
}

// periodConsumption reads the ledger's registers of a closed period: closing − opening import.
func (s *scene) periodConsumption(period uint32) uint64 {
	s.t.Helper()
	r, err := bind.Call(s.e.Ledger, nil, s.e.LedgerABI.PackPeriodRegisters(meter1, period), s.e.LedgerABI.UnpackPeriodRegisters)
	require.NoError(s.t, err)
	return r.ClosingImportWh - r.OpeningImportWh
}

var _ = sql.ErrNoRows
var _ = big.NewInt

type bigInt = big.Int

func leftPad(b []byte, n int) []byte { return common.LeftPadBytes(b, n) }

func bindingsMeta() *bind.MetaData { return &bindings.ConsentRegistryMetaData }
