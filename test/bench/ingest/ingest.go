// Package ingest measures the whole ingest path in one process: simulated meters → HTTP →
// oracle → batched transactions → chain. Every reading the oracle acknowledged is reconciled
// against the ledger's ReadingAccepted/ReadingRejected events: lost = acknowledged but never on
// chain, duplicated = more than one ledger event for one (meter, seq). Latency is from the POST
// to the moment the block with the reading's event is seen. `meterchain bench ingest` runs it.
package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"math/big"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/meterchain/meterchain/bindings/stabletoken"
	"github.com/meterchain/meterchain/deploy"
	"github.com/meterchain/meterchain/deploy/devnet"
	"github.com/meterchain/meterchain/internal/anchorchain"
	"github.com/meterchain/meterchain/internal/chaintx"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/internal/sim/meterfleet"
	"github.com/meterchain/meterchain/oracle"
	"github.com/meterchain/meterchain/test/bench"
)

// DefaultGasLimit is the block gas limit of a run: ~3,030 readings (14,850 gas each) a block,
// 3,000 a second at 1 s blocks. It keeps a block's ECRECOVERs within geth's precompile result
// cache (1 MiB a precompile: ~3,380 results of 128-byte inputs): the devnet builds each block
// and then imports it, and the import of a block with more recovers every signature again, as
// it reads its LRU in the order the build filled it and so finds each entry just evicted.
const DefaultGasLimit = 45_000_000

// Config of one run.
type Config struct {
	Meters   int           // simulated meters
	Duration time.Duration // how long the meters send
	Rate     float64       // target readings per second, all meters together
	Period   time.Duration // block period of the chain
	GasLimit uint64        // block gas limit
	Workers  int           // concurrent HTTP uploads
	Batch    int           // oracle readings per transaction (0: the oracle's default)
	InFlight int           // oracle transactions in flight (0: the oracle's default)
	Drain    time.Duration // after sending, what is unsettled after this long without progress is lost
	// Commission sends each meter's first reading (it creates the meter's ledger slot and
	// baseline: 4x the gas of a later one) before the measured window, as a meter's
	// installation would; prepared readings only, not with SealLive.
	Commission bool
	// SealLive signs and seals each reading when it is sent, in this process, instead of before
	// the clock starts (real meters do their own cryptography).
	SealLive bool
	// MemProfile writes a heap profile to this file when sending ends, and one to this file
	// with ".start" appended when it begins ("": none): `go tool pprof -base FILE.start FILE`
	// shows what the measured window allocated, without the setup's allocations.
	MemProfile string
	// CPUProfile writes a CPU profile of the measured window (sending and settling, what
	// cpu_ms_per_reading counts: not the setup, the sealing or the floor) to this file ("": none).
	CPUProfile string
	// Player, when set, is the command (argv) that plays the prepared uploads of the measured
	// window in a process of its own (see Play; the bench appends its flags): the meters' HTTP
	// clients are not the oracle's or the chain's work. Nil: they play in this process.
	Player   []string
	Progress io.Writer // progress lines (nil: none)
	// Anchored, when positive, runs on the anchored ledger with this challenge window: the oracle
	// anchors batches and a reading's event is its leaf in an anchored batch.
	Anchored time.Duration
	// AnchorData is where the anchored oracle puts a batch's data: oracle.AnchorCalldata ("" too)
	// or oracle.AnchorBlobs.
	AnchorData string
}

