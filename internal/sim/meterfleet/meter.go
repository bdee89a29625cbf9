package meterfleet

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/meterchain/meterchain/internal/reading"
)

// Class is the registry's meter class.
type Class uint8

const (
	Consumer Class = 0
	Prosumer Class = 1
)

func (c Class) String() string {
	if c == Prosumer {
		return "prosumer"
	}
	return "consumer"
}

// ParseClass reads "consumer" or "prosumer".
func ParseClass(s string) (Class, error) {
	switch s {
	case "consumer", "0":
		return Consumer, nil
	case "prosumer", "1":
		return Prosumer, nil
	}
	return 0, fmt.Errorf("meter class %q: want consumer or prosumer", s)
}

// Meter is a simulated meter: identity, key, load model and its registers.
type Meter struct {
	ID        uint64
	Key       *ecdsa.PrivateKey
	Class     Class
	MaxPowerW uint32
	Owner     common.Address // the account the registry records as owner
	Profile   Profile

	// Registers and sequence, as the meter's memory holds them.
	Seq       uint64
	LastTS    uint64 // timestamp of the last reading produced (0: none yet)
	ImportWh  uint64
	ExportWh  uint64
	importAcc float64 // exact energy in Wh, the registers are its integer part (carried over)
	exportAcc float64

	rng *rand.Rand
}

// Signer is the registry's name of the meter's key: a secp256k1 key's address, a P-256 key's
// reading.P256Key.ID.
func (m *Meter) Signer() common.Address {
	if pub, ok := m.P256Key(); ok {
		return pub.ID()
	}
	return crypto.PubkeyToAddress(m.Key.PublicKey)
}

// P256Key is the registry form of the meter's key if it is a P-256 one.
func (m *Meter) P256Key() (reading.P256Key, bool) {
	if m.Key.Curve != elliptic.P256() {
		return reading.P256Key{}, false
	}
	pub, err := reading.P256KeyOf(&m.Key.PublicKey)
	return pub, err == nil
}

// SetState continues from a known last reading (the ledger's, after a restart).
func (m *Meter) SetState(s reading.State) {
	m.Seq, m.LastTS, m.ImportWh, m.ExportWh = s.Seq, s.Timestamp, s.ImportWh, s.ExportWh
	m.importAcc, m.exportAcc = float64(s.ImportWh), float64(s.ExportWh)
}

// FleetMeterID is the id of the i-th meter of a demo fleet in a zone: zone(3) building(3)
// meter(3), 50 meters per building, as in seed 003 (e.g. 352001001).
func FleetMeterID(zone uint64, i int) uint64 {
	return zone*1_000_000 + uint64(1+i/50)*1000 + uint64(1+i%50)
}

// DeriveKey is a deterministic meter key from a fleet seed: for demos and benchmarks only, where
// anyone may know it; real meters generate theirs (`meterchain meter keygen`).
func DeriveKey(seed string, id uint64) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("meterchain meter " + seed + " " + strconv.FormatUint(id, 10))))
	if err != nil {
		panic(err) // a keccak output is a valid scalar with overwhelming probability
	}
	return k
}

// DeriveP256Key is DeriveKey's P-256 counterpart: a secure element's key, just as public.
func DeriveP256Key(seed string, id uint64) *ecdsa.PrivateKey {
	h := crypto.Keccak256([]byte("meterchain p256 meter " + seed + " " + strconv.FormatUint(id, 10)))
	for {
		if k, err := ecdsa.ParseRawPrivateKey(elliptic.P256(), h); err == nil {
			return k
		}
		h = crypto.Keccak256(h) // at or above the group order (p ≈ 2^-32): hash again
	}
}

