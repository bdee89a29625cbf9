package main

import (
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"runtime/debug"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/meterchain/meterchain/oracle"
	"github.com/meterchain/meterchain/test/bench/ingest"
)

var benchIngestCommand = &cli.Command{
	Name:  "ingest",
	Usage: "measure the whole ingest path: simulated meters → HTTP → oracle → batched transactions → chain",
	Description: `Runs in one process: a dev chain with --period blocks, the contracts, --meters
registered meters (bulk registration, many per block) and the oracle on a local port; the meters
POST sealed readings at --rate readings/s in total for --duration from a player process of their
own (their HTTP clients are not the oracle's work: meters_cpu_ms_per_reading reports them apart;
--meters-inside sends from this process). Every reading the oracle
acknowledged is then reconciled against the ledger's ReadingAccepted/ReadingRejected events:
lost = acknowledged but never on chain, duplicated = more than one ledger event for one (meter, seq).
Latency is from the POST to the moment the block with the reading's event is seen.`,
	Flags: []cli.Flag{
		&cli.IntFlag{Name: "meters", Value: 2000, Usage: "simulated meters"},
		&cli.DurationFlag{Name: "duration", Value: 60 * time.Second, Usage: "how long the meters send"},
		&cli.Float64Flag{Name: "rate", Value: 2000, Usage: "target readings per second (all meters together)"},
		&cli.DurationFlag{Name: "period", Value: time.Second, Usage: "block period of the chain"},
		&cli.Uint64Flag{Name: "gas-limit", Value: ingest.DefaultGasLimit, Usage: "block gas limit (the default keeps a block's signature recoveries within geth's precompile cache)"},
		&cli.IntFlag{Name: "workers", Value: 256, Usage: "concurrent HTTP uploads (meters are independent devices: many connections)"},
		&cli.IntFlag{Name: "batch", Usage: "oracle readings per transaction (default: the oracle's)"},
		&cli.IntFlag{Name: "in-flight", Usage: "oracle transactions in flight (default: the oracle's)"},
		&cli.DurationFlag{Name: "drain", Value: 30 * time.Second, Usage: "after sending, count what the chain has not settled after this long without progress as lost"},
		&cli.BoolFlag{Name: "commission", Value: true, Usage: "send each meter's first reading (it creates the meter's ledger slot and baseline: 4x the gas of a later one) before the measured window, as a meter's installation would (prepared readings only, not with --seal-live); with --commission=false the window starts with a first reading from every meter, 60k gas each"},
		&cli.BoolFlag{Name: "seal-live", Usage: "sign and seal each reading when it is sent, in this process (default: prepared before the clock starts, since real meters do their own cryptography)"},
		&cli.IntFlag{Name: "memory-limit", Value: 440, Usage: "soft memory limit of the process in `MiB` (GOMEMLIMIT; 0: none): the RSS budget is 512 MB"},
		&cli.StringFlag{Name: "memprofile", Usage: "write a heap profile to `FILE` when sending ends and to FILE.start when it begins (go tool pprof -base FILE.start FILE: the window's allocations)"},
		&cli.StringFlag{Name: "cpuprofile", Usage: "write a CPU profile of the measured window (sending and settling) to `FILE`"},
		&cli.BoolFlag{Name: "meters-inside", Usage: "send the measured window's readings from this process instead of a player process of its own (their HTTP clients' CPU then counts in cpu_ms_per_reading)"},
		&cli.BoolFlag{Name: "json", Usage: "print only the JSON result on stdout"},
	},
	Action: benchIngest,
}

// benchAnchorCommand is bench ingest on the anchored ledger.
var benchAnchorCommand = &cli.Command{
	Name:  "anchor",
	Usage: "bench ingest on the anchored ledger: simulated meters → HTTP → oracle → anchored batches → chain",
	Description: `bench ingest against a deployment with the anchored ledger (deploy --ledger anchored): the
oracle decides each reading by the ledger's rules and anchors batches (data in calldata, or in
blobs with --anchor-data blobs: blob_gas_per_reading); a reading counts as settled when its leaf is in an anchored batch, and is final
--challenge-window later (final_after_s). gas_per_reading is the anchors' gas; floor_us_per_reading
is one ECIES decryption and one signature recovery (the chain checks no signature).`,
	Flags: append([]cli.Flag{&cli.DurationFlag{Name: "challenge-window", Value: 30 * time.Second, Usage: "the anchored ledger's challenge window"},
		&cli.StringFlag{Name: "anchor-data", Value: oracle.AnchorCalldata, Usage: "where the oracle puts a batch's data: calldata or blobs (blob_gas_per_reading)"}},
		benchIngestCommand.Flags...),
	Action: benchIngest,
}

// benchIngestPlayCommand is the player process bench ingest starts for the meters' side.
var benchIngestPlayCommand = &cli.Command{
	Name:   "ingest-play",
	Usage:  "the meters' side of bench ingest (started by it): send prepared uploads to the oracle",
	Hidden: true,
	Flags: []cli.Flag{
		&cli.StringFlag{Name: "url", Required: true},
		&cli.IntFlag{Name: "workers", Value: 256},
		&cli.StringFlag{Name: "uploads", Required: true},
		&cli.StringFlag{Name: "oracle-key", Required: true},
		&cli.BoolFlag{Name: "progress"},
	},
	Action: func(c *cli.Context) error {
		cfg := ingest.PlayConfig{URL: c.String("url"), Workers: c.Int("workers"), Uploads: c.String("uploads"), OracleKey: c.String("oracle-key")}
		if c.Bool("progress") {
			cfg.Progress = os.Stderr
		}
		return ingest.Play(c.Context, cfg, os.Stdin, os.Stdout)
	},
}

func benchIngest(c *cli.Context) error {
	quiet := c.Bool("json")
	if quiet {
		slog.SetDefault(slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn})))
	}
	if mb := c.Int("memory-limit"); mb > 0 {
		debug.SetMemoryLimit(int64(mb) << 20)
	}
	cfg := ingest.Config{
		Meters: c.Int("meters"), Duration: c.Duration("duration"), Rate: c.Float64("rate"),
		Period: c.Duration("period"), GasLimit: c.Uint64("gas-limit"), Workers: c.Int("workers"),
		Batch: c.Int("batch"), InFlight: c.Int("in-flight"), Drain: c.Duration("drain"),
		Commission: c.Bool("commission"), SealLive: c.Bool("seal-live"), MemProfile: c.String("memprofile"),
		CPUProfile: c.String("cpuprofile"),
	}
	if c.Command.Name == "anchor" {
		cfg.Anchored, cfg.AnchorData = c.Duration("challenge-window"), c.String("anchor-data")
	}
	if !quiet {
		cfg.Progress = os.Stderr
	}
	if !c.Bool("meters-inside") && !c.Bool("seal-live") {
		exe, err := os.Executable()
		if err != nil {
			return fmt.Errorf("bench ingest: %w", err)
		}
		cfg.Player = []string{exe, "bench", "ingest-play"}
		if !quiet {
			cfg.Player = append(cfg.Player, "--progress")
		}
	}
	res, err := ingest.Run(c.Context, cfg)
	if err != nil {
		return fmt.Errorf("bench ingest: %w", err)
	}
	out, err := json.Marshal(res)
	if err != nil {
		return err
	}
	fmt.Println(string(out))
	return nil
}
