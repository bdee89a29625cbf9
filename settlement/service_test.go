package settlement

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/internal/billid"
	"github.com/meterchain/meterchain/internal/billing"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/internal/sqlite"
	"github.com/meterchain/meterchain/settlement/index"
	"github.com/meterchain/meterchain/test/harness"
)

// Tariff 1 of every scene: $5.00 a month plus $0.25 per kWh, in a 6-decimal token.
const (
	fixedCharge = 5_000_000
	pricePerKWh = 250_000
	firstMeter  = 352_522_500
)

// scene is a chain where `meters` meters have a closed billing period: meter i used (i+1) kWh.
// Users[0] owns the meters (and pays meter 0 by autopay), Users[1] pays bills by hand, Users[2]
// is the settlement service's key.
type scene struct {
	t      *testing.T
	e      *harness.Env
	bl     *harness.Billing
	meters []*harness.Meter
	period uint32
}

func newScene(t *testing.T, meters int) *scene {
	t.Helper()
	e := harness.New(t, 3)
	s := &scene{t: t, e: e, bl: e.Billing()}
	s.bl.SetTariff(1, fixedCharge, nil, pricePerKWh)
	for i := range meters {
		s.meters = append(s.meters, e.RegisterMeter(uint64(firstMeter+i), e.Users[0], false, 10_000))
	}
	// Two days into next month, readings 2 h apart; then into the month after, one reading
	// closes the period.
	s.advanceTo(monthStart(e.Now(), 1).Add(48 * time.Hour))
	now := time.Unix(int64(e.Now()), 0)
	s.period = reading.PeriodOf(uint64(now.Unix()))
	for i, m := range s.meters {
		e.ReadMeter(m, harness.Register{At: now.Add(-2 * time.Hour), ImportWh: 1_000},
			harness.Register{At: now.Add(-time.Minute), ImportWh: 1_000 + 1_000*uint64(i+1)})
	}
	s.advanceTo(monthStart(e.Now(), 1).Add(24 * time.Hour))
	now = time.Unix(int64(e.Now()), 0)
	for i, m := range s.meters {
		e.ReadMeter(m, harness.Register{At: now, ImportWh: 1_100 + 1_000*uint64(i+1)})
	}
	// Meter 0's owner opts into autopay (cap $100) and funds it; Users[1] will pay by hand.
	s.bl.Fund(e.Users[0].Addr, 100_000_000)
	s.bl.Approve(e.Users[0], 100_000_000)
	e.MustSend(e.Users[0], s.bl.Manager, s.bl.BillingABI.PackSetAutopay(s.meters[0].ID, big.NewInt(100_000_000)))
	s.bl.Fund(e.Users[1].Addr, 100_000_000)
	s.bl.Approve(e.Users[1], 100_000_000)
	return s
}

func monthStart(ts uint64, add int) time.Time {
	t := time.Unix(int64(ts), 0).UTC()
	return time.Date(t.Year(), t.Month()+time.Month(add), 1, 0, 0, 0, 0, time.UTC)
}