// Result is the benchmark's output.
type Result struct {
	Meters          int     `json:"meters"`
	DurationS       float64 `json:"duration_s"`
	TargetPerSec    float64 `json:"target_per_sec"`
	Sent            int64   `json:"sent"` // acknowledged by the oracle (202)
	RefusedByOracle int64   `json:"refused_by_oracle"`
	FailedUploads   int64   `json:"failed_uploads"`
	// ReadingsPerSec is the ledger's settlement rate: readings settled / time from the first
	// settlement to the last (the pipeline's ~1 s latency neither adds nor costs). EndToEndPerSec
	// divides by the time from the first POST to the last settlement instead.
	ReadingsPerSec float64 `json:"readings_per_sec"`
	EndToEndPerSec float64 `json:"end_to_end_per_sec"`
	Accepted       int64   `json:"accepted"`
	Rejected       int64   `json:"rejected"`
	Lost           int64   `json:"lost"`
	Duplicated     int64   `json:"duplicated"`
	Unexpected     int64   `json:"unexpected"` // ledger events for readings nobody sent in this run
	GasPerReading  float64 `json:"gas_per_reading"`
	// BlobGasPerReading is the blob gas per reading of batches anchored in blobs (AnchorData).
	BlobGasPerReading float64 `json:"blob_gas_per_reading,omitempty"`
	AnchorData        string  `json:"anchor_data,omitempty"`
	Transactions      int     `json:"transactions"`
	Blocks            uint64  `json:"blocks"`
	LatencyP50Ms      float64 `json:"latency_ms_p50"`
	LatencyP99Ms      float64 `json:"latency_ms_p99"`
	LatencyMaxMs      float64 `json:"latency_ms_max"`
	PeakRSSMB         float64 `json:"peak_rss_mb"`
	RegisterS         float64 `json:"register_s"`
	CommissionS       float64 `json:"commission_s"` // first readings, sent and settled before the window (0: not done)
	DrainS            float64 `json:"drain_s"`      // from the last send until every reading was settled (or given up)
	// CPU the whole process used while sending and settling, in cores (this machine has 2), and
	// the machine's load average at the end: numbers from a busy machine are not comparable.
	CPUCores    float64 `json:"cpu_cores"`
	LoadAverage float64 `json:"load_average_1m"`
	// CPU time this process (oracle, chain, both ends of their RPC, the oracle's HTTP server, the
	// ledger follower, and the meters' sending unless a Player sends) spent per settled reading:
	// on a busy machine, 2000 / this is the rate two dedicated cores could sustain.
	CPUMsPerReading float64 `json:"cpu_ms_per_reading"`
	// FloorUsPerReading is the elliptic-curve work a reading cannot avoid, timed in this run (on
	// one thread, its own CPU time, sampled through the measured window and not counted in
	// CPUMsPerReading): one ECIES decryption of its envelope (envelope.Open) and the
	// oracle's recovery of the meter's signature, plus the chain's ecrecover of it (once: the
	// embedded devnet executes a transaction twice, building the block and importing it, but the
	// import finds ECRECOVER's result in geth's precompile cache). CPURatio is
	// CPUMsPerReading over this floor: a ratio of two CPU times of one machine, which holds
	// from machine to machine where milliseconds do not.
	FloorUsPerReading float64 `json:"floor_us_per_reading"`
	CPURatio          float64 `json:"cpu_ratio"`
	// MetersCPUMsPerReading is the CPU the meters' side (the Player process: HTTP clients) used
	// per settled reading, not in CPUMsPerReading (0: the meters played in this process, and
	// CPUMsPerReading includes them).
	MetersCPUMsPerReading float64 `json:"meters_cpu_ms_per_reading"`
	// Ledger is "verified" or "anchored"; on the anchored ledger latency is until anchored, and a
	// reading is final FinalAfterS (the challenge window) later.
	Ledger      string  `json:"ledger"`
	FinalAfterS float64 `json:"final_after_s,omitempty"`
}

