package oracle

import (
	"math/big"

	"bytes"
	"context"
	"fmt"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"
	"net/http"
	"sort"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/internal/stored"
	"github.com/meterchain/meterchain/test/harness"
)

// BenchmarkOracleIngest drives the oracle end to end on the simulated chain with a block every
// second: pre-sealed envelopes from many meters posted over HTTP by 32 clients, decrypted,
// verified, group-committed, batched, mined and settled. It reports readings/s (first post to last
// settlement) and the received→settled latency percentiles.
//
//	go test ./oracle -run '^$' -bench BenchmarkOracleIngest -benchtime 1x
func BenchmarkOracleIngest(b *testing.B) {
	const meters, perMeter, clients = 1000, 10, 32
	e := harness.New(b, 1)
	f := &fixture{e: e, meters: map[uint64]*harness.Meter{}, dbPath: b.TempDir() + "/oracle.db"}
	var err error
	f.oracleKey, err = crypto.GenerateKey()
	require.NoError(b, err)
	e.Client.Manual = true
	registerBulk(b, e, f, meters)
	now := e.Now()
	// Each client owns a share of the meters and sends each meter's readings in order, as a
	// meter does (round-robin over its meters, so readings of one meter are spread out in time).
	shares := make([][][]byte, clients)
	total := int64(0)
	i := 0
	for id := range f.meters {
		i++
		for k := uint64(1); k <= perMeter; k++ {
			r, d := newReading(id, k, now-(perMeter+1-k)*60, k*10, 0)
			shares[i%clients] = append(shares[i%clients], f.seal(b, r, d, nil))
			total++
		}
	}
	for c := range shares { // interleave: reading k of every meter of the share before reading k+1
		var out [][]byte
		n := len(shares[c]) / perMeter
		for k := range perMeter {
			for m := range n {
				out = append(out, shares[c][m*perMeter+k])
			}
		}
		shares[c] = out
	}
	stopMining := make(chan struct{})
	go func() { // a block every second, as on devnet
		tick := time.NewTicker(time.Second)
		defer tick.Stop()
		for {
			select {
			case <-stopMining:
				return
			case <-tick.C:
				e.Sim.Commit()
			}
		}
	}()
	defer close(stopMining)

	cfg := f.config()
	cfg.BatchInterval = 0 // the production default
	s, err := New(cfg, e.Client)
	require.NoError(b, err)
	require.NoError(b, s.Start(context.Background()))
	defer s.Stop()
	url := "http://" + s.HTTPAddr() + "/v1/readings"
	b.ResetTimer()
	cpu0 := cpuTime()
	start := time.Now()
	var wg sync.WaitGroup
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: clients}}
	for c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, env := range shares[c] {
				resp, err := client.Post(url, "application/json", bytes.NewReader(env))
				if err != nil {
					b.Error(err)
					continue
				}
				if resp.StatusCode != http.StatusAccepted {
					b.Errorf("status %d", resp.StatusCode)
				}
				resp.Body.Close()
			}
		}()
	}
	wg.Wait()
	ingested := time.Since(start)
	for {
		c, err := s.Store().Counts(context.Background())
		require.NoError(b, err)
		if c[stored.Accepted]+c[stored.Rejected] == total {
			require.Equal(b, total, c[stored.Accepted])
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	elapsed := time.Since(start)
	cpu := cpuTime() - cpu0
	b.StopTimer()
	var lat []float64
	rows, err := s.Store().DB().Query(`SELECT updated_at - received_at FROM readings`)
	require.NoError(b, err)
	for rows.Next() {
		var ms float64
		require.NoError(b, rows.Scan(&ms))
		lat = append(lat, ms)
	}
	rows.Close()
	sort.Float64s(lat)
	b.ReportMetric(float64(total)/ingested.Seconds(), "ingested/s")
	b.ReportMetric(float64(total)/elapsed.Seconds(), "readings/s")
	b.ReportMetric(lat[len(lat)/2], "p50-ms")
	b.ReportMetric(lat[len(lat)*99/100], "p99-ms")
	// CPU time per reading of this whole process (oracle, simulated chain, HTTP clients): on a
	// loaded machine the rates above say little, this says what two free cores could do.
	b.ReportMetric(float64(cpu.Microseconds())/float64(total), "cpu-µs/reading")
	b.ReportMetric(0, "ns/op")
	fmt.Printf("oracle ingest: %d readings from %d meters, %d transactions\n", total, meters, txCount(b, s))
}

// registerBulk registers n meters with consecutive registrar nonces, many per block.
func registerBulk(b *testing.B, e *harness.Env, f *fixture, n int) {
	nonce, err := e.Client.PendingNonceAt(e.Ctx, e.Registrar.Addr)
	require.NoError(b, err)
	var last *types.Transaction
	for i := range n {
		id := uint64(300_000_000 + (i/999+1)*1000 + i%999 + 1)
		key, err := crypto.GenerateKey()
		require.NoError(b, err)
		f.meters[id] = &harness.Meter{ID: id, Key: key, Owner: e.Users[0]}
		opts := *e.Registrar.Opts
		opts.Nonce, opts.GasLimit = new(big.Int).SetUint64(nonce+uint64(i)), 500_000
		last, err = bind.Transact(e.Registry, &opts, e.RegistryABI.PackRegister(id, e.Users[0].Addr, crypto.PubkeyToAddress(key.PublicKey), 0, 1, 10_000))
		require.NoError(b, err)
	}
	for {
		e.Sim.Commit()
		if r, err := e.Client.TransactionReceipt(e.Ctx, last.Hash()); err == nil {
			require.Equal(b, types.ReceiptStatusSuccessful, r.Status)
			return
		}
	}
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
