package main

import (
	"log/slog"

	"github.com/meterchain/meterchain/deploy/devnet"
	"github.com/meterchain/meterchain/oracle/meterfleet"
	"github.com/meterchain/meterchain/settlement/market"
)

// marketBot configures the devnet's market bot: every simulated meter trades through its demo
// wallet (prosumers ask for forecast surplus, consumers bid), so the market runs on its own.
func (e *devnetEnv) marketBot(fleet []*meterfleet.Meter) market.BotConfig {
	keys := map[[20]byte]devnet.Account{}
	for _, a := range e.node.Accounts[devWallets:] {
		keys[a.Addr] = a
	}
	var traders []market.Trader
	for _, m := range fleet {
		if a, ok := keys[m.Owner]; ok {
			traders = append(traders, market.Trader{OwnerKey: a.Key, MeterID: m.ID, Prosumer: m.Class == meterfleet.Prosumer, Profile: m.Profile})
		}
	}
	return market.BotConfig{Backend: e.client, Deployment: e.deployment, ChainID: devnet.ChainID, Traders: traders,
		Log: slog.Default().With("service", "market-bot")}
}
