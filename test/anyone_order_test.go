package test

import (
	"crypto/ecdsa"
	"flag"
	"fmt"
	"math/big"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/bindings"
	"github.com/meterchain/meterchain/deploy"
	"github.com/meterchain/meterchain/internal/billpay"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/internal/tariff"
	"github.com/meterchain/meterchain/test/harness"
)

var (
	anyoneSequences = flag.Int("sequences", 8, "TestAnyoneAnyOrder: how many random sequences to run")
	anyoneSteps     = flag.Int("steps", 30, "TestAnyoneAnyOrder: random operations per sequence, before its drain")
	anyoneSeed      = flag.Uint64("seed", 1, "TestAnyoneAnyOrder: seed of the first sequence (sequence i uses seed+i)")
	anyoneStart     = flag.Int64("start", 0, "TestAnyoneAnyOrder: with -seed, replay that one sequence from this chain time (unix), as a failure prints it")
)

const (
	tokenDecimals = 6
	// usersPerSequence fresh funded accounts a sequence takes: meter owners, a stranger, a third party.
	usersPerSequence = 5
	// sequencesPerChain before a fresh chain: its clock only moves forward, and timestamps must stay in 32 bits.
	sequencesPerChain = 200
	meterMaxPowerW    = 10_000
	daySeconds        = 24 * 60 * 60
)

// TestAnyoneAnyOrder drives every public function of the registry, ledger, billing, market and
// consent contracts in random order from random callers — meter owners, the relayer, the
// settlement/clearing key, the registrar, strangers — across month boundaries, reading gaps, key
// rotations, owner and tariff changes, and checks after every step against a model that knows
// only the rules:
//   - energy: every issued bill's energy is the ledger's period registers as the meter signed them
//     (interpolated over gaps), its P2P part the delivered energy of the meter's settled trades in
//     the period, and billed + P2P = energy: no kWh is billed twice;
//   - at most one bill per (meter, period) at every step; after the drain (settle every trade,
//     issue every period) exactly one for every closed period of every meter, none for an open one;
//   - every skip of issueBills is the reason the model predicts (not closed, unsettled P2P, issued);
//   - every bill's amount, P2P share and account are what the period's registers, the tariff
//     version in force for it, its settled trades and its owner at close give — whoever issued it
//     and whenever;
//   - token supply equals what was minted and every wallet, the market's escrow and the treasury
//     hold exactly what the model moved: only by the owner's own transaction (transfer, payment,
//     bid escrow), an allowance it gave (autopay), or a refund/payout to an order's maker;
//   - every privileged or someone-else's call from a stranger reverts;
//   - on-chain reads by role: consent answers a third party exactly what a live grant by the
//     current owner covers; a bill names the owner of its period, whose autopay alone pays it.
//
// The off-chain portal's per-request checks are covered by its own tests, not here.
//
// `go test ./test/ -run TestAnyoneAnyOrder -count=1 -timeout 0 -args -sequences 10000` is the
// long run (70 to 135 minutes on a shared 2-core machine); a failure prints the -seed/-start that
// replays its sequence alone.
func TestAnyoneAnyOrder(t *testing.T) {
	if *anyoneStart != 0 {
		start := uint64(*anyoneStart)
		w := newWorld(t, usersPerSequence, time.Unix(int64(start-daySeconds), 0))
		w.run(t, *anyoneSeed, start)
		return
	}
	// Each chain hosts sequencesPerChain sequences in turn; chains run in parallel.
	began := time.Now()
	var mu sync.Mutex
	steps, stats := 0, map[string]int{}
	t.Run("chains", func(t *testing.T) {
		for first := 0; first < *anyoneSequences; first += sequencesPerChain {
			n := min(*anyoneSequences-first, sequencesPerChain)
			t.Run(fmt.Sprintf("from%d", *anyoneSeed+uint64(first)), func(t *testing.T) {
				t.Parallel()
				// Ahead of the wall clock: every block is its parent + 1 s, so -start replays exactly.
				genesis := time.Now().Add(365 * daySeconds * time.Second).Truncate(daySeconds * time.Second)
				w := newWorld(t, n*usersPerSequence, genesis)
				done := 0
				for i := range n {
					seed := *anyoneSeed + uint64(first+i)
					start := w.e.Now() + 60 + rand.New(rand.NewPCG(seed, 0)).Uint64N(35*daySeconds)
					done += w.run(t, seed, start)
				}
				mu.Lock()
				defer mu.Unlock()
				steps += done
				addStats(stats, w.stats)
			})
		}
	})
	elapsed := time.Since(began)
	t.Logf("%d sequences, %d steps in %s: %.2f sequences/s; %v", *anyoneSequences, steps, elapsed.Round(time.Millisecond),
		float64(*anyoneSequences)/elapsed.Seconds(), stats)
}

func addStats(into, from map[string]int) {
	for k, v := range from {
		into[k] += v
	}
}

// world is one deployed chain that hosts sequences one after another, and the money model of
// the accounts every sequence shares (treasury, contracts, relayer, registrar).
type world struct {
	e          *harness.Env
	b          *harness.Billing
	m          *harness.Market
	consentABI *bindings.ConsentRegistry
	consent    *bind.BoundContract
	nextUser   int
	nextMeter  uint64
	nextTariff uint32

	stats map[string]int // what the sequences did, for the log

	minted  *big.Int
	balance map[common.Address]*big.Int // expected token balance of every account in play
	retired *big.Int                    // balances of finished sequences' accounts, which never move again
}

func newWorld(t *testing.T, users int, genesis time.Time) *world {
	e := harness.NewAt(t, users, genesis)
	w := &world{e: e, b: e.Billing(), m: e.Market(), consentABI: bindings.NewConsentRegistry(),
		balance: map[common.Address]*big.Int{}, nextTariff: 1000, stats: map[string]int{}}
	w.consent = w.consentABI.Instance(e.Client, e.Deployment.ConsentRegistry)
	supply, err := bind.Call(w.b.Token, nil, w.b.TokenABI.PackTotalSupply(), w.b.TokenABI.UnpackTotalSupply)
	require.NoError(t, err)
	w.minted = supply
	sum := new(big.Int)
	for _, a := range []common.Address{e.Admin.Addr, e.Registrar.Addr, e.Relayer.Addr, e.Deployment.EnergyMarket, e.Deployment.BillingManager} {
		w.balance[a] = w.b.Balance(a)
		sum.Add(sum, w.balance[a])
	}
	w.retired = new(big.Int).Sub(supply, sum)
	return w
}

// run plays one sequence from chain time `start` and returns its step count.
func (w *world) run(t *testing.T, seed, start uint64) int {
	t.Helper()
	s := &sequence{w: w, e: w.e, t: t, rng: rand.New(rand.NewPCG(seed, 0xa11)), seed: seed,
		bills: map[billKey]*modelBill{}, p2p: map[billKey]*p2pPeriod{}, grants: map[grantKey]modelGrant{},
		allowance: map[common.Address]*big.Int{}, tariffs: map[uint32]tariff.Tariff{}}
	defer func() {
		if t.Failed() {
			t.Logf("sequence seed %d failed at step %d (%s); replay it alone with:\n"+
				"  go test ./test/ -run TestAnyoneAnyOrder -count=1 -args -steps %d -seed %d -start %d", seed, s.step, s.op, *anyoneSteps, seed, start)
		}
	}()
	w.m.WarpTo(start)
	s.setup()
	for s.step = 1; s.step <= *anyoneSteps; s.step++ {
		s.randomOp()
		s.check()
	}
	s.op = "drain"
	s.drain()
	s.check()
	s.retire()
	return *anyoneSteps
}

