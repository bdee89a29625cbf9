package portal

import (
	"context"
	"fmt"
	"io"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/oracle/store"
)

// AuditReport is the outcome of re-verifying a meter's stored data against the chain.
type AuditReport struct {
	MeterID    uint64
	Readings   int      // stored readings the ledger accepted
	ReadingsOK int      // of which match the chain and carry a valid meter signature
	OnChain    int      // ReadingAccepted events of the meter
	Bills      int      // bills in the index
	BillsOK    int      // of which match the registers and the tariff
	Problems   []string // one line per mismatch
}

// OK is true when nothing mismatched.
func (r AuditReport) OK() bool { return len(r.Problems) == 0 }

// Print writes the report for people.
func (r AuditReport) Print(w io.Writer) {
	fmt.Fprintf(w, "audit of meter %d\n", r.MeterID)
	fmt.Fprintf(w, "  readings: %d stored as accepted, %d verified (detail hash, registers, meter signature); %d accepted on chain\n", r.Readings, r.ReadingsOK, r.OnChain)
	fmt.Fprintf(w, "  bills:    %d indexed, %d verified (period registers, tariff)\n", r.Bills, r.BillsOK)
	if r.OK() {
		fmt.Fprintln(w, "  result:   OK, everything matches the chain")
		return
	}
	fmt.Fprintf(w, "  result:   %d MISMATCH(ES)\n", len(r.Problems))
	for _, p := range r.Problems {
		fmt.Fprintf(w, "  - %s\n", p)
	}
}

// signers lists every key the meter has signed with (registration and rotations).
func (s *Server) signers(ctx context.Context, meterID uint64, head uint64) (map[common.Address]bool, error) {
	abi := s.regABI.GetABI()
	logs, err := s.cfg.Backend.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{s.cfg.Deployment.MeterRegistry},
		FromBlock: new(big.Int).SetUint64(s.cfg.Deployment.Block), ToBlock: new(big.Int).SetUint64(head),
		Topics: [][]common.Hash{{abi.Events["MeterRegistered"].ID, abi.Events["SignerRotated"].ID}, {common.BigToHash(new(big.Int).SetUint64(meterID))}}})
	if err != nil {
		return nil, fmt.Errorf("registry events of meter %d: %w", meterID, err)
	}
	out := map[common.Address]bool{}
	for i := range logs {
		if ev, err := s.regABI.UnpackMeterRegisteredEvent(&logs[i]); err == nil {
			out[ev.Signer] = true
		} else if ev, err := s.regABI.UnpackSignerRotatedEvent(&logs[i]); err == nil {
			out[ev.NewSigner] = true
		}
	}
	return out, nil
}

// chargeBaseUnits is BillingManager's bill rule: the exact charge in thousandths of a base unit,
// rounded once, half up, to a whole cent.
func chargeBaseUnits(fixed *big.Int, upToWh []uint64, prices []*big.Int, billedWh uint64, decimals int32) *big.Int {
	milli := new(big.Int).Mul(fixed, big.NewInt(1000))
	var lower uint64
	rest := billedWh
	for i := 0; i < len(prices) && rest > 0; i++ {
		take := rest
		if i < len(upToWh) {
			take = min(rest, upToWh[i]-lower)
			lower = upToWh[i]
		}
		milli.Add(milli, new(big.Int).Mul(new(big.Int).SetUint64(take), prices[i]))
		rest -= take
	}
	cent := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(decimals-2)), nil)
	unit := new(big.Int).Mul(cent, big.NewInt(1000))
	cents := milli.Add(milli, new(big.Int).Rsh(unit, 1))
	cents.Quo(cents, unit)
	return cents.Mul(cents, cent)
}

