package portal

import (
	"encoding/json"
	"fmt"
	"net/http"
	"sync"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/meterchain/meterchain/internal/consent"
	"github.com/meterchain/meterchain/internal/stored"
)

// getEvents: GET /v1/meters/:meterId/events, server-sent events: one "reading" event (a
// ReadingView, verified against the chain) for each reading the ledger accepts from now on. It
// polls the oracle's store, so it works whether the oracle runs in this process or another.
// Access is re-checked on every poll: a revoked or expired grant ends the stream.
func (s *Server) getEvents(c *gin.Context) {
	a, ok := s.meterFor(c, consent.ScopeReadings)
	if !ok {
		return
	}
	who, _ := caller(c)
	ctx := c.Request.Context()
	since := uint64(s.cfg.Now().Unix())
	if v := c.Query("since"); v != "" {
		t, err := parseTime(v)
		if err != nil {
			fail(c, errBadRequest(err.Error()))
			return
		}
		since = t
	}
	tok, _ := c.Get("token")
	if err := s.streams.open(tok.(string)); err != nil {
		fail(c, &apiError{Status: http.StatusTooManyRequests, Code: "too_many_streams", Message: err.Error()})
		return
	}
	defer s.streams.close(tok.(string))
	c.Header("Content-Type", "text/event-stream")
	c.Header("Cache-Control", "no-cache")
	c.Header("X-Accel-Buffering", "no")
	fmt.Fprintf(c.Writer, "retry: 3000\n: watching meter %d\n\n", a.Meter)
	c.Writer.Flush()
	tick := time.NewTicker(s.cfg.Poll)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-s.closing:
			return
		case <-tick.C:
		}
		now, e := s.authorize(ctx, who, a.Meter, consent.ScopeReadings)
		if e != nil {
			fmt.Fprintf(c.Writer, "event: denied\ndata: %q\n\n", e.Message)
			c.Writer.Flush()
			return
		}
		rs, err := s.cfg.Readings.MeterReadings(ctx, a.Meter, since, 0, 200, 0)
		if err != nil {
			return
		}
		// send the accepted prefix in timestamp order; later ones wait for their batch
		n := 0
		for n < len(rs) && rs[n].Status != stored.Received && rs[n].Status != stored.Submitted {
			n++
		}
		if n == 0 {
			fmt.Fprint(c.Writer, ": ping\n\n")
			c.Writer.Flush()
			continue
		}
		vs, err := s.History(ctx, now, rs[0].Reading.Timestamp, rs[n-1].Reading.Timestamp+1, n, 0)
		if err != nil {
			return
		}
		for _, v := range vs {
			data, _ := json.Marshal(v)
			fmt.Fprintf(c.Writer, "id: %d\nevent: reading\ndata: %s\n\n", v.Timestamp, data)
		}
		c.Writer.Flush()
		since = rs[n-1].Reading.Timestamp + 1
	}
}

// streams counts the open live-update streams, in all and per session (bearer token or cookie).
type streams struct {
	mu         sync.Mutex
	max        int
	perSession int
	total      int
	bySession  map[string]int
}

func (st *streams) open(session string) error {
	st.mu.Lock()
	defer st.mu.Unlock()
	switch {
	case st.bySession[session] >= st.perSession:
		return fmt.Errorf("this session has %d live-update streams open already: close one first", st.perSession)
	case st.total >= st.max:
		return errBusy("the server has as many live-update streams open as it serves: try again later")
	}
	st.total++
	st.bySession[session]++
	return nil
}

func (st *streams) close(session string) {
	st.mu.Lock()
	defer st.mu.Unlock()
	st.total--
	if st.bySession[session]--; st.bySession[session] <= 0 {
		delete(st.bySession, session)
	}
}
