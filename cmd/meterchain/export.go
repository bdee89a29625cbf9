package main

import (
	"fmt"
	"os"
	"strconv"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/meterchain/meterchain/internal/portal/espi"
)

var exportCommand = &cli.Command{
	Name:  "export",
	Usage: "export a meter's usage as a Green Button (NAESB ESPI) Atom feed",
	Description: `Writes the meter's intervals (the energy between consecutive readings accepted on the ledger)
as a Green Button feed: UsagePoint, MeterReading and ReadingType (Wh, delta data) per direction,
one IntervalBlock per UTC day, and each interval's share of its month's bill as the cost where the
month is billed. The same document as GET /v1/meters/<id>/espi.xml; it validates against the ESPI
schemas (xmllint --schema espi-feed.xsd).`,
	Flags: append([]cli.Flag{
		&cli.StringFlag{Name: "format", Value: "espi", Usage: "output `FORMAT` (espi)"},
		&cli.Uint64Flag{Name: "meter", Required: true, Usage: "meter `ID`"},
		&cli.StringFlag{Name: "from", Usage: "intervals ending after this time (unix seconds, YYYY-MM-DD, RFC 3339)"},
		&cli.StringFlag{Name: "to", Usage: "intervals ending before this time (same forms)"},
		&cli.StringFlag{Name: "out", Value: "-", Usage: "output `FILE` (- for stdout)"},
		&cli.StringFlag{Name: "base-url", Value: "127.0.0.1:8080", Usage: "`HOST:PORT` of the API the feed's links point at"},
		oracleDBFlag, settlementDBFlag,
	}, chainFlags...),
	Action: func(c *cli.Context) error {
		if c.String("format") != "espi" {
			return fmt.Errorf("--format %q: only espi (Green Button) is supported", c.String("format"))
		}
		from, err := cliTime(c.String("from"))
		if err != nil {
			return err
		}
		to, err := cliTime(c.String("to"))
		if err != nil {
			return err
		}
		src, err := openRecords(c)
		if err != nil {
			return err
		}
		defer src.Close()
		feed, err := espi.Feed(c.Context, espi.Source{Readings: src.readings, Bills: src.bills, ChainID: src.deployment.ChainID,
			BaseURL: "http://" + c.String("base-url"), Decimals: src.decimals, Now: time.Now}, c.Uint64("meter"), from, to, true)
		if err != nil {
			return fmt.Errorf("export meter %d: %w", c.Uint64("meter"), err)
		}
		if c.String("out") == "-" {
			_, err = os.Stdout.Write(feed)
			return err
		}
		if err := os.WriteFile(c.String("out"), feed, 0o644); err != nil {
			return err
		}
		fmt.Fprintf(os.Stderr, "wrote %s (%d bytes)\n", c.String("out"), len(feed))
		return nil
	},
}

// cliTime reads unix seconds, YYYY-MM-DD or RFC 3339 ("" is zero).
func cliTime(v string) (uint64, error) {
	if v == "" {
		return 0, nil
	}
	if n, err := strconv.ParseUint(v, 10, 64); err == nil {
		return n, nil
	}
	for _, layout := range []string{time.RFC3339, "2006-01-02"} {
		if t, err := time.Parse(layout, v); err == nil && t.Unix() >= 0 {
			return uint64(t.Unix()), nil
		}
	}
	return 0, fmt.Errorf("time %q: use unix seconds, YYYY-MM-DD or RFC 3339", v)
}
