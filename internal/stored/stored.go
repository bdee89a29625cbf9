// Package stored holds the value types of a reading as the oracle keeps it: the signed reading
// with its detail record, quality flags and where it is (received, submitted, accepted, rejected,
// refused), a meter's counts, their public JSON form, and the paging walks over any MeterReader.
// The oracle's store (oracle/store) writes and reads them; the portal, the audit and the Green
// Button export read them through interfaces, so none of them depends on the oracle's database.
package stored

import (
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/meterchain/meterchain/internal/reading"
)

// Status is where a reading is.
type Status string

const (
	Received  Status = "received"  // stored, waiting for a batch
	Submitted Status = "submitted" // in a transaction not yet mined
	Accepted  Status = "accepted"  // the ledger accepted it (ReadingAccepted)
	Rejected  Status = "rejected"  // the ledger logged it as rejected (ReadingRejected), Reason says why
	Refused   Status = "refused"   // never relayed: found to have a bad signature or unknown meter after storing
)

// Quality flags from range checks on the detail record: they mark, never reject.
type Quality uint32

const (
	VoltageOutOfRange Quality = 1 << iota
	CurrentOutOfRange
	TemperatureOutOfRange
	HumidityOutOfRange
	LocationOutOfRange
)

var qualityNames = []struct {
	q    Quality
	name string
}{
	{VoltageOutOfRange, "voltage_out_of_range"},
	{CurrentOutOfRange, "current_out_of_range"},
	{TemperatureOutOfRange, "temperature_out_of_range"},
	{HumidityOutOfRange, "humidity_out_of_range"},
	{LocationOutOfRange, "location_out_of_range"},
}

// Names lists the set flags (empty for a clean record).
func (q Quality) Names() []string {
	out := []string{}
	for _, n := range qualityNames {
		if q&n.q != 0 {
			out = append(out, n.name)
		}
	}
	return out
}

// NotPredicted is the Expected of a reading stored while the ledger state or the registry could
// not be read (chain unreachable): the relayer verifies it before batching it.
const NotPredicted reading.Reason = 255

// Reading is a stored reading with its detail record and status.
type Reading struct {
	ID         int64
	Reading    reading.Reading
	Detail     reading.Detail
	Signature  reading.Signature
	Quality    Quality
	Source     string
	Verified   bool
	Expected   reading.Reason // the oracle's prediction of the ledger's decision
	Status     Status
	TxID       int64       // 0 until submitted
	TxHash     common.Hash // zero until mined
	Block      uint64      // 0 until mined
	Reason     reading.Reason
	ReceivedAt time.Time
	UpdatedAt  time.Time
	// Ocmf is the signed OCMF record the reading reports, exactly as received (nil: a reading
	// from an envelope). Private like Detail: its SHA-256 of the payload is the detail hash.
	Ocmf []byte
}

// MeterStatus summarises a meter as the oracle sees it.
type MeterStatus struct {
	MeterID                                 uint64
	Received, Submitted, Accepted, Rejected int64 // readings by status
	Refused, Quarantined                    int64
	Latest                                  *Reading // highest seq stored
	LastAccepted                            *Reading
	LastRejected                            *Reading // most recent ledger rejection (its Reason says why)
}
