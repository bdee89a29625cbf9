package test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/internal/anchor"
	"github.com/meterchain/meterchain/internal/portal/audit"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/internal/stored"
	"github.com/meterchain/meterchain/test/harness"
)

// storedOf is what the oracle's store holds for batch p's readings: accepted, in p's transaction.
func storedOf(p harness.Posted, cands []anchor.Candidate) []stored.Reading {
	var out []stored.Reading
	for _, c := range cands {
		out = append(out, stored.Reading{Reading: c.Reading, Detail: detailOf(c.Reading.Seq), Status: stored.Accepted,
			TxHash: p.Receipt.TxHash, Block: p.Receipt.BlockNumber.Uint64()})
	}
	return out
}

// TestPortalVerifiesAnchoredReading: the portal shows a reading of an anchored deployment as
// "anchored in batch N, final at T" once its leaf proves into the batch's readings root (the
// header checked against the ledger's slot, the data against the root), as final after the
// window, as voided when its batch was proven wrong, and a stored reading that differs from the
// batch's as a mismatch.
func TestPortalVerifiesAnchoredReading(t *testing.T) {
	f := newAnchoredFleet(t, 2)
	cands := f.round(1, 2)
	p := f.honest(cands)
	rs := storedOf(p, cands)
	tampered := rs[1]
	tampered.Reading.ImportWh++
	otherDetail := rs[2]
	otherDetail.Detail.VoltageMV++
	rs = append(rs, tampered, otherDetail)

	vs, err := audit.VerifyAnchored(f.e.Ctx, f.e.Client, f.a.Addr, rs)
	require.NoError(t, err)
	for i := range cands {
		require.Equal(t, "anchored", vs[i].Status, "%+v", vs[i])
		require.Equal(t, p.Batch, vs[i].Batch)
		require.Equal(t, p.Header.AnchoredAt+anchorWindow, vs[i].FinalAt)
		require.False(t, vs[i].Verified)
	}
	require.Equal(t, "mismatch", vs[len(cands)].Status, "registers differ from the batch's")
	require.Equal(t, "mismatch", vs[len(cands)+1].Status, "the detail record does not hash to the batch's")

	f.a.Warp(anchorWindow * time.Second)
	vs, err = audit.VerifyAnchored(f.e.Ctx, f.e.Client, f.a.Addr, rs[:len(cands)])
	require.NoError(t, err)
	for _, v := range vs {
		require.Equal(t, "verified", v.Status)
		require.True(t, v.Verified && v.Final)
	}

	// A batch proven wrong: its readings show voided, not verified.
	bad := f.round(3, 3)
	asOf := f.e.Now()
	lie := f.post(f.forge(bad, asOf, map[int]reading.Reason{0: reading.BadSignature}), asOf)
	fault := f.watch(lie, f.forge(bad, asOf, map[int]reading.Reason{0: reading.BadSignature}).data)
	require.NotNil(t, fault)
	_, err = f.prove(lie, f.forge(bad, asOf, map[int]reading.Reason{0: reading.BadSignature}).entries, fault)
	require.NoError(t, err, f.a.RevertName(err))
	vs, err = audit.VerifyAnchored(f.e.Ctx, f.e.Client, f.a.Addr, storedOf(lie, bad[1:]))
	require.NoError(t, err)
	require.Equal(t, "voided", vs[0].Status, "%+v", vs[0])
}
