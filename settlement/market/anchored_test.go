package market_test

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/bindings"
	"github.com/meterchain/meterchain/bindings/anchoredboundaries"
	"github.com/meterchain/meterchain/bindings/anchoredledger"
	"github.com/meterchain/meterchain/internal/anchor"
	"github.com/meterchain/meterchain/internal/marketbook"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/settlement"
	"github.com/meterchain/meterchain/test/harness"
)

const (
	anchoredWindow  = 600 // challenge window, seconds
	anchoredMinBond = 1_000_000_000
)

// boundaries is a deployment's AnchoredBoundaries with what a prover sends it.
type boundaries struct {
	a    *harness.AnchoredDeployment
	abi  *anchoredboundaries.AnchoredBoundaries
	inst *bind.BoundContract
}

func newBoundaries(a *harness.AnchoredDeployment) *boundaries {
	ab := anchoredboundaries.NewAnchoredBoundaries()
	return &boundaries{a: a, abi: ab, inst: ab.Instance(a.E.Client, a.D.AnchoredBoundaries)}
}

// prove sends proveReadings for leaves `indexes` of b, whose header is h (a test may pass a
// tampered one), from Users[3]; leaf edits the proven leaf before it is sent.
func (x *boundaries) prove(b *harness.AnchoredBatch, h anchor.Header, leaf func(*anchor.Neighbour), indexes ...uint32) (*types.Receipt, error) {
	x.a.E.T.Helper()
	proofs, err := anchor.NewProofs(b.Header, b.Entries)
	require.NoError(x.a.E.T, err)
	var leaves []anchoredboundaries.AnchoredLedgerNeighbour
	for _, i := range indexes {
		n, err := proofs.Reading(min(i, b.Header.Count-1))
		require.NoError(x.a.E.T, err)
		if leaf != nil {
			leaf(&n)
		}
		leaves = append(leaves, anchoredboundaries.AnchoredLedgerNeighbour(n))
	}
	return x.a.E.Send(x.a.E.Users[3], x.inst, x.abi.PackProveReadings(anchoredboundaries.AnchoredLedgerHeader(h), b.Batch, indexes, leaves))
}

// revert is the name of the custom error err carries, from either contract.
func (x *boundaries) revert(err error) string {
	if n := harness.RevertName(err, &anchoredboundaries.AnchoredBoundariesMetaData); n != "" && err != nil {
		return n
	}
	return harness.RevertName(err, &anchoredledger.AnchoredLedgerMetaData)
}

func (x *boundaries) at(meter, ts uint64) anchoredboundaries.BoundaryAtOutput {
	x.a.E.T.Helper()
	v, err := bind.Call(x.inst, nil, x.abi.PackBoundaryAt(meter, ts), x.abi.UnpackBoundaryAt)
	require.NoError(x.a.E.T, err)
	return v
}

func (x *boundaries) proven(r *types.Receipt) []*anchoredboundaries.AnchoredBoundariesBoundaryProven {
	var out []*anchoredboundaries.AnchoredBoundariesBoundaryProven
	for _, l := range r.Logs {
		if ev, err := x.abi.UnpackBoundaryProvenEvent(l); err == nil {
			out = append(out, ev)
		}
	}
	return out
}