type billKey struct {
	meter  uint64
	period uint32
}

type grantKey struct {
	meter   uint64
	grantee common.Address
}

type modelGrant struct {
	owner  common.Address
	scope  uint8
	expiry uint64
}

type modelBill struct {
	amount, paid *big.Int
	energy, p2p  uint64
	estimated    bool
	issuedAt     uint64
	overdue      bool
}

// p2pPeriod is what the market knows of a buyer meter's period: delivered Wh of settled trades
// and how many trades are still open.
type p2pPeriod struct {
	settledWh uint64
	open      int
}

type point struct{ ts, imp, exp uint64 }

type version struct {
	from uint32
	id   uint32 // a tariff id
	who  *harness.Account
}

type pending struct {
	key       *ecdsa.PrivateKey // a key rotation
	owner     *harness.Account  // an owner change
	notBefore uint64
}

type modelMeter struct {
	id       uint64
	key      *ecdsa.PrivateKey
	oldKeys  []*ecdsa.PrivateKey
	prosumer bool
	active   bool
	owner    *harness.Account
	clock    uint64  // where the meter's next reading starts (its last reading's time, once read)
	points   []point // accepted readings
	tariffs  []version
	owners   []version
	rotation *pending
	handover *pending
	autopay  *harness.Account
	capPer   *big.Int
}

type trade struct {
	id, askID, bidID   uint64
	window             uint64
	seller, buyer      *modelMeter
	askMaker, bidMaker *harness.Account
	wh, price          uint64
	escrow             *big.Int
	records            [][]byte
	recorded           bool
}

type sequence struct {
	w    *world
	e    *harness.Env
	t    *testing.T
	rng  *rand.Rand
	seed uint64
	step int
	op   string

	owners          []*harness.Account
	stranger, third *harness.Account
	meters          []*modelMeter
	tariffs         map[uint32]tariff.Tariff
	bills           map[billKey]*modelBill
	p2p             map[billKey]*p2pPeriod
	trades          []*trade
	grants          map[grantKey]modelGrant
	allowance       map[common.Address]*big.Int // what each account let billing pull
}

func (s *sequence) fail(format string, args ...any) {
	s.t.Helper()
	s.t.Fatalf("seed %d step %d (%s): %s", s.seed, s.step, s.op, fmt.Sprintf(format, args...))
}

func (s *sequence) count(what string, when bool) {
	if when {
		s.w.stats[what]++
	}
}

func (s *sequence) where() string { return fmt.Sprintf("seed %d step %d (%s)", s.seed, s.step, s.op) }

// ---------------------------------------------------------------- setup and teardown

func (s *sequence) setup() {
	s.op = "setup"
	w := s.w
	take := func() *harness.Account {
		u := s.e.Users[w.nextUser]
		w.nextUser++
		w.balance[u.Addr] = new(big.Int)
		s.allowance[u.Addr] = new(big.Int)
		return u
	}
	for range 3 {
		s.owners = append(s.owners, take())
	}
	s.stranger, s.third = take(), take()
	for _, a := range []*harness.Account{s.e.Admin, s.e.Registrar, s.e.Relayer} {
		s.allowance[a.Addr] = new(big.Int) // they pay only what they approve just before
	}
	first := s.newTariff()
	for i := range 2 + s.rng.IntN(2) {
		prosumer := i == 0 || s.rng.IntN(2) == 0
		owner := s.owners[i%len(s.owners)]
		id := s.meterID()
		key := s.newKey()
		class := uint8(0)
		if prosumer {
			class = 1
		}
		s.mustSend(s.e.Registrar, s.e.Registry, s.e.RegistryABI.PackRegister(id, owner.Addr, crypto.PubkeyToAddress(key.PublicKey), class, first, meterMaxPowerW))
		months := 1 + s.rng.IntN(4)
		clock := uint64(time.Unix(int64(s.e.Now()), 0).AddDate(0, -months, 0).Unix()) - s.rng.Uint64N(20*daySeconds)
		s.meters = append(s.meters, &modelMeter{id: id, key: key, prosumer: prosumer, active: true, owner: owner,
			clock: clock, tariffs: []version{{id: first}}, owners: []version{{who: owner}}})
	}
}

// retire books the sequence's accounts as finished: nothing may move their tokens again.
func (s *sequence) retire() {
	for _, a := range append(slices.Clone(s.owners), s.stranger, s.third) {
		s.w.retired.Add(s.w.retired, s.w.balance[a.Addr])
		delete(s.w.balance, a.Addr)
	}
}

func (s *sequence) meterID() uint64 {
	n := s.w.nextMeter
	s.w.nextMeter++
	return (100+n/(999*999))*1_000_000 + (1+n/999%999)*1000 + 1 + n%999
}

func (s *sequence) newKey() *ecdsa.PrivateKey {
	var seed [32]byte
	for i := range 4 {
		v := s.rng.Uint64()
		for j := range 8 {
			seed[i*8+j] = byte(v >> (8 * j))
		}
	}
	seed[0] |= 1
	k, err := crypto.ToECDSA(seed[:])
	require.NoError(s.t, err, s.where())
	return k
}

// newTariff defines a fresh tariff (fixed charge, one to three blocks) from the registrar.
func (s *sequence) newTariff() uint32 {
	id := s.w.nextTariff
	s.w.nextTariff++
	n := 1 + s.rng.IntN(3)
	tr := tariff.Tariff{ID: id, FixedCharge: big.NewInt(int64(s.rng.IntN(5_000_000)))}
	bound := uint64(0)
	for i := range n {
		tr.PricePerKWh = append(tr.PricePerKWh, big.NewInt(int64(50_000+s.rng.IntN(400_000))))
		if i < n-1 {
			bound += uint64(1 + s.rng.IntN(300_000))
			tr.UpToWh = append(tr.UpToWh, bound)
		}
	}
	s.w.b.SetTariff(id, tr.FixedCharge.Int64(), tr.UpToWh, int64sOf(tr.PricePerKWh)...)
	s.tariffs[id] = tr
	return id
}

func int64sOf(v []*big.Int) []int64 {
	out := make([]int64, len(v))
	for i, x := range v {
		out[i] = x.Int64()
	}
	return out
}

// ---------------------------------------------------------------- sending

func (s *sequence) send(from *harness.Account, c *bind.BoundContract, data []byte) (*types.Receipt, error) {
	r, err := s.e.Send(from, c, data)
	if err == nil && r.Status != types.ReceiptStatusSuccessful {
		err = fmt.Errorf("transaction %s failed", r.TxHash)
	}
	return r, err
}

func (s *sequence) mustSend(from *harness.Account, c *bind.BoundContract, data []byte) *types.Receipt {
	s.t.Helper()
	r, err := s.send(from, c, data)
	if err != nil {
		s.fail("send: %v", err)
	}
	return r
}

// mustRevert sends a call the rules forbid; it must not go through.
func (s *sequence) mustRevert(what string, from *harness.Account, c *bind.BoundContract, data []byte) {
	s.t.Helper()
	if _, err := s.send(from, c, data); err == nil {
		s.fail("%s went through", what)
	}
}

