// Package billbench measures billing on an in-process dev chain: how fast a month of bills for a
// large fleet is issued on chain, the gas per bill in batches, and how long a consumer's payment
// takes from send to confirmation. `meterchain bench billing` prints its Result.
package billing

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"math/rand/v2"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/meterchain/meterchain/bindings"
	"github.com/meterchain/meterchain/bindings/stabletoken"
	"github.com/meterchain/meterchain/deploy"
	"github.com/meterchain/meterchain/deploy/devnet"
	"github.com/meterchain/meterchain/internal/billid"
	"github.com/meterchain/meterchain/internal/billpay"
	"github.com/meterchain/meterchain/internal/chaintx"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/internal/sim/meterfleet"
	"github.com/meterchain/meterchain/test/bench"
)

// Config of a run.
type Config struct {
	Meters   int           // bills to issue (one per meter)
	Batch    int           // meters per issueBills transaction
	Payments int           // consumer payments timed after the bills are issued
	Period   time.Duration // block period of the dev chain (whole seconds)
	GasLimit uint64        // block gas limit
	Log      *slog.Logger
}

// Result is what the benchmark prints.
type Result struct {
	Chain           string  `json:"chain"`
	Meters          int     `json:"meters"`
	BillsIssued     int     `json:"bills_issued"`
	Seconds         float64 `json:"seconds"` // first issueBills sent to the last one confirmed
	BillsPerSecond  float64 `json:"bills_per_sec"`
	GasPerBill      float64 `json:"gas_per_bill"` // issueBills gas (21k base included) / bills
	Batch           int     `json:"batch"`
	Transactions    int     `json:"transactions"`
	Blocks          uint64  `json:"blocks"` // blocks the issue spanned
	Payments        int     `json:"payments"`
	PayLatencyP50Ms float64 `json:"pay_latency_ms_p50"` // payWithPermit: send to receipt seen
	PayLatencyMaxMs float64 `json:"pay_latency_ms_max"`
	PayNextBlock    int     `json:"pay_confirmed_in_next_block"` // payments mined in the block after the head at send
	PayGas          uint64  `json:"pay_gas"`
	SetupSeconds    float64 `json:"setup_seconds"` // chain, contracts, meters, readings (not measured)
}

func (c *Config) complete() error {
	if c.Meters <= 0 {
		return errors.New("need at least one meter")
	}
	if c.Batch <= 0 {
		c.Batch = 350
	}
	if c.Payments <= 0 {
		c.Payments = 20
	}
	if c.Period == 0 {
		c.Period = devnet.DefaultPeriod
	}
	if c.Period < 0 {
		// The on-demand devnet seals a block when transactions arrive, so a backlog of more than
		// a block's worth (registration, readings) would wait for the next arrival.
		return errors.New("bench billing needs timed blocks (--period 1s or more)")
	}
	if c.GasLimit == 0 {
		c.GasLimit = devnet.DefaultGasLimit
	}
	if c.Log == nil {
		c.Log = slog.New(slog.DiscardHandler)
	}
	return nil
}

// Tariff of the benchmark's meters: 4.50 a month plus 0.1523 per kWh (base units of mUSD).
var (
	benchFixed = big.NewInt(4_500_000)
	benchPrice = big.NewInt(152_300)
)

// Run starts a dev chain, deploys, registers Meters meters, relays a closed month of readings for
// each, then times issueBills over the whole fleet and a few consumer payments.
func Run(ctx context.Context, cfg Config) (*Result, error) {
	if err := cfg.complete(); err != nil {
		return nil, err
	}
	setupStart := time.Now()
	payers := min(cfg.Payments, cfg.Meters)
	node, err := devnet.Start(ctx, devnet.Config{Port: -1, Period: cfg.Period, GasLimit: cfg.GasLimit, Accounts: 3 + payers})
	if err != nil {
		return nil, err
	}
	defer func() { _ = node.Stop() }()
	client := node.Client()
	defer client.Close()
	admin, registrar, relayer := node.Accounts[0], node.Accounts[1], node.Accounts[2]

	env, err := setup(ctx, cfg, client, admin, registrar, relayer, node.Accounts[3:3+payers])
	if err != nil {
		return nil, err
	}
	res := &Result{
		Chain:        fmt.Sprintf("devnet (in-process geth, %s blocks, %d gas limit)", cfg.Period, cfg.GasLimit),
		Meters:       cfg.Meters,
		Batch:        cfg.Batch,
		SetupSeconds: time.Since(setupStart).Seconds(),
	}
	cfg.Log.Info("setup done", "meters", cfg.Meters, "seconds", res.SetupSeconds)

	// Start right after a block, like any other moment.
	if err := bench.WaitNextBlock(ctx, client); err != nil {
		return nil, err
	}
	if err := issue(ctx, cfg, client, env, res); err != nil {
		return nil, err
	}
	cfg.Log.Info("bills issued", "bills", res.BillsIssued, "seconds", res.Seconds, "gas_per_bill", res.GasPerBill)
	if err := payments(ctx, client, env, node.Accounts[3:3+payers], res); err != nil {
		return nil, err
	}
	return res, nil
}

