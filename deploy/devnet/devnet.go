// Package devnet runs an in-process go-ethereum development chain, like `geth --dev`: one node,
// a simulated beacon sealing a block every period (or on demand), JSON-RPC over HTTP and
// WebSocket, chain id 1337 pinned to mainnet's current fork rules, and funded accounts whose keys
// are derived deterministically so that every run of `meterchain devnet` has the same wallets.
package devnet

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"maps"
	"math/big"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

// ChainID of the dev chain (the same as geth --dev and the simulated backend).
const ChainID = 1337

// ClientName is the devnet node's name: it answers web3_clientVersion "meterchain-devnet/v…",
// which (with the chain id and its funded dev accounts) tells it apart from geth --dev and the
// private networks that also use chain id 1337.
const ClientName = "meterchain-devnet"

// Defaults.
const (
	DefaultHost     = "127.0.0.1"
	DefaultPort     = 8545
	DefaultPeriod   = time.Second
	DefaultGasLimit = 60_000_000
	DefaultAccounts = 10
)

// MainnetRules is the dev chain config with the draft forks (Bogota, Amsterdam) switched off, so
// gas measured here is gas on mainnet today. The default enables draft rules under which a new
// storage slot costs ~110k more. The devnet and the test harness share this one definition.
func MainnetRules() *params.ChainConfig {
	cfg := *params.AllDevChainProtocolChanges
	cfg.BogotaTime = nil
	cfg.AmsterdamTime = nil
	return &cfg
}

// Config of a dev node. The zero value is completed by Start with the defaults above.
type Config struct {
	Host string // RPC interface (default 127.0.0.1)
	// Port serves HTTP and WebSocket JSON-RPC on the same port (default 8545; -1 picks a free port).
	Port int
	// Period between blocks (default 1 s). Negative: no timer, a block is sealed as soon as a
	// transaction arrives ("on demand").
	Period   time.Duration
	DataDir  string // "" keeps the chain in memory; otherwise it persists and is reopened
	GasLimit uint64 // block gas limit (default 60M)
	Accounts int    // number of funded dev accounts (default 10)
}

func (c *Config) complete() {
	if c.Host == "" {
		c.Host = DefaultHost
	}
	if c.Port == 0 {
		c.Port = DefaultPort
	}
	if c.Period == 0 {
		c.Period = DefaultPeriod
	}
	if c.GasLimit == 0 {
		c.GasLimit = DefaultGasLimit
	}
	if c.Accounts <= 0 {
		c.Accounts = DefaultAccounts
	}
}

// Account is a funded dev account.
type Account struct {
	Key  *ecdsa.PrivateKey
	Addr common.Address
}

// KeyHex is the account's raw private key in hex, as --dev-key takes it.
func (a Account) KeyHex() string { return fmt.Sprintf("0x%x", crypto.FromECDSA(a.Key)) }

// Opts is a transactor for the dev chain.
func (a Account) Opts() *bind.TransactOpts {
	return bind.NewKeyedTransactor(a.Key, big.NewInt(ChainID))
}

// DevAccount is the i-th dev account: its key is keccak256("meterchain devnet <i>"), public
// knowledge, for the dev chain only.
func DevAccount(i int) Account {
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte("meterchain devnet " + strconv.Itoa(i))))
	if err != nil {
		panic(err) // a keccak output is a valid secp256k1 scalar with overwhelming probability
	}
	return Account{Key: key, Addr: crypto.PubkeyToAddress(key.PublicKey)}
}

// Node is a running dev chain.
type Node struct {
	cfg      Config
	stack    *node.Node
	eth      *eth.Ethereum
	beacon   *catalyst.SimulatedBeacon
	Accounts []Account

	sealMu   sync.Mutex // one block built at a time, and no reorg while one is
	stopOnce sync.Once
	quit     chan struct{}
	wg       sync.WaitGroup
}

