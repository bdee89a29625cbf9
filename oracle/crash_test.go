package oracle

import (
	"bufio"
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"reflect"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/deploy"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/internal/stored"
	"github.com/meterchain/meterchain/test/harness"
)

// The crash tests run the oracle in a child process (this test binary re-executed with
// crashChildEnv set) against the parent's simulated chain through a JSON-RPC proxy, stop it at a
// named point of the relayer, SIGKILL it there, and restart the oracle on the same database.
const crashChildEnv = "METERCHAIN_ORACLE_CRASH_CHILD"

func TestMain(m *testing.M) {
	if os.Getenv(crashChildEnv) != "" {
		crashChild()
		return
	}
	os.Exit(m.Run())
}

// crashChild runs an oracle from the environment's settings and parks at the crash point,
// announcing it on stdout, until the parent kills it.
func crashChild() {
	fail := func(err error) {
		fmt.Println("ERROR", err)
		os.Exit(2)
	}
	var d deploy.Deployment
	if err := json.Unmarshal([]byte(os.Getenv("CRASH_DEPLOYMENT")), &d); err != nil {
		fail(err)
	}
	relayer, err := crypto.HexToECDSA(os.Getenv("CRASH_RELAYER_KEY"))
	if err != nil {
		fail(err)
	}
	oracleKey, err := crypto.HexToECDSA(os.Getenv("CRASH_ORACLE_KEY"))
	if err != nil {
		fail(err)
	}
	client, err := ethclient.Dial(os.Getenv("CRASH_RPC_URL"))
	if err != nil {
		fail(err)
	}
	point := os.Getenv(crashChildEnv)
	batch := 0
	fmt.Sscan(os.Getenv("CRASH_BATCH"), &batch)
	s, err := New(Config{Deployment: &d, RelayerKey: relayer, OracleKey: oracleKey, DBPath: os.Getenv("CRASH_DB"),
		HTTPAddr: "127.0.0.1:0", BatchMax: batch, BatchInterval: time.Hour, RatePerSecond: -1,
		testHook: func(p string) {
			if p == point {
				fmt.Println("AT", p)
				select {} // parked until SIGKILL
			}
		}}, client)
	if err != nil {
		fail(err)
	}
	if err := s.Start(context.Background()); err != nil {
		fail(err)
	}
	fmt.Println("ADDR", s.HTTPAddr())
	select {}
}

