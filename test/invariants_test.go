package test

import (
	"crypto/ecdsa"
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/bindings/stabletoken"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/test/harness"
)

// invMeter is the test's view of one meter: its keys, simulated clock and last good registers.
type invMeter struct {
	*harness.Meter
	oldKey   *ecdsa.PrivateKey // the signer before the last rotation (nil if never rotated)
	clock    time.Time
	seq      uint64
	importWh uint64
	exportWh uint64
}

// TestInvariantsRandomOperations drives the registry, the ledger, billing and the token with
// random operation sequences — registrations, key rotations, batches mixing good readings with
// every kind of bad one (replays, stale or future timestamps, registers going backwards,
// implausible rates, old-key and foreign signatures), billing of closed and open periods, partial
// and over-payments, every public function of the token (mints by the minter and refused to
// users, the devnet faucet within and over its limit, transfers, transferFrom within and beyond
// an allowance) — and checks after every operation that:
//   - no (meter, seq) is ever accepted twice;
//   - a meter's registers on the ledger never decrease, and accepted readings are in seq order;
//   - the token supply equals what was minted, the known balances sum to it, and the treasury
//     holds exactly what bills were paid;
//   - a bill exists at most once per (meter, period) and is never paid beyond its amount.
func TestInvariantsRandomOperations(t *testing.T) {
	for _, seed := range []uint64{1, 2, 3} {
		t.Run("seed"+string(rune('0'+seed)), func(t *testing.T) { runInvariants(t, seed, 200) })
	}
}

// faucetMax is StableToken.FAUCET_MAX.
const faucetMax = 1_000_000_000

