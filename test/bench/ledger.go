package bench

import (
	"context"
	"fmt"
	"math"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/meterchain/meterchain/internal/anchor"
	"github.com/meterchain/meterchain/internal/anchorchain"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/internal/sim/meterfleet"
)

// ReadingKey names one reading: its meter and sequence number.
type ReadingKey struct{ Meter, Seq uint64 }

// Ledger follows the ReadingLedger's events block by block and remembers, for every
// (meter, seq), how many events it got, when the first was seen and any reject reason: what the
// ingest benchmarks reconcile the readings they sent against.
type Ledger struct {
	mu                  sync.Mutex
	events              map[ReadingKey]int
	firstAt             map[ReadingKey]int64 // unix ns; pointer-free maps cost the GC nothing to mark
	rejected            map[ReadingKey]reading.Reason
	gas, blobGas        uint64
	txs                 map[common.Hash]bool
	firstSeen, lastSeen time.Time
	blocks              uint64
}

// NewLedger is an empty Ledger; Follow fills it.
func NewLedger() *Ledger {
	return &Ledger{events: map[ReadingKey]int{}, firstAt: map[ReadingKey]int64{},
		rejected: map[ReadingKey]reading.Reason{}, txs: map[common.Hash]bool{}}
}

// Follow records the ledger's events from every block from `from` on (in process: cheap) until
// ctx ends.
func (w *Ledger) Follow(ctx context.Context, chain Chain, ledger common.Address, from uint64) error {
	return Follow(ctx, chain, from, func(_ uint64, seen time.Time, receipts []*types.Receipt) {
		w.mu.Lock()
		defer w.mu.Unlock()
		w.blocks++
		for _, r := range receipts {
			ours := false
			for _, l := range r.Logs {
				if l.Address != ledger {
					continue
				}
				ours = true
				if id, seq, reason, ok := reading.Outcome(l); ok {
					w.record(ReadingKey{id, seq}, seen, reason)
				}
			}
			if ours && r.Status == types.ReceiptStatusSuccessful && !w.txs[r.TxHash] {
				w.txs[r.TxHash] = true
				w.gas += r.GasUsed
			}
		}
	})
}

// FollowAnchored is Follow for an anchored ledger: a reading's event is its leaf in an anchored
// batch, read from the anchor transaction's data (the relayer's verdict; the benchmark's relayer
// is the honest oracle and a watcher checks it).
func (w *Ledger) FollowAnchored(ctx context.Context, chain Chain, rd *anchorchain.Reader, from uint64) error {
	return Follow(ctx, chain, from, func(_ uint64, seen time.Time, receipts []*types.Receipt) {
		var batches [][]anchor.Entry
		var gas []*types.Receipt
		for _, r := range receipts {
			for _, l := range r.Logs {
				if rd.Event(l) != anchorchain.Anchored {
					continue
				}
				data, err := rd.Data(ctx, r.TxHash)
				if err != nil {
					continue
				}
				if entries, err := anchor.DecodeData(data); err == nil {
					batches = append(batches, entries)
					gas = append(gas, r)
				}
			}
		}
		w.mu.Lock()
		defer w.mu.Unlock()
		w.blocks++
		for i, entries := range batches {
			for _, e := range entries {
				w.record(ReadingKey{e.Reading.MeterID, e.Reading.Seq}, seen, e.Verdict)
			}
			if r := gas[i]; !w.txs[r.TxHash] {
				w.txs[r.TxHash] = true
				w.gas += r.GasUsed
				w.blobGas += r.BlobGasUsed
			}
		}
	})
}

func (w *Ledger) record(k ReadingKey, at time.Time, r reading.Reason) {
	w.events[k]++
	if _, ok := w.firstAt[k]; !ok {
		w.firstAt[k] = at.UnixNano()
	}
	if r != reading.Accepted {
		w.rejected[k] = r
	}
	if w.firstSeen.IsZero() {
		w.firstSeen = at
	}
	w.lastSeen = at
}

// Seen is when the first and the last reading event were seen (zero before any).
func (w *Ledger) Seen() (first, last time.Time) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.firstSeen, w.lastSeen
}

