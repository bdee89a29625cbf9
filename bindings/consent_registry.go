// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

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

// ConsentRegistryMetaData contains all meta data concerning the ConsentRegistry contract.
var ConsentRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractMeterRegistry\",\"name\":\"registry_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"scope\",\"type\":\"uint8\"}],\"name\":\"BadScope\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"name\":\"ExpiryNotInFuture\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"grantee\",\"type\":\"address\"}],\"name\":\"NoGrant\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotMeterOwner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"grantee\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"scope\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"name\":\"ConsentGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"grantee\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ConsentRevoked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"SCOPE_BILLS\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SCOPE_READINGS\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"grantee\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"scope\",\"type\":\"uint8\"}],\"name\":\"allowed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"grantee\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"scope\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"name\":\"grant\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"grantee\",\"type\":\"address\"}],\"name\":\"grantOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"scope\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractMeterRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"grantee\",\"type\":\"address\"}],\"name\":\"revoke\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "ConsentRegistry",
	Bin: "0x60a03461008d57601f61092338819003918201601f19168301916001600160401b038311848410176100915780849260209460405283398101031261008d57516001600160a01b03811680820361008d571561007e5760805260405161087d90816100a682396080518181816101b70152818161069c01526107c90152f35b63d92e233d60e01b5f5260045ffd5b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe6080806040526004361015610012575f80fd5b5f3560e01c9081630d8f89ba1461050a575080633c3ef441146104ef5780633cb6884f146104595780634134e6ac1461041b57806369a80eec146101db5780637b1039991461018b5763a65af27914610069575f80fd5b3461018757604060031936011261018757610082610523565b67ffffffffffffffff61009361053a565b9161009d81610774565b16805f525f60205260405f2073ffffffffffffffffffffffffffffffffffffffff83165f5260205260ff60405f205460a01c161561014157805f525f60205260405f2073ffffffffffffffffffffffffffffffffffffffff83165f526020525f604081205573ffffffffffffffffffffffffffffffffffffffff339216907f7d52f5e00473e646ed371fc63f274a716891c1dd71e7abd1ec07b77363d64e2b5f80a4005b9073ffffffffffffffffffffffffffffffffffffffff917f49aa90fa000000000000000000000000000000000000000000000000000000005f526004521660245260445ffd5b5f80fd5b34610187575f60031936011261018757602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610187576080600319360112610187576101f4610523565b6101fc61053a565b61020461055d565b916064359167ffffffffffffffff83168093036101875773ffffffffffffffffffffffffffffffffffffffff9061023a83610774565b169182156103f35760ff84169384159081156103e6575b506103ba574281111561038f576040516060810181811067ffffffffffffffff821117610362576040523381526020810185815267ffffffffffffffff60408301948486521693845f525f60205260405f20865f5260205273ffffffffffffffffffffffffffffffffffffffff60405f209351167fffffff00000000000000000000000000000000000000000000000000000000007cffffffffffffffff00000000000000000000000000000000000000000074ff00000000000000000000000000000000000000008654955160a01b16935160a81b169316171717905560405193845260208401527f5757739a0f3c8423be5a2c5a1d3415d6ea3586aaa91cc422a55e9c639b74881f60403394a4005b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b7f8d499f7d000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b837fb85e50a3000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b60fc915016151585610251565b7fd92e233d000000000000000000000000000000000000000000000000000000005f5260045ffd5b3461018757606060031936011261018757602061044f610439610523565b61044161053a565b61044961055d565b916105fd565b6040519015158152f35b3461018757604060031936011261018757610472610523565b67ffffffffffffffff61048361053a565b91165f525f60205273ffffffffffffffffffffffffffffffffffffffff60405f2091165f52602052606060405f205467ffffffffffffffff6040519173ffffffffffffffffffffffffffffffffffffffff8116835260ff8160a01c16602084015260a81c166040820152f35b34610187575f60031936011261018757602060405160028152f35b34610187575f6003193601126101875780600160209252f35b6004359067ffffffffffffffff8216820361018757565b6024359073ffffffffffffffffffffffffffffffffffffffff8216820361018757565b6044359060ff8216820361018757565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff82111761036257604052565b9081606091031261018757805173ffffffffffffffffffffffffffffffffffffffff811681036101875791602082015160028110156101875760409092015163ffffffff811681036101875790565b67ffffffffffffffff909291921691825f525f60205273ffffffffffffffffffffffffffffffffffffffff60405f2091165f5260205260405f209060ff81168015918215610760575b50508015610748575b61074257604051917f30fa5d85000000000000000000000000000000000000000000000000000000008352600483015260608260248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa918215610737575f926106ec575b5073ffffffffffffffffffffffffffffffffffffffff8091541691161490565b73ffffffffffffffffffffffffffffffffffffffff919250610726829160603d606011610730575b61071e818361056d565b8101906105ae565b50509291506106cc565b503d610714565b6040513d5f823e3d90fd5b50505f90565b5067ffffffffffffffff815460a81c1642101561064f565b835460a01c1660ff16141590505f80610646565b67ffffffffffffffff604051917f30fa5d85000000000000000000000000000000000000000000000000000000008352169081600482015260608160248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa80156107375773ffffffffffffffffffffffffffffffffffffffff915f9161085c575b50168015908115610851575b506108225750565b7f38d8804e000000000000000000000000000000000000000000000000000000005f526004523360245260445ffd5b90503314155f61081a565b610875915060603d6060116107305761071e818361056d565b50505f61080e56",
}

