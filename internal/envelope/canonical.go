package envelope

import (
	"encoding/base64"
	"encoding/hex"
	"math"
	"strconv"
)

// The canonical decoders read the JSON that Seal and every conforming meter write (the keys
// exactly as documented, each once, plain numbers and strings without escapes) in one pass
// without reflection: encoding/json costs more CPU per reading than anything but the elliptic-
// curve work. On any other input they report false and Open decodes with encoding/json, whose
// rules (and errors) therefore stay the wire format's: whatever a canonical decoder accepts,
// encoding/json decodes to the same value (FuzzCanonicalDecodersAgreeWithEncodingJSON).

// scanner walks a JSON text; any method failing sets bad, and the caller falls back.
type scanner struct {
	b   []byte
	i   int
	bad bool
}

func (s *scanner) space() {
	for s.i < len(s.b) {
		switch s.b[s.i] {
		case ' ', '\t', '\n', '\r':
			s.i++
		default:
			return
		}
	}
}

// expect consumes c (after white space).
func (s *scanner) expect(c byte) {
	s.space()
	if s.i >= len(s.b) || s.b[s.i] != c {
		s.bad = true
		return
	}
	s.i++
}

// next reports whether c follows (after white space), consuming it if so.
func (s *scanner) next(c byte) bool {
	s.space()
	if s.i < len(s.b) && s.b[s.i] == c {
		s.i++
		return true
	}
	return false
}

// str reads a string without escapes or control characters and returns its bytes (a view).
func (s *scanner) str() []byte {
	s.expect('"')
	if s.bad {
		return nil
	}
	start := s.i
	for s.i < len(s.b) {
		switch c := s.b[s.i]; {
		case c == '"':
			s.i++
			return s.b[start : s.i-1]
		case c == '\\' || c < 0x20 || c >= 0x80: // escapes and UTF-8 are encoding/json's to judge
			s.bad = true
			return nil
		}
		s.i++
	}
	s.bad = true
	return nil
}

// digits reads an unsigned integer in JSON's form (no leading zeros, no fraction or exponent).
func (s *scanner) digits() (uint64, bool) {
	s.space()
	start := s.i
	for s.i < len(s.b) && s.b[s.i] >= '0' && s.b[s.i] <= '9' {
		s.i++
	}
	n := s.b[start:s.i]
	if len(n) == 0 || len(n) > 1 && n[0] == '0' || s.i < len(s.b) && (s.b[s.i] == '.' || s.b[s.i] == 'e' || s.b[s.i] == 'E') {
		s.bad = true
		return 0, false
	}
	v, err := strconv.ParseUint(string(n), 10, 64)
	if err != nil {
		s.bad = true
		return 0, false
	}
	return v, true
}

func (s *scanner) uint(max uint64) uint64 {
	v, ok := s.digits()
	if ok && v > max {
		s.bad = true
	}
	return v
}

func (s *scanner) int32() int32 {
	neg := s.next('-')
	v, ok := s.digits()
	switch {
	case !ok:
		return 0
	case neg && (v == 0 || v > -math.MinInt32): // "-0" is encoding/json's to judge
		s.bad = true
		return 0
	case neg:
		return int32(-int64(v))
	case v > math.MaxInt32:
		s.bad = true
		return 0
	}
	return int32(v)
}

// hex0x reads a "0x"-prefixed hex string of want bytes (any length with want < 0).
func (s *scanner) hex0x(want int) []byte {
	v := s.str()
	if s.bad || len(v) < 2 || v[0] != '0' || v[1] != 'x' || len(v)%2 != 0 || want >= 0 && len(v) != 2+2*want {
		s.bad = true
		return nil
	}
	out := make([]byte, (len(v)-2)/2)
	if _, err := hex.Decode(out, v[2:]); err != nil {
		s.bad = true
		return nil
	}
	return out
}

// object reads an object whose keys are each one of keys, at most once, calling field for each.
func (s *scanner) object(keys []string, field func(k int)) {
	s.expect('{')
	if s.bad || s.next('}') {
		return
	}
	var seen uint32
	for !s.bad {
		name := s.str()
		s.expect(':')
		if s.bad {
			return
		}
		k := -1
		for i, key := range keys {
			if string(name) == key {
				k = i
			}
		}
		if k < 0 || seen&(1<<k) != 0 { // unknown (or another case), or repeated
			s.bad = true
			return
		}
		seen |= 1 << k
		field(k)
		if !s.next(',') {
			s.expect('}')
			return
		}
	}
}

// end is true when only white space is left (Open's decoder reads one value and stops; what
// follows is encoding/json's to judge).
func (s *scanner) end() bool {
	s.space()
	return !s.bad && s.i == len(s.b)
}

var envelopeKeys = []string{"v", "meter_id", "ciphertext"}

// decodeCanonicalEnvelope decodes raw into env if it is a canonical envelope.
func decodeCanonicalEnvelope(raw []byte, env *Envelope) bool {
	s := scanner{b: raw}
	var e Envelope
	s.object(envelopeKeys, func(k int) {
		switch k {
		case 0:
			e.V = int(s.uint(math.MaxInt32))
		case 1:
			e.MeterID = s.uint(math.MaxUint64)
		case 2:
			v := s.str()
			if s.bad {
				return
			}
			e.Ciphertext = make([]byte, base64.StdEncoding.DecodedLen(len(v)))
			n, err := base64.StdEncoding.Decode(e.Ciphertext, v)
			if err != nil {
				s.bad = true
				return
			}
			e.Ciphertext = e.Ciphertext[:n]
		}
	})
	if !s.end() {
		return false
	}
	*env = e
	return true
}

var (
	payloadKeys = []string{"reading", "detail", "signature"}
	readingKeys = []string{"meter_id", "seq", "timestamp", "import_wh", "export_wh", "detail_hash"}
	detailKeys  = []string{"voltage_mv", "current_ma", "temperature_mc", "humidity_bp", "lat_e7", "lon_e7"}
)

// decodeCanonicalPayload decodes plain into p if it is a canonical payload.
func decodeCanonicalPayload(plain []byte, p *Payload) bool {
	s := scanner{b: plain}
	var out Payload
	s.object(payloadKeys, func(k int) {
		switch k {
		case 0:
			r := &out.Reading
			s.object(readingKeys, func(k int) {
				switch k {
				case 0:
					r.MeterID = s.uint(math.MaxUint64)
				case 1:
					r.Seq = s.uint(math.MaxUint64)
				case 2:
					r.Timestamp = s.uint(math.MaxUint64)
				case 3:
					r.ImportWh = s.uint(math.MaxUint64)
				case 4:
					r.ExportWh = s.uint(math.MaxUint64)
				case 5:
					copy(r.DetailHash[:], s.hex0x(len(r.DetailHash)))
				}
			})
		case 1:
			d := &out.Detail
			s.object(detailKeys, func(k int) {
				switch k {
				case 0:
					d.VoltageMV = uint32(s.uint(math.MaxUint32))
				case 1:
					d.CurrentMA = uint32(s.uint(math.MaxUint32))
				case 2:
					d.TemperatureMC = s.int32()
				case 3:
					d.HumidityBP = uint32(s.uint(math.MaxUint32))
				case 4:
					d.LatitudeE7 = s.int32()
				case 5:
					d.LongitudeE7 = s.int32()
				}
			})
		case 2:
			out.Signature = s.hex0x(-1)
		}
	})
	if !s.end() {
		return false
	}
	*p = out
	return true
}
