package anchor

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	mrand "math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/internal/reading"
)

// fleet is a set of enrolled meters, every third one P-256, all valid from auth epoch 1.
type fleet struct {
	domain reading.Domain
	keys   map[uint64]*ecdsa.PrivateKey
	log    map[uint64][]AuthVersion
}

const t0 = 1767225600 // 2026-01-01 00:00 UTC

func newFleet(t testing.TB, n int) *fleet {
	f := &fleet{domain: reading.Domain{ChainID: 31337, Ledger: common.HexToAddress("0xA0c4")},
		keys: map[uint64]*ecdsa.PrivateKey{}, log: map[uint64][]AuthVersion{}}
	for i := 0; i < n; i++ {
		id := uint64(100000001 + i)
		var signer common.Address
		if i%3 == 2 {
			k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
			require.NoError(t, err)
			pk, err := reading.P256KeyOf(&k.PublicKey)
			require.NoError(t, err)
			f.keys[id], signer = k, pk.ID()
		} else {
			k, err := crypto.GenerateKey()
			require.NoError(t, err)
			f.keys[id], signer = k, crypto.PubkeyToAddress(k.PublicKey)
		}
		f.log[id] = []AuthVersion{{Epoch: 1, Signer: signer, MaxPowerW: 20000, Active: true}}
	}
	return f
}

func (f *fleet) authLog(id uint64) []AuthVersion { return f.log[id] }

// sign is a candidate with the wire signature and the signer recovered once, as the oracle does.
func (f *fleet) sign(t testing.TB, r reading.Reading) Candidate {
	k := f.keys[r.MeterID]
	var wire []byte
	if k.Curve == elliptic.P256() {
		sig, err := reading.SignP256(k, f.domain, r)
		require.NoError(t, err)
		pk, err := reading.P256KeyOf(&k.PublicKey)
		require.NoError(t, err)
		wire = append(sig[:], pk[:]...)
	} else {
		sig, err := reading.Sign(k, f.domain, r)
		require.NoError(t, err)
		wire = sig[:]
	}
	return Candidate{Reading: r, Signature: wire, Signer: Signer(f.domain)(r, wire)}
}

// readings are per meters rounds of readings 15 minutes apart starting at start, seq from seq0.
func (f *fleet) readings(t testing.TB, start uint64, seq0 uint64, rounds int) []Candidate {
	var out []Candidate
	for id := range f.keys {
		for j := 0; j < rounds; j++ {
			seq := seq0 + uint64(j)
			r := reading.Reading{MeterID: id, Seq: seq, Timestamp: start + 900*uint64(j),
				ImportWh: 1000 + 100*seq, ExportWh: 10 * seq, DetailHash: common.Hash{byte(id), byte(seq)}}
			out = append(out, f.sign(t, r))
		}
	}
	return out
}

func header(b *Batch, asOf uint64) Header {
	return Header{Parent: 0, Count: b.Count, AsOf: asOf, AuthEpoch: 1, ReadingsRoot: b.ReadingsRoot,
		StateRoot: b.StateRoot, DataHash: CalldataHash(b.Data)}
}

