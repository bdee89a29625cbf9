// Package ocmf reads OCMF signed meter records (SAFE-eV Open Charge Metering Format) by the rules
// of docs/ocmf.md: the payload decoder is the Go mirror of contracts/src/lib/Ocmf.sol (one
// forward scan, the same answers; TestOcmfDecoderMatchesGo holds them together), and the
// signature section, which only the oracle reads, is parsed and verified here.
package ocmf

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"math"

	"github.com/ethereum/go-ethereum/crypto"
)

// ErrMalformed is what every payload that breaks a rule of docs/ocmf.md wraps; the ledger
// rejects such a record with reason MalformedRecord.
var ErrMalformed = errors.New("malformed OCMF payload")

// DecodeError says where a payload breaks the rules: the byte offset and the field.
type DecodeError struct {
	Offset int
	Field  string // "" for the JSON structure itself
	Msg    string
}

func (e *DecodeError) Error() string {
	if e.Field == "" {
		return fmt.Sprintf("%v: offset %d: %s", ErrMalformed, e.Offset, e.Msg)
	}
	return fmt.Sprintf("%v: offset %d: %s: %s", ErrMalformed, e.Offset, e.Field, e.Msg)
}

func (e *DecodeError) Unwrap() error { return ErrMalformed }

// Payload is what the ledger reads from a record's payload.
type Payload struct {
	MS, GI, GS         []byte // raw string bytes, escapes undecoded
	Identity           [32]byte
	Seq                uint64 // the PG counter
	Timestamp          uint64 // UTC Unix seconds of the last usable register entry
	ImportWh, ExportWh uint64
	HasImport          bool // false: the record does not report the register (the meter's last value stands)
	HasExport          bool
	Digest             [32]byte // SHA-256 of the payload: what the meter signed, and the reading's detailHash
}

// Limits of docs/ocmf.md.
const (
	MaxDepth     = 8  // nesting of objects and arrays, the payload object being 1
	MaxRDEntries = 16 // entries of RD
	tmLen        = 30 // YYYY-MM-DDThh:mm:ss,fff+hhmm S
	minYear      = 1970
	maxYear      = 2105
)

// Identity is the record identity the registry binds to a meter:
// keccak256(GI ‖ 0x00 ‖ GS ‖ 0x00 ‖ MS) over the raw string bytes.
func Identity(gi, gs, ms []byte) [32]byte {
	buf := make([]byte, 0, len(gi)+len(gs)+len(ms)+2)
	buf = append(append(append(append(append(buf, gi...), 0), gs...), 0), ms...)
	return crypto.Keccak256Hash(buf)
}

// span is a raw value's bounds in the payload; a string's exclude the quotes.
type span struct{ start, end int }

func (s span) ok() bool { return s.end > 0 }

type decoder struct {
	b []byte
}

func (d *decoder) fail(p int, field, format string, args ...any) error {
	return &DecodeError{Offset: p, Field: field, Msg: fmt.Sprintf(format, args...)}
}

func (d *decoder) raw(s span) []byte { return d.b[s.start:s.end] }

func (d *decoder) ws(p int) int {
	for p < len(d.b) {
		switch d.b[p] {
		case ' ', '\t', '\r', '\n':
			p++
		default:
			return p
		}
	}
	return p
}

// expect is the byte at p (after whitespace) being c; it returns the offset after it.
func (d *decoder) expect(p int, c byte, field string) (int, error) {
	p = d.ws(p)
	if p >= len(d.b) {
		return p, d.fail(p, field, "want %q, payload ends", c)
	}
	if d.b[p] != c {
		return p, d.fail(p, field, "want %q, got %q", c, d.b[p])
	}
	return p + 1, nil
}

