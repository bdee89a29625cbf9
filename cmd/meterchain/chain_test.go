package main

import (
	"context"
	"flag"
	"math/big"
	"net/http/httptest"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"
	"github.com/urfave/cli/v2"

	"github.com/meterchain/meterchain/deploy/devnet"
)

// privateNode is a JSON-RPC node with the devnet's chain id that is not the devnet: a geth --dev
// or a private network, answering its own client version; every account is rich.
type privateNode struct{ version string }

func (privateNode) ChainId() *hexutil.Big { return (*hexutil.Big)(big.NewInt(devnet.ChainID)) }
func (privateNode) GetBalance(common.Address, string) *hexutil.Big {
	return (*hexutil.Big)(new(big.Int).Lsh(big.NewInt(1), 100))
}

type privateWeb3 struct{ version string }

func (w privateWeb3) ClientVersion() string { return w.version }

func servePrivateNode(t *testing.T, version string) string {
	t.Helper()
	srv := rpc.NewServer()
	require.NoError(t, srv.RegisterName("eth", privateNode{}))
	require.NoError(t, srv.RegisterName("web3", privateWeb3{version}))
	web := httptest.NewServer(srv)
	t.Cleanup(func() { web.Close(); srv.Stop() })
	return web.URL
}

// keyWith runs loadKey with --rpc-url and --dev-key as a command would.
func keyWith(t *testing.T, rpcURL string) error {
	t.Helper()
	set := flag.NewFlagSet("test", flag.ContinueOnError)
	for _, f := range chainFlags {
		require.NoError(t, f.Apply(set))
	}
	require.NoError(t, set.Parse([]string{"--rpc-url", rpcURL, "--dev-key", devnet.DevAccount(0).KeyHex()}))
	c := cli.NewContext(&cli.App{}, set, nil)
	c.Context = context.Background()
	_, err := loadKey(c, devnet.ChainID)
	return err
}

func TestDevKeyRefusedOnOtherChains(t *testing.T) {
	for name, version := range map[string]string{
		"geth --dev":      "Geth/v1.17.10-stable/linux-amd64/go1.25.0",
		"private network": "besu/v25.1.0/linux-x86_64/openjdk-java-21",
	} {
		t.Run(name, func(t *testing.T) {
			err := keyWith(t, servePrivateNode(t, version))
			require.ErrorContains(t, err, "--dev-key is refused")
			require.ErrorContains(t, err, "not the embedded devnet")
		})
	}
	t.Run("embedded devnet", func(t *testing.T) {
		node, err := devnet.Start(context.Background(), devnet.Config{Port: -1, Period: -1, Accounts: 1})
		require.NoError(t, err)
		t.Cleanup(func() { _ = node.Stop() })
		require.NoError(t, keyWith(t, node.RPCURL()))
	})
}