// Await waits until every reading in keys has a ledger event; it fails after idle without
// progress. Each poll looks only at the readings still pending, so waiting costs one look per
// reading, not one per reading per poll: the bench counts this process's CPU.
func (w *Ledger) Await(ctx context.Context, keys map[ReadingKey]int64, idle time.Duration) error {
	pending := make([]ReadingKey, 0, len(keys))
	for k := range keys {
		pending = append(pending, k)
	}
	since := time.Now()
	for {
		left := w.unsettled(pending)
		if len(left) == 0 {
			return nil
		}
		if len(left) < len(pending) {
			since = time.Now()
		}
		pending = left
		if time.Since(since) > idle {
			return fmt.Errorf("%d of %d readings not on the ledger after %s without progress", len(pending), len(keys), idle)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// unsettled keeps, in place, the readings of pending that have no ledger event yet.
func (w *Ledger) unsettled(pending []ReadingKey) []ReadingKey {
	w.mu.Lock()
	defer w.mu.Unlock()
	left := pending[:0]
	for _, k := range pending {
		if w.events[k] == 0 {
			left = append(left, k)
		}
	}
	return left
}

// Reset forgets what was seen so far (readings sent before the measured window).
func (w *Ledger) Reset() {
	w.mu.Lock()
	defer w.mu.Unlock()
	clear(w.events)
	clear(w.firstAt)
	clear(w.rejected)
	clear(w.txs)
	w.gas, w.blobGas, w.blocks, w.firstSeen, w.lastSeen = 0, 0, 0, time.Time{}, time.Time{}
}

// Reconciliation compares the readings sent (acknowledged) with the ledger's events.
type Reconciliation struct {
	Accepted, Rejected int64
	Lost               int64 // acknowledged, never on the ledger
	Duplicated         int64 // more than one ledger event for one (meter, seq)
	Unexpected         int64 // ledger events for readings nobody sent
	GasPerReading      float64
	BlobGasPerReading  float64 // batches anchored in blobs: blob gas (priced apart from gas)
	Transactions       int
	Blocks             uint64
	// Latency from the send (the stamp in the sent map) to the block with the reading's event
	// being seen, in milliseconds.
	LatencyP50Ms, LatencyP99Ms, LatencyMaxMs float64
}

// Reconcile compares sent (reading → when its upload began, unix ns) with what the ledger logged.
func (w *Ledger) Reconcile(sent map[ReadingKey]int64) Reconciliation {
	w.mu.Lock()
	defer w.mu.Unlock()
	var res Reconciliation
	var lat []float64
	for k, at := range sent {
		switch n := w.events[k]; {
		case n == 0:
			res.Lost++
			continue
		case n > 1:
			res.Duplicated++
		}
		if _, bad := w.rejected[k]; bad {
			res.Rejected++
		} else {
			res.Accepted++
		}
		lat = append(lat, float64(w.firstAt[k]-at)/float64(time.Millisecond))
	}
	for k := range w.events {
		if _, ok := sent[k]; !ok {
			res.Unexpected++
		}
	}
	if settled := res.Accepted + res.Rejected; settled > 0 {
		res.GasPerReading = math.Round(float64(w.gas) / float64(settled))
		res.BlobGasPerReading = math.Round(float64(w.blobGas) / float64(settled))
	}
	res.Transactions, res.Blocks = len(w.txs), w.blocks
	slices.Sort(lat)
	if len(lat) > 0 {
		res.LatencyP50Ms = math.Round(Percentile(lat, 0.50))
		res.LatencyP99Ms = math.Round(Percentile(lat, 0.99))
		res.LatencyMaxMs = math.Round(lat[len(lat)-1])
	}
	return res
}

// Stamps records when readings were sent (unix ns), from many goroutines.
type Stamps struct {
	mu sync.Mutex
	m  map[ReadingKey]int64
}

// NewStamps is an empty record.
func NewStamps() *Stamps { return &Stamps{m: map[ReadingKey]int64{}} }

// Put records that reading k was sent at at.
func (s *Stamps) Put(k ReadingKey, at time.Time) {
	s.mu.Lock()
	s.m[k] = at.UnixNano()
	s.mu.Unlock()
}

// Take returns what was recorded and starts a new record.
func (s *Stamps) Take() map[ReadingKey]int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	m := s.m
	s.m = map[ReadingKey]int64{}
	return m
}

// FirstPerMeter splits prepared uploads into each meter's first one (it creates the meter's
// ledger slot: commissioning, before a measured window) and the rest, in order.
func FirstPerMeter(ups []*meterfleet.Upload) (first, rest []*meterfleet.Upload) {
	seen := map[uint64]bool{}
	for _, u := range ups {
		if id := u.Reading.MeterID; !seen[id] {
			seen[id] = true
			first = append(first, u)
		} else {
			rest = append(rest, u)
		}
	}
	return first, rest
}
