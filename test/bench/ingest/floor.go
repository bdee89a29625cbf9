package ingest

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"runtime"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/ecies"

	"github.com/meterchain/meterchain/internal/envelope"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/test/bench"
)

// The floor is sampled through the measured window, floorSample readings' worth every
// floorEvery (about 1% of a core), so that it sees the machine as the readings did; a run too
// short for floorMin samples is topped up at the end.
const (
	floorSample = 50
	floorEvery  = time.Second
	floorMin    = 1000
)

// cryptoFloor times the elliptic-curve work one reading cannot avoid, in CPU time: the oracle's
// ECIES decryption of the envelope (envelope.Open) and its recovery of the meter's signature,
// and the chain's ecrecover of the same signature once. The embedded devnet executes every
// transaction twice (building the block and importing it), but geth keeps the results of pure
// precompiles in a cache the miner and the import share (core.BlockChain's PrecompileCache,
// on by default), so the import's ECRECOVER is a cache hit, not a second recovery. It runs on a
// locked OS thread and counts that thread's CPU time only, so other work on the machine does
// not inflate it.
type cryptoFloor struct {
	keys   envelope.Keys
	domain reading.Domain
	env    []byte
	chain  bool // the chain recovers the signature too (the verified ledger; not the anchored one)

	mu  sync.Mutex
	cpu time.Duration
	n   int
}

// newCryptoFloor seals a real reading of a meter (key, id) to the oracle.
func newCryptoFloor(oracleKey, meterKey *ecdsa.PrivateKey, d reading.Domain, meterID uint64, chain bool) (*cryptoFloor, error) {
	det := reading.Detail{VoltageMV: 230_000, CurrentMA: 5_000, TemperatureMC: 21_000, HumidityBP: 4_500}
	r := reading.Reading{MeterID: meterID, Seq: 1, Timestamp: uint64(time.Now().Unix()), ImportWh: 1_000, DetailHash: det.Hash()}
	sig, err := reading.Sign(meterKey, d, r)
	if err != nil {
		return nil, err
	}
	env, err := envelope.Seal(&oracleKey.PublicKey, envelope.Payload{Reading: r, Detail: det, Signature: sig[:]})
	if err != nil {
		return nil, err
	}
	return &cryptoFloor{keys: envelope.Keys{Secp256k1: ecies.ImportECDSA(oracleKey)}, domain: d, env: env, chain: chain}, nil
}

// sample times n readings' worth on the calling goroutine's (locked) thread.
func (f *cryptoFloor) sample(n int) error {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	start := bench.ThreadCPU()
	for range n {
		_, p, err := envelope.Open(f.keys, f.env)
		if err != nil {
			return fmt.Errorf("crypto floor: %w", err)
		}
		s := p.Sig()
		if _, err := reading.Recover(f.domain, p.Reading, s); err != nil {
			return fmt.Errorf("crypto floor: %w", err)
		}
		if !f.chain {
			continue
		}
		digest := f.domain.Digest(p.Reading)
		raw := append([]byte(nil), s[:]...)
		raw[64] -= 27
		// The ECRECOVER precompile, as the chain runs it building the block.
		if _, err := crypto.Ecrecover(digest[:], raw); err != nil {
			return fmt.Errorf("crypto floor: ecrecover: %w", err)
		}
	}
	used := bench.ThreadCPU() - start
	f.mu.Lock()
	f.cpu += used
	f.n += n
	f.mu.Unlock()
	return nil
}

// run samples every floorEvery until ctx ends.
func (f *cryptoFloor) run(ctx context.Context) error {
	t := time.NewTicker(floorEvery)
	defer t.Stop()
	for {
		if err := f.sample(floorSample); err != nil {
			return err
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

// spent is the CPU the samples used so far.
func (f *cryptoFloor) spent() time.Duration {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.cpu
}

// usPerReading tops the samples up to floorMin and returns the floor in microseconds.
func (f *cryptoFloor) usPerReading() (float64, error) {
	f.mu.Lock()
	short := floorMin - f.n
	f.mu.Unlock()
	if short > 0 {
		if err := f.sample(short); err != nil {
			return 0, err
		}
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	return float64(f.cpu) / float64(time.Microsecond) / float64(f.n), nil
}
