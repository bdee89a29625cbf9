package oracle

import (
	"context"
	"crypto/ecdsa"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/lru"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/bindings"
	"github.com/meterchain/meterchain/bindings/anchoredledger"
	"github.com/meterchain/meterchain/bindings/stabletoken"
	"github.com/meterchain/meterchain/deploy"
	"github.com/meterchain/meterchain/internal/anchor"
	"github.com/meterchain/meterchain/internal/anchorchain"
	"github.com/meterchain/meterchain/internal/envelope"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/internal/stored"
	"github.com/meterchain/meterchain/test/harness"
	"github.com/meterchain/meterchain/watch"
)

// anchoredFixture is an anchored deployment (deploy --ledger anchored) with registered meters,
// the relayer funded with the bond token.
type anchoredFixture struct {
	e      *harness.Env
	d      *deploy.Deployment
	al     *anchoredledger.AnchoredLedger
	ledger *bind.BoundContract
	keys   map[uint64]*ecdsa.PrivateKey
	oracle *ecdsa.PrivateKey
	db     string
}

const anchoredMinBond = 1_000_000

func newAnchoredFixture(t *testing.T, meters ...uint64) *anchoredFixture {
	e := harness.New(t, 2)
	d, err := deploy.ContractsWith(e.Ctx, e.Client, e.Admin.Opts, harness.ChainID, deploy.Options{
		Roles:    deploy.Roles{Registrars: []common.Address{e.Registrar.Addr}, Relayers: []common.Address{e.Relayer.Addr}},
		Anchored: &deploy.AnchoredParams{Window: 600, AnswerWindow: 300, MinBond: big.NewInt(anchoredMinBond), DemandBond: big.NewInt(1_000)}})
	require.NoError(t, err)
	f := &anchoredFixture{e: e, d: d, al: anchoredledger.NewAnchoredLedger(), keys: map[uint64]*ecdsa.PrivateKey{},
		db: filepath.Join(t.TempDir(), "oracle.db")}
	f.ledger = f.al.Instance(e.Client, d.AnchoredLedger)
	f.oracle, err = crypto.GenerateKey()
	require.NoError(t, err)
	st := stabletoken.NewStableToken()
	token := st.Instance(e.Client, d.StableToken)
	for _, a := range []*harness.Account{e.Relayer, e.Users[1]} {
		e.MustSend(e.Admin, token, st.PackMint(a.Addr, big.NewInt(10*anchoredMinBond)))
	}
	reg := bindings.NewMeterRegistry()
	for _, id := range meters {
		k, err := crypto.GenerateKey()
		require.NoError(t, err)
		f.keys[id] = k
		e.MustSend(e.Registrar, reg.Instance(e.Client, d.MeterRegistry), reg.PackRegister(id, e.Users[0].Addr, crypto.PubkeyToAddress(k.PublicKey), 0, 1, 10_000))
	}
	return f
}

func (f *anchoredFixture) start(t *testing.T, tune ...func(*Config)) *Service {
	t.Helper()
	cfg := Config{Deployment: f.d, RelayerKey: f.e.Relayer.Key, OracleKey: f.oracle, DBPath: f.db,
		HTTPAddr: "127.0.0.1:0", BatchInterval: 20 * time.Millisecond, RatePerSecond: -1}
	for _, f := range tune {
		f(&cfg)
	}
	s, err := New(cfg, f.e.Client)
	require.NoError(t, err)
	require.NoError(t, s.Start(context.Background()))
	t.Cleanup(func() { _ = s.Stop() })
	return s
}

// post seals and posts a reading signed for the anchored ledger and returns its store id.
func (f *anchoredFixture) post(t *testing.T, s *Service, r reading.Reading) int64 {
	t.Helper()
	sig, err := reading.Sign(f.keys[r.MeterID], reading.Domain{ChainID: harness.ChainID, Ledger: f.d.AnchoredLedger}, r)
	require.NoError(t, err)
	raw, err := envelope.Seal(&f.oracle.PublicKey, envelope.Payload{Reading: r, Detail: cleanDetail, Signature: sig[:]})
	require.NoError(t, err)
	rep := postReading(t, s, raw)
	require.Equal(t, 202, rep.Code, rep.Body)
	return rep.Result.ID
}

// postRounds posts seqs 1..rounds of meters A and B, ten minutes apart, and returns their ids.
func (f *anchoredFixture) postRounds(t *testing.T, s *Service, rounds, now uint64) []int64 {
	t.Helper()
	var ids []int64
	for seq := uint64(1); seq <= rounds; seq++ {
		for _, m := range []uint64{meterA, meterB} {
			r, _ := newReading(m, seq, now-3600+600*seq, 1_000+100*seq, 0)
			ids = append(ids, f.post(t, s, r))
		}
	}
	return ids
}

