package test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	mqtt "github.com/eclipse/paho.mqtt.golang"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/bindings"
	"github.com/meterchain/meterchain/bindings/stabletoken"
	"github.com/meterchain/meterchain/deploy"
	"github.com/meterchain/meterchain/internal/billid"
	"github.com/meterchain/meterchain/internal/billing"
	"github.com/meterchain/meterchain/internal/chaintx"
	"github.com/meterchain/meterchain/internal/envelope"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/settlement/index"
)

// gethBinary returns $GETH_BIN. Without it the real-node test is skipped on a workstation, but in
// CI (CI=true, set by .ci/run) a missing geth is a failure: the test must not silently vanish.
func gethBinary(t *testing.T) string {
	t.Helper()
	bin := os.Getenv("GETH_BIN")
	if bin == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("CI=true but GETH_BIN is not set: the real-node integration test cannot run (make test sets it)")
		}
		t.Skip("GETH_BIN is not set: skipping the real geth node test (build one with `go install github.com/ethereum/go-ethereum/cmd/geth@<go.mod version>` and set GETH_BIN)")
	}
	if _, err := os.Stat(bin); err != nil {
		t.Fatalf("GETH_BIN=%s: %v", bin, err)
	}
	return bin
}

// mosquittoBinary finds the broker (Debian installs it in /usr/sbin).
func mosquittoBinary(t *testing.T) string {
	t.Helper()
	if p, err := exec.LookPath("mosquitto"); err == nil {
		return p
	}
	if _, err := os.Stat("/usr/sbin/mosquitto"); err == nil {
		return "/usr/sbin/mosquitto"
	}
	t.Fatal("mosquitto is not installed (apt-get install mosquitto; .ci/install-tools.sh does it)")
	return ""
}

// freePort asks the kernel for a free loopback TCP port.
func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// proc is a child process whose output goes to a log file, killed at the end of the test.
type proc struct {
	name string
	cmd  *exec.Cmd
	log  string
	done chan struct{}
	err  error
}

func startProc(t *testing.T, dir, name string, bin string, args ...string) *proc {
	t.Helper()
	logPath := filepath.Join(dir, name+".log")
	f, err := os.Create(logPath)
	require.NoError(t, err)
	cmd := exec.Command(bin, args...)
	cmd.Stdout, cmd.Stderr = f, f
	cmd.Dir = dir
	require.NoError(t, cmd.Start(), "start %s", name)
	p := &proc{name: name, cmd: cmd, log: logPath, done: make(chan struct{})}
	go func() { p.err = cmd.Wait(); f.Close(); close(p.done) }()
	t.Cleanup(func() {
		p.stop()
		if t.Failed() {
			t.Logf("---- %s log (tail) ----\n%s", name, tail(logPath, 40))
		}
	})
	return p
}

// stop interrupts the process (a clean stop) and kills it if it does not exit in time.
func (p *proc) stop() {
	select {
	case <-p.done:
		return
	default:
	}
	_ = p.cmd.Process.Signal(os.Interrupt)
	select {
	case <-p.done:
	case <-time.After(10 * time.Second):
		_ = p.cmd.Process.Kill()
		<-p.done
	}
}

func (p *proc) exited() bool {
	select {
	case <-p.done:
		return true
	default:
		return false
	}
}

func tail(path string, lines int) string {
	data, _ := os.ReadFile(path)
	ls := strings.Split(strings.TrimRight(string(data), "\n"), "\n")
	if len(ls) > lines {
		ls = ls[len(ls)-lines:]
	}
	return strings.Join(ls, "\n")
}

// waitFor polls cond every 250 ms until it holds or the deadline passes; procs that exit early
// fail the test at once with their log.
func waitFor(t *testing.T, what string, timeout time.Duration, cond func() bool, procs ...*proc) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		if cond() {
			return
		}
		for _, p := range procs {
			if p.exited() {
				t.Fatalf("waiting for %s: %s exited (%v):\n%s", what, p.name, p.err, tail(p.log, 40))
			}
		}
		time.Sleep(250 * time.Millisecond)
	}
	t.Fatalf("timed out after %s waiting for %s", timeout, what)
}

var (
	buildOnce sync.Once
	buildPath string
	buildErr  error
)

