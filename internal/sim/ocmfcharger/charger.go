// Package ocmfcharger simulates a calibration-law EV charger that reports each charging session
// as an OCMF signed meter record (docs/ocmf.md), signed with the P-256 key of its meter's secure
// element: for the devnet and tests, never production.
package ocmfcharger

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/rand/v2"
	"strconv"
	"time"

	"github.com/meterchain/meterchain/internal/ocmf"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/internal/sim/meterfleet"
)

// Charger is one charge point with its meter: the record identity (GI, GS, MS), the meter's key,
// its import register and the PG counter.
type Charger struct {
	MeterID    uint64
	GI, GS, MS string
	Key        *ecdsa.PrivateKey // P-256
	PowerW     uint32            // charging power (the registry's max power must be above it)

	Seq      uint64 // PG counter of the last record
	LastTS   uint64 // end of the last session (0: none yet)
	ImportWh uint64
	rng      *rand.Rand
}

// New is a charger with a deterministic load from its meter id.
func New(meterID uint64, gi, gs, ms string, key *ecdsa.PrivateKey, powerW uint32) *Charger {
	return &Charger{MeterID: meterID, GI: gi, GS: gs, MS: ms, Key: key, PowerW: powerW,
		rng: rand.New(rand.NewPCG(meterID, 0x6f636d66))}
}

// Identity is the record identity the registry binds to the charger's meter.
func (c *Charger) Identity() [32]byte { return ocmf.Identity([]byte(c.GI), []byte(c.GS), []byte(c.MS)) }

// SetState continues from the ledger's last accepted reading (after a restart).
func (c *Charger) SetState(s reading.State) {
	c.Seq, c.LastTS, c.ImportWh = s.Seq, s.Timestamp, s.ImportWh
}

// zone is the chargers' local time, as their records state it (CET).
var zone = time.FixedZone("CET", 3600)

// Session is the record of a session ending at end (after the last one): a begin and an end
// register entry of the import register (OBIS 1-0:1.8.0, kWh, right-aligned in a padded
// string as many meters write it), the energy drawn at 60-100 % of the charging power.
func (c *Charger) Session(end time.Time) ([]byte, error) {
	endTS := uint64(end.Unix())
	begin := c.LastTS
	if begin == 0 || begin >= endTS {
		begin = endTS - 900
	}
	wh := uint64(float64(c.PowerW) * (0.6 + 0.4*c.rng.Float64()) * float64(endTS-begin) / 3600)
	from := c.ImportWh
	c.Seq++
	c.LastTS, c.ImportWh = endTS, from+wh
	payload := ocmf.Build(ocmf.Fields{GI: c.GI, GS: c.GS, MS: c.MS, PG: "T" + strconv.FormatUint(c.Seq, 10), Spaced: true,
		Extra: []string{`"CT" : "EVSEID"`, `"CI" : "DE*MCH*E` + strconv.FormatUint(c.MeterID, 10) + `"`},
		Entries: []ocmf.Entry{
			{TM: ocmf.FormatTM(time.Unix(int64(begin), 0).In(zone), 'S'), TX: "B", RV: ocmf.Padded(ocmf.FormatKWh(from), 12),
				RI: "01-00:01.08.00.FF", RU: "kWh", RT: "AC", ST: "G"},
			{TM: ocmf.FormatTM(end.In(zone), 'S'), TX: "E", RV: ocmf.Padded(ocmf.FormatKWh(c.ImportWh), 12), ST: "G"},
		}})
	rec, err := ocmf.Sign(payload, c.Key)
	if err != nil {
		return nil, fmt.Errorf("charger %s: %w", c.MS, err)
	}
	return rec, nil
}

// Run ends a session every interval (real time) and sends its record, retrying transport errors
// until ctx ends; onSent sees each record's outcome (nil: the oracle holds it).
func Run(ctx context.Context, c *Charger, s meterfleet.Sender, interval time.Duration, onSent func(seq uint64, err error)) error {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case now := <-t.C:
			rec, err := c.Session(now.Truncate(time.Second))
			if err != nil {
				return err
			}
			err = send(ctx, s, c.MeterID, rec)
			if onSent != nil {
				onSent(c.Seq, err)
			}
		}
	}
}

func send(ctx context.Context, s meterfleet.Sender, meterID uint64, rec []byte) error {
	backoff := 100 * time.Millisecond
	for {
		err := s.Send(ctx, meterID, rec)
		var refused *meterfleet.RefusedError
		if err == nil || errors.As(err, &refused) || ctx.Err() != nil {
			return err
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(backoff):
		}
		backoff = min(2*backoff, 5*time.Second)
	}
}