// str reads a string starting at p (no whitespace skipped): its raw content and the offset after it.
func (d *decoder) str(p int, field string) (span, int, error) {
	if p >= len(d.b) || d.b[p] != '"' {
		return span{}, p, d.fail(p, field, "want a string")
	}
	for i := p + 1; i < len(d.b); i++ {
		c := d.b[i]
		switch {
		case c == '"':
			return span{p + 1, i}, i + 1, nil
		case c < 0x20:
			return span{}, i, d.fail(i, field, "control byte 0x%02x in a string", c)
		case c == '\\':
			i++
			if i < len(d.b) && d.b[i] < 0x20 {
				return span{}, i, d.fail(i, field, "control byte 0x%02x in a string", d.b[i])
			}
		}
	}
	return span{}, len(d.b), d.fail(p, field, "unterminated string")
}

func isScalar(c byte) bool { return isAlnum(c) || c == '+' || c == '-' || c == '.' }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// scalar reads a number or literal at p: a run of [0-9A-Za-z+-.].
func (d *decoder) scalar(p int) (span, int) {
	i := p
	for i < len(d.b) && isScalar(d.b[i]) {
		i++
	}
	return span{p, i}, i
}

// skip steps over one value at p (after whitespace); depth is the depth it would have as an object
// or array. It returns the offset after the value.
func (d *decoder) skip(p, depth int, field string) (int, error) {
	p = d.ws(p)
	if p >= len(d.b) {
		return p, d.fail(p, field, "want a value, payload ends")
	}
	switch c := d.b[p]; {
	case c == '"':
		_, next, err := d.str(p, field)
		return next, err
	case c == '{' || c == '[':
		if depth > MaxDepth {
			return p, d.fail(p, field, "nested deeper than %d", MaxDepth)
		}
		closing := byte('}')
		if c == '[' {
			closing = ']'
		}
		q := d.ws(p + 1)
		if q < len(d.b) && d.b[q] == closing {
			return q + 1, nil
		}
		for {
			var err error
			if c == '{' {
				if _, q, err = d.str(q, field); err != nil {
					return q, err
				}
				if q, err = d.expect(q, ':', field); err != nil {
					return q, err
				}
			}
			if q, err = d.skip(q, depth+1, field); err != nil {
				return q, err
			}
			q = d.ws(q)
			if q < len(d.b) && d.b[q] == closing {
				return q + 1, nil
			}
			if q, err = d.expect(q, ',', field); err != nil {
				return q, err
			}
			q = d.ws(q)
		}
	case isScalar(c):
		_, next := d.scalar(p)
		return next, nil
	default:
		return p, d.fail(p, field, "unexpected %q", c)
	}
}

// members walks the object whose '{' is at p, handing each key and the offset of its value (after
// whitespace) to member, which returns the offset after the value. It returns the offset after '}'.
func (d *decoder) members(p int, field string, member func(key span, p int) (int, error)) (int, error) {
	q := d.ws(p + 1)
	if q < len(d.b) && d.b[q] == '}' {
		return q + 1, nil
	}
	for {
		key, next, err := d.str(q, field)
		if err != nil {
			return next, err
		}
		if q, err = d.expect(next, ':', string(d.raw(key))); err != nil {
			return q, err
		}
		if q, err = member(key, d.ws(q)); err != nil {
			return q, err
		}
		q = d.ws(q)
		if q < len(d.b) && d.b[q] == '}' {
			return q + 1, nil
		}
		if q, err = d.expect(q, ',', field); err != nil {
			return q, err
		}
		q = d.ws(q)
	}
}

// stringField reads a string value at p into *dst, refusing a second occurrence of the key.
func (d *decoder) stringField(p int, name string, dst *span) (int, error) {
	if dst.ok() {
		return p, d.fail(p, name, "key appears twice")
	}
	s, next, err := d.str(p, name)
	if err != nil {
		return next, err
	}
	// end > 0 marks presence; an empty string at offset 0 cannot occur (a value follows a key).
	*dst = s
	return next, nil
}

// rdState is what carries from one RD entry to the next, and the reading found so far.
type rdState struct {
	tx, ri, ru, st, ef span // carried over when absent
	voided             bool // an entry with TX = X was seen
	found              bool
	lastTs             uint64
	imp, exp           uint64
	hasImp, hasExp     bool
}

