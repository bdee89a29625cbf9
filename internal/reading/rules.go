package reading

import (
	"math"
	"math/big"
	"time"
)

// Reason says why the ledger rejects a reading. Same order as ReadingLedger.Reason.
type Reason uint8

const (
	Accepted Reason = iota
	UnknownMeter
	InactiveMeter
	BadSignature
	ReplayedSeq
	StaleTimestamp
	FutureTimestamp
	RegisterRollback
	ImplausibleRate
	MalformedRecord // an OCMF payload that breaks a rule of docs/ocmf.md
)

var reasonNames = [...]string{
	Accepted:         "accepted",
	UnknownMeter:     "unknown meter",
	InactiveMeter:    "inactive meter",
	BadSignature:     "bad signature",
	ReplayedSeq:      "replayed seq",
	StaleTimestamp:   "timestamp not after the last reading",
	FutureTimestamp:  "timestamp too far in the future",
	RegisterRollback: "register went backwards",
	ImplausibleRate:  "implausible rate (energy above the meter's max power)",
	MalformedRecord:  "malformed record",
}

func (r Reason) String() string {
	if int(r) < len(reasonNames) {
		return reasonNames[r]
	}
	return "unknown reason"
}

// MaxFutureSkew mirrors ReadingLedger.MAX_FUTURE_SKEW (seconds).
const MaxFutureSkew = 300

// Meter is what the registry says about a meter's readings (MeterRegistry.authOf).
type Meter struct {
	Signer    [20]byte // a secp256k1 address or a P-256 key's ID (P256Key.ID)
	MaxPowerW uint32
	Active    bool
}

// State is the ledger's last accepted reading of a meter (zero before the first).
type State struct {
	Seq, Timestamp, ImportWh, ExportWh uint64
}

// Check applies the ledger's rules to a reading whose signature recovered to `signer` (a
// secp256k1 key's address, or the ID of the P-256 key it verified under; zero if neither), with
// the chain's time `now`. It mirrors ReadingLedger._check exactly, so the
// oracle can tell before spending gas what the ledger will decide.
func Check(m Meter, last State, r Reading, signer [20]byte, now uint64) Reason {
	switch {
	case m.Signer == [20]byte{}:
		return UnknownMeter
	case !m.Active:
		return InactiveMeter
	case signer != m.Signer:
		return BadSignature
	case r.Seq <= last.Seq || r.Seq > math.MaxUint32: // the ledger stores seq in 32 bits
		return ReplayedSeq
	case r.Timestamp <= last.Timestamp:
		return StaleTimestamp
	case r.Timestamp > now+MaxFutureSkew || r.Timestamp > math.MaxUint32:
		return FutureTimestamp
	case r.ImportWh < last.ImportWh || r.ExportWh < last.ExportWh:
		return RegisterRollback
	}
	if last.Timestamp != 0 {
		// energy (Wh) * 3600 <= maxPower (W) * seconds, without uint64 overflow.
		energy := new(big.Int).SetUint64(r.ImportWh - last.ImportWh)
		energy.Add(energy, new(big.Int).SetUint64(r.ExportWh-last.ExportWh)).Mul(energy, big.NewInt(3600))
		limit := new(big.Int).SetUint64(uint64(m.MaxPowerW))
		limit.Mul(limit, new(big.Int).SetUint64(r.Timestamp-last.Timestamp))
		if energy.Cmp(limit) > 0 {
			return ImplausibleRate
		}
	}
	return Accepted
}

// Apply returns the state after accepting r.
func (s State) Apply(r Reading) State {
	return State{Seq: r.Seq, Timestamp: r.Timestamp, ImportWh: r.ImportWh, ExportWh: r.ExportWh}
}

// PeriodOf is the billing period (yyyymm, UTC) of a reading ending at ts: the month containing
// ts-1, so the 00:00 reading on the 1st closes the previous month. Mirrors Calendar.periodOf.
func PeriodOf(ts uint64) uint32 {
	t := time.Unix(int64(ts)-1, 0).UTC()
	return uint32(t.Year()*100 + int(t.Month()))
}

// PreviousPeriod is the period before p (202601 -> 202512).
func PreviousPeriod(p uint32) uint32 {
	if p%100 == 1 {
		return p - 100 + 11
	}
	return p - 1
}

// NextPeriod is the period after p (202512 -> 202601), Calendar.next.
func NextPeriod(p uint32) uint32 {
	if p%100 == 12 {
		return p + 100 - 11
	}
	return p + 1
}

// PeriodStart is 00:00 UTC on the first day of period p (unix seconds), Calendar.startOf.
func PeriodStart(p uint32) uint64 {
	return uint64(time.Date(int(p/100), time.Month(p%100), 1, 0, 0, 0, 0, time.UTC).Unix())
}
