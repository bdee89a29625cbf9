package devnet_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"encoding/json"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/bindings"
	"github.com/meterchain/meterchain/deploy/devnet"
	"github.com/meterchain/meterchain/internal/envelope"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/internal/sim/meterfleet"
	"github.com/meterchain/meterchain/oracle"
)

// versionRecorder passes envelopes on and notes each meter's envelope versions.
type versionRecorder struct {
	meterfleet.Sender
	mu       sync.Mutex
	versions map[uint64]map[int]int
}

func (v *versionRecorder) Send(ctx context.Context, meterID uint64, env []byte) error {
	var e envelope.Envelope
	if err := json.Unmarshal(env, &e); err == nil {
		v.mu.Lock()
		if v.versions[meterID] == nil {
			v.versions[meterID] = map[int]int{}
		}
		v.versions[meterID][e.V]++
		v.mu.Unlock()
	}
	return v.Sender.Send(ctx, meterID, env)
}

// TestDevnetFleetMixesCurves: a devnet-style fleet where some meters hold P-256 keys is
// registered with those keys (the registry publishes them), the P-256 meters seal envelope
// version 2 to the oracle's P-256 key and the others version 1, and every reading of both kinds
// ends accepted on the ledger with the meter's registers.
func TestDevnetFleetMixesCurves(t *testing.T) {
	ctx := context.Background()
	node, client, d := startDeployed(t)
	registrar, relayer := node.Accounts[1], node.Accounts[2]

	fleet := meterfleet.DemoFleet("mixed", 4, []common.Address{node.Accounts[3].Addr})
	meterfleet.UseP256(fleet, "mixed", 2)
	require.NoError(t, meterfleet.Register(ctx, client, registrar.Opts(), d.MeterRegistry, fleet, 1))
	require.NoError(t, meterfleet.Register(ctx, client, registrar.Opts(), d.MeterRegistry, fleet, 1), "registering again is a no-op")

	regABI := bindings.NewMeterRegistry()
	reg := regABI.Instance(client, d.MeterRegistry)
	p256Meters := 0
	for _, m := range fleet {
		auth, err := bind.Call(reg, &bind.CallOpts{Context: ctx}, regABI.PackAuthOf(m.ID), regABI.UnpackAuthOf)
		require.NoError(t, err)
		require.Equal(t, m.Signer(), auth.Signer, "meter %d", m.ID)
		published, err := bind.Call(reg, &bind.CallOpts{Context: ctx}, regABI.PackP256KeyOf(auth.Signer), regABI.UnpackP256KeyOf)
		require.NoError(t, err)
		if pub, ok := m.P256Key(); ok {
			p256Meters++
			require.Equal(t, pub.X(), published.X, "meter %d: the registry holds its P-256 key", m.ID)
			require.Equal(t, pub.Y(), published.Y)
		} else {
			require.Equal(t, [32]byte{}, published.X, "meter %d: a secp256k1 meter has no P-256 key", m.ID)
		}
	}
	require.Equal(t, 2, p256Meters)

	oracleKey, err := crypto.GenerateKey()
	require.NoError(t, err)
	oracleP256, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	require.NoError(t, err)
	svc, err := oracle.New(oracle.Config{Deployment: d, RelayerKey: relayer.Key, OracleKey: oracleKey, OracleP256Key: oracleP256,
		DBPath: filepath.Join(t.TempDir(), "oracle.db"), HTTPAddr: "127.0.0.1:0", BatchInterval: 100 * time.Millisecond}, client)
	require.NoError(t, err)
	require.NoError(t, svc.Start(ctx))
	t.Cleanup(func() { _ = svc.Stop() })

	// The simulator learns the P-256 key as a meter client does: GET /v1/oracle.
	publishedP256, err := meterfleet.FetchOracleP256Key(ctx, "http://"+svc.HTTPAddr())
	require.NoError(t, err)
	require.Equal(t, oracleP256.PublicKey, *publishedP256)
	sender := &versionRecorder{Sender: meterfleet.NewHTTPSender("http://"+svc.HTTPAddr(), 4), versions: map[uint64]map[int]int{}}
	stats, err := meterfleet.Run(ctx, meterfleet.Config{
		Meters: fleet, Domain: reading.Domain{ChainID: devnet.ChainID, Ledger: d.ReadingLedger},
		OracleKey: &oracleKey.PublicKey, OracleP256Key: publishedP256, Sender: sender, Speed: 3600,
		Start: time.Now().Add(-2 * time.Hour), Workers: 2, Duration: 1500 * time.Millisecond,
	})
	require.NoError(t, err)
	require.Zero(t, stats.Refused.Load()+stats.Failed.Load(), "every reading acknowledged: %s", stats)

	for _, m := range fleet {
		want := envelope.VersionSecp256k1
		if _, ok := m.P256Key(); ok {
			want = envelope.VersionP256
		}
		require.Positive(t, m.Seq, "meter %d sent readings", m.ID)
		require.Equal(t, map[int]int{want: int(m.Seq)}, sender.versions[m.ID], "meter %d: envelope versions sent", m.ID)
	}
	waitLedgerHas(t, client, d, fleet)
	// Every reading, not only the last, was accepted: one ReadingAccepted per (meter, seq).
	logs, err := client.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{d.ReadingLedger}})
	require.NoError(t, err)
	ledgerABI := bindings.NewReadingLedger()
	accepted := map[uint64]map[uint64]int{}
	for _, l := range logs {
		if ev, err := ledgerABI.UnpackReadingAcceptedEvent(&l); err == nil {
			if accepted[ev.MeterId] == nil {
				accepted[ev.MeterId] = map[uint64]int{}
			}
			accepted[ev.MeterId][ev.Seq]++
		}
	}
	for _, m := range fleet {
		want := map[uint64]int{}
		for seq := uint64(1); seq <= m.Seq; seq++ {
			want[seq] = 1
		}
		require.Equal(t, want, accepted[m.ID], "meter %d: each reading accepted once", m.ID)
	}
}