// An attacker cannot give the market registers the anchored ledger has not made final:
// AnchoredBoundaries refuses a batch still inside its window, a voided batch, a header that is
// not the batch's, a leaf edited after anchoring, a leaf past the count and a rejected reading;
// it takes the accepted reading of a final batch once, and a second proof changes nothing.
func TestAnchoredBoundariesRefuseWhatIsNotFinalAndAccepted(t *testing.T) {
	e := harness.New(t, 5)
	a := e.DeployAnchored(anchoredWindow, anchoredMinBond)
	x := newBoundaries(a)
	m := a.RegisterMeter(100_100_101, e.Users[3], true, 100_000)
	ts := e.Now() - 600
	ok := reading.Reading{MeterID: m.ID, Seq: 1, Timestamp: ts, ImportWh: 1_000, ExportWh: 700}
	stale := reading.Reading{MeterID: m.ID, Seq: 2, Timestamp: ts, ImportWh: 1_100, ExportWh: 700} // not after the last: rejected
	b := a.Post(e.Users[0], a.Forge([]anchor.Candidate{a.Candidate(m, ok), a.Candidate(m, stale)}, e.Now(), nil), e.Now())
	require.Equal(t, reading.Accepted, b.Entries[0].Verdict)
	require.NotEqual(t, reading.Accepted, b.Entries[1].Verdict)

	_, err := x.prove(b, b.Header, nil, 0)
	require.Equal(t, "NotFinal", x.revert(err), "inside the challenge window")

	// A liar's batch accepting a reading with a forged registers value, voided by the challenger.
	forged := reading.Reading{MeterID: m.ID, Seq: 3, Timestamp: ts + 900, ImportWh: 1_200, ExportWh: 99_000}
	lie := a.Post(e.Users[4], a.Forge([]anchor.Candidate{tamper(a, a.Candidate(m, forged), 990_000)}, e.Now(), map[int]bool{0: true}), e.Now())
	a.Void(lie)

	a.WarpTo(lie.Header.AnchoredAt + anchoredWindow)
	_, err = x.prove(lie, lie.Header, nil, 0)
	require.Equal(t, "NotFinal", x.revert(err), "a voided batch is never final")
	wrong := b.Header
	wrong.Count++
	_, err = x.prove(b, wrong, nil, 0)
	require.Equal(t, "BadHeader", x.revert(err))
	_, err = x.prove(b, b.Header, func(n *anchor.Neighbour) { n.ExportWh++ }, 0)
	require.Equal(t, "BadPath", x.revert(err), "registers edited after anchoring")
	_, err = x.prove(b, b.Header, nil, 2)
	require.Equal(t, "BadIndex", x.revert(err), "a leaf past the count")
	_, err = x.prove(b, b.Header, nil, 1)
	require.Equal(t, "NotAccepted", x.revert(err), "a rejected reading")
	require.False(t, x.at(m.ID, ts).Accepted, "nothing refused was stored")

	r, err := x.prove(b, b.Header, nil, 0)
	require.NoError(t, err, x.revert(err))
	require.Len(t, x.proven(r), 1)
	t.Logf("proveReadings: %d gas for one reading of a %d-leaf batch", r.GasUsed, b.Header.Count)
	got := x.at(m.ID, ts)
	require.True(t, got.Accepted)
	require.Equal(t, [2]uint64{ok.ImportWh, ok.ExportWh}, [2]uint64{got.ImportWh, got.ExportWh})
	r, err = x.prove(b, b.Header, nil, 0)
	require.NoError(t, err, "a boundary proven already is skipped, not refused: provers never race")
	require.Empty(t, x.proven(r))
}

// anchoredTrade is an anchored deployment with challenge window `window`, a settlement service
// with the market, and one trade of 2,000 Wh at 250,000 a kWh between a prosumer (owner Users[3])
// and a consumer (Users[5]) in window w, its book cleared and its opening readings anchored.
type anchoredTrade struct {
	t             *testing.T
	e             *harness.Env
	a             *harness.AnchoredDeployment
	x             *boundaries
	m             *harness.Market
	svc           *settlement.Service
	seller, buyer *harness.Meter
	w, end        uint64
}

func newAnchoredTrade(t *testing.T, window uint64) *anchoredTrade {
	e := harness.New(t, 6)
	a := e.DeployAnchored(window, anchoredMinBond)
	s := &anchoredTrade{t: t, e: e, a: a, x: newBoundaries(a), m: e.MarketOf(a.D),
		seller: a.RegisterMeter(100_100_101, e.Users[3], true, 100_000), buyer: a.RegisterMeter(100_200_101, e.Users[5], false, 100_000)}
	s.m.FundAndApprove(e.Users[5], 1_000_000_000)
	s.svc = startService(t, e, s.m, a.D)
	s.w = s.m.NextWindow(time.Hour)
	s.end = s.w + s.m.WindowLen
	s.m.Ask(e.Users[3], s.seller.ID, s.w, 2000, 200_000)
	s.m.Bid(e.Users[5], s.buyer.ID, s.w, 2000, 300_000)
	a.WarpTo(s.w)
	s.poll() // clears the window at 250,000 per kWh
	a.Post(e.Users[0], a.Forge([]anchor.Candidate{s.read(s.seller, 1, s.w, 0, 0), s.read(s.buyer, 1, s.w, 0, 0)}, e.Now(), nil), e.Now())
	a.WarpTo(s.end)
	return s
}

func (s *anchoredTrade) poll() {
	s.t.Helper()
	pollService(s.t, s.svc, 4)
}

func (s *anchoredTrade) read(mt *harness.Meter, seq, ts, importWh, exportWh uint64) anchor.Candidate {
	return s.a.Candidate(mt, reading.Reading{MeterID: mt.ID, Seq: seq, Timestamp: ts, ImportWh: importWh, ExportWh: exportWh})
}