func TestClosingRulesMatchLedger(t *testing.T) {
	// ReadingLedger._apply: the first reading pushes Closing(previous(periodOf(ts)), import, export,
	// ts, false); a reading in a later period calls _closePeriods, which pushes the last reading's
	// registers for its period and, when previous(period) != lastPeriod, _closeGap pushes this
	// reading's registers, estimated, at previous(period).
	st := NewState()
	id := uint64(123456789)
	jan15 := uint64(time.Date(2026, 1, 15, 12, 0, 0, 0, time.UTC).Unix())
	feb1 := uint64(time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC).Unix()) // ends January (interval end)
	feb2 := feb1 + 86400
	may3 := uint64(time.Date(2026, 5, 3, 0, 0, 0, 0, time.UTC).Unix())
	rd := func(seq, ts, imp uint64) reading.Reading {
		return reading.Reading{MeterID: id, Seq: seq, Timestamp: ts, ImportWh: imp, ExportWh: imp / 10}
	}
	has := func(period uint32, c Closing) {
		t.Helper()
		c.Period = period
		leaf, path := st.Closing(id, period)
		require.Equal(t, c.Leaf(), leaf, "closing %d", period)
		require.True(t, VerifyPath(st.Meter(id).ClosingsRoot, period, leaf, path))
	}
	empty := func(period uint32) {
		t.Helper()
		leaf, path := st.Closing(id, period)
		require.Equal(t, common.Hash{}, leaf, "period %d has no record", period)
		require.True(t, VerifyPath(st.Meter(id).ClosingsRoot, period, leaf, path))
	}

	require.Equal(t, []Closing{{Period: 202512, ImportWh: 500, ExportWh: 50, Timestamp: jan15}}, Closings(MeterLeaf{}, rd(1, jan15, 500)))
	st.Accept(rd(1, jan15, 500))
	has(202512, Closing{ImportWh: 500, ExportWh: 50, Timestamp: jan15})
	empty(202601)

	// feb1 00:00 is still January's: no closing.
	require.Empty(t, Closings(st.Meter(id), rd(2, feb1, 700)))
	st.Accept(rd(2, feb1, 700))
	empty(202601)

	// The first February reading closes January with the feb1 registers; no gap.
	require.Equal(t, []Closing{{Period: 202601, ImportWh: 700, ExportWh: 70, Timestamp: feb1}}, Closings(st.Meter(id), rd(3, feb2, 800)))
	st.Accept(rd(3, feb2, 800))
	has(202601, Closing{ImportWh: 700, ExportWh: 70, Timestamp: feb1})

	// Nothing in March and April: May's first reading closes February and ends the gap at April, estimated.
	st.Accept(rd(4, may3, 2000))
	has(202602, Closing{ImportWh: 800, ExportWh: 80, Timestamp: feb2})
	has(202604, Closing{ImportWh: 2000, ExportWh: 200, Timestamp: may3, Estimated: true,
		StartPeriod: 202602, StartImportWh: 800, StartExportWh: 80, StartTimestamp: feb2})
	empty(202603)
	empty(202605)
	require.Equal(t, MeterLeaf{Seq: 4, Timestamp: may3, ImportWh: 2000, ExportWh: 200, ClosingsRoot: st.Meter(id).ClosingsRoot}, st.Meter(id))
	require.True(t, VerifyPath(st.Root(), uint32(id), st.Meter(id).Hash(), must(st.MeterPath(id))))
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func TestBatchBuildDeterministic(t *testing.T) {
	f := newFleet(t, 12)
	cands := f.readings(t, t0+900, 1, 5)
	cands = append(cands, cands[3], cands[7]) // exact copies are dropped
	asOf := uint64(t0 + 900*5)
	a, err := Build(NewState(), cands, AuthFromLog(f.authLog, 1), asOf)
	require.NoError(t, err)
	require.Equal(t, uint32(60), a.Count)
	require.Empty(t, a.Dropped)
	for i := 0; i < 3; i++ {
		shuffled := append([]Candidate(nil), cands...)
		mrand.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		b, err := Build(NewState(), shuffled, AuthFromLog(f.authLog, 1), asOf)
		require.NoError(t, err)
		require.Equal(t, a.ReadingsRoot, b.ReadingsRoot)
		require.Equal(t, a.StateRoot, b.StateRoot)
		require.Equal(t, a.Data, b.Data)
	}
	for i := 1; i < len(a.Entries); i++ {
		require.Negative(t, keyCmp(a.Entries[i-1].Reading, a.Entries[i].Reading))
	}
	for _, e := range a.Entries {
		require.Equal(t, reading.Accepted, e.Verdict)
	}
	require.Equal(t, a.StateRoot, a.Entries[len(a.Entries)-1].StateRootAfter)

	// A conflicting second reading for a (meter, seq) goes to Dropped; the meter's own one stays.
	forged := cands[0]
	forged.Reading.ImportWh += 1
	forged.Signer = common.Address{1}
	c, err := Build(NewState(), append([]Candidate{forged}, cands...), AuthFromLog(f.authLog, 1), asOf)
	require.NoError(t, err)
	require.Equal(t, a.ReadingsRoot, c.ReadingsRoot)
	require.Equal(t, []Candidate{forged}, c.Dropped)
}

