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
	ABI: "[{\"inputs\":[],\"name\":\"MarketDown\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"broken\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"}],\"name\":\"open\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"}],\"name\":\"p2pImport\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"}],\"name\":\"p2pImportWh\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"wh_\",\"type\":\"uint64\"}],\"name\":\"set\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bool\",\"name\":\"broken_\",\"type\":\"bool\"}],\"name\":\"setBroken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"openTrades\",\"type\":\"uint64\"}],\"name\":\"setOpen\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"}],\"name\":\"wh\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "P2PImportStub",
	Bin: "0x60808060405234601557610402908161001a8239f35b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c8063062c2e66146103665780631865944e146102e15780637fb1ad62146102bf57806386de9e4f14610270578063a4ab81a31461020b578063a881728714610187578063e7e75798146100d15763edcaec1314610071575f80fd5b346100cd5760406003193601126100cd5761008a6103c1565b67ffffffffffffffff61009b6103ef565b91165f52600160205263ffffffff60405f2091165f52602052602067ffffffffffffffff60405f205416604051908152f35b5f80fd5b346100cd5760406003193601126100cd576100ea6103c1565b6100f26103ef565b60ff6002541661015f5767ffffffffffffffff6040921690815f525f602052825f2063ffffffff82165f5260205267ffffffffffffffff835f205416915f52600160205263ffffffff835f2091165f5260205267ffffffffffffffff825f20541682519182526020820152f35b7fc3fbb749000000000000000000000000000000000000000000000000000000005f5260045ffd5b346100cd5760606003193601126100cd576101a06103c1565b6101a86103ef565b67ffffffffffffffff6101b96103d8565b92165f525f60205263ffffffff60405f2091165f5260205267ffffffffffffffff60405f2091167fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000008254161790555f80f35b346100cd5760406003193601126100cd576102246103c1565b61022c6103ef565b9060ff6002541661015f5767ffffffffffffffff165f525f60205263ffffffff60405f2091165f52602052602067ffffffffffffffff60405f205416604051908152f35b346100cd5760206003193601126100cd576004358015158091036100cd5760ff7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00600254169116176002555f80f35b346100cd575f6003193601126100cd57602060ff600254166040519015158152f35b346100cd5760606003193601126100cd576102fa6103c1565b6103026103ef565b67ffffffffffffffff6103136103d8565b92165f52600160205263ffffffff60405f2091165f5260205267ffffffffffffffff60405f2091167fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000008254161790555f80f35b346100cd5760406003193601126100cd5761037f6103c1565b67ffffffffffffffff6103906103ef565b91165f525f60205263ffffffff60405f2091165f52602052602067ffffffffffffffff60405f205416604051908152f35b6004359067ffffffffffffffff821682036100cd57565b6044359067ffffffffffffffff821682036100cd57565b6024359063ffffffff821682036100cd5756",
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

// PackOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xedcaec13.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function open(uint64 meterId, uint32 period) view returns(uint64)
func (p2PImportStub *P2PImportStub) PackOpen(meterId uint64, period uint32) []byte {
	enc, err := p2PImportStub.abi.Pack("open", meterId, period)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xedcaec13.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function open(uint64 meterId, uint32 period) view returns(uint64)
func (p2PImportStub *P2PImportStub) TryPackOpen(meterId uint64, period uint32) ([]byte, error) {
	return p2PImportStub.abi.Pack("open", meterId, period)
}

// UnpackOpen is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xedcaec13.
//
// Solidity: function open(uint64 meterId, uint32 period) view returns(uint64)
func (p2PImportStub *P2PImportStub) UnpackOpen(data []byte) (uint64, error) {
	out, err := p2PImportStub.abi.Unpack("open", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackP2pImport is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe7e75798.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function p2pImport(uint64 meterId, uint32 period) view returns(uint64, uint64)
func (p2PImportStub *P2PImportStub) PackP2pImport(meterId uint64, period uint32) []byte {
	enc, err := p2PImportStub.abi.Pack("p2pImport", meterId, period)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackP2pImport is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe7e75798.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function p2pImport(uint64 meterId, uint32 period) view returns(uint64, uint64)
func (p2PImportStub *P2PImportStub) TryPackP2pImport(meterId uint64, period uint32) ([]byte, error) {
	return p2PImportStub.abi.Pack("p2pImport", meterId, period)
}

// P2pImportOutput serves as a container for the return parameters of contract
// method P2pImport.
type P2pImportOutput struct {
	Arg0 uint64
	Arg1 uint64
}

// UnpackP2pImport is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe7e75798.
//
// Solidity: function p2pImport(uint64 meterId, uint32 period) view returns(uint64, uint64)
func (p2PImportStub *P2PImportStub) UnpackP2pImport(data []byte) (P2pImportOutput, error) {
	out, err := p2PImportStub.abi.Unpack("p2pImport", data)
	outstruct := new(P2pImportOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.Arg1 = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
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

// PackSetOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1865944e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setOpen(uint64 meterId, uint32 period, uint64 openTrades) returns()
func (p2PImportStub *P2PImportStub) PackSetOpen(meterId uint64, period uint32, openTrades uint64) []byte {
	enc, err := p2PImportStub.abi.Pack("setOpen", meterId, period, openTrades)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1865944e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setOpen(uint64 meterId, uint32 period, uint64 openTrades) returns()
func (p2PImportStub *P2PImportStub) TryPackSetOpen(meterId uint64, period uint32, openTrades uint64) ([]byte, error) {
	return p2PImportStub.abi.Pack("setOpen", meterId, period, openTrades)
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
