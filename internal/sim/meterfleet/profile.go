// Package meterfleet simulates smart meters for development, demos and benchmarks: realistic
// household load (daily peaks, seasons), rooftop solar on prosumers, cumulative import/export
// registers, detail records (voltage, current, temperature, humidity), signed with each meter's
// key and sealed to the oracle, sent over HTTP or MQTT; and replay of seed 003's CSV table.
package meterfleet

import (
	"math"
	"time"
)

// Profile is one household's load and solar model. Powers in watts.
type Profile struct {
	BaseW    float64 // always-on load (fridge, standby)
	MorningW float64 // height of the morning peak (~07:30 local solar time)
	EveningW float64 // height of the evening peak (~19:00)
	PVPeakW  float64 // rooftop PV peak output on a clear summer noon (0: consumer only)
	Lat, Lon float64 // degrees: longitude sets local solar time, latitude the season's sign and day length
}

// localHour is local mean solar time in hours [0,24): UTC shifted by longitude, which is what
// the sun (and, close enough, people's days) follow.
func localHour(t time.Time, lon float64) float64 {
	h := float64(t.Hour()) + float64(t.Minute())/60 + float64(t.Second())/3600 + lon/15
	return math.Mod(math.Mod(h, 24)+24, 24)
}

// summer is +1 at the local summer solstice and -1 at the winter solstice.
func summer(t time.Time, lat float64) float64 {
	s := math.Cos(2 * math.Pi * float64(t.YearDay()-172) / 365.25)
	if lat < 0 {
		s = -s
	}
	return s
}

func bump(h, centre, width float64) float64 {
	d := math.Abs(h - centre)
	d = math.Min(d, 24-d) // the day wraps
	return math.Exp(-d * d / (2 * width * width))
}

// DemandW is the household's consumption at t, before noise: a base load, a morning and a larger
// evening peak, a midday plateau, and ~30 % more in winter (heating, lighting).
func (p Profile) DemandW(t time.Time) float64 {
	h := localHour(t, p.Lon)
	shape := 0.15*bump(h, 13, 3) + bump(h, 7.5, 1.2)*p.MorningW/math.Max(p.EveningW, 1) + bump(h, 19.5, 2)
	season := 1 - 0.15*summer(t, p.Lat)
	return (p.BaseW + p.EveningW*shape) * season
}

// DayLength is hours of daylight at t: 12 h ± up to 4 h with the season (mid latitudes).
func (p Profile) DayLength(t time.Time) float64 {
	return 12 + 4*math.Min(math.Abs(p.Lat)/45, 1)*summer(t, p.Lat)
}

// SolarW is PV output at t, before clouds: zero between sunset and sunrise, a half sine over the
// day peaking at solar noon, lower in winter (a lower sun).
func (p Profile) SolarW(t time.Time) float64 {
	if p.PVPeakW == 0 {
		return 0
	}
	h, day := localHour(t, p.Lon), p.DayLength(t)
	rise := 12 - day/2
	if h <= rise || h >= rise+day {
		return 0
	}
	elevation := math.Sin(math.Pi * (h - rise) / day)
	return p.PVPeakW * elevation * (0.75 + 0.25*summer(t, p.Lat))
}

// Daylight reports whether the sun is up at t for this profile.
func (p Profile) Daylight(t time.Time) bool {
	h, day := localHour(t, p.Lon), p.DayLength(t)
	rise := 12 - day/2
	return h > rise && h < rise+day
}

// Weather is the outdoor temperature (°C) and relative humidity (%) at t: seasonal and daily
// cycles, humidity highest in the cool of the night.
func (p Profile) Weather(t time.Time) (tempC, humidityPct float64) {
	h := localHour(t, p.Lon)
	daily := math.Cos(2 * math.Pi * (h - 15) / 24) // warmest at 15:00
	tempC = 12 + 9*summer(t, p.Lat) + 5*daily
	humidityPct = 65 - 20*daily
	return tempC, humidityPct
}
