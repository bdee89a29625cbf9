// Package billid is the id BillingManager gives the bill of a meter for a period. The contract
// (billIdOf) is the source of truth; test/billing_test.go holds this function against it.
package billid

import "math/big"

// Of is the id of meter's bill for period (YYYYMM): (period << 64) | meterID, the same on every
// fork, so a follower that sees a bill reissued after a reorg keys it the same way.
func Of(meterID uint64, period uint32) *big.Int {
	id := new(big.Int).Lsh(new(big.Int).SetUint64(uint64(period)), 64)
	return id.Or(id, new(big.Int).SetUint64(meterID))
}