// advanceTo mines an empty block at time t. The pool drops mined transactions asynchronously and
// AdjustTime refuses to run while it still lists one, so retry briefly.
func (s *scene) advanceTo(t time.Time) {
	s.t.Helper()
	var err error
	for range 200 {
		if err = s.e.Sim.AdjustTime(time.Duration(t.Unix()-int64(s.e.Now())) * time.Second); err == nil {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	require.NoError(s.t, err)
}

func (s *scene) service(path string, batch int) *Service {
	s.t.Helper()
	svc, err := New(Config{Deployment: s.e.Deployment, Key: s.e.Users[2].Key, DBPath: path, BatchSize: batch, TxPoll: 5 * time.Millisecond}, s.e.Client)
	require.NoError(s.t, err)
	return svc
}

// settle polls until a round sends nothing and indexes nothing new.
func (s *scene) settle(svc *Service) {
	s.t.Helper()
	for range 6 {
		require.NoError(s.t, svc.Poll(context.Background()))
	}
}

func (s *scene) billID(i int) *big.Int { return billid.Of(s.meters[i].ID, s.period) }

// pay: Users[1] pays meter 1's bill in full and half of meter 2's.
func (s *scene) pay() {
	s.t.Helper()
	for i, part := range map[int]int64{1: 1, 2: 2} {
		amount := s.bl.Bill(s.billID(i)).Amount.Int64() / part
		_, err := s.bl.Pay(s.e.Users[1], s.billID(i), amount)
		require.NoError(s.t, err)
	}
}

// content is the index as a user sees it, with addresses replaced by role names and without
// block numbers or due dates (which differ between two chains), for comparing two runs.
func (s *scene) content(ix *index.Index) []string {
	s.t.Helper()
	ctx := context.Background()
	role := map[common.Address]string{s.e.Users[0].Addr: "owner", s.e.Users[1].Addr: "payer"}
	bills, err := ix.PeriodBills(ctx, s.period)
	require.NoError(s.t, err)
	var out []string
	for _, b := range bills {
		out = append(out, fmt.Sprintf("bill %d/%d energy=%d amount=%s paid=%s status=%s", b.MeterID, b.Period, b.EnergyWh, b.Amount, b.Paid, b.Status))
		pays, err := ix.Payments(ctx, b.ID)
		require.NoError(s.t, err)
		for _, p := range pays {
			out = append(out, fmt.Sprintf("  paid %s by %s, total %s", p.Amount, role[p.Payer], p.PaidTotal))
		}
	}
	return out
}

// checkAgainstChain: every meter has exactly one bill, issued once on chain; the index's paid
// total equals the contract's and the sum of the indexed payments (nothing counted twice).
func (s *scene) checkAgainstChain(ix *index.Index) {
	s.t.Helper()
	ctx := context.Background()
	issued, err := s.e.Client.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{s.e.Deployment.BillingManager},
		Topics: [][]common.Hash{{s.bl.BillingABI.GetABI().Events["BillIssued"].ID}}})
	require.NoError(s.t, err)
	require.Len(s.t, issued, len(s.meters), "one BillIssued per meter on the canonical chain")
	for i := range s.meters {
		b, err := ix.Bill(ctx, s.billID(i))
		require.NoError(s.t, err)
		onChain := s.bl.Bill(s.billID(i))
		require.Equal(s.t, onChain.Amount.String(), b.Amount.String())
		require.Equal(s.t, onChain.Paid.String(), b.Paid.String(), "meter %d", i)
		require.Equal(s.t, new(big.Int).Add(big.NewInt(fixedCharge), big.NewInt(pricePerKWh*int64(i+1))).String(), b.Amount.String())
		pays, err := ix.Payments(ctx, b.ID)
		require.NoError(s.t, err)
		sum := new(big.Int)
		for _, p := range pays {
			sum.Add(sum, p.Amount)
		}
		require.Equal(s.t, onChain.Paid.String(), sum.String(), "payments of meter %d counted once", i)
	}
}

// expected is the end state every run of the standard script must reach (3 meters): meter 0
// collected by autopay, meter 1 paid by hand, meter 2 half paid.
var expected = []string{
	"bill 352522500/%d energy=1000 amount=5250000 paid=5250000 status=paid",
	"  paid 5250000 by owner, total 5250000",
	"bill 352522501/%d energy=2000 amount=5500000 paid=5500000 status=paid",
	"  paid 5500000 by payer, total 5500000",
	"bill 352522502/%d energy=3000 amount=5750000 paid=2875000 status=partially paid",
	"  paid 2875000 by payer, total 2875000",
}

func (s *scene) expected() []string {
	out := make([]string, len(expected))
	for i, l := range expected {
		if i%2 == 0 {
			l = fmt.Sprintf(l, s.period)
		}
		out[i] = l
	}
	return out
}

func TestIssueCollectAndIndex(t *testing.T) {
	s := newScene(t, 3)
	svc := s.service(filepath.Join(t.TempDir(), "s.db"), 0)
	defer svc.Stop()
	s.settle(svc)
	s.pay()
	s.settle(svc)
	require.Equal(t, s.expected(), s.content(svc.Index()))
	s.checkAgainstChain(svc.Index())
	a, ok, err := svc.Index().Autopay(context.Background(), s.meters[0].ID)
	require.NoError(t, err)
	require.True(t, ok)
	require.Equal(t, s.e.Users[0].Addr, a.Payer)
}

