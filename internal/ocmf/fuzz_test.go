package ocmf

import (
	"encoding/binary"
	"testing"
	"time"
)

// fuzzFields turns fuzz bytes into a payload whose reading is known: up to 16 entries, each an
// import or export register in kWh or Wh, padded or numeric, in some time zone, some unusable.
func fuzzFields(data []byte) (f Fields, wantImp, wantExp uint64, hasImp, hasExp bool, wantTs uint64, ok bool) {
	f = Fields{GI: "gw", GS: "1", MS: "m", PG: "T1", Spaced: len(data)%2 == 1}
	at := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	for len(data) >= 8 && len(f.Entries) < MaxRDEntries {
		word := binary.BigEndian.Uint64(data[:8])
		data = data[8:]
		at = at.Add(time.Duration(word%7200) * time.Second)
		zone := time.FixedZone("", int(int64(word>>13%2879)-1439)*60)
		value := word >> 24 % 1e9
		e := Entry{TM: FormatTM(at.In(zone), "UISR"[word>>40%4]), TX: "T", RI: "1-0:1.8.0", RU: "kWh", ST: "G", RV: FormatKWh(value)}
		if word>>42&1 == 1 {
			e.RI = "1-0:2.8.0"
		}
		if word>>43&1 == 1 {
			e.RU, e.RV = "Wh", FormatKWh(value*1000)
		}
		if word>>44&1 == 1 {
			e.RV = Padded(e.RV, 14)
		}
		if word>>45&3 == 0 {
			e.ST = "T" // unusable
		}
		f.Entries = append(f.Entries, e)
		if e.ST != "G" {
			continue
		}
		ok, wantTs = true, uint64(at.Unix())
		if e.RI == "1-0:1.8.0" {
			wantImp, hasImp = value, true
		} else {
			wantExp, hasExp = value, true
		}
	}
	return
}

func FuzzOcmfDecode(f *testing.F) {
	f.Add([]byte(specPayload))
	f.Add(Build(fields(entry(utc2025, `"       3.988"`, "1-b:1.8.0"), entry(utc2025.Add(time.Hour), "4.5", "2.8.0"))))
	f.Add([]byte("\x00\x00\x00\x01\x02\x03\x04\x05\xff\xff\xff\xff\xff\xff\xff\xff"))
	f.Fuzz(func(t *testing.T, data []byte) {
		// Any bytes: no panic, and an error or a reading.
		if p, err := Decode(data); err == nil && !p.HasImport && !p.HasExport {
			t.Fatalf("accepted without a register: %q", data)
		}
		// Built payloads decode to what was built.
		fl, imp, exp, hasImp, hasExp, ts, ok := fuzzFields(data)
		p, err := Decode(Build(fl))
		if !ok {
			if err == nil {
				t.Fatalf("no usable register, yet accepted: %s", Build(fl))
			}
			return
		}
		if err != nil {
			t.Fatalf("%v: %s", err, Build(fl))
		}
		if p.ImportWh != imp || p.ExportWh != exp || p.HasImport != hasImp || p.HasExport != hasExp || p.Timestamp != ts || p.Seq != 1 {
			t.Fatalf("got %+v, want import %d/%v export %d/%v ts %d: %s", p, imp, hasImp, exp, hasExp, ts, Build(fl))
		}
	})
}
