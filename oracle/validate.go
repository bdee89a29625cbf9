package oracle

import (
	"context"
	"fmt"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/lru"

	"github.com/meterchain/meterchain/bindings"
	"github.com/meterchain/meterchain/internal/envelope"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/internal/stored"
	"github.com/meterchain/meterchain/oracle/store"
)

// QualityLimits are the plausible ranges of the detail record. A value outside sets a quality
// flag on the stored reading; it never rejects the reading (the registers are what is billed).
type QualityLimits struct {
	MinVoltageMV, MaxVoltageMV         uint32 // default 207-253 V: 230 V ± 10 % (EN 50160)
	MaxCurrentMA                       uint32 // default 100 A, the largest direct-connected residential meter
	MinTemperatureMC, MaxTemperatureMC int32  // default -40..+70 °C (IEC 62052-11 extended range)
}

// DefaultQualityLimits are used when Config.Quality is nil.
var DefaultQualityLimits = QualityLimits{MinVoltageMV: 207_000, MaxVoltageMV: 253_000, MaxCurrentMA: 100_000,
	MinTemperatureMC: -40_000, MaxTemperatureMC: 70_000}

// Flags returns the quality flags of a detail record.
func (q QualityLimits) Flags(d reading.Detail) stored.Quality {
	var f stored.Quality
	if d.VoltageMV < q.MinVoltageMV || d.VoltageMV > q.MaxVoltageMV {
		f |= stored.VoltageOutOfRange
	}
	if d.CurrentMA > q.MaxCurrentMA {
		f |= stored.CurrentOutOfRange
	}
	if d.TemperatureMC < q.MinTemperatureMC || d.TemperatureMC > q.MaxTemperatureMC {
		f |= stored.TemperatureOutOfRange
	}
	if d.HumidityBP > 10_000 {
		f |= stored.HumidityOutOfRange
	}
	if d.LatitudeE7 < -900_000_000 || d.LatitudeE7 > 900_000_000 || d.LongitudeE7 < -1_800_000_000 || d.LongitudeE7 > 1_800_000_000 {
		f |= stored.LocationOutOfRange
	}
	return f
}

// verdict is what validation decided about a decrypted reading.
type verdict struct {
	refuse   *apiError      // refused: quarantined, never relayed
	verified bool           // the signature was checked against the registry
	expected reading.Reason // predicted ledger decision (stored.NotPredicted if the ledger was unreachable)
	quality  stored.Quality
	reading  reading.Reading // as checked (admit's carry may complete it)
	signer   common.Address  // the key the signature verified under, when verified
}

// validator checks readings before any gas is spent: the meter's signature against the
// registry's signer, then the ledger rules against the ledger's state plus the readings the
// oracle holds and has not seen mined yet (so a burst of consecutive readings predicts right).
//
// Registry answers are cached for AuthTTL. Key rotation is honoured: a signature that does not
// match the cached signer (or a meter cached as unknown) triggers a fresh registry read before
// the reading is refused, so a meter's new key works at once; a reading still signed with the
// old key is relayed for at most AuthTTL after the rotation, and the ledger, which always reads
// the registry, logs it as rejected (bad signature). No forged reading can get through either way.
type validator struct {
	domain  reading.Domain
	regABI  *bindings.MeterRegistry
	ledABI  *bindings.ReadingLedger
	reg     *bind.BoundContract
	led     *bind.BoundContract
	store   *store.Store
	ttl     time.Duration
	quality QualityLimits

	mu sync.Mutex
	// meters caches registry answers (a meter found unregistered too) and ledger tips, for at
	// most Config.LimiterEntries meters: the least recently used is forgotten first.
	meters lru.BasicLRU[uint64, *meterState]
	head   atomic.Uint64 // latest block timestamp seen (the relayer refreshes it)
}

// now is the earliest timestamp the block including a reading can have: the ledger checks the
// future-skew rule against it.
func (v *validator) now() uint64 {
	return max(uint64(time.Now().Unix()), v.head.Load()+1)
}

type meterState struct {
	mu       sync.Mutex // serialises validation of one meter's readings
	auth     reading.Meter
	authAt   time.Time
	p256     reading.P256Key // the registry's P-256 key named p256Of (zero: none read)
	p256Of   common.Address
	tip      reading.State // ledger state after every held reading expected to be accepted
	chain    reading.State // the ledger's state when tip was loaded
	tipKnown bool
}

func (v *validator) meter(id uint64) *meterState {
	v.mu.Lock()
	defer v.mu.Unlock()
	m, ok := v.meters.Get(id)
	if !ok {
		m = &meterState{}
		v.meters.Add(id, m)
	}
	return m
}