// TestReorgAfterIssueAndPay: bills are issued, collected and paid; then a reorg orphans every
// block since the periods closed (the issue, the autopay collection and both payments) and the
// new, longer chain mines those transactions again in other blocks. The index ends identical to
// a run without the reorg, and to an index built from scratch on the final chain; no bill is
// issued twice, no payment counted twice.
func TestReorgAfterIssueAndPay(t *testing.T) {
	ref := newScene(t, 3)
	refSvc := ref.service(filepath.Join(t.TempDir(), "ref.db"), 0)
	defer refSvc.Stop()
	ref.settle(refSvc)
	ref.pay()
	ref.settle(refSvc)

	s := newScene(t, 3)
	svc := s.service(filepath.Join(t.TempDir(), "s.db"), 0)
	defer svc.Stop()
	ancestor := s.head()
	s.settle(svc)
	s.pay()
	s.settle(svc)
	require.Equal(t, s.expected(), s.content(svc.Index()))
	before := s.rawIndex(svc)

	require.NoError(t, s.e.Sim.Fork(ancestor.Hash()))
	// The orphaned transactions (issue, collection, payments) are mined again in the new blocks.
	for range 8 {
		s.e.Sim.Commit()
	}
	require.Greater(t, s.head().Number.Uint64(), before.head)
	s.settle(svc)

	require.Equal(t, ref.content(refSvc.Index()), s.content(svc.Index()), "same as the run without a reorg")
	require.Equal(t, s.expected(), s.content(svc.Index()))
	fresh := s.service(filepath.Join(t.TempDir(), "fresh.db"), 0)
	defer fresh.Stop()
	require.NoError(t, fresh.follower.Sync(context.Background()))
	after := s.rawIndex(svc)
	require.Equal(t, s.rawIndex(fresh).rows, after.rows, "same as an index built on the final chain")
	require.NotEqual(t, before.rows, after.rows, "the rows moved to the new blocks")
	s.checkAgainstChain(svc.Index())
	s.requireSentOnce(svc)
}

// TestReorgDropsPayment: the new chain does not carry one of the payments (its sender replaced
// the transaction). The index drops it: the bill is open again, as on chain.
func TestReorgDropsPayment(t *testing.T) {
	s := newScene(t, 3)
	svc := s.service(filepath.Join(t.TempDir(), "s.db"), 0)
	defer svc.Stop()
	s.settle(svc)
	ancestor := s.head()
	s.pay()
	s.settle(svc)
	require.Equal(t, s.expected(), s.content(svc.Index()))

	require.NoError(t, s.e.Sim.Fork(ancestor.Hash()))
	// Users[1] replaces both payments (same nonces, higher price) with approvals: on the new chain
	// they never paid.
	nonce, err := s.e.Client.NonceAt(context.Background(), s.e.Users[1].Addr, nil)
	require.NoError(t, err)
	s.e.Client.Manual = true
	for i := range 2 {
		s.e.Replace(s.e.Users[1], s.bl.Token, nonce+uint64(i), s.bl.TokenABI.PackApprove(s.e.Deployment.BillingManager, big.NewInt(1)))
	}
	s.e.Client.Manual = false
	for range 4 {
		s.e.Sim.Commit()
	}
	s.settle(svc)

	ix := svc.Index()
	b1, err := ix.Bill(context.Background(), s.billID(1))
	require.NoError(t, err)
	require.Equal(t, billing.StatusOpen, b1.Status)
	require.Zero(t, b1.Paid.Sign())
	pays, err := ix.Payments(context.Background(), s.billID(1))
	require.NoError(t, err)
	require.Empty(t, pays)
	s.checkAgainstChain(ix)
	fresh := s.service(filepath.Join(t.TempDir(), "fresh.db"), 0)
	defer fresh.Stop()
	require.NoError(t, fresh.follower.Sync(context.Background()))
	require.Equal(t, s.rawIndex(fresh).rows, s.rawIndex(svc).rows)
}

