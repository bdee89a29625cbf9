// Package tariff is the edge between decimal money and the billing contract: it reads tariff
// files (prices as exact decimals, never floats), converts them exactly to token base units for
// BillingManager.setTariff (refusing what cannot be represented), computes a bill with the
// contract's one rounding rule, and formats amounts and energy for people.
//
// The rule (BillingManager.sol): the exact charge fixed + sum(Wh in block x price per kWh) / 1000 is
// kept in thousandths of a base unit and rounded once, half up, to a whole cent.
package tariff

import (
	"errors"
	"fmt"
	"math/big"
	"os"
	"strings"

	"github.com/shopspring/decimal"
	"gopkg.in/yaml.v3"
)

// MaxBlocks is the most price blocks a tariff may have (BillingManager.MAX_BLOCKS).
const MaxBlocks = 8

// Decimal is a decimal read from the file's literal text (a YAML or JSON number or string), so a
// price is never parsed through a float.
type Decimal struct{ decimal.Decimal }

// UnmarshalYAML takes the scalar's text as written.
func (d *Decimal) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind != yaml.ScalarNode {
		return fmt.Errorf("line %d: expected a number, got a %s", n.Line, kindName(n.Kind))
	}
	v, err := decimal.NewFromString(strings.TrimSpace(n.Value))
	if err != nil {
		return fmt.Errorf("line %d: %q is not a decimal number", n.Line, n.Value)
	}
	d.Decimal = v
	return nil
}

func kindName(k yaml.Kind) string {
	switch k {
	case yaml.MappingNode:
		return "mapping"
	case yaml.SequenceNode:
		return "list"
	default:
		return "non-scalar"
	}
}

// File is a tariff file (YAML, or JSON which YAML reads too):
//
//	tariffs:
//	  - id: 1
//	    name: residential flat
//	    fixed_charge: "4.50"        # per month, in token units (USD)
//	    blocks:
//	      - price_per_kwh: "0.1523" # one block without a bound: flat
//	  - id: 2
//	    name: residential tiered
//	    blocks:
//	      - up_to_kwh: 100          # the first 100 kWh of the month
//	        price_per_kwh: "0.10"
//	      - price_per_kwh: "0.15"   # the rest
type File struct {
	Tariffs []Spec `yaml:"tariffs"`
}

// Spec is one tariff as written in the file.
type Spec struct {
	ID          uint32      `yaml:"id"`
	Name        string      `yaml:"name"`
	FixedCharge Decimal     `yaml:"fixed_charge"`
	Blocks      []BlockSpec `yaml:"blocks"`
}

// BlockSpec is a price block: energy up to UpToKWh (cumulative in the month; omitted on the last
// block) costs PricePerKWh.
type BlockSpec struct {
	UpToKWh     *Decimal `yaml:"up_to_kwh"`
	PricePerKWh Decimal  `yaml:"price_per_kwh"`
}

// Tariff is a tariff in the contract's units: base units of the token and Wh.
type Tariff struct {
	ID          uint32
	Name        string
	FixedCharge *big.Int   // base units per month
	UpToWh      []uint64   // block boundaries, one fewer than prices
	PricePerKWh []*big.Int // base units per kWh
}

// Load reads and converts a tariff file for a token with `decimals` decimals.
func Load(path string, decimals int32) ([]Tariff, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read tariff file: %w", err)
	}
	ts, err := Parse(data, decimals)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return ts, nil
}

// Parse converts a tariff file's content. Every tariff is checked; the first problem is returned.
func Parse(data []byte, decimals int32) ([]Tariff, error) {
	var f File
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("parse tariff file: %w", err)
	}
	if len(f.Tariffs) == 0 {
		return nil, errors.New("tariff file defines no tariffs")
	}
	seen := map[uint32]bool{}
	out := make([]Tariff, 0, len(f.Tariffs))
	for _, s := range f.Tariffs {
		if seen[s.ID] {
			return nil, fmt.Errorf("tariff %d is defined twice", s.ID)
		}
		seen[s.ID] = true
		t, err := s.Convert(decimals)
		if err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, nil
}

var maxUint96 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 96), big.NewInt(1))

// Convert turns a spec into contract units, exactly, or says why it cannot.
func (s Spec) Convert(decimals int32) (Tariff, error) {
	where := fmt.Sprintf("tariff %d", s.ID)
	if s.Name != "" {
		where = fmt.Sprintf("tariff %d (%s)", s.ID, s.Name)
	}
	if s.ID == 0 {
		return Tariff{}, fmt.Errorf("%s: id 0 means \"no tariff\"; use 1 or more", where)
	}
	n := len(s.Blocks)
	if n == 0 || n > MaxBlocks {
		return Tariff{}, fmt.Errorf("%s: needs 1 to %d price blocks, has %d", where, MaxBlocks, n)
	}
	fixed, err := ToBaseUnits(s.FixedCharge.Decimal, decimals)
	if err != nil {
		return Tariff{}, fmt.Errorf("%s: fixed_charge: %w", where, err)
	}
	t := Tariff{ID: s.ID, Name: s.Name, FixedCharge: fixed, UpToWh: []uint64{}}
	var prev uint64
	for i, b := range s.Blocks {
		price, err := ToBaseUnits(b.PricePerKWh.Decimal, decimals)
		if err != nil {
			return Tariff{}, fmt.Errorf("%s: block %d price_per_kwh: %w", where, i+1, err)
		}
		t.PricePerKWh = append(t.PricePerKWh, price)
		last := i == n-1
		switch {
		case last && b.UpToKWh != nil:
			return Tariff{}, fmt.Errorf("%s: the last block takes all remaining energy; remove its up_to_kwh (%s)", where, b.UpToKWh)
		case last:
			continue
		case b.UpToKWh == nil:
			return Tariff{}, fmt.Errorf("%s: block %d needs up_to_kwh (only the last block is unbounded)", where, i+1)
		}
		wh, err := KWhToWh(b.UpToKWh.Decimal)
		if err != nil {
			return Tariff{}, fmt.Errorf("%s: block %d up_to_kwh: %w", where, i+1, err)
		}
		if wh <= prev {
			return Tariff{}, fmt.Errorf("%s: block %d up_to_kwh %s must be above the previous boundary", where, i+1, b.UpToKWh)
		}
		t.UpToWh = append(t.UpToWh, wh)
		prev = wh
	}
	return t, nil
}

