// Package espi exports a meter's usage as a Green Button (NAESB ESPI) Atom feed: the intervals
// between its accepted readings, with each interval's share of its month's bill as the cost. The
// portal serves it at GET /v1/meters/:id/espi.xml and `meterchain export` writes it; both call
// Feed, which reads the stores through the narrow interfaces below and needs no web server.
package espi

import (
	"bytes"
	"context"
	"encoding/xml"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/meterchain/meterchain/internal/billing"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/internal/stored"
)

// Bills lists a meter's bills (settlement/index's Index does).
type Bills interface {
	Bills(ctx context.Context, meterID uint64) ([]billing.Bill, error)
}

// Source is what an export reads and how its links are written.
type Source struct {
	Readings stored.MeterReader
	Bills    Bills
	ChainID  uint64 // part of every entry's id, so two chains' feeds never share one
	BaseURL  string // scheme://host[:port] the feed's links point at
	Decimals int32  // of the billing token
	Now      func() time.Time
	// Span, if set, is which span of the viewer's ownerships a reading time falls in (-1: none):
	// readings outside them are left out, and no interval runs from one span into another.
	Span func(t uint64) int
}

// ESPI (NAESB REQ.21, Green Button) codes used by the export.
const (
	espiNS            = "http://naesb.org/espi"
	atomNS            = "http://www.w3.org/2005/Atom"
	espiUomWh         = 72  // UnitSymbolKind: Wh
	espiCommodityElec = 1   // CommodityKind: electricity secondary metered
	espiDeltaData     = 4   // AccumulationKind: deltaData (energy per interval)
	espiForward       = 1   // FlowDirectionKind: delivered to the customer (import)
	espiReverse       = 19  // FlowDirectionKind: received from the customer (export)
	espiKindEnergy    = 12  // MeasurementKind: energy
	espiUSD           = 840 // Currency: ISO 4217 numeric
)

type xLink struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr"`
	Type string `xml:"type,attr"`
}

type xContent struct {
	Inner any `xml:",any"`
}

type xEntry struct {
	XMLName   xml.Name `xml:"entry"`
	ID        string   `xml:"id"`
	Links     []xLink  `xml:"link"`
	Title     string   `xml:"title"`
	Content   xContent `xml:"content"`
	Published string   `xml:"published"`
	Updated   string   `xml:"updated"`
}

type xFeed struct {
	XMLName xml.Name `xml:"http://www.w3.org/2005/Atom feed"`
	ID      string   `xml:"id"`
	Title   string   `xml:"title"`
	Updated string   `xml:"updated"`
	Links   []xLink  `xml:"link"`
	Entries []xEntry `xml:"entry"`
}

type xServiceCategory struct {
	Kind int `xml:"kind"`
}

type xUsagePoint struct {
	XMLName         xml.Name         `xml:"http://naesb.org/espi UsagePoint"`
	ServiceCategory xServiceCategory `xml:"ServiceCategory"`
	Status          int              `xml:"status"`
}

type xMeterReading struct {
	XMLName xml.Name `xml:"http://naesb.org/espi MeterReading"`
}

type xReadingType struct {
	XMLName              xml.Name `xml:"http://naesb.org/espi ReadingType"`
	AccumulationBehavior int      `xml:"accumulationBehaviour"`
	Commodity            int      `xml:"commodity"`
	Currency             int      `xml:"currency"`
	FlowDirection        int      `xml:"flowDirection"`
	IntervalLength       uint32   `xml:"intervalLength"`
	Kind                 int      `xml:"kind"`
	PowerOfTen           int      `xml:"powerOfTenMultiplier"`
	Uom                  int      `xml:"uom"`
}

type xInterval struct {
	Duration uint64 `xml:"duration"`
	Start    uint64 `xml:"start"`
}

type xIntervalReading struct {
	Cost       *int64    `xml:"cost,omitempty"`
	TimePeriod xInterval `xml:"timePeriod"`
	Value      uint64    `xml:"value"`
}