func (s *sequence) blockTime(r *types.Receipt) uint64 {
	h, err := s.e.Client.HeaderByNumber(s.e.Ctx, r.BlockNumber)
	require.NoError(s.t, err, s.where())
	return h.Time
}

// blockTimeOr is the block time of r, or `otherwise` when there is no receipt.
func (s *sequence) blockTimeOr(r *types.Receipt, otherwise uint64) uint64 {
	if r == nil {
		return otherwise
	}
	return s.blockTime(r)
}

// anyone is a random caller of a permissionless function.
func (s *sequence) anyone() *harness.Account {
	all := append(slices.Clone(s.owners), s.stranger, s.third, s.e.Relayer, s.e.Admin, s.e.Registrar)
	return all[s.rng.IntN(len(all))]
}

func (s *sequence) pick() *modelMeter { return s.meters[s.rng.IntN(len(s.meters))] }

func (s *sequence) mint(to *harness.Account, amount *big.Int) {
	s.mustSend(s.e.Admin, s.w.b.Token, s.w.b.TokenABI.PackMint(to.Addr, amount))
	s.w.minted.Add(s.w.minted, amount)
	s.move(common.Address{}, to.Addr, amount)
}

// move books a token transfer in the model (from zero: a mint).
func (s *sequence) move(from, to common.Address, amount *big.Int) {
	if from != (common.Address{}) {
		s.w.balance[from].Sub(s.w.balance[from], amount)
	}
	s.w.balance[to].Add(s.w.balance[to], amount)
}

func (s *sequence) approve(a *harness.Account, amount *big.Int) {
	s.mustSend(a, s.w.b.Token, s.w.b.TokenABI.PackApprove(s.e.Deployment.BillingManager, amount))
	s.allowance[a.Addr] = new(big.Int).Set(amount)
}

// ---------------------------------------------------------------- the ledger model

// closing is a meter's import register at the end of period p as the ledger has it: the last
// reading in p, or on the line between the readings around a gap, at the period's end.
func (m *modelMeter) closing(p uint32) (imp uint64, estimated bool) {
	last, next := -1, -1
	for i, pt := range m.points {
		pp := reading.PeriodOf(pt.ts)
		if pp <= p {
			last = i
		} else if next < 0 {
			next = i
		}
	}
	if reading.PeriodOf(m.points[0].ts) > p { // the baseline: the close of the period before the first reading
		return m.points[0].imp, false
	}
	a := m.points[last]
	if reading.PeriodOf(a.ts) == p || next < 0 {
		return a.imp, false
	}
	b := m.points[next]
	boundary := reading.PeriodStart(reading.NextPeriod(p))
	return a.imp + (b.imp-a.imp)*(boundary-a.ts)/(b.ts-a.ts), true
}

// closed is whether billing may use period p of the meter.
func (m *modelMeter) closed(p uint32) bool {
	if len(m.points) == 0 {
		return false
	}
	first := reading.PeriodOf(m.points[0].ts)
	last := reading.PeriodOf(m.points[len(m.points)-1].ts)
	return p >= first && (p < last || (!m.active && p == last))
}

// closedPeriods lists every period billing may use.
func (m *modelMeter) closedPeriods() []uint32 {
	if len(m.points) == 0 {
		return nil
	}
	var out []uint32
	for p := reading.PeriodOf(m.points[0].ts); m.closed(p); p = reading.NextPeriod(p) {
		out = append(out, p)
	}
	return out
}

func (m *modelMeter) tariffAt(p uint32) uint32 {
	id := m.tariffs[0].id
	for _, v := range m.tariffs {
		if v.from <= p {
			id = v.id
		}
	}
	return id
}

func (m *modelMeter) ownerAt(p uint32) *harness.Account {
	who := m.owners[0].who
	for _, v := range m.owners {
		if v.from <= p {
			who = v.who
		}
	}
	return who
}

// ---------------------------------------------------------------- operations

func (s *sequence) randomOp() {
	ops := []struct {
		name   string
		weight int
		run    func()
	}{
		{"read", 8, s.opRead},
		{"warp", 4, s.opWarp},
		{"trade", 3, s.opTrade},
		{"settle", 3, s.opSettle},
		{"issue", 6, s.opIssue},
		{"pay", 3, s.opPay},
		{"autopay", 3, s.opAutopay},
		{"collect", 2, s.opCollect},
		{"overdue", 1, s.opOverdue},
		{"rotate", 2, s.opRotate},
		{"owner", 2, s.opOwner},
		{"tariff", 2, s.opTariff},
		{"consent", 2, s.opConsent},
		{"cancel", 1, s.opCancelBid},
		{"transfer", 1, s.opTransfer},
		{"deactivate", 1, s.opDeactivate},
		{"attack", 3, s.opAttack},
	}
	total := 0
	for _, o := range ops {
		total += o.weight
	}
	n := s.rng.IntN(total)
	for _, o := range ops {
		if n < o.weight {
			s.op = o.name
			s.w.stats["op "+o.name]++
			o.run()
			return
		}
		n -= o.weight
	}
}

// signed is a reading of m at ts with the given registers, signed with m's key.
func (s *sequence) signed(m *modelMeter, key *ecdsa.PrivateKey, seq, ts, imp, exp uint64) (reading.Reading, reading.Signature) {
	r := reading.Reading{MeterID: m.id, Seq: seq, Timestamp: ts, ImportWh: imp, ExportWh: exp}
	sig, err := reading.Sign(key, s.e.Domain(), r)
	require.NoError(s.t, err, s.where())
	return r, sig
}

// readAt relays a good reading of m at ts (after its clock) with plausible registers, possibly
// behind a bad one (an old or foreign key, a replay) that must be rejected, and books it.
func (s *sequence) readAt(m *modelMeter, ts uint64) []byte {
	var imp, exp uint64
	seq := uint64(len(m.points)) + 1
	if len(m.points) == 0 {
		imp, exp = s.rng.Uint64N(5_000_000), 0
	} else {
		last := m.points[len(m.points)-1]
		maxWh := meterMaxPowerW * (ts - last.ts) / 3600
		imp = last.imp + s.rng.Uint64N(maxWh/2+1)
		exp = last.exp
		if m.prosumer {
			exp += s.rng.Uint64N(maxWh/4 + 1)
		}
	}
	var rs []reading.Reading
	var sigs []reading.Signature
	bad := s.rng.IntN(4) == 0
	if bad {
		key := s.newKey()
		if len(m.oldKeys) > 0 && s.rng.IntN(2) == 0 {
			key = m.oldKeys[s.rng.IntN(len(m.oldKeys))]
		}
		r, sig := s.signed(m, key, seq, ts, imp, exp)
		rs, sigs = append(rs, r), append(sigs, sig)
	}
	r, sig := s.signed(m, m.key, seq, ts, imp, exp)
	rs, sigs = append(rs, r), append(sigs, sig)
	var rcpt *types.Receipt
	if s.rng.IntN(4) == 0 { // the ABI-encoded entry point
		abiRs, abiSigs := make([]bindings.ReadingLedgerReading, len(rs)), make([][]byte, len(rs))
		for i := range rs {
			abiRs[i], abiSigs[i] = toABI(rs[i]), sigs[i][:]
		}
		rcpt = s.mustSend(s.e.Relayer, s.e.Ledger, s.e.LedgerABI.PackSubmit(abiRs, abiSigs))
	} else {
		rcpt = s.e.SubmitPacked(rs, sigs)
	}
	outs := s.e.Outcomes(rcpt)
	require.Len(s.t, outs, len(rs), s.where())
	if bad {
		require.NotEqual(s.t, reading.Accepted, outs[0].Reason, "%s: a reading under a wrong key was accepted", s.where())
	}
	got := outs[len(outs)-1].Reason
	if !m.active {
		require.Equal(s.t, reading.InactiveMeter, got, "%s: reading of a deactivated meter", s.where())
		return nil
	}
	require.Equal(s.t, reading.Accepted, got, "%s: good reading of meter %d at %d", s.where(), m.id, ts)
	m.points = append(m.points, point{ts, imp, exp})
	m.clock = ts
	return reading.Pack(r, sig)
}

