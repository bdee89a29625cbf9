package meterfleet

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/meterchain/meterchain/internal/reading"
)

// Row is one row of seed 003's table ("Structure of Smart Meter Data Collected Daily"):
// Meter ID, Location ("lat, lon"), Timestamp, Energy Consumption (kWh), Current (A), Voltage (V),
// Temperature (°C), Humidity (%). Energy is the consumption of the day that ends at Timestamp
// (the interval-end convention of the ledger), so it is added to the import register.
type Row struct {
	MeterID    uint64
	Lat, Lon   float64
	Timestamp  time.Time
	EnergyWh   uint64 // the day's consumption, exact: "10.47" kWh is 10470 Wh
	Detail     reading.Detail
	LineNumber int
}

// Columns of the table, in order; a header row with these names (any case) is skipped.
var Columns = []string{"Meter ID", "Location", "Timestamp", "Energy Consumption (kWh)", "Current (A)", "Voltage (V)", "Temperature (°C)", "Humidity (%)"}

// ParseCSV reads seed 003's table as CSV (comma or tab separated; the location "lat, lon" quoted
// when commas separate fields). Timestamps are UTC "2006-01-02 15:04:05" or RFC 3339.
func ParseCSV(r io.Reader) ([]Row, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	cr := csv.NewReader(strings.NewReader(string(data)))
	if first, _, _ := strings.Cut(string(data), "\n"); strings.Count(first, "\t") >= len(Columns)-1 {
		cr.Comma = '\t'
	}
	cr.FieldsPerRecord = len(Columns)
	cr.TrimLeadingSpace = true
	var rows []Row
	for line := 1; ; line++ {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("csv line %d: %w", line, err)
		}
		if line == 1 && strings.EqualFold(strings.TrimSpace(rec[0]), Columns[0]) {
			continue
		}
		row, err := parseRow(rec)
		if err != nil {
			return nil, fmt.Errorf("csv line %d: %w", line, err)
		}
		row.LineNumber = line
		rows = append(rows, row)
	}
	return rows, nil
}

func parseRow(rec []string) (Row, error) {
	var row Row
	var err error
	f := func(i int) string { return strings.TrimSpace(rec[i]) }
	if row.MeterID, err = strconv.ParseUint(f(0), 10, 64); err != nil {
		return row, fmt.Errorf("meter id %q: %w", f(0), err)
	}
	latS, lonS, ok := strings.Cut(f(1), ",")
	if !ok {
		return row, fmt.Errorf("location %q: want \"lat, lon\"", f(1))
	}
	if row.Lat, err = strconv.ParseFloat(strings.TrimSpace(latS), 64); err != nil || math.Abs(row.Lat) > 90 {
		return row, fmt.Errorf("latitude %q invalid", latS)
	}
	if row.Lon, err = strconv.ParseFloat(strings.TrimSpace(lonS), 64); err != nil || math.Abs(row.Lon) > 180 {
		return row, fmt.Errorf("longitude %q invalid", lonS)
	}
	if row.Timestamp, err = time.ParseInLocation("2006-01-02 15:04:05", f(2), time.UTC); err != nil {
		if row.Timestamp, err = time.Parse(time.RFC3339, f(2)); err != nil {
			return row, fmt.Errorf("timestamp %q: want 2006-01-02 15:04:05 (UTC)", f(2))
		}
	}
	kwh, err := fixed(f(3), 3)
	if err != nil || kwh < 0 {
		return row, fmt.Errorf("energy %q: want non-negative kWh", f(3))
	}
	row.EnergyWh = uint64(kwh)
	ma, err := fixed(f(4), 3)
	if err != nil || ma < 0 || ma > math.MaxUint32 {
		return row, fmt.Errorf("current %q invalid", f(4))
	}
	mv, err := fixed(f(5), 3)
	if err != nil || mv < 0 || mv > math.MaxUint32 {
		return row, fmt.Errorf("voltage %q invalid", f(5))
	}
	mc, err := fixed(f(6), 3)
	if err != nil || mc < math.MinInt32 || mc > math.MaxInt32 {
		return row, fmt.Errorf("temperature %q invalid", f(6))
	}
	bp, err := fixed(f(7), 2)
	if err != nil || bp < 0 || bp > 10000 {
		return row, fmt.Errorf("humidity %q: want 0–100 %%", f(7))
	}
	row.Detail = reading.Detail{
		VoltageMV: uint32(mv), CurrentMA: uint32(ma), TemperatureMC: int32(mc), HumidityBP: uint32(bp),
		LatitudeE7: int32(math.Round(row.Lat * 1e7)), LongitudeE7: int32(math.Round(row.Lon * 1e7)),
	}
	return row, nil
}

