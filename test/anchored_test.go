package test

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/bindings"
	"github.com/meterchain/meterchain/bindings/anchoredboundaries"
	"github.com/meterchain/meterchain/bindings/anchoredledger"
	"github.com/meterchain/meterchain/deploy"
	"github.com/meterchain/meterchain/internal/anchor"
	"github.com/meterchain/meterchain/internal/anchorchain"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/test/harness"
)

// The anchored ledger's promises, tried as a dishonest relayer would: every batch below that
// breaks a rule is built on purpose (forge), found by the watcher's own re-execution
// (anchor.Verify) and voided on chain by the proof anchor.Proofs builds; the honest batch next
// to it survives every proof.

const (
	anchorWindow       = 600 // seconds
	anchorAnswerWindow = 120
	anchorMinBond      = 1_000_000_000
	anchorDemandBond   = 10_000_000
)

// anchoredFleet is an AnchoredLedger deployment with a bonded relayer, a funded challenger and
// meters (every other one P-256), and the honest state at the tip as a watcher keeps it.
type anchoredFleet struct {
	t          testing.TB
	e          *harness.Env
	a          *harness.Anchored
	relayer    *harness.Account
	challenger *harness.Account
	meters     []*harness.Meter
	st         *anchor.State
	posted     []harness.Posted // by batch number - 1
	start      uint64           // seq 0's time: a day before the chain's head at the start
	blobs      bool             // post puts the data in blobs, not calldata
	epoch      uint64           // the auth epoch batches are built and anchored under (0: the current one)
}

func newAnchoredFleet(t testing.TB, meters int) *anchoredFleet {
	return newAnchoredFleetUsers(t, meters, 5)
}

// newAnchoredFleetUsers is newAnchoredFleet with `users` funded accounts (at least 5: the
// relayer, the challenger, the meters' owner and two spare).
func newAnchoredFleetUsers(t testing.TB, meters, users int) *anchoredFleet {
	e := harness.New(t, max(users, 5))
	f := &anchoredFleet{t: t, e: e, relayer: e.Users[0], challenger: e.Users[1], st: anchor.NewState(), start: e.Now() - 86_400}
	f.a = e.Anchored(harness.AnchoredParams{Window: anchorWindow, AnswerWindow: anchorAnswerWindow,
		MinBond: anchorMinBond, DemandBond: anchorDemandBond})
	for i := range meters {
		id := uint64(441_000_000 + (101+i/999)*1000 + i%999 + 1) // valid ids: no 000 group
		if i%2 == 1 {
			f.meters = append(f.meters, f.a.RegisterP256Meter(id, e.Users[2], 20_000))
		} else {
			f.meters = append(f.meters, f.a.RegisterMeter(id, e.Users[2], 20_000))
		}
	}
	f.a.Bond(f.relayer, anchorMinBond)
	f.a.Fund(f.challenger, 10*anchorDemandBond)
	return f
}

func (f *anchoredFleet) auth() anchor.Auth { return anchor.AuthFromLog(f.a.AuthLog, f.authEpoch()) }

func (f *anchoredFleet) authEpoch() uint64 {
	if f.epoch != 0 {
		return f.epoch
	}
	return f.a.AuthEpoch()
}

// reading is meter m's reading seq, 15 minutes per seq from the fleet's start, with detail(seq).
func (f *anchoredFleet) reading(m *harness.Meter, seq uint64) reading.Reading {
	return reading.Reading{MeterID: m.ID, Seq: seq, Timestamp: f.start + 900*seq,
		ImportWh: 1_000 + 500*seq, ExportWh: 0, DetailHash: detailOf(seq).Hash()}
}

// detailOf is the detail record of every meter's reading seq.
func detailOf(seq uint64) reading.Detail {
	return reading.Detail{VoltageMV: 230_000 + uint32(seq), CurrentMA: 4_000, TemperatureMC: 20_000, HumidityBP: 5_000}
}

// round is every meter's readings seq from..to, signed.
func (f *anchoredFleet) round(from, to uint64) []anchor.Candidate {
	var out []anchor.Candidate
	for _, m := range f.meters {
		for s := from; s <= to; s++ {
			out = append(out, f.a.Candidate(m, f.reading(m, s)))
		}
	}
	return out
}

// forged is a batch as a relayer committed it: the entries in leaf order and the header fields.
type forged struct {
	entries      []anchor.Entry
	readingsRoot common.Hash
	stateRoot    common.Hash
	count        uint32
	data         []byte
}

// forge builds a batch from candidates in the given order (not sorted) on a copy of the
// watcher's state: each verdict is the rules' unless override names another, and accepted
// readings change the state, so the leaves after a lie are consistent with it.
func (f *anchoredFleet) forge(cands []anchor.Candidate, asOf uint64, override map[int]reading.Reason) *forged {
	f.t.Helper()
	st := f.st
	mark := st.Mark()
	defer func() { require.NoError(f.t, st.RollbackTo(mark)) }()
	auth := f.auth()
	out := &forged{}
	for i, c := range cands {
		verdict := reading.Check(auth(c.Reading.MeterID), st.Meter(c.Reading.MeterID).Last(), c.Reading, c.Signer, asOf)
		if v, ok := override[i]; ok {
			verdict = v
		}
		if verdict == reading.Accepted {
			st.Accept(c.Reading)
		}
		out.entries = append(out.entries, anchor.Entry{Reading: c.Reading, Signature: c.Signature, Verdict: verdict, StateRootAfter: st.Root()})
	}
	out.seal()
	return out
}

