package main

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/bindings"
	"github.com/meterchain/meterchain/deploy"
	"github.com/meterchain/meterchain/deploy/devnet"
	"github.com/meterchain/meterchain/internal/ocmf"
	"github.com/meterchain/meterchain/internal/sim/meterfleet"
	"github.com/meterchain/meterchain/oracle"
)

// TestOcmfCLI: `meter register --key-file (P-256) --ocmf-ms --ocmf-gs` registers the meter and
// binds its OCMF identity; `meter ocmf FILE` posts each record of the file (one written with line
// breaks inside, as devices do, one per line after it) and prints the oracle's answer for each;
// a forged record among them is reported refused and the command fails saying how many were;
// the stored ones reach the ledger.
func TestOcmfCLI(t *testing.T) {
	ctx := context.Background()
	node, client, d, chain := devnetForCLI(t, true)
	registrar, relayer, owner := node.Accounts[1], node.Accounts[2], node.Accounts[3]
	dir := t.TempDir()

	keyFile := filepath.Join(dir, "meter.key")
	_, err := runCLI(t, "meter", "keygen", "--curve", "p256", "--out", keyFile)
	require.NoError(t, err)
	_, key, err := meterfleet.ReadKeyFile(keyFile)
	require.NoError(t, err)
	const id, ms, gs = 352900001, "1EMH0012345678", "CHG-0042"
	_, err = runCLI(t, "meter", "register", "--id", "352900001", "--owner", owner.Addr.Hex(), "--key-file", keyFile,
		"--max-power", "22000", "--ocmf-gs", "CHG-0042", "--dev-key", registrar.KeyHex())
	require.ErrorContains(t, err, "need --ocmf-ms", "a gateway serial alone names no identity")
	out, err := runCLI(t, append([]string{"meter", "register", "--id", "352900001", "--owner", owner.Addr.Hex(), "--key-file", keyFile,
		"--max-power", "22000", "--ocmf-ms", ms, "--ocmf-gs", gs, "--dev-key", registrar.KeyHex()}, chain...)...)
	require.NoError(t, err)
	require.Contains(t, out, "bound to meter 352900001")
	regABI := bindings.NewMeterRegistry()
	bound, err := bind.Call(regABI.Instance(client, d.MeterRegistry), nil, regABI.PackMeterOfOcmf(ocmf.Identity(nil, []byte(gs), []byte(ms))), regABI.UnpackMeterOfOcmf)
	require.NoError(t, err)
	require.EqualValues(t, id, bound)

	oracleKey, err := crypto.GenerateKey()
	require.NoError(t, err)
	svc, err := oracle.New(oracle.Config{Deployment: d, RelayerKey: relayer.Key, OracleKey: oracleKey,
		DBPath: filepath.Join(dir, "oracle.db"), HTTPAddr: "127.0.0.1:0", BatchInterval: 50 * time.Millisecond}, client)
	require.NoError(t, err)
	require.NoError(t, svc.Start(ctx))
	t.Cleanup(func() { _ = svc.Stop() })

	now := time.Now().Add(-10 * time.Minute).Truncate(time.Second)
	record := func(k *ecdsa.PrivateKey, seq uint64, at time.Time, wh uint64, spaced bool) string {
		payload := ocmf.Build(ocmf.Fields{GS: gs, MS: ms, PG: "T" + strconv.FormatUint(seq, 10), Spaced: spaced, Entries: []ocmf.Entry{
			{TM: ocmf.FormatTM(at, 'S'), TX: "E", RV: ocmf.Padded(ocmf.FormatKWh(wh), 12), RI: "01-00:01.08.00.FF", RU: "kWh", ST: "G"}}})
		rec, err := ocmf.Sign(payload, k)
		require.NoError(t, err)
		return string(rec)
	}
	forger, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	require.NoError(t, err)
	file := filepath.Join(dir, "records.txt")
	content := record(key, 1, now, 1_000, true) + "\n" + record(forger, 2, now.Add(time.Minute), 1_100, false) + "\r\n" +
		record(key, 2, now.Add(2*time.Minute), 1_200, false) + "\n"
	require.Contains(t, content, "\n  \"FV\"", "the first record has line breaks inside")
	require.NoError(t, os.WriteFile(file, []byte(content), 0o600))

	out, err = runCLI(t, "meter", "ocmf", "--oracle-url", "http://"+svc.HTTPAddr(), file)
	require.EqualError(t, err, "1 of 3 records refused")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 3, out)
	require.True(t, strings.HasPrefix(lines[0], "record 1: stored as reading "), out)
	require.Contains(t, lines[0], "(meter 352900001, seq 1)")
	require.Contains(t, lines[1], "record 2: refused (HTTP 422): bad_signature")
	require.True(t, strings.HasPrefix(lines[2], "record 3: stored as reading "), out)

	ledABI := bindings.NewReadingLedger()
	require.Eventually(t, func() bool {
		s, err := bind.Call(ledABI.Instance(client, d.ReadingLedger), nil, ledABI.PackLastReading(id), ledABI.UnpackLastReading)
		return err == nil && s.Seq == 2 && s.ImportWh == 1_200
	}, 30*time.Second, 50*time.Millisecond, "both stored records accepted on the ledger")

	_, err = runCLI(t, "meter", "ocmf", "--oracle-url", "http://"+svc.HTTPAddr(), keyFile)
	require.ErrorContains(t, err, "holds no OCMF record")
}

// devnetForCLI is a dev chain (blocks on demand) with every contract deployed, account 1 the
// registrar (and account 2 a relayer if asked), and the chain flags the commands take.
func devnetForCLI(t *testing.T, relayer bool) (*devnet.Node, *ethclient.Client, *deploy.Deployment, []string) {
	t.Helper()
	ctx := context.Background()
	node, err := devnet.Start(ctx, devnet.Config{Port: -1, Period: -1, Accounts: 4})
	require.NoError(t, err)
	t.Cleanup(func() { _ = node.Stop() })
	client := node.Client()
	t.Cleanup(client.Close)
	roles := deploy.Roles{Registrars: []common.Address{node.Accounts[1].Addr}}
	if relayer {
		roles.Relayers = []common.Address{node.Accounts[2].Addr}
	}
	d, err := deploy.Contracts(ctx, client, node.Accounts[0].Opts(), devnet.ChainID, roles)
	require.NoError(t, err)
	depPath, err := d.Save(t.TempDir())
	require.NoError(t, err)
	return node, client, d, []string{"--rpc-url", node.RPCURL(), "--deployment", depPath}
}
