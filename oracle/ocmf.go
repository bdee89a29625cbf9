package oracle

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/lru"
	"github.com/gin-gonic/gin"

	"github.com/meterchain/meterchain/internal/ocmf"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/internal/stored"
	"github.com/meterchain/meterchain/oracle/store"
)

// OCMF signed meter records (docs/ocmf.md) arrive as the device emits them, over POST /v1/ocmf
// and MQTT meters/<id>/ocmf. The oracle refuses what the ledger could not take (an algorithm it
// cannot verify, a payload it would reject as malformed, an identity no meter is bound to, a
// signature not from the meter's key), stores the rest whole as a reading with its raw record,
// and relays them with ReadingLedger.submitOcmf, which verifies and reads them itself.

// MaxOcmfSize bounds one record on every transport, as envelope.MaxSize bounds an envelope: a
// record with the 16 RD entries the ledger reads is about 3 KB.
const MaxOcmfSize = 8 << 10

func errUnsupportedAlgorithm(sa string) *apiError {
	return &apiError{Status: http.StatusUnprocessableEntity, Code: "unsupported_algorithm", quarantine: true,
		Message: "unsupported signature algorithm " + sa}
}

func errUnknownIdentity(p ocmf.Payload) *apiError {
	return &apiError{Status: http.StatusUnprocessableEntity, Code: "unknown_meter", quarantine: true,
		Message: fmt.Sprintf("no meter is bound to the record's identity (GI %q, GS %q, MS %q)", p.GI, p.GS, p.MS)}
}

// postOcmf: POST /v1/ocmf, one record as the body; 202 once stored.
func (s *Service) postOcmf(c *gin.Context) {
	raw, e := s.readBody(c, MaxOcmfSize)
	if e != nil {
		abort(c, e)
		return
	}
	res, e := s.wait(s.submitOcmf(c.Request.Context(), httpOrigin(c), raw))
	if e != nil {
		abort(c, e)
		return
	}
	c.JSON(http.StatusAccepted, res)
}

// submitOcmf takes one record to the store's queue, as submit does an envelope.
func (s *Service) submitOcmf(ctx context.Context, o origin, raw []byte) *ticket {
	start := time.Now()
	t := &ticket{transport: o.transport}
	c := s.charge(o)
	fail := func(meterID *uint64, e *apiError) *ticket { return s.refuse(t, c, o, meterID, raw, start, e) }
	if o.badTopic != "" {
		return fail(o.meterID, errMalformed(o.badTopic))
	}
	if len(raw) > MaxOcmfSize {
		return fail(o.meterID, errMalformed(fmt.Sprintf("the record is %d bytes, over the %d byte limit", len(raw), MaxOcmfSize)))
	}
	payload, section, err := ocmf.Split(raw)
	if err != nil {
		return fail(o.meterID, errMalformed(err.Error()))
	}
	sig, err := ocmf.ParseSignature(section)
	if errors.Is(err, ocmf.ErrUnsupportedAlgorithm) {
		var named struct{ SA string }
		_ = json.Unmarshal(section, &named) // ParseSignature read it: it is a string
		return fail(o.meterID, errUnsupportedAlgorithm(named.SA))
	}
	if err != nil {
		return fail(o.meterID, errMalformed(err.Error()))
	}
	p, err := ocmf.Decode(payload)
	if err != nil {
		return fail(o.meterID, errMalformed(err.Error()))
	}
	meterID, e := s.ocmfIDs.meterOf(ctx, s, p, c)
	if e != nil {
		return fail(o.meterID, e)
	}
	if o.meterID != nil && *o.meterID != meterID {
		return fail(&meterID, errInconsistent(fmt.Sprintf("the topic names meter %d, the record's identity meter %d", *o.meterID, meterID)))
	}
	r := reading.Reading{MeterID: meterID, Seq: p.Seq, Timestamp: p.Timestamp, ImportWh: p.ImportWh, ExportWh: p.ExportWh, DetailHash: p.Digest}
	var storedSig reading.Signature
	signerOf := func(m *meterState) common.Address {
		var ok bool
		storedSig, ok = s.valid.ocmfSigner(m, p.Digest, sig)
		if !ok {
			return common.Address{}
		}
		return m.auth.Signer
	}
	carry := func(r *reading.Reading, tip reading.State) {
		if !p.HasImport {
			r.ImportWh = tip.ImportWh
		}
		if !p.HasExport {
			r.ExportWh = tip.ExportWh
		}
	}
	vd := s.valid.admit(ctx, r, sig.Algorithm == ocmf.AlgP256, signerOf, carry, c)
	switch {
	case vd.refuse != nil:
		return fail(&meterID, vd.refuse)
	case !vd.verified:
		// The registry is unreachable: an OCMF record is stored verified only (the relayer's late
		// check reads envelopes); the device sends it again.
		t.err = errUnavailable(errors.New("the registry is unreachable"))
		return t
	}
	nr := store.NewReading{Reading: vd.reading, Signature: storedSig, Source: o.transport, Verified: true,
		Expected: vd.expected, ReceivedAt: start}
	q := store.Quarantined{ReceivedAt: start, Source: o.transport, Remote: o.remote, MeterID: &meterID, Raw: raw}
	t.reading, t.meterID, t.seq = true, meterID, p.Seq
	t.advanced, t.expected = vd.expected == reading.Accepted, vd.expected
	t.res = Result{Status: string(stored.Received), MeterID: meterID, Seq: p.Seq, Verified: true}
	if vd.expected != stored.NotPredicted {
		t.res.Expected = vd.expected.String()
	}
	t.done = make(chan jobResult, 1)
	if err := s.enqueue(job{r: &nr, q: &q, ocmf: raw, done: t.done}); err != nil {
		t.done, t.err = nil, errUnavailable(err)
		if t.advanced {
			s.valid.forget(meterID)
		}
	}
	return t
}

