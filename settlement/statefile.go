package settlement

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"os"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/meterchain/meterchain/internal/anchorchain"
)

// proverMagic marks the settlement prover's state files.
const proverMagic = "MCSETTL\x01"

// snapshot writes the state file (Config.StateFile) as of the newest final batch, if one is due;
// a failure is logged (the prover goes on; the next start replays a little more).
func (p *prover) snapshot() {
	cfg := p.s.cfg
	if cfg.StateFile == "" || p.final == 0 || p.final == p.snap {
		return
	}
	if p.final-p.snap < cfg.SnapshotBatches && time.Since(p.snapAt) < cfg.SnapshotInterval {
		return
	}
	start := time.Now()
	meta := anchorchain.StateFileMeta{ChainID: cfg.Deployment.ChainID, Ledger: cfg.Deployment.AnchoredLedger, Batch: p.final,
		Header: p.header, At: p.at}
	p.snap, p.snapAt = p.final, start
	if err := anchorchain.WriteStateFile(cfg.StateFile, proverMagic, meta, p.st, p.encodeExtra()); err != nil {
		cfg.Log.Warn("settlement: state file not written", "file", cfg.StateFile, "batch", p.final, "err", err)
		return
	}
	cfg.Log.Info("settlement: state file written", "file", cfg.StateFile, "batch", p.final, "block", p.at.Block,
		"took", time.Since(start).Round(time.Millisecond))
}

// load resumes from the state file if the chain confirms it (anchorchain.ReadStateFile); any
// other file is reported and replaced later, and the history is replayed from the deployment.
func (p *prover) load(ctx context.Context) {
	p.loaded = true
	cfg := p.s.cfg
	if cfg.StateFile == "" {
		return
	}
	d := cfg.Deployment
	meta, st, extra, err := anchorchain.ReadStateFile(ctx, cfg.StateFile, proverMagic, p.s.b, d.ChainID, d.AnchoredLedger, d.Block)
	if err == nil {
		err = p.decodeExtra(extra)
	}
	var last common.Hash
	if err == nil && meta.At.Block > d.Block {
		h, herr := p.s.b.HeaderByNumber(ctx, new(big.Int).SetUint64(meta.At.Block-1))
		if herr != nil {
			err = fmt.Errorf("block %d: %w", meta.At.Block-1, herr)
		} else {
			last = h.Hash()
		}
	}
	switch {
	case errors.Is(err, os.ErrNotExist):
		cfg.Log.Info("settlement: no state file yet; replaying the anchored ledger from the deployment block", "file", cfg.StateFile)
		return
	case err != nil:
		cfg.Log.Warn("settlement: state file does not match the chain; ignoring it and replaying the whole history",
			"file", cfg.StateFile, "err", err)
		return
	}
	p.st, p.final, p.header, p.at = st, meta.Batch, meta.Header, meta.At
	p.next, p.last, p.resumeAt = meta.At.Block, last, &meta.At
	p.snap, p.snapAt = meta.Batch, time.Now()
	cfg.Log.Info("settlement: resuming the anchored ledger from the state file", "file", cfg.StateFile, "batch", meta.Batch,
		"block", meta.At.Block, "registers_to_prove", len(p.todo), "retired", len(p.retired))
}

// encodeExtra is what the prover keeps beside the state: the registers to prove, the meters'
// deactivations and the retired meters, as uvarints in key order.
func (p *prover) encodeExtra() []byte {
	keys := make([]todoKey, 0, len(p.todo))
	for k := range p.todo {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		return keys[i].meter < keys[j].meter || keys[i].meter == keys[j].meter && keys[i].period < keys[j].period
	})
	out := binary.AppendUvarint(nil, uint64(len(keys)))
	for _, k := range keys {
		out = binary.AppendUvarint(binary.AppendUvarint(out, k.meter), uint64(k.period))
	}
	ids := make([]uint64, 0, len(p.inactive))
	for id := range p.inactive {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	out = binary.AppendUvarint(out, uint64(len(ids)))
	for _, id := range ids {
		out = binary.AppendUvarint(binary.AppendUvarint(out, id), p.inactive[id])
	}
	ids = ids[:0]
	for id := range p.retired {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	out = binary.AppendUvarint(out, uint64(len(ids)))
	for _, id := range ids {
		out = binary.AppendUvarint(out, id)
	}
	return out
}

// decodeExtra reads encodeExtra's output into the prover.
func (p *prover) decodeExtra(b []byte) error {
	next := func() (uint64, error) {
		v, n := binary.Uvarint(b)
		if n <= 0 {
			return 0, errors.New("state file: the prover's data is truncated")
		}
		b = b[n:]
		return v, nil
	}
	todo, inactive, retired := map[todoKey]bool{}, map[uint64]uint64{}, map[uint64]bool{}
	for part := range 3 {
		n, err := next()
		if err != nil {
			return err
		}
		if n > uint64(len(b)) { // every entry takes a byte at least
			return errors.New("state file: the prover's data claims more entries than it holds")
		}
		for range n {
			a, err := next()
			if err != nil {
				return err
			}
			switch part {
			case 0:
				period, err := next()
				if err != nil {
					return err
				}
				todo[todoKey{a, uint32(period)}] = true
			case 1:
				epoch, err := next()
				if err != nil {
					return err
				}
				inactive[a] = epoch
			default:
				retired[a] = true
			}
		}
	}
	if len(b) != 0 {
		return errors.New("state file: bytes after the prover's data")
	}
	p.todo, p.inactive, p.retired = todo, inactive, retired
	return nil
}
