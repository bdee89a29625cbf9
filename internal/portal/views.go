package portal

import (
	"context"
	"math/big"
	"time"

	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/shopspring/decimal"

	"github.com/meterchain/meterchain/internal/billing"
	"github.com/meterchain/meterchain/internal/portal/audit"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/internal/stored"
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

func periodStart(p uint32) time.Time { return time.Unix(int64(reading.PeriodStart(p)), 0).UTC() }

func (s *Server) billView(b billing.Bill) BillView {
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

func (s *Server) paymentViews(ps []billing.Payment) []PaymentView {
	out := make([]PaymentView, len(ps))
	for i, p := range ps {
		out[i] = PaymentView{BillID: p.BillID.String(), Payer: p.Payer, Amount: s.money(p.Amount), PaidTotal: s.money(p.PaidTotal), TxHash: p.TxHash, Block: p.Block}
	}
	return out
}

// ReadingView is one reading with its detail record (seed 003 figure 9) and its verification.
type ReadingView struct {
	ID           int64              `json:"id"`
	Seq          uint64             `json:"seq"`
	Timestamp    uint64             `json:"timestamp"`
	Time         string             `json:"time"` // "2024-01-01 00:00:00" UTC
	ImportWh     uint64             `json:"importWh"`
	ExportWh     uint64             `json:"exportWh"`
	EnergyKWh    string             `json:"energyKWh"` // import since the previous reading shown
	ExportKWh    string             `json:"exportKWh"`
	CurrentA     string             `json:"currentA"`
	TemperatureC string             `json:"temperatureC"`
	HumidityPct  string             `json:"humidityPct"`
	VoltageV     string             `json:"voltageV"`
	Detail       reading.Detail     `json:"detail"`
	DetailHash   common.Hash        `json:"detailHash"`
	Status       stored.Status      `json:"status"`
	Reason       string             `json:"reason,omitempty"`
	Quality      []string           `json:"quality"`
	Verification audit.Verification `json:"verification"`
	// Ocmf is the signed OCMF record the reading comes from, as the charger emitted it, for the
	// transparency software; such a reading has no measurements (its cells stay empty).
	Ocmf string `json:"ocmf,omitempty"`
}

func milli(v int64) string { return decimal.New(v, -3).StringFixed(2) }

func viewOf(r stored.Reading, prev *stored.Reading) ReadingView {
	v := ReadingView{ID: r.ID, Seq: r.Reading.Seq, Timestamp: r.Reading.Timestamp,
		Time:     time.Unix(int64(r.Reading.Timestamp), 0).UTC().Format("2006-01-02 15:04:05"),
		ImportWh: r.Reading.ImportWh, ExportWh: r.Reading.ExportWh, Detail: r.Detail, DetailHash: r.Reading.DetailHash,
		CurrentA: milli(int64(r.Detail.CurrentMA)), TemperatureC: milli(int64(r.Detail.TemperatureMC)),
		HumidityPct: decimal.New(int64(r.Detail.HumidityBP), -2).StringFixed(2), VoltageV: milli(int64(r.Detail.VoltageMV)),
		Status: r.Status, Quality: r.Quality.Names()}
	if r.Status == stored.Rejected || r.Status == stored.Refused {
		v.Reason = r.Reason.String()
	}
	if r.Ocmf != nil {
		v.Ocmf, v.CurrentA, v.TemperatureC, v.HumidityPct, v.VoltageV = string(r.Ocmf), "", "", "", ""
	}
	if prev != nil && r.Reading.ImportWh >= prev.Reading.ImportWh && r.Reading.ExportWh >= prev.Reading.ExportWh {
		v.EnergyKWh, v.ExportKWh = kWh(r.Reading.ImportWh-prev.Reading.ImportWh), kWh(r.Reading.ExportWh-prev.Reading.ExportWh)
	}
	return v
}

// History is a page of the meter's readings in [from, to) that the caller's access covers, each
// with its interval energy (from the previous accepted reading it may see) and the server's
// verification against the chain.
func (s *Server) History(ctx context.Context, a Access, from, to uint64, limit, offset int) ([]ReadingView, error) {
	spans := a.clip(from, to)
	var rs []stored.Reading
	if len(spans) == 1 {
		var err error
		if rs, err = s.cfg.Readings.MeterReadings(ctx, a.Meter, spans[0].From, spans[0].To, limit, offset); err != nil {
			return nil, err
		}
	} else {
		// several ownerships: the page runs on across them, in time order
		for _, sp := range spans {
			got, err := s.cfg.Readings.MeterReadings(ctx, a.Meter, sp.From, sp.To, offset+limit-len(rs), 0)
			if err != nil {
				return nil, err
			}
			if rs = append(rs, got...); len(rs) >= offset+limit {
				break
			}
		}
		rs = rs[min(offset, len(rs)):min(offset+limit, len(rs))]
	}
	var prev *stored.Reading
	if len(rs) > 0 {
		var err error
		if prev, err = stored.PreviousAccepted(ctx, s.cfg.Readings, a.Meter, rs[0].Reading.Timestamp); err != nil {
			return nil, err
		}
		if prev != nil && a.span(prev.Reading.Timestamp) != a.span(rs[0].Reading.Timestamp) {
			prev = nil // another owner's reading: not a baseline this caller may see
		}
	}
	vs, err := s.verify(ctx, a.Meter, rs)
	if err != nil {
		return nil, err
	}
	out := make([]ReadingView, len(rs))
	for i := range rs {
		if prev != nil && a.span(prev.Reading.Timestamp) != a.span(rs[i].Reading.Timestamp) {
			prev = nil // the interval would run through another owner's time
		}
		out[i] = viewOf(rs[i], prev)
		out[i].Verification = vs[i]
		if rs[i].Status == stored.Accepted {
			prev = &rs[i]
		}
	}
	return out, nil
}

// readingCount is the number of the meter's readings the caller's access covers.
func (s *Server) readingCount(ctx context.Context, a Access) (int, error) {
	if a.As == "registrar" {
		ms, err := s.cfg.Readings.MeterStatus(ctx, a.Meter)
		if err != nil {
			return 0, err
		}
		return int(ms.Received + ms.Submitted + ms.Accepted + ms.Rejected + ms.Refused), nil
	}
	n := 0
	for _, sp := range a.Spans {
		if err := stored.Each(ctx, s.cfg.Readings, a.Meter, sp.From, sp.To, func(stored.Reading) { n++ }); err != nil {
			return 0, err
		}
	}
	return n, nil
}

// Bills are the meter's bills the caller's access covers: a bill belongs to the account that
// answers for its period (MeterRegistry.ownerAt, the chain's rule), so an owner and its grantees
// see only the bills of its own ownership.
func (s *Server) Bills(ctx context.Context, a Access) ([]billing.Bill, error) {
	bills, err := s.cfg.Bills.Bills(ctx, a.Meter)
	if err != nil || a.As == "registrar" {
		return bills, err
	}
	var out []billing.Bill
	for _, b := range bills {
		ok, err := s.answersFor(ctx, a, b)
		if err != nil {
			return nil, err
		}
		if ok {
			out = append(out, b)
		}
	}
	return out, nil
}

// answersFor says whether the bill is the caller's to see: the utility's always, else the
// current owner's (directly or through a grant) if it answered for the bill's period.
func (s *Server) answersFor(ctx context.Context, a Access, b billing.Bill) (bool, error) {
	if a.As == "registrar" {
		return true, nil
	}
	owner, err := bind.Call(s.reg, &bind.CallOpts{Context: ctx}, s.regABI.PackOwnerAt(b.MeterID, b.Period), s.regABI.UnpackOwnerAt)
	if err != nil {
		return false, fmt.Errorf("read the owner of meter %d for %d: %w", b.MeterID, b.Period, err)
	}
	return owner == a.Owner, nil
}

// Day is one UTC day's consumption and export.
type Day struct {
	Date      string `json:"date"`
	ImportWh  uint64 `json:"importWh"`
	ExportWh  uint64 `json:"exportWh"`
	ImportKWh string `json:"importKWh"`
	ExportKWh string `json:"exportKWh"`
}

// Daily sums accepted readings' register differences (both readings covered by the caller's
// access) per UTC day for the `days` days up to the
// latest reading
// (an interval counts on the day its end timestamp − 1 falls in, as billing does).
func (s *Server) Daily(ctx context.Context, a Access, days int) ([]Day, error) {
	meterID := a.Meter
	// the chart ends on the day of the meter's latest reading (today for a live meter)
	now := s.cfg.Now().UTC()
	if ms, err := s.cfg.Readings.MeterStatus(ctx, meterID); err == nil && ms.LastAccepted != nil {
		now = time.Unix(int64(ms.LastAccepted.Reading.Timestamp)-1, 0).UTC()
	}
	end := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC).AddDate(0, 0, 1)
	start := end.AddDate(0, 0, -days)
	out := make([]Day, days)
	for i := range out {
		out[i].Date = start.AddDate(0, 0, i).Format("2006-01-02")
	}
	var prev *stored.Reading
	err := stored.Each(ctx, s.cfg.Readings, meterID, uint64(start.Unix())-86400, uint64(end.Unix())+1, func(r stored.Reading) {
		if !a.Covers(r.Reading.Timestamp) {
			prev = nil // another owner's reading: no interval starts or ends on it
			return
		}
		if r.Status != stored.Accepted {
			return
		}
		if prev != nil && r.Reading.ImportWh >= prev.Reading.ImportWh && r.Reading.ExportWh >= prev.Reading.ExportWh {
			d := int((int64(r.Reading.Timestamp) - 1 - start.Unix()) / 86400)
			if d >= 0 && d < days && int64(r.Reading.Timestamp)-1 >= start.Unix() {
				out[d].ImportWh += r.Reading.ImportWh - prev.Reading.ImportWh
				out[d].ExportWh += r.Reading.ExportWh - prev.Reading.ExportWh
			}
		}
		prev = &r
	})
	if err != nil {
		return nil, err
	}
	for i := range out {
		out[i].ImportKWh, out[i].ExportKWh = kWh(out[i].ImportWh), kWh(out[i].ExportWh)
	}
	return out, nil
}

// verify checks a meter's stored readings against the chain: the verified ledger's events, or
// the anchored ledger's batches with their proofs.
func (s *Server) verify(ctx context.Context, meterID uint64, rs []stored.Reading) ([]audit.Verification, error) {
	if !s.cfg.Deployment.Anchored() {
		return audit.Verify(ctx, s.cfg.Backend, s.cfg.Deployment.ReadingLedger, meterID, rs)
	}
	b, ok := s.cfg.Backend.(audit.AnchoredBackend)
	if !ok {
		return nil, fmt.Errorf("the portal's node client cannot read transactions and receipts: anchored readings are not verifiable")
	}
	return audit.VerifyAnchored(ctx, b, s.cfg.Deployment.AnchoredLedger, rs, s.cfg.BlobSources...)
}
