package market

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/internal/marketbook"
)

func order(id, wh, price uint64) marketbook.Order {
	return marketbook.Order{ID: id, Maker: common.BigToAddress(new(big.Int).SetUint64(1000 + id)), MeterID: 100_100_000 + id, Wh: wh, Price: price}
}

// The hand-worked example (prices in base units per kWh):
//
//	bids: #1 1000 Wh @300, #2 2000 @280, #3 1500 @250, #4 1000 @220, #5 500 @200
//	asks: #6 1200 Wh @180, #7 800 @210, #8 1500 @240, #9 1000 @260, #10 2000 @290
//
// min(demand, supply) at the bid prices: @200 1200, @220 2000, @250 3500, @280 3000, @300 1000,
// so Q = 3500 Wh. Asks reach 3500 at 240 (A), bids at 250 (B): price = 240 + (250-240+1)/2 = 245.
// Bids #1, #2 fill, #3 gets the remaining 500; asks #6, #7, #8 fill. Merge walk:
// #1<-#6 1000; #2<-#6 200, #7 800, #8 1000; #3<-#8 500.
func TestClearHandWorkedExample(t *testing.T) {
	bids := []marketbook.Order{order(1, 1000, 300), order(2, 2000, 280), order(3, 1500, 250), order(4, 1000, 220), order(5, 500, 200)}
	asks := []marketbook.Order{order(6, 1200, 180), order(7, 800, 210), order(8, 1500, 240), order(9, 1000, 260), order(10, 2000, 290)}
	c, err := Clear(bids, asks)
	require.NoError(t, err)
	require.Equal(t, uint64(245), c.Price)
	require.Equal(t, uint64(3500), c.Volume)
	require.Equal(t, []Match{
		{AskID: 6, BidID: 1, Wh: 1000},
		{AskID: 6, BidID: 2, Wh: 200},
		{AskID: 7, BidID: 2, Wh: 800},
		{AskID: 8, BidID: 2, Wh: 1000},
		{AskID: 8, BidID: 3, Wh: 500},
	}, c.Matches)
	require.Equal(t, map[uint64]uint64{1: 1000, 2: 2000, 3: 500, 6: 1200, 7: 800, 8: 1500}, c.Fills)
}

func TestClearNoCrossing(t *testing.T) {
	c, err := Clear([]marketbook.Order{order(1, 100, 100)}, []marketbook.Order{order(2, 100, 101)})
	require.NoError(t, err)
	require.Zero(t, c.Price)
	require.Empty(t, c.Matches)
}

// Orders at the marginal price share pro rata, whatever their ids.
func TestClearMarginalLevelProRata(t *testing.T) {
	c, err := Clear([]marketbook.Order{order(1, 100, 50), order(2, 300, 50)}, []marketbook.Order{order(3, 200, 10)})
	require.NoError(t, err)
	require.Equal(t, uint64(30), c.Price) // 10 + (50-10+1)/2
	require.Equal(t, []Match{{AskID: 3, BidID: 1, Wh: 50}, {AskID: 3, BidID: 2, Wh: 150}}, c.Matches)

	// Rounding leftovers go to the largest order first: 3 bids of 1 Wh... here 100 Wh among 3x 100.
	c, err = Clear([]marketbook.Order{order(1, 100, 50), order(2, 100, 50), order(3, 100, 50)}, []marketbook.Order{order(4, 100, 10)})
	require.NoError(t, err)
	require.Equal(t, map[uint64]uint64{1: 34, 2: 33, 3: 33, 4: 100}, c.Fills)
}

// The contract refuses a trade between the same maker or meter: the clearing skips such pairs.
func TestClearSkipsSelfTrade(t *testing.T) {
	bid := order(1, 100, 50)
	ownAsk := order(2, 100, 10)
	ownAsk.Maker = bid.Maker
	other := order(3, 100, 20)
	c, err := Clear([]marketbook.Order{bid}, []marketbook.Order{ownAsk, other})
	require.NoError(t, err)
	require.Equal(t, []Match{{AskID: 3, BidID: 1, Wh: 100}}, c.Matches)
}

func TestClearOverflowRefused(t *testing.T) {
	_, err := Clear([]marketbook.Order{order(1, 1<<63, 5), order(2, 1<<63, 5)}, []marketbook.Order{order(3, 1, 1)})
	require.ErrorIs(t, err, ErrVolumeOverflow)
}

// Every clearing of a random book is one the contract accepts, and it is individually rational:
// each match is within both limits, no order over-filled, the price is in [A, B].
func TestClearPropertiesRandomBooks(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 500 {
		bids, asks := randomBook(rng, 1)
		c, err := Clear(bids, asks)
		require.NoError(t, err)
		byID := map[uint64]marketbook.Order{}
		for _, o := range append(append([]marketbook.Order{}, bids...), asks...) {
			byID[o.ID] = o
		}
		filled := map[uint64]uint64{}
		for _, m := range c.Matches {
			ask, bid := byID[m.AskID], byID[m.BidID]
			require.LessOrEqual(t, ask.Price, c.Price)
			require.GreaterOrEqual(t, bid.Price, c.Price)
			require.NotEqual(t, ask.Maker, bid.Maker)
			require.Positive(t, m.Wh)
			filled[m.AskID] += m.Wh
			filled[m.BidID] += m.Wh
		}
		for id, f := range filled {
			require.LessOrEqual(t, f, byID[id].Wh)
		}
		// No trade-through: no unfilled bid above the price while an ask below it is unfilled.
		for _, b := range bids {
			for _, a := range asks {
				if b.Price > c.Price && a.Price < c.Price && b.Maker != a.Maker {
					require.True(t, filled[b.ID] == b.Wh || filled[a.ID] == a.Wh, "bid %d and ask %d could still trade", b.ID, a.ID)
				}
			}
		}
	}
}