func (f *anchoredFixture) watcher(t *testing.T, blobs ...anchorchain.BlobSource) *watch.Service {
	t.Helper()
	w, err := watch.New(watch.Config{Deployment: f.d, Key: f.e.Users[1].Key, ChainID: harness.ChainID, BlobSources: blobs, Log: slog.Default()}, f.e.Client)
	require.NoError(t, err)
	require.NoError(t, w.Start(context.Background()))
	require.NoError(t, w.Stop(context.Background())) // stepped by hand below
	return w
}

// TestAnchoredRelayRoundTrip: against an anchored deployment the oracle bonds its relayer,
// decides each reading by the ledger's rules, anchors the batch, settles the readings from the
// mined batch's own data, and a watcher finds every batch honest; restarted, it replays the
// ledger and anchors on; a data-availability demand on its batch is answered.
func TestAnchoredRelayRoundTrip(t *testing.T) {
	f := newAnchoredFixture(t, meterA, meterB)
	s := f.start(t)
	bond := mustCall(t, f.ledger, f.al.PackRelayerOf(f.e.Relayer.Addr), f.al.UnpackRelayerOf)
	require.Equal(t, big.NewInt(anchoredMinBond), bond.BondAmount, "the oracle bonded the minimum")

	now := f.e.Now()
	ids := f.postRounds(t, s, 3, now)
	back, _ := newReading(meterA, 4, now-600, 1_000, 0) // registers went backwards
	ids = append(ids, f.post(t, s, back))
	for i, id := range ids {
		sr := settled(t, s.store, id)
		if i == len(ids)-1 {
			require.Equal(t, stored.Rejected, sr.Status)
			require.Equal(t, reading.RegisterRollback, sr.Reason)
		} else {
			require.Equal(t, stored.Accepted, sr.Status, "reading %d", i)
		}
	}
	w := f.watcher(t)
	require.NoError(t, w.Step(context.Background()))
	require.Positive(t, w.Stats.Verified.Load())
	require.Zero(t, w.Stats.Proven.Load(), "the oracle's batches are honest")
	require.Zero(t, w.Stats.Demanded.Load())
	tip := mustCall(t, f.ledger, f.al.PackTip(), f.al.UnpackTip)
	require.Equal(t, tip, w.Tip())

	// Restart: the state is replayed from the chain and the next batch builds on the tip.
	require.NoError(t, s.Stop())
	s = f.start(t)
	next, _ := newReading(meterB, 4, now-300, 1_500, 0)
	require.Equal(t, stored.Accepted, settled(t, s.store, f.post(t, s, next)).Status)
	require.NoError(t, w.Step(context.Background()))
	require.Zero(t, w.Stats.Proven.Load())
	require.Greater(t, w.Tip(), tip)

	// A demand for batch 1's leaves: the oracle answers before the window.
	al, challenger := f.al, f.e.Users[1]
	st := stabletoken.NewStableToken()
	f.e.MustSend(challenger, st.Instance(f.e.Client, f.d.StableToken), st.PackApprove(f.d.AnchoredLedger, big.NewInt(1_000)))
	h := headerOf(t, f, 1)
	f.e.MustSend(challenger, f.ledger, al.PackDemand(h, 1, 0, 1))
	require.Eventually(t, func() bool {
		d := mustCall(t, f.ledger, al.PackDemandOf(common.Big0), al.UnpackDemandOf)
		return !d.Open
	}, 20*time.Second, 50*time.Millisecond, "the oracle answers the demand")
	require.False(t, mustCall(t, f.ledger, al.PackIsVoided(1), al.UnpackIsVoided))
}