// rpcProxy serves the simulated chain over HTTP JSON-RPC for the child process, mining a block
// after each sent transaction (as the harness client does in-process).
func rpcProxy(t *testing.T, e *harness.Env) string {
	// The simulated client hides its *ethclient.Client behind a field named Client; reach it.
	rc := reflect.ValueOf(e.Sim.Client()).FieldByName("Client").Interface().(*ethclient.Client).Client()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			ID     json.RawMessage   `json:"id"`
			Method string            `json:"method"`
			Params []json.RawMessage `json:"params"`
		}
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		args := make([]any, len(req.Params))
		for i, p := range req.Params {
			args[i] = p
		}
		var result json.RawMessage
		err := rc.CallContext(r.Context(), &result, req.Method, args...)
		resp := map[string]any{"jsonrpc": "2.0", "id": req.ID}
		if err != nil {
			e := map[string]any{"code": -32000, "message": err.Error()}
			var ec rpc.Error
			if errors.As(err, &ec) {
				e["code"] = ec.ErrorCode()
			}
			var de rpc.DataError
			if errors.As(err, &de) {
				e["data"] = de.ErrorData()
			}
			resp["error"] = e
		} else {
			resp["result"] = result
			if req.Method == "eth_sendRawTransaction" {
				e.Sim.Commit()
			}
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(resp)
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

// crashAt runs the child oracle, posts n readings per meter (acknowledged by the child), waits
// until it parks at point, kills it, restarts the oracle on the same database and checks every
// reading ends accepted exactly once.
func crashAt(t *testing.T, point string) {
	crashFeeding(t, point, func(_ *testing.T, f *fixture, id uint64) {
		f.meters[id] = f.e.RegisterMeter(id, f.e.Users[0], false, 10_000)
	},
		func(t *testing.T, f *fixture, addr string, r reading.Reading, d reading.Detail) apiReply {
			return post(t, "http://"+addr+"/v1/readings", f.seal(t, r, d, nil))
		})
}

// startCrashChild starts the child oracle on deployment d (the chain e through rpcProxy) with
// the given keys, database and batch size, parked at point; it returns the child's HTTP address
// and park, which waits until the child is at point and SIGKILLs it there.
func startCrashChild(t *testing.T, e *harness.Env, d *deploy.Deployment, relayer, oracleKey *ecdsa.PrivateKey, db string, batch int, point string) (addr string, park func()) {
	t.Helper()
	dep, err := json.Marshal(d)
	require.NoError(t, err)
	exe, err := os.Executable()
	require.NoError(t, err)
	cmd := exec.Command(exe, "-test.run=^$")
	cmd.Env = append(os.Environ(), crashChildEnv+"="+point, "CRASH_DEPLOYMENT="+string(dep),
		"CRASH_RELAYER_KEY="+hex.EncodeToString(crypto.FromECDSA(relayer)),
		"CRASH_ORACLE_KEY="+hex.EncodeToString(crypto.FromECDSA(oracleKey)),
		"CRASH_RPC_URL="+rpcProxy(t, e), "CRASH_DB="+db, fmt.Sprintf("CRASH_BATCH=%d", batch))
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	cmd.Stderr = io.Discard
	require.NoError(t, cmd.Start())
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	lines := make(chan string, 16)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	next := func(prefix string) string {
		select {
		case l, ok := <-lines:
			require.True(t, ok, "child exited before %q", prefix)
			require.True(t, strings.HasPrefix(l, prefix), "child said %q, want %q", l, prefix)
			return strings.TrimSpace(strings.TrimPrefix(l, prefix))
		case <-time.After(60 * time.Second):
			t.Fatalf("child never said %q", prefix)
			return ""
		}
	}
	return next("ADDR"), func() {
		next("AT " + point)
		require.NoError(t, cmd.Process.Kill()) // SIGKILL: no deferred function, no graceful shutdown
		_ = cmd.Wait()
	}
}

// crashFeeding is crashAt with the meters registered by register and each reading sent by send.
func crashFeeding(t *testing.T, point string, register func(*testing.T, *fixture, uint64),
	send func(t *testing.T, f *fixture, addr string, r reading.Reading, d reading.Detail) apiReply) {
	meters := []uint64{meterA, meterB}
	f := newFixture(t)
	for _, id := range meters {
		register(t, f, id)
	}
	const n = 5
	addr, park := startCrashChild(t, f.e, f.e.Deployment, f.e.Relayer.Key, f.oracleKey, f.dbPath, n*len(meters), point)

	now := f.e.Now()
	for i := uint64(1); i <= n; i++ {
		for _, id := range meters {
			r, d := newReading(id, i, now-(n+1-i)*900, i*100, 0)
			rep := send(t, f, addr, r, d)
			require.Equal(t, http.StatusAccepted, rep.Code, rep.Body)
		}
	}
	park()

	s := f.start(t, f.config(), nil)
	for i := uint64(1); i <= n; i++ {
		for _, id := range meters {
			require.Equal(t, stored.Accepted, settledBySeq(t, s.Store(), id, i).Status)
		}
	}
	require.Equal(t, 1, txCount(t, s), "one batch transaction in all: nothing sent twice")
	accepted := ledgerAccepted(t, f)
	require.Len(t, accepted, n*len(meters))
	for k, c := range accepted {
		require.Equal(t, 1, c, "reading %v accepted %d times", k, c)
	}
	for _, id := range meters {
		require.Equal(t, uint64(n), f.e.LastReading(id).Seq)
	}
}

// TestCrashBetweenStoreAndSend: killed after readings are acknowledged and before their batch is
// sent; the restarted oracle batches them and each is accepted once.
func TestCrashBetweenStoreAndSend(t *testing.T) { crashAt(t, "before-send") }

// TestCrashBetweenSendAndReceipt: killed right after the batch transaction was recorded and
// broadcast (and mined); the restarted oracle resumes it and settles its readings, sending nothing twice.
func TestCrashBetweenSendAndReceipt(t *testing.T) { crashAt(t, "after-send") }

// TestCrashBetweenReceiptAndSettlement: killed with the receipt in hand but the readings not yet
// marked; the restart settles them from the receipt.
func TestCrashBetweenReceiptAndSettlement(t *testing.T) { crashAt(t, "before-settle") }

// flakyBackend is the chain behind a switch: while down, every call fails as a dead RPC would.
type flakyBackend struct {
	Backend
	down atomic.Bool
}

var errRPCDown = errors.New("dial tcp 127.0.0.1:8545: connect: connection refused")

func (b *flakyBackend) CallContract(ctx context.Context, m ethereum.CallMsg, n *big.Int) ([]byte, error) {
	if b.down.Load() {
		return nil, errRPCDown
	}
	return b.Backend.CallContract(ctx, m, n)
}
func (b *flakyBackend) EstimateGas(ctx context.Context, m ethereum.CallMsg) (uint64, error) {
	if b.down.Load() {
		return 0, errRPCDown
	}
	return b.Backend.EstimateGas(ctx, m)
}
func (b *flakyBackend) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	if b.down.Load() {
		return nil, errRPCDown
	}
	return b.Backend.HeaderByNumber(ctx, n)
}
func (b *flakyBackend) SuggestGasTipCap(ctx context.Context) (*big.Int, error) {
	if b.down.Load() {
		return nil, errRPCDown
	}
	return b.Backend.SuggestGasTipCap(ctx)
}
func (b *flakyBackend) PendingNonceAt(ctx context.Context, a common.Address) (uint64, error) {
	if b.down.Load() {
		return 0, errRPCDown
	}
	return b.Backend.PendingNonceAt(ctx, a)
}
func (b *flakyBackend) NonceAt(ctx context.Context, a common.Address, n *big.Int) (uint64, error) {
	if b.down.Load() {
		return 0, errRPCDown
	}
	return b.Backend.NonceAt(ctx, a, n)
}
func (b *flakyBackend) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if b.down.Load() {
		return errRPCDown
	}
	return b.Backend.SendTransaction(ctx, tx)
}
func (b *flakyBackend) TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	if b.down.Load() {
		return nil, errRPCDown
	}
	return b.Backend.TransactionReceipt(ctx, h)
}