// Decode reads a record's payload by the on-chain rules of docs/ocmf.md.
func Decode(payload []byte) (Payload, error) {
	d := &decoder{b: payload}
	var out Payload
	var ms, gi, gs, pg span
	var rd rdState
	seenRD := false
	p, err := d.expect(0, '{', "")
	if err != nil {
		return out, err
	}
	stringKeys := map[string]*span{"MS": &ms, "GI": &gi, "GS": &gs, "PG": &pg}
	p, err = d.members(p-1, "", func(key span, p int) (int, error) {
		name := string(d.raw(key))
		if dst, ok := stringKeys[name]; ok {
			return d.stringField(p, name, dst)
		}
		switch name {
		case "RD":
			if seenRD {
				return p, d.fail(p, "RD", "key appears twice")
			}
			seenRD = true
			return d.rd(p, &rd)
		default:
			return d.skip(p, 2, string(d.raw(key)))
		}
	})
	if err != nil {
		return out, err
	}
	if p = d.ws(p); p != len(payload) {
		return out, d.fail(p, "", "bytes after the payload object")
	}
	if !ms.ok() {
		return out, d.fail(p, "MS", "missing")
	}
	if !pg.ok() {
		return out, d.fail(p, "PG", "missing")
	}
	seq, ok := parsePG(d.raw(pg))
	if !ok {
		return out, d.fail(pg.start, "PG", "want T or F and a counter 1…4294967295 without leading zeros, got %q", d.raw(pg))
	}
	if !rd.found {
		return out, d.fail(p, "RD", "no usable import or export register")
	}
	out.MS, out.GI, out.GS = d.raw(ms), rawOrEmpty(d, gi), rawOrEmpty(d, gs)
	out.Identity = Identity(out.GI, out.GS, out.MS)
	out.Seq = seq
	out.Timestamp = rd.lastTs
	out.ImportWh, out.ExportWh, out.HasImport, out.HasExport = rd.imp, rd.exp, rd.hasImp, rd.hasExp
	out.Digest = sha256.Sum256(payload)
	return out, nil
}

func rawOrEmpty(d *decoder, s span) []byte {
	if !s.ok() {
		return []byte{}
	}
	return d.raw(s)
}

// rd reads the RD array at p.
func (d *decoder) rd(p int, st *rdState) (int, error) {
	if p >= len(d.b) || d.b[p] != '[' {
		return p, d.fail(p, "RD", "want an array")
	}
	q := d.ws(p + 1)
	if q < len(d.b) && d.b[q] == ']' {
		return q, d.fail(q, "RD", "empty")
	}
	for n := 1; ; n++ {
		if n > MaxRDEntries {
			return q, d.fail(q, "RD", "more than %d entries", MaxRDEntries)
		}
		if q >= len(d.b) || d.b[q] != '{' {
			return q, d.fail(q, "RD", "entry %d: want an object", n)
		}
		var err error
		if q, err = d.entry(q, n, st); err != nil {
			return q, err
		}
		q = d.ws(q)
		if q < len(d.b) && d.b[q] == ']' {
			return q + 1, nil
		}
		if q, err = d.expect(q, ',', "RD"); err != nil {
			return q, err
		}
		q = d.ws(q)
	}
}

