package market

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/meterchain/meterchain/bindings/anchoredboundaries"
	"github.com/meterchain/meterchain/internal/anchor"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/settlement"
	"github.com/meterchain/meterchain/settlement/follower"
)

// On an anchored deployment nothing runs per reading on chain, so the market's boundary readings
// reach it in two steps, both open to anyone and both checked on chain:
//
//   - as the settlement service's prover applies a final batch (settlement.OnFinalBatch), the
//     automation keeps the proof of every accepted reading at a window boundary of a meter with
//     an order for a window starting or ending there (market_final_readings);
//   - when a trade needs such a boundary, it sends AnchoredBoundaries.proveReadings (kind
//     prove-boundary, one transaction per batch), and once the index shows BoundaryProven it
//     records the registers in the market exactly as on a verified ledger (recordReadings).
//
// The proofs are rebuilt by the prover's replay after a restart or a reorg (INSERT OR REPLACE),
// and a proof the chain no longer takes only fails its estimate: nothing is sent from it.
const anchoredSchema = `
CREATE TABLE IF NOT EXISTS market_final_readings (
	meter_id INTEGER NOT NULL, ts INTEGER NOT NULL, batch INTEGER NOT NULL, leaf_index INTEGER NOT NULL, leaf TEXT NOT NULL,
	PRIMARY KEY (meter_id, ts));
CREATE TABLE IF NOT EXISTS market_final_batches (batch INTEGER PRIMARY KEY, header TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS market_proven (
	meter_id INTEGER NOT NULL, ts INTEGER NOT NULL, seq INTEGER NOT NULL, import_wh INTEGER NOT NULL, export_wh INTEGER NOT NULL,
	block INTEGER NOT NULL, PRIMARY KEY (meter_id, ts));`

// ProofsPerTx bounds the readings one proveReadings proves: each is ~20 words with its path, so
// a full transaction stays far below 128 KiB (SendSplit halves it if the gas cap is reached).
const ProofsPerTx = 100

// anchoredBoundaries is the deployment's AnchoredBoundaries contract.
type anchoredBoundaries struct {
	addr common.Address
	abi  *anchoredboundaries.AnchoredBoundaries
}

// provenContract indexes the boundaries proven on chain (by the automation or anyone else).
func (a *Automation) provenContract() follower.Contract {
	ab := a.anchored.abi
	return follower.Contract{
		Name: "AnchoredBoundaries", Address: a.anchored.addr, ABI: ab.GetABI(),
		Events: map[string]follower.HandleFunc{
			"BoundaryProven": func(tx *sql.Tx, l types.Log) error {
				ev, err := ab.UnpackBoundaryProvenEvent(&l)
				if err != nil {
					return err
				}
				_, err = tx.Exec(`INSERT OR IGNORE INTO market_proven VALUES(?,?,?,?,?,?)`,
					ev.MeterId, ev.Timestamp, ev.Seq, ev.ImportWh, ev.ExportWh, l.BlockNumber)
				return err
			},
		},
		Tables: []string{"market_proven"},
	}
}