var errKilled = errors.New("killed")

// pollUntilKilled polls s until its hook kills it (panics) the nth time it reaches point: a crash
// there, no deferred cleanup of the service's own.
func pollUntilKilled(t *testing.T, s *Service, point string, nth int) {
	t.Helper()
	seen := 0
	s.hook = func(p string) {
		if p == point {
			if seen++; seen == nth {
				panic(errKilled)
			}
		}
	}
	require.PanicsWithValue(t, errKilled, func() {
		for range 6 {
			_ = s.Poll(context.Background())
		}
	})
}

// TestKilledMidBatchRestart: the service dies at the worst moments (right after a batch was
// sent, before its outcome was recorded; inside the index transaction, before the cursor
// committed) and a new process starts on the same database. The end state equals a run that
// never died, every bill was issued once on chain, and no work was sent twice.
func TestKilledMidBatchRestart(t *testing.T) {
	ref := newScene(t, 5)
	refSvc := ref.service(filepath.Join(t.TempDir(), "ref.db"), 2)
	ref.settle(refSvc)
	ref.pay()
	ref.settle(refSvc)
	want := ref.content(refSvc.Index())
	require.NoError(t, refSvc.Stop())

	for _, tc := range []struct {
		point string
		nth   int
	}{
		{"sent", 1},    // first issueBills batch sent, nothing recorded after it
		{"sent", 2},    // second of three batches
		{"sent", 4},    // the autopay collection
		{"indexed", 2}, // indexing the new bills, before the cursor commits
		{"indexed", 3},
	} {
		// (no '#' in the name: it would end up in the SQLite path, where it starts a URI fragment)
		t.Run(fmt.Sprintf("%s-%d", tc.point, tc.nth), func(t *testing.T) {
			s := newScene(t, 5)
			path := filepath.Join(t.TempDir(), "s.db")
			dying := s.service(path, 2)
			pollUntilKilled(t, dying, tc.point, tc.nth)
			require.NoError(t, dying.db.Close()) // the process is gone; no Stop, no cleanup

			restarted := s.service(path, 2)
			defer restarted.Stop()
			s.settle(restarted)
			s.pay()
			s.settle(restarted)
			require.Equal(t, want, s.content(restarted.Index()))
			s.checkAgainstChain(restarted.Index())
			s.requireSentOnce(restarted)
		})
	}
}

// requireSentOnce: each meter's issue and each collection was sent once, and no issueBills met
// an already issued bill.
func (s *scene) requireSentOnce(svc *Service) {
	s.t.Helper()
	var issueAttempts, collectAttempts, skips int
	require.NoError(s.t, svc.db.QueryRow(`SELECT COALESCE(MAX(attempts), 0) FROM sends WHERE kind = 'issue'`).Scan(&issueAttempts))
	require.NoError(s.t, svc.db.QueryRow(`SELECT COALESCE(MAX(attempts), 0) FROM sends WHERE kind = 'collect'`).Scan(&collectAttempts))
	require.NoError(s.t, svc.db.QueryRow(`SELECT COUNT(*) FROM bill_skips`).Scan(&skips))
	require.Equal(s.t, 1, issueAttempts)
	require.Equal(s.t, 1, collectAttempts)
	require.Zero(s.t, skips, "no issueBills hit an issued bill")
	var issues, collects int
	require.NoError(s.t, svc.db.QueryRow(`SELECT COUNT(*) FROM sends WHERE kind = 'issue'`).Scan(&issues))
	require.NoError(s.t, svc.db.QueryRow(`SELECT COUNT(*) FROM sends WHERE kind = 'collect'`).Scan(&collects))
	require.Equal(s.t, len(s.meters), issues)
	require.Equal(s.t, 1, collects)
}

func (s *scene) head() *types.Header {
	s.t.Helper()
	h, err := s.e.Client.HeaderByNumber(context.Background(), nil)
	require.NoError(s.t, err)
	return h
}

type raw struct {
	head uint64
	rows []string
}

