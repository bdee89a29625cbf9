// Package audit re-verifies what the oracle's store and the settlement index hold about a meter
// against the chain: each stored reading against its ReadingAccepted event and the meter's keys,
// each bill against the ledger's period registers and the tariff. The portal shows its per-reading
// check beside every reading; `meterchain audit` prints the per-meter report. It reads the stores
// through the narrow interfaces below and the chain through a contract backend, so it needs no
// web server.
package audit

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/meterchain/meterchain/bindings"
	"github.com/meterchain/meterchain/deploy"
	"github.com/meterchain/meterchain/internal/billing"
	"github.com/meterchain/meterchain/internal/ocmf"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/internal/stored"
	"github.com/meterchain/meterchain/internal/tariff"
)

// Bills lists a meter's bills (settlement/index's Index does).
type Bills interface {
	Bills(ctx context.Context, meterID uint64) ([]billing.Bill, error)
}

// Config is what an audit reads: the deployment, the chain, the oracle's readings and the
// settlement index's bills.
type Config struct {
	Deployment *deploy.Deployment
	Backend    bind.ContractBackend
	Readings   stored.MeterReader
	Bills      Bills
	Decimals   int32 // of the billing token
}

// Report is the outcome of re-verifying a meter's stored data against the chain.
type Report struct {
	MeterID    uint64
	Readings   int      // stored readings the ledger accepted
	ReadingsOK int      // of which match the chain and carry a valid meter signature
	OnChain    int      // ReadingAccepted events of the meter
	Bills      int      // bills in the index
	BillsOK    int      // of which match the registers and the tariff
	Problems   []string // one line per mismatch
}

// OK is true when nothing mismatched.
func (r Report) OK() bool { return len(r.Problems) == 0 }

// Print writes the report for people.
func (r Report) Print(w io.Writer) {
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
func signers(ctx context.Context, cfg Config, meterID uint64, head uint64) (map[common.Address]bool, error) {
	abi := registryABI.GetABI()
	logs, err := cfg.Backend.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{cfg.Deployment.MeterRegistry},
		FromBlock: new(big.Int).SetUint64(cfg.Deployment.Block), ToBlock: new(big.Int).SetUint64(head),
		Topics: [][]common.Hash{{abi.Events["MeterRegistered"].ID, abi.Events["SignerRotated"].ID}, {common.BigToHash(new(big.Int).SetUint64(meterID))}}})
	if err != nil {
		return nil, fmt.Errorf("registry events of meter %d: %w", meterID, err)
	}
	out := map[common.Address]bool{}
	for i := range logs {
		if ev, err := registryABI.UnpackMeterRegisteredEvent(&logs[i]); err == nil {
			out[ev.Signer] = true
		} else if ev, err := registryABI.UnpackSignerRotatedEvent(&logs[i]); err == nil {
			out[ev.NewSigner] = true
		}
	}
	return out, nil
}

// keyThatSigned is the name of the key that signed r: recovered for secp256k1; for P-256 (no
// recovery) the meter's P-256 key whose verification succeeds, the keys read from the registry.
func keyThatSigned(ctx context.Context, cfg Config, d reading.Domain, r stored.Reading, keys map[common.Address]bool) (common.Address, error) {
	if r.Ocmf != nil {
		return ocmfKeyThatSigned(ctx, cfg, r, keys)
	}
	sig, isP256 := r.Signature.P256()
	if !isP256 {
		return reading.Recover(d, r.Reading, r.Signature)
	}
	p256, err := p256Keys(ctx, cfg, keys)
	if err != nil {
		return common.Address{}, err
	}
	for _, key := range p256 {
		if signer, err := reading.VerifyP256(d, r.Reading, sig, key); err == nil {
			return signer, nil
		}
	}
	return common.Address{}, errors.New("no P-256 key of the meter verifies it")
}

// ocmfKeyThatSigned is keyThatSigned for an OCMF record: its signature over SHA-256 of the
// payload, by the meter's P-256 key that verifies it or the secp256k1 key it recovers to.
func ocmfKeyThatSigned(ctx context.Context, cfg Config, r stored.Reading, keys map[common.Address]bool) (common.Address, error) {
	payload, section, err := ocmf.Split(r.Ocmf)
	if err != nil {
		return common.Address{}, err
	}
	sig, err := ocmf.ParseSignature(section)
	if err != nil {
		return common.Address{}, err
	}
	digest := sha256.Sum256(payload)
	if sig.Algorithm == ocmf.AlgP256 {
		p256, err := p256Keys(ctx, cfg, keys)
		if err != nil {
			return common.Address{}, err
		}
		for name, key := range p256 {
			if ocmf.VerifyP256(digest, sig, key) {
				return name, nil
			}
		}
		return common.Address{}, errors.New("no P-256 key of the meter verifies the OCMF record")
	}
	for name := range keys {
		if _, err := ocmf.RecoverSecp256k1(digest, sig, name); err == nil {
			return name, nil
		}
	}
	return common.Address{}, errors.New("the OCMF record recovers to no key of the meter")
}

// p256Keys are the P-256 public keys among the meter's keys, as the registry publishes them.
func p256Keys(ctx context.Context, cfg Config, keys map[common.Address]bool) (map[common.Address]reading.P256Key, error) {
	out := map[common.Address]reading.P256Key{}
	reg := registryABI.Instance(cfg.Backend, cfg.Deployment.MeterRegistry)
	for name := range keys {
		k, err := bind.Call(reg, &bind.CallOpts{Context: ctx}, registryABI.PackP256KeyOf(name), registryABI.UnpackP256KeyOf)
		if err != nil {
			return nil, fmt.Errorf("P-256 key %s: %w", name.Hex(), err)
		}
		var key reading.P256Key
		copy(key[:32], k.X[:])
		copy(key[32:], k.Y[:])
		if key != (reading.P256Key{}) { // zero: a secp256k1 key of the meter
			out[name] = key
		}
	}
	return out, nil
}

