// Package soak is the crash, reorg and RPC-fault soak of meterchain (`meterchain bench soak`):
// an embedded dev chain, the oracle and the settlement service as separate processes of the
// meterchain binary that are SIGKILLed and restarted at random moments, a proxy in front of the
// node's JSON-RPC that fails and stalls calls, forced reorgs, and a fleet of meters sending signed
// readings across billing periods. At the end it reconciles the chain's events against what the
// meters signed: every reading accepted exactly once or rejected with a reason, one bill for every
// closed period, token balances that add up.
package soak

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/meterchain/meterchain/bindings"
	"github.com/meterchain/meterchain/bindings/stabletoken"
	"github.com/meterchain/meterchain/deploy"
	"github.com/meterchain/meterchain/deploy/devnet"
	"github.com/meterchain/meterchain/internal/envelope"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/test/bench"
)

// Config of a soak run. Zero fields get the defaults in complete.
type Config struct {
	Binary     string        // the meterchain executable the services run from
	Dir        string        // work directory (databases, logs, deployment file)
	Duration   time.Duration // how long meters send and faults are injected
	Meters     int           // simulated meters (default 16)
	Months     int           // billing periods the readings cross (default 2)
	KillEvery  time.Duration // mean time between process kills (default Duration/30)
	ReorgEvery time.Duration // mean time between reorgs (default Duration/10; negative: no reorgs)
	FailRate   float64       // share of RPC calls the proxy fails (default 0.05)
	StallRate  float64       // share of RPC calls the proxy stalls (default 0.02)
	MaxStall   time.Duration // longest stall (default 3 s)
	BadRate    float64       // share of readings signed with a register that goes backwards (default 0.02)
	Drain      time.Duration // after the faults stop, how long the system may take to settle (default 3 min)
	Seed       uint64
	Log        *slog.Logger
}

func (c *Config) complete() error {
	if c.Binary == "" || c.Dir == "" || c.Duration <= 0 {
		return errors.New("soak: Binary, Dir and Duration are required")
	}
	if c.Meters <= 0 {
		c.Meters = 16
	}
	if c.Months <= 0 {
		c.Months = 2
	}
	if c.KillEvery <= 0 {
		c.KillEvery = c.Duration / 30
	}
	if c.ReorgEvery == 0 {
		c.ReorgEvery = c.Duration / 10
	}
	if c.FailRate == 0 {
		c.FailRate = 0.05
	}
	if c.StallRate == 0 {
		c.StallRate = 0.02
	}
	if c.MaxStall <= 0 {
		c.MaxStall = 3 * time.Second
	}
	if c.BadRate == 0 {
		c.BadRate = 0.02
	}
	if c.Drain <= 0 {
		c.Drain = 3 * time.Minute
	}
	if c.Seed == 0 {
		c.Seed = uint64(time.Now().UnixNano())
	}
	if c.Log == nil {
		c.Log = slog.Default()
	}
	return nil
}

