package ocmf

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/internal/reading"
)

// specPayload is the example of OCMF-en.md (one RD entry changed to carry over RI/RU/ST).
const specPayload = `{"FV":"1.0","GI":"ABL SBC-301","GS":"808829900001","GV":"1.4p3","PG":"T12345","MV":"Phoenix Contact","MM":"EEM-350-D-MCB","MS":"BQ27400330016","MF":"1.0","IS":true,"IL":"VERIFIED","IF":["RFID_PLAIN","OCPP_RS_TLS"],"IT":"ISO14443","ID":"1F2D3A4F5506C7","RD":[{"TM":"2018-07-24T13:22:04,000+0200 S","TX":"B","RV":2935.6,"RI":"1-b:1.8.0","RU":"kWh","RT":"DC","EF":"","ST":"G"},{"TM":"2018-07-24T13:26:04,000+0200 S","TX":"E","RV":2965.3}]}`

func TestDecodeSpecExample(t *testing.T) {
	p, err := Decode([]byte(specPayload))
	require.NoError(t, err)
	require.Equal(t, "BQ27400330016", string(p.MS))
	require.Equal(t, "ABL SBC-301", string(p.GI))
	require.Equal(t, "808829900001", string(p.GS))
	require.Equal(t, Identity([]byte("ABL SBC-301"), []byte("808829900001"), []byte("BQ27400330016")), p.Identity)
	require.Equal(t, uint64(12345), p.Seq)
	require.Equal(t, uint64(time.Date(2018, 7, 24, 11, 26, 4, 0, time.UTC).Unix()), p.Timestamp)
	require.Equal(t, uint64(2965300), p.ImportWh) // carried RI/RU/ST from the first entry
	require.True(t, p.HasImport)
	require.False(t, p.HasExport)
	require.Equal(t, sha256.Sum256([]byte(specPayload)), p.Digest)
}

func TestIdentitySeparatesFields(t *testing.T) {
	a := Identity([]byte("ab"), []byte(""), []byte("c"))
	b := Identity([]byte("a"), []byte("b"), []byte("c"))
	c := Identity([]byte(""), []byte("ab"), []byte("c"))
	require.NotEqual(t, a, b)
	require.NotEqual(t, a, c)
	require.NotEqual(t, b, c)
}

var utc2025 = time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)

func entry(t time.Time, rv, ri string) Entry {
	return Entry{TM: FormatTM(t, 'S'), TX: "T", RV: rv, RI: ri, RU: "kWh", RT: "AC", EF: "", ST: "G"}
}

func fields(entries ...Entry) Fields {
	return Fields{GI: "KEBA P30", GS: "17619300", MS: "1EMH0012345678", PG: "T42", Entries: entries}
}

func decodeOK(t *testing.T, payload []byte) Payload {
	t.Helper()
	p, err := Decode(payload)
	require.NoError(t, err, "%s", payload)
	return p
}

func decodeFails(t *testing.T, payload []byte, want string) {
	t.Helper()
	_, err := Decode(payload)
	require.Error(t, err, "%s", payload)
	require.ErrorIs(t, err, ErrMalformed)
	var de *DecodeError
	require.True(t, errors.As(err, &de))
	require.Contains(t, err.Error(), want)
}

func TestDecodePaddedAndNumericRV(t *testing.T) {
	for _, rv := range []string{`"       3.988"`, `3.988`, `"3.988"`, `"3.988   "`, `3.9885`, `"0003.988"`} {
		p := decodeOK(t, Build(fields(entry(utc2025, rv, "01-00:01.08.00.FF"))))
		require.Equal(t, uint64(3988), p.ImportWh, rv)
	}
	p := decodeOK(t, Build(fields(entry(utc2025, `3`, "1.8.0"))))
	require.Equal(t, uint64(3000), p.ImportWh)
	for _, rv := range []string{`"3,988"`, `-3.988`, `3.`, `.5`, `3e3`, `"3.9 88"`, `"\t3.988"`, `"+3"`, `null`, `true`, `"0x10"`} {
		decodeFails(t, Build(fields(entry(utc2025, rv, "1.8.0"))), "RV")
	}
	// 2^64-1 Wh is the largest register; one more is refused, not wrapped.
	decodeOK(t, Build(fields(Entry{TM: FormatTM(utc2025, 'S'), RV: "18446744073709551615", RI: "1.8.0", RU: "Wh", ST: "G"})))
	decodeFails(t, Build(fields(Entry{TM: FormatTM(utc2025, 'S'), RV: "18446744073709551616", RI: "1.8.0", RU: "Wh", ST: "G"})), "2^64")
	decodeFails(t, Build(fields(entry(utc2025, "18446744073709551.616", "1.8.0"))), "2^64")
	p = decodeOK(t, Build(fields(entry(utc2025, "18446744073709551.615", "1.8.0"))))
	require.Equal(t, uint64(18446744073709551615), p.ImportWh)
}