// fixed parses a decimal string exactly into an integer scaled by 10^places ("10.47", 3 →
// 10470), rounding half away from zero past the last place. No float touches the value.
func fixed(s string, places int) (int64, error) {
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(strings.TrimPrefix(s, "-"), "+")
	whole, frac, _ := strings.Cut(s, ".")
	if whole == "" && frac == "" {
		return 0, errors.New("empty number")
	}
	for _, part := range []string{whole, frac} {
		for _, c := range part {
			if c < '0' || c > '9' {
				return 0, fmt.Errorf("not a decimal number: %q", s)
			}
		}
	}
	roundUp := len(frac) > places && frac[places] >= '5'
	if len(frac) > places {
		frac = frac[:places]
	}
	frac += strings.Repeat("0", places-len(frac))
	v, err := strconv.ParseInt(whole+frac, 10, 64)
	if err != nil {
		return 0, err
	}
	if roundUp {
		v++
	}
	if neg {
		v = -v
	}
	return v, nil
}

// ReplayJobs turns rows into readings for the given meters, in time order per meter: for each
// meter a baseline reading (registers at startWh) one day before its first row, then one reading
// per row with the day's consumption added to the import register. A meter not in meters is an
// error: it must be registered with a key first.
func ReplayJobs(rows []Row, meters map[uint64]*Meter, startWh uint64) ([]Job, error) {
	sorted := append([]Row(nil), rows...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Timestamp.Before(sorted[j].Timestamp) })
	var jobs []Job
	started := map[uint64]bool{}
	for _, row := range sorted {
		m, ok := meters[row.MeterID]
		if !ok {
			return nil, fmt.Errorf("csv line %d: meter %d has no key in the fleet", row.LineNumber, row.MeterID)
		}
		ts := uint64(row.Timestamp.Unix())
		if !started[m.ID] {
			started[m.ID] = true
			if m.LastTS == 0 {
				base := reading.Detail{LatitudeE7: row.Detail.LatitudeE7, LongitudeE7: row.Detail.LongitudeE7}
				m.ImportWh = startWh
				m.Seq++
				m.LastTS = ts - 86400
				jobs = append(jobs, Job{Meter: m, Detail: base, Reading: reading.Reading{
					MeterID: m.ID, Seq: m.Seq, Timestamp: m.LastTS, ImportWh: m.ImportWh, ExportWh: m.ExportWh, DetailHash: base.Hash()}})
			}
		}
		if ts <= m.LastTS {
			return nil, fmt.Errorf("csv line %d: meter %d timestamp %s is not after its previous reading", row.LineNumber, m.ID, row.Timestamp)
		}
		m.Seq++
		m.ImportWh += row.EnergyWh
		m.LastTS = ts
		jobs = append(jobs, Job{Meter: m, Detail: row.Detail, Reading: reading.Reading{
			MeterID: m.ID, Seq: m.Seq, Timestamp: ts, ImportWh: m.ImportWh, ExportWh: m.ExportWh, DetailHash: row.Detail.Hash()}})
	}
	return jobs, nil
}