// forget drops what is cached about a meter's ledger state (after an outcome the oracle did not
// predict, or a store write that failed), so the next reading reloads it.
func (v *validator) forget(id uint64) {
	m := v.meter(id)
	m.mu.Lock()
	m.tipKnown = false
	m.mu.Unlock()
}

// readAuth reads what the registry says about meter id and, for a P-256 reading (p256), the
// public key its signer names, unless that key is cached already.
func (v *validator) readAuth(ctx context.Context, m *meterState, id uint64, p256 bool) error {
	opts := &bind.CallOpts{Context: ctx}
	a, err := bind.Call(v.reg, opts, v.regABI.PackAuthOf(id), v.regABI.UnpackAuthOf)
	if err != nil {
		return err
	}
	m.auth = reading.Meter{Signer: a.Signer, MaxPowerW: a.MaxPowerW, Active: a.Active}
	m.authAt = time.Now()
	if p256 && a.Signer != (common.Address{}) && m.p256Of != a.Signer {
		k, err := bind.Call(v.reg, opts, v.regABI.PackP256KeyOf(a.Signer), v.regABI.UnpackP256KeyOf)
		if err != nil {
			return err
		}
		copy(m.p256[:32], k.X[:])
		copy(m.p256[32:], k.Y[:])
		m.p256Of = a.Signer
	}
	return nil
}

// p256Signer is the key a P-256 signature stands for: the meter's registered key (its ID) if the
// signature verifies under it, zero otherwise. Unlike secp256k1, a P-256 signature names no key
// by itself.
func (v *validator) p256Signer(m *meterState, r reading.Reading, sig reading.P256Signature) common.Address {
	if m.p256Of == (common.Address{}) || m.p256Of != m.auth.Signer {
		return common.Address{}
	}
	id, err := reading.VerifyP256(v.domain, r, sig, m.p256)
	if err != nil {
		return common.Address{}
	}
	return id
}

// p256Key is the P-256 key meter id signs with now, from the cache or the registry: the relayer
// packs it into the meter's records.
func (v *validator) p256Key(ctx context.Context, id uint64) (reading.P256Key, error) {
	m := v.meter(id)
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.p256Of == (common.Address{}) || m.p256Of != m.auth.Signer {
		if err := v.readAuth(ctx, m, id, true); err != nil {
			return reading.P256Key{}, err
		}
	}
	if m.p256Of != m.auth.Signer {
		return reading.P256Key{}, fmt.Errorf("meter %d does not sign with a P-256 key", id)
	}
	return m.p256, nil
}

// check validates p. On return with verdict.expected == reading.Accepted the meter's tip already
// includes the reading; the caller calls forget if it then fails to store it.
//
// Registry reads an authenticated reading would not need (a meter not cached, or cached as
// unregistered, or a signature that does not match the cached key) are admitted by c; a reading
// that does not verify, is stored unverified or replays a seq the meter already passed is
// charged to c. Only a new, authenticated reading is charged to its meter's budget, so
// forgeries naming a meter never eat into it.
func (v *validator) check(ctx context.Context, p envelope.Payload, c *charge) verdict {
	r := p.Reading
	p256Sig, isP256 := p.Sig().P256()
	var recovered common.Address
	if !isP256 {
		var err error
		if recovered, err = reading.Recover(v.domain, r, p.Sig()); err != nil {
			return verdict{refuse: errBadSignature(err.Error()), expected: stored.NotPredicted}
		}
	}
	// A P-256 signature is checked against the key the registry names (again after each read).
	signerOf := func(m *meterState) common.Address {
		if isP256 {
			return v.p256Signer(m, r, p256Sig)
		}
		return recovered
	}
	vd := v.admit(ctx, r, isP256, signerOf, nil, c)
	vd.quality = v.quality.Flags(p.Detail)
	return vd
}