func (s *sequence) opRead() {
	m := s.pick()
	now := s.e.Now()
	var gap uint64
	switch n := s.rng.IntN(10); {
	case n < 6:
		gap = 3600 + s.rng.Uint64N(4*daySeconds)
	case n < 9:
		gap = 5*daySeconds + s.rng.Uint64N(15*daySeconds)
	default:
		gap = 30*daySeconds + s.rng.Uint64N(45*daySeconds)
	}
	ts := m.clock + gap
	if len(m.points) == 0 {
		ts = m.clock
	}
	ts = min(ts, now)
	if len(m.points) > 0 && ts <= m.clock {
		return
	}
	s.readAt(m, ts)
}

func (s *sequence) opWarp() {
	now := s.e.Now()
	var to uint64
	switch n := s.rng.IntN(10); {
	case n < 5:
		to = now + 3600 + s.rng.Uint64N(2*daySeconds)
	case n < 8: // just before or after the next month boundary
		to = reading.PeriodStart(reading.NextPeriod(reading.PeriodOf(now+1))) - 7200 + s.rng.Uint64N(4*3600)
	default:
		to = now + 3*daySeconds + s.rng.Uint64N(14*daySeconds)
	}
	if to > now {
		s.w.m.WarpTo(to)
	}
}

func (s *sequence) activeMeters(pred func(*modelMeter) bool) []*modelMeter {
	var out []*modelMeter
	for _, m := range s.meters {
		if m.active && pred(m) {
			out = append(out, m)
		}
	}
	return out
}

// opTrade runs a delivery window: the seller asks, the buyer bids (escrow), both meters read at
// the window's start, the clearer clears (a match if the prices cross), both read at its end.
func (s *sequence) opTrade() {
	sellers := s.activeMeters(func(m *modelMeter) bool { return m.prosumer })
	if len(sellers) == 0 {
		return
	}
	seller := sellers[s.rng.IntN(len(sellers))]
	buyers := s.activeMeters(func(m *modelMeter) bool { return m != seller && m.owner != seller.owner })
	if len(buyers) == 0 {
		return
	}
	buyer := buyers[s.rng.IntN(len(buyers))]
	mk := s.w.m
	window := mk.NextWindow(60 * time.Second)
	for _, m := range []*modelMeter{seller, buyer} { // readings never run ahead of the chain: each is before the window
		if len(m.points) == 0 {
			s.readAt(m, s.e.Now())
		}
	}
	ts := &trade{window: window, seller: seller, buyer: buyer, askMaker: seller.owner, bidMaker: buyer.owner,
		wh: 100 + s.rng.Uint64N(2000)}
	ask := uint64(100_000 + s.rng.IntN(100_000))
	bidPrice := ask - 20_000 + s.rng.Uint64N(120_000)
	ts.askID = mk.Ask(seller.owner, seller.id, window, ts.wh, ask)
	ts.escrow = new(big.Int).SetUint64((ts.wh*bidPrice + 999) / 1000)
	s.mint(buyer.owner, ts.escrow)
	s.mustSend(buyer.owner, mk.Token, mk.TokenABI.PackApprove(mk.Addr, ts.escrow))
	ts.bidID = mk.Bid(buyer.owner, buyer.id, window, ts.wh, bidPrice)
	s.move(buyer.owner.Addr, mk.Addr, ts.escrow)
	mk.WarpTo(window)
	ts.records = append(ts.records, s.readAt(seller, window), s.readAt(buyer, window))
	var matches []bindings.EnergyMarketMatch
	price := ask
	if bidPrice >= ask {
		price = ask + s.rng.Uint64N(bidPrice-ask+1)
		matches = append(matches, bindings.EnergyMarketMatch{AskId: ts.askID, BidId: ts.bidID, Wh: ts.wh})
	}
	ts.price = price
	r, err := mk.SubmitClearing(window, price, matches, true)
	require.NoError(s.t, err, s.where())
	for _, l := range r.Logs {
		if ev, err := mk.ABI.UnpackTradeMatchedEvent(l); err == nil {
			ts.id = ev.TradeId
		}
	}
	mk.WarpTo(window + mk.WindowLen)
	ts.records = append(ts.records, s.readAt(seller, window+mk.WindowLen), s.readAt(buyer, window+mk.WindowLen))
	if len(matches) == 0 { // nothing crossed: anyone may now cancel, the escrow goes back to the maker
		s.mustSend(s.anyone(), mk.Contract, mk.ABI.PackCancel(ts.bidID))
		s.move(mk.Addr, buyer.owner.Addr, ts.escrow)
		return
	}
	s.p2pOf(buyer.id, reading.PeriodOf(window+mk.WindowLen)).open++
	s.trades = append(s.trades, ts)
}

func (s *sequence) p2pOf(meter uint64, p uint32) *p2pPeriod {
	k := billKey{meter, p}
	if s.p2p[k] == nil {
		s.p2p[k] = &p2pPeriod{}
	}
	return s.p2p[k]
}

func (s *sequence) opSettle() {
	if len(s.trades) == 0 {
		return
	}
	s.settle(s.trades[s.rng.IntN(len(s.trades))])
}