// rawIndex dumps every index table in full, blocks and hashes included.
func (s *scene) rawIndex(svc *Service) raw {
	s.t.Helper()
	out := raw{}
	cur, _, err := svc.follower.Cursor(context.Background())
	require.NoError(s.t, err)
	out.head = cur.Number
	for _, q := range []string{
		`SELECT meter_id, period, import_wh, block, block_hash, log_index FROM periods_closed ORDER BY meter_id, period`,
		`SELECT bill_id, amount, energy_wh, due, tx_hash, block, block_hash, log_index FROM bills ORDER BY bill_id`,
		`SELECT bill_id, payer, amount, paid_total, tx_hash, block, block_hash, log_index FROM payments ORDER BY block, log_index`,
		`SELECT bill_id, tx_hash, block, block_hash, log_index FROM bill_settlements ORDER BY bill_id`,
		`SELECT meter_id, payer, cap, block, block_hash, log_index FROM autopay_changes ORDER BY block, log_index`,
		`SELECT bill_id, reason, block FROM autopay_failures ORDER BY block, log_index`,
		`SELECT meter_id, period, reason, block FROM bill_skips ORDER BY block, log_index`,
	} {
		rows, err := svc.db.Query(q)
		require.NoError(s.t, err)
		cols, _ := rows.Columns()
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			require.NoError(s.t, rows.Scan(ptrs...))
			out.rows = append(out.rows, fmt.Sprint(vals...))
		}
		require.NoError(s.t, rows.Err())
		rows.Close()
	}
	return out
}

// Both node clients fit the service's and the follower's narrow interfaces.
var (
	_ Backend = (*ethclient.Client)(nil)
	_ Backend = simulated.Client(nil)
)

// TestBatchSplitUnderGasCap: a batch whose estimate is over the per-transaction gas cap is split
// until every part fits; every bill is still issued once.
func TestBatchSplitUnderGasCap(t *testing.T) {
	s := newScene(t, 5)
	svc, err := New(Config{Deployment: s.e.Deployment, Key: s.e.Users[2].Key, DBPath: filepath.Join(t.TempDir(), "s.db"),
		TxPoll: 5 * time.Millisecond, MaxTxGas: 200_000}, s.e.Client) // room for about two bills per issueBills
	require.NoError(t, err)
	defer svc.Stop()
	s.settle(svc)
	ids, err := sqlite.Int64s(context.Background(), svc.db, `SELECT DISTINCT tx_id FROM sends WHERE kind = 'issue' ORDER BY 1`)
	require.NoError(t, err)
	require.Greater(t, len(ids), 1, "the batch of 5 was split")
	for _, id := range ids {
		r, err := svc.txm.Wait(context.Background(), id)
		require.NoError(t, err)
		require.LessOrEqual(t, r.GasUsed, svc.cfg.MaxTxGas)
	}
	bills, err := svc.Index().PeriodBills(context.Background(), s.period)
	require.NoError(t, err)
	require.Len(t, bills, 5)
	s.checkAgainstChain(svc.Index())
	s.requireSentOnce(svc)
}

// TestBillHoldKeepsBillBack: a hold that fails stops the issuing with its error; a hold naming a
// meter keeps that meter's bill back (nothing is sent for it) while the period's other meters are
// billed; once the hold lets go, the next round bills it, once.
func TestBillHoldKeepsBillBack(t *testing.T) {
	s := newScene(t, 3)
	svc := s.service(filepath.Join(t.TempDir(), "s.db"), 0)
	defer svc.Stop()
	errHold := errors.New("hold unavailable")
	holdErr, held := errHold, true
	var asked []uint32
	svc.HoldBills(func(_ context.Context, period uint32) (map[uint64]bool, error) {
		asked = append(asked, period)
		return map[uint64]bool{s.meters[1].ID: held}, holdErr
	})
	ctx := context.Background()
	require.ErrorIs(t, svc.Poll(ctx), errHold)
	bills, err := svc.Index().PeriodBills(ctx, s.period)
	require.NoError(t, err)
	require.Empty(t, bills, "nothing issued while the hold cannot answer")

	holdErr = nil
	s.settle(svc)
	require.Contains(t, asked, s.period)
	bills, err = svc.Index().PeriodBills(ctx, s.period)
	require.NoError(t, err)
	var billed []uint64
	for _, b := range bills {
		billed = append(billed, b.MeterID)
	}
	require.ElementsMatch(t, []uint64{s.meters[0].ID, s.meters[2].ID}, billed)
	var sent int
	require.NoError(t, svc.db.QueryRow(`SELECT COUNT(*) FROM sends WHERE kind = 'issue' AND key = ?`,
		fmt.Sprintf("%d/%d", s.meters[1].ID, s.period)).Scan(&sent))
	require.Zero(t, sent, "nothing sent for the held meter")

	held = false
	s.settle(svc)
	s.checkAgainstChain(svc.Index())
	s.requireSentOnce(svc)
}

