// Package billing holds a monthly bill and its payments as the settlement index records them
// from BillingManager's events: the values the index, the CLI and the portal exchange, so the
// portal reads bills without importing the settlement service.
package billing

import (
	"errors"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Status of a bill, computed when it is read (payments, settlement, BillOverdue and the clock).
type Status string

const (
	StatusOpen    Status = "open"           // issued, nothing paid, not yet due
	StatusPartial Status = "partially paid" // some paid, not yet due
	StatusPaid    Status = "paid"           // settled in full
	StatusOverdue Status = "overdue"        // past due and not settled
)

// Bill is one monthly bill.
type Bill struct {
	ID          *big.Int    `json:"id"`
	MeterID     uint64      `json:"meter_id"`
	Period      uint32      `json:"period"`    // yyyymm
	EnergyWh    uint64      `json:"energy_wh"` // grid import of the period
	P2PWh       uint64      `json:"p2p_wh"`    // part bought from peers, not billed here
	Amount      *big.Int    `json:"amount"`    // token base units
	Paid        *big.Int    `json:"paid"`
	Due         time.Time   `json:"due"`
	Status      Status      `json:"status"`
	IssuedTx    common.Hash `json:"issued_tx"`
	IssuedBlock uint64      `json:"issued_block"`
}

// Outstanding is what is still owed.
func (b Bill) Outstanding() *big.Int { return new(big.Int).Sub(b.Amount, b.Paid) }

// Payment is one BillPaid event: a wallet payment or an autopay collection.
type Payment struct {
	BillID    *big.Int       `json:"bill_id"`
	Payer     common.Address `json:"payer"`
	Amount    *big.Int       `json:"amount"`
	PaidTotal *big.Int       `json:"paid_total"` // the bill's paid total after this payment
	TxHash    common.Hash    `json:"tx_hash"`
	Block     uint64         `json:"block"`
	LogIndex  uint           `json:"log_index"`
}

// ErrNotFound is returned for a bill the index does not (yet) hold.
var ErrNotFound = errors.New("bill not found")