// seal recomputes the roots, count and data from the entries (after a test edits them).
func (b *forged) seal() {
	root, err := anchor.ReadingsRoot(anchor.Leaves(b.entries))
	if err != nil {
		panic(err)
	}
	b.readingsRoot, b.stateRoot, b.count = root, b.entries[len(b.entries)-1].StateRootAfter, uint32(len(b.entries))
	b.data = anchor.EncodeData(b.entries)
}

// post anchors b on the tip from the relayer.
func (f *anchoredFleet) post(b *forged, asOf uint64) harness.Posted {
	f.t.Helper()
	post := f.a.AnchorCalldata
	if f.blobs {
		post = f.a.AnchorBlobs
	}
	p, err := post(f.relayer, f.a.Tip(), b.readingsRoot, b.stateRoot, b.count, asOf, f.authEpoch(), b.data)
	require.NoError(f.t, err, "anchor: %s", f.a.RevertName(err))
	f.posted = append(f.posted, p)
	return p
}

// honest builds the honest batch of cands, posts it and advances the watcher's state.
func (f *anchoredFleet) honest(cands []anchor.Candidate) harness.Posted {
	f.t.Helper()
	asOf := f.e.Now()
	mark := f.st.Mark()
	b, err := anchor.Build(f.st, cands, f.auth(), asOf)
	require.NoError(f.t, err)
	p, err := f.a.AnchorCalldata(f.relayer, f.a.Tip(), b.ReadingsRoot, b.StateRoot, b.Count, asOf, f.authEpoch(), b.Data)
	if err != nil {
		require.NoError(f.t, f.st.RollbackTo(mark))
	}
	require.NoError(f.t, err, "anchor: %s", f.a.RevertName(err))
	f.posted = append(f.posted, p)
	return p
}

// parentOf is the header of p's parent (zero for the first batch).
func (f *anchoredFleet) parentOf(p harness.Posted) anchoredledger.AnchoredLedgerHeader {
	if p.Header.Parent == 0 {
		return anchoredledger.AnchoredLedgerHeader{}
	}
	return harness.Bound(f.posted[p.Header.Parent-1].Header)
}

// watch is the watcher: decode p's data, re-execute it on the honest state and return the fault.
func (f *anchoredFleet) watch(p harness.Posted, data []byte) *anchor.Fault {
	f.t.Helper()
	return anchor.VerifyData(f.st, p.Header, data, anchor.AuthFromLog(f.a.AuthLog, p.Header.AuthEpoch), anchor.Signer(f.a.Domain()))
}

// prove submits the fraud proof of fault against p (whose data is entries) from the challenger,
// built as the watcher builds it.
func (f *anchoredFleet) prove(p harness.Posted, entries []anchor.Entry, fault *anchor.Fault) (*types.Receipt, error) {
	f.t.Helper()
	proofs, err := anchor.NewProofs(p.Header, entries)
	require.NoError(f.t, err)
	var parent anchor.Header
	if p.Header.Parent != 0 {
		parent = f.posted[p.Header.Parent-1].Header
	}
	data, err := anchorchain.ProofCall(f.a.ABI, p.Header, p.Batch, parent, proofs, fault, f.st, f.a.AuthLog, anchor.Signer(f.a.Domain()))
	require.NoError(f.t, err)
	return f.a.Send(f.challenger, data)
}

// requireFraudVoids posts b (a dishonest batch), checks that the watcher finds fault kind/index
// and that the proof voids the batch, pays the challenger half the bond and burns the rest.
func (f *anchoredFleet) requireFraudVoids(b *forged, asOf uint64, kind anchor.FaultKind, index uint32) {
	f.t.Helper()
	p := f.post(b, asOf)
	fault := f.watch(p, b.data)
	require.NotNil(f.t, fault, "the watcher finds the lie")
	require.Equal(f.t, kind, fault.Kind, "fault: %v", fault)
	require.Equal(f.t, index, fault.Index, "fault: %v", fault)
	before := f.a.Balance(f.challenger.Addr)
	burnt := f.a.Balance(common.HexToAddress("0x000000000000000000000000000000000000dEaD"))
	r, err := f.prove(p, b.entries, fault)
	require.NoError(f.t, err, "proof refused: %s", f.a.RevertName(err))
	require.Equal(f.t, types.ReceiptStatusSuccessful, r.Status)
	ev := f.a.Voided(r)
	require.Len(f.t, ev, 1)
	require.Equal(f.t, p.Batch, ev[0].Batch)
	require.Equal(f.t, uint8(kind), ev[0].Kind)
	require.True(f.t, f.a.IsVoided(p.Batch))
	require.Equal(f.t, p.Header.Parent, f.a.Tip(), "the tip goes back to the voided batch's parent")
	half := big.NewInt(anchorMinBond / 2)
	require.Equal(f.t, new(big.Int).Add(before, half), f.a.Balance(f.challenger.Addr), "the challenger gets half the bond")
	require.Equal(f.t, new(big.Int).Add(burnt, half), f.a.Balance(common.HexToAddress("0x000000000000000000000000000000000000dEaD")))
	f.t.Logf("fraud proof kind %d: %d gas", kind, r.GasUsed)
}

