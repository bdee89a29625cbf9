package portal

import (
	"context"
	"net/http"
	"testing"
	"time"

	"github.com/meterchain/meterchain/internal/consent"
)

// BenchmarkHistoryPage: one page of 48 readings with detail records, each verified against its
// ReadingAccepted event (one log query per page), through the HTTP handler.
func BenchmarkHistoryPage(b *testing.B) {
	s := newScene(b)
	tok := s.login(s.owner)
	path := historyPath + "?limit=48&offset=13"
	b.ResetTimer()
	for b.Loop() {
		if code := s.do(http.MethodGet, path, tok, nil, nil); code != http.StatusOK {
			b.Fatal(code)
		}
	}
}

// BenchmarkThirdPartyAuthorize: the access decision for a third party (registry owner and role
// reads on chain, then the grant from the index), per request.
func BenchmarkThirdPartyAuthorize(b *testing.B) {
	s := newScene(b)
	s.grant(s.third, consent.ScopeReadings, s.clock.now.Add(time.Hour))
	ctx := context.Background()
	b.ResetTimer()
	for b.Loop() {
		if _, e := s.srv.authorize(ctx, s.third.Addr, meter1, consent.ScopeReadings); e != nil {
			b.Fatal(e)
		}
	}
}

// BenchmarkConsentGas reports the gas of grant and revoke (not a timing).
func BenchmarkConsentGas(b *testing.B) {
	s := newScene(b)
	var grant, revoke uint64
	for i := 0; b.Loop(); i++ {
		r := s.e.MustSend(s.owner, s.consent, s.cABI.PackGrant(meter1, s.third.Addr, 3, uint64(s.clock.now.Add(time.Hour).Unix())+uint64(i)))
		grant = r.GasUsed
		r = s.e.MustSend(s.owner, s.consent, s.cABI.PackRevoke(meter1, s.third.Addr))
		revoke = r.GasUsed
	}
	b.ReportMetric(float64(grant), "gas/grant")
	b.ReportMetric(float64(revoke), "gas/revoke")
}
