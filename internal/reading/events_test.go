package reading_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/bindings"
	"github.com/meterchain/meterchain/internal/reading"
)

// TestOutcomeMatchesABIDecoder: the hand-written event decoder agrees with the ABI decoder on
// logs encoded by the ABI, and refuses what the ABI says is not a per-reading event.
func TestOutcomeMatchesABIDecoder(t *testing.T) {
	md, err := bindings.ReadingLedgerMetaData.ParseABI()
	require.NoError(t, err)
	led := bindings.NewReadingLedger()
	topic := func(id uint64) common.Hash { return common.BigToHash(new(big.Int).SetUint64(id)) }

	acc := md.Events["ReadingAccepted"]
	data, err := acc.Inputs.NonIndexed().Pack(uint64(1<<40+7), uint64(1_700_000_000), uint64(12_345), uint64(0), [32]byte{1})
	require.NoError(t, err)
	l := &types.Log{Topics: []common.Hash{acc.ID, topic(352_522_395)}, Data: data}
	ev, err := led.UnpackReadingAcceptedEvent(l)
	require.NoError(t, err)
	id, seq, r, ok := reading.Outcome(l)
	require.True(t, ok)
	require.Equal(t, []any{ev.MeterId, ev.Seq, reading.Accepted}, []any{id, seq, r})

	rej := md.Events["ReadingRejected"]
	for reason := reading.UnknownMeter; reason <= reading.ImplausibleRate; reason++ {
		data, err := rej.Inputs.NonIndexed().Pack(uint64(9), uint8(reason))
		require.NoError(t, err)
		l := &types.Log{Topics: []common.Hash{rej.ID, topic(352_522_396)}, Data: data}
		ev, err := led.UnpackReadingRejectedEvent(l)
		require.NoError(t, err)
		id, seq, r, ok := reading.Outcome(l)
		require.True(t, ok, reason.String())
		require.Equal(t, []any{ev.MeterId, ev.Seq, reading.Reason(ev.Reason)}, []any{id, seq, r})
	}

	closed := md.Events["PeriodClosed"]
	data, err = closed.Inputs.NonIndexed().Pack(uint64(1), uint64(2))
	require.NoError(t, err)
	_, _, _, ok = reading.Outcome(&types.Log{Topics: []common.Hash{closed.ID, topic(1), topic(202611)}, Data: data})
	require.False(t, ok, "PeriodClosed is not a reading outcome")
	_, _, _, ok = reading.Outcome(&types.Log{Topics: []common.Hash{acc.ID, topic(1)}, Data: data})
	require.False(t, ok, "wrong data length")
	big := append([]byte{}, l.Data...)
	big[0] = 1
	_, _, _, ok = reading.Outcome(&types.Log{Topics: l.Topics, Data: big})
	require.False(t, ok, "a seq above uint64")
}
