// Package access is the settlement index of who may see a meter's data: meter owners (from
// MeterRegistry's MeterRegistered and OwnerChanged events) and third-party consent grants (from
// ConsentRegistry's ConsentGranted and ConsentRevoked events). Its handlers run in the settlement
// service's follower, so the rows are reorg-safe and only `confirmations` deep like every other
// index table; the REST API and the web UI read it through Index.
//
// Like the billing index it stores events, never state updated in place: a meter's owner is its
// latest ownership event, a grant is the latest grant event of (meter, grantee). Expiry is not an
// event: Allowed compares it with the clock on every call, so an expired grant stops at once.
//
// A grant is bound to the ownership it was given in: an ownership event after it ends it for
// good, so a meter sold and bought back (A → B → A) does not bring A's old grants back to life.
package access

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/meterchain/meterchain/bindings"
	"github.com/meterchain/meterchain/internal/consent"
	"github.com/meterchain/meterchain/settlement/follower"
)

// Schema of the access tables (rows tagged with their block for the follower's reorg undo).
const Schema = `
CREATE TABLE IF NOT EXISTS meter_owners (
	meter_id   INTEGER NOT NULL,
	owner      TEXT NOT NULL,
	class      INTEGER NOT NULL,  -- -1 for an owner change (the class is in the registration row)
	block      INTEGER NOT NULL,
	block_hash TEXT NOT NULL,
	log_index  INTEGER NOT NULL,
	PRIMARY KEY (block_hash, log_index)
);
CREATE INDEX IF NOT EXISTS meter_owners_by_meter ON meter_owners(meter_id, block, log_index);
CREATE TABLE IF NOT EXISTS consent_events (
	meter_id   INTEGER NOT NULL,
	grantee    TEXT NOT NULL,
	owner      TEXT NOT NULL,
	scope      INTEGER NOT NULL,  -- 0 for a revocation
	expiry     INTEGER NOT NULL,  -- unix seconds
	tx_hash    TEXT NOT NULL,
	block      INTEGER NOT NULL,
	block_hash TEXT NOT NULL,
	log_index  INTEGER NOT NULL,
	PRIMARY KEY (block_hash, log_index)
);
CREATE INDEX IF NOT EXISTS consent_by_meter ON consent_events(meter_id, grantee, block, log_index);
CREATE INDEX IF NOT EXISTS consent_by_grantee ON consent_events(grantee, meter_id);`

// Registrar is what the follower handlers are registered with: the settlement service
// (*settlement.Service) or a bare *follower.Follower with its database.
type Registrar interface {
	Register(c follower.Contract) error
}

// Follow creates the tables in db and registers the MeterRegistry and ConsentRegistry handlers.
// Call it before the follower's first step (settlement.Service: before Start).
func Follow(r Registrar, db *sql.DB, registry, consent common.Address) error {
	if _, err := db.Exec(Schema); err != nil {
		return fmt.Errorf("access schema: %w", err)
	}
	if err := r.Register(RegistryContract(registry)); err != nil {
		return err
	}
	if consent == (common.Address{}) {
		return errors.New("access: the deployment has no ConsentRegistry address (redeploy)")
	}
	return r.Register(ConsentContract(consent))
}

func tag(l types.Log) []any { return []any{l.BlockNumber, l.BlockHash.Hex(), l.Index} }

// RegistryContract indexes meter ownership.
func RegistryContract(registry common.Address) follower.Contract {
	abi := bindings.NewMeterRegistry()
	return follower.Contract{
		Name: "MeterRegistry(access)", Address: registry, ABI: abi.GetABI(),
		Events: map[string]follower.HandleFunc{
			"MeterRegistered": func(tx *sql.Tx, l types.Log) error {
				ev, err := abi.UnpackMeterRegisteredEvent(&l)
				if err != nil {
					return err
				}
				_, err = tx.Exec(`INSERT OR IGNORE INTO meter_owners(meter_id, owner, class, block, block_hash, log_index) VALUES(?,?,?,?,?,?)`,
					append([]any{ev.MeterId, ev.Owner.Hex(), ev.Class}, tag(l)...)...)
				return err
			},
			"OwnerChanged": func(tx *sql.Tx, l types.Log) error {
				ev, err := abi.UnpackOwnerChangedEvent(&l)
				if err != nil {
					return err
				}
				_, err = tx.Exec(`INSERT OR IGNORE INTO meter_owners(meter_id, owner, class, block, block_hash, log_index) VALUES(?,?,-1,?,?,?)`,
					append([]any{ev.MeterId, ev.NewOwner.Hex()}, tag(l)...)...)
				return err
			},
		},
		Tables: []string{"meter_owners"},
	}
}