func runInvariants(t *testing.T, seed uint64, ops int) {
	rng := rand.New(rand.NewPCG(seed, 0x1a7))
	e := harness.New(t, 4)
	b := e.Billing()
	b.SetTariff(1, 3_000_000, []uint64{100_000}, 150_000, 300_000) // 3.00 fixed, tiered

	start := time.Now().UTC().AddDate(0, -5, 0)
	var meters []*invMeter
	accepted := map[[2]uint64]int{}
	bills := map[string]bool{}
	minted := new(big.Int)
	paid := new(big.Int)
	holders := []common.Address{e.Admin.Addr, e.Registrar.Addr, e.Relayer.Addr, e.Deployment.BillingManager}
	for _, u := range e.Users {
		holders = append(holders, u.Addr)
	}
	treasuryStart := b.Balance(e.Deployment.Deployer)

	register := func() {
		id := uint64(352_522_100 + len(meters))
		owner := e.Users[rng.IntN(len(e.Users))]
		m := &invMeter{Meter: e.RegisterMeter(id, owner, rng.IntN(2) == 0, 10_000),
			clock: start.Add(time.Duration(rng.IntN(72)) * time.Hour)}
		meters = append(meters, m)
	}
	register()

	// readingFor builds the next reading of m, good or broken in one way; good ones advance m.
	readingFor := func(m *invMeter, kind int) (reading.Reading, *ecdsa.PrivateKey) {
		dt := time.Duration(1+rng.IntN(96)) * time.Hour
		maxWh := uint64(10_000 * dt.Hours()) // the meter's max power over dt
		r := reading.Reading{MeterID: m.ID, Seq: m.seq + 1, Timestamp: uint64(m.clock.Add(dt).Unix()),
			ImportWh: m.importWh + rng.Uint64N(maxWh/2+1), ExportWh: m.exportWh + rng.Uint64N(maxWh/8+1)}
		key := m.Key
		switch kind {
		case 1: // replayed seq
			r.Seq = m.seq
		case 2: // timestamp not after the last
			r.Timestamp = uint64(m.clock.Unix())
		case 3: // register went backwards
			if m.importWh > 0 {
				r.ImportWh = m.importWh - 1
			} else {
				r.ExportWh, r.ImportWh = m.exportWh, 0
				r.Seq = m.seq // nothing to roll back yet: replay instead
			}
		case 4: // implausible rate
			r.ImportWh = m.importWh + 3*maxWh + 10
		case 5: // signed by the rotated-out key or a stranger
			if m.oldKey != nil {
				key = m.oldKey
			} else {
				key, _ = crypto.GenerateKey()
			}
		case 6: // too far in the future
			r.Timestamp = uint64(time.Now().Add(2 * time.Hour).Unix())
		}
		return r, key
	}

	checkInvariants := func(step int, rcpt *types.Receipt) {
		t.Helper()
		if rcpt != nil {
			for _, o := range e.Outcomes(rcpt) {
				if o.Reason == reading.Accepted {
					k := [2]uint64{o.MeterID, o.Seq}
					accepted[k]++
					require.Equal(t, 1, accepted[k], "step %d: reading %v accepted twice", step, k)
				}
			}
			for _, l := range rcpt.Logs {
				if ev, err := b.BillingABI.UnpackBillIssuedEvent(l); err == nil {
					require.False(t, bills[ev.BillId.String()], "step %d: bill %s issued twice", step, ev.BillId)
					bills[ev.BillId.String()] = true
				}
				if ev, err := b.BillingABI.UnpackBillPaidEvent(l); err == nil {
					paid.Add(paid, ev.Amount)
				}
			}
		}
		for _, m := range meters {
			st := e.LastReading(m.ID)
			require.Equal(t, m.seq, st.Seq, "step %d: meter %d seq", step, m.ID)
			require.Equal(t, m.importWh, st.ImportWh, "step %d: meter %d import register", step, m.ID)
			require.Equal(t, m.exportWh, st.ExportWh, "step %d: meter %d export register", step, m.ID)
		}
		supply, err := bind.Call(b.Token, nil, b.TokenABI.PackTotalSupply(), b.TokenABI.UnpackTotalSupply)
		require.NoError(t, err)
		sum := new(big.Int)
		for _, h := range holders {
			sum.Add(sum, b.Balance(h))
		}
		require.Equal(t, minted.String(), supply.String(), "step %d: supply = minted", step)
		require.Equal(t, supply.String(), sum.String(), "step %d: balances sum to the supply", step)
		require.Equal(t, new(big.Int).Add(treasuryStart, paid).String(), b.Balance(e.Deployment.Deployer).String(),
			"step %d: the treasury holds exactly the payments", step)
	}

	for step := range ops {
		var rcpt *types.Receipt
		switch op := rng.IntN(10); {
		case op == 0 && len(meters) < 6:
			register()
		case op == 1: // rotate a meter's signer
			m := meters[rng.IntN(len(meters))]
			nk, _ := crypto.GenerateKey()
			e.RotateSigner(m.Meter, crypto.PubkeyToAddress(nk.PublicKey))
			m.oldKey, m.Key = m.Key, nk
		case op <= 5: // a batch of readings, good and bad mixed
			n := 1 + rng.IntN(6)
			var rs []reading.Reading
			var sigs []reading.Signature
			var goods []*invMeter
			var goodRs []reading.Reading
			used := map[uint64]bool{} // one reading per meter per batch keeps the expected state simple
			for range n {
				m := meters[rng.IntN(len(meters))]
				if used[m.ID] {
					continue
				}
				used[m.ID] = true
				kind := 0
				if rng.IntN(3) == 0 {
					kind = 1 + rng.IntN(6)
					if m.seq == 0 && kind <= 4 { // a first reading has nothing to replay, precede or exceed
						kind = 5 + rng.IntN(2)
					}
				}
				r, key := readingFor(m, kind)
				sig, err := reading.Sign(key, e.Domain(), r)
				require.NoError(t, err)
				rs, sigs = append(rs, r), append(sigs, sig)
				if kind == 0 {
					goods, goodRs = append(goods, m), append(goodRs, r)
				}
			}
			rcpt = e.SubmitPacked(rs, sigs)
			outs := e.Outcomes(rcpt)
			require.Len(t, outs, len(rs), "step %d: one ledger event per reading, the batch never reverts", step)
			for i, o := range outs {
				good := false
				for _, g := range goodRs {
					good = good || (g == rs[i])
				}
				if good {
					require.Equal(t, reading.Accepted, o.Reason, "step %d: good reading %d/%d", step, o.MeterID, o.Seq)
				} else {
					require.NotEqual(t, reading.Accepted, o.Reason, "step %d: bad reading %d/%d accepted", step, o.MeterID, o.Seq)
				}
			}
			for i, m := range goods {
				m.seq, m.importWh, m.exportWh = goodRs[i].Seq, goodRs[i].ImportWh, goodRs[i].ExportWh
				m.clock = time.Unix(int64(goodRs[i].Timestamp), 0).UTC()
			}
		case op == 6: // bill a period (closed or not) for some meters
			m := meters[rng.IntN(len(meters))]
			period := reading.PeriodOf(uint64(m.clock.Add(-time.Duration(rng.IntN(60*24)) * time.Hour).Unix()))
			ids := []uint64{m.ID}
			if rng.IntN(2) == 0 {
				ids = append(ids, meters[rng.IntN(len(meters))].ID)
			}
			r, err := e.Send(e.Users[rng.IntN(len(e.Users))], b.Manager, b.BillingABI.PackIssueBills(ids, period))
			if err == nil {
				rcpt = r
			}
		case op == 7: // pay part, all, or more than a bill
			if len(bills) == 0 {
				continue
			}
			var id *big.Int
			k := rng.IntN(len(bills))
			for s := range bills {
				if k == 0 {
					id, _ = new(big.Int).SetString(s, 10)
				}
				k--
			}
			bill := b.Bill(id)
			payer := e.Users[rng.IntN(len(e.Users))]
			amt := new(big.Int).Add(new(big.Int).Sub(bill.Amount, bill.Paid), big.NewInt(int64(rng.IntN(3))-1))
			if rng.IntN(2) == 0 {
				amt.Div(amt, big.NewInt(2))
			}
			if amt.Sign() <= 0 {
				continue
			}
			if b.Balance(payer.Addr).Cmp(amt) < 0 {
				b.Fund(payer.Addr, amt.Int64())
				minted.Add(minted, amt)
			}
			b.Approve(payer, amt.Int64())
			r, err := b.Pay(payer, id, amt.Int64())
			if err == nil {
				rcpt = r
			}
			after := b.Bill(id)
			require.LessOrEqual(t, after.Paid.Cmp(after.Amount), 0, "step %d: bill %s paid beyond its amount", step, id)
		case op == 8 && rng.IntN(2) == 0: // mint: the minter may, anyone else may not
			amt := int64(1 + rng.IntN(50_000_000))
			b.Fund(e.Users[rng.IntN(len(e.Users))].Addr, amt)
			minted.Add(minted, big.NewInt(amt))
			_, err := e.Send(e.Users[rng.IntN(len(e.Users))], b.Token, b.TokenABI.PackMint(e.Users[0].Addr, big.NewInt(amt)))
			require.Error(t, err, "step %d: a user minted", step)
		case op == 8: // the devnet faucet: anyone, at most FAUCET_MAX a call
			amt := big.NewInt(1 + rng.Int64N(2*faucetMax))
			_, err := e.Send(e.Users[rng.IntN(len(e.Users))], b.Token, b.TokenABI.PackFaucet(e.Users[rng.IntN(len(e.Users))].Addr, amt))
			if amt.Int64() > faucetMax {
				require.Equal(t, "FaucetLimit", harness.RevertName(err, &stabletoken.StableTokenMetaData), "step %d", step)
			} else {
				require.NoError(t, err, "step %d: faucet", step)
				minted.Add(minted, amt)
			}
		case op == 9 && rng.IntN(2) == 0: // transferFrom within an allowance
			owner, spender, to := e.Users[rng.IntN(len(e.Users))], e.Users[rng.IntN(len(e.Users))], e.Users[rng.IntN(len(e.Users))]
			bal := b.Balance(owner.Addr)
			if bal.Sign() == 0 {
				continue
			}
			amt := big.NewInt(1 + rng.Int64N(bal.Int64()))
			e.MustSend(owner, b.Token, b.TokenABI.PackApprove(spender.Addr, amt))
			e.MustSend(spender, b.Token, b.TokenABI.PackTransferFrom(owner.Addr, to.Addr, amt))
			_, err := e.Send(spender, b.Token, b.TokenABI.PackTransferFrom(owner.Addr, to.Addr, big.NewInt(1)))
			require.Error(t, err, "step %d: transferFrom beyond the allowance", step)
		default: // transfer between users
			from, to := e.Users[rng.IntN(len(e.Users))], e.Users[rng.IntN(len(e.Users))]
			bal := b.Balance(from.Addr)
			if bal.Sign() == 0 {
				continue
			}
			amt := big.NewInt(1 + rng.Int64N(bal.Int64()))
			if _, err := e.Send(from, b.Token, b.TokenABI.PackTransfer(to.Addr, amt)); err != nil {
				t.Fatalf("step %d: transfer within balance failed: %v", step, err)
			}
		}
		checkInvariants(step, rcpt)
	}
	require.NotEmpty(t, accepted, "the sequence accepted readings")
	require.NotEmpty(t, bills, "the sequence issued bills")
	require.Positive(t, paid.Sign(), "the sequence paid bills")
	t.Logf("seed %d: %d meters, %d readings accepted, %d bills, %s paid, %s minted", seed, len(meters), len(accepted), len(bills), paid, minted)
}
