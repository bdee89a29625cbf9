package harness

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/bindings"
	"github.com/meterchain/meterchain/bindings/anchoredledger"
	"github.com/meterchain/meterchain/bindings/stabletoken"
	"github.com/meterchain/meterchain/internal/anchor"
	"github.com/meterchain/meterchain/internal/chaintx"
	"github.com/meterchain/meterchain/internal/reading"
)

// Anchored is an AnchoredLedger deployment on the Env's chain: its own MeterRegistry (a registry
// takes one ledger), bonds in the Env's StableToken.
type Anchored struct {
	e           *Env
	ABI         *anchoredledger.AnchoredLedger
	Ledger      *bind.BoundContract
	Addr        common.Address
	RegistryABI *bindings.MeterRegistry
	Registry    *bind.BoundContract
	TokenABI    *stabletoken.StableToken
	Token       *bind.BoundContract

	Window, AnswerWindow uint64
	MinBond, DemandBond  *big.Int
}

// AnchoredParams are the deployment parameters of an AnchoredLedger.
type AnchoredParams struct {
	Window, AnswerWindow uint64 // seconds
	MinBond, DemandBond  int64  // token base units
}

// Anchored deploys a MeterRegistry wired to a new AnchoredLedger (the Env's registrar registers
// on it) with parameters p.
func (e *Env) Anchored(p AnchoredParams) *Anchored {
	e.T.Helper()
	a := &Anchored{e: e, ABI: anchoredledger.NewAnchoredLedger(), RegistryABI: bindings.NewMeterRegistry(),
		TokenABI: stabletoken.NewStableToken(), Window: p.Window, AnswerWindow: p.AnswerWindow,
		MinBond: big.NewInt(p.MinBond), DemandBond: big.NewInt(p.DemandBond)}
	reg, _, err := chaintx.Deploy(e.Ctx, e.Client, e.Admin.Opts, bindings.MeterRegistryMetaData.Bin, a.RegistryABI.PackConstructor(e.Admin.Addr))
	require.NoError(e.T, err)
	a.Registry = a.RegistryABI.Instance(e.Client, reg)
	a.Addr, _, err = chaintx.Deploy(e.Ctx, e.Client, e.Admin.Opts, anchoredledger.AnchoredLedgerMetaData.Bin,
		a.ABI.PackConstructor(reg, e.Deployment.StableToken, a.MinBond, p.Window, a.DemandBond, p.AnswerWindow))
	require.NoError(e.T, err)
	a.Ledger = a.ABI.Instance(e.Client, a.Addr)
	a.Token = a.TokenABI.Instance(e.Client, e.Deployment.StableToken)
	e.MustSend(e.Admin, a.Registry, a.RegistryABI.PackSetLedger(a.Addr))
	role, err := bind.Call(a.Registry, nil, a.RegistryABI.PackREGISTRARROLE(), a.RegistryABI.UnpackREGISTRARROLE)
	require.NoError(e.T, err)
	e.MustSend(e.Admin, a.Registry, a.RegistryABI.PackGrantRole(role, e.Registrar.Addr))
	return a
}

// Domain is the EIP-712 domain meters sign for this ledger.
func (a *Anchored) Domain() reading.Domain { return reading.Domain{ChainID: ChainID, Ledger: a.Addr} }

// RegisterMeter registers a secp256k1 meter on the anchored deployment's registry.
func (a *Anchored) RegisterMeter(id uint64, owner *Account, maxPowerW uint32) *Meter {
	a.e.T.Helper()
	key, err := crypto.GenerateKey()
	require.NoError(a.e.T, err)
	a.e.MustSend(a.e.Registrar, a.Registry, a.RegistryABI.PackRegister(id, owner.Addr, crypto.PubkeyToAddress(key.PublicKey), 0, 1, maxPowerW))
	return &Meter{ID: id, Key: key, Owner: owner}
}

// RegisterP256Meter registers a P-256 meter on the anchored deployment's registry.
func (a *Anchored) RegisterP256Meter(id uint64, owner *Account, maxPowerW uint32) *Meter {
	a.e.T.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	require.NoError(a.e.T, err)
	pub := P256KeyOf(a.e.T, key)
	a.e.MustSend(a.e.Registrar, a.Registry, a.RegistryABI.PackRegisterP256(id, owner.Addr, pub.X(), pub.Y(), 0, 1, maxPowerW))
	return &Meter{ID: id, Key: key, Owner: owner}
}

// Deactivate deactivates a meter on the anchored registry.
func (a *Anchored) Deactivate(m *Meter) {
	a.e.T.Helper()
	a.e.MustSend(a.e.Registrar, a.Registry, a.RegistryABI.PackDeactivate(m.ID))
}

// RotateKey moves secp256k1 meter m to a new key: the registrar proposes it, the owner confirms.
func (a *Anchored) RotateKey(m *Meter) {
	a.e.T.Helper()
	key, err := crypto.GenerateKey()
	require.NoError(a.e.T, err)
	to := crypto.PubkeyToAddress(key.PublicKey)
	a.e.MustSend(a.e.Registrar, a.Registry, a.RegistryABI.PackRotateSigner(m.ID, to))
	a.e.MustSend(m.Owner, a.Registry, a.RegistryABI.PackConfirmSignerRotation(m.ID, to))
	m.Key = key
}

