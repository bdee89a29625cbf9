package store

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestOcmfRecordKeptWholeAndBatchedApart: an OCMF record is stored as a reading with its raw
// record byte for byte (line breaks, padding and all); it waits in NextOcmfBatch, never in the
// envelope batches (whose submitPacked could not carry it), and leaves both once submitted.
func TestOcmfRecordKeptWholeAndBatchedApart(t *testing.T) {
	st := open(t)
	ctx := context.Background()
	raw := []byte("OCMF|{\"FV\" : \"1.0\",\r\n \"RD\":[{\"RV\" : \"       3.988\"}]}|{\"SD\":\"30\"}")
	env := insert(t, st, newReading(1, 100, 10))[0]

	tx, err := st.DB().Begin()
	require.NoError(t, err)
	rec := newReading(2, 200, 20)
	ins, err := InsertTx(tx, rec)
	require.NoError(t, err)
	require.NoError(t, AddOcmfTx(tx, ins.ID, raw))
	require.NoError(t, tx.Commit())

	envs, err := st.NextBatch(ctx, 10)
	require.NoError(t, err)
	require.Len(t, envs, 1)
	require.Equal(t, env.ID, envs[0].ID, "the envelope batch holds the envelope's reading only")

	recs, err := st.NextOcmfBatch(ctx, 10)
	require.NoError(t, err)
	require.Len(t, recs, 1)
	require.Equal(t, ins.ID, recs[0].ID)
	require.Equal(t, raw, recs[0].Ocmf)
	require.Equal(t, rec.Reading, recs[0].Reading)
	kept, err := st.Reading(ctx, ins.ID)
	require.NoError(t, err)
	require.Equal(t, raw, kept.Ocmf, "every read of the reading carries its record")
	plain, err := st.Reading(ctx, env.ID)
	require.NoError(t, err)
	require.Nil(t, plain.Ocmf)

	tx, err = st.DB().Begin()
	require.NoError(t, err)
	require.NoError(t, MarkSubmittedTx(tx, []int64{ins.ID}, 7))
	require.NoError(t, tx.Commit())
	recs, err = st.NextOcmfBatch(ctx, 10)
	require.NoError(t, err)
	require.Empty(t, recs, "a submitted record is not batched again")
}