// env is the deployed benchmark world.
type env struct {
	d        *deploy.Deployment
	billing  *bindings.BillingManager
	manager  *bind.BoundContract
	token    *stabletoken.StableToken
	tokenC   *bind.BoundContract
	meterIDs []uint64
	period   uint32
	admin    devnet.Account
	relayer  devnet.Account
}

func setup(ctx context.Context, cfg Config, client *ethclient.Client, admin, registrar, relayer devnet.Account, payers []devnet.Account) (*env, error) {
	d, err := deploy.Contracts(ctx, client, admin.Opts(), devnet.ChainID, deploy.Roles{
		Registrars: []common.Address{registrar.Addr}, Relayers: []common.Address{relayer.Addr},
	})
	if err != nil {
		return nil, fmt.Errorf("deploy: %w", err)
	}
	cfg.Log.Info("contracts deployed")
	e := &env{d: d, billing: bindings.NewBillingManager(), token: stabletoken.NewStableToken(), admin: admin, relayer: relayer}
	e.manager = e.billing.Instance(client, d.BillingManager)
	e.tokenC = e.token.Instance(client, d.StableToken)
	if _, err := chaintx.Transact(ctx, client, e.manager, registrar.Opts(), e.billing.PackSetTariff(1, benchFixed, []uint64{}, []*big.Int{benchPrice})); err != nil {
		return nil, fmt.Errorf("set tariff: %w", err)
	}

	// Meters: seed 003's id layout, 50 per building, owned by the payer accounts in turn.
	meters := make([]*meterfleet.Meter, cfg.Meters)
	for i := range meters {
		id := meterfleet.FleetMeterID(352, i)
		meters[i] = meterfleet.NewMeter(id, meterfleet.DeriveKey("billbench", id), meterfleet.Consumer, payers[i%len(payers)].Addr)
		e.meterIDs = append(e.meterIDs, id)
	}
	const chunk = 4000 // the dev pool holds 8192 queued transactions per sender
	for i := 0; i < len(meters); i += chunk {
		if err := meterfleet.Register(ctx, client, registrar.Opts(), d.MeterRegistry, meters[i:min(i+chunk, len(meters))], 1); err != nil {
			return nil, fmt.Errorf("register meters: %w", err)
		}
	}

	cfg.Log.Info("meters registered", "meters", len(meters))

	// A closed month for every meter: the month before last. Readings at 00:00 on its first day
	// (baseline), on the first of the next month (its close) and a day later (closes it).
	head, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	now := time.Unix(int64(head.Time), 0).UTC()
	start := time.Date(now.Year(), now.Month()-2, 1, 0, 0, 0, 0, time.UTC)
	end := start.AddDate(0, 1, 0)
	e.period = reading.PeriodOf(uint64(end.Unix()))
	rounds := []time.Time{start, end, end.Add(24 * time.Hour)}
	rng := rand.New(rand.NewPCG(1, 2))
	var packed [][]byte
	for r, at := range rounds {
		for _, m := range meters {
			if r == 0 {
				m.ImportWh = 1_000_000 + rng.Uint64N(10_000_000)
			} else if r == 1 {
				m.ImportWh += 150_000 + rng.Uint64N(600_000) // 150 to 750 kWh in the month
			} else {
				m.ImportWh += 5_000
			}
			m.Seq++
			rd := reading.Reading{MeterID: m.ID, Seq: m.Seq, Timestamp: uint64(at.Unix()), ImportWh: m.ImportWh}
			sig, err := reading.Sign(m.Key, reading.Domain{ChainID: devnet.ChainID, Ledger: d.ReadingLedger}, rd)
			if err != nil {
				return nil, err
			}
			packed = append(packed, reading.Pack(rd, sig))
		}
	}
	ledger := bindings.NewReadingLedger()
	ledgerC := ledger.Instance(client, d.ReadingLedger)
	const perTx = 120 // a first reading (baseline, new closing record) costs ~70k gas
	var calls [][]byte
	for i := 0; i < len(packed); i += perTx {
		var batch []byte
		for _, p := range packed[i:min(i+perTx, len(packed))] {
			batch = append(batch, p...)
		}
		calls = append(calls, ledger.PackSubmitPacked(batch))
	}
	if _, err := bench.SendAll(ctx, client, ledgerC, relayer.Opts(), calls, 15_000_000); err != nil {
		return nil, fmt.Errorf("relay readings: %w", err)
	}

	cfg.Log.Info("readings relayed", "readings", len(packed), "transactions", len(calls))

	// Money for the payers (the admin mints).
	var mints [][]byte
	for _, p := range payers {
		mints = append(mints, e.token.PackMint(p.Addr, big.NewInt(1_000_000_000)))
	}
	if _, err := bench.SendAll(ctx, client, e.tokenC, admin.Opts(), mints, 100_000); err != nil {
		return nil, fmt.Errorf("mint: %w", err)
	}
	return e, nil
}