// requireNoFraud checks that every proof the watcher could build against an honest batch is
// refused: a transition proof of each leaf, the root proof.
func (f *anchoredFleet) requireNoFraud(p harness.Posted, parent *anchor.State, entries []anchor.Entry) {
	f.t.Helper()
	proofs, err := anchor.NewProofs(p.Header, entries)
	require.NoError(f.t, err)
	h := harness.Bound(p.Header)
	for i := range entries {
		tr, err := proofs.Transition(parent, uint32(i), f.a.AuthLog, anchor.Signer(f.a.Domain()))
		require.NoError(f.t, err)
		_, err = f.a.Send(f.challenger, f.a.ABI.PackProveTransition(h, p.Batch, f.parentOf(p), anchorchain.BindTransition(tr)))
		require.Error(f.t, err, "leaf %d", i)
		require.Equal(f.t, "NoFraud", f.a.RevertName(err), "leaf %d: %v", i, err)
	}
	_, err = f.a.Send(f.challenger, f.a.ABI.PackProveRoot(h, p.Batch, anchoredledger.AnchoredLedgerNeighbour(proofs.Root())))
	require.Equal(f.t, "NoFraud", f.a.RevertName(err), "%v", err)
	if len(entries) > 1 {
		i, a, b, err := proofs.Unsorted(0)
		require.NoError(f.t, err)
		_, err = f.a.Send(f.challenger, f.a.ABI.PackProveUnsorted(h, p.Batch, i, anchoredledger.AnchoredLedgerNeighbour(a), anchoredledger.AnchoredLedgerNeighbour(b)))
		require.Equal(f.t, "NoFraud", f.a.RevertName(err), "%v", err)
	}
	require.False(f.t, f.a.IsVoided(p.Batch))
}

func TestAnchorBatchHonestIsFinalAfterWindow(t *testing.T) {
	f := newAnchoredFleet(t, 4)
	p := f.honest(f.round(1, 3))
	require.Equal(t, uint64(1), p.Batch)
	require.Equal(t, uint32(12), p.Header.Count)
	require.Equal(t, p.Header.Hash(), common.Hash(must(t, f.a.Ledger, f.a.ABI.PackHeaderHash(1), f.a.ABI.UnpackHeaderHash)),
		"the one slot is the header's hash")
	require.Equal(t, f.st.Root(), common.Hash(p.Header.StateRoot), "the honest state root")
	require.False(t, f.a.IsFinal(p))
	f.a.Warp(anchorWindow * time.Second)
	require.True(t, f.a.IsFinal(p))
	_, err := f.prove(p, f.honestEntries(p), &anchor.Fault{Kind: anchor.FaultRoot})
	require.Equal(t, "BatchFinal", f.a.RevertName(err), "a final batch cannot be challenged: %v", err)
	t.Logf("anchorCalldata of %d readings: %d gas", p.Header.Count, p.Receipt.GasUsed)
}

// honestEntries re-decodes a posted honest batch's data from its transaction.
func (f *anchoredFleet) honestEntries(p harness.Posted) []anchor.Entry {
	f.t.Helper()
	tx, _, err := f.e.Client.TransactionByHash(f.e.Ctx, p.Receipt.TxHash)
	require.NoError(f.t, err)
	parsed, err := anchoredledger.AnchoredLedgerMetaData.ParseABI()
	require.NoError(f.t, err)
	args, err := parsed.Methods["anchorCalldata"].Inputs.Unpack(tx.Data()[4:])
	require.NoError(f.t, err)
	entries, err := anchor.DecodeData(args[6].([]byte))
	require.NoError(f.t, err)
	return entries
}

// TestAnchorRefusesUnbondedStaleParentStaleAuth: only a bonded relayer anchors, on the tip, with a
// time in the last hour and an auth epoch that exists and that no revocation has passed: an
// enrolment takes nothing away, so a batch built before it may still be anchored (the anchors in
// flight at a utility that enrols meters every day), a deactivation or a key rotation does, so a
// batch decided before it is refused: a key rotated out stops counting at once.
func TestAnchorRefusesUnbondedStaleParentStaleAuth(t *testing.T) {
	f := newAnchoredFleet(t, 2)
	asOf := f.e.Now()
	b := f.forge(f.round(1, 1), asOf, nil)
	epoch := f.a.AuthEpoch()

	_, err := f.a.AnchorCalldata(f.challenger, 0, b.readingsRoot, b.stateRoot, b.count, asOf, epoch, b.data)
	require.Equal(t, "NotBonded", f.a.RevertName(err), "an unbonded account cannot anchor: %v", err)
	_, err = f.a.AnchorCalldata(f.relayer, 1, b.readingsRoot, b.stateRoot, b.count, asOf, epoch, b.data)
	require.Equal(t, "StaleParent", f.a.RevertName(err), "%v", err)
	_, err = f.a.AnchorCalldata(f.relayer, 0, b.readingsRoot, b.stateRoot, b.count, asOf, epoch+1, b.data)
	require.Equal(t, "StaleAuth", f.a.RevertName(err), "an epoch that does not exist yet: %v", err)
	_, err = f.a.AnchorCalldata(f.relayer, 0, b.readingsRoot, b.stateRoot, b.count, asOf+3600, epoch, b.data)
	require.Equal(t, "BadAsOf", f.a.RevertName(err), "asOf after the block: %v", err)
	_, err = f.a.AnchorCalldata(f.relayer, 0, b.readingsRoot, b.stateRoot, b.count, asOf-anchoredMaxAsOfAge-10, epoch, b.data)
	require.Equal(t, "BadAsOf", f.a.RevertName(err), "asOf too old: %v", err)
	_, err = f.a.AnchorCalldata(f.relayer, 0, b.readingsRoot, b.stateRoot, 0, asOf, epoch, b.data)
	require.Equal(t, "BadCount", f.a.RevertName(err), "%v", err)
	_, err = f.a.AnchorCalldata(f.relayer, 0, b.readingsRoot, b.stateRoot, anchor.MaxBatch+1, asOf, epoch, b.data)
	require.Equal(t, "BadCount", f.a.RevertName(err), "%v", err)
	_, err = f.a.Send(f.relayer, f.a.ABI.PackAnchor(0, b.readingsRoot, b.stateRoot, b.count, asOf, epoch, 1))
	require.Equal(t, "BadBlobs", f.a.RevertName(err), "no blob in a plain transaction: %v", err)

	// An enrolment: the batch built before it is still anchored.
	f.a.RegisterMeter(449_001_001, f.e.Users[2], 1_000)
	require.Equal(t, epoch+1, f.a.AuthEpoch())
	_, err = f.a.AnchorCalldata(f.relayer, 0, b.readingsRoot, b.stateRoot, b.count, asOf, epoch, b.data)
	require.NoError(t, err, "anchor across an enrolment: %s", f.a.RevertName(err))

	// A deactivation: batches decided before it are refused, one decided after it is not.
	b2 := f.forge(f.round(2, 2), asOf, nil)
	f.a.Deactivate(f.meters[1])
	for _, stale := range []uint64{epoch, epoch + 1} {
		_, err = f.a.AnchorCalldata(f.relayer, 1, b2.readingsRoot, b2.stateRoot, b2.count, f.e.Now(), stale, b2.data)
		require.Equal(t, "StaleAuth", f.a.RevertName(err), "epoch %d, before the deactivation: %v", stale, err)
	}
	_, err = f.a.AnchorCalldata(f.relayer, 1, b2.readingsRoot, b2.stateRoot, b2.count, f.e.Now(), f.a.AuthEpoch(), b2.data)
	require.NoError(t, err, "%s", f.a.RevertName(err))
	revoked, err := bind.Call(f.a.Ledger, nil, f.a.ABI.PackRevokedEpoch(), f.a.ABI.UnpackRevokedEpoch)
	require.NoError(t, err)
	require.Equal(t, f.a.AuthEpoch(), revoked)

	// A key rotation is a revocation too: the epoch of the deactivation is stale after it.
	f.a.RotateKey(f.meters[0])
	b3 := f.forge(f.round(3, 3), f.e.Now(), nil)
	_, err = f.a.AnchorCalldata(f.relayer, 2, b3.readingsRoot, b3.stateRoot, b3.count, f.e.Now(), revoked, b3.data)
	require.Equal(t, "StaleAuth", f.a.RevertName(err), "epoch %d, before the rotation: %v", revoked, err)
}

