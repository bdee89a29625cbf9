package meterfleet

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/meterchain/meterchain/bindings"
	"github.com/meterchain/meterchain/internal/chaintx"
	"github.com/meterchain/meterchain/internal/reading"
)

// Backend is the chain access registration and resuming need.
type Backend = chaintx.Backend

// Register registers meters in bulk from the registrar: every transaction is signed with its own
// nonce and sent at once, so many land in each block, then every receipt is waited for. Meters
// already registered (with this signer) are skipped, so a restart can call it again.
func Register(ctx context.Context, b Backend, registrar *bind.TransactOpts, registry common.Address, meters []*Meter, tariffID uint32) error {
	abi := bindings.NewMeterRegistry()
	reg := abi.Instance(b, registry)
	var todo []*Meter
	for _, m := range meters {
		auth, err := bind.Call(reg, &bind.CallOpts{Context: ctx}, abi.PackAuthOf(m.ID), abi.UnpackAuthOf)
		if err != nil {
			return fmt.Errorf("read meter %d: %w", m.ID, err)
		}
		switch auth.Signer {
		case common.Address{}:
			todo = append(todo, m)
		case m.Signer():
		default:
			return fmt.Errorf("meter %d is registered with another signer (%s)", m.ID, auth.Signer)
		}
	}
	if len(todo) == 0 {
		return nil
	}
	nonce, err := b.PendingNonceAt(ctx, registrar.From)
	if err != nil {
		return fmt.Errorf("registrar nonce: %w", err)
	}
	tip, err := b.SuggestGasTipCap(ctx)
	if err != nil {
		return fmt.Errorf("gas tip: %w", err)
	}
	head, err := b.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("head: %w", err)
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(3)))
	gas := map[bool]uint64{} // by curve (P-256: the registry stores the public key too)
	txs := make([]*types.Transaction, 0, len(todo))
	for i, m := range todo {
		data := abi.PackRegister(m.ID, m.Owner, m.Signer(), uint8(m.Class), tariffID, m.MaxPowerW)
		pub, p256 := m.P256Key()
		if p256 {
			data = abi.PackRegisterP256(m.ID, m.Owner, pub.X(), pub.Y(), uint8(m.Class), tariffID, m.MaxPowerW)
		}
		opts := *registrar
		opts.Context, opts.Nonce, opts.GasTipCap, opts.GasFeeCap = ctx, new(big.Int).SetUint64(nonce+uint64(i)), tip, feeCap
		opts.GasLimit = gas[p256] // the first estimate (of an identical call) serves for all
		tx, err := bind.Transact(reg, &opts, data)
		if err != nil {
			return fmt.Errorf("register meter %d: %w", m.ID, err)
		}
		if gas[p256] == 0 {
			gas[p256] = tx.Gas() + tx.Gas()/4
		}
		txs = append(txs, tx)
	}
	for i, tx := range txs {
		if _, err := chaintx.WaitOK(ctx, b, tx.Hash()); err != nil {
			return fmt.Errorf("register meter %d: %w", todo[i].ID, err)
		}
	}
	return nil
}

// Resume sets each meter's sequence, timestamp and registers from the ledger's last accepted
// reading, so a restarted simulator continues where the chain is instead of being rejected as
// a replay. Readings still in the oracle's outbox are not known here: restart the simulator
// after the oracle has drained, or accept a few "replayed seq" rejections.
func Resume(ctx context.Context, b bind.ContractBackend, ledger common.Address, meters []*Meter) error {
	abi := bindings.NewReadingLedger()
	inst := abi.Instance(b, ledger)
	for _, m := range meters {
		s, err := bind.Call(inst, &bind.CallOpts{Context: ctx}, abi.PackLastReading(m.ID), abi.UnpackLastReading)
		if err != nil {
			return fmt.Errorf("last reading of meter %d: %w", m.ID, err)
		}
		if s.Seq > m.Seq {
			m.SetState(reading.State{Seq: s.Seq, Timestamp: s.Timestamp, ImportWh: s.ImportWh, ExportWh: s.ExportWh})
		}
	}
	return nil
}

// ErrNoMeters is returned when a command is given an empty fleet.
var ErrNoMeters = errors.New("no meters")
