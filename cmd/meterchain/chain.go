package main

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/urfave/cli/v2"

	"github.com/meterchain/meterchain/deploy"
	"github.com/meterchain/meterchain/deploy/devnet"
	"github.com/meterchain/meterchain/internal/anchorchain"
)

// devOnly is the flag usage note of a raw hex key: accepted on the embedded devnet only.
const devOnly = "accepted against the embedded devnet (meterchain devnet) only"

// Flags shared by every command that talks to a chain, with METERCHAIN_* environment fallbacks.
var (
	rpcURLFlag = &cli.StringFlag{Name: "rpc-url", Value: "http://127.0.0.1:8545", EnvVars: []string{"METERCHAIN_RPC_URL"},
		Category: "Chain", Usage: "Ethereum JSON-RPC endpoint (http, ws or ipc)"}
	keystoreFlag = &cli.StringFlag{Name: "keystore", EnvVars: []string{"METERCHAIN_KEYSTORE"},
		Category: "Chain", Usage: "go-ethereum keystore `FILE` of the sending account"}
	passwordFileFlag = &cli.StringFlag{Name: "password-file", EnvVars: []string{"METERCHAIN_PASSWORD_FILE"},
		Category: "Chain", Usage: "`FILE` holding the keystore password"}
	devKeyFlag = &cli.StringFlag{Name: "dev-key", EnvVars: []string{"METERCHAIN_DEV_KEY"},
		Category: "Chain", Usage: "raw hex private key, " + devOnly}
	deploymentFlag = &cli.StringFlag{Name: "deployment", EnvVars: []string{"METERCHAIN_DEPLOYMENT"},
		Category: "Chain", Usage: "deployment `FILE` (default deployments/<chainID>.json)"}
)

var chainFlags = []cli.Flag{rpcURLFlag, keystoreFlag, passwordFileFlag, devKeyFlag, deploymentFlag}

// blobDataURLFlag names oracles that serve the data of anchored batches in blobs (the chain's
// nodes keep blobs ~18 days and serve none through JSON-RPC). Any source will do: its data is
// checked against the blobs' versioned hashes.
var blobDataURLFlag = &cli.StringSliceFlag{Name: "blob-data-url", EnvVars: []string{"METERCHAIN_BLOB_DATA_URL"}, Category: "Chain",
	Usage: "base URL of an oracle serving the data of anchored batches in blobs (" + anchorchain.DataPath + "); repeat for more"}

// blobSources are the --blob-data-url sources.
func blobSources(c *cli.Context) []anchorchain.BlobSource {
	var out []anchorchain.BlobSource
	for _, u := range c.StringSlice(blobDataURLFlag.Name) {
		out = append(out, anchorchain.HTTPBlobSource{URL: u})
	}
	return out
}

// connect dials the node and reads its chain id (one try: a command's user sees the error).
func connect(c *cli.Context) (*ethclient.Client, uint64, error) { return dial(c.Context, c) }

func dial(ctx context.Context, c *cli.Context) (*ethclient.Client, uint64, error) {
	client, err := ethclient.DialContext(ctx, c.String(rpcURLFlag.Name))
	if err != nil {
		return nil, 0, fmt.Errorf("connect to %s: %w", c.String(rpcURLFlag.Name), err)
	}
	id, err := client.ChainID(ctx)
	if err != nil {
		client.Close()
		return nil, 0, fmt.Errorf("chain id from %s: %w", c.String(rpcURLFlag.Name), err)
	}
	return client, id.Uint64(), nil
}

// connectContext is a service's connect: it waits for the node (a node restarting, or a load
// balancer failing a call, must not stop a service that would run fine a second later) until
// ctx, which a signal cancels, ends.
func connectContext(ctx context.Context, c *cli.Context) (*ethclient.Client, uint64, error) {
	wait := 500 * time.Millisecond
	for {
		client, id, err := dial(ctx, c)
		if err == nil || ctx.Err() != nil {
			return client, id, err
		}
		slog.Warn("waiting for the node", "err", err, "retry_in", wait)
		select {
		case <-ctx.Done():
			return nil, 0, err
		case <-time.After(wait):
		}
		wait = min(2*wait, 10*time.Second)
	}
}