// entry reads RD entry n (its '{' at p) and applies it to st.
func (d *decoder) entry(p, n int, st *rdState) (int, error) {
	var tm, tx, ri, ru, ss, ef, rv span
	rvString := false
	stringKeys := map[string]*span{"TM": &tm, "TX": &tx, "RI": &ri, "RU": &ru, "ST": &ss, "EF": &ef}
	next, err := d.members(p, "RD", func(key span, p int) (int, error) {
		name := string(d.raw(key))
		if dst, ok := stringKeys[name]; ok {
			return d.stringField(p, name, dst)
		}
		switch name {
		case "RV":
			if rv.ok() {
				return p, d.fail(p, "RV", "key appears twice")
			}
			if p < len(d.b) && d.b[p] == '"' {
				rvString = true
				return d.stringField(p, "RV", &rv)
			}
			if p >= len(d.b) || !isScalar(d.b[p]) {
				return p, d.fail(p, "RV", "want a number or a string")
			}
			var q int
			rv, q = d.scalar(p)
			return q, nil
		default:
			return d.skip(p, 4, string(d.raw(key)))
		}
	})
	if err != nil {
		return next, err
	}
	if !tm.ok() {
		return next, d.fail(p, "TM", "entry %d: missing", n)
	}
	ts, ok := parseTM(d.raw(tm))
	if !ok {
		return next, d.fail(tm.start, "TM", "entry %d: want YYYY-MM-DDThh:mm:ss,fff±hhmm S (1970…2105, UTC not before 1970), got %q", n, d.raw(tm))
	}
	for _, c := range []struct{ in, carried *span }{{&tx, &st.tx}, {&ri, &st.ri}, {&ru, &st.ru}, {&ss, &st.st}, {&ef, &st.ef}} {
		if c.in.ok() {
			*c.carried = *c.in
		}
	}
	if st.tx.ok() && string(d.raw(st.tx)) == "X" {
		st.voided = true
	}
	if !rv.ok() {
		return next, nil // an event only
	}
	intPart, frac, ok := parseRV(d.raw(rv), rvString)
	if !ok {
		return next, d.fail(rv.start, "RV", "entry %d: want digits[.digits] (a string may pad it with spaces), got %q", n, d.raw(rv))
	}
	usable := !st.voided && st.st.ok() && string(d.raw(st.st)) == "G" && !(st.ef.ok() && bytes.IndexByte(d.raw(st.ef), 'E') >= 0)
	var kWh bool
	switch unit := string(rawOrEmpty(d, st.ru)); unit {
	case "kWh":
		kWh = true
	case "Wh":
	default:
		return next, nil // not an energy register
	}
	register := obisRegister(rawOrEmpty(d, st.ri))
	if register == 0 || !usable {
		return next, nil
	}
	wh, ok := toWh(intPart, frac, kWh)
	if !ok {
		return next, d.fail(rv.start, "RV", "entry %d: above 2^64-1 Wh", n)
	}
	if ts < st.lastTs {
		return next, d.fail(tm.start, "TM", "entry %d: before the previous register entry", n)
	}
	st.lastTs, st.found = ts, true
	if register == importRegister {
		st.imp, st.hasImp = wh, true
	} else {
		st.exp, st.hasExp = wh, true
	}
	return next, nil
}

// parsePG reads "T" or "F" and a decimal counter 1…2^32-1 without leading zeros.
func parsePG(s []byte) (uint64, bool) {
	if len(s) < 2 || len(s) > 11 || s[0] != 'T' && s[0] != 'F' || s[1] == '0' {
		return 0, false
	}
	var v uint64
	for _, c := range s[1:] {
		if !isDigit(c) {
			return 0, false
		}
		v = v*10 + uint64(c-'0')
	}
	return v, v <= math.MaxUint32
}

// parseRV checks RV's shape and returns its integer and fraction digits.
func parseRV(s []byte, padded bool) (intPart, frac []byte, ok bool) {
	if padded {
		s = bytes.Trim(s, " ")
	}
	i := 0
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	if i == 0 {
		return nil, nil, false
	}
	intPart = s[:i]
	if i == len(s) {
		return intPart, nil, true
	}
	if s[i] != '.' || i+1 == len(s) {
		return nil, nil, false
	}
	frac = s[i+1:]
	for _, c := range frac {
		if !isDigit(c) {
			return nil, nil, false
		}
	}
	return intPart, frac, true
}

// toWh converts a register value to Wh: kWh keeps three decimals, Wh none; further digits are
// dropped (floor). It fails above 2^64-1.
func toWh(intPart, frac []byte, kWh bool) (uint64, bool) {
	digits := append([]byte{}, intPart...)
	if kWh {
		f := append(append([]byte{}, frac...), '0', '0', '0')
		digits = append(digits, f[:3]...)
	}
	var v uint64
	for _, c := range digits {
		x := uint64(c - '0')
		if v > (math.MaxUint64-x)/10 {
			return 0, false
		}
		v = v*10 + x
	}
	return v, true
}

