package harness

import (
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/bindings"
	"github.com/meterchain/meterchain/bindings/anchoredledger"
	"github.com/meterchain/meterchain/bindings/stabletoken"
	"github.com/meterchain/meterchain/deploy"
	"github.com/meterchain/meterchain/internal/anchor"
	"github.com/meterchain/meterchain/internal/anchorchain"
	"github.com/meterchain/meterchain/internal/reading"
)

// AnchoredDeployment is a whole anchored deployment (deploy --ledger anchored: billing, market,
// AnchoredBoundaries) on the Env's chain, with two bonded relayers (Users[0] honest, Users[4]
// the liar) and a challenger (Users[1]). State is the honest state at the ledger's tip.
type AnchoredDeployment struct {
	E       *Env
	D       *deploy.Deployment
	ABI     *anchoredledger.AnchoredLedger
	Ledger  *bind.BoundContract
	Domain  reading.Domain
	State   *anchor.State
	Headers map[uint64]anchor.Header
}

// AnchoredBatch is a batch as a relayer built it: its entries and data, and once posted its
// number and header.
type AnchoredBatch struct {
	Batch   uint64
	Block   uint64 // the anchor's block
	Header  anchor.Header
	Entries []anchor.Entry
	Data    []byte
}

// DeployAnchored deploys everything on an anchored ledger with challenge window `window` seconds
// and bonds Users[0] and Users[4] with minBond each (the Env needs 5 users).
func (e *Env) DeployAnchored(window uint64, minBond int64) *AnchoredDeployment {
	e.T.Helper()
	d, err := deploy.ContractsWith(e.Ctx, e.Client, e.Admin.Opts, ChainID, deploy.Options{
		Roles: deploy.Roles{Registrars: []common.Address{e.Registrar.Addr}, Relayers: []common.Address{e.Relayer.Addr}},
		Anchored: &deploy.AnchoredParams{Window: window, AnswerWindow: max(window/5, 1), MinBond: big.NewInt(minBond),
			DemandBond: big.NewInt(1_000)}})
	require.NoError(e.T, err)
	a := &AnchoredDeployment{E: e, D: d, ABI: anchoredledger.NewAnchoredLedger(), State: anchor.NewState(),
		Domain: reading.Domain{ChainID: ChainID, Ledger: d.AnchoredLedger}, Headers: map[uint64]anchor.Header{}}
	a.Ledger = a.ABI.Instance(e.Client, d.AnchoredLedger)
	st := stabletoken.NewStableToken()
	token := st.Instance(e.Client, d.StableToken)
	for _, r := range []*Account{e.Users[0], e.Users[4]} {
		e.MustSend(e.Admin, token, st.PackMint(r.Addr, big.NewInt(minBond)))
		e.MustSend(r, token, st.PackApprove(d.AnchoredLedger, big.NewInt(minBond)))
		e.MustSend(r, a.Ledger, a.ABI.PackBond(big.NewInt(minBond)))
	}
	return a
}

// RegisterMeter registers a secp256k1 meter on tariff 1 (consumer class unless prosumer).
func (a *AnchoredDeployment) RegisterMeter(id uint64, owner *Account, prosumer bool, maxPowerW uint32) *Meter {
	a.E.T.Helper()
	key, err := crypto.GenerateKey()
	require.NoError(a.E.T, err)
	class := uint8(0)
	if prosumer {
		class = 1
	}
	reg := bindings.NewMeterRegistry()
	a.E.MustSend(a.E.Registrar, reg.Instance(a.E.Client, a.D.MeterRegistry),
		reg.PackRegister(id, owner.Addr, crypto.PubkeyToAddress(key.PublicKey), class, 1, maxPowerW))
	return &Meter{ID: id, Key: key, Owner: owner}
}

// AuthLog is the ledger's key history of a meter.
func (a *AnchoredDeployment) AuthLog(id uint64) []anchor.AuthVersion {
	return authLog(a.E.T, a.Ledger, a.ABI, id)
}

// AuthEpoch is the ledger's current auth epoch.
func (a *AnchoredDeployment) AuthEpoch() uint64 { return authEpoch(a.E.T, a.Ledger, a.ABI) }

// Candidate is r signed with m's key.
func (a *AnchoredDeployment) Candidate(m *Meter, r reading.Reading) anchor.Candidate {
	sig, err := reading.Sign(m.Key, a.Domain, r)
	require.NoError(a.E.T, err)
	return anchor.Candidate{Reading: r, Signature: sig[:], Signer: anchor.Signer(a.Domain)(r, sig[:])}
}