// settle records a trade's boundary readings (with a forged one that must be refused) and
// settles it from random callers, checking the payout against delivery.
func (s *sequence) settle(tr *trade) {
	mk := s.w.m
	end := tr.window + mk.WindowLen
	var r *types.Receipt
	var err error
	uncovered := false
	if !tr.recorded && s.rng.IntN(2) == 0 {
		// Unrecorded, a trade waits for its readings until SETTLE_GRACE after the window, then
		// settles as undelivered (the buyer refunded in full).
		r, err = mk.Settle(s.anyone(), tr.id)
		uncovered = s.blockTimeOr(r, s.e.Now()+1) >= end+7*daySeconds
		if uncovered != (err == nil) {
			s.fail("trade %d settled before its readings were recorded: %v, past the grace: %v", tr.id, err == nil, uncovered)
		}
	}
	if !tr.recorded && !uncovered {
		forged := slices.Clone(tr.records[s.rng.IntN(len(tr.records))])
		forged[31]++ // the import register's low byte; first, before the true record takes its boundary
		r := mk.Record(s.anyone(), append([][]byte{forged}, tr.records...)...)
		if len(mk.Refused(r)) == 0 {
			s.fail("a forged boundary record was taken")
		}
		tr.recorded = true
	}
	if !uncovered {
		if s.rng.IntN(3) == 0 { // in a batch, the trade twice: the repeat is skipped
			r, err = s.send(s.anyone(), mk.Contract, mk.ABI.PackSettleMany([]uint64{tr.id, tr.id}))
		} else {
			r, err = mk.Settle(s.anyone(), tr.id)
		}
		require.NoError(s.t, err, "%s: settle trade %d", s.where(), tr.id)
	}
	got := mk.Settled(r)
	require.Len(s.t, got, 1, s.where())
	delta := func(m *modelMeter, importing bool) uint64 {
		var a, b point
		for _, p := range m.points {
			if p.ts == tr.window {
				a = p
			}
			if p.ts == end {
				b = p
			}
		}
		if importing {
			return b.imp - a.imp
		}
		return b.exp - a.exp
	}
	var delivered uint64
	if !uncovered {
		delivered = min(tr.wh, delta(tr.seller, false), delta(tr.buyer, true))
	}
	pay := new(big.Int).SetUint64(delivered * tr.price / 1000)
	refund := new(big.Int).Sub(tr.escrow, pay)
	require.Equal(s.t, delivered, got[0].DeliveredWh, "%s: delivered", s.where())
	require.Equal(s.t, pay.String(), got[0].PaidToSeller.String(), "%s: seller's pay", s.where())
	require.Equal(s.t, refund.String(), got[0].RefundToBuyer.String(), "%s: buyer's refund", s.where())
	s.move(mk.Addr, tr.askMaker.Addr, pay)
	s.move(mk.Addr, tr.bidMaker.Addr, refund)
	pp := s.p2pOf(tr.buyer.id, reading.PeriodOf(end))
	pp.settledWh += delivered
	pp.open--
	s.count("trades settled", true)
	s.count("trades settled undelivered", uncovered)
	s.trades = slices.DeleteFunc(s.trades, func(x *trade) bool { return x == tr })
	if _, err := mk.Settle(s.anyone(), tr.id); err == nil {
		s.fail("trade %d settled twice", tr.id)
	}
}

// issue calls issueBills from `from` and checks every bill and skip against the model.
func (s *sequence) issue(from *harness.Account, period uint32, meters ...*modelMeter) {
	ids := make([]uint64, len(meters))
	for i, m := range meters {
		ids[i] = m.id
	}
	r := s.mustSend(from, s.w.b.Manager, s.w.b.BillingABI.PackIssueBills(ids, period))
	bt := s.blockTime(r)
	issued, skipped := s.w.b.Issued(r), s.w.b.Skipped(r)
	require.Equal(s.t, len(meters), len(issued)+len(skipped), "%s: one outcome per meter", s.where())
	ii, si := 0, 0
	for _, m := range meters {
		k := billKey{m.id, period}
		want := uint8(0)
		p2p := s.p2p[k]
		switch {
		case s.bills[k] != nil:
			want = 1 // AlreadyIssued
		case !m.closed(period):
			want = 2 // PeriodNotClosed
		case reading.PeriodOf(bt) <= period || (p2p != nil && p2p.open > 0):
			want = 6 // P2PUnsettled
		}
		if want != 0 {
			require.Less(s.t, si, len(skipped), "%s: meter %d period %d issued, want skip %d", s.where(), m.id, period, want)
			require.Equal(s.t, m.id, skipped[si].MeterId, s.where())
			require.Equal(s.t, want, skipped[si].Reason, "%s: skip reason of meter %d period %d", s.where(), m.id, period)
			si++
			continue
		}
		require.Less(s.t, ii, len(issued), "%s: meter %d period %d skipped, want a bill", s.where(), m.id, period)
		ev := issued[ii]
		ii++
		want_ := s.expectBill(m, period)
		want_.issuedAt = bt / daySeconds * daySeconds
		require.Equal(s.t, m.id, ev.MeterId, s.where())
		require.Equal(s.t, want_.energy, ev.EnergyWh, "%s: energy of meter %d period %d", s.where(), m.id, period)
		require.Equal(s.t, want_.p2p, ev.P2pWh, "%s: P2P of meter %d period %d", s.where(), m.id, period)
		require.Equal(s.t, want_.amount.String(), ev.Amount.String(), "%s: amount of meter %d period %d", s.where(), m.id, period)
		require.Equal(s.t, want_.issuedAt+deploy.PaymentTerm, ev.Due, s.where())
		s.bills[k] = want_
		s.count("bills", true)
		s.count("bills estimated", want_.estimated)
		s.count("bills with P2P", want_.p2p > 0)
		s.count("bills re-tariffed", len(m.tariffs) > 1 && m.tariffAt(period) != m.tariffs[0].id)
		s.count("bills of a previous owner", m.ownerAt(period) != m.owner)
	}
}

// expectBill is the bill the rules give for a closed period: its registers, the tariff in force
// for it, the P2P energy its settled trades delivered.
func (s *sequence) expectBill(m *modelMeter, p uint32) *modelBill {
	closeImp, ce := m.closing(p)
	openImp, oe := m.closing(reading.PreviousPeriod(p))
	energy := closeImp - openImp
	var p2p uint64
	if pp := s.p2p[billKey{m.id, p}]; pp != nil {
		p2p = min(pp.settledWh, energy)
	}
	return &modelBill{energy: energy, p2p: p2p, estimated: ce || oe, paid: new(big.Int),
		amount: s.tariffs[m.tariffAt(p)].Amount(energy-p2p, tokenDecimals)}
}

func (s *sequence) opIssue() {
	m := s.pick()
	now := reading.PeriodOf(s.e.Now())
	p := now
	for range s.rng.IntN(6) {
		p = reading.PreviousPeriod(p)
	}
	if s.rng.IntN(8) == 0 {
		p = reading.NextPeriod(now)
	}
	meters := []*modelMeter{m}
	if s.rng.IntN(2) == 0 {
		meters = append(meters, s.pick())
	}
	s.issue(s.anyone(), p, meters...)
}

// issuedBills lists the sequence's bills in a fixed order.
func (s *sequence) issuedBills() []billKey {
	var out []billKey
	for k := range s.bills {
		out = append(out, k)
	}
	slices.SortFunc(out, func(a, b billKey) int {
		if a.meter != b.meter {
			return int(a.meter) - int(b.meter)
		}
		return int(a.period) - int(b.period)
	})
	return out
}

func billID(k billKey) *big.Int {
	return new(big.Int).Or(new(big.Int).Lsh(big.NewInt(int64(k.period)), 64), new(big.Int).SetUint64(k.meter))
}