// Start builds and starts the node. ctx bounds start-up only; call Stop to shut down.
func Start(ctx context.Context, cfg Config) (*Node, error) {
	cfg.complete()
	port := max(cfg.Port, 0) // geth listens on a free port when given 0
	n := &Node{cfg: cfg, quit: make(chan struct{})}
	for i := range cfg.Accounts {
		n.Accounts = append(n.Accounts, DevAccount(i))
	}

	nodeConf := node.DefaultConfig
	nodeConf.Name = ClientName
	nodeConf.DataDir = cfg.DataDir
	nodeConf.P2P = p2p.Config{NoDiscovery: true, MaxPeers: 0, ListenAddr: ""}
	nodeConf.HTTPHost, nodeConf.HTTPPort = cfg.Host, port
	nodeConf.WSHost, nodeConf.WSPort = cfg.Host, port // same port: geth serves both on one listener
	nodeConf.HTTPModules = []string{"eth", "net", "web3", "txpool"}
	nodeConf.WSModules = nodeConf.HTTPModules
	nodeConf.HTTPVirtualHosts = []string{"localhost", "127.0.0.1"}
	nodeConf.HTTPCors = []string{"*"}
	nodeConf.WSOrigins = []string{"*"}
	nodeConf.AuthPort = 0
	stack, err := node.New(&nodeConf)
	if err != nil {
		return nil, fmt.Errorf("devnet node: %w", err)
	}
	n.stack = stack

	ethConf := ethconfig.Defaults
	ethConf.NetworkId = ChainID
	ethConf.SyncMode = ethconfig.FullSync
	ethConf.Genesis = genesis(cfg.GasLimit, n.Accounts)
	ethConf.Miner.GasCeil = cfg.GasLimit
	ethConf.Miner.GasPrice = big.NewInt(1)
	// A dev chain's state is small: geth's mainnet-sized caches (gigabytes) would only grow RSS.
	ethConf.DatabaseCache, ethConf.TrieCleanCache, ethConf.TrieDirtyCache, ethConf.SnapshotCache = 64, 8, 32, 8
	// The prefetcher executes every imported block a second time, speculatively, to warm state
	// from disk: a dev chain's state is in memory, so it would only double the import's CPU.
	ethConf.NoPrefetch = true
	ethConf.RPCGasCap = 50_000_000
	ethConf.RPCTxFeeCap = 100 // ether: big batches on a dev chain
	// Room for bulk registration: thousands of queued transactions from one registrar.
	ethConf.TxPool.AccountQueue = 8192
	ethConf.TxPool.GlobalQueue = 16384
	ethConf.TxPool.AccountSlots = 8192
	ethConf.TxPool.GlobalSlots = 16384
	backend, err := eth.New(stack, &ethConf)
	if err != nil {
		_ = stack.Close()
		return nil, fmt.Errorf("devnet ethereum service: %w", err)
	}
	n.eth = backend
	filterSystem := filters.NewFilterSystem(backend.APIBackend, filters.Config{})
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(filterSystem)}})

	// The beacon seals only when asked (period 0): the node's own loop asks, under sealMu, so that
	// Reorg never rewinds the chain while a block is being built on the old head.
	beacon, err := catalyst.NewSimulatedBeacon(0, n.Accounts[0].Addr, backend)
	if err != nil {
		_ = stack.Close()
		return nil, fmt.Errorf("devnet beacon: %w", err)
	}
	n.beacon = beacon
	// Not catalyst.RegisterSimulatedBeaconAPIs: with period 0 its API also seals a block for
	// every transaction, behind sealMu's back.
	stack.RegisterLifecycle(beacon)
	if err := stack.Start(); err != nil {
		_ = stack.Close()
		return nil, fmt.Errorf("start devnet node on %s:%d: %w", cfg.Host, port, err)
	}
	n.wg.Add(1)
	if cfg.Period < 0 {
		go n.mineOnDemand()
	} else {
		go n.mineEvery((cfg.Period + time.Second - 1) / time.Second * time.Second) // timestamps are whole seconds
	}
	// Seal one block now so that the chain's time is the wall clock from the start.
	if err := n.waitBlock(ctx); err != nil {
		n.Stop()
		return nil, err
	}
	return n, nil
}