func TestDecodeUnits(t *testing.T) {
	wh := entry(utc2025, "3988.9", "1.8.0")
	wh.RU = "Wh"
	require.Equal(t, uint64(3988), decodeOK(t, Build(fields(wh))).ImportWh, "Wh drops the fraction")
	kwh := entry(utc2025, "3.9889", "1.8.0")
	require.Equal(t, uint64(3988), decodeOK(t, Build(fields(kwh))).ImportWh, "kWh keeps three decimals, floored")
	for _, unit := range []string{"sec", "mOhm", "kwh", "MWh", "varh"} {
		other := entry(utc2025, "3.988", "1.8.0")
		other.RU = unit
		decodeFails(t, Build(fields(other)), "no usable")
		// Beside a real register, the other unit is skipped.
		p := decodeOK(t, Build(fields(entry(utc2025, "1.000", "1.8.0"), other)))
		require.Equal(t, uint64(1000), p.ImportWh, unit)
	}
}

func TestDecodeOBIS(t *testing.T) {
	for ri, want := range map[string]int{
		"01-00:01.08.00.FF": importRegister, "1-b:1.8.0": importRegister, "1.8.0": importRegister,
		"1-0:1.8.0*255": importRegister, "001.008.000": importRegister, "1-0:2.8.0": exportRegister,
		"02.08.00": exportRegister, "1-0:1.8.1": 0, "1-0:16.7.0": 0, "1.8": 0, "1.8.0.": 0,
		"1.8.0.FFFF": 0, "1-0:1.8.0.FF.1": 0, "0001.8.0": 0, "1-0000:1.8.0": 0, "1-0;1.8.0": 0,
		"x.8.0": 0, "": 0, "1-0:": 0, "1.8.0 ": 0,
	} {
		require.Equal(t, want, obisRegister([]byte(ri)), ri)
	}
}

func TestDecodeSeveralEntriesCarryOver(t *testing.T) {
	t0 := utc2025
	first := entry(t0, "10.000", "1-0:1.8.0")
	second := Entry{TM: FormatTM(t0.Add(time.Minute), 'S'), RV: "4.500", RI: "1-0:2.8.0"} // RU, ST carried
	third := Entry{TM: FormatTM(t0.Add(2*time.Minute), 'S'), RV: "12.345"}                // RI (export) carried
	fourth := Entry{TM: FormatTM(t0.Add(3*time.Minute), 'S'), TX: "E", RV: "11.000", RI: "1-0:1.8.0"}
	p := decodeOK(t, Build(fields(first, second, third, fourth)))
	require.Equal(t, uint64(11000), p.ImportWh)
	require.Equal(t, uint64(12345), p.ExportWh)
	require.True(t, p.HasImport && p.HasExport)
	require.Equal(t, uint64(t0.Add(3*time.Minute).Unix()), p.Timestamp)

	// ST carried: an entry after one with ST "T" is unusable too, until ST says G again.
	bad := entry(t0, "10.000", "1.8.0")
	bad.ST = "T"
	carried := Entry{TM: FormatTM(t0.Add(time.Minute), 'S'), RV: "20.000"}
	decodeFails(t, Build(fields(bad, carried)), "no usable")
	good := Entry{TM: FormatTM(t0.Add(2*time.Minute), 'S'), RV: "15.000", ST: "G"}
	require.Equal(t, uint64(15000), decodeOK(t, Build(fields(bad, carried, good))).ImportWh)
}