// closing anchors the honest end readings: the seller exported 1,800 Wh, the buyer imported 2,500.
func (s *anchoredTrade) closing() *harness.AnchoredBatch {
	return s.a.Post(s.e.Users[0], s.a.Forge([]anchor.Candidate{s.read(s.seller, 2, s.end, 0, 1800), s.read(s.buyer, 2, s.end, 2500, 0)},
		s.e.Now(), nil), s.e.Now())
}

func (s *anchoredTrade) trade() marketbook.Trade {
	s.t.Helper()
	trades, err := marketbook.ReadTrades(context.Background(), s.e.Client, s.a.D.EnergyMarket, s.a.D.Block, s.w)
	require.NoError(s.t, err)
	require.Len(s.t, trades, 1)
	return trades[0]
}

// settledOnHonestReadings: the trade settled on delivery min(2,000 traded, 1,800 exported, 2,500
// imported) from the four proven boundaries, and the money moved accordingly.
func (s *anchoredTrade) settledOnHonestReadings() {
	t := s.t
	t.Helper()
	tr := s.trade()
	require.True(t, tr.Settled)
	require.Equal(t, uint64(1800), tr.DeliveredWh)
	for _, k := range []struct{ meter, ts, imp, exp uint64 }{{s.seller.ID, s.w, 0, 0}, {s.buyer.ID, s.w, 0, 0}, {s.seller.ID, s.end, 0, 1800}, {s.buyer.ID, s.end, 2500, 0}} {
		got := s.x.at(k.meter, k.ts)
		require.True(t, got.Accepted, "boundary %d@%d proven", k.meter, k.ts)
		require.Equal(t, [2]uint64{k.imp, k.exp}, [2]uint64{got.ImportWh, got.ExportWh})
	}
	require.Equal(t, int64(450_000), s.m.Balance(s.e.Users[3].Addr).Int64())
	require.Equal(t, int64(1_000_000_000-450_000), s.m.Balance(s.e.Users[5].Addr).Int64())
	require.Zero(t, s.m.Balance(s.m.Addr).Sign())
}

// On an anchored deployment the settlement service settles a P2P trade from final batches only:
// while the boundary readings' batch is inside its challenge window nothing is proven or settled;
// a liar's batch claiming the seller exported more is voided and never counts; past the window the
// service proves the four boundaries from the final batches, records them and settles the trade
// on what the honest readings say was delivered.
func TestAnchoredMarketSettlesFromFinalBatches(t *testing.T) {
	s := newAnchoredTrade(t, anchoredWindow)
	a := s.a
	lie := a.Post(s.e.Users[4], a.Forge([]anchor.Candidate{tamper(a, s.read(s.seller, 2, s.end, 0, 1800), 5_000)}, s.e.Now(), map[int]bool{0: true}), s.e.Now())
	a.Void(lie)
	honest := s.closing()
	s.poll()
	require.False(t, s.trade().Settled, "the end readings' batch is inside its challenge window")
	require.False(t, s.x.at(s.seller.ID, s.end).Accepted)

	a.WarpTo(honest.Header.AnchoredAt + anchoredWindow)
	for range 3 {
		s.poll()
	}
	s.settledOnHonestReadings() // the liar's 5,000 never counted
}

// With a challenge window longer than the verified market's 7-day grace (a public chain's), the
// buyer cannot settle a delivered trade as undelivered while its readings cannot be proven yet:
// the anchored market's grace is 7 days plus the challenge window, and the trade settles on its
// readings once their batch is final.
func TestAnchoredTradeCannotLapseBeforeItsReadingsAreFinal(t *testing.T) {
	const window = 8 * 24 * 3600
	s := newAnchoredTrade(t, window)
	grace, err := bind.Call(s.m.Contract, nil, s.m.ABI.PackSETTLEGRACE(), s.m.ABI.UnpackSETTLEGRACE)
	require.NoError(t, err)
	require.Equal(t, uint64(7*24*3600+window), grace)
	honest := s.closing()
	s.a.WarpTo(s.end + 7*24*3600 + 3600) // the verified market's grace is over; the batch is not final
	_, err = s.m.Settle(s.e.Users[5], s.trade().ID)
	require.Equal(t, "WindowNotCovered", harness.RevertName(err, &bindings.EnergyMarketMetaData))

	s.a.WarpTo(honest.Header.AnchoredAt + window)
	for range 3 {
		s.poll()
	}
	s.settledOnHonestReadings()
}

// tamper is c with its export register changed after the meter signed it (the signature no
// longer verifies).
func tamper(a *harness.AnchoredDeployment, c anchor.Candidate, exportWh uint64) anchor.Candidate {
	c.Reading.ExportWh = exportWh
	c.Signer = anchor.Signer(a.Domain)(c.Reading, c.Signature)
	return c
}
