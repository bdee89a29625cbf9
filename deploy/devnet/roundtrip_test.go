package devnet_test

import (
	"context"
	"path/filepath"
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
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/internal/sim/meterfleet"
	"github.com/meterchain/meterchain/oracle"
)

// TestDevnetReadingRoundTrip deploys everything on a real in-process dev chain (1 s blocks, real
// JSON-RPC over HTTP), registers meters in bulk, runs the oracle, and has simulated meters send
// signed, sealed readings over HTTP until the ledger holds them.
func TestDevnetReadingRoundTrip(t *testing.T) {
	ctx := context.Background()
	node, client, d := startDeployed(t)
	registrar, relayer := node.Accounts[1], node.Accounts[2]

	fleet := meterfleet.DemoFleet("roundtrip", 3, []common.Address{node.Accounts[3].Addr})
	require.NoError(t, meterfleet.Register(ctx, client, registrar.Opts(), d.MeterRegistry, fleet, 1))
	require.NoError(t, meterfleet.Register(ctx, client, registrar.Opts(), d.MeterRegistry, fleet, 1), "registering again is a no-op")

	oracleKey, err := crypto.GenerateKey()
	require.NoError(t, err)
	svc, err := oracle.New(oracle.Config{Deployment: d, RelayerKey: relayer.Key, OracleKey: oracleKey,
		DBPath: filepath.Join(t.TempDir(), "oracle.db"), HTTPAddr: "127.0.0.1:0", BatchInterval: 100 * time.Millisecond}, client)
	require.NoError(t, err)
	require.NoError(t, svc.Start(ctx))
	t.Cleanup(func() { _ = svc.Stop() })

	// The simulator learns the oracle key the way a meter client does: GET /v1/oracle.
	pub, err := meterfleet.FetchOracleKey(ctx, "http://"+svc.HTTPAddr())
	require.NoError(t, err)
	require.Equal(t, oracleKey.PublicKey, *pub)

	stats, err := meterfleet.Run(ctx, meterfleet.Config{
		Meters: fleet, Domain: reading.Domain{ChainID: devnet.ChainID, Ledger: d.ReadingLedger}, OracleKey: pub,
		Sender: meterfleet.NewHTTPSender("http://"+svc.HTTPAddr(), 4), Speed: 3600,
		Start: time.Now().Add(-2 * time.Hour), Workers: 2, Duration: 1500 * time.Millisecond,
	})
	require.NoError(t, err)
	require.Positive(t, stats.Delivered.Load())
	require.Zero(t, stats.Refused.Load()+stats.Failed.Load(), "every reading acknowledged")

	waitLedgerHas(t, client, d, fleet)

	// A restarted simulator continues from the ledger instead of replaying.
	again := meterfleet.DemoFleet("roundtrip", 3, nil)
	require.NoError(t, meterfleet.Resume(ctx, client, d.ReadingLedger, again))
	for i := range again {
		require.Equal(t, fleet[i].Seq, again[i].Seq)
		require.Equal(t, fleet[i].ImportWh, again[i].ImportWh)
	}
}

// startDeployed starts a dev chain (accounts: admin, registrar, relayer, a meter owner) with
// every contract deployed.
func startDeployed(t *testing.T) (*devnet.Node, *ethclient.Client, *deploy.Deployment) {
	t.Helper()
	ctx := context.Background()
	node, err := devnet.Start(ctx, devnet.Config{Port: -1, Accounts: 4})
	require.NoError(t, err)
	t.Cleanup(func() { _ = node.Stop() })
	client := node.Client()
	t.Cleanup(client.Close)
	admin, registrar, relayer := node.Accounts[0], node.Accounts[1], node.Accounts[2]
	d, err := deploy.Contracts(ctx, client, admin.Opts(), devnet.ChainID, deploy.Roles{
		Registrars: []common.Address{registrar.Addr}, Relayers: []common.Address{relayer.Addr}})
	require.NoError(t, err)
	return node, client, d
}

// waitLedgerHas waits until the ledger's last reading of every meter is the meter's last one,
// with its registers and time.
func waitLedgerHas(t *testing.T, client *ethclient.Client, d *deploy.Deployment, fleet []*meterfleet.Meter) {
	t.Helper()
	ledgerABI := bindings.NewReadingLedger()
	ledger := ledgerABI.Instance(client, d.ReadingLedger)
	deadline := time.Now().Add(30 * time.Second)
	for _, m := range fleet {
		for {
			s, err := bind.Call(ledger, &bind.CallOpts{Context: context.Background()}, ledgerABI.PackLastReading(m.ID), ledgerABI.UnpackLastReading)
			require.NoError(t, err)
			if s.Seq == m.Seq {
				require.Equal(t, m.ImportWh, s.ImportWh, "meter %d registers on chain", m.ID)
				require.Equal(t, m.ExportWh, s.ExportWh)
				require.Equal(t, m.LastTS, s.Timestamp)
				break
			}
			require.True(t, time.Now().Before(deadline), "meter %d: ledger at seq %d, meter sent up to %d", m.ID, s.Seq, m.Seq)
			time.Sleep(100 * time.Millisecond)
		}
	}
}