// ConsentContract indexes consent grants and revocations.
func ConsentContract(consent common.Address) follower.Contract {
	abi := bindings.NewConsentRegistry()
	return follower.Contract{
		Name: "ConsentRegistry", Address: consent, ABI: abi.GetABI(),
		Events: map[string]follower.HandleFunc{
			"ConsentGranted": func(tx *sql.Tx, l types.Log) error {
				ev, err := abi.UnpackConsentGrantedEvent(&l)
				if err != nil {
					return err
				}
				_, err = tx.Exec(`INSERT OR IGNORE INTO consent_events(meter_id, grantee, owner, scope, expiry, tx_hash, block, block_hash, log_index)
					VALUES(?,?,?,?,?,?,?,?,?)`, append([]any{ev.MeterId, ev.Grantee.Hex(), ev.Owner.Hex(), ev.Scope, ev.Expiry, l.TxHash.Hex()}, tag(l)...)...)
				return err
			},
			"ConsentRevoked": func(tx *sql.Tx, l types.Log) error {
				ev, err := abi.UnpackConsentRevokedEvent(&l)
				if err != nil {
					return err
				}
				_, err = tx.Exec(`INSERT OR IGNORE INTO consent_events(meter_id, grantee, owner, scope, expiry, tx_hash, block, block_hash, log_index)
					VALUES(?,?,?,0,0,?,?,?,?)`, append([]any{ev.MeterId, ev.Grantee.Hex(), ev.Owner.Hex(), l.TxHash.Hex()}, tag(l)...)...)
				return err
			},
		},
		Tables: []string{"consent_events"},
	}
}

// Index reads the access tables. Safe for concurrent use.
type Index struct {
	db *sql.DB
	// Now is the clock expiry is checked against (default time.Now).
	Now func() time.Time
}

// New reads the tables in db (Schema applied by Follow, or by Open).
func New(db *sql.DB) *Index { return &Index{db: db, Now: time.Now} }

// ErrUnknownMeter is returned for a meter the index has no registration of.
var ErrUnknownMeter = errors.New("unknown meter")

const meterQuery = `SELECT m.meter_id,
	(SELECT o.owner FROM meter_owners o WHERE o.meter_id = m.meter_id ORDER BY o.block DESC, o.log_index DESC LIMIT 1),
	m.class FROM meter_owners m WHERE m.class >= 0`

// Meters lists every registered meter with its current owner, by id.
func (ix *Index) Meters(ctx context.Context) ([]consent.Meter, error) {
	return ix.meters(ctx, meterQuery+` ORDER BY m.meter_id`)
}

// OwnedBy lists the meters an address owns now.
func (ix *Index) OwnedBy(ctx context.Context, owner common.Address) ([]consent.Meter, error) {
	all, err := ix.Meters(ctx)
	if err != nil {
		return nil, err
	}
	var out []consent.Meter
	for _, m := range all {
		if m.Owner == owner {
			out = append(out, m)
		}
	}
	return out, nil
}

// Meter returns one meter (ErrUnknownMeter if never registered).
func (ix *Index) Meter(ctx context.Context, id uint64) (consent.Meter, error) {
	ms, err := ix.meters(ctx, meterQuery+` AND m.meter_id = ?`, id)
	if err != nil {
		return consent.Meter{}, err
	}
	if len(ms) == 0 {
		return consent.Meter{}, fmt.Errorf("meter %d: %w", id, ErrUnknownMeter)
	}
	return ms[0], nil
}

func (ix *Index) meters(ctx context.Context, q string, args ...any) ([]consent.Meter, error) {
	rows, err := ix.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("query meters: %w", err)
	}
	defer rows.Close()
	var out []consent.Meter
	for rows.Next() {
		var m consent.Meter
		var owner string
		var class int
		if err := rows.Scan(&m.ID, &owner, &class); err != nil {
			return nil, fmt.Errorf("read meter: %w", err)
		}
		m.Owner, m.Prosumer = common.HexToAddress(owner), class == 1
		out = append(out, m)
	}
	return out, rows.Err()
}

