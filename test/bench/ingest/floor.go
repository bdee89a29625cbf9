package ingest

import (
	"crypto/ecdsa"
	"fmt"
	"runtime"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/ecies"

	"github.com/meterchain/meterchain/internal/envelope"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/test/bench"
)

// floorIterations readings' worth of cryptography are timed for the floor: about half a second.
const floorIterations = 2000

// cryptoFloor is the elliptic-curve work one reading cannot avoid, in microseconds of CPU: the
// oracle's ECIES decryption of the envelope (envelope.Open) and its recovery of the meter's
// signature, and the chain's ecrecover of the same signature twice, since the embedded devnet
// executes every transaction twice (building the block and importing it). It runs on one locked
// OS thread and counts that thread's CPU time, so a busy machine does not inflate it.
func cryptoFloor(oracleKey *ecdsa.PrivateKey, meter *ecdsa.PrivateKey, d reading.Domain, meterID uint64) (float64, error) {
	det := reading.Detail{VoltageMV: 230_000, CurrentMA: 5_000, TemperatureMC: 21_000, HumidityBP: 4_500}
	r := reading.Reading{MeterID: meterID, Seq: 1, Timestamp: uint64(time.Now().Unix()), ImportWh: 1_000, DetailHash: det.Hash()}
	sig, err := reading.Sign(meter, d, r)
	if err != nil {
		return 0, err
	}
	env, err := envelope.Seal(&oracleKey.PublicKey, envelope.Payload{Reading: r, Detail: det, Signature: sig[:]})
	if err != nil {
		return 0, err
	}
	key := ecies.ImportECDSA(oracleKey)

	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	start := bench.ThreadCPU()
	for range floorIterations {
		_, p, err := envelope.Open(key, env)
		if err != nil {
			return 0, fmt.Errorf("crypto floor: %w", err)
		}
		s := p.Sig()
		if _, err := reading.Recover(d, p.Reading, s); err != nil {
			return 0, fmt.Errorf("crypto floor: %w", err)
		}
		digest := d.Digest(p.Reading)
		raw := append([]byte(nil), s[:]...)
		raw[64] -= 27
		for range 2 { // the ECRECOVER precompile, as the chain runs it: building the block, importing it
			if _, err := crypto.Ecrecover(digest[:], raw); err != nil {
				return 0, fmt.Errorf("crypto floor: ecrecover: %w", err)
			}
		}
	}
	return float64(bench.ThreadCPU()-start) / float64(time.Microsecond) / floorIterations, nil
}