const (
	importRegister = 1
	exportRegister = 2
)

// obisRegister reads an OBIS code [A-B:]C.D.E[.F|*F] (A, B, F: 1–3 letters or digits; C, D, E:
// 1–3 digits): importRegister for 1.8.0, exportRegister for 2.8.0, 0 for anything else (including
// what is not an OBIS code).
func obisRegister(s []byte) int {
	// run is the end of a run of 1–3 bytes of class at i (0 if none); a longer run fails later,
	// at the separator check.
	run := func(i int, class func(byte) bool) int {
		j := i
		for j < len(s) && j-i < 3 && class(s[j]) {
			j++
		}
		if j == i {
			return 0
		}
		return j
	}
	i := 0
	if a := run(0, isAlnum); a > 0 && a < len(s) && s[a] == '-' {
		b := run(a+1, isAlnum)
		if b == 0 || b >= len(s) || s[b] != ':' {
			return 0
		}
		i = b + 1
	}
	var cde [3]uint
	for k := range cde {
		if k > 0 {
			if i >= len(s) || s[i] != '.' {
				return 0
			}
			i++
		}
		j := run(i, isDigit)
		if j == 0 {
			return 0
		}
		for _, c := range s[i:j] {
			cde[k] = cde[k]*10 + uint(c-'0')
		}
		i = j
	}
	if i < len(s) {
		if s[i] != '.' && s[i] != '*' {
			return 0
		}
		if i = run(i+1, isAlnum); i != len(s) {
			return 0
		}
	}
	switch cde {
	case [3]uint{1, 8, 0}:
		return importRegister
	case [3]uint{2, 8, 0}:
		return exportRegister
	}
	return 0
}

func isAlnum(c byte) bool { return isDigit(c) || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' }

// parseTM reads YYYY-MM-DDThh:mm:ss,fff±hhmm S as UTC Unix seconds.
func parseTM(s []byte) (uint64, bool) {
	if len(s) != tmLen {
		return 0, false
	}
	num := func(at, n int) (int, bool) {
		v := 0
		for _, c := range s[at : at+n] {
			if !isDigit(c) {
				return 0, false
			}
			v = v*10 + int(c-'0')
		}
		return v, true
	}
	for _, sep := range [...]struct {
		at int
		c  byte
	}{{4, '-'}, {7, '-'}, {10, 'T'}, {13, ':'}, {16, ':'}, {28, ' '}} {
		if s[sep.at] != sep.c {
			return 0, false
		}
	}
	if s[19] != ',' && s[19] != '.' || s[23] != '+' && s[23] != '-' {
		return 0, false
	}
	switch s[29] {
	case 'U', 'I', 'S', 'R':
	default:
		return 0, false
	}
	var f [8]int
	for k, at := range [8][2]int{{0, 4}, {5, 2}, {8, 2}, {11, 2}, {14, 2}, {17, 2}, {24, 2}, {26, 2}} {
		v, ok := num(at[0], at[1])
		if !ok {
			return 0, false
		}
		f[k] = v
	}
	if _, ok := num(20, 3); !ok {
		return 0, false
	}
	year, month, day, hh, mm, ss, zh, zm := f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7]
	if year < minYear || year > maxYear || month < 1 || month > 12 || day < 1 || day > daysIn(year, month) ||
		hh > 23 || mm > 59 || ss > 59 || zh > 23 || zm > 59 {
		return 0, false
	}
	t := daysFromCivil(year, month, day)*86400 + int64(hh*3600+mm*60+ss)
	offset := int64(zh*3600 + zm*60)
	if s[23] == '+' {
		t -= offset
	} else {
		t += offset
	}
	if t < 0 {
		return 0, false
	}
	return uint64(t), true
}

func daysIn(year, month int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// daysFromCivil is days since 1970-01-01 (H. Hinnant's algorithm, as in lib/Calendar.sol).
func daysFromCivil(y, m, d int) int64 {
	if m <= 2 {
		y--
	}
	era := y / 400
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return int64(era*146097 + doe - 719468)
}
