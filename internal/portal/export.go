package portal

import (
	"context"
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/meterchain/meterchain/internal/billing"
	"github.com/meterchain/meterchain/internal/consent"
	"github.com/meterchain/meterchain/internal/portal/espi"
)

// visibleBills is the bill index as the caller's access shows it (the export's espi.Bills).
type visibleBills struct {
	s *Server
	a Access
}

func (v visibleBills) Bills(ctx context.Context, _ uint64) ([]billing.Bill, error) {
	return v.s.Bills(ctx, v.a)
}

// getESPI: GET /v1/meters/:meterId/espi.xml?from=&to=, the Green Button export (costs included
// when the caller may also see bills).
func (s *Server) getESPI(c *gin.Context) {
	a, ok := s.meterFor(c, consent.ScopeReadings)
	if !ok {
		return
	}
	from, to, e := timeRange(c)
	if e != nil {
		fail(c, e)
		return
	}
	withCost := a.As != "grant"
	for _, n := range a.Scopes {
		withCost = withCost || n == "bills"
	}
	src := espi.Source{Readings: s.cfg.Readings, Bills: visibleBills{s, a}, ChainID: s.cfg.Deployment.ChainID, BaseURL: s.cfg.URI,
		Decimals: s.decimals, Now: s.cfg.Now, Span: a.span}
	out, err := espi.Feed(c.Request.Context(), src, a.Meter, from, to, withCost)
	if err != nil {
		fail(c, s.errInternal("ESPI export", err))
		return
	}
	c.Header("Content-Disposition", fmt.Sprintf(`attachment; filename="meter-%d-espi.xml"`, a.Meter))
	c.Data(http.StatusOK, "application/atom+xml; charset=utf-8", out)
}
