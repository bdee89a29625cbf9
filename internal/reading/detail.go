package reading

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Detail is the full measurement record behind a reading (seed 003's table): it stays off chain,
// only its hash is signed and stored. Integer units so that the encoding is exact and canonical.
type Detail struct {
	VoltageMV     uint32 `json:"voltage_mv"`     // millivolts
	CurrentMA     uint32 `json:"current_ma"`     // milliamperes
	TemperatureMC int32  `json:"temperature_mc"` // thousandths of a degree Celsius
	HumidityBP    uint32 `json:"humidity_bp"`    // relative humidity in basis points (0.01 %)
	LatitudeE7    int32  `json:"lat_e7"`         // degrees × 10^7
	LongitudeE7   int32  `json:"lon_e7"`         // degrees × 10^7
}

// Encode is the canonical encoding: Solidity's abi.encode(uint32 voltageMV, uint32 currentMA,
// int32 temperatureMC, uint32 humidityBP, int32 latitudeE7, int32 longitudeE7), six 32-byte words,
// so a contract can recompute the hash of a record it is shown.
func (d Detail) Encode() []byte {
	out := make([]byte, 0, 6*32)
	for _, v := range []int64{int64(d.VoltageMV), int64(d.CurrentMA), int64(d.TemperatureMC),
		int64(d.HumidityBP), int64(d.LatitudeE7), int64(d.LongitudeE7)} {
		out = append(out, signedWord(v)...)
	}
	return out
}

// Hash is the detailHash a reading carries: keccak256 of Encode.
func (d Detail) Hash() common.Hash { return crypto.Keccak256Hash(d.Encode()) }

func signedWord(v int64) []byte {
	b := big.NewInt(v)
	if v < 0 { // two's complement, as the EVM does
		b.Add(b, new(big.Int).Lsh(big.NewInt(1), 256))
	}
	return common.LeftPadBytes(b.Bytes(), 32)
}
