// Package market is the off-chain half of the peer-to-peer energy market: the uniform-price call
// auction that clears each delivery window's book, the service jobs that submit clearings and
// settle trades on the EnergyMarket contract, and the benchmark engine.
package market

import (
	"cmp"
	"errors"
	"fmt"
	"math/bits"
	"slices"

	"github.com/meterchain/meterchain/internal/marketbook"
)

// Match pairs an ask with a bid for Wh at the window's clearing price.
type Match struct {
	AskID, BidID, Wh uint64
}

// Clearing is the outcome of one window's call auction.
type Clearing struct {
	Price   uint64            // uniform price, base units per kWh (0 when nothing trades)
	Volume  uint64            // Wh matched
	Matches []Match           // in bid priority order, then ask priority order
	Fills   map[uint64]uint64 // order id -> Wh filled (orders with a fill only)
}

// ErrVolumeOverflow is returned for a book whose total volume does not fit the contract's uint64.
var ErrVolumeOverflow = errors.New("market: book volume overflows uint64")

// Clear runs the uniform-price call auction on one window's book.
//
// The rule, in full (deterministic: same book, same result, whatever order the orders arrive in):
//
//  1. Volume Q is the largest quantity any single price can clear: Q = max_p min(D(p), S(p)), with
//     D(p) the Wh bid at p or more and S(p) the Wh asked at p or less.
//  2. Every price in [A, B] clears Q, where A is the ask price at which the asks sorted by price
//     reach Q and B the bid price at which the bids sorted by price (descending) reach Q. The
//     clearing price is the middle of that range, rounded up: A + (B-A+1)/2. It depends only on
//     the prices and quantities in the book.
//  3. Bids priced above B and asks priced below A fill completely. The orders at exactly B (bids)
//     or A (asks) share what is left pro rata to their size (floor); the few Wh lost to rounding go
//     one each to the largest orders of that level, then the lowest order id. Arrival order only
//     decides those last single Wh.
//  4. Bids (price descending, id ascending) are paired with asks (price ascending, id ascending)
//     by a merge walk; a pair with the same maker or the same meter is skipped (the contract
//     refuses self-trades). Volume a skipped pair leaves over goes, by a second walk, to other
//     orders still willing at the price; self-trades can only lower the volume.
//
// Why nobody gains by front-running a single order: the book of a window closes at the window's
// start and every match executes at the one price of rule 2, computed from the whole closed book.
// Seeing an order early gives no better price: an order placed "ahead" of the victim trades at
// exactly the price the victim trades at, and there is no later, worse price to sell the victim
// at — buying x and selling x in the same window nets p*x - p*x = 0. Arrival order does not give
// priority either (rule 3 is pro rata). See TestFrontRunning* for the checks.
func Clear(bids, asks []marketbook.Order) (Clearing, error) {
	out := Clearing{Fills: map[uint64]uint64{}}
	bids = sortedBook(bids, func(a, b marketbook.Order) int { return cmp.Compare(b.Price, a.Price) })
	asks = sortedBook(asks, func(a, b marketbook.Order) int { return cmp.Compare(a.Price, b.Price) })
	if err := checkTotals(bids, asks); err != nil {
		return out, err
	}

	q := maxVolume(bids, asks)
	if q == 0 {
		return out, nil
	}
	b := levelReaching(bids, q)
	a := levelReaching(asks, q)
	out.Price = a + (b-a+1)/2

	bidFill := allocate(bids, q)
	askFill := allocate(asks, q)
	out.Matches = pair(bids, asks, bidFill, askFill, out.Price)
	for _, m := range out.Matches {
		out.Volume += m.Wh
		out.Fills[m.AskID] += m.Wh
		out.Fills[m.BidID] += m.Wh
	}
	if out.Volume == 0 {
		out.Price = 0
	}
	return out, nil
}