// finalReadings keeps, of final batch b, the proofs of the accepted readings at window boundaries
// of meters with an order for a window starting or ending there.
func (a *Automation) finalReadings(ctx context.Context, b settlement.FinalBatch) error {
	tx, err := a.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback() //nolint:errcheck // a no-op after Commit
	var proofs *anchor.Proofs
	for i, e := range b.Entries {
		r := e.Reading
		if e.Verdict != reading.Accepted || r.Timestamp%a.windowLen != 0 {
			continue
		}
		var ordered bool
		if err := tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM market_orders WHERE meter_id = ? AND (win = ? OR win = ?))`,
			r.MeterID, r.Timestamp, int64(r.Timestamp)-int64(a.windowLen)).Scan(&ordered); err != nil {
			return err
		}
		if !ordered {
			continue
		}
		if proofs == nil {
			if proofs, err = anchor.NewProofs(b.Header, b.Entries); err != nil {
				return fmt.Errorf("batch %d: %w", b.Number, err)
			}
		}
		leaf, err := proofs.Reading(uint32(i))
		if err != nil {
			return err
		}
		js, err := json.Marshal(leaf)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO market_final_readings VALUES(?,?,?,?,?)`,
			r.MeterID, r.Timestamp, b.Number, i, string(js)); err != nil {
			return err
		}
	}
	if proofs != nil {
		js, err := json.Marshal(b.Header)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO market_final_batches VALUES(?,?)`, b.Number, string(js)); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// proofBatch is what one batch's proveReadings proves.
type proofBatch struct {
	header  anchor.Header
	keys    []string
	indexes []uint32
	leaves  []anchoredboundaries.AnchoredLedgerNeighbour
}

// recordAnchored records the needed boundaries proven already and proves the others that a final
// batch gives; the rest are not final yet (settle waits, or settles as undelivered after the grace).
func (a *Automation) recordAnchored(ctx context.Context, cursor uint64, needed []boundary) error {
	var records [][]byte
	var keys []string
	batches := map[uint64]*proofBatch{}
	for _, k := range needed {
		var r reading.Reading
		err := a.db.QueryRowContext(ctx, `SELECT seq, import_wh, export_wh FROM market_proven WHERE meter_id = ? AND ts = ?`,
			k.meter, k.ts).Scan(&r.Seq, &r.ImportWh, &r.ExportWh)
		if err == nil {
			// The market reads only the meter, time and registers of a record: it compares them
			// with what AnchoredBoundaries proved, so the signature part stays zero.
			r.MeterID, r.Timestamp = k.meter, k.ts
			records, keys = append(records, reading.Pack(r, reading.Signature{})), append(keys, k.String())
			continue
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		if b, err := a.ledger.Busy(ctx, kindProve, k.String(), cursor); err != nil || b {
			if err != nil {
				return err
			}
			continue
		}
		var batch uint64
		var index uint32
		var leafJSON string
		err = a.db.QueryRowContext(ctx, `SELECT batch, leaf_index, leaf FROM market_final_readings WHERE meter_id = ? AND ts = ?`,
			k.meter, k.ts).Scan(&batch, &index, &leafJSON)
		if errors.Is(err, sql.ErrNoRows) {
			continue
		}
		if err != nil {
			return err
		}
		pb, err := a.proofBatch(ctx, batches, batch)
		if err != nil {
			return err
		}
		var leaf anchor.Neighbour
		if err := json.Unmarshal([]byte(leafJSON), &leaf); err != nil {
			return fmt.Errorf("boundary %s: %w", k, err)
		}
		pb.keys, pb.indexes = append(pb.keys, k.String()), append(pb.indexes, index)
		pb.leaves = append(pb.leaves, anchoredboundaries.AnchoredLedgerNeighbour(leaf))
	}
	numbers := make([]uint64, 0, len(batches))
	for n := range batches {
		numbers = append(numbers, n)
	}
	sort.Slice(numbers, func(i, j int) bool { return numbers[i] < numbers[j] })
	var errs []error
	for _, n := range numbers {
		pb := batches[n]
		h := anchoredboundaries.AnchoredLedgerHeader(pb.header)
		if err := a.ledger.SendSplit(ctx, kindProve, pb.keys, ProofsPerTx, a.anchored.addr, func(i, j int) []byte {
			return a.anchored.abi.PackProveReadings(h, n, pb.indexes[i:j], pb.leaves[i:j])
		}); err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			errs = append(errs, fmt.Errorf("prove boundaries of batch %d: %w", n, err))
		}
	}
	return errors.Join(append(errs, a.sendRecords(ctx, keys, records))...)
}

// proofBatch is batch's entry in batches, its header read from the store the first time.
func (a *Automation) proofBatch(ctx context.Context, batches map[uint64]*proofBatch, batch uint64) (*proofBatch, error) {
	if pb, ok := batches[batch]; ok {
		return pb, nil
	}
	var js string
	if err := a.db.QueryRowContext(ctx, `SELECT header FROM market_final_batches WHERE batch = ?`, batch).Scan(&js); err != nil {
		return nil, fmt.Errorf("batch %d header: %w", batch, err)
	}
	pb := &proofBatch{}
	if err := json.Unmarshal([]byte(js), &pb.header); err != nil {
		return nil, fmt.Errorf("batch %d header: %w", batch, err)
	}
	batches[batch] = pb
	return pb, nil
}