// Run runs the benchmark: a dev chain, the contracts, the fleet registered, the oracle on a
// local port, the meters sending for cfg.Duration, then the reconciliation.
func Run(ctx context.Context, cfg Config) (*Result, error) {
	logf := func(format string, args ...any) {
		if cfg.Progress != nil {
			fmt.Fprintf(cfg.Progress, format+"\n", args...)
		}
	}
	n, rate, duration := cfg.Meters, cfg.Rate, cfg.Duration
	if n <= 0 || rate <= 0 || duration <= 0 {
		return nil, errors.New("meters, rate and duration must be positive")
	}
	dir, err := os.MkdirTemp("", "meterchain-bench-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)

	node, err := devnet.Start(ctx, devnet.Config{Port: -1, Period: cfg.Period, GasLimit: cfg.GasLimit, Accounts: 4})
	if err != nil {
		return nil, err
	}
	defer node.Stop()
	client := node.Client()
	defer client.Close()
	admin, registrar, relayer := node.Accounts[0], node.Accounts[1], node.Accounts[2]
	o := deploy.Options{Roles: deploy.Roles{Registrars: []common.Address{registrar.Addr}, Relayers: []common.Address{relayer.Addr}},
		Token: deploy.Token{Faucet: true}}
	if cfg.Anchored > 0 {
		o.Anchored = &deploy.AnchoredParams{Window: uint64(cfg.Anchored / time.Second), AnswerWindow: uint64(cfg.Anchored / time.Second),
			MinBond: big.NewInt(1_000_000), DemandBond: big.NewInt(1_000)}
	}
	d, err := deploy.ContractsWith(ctx, client, admin.Opts(), devnet.ChainID, o)
	if err != nil {
		return nil, fmt.Errorf("deploy: %w", err)
	}
	if d.Anchored() { // the oracle bonds its relayer from its tokens
		st := stabletoken.NewStableToken()
		if _, err := chaintx.Transact(ctx, client, st.Instance(client, d.StableToken), admin.Opts(), st.PackMint(relayer.Addr, o.Anchored.MinBond)); err != nil {
			return nil, fmt.Errorf("fund the relayer's bond: %w", err)
		}
	}
	fleet := meterfleet.DemoFleet("bench", n, []common.Address{node.Accounts[3].Addr})
	logf("registering %d meters ...", n)
	regStart := time.Now()
	if err := meterfleet.Register(ctx, client, registrar.Opts(), d.MeterRegistry, fleet, 1); err != nil {
		return nil, err
	}
	regTime := time.Since(regStart)
	logf("registered in %s; peak RSS so far %.0f MB", regTime.Round(time.Millisecond), bench.PeakRSSMB())

	oracleKey, err := crypto.GenerateKey()
	if err != nil {
		return nil, err
	}
	perMeter := rate / float64(n)
	svc, err := oracle.New(oracle.Config{
		Deployment: d, RelayerKey: relayer.Key, OracleKey: oracleKey,
		DBPath: filepath.Join(dir, "oracle.db"), HTTPAddr: "127.0.0.1:0",
		BatchMax: cfg.Batch, MaxInFlight: cfg.InFlight, AnchorData: cfg.AnchorData,
		RatePerSecond: math.Max(5, 4*perMeter), RateBurst: 20,
	}, client)
	if err != nil {
		return nil, err
	}
	if err := svc.Start(ctx); err != nil {
		return nil, err
	}
	defer svc.Stop()

	watch := bench.NewLedger()
	watchCtx, stopWatch := context.WithCancel(ctx)
	defer stopWatch()
	watchDone := make(chan error, 1)
	startBlock := node.Head()
	if d.Anchored() {
		rd, err := anchorchain.NewReader(client, d.AnchoredLedger, svc.Store()) // blob batches: the oracle's own copy, checked
		if err != nil {
			return nil, err
		}
		go func() { watchDone <- watch.FollowAnchored(watchCtx, bench.InProcess(node), rd, startBlock+1) }()
	} else {
		go func() { watchDone <- watch.Follow(watchCtx, bench.InProcess(node), d.ReadingLedger, startBlock+1) }()
	}

	// Each meter reads every 15 simulated minutes; the clock runs fast enough that the fleet
	// produces `rate` readings per real second, and starts far enough back that even at the end
	// of the run no reading is in the future.
	const interval = 15 * time.Minute
	speed := perMeter * interval.Seconds()
	span := time.Duration(float64(duration) * speed)
	sentAt := bench.NewStamps() // acknowledged readings: when their upload began
	var firstRefusal atomic.Value
	fcfg := meterfleet.Config{
		Meters: fleet, Domain: reading.Domain{ChainID: devnet.ChainID, Ledger: d.Ledger()}, OracleKey: &oracleKey.PublicKey,
		Sender: meterfleet.NewHTTPSender("http://"+svc.HTTPAddr(), cfg.Workers), Interval: interval, Speed: speed,
		Start: time.Now().Add(-span - 2*interval), Workers: cfg.Workers, Duration: duration,
		Progress: cfg.Progress,
		OnSent: func(s meterfleet.Sent) {
			if s.Err == nil {
				sentAt.Put(bench.ReadingKey{Meter: s.Reading.MeterID, Seq: s.Reading.Seq}, s.Began)
			} else {
				firstRefusal.CompareAndSwap(nil, s.Err.Error())
			}
		},
	}
	var ups []*meterfleet.Upload
	if !cfg.SealLive {
		logf("signing and sealing %s of readings up front (the meters' own work) ...", duration)
		// Collect eagerly while preparing: the sealing garbage would otherwise set the peak RSS.
		old := debug.SetGCPercent(25)
		ups, err = meterfleet.Prepare(fcfg, duration, runtime.NumCPU())
		debug.SetGCPercent(old)
		if err != nil {
			return nil, err
		}
		debug.FreeOSMemory()
		logf("prepared %d readings; peak RSS so far %.0f MB", len(ups), bench.PeakRSSMB())
	}
	var commission time.Duration
	if first, rest := bench.FirstPerMeter(ups); cfg.Commission && len(first) > 0 {
		logf("commissioning: each meter's first reading (%d), settled before the clock starts ...", len(first))
		began := time.Now()
		if _, err := meterfleet.Play(ctx, fcfg, first); err != nil {
			return nil, err
		}
		if err := watch.Await(ctx, sentAt.Take(), cfg.Drain); err != nil {
			return nil, fmt.Errorf("commissioning: %w", err)
		}
		commission = time.Since(began)
		watch.Reset()
		ups = rest
		for start, i := rest[0].At, 0; i < len(ups); i++ {
			ups[i].At -= start // the window starts now
		}
		logf("commissioned in %s", commission.Round(time.Millisecond))
	}
	var player *outside
	if cfg.Player != nil && ups != nil {
		if player, err = startOutside(ctx, cfg.Player, dir, "http://"+svc.HTTPAddr(), cfg.Workers, &oracleKey.PublicKey, ups, cfg.Progress); err != nil {
			return nil, err
		}
		ups = nil
		debug.FreeOSMemory()
	}
	logf("sending %.0f readings/s from %d meters for %s (simulated clock at %.0fx) ...", rate, n, duration, speed)
	stopProfile, err := startCPUProfile(cfg.CPUProfile)
	if err != nil {
		return nil, err
	}
	defer stopProfile()
	if cfg.MemProfile != "" {
		if err := writeHeapProfile(cfg.MemProfile + ".start"); err != nil {
			return nil, err
		}
	}
	floor, err := newCryptoFloor(oracleKey, fleet[0].Key, fcfg.Domain, fleet[0].ID, !d.Anchored())
	if err != nil {
		return nil, err
	}
	floorCtx, stopFloor := context.WithCancel(ctx)
	defer stopFloor()
	floorDone := make(chan error, 1)
	sendStart := time.Now()
	cpuStart := bench.ProcessCPU()
	go func() { floorDone <- floor.run(floorCtx) }()
	var stats *meterfleet.Stats
	var metersCPU time.Duration
	switch {
	case player != nil:
		stats, metersCPU, err = player.play(func(kind string, k bench.ReadingKey, began time.Time, msg string) {
			if kind == "ok" {
				sentAt.Put(k, began)
			} else {
				firstRefusal.CompareAndSwap(nil, msg)
			}
		})
	case ups != nil:
		stats, err = meterfleet.Play(ctx, fcfg, ups)
		ups = nil
	default:
		stats, err = meterfleet.Run(ctx, fcfg)
	}
	if err != nil {
		return nil, err
	}
	sendEnd := time.Now()
	if cfg.MemProfile != "" {
		if err := writeHeapProfile(cfg.MemProfile); err != nil {
			return nil, err
		}
	}
	if v := firstRefusal.Load(); v != nil {
		logf("first failed upload: %s", v)
	}

	// Wait until every acknowledged reading has a ledger event, or the chain stops making progress.
	sent := sentAt.Take()
	logf("sent %d; waiting for the chain to settle them ...", len(sent))
	// A backlog still draining is not lost: wait as long as the chain keeps settling readings;
	// what is unsettled after Drain without progress is counted lost.
	if err := watch.Await(ctx, sent, cfg.Drain); err != nil {
		logf("%s", err)
	}
	drainTime := time.Since(sendEnd)
	stopProfile()
	stopFloor()
	if err := <-floorDone; err != nil {
		return nil, err
	}
	time.Sleep(2 * cfg.Period) // a late duplicate would show up in the next blocks
	stopWatch()
	if err := <-watchDone; err != nil {
		return nil, fmt.Errorf("follow the ledger: %w", err)
	}

	rec := watch.Reconcile(sent)
	res := Result{Accepted: rec.Accepted, Rejected: rec.Rejected, Lost: rec.Lost, Duplicated: rec.Duplicated,
		Unexpected: rec.Unexpected, GasPerReading: rec.GasPerReading, BlobGasPerReading: rec.BlobGasPerReading, Transactions: rec.Transactions, Blocks: rec.Blocks,
		LatencyP50Ms: rec.LatencyP50Ms, LatencyP99Ms: rec.LatencyP99Ms, LatencyMaxMs: rec.LatencyMaxMs}
	res.Meters, res.DurationS, res.TargetPerSec = n, sendEnd.Sub(sendStart).Seconds(), rate
	res.Sent = stats.Delivered.Load()
	res.RefusedByOracle, res.FailedUploads = stats.Refused.Load(), stats.Failed.Load()
	if first, last := watch.Seen(); last.After(first) {
		settled := float64(res.Accepted + res.Rejected)
		res.ReadingsPerSec = math.Round(settled / last.Sub(first).Seconds())
		res.EndToEndPerSec = math.Round(settled / last.Sub(sendStart).Seconds())
	}
	res.RegisterS = regTime.Seconds()
	res.CommissionS = math.Round(commission.Seconds()*10) / 10
	res.DrainS = math.Round(drainTime.Seconds()*10) / 10
	cpu := bench.ProcessCPU() - cpuStart - floor.spent() // the floor's samples are not the path's work
	if wall := time.Since(sendStart).Seconds(); wall > 0 {
		res.CPUCores = math.Round(cpu.Seconds()/wall*100) / 100
	}
	if settled := res.Accepted + res.Rejected; settled > 0 {
		res.CPUMsPerReading = math.Round(cpu.Seconds()*1000/float64(settled)*1000) / 1000
		res.MetersCPUMsPerReading = math.Round(metersCPU.Seconds()*1000/float64(settled)*1000) / 1000
	}
	floorUs, err := floor.usPerReading()
	if err != nil {
		return nil, err
	}
	res.FloorUsPerReading = math.Round(floorUs*10) / 10
	if floorUs > 0 && res.CPUMsPerReading > 0 {
		res.CPURatio = math.Round(res.CPUMsPerReading*1000/floorUs*100) / 100
	}
	res.Ledger = "verified"
	if d.Anchored() {
		res.Ledger, res.FinalAfterS, res.AnchorData = "anchored", cfg.Anchored.Seconds(), svc.AnchorData()
	}
	res.LoadAverage = bench.LoadAverage()
	res.PeakRSSMB = bench.PeakRSSMB()
	return &res, nil
}

func writeHeapProfile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("heap profile: %w", err)
	}
	defer f.Close()
	return pprof.WriteHeapProfile(f)
}

// startCPUProfile profiles the process into path ("": nothing) until the returned func is
// called (again: a no-op).
func startCPUProfile(path string) (stop func(), err error) {
	if path == "" {
		return func() {}, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("CPU profile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("CPU profile: %w", err)
	}
	var once sync.Once
	return func() { once.Do(func() { pprof.StopCPUProfile(); f.Close() }) }, nil
}