func TestDecodeStatusAndErrorFlags(t *testing.T) {
	t0 := utc2025
	ok := entry(t0, "10.000", "1.8.0")
	for _, st := range []string{"T", "D", "R", "M", "X", "E", "g", "GG"} {
		e := entry(t0.Add(time.Minute), "11.000", "1.8.0")
		e.ST = st
		require.Equal(t, uint64(10000), decodeOK(t, Build(fields(ok, e))).ImportWh, "ST %s", st)
	}
	for _, ef := range []string{"E", "Et", "tE"} {
		e := entry(t0.Add(time.Minute), "11.000", "1.8.0")
		e.EF = ef
		require.Equal(t, uint64(10000), decodeOK(t, Build(fields(ok, e))).ImportWh, "EF %s", ef)
	}
	e := entry(t0.Add(time.Minute), "11.000", "1.8.0")
	e.EF = "t"
	require.Equal(t, uint64(11000), decodeOK(t, Build(fields(ok, e))).ImportWh)

	// EF carries over too.
	flagged := entry(t0.Add(time.Minute), "11.000", "1.8.0")
	flagged.EF = "E"
	after := Entry{TM: FormatTM(t0.Add(2*time.Minute), 'S'), RV: "12.000"}
	require.Equal(t, uint64(10000), decodeOK(t, Build(fields(ok, flagged, after))).ImportWh)
}

func TestDecodeTXException(t *testing.T) {
	t0 := utc2025
	ok := entry(t0, "10.000", "1.8.0")
	x := entry(t0.Add(time.Minute), "11.000", "1.8.0")
	x.TX = "X"
	// From TX X on nothing is usable, even an entry that says TX E and ST G again.
	later := entry(t0.Add(2*time.Minute), "12.000", "1.8.0")
	later.TX = "E"
	p := decodeOK(t, Build(fields(ok, x, later)))
	require.Equal(t, uint64(10000), p.ImportWh)
	require.Equal(t, uint64(t0.Unix()), p.Timestamp)
	decodeFails(t, Build(fields(x, later)), "no usable")
}

func TestDecodeTimeZones(t *testing.T) {
	at := time.Date(2025, 6, 30, 23, 45, 10, 123e6, time.UTC)
	for _, zone := range []*time.Location{
		time.FixedZone("+0200", 2*3600), time.FixedZone("-0530", -(5*3600 + 30*60)),
		time.FixedZone("+0000", 0), time.FixedZone("+2359", 23*3600+59*60), time.FixedZone("-2359", -(23*3600 + 59*60)),
	} {
		local := at.In(zone)
		p := decodeOK(t, Build(fields(entry(local, "1.000", "1.8.0"))))
		require.Equal(t, uint64(at.Unix()), p.Timestamp, FormatTM(local, 'S'))
	}
	v, ok := parseTM([]byte("2025-07-01T05:15:10,123+0530 S"))
	require.True(t, ok)
	require.Equal(t, uint64(time.Date(2025, 6, 30, 23, 45, 10, 0, time.UTC).Unix()), v)
	v, ok = parseTM([]byte("2025-06-30T18:15:10.999-0530 R"))
	require.True(t, ok, "'.' for ','")
	require.Equal(t, uint64(time.Date(2025, 6, 30, 23, 45, 10, 0, time.UTC).Unix()), v)
	v, ok = parseTM([]byte("2024-02-29T00:00:00,000+0000 U"))
	require.True(t, ok)
	require.Equal(t, uint64(time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC).Unix()), v)
	v, ok = parseTM([]byte("2105-12-31T23:59:59,999-2359 I"))
	require.True(t, ok)
	require.Equal(t, uint64(time.Date(2106, 1, 1, 23, 58, 59, 0, time.UTC).Unix()), v)
	v, ok = parseTM([]byte("1970-01-01T00:00:00,000+0000 S"))
	require.True(t, ok)
	require.Zero(t, v)
}

