package main

import (
	"context"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
	"github.com/urfave/cli/v2"

	"github.com/meterchain/meterchain/bindings"
	"github.com/meterchain/meterchain/bindings/stabletoken"
	"github.com/meterchain/meterchain/deploy"
	"github.com/meterchain/meterchain/deploy/devnet"
	"github.com/meterchain/meterchain/internal/chaintx"
	"github.com/meterchain/meterchain/internal/reading"
)

// seed003 is the monthly bills table of seed 003 (meter 352522395, 2024). At a flat 0.015 per kWh
// each amount comes from amount / 0.015 kWh of the month (rounded to the Wh), e.g. January
// 620.667 kWh x 0.015 = 9.310005 -> $9.31.
var seed003 = []struct {
	month  string
	amount string
}{
	{"January 2024", "9.31"}, {"February 2024", "9.05"}, {"March 2024", "9.36"}, {"April 2024", "9.47"},
	{"May 2024", "8.90"}, {"June 2024", "9.17"}, {"July 2024", "9.71"}, {"August 2024", "9.46"},
	{"September 2024", "8.74"}, {"October 2024", "9.23"}, {"November 2024", "8.93"}, {"December 2024", "9.43"},
}

// runCLI runs the bill, tariff and meter commands with args and returns what they printed.
func runCLI(t *testing.T, args ...string) (string, error) {
	t.Helper()
	app := &cli.App{Name: "meterchain", Commands: []*cli.Command{tariffCommand, billCommand, meterCommand}}
	r, w, err := os.Pipe()
	require.NoError(t, err)
	stdout := os.Stdout
	os.Stdout = w
	done := make(chan []byte)
	go func() { b, _ := io.ReadAll(r); done <- b }()
	runErr := app.RunContext(context.Background(), append([]string{"meterchain"}, args...))
	os.Stdout = stdout
	_ = w.Close()
	return string(<-done), runErr
}