// ocmfSigner checks an OCMF signature against the meter's cached key: a P-256 one against the
// registry's public key, a secp256k1 one by recovery to the registered address. It returns the
// signature in the stored form (r || s || v; v = 0 for P-256).
func (v *validator) ocmfSigner(m *meterState, digest [32]byte, sig ocmf.Signature) (reading.Signature, bool) {
	var out reading.Signature
	sig.R.FillBytes(out[:32])
	sig.S.FillBytes(out[32:64])
	if m.auth.Signer == (common.Address{}) {
		return out, false
	}
	if sig.Algorithm == ocmf.AlgP256 {
		return out, m.p256Of == m.auth.Signer && ocmf.VerifyP256(digest, sig, m.p256)
	}
	rv, err := ocmf.RecoverSecp256k1(digest, sig, m.auth.Signer)
	out[64] = rv
	return out, err == nil
}

// ocmfIdentities caches which meter each record identity is bound to (MeterRegistry.meterOfOcmf),
// unbound identities too, for AuthTTL and at most LimiterEntries identities.
type ocmfIdentities struct {
	mu  sync.Mutex
	ids lru.BasicLRU[[32]byte, ocmfBinding]
}

type ocmfBinding struct {
	meterID uint64
	at      time.Time
}

func newOcmfIdentities(entries int) *ocmfIdentities {
	return &ocmfIdentities{ids: lru.NewBasicLRU[[32]byte, ocmfBinding](entries)}
}

// meterOf is the meter p's identity is bound to. A registry read for an identity not cached, or
// cached as unbound, is admitted by c (an outsider's made-up identities spend its budget); an
// unbound identity is refused as unknown_meter.
func (o *ocmfIdentities) meterOf(ctx context.Context, s *Service, p ocmf.Payload, c *charge) (uint64, *apiError) {
	o.mu.Lock()
	b, ok := o.ids.Get(p.Identity)
	o.mu.Unlock()
	if !ok || b.meterID == 0 || time.Since(b.at) > s.cfg.AuthTTL {
		if !(ok && b.meterID != 0) && !c.admit() {
			return 0, errRateLimited(c.source)
		}
		v := s.valid
		id, err := bind.Call(v.reg, &bind.CallOpts{Context: ctx}, v.regABI.PackMeterOfOcmf(p.Identity), v.regABI.UnpackMeterOfOcmf)
		switch {
		case err != nil && !ok:
			return 0, errUnavailable(fmt.Errorf("read the record's meter: %w", err))
		case err == nil:
			b = ocmfBinding{meterID: id, at: time.Now()}
			o.mu.Lock()
			o.ids.Add(p.Identity, b)
			o.mu.Unlock()
		}
	}
	if b.meterID == 0 {
		return 0, errUnknownIdentity(p) // quarantined at the source's expense
	}
	return b.meterID, nil
}