func (s *sequence) opPay() {
	keys := s.issuedBills()
	if len(keys) == 0 {
		return
	}
	k := keys[s.rng.IntN(len(keys))]
	bl := s.bills[k]
	owed := new(big.Int).Sub(bl.amount, bl.paid)
	payer := s.anyone()
	amount := new(big.Int).Add(owed, big.NewInt(1)) // over: refused
	if owed.Sign() > 0 && s.rng.IntN(5) != 0 {
		amount = big.NewInt(1 + s.rng.Int64N(owed.Int64()))
	}
	if s.w.balance[payer.Addr].Cmp(amount) < 0 {
		s.mint(payer, amount)
	}
	var err error
	if s.rng.IntN(3) == 0 { // an ERC-2612 permit in the same transaction, perhaps front-run by anyone
		sig, deadline := s.permit(payer, amount)
		if s.rng.IntN(2) == 0 {
			s.mustSend(s.anyone(), s.w.b.Token, s.w.b.TokenABI.PackPermit(payer.Addr, s.e.Deployment.BillingManager, amount, deadline, sig.V, sig.R, sig.S))
			s.allowance[payer.Addr] = new(big.Int).Set(amount)
		}
		_, err = s.send(payer, s.w.b.Manager, s.w.b.BillingABI.PackPayWithPermit(billID(k), amount, deadline, sig.V, sig.R, sig.S))
		if err == nil {
			s.allowance[payer.Addr] = new(big.Int).Set(amount)
		}
	} else {
		s.approve(payer, amount)
		_, err = s.send(payer, s.w.b.Manager, s.w.b.BillingABI.PackPay(billID(k), amount))
	}
	if amount.Cmp(owed) > 0 {
		if err == nil {
			s.fail("bill %v paid beyond its amount", k)
		}
		return
	}
	require.NoError(s.t, err, "%s: pay %s of bill %v", s.where(), amount, k)
	bl.paid.Add(bl.paid, amount)
	s.allowance[payer.Addr].Sub(s.allowance[payer.Addr], amount)
	s.move(payer.Addr, s.e.Admin.Addr, amount)
}

// permit signs an ERC-2612 approval of `amount` for billing by `owner`, valid for an hour.
func (s *sequence) permit(owner *harness.Account, amount *big.Int) (billpay.Signature, *big.Int) {
	b := s.w.b
	nonce, err := bind.Call(b.Token, nil, b.TokenABI.PackNonces(owner.Addr), b.TokenABI.UnpackNonces)
	require.NoError(s.t, err, s.where())
	deadline := new(big.Int).SetUint64(s.e.Now() + 3600)
	tok := billpay.Token{Name: "meterchain USD", ChainID: harness.ChainID, Address: s.e.Deployment.StableToken}
	sig, err := tok.Sign(owner.Key, billpay.Permit{Owner: owner.Addr, Spender: s.e.Deployment.BillingManager,
		Value: amount, Nonce: nonce, Deadline: deadline})
	require.NoError(s.t, err, s.where())
	return sig, deadline
}

func (s *sequence) opAutopay() {
	m := s.pick()
	switch n := s.rng.IntN(4); {
	case n < 2: // the owner opts in, and lets billing pull
		cp := big.NewInt(int64(1 + s.rng.IntN(30_000_000)))
		s.mustSend(m.owner, s.w.b.Manager, s.w.b.BillingABI.PackSetAutopay(m.id, cp))
		m.autopay, m.capPer = m.owner, cp
		if s.rng.IntN(4) != 0 {
			s.mint(m.owner, big.NewInt(int64(s.rng.IntN(60_000_000))))
		}
		s.approve(m.owner, big.NewInt(int64(s.rng.IntN(100_000_000))))
	case n == 2 && m.autopay != nil: // the payer or the current owner ends it
		who := m.autopay
		if s.rng.IntN(2) == 0 {
			who = m.owner
		}
		s.mustSend(who, s.w.b.Manager, s.w.b.BillingABI.PackCancelAutopay(m.id))
		m.autopay = nil
	default: // nobody else may
		if m.autopay != nil {
			s.mustRevert("a stranger cancelled autopay", s.stranger, s.w.b.Manager, s.w.b.BillingABI.PackCancelAutopay(m.id))
		}
		s.mustRevert("a stranger set autopay on another's meter", s.stranger, s.w.b.Manager,
			s.w.b.BillingABI.PackSetAutopay(m.id, big.NewInt(1)))
	}
}

func (s *sequence) meterByID(id uint64) *modelMeter {
	for _, m := range s.meters {
		if m.id == id {
			return m
		}
	}
	return nil
}

// opCollect runs collectAutopay from anyone over some bills: it may pull only from the payer
// the meter's owner named, only for periods that payer answers for, within cap and allowance.
func (s *sequence) opCollect() {
	keys := s.issuedBills()
	if len(keys) == 0 {
		return
	}
	var pick []billKey
	var ids []*big.Int
	all := s.op == "drain"
	for _, k := range keys {
		if all || s.rng.IntN(2) == 0 {
			pick = append(pick, k)
			ids = append(ids, billID(k))
		}
	}
	s.mustSend(s.anyone(), s.w.b.Manager, s.w.b.BillingABI.PackCollectAutopay(ids))
	for _, k := range pick {
		m, bl := s.meterByID(k.meter), s.bills[k]
		if m.autopay == nil {
			continue
		}
		target := bl.amount
		if m.capPer.Cmp(target) < 0 {
			target = m.capPer
		}
		if bl.paid.Cmp(target) >= 0 {
			continue
		}
		need := new(big.Int).Sub(target, bl.paid)
		payer := m.autopay
		if m.owner != payer || s.allowance[payer.Addr].Cmp(need) < 0 || s.w.balance[payer.Addr].Cmp(need) < 0 {
			continue
		}
		if m.ownerAt(k.period) != payer {
			s.count("autopay refused for another owner's period", true)
			continue
		}
		bl.paid.Add(bl.paid, need)
		s.count("autopay collections", true)
		s.allowance[payer.Addr].Sub(s.allowance[payer.Addr], need)
		s.move(payer.Addr, s.e.Admin.Addr, need)
	}
}

func (s *sequence) opOverdue() {
	keys := s.issuedBills()
	var ids []*big.Int
	for _, k := range keys {
		ids = append(ids, billID(k))
	}
	r := s.mustSend(s.anyone(), s.w.b.Manager, s.w.b.BillingABI.PackMarkOverdue(ids))
	bt := s.blockTime(r)
	marked := map[string]bool{}
	for _, l := range r.Logs {
		if ev, err := s.w.b.BillingABI.UnpackBillOverdueEvent(l); err == nil {
			marked[ev.BillId.String()] = true
		}
	}
	for _, k := range keys {
		bl := s.bills[k]
		want := !bl.overdue && bt > bl.issuedAt+deploy.PaymentTerm && bl.paid.Cmp(bl.amount) < 0
		require.Equal(s.t, want, marked[billID(k).String()], "%s: overdue mark of bill %v", s.where(), k)
		bl.overdue = bl.overdue || want
		s.count("bills marked overdue", want)
	}
}

func (s *sequence) opRotate() {
	m := s.pick()
	reg := s.e.RegistryABI
	switch {
	case m.rotation == nil:
		k := s.newKey()
		r := s.mustSend(s.e.Registrar, s.e.Registry, reg.PackRotateSigner(m.id, crypto.PubkeyToAddress(k.PublicKey)))
		m.rotation = &pending{key: k, notBefore: s.blockTime(r) + 48*3600}
		{
			s.mustRevert("a stranger confirmed a key rotation", s.stranger, s.e.Registry, reg.PackConfirmSignerRotation(m.id, crypto.PubkeyToAddress(k.PublicKey)))
		}
		if s.rng.IntN(2) == 0 {
			s.mustSend(m.owner, s.e.Registry, reg.PackConfirmSignerRotation(m.id, crypto.PubkeyToAddress(k.PublicKey)))
			m.oldKeys, m.key, m.rotation = append(m.oldKeys, m.key), k, nil
		}
	case s.e.Now()+1 < m.rotation.notBefore:
		s.mustRevert("a key rotation completed before its delay", s.anyone(), s.e.Registry, reg.PackCompleteSignerRotation(m.id))
	default:
		s.mustSend(s.anyone(), s.e.Registry, reg.PackCompleteSignerRotation(m.id))
		m.oldKeys, m.key, m.rotation = append(m.oldKeys, m.key), m.rotation.key, nil
	}
}

