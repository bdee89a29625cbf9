package billpay

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/stretchr/testify/require"
)

func TestAmountPaysAllOrAPartNeverMore(t *testing.T) {
	owed := big.NewInt(9_310_000)
	all, err := Amount(owed, nil)
	require.NoError(t, err)
	require.Equal(t, owed, all)
	all.SetInt64(1)
	require.Equal(t, int64(9_310_000), owed.Int64(), "the amount is a copy, not the caller's owed")

	part, err := Amount(owed, big.NewInt(5_000_000))
	require.NoError(t, err)
	require.Equal(t, int64(5_000_000), part.Int64())
	exact, err := Amount(owed, big.NewInt(9_310_000))
	require.NoError(t, err)
	require.Equal(t, owed, exact)

	_, err = Amount(owed, big.NewInt(9_310_001))
	require.ErrorIs(t, err, ErrMoreThanOwed)
	_, err = Amount(owed, big.NewInt(0))
	require.ErrorIs(t, err, ErrNotPositive)
	_, err = Amount(owed, big.NewInt(-1))
	require.ErrorIs(t, err, ErrNotPositive)
	_, err = Amount(big.NewInt(0), nil)
	require.ErrorIs(t, err, ErrPaid)
	_, err = Amount(big.NewInt(0), big.NewInt(1))
	require.ErrorIs(t, err, ErrPaid)
}

func TestWalletCallsApproveExactlyWhatIsPaid(t *testing.T) {
	token, billing := common.HexToAddress("0x1"), common.HexToAddress("0x2")
	id, amount := big.NewInt(42), big.NewInt(9_310_000)
	approve, pay := WalletCalls(token, billing, id, amount, new(big.Int))
	require.Equal(t, token, approve.To)
	require.Equal(t, billing, pay.To)

	tokenMethods, billingMethods := tokenABI.GetABI(), billingABI.GetABI()
	m, err := tokenMethods.MethodById(approve.Data)
	require.NoError(t, err)
	require.Equal(t, "approve", m.Name)
	args, err := m.Inputs.Unpack(approve.Data[4:])
	require.NoError(t, err)
	require.Equal(t, billing, args[0])
	require.Equal(t, amount, args[1])

	m, err = billingMethods.MethodById(pay.Data)
	require.NoError(t, err)
	require.Equal(t, "pay", m.Name)
	args, err = m.Inputs.Unpack(pay.Data[4:])
	require.NoError(t, err)
	require.Equal(t, id, args[0])
	require.Equal(t, amount, args[1])
}

// A payment by hand approves the allowance it found plus what it pays, so paying leaves the
// allowance (autopay's budget) as it was; an unlimited allowance stays unlimited, never wraps.
func TestApproveValueKeepsTheAllowance(t *testing.T) {
	amount := big.NewInt(9_310_000)
	require.Equal(t, amount, ApproveValue(new(big.Int), amount))
	require.Equal(t, big.NewInt(109_310_000), ApproveValue(big.NewInt(100_000_000), amount))
	require.Equal(t, math.MaxBig256, ApproveValue(math.MaxBig256, amount))
	almost := new(big.Int).Sub(math.MaxBig256, big.NewInt(1))
	require.Equal(t, math.MaxBig256, ApproveValue(almost, amount), "capped at max uint256, not wrapped")
	require.Equal(t, new(big.Int).Sub(math.MaxBig256, big.NewInt(1)), almost, "the caller's value is not changed")
}
