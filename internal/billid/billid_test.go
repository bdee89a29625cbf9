package billid_test

import (
	"math/big"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/internal/billid"
)

func TestBillIDLayout(t *testing.T) {
	id := billid.Of(352_522_395, 202_603)
	want, _ := new(big.Int).SetString("3737365689565776638578843", 10) // 202603 * 2^64 + 352522395
	require.Equal(t, want, id)
	require.Equal(t, uint64(352_522_395), new(big.Int).And(id, new(big.Int).SetUint64(^uint64(0))).Uint64())
	require.Equal(t, int64(202_603), new(big.Int).Rsh(id, 64).Int64())
}