// Front-running a single order: an attacker who sees a victim's order and gets in "ahead" of it
// (a lower order id) gets exactly what it would have got behind it, at the same price; the victim
// too. Only single rounding Wh at a pro-rata level can follow ids.
func TestFrontRunningGainsNothing(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for range 300 {
		bids, asks := randomBook(rng, 100)
		victim := marketbook.Order{ID: 0, Maker: common.HexToAddress("0x0b"), MeterID: 999_999_001, Wh: 1 + rng.Uint64N(3000), Price: 150 + rng.Uint64N(200)}
		attacker := marketbook.Order{ID: 0, Maker: common.HexToAddress("0x0a"), MeterID: 999_999_002, Wh: victim.Wh, Price: victim.Price}
		run := func(attackerFirst bool) Clearing {
			v, a := victim, attacker
			if attackerFirst {
				a.ID, v.ID = 1, 2
			} else {
				v.ID, a.ID = 1, 2
			}
			c, err := Clear(append(append([]marketbook.Order{}, bids...), v, a), asks)
			require.NoError(t, err)
			return c
		}
		ahead, behind := run(true), run(false)
		require.Equal(t, behind.Price, ahead.Price, "the price does not depend on who came first")
		require.Equal(t, behind.Volume, ahead.Volume)
		// ids swapped between the runs: attacker is 1 when ahead, 2 when behind.
		require.InDelta(t, float64(behind.Fills[2]), float64(ahead.Fills[1]), 1, "attacker fill")
		require.InDelta(t, float64(behind.Fills[1]), float64(ahead.Fills[2]), 1, "victim fill")
		for _, o := range bids {
			require.InDelta(t, float64(behind.Fills[o.ID]), float64(ahead.Fills[o.ID]), 1)
		}
	}
}

// A sandwich — buy the cheap supply ahead of a big bid and sell it to that bid at its limit —
// earns nothing: whether the attacker's two orders come before or after the victim's, the result
// is the same (±1 rounding Wh), and both legs clear at the one price, so a round trip nets zero.
func TestFrontRunningSandwichNoSpread(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for range 300 {
		bids, asks := randomBook(rng, 100)
		cheapest := asks[0].Price
		for _, a := range asks {
			cheapest = min(cheapest, a.Price)
		}
		wh := 1 + rng.Uint64N(3000)
		limit := 200 + rng.Uint64N(200)
		run := func(attackerFirst bool) (c Clearing, victim, buy, sell marketbook.Order) {
			victim = marketbook.Order{Maker: common.HexToAddress("0x01"), MeterID: 999_999_001, Wh: wh, Price: limit}
			buy = marketbook.Order{Maker: common.HexToAddress("0x02"), MeterID: 999_999_002, Wh: wh, Price: cheapest}
			sell = marketbook.Order{Maker: common.HexToAddress("0x03"), MeterID: 999_999_003, Wh: wh, Price: limit}
			if attackerFirst {
				buy.ID, sell.ID, victim.ID = 1, 2, 3
			} else {
				victim.ID, buy.ID, sell.ID = 1, 2, 3
			}
			c, err := Clear(append(append([]marketbook.Order{}, bids...), victim, buy), append(append([]marketbook.Order{}, asks...), sell))
			require.NoError(t, err)
			return c, victim, buy, sell
		}
		ahead, v1, b1, s1 := run(true)
		behind, v2, b2, s2 := run(false)
		require.Equal(t, behind.Price, ahead.Price)
		require.InDelta(t, float64(behind.Fills[v2.ID]), float64(ahead.Fills[v1.ID]), 1, "victim fill")
		require.InDelta(t, float64(behind.Fills[b2.ID]), float64(ahead.Fills[b1.ID]), 1, "attacker buy")
		require.InDelta(t, float64(behind.Fills[s2.ID]), float64(ahead.Fills[s1.ID]), 1, "attacker sell")

		if ahead.Fills[v1.ID] > 0 {
			require.LessOrEqual(t, ahead.Price, limit, "the victim never pays above its limit")
		}
	}
}

// randomBook makes 1..20 bids and asks with distinct makers and meters; ids start at firstID+10.
func randomBook(rng *rand.Rand, base uint64) (bids, asks []marketbook.Order) {
	id := base + 10
	for range 1 + rng.IntN(20) {
		bids = append(bids, order(id, 1+rng.Uint64N(5000), 100+rng.Uint64N(300)))
		id++
	}
	for range 1 + rng.IntN(20) {
		asks = append(asks, order(id, 1+rng.Uint64N(5000), 100+rng.Uint64N(300)))
		id++
	}
	return bids, asks
}