var (
	registryABI = bindings.NewMeterRegistry()
	billingABI  = bindings.NewBillingManager()
)

// Meter re-verifies everything stored about a meter: each accepted reading's detail record and
// registers against its ReadingAccepted event and its signature against the meter's keys; every
// accepted event on chain is in the store; each bill's energy against the ledger's period
// registers and its amount against the tariff.
func Meter(ctx context.Context, cfg Config, meterID uint64) (Report, error) {
	rep := Report{MeterID: meterID}
	if cfg.Deployment.Anchored() {
		return rep, errors.New("audit: a whole-meter audit of an anchored deployment is not built yet; the portal checks each reading against its batch (VerifyAnchored)")
	}
	head, err := cfg.Backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return rep, fmt.Errorf("chain head: %w", err)
	}
	events, err := AcceptedEvents(ctx, cfg.Backend, cfg.Deployment.ReadingLedger, meterID, cfg.Deployment.Block, head.Number.Uint64())
	if err != nil {
		return rep, err
	}
	rep.OnChain = len(events)
	keys, err := signers(ctx, cfg, meterID, head.Number.Uint64())
	if err != nil {
		return rep, err
	}
	domain := reading.Domain{ChainID: cfg.Deployment.ChainID, Ledger: cfg.Deployment.ReadingLedger}
	statusOf := map[uint64]stored.Status{}
	err = stored.Each(ctx, cfg.Readings, meterID, 0, 0, func(r stored.Reading) {
		statusOf[r.Reading.Seq] = r.Status
		if r.Status != stored.Accepted {
			return
		}
		rep.Readings++
		ev, ok := events[r.Reading.Seq]
		v := Check(r, ev, ok)
		problem := ""
		if !v.Verified {
			problem = v.Message
		} else if signer, err := keyThatSigned(ctx, cfg, domain, r, keys); err != nil {
			problem = "signature: " + err.Error()
		} else if !keys[signer] {
			problem = "signed by " + signer.Hex() + ", not a key of the meter"
		}
		if problem != "" {
			rep.Problems = append(rep.Problems, fmt.Sprintf("reading seq %d (row %d): %s", r.Reading.Seq, r.ID, problem))
			return
		}
		rep.ReadingsOK++
	})
	if err != nil {
		return rep, err
	}
	for seq, ev := range events {
		switch st, ok := statusOf[seq]; {
		case !ok:
			rep.Problems = append(rep.Problems, fmt.Sprintf("reading seq %d accepted on chain (block %d, tx %s) is missing from the store", seq, ev.Block, ev.TxHash.Hex()))
		case st == stored.Rejected || st == stored.Refused:
			rep.Problems = append(rep.Problems, fmt.Sprintf("reading seq %d is stored as %s but was accepted on chain (block %d, tx %s)", seq, st, ev.Block, ev.TxHash.Hex()))
		}
		// received/submitted: the oracle has not settled its receipt yet (an audit beside a running oracle)
	}

	bills, err := cfg.Bills.Bills(ctx, meterID)
	if err != nil {
		return rep, err
	}
	opts := &bind.CallOpts{Context: ctx}
	acc, err := bind.Call(registryABI.Instance(cfg.Backend, cfg.Deployment.MeterRegistry), opts, registryABI.PackAccountOf(meterID), registryABI.UnpackAccountOf)
	if err != nil {
		return rep, fmt.Errorf("read meter %d from the registry: %w", meterID, err)
	}
	if acc.Owner == (common.Address{}) {
		return rep, fmt.Errorf("meter %d is not registered", meterID)
	}
	led := ledgerBinding.Instance(cfg.Backend, cfg.Deployment.ReadingLedger)
	onChain, err := bind.Call(billingABI.Instance(cfg.Backend, cfg.Deployment.BillingManager), opts, billingABI.PackTariff(acc.TariffId), billingABI.UnpackTariff)
	if err != nil {
		return rep, fmt.Errorf("read tariff %d: %w", acc.TariffId, err)
	}
	// The bill rule is internal/tariff's, which tests hold to BillingManager's quote: the audit
	// checks the chain's and the index's bills against it, it does not restate it.
	rule := tariff.Tariff{ID: acc.TariffId, FixedCharge: onChain.FixedCharge, UpToWh: onChain.UpToWh, PricePerKWh: onChain.PricePerKWh}
	for _, b := range bills {
		rep.Bills++
		regs, err := bind.Call(led, opts, ledgerBinding.PackPeriodRegisters(meterID, b.Period), ledgerBinding.UnpackPeriodRegisters)
		if err != nil {
			rep.Problems = append(rep.Problems, fmt.Sprintf("bill %d (%s): the ledger has no registers for the period: %v", b.Period, b.ID, err))
			continue
		}
		energy := regs.ClosingImportWh - regs.OpeningImportWh
		if energy != b.EnergyWh {
			rep.Problems = append(rep.Problems, fmt.Sprintf("bill %d: energy %d Wh, the ledger's registers give %d Wh", b.Period, b.EnergyWh, energy))
			continue
		}
		billed := energy - min(b.P2PWh, energy)
		want := rule.Amount(billed, cfg.Decimals)
		if want.Cmp(b.Amount) != 0 {
			rep.Problems = append(rep.Problems, fmt.Sprintf("bill %d: amount %s, tariff %d gives %s for %d Wh", b.Period,
				tariff.FormatAmount(b.Amount, cfg.Decimals), acc.TariffId, tariff.FormatAmount(want, cfg.Decimals), billed))
			continue
		}
		rep.BillsOK++
	}
	return rep, nil
}
