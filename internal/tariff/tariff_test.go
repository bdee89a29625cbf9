package tariff_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/internal/tariff"
	"github.com/meterchain/meterchain/test/harness"
)

const decimals = 6

// handFile is the tariff file of the hand-computed table below.
const handFile = `
tariffs:
  - id: 1
    name: flat
    blocks:
      - price_per_kwh: 0.1523
  - id: 2
    name: two tiers
    blocks:
      - up_to_kwh: 100
        price_per_kwh: "0.10"
      - price_per_kwh: "0.15"
  - id: 3
    name: fixed charge and flat
    fixed_charge: "4.50"
    blocks:
      - price_per_kwh: "0.1234"
  - id: 4
    name: fixed charge and three tiers
    fixed_charge: 9.99
    blocks:
      - up_to_kwh: 50
        price_per_kwh: 0.0875
      - up_to_kwh: 200
        price_per_kwh: 0.1125
      - price_per_kwh: 0.2050
`

// HandTable is worked out on paper: exact = fixed + sum(kWh in block x price), then rounded half up
// to the cent.
var HandTable = []struct {
	tariff uint32
	wh     uint64
	exact  string
	bill   string
}{
	{1, 0, "0", "0.00"},
	{1, 300_000, "45.69", "45.69"},               // 300 x 0.1523
	{1, 612_345, "93.2601435", "93.26"},          // 612.345 x 0.1523
	{1, 33, "0.0050259", "0.01"},                 // rounds up past the half cent
	{2, 49, "0.0049", "0.00"},                    // below half a cent
	{2, 50, "0.005", "0.01"},                     // exactly half a cent: half up
	{2, 100_000, "10", "10.00"},                  // the whole first tier
	{2, 100_001, "10.00015", "10.00"},            // 100 x 0.10 + 0.001 x 0.15
	{2, 250_500, "32.575", "32.58"},              // 10 + 150.5 x 0.15, a tie: half up
	{3, 0, "4.5", "4.50"},                        // only the fixed charge
	{3, 412_870, "55.448158", "55.45"},           // 4.50 + 412.87 x 0.1234
	{4, 350_000, "61.99", "61.99"},               // 9.99 + 50x0.0875 + 150x0.1125 + 150x0.2050
	{4, 123_456, "22.6288", "22.63"},             // 9.99 + 4.375 + 73.456 x 0.1125
	{4, 50_000, "14.365", "14.37"},               // 9.99 + 4.375, a tie: half up
	{4, 200_000, "31.24", "31.24"},               // both lower tiers full
	{4, 200_001, "31.240205", "31.24"},           // one Wh into the top tier
	{4, 1_000_000_000, "204990.24", "204990.24"}, // 9.99 + 4.375 + 16.875 + 999,800 x 0.2050
}

func handTariffs(t *testing.T) map[uint32]tariff.Tariff {
	ts, err := tariff.Parse([]byte(handFile), decimals)
	require.NoError(t, err)
	byID := map[uint32]tariff.Tariff{}
	for _, tt := range ts {
		byID[tt.ID] = tt
	}
	return byID
}

func TestHandTableInGo(t *testing.T) {
	byID := handTariffs(t)
	for _, c := range HandTable {
		tt := byID[c.tariff]
		require.Truef(t, tt.Exact(c.wh, decimals).Equal(decimal.RequireFromString(c.exact)),
			"tariff %d, %d Wh: exact %s, want %s", c.tariff, c.wh, tt.Exact(c.wh, decimals), c.exact)
		require.Equalf(t, c.bill, tariff.FormatAmount(tt.Amount(c.wh, decimals), decimals), "tariff %d, %d Wh", c.tariff, c.wh)
	}
}

// TestContractAgreesWithHandTable sets the same file's tariffs on chain and asks the contract's
// quote (the arithmetic issueBills uses) for every row.
func TestContractAgreesWithHandTable(t *testing.T) {
	e := harness.New(t, 0)
	b := e.Billing()
	byID := handTariffs(t)
	for id := uint32(1); id <= 4; id++ {
		tt := byID[id]
		e.MustSend(e.Registrar, b.Manager, b.BillingABI.PackSetTariff(tt.ID, tt.FixedCharge, tt.UpToWh, tt.PricePerKWh))
	}
	for _, c := range HandTable {
		got, err := bind.Call(b.Manager, nil, b.BillingABI.PackQuote(c.tariff, c.wh), b.BillingABI.UnpackQuote)
		require.NoError(t, err)
		require.Equalf(t, byID[c.tariff].Amount(c.wh, decimals).String(), got.String(), "tariff %d, %d Wh", c.tariff, c.wh)
		require.Equal(t, c.bill, tariff.FormatAmount(got, decimals))
	}
	// Read back what the contract stored: the conversion round-trips.
	stored, err := bind.Call(b.Manager, nil, b.BillingABI.PackTariff(4), b.BillingABI.UnpackTariff)
	require.NoError(t, err)
	require.Equal(t, "9990000", stored.FixedCharge.String())
	require.Equal(t, []uint64{50_000, 200_000}, stored.UpToWh)
	require.Equal(t, []*big.Int{big.NewInt(87_500), big.NewInt(112_500), big.NewInt(205_000)}, stored.PricePerKWh)
}

