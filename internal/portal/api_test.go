package portal

import (
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/internal/consent"
	"github.com/meterchain/meterchain/test/harness"
)

type historyPage struct {
	Readings []ReadingView
	Next     int
}

type billsPage struct{ Bills []BillView }

var (
	historyPath = fmt.Sprintf("/v1/meters/%d/history", meter1)
	billsPath   = fmt.Sprintf("/v1/meters/%d/bills", meter1)
)

// sees reports which of meter1's history and bills the token's holder gets (HTTP codes).
func (s *scene) sees(token string) (history, bills int) {
	return s.do(http.MethodGet, historyPath, token, nil, nil), s.do(http.MethodGet, billsPath, token, nil, nil)
}

func TestRolesSeeExactlyWhatTheyShould(t *testing.T) {
	s := newScene(t)
	owner, other, third, utility := s.login(s.owner), s.login(s.other), s.login(s.third), s.login(s.e.Registrar)

	// Nobody signed in sees nothing.
	h, b := s.sees("")
	require.Equal(t, [2]int{401, 401}, [2]int{h, b})

	// The owner: everything of its meter, with detail records verified on chain.
	var page historyPage
	require.Equal(t, http.StatusOK, s.do(http.MethodGet, historyPath+"?limit=1000", owner, nil, &page))
	require.Len(t, page.Readings, len(s.readings))
	for i, r := range page.Readings {
		require.Equal(t, s.readings[i].Seq, r.Seq)
		require.Equal(t, detailAt(i), r.Detail)
		require.True(t, r.Verification.Verified, "reading %d: %+v", r.Seq, r.Verification)
		require.NotZero(t, r.Verification.Block)
	}
	var bills billsPage
	require.Equal(t, http.StatusOK, s.do(http.MethodGet, billsPath, owner, nil, &bills))
	require.Len(t, bills.Bills, 2)
	require.Equal(t, "January 2026", bills.Bills[0].Month)
	require.Equal(t, "paid", bills.Bills[0].Status)
	require.Equal(t, "2026-01-31", bills.Bills[0].Date)
	require.NotEqual(t, "paid", bills.Bills[1].Status)

	// The owner's meter list holds its meter only; the other consumer's holds only its own.
	var ms struct{ Meters []Access }
	require.Equal(t, http.StatusOK, s.do(http.MethodGet, "/v1/meters", owner, nil, &ms))
	require.Equal(t, []uint64{meter1}, meterIDs(ms.Meters))
	require.Equal(t, http.StatusOK, s.do(http.MethodGet, "/v1/meters", other, nil, &ms))
	require.Equal(t, []uint64{meter2}, meterIDs(ms.Meters))

	// Another consumer: nothing of meter1.
	h, b = s.sees(other)
	require.Equal(t, [2]int{403, 403}, [2]int{h, b})
	require.Equal(t, http.StatusForbidden, s.do(http.MethodGet, fmt.Sprintf("/v1/bills/%s", bills.Bills[0].ID), other, nil, nil))

	// The utility (registrar role): every meter, everything.
	h, b = s.sees(utility)
	require.Equal(t, [2]int{200, 200}, [2]int{h, b})
	require.Equal(t, http.StatusOK, s.do(http.MethodGet, "/v1/meters", utility, nil, &ms))
	require.Equal(t, []uint64{meter1, meter2}, meterIDs(ms.Meters))

	// A third party without a grant: nothing.
	h, b = s.sees(third)
	require.Equal(t, [2]int{403, 403}, [2]int{h, b})

	// With a readings-only grant: readings, not bills, and not the meter's grant list.
	s.grant(s.third, consent.ScopeReadings, s.clock.now.Add(time.Hour))
	h, b = s.sees(third)
	require.Equal(t, [2]int{200, 403}, [2]int{h, b})
	require.Equal(t, http.StatusForbidden, s.do(http.MethodGet, fmt.Sprintf("/v1/meters/%d/consents", meter1), third, nil, nil))
	require.Equal(t, http.StatusOK, s.do(http.MethodGet, "/v1/meters", third, nil, &ms))
	require.Equal(t, []uint64{meter1}, meterIDs(ms.Meters))
	// ... and nothing of the other consumer's meter.
	require.Equal(t, http.StatusForbidden, s.do(http.MethodGet, fmt.Sprintf("/v1/meters/%d/history", meter2), third, nil, nil))

	// Widened to bills: both.
	s.grant(s.third, consent.ScopeReadings|consent.ScopeBills, s.clock.now.Add(time.Hour))
	h, b = s.sees(third)
	require.Equal(t, [2]int{200, 200}, [2]int{h, b})
	var grants struct{ Grants []consent.Grant }
	require.Equal(t, http.StatusOK, s.do(http.MethodGet, fmt.Sprintf("/v1/meters/%d/consents", meter1), owner, nil, &grants))
	require.Len(t, grants.Grants, 1)
	require.Equal(t, s.third.Addr, grants.Grants[0].Grantee)
	require.True(t, grants.Grants[0].Active)
}