// issue times issueBills over the fleet: every batch sent at once, then every receipt awaited.
func issue(ctx context.Context, cfg Config, client *ethclient.Client, e *env, res *Result) error {
	var calls [][]byte
	for i := 0; i < len(e.meterIDs); i += cfg.Batch {
		calls = append(calls, e.billing.PackIssueBills(e.meterIDs[i:min(i+cfg.Batch, len(e.meterIDs))], e.period))
	}
	start := time.Now()
	receipts, err := bench.SendAll(ctx, client, e.manager, e.relayer.Opts(), calls, 16_000_000)
	if err != nil {
		return fmt.Errorf("issue bills: %w", err)
	}
	res.Seconds = time.Since(start).Seconds()
	var gas uint64
	first, last := receipts[0].BlockNumber.Uint64(), receipts[0].BlockNumber.Uint64()
	for _, r := range receipts {
		gas += r.GasUsed
		first, last = min(first, r.BlockNumber.Uint64()), max(last, r.BlockNumber.Uint64())
		for _, l := range r.Logs {
			if _, err := e.billing.UnpackBillIssuedEvent(l); err == nil {
				res.BillsIssued++
			}
		}
	}
	res.Transactions = len(receipts)
	res.Blocks = last - first + 1
	if res.BillsIssued > 0 {
		res.GasPerBill = float64(gas) / float64(res.BillsIssued)
	}
	res.BillsPerSecond = float64(res.BillsIssued) / res.Seconds
	if res.BillsIssued != len(e.meterIDs) {
		return fmt.Errorf("issued %d bills for %d meters", res.BillsIssued, len(e.meterIDs))
	}
	return nil
}

// payments has each payer pay one bill of a meter it owns with payWithPermit (approve and pay
// in one transaction), each starting at a random moment within three seconds so the sends fall
// anywhere between blocks, and measures send → receipt seen.
func payments(ctx context.Context, client *ethclient.Client, e *env, payers []devnet.Account, res *Result) error {
	tok := billpay.Token{Name: "meterchain USD", ChainID: devnet.ChainID, Address: e.d.StableToken}
	type sample struct {
		ms        float64
		nextBlock bool
		gas       uint64
		err       error
	}
	samples := make([]sample, len(payers))
	var wg sync.WaitGroup
	for i, p := range payers {
		wg.Go(func() {
			time.Sleep(time.Duration(rand.Int64N(int64(3 * time.Second))))
			billID := billid.Of(e.meterIDs[i], e.period)
			bill, err := bind.Call(e.manager, &bind.CallOpts{Context: ctx}, e.billing.PackBill(billID), e.billing.UnpackBill)
			if err != nil {
				samples[i].err = err
				return
			}
			deadline := big.NewInt(time.Now().Add(time.Hour).Unix())
			sig, err := tok.Sign(p.Key, billpay.Permit{Owner: p.Addr, Spender: e.d.BillingManager, Value: bill.Amount, Nonce: big.NewInt(0), Deadline: deadline})
			if err != nil {
				samples[i].err = err
				return
			}
			opts := p.Opts()
			opts.Context = ctx
			opts.GasLimit = 200_000 // known bound: no estimate round trip in the timed path
			head, err := client.BlockNumber(ctx)
			if err != nil {
				samples[i].err = err
				return
			}
			t0 := time.Now()
			tx, err := bind.Transact(e.manager, opts, e.billing.PackPayWithPermit(billID, bill.Amount, deadline, sig.V, sig.R, sig.S))
			if err != nil {
				samples[i].err = err
				return
			}
			r, err := bench.WaitOK(ctx, client, tx.Hash(), 5*time.Millisecond)
			if err != nil {
				samples[i].err = err
				return
			}
			samples[i] = sample{ms: float64(time.Since(t0).Microseconds()) / 1000, nextBlock: r.BlockNumber.Uint64() == head+1, gas: r.GasUsed}
		})
	}
	wg.Wait()
	var ms []float64
	for _, s := range samples {
		if s.err != nil {
			return fmt.Errorf("payment: %w", s.err)
		}
		ms = append(ms, s.ms)
		if s.nextBlock {
			res.PayNextBlock++
		}
		res.PayGas = max(res.PayGas, s.gas)
	}
	slices.Sort(ms)
	res.Payments = len(ms)
	res.PayLatencyP50Ms = ms[len(ms)/2]
	if len(ms)%2 == 0 {
		res.PayLatencyP50Ms = (ms[len(ms)/2-1] + ms[len(ms)/2]) / 2
	}
	res.PayLatencyMaxMs = ms[len(ms)-1]
	return nil
}
