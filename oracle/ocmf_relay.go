package oracle

import (
	"context"
	"fmt"
	"math/big"

	"github.com/meterchain/meterchain/internal/chaintx"
	"github.com/meterchain/meterchain/internal/ocmf"
	"github.com/meterchain/meterchain/internal/stored"
)

// gasOcmf bounds what one record costs in submitOcmf: the ledger parses the payload's JSON, so
// the cost grows with its size (a 560-byte charger record: 206k gas for a meter's first, 161k
// alone, 128k each in a batch of 10). Unlike envelope batches an OCMF batch's gas is estimated
// by the node: records are few, their cost varies, and the bound only sizes batches under the
// per-transaction cap.
const gasOcmf = 400_000

const maxOcmfBatch = (chaintx.MaxGas - gasBase) / gasOcmf

// sendOcmf relays one batch of stored OCMF records with ReadingLedger.submitOcmf, as sendBatch
// does readings: marked submitted in the transaction manager's record of the transaction, settled
// from the receipt's events by settle, resumed after a restart like any other transaction.
func (r *relayer) sendOcmf(ctx context.Context, partial bool) (sent, full bool, err error) {
	batch, full, err := nextBatch(ctx, min(int(r.max.Load()), maxOcmfBatch), partial, r.s.store.NextOcmfBatch)
	if err != nil || batch == nil {
		return false, false, err
	}
	payloads, sigs, ids := make([][]byte, len(batch)), make([][]byte, len(batch)), make([]int64, len(batch))
	for i, rec := range batch {
		if payloads[i], sigs[i], err = r.ocmfArgs(ctx, rec); err != nil {
			return false, false, err
		}
		ids[i] = rec.ID
	}
	// The batch moves its meters' ledger timestamps, which the envelope gas model keeps.
	if err := r.send(ctx, r.s.cfg.Deployment.ReadingLedger, r.ledABI.PackSubmitOcmf(payloads, sigs), 0, ids, nil, r.forgetLast); err != nil {
		return false, false, err
	}
	return true, full, nil
}

// ocmfArgs are a stored record's submitOcmf arguments: its payload, exactly as signed, and the
// ledger's signature form; a P-256 one carries the key the registry names for its meter now.
func (r *relayer) ocmfArgs(ctx context.Context, rec stored.Reading) (payload, sig []byte, err error) {
	payload, _, err = ocmf.Split(rec.Ocmf)
	if err != nil {
		return nil, nil, fmt.Errorf("stored OCMF record %d: %w", rec.ID, err)
	}
	s := rec.Signature
	parsed := ocmf.Signature{R: new(big.Int).SetBytes(s[:32]), S: new(big.Int).SetBytes(s[32:64])}
	if _, isP256 := s.P256(); !isP256 {
		return payload, ocmf.LedgerSignatureSecp256k1(parsed, s[64]), nil
	}
	meterID := rec.Reading.MeterID
	key, err := r.s.valid.p256Key(ctx, meterID)
	if err != nil {
		return nil, nil, fmt.Errorf("OCMF record %d of meter %d: %w", rec.ID, meterID, err)
	}
	return payload, ocmf.LedgerSignatureP256(parsed, key), nil
}