// setOwner books an owner change that took effect in the block of r.
func (s *sequence) setOwner(m *modelMeter, to *harness.Account, r *types.Receipt) {
	from := reading.PeriodOf(s.blockTime(r))
	if last := &m.owners[len(m.owners)-1]; last.from == from {
		last.who = to
	} else {
		m.owners = append(m.owners, version{from: from, who: to})
	}
	m.owner = to
	m.handover = nil
}

func (s *sequence) opOwner() {
	m := s.pick()
	reg := s.e.RegistryABI
	to := s.owners[s.rng.IntN(len(s.owners))]
	switch n := s.rng.IntN(3); {
	case n == 0: // the owner sells
		s.setOwner(m, to, s.mustSend(m.owner, s.e.Registry, reg.PackChangeOwner(m.id, to.Addr)))
	case n == 1 && m.handover == nil: // the utility proposes; it waits for the delay
		r := s.mustSend(s.e.Registrar, s.e.Registry, reg.PackChangeOwner(m.id, to.Addr))
		m.handover = &pending{owner: to, notBefore: s.blockTime(r) + 48*3600}
	case m.handover != nil && s.e.Now()+1 >= m.handover.notBefore:
		s.setOwner(m, m.handover.owner, s.mustSend(s.anyone(), s.e.Registry, reg.PackCompleteOwnerChange(m.id)))
	case m.handover != nil:
		s.mustRevert("an owner change completed before its delay", s.anyone(), s.e.Registry, reg.PackCompleteOwnerChange(m.id))
	default:
		s.mustRevert("a stranger changed a meter's owner", s.stranger, s.e.Registry, reg.PackChangeOwner(m.id, s.stranger.Addr))
	}
}

func (s *sequence) opTariff() {
	m := s.pick()
	id := s.newTariff()
	r := s.mustSend(s.e.Registrar, s.e.Registry, s.e.RegistryABI.PackAssignTariff(m.id, id))
	last := &m.tariffs[len(m.tariffs)-1]
	if len(m.points) == 0 { // nothing priced yet: replaced outright
		last.id = id
		return
	}
	from := reading.NextPeriod(reading.PeriodOf(s.blockTime(r)))
	if last.from == from {
		last.id = id
	} else {
		m.tariffs = append(m.tariffs, version{from: from, id: id})
	}
}

func (s *sequence) opConsent() {
	m := s.pick()
	c, abi := s.w.consent, s.w.consentABI
	k := grantKey{m.id, s.third.Addr}
	switch n := s.rng.IntN(3); {
	case n == 0 && s.grants[k].scope != 0: // the current owner may revoke any stored grant
		s.mustSend(m.owner, c, abi.PackRevoke(m.id, s.third.Addr))
		delete(s.grants, k)
	case n <= 1:
		scope := uint8(1 + s.rng.IntN(3))
		expiry := s.e.Now() + 3600 + s.rng.Uint64N(20*daySeconds)
		s.mustSend(m.owner, c, abi.PackGrant(m.id, s.third.Addr, scope, expiry))
		s.grants[k] = modelGrant{owner: m.owner.Addr, scope: scope, expiry: expiry}
	default:
		s.mustRevert("a stranger granted consent on another's meter", s.stranger, c, abi.PackGrant(m.id, s.stranger.Addr, 3, s.e.Now()+daySeconds))
	}
}

func (s *sequence) opCancelBid() {
	ms := s.activeMeters(func(*modelMeter) bool { return true })
	if len(ms) == 0 {
		return
	}
	m := ms[s.rng.IntN(len(ms))]
	mk := s.w.m
	window := mk.NextWindow(10 * 60 * time.Second)
	wh, price := 100+s.rng.Uint64N(1000), 50_000+s.rng.Uint64N(200_000)
	escrow := new(big.Int).SetUint64((wh*price + 999) / 1000)
	s.mint(m.owner, escrow)
	s.mustSend(m.owner, mk.Token, mk.TokenABI.PackApprove(mk.Addr, escrow))
	id := mk.Bid(m.owner, m.id, window, wh, price)
	s.move(m.owner.Addr, mk.Addr, escrow)
	s.mustRevert("a stranger cancelled an open bid", s.stranger, mk.Contract, mk.ABI.PackCancel(id))
	s.mustSend(m.owner, mk.Contract, mk.ABI.PackCancel(id))
	s.move(mk.Addr, m.owner.Addr, escrow)
}

func (s *sequence) opTransfer() {
	from, to := s.owners[s.rng.IntN(len(s.owners))], s.anyone()
	bal := s.w.balance[from.Addr]
	if bal.Sign() == 0 {
		s.mint(from, big.NewInt(int64(1+s.rng.IntN(10_000_000))))
		bal = s.w.balance[from.Addr]
	}
	amount := big.NewInt(1 + s.rng.Int64N(bal.Int64()))
	s.mustSend(from, s.w.b.Token, s.w.b.TokenABI.PackTransfer(to.Addr, amount))
	s.move(from.Addr, to.Addr, amount)
}

func (s *sequence) opDeactivate() {
	m := s.pick()
	if !m.active || s.rng.IntN(3) != 0 {
		return
	}
	s.mustSend(s.e.Registrar, s.e.Registry, s.e.RegistryABI.PackDeactivate(m.id))
	m.active = false
}

// opAttack: a stranger tries a privileged call or someone else's; every one must revert.
func (s *sequence) opAttack() {
	m := s.pick()
	st := s.stranger // never a meter owner
	reg, b, mk := s.e.RegistryABI, s.w.b, s.w.m
	key := s.newKey()
	switch s.rng.IntN(15) {
	case 12:
		s.mustRevert("a stranger made the ledger watch a meter", st, s.e.Ledger, s.e.LedgerABI.PackWatchBoundaries(m.id))
	case 13:
		s.mustRevert("a stranger re-pointed the ledger's market", st, s.e.Ledger, s.e.LedgerABI.PackSetMarket(st.Addr))
	case 14:
		s.mustRevert("a stranger re-pointed the registry's ledger", st, s.e.Registry, reg.PackSetLedger(st.Addr))
	case 0:
		r, sig := s.signed(m, m.key, uint64(len(m.points))+1, s.e.Now(), 0, 0)
		s.mustRevert("a stranger relayed readings", st, s.e.Ledger, s.e.LedgerABI.PackSubmitPacked(reading.Pack(r, sig)))
	case 1:
		s.mustRevert("a stranger registered a meter", st, s.e.Registry, reg.PackRegister(s.meterID(), st.Addr, crypto.PubkeyToAddress(key.PublicKey), 1, 1, 1))
	case 2:
		s.mustRevert("a stranger rotated a key", st, s.e.Registry, reg.PackRotateSigner(m.id, crypto.PubkeyToAddress(key.PublicKey)))
	case 3:
		s.mustRevert("a stranger assigned a tariff", st, s.e.Registry, reg.PackAssignTariff(m.id, m.tariffs[0].id))
	case 4:
		s.mustRevert("a stranger deactivated a meter", st, s.e.Registry, reg.PackDeactivate(m.id))
	case 5:
		s.mustRevert("a stranger defined a tariff", st, b.Manager, b.BillingABI.PackSetTariff(1<<31, big.NewInt(0), []uint64{}, []*big.Int{big.NewInt(1)}))
	case 6:
		s.mustRevert("a stranger moved the treasury", st, b.Manager, b.BillingABI.PackSetTreasury(st.Addr))
	case 7:
		s.mustRevert("a stranger unhooked the market", st, b.Manager, b.BillingABI.PackSetMarket(common.Address{}))
	case 8:
		w := mk.NextWindow(0) - mk.WindowLen
		s.mustRevert("a stranger cleared a window", st, mk.Contract, mk.ABI.PackSubmitClearing(w, 1, []bindings.EnergyMarketMatch{}, true))
	case 9: // spend what the owner let billing pull
		s.mustRevert("a stranger spent an owner's allowance", st, b.Token, b.TokenABI.PackTransferFrom(m.owner.Addr, st.Addr, big.NewInt(1)))
	case 10:
		s.mustRevert("a stranger minted", st, b.Token, b.TokenABI.PackMint(st.Addr, big.NewInt(1)))
	default:
		s.mustRevert("a stranger placed a bid for another's meter", st, mk.Contract, mk.ABI.PackPlaceBid(m.id, mk.NextWindow(time.Hour), 10, 10))
	}
}