// admit checks a reading whose signature signerOf verifies against the meter's cached registry
// answers (the key the signature stands for, zero if none), reading the registry as check
// describes, then charges and predicts it. carry, when set, completes the reading from the
// meter's tip once known (a register an OCMF record does not report keeps its value).
func (v *validator) admit(ctx context.Context, r reading.Reading, p256 bool, signerOf func(*meterState) common.Address,
	carry func(*reading.Reading, reading.State), c *charge) verdict {
	vd := verdict{expected: stored.NotPredicted}
	m := v.meter(r.MeterID)
	m.mu.Lock()
	defer m.mu.Unlock()
	signer := signerOf(m)
	reverify := func() { signer = signerOf(m) }
	known := m.auth.Signer != common.Address{} && m.auth.Signer == signer

	fresh := false
	if m.authAt.IsZero() || time.Since(m.authAt) > v.ttl {
		if !known && !c.admit() {
			vd.refuse = errRateLimited(c.source)
			return vd
		}
		err := v.readAuth(ctx, m, r.MeterID, p256)
		reverify()
		if err != nil && m.authAt.IsZero() {
			// Registry unreachable, nothing cached: stored unverified, at the source's expense;
			// the relayer verifies it later.
			if !c.take() {
				vd.refuse = errRateLimited(c.source)
			}
			return vd
		}
		fresh = err == nil
	}
	if !fresh && (m.auth.Signer == common.Address{} || m.auth.Signer != signer) {
		// Rotated key or newly registered meter: ask again, within the source's budget.
		if !c.admit() {
			vd.refuse = errRateLimited(c.source)
			return vd
		}
		_ = v.readAuth(ctx, m, r.MeterID, p256)
		reverify()
	}
	switch {
	case m.auth.Signer == common.Address{}:
		vd.refuse = errUnknownMeter(r.MeterID)
		return vd
	case m.auth.Signer != signer:
		vd.refuse = errBadSignature("the reading is not signed by the meter's registered key " + common.Address(m.auth.Signer).Hex())
		return vd
	}
	vd.verified, vd.signer = true, signer

	if !m.tipKnown {
		v.loadTip(ctx, m, r.MeterID)
	}
	if carry != nil && m.tipKnown {
		carry(&r, m.tip)
	}
	vd.reading = r
	// A seq the meter already passed is a replay (anyone can resend a captured envelope): the
	// source pays for it. Anything newer is the meter's own progress: the meter pays.
	if m.tipKnown && r.Seq <= m.tip.Seq {
		if !c.takeNow() {
			vd.refuse = errDropped(c.source)
			return vd
		}
	} else if id := strconv.FormatUint(r.MeterID, 10); !c.meter(id) {
		vd.refuse = errRateLimited("meter " + id)
		return vd
	}
	if !m.tipKnown {
		return vd // ledger unreachable: verified, outcome not predicted
	}
	if r.Seq == m.chain.Seq && r.Timestamp == m.chain.Timestamp && r.ImportWh == m.chain.ImportWh && r.ExportWh == m.chain.ExportWh {
		// Already on the ledger, though not in this store (another relayer, or a lost database).
		vd.refuse = errDuplicate(0, "the reading is already on the ledger")
		return vd
	}
	vd.expected = reading.Check(m.auth, m.tip, r, signer, v.now())
	if vd.expected == reading.Accepted {
		m.tip = m.tip.Apply(r)
	}
	return vd
}

// loadTip reads the meter's ledger state and the readings the oracle holds for it; on failure
// (ledger unreachable) the tip stays unknown.
func (v *validator) loadTip(ctx context.Context, m *meterState, id uint64) {
	last, err := bind.Call(v.led, &bind.CallOpts{Context: ctx}, v.ledABI.PackLastReading(id), v.ledABI.UnpackLastReading)
	if err != nil {
		return
	}
	m.chain = reading.State{Seq: last.Seq, Timestamp: last.Timestamp, ImportWh: last.ImportWh, ExportWh: last.ExportWh}
	m.tip = m.chain
	held, ok, err := v.store.PendingTip(ctx, id)
	if err != nil {
		return
	}
	if ok && held.Seq > m.tip.Seq {
		m.tip = held
	}
	m.tipKnown = true
}

// recheck verifies a reading stored while the registry was unreachable: refuse it (bad signature,
// unknown meter) or predict its outcome. ok is false when the chain is still unreachable.
func (v *validator) recheck(ctx context.Context, sr stored.Reading) (refuse bool, reason, expected reading.Reason, ok bool) {
	m := v.meter(sr.Reading.MeterID)
	m.mu.Lock()
	p256Sig, isP256 := sr.Signature.P256()
	err := v.readAuth(ctx, m, sr.Reading.MeterID, isP256)
	auth := m.auth
	var signer common.Address
	if err == nil && isP256 {
		signer = v.p256Signer(m, sr.Reading, p256Sig)
	}
	m.tipKnown = false
	m.mu.Unlock()
	if err != nil {
		return false, 0, 0, false
	}
	if !isP256 {
		signer, err = reading.Recover(v.domain, sr.Reading, sr.Signature)
	}
	switch {
	case auth.Signer == common.Address{}:
		return true, reading.UnknownMeter, 0, true
	case err != nil || signer != auth.Signer:
		return true, reading.BadSignature, 0, true
	}
	return false, 0, stored.NotPredicted, true
}