// TestFraudProofUnknownMeterBeforeItsEnrolment: a batch may name an epoch from before a meter was
// enrolled, but then the meter is unknown to it: a relayer that accepts its reading anyway (on a
// stale epoch, after the enrolment) is voided.
func TestFraudProofUnknownMeterBeforeItsEnrolment(t *testing.T) {
	f := newAnchoredFleet(t, 2)
	f.epoch = f.a.AuthEpoch()
	late := f.a.RegisterMeter(449_999_998, f.e.Users[2], 20_000)
	cands := append(f.round(1, 2), f.a.Candidate(late, f.reading(late, 1)))
	f.lie(cands, len(cands)-1, reading.UnknownMeter, reading.Accepted)
}

const anchoredMaxAsOfAge = 3600

func TestFraudProofBadSignature(t *testing.T) {
	for _, curve := range []string{"secp256k1", "P-256"} {
		t.Run(curve, func(t *testing.T) {
			f := newAnchoredFleet(t, 2)
			m := f.meters[0]
			if curve == "P-256" {
				m = f.meters[1]
			}
			cands := f.round(1, 2)
			at := indexOf(cands, m.ID, 2)
			cands[at] = f.a.Candidate(strangerOf(t, m), cands[at].Reading)
			require.Equal(t, reading.BadSignature, f.ruleOf(cands, at))
			asOf := f.e.Now()
			f.requireFraudVoids(f.forge(cands, asOf, map[int]reading.Reason{at: reading.Accepted}), asOf, anchor.FaultTransition, uint32(at))
		})
	}
}

// must calls a view of c and fails the test on an error.
func must[T any](t testing.TB, c *bind.BoundContract, data []byte, unpack func([]byte) (T, error)) T {
	t.Helper()
	v, err := bind.Call(c, nil, data, unpack)
	require.NoError(t, err)
	return v
}

func indexOf(cands []anchor.Candidate, meterID, seq uint64) int {
	for i, c := range cands {
		if c.Reading.MeterID == meterID && c.Reading.Seq == seq {
			return i
		}
	}
	panic("no such reading")
}

// strangerOf is a key of m's curve that is not m's: it signs for m's id.
func strangerOf(t testing.TB, m *harness.Meter) *harness.Meter {
	var key *ecdsa.PrivateKey
	var err error
	if m.Key.Curve == elliptic.P256() {
		key, err = ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	} else {
		key, err = crypto.GenerateKey()
	}
	require.NoError(t, err)
	return &harness.Meter{ID: m.ID, Key: key, Owner: m.Owner}
}

// ruleOf is the rules' verdict on cands[at] with the readings before it applied honestly.
func (f *anchoredFleet) ruleOf(cands []anchor.Candidate, at int) reading.Reason {
	return f.forge(cands, f.e.Now(), nil).entries[at].Verdict
}

// lie posts cands with the verdict of cands[at] replaced by `claimed` and requires the rules to
// say `rule` of it and the proof to void the batch.
func (f *anchoredFleet) lie(cands []anchor.Candidate, at int, rule, claimed reading.Reason) {
	f.t.Helper()
	require.Equal(f.t, rule, f.ruleOf(cands, at), "the reading breaks the rule under test")
	asOf := f.e.Now()
	f.requireFraudVoids(f.forge(cands, asOf, map[int]reading.Reason{at: claimed}), asOf, anchor.FaultTransition, uint32(at))
}