// ---------------------------------------------------------------- drain and checks

// drain settles every trade and issues every period from random callers in random order: then
// every closed period of every meter has exactly one bill.
func (s *sequence) drain() {
	for len(s.trades) > 0 {
		s.settle(s.trades[s.rng.IntN(len(s.trades))])
	}
	// Often let a month or two pass with a reading each, so the steps' tariff and owner changes
	// reach closed periods.
	for range s.rng.IntN(3) {
		s.w.m.WarpTo(reading.PeriodStart(reading.NextPeriod(reading.PeriodOf(s.e.Now()+1))) + 3600 + s.rng.Uint64N(20*daySeconds))
		for _, m := range s.meters {
			if m.active && len(m.points) > 0 {
				s.readAt(m, s.e.Now())
			}
		}
	}
	now := s.e.Now()
	for _, m := range s.meters {
		// A deactivated meter's running period is closed but not over: billing waits for its end.
		if ps := m.closedPeriods(); len(ps) > 0 && ps[len(ps)-1] >= reading.PeriodOf(now+1) {
			s.w.m.WarpTo(reading.PeriodStart(reading.NextPeriod(reading.PeriodOf(now+1))) + 60)
			break
		}
	}
	for _, m := range s.meters {
		periods := m.closedPeriods()
		s.rng.Shuffle(len(periods), func(i, j int) { periods[i], periods[j] = periods[j], periods[i] })
		for _, p := range periods {
			s.issue(s.anyone(), p, m)
		}
		if len(periods) > 0 { // once more: nothing changes
			s.issue(s.anyone(), periods[0], m)
		}
	}
	for _, m := range s.meters {
		periods := m.closedPeriods()
		n := 0
		for k := range s.bills {
			if k.meter == m.id {
				n++
				require.True(s.t, m.closed(k.period), "%s: bill of open period %d of meter %d", s.where(), k.period, m.id)
			}
		}
		require.Equal(s.t, len(periods), n, "%s: meter %d has one bill per closed period %v", s.where(), m.id, periods)
		if len(periods) == 0 {
			continue
		}
		// Every kWh once: the bills' energy adds up to the import from the first reading to the
		// last closed period's close, and their P2P parts to at most what the market delivered.
		var energy, p2p, delivered uint64
		for _, p := range periods {
			got := s.w.b.Bill(billID(billKey{m.id, p}))
			energy += got.EnergyWh
			p2p += got.P2pWh
			if pp := s.p2p[billKey{m.id, p}]; pp != nil {
				delivered += pp.settledWh
			}
		}
		closeImp, _ := m.closing(periods[len(periods)-1])
		require.Equal(s.t, closeImp-m.points[0].imp, energy, "%s: meter %d: bills' energy = import over the closed periods", s.where(), m.id)
		require.LessOrEqual(s.t, p2p, delivered, "%s: meter %d: P2P credited beyond delivery", s.where(), m.id)
	}
	s.opCollect()
	s.w.m.WarpTo(s.e.Now() + deploy.PaymentTerm + daySeconds)
	s.opOverdue()
}

// check compares the chain with the model after a step.
func (s *sequence) check() {
	s.t.Helper()
	w, b := s.w, s.w.b
	supply, err := bind.Call(b.Token, nil, b.TokenABI.PackTotalSupply(), b.TokenABI.UnpackTotalSupply)
	require.NoError(s.t, err)
	require.Equal(s.t, w.minted.String(), supply.String(), "%s: supply = minted", s.where())
	sum := new(big.Int).Set(w.retired)
	for a, want := range w.balance {
		got := b.Balance(a)
		require.Equal(s.t, want.String(), got.String(), "%s: balance of %s", s.where(), a)
		sum.Add(sum, got)
	}
	require.Equal(s.t, supply.String(), sum.String(), "%s: wallets + escrow + treasury = supply", s.where())

	for _, m := range s.meters {
		st := s.e.LastReading(m.id)
		require.Equal(s.t, uint64(len(m.points)), st.Seq, "%s: meter %d seq", s.where(), m.id)
	}
	for _, k := range s.issuedBills() {
		want := s.bills[k]
		got := b.Bill(billID(k))
		m := s.meterByID(k.meter)
		require.Equal(s.t, want.amount.String(), got.Amount.String(), "%s: amount of bill %v", s.where(), k)
		require.Equal(s.t, want.paid.String(), got.Paid.String(), "%s: paid of bill %v", s.where(), k)
		require.Equal(s.t, want.energy, got.EnergyWh, "%s: energy of bill %v", s.where(), k)
		require.Equal(s.t, want.p2p, got.P2pWh, "%s: P2P of bill %v", s.where(), k)
		require.Equal(s.t, want.estimated, got.Estimated, "%s: estimated flag of bill %v", s.where(), k)
		require.Equal(s.t, m.ownerAt(k.period).Addr, got.Account, "%s: account of bill %v", s.where(), k)
		require.Equal(s.t, want.issuedAt, got.IssuedAt, "%s: issue daySeconds of bill %v", s.where(), k)
		require.LessOrEqual(s.t, got.P2pWh, got.EnergyWh, "%s: P2P within the energy of bill %v", s.where(), k)
	}
	now := s.e.Now()
	for k, g := range s.grants {
		owner := s.meterByID(k.meter).owner.Addr
		for scope := uint8(1); scope <= 3; scope++ {
			want := g.scope&scope == scope && now < g.expiry && owner == g.owner
			got, err := bind.Call(w.consent, nil, w.consentABI.PackAllowed(k.meter, k.grantee, scope), w.consentABI.UnpackAllowed)
			require.NoError(s.t, err)
			require.Equal(s.t, want, got, "%s: consent of %s on meter %d scope %d", s.where(), k.grantee, k.meter, scope)
		}
	}
}