// NewMeter builds a meter with a household profile drawn from its id: consumers with 1–2.5 kW evening peaks (3–9 MWh a year),
// prosumers with a 3–8 kWp roof, max power 15 kW (a 63 A single-phase supply is 14.5 kW), around
// the seed data's location (37.42 N, 122.08 W).
func NewMeter(id uint64, key *ecdsa.PrivateKey, class Class, owner common.Address) *Meter {
	rng := rand.New(rand.NewPCG(id, 0x6d65746572)) // per meter, reproducible
	p := Profile{
		BaseW:    100 + 150*rng.Float64(),
		MorningW: 500 + 700*rng.Float64(),
		EveningW: 1000 + 1500*rng.Float64(),
		Lat:      37.42 + 0.05*(rng.Float64()-0.5),
		Lon:      -122.08 + 0.05*(rng.Float64()-0.5),
	}
	if class == Prosumer {
		p.PVPeakW = 3000 + 5000*rng.Float64()
	}
	return &Meter{ID: id, Key: key, Class: class, MaxPowerW: 15_000, Owner: owner, Profile: p, rng: rng}
}

// substep is the integration step of the load model.
const substep = time.Minute

// Next produces the reading that ends at ts (which must be after the last one), its detail
// record, with the registers advanced by the energy of the interval. Net power never exceeds 90 %
// of max power, and the registers handed out are capped so that the ledger's plausibility rule
// (energy ≤ max power × time) holds exactly; energy held back shows in the next reading.
func (m *Meter) Next(ts uint64) (reading.Reading, reading.Detail) {
	from := m.LastTS
	if from == 0 || from >= ts {
		from = ts - 900 // the first reading: a baseline after a quarter hour of history
		if ts < 900 {
			from = 0
		}
	}
	limit := 0.9 * float64(m.MaxPowerW)
	var lastNet float64
	for t := from; t < ts; {
		step := min(uint64(substep/time.Second), ts-t)
		at := time.Unix(int64(t), 0).UTC()
		demand := m.Profile.DemandW(at) * (0.8 + 0.4*m.rng.Float64())
		solar := m.Profile.SolarW(at) * (0.6 + 0.4*m.rng.Float64()) // passing clouds
		net := math.Max(-limit, math.Min(limit, demand-solar))
		wh := math.Abs(net) * float64(step) / 3600
		if net >= 0 {
			m.importAcc += wh
		} else {
			m.exportAcc += wh
		}
		lastNet = net
		t += step
	}
	imp, exp := uint64(m.importAcc), uint64(m.exportAcc)
	if m.LastTS != 0 {
		// Rounding may not push the integer registers over the ledger's rate limit.
		allowed := uint64(m.MaxPowerW) * (ts - m.LastTS) / 3600
		for (imp-m.ImportWh)+(exp-m.ExportWh) > allowed {
			if imp > m.ImportWh {
				imp--
			} else {
				exp--
			}
		}
	}
	m.Seq++
	m.LastTS, m.ImportWh, m.ExportWh = ts, imp, exp
	d := m.detail(time.Unix(int64(ts), 0).UTC(), lastNet)
	return reading.Reading{MeterID: m.ID, Seq: m.Seq, Timestamp: ts, ImportWh: imp, ExportWh: exp, DetailHash: d.Hash()}, d
}

// detail is the measurement record at the end of an interval: mains voltage 230 V ± a few volts
// (sagging under load), the current the net power draws at that voltage, and the weather.
func (m *Meter) detail(t time.Time, netW float64) reading.Detail {
	volts := 230 + 2.5*m.rng.NormFloat64() - 3*math.Abs(netW)/float64(m.MaxPowerW)
	amps := math.Abs(netW) / volts
	temp, hum := m.Profile.Weather(t)
	temp += 0.5 * m.rng.NormFloat64()
	hum = math.Max(5, math.Min(100, hum+3*m.rng.NormFloat64()))
	return reading.Detail{
		VoltageMV:     uint32(math.Round(volts * 1000)),
		CurrentMA:     uint32(math.Round(amps * 1000)),
		TemperatureMC: int32(math.Round(temp * 1000)),
		HumidityBP:    uint32(math.Round(hum * 100)),
		LatitudeE7:    int32(math.Round(m.Profile.Lat * 1e7)),
		LongitudeE7:   int32(math.Round(m.Profile.Lon * 1e7)),
	}
}

