package portal

import (
	"context"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/shopspring/decimal"

	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/oracle/store"
	"github.com/meterchain/meterchain/settlement/index"
)

// money renders token base units as an exact decimal amount (2 places at least).
func (s *Server) money(v *big.Int) string {
	d := decimal.NewFromBigInt(v, -s.decimals)
	if d.Exponent() >= -2 {
		return d.StringFixed(2)
	}
	return d.String()
}

func kWh(wh uint64) string { return decimal.New(int64(wh), -3).StringFixed(3) }

// BillView is a bill as the API and the UI show it (seed 003 figure 10: month, amount, date, status).
type BillView struct {
	ID          string      `json:"billId"`
	MeterID     uint64      `json:"meterId"`
	Period      uint32      `json:"period"`
	Month       string      `json:"month"` // "January 2024"
	Date        string      `json:"date"`  // last day of the billed month
	EnergyKWh   string      `json:"energyKWh"`
	P2PKWh      string      `json:"p2pKWh"`
	Amount      string      `json:"amount"`
	Paid        string      `json:"paid"`
	Outstanding string      `json:"outstanding"`
	Due         string      `json:"due"`
	Status      string      `json:"status"`
	IssuedTx    common.Hash `json:"issuedTx"`
	IssuedBlock uint64      `json:"issuedBlock"`
}

func periodStart(p uint32) time.Time {
	return time.Date(int(p/100), time.Month(p%100), 1, 0, 0, 0, 0, time.UTC)
}

func (s *Server) billView(b index.Bill) BillView {
	start := periodStart(b.Period)
	return BillView{ID: b.ID.String(), MeterID: b.MeterID, Period: b.Period, Month: start.Format("January 2006"),
		Date: start.AddDate(0, 1, -1).Format("2006-01-02"), EnergyKWh: kWh(b.EnergyWh), P2PKWh: kWh(b.P2PWh),
		Amount: s.money(b.Amount), Paid: s.money(b.Paid), Outstanding: s.money(b.Outstanding()),
		Due: b.Due.Format("2006-01-02"), Status: string(b.Status), IssuedTx: b.IssuedTx, IssuedBlock: b.IssuedBlock}
}

// PaymentView is one payment.
type PaymentView struct {
	BillID    string         `json:"billId"`
	Payer     common.Address `json:"payer"`
	Amount    string         `json:"amount"`
	PaidTotal string         `json:"paidTotal"`
	TxHash    common.Hash    `json:"txHash"`
	Block     uint64         `json:"block"`
}

func (s *Server) paymentViews(ps []index.Payment) []PaymentView {
	out := make([]PaymentView, len(ps))
	for i, p := range ps {
		out[i] = PaymentView{BillID: p.BillID.String(), Payer: p.Payer, Amount: s.money(p.Amount), PaidTotal: s.money(p.PaidTotal), TxHash: p.TxHash, Block: p.Block}
	}
	return out
}

// ReadingView is one reading with its detail record (seed 003 figure 9) and its verification.
type ReadingView struct {
	ID           int64          `json:"id"`
	Seq          uint64         `json:"seq"`
	Timestamp    uint64         `json:"timestamp"`
	Time         string         `json:"time"` // "2024-01-01 00:00:00" UTC
	ImportWh     uint64         `json:"importWh"`
	ExportWh     uint64         `json:"exportWh"`
	EnergyKWh    string         `json:"energyKWh"` // import since the previous reading shown
	ExportKWh    string         `json:"exportKWh"`
	CurrentA     string         `json:"currentA"`
	TemperatureC string         `json:"temperatureC"`
	HumidityPct  string         `json:"humidityPct"`
	VoltageV     string         `json:"voltageV"`
	Detail       reading.Detail `json:"detail"`
	DetailHash   common.Hash    `json:"detailHash"`
	Status       store.Status   `json:"status"`
	Reason       string         `json:"reason,omitempty"`
	Quality      []string       `json:"quality"`
	Verification Verification   `json:"verification"`
}

func milli(v int64) string { return decimal.New(v, -3).StringFixed(2) }

func viewOf(r store.Reading, prev *store.Reading) ReadingView {
	v := ReadingView{ID: r.ID, Seq: r.Reading.Seq, Timestamp: r.Reading.Timestamp,
		Time:     time.Unix(int64(r.Reading.Timestamp), 0).UTC().Format("2006-01-02 15:04:05"),
		ImportWh: r.Reading.ImportWh, ExportWh: r.Reading.ExportWh, Detail: r.Detail, DetailHash: r.Reading.DetailHash,
		CurrentA: milli(int64(r.Detail.CurrentMA)), TemperatureC: milli(int64(r.Detail.TemperatureMC)),
		HumidityPct: decimal.New(int64(r.Detail.HumidityBP), -2).StringFixed(2), VoltageV: milli(int64(r.Detail.VoltageMV)),
		Status: r.Status, Quality: r.Quality.Names()}
	if r.Status == store.Rejected || r.Status == store.Refused {
		v.Reason = r.Reason.String()
	}
	if prev != nil && r.Reading.ImportWh >= prev.Reading.ImportWh && r.Reading.ExportWh >= prev.Reading.ExportWh {
		v.EnergyKWh, v.ExportKWh = kWh(r.Reading.ImportWh-prev.Reading.ImportWh), kWh(r.Reading.ExportWh-prev.Reading.ExportWh)
	}
	return v
}

