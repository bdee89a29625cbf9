package portal

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/internal/billid"
	"github.com/meterchain/meterchain/internal/consent"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/test/harness"
)

// sell hands meter1 from one owner to the next (the owner's own changeOwner) and lets the index
// follow; it returns the block time of the change.
func (s *scene) sell(from, to *harness.Account) uint64 {
	s.t.Helper()
	s.e.MustSend(from, s.e.Registry, s.e.RegistryABI.PackChangeOwner(meter1, to.Addr))
	s.sync()
	return s.e.Now()
}

// grantFrom sends ConsentRegistry.grant on meter1 from owner and lets the index follow.
func (s *scene) grantFrom(owner, to *harness.Account, scope consent.Scope) {
	s.t.Helper()
	s.e.MustSend(owner, s.consent, s.cABI.PackGrant(meter1, to.Addr, uint8(scope), uint64(s.clock.now.Add(24*time.Hour).Unix())))
	s.sync()
}

// readAfter relays n more readings of meter1, a minute apart after ts, continuing its registers.
func (s *scene) readAfter(ts uint64, n int) []reading.Reading {
	s.t.Helper()
	last := s.readings[len(s.readings)-1]
	var rs []reading.Reading
	var ds []reading.Detail
	for i := range n {
		d := detailAt(500 + i)
		last = reading.Reading{MeterID: meter1, Seq: last.Seq + 1, Timestamp: ts + uint64(60*(i+1)),
			ImportWh: last.ImportWh + 7, ExportWh: last.ExportWh, DetailHash: d.Hash()}
		rs = append(rs, last)
		ds = append(ds, d)
	}
	s.relay(s.m1, rs, ds)
	s.readings = append(s.readings, rs...)
	return rs
}

func (s *scene) get(path, token string) (int, string) {
	s.t.Helper()
	req := httptest.NewRequest(http.MethodGet, path, nil)
	req.Header.Set("Authorization", "Bearer "+token)
	w := httptest.NewRecorder()
	s.h.ServeHTTP(w, req)
	body, err := io.ReadAll(w.Body)
	require.NoError(s.t, err)
	return w.Code, string(body)
}

// TestNewOwnerCannotSeePreviousOwnersData: after a sale, the new owner and whoever it grants see
// the meter's data from the sale on only, in the API, the ESPI export and the UI; the previous
// owner's readings, detail records, bills and payments stay out of sight. The utility still sees all.
func TestNewOwnerCannotSeePreviousOwnersData(t *testing.T) {
	s := newScene(t)
	before := len(s.readings)
	sold := s.sell(s.owner, s.other)
	mine := s.readAfter(sold, 3)
	newOwner, third, utility := s.login(s.other), s.login(s.third), s.login(s.e.Registrar)
	s.grantFrom(s.other, s.third, consent.AllScopes)

	for name, tok := range map[string]string{"new owner": newOwner, "its grantee": third} {
		var page historyPage
		require.Equal(t, http.StatusOK, s.do(http.MethodGet, historyPath+"?limit=1000", tok, nil, &page), name)
		require.Len(t, page.Readings, len(mine), "%s: only readings of its own ownership", name)
		for i, v := range page.Readings {
			require.Equal(t, mine[i].Seq, v.Seq, name)
			require.GreaterOrEqual(t, v.Timestamp, sold, name)
		}
		require.Empty(t, page.Readings[0].EnergyKWh, "%s: no interval from the previous owner's last reading", name)
		require.Equal(t, "0.007", page.Readings[1].EnergyKWh, name)
		// asking for the previous owner's time explicitly gives nothing either
		require.Equal(t, http.StatusOK, s.do(http.MethodGet, historyPath+"?from=2026-01-01&to=2026-03-03", tok, nil, &page), name)
		require.Empty(t, page.Readings, name)

		var bills billsPage
		require.Equal(t, http.StatusOK, s.do(http.MethodGet, billsPath, tok, nil, &bills), name)
		require.Empty(t, bills.Bills, "%s: the previous owner answered for January and February", name)
		jan := billid.Of(meter1, 202601).String()
		require.Equal(t, http.StatusForbidden, s.do(http.MethodGet, "/v1/bills/"+jan, tok, nil, nil), name)
		require.Equal(t, http.StatusForbidden, s.do(http.MethodGet, "/v1/bills/"+jan+"/pay", tok, nil, nil), name)
		var pays struct{ Payments []PaymentView }
		require.Equal(t, http.StatusOK, s.do(http.MethodGet, fmt.Sprintf("/v1/meters/%d/payments", meter1), tok, nil, &pays), name)
		require.Empty(t, pays.Payments, name)

		var daily struct{ Days []Day }
		require.Equal(t, http.StatusOK, s.do(http.MethodGet, fmt.Sprintf("/v1/meters/%d/daily?days=366", meter1), tok, nil, &daily), name)
		var total uint64
		for _, d := range daily.Days {
			total += d.ImportWh
		}
		require.Equal(t, uint64(14), total, "%s: the two intervals between its own readings", name)

		code, feed := s.get(fmt.Sprintf("/v1/meters/%d/espi.xml", meter1), tok)
		require.Equal(t, http.StatusOK, code, name)
		require.Equal(t, 2, strings.Count(feed, "<IntervalReading>"), "%s: ESPI holds its own two intervals only", name)
		require.NotContains(t, feed, "<title>2026-01-", name)
		require.NotContains(t, feed, "<cost>", name)
	}

	// The UI page shows the same.
	srv := httptest.NewServer(s.h)
	defer srv.Close()
	code, _, body := s.page(srv, newOwner, fmt.Sprintf("/ui/meters/%d", meter1))
	require.Equal(t, http.StatusOK, code)
	require.NotContains(t, body, "January 2026", "no bill of the previous owner")
	require.NotContains(t, body, "2026-01-0", "no reading of the previous owner")
	require.Contains(t, body, time.Unix(int64(mine[0].Timestamp), 0).UTC().Format("2006-01-02 15:04:05"))

	// The utility sees the whole history and every bill.
	var page historyPage
	require.Equal(t, http.StatusOK, s.do(http.MethodGet, historyPath+"?limit=1000", utility, nil, &page))
	require.Len(t, page.Readings, before+len(mine))
	var bills billsPage
	require.Equal(t, http.StatusOK, s.do(http.MethodGet, billsPath, utility, nil, &bills))
	require.Len(t, bills.Bills, 2)

	// Bought back, the first owner sees both its ownerships and none of the second owner's time.
	s.e.Market().WarpTo(mine[len(mine)-1].Timestamp + 1)
	back := s.sell(s.other, s.owner)
	s.readAfter(back, 1)
	require.Equal(t, http.StatusOK, s.do(http.MethodGet, historyPath+"?limit=1000", s.login(s.owner), nil, &page))
	require.Len(t, page.Readings, before+1)
	for _, v := range page.Readings {
		require.False(t, v.Timestamp >= sold && v.Timestamp < back, "reading %d is of the second owner's time", v.Seq)
	}
}