// TestIndexOnlyWithoutKey: without a key the service indexes what others issue and pays, and
// sends nothing.
func TestIndexOnlyWithoutKey(t *testing.T) {
	s := newScene(t, 3)
	svc, err := New(Config{Deployment: s.e.Deployment, DBPath: filepath.Join(t.TempDir(), "s.db")}, s.e.Client)
	require.NoError(t, err)
	defer svc.Stop()
	require.Nil(t, svc.TxManager())
	s.settle(svc)
	bills, err := svc.Index().PeriodBills(context.Background(), s.period)
	require.NoError(t, err)
	require.Empty(t, bills, "nobody issued")
	s.bl.Issue(s.e.Users[1], s.period, s.meters[0].ID, s.meters[1].ID, s.meters[2].ID)
	s.pay()
	s.settle(svc)
	want := s.expected()
	want[0], want[1] = fmt.Sprintf("bill 352522500/%d energy=1000 amount=5250000 paid=0 status=open", s.period), ""
	require.Equal(t, append(want[:1], want[2:]...), s.content(svc.Index()))
}

// TestBillStatus: open, partially paid, paid, and overdue once the clock passes the due date.
func TestBillStatus(t *testing.T) {
	s := newScene(t, 3)
	svc := s.service(filepath.Join(t.TempDir(), "s.db"), 0)
	defer svc.Stop()
	ix := svc.Index()
	status := func() []billing.Status {
		var out []billing.Status
		for i := range s.meters {
			b, err := ix.Bill(context.Background(), s.billID(i))
			require.NoError(t, err)
			out = append(out, b.Status)
		}
		return out
	}
	s.settle(svc)
	require.Equal(t, []billing.Status{billing.StatusPaid, billing.StatusOpen, billing.StatusOpen}, status())
	s.pay()
	s.settle(svc)
	require.Equal(t, []billing.Status{billing.StatusPaid, billing.StatusPaid, billing.StatusPartial}, status())
	b, err := ix.Bill(context.Background(), s.billID(2))
	require.NoError(t, err)
	require.Equal(t, "2875000", b.Outstanding().String())
	ix.Now = func() time.Time { return b.Due.Add(time.Second) }
	require.Equal(t, []billing.Status{billing.StatusPaid, billing.StatusPaid, billing.StatusOverdue}, status())
	_, err = ix.Bill(context.Background(), billid.Of(999_999_999, s.period))
	require.ErrorIs(t, err, billing.ErrNotFound)
}

// TestStartStop: the loop issues and indexes on its own; Stop returns once the round in progress
// ended and leaves a database a new service resumes from.
func TestStartStop(t *testing.T) {
	s := newScene(t, 3)
	path := filepath.Join(t.TempDir(), "s.db")
	svc, err := New(Config{Deployment: s.e.Deployment, Key: s.e.Users[2].Key, DBPath: path, PollInterval: 10 * time.Millisecond, TxPoll: 5 * time.Millisecond}, s.e.Client)
	require.NoError(t, err)
	require.NoError(t, svc.Start(context.Background()))
	require.Error(t, svc.Start(context.Background()), "a second Start is refused")
	deadline := time.Now().Add(time.Minute) // a bound against hanging, not a speed assertion
	for {
		b, err := svc.Index().Bill(context.Background(), s.billID(0))
		if err == nil && b.Status == billing.StatusPaid {
			break
		}
		require.True(t, time.Now().Before(deadline), "the service never issued and collected")
		time.Sleep(10 * time.Millisecond)
	}
	require.NoError(t, svc.Stop())

	again := s.service(path, 0)
	defer again.Stop()
	s.pay()
	s.settle(again)
	require.Equal(t, s.expected(), s.content(again.Index()))
	s.requireSentOnce(again)
}