func TestDecodeMalformedTM(t *testing.T) {
	for _, tm := range []string{
		"2018-07-24T13:22:04,000+0200", "2018-07-24T13:22:04,000+0200 X", "2018-07-24T13:22:04,000+0200  S",
		"2018-07-24 13:22:04,000+0200 S", "2018-07-24T13:22:04:000+0200 S", "2018-07-24T13:22:04,000 0200 S",
		"2018-07-24T13:22:04,000Z0200 S", "2018-07-24T13:22:04,00+02000 S", "2018-13-24T13:22:04,000+0200 S",
		"2018-00-24T13:22:04,000+0200 S", "2018-02-29T13:22:04,000+0200 S", "2100-02-29T13:22:04,000+0200 S",
		"2018-04-31T13:22:04,000+0200 S", "2018-07-00T13:22:04,000+0200 S", "2018-07-24T24:00:00,000+0200 S",
		"2018-07-24T13:60:04,000+0200 S", "2018-07-24T13:22:60,000+0200 S", "2018-07-24T13:22:04,000+2400 S",
		"2018-07-24T13:22:04,000+0260 S", "1969-12-31T23:59:59,000-0100 S", "2106-01-01T00:00:00,000+0000 S",
		"1970-01-01T00:30:00,000+0100 S", "2018-07-24T13:22:04,0a0+0200 S", "2018-07-24T13:22:04,000+0200 s",
		`2018-07-24T13:22:04,000+0200\u0020S`, "２018-07-24T13:22:04,000+0200 S",
	} {
		decodeFails(t, Build(fields(Entry{TM: tm, RV: "1.0", RI: "1.8.0", RU: "kWh", ST: "G"})), "TM")
	}
	// TM is required in every entry, an event one too.
	decodeFails(t, Build(fields(entry(utc2025, "1.0", "1.8.0"), Entry{TX: "E"})), "TM")
	// Usable register entries may not go back in time.
	decodeFails(t, Build(fields(entry(utc2025, "1.0", "1.8.0"), entry(utc2025.Add(-time.Second), "2.0", "1.8.0"))), "before the previous")
	// The same time is fine (a register pair).
	p := decodeOK(t, Build(fields(entry(utc2025, "1.0", "1.8.0"), entry(utc2025, "2.0", "2.8.0"))))
	require.Equal(t, uint64(2000), p.ExportWh)
}

func TestDecodePG(t *testing.T) {
	for pg, want := range map[string]uint64{"T1": 1, "F1": 1, "T4294967295": 4294967295, "F90210": 90210} {
		f := fields(entry(utc2025, "1.0", "1.8.0"))
		f.PG = pg
		require.Equal(t, want, decodeOK(t, Build(f)).Seq, pg)
	}
	for _, pg := range []string{"T0", "T01", "T007", "T4294967296", "T99999999999", "X1", "t1", "T", "1", "T-1", "T1 ", " T1", "T+1", "T1.0"} {
		f := fields(entry(utc2025, "1.0", "1.8.0"))
		f.PG = pg
		decodeFails(t, Build(f), "PG")
	}
	f := fields(entry(utc2025, "1.0", "1.8.0"))
	f.PG = ""
	decodeFails(t, Build(f), "PG: missing")
}

func TestDecodeDuplicateKeys(t *testing.T) {
	for _, key := range []string{`"MS":"OTHER"`, `"GI":"x"`, `"GS":"x"`, `"PG":"T43"`, `"RD":[{"TM":"2025-03-01T12:00:00,000+0000 S"}]`} {
		f := fields(entry(utc2025, "1.0", "1.8.0"))
		f.Extra = []string{key}
		decodeFails(t, Build(f), "twice")
	}
	for _, key := range []string{`"RV":2.0`, `"RV":"2.0"`, `"TM":"2025-03-01T12:00:00,000+0000 S"`, `"RI":"2.8.0"`, `"RU":"Wh"`, `"ST":"G"`, `"EF":""`, `"TX":"E"`} {
		e := entry(utc2025, "1.0", "1.8.0")
		e.EF = "t"
		e.Extra = []string{key}
		decodeFails(t, Build(fields(e)), "twice")
	}
	// Keys not read may repeat, at the top and in an entry.
	f := fields(entry(utc2025, "1.0", "1.8.0"))
	f.Extra = []string{`"FV":"2.0"`, `"ID":"x"`}
	decodeOK(t, Build(f))
}

func TestDecodeDepth(t *testing.T) {
	nest := func(n int) string { return strings.Repeat("[", n) + strings.Repeat("]", n) }
	// The payload object is depth 1: a member value may nest 7 more levels.
	f := fields(entry(utc2025, "1.0", "1.8.0"))
	f.Extra = []string{`"XX":` + nest(7)}
	decodeOK(t, Build(f))
	f.Extra = []string{`"XX":` + nest(8)}
	decodeFails(t, Build(f), "deeper than 8")
	f.Extra = []string{`"XX":{"a":{"b":{"c":{"d":{"e":{"f":{}}}}}}}`}
	decodeOK(t, Build(f))
	f.Extra = []string{`"XX":{"a":{"b":{"c":{"d":{"e":{"f":{"g":{}}}}}}}}`}
	decodeFails(t, Build(f), "deeper than 8")
	// An RD entry is depth 3: its member values may nest 5 more.
	e := entry(utc2025, "1.0", "1.8.0")
	e.Extra = []string{`"XX":` + nest(5)}
	decodeOK(t, Build(fields(e)))
	e.Extra = []string{`"XX":` + nest(6)}
	decodeFails(t, Build(fields(e)), "deeper than 8")
	// A deep attack payload fails without recursion trouble.
	f.Extra = []string{`"XX":` + strings.Repeat("[", 100000)}
	decodeFails(t, Build(f), "deeper than 8")
}