// loadKey returns the sending key from --keystore/--password-file, or --dev-key against the
// embedded devnet.
func loadKey(c *cli.Context, chainID uint64) (*ecdsa.PrivateKey, error) {
	if hexKey := c.String(devKeyFlag.Name); hexKey != "" {
		if err := requireDevnet(c.Context, "--dev-key", c.String(rpcURLFlag.Name), chainID); err != nil {
			return nil, err
		}
		return crypto.HexToECDSA(strings.TrimPrefix(hexKey, "0x"))
	}
	path := c.String(keystoreFlag.Name)
	if path == "" {
		return nil, fmt.Errorf("no key: give --keystore FILE (and --password-file)")
	}
	return readKeystore(path, c.String(passwordFileFlag.Name))
}

// requireDevnet refuses a raw key unless the node is the embedded devnet, whose funded keys are
// public anyway. Chain id 1337 alone says little (geth --dev and many private networks use it):
// the node must also answer web3_clientVersion as the devnet's node and hold its first dev
// account's funds. A raw key typed on a command line ends in shell histories and process lists.
func requireDevnet(ctx context.Context, flag, rpcURL string, chainID uint64) error {
	refuse := func(why string) error {
		return fmt.Errorf("%s is refused: %s is not the embedded devnet (%s); use a keystore file", flag, rpcURL, why)
	}
	if chainID != devnet.ChainID {
		return refuse(fmt.Sprintf("chain %d", chainID))
	}
	rc, err := rpc.DialContext(ctx, rpcURL)
	if err != nil {
		return fmt.Errorf("connect to %s: %w", rpcURL, err)
	}
	defer rc.Close()
	var version string
	if err := rc.CallContext(ctx, &version, "web3_clientVersion"); err != nil {
		return refuse("web3_clientVersion: " + err.Error())
	}
	if !strings.HasPrefix(version, devnet.ClientName+"/") {
		return refuse("its node is " + version)
	}
	bal, err := ethclient.NewClient(rc).BalanceAt(ctx, devnet.DevAccount(0).Addr, nil)
	if err != nil {
		return fmt.Errorf("balance of the first dev account at %s: %w", rpcURL, err)
	}
	if bal.Sign() == 0 {
		return refuse("the first dev account holds nothing")
	}
	return nil
}

func readKeystore(path, passwordFile string) (*ecdsa.PrivateKey, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read keystore: %w", err)
	}
	var password string
	if passwordFile != "" {
		p, err := os.ReadFile(passwordFile)
		if err != nil {
			return nil, fmt.Errorf("read password file: %w", err)
		}
		password = strings.TrimRight(string(p), "\r\n")
	}
	k, err := keystore.DecryptKey(data, password)
	if err != nil {
		return nil, fmt.Errorf("decrypt keystore %s: %w", path, err)
	}
	return k.PrivateKey, nil
}

// deploymentPath is --deployment, or deployments/<chainID>.json.
func deploymentPath(c *cli.Context, chainID uint64) string {
	if path := c.String(deploymentFlag.Name); path != "" {
		return path
	}
	return deploy.Path("deployments", chainID)
}

// loadDeployment reads the deployment file and checks that it is the connected chain's.
func loadDeployment(c *cli.Context, chainID uint64) (*deploy.Deployment, error) {
	path := deploymentPath(c, chainID)
	d, err := deploy.Load(path)
	if err != nil {
		return nil, err
	}
	if d.ChainID != chainID {
		return nil, fmt.Errorf("deployment %s is for chain %d, the node is chain %d", path, d.ChainID, chainID)
	}
	return d, nil
}

// chainIDBig is a small convenience for transactors.
func chainIDBig(id uint64) *big.Int { return new(big.Int).SetUint64(id) }
