// Package harness is the one test environment every meterchain test starts from: a simulated
// chain pinned to mainnet's current fork rules, funded keys, every contract deployed and wired.
package harness

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"errors"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/bindings"
	"github.com/meterchain/meterchain/deploy"
	"github.com/meterchain/meterchain/deploy/devnet"
	"github.com/meterchain/meterchain/internal/reading"
)

// ChainID of the simulated backend: the dev chain's.
const ChainID = devnet.ChainID

// BlockGasLimit leaves room for several full batches (one transaction is capped at 2^24 gas).
const BlockGasLimit = 60_000_000

// MainnetRules is the chain config of the devnet (mainnet's current fork rules): one definition.
func MainnetRules() *params.ChainConfig { return devnet.MainnetRules() }

// Account is a funded key with its transactor.
type Account struct {
	Key  *ecdsa.PrivateKey
	Addr common.Address
	Opts *bind.TransactOpts
}

// NewAccount makes a fresh key and its transactor for the simulated chain.
func NewAccount() *Account {
	key, err := crypto.GenerateKey()
	if err != nil {
		panic(err)
	}
	opts := bind.NewKeyedTransactor(key, big.NewInt(ChainID))
	return &Account{Key: key, Addr: opts.From, Opts: opts}
}

// Env is a deployed meterchain on a simulated chain.
type Env struct {
	T   testing.TB
	Ctx context.Context
	Sim *simulated.Backend
	// Client mines every transaction it sends in a block of its own (Sim.Commit after each send),
	// so code under test can wait for receipts as it would on a real node.
	Client *AutoMining

	Admin, Registrar, Relayer *Account
	Users                     []*Account
	Deployment                *deploy.Deployment

	RegistryABI *bindings.MeterRegistry
	LedgerABI   *bindings.ReadingLedger
	Registry    *bind.BoundContract
	Ledger      *bind.BoundContract
}

// AutoMining is the simulated client with a block committed after every sent transaction.
type AutoMining struct {
	simulated.Client
	sim    *simulated.Backend
	Manual bool // when set, transactions wait in the pool until the test calls Sim.Commit
	// sealing serialises send-and-commit: a test and the service under test (whose transaction
	// manager broadcasts without holding a lock) may send at once, and a block sealed while
	// another send-and-seal runs can leave geth's TxPool.Sync waiting forever (seen in CI).
	sealing sync.Mutex
}

// BlobBaseFee is the node's eth_blobBaseFee, which simulated.Client's interface leaves out (its
// client has it): the transaction manager prices blob transactions with it.
func (a *AutoMining) BlobBaseFee(ctx context.Context) (*big.Int, error) {
	r, ok := a.Client.(interface {
		BlobBaseFee(ctx context.Context) (*big.Int, error)
	})
	if !ok {
		return nil, errors.New("the simulated client reads no blob base fee")
	}
	return r.BlobBaseFee(ctx)
}

func (a *AutoMining) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	a.sealing.Lock()
	defer a.sealing.Unlock()
	if err := a.Client.SendTransaction(ctx, tx); err != nil {
		return err
	}
	if !a.Manual {
		a.sim.Commit()
	}
	return nil
}

// BlockReceipts reads a block's receipts in one call, as ethclient does (the simulated client's
// interface leaves it out; its implementation has it).
func (a *AutoMining) BlockReceipts(ctx context.Context, block rpc.BlockNumberOrHash) ([]*types.Receipt, error) {
	return a.Client.(interface {
		BlockReceipts(context.Context, rpc.BlockNumberOrHash) ([]*types.Receipt, error)
	}).BlockReceipts(ctx, block)
}

// New starts a simulated chain with `users` extra funded accounts and deploys everything.
func New(t testing.TB, users int) *Env {
	t.Helper()
	return NewAt(t, users, time.Now())
}

// NewAt is New with the genesis block stamped `genesis`. A chain that starts ahead of the wall
// clock stamps every block one second after its parent, so a run's block times repeat exactly.
func NewAt(t testing.TB, users int, genesis time.Time) *Env {
	t.Helper()
	e := &Env{T: t, Ctx: context.Background(), Admin: NewAccount(), Registrar: NewAccount(), Relayer: NewAccount()}
	alloc := types.GenesisAlloc{}
	fund := new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether))
	for _, a := range []*Account{e.Admin, e.Registrar, e.Relayer} {
		alloc[a.Addr] = types.Account{Balance: fund}
	}
	for range users {
		u := NewAccount()
		e.Users = append(e.Users, u)
		alloc[u.Addr] = types.Account{Balance: fund}
	}
	e.Sim = simulated.NewBackend(alloc, func(_ *node.Config, c *ethconfig.Config) {
		c.Genesis.Config = MainnetRules()
		c.Genesis.GasLimit = BlockGasLimit
		c.Genesis.Timestamp = uint64(genesis.Unix())
	})
	t.Cleanup(func() { _ = e.Sim.Close() })
	e.Client = &AutoMining{Client: e.Sim.Client(), sim: e.Sim}

	d, err := deploy.Contracts(e.Ctx, e.Client, e.Admin.Opts, ChainID, deploy.Roles{
		Registrars: []common.Address{e.Registrar.Addr},
		Relayers:   []common.Address{e.Relayer.Addr},
	})
	require.NoError(t, err)
	e.Deployment = d
	e.RegistryABI, e.LedgerABI = bindings.NewMeterRegistry(), bindings.NewReadingLedger()
	e.Registry = e.RegistryABI.Instance(e.Client, d.MeterRegistry)
	e.Ledger = e.LedgerABI.Instance(e.Client, d.ReadingLedger)
	return e
}