func meterIDs(as []Access) []uint64 {
	out := []uint64{}
	for _, a := range as {
		out = append(out, a.Meter)
	}
	return out
}

func TestExpiredGrantStopsAtOnce(t *testing.T) {
	s := newScene(t)
	third := s.login(s.third)
	s.grant(s.third, consent.ScopeReadings, s.clock.now.Add(10*time.Minute))
	h, _ := s.sees(third)
	require.Equal(t, http.StatusOK, h)
	// No event happens at expiry: the clock alone ends access, on the very next request.
	s.clock.now = s.clock.now.Add(10 * time.Minute)
	h, _ = s.sees(third)
	require.Equal(t, http.StatusForbidden, h)
	var ms struct{ Meters []Access }
	require.Equal(t, http.StatusOK, s.do(http.MethodGet, "/v1/meters", third, nil, &ms))
	require.Empty(t, ms.Meters)
}

func TestRevokedGrantStopsAtOnce(t *testing.T) {
	s := newScene(t)
	third, third2 := s.login(s.third), s.login(s.third2)
	s.grant(s.third, consent.AllScopes, s.clock.now.Add(24*time.Hour))
	s.grant(s.third2, consent.ScopeBills, s.clock.now.Add(24*time.Hour))
	h, b := s.sees(third)
	require.Equal(t, [2]int{200, 200}, [2]int{h, b})
	s.revoke(s.third)
	h, b = s.sees(third)
	require.Equal(t, [2]int{403, 403}, [2]int{h, b}, "revoked: refused on the first request after the index followed the block")
	// The other grant is untouched.
	h, b = s.sees(third2)
	require.Equal(t, [2]int{403, 200}, [2]int{h, b})
}

func TestGrantFromPreviousOwnerStopsOnOwnerChange(t *testing.T) {
	s := newScene(t)
	third := s.login(s.third)
	s.grant(s.third, consent.ScopeReadings, s.clock.now.Add(time.Hour))
	s.e.MustSend(s.owner, s.e.Registry, s.e.RegistryABI.PackChangeOwner(meter1, s.other.Addr))
	s.sync()
	h, _ := s.sees(third)
	require.Equal(t, http.StatusForbidden, h)
	// The new owner sees the meter, the previous one no longer does.
	h, _ = s.sees(s.login(s.other))
	require.Equal(t, http.StatusOK, h)
	h, _ = s.sees(s.login(s.owner))
	require.Equal(t, http.StatusForbidden, h)
}

func TestLoginForgedSignatureRefused(t *testing.T) {
	s := newScene(t)
	// A message naming the owner's address, signed by the third party's key.
	var n struct{ Message string }
	require.Equal(t, http.StatusOK, s.do(http.MethodPost, "/v1/auth/nonce", "", map[string]any{"address": s.owner.Addr.Hex()}, &n))
	sig, err := SignPersonal(s.third.Key, n.Message)
	require.NoError(t, err)
	require.Equal(t, http.StatusUnauthorized, s.do(http.MethodPost, "/v1/auth/login", "", map[string]any{"message": n.Message, "signature": hexutil.Encode(sig)}, nil))

	// The owner's genuine signature over an altered message (address swapped) is refused too.
	msg, good := s.signedLogin(s.owner)
	altered := strings.Replace(msg, s.owner.Addr.Hex(), s.third.Addr.Hex(), 1)
	require.Equal(t, http.StatusUnauthorized, s.do(http.MethodPost, "/v1/auth/login", "", map[string]any{"message": altered, "signature": hexutil.Encode(good)}, nil))

	// A malleated (high-s) copy of a valid signature is refused.
	msg, good = s.signedLogin(s.owner)
	high := malleate(good)
	require.Equal(t, http.StatusUnauthorized, s.do(http.MethodPost, "/v1/auth/login", "", map[string]any{"message": msg, "signature": hexutil.Encode(high)}, nil))

	// An invalid bearer token is refused, not treated as anonymous.
	require.Equal(t, http.StatusUnauthorized, s.do(http.MethodGet, "/v1/meters", "not-a-token", nil, nil))
}

