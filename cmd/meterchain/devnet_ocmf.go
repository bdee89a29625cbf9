package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/meterchain/meterchain/bindings"
	"github.com/meterchain/meterchain/internal/chaintx"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/internal/sim/meterfleet"
	"github.com/meterchain/meterchain/internal/sim/ocmfcharger"
)

// The devnet's simulated calibration-law charger: one meter that reports each charging session
// as an OCMF record (P-256, as its secure element signs), every devnetChargerEvery.
const (
	devnetChargerID    = 352900001
	devnetChargerMS    = "1EMH0012345678"
	devnetChargerGS    = "DEVNET-CP-01"
	devnetChargerEvery = time.Minute
)

// registerCharger registers the charger's meter (owner: the first demo wallet) and binds its
// record identity, unless a kept datadir has both already, and continues from its last reading.
func (e *devnetEnv) registerCharger(ctx context.Context) (*ocmfcharger.Charger, error) {
	if len(e.node.Accounts) <= devWallets {
		return nil, nil
	}
	key := meterfleet.DeriveP256Key("devnet-charger", devnetChargerID)
	m := meterfleet.NewMeter(devnetChargerID, key, meterfleet.Consumer, e.node.Accounts[devWallets].Addr)
	m.MaxPowerW = 22_000 // an 11 kW wallbox, with headroom
	registrar := e.node.Accounts[devRegistrar]
	if err := meterfleet.Register(ctx, e.client, registrar.Opts(), e.deployment.MeterRegistry, []*meterfleet.Meter{m}, 1); err != nil {
		return nil, fmt.Errorf("register the OCMF charger: %w", err)
	}
	ch := ocmfcharger.New(devnetChargerID, "", devnetChargerGS, devnetChargerMS, key, 11_000)
	abi := bindings.NewMeterRegistry()
	reg := abi.Instance(e.client, e.deployment.MeterRegistry)
	bound, err := bind.Call(reg, &bind.CallOpts{Context: ctx}, abi.PackOcmfIdentityOf(devnetChargerID), abi.UnpackOcmfIdentityOf)
	if err != nil {
		return nil, fmt.Errorf("read the OCMF charger's identity: %w", err)
	}
	if bound != ch.Identity() {
		tx, err := bind.Transact(reg, registrar.Opts(), abi.PackBindOcmf(devnetChargerID, ch.Identity()))
		if err != nil {
			return nil, fmt.Errorf("bind the OCMF charger's identity: %w", err)
		}
		if _, err := chaintx.WaitOK(ctx, e.client, tx.Hash()); err != nil {
			return nil, fmt.Errorf("bind the OCMF charger's identity: %w", err)
		}
	}
	led := bindings.NewReadingLedger()
	last, err := bind.Call(led.Instance(e.client, e.deployment.ReadingLedger), &bind.CallOpts{Context: ctx}, led.PackLastReading(devnetChargerID), led.UnpackLastReading)
	if err != nil {
		return nil, fmt.Errorf("the OCMF charger's last reading: %w", err)
	}
	ch.SetState(reading.State{Seq: last.Seq, Timestamp: last.Timestamp, ImportWh: last.ImportWh, ExportWh: last.ExportWh})
	return ch, nil
}

// runCharger posts the charger's session records to the oracle's /v1/ocmf until ctx ends.
func (e *devnetEnv) runCharger(ctx context.Context, wg *sync.WaitGroup, ch *ocmfcharger.Charger) {
	sender := meterfleet.NewOcmfHTTPSender(e.oracleURL, 1)
	wg.Go(func() {
		defer sender.Close()
		err := ocmfcharger.Run(ctx, ch, sender, devnetChargerEvery, func(seq uint64, err error) {
			if err != nil && ctx.Err() == nil {
				slog.Warn("simulated OCMF charger: record not delivered", "meter", ch.MeterID, "seq", seq, "err", err)
			}
		})
		if err != nil && !errors.Is(err, context.Canceled) {
			slog.Error("simulated OCMF charger stopped", "err", err)
		}
	})
}