func TestBatchRejectsLikeCheck(t *testing.T) {
	f := newFleet(t, 6)
	ids := make([]uint64, 0)
	for id := range f.keys {
		ids = append(ids, id)
	}
	st := NewState()
	auth := AuthFromLog(f.authLog, 1)
	first, err := Build(st, f.readings(t, t0+900, 1, 2), auth, t0+1800)
	require.NoError(t, err)
	require.Equal(t, st.Root(), first.StateRoot)

	bad := func(id, seq, ts, imp uint64) Candidate {
		return f.sign(t, reading.Reading{MeterID: id, Seq: seq, Timestamp: ts, ImportWh: imp, ExportWh: 10 * seq})
	}
	cands := []Candidate{
		bad(ids[0], 2, t0+2700, 5000),          // replayed seq
		bad(ids[1], 3, t0+1800, 1300),          // stale timestamp
		bad(ids[2], 3, t0+2700+3600, 1300),     // future
		bad(ids[3], 3, t0+2700, 100),           // rollback
		bad(ids[4], 3, t0+2700, 1_000_000_000), // implausible rate
		bad(ids[5], 3, t0+2700, 1300),          // accepted
		bad(ids[5], 4, t0+3600, 1400),          // accepted, after the one before it
		{Reading: reading.Reading{MeterID: 999, Seq: 1, Timestamp: t0}, Signature: []byte{1}}, // unknown
	}
	wrongKey := bad(ids[0], 4, t0+2700, 1400) // signed by meter 0's key, offered as meter 1's
	wrongKey.Reading.MeterID = ids[1]
	wrongKey.Signer = Signer(f.domain)(wrongKey.Reading, wrongKey.Signature)
	cands = append(cands, wrongKey)
	pre := NewState()
	_, err = Build(pre, f.readings(t, t0+900, 1, 2), auth, t0+1800)
	require.NoError(t, err)
	b, err := Build(st, cands, auth, t0+2700)
	require.NoError(t, err)
	seen := map[reading.Reason]int{}
	for _, e := range b.Entries {
		r := e.Reading
		want := reading.Check(auth(r.MeterID), pre.Meter(r.MeterID).Last(), r, Signer(f.domain)(r, e.Signature), t0+2700)
		require.Equal(t, want, e.Verdict, "meter %d seq %d", r.MeterID, r.Seq)
		if want == reading.Accepted {
			pre.Accept(r)
		}
		require.Equal(t, pre.Root(), e.StateRootAfter)
		seen[e.Verdict]++
	}
	for _, reason := range []reading.Reason{reading.Accepted, reading.UnknownMeter, reading.BadSignature, reading.ReplayedSeq,
		reading.StaleTimestamp, reading.FutureTimestamp, reading.RegisterRollback, reading.ImplausibleRate} {
		require.NotZero(t, seen[reason], "no reading rejected as %q", reason)
	}
}

func TestDataRoundTrip(t *testing.T) {
	f := newFleet(t, 6)
	b, err := Build(NewState(), f.readings(t, t0+900, 1, 3), AuthFromLog(f.authLog, 1), t0+2700)
	require.NoError(t, err)
	got, err := DecodeData(b.Data)
	require.NoError(t, err)
	require.Equal(t, b.Entries, got)
	require.Len(t, b.Data, headerSize+4*(entryFixed+65)*3+2*(entryFixed+128)*3)

	for name, junk := range map[string][]byte{
		"empty":      {},
		"version":    append([]byte{2}, b.Data[1:]...),
		"trailing":   append(bytes.Clone(b.Data), 0),
		"cut short":  b.Data[:len(b.Data)-1],
		"count zero": {1, 0, 0, 0, 0},
		"count huge": {1, 0xff, 0xff, 0xff, 0xff},
	} {
		_, err := DecodeData(junk)
		require.ErrorIs(t, err, ErrBadData, name)
	}
}

func FuzzDecodeData(f *testing.F) {
	f.Add([]byte{1, 0, 0, 0, 1})
	e := Entry{Reading: reading.Reading{MeterID: 1, Seq: 2}, Signature: make([]byte, 65)}
	f.Add(EncodeData([]Entry{e, e}))
	f.Fuzz(func(t *testing.T, data []byte) {
		entries, err := DecodeData(data)
		if err != nil {
			return
		}
		if !bytes.Equal(EncodeData(entries), data) {
			t.Fatalf("decoded data does not re-encode to itself")
		}
	})
}