func malleate(sig []byte) []byte {
	out := append([]byte(nil), sig...)
	n := crypto.S256().Params().N
	sv := new(bigInt).SetBytes(out[32:64])
	sv.Sub(n, sv)
	copy(out[32:64], leftPad(sv.Bytes(), 32))
	out[64] ^= 1
	return out
}

func TestLoginReplayRefused(t *testing.T) {
	s := newScene(t)
	msg, sig := s.signedLogin(s.owner)
	body := map[string]any{"message": msg, "signature": hexutil.Encode(sig)}
	require.Equal(t, http.StatusOK, s.do(http.MethodPost, "/v1/auth/login", "", body, nil))
	require.Equal(t, http.StatusUnauthorized, s.do(http.MethodPost, "/v1/auth/login", "", body, nil), "a nonce is single use")

	// A message the server never issued a nonce for.
	m, err := ParseSIWE(msg)
	require.NoError(t, err)
	m.Nonce = "0123456789abcdef01234567"
	forgedNonce, _ := SignPersonal(s.owner.Key, m.String())
	require.Equal(t, http.StatusUnauthorized, s.do(http.MethodPost, "/v1/auth/login", "", map[string]any{"message": m.String(), "signature": hexutil.Encode(forgedNonce)}, nil))

	// An expired challenge.
	msg, sig = s.signedLogin(s.owner)
	s.clock.now = s.clock.now.Add(6 * time.Minute)
	require.Equal(t, http.StatusUnauthorized, s.do(http.MethodPost, "/v1/auth/login", "", map[string]any{"message": msg, "signature": hexutil.Encode(sig)}, nil))
}

func TestLoginWrongDomainURIOrChainRefused(t *testing.T) {
	s := newScene(t)
	for name, alter := range map[string]func(*SIWEMessage){
		"domain": func(m *SIWEMessage) { m.Domain = "evil.example" },
		"uri":    func(m *SIWEMessage) { m.URI = "http://evil.example" },
		"chain":  func(m *SIWEMessage) { m.ChainID = 1 },
	} {
		t.Run(name, func(t *testing.T) {
			var n struct{ Nonce string }
			require.Equal(t, http.StatusOK, s.do(http.MethodPost, "/v1/auth/nonce", "", nil, &n))
			now := s.clock.now.UTC().Truncate(time.Second)
			m := s.srv.LoginMessage(s.owner.Addr, n.Nonce, now, now.Add(time.Minute))
			alter(&m)
			sig, err := SignPersonal(s.owner.Key, m.String())
			require.NoError(t, err)
			var e struct{ Error apiError }
			require.Equal(t, http.StatusUnauthorized, s.do(http.MethodPost, "/v1/auth/login", "", map[string]any{"message": m.String(), "signature": hexutil.Encode(sig)}, &e))
		})
	}
}

func TestSessionBoundToAddressAndLogout(t *testing.T) {
	s := newScene(t)
	tok := s.login(s.owner)
	var who struct {
		Address   string
		Registrar bool
	}
	require.Equal(t, http.StatusOK, s.do(http.MethodGet, "/v1/auth/session", tok, nil, &who))
	require.Equal(t, s.owner.Addr, common.HexToAddress(who.Address))
	require.False(t, who.Registrar)
	require.Equal(t, http.StatusOK, s.do(http.MethodPost, "/v1/auth/logout", tok, nil, nil))
	require.Equal(t, http.StatusUnauthorized, s.do(http.MethodGet, "/v1/auth/session", tok, nil, nil))
}