type xIntervalBlock struct {
	XMLName  xml.Name           `xml:"http://naesb.org/espi IntervalBlock"`
	Interval xInterval          `xml:"interval"`
	Readings []xIntervalReading `xml:"IntervalReading"`
}

// Interval is one exported interval: the energy between two consecutive accepted readings.
type Interval struct {
	Start, Duration uint64
	ImportWh        uint64
	ExportWh        uint64
	Cost            *int64 // hundred-thousandths of the currency unit (ESPI), where billed
}

// Intervals derives the meter's intervals ending in [from, to) from accepted readings (the first
// accepted reading of the meter is a baseline, not an interval). With bills, each interval in a
// billed period carries its share of the bill, proportional to its energy.
// span (nil: everything) is as Source.Span.
func Intervals(ctx context.Context, readings stored.MeterReader, meterID, from, to uint64, bills []billing.Bill, decimals int32, span func(uint64) int) ([]Interval, error) {
	if span == nil {
		span = func(uint64) int { return 0 }
	}
	var out []Interval
	prev, err := stored.PreviousAccepted(ctx, readings, meterID, from+1)
	if err != nil {
		return nil, err
	}
	err = stored.Each(ctx, readings, meterID, from+1, to, func(r stored.Reading) {
		if r.Status != stored.Accepted {
			return
		}
		if span(r.Reading.Timestamp) < 0 {
			prev = nil
			return
		}
		if prev != nil && span(prev.Reading.Timestamp) == span(r.Reading.Timestamp) {
			out = append(out, Interval{Start: prev.Reading.Timestamp, Duration: r.Reading.Timestamp - prev.Reading.Timestamp,
				ImportWh: r.Reading.ImportWh - prev.Reading.ImportWh, ExportWh: r.Reading.ExportWh - prev.Reading.ExportWh})
		}
		prev = &r
	})
	if err != nil {
		return nil, err
	}
	byPeriod := map[uint32]billing.Bill{}
	for _, b := range bills {
		byPeriod[b.Period] = b
	}
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(decimals)), nil)
	for i := range out {
		end := out[i].Start + out[i].Duration
		b, ok := byPeriod[reading.PeriodOf(end)]
		if !ok || b.EnergyWh == 0 {
			continue
		}
		// cost = amount × intervalWh / billedWh, in 1e-5 currency units, rounded down
		c := new(big.Int).Mul(b.Amount, big.NewInt(100_000))
		c.Mul(c, new(big.Int).SetUint64(out[i].ImportWh))
		c.Quo(c, new(big.Int).Mul(scale, new(big.Int).SetUint64(b.EnergyWh)))
		v := c.Int64()
		out[i].Cost = &v
	}
	return out, nil
}