// Audit re-verifies everything stored about a meter: each accepted reading's detail record and
// registers against its ReadingAccepted event and its signature against the meter's keys; every
// accepted event on chain is in the store; each bill's energy against the ledger's period
// registers and its amount against the tariff.
func (s *Server) Audit(ctx context.Context, meterID uint64) (AuditReport, error) {
	rep := AuditReport{MeterID: meterID}
	head, err := s.cfg.Backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return rep, fmt.Errorf("chain head: %w", err)
	}
	events, err := AcceptedEvents(ctx, s.cfg.Backend, s.cfg.Deployment.ReadingLedger, meterID, s.cfg.Deployment.Block, head.Number.Uint64())
	if err != nil {
		return rep, err
	}
	rep.OnChain = len(events)
	keys, err := s.signers(ctx, meterID, head.Number.Uint64())
	if err != nil {
		return rep, err
	}
	domain := reading.Domain{ChainID: s.cfg.Deployment.ChainID, Ledger: s.cfg.Deployment.ReadingLedger}
	stored := map[uint64]store.Status{}
	for off := 0; ; {
		rs, err := s.cfg.Store.MeterReadings(ctx, meterID, 0, 0, 1000, off)
		if err != nil {
			return rep, err
		}
		for _, r := range rs {
			stored[r.Reading.Seq] = r.Status
			if r.Status != store.Accepted {
				continue
			}
			rep.Readings++
			ev, ok := events[r.Reading.Seq]
			v := Check(r, ev, ok)
			problem := ""
			if !v.Verified {
				problem = v.Message
			} else if signer, err := reading.Recover(domain, r.Reading, r.Signature); err != nil {
				problem = "signature: " + err.Error()
			} else if !keys[signer] {
				problem = "signed by " + signer.Hex() + ", not a key of the meter"
			}
			if problem != "" {
				rep.Problems = append(rep.Problems, fmt.Sprintf("reading seq %d (row %d): %s", r.Reading.Seq, r.ID, problem))
				continue
			}
			rep.ReadingsOK++
		}
		off += len(rs)
		if len(rs) < 1000 {
			break
		}
	}
	for seq, ev := range events {
		switch st, ok := stored[seq]; {
		case !ok:
			rep.Problems = append(rep.Problems, fmt.Sprintf("reading seq %d accepted on chain (block %d, tx %s) is missing from the store", seq, ev.Block, ev.TxHash.Hex()))
		case st == store.Rejected || st == store.Refused:
			rep.Problems = append(rep.Problems, fmt.Sprintf("reading seq %d is stored as %s but was accepted on chain (block %d, tx %s)", seq, st, ev.Block, ev.TxHash.Hex()))
		}
		// received/submitted: the oracle has not settled its receipt yet (an audit beside a running oracle)
	}

	bills, err := s.cfg.Bills.Bills(ctx, meterID)
	if err != nil {
		return rep, err
	}
	acc, e := s.account(ctx, meterID)
	if e != nil {
		return rep, e
	}
	led := s.ledABI.Instance(s.cfg.Backend, s.cfg.Deployment.ReadingLedger)
	bm := s.billing.Instance(s.cfg.Backend, s.cfg.Deployment.BillingManager)
	opts := &bind.CallOpts{Context: ctx}
	tariff, err := bind.Call(bm, opts, s.billing.PackTariff(acc.TariffId), s.billing.UnpackTariff)
	if err != nil {
		return rep, fmt.Errorf("read tariff %d: %w", acc.TariffId, err)
	}
	for _, b := range bills {
		rep.Bills++
		regs, err := bind.Call(led, opts, s.ledABI.PackPeriodRegisters(meterID, b.Period), s.ledABI.UnpackPeriodRegisters)
		if err != nil {
			rep.Problems = append(rep.Problems, fmt.Sprintf("bill %d (%s): the ledger has no registers for the period: %v", b.Period, b.ID, err))
			continue
		}
		energy := regs.ClosingImportWh - regs.OpeningImportWh
		if energy != b.EnergyWh {
			rep.Problems = append(rep.Problems, fmt.Sprintf("bill %d: energy %d Wh, the ledger's registers give %d Wh", b.Period, b.EnergyWh, energy))
			continue
		}
		want := chargeBaseUnits(tariff.FixedCharge, tariff.UpToWh, tariff.PricePerKWh, energy-min(b.P2PWh, energy), s.decimals)
		if want.Cmp(b.Amount) != 0 {
			rep.Problems = append(rep.Problems, fmt.Sprintf("bill %d: amount %s, tariff %d gives %s for %d Wh", b.Period, s.money(b.Amount), acc.TariffId, s.money(want), energy-b.P2PWh))
			continue
		}
		rep.BillsOK++
	}
	return rep, nil
}