func TestHistoryPaginationAndTimeRange(t *testing.T) {
	s := newScene(t)
	tok := s.login(s.owner)
	var p historyPage
	require.Equal(t, http.StatusOK, s.do(http.MethodGet, historyPath+"?limit=10&offset=5", tok, nil, &p))
	require.Len(t, p.Readings, 10)
	require.Equal(t, uint64(6), p.Readings[0].Seq)
	require.Equal(t, 15, p.Next)
	require.Equal(t, http.StatusOK, s.do(http.MethodGet, historyPath+"?from=2026-02-01&to=2026-02-03", tok, nil, &p))
	require.Len(t, p.Readings, 2)
	require.Equal(t, "2026-02-01 00:00:00", p.Readings[0].Time)
	// the interval energy of the first reading of a page comes from the reading before it
	want := float64(s.readings[31].ImportWh-s.readings[30].ImportWh) / 1000
	require.Equal(t, fmt.Sprintf("%.3f", want), p.Readings[0].EnergyKWh)
	require.Equal(t, http.StatusBadRequest, s.do(http.MethodGet, historyPath+"?limit=0", tok, nil, nil))
	require.Equal(t, http.StatusBadRequest, s.do(http.MethodGet, historyPath+"?from=yesterday", tok, nil, nil))
	require.Equal(t, http.StatusNotFound, s.do(http.MethodGet, "/v1/meters/999999999/history", tok, nil, nil))
}

func TestTamperedDetailShowsMismatch(t *testing.T) {
	s := newScene(t)
	_, err := s.st.DB().Exec(`UPDATE readings SET voltage_mv = voltage_mv + 1 WHERE meter_id = ? AND seq = 3`, meter1)
	require.NoError(t, err)
	var p historyPage
	require.Equal(t, http.StatusOK, s.do(http.MethodGet, historyPath+"?limit=5", s.login(s.owner), nil, &p))
	for _, r := range p.Readings {
		require.Equal(t, r.Seq != 3, r.Verification.Verified, "seq %d: %+v", r.Seq, r.Verification)
	}
	require.Equal(t, "mismatch", p.Readings[2].Verification.Status)
}

func TestOpenAPIDocumentsEveryRoute(t *testing.T) {
	s := newScene(t)
	var doc struct {
		OpenAPI string                                `json:"openapi"`
		Paths   map[string]map[string]json.RawMessage `json:"paths"`
	}
	require.Equal(t, http.StatusOK, s.do(http.MethodGet, "/v1/openapi.json", "", nil, &doc))
	require.True(t, strings.HasPrefix(doc.OpenAPI, "3."))
	documented := 0
	for _, r := range s.h.Routes() {
		if !strings.HasPrefix(r.Path, "/v1/") {
			continue
		}
		parts := strings.Split(r.Path, "/")
		for i, p := range parts {
			if strings.HasPrefix(p, ":") {
				parts[i] = "{" + p[1:] + "}"
			}
		}
		path := strings.Join(parts, "/")
		ops, ok := doc.Paths[path]
		require.True(t, ok, "route %s %s is not in openapi.json", r.Method, path)
		_, ok = ops[strings.ToLower(r.Method)]
		require.True(t, ok, "route %s %s is not in openapi.json", r.Method, path)
		documented++
	}
	var inDoc int
	for _, ops := range doc.Paths {
		inDoc += len(ops)
	}
	require.Equal(t, inDoc, documented, "openapi.json documents routes that do not exist")
}

func TestPayAndConsentCalldata(t *testing.T) {
	s := newScene(t)
	owner := s.login(s.owner)
	var bills billsPage
	require.Equal(t, http.StatusOK, s.do(http.MethodGet, billsPath, owner, nil, &bills))
	var pay struct {
		Outstanding string
		Pay         struct{ To, Data string }
		CLI         string
	}
	require.Equal(t, http.StatusOK, s.do(http.MethodGet, "/v1/bills/"+bills.Bills[1].ID+"/pay", owner, nil, &pay))
	require.Equal(t, bills.Bills[1].Outstanding, pay.Outstanding)
	require.Equal(t, s.e.Deployment.BillingManager, common.HexToAddress(pay.Pay.To))
	require.Contains(t, pay.CLI, "meterchain bill pay --bill "+bills.Bills[1].ID)

	var tx struct{ To, Data string }
	body := map[string]any{"meterId": fmt.Sprint(meter1), "grantee": s.third.Addr.Hex(), "scopes": []string{"readings"}, "expiry": s.clock.now.Add(time.Hour).Format(time.RFC3339)}
	require.Equal(t, http.StatusOK, s.do(http.MethodPost, "/v1/consents/tx", owner, body, &tx))
	require.Equal(t, s.e.Deployment.ConsentRegistry, common.HexToAddress(tx.To))
	// the calldata works when the owner sends it
	s.e.MustSend(s.owner, s.consent, hexutil.MustDecode(tx.Data))
	s.sync()
	h, _ := s.sees(s.login(s.third))
	require.Equal(t, http.StatusOK, h)
	// only the owner gets grant calldata
	require.Equal(t, http.StatusForbidden, s.do(http.MethodPost, "/v1/consents/tx", s.login(s.e.Registrar), body, nil))
}