// Feed renders the meter's intervals in [from, to) as a Green Button (NAESB ESPI) Atom feed:
// a UsagePoint, a MeterReading with its ReadingType (Wh, 900 s or the meter's cadence, delta
// data) per flow direction, and one IntervalBlock per UTC day.
func Feed(ctx context.Context, src Source, meterID, from, to uint64, withCost bool) ([]byte, error) {
	var bills []billing.Bill
	if withCost {
		var err error
		if bills, err = src.Bills.Bills(ctx, meterID); err != nil {
			return nil, err
		}
	}
	ivs, err := Intervals(ctx, src.Readings, meterID, from, to, bills, src.Decimals, src.Span)
	if err != nil {
		return nil, err
	}
	now := src.Now().UTC().Format(time.RFC3339)
	base := fmt.Sprintf("%s/espi/1_1/resource/RetailCustomer/%d/UsagePoint/1", src.BaseURL, meterID)
	uuid := func(parts ...any) string { // deterministic urn:uuid from the resource's name
		h := crypto.Keccak256([]byte(fmt.Sprint(append([]any{src.ChainID, meterID}, parts...)...)))
		return fmt.Sprintf("urn:uuid:%x-%x-%x-%x-%x", h[0:4], h[4:6], h[6:8], h[8:10], h[10:16])
	}
	entry := func(id, self, up, typ, title string, inner any) xEntry {
		return xEntry{ID: id, Title: title, Published: now, Updated: now, Content: xContent{Inner: inner},
			Links: []xLink{{Href: self, Rel: "self", Type: "espi-entry/" + typ}, {Href: up, Rel: "up", Type: "espi-feed/" + typ}}}
	}
	feed := xFeed{ID: uuid("feed"), Title: fmt.Sprintf("meterchain Green Button export, meter %d", meterID), Updated: now,
		Links: []xLink{{Href: fmt.Sprintf("%s/v1/meters/%d/espi.xml", src.BaseURL, meterID), Rel: "self", Type: "espi-feed/UsagePoint"}}}
	feed.Entries = append(feed.Entries, entry(uuid("UsagePoint"), base, base[:len(base)-2], "UsagePoint",
		fmt.Sprintf("meter %d", meterID), xUsagePoint{ServiceCategory: xServiceCategory{Kind: 0}, Status: 1}))

	intervalLength := uint32(900)
	if len(ivs) > 0 && ivs[0].Duration < 1<<32 {
		intervalLength = uint32(ivs[0].Duration)
	}
	var exported bool
	for _, iv := range ivs {
		exported = exported || iv.ExportWh > 0
	}
	directions := []struct {
		n, flow int
		name    string
		value   func(Interval) uint64
	}{{1, espiForward, "import (delivered)", func(iv Interval) uint64 { return iv.ImportWh }}}
	if exported {
		directions = append(directions, struct {
			n, flow int
			name    string
			value   func(Interval) uint64
		}{2, espiReverse, "export (received)", func(iv Interval) uint64 { return iv.ExportWh }})
	}
	for _, d := range directions {
		mr := fmt.Sprintf("%s/MeterReading/%d", base, d.n)
		rt := fmt.Sprintf("%s/espi/1_1/resource/ReadingType/%d%d", src.BaseURL, meterID, d.n)
		feed.Entries = append(feed.Entries,
			entry(uuid("MeterReading", d.n), mr, base+"/MeterReading", "MeterReading", "energy "+d.name, xMeterReading{}),
			entry(uuid("ReadingType", d.n), rt, src.BaseURL+"/espi/1_1/resource/ReadingType", "ReadingType", "Wh per interval, "+d.name,
				xReadingType{AccumulationBehavior: espiDeltaData, Commodity: espiCommodityElec, Currency: espiUSD, FlowDirection: d.flow,
					IntervalLength: intervalLength, Kind: espiKindEnergy, PowerOfTen: 0, Uom: espiUomWh}))
		// one IntervalBlock per UTC day of the interval starts
		var blocks []xIntervalBlock
		var day int64 = -1
		for _, iv := range ivs {
			if dd := int64(iv.Start) / 86400; dd != day {
				day = dd
				blocks = append(blocks, xIntervalBlock{Interval: xInterval{Start: uint64(dd * 86400)}})
			}
			b := &blocks[len(blocks)-1]
			ir := xIntervalReading{TimePeriod: xInterval{Duration: iv.Duration, Start: iv.Start}, Value: d.value(iv)}
			if d.flow == espiForward {
				ir.Cost = iv.Cost
			}
			b.Readings = append(b.Readings, ir)
			b.Interval.Duration = iv.Start + iv.Duration - b.Interval.Start
		}
		for i, b := range blocks {
			self := fmt.Sprintf("%s/IntervalBlock/%d", mr, i+1)
			feed.Entries = append(feed.Entries, entry(uuid("IntervalBlock", d.n, b.Interval.Start), self, mr+"/IntervalBlock", "IntervalBlock",
				time.Unix(int64(b.Interval.Start), 0).UTC().Format("2006-01-02"), b))
		}
	}
	var buf bytes.Buffer
	buf.WriteString(xml.Header)
	enc := xml.NewEncoder(&buf)
	enc.Indent("", "  ")
	if err := enc.Encode(feed); err != nil {
		return nil, fmt.Errorf("encode ESPI feed: %w", err)
	}
	buf.WriteByte('\n')
	return buf.Bytes(), nil
}