// TestRPCUnreachable: with the chain unreachable the oracle keeps acknowledging readings into
// the store (unverified when the registry cannot be asked); once the chain is back they are
// verified, relayed and accepted, and a forged one stored meanwhile is refused, never relayed.
func TestRPCUnreachable(t *testing.T) {
	f := newFixture(t, meterA, meterB)
	b := &flakyBackend{Backend: f.e.Client}
	s := f.start(t, f.config(), b)
	now := f.e.Now()

	// meterA is known to the oracle before the outage; meterB is not.
	r1, d := newReading(meterA, 1, now-3600, 100, 0)
	rep := postReading(t, s, f.seal(t, r1, d, nil))
	require.Equal(t, stored.Accepted, settled(t, s.Store(), rep.Result.ID).Status)

	b.down.Store(true)
	forger, err := crypto.GenerateKey()
	require.NoError(t, err)
	var ids []int64
	for i := uint64(2); i <= 4; i++ {
		r, _ := newReading(meterA, i, now-(5-i)*900, i*100, 0)
		rep := postReading(t, s, f.seal(t, r, d, nil))
		require.Equal(t, http.StatusAccepted, rep.Code, rep.Body)
		require.True(t, rep.Result.Verified, "meterA's key is cached")
		ids = append(ids, rep.Result.ID)
	}
	rb, _ := newReading(meterB, 1, now-60, 100, 0)
	repB := postReading(t, s, f.seal(t, rb, d, nil))
	require.Equal(t, http.StatusAccepted, repB.Code, repB.Body)
	require.False(t, repB.Result.Verified, "meterB's key could not be read: stored, verified later")
	ids = append(ids, repB.Result.ID)
	rf, _ := newReading(meterB, 2, now-30, 200, 0)
	forged := postReading(t, s, f.seal(t, rf, d, forger))
	require.Equal(t, http.StatusAccepted, forged.Code, forged.Body)

	// While down: everything waits in the store, nothing is lost, nothing is sent.
	time.Sleep(300 * time.Millisecond) // several batch intervals
	for _, id := range append(ids, forged.Result.ID) {
		r, err := s.Store().Reading(context.Background(), id)
		require.NoError(t, err)
		require.Equal(t, stored.Received, r.Status)
	}
	require.Equal(t, 1, txCount(t, s))

	b.down.Store(false)
	for _, id := range ids {
		require.Equal(t, stored.Accepted, settled(t, s.Store(), id).Status)
	}
	got := settled(t, s.Store(), forged.Result.ID)
	require.Equal(t, stored.Refused, got.Status)
	require.Equal(t, uint64(4), f.e.LastReading(meterA).Seq)
	require.Equal(t, uint64(1), f.e.LastReading(meterB).Seq)
	require.NotContains(t, ledgerAccepted(t, f), [2]uint64{meterB, 2})
}