// meterchainBinary builds cmd/meterchain once per test binary.
func meterchainBinary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "meterchain-bin-")
		if err != nil {
			buildErr = err
			return
		}
		buildPath = filepath.Join(dir, "meterchain")
		out, err := exec.Command("go", "build", "-o", buildPath, "../cmd/meterchain").CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build ./cmd/meterchain: %v\n%s", err, out)
		}
	})
	require.NoError(t, buildErr)
	return buildPath
}

// runCLI runs one meterchain command to completion and returns its stdout.
func runCLI(t *testing.T, dir, bin string, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	require.NoError(t, cmd.Run(), "meterchain %s\nstdout: %s\nstderr: %s", strings.Join(args, " "), stdout.String(), stderr.String())
	return stdout.String()
}

// keyFile writes key as a go-ethereum keystore file (light scrypt: a test) and returns its path.
func keyFile(t *testing.T, dir, name string, key *ecdsa.PrivateKey, password string) string {
	t.Helper()
	ks := keystore.NewKeyStore(filepath.Join(dir, "ks-"+name), keystore.LightScryptN, keystore.LightScryptP)
	acc, err := ks.ImportECDSA(key, password)
	require.NoError(t, err)
	return acc.URL.Path
}

// gethNode is a running `geth --dev` on loopback ports.
type gethNode struct {
	httpURL, wsURL string
	rpc            *rpc.Client
	client         *ethclient.Client
	dev            common.Address // the unlocked, prefunded dev account
}

func startGeth(t *testing.T, dir string) *gethNode {
	t.Helper()
	bin := gethBinary(t)
	httpPort, wsPort, authPort := freePort(t), freePort(t), freePort(t)
	p := startProc(t, dir, "geth", bin, "--dev", "--dev.period", "1", "--datadir", filepath.Join(dir, "geth"),
		"--http", "--http.addr", "127.0.0.1", "--http.port", strconv.Itoa(httpPort), "--http.api", "eth,net,web3",
		"--ws", "--ws.addr", "127.0.0.1", "--ws.port", strconv.Itoa(wsPort), "--ws.api", "eth,net,web3",
		"--authrpc.addr", "127.0.0.1", "--authrpc.port", strconv.Itoa(authPort),
		"--port", "0", "--nodiscover", "--maxpeers", "0", "--ipcdisable", "--verbosity", "2")
	n := &gethNode{httpURL: fmt.Sprintf("http://127.0.0.1:%d", httpPort), wsURL: fmt.Sprintf("ws://127.0.0.1:%d", wsPort)}
	waitFor(t, "geth's JSON-RPC", 30*time.Second, func() bool {
		c, err := rpc.Dial(n.httpURL)
		if err != nil {
			return false
		}
		var accounts []common.Address
		if err := c.Call(&accounts, "eth_accounts"); err != nil || len(accounts) == 0 {
			c.Close()
			return false
		}
		n.rpc, n.dev = c, accounts[0]
		return true
	}, p)
	n.client = ethclient.NewClient(n.rpc)
	t.Cleanup(n.client.Close)
	id, err := n.client.ChainID(context.Background())
	require.NoError(t, err)
	require.Equal(t, uint64(1337), id.Uint64(), "geth --dev chain id")
	return n
}

// fund sends eth from the unlocked dev account (eth_sendTransaction) and waits for the receipts.
func (n *gethNode) fund(t *testing.T, eth int64, to ...common.Address) {
	t.Helper()
	wei := new(big.Int).Mul(big.NewInt(eth), big.NewInt(1e18))
	var hashes []common.Hash
	for _, a := range to {
		var h common.Hash
		require.NoError(t, n.rpc.Call(&h, "eth_sendTransaction", map[string]any{
			"from": n.dev, "to": a, "value": (*hexutil.Big)(wei)}))
		hashes = append(hashes, h)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	for _, h := range hashes {
		_, err := chaintx.WaitOK(ctx, n.client, h)
		require.NoError(t, err)
	}
}

// transact sends one contract call from key and requires success.
func (n *gethNode) transact(t *testing.T, key *ecdsa.PrivateKey, c *bind.BoundContract, data []byte) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	_, err := chaintx.Transact(ctx, n.client, c, bind.NewKeyedTransactor(key, big.NewInt(1337)), data)
	require.NoError(t, err)
}

func getJSONBody(url string, v any) (int, string, error) {
	resp, err := http.Get(url)
	if err != nil {
		return 0, "", err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return resp.StatusCode, "", err
	}
	return resp.StatusCode, string(data), json.Unmarshal(data, v)
}

