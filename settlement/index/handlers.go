package index

import (
	"database/sql"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/meterchain/meterchain/bindings"
	"github.com/meterchain/meterchain/bindings/anchoredledger"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/settlement/follower"
)

// LedgerContract indexes the ledger's PeriodClosed events: the periods that can be billed.
func LedgerContract(ledger common.Address) follower.Contract {
	abi := bindings.NewReadingLedger()
	return follower.Contract{
		Name: "ReadingLedger", Address: ledger, ABI: abi.GetABI(),
		Events: map[string]follower.HandleFunc{
			"PeriodClosed": func(tx *sql.Tx, l types.Log) error {
				ev, err := abi.UnpackPeriodClosedEvent(&l)
				if err != nil {
					return err
				}
				_, err = tx.Exec(`INSERT OR IGNORE INTO periods_closed(meter_id, period, import_wh, export_wh, block, block_hash, log_index)
					VALUES(?,?,?,?,?,?,?)`, ev.MeterId, ev.Period, ev.ImportWh, ev.ExportWh, l.BlockNumber, l.BlockHash.Hex(), l.Index)
				return err
			},
		},
		Tables: []string{"periods_closed"},
	}
}

// AnchoredLedgerContract indexes an AnchoredLedger's RegistersProven events, and from them the
// periods that can be billed: a period is closed (AnchoredLedger.isPeriodClosed) once the
// registers at its end and at the end of the period before are both proven. The periods_closed
// row carries the block of the later of the two events, so a reorg that drops either drops it.
func AnchoredLedgerContract(ledger common.Address) follower.Contract {
	abi := anchoredledger.NewAnchoredLedger()
	return follower.Contract{
		Name: "AnchoredLedger", Address: ledger, ABI: abi.GetABI(),
		Events: map[string]follower.HandleFunc{
			"RegistersProven": func(tx *sql.Tx, l types.Log) error {
				ev, err := abi.UnpackRegistersProvenEvent(&l)
				if err != nil {
					return err
				}
				// The ledger stores a (meter, period)'s registers once: a second event cannot differ.
				if _, err := tx.Exec(`INSERT OR IGNORE INTO registers_proven(meter_id, period, import_wh, export_wh, estimated, batch, block, block_hash, log_index)
					VALUES(?,?,?,?,?,?,?,?,?)`, ev.MeterId, ev.Period, ev.ImportWh, ev.ExportWh, ev.Estimated, ev.Batch, l.BlockNumber, l.BlockHash.Hex(), l.Index); err != nil {
					return err
				}
				closed := func(period uint32) error {
					_, err := tx.Exec(`INSERT OR IGNORE INTO periods_closed(meter_id, period, import_wh, export_wh, block, block_hash, log_index)
						SELECT c.meter_id, c.period, c.import_wh, c.export_wh, ?, ?, ? FROM registers_proven c
						JOIN registers_proven o ON o.meter_id = c.meter_id AND o.period = ?
						WHERE c.meter_id = ? AND c.period = ?`, l.BlockNumber, l.BlockHash.Hex(), l.Index, reading.PreviousPeriod(period), ev.MeterId, period)
					return err
				}
				if err := closed(ev.Period); err != nil {
					return err
				}
				return closed(reading.NextPeriod(ev.Period))
			},
		},
		Tables: []string{"registers_proven", "periods_closed"},
	}
}