// TestGrantDoesNotSurviveResale: a grant is bound to the ownership it was given in. A meter sold
// (A → B) and bought back (B → A) does not bring A's old grant back to life, in the index or in
// the API; a grant A gives after the return counts.
func TestGrantDoesNotSurviveResale(t *testing.T) {
	s := newScene(t)
	third := s.login(s.third)
	s.grant(s.third, consent.AllScopes, s.clock.now.Add(24*time.Hour))
	h, b := s.sees(third)
	require.Equal(t, [2]int{200, 200}, [2]int{h, b})

	s.sell(s.owner, s.other)
	s.sell(s.other, s.owner)
	h, b = s.sees(third)
	require.Equal(t, [2]int{403, 403}, [2]int{h, b}, "the grant of A's first ownership is over")
	ok, err := s.srv.cfg.Access.Allowed(context.Background(), meter1, s.third.Addr, consent.ScopeReadings)
	require.NoError(t, err)
	require.False(t, ok)
	var ms struct{ Meters []Access }
	require.Equal(t, http.StatusOK, s.do(http.MethodGet, "/v1/meters", third, nil, &ms))
	require.Empty(t, ms.Meters)

	s.grant(s.third, consent.ScopeBills, s.clock.now.Add(24*time.Hour))
	h, b = s.sees(third)
	require.Equal(t, [2]int{403, 200}, [2]int{h, b}, "a grant of the current ownership counts")
}

// TestRevokedGrantRefusedWhileIndexLags: a revocation counts from its block on, even while the
// access index has not followed it (or its follower has stopped): each third-party request also
// checks ConsentRegistry.allowed on the chain, so access fails closed.
func TestRevokedGrantRefusedWhileIndexLags(t *testing.T) {
	s := newScene(t)
	third := s.login(s.third)
	s.grant(s.third, consent.AllScopes, s.clock.now.Add(24*time.Hour))
	h, b := s.sees(third)
	require.Equal(t, [2]int{200, 200}, [2]int{h, b})

	s.e.MustSend(s.owner, s.consent, s.cABI.PackRevoke(meter1, s.third.Addr)) // the index does not follow
	ok, err := s.srv.cfg.Access.Allowed(context.Background(), meter1, s.third.Addr, consent.ScopeReadings)
	require.NoError(t, err)
	require.True(t, ok, "the index lags: it still holds the grant")
	h, b = s.sees(third)
	require.Equal(t, [2]int{403, 403}, [2]int{h, b}, "refused on the chain's current state")
	code, _ := s.get(fmt.Sprintf("/v1/meters/%d/espi.xml", meter1), third)
	require.Equal(t, http.StatusForbidden, code)
	var ms struct{ Meters []Access }
	require.Equal(t, http.StatusOK, s.do(http.MethodGet, "/v1/meters", third, nil, &ms))
	require.Empty(t, ms.Meters, "a revoked grant's meter is not listed")
}

// TestResoldGrantRefusedWhileIndexLags: a meter sold and bought back (A → B → A) in blocks the
// index has not followed ends A's earlier grants at once, although the index still holds them and
// ConsentRegistry.allowed (which compares only the granter with the current owner) says yes.
func TestResoldGrantRefusedWhileIndexLags(t *testing.T) {
	s := newScene(t)
	third := s.login(s.third)
	s.grant(s.third, consent.AllScopes, s.clock.now.Add(24*time.Hour))
	s.e.MustSend(s.owner, s.e.Registry, s.e.RegistryABI.PackChangeOwner(meter1, s.other.Addr))
	s.e.MustSend(s.other, s.e.Registry, s.e.RegistryABI.PackChangeOwner(meter1, s.owner.Addr)) // the index does not follow
	ok, err := s.srv.cfg.Access.Allowed(context.Background(), meter1, s.third.Addr, consent.ScopeReadings)
	require.NoError(t, err)
	require.True(t, ok, "the index lags: it still holds the grant")
	h, b := s.sees(third)
	require.Equal(t, [2]int{403, 403}, [2]int{h, b})
	var ms struct{ Meters []Access }
	require.Equal(t, http.StatusOK, s.do(http.MethodGet, "/v1/meters", third, nil, &ms))
	require.Empty(t, ms.Meters, "not listed either")

	s.sync()
	h, b = s.sees(third)
	require.Equal(t, [2]int{403, 403}, [2]int{h, b}, "followed, the index ends the grant too")
}