// TestRealGethEndToEnd runs the product as an operator would, against a real `geth --dev` node:
// `meterchain deploy` and `meter register` with keystore files, `meterchain oracle` and
// `meterchain settlement` as separate processes (oracle over WebSocket, settlement over HTTP
// JSON-RPC), a real mosquitto broker, meter readings over HTTP and MQTT that cross a billing
// period, the bill issued by the settlement service, paid by the consumer, and the end state read
// back through the oracle's HTTP API, the chain and the settlement index.
func TestRealGethEndToEnd(t *testing.T) {
	dir := t.TempDir()
	node := startGeth(t, dir)
	bin := meterchainBinary(t)
	ctx := context.Background()

	const password = "correct horse battery staple"
	pwFile := filepath.Join(dir, "password")
	require.NoError(t, os.WriteFile(pwFile, []byte(password+"\n"), 0o600))
	newKey := func() *ecdsa.PrivateKey { k, err := crypto.GenerateKey(); require.NoError(t, err); return k }
	admin, relayer, settler, consumer, oracleKey := newKey(), newKey(), newKey(), newKey(), newKey()
	addr := func(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }
	adminKS, relayerKS := keyFile(t, dir, "admin", admin, password), keyFile(t, dir, "relayer", relayer, password)
	settlerKS, consumerKS := keyFile(t, dir, "settler", settler, password), keyFile(t, dir, "consumer", consumer, password)
	oracleKS := keyFile(t, dir, "oracle", oracleKey, password)
	node.fund(t, 100, addr(admin), addr(relayer), addr(settler), addr(consumer))

	// Deploy and register with the CLI, keys from keystore files.
	chain := func(rpcURL, ks string) []string {
		return []string{"--rpc-url", rpcURL, "--keystore", ks, "--password-file", pwFile, "--deployment", filepath.Join(dir, "deployments", "1337.json")}
	}
	runCLI(t, dir, bin, append([]string{"deploy", "--relayer", addr(relayer).Hex(), "--registrar", addr(admin).Hex(),
		"--out", filepath.Join(dir, "deployments")}, chain(node.httpURL, adminKS)...)...)
	d, err := deploy.Load(filepath.Join(dir, "deployments", "1337.json"))
	require.NoError(t, err)
	require.NotEqual(t, common.Address{}, d.BillingManager, "deploy wrote no BillingManager")

	const meterID = 352522395
	meterKeyFile := filepath.Join(dir, "meter.key")
	runCLI(t, dir, bin, "meter", "keygen", "--out", meterKeyFile, "--id", strconv.Itoa(meterID))
	runCLI(t, dir, bin, append([]string{"meter", "register", "--id", strconv.Itoa(meterID), "--owner", addr(consumer).Hex(),
		"--key-file", meterKeyFile, "--tariff", "1", "--max-power", "15000"}, chain(node.httpURL, adminKS)...)...)
	var kf struct {
		PrivateKey hexutil.Bytes `json:"private_key"`
	}
	raw, err := os.ReadFile(meterKeyFile)
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(raw, &kf))
	meterKey, err := crypto.ToECDSA(kf.PrivateKey)
	require.NoError(t, err)

	// Tariff 1: 0.25 per kWh plus a fixed 5.00 (6-decimal token), set by the registrar.
	billingABI, tokenABI := bindings.NewBillingManager(), stabletoken.NewStableToken()
	manager := billingABI.Instance(node.client, d.BillingManager)
	token := tokenABI.Instance(node.client, d.StableToken)
	node.transact(t, admin, manager, billingABI.PackSetTariff(1, big.NewInt(5_000_000), []uint64{}, []*big.Int{big.NewInt(250_000)}))

	// A real mosquitto on a free loopback port.
	mqttPort := freePort(t)
	conf := filepath.Join(dir, "mosquitto.conf")
	require.NoError(t, os.WriteFile(conf, []byte(fmt.Sprintf("listener %d 127.0.0.1\nallow_anonymous true\npersistence false\n", mqttPort)), 0o644))
	broker := startProc(t, dir, "mosquitto", mosquittoBinary(t), "-c", conf)
	mqttURL := fmt.Sprintf("tcp://127.0.0.1:%d", mqttPort)
	waitFor(t, "mosquitto", 10*time.Second, func() bool {
		c, err := net.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", mqttPort))
		if err == nil {
			c.Close()
		}
		return err == nil
	}, broker)

	// The oracle over WebSocket JSON-RPC, the settlement service over HTTP JSON-RPC.
	oraclePort := freePort(t)
	oracleURL := fmt.Sprintf("http://127.0.0.1:%d", oraclePort)
	oracle := startProc(t, dir, "oracle", bin, append([]string{"oracle", "--oracle-key", oracleKS, "--oracle-password-file", pwFile,
		"--db", filepath.Join(dir, "oracle.db"), "--http-addr", fmt.Sprintf("127.0.0.1:%d", oraclePort), "--mqtt-url", mqttURL,
		"--mqtt-client-id", "geth-test-oracle", "--batch-interval", "100ms"}, chain(node.wsURL, relayerKS)...)...)
	settlement := startProc(t, dir, "settlement", bin, append([]string{"settlement", "--db", filepath.Join(dir, "settlement.db"),
		"--confirmations", "1", "--poll", "500ms"}, chain(node.httpURL, settlerKS)...)...)
	var info struct {
		OraclePublicKey string         `json:"oraclePublicKey"`
		ReadingLedger   common.Address `json:"readingLedger"`
	}
	waitFor(t, "the oracle's HTTP API", 30*time.Second, func() bool {
		code, _, err := getJSONBody(oracleURL+"/v1/oracle", &info)
		return err == nil && code == http.StatusOK
	}, oracle, settlement)
	require.Equal(t, d.ReadingLedger, info.ReadingLedger)
	oraclePub, err := crypto.UnmarshalPubkey(common.FromHex(info.OraclePublicKey))
	require.NoError(t, err)
	require.Equal(t, addr(oracleKey), crypto.PubkeyToAddress(*oraclePub), "the oracle publishes the key from --oracle-key")

	// Readings: two in the previous month (the first is the baseline), one now, which closes it.
	now := time.Now().UTC()
	thisMonth := time.Date(now.Year(), now.Month(), 1, 0, 0, 0, 0, time.UTC)
	if now.Sub(thisMonth) < 2*time.Minute { // the "now" reading must fall in this month
		time.Sleep(2*time.Minute - now.Sub(thisMonth))
		now = time.Now().UTC()
	}
	lastMonth := thisMonth.AddDate(0, -1, 0)
	period := reading.PeriodOf(uint64(lastMonth.Add(24 * time.Hour).Unix()))
	domain := reading.Domain{ChainID: 1337, Ledger: d.ReadingLedger}
	detail := reading.Detail{VoltageMV: 230_400, CurrentMA: 3_100, TemperatureMC: 19_000, HumidityBP: 4_000, LatitudeE7: 481_351_253, LongitudeE7: 115_819_806}
	seal := func(seq uint64, at time.Time, importWh uint64) []byte {
		r := reading.Reading{MeterID: meterID, Seq: seq, Timestamp: uint64(at.Unix()), ImportWh: importWh, DetailHash: detail.Hash()}
		sig, err := reading.Sign(meterKey, domain, r)
		require.NoError(t, err)
		env, err := envelope.Seal(oraclePub, envelope.Payload{Reading: r, Detail: detail, Signature: sig[:]})
		require.NoError(t, err)
		return env
	}
	status := func() map[string]any {
		var st map[string]any
		code, body, err := getJSONBody(fmt.Sprintf("%s/v1/meters/%d/status", oracleURL, meterID), &st)
		require.NoError(t, err, body)
		require.Equal(t, http.StatusOK, code, body)
		return st
	}
	accepted := func(n float64) func() bool {
		return func() bool { return status()["accepted"] == n }
	}
	postReading := func(env []byte) int64 {
		resp, err := http.Post(oracleURL+"/v1/readings", "application/json", bytes.NewReader(env))
		require.NoError(t, err)
		defer resp.Body.Close()
		var res struct {
			ID     int64  `json:"id"`
			Status string `json:"status"`
		}
		body, _ := io.ReadAll(resp.Body)
		require.Equal(t, http.StatusAccepted, resp.StatusCode, string(body))
		require.NoError(t, json.Unmarshal(body, &res))
		return res.ID
	}

	// 1. HTTP: the baseline, early last month.
	firstID := postReading(seal(1, lastMonth.Add(36*time.Hour), 1_000_000))
	waitFor(t, "reading 1 accepted", 30*time.Second, accepted(1), oracle)

	// 2. MQTT through mosquitto (QoS 1): the last reading of last month.
	pub := mqtt.NewClient(mqtt.NewClientOptions().AddBroker(mqttURL).SetClientID("geth-test-meter").SetConnectTimeout(5 * time.Second))
	tok := pub.Connect()
	require.True(t, tok.WaitTimeout(10*time.Second), "MQTT connect timed out")
	require.NoError(t, tok.Error())
	defer pub.Disconnect(100)
	tok = pub.Publish(fmt.Sprintf("meters/%d/readings", meterID), 1, false, seal(2, thisMonth.Add(-time.Hour), 1_180_000))
	require.True(t, tok.WaitTimeout(10*time.Second), "MQTT publish timed out")
	require.NoError(t, tok.Error())
	waitFor(t, "reading 2 (MQTT) accepted", 30*time.Second, accepted(2), oracle)

	// 3. HTTP: a reading of this month closes last month's period on the ledger.
	lastID := postReading(seal(3, now.Add(-time.Minute), 1_180_700))
	waitFor(t, "reading 3 accepted", 30*time.Second, accepted(3), oracle)

	// The settlement service sees PeriodClosed and issues the bill: 180 kWh × 0.25 + 5.00 = 50.00 (the contract rounds to the cent).
	billID := billid.Of(meterID, period)
	var bill bindings.BillingManagerBill
	waitFor(t, fmt.Sprintf("the bill of meter %d for %d", meterID, period), 60*time.Second, func() bool {
		b, err := bind.Call(manager, &bind.CallOpts{Context: ctx}, billingABI.PackBill(billID), billingABI.UnpackBill)
		if err != nil || b.Amount == nil || b.Amount.Sign() == 0 {
			return false
		}
		bill = b
		return true
	}, oracle, settlement)
	require.Equal(t, uint64(180_000), bill.EnergyWh, "billed energy = closing − opening register")
	require.Equal(t, big.NewInt(50_000_000), bill.Amount, "180 kWh × 0.25 + 5.00, in 6-decimal base units")

	// The consumer pays from a keystore wallet with `meterchain bill pay` (an ERC-2612 permit and
	// the payment in one transaction).
	node.transact(t, admin, token, tokenABI.PackMint(addr(consumer), big.NewInt(100_000_000)))
	runCLI(t, dir, bin, append([]string{"bill", "pay", "--bill", billID.String()}, chain(node.httpURL, consumerKS)...)...)
	outstanding, err := bind.Call(manager, &bind.CallOpts{Context: ctx}, billingABI.PackOutstanding(billID), billingABI.UnpackOutstanding)
	require.NoError(t, err)
	require.Zero(t, outstanding.Sign(), "the bill is settled on chain")
	bal, err := bind.Call(token, &bind.CallOpts{Context: ctx}, tokenABI.PackBalanceOf(addr(consumer)), tokenABI.UnpackBalanceOf)
	require.NoError(t, err)
	require.Equal(t, big.NewInt(100_000_000-50_000_000), bal, "only the bill amount left the consumer's wallet")

	// End state through the oracle's API: every reading accepted, on chain, with its block.
	st := status()
	require.Equal(t, float64(3), st["accepted"], "meter status %v", st)
	for _, id := range []int64{firstID, lastID} {
		var r map[string]any
		code, body, err := getJSONBody(fmt.Sprintf("%s/v1/readings/%d", oracleURL, id), &r)
		require.NoError(t, err, body)
		require.Equal(t, http.StatusOK, code, body)
		require.Equal(t, "accepted", r["status"], body)
		require.NotEmpty(t, r["txHash"], body)
	}
	var hist struct {
		Readings []map[string]any `json:"readings"`
	}
	code, body, err := getJSONBody(fmt.Sprintf("%s/v1/meters/%d/readings", oracleURL, meterID), &hist)
	require.NoError(t, err, body)
	require.Equal(t, http.StatusOK, code, body)
	require.Len(t, hist.Readings, 3, body)
	sources := map[string]int{}
	for _, r := range hist.Readings {
		sources[fmt.Sprint(r["source"])]++
	}
	require.Equal(t, 1, sources["mqtt"], "one reading came over MQTT: %s", body)

	// And through the settlement service's index: the bill, paid.
	waitFor(t, "the settlement index to show the bill paid", 30*time.Second, func() bool {
		ix, err := index.Open(filepath.Join(dir, "settlement.db"))
		if err != nil {
			return false
		}
		defer ix.Close()
		b, err := ix.Bill(ctx, billID)
		return err == nil && b.Status == billing.StatusPaid && b.Amount.Cmp(bill.Amount) == 0
	}, settlement)
}