// History is a page of the meter's readings, each with its interval energy (from the previous
// accepted reading) and the server's verification against the chain.
func (s *Server) History(ctx context.Context, meterID, from, to uint64, limit, offset int) ([]ReadingView, error) {
	rs, err := s.cfg.Store.MeterReadings(ctx, meterID, from, to, limit, offset)
	if err != nil {
		return nil, err
	}
	var prev *store.Reading
	if len(rs) > 0 {
		if prev, err = s.previousAccepted(ctx, meterID, rs[0].Reading.Timestamp); err != nil {
			return nil, err
		}
	}
	vs, err := s.Verify(ctx, meterID, rs)
	if err != nil {
		return nil, err
	}
	out := make([]ReadingView, len(rs))
	for i := range rs {
		out[i] = viewOf(rs[i], prev)
		out[i].Verification = vs[i]
		if rs[i].Status == store.Accepted {
			prev = &rs[i]
		}
	}
	return out, nil
}

// previousAccepted is the meter's latest accepted reading before ts (nil if none in the 31 days
// before it: the interval energy of a first reading after a longer gap is left blank).
func (s *Server) previousAccepted(ctx context.Context, meterID, ts uint64) (*store.Reading, error) {
	for _, back := range []uint64{2 * 86400, 31 * 86400} {
		from := uint64(0)
		if ts > back {
			from = ts - back
		}
		var last *store.Reading
		for off := 0; ; {
			rs, err := s.cfg.Store.MeterReadings(ctx, meterID, from, ts, 1000, off)
			if err != nil {
				return nil, err
			}
			for i := range rs {
				if rs[i].Status == store.Accepted {
					last = &rs[i]
				}
			}
			off += len(rs)
			if len(rs) < 1000 {
				break
			}
		}
		if last != nil || from == 0 {
			return last, nil
		}
	}
	return nil, nil
}

// readingCount is the number of readings stored for the meter.
func (s *Server) readingCount(ctx context.Context, meterID uint64) (int, error) {
	ms, err := s.cfg.Store.MeterStatus(ctx, meterID)
	if err != nil {
		return 0, err
	}
	return int(ms.Received + ms.Submitted + ms.Accepted + ms.Rejected + ms.Refused), nil
}

// Day is one UTC day's consumption and export.
type Day struct {
	Date      string `json:"date"`
	ImportWh  uint64 `json:"importWh"`
	ExportWh  uint64 `json:"exportWh"`
	ImportKWh string `json:"importKWh"`
	ExportKWh string `json:"exportKWh"`
}

// Daily sums accepted readings' register differences per UTC day for the `days` days up to the
// latest reading
// (an interval counts on the day its end timestamp − 1 falls in, as billing does).
func (s *Server) Daily(ctx context.Context, meterID uint64, days int) ([]Day, error) {
	// the chart ends on the day of the meter's latest reading (today for a live meter)
	now := s.cfg.Now().UTC()
	if ms, err := s.cfg.Store.MeterStatus(ctx, meterID); err == nil && ms.LastAccepted != nil {
		now = time.Unix(int64(ms.LastAccepted.Reading.Timestamp)-1, 0).UTC()
	}
	end := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC).AddDate(0, 0, 1)
	start := end.AddDate(0, 0, -days)
	out := make([]Day, days)
	for i := range out {
		out[i].Date = start.AddDate(0, 0, i).Format("2006-01-02")
	}
	var prev *store.Reading
	for off := 0; ; {
		rs, err := s.cfg.Store.MeterReadings(ctx, meterID, uint64(start.Unix())-86400, uint64(end.Unix())+1, 1000, off)
		if err != nil {
			return nil, err
		}
		for i := range rs {
			r := rs[i]
			if r.Status != store.Accepted {
				continue
			}
			if prev != nil && r.Reading.ImportWh >= prev.Reading.ImportWh && r.Reading.ExportWh >= prev.Reading.ExportWh {
				d := int((int64(r.Reading.Timestamp) - 1 - start.Unix()) / 86400)
				if d >= 0 && d < days && int64(r.Reading.Timestamp)-1 >= start.Unix() {
					out[d].ImportWh += r.Reading.ImportWh - prev.Reading.ImportWh
					out[d].ExportWh += r.Reading.ExportWh - prev.Reading.ExportWh
				}
			}
			prev = &r
		}
		off += len(rs)
		if len(rs) < 1000 {
			break
		}
	}
	for i := range out {
		out[i].ImportKWh, out[i].ExportKWh = kWh(out[i].ImportWh), kWh(out[i].ExportWh)
	}
	return out, nil
}