// BillingContract indexes the BillingManager's bills, payments and autopay events.
func BillingContract(billing common.Address) follower.Contract {
	abi := bindings.NewBillingManager()
	tag := func(l types.Log) []any { return []any{l.BlockNumber, l.BlockHash.Hex(), l.Index} }
	return follower.Contract{
		Name: "BillingManager", Address: billing, ABI: abi.GetABI(),
		Events: map[string]follower.HandleFunc{
			"BillIssued": func(tx *sql.Tx, l types.Log) error {
				ev, err := abi.UnpackBillIssuedEvent(&l)
				if err != nil {
					return err
				}
				// A bill id exists once per chain; the contract refuses a second issue.
				res, err := tx.Exec(`INSERT OR IGNORE INTO bills(bill_id, meter_id, period, energy_wh, p2p_wh, amount, due, tx_hash, block, block_hash, log_index)
					VALUES(?,?,?,?,?,?,?,?,?,?,?)`, append([]any{ev.BillId.String(), ev.MeterId, ev.Period, ev.EnergyWh, ev.P2pWh,
					ev.Amount.String(), ev.Due, l.TxHash.Hex()}, tag(l)...)...)
				if err != nil {
					return err
				}
				if n, _ := res.RowsAffected(); n == 0 {
					return fmt.Errorf("bill %s issued twice on one chain", ev.BillId)
				}
				return nil
			},
			"BillSkipped": func(tx *sql.Tx, l types.Log) error {
				ev, err := abi.UnpackBillSkippedEvent(&l)
				if err != nil {
					return err
				}
				_, err = tx.Exec(`INSERT INTO bill_skips(meter_id, period, reason, tx_hash, block, block_hash, log_index) VALUES(?,?,?,?,?,?,?)`,
					append([]any{ev.MeterId, ev.Period, ev.Reason, l.TxHash.Hex()}, tag(l)...)...)
				return err
			},
			"BillPaid": func(tx *sql.Tx, l types.Log) error {
				ev, err := abi.UnpackBillPaidEvent(&l)
				if err != nil {
					return err
				}
				_, err = tx.Exec(`INSERT INTO payments(bill_id, payer, amount, paid_total, tx_hash, block, block_hash, log_index) VALUES(?,?,?,?,?,?,?,?)`,
					append([]any{ev.BillId.String(), ev.Payer.Hex(), ev.Amount.String(), ev.PaidTotal.String(), l.TxHash.Hex()}, tag(l)...)...)
				return err
			},
			"BillSettled": func(tx *sql.Tx, l types.Log) error {
				ev, err := abi.UnpackBillSettledEvent(&l)
				if err != nil {
					return err
				}
				_, err = tx.Exec(`INSERT OR IGNORE INTO bill_settlements(bill_id, tx_hash, block, block_hash, log_index) VALUES(?,?,?,?,?)`,
					append([]any{ev.BillId.String(), l.TxHash.Hex()}, tag(l)...)...)
				return err
			},
			"BillOverdue": func(tx *sql.Tx, l types.Log) error {
				ev, err := abi.UnpackBillOverdueEvent(&l)
				if err != nil {
					return err
				}
				_, err = tx.Exec(`INSERT OR IGNORE INTO bill_overdue(bill_id, outstanding, block, block_hash, log_index) VALUES(?,?,?,?,?)`,
					append([]any{ev.BillId.String(), ev.Outstanding.String()}, tag(l)...)...)
				return err
			},
			"AutopaySet": func(tx *sql.Tx, l types.Log) error {
				ev, err := abi.UnpackAutopaySetEvent(&l)
				if err != nil {
					return err
				}
				_, err = tx.Exec(`INSERT INTO autopay_changes(meter_id, payer, cap, block, block_hash, log_index) VALUES(?,?,?,?,?,?)`,
					append([]any{ev.MeterId, ev.Payer.Hex(), ev.CapPerBill.String()}, tag(l)...)...)
				return err
			},
			"AutopayCancelled": func(tx *sql.Tx, l types.Log) error {
				ev, err := abi.UnpackAutopayCancelledEvent(&l)
				if err != nil {
					return err
				}
				_, err = tx.Exec(`INSERT INTO autopay_changes(meter_id, payer, cap, block, block_hash, log_index) VALUES(?,?,'0',?,?,?)`,
					append([]any{ev.MeterId, ev.Payer.Hex()}, tag(l)...)...)
				return err
			},
			"AutopayFailed": func(tx *sql.Tx, l types.Log) error {
				ev, err := abi.UnpackAutopayFailedEvent(&l)
				if err != nil {
					return err
				}
				_, err = tx.Exec(`INSERT INTO autopay_failures(bill_id, payer, reason, tx_hash, block, block_hash, log_index) VALUES(?,?,?,?,?,?,?)`,
					append([]any{ev.BillId.String(), ev.Payer.Hex(), ev.Reason, l.TxHash.Hex()}, tag(l)...)...)
				return err
			},
		},
		Tables: billingTables,
	}
}
