// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package testbindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// P2PImportStubMetaData contains all meta data concerning the P2PImportStub contract.
var P2PImportStubMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"MarketDown\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"broken\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"}],\"name\":\"p2pImportWh\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"wh_\",\"type\":\"uint64\"}],\"name\":\"set\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bool\",\"name\":\"broken_\",\"type\":\"bool\"}],\"name\":\"setBroken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"}],\"name\":\"wh\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "P2PImportStub",
	Bin: "0x608080604052346015576102f4908161001a8239f35b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c8063062c2e66146102515780637fb1ad621461021157806386de9e4f146101a4578063a4ab81a3146100f95763a881728714610050575f80fd5b346100f55760607ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126100f5576100876102ca565b61008f6102e1565b6044359167ffffffffffffffff83168093036100f55767ffffffffffffffff165f525f60205263ffffffff60405f2091165f5260205260405f20907fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000008254161790555f80f35b5f80fd5b346100f55760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126100f5576101306102ca565b6101386102e1565b9060ff6001541661017c5767ffffffffffffffff165f525f60205263ffffffff60405f2091165f52602052602067ffffffffffffffff60405f205416604051908152f35b7fc3fbb749000000000000000000000000000000000000000000000000000000005f5260045ffd5b346100f55760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126100f5576004358015158091036100f55760ff7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00600154169116176001555f80f35b346100f5575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126100f557602060ff600154166040519015158152f35b346100f55760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126100f5576102886102ca565b67ffffffffffffffff6102996102e1565b91165f525f60205263ffffffff60405f2091165f52602052602067ffffffffffffffff60405f205416604051908152f35b6004359067ffffffffffffffff821682036100f557565b6024359063ffffffff821682036100f55756",
}

// P2PImportStub is an auto generated Go binding around an Ethereum contract.
type P2PImportStub struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *P2PImportStub) GetABI() abi.ABI {
	return c.abi
}

// NewP2PImportStub creates a new instance of P2PImportStub.
func NewP2PImportStub() *P2PImportStub {
	parsed, err := P2PImportStubMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &P2PImportStub{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *P2PImportStub) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackBroken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7fb1ad62.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function broken() view returns(bool)
func (p2PImportStub *P2PImportStub) PackBroken() []byte {
	enc, err := p2PImportStub.abi.Pack("broken")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBroken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7fb1ad62.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function broken() view returns(bool)
func (p2PImportStub *P2PImportStub) TryPackBroken() ([]byte, error) {
	return p2PImportStub.abi.Pack("broken")
}

// UnpackBroken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7fb1ad62.
//
// Solidity: function broken() view returns(bool)
func (p2PImportStub *P2PImportStub) UnpackBroken(data []byte) (bool, error) {
	out, err := p2PImportStub.abi.Unpack("broken", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackP2pImportWh is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa4ab81a3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function p2pImportWh(uint64 meterId, uint32 period) view returns(uint64)
func (p2PImportStub *P2PImportStub) PackP2pImportWh(meterId uint64, period uint32) []byte {
	enc, err := p2PImportStub.abi.Pack("p2pImportWh", meterId, period)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackP2pImportWh is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa4ab81a3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function p2pImportWh(uint64 meterId, uint32 period) view returns(uint64)
func (p2PImportStub *P2PImportStub) TryPackP2pImportWh(meterId uint64, period uint32) ([]byte, error) {
	return p2PImportStub.abi.Pack("p2pImportWh", meterId, period)
}

// UnpackP2pImportWh is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa4ab81a3.
//
// Solidity: function p2pImportWh(uint64 meterId, uint32 period) view returns(uint64)
func (p2PImportStub *P2PImportStub) UnpackP2pImportWh(data []byte) (uint64, error) {
	out, err := p2PImportStub.abi.Unpack("p2pImportWh", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackSet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8817287.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function set(uint64 meterId, uint32 period, uint64 wh_) returns()
func (p2PImportStub *P2PImportStub) PackSet(meterId uint64, period uint32, wh uint64) []byte {
	enc, err := p2PImportStub.abi.Pack("set", meterId, period, wh)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8817287.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function set(uint64 meterId, uint32 period, uint64 wh_) returns()
func (p2PImportStub *P2PImportStub) TryPackSet(meterId uint64, period uint32, wh uint64) ([]byte, error) {
	return p2PImportStub.abi.Pack("set", meterId, period, wh)
}

// PackSetBroken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86de9e4f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setBroken(bool broken_) returns()
func (p2PImportStub *P2PImportStub) PackSetBroken(broken bool) []byte {
	enc, err := p2PImportStub.abi.Pack("setBroken", broken)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetBroken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86de9e4f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setBroken(bool broken_) returns()
func (p2PImportStub *P2PImportStub) TryPackSetBroken(broken bool) ([]byte, error) {
	return p2PImportStub.abi.Pack("setBroken", broken)
}

// PackWh is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x062c2e66.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function wh(uint64 meterId, uint32 period) view returns(uint64)
func (p2PImportStub *P2PImportStub) PackWh(meterId uint64, period uint32) []byte {
	enc, err := p2PImportStub.abi.Pack("wh", meterId, period)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWh is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x062c2e66.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function wh(uint64 meterId, uint32 period) view returns(uint64)
func (p2PImportStub *P2PImportStub) TryPackWh(meterId uint64, period uint32) ([]byte, error) {
	return p2PImportStub.abi.Pack("wh", meterId, period)
}

// UnpackWh is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x062c2e66.
//
// Solidity: function wh(uint64 meterId, uint32 period) view returns(uint64)
func (p2PImportStub *P2PImportStub) UnpackWh(data []byte) (uint64, error) {
	out, err := p2PImportStub.abi.Unpack("wh", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (p2PImportStub *P2PImportStub) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], p2PImportStub.abi.Errors["MarketDown"].ID.Bytes()[:4]) {
		return p2PImportStub.UnpackMarketDownError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// P2PImportStubMarketDown represents a MarketDown error raised by the P2PImportStub contract.
type P2PImportStubMarketDown struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MarketDown()
func P2PImportStubMarketDownErrorID() common.Hash {
	return common.HexToHash("0xc3fbb7490d780769d31d9484b7c694e18737fa21a3f1da7e930486c4da830d5b")
}

// UnpackMarketDownError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MarketDown()
func (p2PImportStub *P2PImportStub) UnpackMarketDownError(raw []byte) (*P2PImportStubMarketDown, error) {
	out := new(P2PImportStubMarketDown)
	if err := p2PImportStub.abi.UnpackIntoInterface(out, "MarketDown", raw); err != nil {
		return nil, err
	}
	return out, nil
}