// Result is the soak's JSON.
type Result struct {
	DurationS       float64 `json:"duration_s"`
	Meters          int     `json:"meters"`
	ReadingsSent    int64   `json:"readings_sent"`     // signed by the meters and acknowledged by the oracle
	Accepted        int64   `json:"accepted"`          // ReadingAccepted on the canonical chain
	Rejected        int64   `json:"rejected"`          // ReadingRejected on the canonical chain
	RejectedWrongly int64   `json:"rejected_wrongly"`  // good readings not accepted, or bad ones not rejected as a register rollback
	RefusedByAPI    int64   `json:"refused_by_api"`    // 4xx other than duplicate (answered with a reason)
	Lost            int64   `json:"lost"`              // acknowledged, no ledger event
	Duplicated      int64   `json:"duplicated"`        // more than one ledger event for one (meter, seq)
	Kills           int64   `json:"kills"`             // SIGKILLs of the oracle and settlement processes
	OracleKills     int64   `json:"oracle_kills"`      //
	SettlementKills int64   `json:"settlement_kills"`  //
	Reorgs          int64   `json:"reorgs"`            // rewinds whose dropped block was replaced
	RPCFaults       int64   `json:"rpc_faults"`        // calls the proxy failed
	RPCStalls       int64   `json:"rpc_stalls"`        // calls the proxy delayed
	RPCCalls        int64   `json:"rpc_calls"`         //
	BillsExpected   int64   `json:"bills_expected"`    // closed (meter, period) on the canonical chain
	BillsIssued     int64   `json:"bills_issued"`      // distinct bills issued on the canonical chain
	BillsDuplicated int64   `json:"bills_duplicated"`  // BillIssued more than once for one bill
	BillsSkipped    int64   `json:"bills_skipped"`     // BillSkipped events (with their reason)
	Payments        int64   `json:"payments"`          // BillPaid events (autopay collections)
	TokenSupplyOK   bool    `json:"token_balances_ok"` // Σ balances = totalSupply, treasury inflow = Σ payments, payers' balances = minted − paid
	Settled         bool    `json:"settled"`           // everything reconciled within the drain time

	LogIndexMismatch int64    `json:"log_index_mismatch"`  // eth_getLogs results minus receipt logs (0 when the node's log index is right)
	LedgerMismatch   int64    `json:"ledger_mismatch"`     // meters whose lastReading differs from their last accepted event
	Misjudged        []string `json:"misjudged,omitempty"` // first readings counted in rejected_wrongly
}

// key is one reading's identity.
type key struct{ meter, seq uint64 }

type meterSim struct {
	id    uint64
	key   *ecdsa.PrivateKey
	owner devnet.Account
}

