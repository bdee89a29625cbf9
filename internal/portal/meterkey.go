package portal

import (
	"context"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
)

// MeterKey is the kind and registry name of a meter's current signing key, as the meter page
// shows it: a secp256k1 key's address, or a P-256 key's ID (MeterRegistry.p256KeyOf has it).
type MeterKey struct {
	Curve  string // "secp256k1" or "P-256"
	Signer common.Address
}

// meterKey reads the meter's current key from the registry.
func (s *Server) meterKey(ctx context.Context, meterID uint64) (MeterKey, *apiError) {
	opts := &bind.CallOpts{Context: ctx}
	auth, err := bind.Call(s.reg, opts, s.regABI.PackAuthOf(meterID), s.regABI.UnpackAuthOf)
	if err != nil {
		return MeterKey{}, s.errInternal("read the meter's key", err)
	}
	p, err := bind.Call(s.reg, opts, s.regABI.PackP256KeyOf(auth.Signer), s.regABI.UnpackP256KeyOf)
	if err != nil {
		return MeterKey{}, s.errInternal("read the meter's P-256 key", err)
	}
	k := MeterKey{Curve: "secp256k1", Signer: auth.Signer}
	if p.X != ([32]byte{}) || p.Y != ([32]byte{}) {
		k.Curve = "P-256"
	}
	return k, nil
}