// TestAnchoredRelayPostsBlobs: anchoring in blobs, the oracle sends each batch as a blob
// transaction, keeps the batch's data and serves it at /v1/anchored/data/<dataHash>; a watcher
// reading blobs from the oracle verifies every batch without a demand. Restarted, the oracle
// replays its blob batches from its own store and anchors on.
func TestAnchoredRelayPostsBlobs(t *testing.T) {
	f := newAnchoredFixture(t, meterA, meterB)
	blobs := func(c *Config) { c.AnchorData = AnchorBlobs }
	s := f.start(t, blobs)
	now := f.e.Now()
	ids := f.postRounds(t, s, 3, now)
	txs := map[common.Hash]bool{}
	for i, id := range ids {
		sr := settled(t, s.store, id)
		require.Equal(t, stored.Accepted, sr.Status, "reading %d", i)
		txs[sr.TxHash] = true
	}
	for h := range txs {
		tx, _, err := f.e.Client.TransactionByHash(context.Background(), h)
		require.NoError(t, err)
		require.EqualValues(t, types.BlobTxType, tx.Type())
		rc, err := f.e.Client.TransactionReceipt(context.Background(), h)
		require.NoError(t, err)
		require.Positive(t, rc.BlobGasUsed)
	}

	base := "http://" + s.HTTPAddr()
	h := headerOf(t, f, 1)
	get := func(path string) (int, []byte) {
		resp, err := http.Get(base + path)
		require.NoError(t, err)
		defer resp.Body.Close()
		body, err := io.ReadAll(resp.Body)
		require.NoError(t, err)
		return resp.StatusCode, body
	}
	code, body := get(anchorchain.DataPath + common.Hash(h.DataHash).Hex())
	require.Equal(t, http.StatusOK, code)
	entries, err := anchor.DecodeData(body)
	require.NoError(t, err)
	require.EqualValues(t, h.Count, len(entries))
	code, _ = get(anchorchain.DataPath + common.Hash{1}.Hex())
	require.Equal(t, http.StatusNotFound, code)
	code, _ = get(anchorchain.DataPath + "0x12")
	require.Equal(t, http.StatusBadRequest, code)

	w := f.watcher(t, anchorchain.HTTPBlobSource{URL: base})
	require.NoError(t, w.Step(context.Background()))
	tip := mustCall(t, f.ledger, f.al.PackTip(), f.al.UnpackTip)
	require.Equal(t, tip, w.Tip())
	require.EqualValues(t, tip, w.Stats.Verified.Load())
	require.Zero(t, w.Stats.Demanded.Load(), "the watcher read every blob batch from the oracle")
	require.Zero(t, w.Stats.Proven.Load())

	require.NoError(t, s.Stop())
	s = f.start(t, blobs)
	next, _ := newReading(meterB, 4, now-300, 1_500, 0)
	require.Equal(t, stored.Accepted, settled(t, s.store, f.post(t, s, next)).Status, "anchored on the replayed state")
	w = f.watcher(t, anchorchain.HTTPBlobSource{URL: "http://" + s.HTTPAddr()}) // the restarted oracle's address
	require.NoError(t, w.Step(context.Background()))
	require.Greater(t, w.Tip(), tip)
	require.EqualValues(t, w.Tip(), w.Stats.Verified.Load())
	require.Zero(t, w.Stats.Demanded.Load())
	require.Zero(t, w.Stats.Proven.Load())
}

// TestAnchoredRelayKeepsRelayingWithEverySlotTaken: with every in-flight slot taken, the next
// anchor waits for a slot without holding the lock an anchor in flight needs to settle (it did:
// at 6,000 readings/s the relay stopped for good once all 16 slots were taken). One slot and
// one reading a batch make every batch after the first wait for the one before; settling is
// slowed so that the next batch is always ready first.
func TestAnchoredRelayKeepsRelayingWithEverySlotTaken(t *testing.T) {
	f := newAnchoredFixture(t, meterA, meterB)
	s := f.start(t, func(c *Config) {
		c.MaxInFlight, c.BatchMax = 1, 1
		c.testHook = func(point string) {
			if point == "before-settle" {
				time.Sleep(100 * time.Millisecond)
			}
		}
	})
	ids := f.postRounds(t, s, 4, f.e.Now())
	for i, id := range ids {
		require.Equal(t, stored.Accepted, settled(t, s.store, id).Status, "reading %d", i)
	}
	tip := mustCall(t, f.ledger, f.al.PackTip(), f.al.UnpackTip)
	require.EqualValues(t, len(ids), tip, "one batch a reading")
}

// headerOf is batch n's header from its Anchored log.
func headerOf(t *testing.T, f *anchoredFixture, n uint64) anchoredledger.AnchoredLedgerHeader {
	t.Helper()
	logs, err := f.e.Client.FilterLogs(context.Background(), ethereumQuery(f.d.AnchoredLedger))
	require.NoError(t, err)
	for i := range logs {
		if ev, err := f.al.UnpackAnchoredEvent(&logs[i]); err == nil && ev.Batch == n {
			return anchoredledger.AnchoredLedgerHeader{Parent: ev.Parent, Count: ev.Count, AsOf: ev.AsOf, AuthEpoch: ev.AuthEpoch,
				AnchoredAt: ev.AnchoredAt, Relayer: ev.Relayer, ReadingsRoot: ev.ReadingsRoot, StateRoot: ev.StateRoot, DataHash: ev.DataHash}
		}
	}
	t.Fatalf("no batch %d", n)
	return anchoredledger.AnchoredLedgerHeader{}
}