// Wire is the meter's wire signature of r for this ledger: 65 bytes secp256k1, 128 bytes P-256
// (signature and key).
func (a *Anchored) Wire(m *Meter, r reading.Reading) []byte {
	a.e.T.Helper()
	if m.Key.Curve == elliptic.P256() {
		sig, err := reading.SignP256(m.Key, a.Domain(), r)
		require.NoError(a.e.T, err)
		pub := P256KeyOf(a.e.T, m.Key)
		return append(sig[:], pub[:]...)
	}
	sig, err := reading.Sign(m.Key, a.Domain(), r)
	require.NoError(a.e.T, err)
	return sig[:]
}

// Candidate is r signed by m, with its signer recovered as the oracle does.
func (a *Anchored) Candidate(m *Meter, r reading.Reading) anchor.Candidate {
	wire := a.Wire(m, r)
	return anchor.Candidate{Reading: r, Signature: wire, Signer: anchor.Signer(a.Domain())(r, wire)}
}

// AuthLog reads a meter's auth log from the ledger.
func (a *Anchored) AuthLog(meterID uint64) []anchor.AuthVersion {
	a.e.T.Helper()
	return authLog(a.e.T, a.Ledger, a.ABI, meterID)
}

// AuthEpoch is the ledger's current auth epoch.
func (a *Anchored) AuthEpoch() uint64 {
	a.e.T.Helper()
	return authEpoch(a.e.T, a.Ledger, a.ABI)
}

// authLog reads a meter's auth log from an AnchoredLedger.
func authLog(t testing.TB, ledger *bind.BoundContract, al *anchoredledger.AnchoredLedger, meterID uint64) []anchor.AuthVersion {
	t.Helper()
	log, err := bind.Call(ledger, nil, al.PackAuthLog(meterID), al.UnpackAuthLog)
	require.NoError(t, err)
	out := make([]anchor.AuthVersion, len(log))
	for i, v := range log {
		out[i] = anchor.AuthVersion(v)
	}
	return out
}

// authEpoch is an AnchoredLedger's current auth epoch.
func authEpoch(t testing.TB, ledger *bind.BoundContract, al *anchoredledger.AnchoredLedger) uint64 {
	t.Helper()
	v, err := bind.Call(ledger, nil, al.PackAuthEpoch(), al.UnpackAuthEpoch)
	require.NoError(t, err)
	return v
}

// Bond mints amount to the account and bonds it.
func (a *Anchored) Bond(from *Account, amount int64) {
	a.e.T.Helper()
	a.Fund(from, amount)
	a.e.MustSend(from, a.Ledger, a.ABI.PackBond(big.NewInt(amount)))
}

// Fund mints amount to the account and approves the ledger to pull it (bonds, demand bonds).
func (a *Anchored) Fund(to *Account, amount int64) {
	a.e.T.Helper()
	a.e.MustSend(a.e.Admin, a.Token, a.TokenABI.PackMint(to.Addr, big.NewInt(amount)))
	a.e.MustSend(to, a.Token, a.TokenABI.PackApprove(a.Addr, big.NewInt(amount)))
}

// Balance is an address's token balance.
func (a *Anchored) Balance(addr common.Address) *big.Int {
	a.e.T.Helper()
	v, err := bind.Call(a.Token, nil, a.TokenABI.PackBalanceOf(addr), a.TokenABI.UnpackBalanceOf)
	require.NoError(a.e.T, err)
	return v
}

// Posted is what an anchor transaction committed: the batch number, its header, its gas.
type Posted struct {
	Batch   uint64
	Header  anchor.Header
	Receipt *types.Receipt
}

// Send is a transaction to the ledger; the error carries a revert's reason (RevertName).
func (a *Anchored) Send(from *Account, data []byte) (*types.Receipt, error) {
	return a.e.Send(from, a.Ledger, data)
}

// AnchorCalldata anchors a batch with its data in calldata; err is the send error (a revert).
func (a *Anchored) AnchorCalldata(from *Account, parent uint64, readingsRoot, stateRoot common.Hash, count uint32, asOf, authEpoch uint64, data []byte) (Posted, error) {
	a.e.T.Helper()
	r, err := a.Send(from, a.ABI.PackAnchorCalldata(parent, readingsRoot, stateRoot, count, asOf, authEpoch, data))
	if err != nil {
		return Posted{}, err
	}
	return a.posted(r)
}

