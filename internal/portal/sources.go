package portal

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/meterchain/meterchain/internal/billing"
	"github.com/meterchain/meterchain/internal/consent"
	"github.com/meterchain/meterchain/internal/marketbook"
	"github.com/meterchain/meterchain/internal/stored"
)

// Readings is what the portal reads of the oracle's store (oracle/store's Store has it).
type Readings interface {
	MeterReadings(ctx context.Context, meterID, from, to uint64, limit, offset int) ([]stored.Reading, error)
	MeterStatus(ctx context.Context, meterID uint64) (stored.MeterStatus, error)
}

// Bills is what the portal reads of the settlement service's bill index (settlement/index's
// Index has it).
type Bills interface {
	Bills(ctx context.Context, meterID uint64) ([]billing.Bill, error)
	Bill(ctx context.Context, id *big.Int) (billing.Bill, error) // billing.ErrNotFound for an unknown bill
	Payments(ctx context.Context, billID *big.Int) ([]billing.Payment, error)
}

// Permissions is what the portal reads of who may see a meter: owners and consent grants
// (settlement/access's Index has it).
type Permissions interface {
	Meters(ctx context.Context) ([]consent.Meter, error)
	OwnedBy(ctx context.Context, owner common.Address) ([]consent.Meter, error)
	Grants(ctx context.Context, meterID uint64) ([]consent.Grant, error)
	GrantsTo(ctx context.Context, grantee common.Address) ([]consent.Grant, error)
	Allowed(ctx context.Context, meterID uint64, grantee common.Address, scope consent.Scope) (bool, error)
	Owners(ctx context.Context, meterID uint64) ([]consent.Ownership, error) // oldest first
	Indexed(ctx context.Context) (uint64, error)                             // the last block followed
}

// Market is what the portal reads of the settlement service's market index: the book and the
// trades with their fills and settlements (settlement/market's Index has it).
type Market interface {
	Orders(ctx context.Context, q marketbook.Query) ([]marketbook.BookOrder, error)
	Trades(ctx context.Context, q marketbook.Query) ([]marketbook.MeterTrade, error)
}