func mustCall[T any](t *testing.T, c *bind.BoundContract, data []byte, unpack func([]byte) (T, error)) T {
	t.Helper()
	v, err := bind.Call(c, nil, data, unpack)
	require.NoError(t, err)
	return v
}

func ethereumQuery(addr common.Address) ethereum.FilterQuery {
	return ethereum.FilterQuery{Addresses: []common.Address{addr}}
}

// TestRememberedSignerNeedsSameKey: a batch uses the key a reading verified under at ingest
// instead of recovering it again, once, and for a P-256 reading only if the wire signature
// carries that key (the registry may have rotated it since); otherwise it recovers.
func TestRememberedSignerNeedsSameKey(t *testing.T) {
	recovered := common.HexToAddress("0xec0")
	a := &anchoredRelay{signers: lru.NewCache[signedKey, common.Address](16),
		signer: func(reading.Reading, []byte) common.Address { return recovered }}
	r, _ := newReading(meterA, 1, 1_700_000_000, 1, 0)
	var secp reading.Signature
	secp[0], secp[64] = 1, 27
	ingest := common.HexToAddress("0x5ec")
	a.rememberSigner(r, secp, ingest)
	sr := stored.Reading{Reading: r, Signature: secp}
	require.Equal(t, ingest, a.signerOf(sr, secp[:]), "remembered")
	require.Equal(t, recovered, a.signerOf(sr, secp[:]), "used once")

	var p256 reading.Signature // P-256: V = 0
	p256[0] = 2
	var key, other reading.P256Key
	key[0], other[0] = 1, 2
	a.rememberSigner(r, p256, key.ID())
	wire := append(append([]byte{}, p256[:64]...), other[:]...)
	require.Equal(t, recovered, a.signerOf(stored.Reading{Reading: r, Signature: p256}, wire), "another key on the wire: recovered")
	a.rememberSigner(r, p256, key.ID())
	wire = append(append([]byte{}, p256[:64]...), key[:]...)
	require.Equal(t, key.ID(), a.signerOf(stored.Reading{Reading: r, Signature: p256}, wire))
}

// anchoredCrashAt is crashAt on an anchored deployment: the child oracle anchors, is SIGKILLed
// at point, and the restarted oracle settles every reading once, from the one anchor (resumed
// after "after-send" and "before-settle": its verdicts read back from its own data), and a
// watcher finds it honest.
func anchoredCrashAt(t *testing.T, point string) {
	const n = 5
	f := newAnchoredFixture(t, meterA, meterB)
	addr, park := startCrashChild(t, f.e, f.d, f.e.Relayer.Key, f.oracle, f.db, 2*n, point)
	now := f.e.Now()
	domain := reading.Domain{ChainID: harness.ChainID, Ledger: f.d.AnchoredLedger}
	for i := uint64(1); i <= n; i++ {
		for _, id := range []uint64{meterA, meterB} {
			r, d := newReading(id, i, now-(n+1-i)*900, i*100, 0)
			sig, err := reading.Sign(f.keys[id], domain, r)
			require.NoError(t, err)
			raw, err := envelope.Seal(&f.oracle.PublicKey, envelope.Payload{Reading: r, Detail: d, Signature: sig[:]})
			require.NoError(t, err)
			rep := post(t, "http://"+addr+"/v1/readings", raw)
			require.Equal(t, 202, rep.Code, rep.Body)
		}
	}
	park()

	s := f.start(t)
	for i := uint64(1); i <= n; i++ {
		for _, id := range []uint64{meterA, meterB} {
			require.Equal(t, stored.Accepted, settledBySeq(t, s.Store(), id, i).Status)
		}
	}
	count := mustCall(t, f.ledger, f.al.PackBatchCount(), f.al.UnpackBatchCount)
	require.Equal(t, uint64(1), count, "one anchor in all: nothing sent twice")
	w := f.watcher(t)
	require.NoError(t, w.Step(context.Background()))
	require.Equal(t, int64(1), w.Stats.Verified.Load())
	require.Zero(t, w.Stats.Proven.Load())
}

func TestAnchoredCrashBetweenStoreAndSend(t *testing.T)         { anchoredCrashAt(t, "before-send") }
func TestAnchoredCrashBetweenSendAndReceipt(t *testing.T)       { anchoredCrashAt(t, "after-send") }
func TestAnchoredCrashBetweenReceiptAndSettlement(t *testing.T) { anchoredCrashAt(t, "before-settle") }