// posted is what a successful anchor's receipt says.
func (a *Anchored) posted(r *types.Receipt) (Posted, error) {
	a.e.T.Helper()
	require.Equal(a.e.T, types.ReceiptStatusSuccessful, r.Status)
	for _, l := range r.Logs {
		if ev, err := a.ABI.UnpackAnchoredEvent(l); err == nil {
			return Posted{Batch: ev.Batch, Receipt: r, Header: anchor.Header{Parent: ev.Parent, Count: ev.Count, AsOf: ev.AsOf,
				AuthEpoch: ev.AuthEpoch, AnchoredAt: ev.AnchoredAt, Relayer: ev.Relayer, ReadingsRoot: ev.ReadingsRoot,
				StateRoot: ev.StateRoot, DataHash: ev.DataHash}}, nil
		}
	}
	a.e.T.Fatal("anchor: no Anchored event")
	return Posted{}, nil
}

// Bound is an anchor.Header as the binding's struct.
func Bound(h anchor.Header) anchoredledger.AnchoredLedgerHeader {
	return anchoredledger.AnchoredLedgerHeader(h)
}

// IsFinal reads isFinal for a posted batch.
func (a *Anchored) IsFinal(p Posted) bool {
	a.e.T.Helper()
	v, err := bind.Call(a.Ledger, nil, a.ABI.PackIsFinal(Bound(p.Header), p.Batch), a.ABI.UnpackIsFinal)
	require.NoError(a.e.T, err)
	return v
}

// IsVoided reads isVoided.
func (a *Anchored) IsVoided(batch uint64) bool {
	a.e.T.Helper()
	v, err := bind.Call(a.Ledger, nil, a.ABI.PackIsVoided(batch), a.ABI.UnpackIsVoided)
	require.NoError(a.e.T, err)
	return v
}

// Tip reads the tip (the next anchor's parent).
func (a *Anchored) Tip() uint64 {
	a.e.T.Helper()
	v, err := bind.Call(a.Ledger, nil, a.ABI.PackTip(), a.ABI.UnpackTip)
	require.NoError(a.e.T, err)
	return v
}

// Voided decodes the Voided events of a receipt.
func (a *Anchored) Voided(r *types.Receipt) []*anchoredledger.AnchoredLedgerVoided {
	var out []*anchoredledger.AnchoredLedgerVoided
	for _, l := range r.Logs {
		if ev, err := a.ABI.UnpackVoidedEvent(l); err == nil {
			out = append(out, ev)
		}
	}
	return out
}

// Warp seals an empty block d later than the head.
func (a *Anchored) Warp(d time.Duration) { a.WarpTo(a.e.Now() + uint64(d/time.Second)) }

// WarpTo seals an empty block stamped ts (Env.WarpTo).
func (a *Anchored) WarpTo(ts uint64) { a.e.WarpTo(ts) }

// RevertName is the custom error a failed send to the ledger carried.
func (a *Anchored) RevertName(err error) string {
	return RevertName(err, &anchoredledger.AnchoredLedgerMetaData)
}

// AnchorBlobs anchors a batch with its data in EIP-4844 blobs of the same transaction (cell
// proofs under Osaka's rules, blob proofs before).
func (a *Anchored) AnchorBlobs(from *Account, parent uint64, readingsRoot, stateRoot common.Hash, count uint32, asOf, authEpoch uint64, data []byte) (Posted, error) {
	a.e.T.Helper()
	head, err := a.e.Client.HeaderByNumber(a.e.Ctx, nil)
	require.NoError(a.e.T, err)
	version := byte(types.BlobSidecarVersion0)
	if MainnetRules().IsOsaka(new(big.Int).Add(head.Number, common.Big1), head.Time+1) {
		version = types.BlobSidecarVersion1
	}
	sidecar, err := anchor.Sidecar(data, version)
	require.NoError(a.e.T, err)
	hashes := sidecar.BlobHashes()
	input := a.ABI.PackAnchor(parent, readingsRoot, stateRoot, count, asOf, authEpoch, uint8(len(hashes)))
	gas, err := a.e.Client.EstimateGas(a.e.Ctx, ethereum.CallMsg{From: from.Addr, To: &a.Addr, Data: input,
		BlobHashes: hashes, BlobGasFeeCap: big.NewInt(params.GWei)})
	if err != nil {
		return Posted{}, err
	}
	nonce, err := a.e.Client.PendingNonceAt(a.e.Ctx, from.Addr)
	require.NoError(a.e.T, err)
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, common.Big2), big.NewInt(params.GWei))
	tx, err := types.SignNewTx(from.Key, types.LatestSignerForChainID(big.NewInt(ChainID)), &types.BlobTx{
		ChainID: uint256.NewInt(ChainID), Nonce: nonce, GasTipCap: uint256.NewInt(params.GWei),
		GasFeeCap: uint256.MustFromBig(feeCap), Gas: gas, To: a.Addr, Data: input,
		BlobFeeCap: uint256.NewInt(params.GWei), BlobHashes: hashes, Sidecar: sidecar})
	require.NoError(a.e.T, err)
	if err := a.e.Client.SendTransaction(a.e.Ctx, tx); err != nil {
		return Posted{}, err
	}
	r, err := bind.WaitMined(a.e.Ctx, a.e.Client, tx.Hash())
	require.NoError(a.e.T, err)
	return a.posted(r)
}