func TestConversionRefusesInexactValues(t *testing.T) {
	cases := map[string]struct{ file, want string }{
		"seven decimals": {`tariffs: [{id: 1, blocks: [{price_per_kwh: 0.1234567}]}]`,
			"0.1234567 cannot be represented exactly: the token has 6 decimals"},
		"sub-Wh boundary": {`tariffs: [{id: 1, blocks: [{up_to_kwh: 100.0005, price_per_kwh: 1}, {price_per_kwh: 2}]}]`,
			"100.0005 kWh is not a whole number of Wh"},
		"negative price":  {`tariffs: [{id: 1, blocks: [{price_per_kwh: -0.1}]}]`, "-0.1 is negative"},
		"negative fixed":  {`tariffs: [{id: 1, fixed_charge: -1, blocks: [{price_per_kwh: 0.1}]}]`, "fixed_charge: -1 is negative"},
		"bounded last":    {`tariffs: [{id: 1, blocks: [{up_to_kwh: 10, price_per_kwh: 0.1}]}]`, "the last block takes all remaining energy"},
		"unbounded first": {`tariffs: [{id: 1, blocks: [{price_per_kwh: 0.1}, {price_per_kwh: 0.2}]}]`, "block 1 needs up_to_kwh"},
		"not increasing": {`tariffs: [{id: 1, blocks: [{up_to_kwh: 10, price_per_kwh: 0.1}, {up_to_kwh: 10, price_per_kwh: 0.2}, {price_per_kwh: 0.3}]}]`,
			"block 2 up_to_kwh 10 must be above the previous boundary"},
		"no blocks":      {`tariffs: [{id: 1, blocks: []}]`, "needs 1 to 8 price blocks"},
		"id zero":        {`tariffs: [{id: 0, blocks: [{price_per_kwh: 1}]}]`, "id 0"},
		"twice":          {`tariffs: [{id: 1, blocks: [{price_per_kwh: 1}]}, {id: 1, blocks: [{price_per_kwh: 2}]}]`, "defined twice"},
		"not a number":   {`tariffs: [{id: 1, blocks: [{price_per_kwh: cheap}]}]`, `"cheap" is not a decimal number`},
		"misspelt field": {`tariffs: [{id: 1, blocks: [{price_kwh: 1}]}]`, "field price_kwh not found"},
		"empty":          {`tariffs: []`, "defines no tariffs"},
		"too large":      {`tariffs: [{id: 1, blocks: [{price_per_kwh: 1e30}]}]`, "too large"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			_, err := tariff.Parse([]byte(c.file), decimals)
			require.ErrorContains(t, err, c.want)
		})
	}
}

// TestJSONFile: a JSON tariff file reads the same, numbers kept exact.
func TestJSONFile(t *testing.T) {
	ts, err := tariff.Parse([]byte(`{"tariffs": [{"id": 7, "fixed_charge": 0.01, "blocks": [{"price_per_kwh": 0.000001}]}]}`), decimals)
	require.NoError(t, err)
	require.Equal(t, "10000", ts[0].FixedCharge.String())
	require.Equal(t, "1", ts[0].PricePerKWh[0].String())
}

func TestFormatAndParseAmount(t *testing.T) {
	require.Equal(t, "9.31", tariff.FormatAmount(big.NewInt(9_310_000), decimals))
	require.Equal(t, "0.00", tariff.FormatAmount(big.NewInt(0), decimals))
	require.Equal(t, "0.0045", tariff.FormatAmount(big.NewInt(4_500), decimals))
	require.Equal(t, "300.000", tariff.FormatKWh(300_000))
	require.Equal(t, "10.470", tariff.FormatKWh(10_470))
	v, err := tariff.ParseAmount("$9.31", decimals)
	require.NoError(t, err)
	require.Equal(t, "9310000", v.String())
	_, err = tariff.ParseAmount("9.3100001", decimals)
	require.ErrorContains(t, err, "cannot be represented exactly")
}

// TestDevnetFile: the devnet's tariffs convert, and tariff 1 prices seed 003's January
// (620.667 kWh) at its $9.31.
func TestDevnetFile(t *testing.T) {
	ts, err := tariff.Parse([]byte(tariff.DevnetFile), decimals)
	require.NoError(t, err)
	require.Equal(t, uint32(1), ts[0].ID)
	require.Equal(t, "9.31", tariff.FormatAmount(ts[0].Amount(620_667, decimals), decimals))
}