// TestBillListSeed003: a year of readings for seed 003's meter, bills issued on chain, and
// `bill list` prints seed 003's monthly table; `bill pay` and `bill show` on one of them; `tariff
// set` refuses an inexact price and is idempotent.
func TestBillListSeed003(t *testing.T) {
	ctx := context.Background()
	node, err := devnet.Start(ctx, devnet.Config{Port: -1, Period: -1, Accounts: 4})
	require.NoError(t, err)
	t.Cleanup(func() { _ = node.Stop() })
	client := node.Client()
	t.Cleanup(client.Close)
	admin, registrar, relayer, consumer := node.Accounts[0], node.Accounts[1], node.Accounts[2], node.Accounts[3]
	d, err := deploy.Contracts(ctx, client, admin.Opts(), devnet.ChainID, deploy.Roles{
		Registrars: []common.Address{registrar.Addr}, Relayers: []common.Address{relayer.Addr},
	})
	require.NoError(t, err)
	dir := t.TempDir()
	depPath, err := d.Save(dir)
	require.NoError(t, err)
	chain := []string{"--rpc-url", node.RPCURL(), "--deployment", depPath}

	tariffs := filepath.Join(dir, "tariffs.yaml")
	require.NoError(t, os.WriteFile(tariffs, []byte("tariffs:\n  - id: 1\n    name: seed 003\n    blocks:\n      - price_per_kwh: 0.0150001\n"), 0o644))
	_, err = runCLI(t, append([]string{"tariff", "set", "--file", tariffs, "--dev-key", registrar.KeyHex()}, chain...)...)
	require.ErrorContains(t, err, "0.0150001 cannot be represented exactly")
	require.NoError(t, os.WriteFile(tariffs, []byte("tariffs:\n  - id: 1\n    name: seed 003\n    blocks:\n      - price_per_kwh: \"0.015\"\n"), 0o644))
	out, err := runCLI(t, append([]string{"tariff", "set", "--file", tariffs, "--dev-key", registrar.KeyHex()}, chain...)...)
	require.NoError(t, err)
	require.Contains(t, out, "tariff 1 (seed 003): set in 0x")
	out, err = runCLI(t, append([]string{"tariff", "set", "--file", tariffs, "--dev-key", registrar.KeyHex()}, chain...)...)
	require.NoError(t, err)
	require.Contains(t, out, "already set, unchanged")

	// The meter, and one reading at 00:00 on the first of every month of 2024 and January 2025.
	const meter = 352522395
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	send := func(from devnet.Account, to *bind.BoundContract, data []byte) {
		_, err := chaintx.Transact(ctx, client, to, from.Opts(), data)
		require.NoError(t, err)
	}
	regABI := bindings.NewMeterRegistry()
	send(registrar, regABI.Instance(client, d.MeterRegistry), regABI.PackRegister(meter, consumer.Addr, crypto.PubkeyToAddress(key.PublicKey), 0, 1, 15_000))
	reg := uint64(5_000_000)
	var packed []byte
	domain := reading.Domain{ChainID: devnet.ChainID, Ledger: d.ReadingLedger}
	for i := 0; i <= 13; i++ {
		at := time.Date(2024, time.Month(1+i), 1, 0, 0, 0, 0, time.UTC)
		if i == 13 {
			at = time.Date(2025, 1, 2, 0, 0, 0, 0, time.UTC) // closes December
		} else if i > 0 {
			// Wh = amount / 0.015 per kWh x 1000, rounded up to a whole Wh.
			kwh := decimal.RequireFromString(seed003[i-1].amount).DivRound(decimal.RequireFromString("0.015"), 6)
			reg += uint64(kwh.Shift(3).Ceil().IntPart())
		}
		r := reading.Reading{MeterID: meter, Seq: uint64(i + 1), Timestamp: uint64(at.Unix()), ImportWh: reg}
		sig, err := reading.Sign(key, domain, r)
		require.NoError(t, err)
		packed = append(packed, reading.Pack(r, sig)...)
	}
	ledABI := bindings.NewReadingLedger()
	send(relayer, ledABI.Instance(client, d.ReadingLedger), ledABI.PackSubmitPacked(packed))
	bm := bindings.NewBillingManager()
	for m := uint32(1); m <= 12; m++ {
		send(consumer, bm.Instance(client, d.BillingManager), bm.PackIssueBills([]uint64{meter}, 202400+m))
	}

	out, err = runCLI(t, append([]string{"bill", "list", "--meter", "352522395"}, chain...)...)
	require.NoError(t, err)
	t.Log("\n" + out)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Equal(t, "Monthly bills, meter ID 352522395", lines[0])
	require.Equal(t, []string{"Month", "kWh", "Amount", "Date", "Due", "Status"}, strings.Fields(lines[2]))
	for i, row := range seed003 {
		line := lines[3+i]
		require.Truef(t, strings.HasPrefix(line, row.month), "row %d: %q", i, line)
		require.Containsf(t, line, " $"+row.amount+" ", "row %d: %q", i, line)
		require.Truef(t, strings.HasSuffix(strings.TrimSpace(line), "open"), "row %d: %q", i, line)
	}

	// Pay January in full with a permit; pay part of February.
	tokABI := stabletoken.NewStableToken()
	send(admin, tokABI.Instance(client, d.StableToken), tokABI.PackMint(consumer.Addr, big.NewInt(50_000_000)))
	out, err = runCLI(t, append([]string{"bill", "pay", "--bill", "352522395/202401", "--dev-key", consumer.KeyHex()}, chain...)...)
	require.NoError(t, err)
	require.Contains(t, out, "paid $9.31 towards bill 352522395/202401 (January 2024)")
	require.Contains(t, out, "status: paid")
	_, err = runCLI(t, append([]string{"bill", "pay", "--bill", "352522395/202402", "--amount", "9.06", "--dev-key", consumer.KeyHex()}, chain...)...)
	require.ErrorContains(t, err, "more than the $9.05 still owed")
	_, err = runCLI(t, append([]string{"bill", "pay", "--bill", "352522395/202402", "--amount", "5", "--dev-key", consumer.KeyHex()}, chain...)...)
	require.NoError(t, err)

	out, err = runCLI(t, append([]string{"bill", "show", "--bill", "352522395/202401"}, chain...)...)
	require.NoError(t, err)
	require.Contains(t, out, "status       paid")
	require.Contains(t, out, "payment      $9.31 from "+consumer.Addr.Hex())
	out, err = runCLI(t, append([]string{"bill", "list", "--meter", "352522395"}, chain...)...)
	require.NoError(t, err)
	require.Contains(t, out, "paid")
	require.Contains(t, out, "open (paid $5.00)")

	// Autopay: only the owner may opt in; the opt-in shows on the bill.
	_, err = runCLI(t, append([]string{"bill", "autopay", "--meter", "352522395", "--cap", "20", "--dev-key", relayer.KeyHex()}, chain...)...)
	require.ErrorContains(t, err, "NotMeterOwner")
	out, err = runCLI(t, append([]string{"bill", "autopay", "--meter", "352522395", "--cap", "20", "--dev-key", consumer.KeyHex()}, chain...)...)
	require.NoError(t, err)
	require.Contains(t, out, "up to $20.00 a bill, $240.00 allowed in total")
	out, err = runCLI(t, append([]string{"bill", "show", "--bill", "352522395/202403"}, chain...)...)
	require.NoError(t, err)
	require.Contains(t, out, "autopay      by "+consumer.Addr.Hex()+", up to $20.00 a bill")
}