// ToBaseUnits converts an amount in token units (e.g. dollars) to base units exactly; an amount
// with more decimal places than the token has, a negative one or one beyond uint96 is refused.
func ToBaseUnits(v decimal.Decimal, decimals int32) (*big.Int, error) {
	if v.IsNegative() {
		return nil, fmt.Errorf("%s is negative", v)
	}
	scaled := v.Shift(decimals)
	if !scaled.IsInteger() {
		return nil, fmt.Errorf("%s cannot be represented exactly: the token has %d decimals (smallest unit %s)",
			v, decimals, decimal.New(1, -decimals))
	}
	out := scaled.BigInt()
	if out.Cmp(maxUint96) > 0 {
		return nil, fmt.Errorf("%s is too large", v)
	}
	return out, nil
}

// KWhToWh converts a kWh boundary to whole Wh; more than 3 decimal places is refused.
func KWhToWh(v decimal.Decimal) (uint64, error) {
	if !v.IsPositive() {
		return 0, fmt.Errorf("%s kWh must be above zero", v)
	}
	wh := v.Shift(3)
	if !wh.IsInteger() {
		return 0, fmt.Errorf("%s kWh is not a whole number of Wh", v)
	}
	if !wh.BigInt().IsUint64() {
		return 0, fmt.Errorf("%s kWh is too large", v)
	}
	return wh.BigInt().Uint64(), nil
}

// Cent is one cent in base units of a token with `decimals` decimals (BillingManager.cent).
func Cent(decimals int32) *big.Int {
	if decimals < 2 {
		return big.NewInt(1)
	}
	return new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(decimals-2)), nil)
}

// Amount is what a bill for `billedWh` costs under t, in base units: the contract's rule, in the
// same integer steps (exact sum in thousandths of a base unit, one half-up rounding to a cent).
func (t Tariff) Amount(billedWh uint64, decimals int32) *big.Int {
	milli := new(big.Int).Mul(t.FixedCharge, big.NewInt(1000))
	var lower uint64
	rest := billedWh
	for i, price := range t.PricePerKWh {
		if rest == 0 {
			break
		}
		upper := uint64(1<<64 - 1)
		if i < len(t.UpToWh) {
			upper = t.UpToWh[i]
		}
		take := min(rest, upper-lower)
		milli.Add(milli, new(big.Int).Mul(new(big.Int).SetUint64(take), price))
		rest -= take
		lower = upper
	}
	cent := Cent(decimals)
	unit := new(big.Int).Mul(cent, big.NewInt(1000))
	cents := milli.Add(milli, new(big.Int).Rsh(unit, 1))
	cents.Quo(cents, unit)
	return cents.Mul(cents, cent)
}

// Exact is the unrounded charge in token units, for showing how a bill was computed.
func (t Tariff) Exact(billedWh uint64, decimals int32) decimal.Decimal {
	total := decimal.NewFromBigInt(t.FixedCharge, -decimals)
	var lower uint64
	rest := billedWh
	for i, price := range t.PricePerKWh {
		if rest == 0 {
			break
		}
		upper := uint64(1<<64 - 1)
		if i < len(t.UpToWh) {
			upper = t.UpToWh[i]
		}
		take := min(rest, upper-lower)
		kwh := decimal.NewFromBigInt(new(big.Int).SetUint64(take), -3)
		total = total.Add(kwh.Mul(decimal.NewFromBigInt(price, -decimals)))
		rest -= take
		lower = upper
	}
	return total
}

// FormatAmount shows base units in token units with at least two decimals ("9.31", "0.004500"
// for a sub-cent partial payment).
func FormatAmount(baseUnits *big.Int, decimals int32) string {
	d := decimal.NewFromBigInt(baseUnits, -decimals)
	if d.Equal(d.Round(2)) {
		return d.StringFixed(2)
	}
	return d.String()
}

// FormatKWh shows Wh as kWh with three decimals ("300.000").
func FormatKWh(wh uint64) string {
	return decimal.NewFromBigInt(new(big.Int).SetUint64(wh), -3).StringFixed(3)
}

// ParseAmount reads an amount in token units typed by a person ("9.31") into base units, exactly.
func ParseAmount(s string, decimals int32) (*big.Int, error) {
	v, err := decimal.NewFromString(strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(s), "$")))
	if err != nil {
		return nil, fmt.Errorf("%q is not an amount", s)
	}
	return ToBaseUnits(v, decimals)
}

// DevnetFile is the devnet's tariff file: tariff 1, which the demo fleet and `meter register` use
// by default, is the flat price seed 003's monthly bills imply (about $9 for 600 kWh); tariff 2 is
// a tiered example.
const DevnetFile = `tariffs:
  - id: 1
    name: residential flat (seed 003)
    blocks:
      - price_per_kwh: "0.015"
  - id: 2
    name: residential tiered
    fixed_charge: "4.50"
    blocks:
      - up_to_kwh: 100
        price_per_kwh: "0.10"
      - price_per_kwh: "0.15"
`