func TestConsentRegistryRefusesNonOwner(t *testing.T) {
	s := newScene(t)
	_, err := s.e.Send(s.third, s.consent, s.cABI.PackGrant(meter1, s.third.Addr, 1, uint64(s.clock.now.Add(time.Hour).Unix())))
	require.Error(t, err)
	require.Equal(t, "NotMeterOwner", harness.RevertName(err, bindingsMeta()))
	_, err = s.e.Send(s.owner, s.consent, s.cABI.PackGrant(meter1, s.third.Addr, 4, uint64(s.clock.now.Add(time.Hour).Unix())))
	require.Equal(t, "BadScope", harness.RevertName(err, bindingsMeta()))
	_, err = s.e.Send(s.owner, s.consent, s.cABI.PackRevoke(meter1, s.third.Addr))
	require.Equal(t, "NoGrant", harness.RevertName(err, bindingsMeta()))
	_, err = s.e.Send(s.owner, s.consent, s.cABI.PackGrant(meter1, s.third.Addr, 1, s.e.Now()))
	require.Equal(t, "ExpiryNotInFuture", harness.RevertName(err, bindingsMeta()))
}

func TestConsentRegistryAllowedView(t *testing.T) {
	s := newScene(t)
	allowed := func(scope uint8) bool {
		ok, err := bind.Call(s.consent, nil, s.cABI.PackAllowed(meter1, s.third.Addr, scope), s.cABI.UnpackAllowed)
		require.NoError(t, err)
		return ok
	}
	expiry := s.e.Now() + 3600
	s.e.MustSend(s.owner, s.consent, s.cABI.PackGrant(meter1, s.third.Addr, uint8(consent.ScopeReadings), expiry))
	require.True(t, allowed(uint8(consent.ScopeReadings)))
	require.False(t, allowed(uint8(consent.ScopeBills)))
	require.False(t, allowed(uint8(consent.AllScopes)))
	require.False(t, allowed(0))
	s.e.Market().WarpTo(expiry) // the harness warp retries while the pool still lists a mined tx
	require.False(t, allowed(uint8(consent.ScopeReadings)), "expired")
}

func TestPayCalldataPaysTheBill(t *testing.T) {
	s := newScene(t)
	owner := s.login(s.owner)
	var bills billsPage
	require.Equal(t, http.StatusOK, s.do(http.MethodGet, billsPath, owner, nil, &bills))
	var pay struct {
		OutstandingBaseUnits string
		Approve, Pay         struct{ To, Data string }
	}
	open := bills.Bills[1]
	require.Equal(t, http.StatusOK, s.do(http.MethodGet, "/v1/bills/"+open.ID+"/pay", owner, nil, &pay))
	require.Equal(t, s.e.Deployment.StableToken, common.HexToAddress(pay.Approve.To))
	bl := s.e.Billing()
	s.e.MustSend(s.owner, bl.Token, hexutil.MustDecode(pay.Approve.Data))
	s.e.MustSend(s.owner, bl.Manager, hexutil.MustDecode(pay.Pay.Data))
	id, ok := new(big.Int).SetString(open.ID, 10)
	require.True(t, ok)
	after := bl.Bill(id)
	require.Equal(t, after.Amount, after.Paid, "the calldata pays the whole outstanding amount")
	require.Equal(t, pay.OutstandingBaseUnits, after.Paid.String())

	// a bill paid in full gets no calldata
	require.Equal(t, http.StatusConflict, s.do(http.MethodGet, "/v1/bills/"+bills.Bills[0].ID+"/pay", owner, nil, nil))
}