// Run runs the soak and returns its reconciliation.
func Run(ctx context.Context, cfg Config) (*Result, error) {
	if err := cfg.complete(); err != nil {
		return nil, err
	}
	log := cfg.Log
	if err := os.MkdirAll(cfg.Dir, 0o755); err != nil {
		return nil, err
	}

	node, err := devnet.Start(ctx, devnet.Config{Port: -1, Period: time.Second, Accounts: 10})
	if err != nil {
		return nil, err
	}
	defer node.Stop()
	client := node.Client()
	defer client.Close()
	admin, relayer, settler := node.Accounts[0], node.Accounts[1], node.Accounts[2]
	owners := node.Accounts[3:]

	d, err := deploy.Contracts(ctx, client, admin.Opts(), devnet.ChainID, deploy.Roles{
		Registrars: []common.Address{admin.Addr}, Relayers: []common.Address{relayer.Addr}})
	if err != nil {
		return nil, err
	}
	depPath, err := d.Save(filepath.Join(cfg.Dir, "deployments"))
	if err != nil {
		return nil, err
	}
	regABI, billABI, tokABI := bindings.NewMeterRegistry(), bindings.NewBillingManager(), stabletoken.NewStableToken()
	reg := regABI.Instance(client, d.MeterRegistry)
	manager := billABI.Instance(client, d.BillingManager)
	token := tokABI.Instance(client, d.StableToken)

	// Setup: a flat tariff (0.20/kWh + 4.00), the meters, token for the owners, autopay for
	// every meter (cap high enough) so that the settlement service also collects payments.
	var txs []common.Hash
	// Setup sends many transactions per account back to back: count nonces here rather than ask
	// the pool, which may not have taken the previous one yet ("replacement transaction underpriced").
	nonces := map[common.Address]uint64{}
	send := func(from devnet.Account, c *bind.BoundContract, data []byte) error {
		n, ok := nonces[from.Addr]
		if !ok {
			var err error
			if n, err = client.PendingNonceAt(ctx, from.Addr); err != nil {
				return err
			}
		}
		opts := from.Opts()
		opts.Context, opts.Nonce = ctx, new(big.Int).SetUint64(n)
		tx, err := bind.Transact(c, opts, data)
		if err != nil {
			return err
		}
		nonces[from.Addr] = n + 1
		txs = append(txs, tx.Hash())
		return nil
	}
	waitAll := func() error {
		for _, h := range txs {
			if _, err := bench.WaitOK(ctx, client, h, 20*time.Millisecond); err != nil {
				return fmt.Errorf("soak setup: %w", err)
			}
		}
		txs = txs[:0]
		return nil
	}
	if err := send(admin, manager, billABI.PackSetTariff(1, big.NewInt(4_000_000), []uint64{}, []*big.Int{big.NewInt(200_000)})); err != nil {
		return nil, fmt.Errorf("set tariff: %w", err)
	}
	meters := make([]*meterSim, cfg.Meters)
	for i := range meters {
		k, _ := crypto.GenerateKey()
		m := &meterSim{id: 352_101_001 + uint64(i), key: k, owner: owners[i%len(owners)]}
		meters[i] = m
		if err := send(admin, reg, regABI.PackRegister(m.id, m.owner.Addr, crypto.PubkeyToAddress(k.PublicKey), 0, 1, 15_000)); err != nil {
			return nil, fmt.Errorf("register meter %d: %w", m.id, err)
		}
	}
	minted := map[common.Address]*big.Int{}
	for _, o := range owners {
		amt := big.NewInt(1_000_000_000_000) // 1,000,000.00
		minted[o.Addr] = amt
		if err := send(admin, token, tokABI.PackMint(o.Addr, amt)); err != nil {
			return nil, err
		}
		if err := send(o, token, tokABI.PackApprove(d.BillingManager, amt)); err != nil {
			return nil, err
		}
	}
	if err := waitAll(); err != nil {
		return nil, err
	}
	for _, m := range meters {
		if err := send(m.owner, manager, billABI.PackSetAutopay(m.id, big.NewInt(1_000_000_000))); err != nil {
			return nil, fmt.Errorf("autopay for %d: %w", m.id, err)
		}
	}
	if err := waitAll(); err != nil {
		return nil, err
	}

	proxy, err := newFaultProxy(node.RPCURL(), cfg.FailRate, cfg.StallRate, cfg.MaxStall, cfg.Seed)
	if err != nil {
		return nil, err
	}
	defer proxy.Close()

	oracleKey, _ := crypto.GenerateKey()
	oraclePort, err := freePort()
	if err != nil {
		return nil, err
	}
	oracleURL := "http://127.0.0.1:" + strconv.Itoa(oraclePort)
	rpcArgs := []string{"--rpc-url", proxy.URL(), "--deployment", depPath}
	oracle := &service{name: "oracle", bin: cfg.Binary, dir: cfg.Dir, args: append([]string{"oracle",
		"--dev-key", relayer.KeyHex(), "--dev-oracle-key", fmt.Sprintf("0x%x", crypto.FromECDSA(oracleKey)),
		"--db", filepath.Join(cfg.Dir, "oracle.db"), "--http-addr", "127.0.0.1:" + strconv.Itoa(oraclePort),
		"--rate", "-1", "--batch-interval", "200ms"}, rpcArgs...)}
	settlement := &service{name: "settlement", bin: cfg.Binary, dir: cfg.Dir, args: append([]string{"settlement",
		"--dev-key", settler.KeyHex(), "--db", filepath.Join(cfg.Dir, "settlement.db"),
		"--confirmations", "2", "--poll", "500ms"}, rpcArgs...)}
	superviseCtx, stopSupervising := context.WithCancel(ctx)
	defer stopSupervising()
	for _, s := range []*service{oracle, settlement} {
		if err := s.start(); err != nil {
			return nil, err
		}
		defer s.stop()
		go s.supervise(superviseCtx, log)
	}

	res := &Result{Meters: cfg.Meters}
	start := time.Now()
	faultCtx, stopFaults := context.WithTimeout(ctx, cfg.Duration)
	defer stopFaults()
	var wg sync.WaitGroup

	// The killer: SIGKILL one of the services at random moments, restart it shortly after.
	wg.Add(1)
	go func() {
		rng := rand.New(rand.NewPCG(cfg.Seed, 1))
		defer wg.Done()
		for {
			wait := time.Duration(float64(cfg.KillEvery) * (0.5 + rng.Float64()))
			select {
			case <-faultCtx.Done():
				return
			case <-time.After(wait):
			}
			// Alternate the victims so that both services are killed about equally often.
			s := oracle
			if (res.OracleKills+res.SettlementKills)%2 == 1 {
				s = settlement
			}
			s.kill()
			if s == oracle {
				res.OracleKills++
			} else {
				res.SettlementKills++
			}
			time.Sleep(time.Duration(rng.Int64N(int64(1500 * time.Millisecond))))
			if err := s.start(); err != nil {
				log.Error("soak: restart failed", "service", s.name, "err", err)
			}
		}
	}()
	// The reorger: rewind 1–3 blocks; count it once the dropped block was replaced.
	var reorgs atomic.Int64
	wg.Add(1)
	go func() {
		rng := rand.New(rand.NewPCG(cfg.Seed, 2))
		defer wg.Done()
		for cfg.ReorgEvery > 0 {
			wait := time.Duration(float64(cfg.ReorgEvery) * (0.5 + rng.Float64()))
			select {
			case <-faultCtx.Done():
				return
			case <-time.After(wait):
			}
			dropped, ancestor, err := node.Reorg(1 + uint64(rng.IntN(3)))
			if err != nil {
				log.Warn("soak: reorg", "err", err)
				continue
			}
			go func() {
				deadline := time.Now().Add(15 * time.Second)
				for time.Now().Before(deadline) {
					if h := node.CanonicalHash(ancestor + 1); h != (common.Hash{}) && h != dropped {
						reorgs.Add(1)
						return
					}
					time.Sleep(200 * time.Millisecond)
				}
			}()
		}
	}()

	// The fleet: each meter walks a simulated clock from Months months ago to now, one reading per
	// tick, and uploads each reading until the oracle acknowledges it (202, or 409 duplicate after
	// a crash between storing and answering).
	oraclePub := &oracleKey.PublicKey
	domain := reading.Domain{ChainID: devnet.ChainID, Ledger: d.ReadingLedger}
	now := time.Now().UTC()
	thisMonth := time.Date(now.Year(), now.Month(), 1, 0, 0, 0, 0, time.UTC)
	from := thisMonth.AddDate(0, -cfg.Months, 0).Add(6 * time.Hour)
	to := now.Add(-10 * time.Minute)
	ticks := max(int(cfg.Duration/time.Second), 10)
	step := to.Sub(from) / time.Duration(ticks)
	var (
		mu        sync.Mutex
		sent      = map[key]bool{} // acknowledged reading → signed as bad (should be rejected)
		refused   atomic.Int64
		sentCount atomic.Int64
	)
	for i, m := range meters {
		mrng := rand.New(rand.NewPCG(cfg.Seed, uint64(i)+100))
		wg.Add(1)
		go func() {
			defer wg.Done()
			ticker := time.NewTicker(cfg.Duration / time.Duration(ticks))
			defer ticker.Stop()
			var seq, importWh uint64
			detail := reading.Detail{VoltageMV: 230_000, CurrentMA: 4_000, TemperatureMC: 20_000, HumidityBP: 5_000}
			for t := 0; t < ticks; t++ {
				select {
				case <-ctx.Done():
					return
				case <-ticker.C:
				}
				ts := from.Add(time.Duration(t) * step).Add(time.Duration(mrng.Int64N(int64(step / 4))))
				seq++
				bad := t > 0 && mrng.Float64() < cfg.BadRate && importWh > 0
				imp := importWh + uint64(mrng.Int64N(int64(step.Hours()*2_000)+1)) // ≤ 2 kW average
				if bad {
					imp = importWh - 1 // the register went backwards: the ledger must log a rejection
				} else {
					importWh = imp
				}
				detail.CurrentMA = 1_000 + uint32(mrng.IntN(20_000))
				r := reading.Reading{MeterID: m.id, Seq: seq, Timestamp: uint64(ts.Unix()), ImportWh: imp, DetailHash: detail.Hash()}
				sig, err := reading.Sign(m.key, domain, r)
				if err != nil {
					log.Error("soak: sign", "err", err)
					return
				}
				env, err := envelope.Seal(oraclePub, envelope.Payload{Reading: r, Detail: detail, Signature: sig[:]})
				if err != nil {
					log.Error("soak: seal", "err", err)
					return
				}
				switch upload(ctx, oracleURL, env) {
				case uploadStored:
					mu.Lock()
					sent[key{m.id, seq}] = bad
					mu.Unlock()
					sentCount.Add(1)
				case uploadRefused:
					refused.Add(1)
				case uploadGaveUp:
					return
				}
			}
		}()
	}
	wg.Wait()
	proxy.enabled.Store(false)
	res.Kills = res.OracleKills + res.SettlementKills
	res.Reorgs = reorgs.Load()
	res.RPCFaults, res.RPCStalls, res.RPCCalls = proxy.faults.Load(), proxy.stalls.Load(), proxy.calls.Load()
	res.ReadingsSent, res.RefusedByAPI = sentCount.Load(), refused.Load()
	log.Info("soak: faults stopped; draining", "sent", res.ReadingsSent, "kills", res.Kills, "reorgs", res.Reorgs, "rpc_faults", res.RPCFaults)

	// Drain: the services run undisturbed until every acknowledged reading has its ledger event and
	// every closed period its bill, or the drain time is up.
	for _, s := range []*service{oracle, settlement} {
		if !s.running() {
			_ = s.start()
		}
	}
	deadline := time.Now().Add(cfg.Drain)
	for {
		err := reconcile(ctx, client, d, sent, minted, res)
		if err != nil {
			log.Warn("soak: reconcile", "err", err)
		}
		if err == nil && res.Lost == 0 && res.BillsIssued+res.BillsSkipped >= res.BillsExpected && res.Payments >= res.BillsIssued {
			res.Settled = true
			break
		}
		if time.Now().After(deadline) {
			break
		}
		time.Sleep(3 * time.Second)
	}
	res.DurationS = time.Since(start).Seconds()
	return res, nil
}

