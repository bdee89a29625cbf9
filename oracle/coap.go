package oracle

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/plgd-dev/go-coap/v3/message"
	"github.com/plgd-dev/go-coap/v3/message/codes"
	"github.com/plgd-dev/go-coap/v3/mux"
	coapnet "github.com/plgd-dev/go-coap/v3/net"
	"github.com/plgd-dev/go-coap/v3/options"
	"github.com/plgd-dev/go-coap/v3/udp"
	udpserver "github.com/plgd-dev/go-coap/v3/udp/server"

	"github.com/meterchain/meterchain/internal/envelope"
)

// CoAPPath is the CoAP resource taking envelopes (POST, the same JSON envelope as over HTTP),
// for constrained meters on UDP.
const CoAPPath = "/readings"

type coapIngest struct {
	srv  *udpserver.Server
	ln   *coapnet.UDPConn
	addr string
	done chan struct{}
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

func startCoAP(s *Service, addr string) (*coapIngest, error) {
	router := mux.NewRouter()
	respond := func(w mux.ResponseWriter, status int, body any) {
		data, _ := json.Marshal(body)
		if err := w.SetResponse(coapCode(status), message.AppJSON, bytes.NewReader(data)); err != nil {
			s.log.Warn("CoAP response failed", "err", err)
		}
	}
	err := router.Handle(CoAPPath, mux.HandlerFunc(func(w mux.ResponseWriter, r *mux.Message) {
		if r.Code() != codes.POST {
			_ = w.SetResponse(codes.MethodNotAllowed, message.TextPlain, bytes.NewReader([]byte("POST an envelope")))
			return
		}
		raw, err := r.ReadBody()
		if err != nil {
			respond(w, http.StatusBadRequest, map[string]any{"error": errMalformed("reading the body: " + err.Error())})
			return
		}
		if len(raw) > envelope.MaxSize {
			_, e := s.wait(s.refuseRaw("coap", w.Conn().RemoteAddr().String(), raw[:envelope.MaxSize],
				&apiError{Status: http.StatusRequestEntityTooLarge, Code: "too_large", quarantine: true, Message: "envelope too large"}))
			respond(w, e.Status, map[string]any{"error": e})
			return
		}
		res, e := s.ingest(context.Background(), origin{transport: "coap", remote: w.Conn().RemoteAddr().String()}, raw)
		if e != nil {
			respond(w, e.Status, map[string]any{"error": e})
			return
		}
		respond(w, http.StatusCreated, res)
	}))
	if err != nil {
		return nil, fmt.Errorf("oracle: CoAP route: %w", err)
	}
	ln, err := coapnet.NewListenUDP("udp", addr)
	if err != nil {
		return nil, fmt.Errorf("oracle: CoAP listen on %s: %w", addr, err)
	}
	c := &coapIngest{ln: ln, addr: ln.LocalAddr().String(), done: make(chan struct{}),
		srv: udp.NewServer(options.WithMux(router), options.WithErrors(func(err error) {
			s.log.Debug("CoAP", "err", err)
		}))}
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
