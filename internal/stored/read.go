package stored

import "context"

// MeterReader lists a meter's stored readings with from <= timestamp < to (unix seconds; to 0:
// no upper bound), oldest first, limit after skipping offset (oracle/store's Store does).
type MeterReader interface {
	MeterReadings(ctx context.Context, meterID, from, to uint64, limit, offset int) ([]Reading, error)
}

const pageSize = 1000

// Each calls f with every reading of the meter in [from, to), oldest first, reading a page at a
// time.
func Each(ctx context.Context, r MeterReader, meterID, from, to uint64, f func(Reading)) error {
	for off := 0; ; {
		rs, err := r.MeterReadings(ctx, meterID, from, to, pageSize, off)
		if err != nil {
			return err
		}
		for _, x := range rs {
			f(x)
		}
		off += len(rs)
		if len(rs) < pageSize {
			return nil
		}
	}
}

// PreviousAccepted is the meter's latest accepted reading before ts, nil if there is none in the
// 31 days before it: the interval energy of a first reading after a longer gap is left blank.
func PreviousAccepted(ctx context.Context, r MeterReader, meterID, ts uint64) (*Reading, error) {
	for _, back := range []uint64{2 * 86400, 31 * 86400} {
		from := uint64(0)
		if ts > back {
			from = ts - back
		}
		var last *Reading
		err := Each(ctx, r, meterID, from, ts, func(x Reading) {
			if x.Status == Accepted {
				last = &x
			}
		})
		if err != nil {
			return nil, err
		}
		if last != nil || from == 0 {
			return last, nil
		}
	}
	return nil, nil
}