func sortedBook(orders []marketbook.Order, byPrice func(a, b marketbook.Order) int) []marketbook.Order {
	s := slices.Clone(orders)
	slices.SortFunc(s, func(a, b marketbook.Order) int {
		if c := byPrice(a, b); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
	return s
}

func checkTotals(books ...[]marketbook.Order) error {
	for _, book := range books {
		var sum uint64
		for _, o := range book {
			var carry uint64
			if sum, carry = bits.Add64(sum, o.Wh, 0); carry != 0 {
				return ErrVolumeOverflow
			}
		}
	}
	return nil
}

// maxVolume is max over prices of min(demand, supply). The maximum is reached at a bid price
// (between two bid prices demand is flat and supply only grows toward the higher one), so it
// walks the bid price levels upward: demand(p) = bids priced p or more, supply(p) = asks p or less.
func maxVolume(bids, asks []marketbook.Order) uint64 {
	var demand, supply, best uint64
	for _, o := range bids {
		demand += o.Wh
	}
	bi, aj := len(bids)-1, 0 // bids are sorted descending: the cheapest is last
	for bi >= 0 {
		p := bids[bi].Price
		for aj < len(asks) && asks[aj].Price <= p {
			supply += asks[aj].Wh
			aj++
		}
		best = max(best, min(demand, supply))
		for bi >= 0 && bids[bi].Price == p {
			demand -= bids[bi].Wh
			bi--
		}
	}
	return best
}

// levelReaching is the price of the order at which the cumulative volume of the sorted book
// reaches q.
func levelReaching(book []marketbook.Order, q uint64) uint64 {
	var cum uint64
	for _, o := range book {
		cum += o.Wh
		if cum >= q {
			return o.Price
		}
	}
	panic(fmt.Sprintf("market: book of %d Wh cannot reach %d", cum, q))
}

// allocate fills q Wh from the sorted book: whole price levels first, the level where q is
// reached pro rata (remainder Wh to the largest orders, then lowest id).
func allocate(book []marketbook.Order, q uint64) []uint64 {
	fill := make([]uint64, len(book))
	left := q
	for i := 0; i < len(book) && left > 0; {
		j := i
		var level uint64
		for j < len(book) && book[j].Price == book[i].Price {
			level += book[j].Wh
			j++
		}
		if level <= left {
			for k := i; k < j; k++ {
				fill[k] = book[k].Wh
			}
			left -= level
			i = j
			continue
		}
		var given uint64
		for k := i; k < j; k++ {
			hi, lo := bits.Mul64(book[k].Wh, left)
			f, _ := bits.Div64(hi, lo, level)
			fill[k] = f
			given += f
		}
		rest := left - given
		order := make([]int, 0, j-i)
		for k := i; k < j; k++ {
			order = append(order, k)
		}
		slices.SortStableFunc(order, func(x, y int) int { return cmp.Compare(book[y].Wh, book[x].Wh) })
		for n := 0; rest > 0; n = (n + 1) % len(order) {
			if k := order[n]; fill[k] < book[k].Wh {
				fill[k]++
				rest--
			}
		}
		break
	}
	return fill
}

// pair matches the allocated fills by a merge walk (bids in priority order take asks in priority
// order), skipping self-trades. Volume a self-trade left unpaired is offered, in a second walk, to
// the other orders still willing at the price (their full size, not just their allocation).
func pair(bids, asks []marketbook.Order, bidFill, askFill []uint64, price uint64) []Match {
	out, bidUsed, askUsed := walk(bids, asks, bidFill, askFill, nil)
	bidCap := make([]uint64, len(bids))
	askCap := make([]uint64, len(asks))
	var short bool
	for i, b := range bids {
		if b.Price >= price {
			bidCap[i] = b.Wh - bidUsed[i]
			short = short || bidUsed[i] < bidFill[i]
		}
	}
	for k, a := range asks {
		if a.Price <= price {
			askCap[k] = a.Wh - askUsed[k]
			short = short || askUsed[k] < askFill[k]
		}
	}
	if !short {
		return out
	}
	out, _, _ = walk(bids, asks, bidCap, askCap, out)
	return merge(out)
}

func walk(bids, asks []marketbook.Order, bidQty, askQty []uint64, out []Match) ([]Match, []uint64, []uint64) {
	askLeft := slices.Clone(askQty)
	bidUsed := make([]uint64, len(bids))
	askUsed := make([]uint64, len(asks))
	first := 0 // first ask with volume left
	for i, bid := range bids {
		need := bidQty[i]
		for k := first; k < len(asks) && need > 0; k++ {
			if askLeft[k] == 0 {
				continue
			}
			ask := asks[k]
			if ask.Maker == bid.Maker || ask.MeterID == bid.MeterID {
				continue
			}
			q := min(need, askLeft[k])
			out = append(out, Match{AskID: ask.ID, BidID: bid.ID, Wh: q})
			need -= q
			askLeft[k] -= q
			bidUsed[i] += q
			askUsed[k] += q
		}
		for first < len(asks) && askLeft[first] == 0 {
			first++
		}
	}
	return out, bidUsed, askUsed
}

// merge folds repeated (ask, bid) pairs from the two walks into one match each.
func merge(ms []Match) []Match {
	idx := map[[2]uint64]int{}
	var out []Match
	for _, m := range ms {
		k := [2]uint64{m.AskID, m.BidID}
		if i, ok := idx[k]; ok {
			out[i].Wh += m.Wh
			continue
		}
		idx[k] = len(out)
		out = append(out, m)
	}
	return out
}
