package ocmf

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"encoding/asn1"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
)

// signConfig is how Sign writes the signature section.
type signConfig struct {
	base64    bool
	omitSA    bool
	algorithm string // "" = the key's own
	highS     bool
}

// SignOption changes how Sign writes the signature section.
type SignOption func(*signConfig)

// WithBase64 encodes SD as base64 (SE "base64") instead of the default hex.
func WithBase64() SignOption { return func(c *signConfig) { c.base64 = true } }

// WithoutSA leaves SA out (readers then assume AlgP256).
func WithoutSA() SignOption { return func(c *signConfig) { c.omitSA = true } }

// WithAlgorithm writes SA as alg whatever the key: for records naming algorithms the ledger
// cannot verify.
func WithAlgorithm(alg string) SignOption { return func(c *signConfig) { c.algorithm = alg } }

// WithHighS writes the signature with s in the upper half of the group order, as devices that
// do not normalise s do half the time.
func WithHighS() SignOption { return func(c *signConfig) { c.highS = true } }

// Sign builds the record OCMF|payload|signature with a P-256 key (crypto/ecdsa, AlgP256) or a
// secp256k1 key (go-ethereum crypto, AlgSecp256k1), signing SHA-256(payload).
func Sign(payload []byte, key *ecdsa.PrivateKey, opts ...SignOption) ([]byte, error) {
	var cfg signConfig
	for _, o := range opts {
		o(&cfg)
	}
	digest := sha256.Sum256(payload)
	var r, s *big.Int
	alg := AlgP256
	switch key.Curve {
	case elliptic.P256():
		var err error
		if r, s, err = ecdsa.Sign(rand.Reader, key, digest[:]); err != nil {
			return nil, fmt.Errorf("sign OCMF record: %w", err)
		}
	case crypto.S256():
		alg = AlgSecp256k1
		rsv, err := crypto.Sign(digest[:], key)
		if err != nil {
			return nil, fmt.Errorf("sign OCMF record: %w", err)
		}
		r, s = new(big.Int).SetBytes(rsv[:32]), new(big.Int).SetBytes(rsv[32:64])
	default:
		return nil, fmt.Errorf("sign OCMF record: key is neither P-256 nor secp256k1")
	}
	n := key.Curve.Params().N
	if high := s.Cmp(new(big.Int).Rsh(n, 1)) > 0; high != cfg.highS {
		s.Sub(n, s)
	}
	der, err := asn1.Marshal(struct{ R, S *big.Int }{r, s})
	if err != nil {
		return nil, fmt.Errorf("sign OCMF record: %w", err)
	}
	if cfg.algorithm != "" {
		alg = cfg.algorithm
	}
	var sec []string
	if !cfg.omitSA {
		sec = append(sec, fmt.Sprintf(`"SA":%q`, alg))
	}
	sd := hex.EncodeToString(der)
	if cfg.base64 {
		sec = append(sec, `"SE":"base64"`)
		sd = base64.StdEncoding.EncodeToString(der)
	}
	sec = append(sec, fmt.Sprintf(`"SD":%q`, sd))
	record := make([]byte, 0, len(payload)+len(sd)+64)
	record = append(append(append(record, "OCMF|"...), payload...), '|')
	return append(record, "{"+strings.Join(sec, ",")+"}"...), nil
}

// Fields is a payload for Build; empty strings are left out.
type Fields struct {
	GI, GS, MS string // raw string contents
	PG         string
	Extra      []string // raw members ("KEY":value) written before RD
	Entries    []Entry
	Spaced     bool // write as some devices do: spaces around ':' and a line break per member
}

// Entry is one RD entry for Build; empty strings are left out (so RI, RU, ST, … carry over).
type Entry struct {
	TM                     string // FormatTM
	TX                     string
	RV                     string // the raw JSON value: FormatKWh(…) for a number, Padded(…) for a padded string
	RI, RU, RT, EF, ST, CL string
	Extra                  []string // raw members
}

// FormatTM is t in OCMF's time format (milliseconds, t's own zone) with time status status.
func FormatTM(t time.Time, status byte) string {
	return t.Format("2006-01-02T15:04:05,000-0700") + " " + string(status)
}

// FormatKWh is a register of wh Wh as a kWh number with three decimals.
func FormatKWh(wh uint64) string { return fmt.Sprintf("%d.%03d", wh/1000, wh%1000) }

// Padded is v as a string value right-aligned in width bytes, as some meters write RV.
func Padded(v string, width int) string {
	return `"` + strings.Repeat(" ", max(0, width-len(v))) + v + `"`
}

// Build writes a payload as a charger would: the usual header members (FV, GI, GS, GV, PG, MV,
// MM, MS, MF, IS, IL, IF, IT, ID), f.Extra, then RD.
func Build(f Fields) []byte {
	colon, sep, open, close := ":", ",", "{", "}"
	if f.Spaced {
		colon, sep, open, close = " : ", ",\n  ", "{\n  ", "\n}"
	}
	var members []string
	add := func(key, raw string) { members = append(members, `"`+key+`"`+colon+raw) }
	addString := func(key, v string) {
		if v != "" {
			add(key, `"`+v+`"`)
		}
	}
	add("FV", `"1.0"`)
	addString("GI", f.GI)
	addString("GS", f.GS)
	add("GV", `"1.4p3"`)
	addString("PG", f.PG)
	add("MV", `"Phoenix Contact"`)
	add("MM", `"EEM-350-D-MCB"`)
	addString("MS", f.MS)
	add("MF", `"1.0"`)
	add("IS", "true")
	add("IL", `"VERIFIED"`)
	add("IF", `["RFID_PLAIN","OCPP_RS_TLS"]`)
	add("IT", `"ISO14443"`)
	add("ID", `"1F2D3A4F5506C7"`)
	members = append(members, f.Extra...)
	entries := make([]string, len(f.Entries))
	for i, e := range f.Entries {
		var em []string
		addE := func(key, v string, quote bool) {
			if v == "" {
				return
			}
			if quote {
				v = `"` + v + `"`
			}
			em = append(em, `"`+key+`"`+colon+v)
		}
		addE("TM", e.TM, true)
		addE("TX", e.TX, true)
		addE("RV", e.RV, false)
		addE("RI", e.RI, true)
		addE("RU", e.RU, true)
		addE("RT", e.RT, true)
		addE("CL", e.CL, true)
		addE("EF", e.EF, true)
		addE("ST", e.ST, true)
		em = append(em, e.Extra...)
		entries[i] = "{" + strings.Join(em, ",") + "}"
	}
	add("RD", "["+strings.Join(entries, sep)+"]")
	return []byte(open + strings.Join(members, sep) + close)
}
