package stored

import (
	"encoding/json"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// readingJSON is the public form of a stored reading (the oracle's unauthenticated GET
// /v1/readings/:id, /v1/meters/:id/status and /v1/meters/:id/readings): where the reading is and
// what the chain decided. The detail record (voltage, current, temperature, humidity, location)
// is private: it is served only by the authenticated API, to the owner and to third parties with
// a consent grant. Its hash is here, as it is on chain.
type readingJSON struct {
	ID         int64         `json:"id"`
	MeterID    uint64        `json:"meterId"`
	Seq        uint64        `json:"seq"`
	Timestamp  uint64        `json:"timestamp"`
	ImportWh   uint64        `json:"importWh"`
	ExportWh   uint64        `json:"exportWh"`
	DetailHash common.Hash   `json:"detailHash"`
	Signature  hexutil.Bytes `json:"signature"`
	Quality    []string      `json:"quality"`
	Source     string        `json:"source"`
	Verified   bool          `json:"verified"`
	Expected   string        `json:"expected,omitempty"`
	Status     Status        `json:"status"`
	TxHash     *common.Hash  `json:"txHash,omitempty"`
	Block      uint64        `json:"block,omitempty"`
	Reason     string        `json:"reason,omitempty"`
	ReasonCode *uint8        `json:"reasonCode,omitempty"`
	ReceivedAt time.Time     `json:"receivedAt"`
	UpdatedAt  time.Time     `json:"updatedAt"`
}

// MarshalJSON renders the public form: camelCase fields, the reason as text and as its ledger
// code, no detail record.
func (r Reading) MarshalJSON() ([]byte, error) {
	j := readingJSON{ID: r.ID, MeterID: r.Reading.MeterID, Seq: r.Reading.Seq, Timestamp: r.Reading.Timestamp,
		ImportWh: r.Reading.ImportWh, ExportWh: r.Reading.ExportWh, DetailHash: r.Reading.DetailHash,
		Signature: r.Signature[:], Quality: r.Quality.Names(), Source: r.Source, Verified: r.Verified, Status: r.Status,
		Block: r.Block, ReceivedAt: r.ReceivedAt, UpdatedAt: r.UpdatedAt}
	if r.Expected != NotPredicted {
		j.Expected = r.Expected.String()
	}
	if r.TxHash != (common.Hash{}) {
		h := r.TxHash
		j.TxHash = &h
	}
	if r.Status == Rejected || r.Status == Refused {
		code := uint8(r.Reason)
		j.Reason, j.ReasonCode = r.Reason.String(), &code
	}
	return json.Marshal(j)
}

// MarshalJSON renders the meter status with camelCase fields.
func (m MeterStatus) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		MeterID      uint64   `json:"meterId"`
		Received     int64    `json:"received"`
		Submitted    int64    `json:"submitted"`
		Accepted     int64    `json:"accepted"`
		Rejected     int64    `json:"rejected"`
		Refused      int64    `json:"refused"`
		Quarantined  int64    `json:"quarantined"`
		Latest       *Reading `json:"latest"`
		LastAccepted *Reading `json:"lastAccepted"`
		LastRejected *Reading `json:"lastRejected"`
	}{m.MeterID, m.Received, m.Submitted, m.Accepted, m.Rejected, m.Refused, m.Quarantined, m.Latest, m.LastAccepted, m.LastRejected})
}