// latest grant event per (meter, grantee) matching where.
const grantQuery = `SELECT c.meter_id, c.grantee, c.owner, c.scope, c.expiry, c.tx_hash, c.block, c.log_index FROM consent_events c
	WHERE c.rowid = (SELECT c2.rowid FROM consent_events c2 WHERE c2.meter_id = c.meter_id AND c2.grantee = c.grantee
		ORDER BY c2.block DESC, c2.log_index DESC LIMIT 1) AND c.scope != 0`

// Grants lists a meter's current grants (revoked ones left out; expired ones with Active false).
func (ix *Index) Grants(ctx context.Context, meterID uint64) ([]consent.Grant, error) {
	return ix.grants(ctx, grantQuery+` AND c.meter_id = ? ORDER BY c.grantee`, meterID)
}

// GrantsTo lists the current grants an address holds, on every meter.
func (ix *Index) GrantsTo(ctx context.Context, grantee common.Address) ([]consent.Grant, error) {
	return ix.grants(ctx, grantQuery+` AND c.grantee = ? ORDER BY c.meter_id`, grantee.Hex())
}

// Allowed says whether grantee may now see every bit of scope on the meter: a grant that is not
// revoked, not expired (checked against Now at this call) and was given by the current owner in
// the current ownership (no ownership event since).
func (ix *Index) Allowed(ctx context.Context, meterID uint64, grantee common.Address, scope consent.Scope) (bool, error) {
	gs, err := ix.grants(ctx, grantQuery+` AND c.meter_id = ? AND c.grantee = ?`, meterID, grantee.Hex())
	if err != nil || len(gs) == 0 {
		return false, err
	}
	return gs[0].Active && gs[0].Scope&scope == scope && scope != 0, nil
}

func (ix *Index) grants(ctx context.Context, q string, args ...any) ([]consent.Grant, error) {
	rows, err := ix.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("query grants: %w", err)
	}
	var out []consent.Grant
	for rows.Next() {
		var g consent.Grant
		var grantee, owner, txHash string
		var expiry int64
		if err := rows.Scan(&g.MeterID, &grantee, &owner, &g.Scope, &expiry, &txHash, &g.Block, &g.LogIndex); err != nil {
			rows.Close()
			return nil, fmt.Errorf("read grant: %w", err)
		}
		g.Grantee, g.Owner, g.TxHash = common.HexToAddress(grantee), common.HexToAddress(owner), common.HexToHash(txHash)
		g.Expiry, g.Scopes = time.Unix(expiry, 0).UTC(), g.Scope.Names()
		out = append(out, g)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	now := ix.Now()
	for i := range out {
		owners, err := ix.Owners(ctx, out[i].MeterID)
		if err != nil {
			return nil, err
		}
		out[i].Active = now.Before(out[i].Expiry) && len(owners) > 0 && givenIn(out[i], owners[len(owners)-1])
	}
	return out, nil
}

// givenIn says whether the grant was given by the owner of ownership o, after o began.
func givenIn(g consent.Grant, o consent.Ownership) bool {
	after := g.Block > o.Block || (g.Block == o.Block && g.LogIndex > o.LogIndex)
	return after && g.Owner == o.Owner
}

// Indexed is the last block the index has followed (the settlement follower's cursor; 0 before
// its first block): events after it are not in the index yet.
func (ix *Index) Indexed(ctx context.Context) (uint64, error) {
	c, _, err := follower.CursorIn(ctx, ix.db, follower.DefaultName)
	return c.Number, err
}

// Owners is the meter's ownership history, oldest first: its registration, then each owner change
// (empty for a meter never registered).
func (ix *Index) Owners(ctx context.Context, meterID uint64) ([]consent.Ownership, error) {
	rows, err := ix.db.QueryContext(ctx, `SELECT owner, block, log_index FROM meter_owners WHERE meter_id = ? ORDER BY block, log_index`, meterID)
	if err != nil {
		return nil, fmt.Errorf("query owners of meter %d: %w", meterID, err)
	}
	defer rows.Close()
	var out []consent.Ownership
	for rows.Next() {
		var o consent.Ownership
		var owner string
		if err := rows.Scan(&owner, &o.Block, &o.LogIndex); err != nil {
			return nil, fmt.Errorf("read owner of meter %d: %w", meterID, err)
		}
		o.Owner = common.HexToAddress(owner)
		out = append(out, o)
	}
	return out, rows.Err()
}
