// Package consent is who may see a meter's data, as values: the scope bits of ConsentRegistry,
// a meter's owner and a grant to a third party. The settlement access index fills them from the
// chain; the portal and the CLI read them without importing the settlement service.
package consent

import (
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Scope bits, as in ConsentRegistry.sol.
type Scope uint8

const (
	ScopeReadings Scope = 1 // readings with their detail records
	ScopeBills    Scope = 2 // bills and payments
	AllScopes           = ScopeReadings | ScopeBills
)

// Names of the scope bits, for flags, JSON and the UI.
func (s Scope) Names() []string {
	out := []string{}
	if s&ScopeReadings != 0 {
		out = append(out, "readings")
	}
	if s&ScopeBills != 0 {
		out = append(out, "bills")
	}
	return out
}

// ParseScope reads "readings", "bills" or "readings,bills".
func ParseScope(text string) (Scope, error) {
	var s Scope
	start := 0
	for i := 0; i <= len(text); i++ {
		if i < len(text) && text[i] != ',' {
			continue
		}
		switch part := text[start:i]; part {
		case "readings":
			s |= ScopeReadings
		case "bills":
			s |= ScopeBills
		default:
			return 0, fmt.Errorf("unknown scope %q (use readings, bills or readings,bills)", part)
		}
		start = i + 1
	}
	return s, nil
}

// Meter is a registered meter and its current owner, the one who gives consent.
type Meter struct {
	ID       uint64         `json:"meterId"`
	Owner    common.Address `json:"owner"`
	Prosumer bool           `json:"prosumer"`
}

// Grant is the current grant of a grantee on a meter.
type Grant struct {
	MeterID uint64         `json:"meterId"`
	Grantee common.Address `json:"grantee"`
	Owner   common.Address `json:"owner"` // who gave it
	Scope   Scope          `json:"scope"`
	Scopes  []string       `json:"scopes"`
	Expiry  time.Time      `json:"expiry"`
	Active  bool           `json:"active"` // not expired and given in the meter's current ownership
	TxHash  common.Hash    `json:"txHash"`
	Block   uint64         `json:"block"`
	// LogIndex orders the grant against an ownership event in the same block.
	LogIndex uint `json:"logIndex"`
}

// Ownership is one ownership of a meter: Owner from the event at (Block, LogIndex), its
// registration or an owner change, until the next one.
type Ownership struct {
	Owner    common.Address `json:"owner"`
	Block    uint64         `json:"block"`
	LogIndex uint           `json:"logIndex"`
}