func TestDecodeNestedRVDoesNotConfuse(t *testing.T) {
	f := fields(entry(utc2025, "1.0", "1.8.0"))
	f.Extra = []string{
		`"XX":{"RV":999,"RD":[{"RV":"999","RI":"1.8.0","RU":"kWh","ST":"G"}],"MS":"EVIL"}`,
		`"YY":"\"RV\":999,\"MS\":\"EVIL\""`,
		`"Z\"RV":"x"`,
		`"LC":{"LN":"cable","LI":1,"LR":1.5,"LU":"mOhm"}`,
	}
	e := entry(utc2025, "1.0", "1.8.0")
	e.Extra = []string{`"CT":{"RV":5,"TM":"x"}`, `"RVX":12`, `"\"RV\"":"7.0"`}
	f.Entries = []Entry{e}
	p := decodeOK(t, Build(f))
	require.Equal(t, uint64(1000), p.ImportWh)
	require.Equal(t, "1EMH0012345678", string(p.MS))
	// Escapes stay raw: MS with an escape is its own identity.
	g := fields(entry(utc2025, "1.0", "1.8.0"))
	g.MS = `1EMH\u0030012345678`
	require.Equal(t, `1EMH\u0030012345678`, string(decodeOK(t, Build(g)).MS))
}