// Forge builds a batch of cands (in order) on the honest state, each verdict the rules' unless
// lie says Accepted; the honest state is advanced only if lie is empty.
func (a *AnchoredDeployment) Forge(cands []anchor.Candidate, asOf uint64, lie map[int]bool) *AnchoredBatch {
	a.E.T.Helper()
	mark := a.State.Mark()
	auth := anchor.AuthFromLog(a.AuthLog, a.AuthEpoch())
	b := &AnchoredBatch{}
	for i, c := range cands {
		verdict := reading.Check(auth(c.Reading.MeterID), a.State.Meter(c.Reading.MeterID).Last(), c.Reading, c.Signer, asOf)
		if lie[i] {
			verdict = reading.Accepted
		}
		if verdict == reading.Accepted {
			a.State.Accept(c.Reading)
		}
		b.Entries = append(b.Entries, anchor.Entry{Reading: c.Reading, Signature: c.Signature, Verdict: verdict, StateRootAfter: a.State.Root()})
	}
	if len(lie) > 0 {
		require.NoError(a.E.T, a.State.RollbackTo(mark))
	}
	b.Data = anchor.EncodeData(b.Entries)
	return b
}

// Post anchors b on the tip from relayer `from`.
func (a *AnchoredDeployment) Post(from *Account, b *AnchoredBatch, asOf uint64) *AnchoredBatch {
	a.E.T.Helper()
	root, err := anchor.ReadingsRoot(anchor.Leaves(b.Entries))
	require.NoError(a.E.T, err)
	tip, err := bind.Call(a.Ledger, nil, a.ABI.PackTip(), a.ABI.UnpackTip)
	require.NoError(a.E.T, err)
	r, err := a.E.Send(from, a.Ledger, a.ABI.PackAnchorCalldata(tip, root, b.Entries[len(b.Entries)-1].StateRootAfter,
		uint32(len(b.Entries)), asOf, a.AuthEpoch(), b.Data))
	require.NoError(a.E.T, err, RevertName(err, &anchoredledger.AnchoredLedgerMetaData))
	for _, l := range r.Logs {
		if ev, err := a.ABI.UnpackAnchoredEvent(l); err == nil {
			b.Batch, b.Block = ev.Batch, r.BlockNumber.Uint64()
			b.Header = anchor.Header{Parent: ev.Parent, Count: ev.Count, AsOf: ev.AsOf, AuthEpoch: ev.AuthEpoch, AnchoredAt: ev.AnchoredAt,
				Relayer: ev.Relayer, ReadingsRoot: ev.ReadingsRoot, StateRoot: ev.StateRoot, DataHash: ev.DataHash}
		}
	}
	require.NotZero(a.E.T, b.Batch)
	a.Headers[b.Batch] = b.Header
	return b
}

// Void proves b (a lie built on the honest state) wrong from the challenger, as the watcher does.
func (a *AnchoredDeployment) Void(b *AnchoredBatch) {
	a.E.T.Helper()
	signer := anchor.Signer(a.Domain)
	mark := a.State.Mark()
	fault := anchor.VerifyData(a.State, b.Header, b.Data, anchor.AuthFromLog(a.AuthLog, b.Header.AuthEpoch), signer)
	require.NotNil(a.E.T, fault, "the lie is found")
	require.NoError(a.E.T, a.State.RollbackTo(mark))
	proofs, err := anchor.NewProofs(b.Header, b.Entries)
	require.NoError(a.E.T, err)
	call, err := anchorchain.ProofCall(a.ABI, b.Header, b.Batch, a.Headers[b.Header.Parent], proofs, fault, a.State, a.AuthLog, signer)
	require.NoError(a.E.T, err)
	r, err := a.E.Send(a.E.Users[1], a.Ledger, call)
	require.NoError(a.E.T, err, RevertName(err, &anchoredledger.AnchoredLedgerMetaData))
	voided := false
	for _, l := range r.Logs {
		if ev, err := a.ABI.UnpackVoidedEvent(l); err == nil && ev.Batch == b.Batch {
			voided = true
		}
	}
	require.True(a.E.T, voided)
}

// WarpTo mines an empty block stamped ts, retrying while the simulated chain is busy.
func (a *AnchoredDeployment) WarpTo(ts uint64) {
	a.E.T.Helper()
	var err error
	for range 200 {
		if err = a.E.Sim.AdjustTime(time.Duration(int64(ts)-int64(a.E.Now())) * time.Second); err == nil {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	require.NoError(a.E.T, err)
}