type uploadOutcome int

const (
	uploadStored uploadOutcome = iota
	uploadRefused
	uploadGaveUp
)

var httpClient = &http.Client{Timeout: 10 * time.Second}

// upload posts one envelope until the oracle answers for it.
func upload(ctx context.Context, url string, env []byte) uploadOutcome {
	for {
		resp, err := httpClient.Post(url+"/v1/readings", "application/json", bytes.NewReader(env))
		if err == nil {
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			switch {
			case resp.StatusCode == http.StatusAccepted:
				return uploadStored
			case resp.StatusCode == http.StatusConflict && bytes.Contains(body, []byte(`"duplicate"`)):
				return uploadStored // stored by an attempt whose answer was lost in a crash
			case resp.StatusCode >= 400 && resp.StatusCode < 500 && resp.StatusCode != http.StatusTooManyRequests:
				return uploadRefused
			}
		}
		select {
		case <-ctx.Done():
			return uploadGaveUp
		case <-time.After(250 * time.Millisecond):
		}
	}
}

// reconcile reads the canonical chain's events and fills in the result's ledger, bill and token
// numbers.
func reconcile(ctx context.Context, client *ethclient.Client, d *deploy.Deployment, sent map[key]bool, minted map[common.Address]*big.Int, res *Result) error {
	head, err := client.BlockNumber(ctx)
	if err != nil {
		return err
	}
	// Events come from the canonical blocks' receipts, block by block; eth_getLogs (the node's log
	// index) is only compared against them, so that an index gap shows up as such.
	var logs []types.Log
	watched := map[common.Address]bool{d.ReadingLedger: true, d.BillingManager: true, d.StableToken: true}
	err = bench.Receipts(ctx, bench.RPC(client), d.Block, head, func(_ uint64, rs []*types.Receipt) error {
		for _, r := range rs {
			for _, l := range r.Logs {
				if watched[l.Address] {
					logs = append(logs, *l)
				}
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	indexed, err := client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(d.Block), ToBlock: new(big.Int).SetUint64(head),
		Addresses: []common.Address{d.ReadingLedger, d.BillingManager, d.StableToken}})
	if err != nil {
		return err
	}
	res.LogIndexMismatch = int64(len(indexed) - len(logs))
	led, bill, tok := bindings.NewReadingLedger(), bindings.NewBillingManager(), stabletoken.NewStableToken()
	events := map[key][]reading.Reason{}
	closed := map[key]bool{} // (meter, period)
	issued := map[string]int{}
	var skipped, payments int64
	paidBy := map[common.Address]*big.Int{}
	paidTotal := new(big.Int)
	balances := map[common.Address]*big.Int{}
	add := func(a common.Address, v *big.Int) {
		if balances[a] == nil {
			balances[a] = new(big.Int)
		}
		balances[a].Add(balances[a], v)
	}
	treasuryIn := new(big.Int)
	for i := range logs {
		l := &logs[i]
		switch l.Address {
		case d.ReadingLedger:
			if id, seq, reason, ok := reading.Outcome(l); ok {
				events[key{id, seq}] = append(events[key{id, seq}], reason)
			} else if ev, err := led.UnpackPeriodClosedEvent(l); err == nil {
				closed[key{ev.MeterId, uint64(ev.Period)}] = true
			}
		case d.BillingManager:
			if ev, err := bill.UnpackBillIssuedEvent(l); err == nil {
				issued[ev.BillId.String()]++
			} else if _, err := bill.UnpackBillSkippedEvent(l); err == nil {
				skipped++
			} else if ev, err := bill.UnpackBillPaidEvent(l); err == nil {
				payments++
				if paidBy[ev.Payer] == nil {
					paidBy[ev.Payer] = new(big.Int)
				}
				paidBy[ev.Payer].Add(paidBy[ev.Payer], ev.Amount)
				paidTotal.Add(paidTotal, ev.Amount)
			}
		case d.StableToken:
			if ev, err := tok.UnpackTransferEvent(l); err == nil {
				add(ev.To, ev.Value)
				add(ev.From, new(big.Int).Neg(ev.Value))
				if ev.To == d.Deployer && ev.From != (common.Address{}) {
					treasuryIn.Add(treasuryIn, ev.Value)
				}
			}
		}
	}
	res.Accepted, res.Rejected, res.Lost, res.Duplicated, res.RejectedWrongly, res.Misjudged = 0, 0, 0, 0, 0, nil
	for k, bad := range sent {
		evs := events[k]
		switch {
		case len(evs) == 0:
			res.Lost++
			continue
		case len(evs) > 1:
			res.Duplicated++
		}
		if evs[0] == reading.Accepted {
			res.Accepted++
		} else {
			res.Rejected++
		}
		if (bad && evs[0] != reading.RegisterRollback) || (!bad && evs[0] != reading.Accepted) {
			res.RejectedWrongly++
			if len(res.Misjudged) < 20 {
				res.Misjudged = append(res.Misjudged, fmt.Sprintf("%d/%d bad=%v ledger=%s", k.meter, k.seq, bad, evs[0]))
			}
		}
	}
	// The ledger's state must be the last accepted event of each meter.
	lastAcc := map[uint64]uint64{}
	for k, evs := range events {
		for _, r := range evs {
			if r == reading.Accepted && k.seq > lastAcc[k.meter] {
				lastAcc[k.meter] = k.seq
			}
		}
	}
	res.LedgerMismatch = 0
	ledInst := led.Instance(client, d.ReadingLedger)
	for m, seq := range lastAcc {
		st, err := bind.Call(ledInst, &bind.CallOpts{Context: ctx, BlockNumber: new(big.Int).SetUint64(head)}, led.PackLastReading(m), led.UnpackLastReading)
		if err != nil {
			return err
		}
		if st.Seq != seq {
			res.LedgerMismatch++
		}
	}
	res.BillsExpected, res.BillsIssued, res.BillsDuplicated = int64(len(closed)), int64(len(issued)), 0
	for _, n := range issued {
		if n > 1 {
			res.BillsDuplicated++
		}
	}
	res.BillsSkipped, res.Payments = skipped, payments

	// Token accounting: the chain's balances equal the ones replayed from Transfer events, they sum
	// to the total supply, the treasury received exactly the payments, and each payer holds what it
	// was minted minus what it paid.
	ok := treasuryIn.Cmp(paidTotal) == 0
	sum := new(big.Int)
	tokInst := tok.Instance(client, d.StableToken)
	opts := &bind.CallOpts{Context: ctx, BlockNumber: new(big.Int).SetUint64(head)}
	for a, want := range balances {
		if a == (common.Address{}) {
			continue
		}
		got, err := bind.Call(tokInst, opts, tok.PackBalanceOf(a), tok.UnpackBalanceOf)
		if err != nil {
			return err
		}
		ok = ok && got.Cmp(want) == 0
		sum.Add(sum, got)
	}
	supply, err := bind.Call(tokInst, opts, tok.PackTotalSupply(), tok.UnpackTotalSupply)
	if err != nil {
		return err
	}
	ok = ok && supply.Cmp(sum) == 0
	for a, m := range minted {
		paid := paidBy[a]
		if paid == nil {
			paid = new(big.Int)
		}
		ok = ok && balances[a] != nil && new(big.Int).Sub(m, paid).Cmp(balances[a]) == 0
	}
	res.TokenSupplyOK = ok
	return nil
}

// service is one meterchain process that the soak kills and restarts.
type service struct {
	name, bin, dir string
	args           []string
	mu             sync.Mutex
	cmd            *exec.Cmd
	done           chan struct{}
	starts         int
	killed         bool // down on purpose: the killer restarts it, the supervisor leaves it alone
}

func (s *service) logPath() string { return filepath.Join(s.dir, s.name+".log") }

// start starts the process unless it is already running.
func (s *service) start() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.runningLocked() {
		return nil
	}
	f, err := os.OpenFile(s.logPath(), os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	s.starts++
	fmt.Fprintf(f, "==== start %d at %s\n", s.starts, time.Now().Format(time.RFC3339Nano))
	cmd := exec.Command(s.bin, s.args...)
	cmd.Dir, cmd.Stdout, cmd.Stderr = s.dir, f, f
	if err := cmd.Start(); err != nil {
		f.Close()
		return fmt.Errorf("start %s: %w", s.name, err)
	}
	done := make(chan struct{})
	go func() { _ = cmd.Wait(); f.Close(); close(done) }()
	s.cmd, s.done, s.killed = cmd, done, false
	return nil
}

func (s *service) running() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.runningLocked()
}

func (s *service) runningLocked() bool {
	if s.done == nil {
		return false
	}
	select {
	case <-s.done:
		return false
	default:
		return true
	}
}

// exited reports a process that stopped by itself (not killed by the soak).
func (s *service) exited() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.done != nil && !s.killed && !s.runningLocked()
}