func TestFraudProofUnknownMeter(t *testing.T) {
	f := newAnchoredFleet(t, 2)
	cands := f.round(1, 2)
	ghost := &harness.Meter{ID: 449_999_999, Key: must2(crypto.GenerateKey())}
	cands = append(cands, f.a.Candidate(ghost, f.reading(ghost, 1)))
	f.lie(cands, len(cands)-1, reading.UnknownMeter, reading.Accepted)
}

func must2[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func TestFraudProofInactiveMeter(t *testing.T) {
	f := newAnchoredFleet(t, 2)
	f.honest(f.round(1, 2))
	f.a.Deactivate(f.meters[1])
	cands := f.round(3, 4)
	f.lie(cands, indexOf(cands, f.meters[1].ID, 3), reading.InactiveMeter, reading.Accepted)
}

func TestFraudProofReplayedSeq(t *testing.T) {
	f := newAnchoredFleet(t, 2)
	f.honest(f.round(1, 3))
	// Batch 2 opens with meter 0's seq 2 again (a later time, registers up): leaf 0, whose
	// pre-state is the parent batch's state root.
	m := f.meters[0]
	r := f.reading(m, 5)
	r.Seq = 2
	cands := append([]anchor.Candidate{f.a.Candidate(m, r)}, f.round(4, 4)[1:]...)
	f.lie(cands, 0, reading.ReplayedSeq, reading.Accepted)
}

func TestFraudProofStaleTimestamp(t *testing.T) {
	f := newAnchoredFleet(t, 2)
	f.honest(f.round(1, 3))
	m := f.meters[0]
	r := f.reading(m, 4)
	r.Timestamp = f.reading(m, 3).Timestamp
	cands := f.round(4, 4)
	cands[indexOf(cands, m.ID, 4)] = f.a.Candidate(m, r)
	f.lie(cands, indexOf(cands, m.ID, 4), reading.StaleTimestamp, reading.Accepted)
}

func TestFraudProofFutureTimestamp(t *testing.T) {
	f := newAnchoredFleet(t, 2)
	m := f.meters[1]
	cands := f.round(1, 2)
	at := indexOf(cands, m.ID, 2)
	r := cands[at].Reading
	r.Timestamp = f.e.Now() + reading.MaxFutureSkew + 60
	cands[at] = f.a.Candidate(m, r)
	f.lie(cands, at, reading.FutureTimestamp, reading.Accepted)
}

func TestFraudProofRegisterRollback(t *testing.T) {
	f := newAnchoredFleet(t, 2)
	m := f.meters[0]
	cands := f.round(1, 3)
	at := indexOf(cands, m.ID, 3)
	r := cands[at].Reading
	r.ImportWh = f.reading(m, 2).ImportWh - 1
	cands[at] = f.a.Candidate(m, r)
	f.lie(cands, at, reading.RegisterRollback, reading.Accepted)
}

func TestFraudProofImplausibleRate(t *testing.T) {
	f := newAnchoredFleet(t, 2)
	m := f.meters[1]
	cands := f.round(1, 3)
	at := indexOf(cands, m.ID, 2)
	r := cands[at].Reading
	r.ImportWh += 20_000 * 900 / 3600 * 10 // ten times what 20 kW gives in 15 minutes
	cands[at] = f.a.Candidate(m, r)
	f.lie(cands, at, reading.ImplausibleRate, reading.Accepted)
}

func TestFraudProofWrongVerdictOnValidReading(t *testing.T) {
	f := newAnchoredFleet(t, 2)
	cands := f.round(1, 3)
	// The relayer drops a valid reading as if forged: the meter's bill would lose it.
	f.lie(cands, indexOf(cands, f.meters[1].ID, 2), reading.Accepted, reading.BadSignature)
}

func TestFraudProofWrongStateRoot(t *testing.T) {
	f := newAnchoredFleet(t, 2)
	asOf := f.e.Now()
	b := f.forge(f.round(1, 3), asOf, nil)
	b.entries[2].StateRootAfter = common.Hash{0xba, 0xd}
	b.seal()
	f.requireFraudVoids(b, asOf, anchor.FaultTransition, 2)
}

func TestFraudProofUnsorted(t *testing.T) {
	f := newAnchoredFleet(t, 2)
	cands := f.round(1, 2) // m0/1 m0/2 m1/1 m1/2
	cands[1], cands[2] = cands[2], cands[1]
	asOf := f.e.Now()
	f.requireFraudVoids(f.forge(cands, asOf, nil), asOf, anchor.FaultUnsorted, 1)
}

func TestFraudProofPastCount(t *testing.T) {
	f := newAnchoredFleet(t, 2)
	asOf := f.e.Now()
	b := f.forge(f.round(1, 2), asOf, nil)
	// Four leaves under the root, three counted: the fourth is hidden from the state.
	b.count = 3
	b.stateRoot = b.entries[2].StateRootAfter
	f.requireFraudVoids(b, asOf, anchor.FaultPastCount, 3)
}

func TestFraudProofRootMismatch(t *testing.T) {
	f := newAnchoredFleet(t, 2)
	asOf := f.e.Now()
	b := f.forge(f.round(1, 2), asOf, nil)
	b.stateRoot = common.Hash{0xba, 0xd}
	f.requireFraudVoids(b, asOf, anchor.FaultRoot, b.count-1)
}

func TestHonestBatchCannotBeVoided(t *testing.T) {
	f := newAnchoredFleet(t, 3)
	f.honest(f.round(1, 2))
	// Batch 2: more readings, a rejected one among them, and one meter that crosses two month
	// ends (a closing and a gap's estimate in its closings tree).
	cands := f.round(3, 4)
	bad := indexOf(cands, f.meters[0].ID, 4)
	cands[bad] = f.a.Candidate(strangerOf(t, f.meters[0]), cands[bad].Reading)
	late := f.a.RegisterMeter(442_101_001, f.e.Users[2], 20_000)
	now := f.e.Now()
	for i, ago := range []uint64{73, 70, 2} {
		r := reading.Reading{MeterID: late.ID, Seq: uint64(i + 1), Timestamp: now - ago*86_400, ImportWh: 100 + 1000*uint64(i)}
		cands = append(cands, f.a.Candidate(late, r))
	}
	asOf := f.e.Now()
	b := f.forge(cands, asOf, nil)
	require.Equal(t, reading.BadSignature, b.entries[bad].Verdict)
	p := f.post(b, asOf)
	require.Nil(t, f.watch(p, b.data), "the watcher finds the honest batch honest")
	// watch advanced the watcher's state past batch 2: proofs need the state before it.
	f.st = f.stateThrough(1)
	f.requireNoFraud(p, f.st, b.entries)
	f.a.Warp(anchorWindow * time.Second)
	require.True(t, f.a.IsFinal(p))
}

// stateThrough re-derives the honest state after batches 1..n from their calldata.
func (f *anchoredFleet) stateThrough(n uint64) *anchor.State {
	f.t.Helper()
	st := anchor.NewState()
	for _, p := range f.posted[:n] {
		entries := f.honestEntries(p)
		require.Nil(f.t, anchor.Verify(st, p.Header, entries, anchor.AuthFromLog(f.a.AuthLog, p.Header.AuthEpoch), anchor.Signer(f.a.Domain())))
	}
	return st
}

func TestChallengeWindowBoundaries(t *testing.T) {
	lying := func(t *testing.T) (*anchoredFleet, harness.Posted, *forged) {
		f := newAnchoredFleet(t, 2)
		asOf := f.e.Now()
		b := f.forge(f.round(1, 2), asOf, nil)
		b.stateRoot = common.Hash{0xba, 0xd}
		return f, f.post(b, asOf), b
	}
	t.Run("last second", func(t *testing.T) {
		f, p, b := lying(t)
		f.a.WarpTo(p.Header.AnchoredAt + anchorWindow - 2)
		require.False(t, f.a.IsFinal(p))
		r, err := f.prove(p, b.entries, &anchor.Fault{Kind: anchor.FaultRoot})
		require.NoError(t, err, f.a.RevertName(err))
		require.Equal(t, p.Header.AnchoredAt+anchorWindow-1, f.e.Now(), "mined in the window's last second")
		require.Len(t, f.a.Voided(r), 1)
		require.True(t, f.a.IsVoided(p.Batch))
		require.False(t, f.a.IsFinal(p), "a voided batch never becomes final")
	})
	t.Run("window over", func(t *testing.T) {
		f, p, b := lying(t)
		f.a.WarpTo(p.Header.AnchoredAt + anchorWindow)
		require.True(t, f.a.IsFinal(p), "final exactly window seconds after anchoring")
		_, err := f.prove(p, b.entries, &anchor.Fault{Kind: anchor.FaultRoot})
		require.Equal(t, "BatchFinal", f.a.RevertName(err), "%v", err)
	})
}

func TestVoidVoidsDescendantsAndSlashes(t *testing.T) {
	f := newAnchoredFleet(t, 2)
	other := f.e.Users[3]
	f.a.Bond(other, anchorMinBond)
	f.honest(f.round(1, 2))
	cands := f.round(3, 4)
	at := indexOf(cands, f.meters[0].ID, 3)
	cands[at] = f.a.Candidate(strangerOf(t, f.meters[0]), cands[at].Reading)
	asOf := f.e.Now()
	bad := f.forge(cands, asOf, map[int]reading.Reason{at: reading.Accepted})
	p2 := f.post(bad, asOf)
	// An honest relayer that did not check builds batch 3 on batch 2.
	asOf3 := f.e.Now()
	next := f.forge(f.round(5, 5), asOf3, nil)
	p3, err := f.a.AnchorCalldata(other, p2.Batch, next.readingsRoot, next.stateRoot, next.count, asOf3, f.a.AuthEpoch(), next.data)
	require.NoError(t, err)
	f.posted = append(f.posted, p3)

	fault := f.watch(p2, bad.data)
	require.NotNil(t, fault)
	r, err := f.prove(p2, bad.entries, fault)
	require.NoError(t, err, f.a.RevertName(err))
	ev := f.a.Voided(r)
	require.Len(t, ev, 1)
	require.Equal(t, p3.Batch, ev[0].ThroughBatch, "the void reaches the newest batch")
	require.True(t, f.a.IsVoided(p2.Batch))
	require.True(t, f.a.IsVoided(p3.Batch), "a batch built on a voided state is voided")
	require.False(t, f.a.IsVoided(1))
	require.Equal(t, uint64(1), f.a.Tip())

	liar := must(t, f.a.Ledger, f.a.ABI.PackRelayerOf(f.relayer.Addr), f.a.ABI.UnpackRelayerOf)
	require.True(t, liar.Slashed)
	require.Zero(t, liar.BondAmount.Sign(), "the liar's whole bond is gone")
	_, err = f.a.AnchorCalldata(f.relayer, 1, next.readingsRoot, next.stateRoot, next.count, f.e.Now(), f.a.AuthEpoch(), next.data)
	require.Equal(t, "Slashed", f.a.RevertName(err), "a slashed relayer never anchors again: %v", err)
	f.a.Fund(f.relayer, anchorMinBond)
	_, err = f.a.Send(f.relayer, f.a.ABI.PackBond(big.NewInt(anchorMinBond)))
	require.Equal(t, "Slashed", f.a.RevertName(err), "nor bonds again: %v", err)

	// The other relayer is not slashed and may leave: its last batch is voided, not open.
	innocent := must(t, f.a.Ledger, f.a.ABI.PackRelayerOf(other.Addr), f.a.ABI.UnpackRelayerOf)
	require.False(t, innocent.Slashed)
	balance := f.a.Balance(other.Addr)
	f.e.MustSend(other, f.a.Ledger, f.a.ABI.PackUnbond())
	require.Equal(t, new(big.Int).Add(balance, big.NewInt(anchorMinBond)), f.a.Balance(other.Addr))
}

func TestReanchorAfterVoid(t *testing.T) {
	f := newAnchoredFleet(t, 2)
	honestRelayer := f.e.Users[3]
	f.a.Bond(honestRelayer, anchorMinBond)
	f.honest(f.round(1, 2))
	cands := f.round(3, 4)
	at := indexOf(cands, f.meters[1].ID, 4)
	asOf := f.e.Now()
	bad := f.forge(cands, asOf, map[int]reading.Reason{at: reading.ReplayedSeq})
	p := f.post(bad, asOf)
	fault := f.watch(p, bad.data)
	require.NotNil(t, fault)
	_, err := f.prove(p, bad.entries, fault)
	require.NoError(t, err, f.a.RevertName(err))

	// The meters' signed readings are still good: an honest relayer anchors them on batch 1.
	f.relayer = honestRelayer
	again := f.honest(cands)
	require.Equal(t, uint64(1), again.Header.Parent)
	require.Equal(t, uint64(3), again.Batch)
	require.Equal(t, uint64(3), f.a.Tip())
	for _, e := range f.honestEntries(again) {
		require.Equal(t, reading.Accepted, e.Verdict, "%d/%d", e.Reading.MeterID, e.Reading.Seq)
	}
	require.Nil(t, anchor.Verify(f.stateThrough(1), again.Header, f.honestEntries(again),
		anchor.AuthFromLog(f.a.AuthLog, again.Header.AuthEpoch), anchor.Signer(f.a.Domain())))
	f.a.Warp(anchorWindow * time.Second)
	require.True(t, f.a.IsFinal(again))
}

// withheld posts an honest batch whose calldata is not its data: the watcher cannot check it.
func (f *anchoredFleet) withheld() (harness.Posted, *forged) {
	f.t.Helper()
	asOf := f.e.Now()
	b := f.forge(f.round(1, 2), asOf, nil)
	real := b.data
	b.data = []byte{0x01, 0, 0, 0, 0}
	p := f.post(b, asOf)
	b.data = real
	fault := f.watch(p, []byte{0x01, 0, 0, 0, 0})
	require.NotNil(f.t, fault)
	require.Equal(f.t, anchor.FaultUnavailable, fault.Kind, "%v", fault)
	return p, b
}

// demand files a DA demand for leaves from..to-1 of p from the challenger.
func (f *anchoredFleet) demand(p harness.Posted, from, to uint32) *big.Int {
	f.t.Helper()
	r := f.e.MustSend(f.challenger, f.a.Ledger, f.a.ABI.PackDemand(harness.Bound(p.Header), p.Batch, from, to))
	for _, l := range r.Logs {
		if ev, err := f.a.ABI.UnpackDemandedEvent(l); err == nil {
			return ev.DemandId
		}
	}
	f.t.Fatal("no Demanded event")
	return nil
}

func TestDataAvailabilityAnswered(t *testing.T) {
	f := newAnchoredFleet(t, 2)
	p, b := f.withheld()
	// A demand late in the window, still open when the window ends, holds the batch.
	f.a.WarpTo(p.Header.AnchoredAt + anchorWindow - 10)
	id := f.demand(p, 0, p.Header.Count)
	f.a.WarpTo(p.Header.AnchoredAt + anchorWindow + 1)
	require.False(t, f.a.IsFinal(p), "an open demand holds the batch past its window")

	// The relayer answers: every demanded leaf with its path, in Revealed events.
	proofs, err := anchor.NewProofs(p.Header, b.entries)
	require.NoError(t, err)
	call, err := anchorchain.AnswerCall(f.a.ABI, p.Header, p.Batch, id, proofs, 0, p.Header.Count)
	require.NoError(t, err)
	relayerBefore := f.a.Balance(f.relayer.Addr)
	r := f.e.MustSend(f.relayer, f.a.Ledger, call)
	var revealed []anchor.Entry
	for _, l := range r.Logs {
		if ev, err := f.a.ABI.UnpackRevealedEvent(l); err == nil {
			revealed = append(revealed, anchor.Entry{Reading: reading.Reading{MeterID: ev.MeterId, Seq: ev.Seq, Timestamp: ev.Timestamp,
				ImportWh: ev.ImportWh, ExportWh: ev.ExportWh, DetailHash: ev.DetailHash}, Signature: ev.Signature,
				Verdict: reading.Reason(ev.Verdict), StateRootAfter: ev.StateRootAfter})
		}
	}
	require.Equal(t, b.entries, revealed, "the answer reveals the batch's data")
	require.Nil(t, anchor.Verify(f.st, p.Header, revealed, f.auth(), anchor.Signer(f.a.Domain())), "and the watcher can check it")
	require.Equal(t, new(big.Int).Add(relayerBefore, big.NewInt(anchorDemandBond)), f.a.Balance(f.relayer.Addr),
		"an answered demand's bond pays the relayer")
	answeredAt := f.e.Now()
	require.False(t, f.a.IsFinal(p), "watchers get a window to check what was revealed")
	f.a.WarpTo(answeredAt + anchorWindow)
	require.True(t, f.a.IsFinal(p))
	_, err = f.a.Send(f.challenger, f.a.ABI.PackVoidUnanswered(harness.Bound(p.Header), p.Batch, id))
	require.Equal(t, "DemandNotOpen", f.a.RevertName(err), "%v", err)
}

func TestDataAvailabilityUnanswered(t *testing.T) {
	f := newAnchoredFleet(t, 2)
	p, b := f.withheld()
	challengerBefore := f.a.Balance(f.challenger.Addr)
	id := f.demand(p, 1, 3)
	demandedAt := f.e.Now()
	_, err := f.a.Send(f.challenger, f.a.ABI.PackVoidUnanswered(harness.Bound(p.Header), p.Batch, id))
	require.Equal(t, "AnswerWindowOpen", f.a.RevertName(err), "%v", err)
	f.a.WarpTo(demandedAt + anchorAnswerWindow)
	proofs, err := anchor.NewProofs(p.Header, b.entries)
	require.NoError(t, err)
	leaves, err := proofs.Answer(1, 3)
	require.NoError(t, err)
	bound := []anchoredledger.AnchoredLedgerLeaf{anchoredledger.AnchoredLedgerLeaf(leaves[0]), anchoredledger.AnchoredLedgerLeaf(leaves[1])}
	_, err = f.a.Send(f.relayer, f.a.ABI.PackAnswer(harness.Bound(p.Header), p.Batch, id, bound))
	require.Equal(t, "AnswerWindowOver", f.a.RevertName(err), "too late to answer: %v", err)
	r := f.e.MustSend(f.e.Users[3], f.a.Ledger, f.a.ABI.PackVoidUnanswered(harness.Bound(p.Header), p.Batch, id))
	ev := f.a.Voided(r)
	require.Len(t, ev, 1)
	require.Equal(t, uint8(anchor.FaultUnanswered), ev[0].Kind)
	require.Equal(t, f.challenger.Addr, ev[0].Challenger, "the reward goes to who demanded, not who called")
	require.True(t, f.a.IsVoided(p.Batch))
	require.Equal(t, new(big.Int).Add(challengerBefore, big.NewInt(anchorMinBond/2)), f.a.Balance(f.challenger.Addr),
		"the challenger gets its demand bond back and half the relayer's bond")
}

// TestDeployAnchored: `deploy --ledger anchored` wires the registry and billing to an
// AnchoredLedger bonded in the deployment's token, and the market to AnchoredBoundaries on that
// ledger (billing subtracts the market's P2P import), and the deployment file says so.
func TestDeployAnchored(t *testing.T) {
	e := harness.New(t, 1)
	roles := deploy.Roles{Registrars: []common.Address{e.Registrar.Addr}, Relayers: []common.Address{e.Relayer.Addr}}
	d, err := deploy.ContractsWith(e.Ctx, e.Client, e.Admin.Opts, harness.ChainID, deploy.Options{Roles: roles,
		Anchored: &deploy.AnchoredParams{Window: 300, AnswerWindow: 60, MinBond: big.NewInt(5_000_000), DemandBond: big.NewInt(1_000)}})
	require.NoError(t, err)
	require.True(t, d.Anchored())
	require.Zero(t, d.ReadingLedger)
	mk := bindings.NewEnergyMarket()
	require.Equal(t, d.AnchoredBoundaries, must(t, mk.Instance(e.Client, d.EnergyMarket), mk.PackLedger(), mk.UnpackLedger),
		"the market reads boundaries proven from final batches")
	ab := anchoredboundaries.NewAnchoredBoundaries()
	require.Equal(t, d.AnchoredLedger, must(t, ab.Instance(e.Client, d.AnchoredBoundaries), ab.PackLedger(), ab.UnpackLedger))
	reg := bindings.NewMeterRegistry()
	ledger := must(t, reg.Instance(e.Client, d.MeterRegistry), reg.PackLedger(), reg.UnpackLedger)
	require.Equal(t, d.AnchoredLedger, ledger, "the registry enrols meters in the anchored ledger")
	bm := bindings.NewBillingManager()
	require.Equal(t, d.AnchoredLedger, must(t, bm.Instance(e.Client, d.BillingManager), bm.PackLedger(), bm.UnpackLedger))
	require.Equal(t, d.EnergyMarket, must(t, bm.Instance(e.Client, d.BillingManager), bm.PackMarket(), bm.UnpackMarket))
	al := anchoredledger.NewAnchoredLedger()
	inst := al.Instance(e.Client, d.AnchoredLedger)
	require.Equal(t, d.StableToken, must(t, inst, al.PackBondToken(), al.UnpackBondToken))
	require.Equal(t, uint64(300), must(t, inst, al.PackWindow(), al.UnpackWindow))
	require.Equal(t, big.NewInt(5_000_000), must(t, inst, al.PackMinBond(), al.UnpackMinBond))

	path, err := d.Save(t.TempDir())
	require.NoError(t, err)
	loaded, err := deploy.Load(path)
	require.NoError(t, err)
	require.Equal(t, d, loaded)

	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	signer := crypto.PubkeyToAddress(key.PublicKey)
	e.MustSend(e.Registrar, reg.Instance(e.Client, d.MeterRegistry), reg.PackRegister(451_101_001, e.Users[0].Addr, signer, 0, 1, 10_000))
	log := must(t, inst, al.PackAuthLog(451_101_001), al.UnpackAuthLog)
	require.Len(t, log, 1)
	require.Equal(t, signer, log[0].Signer)
}
