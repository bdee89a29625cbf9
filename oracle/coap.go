package oracle

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"sync/atomic"

	"github.com/plgd-dev/go-coap/v3/message"
	"github.com/plgd-dev/go-coap/v3/message/codes"
	"github.com/plgd-dev/go-coap/v3/mux"
	coapnet "github.com/plgd-dev/go-coap/v3/net"
	"github.com/plgd-dev/go-coap/v3/options"
	"github.com/plgd-dev/go-coap/v3/udp"
	udpClient "github.com/plgd-dev/go-coap/v3/udp/client"
	udpserver "github.com/plgd-dev/go-coap/v3/udp/server"

	"github.com/meterchain/meterchain/internal/envelope"
)

// CoAPPath is the CoAP resource taking envelopes (POST, the same JSON envelope as over HTTP),
// for constrained meters on UDP.
const CoAPPath = "/readings"

// CoAPOcmfPath takes OCMF records (POST, the record as emitted; docs/ocmf.md).
const CoAPOcmfPath = "/ocmf"

type coapIngest struct {
	sessions atomic.Int64 // open CoAP sessions (one per remote address), at most Config.MaxConnections
	srv      *udpserver.Server
	ln       *coapnet.UDPConn
	addr     string
	done     chan struct{}
}

// coapCode maps the HTTP status of an answer to its CoAP response code.
func coapCode(status int) codes.Code {
	switch status {
	case http.StatusAccepted, http.StatusCreated:
		return codes.Created
	case http.StatusConflict:
		return codes.Conflict
	case http.StatusUnprocessableEntity:
		return codes.UnprocessableEntity
	case http.StatusTooManyRequests:
		return codes.TooManyRequests
	case http.StatusRequestEntityTooLarge:
		return codes.RequestEntityTooLarge
	case http.StatusServiceUnavailable:
		return codes.ServiceUnavailable
	default:
		return codes.BadRequest
	}
}

// coapOrigin names a CoAP sender by its address without the port, which costs nothing to change.
func coapOrigin(w mux.ResponseWriter) origin {
	host := w.Conn().RemoteAddr().String()
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	return origin{transport: "coap", remote: host}
}

func startCoAP(s *Service, addr string) (*coapIngest, error) {
	router := mux.NewRouter()
	respond := func(w mux.ResponseWriter, status int, body any) {
		data, _ := json.Marshal(body)
		if err := w.SetResponse(coapCode(status), message.AppJSON, bytes.NewReader(data)); err != nil {
			s.log.Warn("CoAP response failed", "err", err)
		}
	}
	// handle takes one input of what (at most limit bytes) to submit.
	handle := func(what string, limit int, submit func(context.Context, origin, []byte) *ticket) mux.Handler {
		return mux.HandlerFunc(func(w mux.ResponseWriter, r *mux.Message) {
			if r.Code() != codes.POST {
				_ = w.SetResponse(codes.MethodNotAllowed, message.TextPlain, bytes.NewReader([]byte("POST an "+what)))
				return
			}
			raw, err := r.ReadBody()
			if err != nil {
				respond(w, http.StatusBadRequest, map[string]any{"error": errMalformed("reading the body: " + err.Error())})
				return
			}
			if len(raw) > limit {
				_, e := s.wait(s.refuseRaw(coapOrigin(w), raw[:limit],
					&apiError{Status: http.StatusRequestEntityTooLarge, Code: "too_large", quarantine: true, Message: what + " too large"}))
				respond(w, e.Status, map[string]any{"error": e})
				return
			}
			res, e := s.wait(submit(context.Background(), coapOrigin(w), raw))
			if e != nil {
				respond(w, e.Status, map[string]any{"error": e})
				return
			}
			respond(w, http.StatusCreated, res)
		})
	}
	if err := router.Handle(CoAPPath, handle("envelope", envelope.MaxSize, s.submit)); err != nil {
		return nil, fmt.Errorf("oracle: CoAP route: %w", err)
	}
	if err := router.Handle(CoAPOcmfPath, handle("OCMF record", MaxOcmfSize, s.submitOcmf)); err != nil {
		return nil, fmt.Errorf("oracle: CoAP route: %w", err)
	}
	ln, err := coapnet.NewListenUDP("udp", addr)
	if err != nil {
		return nil, fmt.Errorf("oracle: CoAP listen on %s: %w", addr, err)
	}
	c := &coapIngest{ln: ln, addr: ln.LocalAddr().String(), done: make(chan struct{})}
	c.srv = udp.NewServer(options.WithMux(router), options.WithErrors(func(err error) {
		s.log.Debug("CoAP", "err", err)
	}),
		// A message (reassembled from blocks) is at most an envelope and its header; go-coap's
		// own timeouts end a stalled blockwise transfer (3 s) and an idle session (16 s).
		options.WithMaxMessageSize(max(envelope.MaxSize, MaxOcmfSize)+1024),
		options.WithOnNewConn(func(cc *udpClient.Conn) {
			cc.AddOnClose(func() { c.sessions.Add(-1) })
			if c.sessions.Add(1) > int64(s.cfg.MaxConnections) {
				_ = cc.Close()
			}
		}))
	go func() {
		defer close(c.done)
		if err := c.srv.Serve(ln); err != nil {
			s.log.Error("CoAP server stopped", "err", err)
		}
	}()
	return c, nil
}

func (c *coapIngest) stop() {
	c.srv.Stop()
	<-c.done
	_ = c.ln.Close()
}