// ConsentRegistry is an auto generated Go binding around an Ethereum contract.
type ConsentRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ConsentRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewConsentRegistry creates a new instance of ConsentRegistry.
func NewConsentRegistry() *ConsentRegistry {
	parsed, err := ConsentRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ConsentRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ConsentRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address registry_) returns()
func (consentRegistry *ConsentRegistry) PackConstructor(registry_ common.Address) []byte {
	enc, err := consentRegistry.abi.Pack("", registry_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackSCOPEBILLS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3c3ef441.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SCOPE_BILLS() view returns(uint8)
func (consentRegistry *ConsentRegistry) PackSCOPEBILLS() []byte {
	enc, err := consentRegistry.abi.Pack("SCOPE_BILLS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSCOPEBILLS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3c3ef441.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SCOPE_BILLS() view returns(uint8)
func (consentRegistry *ConsentRegistry) TryPackSCOPEBILLS() ([]byte, error) {
	return consentRegistry.abi.Pack("SCOPE_BILLS")
}

// UnpackSCOPEBILLS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3c3ef441.
//
// Solidity: function SCOPE_BILLS() view returns(uint8)
func (consentRegistry *ConsentRegistry) UnpackSCOPEBILLS(data []byte) (uint8, error) {
	out, err := consentRegistry.abi.Unpack("SCOPE_BILLS", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackSCOPEREADINGS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0d8f89ba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SCOPE_READINGS() view returns(uint8)
func (consentRegistry *ConsentRegistry) PackSCOPEREADINGS() []byte {
	enc, err := consentRegistry.abi.Pack("SCOPE_READINGS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSCOPEREADINGS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0d8f89ba.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SCOPE_READINGS() view returns(uint8)
func (consentRegistry *ConsentRegistry) TryPackSCOPEREADINGS() ([]byte, error) {
	return consentRegistry.abi.Pack("SCOPE_READINGS")
}

// UnpackSCOPEREADINGS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0d8f89ba.
//
// Solidity: function SCOPE_READINGS() view returns(uint8)
func (consentRegistry *ConsentRegistry) UnpackSCOPEREADINGS(data []byte) (uint8, error) {
	out, err := consentRegistry.abi.Unpack("SCOPE_READINGS", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4134e6ac.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowed(uint64 meterId, address grantee, uint8 scope) view returns(bool)
func (consentRegistry *ConsentRegistry) PackAllowed(meterId uint64, grantee common.Address, scope uint8) []byte {
	enc, err := consentRegistry.abi.Pack("allowed", meterId, grantee, scope)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4134e6ac.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowed(uint64 meterId, address grantee, uint8 scope) view returns(bool)
func (consentRegistry *ConsentRegistry) TryPackAllowed(meterId uint64, grantee common.Address, scope uint8) ([]byte, error) {
	return consentRegistry.abi.Pack("allowed", meterId, grantee, scope)
}

// UnpackAllowed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4134e6ac.
//
// Solidity: function allowed(uint64 meterId, address grantee, uint8 scope) view returns(bool)
func (consentRegistry *ConsentRegistry) UnpackAllowed(data []byte) (bool, error) {
	out, err := consentRegistry.abi.Unpack("allowed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackGrant is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x69a80eec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grant(uint64 meterId, address grantee, uint8 scope, uint64 expiry) returns()
func (consentRegistry *ConsentRegistry) PackGrant(meterId uint64, grantee common.Address, scope uint8, expiry uint64) []byte {
	enc, err := consentRegistry.abi.Pack("grant", meterId, grantee, scope, expiry)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrant is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x69a80eec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grant(uint64 meterId, address grantee, uint8 scope, uint64 expiry) returns()
func (consentRegistry *ConsentRegistry) TryPackGrant(meterId uint64, grantee common.Address, scope uint8, expiry uint64) ([]byte, error) {
	return consentRegistry.abi.Pack("grant", meterId, grantee, scope, expiry)
}

// PackGrantOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3cb6884f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantOf(uint64 meterId, address grantee) view returns(address owner, uint8 scope, uint64 expiry)
func (consentRegistry *ConsentRegistry) PackGrantOf(meterId uint64, grantee common.Address) []byte {
	enc, err := consentRegistry.abi.Pack("grantOf", meterId, grantee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3cb6884f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantOf(uint64 meterId, address grantee) view returns(address owner, uint8 scope, uint64 expiry)
func (consentRegistry *ConsentRegistry) TryPackGrantOf(meterId uint64, grantee common.Address) ([]byte, error) {
	return consentRegistry.abi.Pack("grantOf", meterId, grantee)
}

// GrantOfOutput serves as a container for the return parameters of contract
// method GrantOf.
type GrantOfOutput struct {
	Owner  common.Address
	Scope  uint8
	Expiry uint64
}

// UnpackGrantOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3cb6884f.
//
// Solidity: function grantOf(uint64 meterId, address grantee) view returns(address owner, uint8 scope, uint64 expiry)
func (consentRegistry *ConsentRegistry) UnpackGrantOf(data []byte) (GrantOfOutput, error) {
	out, err := consentRegistry.abi.Unpack("grantOf", data)
	outstruct := new(GrantOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Owner = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Scope = *abi.ConvertType(out[1], new(uint8)).(*uint8)
	outstruct.Expiry = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registry() view returns(address)
func (consentRegistry *ConsentRegistry) PackRegistry() []byte {
	enc, err := consentRegistry.abi.Pack("registry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registry() view returns(address)
func (consentRegistry *ConsentRegistry) TryPackRegistry() ([]byte, error) {
	return consentRegistry.abi.Pack("registry")
}

// UnpackRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (consentRegistry *ConsentRegistry) UnpackRegistry(data []byte) (common.Address, error) {
	out, err := consentRegistry.abi.Unpack("registry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRevoke is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa65af279.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revoke(uint64 meterId, address grantee) returns()
func (consentRegistry *ConsentRegistry) PackRevoke(meterId uint64, grantee common.Address) []byte {
	enc, err := consentRegistry.abi.Pack("revoke", meterId, grantee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevoke is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa65af279.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revoke(uint64 meterId, address grantee) returns()
func (consentRegistry *ConsentRegistry) TryPackRevoke(meterId uint64, grantee common.Address) ([]byte, error) {
	return consentRegistry.abi.Pack("revoke", meterId, grantee)
}

// ConsentRegistryConsentGranted represents a ConsentGranted event raised by the ConsentRegistry contract.
type ConsentRegistryConsentGranted struct {
	MeterId uint64
	Grantee common.Address
	Owner   common.Address
	Scope   uint8
	Expiry  uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const ConsentRegistryConsentGrantedEventName = "ConsentGranted"

// ContractEventName returns the user-defined event name.
func (ConsentRegistryConsentGranted) ContractEventName() string {
	return ConsentRegistryConsentGrantedEventName
}

// UnpackConsentGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ConsentGranted(uint64 indexed meterId, address indexed grantee, address indexed owner, uint8 scope, uint64 expiry)
func (consentRegistry *ConsentRegistry) UnpackConsentGrantedEvent(log *types.Log) (*ConsentRegistryConsentGranted, error) {
	event := "ConsentGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != consentRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ConsentRegistryConsentGranted)
	if len(log.Data) > 0 {
		if err := consentRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range consentRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ConsentRegistryConsentRevoked represents a ConsentRevoked event raised by the ConsentRegistry contract.
type ConsentRegistryConsentRevoked struct {
	MeterId uint64
	Grantee common.Address
	Owner   common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ConsentRegistryConsentRevokedEventName = "ConsentRevoked"

// ContractEventName returns the user-defined event name.
func (ConsentRegistryConsentRevoked) ContractEventName() string {
	return ConsentRegistryConsentRevokedEventName
}

// UnpackConsentRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ConsentRevoked(uint64 indexed meterId, address indexed grantee, address indexed owner)
func (consentRegistry *ConsentRegistry) UnpackConsentRevokedEvent(log *types.Log) (*ConsentRegistryConsentRevoked, error) {
	event := "ConsentRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != consentRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ConsentRegistryConsentRevoked)
	if len(log.Data) > 0 {
		if err := consentRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range consentRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (consentRegistry *ConsentRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], consentRegistry.abi.Errors["BadScope"].ID.Bytes()[:4]) {
		return consentRegistry.UnpackBadScopeError(raw[4:])
	}
	if bytes.Equal(raw[:4], consentRegistry.abi.Errors["ExpiryNotInFuture"].ID.Bytes()[:4]) {
		return consentRegistry.UnpackExpiryNotInFutureError(raw[4:])
	}
	if bytes.Equal(raw[:4], consentRegistry.abi.Errors["NoGrant"].ID.Bytes()[:4]) {
		return consentRegistry.UnpackNoGrantError(raw[4:])
	}
	if bytes.Equal(raw[:4], consentRegistry.abi.Errors["NotMeterOwner"].ID.Bytes()[:4]) {
		return consentRegistry.UnpackNotMeterOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], consentRegistry.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return consentRegistry.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ConsentRegistryBadScope represents a BadScope error raised by the ConsentRegistry contract.
type ConsentRegistryBadScope struct {
	Scope uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadScope(uint8 scope)
func ConsentRegistryBadScopeErrorID() common.Hash {
	return common.HexToHash("0xb85e50a327cdadec3a647664a4521043c0f08bf8e712e8e1cd7d8c7777f83f9e")
}

// UnpackBadScopeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadScope(uint8 scope)
func (consentRegistry *ConsentRegistry) UnpackBadScopeError(raw []byte) (*ConsentRegistryBadScope, error) {
	out := new(ConsentRegistryBadScope)
	if err := consentRegistry.abi.UnpackIntoInterface(out, "BadScope", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ConsentRegistryExpiryNotInFuture represents a ExpiryNotInFuture error raised by the ConsentRegistry contract.
type ConsentRegistryExpiryNotInFuture struct {
	Expiry uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpiryNotInFuture(uint64 expiry)
func ConsentRegistryExpiryNotInFutureErrorID() common.Hash {
	return common.HexToHash("0x8d499f7d88f2578b5cfffdc4bd257be1cf9f4c346e299f4fd4dd2fda0e1ff42e")
}

// UnpackExpiryNotInFutureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpiryNotInFuture(uint64 expiry)
func (consentRegistry *ConsentRegistry) UnpackExpiryNotInFutureError(raw []byte) (*ConsentRegistryExpiryNotInFuture, error) {
	out := new(ConsentRegistryExpiryNotInFuture)
	if err := consentRegistry.abi.UnpackIntoInterface(out, "ExpiryNotInFuture", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ConsentRegistryNoGrant represents a NoGrant error raised by the ConsentRegistry contract.
type ConsentRegistryNoGrant struct {
	MeterId uint64
	Grantee common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoGrant(uint64 meterId, address grantee)
func ConsentRegistryNoGrantErrorID() common.Hash {
	return common.HexToHash("0x49aa90faa16f9bd21a959a5169fbca2740e27cd4352ee303e5aaa2669d2bd071")
}

// UnpackNoGrantError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoGrant(uint64 meterId, address grantee)
func (consentRegistry *ConsentRegistry) UnpackNoGrantError(raw []byte) (*ConsentRegistryNoGrant, error) {
	out := new(ConsentRegistryNoGrant)
	if err := consentRegistry.abi.UnpackIntoInterface(out, "NoGrant", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ConsentRegistryNotMeterOwner represents a NotMeterOwner error raised by the ConsentRegistry contract.
type ConsentRegistryNotMeterOwner struct {
	MeterId uint64
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotMeterOwner(uint64 meterId, address caller)
func ConsentRegistryNotMeterOwnerErrorID() common.Hash {
	return common.HexToHash("0x38d8804edbd4987f972d90b2d3d352cddb6ded2dde13fe553ec0be0599bada02")
}

// UnpackNotMeterOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotMeterOwner(uint64 meterId, address caller)
func (consentRegistry *ConsentRegistry) UnpackNotMeterOwnerError(raw []byte) (*ConsentRegistryNotMeterOwner, error) {
	out := new(ConsentRegistryNotMeterOwner)
	if err := consentRegistry.abi.UnpackIntoInterface(out, "NotMeterOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ConsentRegistryZeroAddress represents a ZeroAddress error raised by the ConsentRegistry contract.
type ConsentRegistryZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func ConsentRegistryZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (consentRegistry *ConsentRegistry) UnpackZeroAddressError(raw []byte) (*ConsentRegistryZeroAddress, error) {
	out := new(ConsentRegistryZeroAddress)
	if err := consentRegistry.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