// TestReorgDropsIssueTransaction: the service's issueBills is orphaned and the new chain does not
// carry it (its nonce was taken by another transaction from the same key). The service notices
// that the index passed the block without the bills and issues them again.
func TestReorgDropsIssueTransaction(t *testing.T) {
	s := newScene(t, 3)
	svc := s.service(filepath.Join(t.TempDir(), "s.db"), 0)
	defer svc.Stop()
	ancestor := s.head()
	s.settle(svc)
	require.Len(t, s.content(svc.Index()), 4, "3 bills and the autopay payment")

	require.NoError(t, s.e.Sim.Fork(ancestor.Hash()))
	nonce, err := s.e.Client.NonceAt(context.Background(), s.e.Users[2].Addr, nil)
	require.NoError(t, err)
	s.e.Client.Manual = true
	s.e.Replace(s.e.Users[2], s.bl.Token, nonce, s.bl.TokenABI.PackApprove(s.e.Deployment.BillingManager, big.NewInt(1)))
	s.e.Client.Manual = false
	for range 4 {
		s.e.Sim.Commit()
	}
	s.settle(svc)
	s.pay()
	s.settle(svc)
	require.Equal(t, s.expected(), s.content(svc.Index()))
	s.checkAgainstChain(svc.Index())
	var attempts int
	require.NoError(t, svc.db.QueryRow(`SELECT MAX(attempts) FROM sends WHERE kind = 'issue'`).Scan(&attempts))
	require.Equal(t, 2, attempts, "issued again after the reorg")
}

// TestOverdueMarkedOnChain: once the chain's clock passes a bill's due date, the service calls
// markOverdue for the unsettled bills only; the index shows them overdue whatever its own clock.
func TestOverdueMarkedOnChain(t *testing.T) {
	s := newScene(t, 3)
	svc := s.service(filepath.Join(t.TempDir(), "s.db"), 0)
	defer svc.Stop()
	s.settle(svc)
	s.pay()
	s.settle(svc)
	var marked int
	require.NoError(t, svc.db.QueryRow(`SELECT COUNT(*) FROM bill_overdue`).Scan(&marked))
	require.Zero(t, marked, "nothing is due yet")

	b2, err := svc.Index().Bill(context.Background(), s.billID(2))
	require.NoError(t, err)
	s.advanceTo(b2.Due.Add(time.Hour))
	s.settle(svc)
	rows, err := svc.db.Query(`SELECT bill_id, outstanding FROM bill_overdue`)
	require.NoError(t, err)
	var got []string
	for rows.Next() {
		var id, outstanding string
		require.NoError(t, rows.Scan(&id, &outstanding))
		got = append(got, id+" "+outstanding)
	}
	require.NoError(t, rows.Err())
	require.Equal(t, []string{s.billID(2).String() + " 2875000"}, got, "only the half-paid bill")

	ix := svc.Index()
	ix.Now = func() time.Time { return b2.Due.Add(-24 * time.Hour) } // a clock behind the chain
	b2, err = ix.Bill(context.Background(), s.billID(2))
	require.NoError(t, err)
	require.Equal(t, billing.StatusOverdue, b2.Status)
	b1, err := ix.Bill(context.Background(), s.billID(1))
	require.NoError(t, err)
	require.Equal(t, billing.StatusPaid, b1.Status)
	var attempts int
	require.NoError(t, svc.db.QueryRow(`SELECT MAX(attempts) FROM sends WHERE kind = 'overdue'`).Scan(&attempts))
	require.Equal(t, 1, attempts)
}
