package settlement_test

import (
	"context"
	"fmt"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/bindings"
	"github.com/meterchain/meterchain/bindings/stabletoken"
	"github.com/meterchain/meterchain/deploy"
	"github.com/meterchain/meterchain/deploy/devnet"
	"github.com/meterchain/meterchain/internal/billid"
	"github.com/meterchain/meterchain/internal/billing"
	"github.com/meterchain/meterchain/internal/chaintx"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/settlement"
	"github.com/meterchain/meterchain/settlement/index"
)

// TestSettlementOverJSONRPC runs the settlement service as `meterchain settlement` does: an
// *ethclient.Client over HTTP JSON-RPC to a real geth node (the in-process devnet, a block every
// second), 2 confirmations. Three meters close last month; the service issues the
// bills, collects the autopay one, and indexes a payment made from a wallet.
func TestSettlementOverJSONRPC(t *testing.T) {
	ctx := context.Background()
	node, err := devnet.Start(ctx, devnet.Config{Port: -1, Accounts: 4})
	require.NoError(t, err)
	t.Cleanup(func() { _ = node.Stop() })
	c, err := ethclient.DialContext(ctx, node.RPCURL())
	require.NoError(t, err)
	defer c.Close()
	admin, owner, payer, settler := node.Accounts[0], node.Accounts[1], node.Accounts[2], node.Accounts[3]

	d, err := deploy.Contracts(ctx, c, admin.Opts(), devnet.ChainID, deploy.Roles{
		Registrars: []common.Address{admin.Addr}, Relayers: []common.Address{admin.Addr}})
	require.NoError(t, err)
	// Transactions go out in stages, each stage mined in the next block or two.
	var queued []*types.Transaction
	send := func(from devnet.Account, to *bind.BoundContract, data []byte) {
		t.Helper()
		opts := from.Opts()
		opts.Context = ctx
		tx, err := bind.Transact(to, opts, data)
		require.NoError(t, err)
		queued = append(queued, tx)
	}
	mined := func() {
		t.Helper()
		for _, tx := range queued {
			_, err := chaintx.WaitOK(ctx, c, tx.Hash())
			require.NoError(t, err)
		}
		queued = nil
	}
	registryABI, ledgerABI, billingABI, tokenABI := bindings.NewMeterRegistry(), bindings.NewReadingLedger(), bindings.NewBillingManager(), stabletoken.NewStableToken()
	registry, ledger := registryABI.Instance(c, d.MeterRegistry), ledgerABI.Instance(c, d.ReadingLedger)
	manager, token := billingABI.Instance(c, d.BillingManager), tokenABI.Instance(c, d.StableToken)
	send(admin, manager, billingABI.PackSetTariff(1, big.NewInt(5_000_000), []uint64{}, []*big.Int{big.NewInt(250_000)}))

	// The chain runs on the wall clock, so last month is closed by readings back-dated into it
	// (the ledger takes any timestamp after the meter's last and not in the future).
	now := time.Now().UTC()
	monthStart := time.Date(now.Year(), now.Month(), 1, 0, 0, 0, 0, time.UTC)
	period := reading.PeriodOf(uint64(monthStart.Unix()))
	domain := reading.Domain{ChainID: devnet.ChainID, Ledger: d.ReadingLedger}
	var packed []byte
	ids := []uint64{352_522_601, 352_522_602, 352_522_603}
	for i, id := range ids {
		key, err := crypto.GenerateKey()
		require.NoError(t, err)
		send(admin, registry, registryABI.PackRegister(id, owner.Addr, crypto.PubkeyToAddress(key.PublicKey), 0, 1, 10_000))
		for seq, r := range []struct {
			at time.Time
			wh uint64
		}{{monthStart.Add(-48 * time.Hour), 1_000}, {monthStart.Add(-time.Hour), 1_000 + 1_000*uint64(i+1)}, {now.Add(-time.Minute), 1_100 + 1_000*uint64(i+1)}} {
			rd := reading.Reading{MeterID: id, Seq: uint64(seq + 1), Timestamp: uint64(r.at.Unix()), ImportWh: r.wh}
			sig, err := reading.Sign(key, domain, rd)
			require.NoError(t, err)
			packed = append(packed, reading.Pack(rd, sig)...)
		}
	}
	send(admin, token, tokenABI.PackMint(owner.Addr, big.NewInt(100_000_000)))
	send(admin, token, tokenABI.PackMint(payer.Addr, big.NewInt(100_000_000)))
	mined()
	send(admin, ledger, ledgerABI.PackSubmitPacked(packed))
	send(owner, token, tokenABI.PackApprove(d.BillingManager, big.NewInt(100_000_000)))
	send(owner, manager, billingABI.PackSetAutopay(ids[0], big.NewInt(100_000_000)))
	send(payer, token, tokenABI.PackApprove(d.BillingManager, big.NewInt(100_000_000)))
	mined()

	path := filepath.Join(t.TempDir(), "s.db")
	svc, err := settlement.New(settlement.Config{Deployment: d, Key: settler.Key, DBPath: path,
		Confirmations: 2, PollInterval: 50 * time.Millisecond}, c)
	require.NoError(t, err)
	require.NoError(t, svc.Start(ctx))
	defer svc.Stop()
	ix := svc.Index()
	// The deadline is a bound against hanging, not a speed assertion.
	waitFor := func(what string, done func() bool) {
		t.Helper()
		deadline := time.Now().Add(90 * time.Second)
		for !done() {
			require.True(t, time.Now().Before(deadline), "timed out waiting for %s", what)
			time.Sleep(50 * time.Millisecond)
		}
	}
	waitFor("the bills and the autopay collection", func() bool {
		bills, err := ix.PeriodBills(ctx, period)
		require.NoError(t, err)
		return len(bills) == 3 && bills[0].Status == billing.StatusPaid
	})
	bill2 := billid.Of(ids[1], period)
	send(payer, manager, billingABI.PackPay(bill2, big.NewInt(5_500_000)))
	mined()
	waitFor("the wallet payment", func() bool {
		b, err := ix.Bill(ctx, bill2)
		require.NoError(t, err)
		return b.Status == billing.StatusPaid
	})
	require.NoError(t, svc.Stop())

	// What the API process sees, opening the file beside (here: after) the service.
	reader, err := index.Open(path)
	require.NoError(t, err)
	defer reader.Close()
	bills, err := reader.PeriodBills(ctx, period)
	require.NoError(t, err)
	var got []string
	for _, b := range bills {
		got = append(got, fmt.Sprintf("%d %d Wh %s paid %s %s", b.MeterID, b.EnergyWh, b.Amount, b.Paid, b.Status))
	}
	require.Equal(t, []string{
		"352522601 1000 Wh 5250000 paid 5250000 paid",
		"352522602 2000 Wh 5500000 paid 5500000 paid",
		"352522603 3000 Wh 5750000 paid 0 open",
	}, got)
	pays, err := reader.Payments(ctx, billid.Of(ids[0], period))
	require.NoError(t, err)
	require.Len(t, pays, 1)
	require.Equal(t, owner.Addr, pays[0].Payer, "collected from the owner's wallet by autopay")
}