// KeyFile is a meter's key file (`meterchain meter keygen`): what a meter's secure element would
// hold. Written with mode 0600. Address is the key's name in the registry: a secp256k1 key's
// address, or a P-256 key's reading.P256Key.ID (Curve "p256", PublicKey x || y).
type KeyFile struct {
	MeterID    uint64         `json:"meter_id,omitempty"`
	Curve      string         `json:"curve,omitempty"` // "" (secp256k1) or CurveP256
	Address    common.Address `json:"address"`
	PublicKey  hexutil.Bytes  `json:"public_key,omitempty"`
	PrivateKey hexutil.Bytes  `json:"private_key"`
}

// CurveP256 names NIST P-256 in key files and on the command line.
const CurveP256 = "p256"

// WriteKeyFile writes a meter key file, secp256k1 or P-256.
func WriteKeyFile(path string, id uint64, key *ecdsa.PrivateKey) error {
	var kf KeyFile
	if key.Curve != elliptic.P256() {
		kf = KeyFile{MeterID: id, Address: crypto.PubkeyToAddress(key.PublicKey), PrivateKey: crypto.FromECDSA(key)}
	} else {
		pub, err := reading.P256KeyOf(&key.PublicKey)
		if err != nil {
			return err
		}
		raw, err := key.Bytes()
		if err != nil {
			return err
		}
		kf = KeyFile{MeterID: id, Curve: CurveP256, Address: pub.ID(), PublicKey: pub[:], PrivateKey: raw}
	}
	data, err := json.MarshalIndent(kf, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	return os.WriteFile(path, append(data, '\n'), 0o600)
}

// ReadKeyFile reads a meter key file and checks the address matches the key.
func ReadKeyFile(path string) (KeyFile, *ecdsa.PrivateKey, error) {
	var kf KeyFile
	data, err := os.ReadFile(path)
	if err != nil {
		return kf, nil, fmt.Errorf("read meter key: %w", err)
	}
	if err := json.Unmarshal(data, &kf); err != nil {
		return kf, nil, fmt.Errorf("parse meter key %s: %w", path, err)
	}
	switch kf.Curve {
	case "":
		key, err := crypto.ToECDSA(kf.PrivateKey)
		if err != nil {
			return kf, nil, fmt.Errorf("meter key %s: %w", path, err)
		}
		if crypto.PubkeyToAddress(key.PublicKey) != kf.Address {
			return kf, nil, fmt.Errorf("meter key %s: address %s does not match the key", path, kf.Address)
		}
		return kf, key, nil
	case CurveP256:
		key, err := ecdsa.ParseRawPrivateKey(elliptic.P256(), kf.PrivateKey)
		if err != nil {
			return kf, nil, fmt.Errorf("meter key %s: %w", path, err)
		}
		pub, err := reading.P256KeyOf(&key.PublicKey)
		if err != nil {
			return kf, nil, fmt.Errorf("meter key %s: %w", path, err)
		}
		if pub.ID() != kf.Address || !bytes.Equal(pub[:], kf.PublicKey) {
			return kf, nil, fmt.Errorf("meter key %s: address %s or public key does not match the key", path, kf.Address)
		}
		return kf, key, nil
	default:
		return kf, nil, fmt.Errorf("meter key %s: unknown curve %q (secp256k1 is \"\", or %q)", path, kf.Curve, CurveP256)
	}
}

// FleetFile lists simulated meters with their keys, so that `meter simulate` can drive a fleet
// that `meterchain devnet` (or `meter register`) registered.
type FleetFile struct {
	ChainID uint64       `json:"chain_id"`
	Meters  []FleetEntry `json:"meters"`
}

// FleetEntry is one meter in a fleet file.
type FleetEntry struct {
	ID         uint64         `json:"id"`
	Class      string         `json:"class"`
	MaxPowerW  uint32         `json:"max_power_w"`
	Owner      common.Address `json:"owner"`
	Curve      string         `json:"curve,omitempty"` // as in KeyFile: "" (secp256k1) or CurveP256
	PrivateKey hexutil.Bytes  `json:"private_key"`
}

// SaveFleet writes meters to a fleet file (mode 0600: it holds keys).
func SaveFleet(path string, chainID uint64, meters []*Meter) error {
	f := FleetFile{ChainID: chainID}
	for _, m := range meters {
		e := FleetEntry{ID: m.ID, Class: m.Class.String(), MaxPowerW: m.MaxPowerW, Owner: m.Owner, PrivateKey: crypto.FromECDSA(m.Key)}
		if _, ok := m.P256Key(); ok {
			raw, err := m.Key.Bytes()
			if err != nil {
				return fmt.Errorf("meter %d key: %w", m.ID, err)
			}
			e.Curve, e.PrivateKey = CurveP256, raw
		}
		f.Meters = append(f.Meters, e)
	}
	data, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	return os.WriteFile(path, append(data, '\n'), 0o600)
}

// LoadFleet reads a fleet file back into meters.
func LoadFleet(path string) (FleetFile, []*Meter, error) {
	var f FleetFile
	data, err := os.ReadFile(path)
	if err != nil {
		return f, nil, fmt.Errorf("read fleet: %w", err)
	}
	if err := json.Unmarshal(data, &f); err != nil {
		return f, nil, fmt.Errorf("parse fleet %s: %w", path, err)
	}
	meters := make([]*Meter, 0, len(f.Meters))
	for _, e := range f.Meters {
		var key *ecdsa.PrivateKey
		switch e.Curve {
		case "":
			key, err = crypto.ToECDSA(e.PrivateKey)
		case CurveP256:
			key, err = ecdsa.ParseRawPrivateKey(elliptic.P256(), e.PrivateKey)
		default:
			err = fmt.Errorf("unknown curve %q (secp256k1 is \"\", or %q)", e.Curve, CurveP256)
		}
		if err != nil {
			return f, nil, fmt.Errorf("fleet %s meter %d key: %w", path, e.ID, err)
		}
		class, err := ParseClass(e.Class)
		if err != nil {
			return f, nil, fmt.Errorf("fleet %s meter %d: %w", path, e.ID, err)
		}
		m := NewMeter(e.ID, key, class, e.Owner)
		if e.MaxPowerW != 0 {
			m.MaxPowerW = e.MaxPowerW
		}
		meters = append(meters, m)
	}
	return f, meters, nil
}

// DemoFleet is n meters in zone 352 with keys derived from seed, a third of them prosumers,
// owned in turn by owners.
func DemoFleet(seed string, n int, owners []common.Address) []*Meter {
	meters := make([]*Meter, n)
	for i := range meters {
		id := FleetMeterID(352, i)
		var owner common.Address
		k := 1
		if len(owners) > 0 {
			owner, k = owners[i%len(owners)], len(owners)
		}
		class := Consumer
		if (i+i/k)%3 == 2 { // a third prosumers, spread so that every owner gets some of each
			class = Prosumer
		}
		meters[i] = NewMeter(id, DeriveKey(seed, id), class, owner)
	}
	return meters
}

// UseP256 gives every nth meter (the nth, 2nth, …) a P-256 key derived from seed instead of its
// secp256k1 one, as a fleet with secure-element meters beside the others.
func UseP256(meters []*Meter, seed string, n int) {
	for i := n - 1; n > 0 && i < len(meters); i += n {
		meters[i].Key = DeriveP256Key(seed, meters[i].ID)
	}
}