func TestDecodeStructure(t *testing.T) {
	valid := string(Build(fields(entry(utc2025, "1.0", "1.8.0"))))
	decodeOK(t, []byte(" \t\r\n"+valid+"\n"))
	decodeOK(t, Build(Fields{GI: "g", GS: "s", MS: "m", PG: "F7", Spaced: true, Entries: []Entry{entry(utc2025, `"   1.000"`, "1.8.0")}}))
	for _, bad := range []struct{ payload, want string }{
		{"", "payload ends"},
		{"[]", `want '{'`},
		{valid + "x", "after the payload"},
		{valid + "{}", "after the payload"},
		{strings.Replace(valid, `"MS":`, `"MS" `, 1), `want ':'`},
		{strings.Replace(valid, `"MF":"1.0",`, `"MF":"1.0",,`, 1), "want a string"},
		{strings.Replace(valid, `"MF":"1.0",`, `"MF":"1.0"`, 1), `want ','`},
		{strings.Replace(valid, `"MF":"1.0"`, `"MF":"1`+"\n"+`.0"`, 1), "control byte"},
		{strings.Replace(valid, `"MF":"1.0"`, `"MF":"1\`+"\x01"+`.0"`, 1), "control byte"},
		{strings.Replace(valid, `"MF":"1.0"`, `"MF":`, 1), "unexpected"},
		{strings.Replace(valid, `"MF":"1.0"`, `"MF":[1,]`, 1), "unexpected"},
		{strings.Replace(valid, `"MF":"1.0"`, `"MF":{"a"}`, 1), `want ':'`},
		{strings.Replace(valid, `"MS":"1EMH0012345678"`, `"MS":12345678`, 1), "MS: want a string"},
		{strings.Replace(valid, `"MS":"1EMH0012345678",`, ``, 1), "MS: missing"},
		{strings.Replace(valid, `"GI":"KEBA P30"`, `"GI":null`, 1), "GI: want a string"},
		{valid[:len(valid)-1], "payload ends"},
		{valid[:len(valid)-4], "unterminated"},
		{`{"MS":"m","PG":"T1"}`, "no usable"},
		{`{"MS":"m","PG":"T1","RD":[]}`, "RD: empty"},
		{`{"MS":"m","PG":"T1","RD":{}}`, "RD: want an array"},
		{`{"MS":"m","PG":"T1","RD":[1]}`, "want an object"},
	} {
		decodeFails(t, []byte(bad.payload), bad.want)
	}
	many := make([]Entry, MaxRDEntries+1)
	for i := range many {
		many[i] = entry(utc2025.Add(time.Duration(i)*time.Second), FormatKWh(uint64(i)), "1.8.0")
	}
	require.Equal(t, uint64(MaxRDEntries-1), decodeOK(t, Build(fields(many[:MaxRDEntries]...))).ImportWh)
	decodeFails(t, Build(fields(many...)), "more than 16")
}

func newP256(t *testing.T) *ecdsa.PrivateKey {
	k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	require.NoError(t, err)
	return k
}

func newSecp256k1(t *testing.T) *ecdsa.PrivateKey {
	k, err := crypto.GenerateKey()
	require.NoError(t, err)
	return k
}

// verify is what the oracle does with a record against the meter's key.
func verify(t *testing.T, record []byte, key *ecdsa.PublicKey) error {
	t.Helper()
	payload, section, err := Split(record)
	require.NoError(t, err)
	sig, err := ParseSignature(section)
	if err != nil {
		return err
	}
	digest := sha256.Sum256(payload)
	if key.Curve == elliptic.P256() {
		k, err := reading.P256KeyOf(key)
		require.NoError(t, err)
		if !VerifyP256(digest, sig, k) {
			return ErrBadSignature
		}
		return nil
	}
	v, err := RecoverSecp256k1(digest, sig, crypto.PubkeyToAddress(*key))
	if err == nil {
		require.Contains(t, []byte{27, 28}, v)
		rsv := LedgerSignatureSecp256k1(sig, v)
		rsv[64] -= 27
		pub, rerr := crypto.Ecrecover(digest[:], rsv)
		require.NoError(t, rerr)
		require.Equal(t, crypto.FromECDSAPub(key), pub)
	}
	return err
}

func TestSignVerifyBothCurves(t *testing.T) {
	payload := Build(fields(entry(utc2025, "1.0", "1.8.0"), entry(utc2025.Add(time.Minute), "2.0", "2.8.0")))
	for name, key := range map[string]*ecdsa.PrivateKey{"p256": newP256(t), "secp256k1": newSecp256k1(t)} {
		other := newP256(t)
		if key.Curve != elliptic.P256() {
			other = newSecp256k1(t)
		}
		for _, opts := range [][]SignOption{nil, {WithBase64()}, {WithHighS()}, {WithBase64(), WithHighS()}} {
			record, err := Sign(payload, key, opts...)
			require.NoError(t, err)
			require.NoError(t, verify(t, record, &key.PublicKey), "%s %s", name, record)
			got, _, err := Split(record)
			require.NoError(t, err)
			require.Equal(t, payload, got)
			sig, _, _ := parseSection(t, record)
			half := new(big.Int).Rsh(key.Curve.Params().N, 1)
			require.Equal(t, isHighOpt(opts), sig.S.Cmp(half) > 0, "high s as asked")

			require.ErrorIs(t, verify(t, record, &other.PublicKey), ErrBadSignature, "%s: another key", name)
			for _, at := range []int{0, len(payload) / 2, len(payload) - 1} {
				altered := append([]byte{}, record...)
				altered[len("OCMF|")+at] ^= 0x02 // not 0x01: that turns the closing } into |
				require.ErrorIs(t, verify(t, altered, &key.PublicKey), ErrBadSignature, "%s: payload byte %d", name, at)
			}
		}
	}
	// P-256 is the default: a record without SA verifies.
	key := newP256(t)
	record, err := Sign(payload, key, WithoutSA())
	require.NoError(t, err)
	require.NotContains(t, string(record), `"SA"`)
	require.NoError(t, verify(t, record, &key.PublicKey))
	// A secp256k1 signature without SA is read as P-256 and fails.
	k1 := newSecp256k1(t)
	record, err = Sign(payload, k1, WithoutSA())
	require.NoError(t, err)
	sig, _, _ := parseSection(t, record)
	require.Equal(t, AlgP256, sig.Algorithm)
	_, err = RecoverSecp256k1(sha256.Sum256(payload), sig, crypto.PubkeyToAddress(k1.PublicKey))
	require.ErrorIs(t, err, ErrBadSignature)
}

func isHighOpt(opts []SignOption) bool {
	var c signConfig
	for _, o := range opts {
		o(&c)
	}
	return c.highS
}

func parseSection(t *testing.T, record []byte) (Signature, []byte, error) {
	t.Helper()
	payload, section, err := Split(record)
	require.NoError(t, err)
	sig, err := ParseSignature(section)
	require.NoError(t, err)
	return sig, payload, err
}

func TestLedgerSignatureP256(t *testing.T) {
	key := newP256(t)
	k, err := reading.P256KeyOf(&key.PublicKey)
	require.NoError(t, err)
	record, err := Sign([]byte(specPayload), key)
	require.NoError(t, err)
	sig, _, _ := parseSection(t, record)
	out := LedgerSignatureP256(sig, k)
	require.Len(t, out, 128)
	require.Equal(t, sig.R, new(big.Int).SetBytes(out[:32]))
	require.Equal(t, sig.S, new(big.Int).SetBytes(out[32:64]))
	require.Equal(t, k[:], out[64:])
}

func TestParseSignatureUnsupported(t *testing.T) {
	key := newP256(t)
	for _, alg := range []string{"ECDSA-brainpool256r1-SHA256", "ECDSA-secp384r1-SHA256", "ECDSA-secp192r1-SHA256",
		"ECDSA-secp192k1-SHA256", "ECDSA-brainpool384r1-SHA256", "ecdsa-secp256r1-sha256", ""} {
		record, err := Sign([]byte(specPayload), key, WithAlgorithm(alg))
		if alg == "" {
			record = []byte(strings.Replace(string(record), `"SA":"ECDSA-secp256r1-SHA256"`, `"SA":""`, 1))
		}
		require.NoError(t, err)
		_, section, err := Split(record)
		require.NoError(t, err)
		_, err = ParseSignature(section)
		require.ErrorIs(t, err, ErrUnsupportedAlgorithm, alg)
		require.Contains(t, err.Error(), "unsupported signature algorithm")
	}
}

func TestParseSignatureStrict(t *testing.T) {
	key := newP256(t)
	record, err := Sign([]byte(specPayload), key)
	require.NoError(t, err)
	_, section, err := Split(record)
	require.NoError(t, err)
	var sec map[string]string
	require.NoError(t, json.Unmarshal(section, &sec))
	der := sec["SD"]
	withSD := func(sd string, extra string) []byte {
		return []byte(`{"SA":"ECDSA-secp256r1-SHA256"` + extra + `,"SD":"` + sd + `"}`)
	}
	_, err = ParseSignature(withSD(der, `,"SE":"hex","SM":"application/x-der"`))
	require.NoError(t, err)
	for name, section := range map[string][]byte{
		"SM other":        withSD(der, `,"SM":"application/x-plain"`),
		"SE other":        withSD(der, `,"SE":"base32"`),
		"SD missing":      []byte(`{"SA":"ECDSA-secp256r1-SHA256"}`),
		"SD not hex":      withSD("zz"+der[2:], ""),
		"SD bad base64":   withSD(der, `,"SE":"base64"`),
		"trailing byte":   withSD(der+"00", ""),
		"long-form len":   withSD("3081"+der[2:], ""),
		"wrong seq len":   withSD("30"+hexByte(len(der)/2-1)+der[4:], ""),
		"not a sequence":  withSD("31"+der[2:], ""),
		"not json":        []byte(`{"SA":`),
		"SA not a string": []byte(`{"SA":5,"SD":"` + der + `"}`),
		"r zero":          withSD("3006020100020101", ""),
		"r padded":        withSD("300702020001020101", ""),
		"r negative":      withSD("3006020180020101", ""),
		"r empty":         withSD("30050200020101", ""),
		"r too long":      withSD("3006020501020101", ""),
		"r = n":           withSD("3026022100"+elliptic.P256().Params().N.Text(16)+"020101", ""),
	} {
		_, err := ParseSignature(section)
		require.Error(t, err, name)
		require.NotErrorIs(t, err, ErrUnsupportedAlgorithm, name)
	}
}

func hexByte(n int) string { return strings.ToLower(big.NewInt(int64(n)).Text(16)) }

func TestSplit(t *testing.T) {
	p, s, err := Split([]byte(`OCMF|{"a":1}|{"SD":"00"}`))
	require.NoError(t, err)
	require.Equal(t, `{"a":1}`, string(p))
	require.Equal(t, `{"SD":"00"}`, string(s))
	for _, bad := range []string{`OCMF|{}`, `OCMF|{}|{}|{}`, `ocmf|{}|{}`, `XOCMF|{}|{}`, ``, `OCMF`} {
		_, _, err := Split([]byte(bad))
		require.Error(t, err, bad)
	}
}
