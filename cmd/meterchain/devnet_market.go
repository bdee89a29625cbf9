package main

import (
	"log/slog"

	"github.com/meterchain/meterchain/deploy/devnet"
	"github.com/meterchain/meterchain/internal/sim/marketbot"
	"github.com/meterchain/meterchain/internal/sim/meterfleet"
)

// marketBot configures the devnet's market bot: every simulated meter trades through its demo
// wallet (prosumers ask for forecast surplus, consumers bid), so the market runs on its own.
func (e *devnetEnv) marketBot(fleet []*meterfleet.Meter) marketbot.Config {
	keys := map[[20]byte]devnet.Account{}
	for _, a := range e.wallets() {
		keys[a.Addr] = a
	}
	var traders []marketbot.Trader
	for _, m := range fleet {
		if a, ok := keys[m.Owner]; ok {
			traders = append(traders, marketbot.Trader{OwnerKey: a.Key, MeterID: m.ID, Prosumer: m.Class == meterfleet.Prosumer, Profile: m.Profile})
		}
	}
	return marketbot.Config{Backend: e.client, Deployment: e.deployment, ChainID: devnet.ChainID, Traders: traders,
		Log: slog.Default().With("service", "market-bot")}
}