// genesis is geth's developer genesis with mainnet rules, chain id 1337 and the dev accounts funded.
func genesis(gasLimit uint64, accounts []Account) *core.Genesis {
	g := core.DeveloperGenesisBlock(gasLimit, nil)
	g.Config = MainnetRules()
	alloc := maps.Clone(g.Alloc)
	fund := new(big.Int).Mul(big.NewInt(1_000_000_000), big.NewInt(params.Ether))
	for _, a := range accounts {
		alloc[a.Addr] = types.Account{Balance: fund}
	}
	g.Alloc = alloc
	return g
}

// waitBlock waits until at least one block past genesis exists.
func (n *Node) waitBlock(ctx context.Context) error {
	if n.cfg.Period < 0 {
		n.Commit()
	}
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second+n.cfg.Period)
	defer cancel()
	for n.eth.BlockChain().CurrentBlock().Number.Sign() == 0 {
		select {
		case <-ctx.Done():
			return fmt.Errorf("devnet: no block sealed: %w", ctx.Err())
		case <-time.After(20 * time.Millisecond):
		}
	}
	return nil
}

// mineOnDemand seals a block whenever transactions enter the pool.
func (n *Node) mineOnDemand() {
	defer n.wg.Done()
	ch := make(chan core.NewTxsEvent, 64)
	sub := n.eth.TxPool().SubscribeTransactions(ch, true)
	defer sub.Unsubscribe()
	for {
		select {
		case <-n.quit:
			return
		case <-sub.Err():
			return
		case <-ch:
			// Let a burst of transactions gather into one block.
			time.Sleep(10 * time.Millisecond)
			for len(ch) > 0 {
				<-ch
			}
			n.Commit()
		}
	}
}

// mineEvery seals a block every period, the first one at once.
func (n *Node) mineEvery(period time.Duration) {
	defer n.wg.Done()
	tick := time.NewTicker(period)
	defer tick.Stop()
	for {
		n.Commit()
		select {
		case <-n.quit:
			return
		case <-tick.C:
		}
	}
}

// Commit seals a block now (any period).
func (n *Node) Commit() common.Hash {
	n.sealMu.Lock()
	defer n.sealMu.Unlock()
	return n.beacon.Commit()
}

// RPCURL is the HTTP JSON-RPC endpoint.
func (n *Node) RPCURL() string { return n.stack.HTTPEndpoint() }

// WSURL is the WebSocket JSON-RPC endpoint.
func (n *Node) WSURL() string { return n.stack.WSEndpoint() }

// Client is an in-process client (no HTTP in between): the fast path for services running in
// the same process.
func (n *Node) Client() *ethclient.Client { return ethclient.NewClient(n.stack.Attach()) }

// Head is the current block number.
func (n *Node) Head() uint64 { return n.eth.BlockChain().CurrentBlock().Number.Uint64() }

// Receipts are the receipts of canonical block number, read from the chain itself (nil: no
// such block yet): an observer in the same process (a benchmark's ledger follower) reads them
// without the node encoding, and the observer decoding, every receipt as JSON.
func (n *Node) Receipts(number uint64) types.Receipts {
	bc := n.eth.BlockChain()
	h := bc.GetCanonicalHash(number)
	if h == (common.Hash{}) {
		return nil
	}
	return bc.GetReceiptsByHash(h)
}

// GasLimit is the block gas limit.
func (n *Node) GasLimit() uint64 { return n.cfg.GasLimit }

// Stop shuts the node down; safe to call more than once.
func (n *Node) Stop() error {
	var err error
	n.stopOnce.Do(func() {
		close(n.quit)
		n.wg.Wait()
		err = n.stack.Close() // stops the beacon (a registered lifecycle) and the RPC servers
		if errors.Is(err, node.ErrNodeStopped) {
			err = nil
		}
	})
	return err
}
