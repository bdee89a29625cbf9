package main

import (
	"context"
	"fmt"
	"net"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"
	"github.com/urfave/cli/v2"

	"github.com/meterchain/meterchain/bindings/anchoredledger"
	"github.com/meterchain/meterchain/deploy"
	"github.com/meterchain/meterchain/deploy/devnet"
)

func freeTCPPort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// TestDevnetAnchored: `meterchain devnet --ledger anchored` (the README's command with the
// anchored ledger) deploys it, and the simulated fleet's readings are anchored batch after batch
// with none voided (the watcher it runs finds them honest) until Ctrl-C.
func TestDevnetAnchored(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the devnet for ~20 s")
	}
	out := t.TempDir()
	port := freeTCPPort(t)
	app := &cli.App{Name: "meterchain", Commands: []*cli.Command{devnetCommand}}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- app.RunContext(ctx, []string{"meterchain", "devnet", "--ledger", "anchored", "--port", fmt.Sprint(port),
			"--http", "127.0.0.1:0", "--mqtt", "127.0.0.1:0", "--coap", "127.0.0.1:0", "--out", out,
			"--meters", "6", "--speed", "3600", "--backfill", "2h"})
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			require.NoError(t, err)
		case <-time.After(30 * time.Second):
			t.Error("devnet did not stop")
		}
	})

	var d *deploy.Deployment
	require.Eventually(t, func() bool {
		var err error
		d, err = deploy.Load(deploy.Path(out, devnet.ChainID))
		return err == nil
	}, 60*time.Second, 100*time.Millisecond, "the deployment file is written")
	require.True(t, d.Anchored())
	client, err := ethclient.Dial(fmt.Sprintf("http://127.0.0.1:%d", port))
	require.NoError(t, err)
	defer client.Close()
	al := anchoredledger.NewAnchoredLedger()
	inst := al.Instance(client, d.AnchoredLedger)
	var count uint64
	require.Eventually(t, func() bool {
		count, err = bind.Call(inst, nil, al.PackBatchCount(), al.UnpackBatchCount)
		return err == nil && count >= 3
	}, 60*time.Second, 200*time.Millisecond, "batches are anchored")
	time.Sleep(3 * time.Second) // the watcher's poll and confirmations
	tip, err := bind.Call(inst, nil, al.PackTip(), al.UnpackTip)
	require.NoError(t, err)
	for b := uint64(1); b <= count; b++ {
		voided, err := bind.Call(inst, nil, al.PackIsVoided(b), al.UnpackIsVoided)
		require.NoError(t, err)
		require.False(t, voided, "batch %d voided", b)
	}
	require.GreaterOrEqual(t, tip, count)
}