// kill SIGKILLs the process (no clean shutdown: whatever it was doing is cut) and reaps it.
func (s *service) kill() {
	s.mu.Lock()
	cmd, done := s.cmd, s.done
	s.killed = true
	s.mu.Unlock()
	if cmd == nil {
		return
	}
	_ = cmd.Process.Kill()
	<-done
}

// supervise restarts a process that exited by itself (a start-up that failed on an injected
// RPC fault, say), as systemd's Restart=on-failure would, until ctx ends.
func (s *service) supervise(ctx context.Context, log *slog.Logger) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-time.After(time.Second):
		}
		if s.exited() {
			log.Warn("soak: service exited; restarting", "service", s.name, "log", s.logPath())
			if err := s.start(); err != nil {
				log.Error("soak: restart failed", "service", s.name, "err", err)
			}
		}
	}
}

// stop interrupts the process for a clean shutdown at the end.
func (s *service) stop() {
	s.mu.Lock()
	cmd, done := s.cmd, s.done
	s.mu.Unlock()
	if cmd == nil {
		return
	}
	_ = cmd.Process.Signal(os.Interrupt)
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		_ = cmd.Process.Kill()
		<-done
	}
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// JSON renders the result.
func (r *Result) JSON() string {
	b, _ := json.Marshal(r)
	return string(b)
}
