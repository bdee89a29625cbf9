package main

import (
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"runtime/debug"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/meterchain/meterchain/deploy/devnet"
	"github.com/meterchain/meterchain/test/bench/attack"
)

var benchAttackCommand = &cli.Command{
	Name:  "attack",
	Usage: "measure the honest path while outsiders attack the oracle and the portal",
	Description: `Runs the devnet stack in one process (dev chain, contracts, embedded MQTT broker, the oracle
with the portal on its HTTP server) and an honest fleet of --meters meters sending --rate readings/s
over HTTP (even meter ids) and MQTT (odd ones) for --duration, while, all at once, outsiders post
forged envelopes naming the honest meters (HTTP and MQTT), envelopes of random meter ids, oversized
and non-array bodies to /v1/readings:batch, hold --slow-conns slow connections open and flood
POST /v1/auth/nonce; honest users sign in (nonce, SIWE signature, login) meanwhile. As on the
internet, each party has its own source addresses (loopback answers on all of 127/8): honest
meters send from 64 addresses, each user signs in from its own, each attacker connection comes
from its own; the oracle and the portal limit outsiders per source and overall. Every honest
reading is reconciled against the ledger: lost = acknowledged (HTTP 202, MQTT PUBACK) but never
on the ledger, refused = answered with an HTTP error. A benchmark: it prints numbers, it asserts
nothing.`,
	Flags: []cli.Flag{
		&cli.IntFlag{Name: "meters", Value: 2000, Usage: "honest meters"},
		&cli.Float64Flag{Name: "rate", Value: attack.DefaultRate, Usage: "honest readings per second (all meters together)"},
		&cli.DurationFlag{Name: "duration", Value: 60 * time.Second, Usage: "how long the honest fleet and the attackers send"},
		&cli.DurationFlag{Name: "period", Value: time.Second, Usage: "block period of the chain"},
		&cli.Uint64Flag{Name: "gas-limit", Value: devnet.DefaultGasLimit, Usage: "block gas limit"},
		&cli.IntFlag{Name: "workers", Value: 256, Usage: "concurrent honest uploads"},
		&cli.DurationFlag{Name: "drain", Value: 30 * time.Second, Usage: "after sending, count what the chain has not settled after this long without progress as lost"},
		&cli.Float64Flag{Name: "forged", Value: attack.DefaultForgedRate, Usage: "forged envelopes naming honest meters per second (HTTP)"},
		&cli.Float64Flag{Name: "forged-mqtt", Value: attack.DefaultForgedRate, Usage: "forged envelopes per second published on honest meters' MQTT topics"},
		&cli.IntFlag{Name: "forged-targets", Value: attack.DefaultForgedTargets, Usage: "how many honest meters the forgeries name (0: all)"},
		&cli.Float64Flag{Name: "random-ids", Value: attack.DefaultRandomIDRate, Usage: "envelopes of random meter ids per second"},
		&cli.Float64Flag{Name: "oversized", Value: attack.DefaultOversizedRate, Usage: "oversized batch bodies per second"},
		&cli.IntFlag{Name: "oversized-bytes", Value: attack.DefaultOversizedBytes, Usage: "size of an oversized body in `BYTES`"},
		&cli.Float64Flag{Name: "non-array", Value: attack.DefaultNonArrayRate, Usage: "non-array batch bodies per second"},
		&cli.IntFlag{Name: "slow-conns", Value: attack.DefaultSlowConns, Usage: "slow connections held open"},
		&cli.Float64Flag{Name: "nonces", Value: attack.DefaultNonceRate, Usage: "POST /v1/auth/nonce per second"},
		&cli.IntFlag{Name: "attack-conns", Value: attack.DefaultAttackConns, Usage: "connections per flood"},
		&cli.DurationFlag{Name: "sign-in-every", Value: attack.DefaultSignInEvery, Usage: "an honest sign-in this often"},
		&cli.IntFlag{Name: "memory-limit", Value: 440, Usage: "soft memory limit of the process in `MiB` (GOMEMLIMIT; 0: none): the RSS budget is 512 MB"},
		&cli.BoolFlag{Name: "json", Usage: "print only the JSON result on stdout"},
	},
	Action: func(c *cli.Context) error {
		// Warnings only: the services log every refused attack at info.
		slog.SetDefault(slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn})))
		quiet := c.Bool("json")
		if mb := c.Int("memory-limit"); mb > 0 {
			debug.SetMemoryLimit(int64(mb) << 20)
		}
		cfg := attack.Config{
			Meters: c.Int("meters"), Rate: c.Float64("rate"), Duration: c.Duration("duration"), Period: c.Duration("period"),
			GasLimit: c.Uint64("gas-limit"), Workers: c.Int("workers"), Drain: c.Duration("drain"),
			ForgedRate: c.Float64("forged"), ForgedMQTTRate: c.Float64("forged-mqtt"), ForgedTargets: c.Int("forged-targets"), RandomIDRate: c.Float64("random-ids"),
			OversizedRate: c.Float64("oversized"), OversizedBytes: c.Int("oversized-bytes"), NonArrayRate: c.Float64("non-array"),
			SlowConns: c.Int("slow-conns"), NonceRate: c.Float64("nonces"), AttackConns: c.Int("attack-conns"),
			SignInEvery: c.Duration("sign-in-every"),
		}
		if !quiet {
			cfg.Progress = os.Stderr
		}
		res, err := attack.Run(c.Context, cfg)
		if err != nil {
			return fmt.Errorf("bench attack: %w", err)
		}
		out, err := json.Marshal(res)
		if err != nil {
			return err
		}
		fmt.Println(string(out))
		return nil
	},
}
