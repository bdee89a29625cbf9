package portal

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/internal/billid"
)

// requireTool finds a program the test needs: missing in CI (CI=true) is a failure, elsewhere
// the test is skipped with the package to install.
func requireTool(t *testing.T, name, pkg string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err == nil {
		return p
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s is not installed (Debian package %s): CI must install it", name, pkg)
	}
	t.Skipf("%s is not installed: apt-get install %s to run this test", name, pkg)
	return ""
}

// espiValues walks an ESPI feed and sums the IntervalReading values and costs of the
// MeterReading whose flow is `n` (1 import, 2 export), by its IntervalBlock links.
func espiSums(t *testing.T, feed []byte) (values map[string]uint64, cost int64, count int) {
	t.Helper()
	type ir struct {
		Cost  *int64 `xml:"cost"`
		Value uint64 `xml:"value"`
	}
	type entry struct {
		Links []struct {
			Href string `xml:"href,attr"`
			Rel  string `xml:"rel,attr"`
		} `xml:"link"`
		Block *struct {
			Readings []ir `xml:"IntervalReading"`
		} `xml:"content>IntervalBlock"`
	}
	var f struct {
		Entries []entry `xml:"entry"`
	}
	require.NoError(t, xml.Unmarshal(feed, &f))
	values = map[string]uint64{}
	for _, e := range f.Entries {
		if e.Block == nil {
			continue
		}
		up := ""
		for _, l := range e.Links {
			if l.Rel == "up" {
				up = l.Href
			}
		}
		for _, r := range e.Block.Readings {
			values[up] += r.Value
			if r.Cost != nil {
				cost += *r.Cost
			}
			count++
		}
	}
	return values, cost, count
}

func TestESPIExportValidatesAndSumsToLedger(t *testing.T) {
	s := newScene(t)
	tok := s.login(s.owner)
	from, to := start.Unix(), time.Date(2026, 2, 1, 0, 0, 1, 0, time.UTC).Unix()
	req := httptest.NewRequest(http.MethodGet, fmt.Sprintf("/v1/meters/%d/espi.xml?from=%d&to=%d", meter1, from, to), nil)
	req.Header.Set("Authorization", "Bearer "+tok)
	w := httptest.NewRecorder()
	s.h.ServeHTTP(w, req)
	require.Equal(t, http.StatusOK, w.Code, w.Body.String())
	feed := w.Body.Bytes()

	// Well-formed XML.
	dec := xml.NewDecoder(bytes.NewReader(feed))
	for {
		_, err := dec.Token()
		if err == io.EOF {
			break
		}
		require.NoError(t, err)
	}

	// January's intervals sum to the ledger's January consumption (closing − opening register).
	values, cost, n := espiSums(t, feed)
	importUp := fmt.Sprintf("http://meterchain.test/espi/1_1/resource/RetailCustomer/%d/UsagePoint/1/MeterReading/1/IntervalBlock", meter1)
	require.Equal(t, s.periodConsumption(202601), values[importUp])
	require.Equal(t, 31, n/2, "31 daily intervals, import and export")
	exportUp := fmt.Sprintf("http://meterchain.test/espi/1_1/resource/RetailCustomer/%d/UsagePoint/1/MeterReading/2/IntervalBlock", meter1)
	r := s.e.LastReading(meter1)
	require.NotZero(t, values[exportUp])
	require.Less(t, values[exportUp], r.ExportWh)

	// Costs: January's bill shared by energy, rounded down per interval (1e-5 dollars).
	bill := s.e.Billing().Bill(billid.Of(meter1, 202601))
	total := new(big.Int).Mul(bill.Amount, big.NewInt(100_000))
	total.Quo(total, big.NewInt(1_000_000))
	require.LessOrEqual(t, cost, total.Int64())
	require.Greater(t, cost, total.Int64()-31, "at most one unit lost to rounding per interval")

	// Valid against the Green Button schemas.
	xmllint := requireTool(t, "xmllint", "libxml2-utils")
	path := filepath.Join(t.TempDir(), "export.xml")
	require.NoError(t, os.WriteFile(path, feed, 0o644))
	out, err := exec.Command(xmllint, "--noout", "--nonet", "--schema", "testdata/espi/espi-feed.xsd", path).CombinedOutput()
	require.NoError(t, err, "xmllint: %s", out)
}

func TestESPIThirdPartyNeedsReadingsGrant(t *testing.T) {
	s := newScene(t)
	require.Equal(t, http.StatusForbidden, s.do(http.MethodGet, fmt.Sprintf("/v1/meters/%d/espi.xml", meter1), s.login(s.third), nil, nil))
}