// Domain is the EIP-712 domain of this deployment's ledger.
func (e *Env) Domain() reading.Domain {
	return reading.Domain{ChainID: ChainID, Ledger: e.Deployment.ReadingLedger}
}

// Send sends calldata to a contract from an account and returns the receipt, or the send error
// (a revert shows up here, from gas estimation).
func (e *Env) Send(from *Account, c *bind.BoundContract, data []byte) (*types.Receipt, error) {
	opts := *from.Opts
	opts.Context = e.Ctx
	tx, err := bind.Transact(c, &opts, data)
	if err != nil {
		return nil, err
	}
	if e.Client.Manual {
		e.Sim.Commit()
	}
	return bind.WaitMined(e.Ctx, e.Client, tx.Hash())
}

// MustSend is Send that fails the test on any error or a failed receipt.
func (e *Env) MustSend(from *Account, c *bind.BoundContract, data []byte) *types.Receipt {
	e.T.Helper()
	r, err := e.Send(from, c, data)
	require.NoError(e.T, err)
	require.Equal(e.T, types.ReceiptStatusSuccessful, r.Status, "transaction failed")
	return r
}

// Replace sends calldata from an account with the given nonce, priced to replace what the pool
// holds at that nonce, and returns the transaction without mining it. Tests call it right after
// Sim.Fork: geth's pool resets to the new head on its own goroutine, and until it has, it checks
// nonces against the orphaned head and refuses the replacement as "nonce too low" (seen in CI).
// That refusal is retried for a few seconds; any other error fails the test.
func (e *Env) Replace(from *Account, c *bind.BoundContract, nonce uint64, data []byte) *types.Transaction {
	e.T.Helper()
	opts := *from.Opts
	opts.Context = e.Ctx
	opts.Nonce = new(big.Int).SetUint64(nonce)
	opts.GasTipCap, opts.GasFeeCap = big.NewInt(50*params.GWei), big.NewInt(500*params.GWei)
	deadline := time.Now().Add(5 * time.Second)
	for {
		tx, err := bind.Transact(c, &opts, data)
		if err == nil {
			return tx
		}
		if !strings.Contains(err.Error(), core.ErrNonceTooLow.Error()) || time.Now().After(deadline) {
			require.NoError(e.T, err)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// RevertName returns the name of the custom error a failed Send carried ("" if none), decoded
// against contract c's ABI.
func RevertName(err error, meta *bind.MetaData) string {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return ""
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return ""
	}
	data, derr := hexutil.Decode(s)
	if derr != nil || len(data) < 4 {
		return ""
	}
	parsed, perr := meta.ParseABI()
	if perr != nil {
		return ""
	}
	abiErr, lerr := parsed.ErrorByID([4]byte(data[:4]))
	if lerr != nil {
		return ""
	}
	return abiErr.Name
}

// Meter is a registered meter with its signing key.
type Meter struct {
	ID    uint64
	Key   *ecdsa.PrivateKey
	Owner *Account
}

// RegisterMeter registers a meter (consumer class unless prosumer) and returns it with its key.
func (e *Env) RegisterMeter(id uint64, owner *Account, prosumer bool, maxPowerW uint32) *Meter {
	e.T.Helper()
	key, err := crypto.GenerateKey()
	require.NoError(e.T, err)
	class := uint8(0)
	if prosumer {
		class = 1
	}
	e.MustSend(e.Registrar, e.Registry, e.RegistryABI.PackRegister(id, owner.Addr, crypto.PubkeyToAddress(key.PublicKey), class, 1, maxPowerW))
	return &Meter{ID: id, Key: key, Owner: owner}
}

// RegisterP256Meter is RegisterMeter for a meter whose secure element signs with a P-256 key.
func (e *Env) RegisterP256Meter(id uint64, owner *Account, prosumer bool, maxPowerW uint32) *Meter {
	e.T.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	require.NoError(e.T, err)
	pub := P256KeyOf(e.T, key)
	class := uint8(0)
	if prosumer {
		class = 1
	}
	e.MustSend(e.Registrar, e.Registry, e.RegistryABI.PackRegisterP256(id, owner.Addr, pub.X(), pub.Y(), class, 1, maxPowerW))
	return &Meter{ID: id, Key: key, Owner: owner}
}

// P256KeyOf is the registry form of a P-256 meter key.
func P256KeyOf(t testing.TB, key *ecdsa.PrivateKey) reading.P256Key {
	t.Helper()
	pub, err := reading.P256KeyOf(&key.PublicKey)
	require.NoError(t, err)
	return pub
}

// Record signs r with the meter's key, secp256k1 or P-256, and packs it for submitPacked.
func (e *Env) Record(m *Meter, r reading.Reading) []byte {
	e.T.Helper()
	if m.Key.Curve != elliptic.P256() {
		return reading.Pack(r, e.Sign(m, r))
	}
	sig, err := reading.SignP256(m.Key, e.Domain(), r)
	require.NoError(e.T, err)
	return reading.PackP256(r, sig, P256KeyOf(e.T, m.Key))
}

// SubmitRecords relays packed records (Record) through submitPacked from the relayer.
func (e *Env) SubmitRecords(records ...[]byte) *types.Receipt {
	e.T.Helper()
	return e.MustSend(e.Relayer, e.Ledger, e.LedgerABI.PackSubmitPacked(bytes.Join(records, nil)))
}

// RotateSigner replaces a meter's key at once: the registrar proposes the new key and the meter's
// owner confirms it (without the owner's confirmation it would wait MeterRegistry.CHANGE_DELAY).
func (e *Env) RotateSigner(m *Meter, newSigner common.Address) {
	e.T.Helper()
	e.MustSend(e.Registrar, e.Registry, e.RegistryABI.PackRotateSigner(m.ID, newSigner))
	e.MustSend(m.Owner, e.Registry, e.RegistryABI.PackConfirmSignerRotation(m.ID, newSigner))
}

// Sign signs a reading with the meter's key under this deployment's domain.
func (e *Env) Sign(m *Meter, r reading.Reading) reading.Signature {
	e.T.Helper()
	sig, err := reading.Sign(m.Key, e.Domain(), r)
	require.NoError(e.T, err)
	return sig
}

// WarpTo seals an empty block stamped ts (after the head). Blocks after it are stamped one
// second apart while the chain is ahead of the wall clock.
func (e *Env) WarpTo(ts uint64) {
	e.T.Helper()
	now := e.Now()
	require.Greater(e.T, ts, now, "warp backwards")
	// The pool forgets mined transactions asynchronously and AdjustTime refuses while it lists
	// one: retry briefly.
	var err error
	for range 200 {
		if err = e.Sim.AdjustTime(time.Duration(ts-now) * time.Second); err == nil {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	require.NoError(e.T, err)
	require.Equal(e.T, ts, e.Now())
}

// Now is the latest block's timestamp.
func (e *Env) Now() uint64 {
	h, err := e.Client.HeaderByNumber(e.Ctx, nil)
	require.NoError(e.T, err)
	return h.Time
}

// LastReading reads the ledger's state for a meter.
func (e *Env) LastReading(meterID uint64) reading.State {
	e.T.Helper()
	s, err := bind.Call(e.Ledger, nil, e.LedgerABI.PackLastReading(meterID), e.LedgerABI.UnpackLastReading)
	require.NoError(e.T, err)
	return reading.State{Seq: s.Seq, Timestamp: s.Timestamp, ImportWh: s.ImportWh, ExportWh: s.ExportWh}
}

// MeterAuth reads what the registry tells the ledger about a meter.
func (e *Env) MeterAuth(meterID uint64) reading.Meter {
	e.T.Helper()
	a, err := bind.Call(e.Registry, nil, e.RegistryABI.PackAuthOf(meterID), e.RegistryABI.UnpackAuthOf)
	require.NoError(e.T, err)
	return reading.Meter{Signer: a.Signer, MaxPowerW: a.MaxPowerW, Active: a.Active}
}

// Outcome is what the ledger logged for one reading.
type Outcome struct {
	MeterID, Seq uint64
	Reason       reading.Reason // reading.Accepted when accepted
}

// Outcomes decodes the ReadingAccepted/ReadingRejected events of a receipt, in order.
func (e *Env) Outcomes(r *types.Receipt) []Outcome {
	var out []Outcome
	for _, l := range r.Logs {
		if id, seq, reason, ok := reading.Outcome(l); ok && l.Address == e.Deployment.ReadingLedger {
			out = append(out, Outcome{MeterID: id, Seq: seq, Reason: reason})
		}
	}
	return out
}

// SubmitPacked relays signed readings through submitPacked from the relayer and returns the receipt.
func (e *Env) SubmitPacked(readings []reading.Reading, sigs []reading.Signature) *types.Receipt {
	e.T.Helper()
	var packed []byte
	for i, r := range readings {
		packed = append(packed, reading.Pack(r, sigs[i])...)
	}
	return e.MustSend(e.Relayer, e.Ledger, e.LedgerABI.PackSubmitPacked(packed))
}