func TestBlobRoundTrip(t *testing.T) {
	f := newFleet(t, 9)
	b, err := Build(NewState(), f.readings(t, t0+900, 1, 100), AuthFromLog(f.authLog, 1), t0+900*100)
	require.NoError(t, err)
	require.Greater(t, len(b.Data), BlobCapacity, "the batch spans two blobs")
	sc, err := Sidecar(b.Data, types.BlobSidecarVersion1)
	require.NoError(t, err)
	require.Len(t, sc.Blobs, 2)
	require.NoError(t, kzg4844.VerifyCellProofs(sc.Blobs, sc.Commitments, sc.Proofs))
	got, err := DataFromBlobs(sc.Blobs)
	require.NoError(t, err)
	require.Equal(t, b.Data, got)
	hashes := VersionedHashes(sc.Commitments)
	require.Equal(t, sc.BlobHashes(), hashes)
	for i := range hashes {
		require.Equal(t, common.Hash(kzg4844.CalcBlobHashV1(sha256.New(), &sc.Commitments[i])), hashes[i])
	}
	require.Equal(t, crypto.Keccak256Hash(hashes[0][:], hashes[1][:]), BlobsHash(hashes))

	tampered := bytes.Clone(sc.Blobs[1][:])
	tampered[len(tampered)-1] = 1 // past the records: not padding
	var tb kzg4844.Blob
	copy(tb[:], tampered)
	_, err = DataFromBlobs([]kzg4844.Blob{sc.Blobs[0], tb})
	require.ErrorIs(t, err, ErrBadData)
	sc.Blobs[0][0] = 1 // an element's byte 0
	_, err = DataFromBlobs(sc.Blobs)
	require.ErrorIs(t, err, ErrBadData)
}

// Data from an untrusted source counts only if it packs into exactly the blobs the batch
// committed: one byte changed, a record dropped, data for fewer or more blobs, and data that packs
// into other blobs are all refused; the batch's own data is kept as it is.
func TestDataOfBlobsRefusesWhatTheBlobsDoNotCommit(t *testing.T) {
	f := newFleet(t, 9)
	b, err := Build(NewState(), f.readings(t, t0+900, 1, 100), AuthFromLog(f.authLog, 1), t0+900*100)
	require.NoError(t, err)
	sc, err := Sidecar(b.Data, types.BlobSidecarVersion1)
	require.NoError(t, err)
	versioned := sc.BlobHashes()
	require.Len(t, versioned, 2)

	got, err := DataOfBlobs(b.Data, versioned)
	require.NoError(t, err)
	require.Equal(t, b.Data, got)

	flipped := bytes.Clone(b.Data)
	flipped[len(flipped)/2] ^= 1
	short := EncodeData(b.Entries[:len(b.Entries)-1])
	other, err := Build(NewState(), f.readings(t, t0+900, 2, 100), AuthFromLog(f.authLog, 1), t0+900*101)
	require.NoError(t, err)
	for name, data := range map[string][]byte{
		"one byte changed":   flipped,
		"a record dropped":   short,
		"one blob's worth":   b.Data[:BlobCapacity],
		"three blobs' worth": append(bytes.Clone(b.Data), make([]byte, BlobCapacity)...),
		"another batch":      other.Data,
		"nothing":            nil,
	} {
		_, err := DataOfBlobs(data, versioned)
		require.ErrorIs(t, err, ErrBadData, name)
	}
}

func TestStateRollback(t *testing.T) {
	f := newFleet(t, 6)
	auth := AuthFromLog(f.authLog, 1)
	st := NewState()
	_, err := Build(st, f.readings(t, t0+900, 1, 3), auth, t0+2700)
	require.NoError(t, err)
	root1, mark := st.Root(), st.Mark()
	snapshot := map[uint64]MeterLeaf{}
	for id := range f.keys {
		snapshot[id] = st.Meter(id)
	}
	// The next batch crosses into March after a gap: closings and a new state.
	_, err = Build(st, f.readings(t, t0+70*86400, 4, 3), auth, t0+70*86400+2700)
	require.NoError(t, err)
	require.NotEqual(t, root1, st.Root())
	require.NoError(t, st.RollbackTo(mark))
	require.Equal(t, root1, st.Root())
	for id, m := range snapshot {
		require.Equal(t, m, st.Meter(id))
		leaf, _ := st.Closing(id, 202601)
		require.Equal(t, common.Hash{}, leaf, "January's closing undone")
	}
	require.NoError(t, st.RollbackTo(0))
	require.Equal(t, EmptyRoot, st.Root())
	require.Error(t, st.RollbackTo(1))
}

func BenchmarkBuildBatch(b *testing.B) {
	f := newFleet(b, 1000)
	cands := f.readings(b, t0+900, 1, 1)
	auth := AuthFromLog(f.authLog, 1)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Build(NewState(), cands, auth, t0+900); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N*len(cands))/b.Elapsed().Seconds(), "readings/s")
}
