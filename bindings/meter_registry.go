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

// MeterRegistryMetaData contains all meta data concerning the MeterRegistry contract.
var MeterRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"}],\"name\":\"InvalidMeterId\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"}],\"name\":\"MeterExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOwnerOrRegistrar\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"}],\"name\":\"UnknownMeter\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroMaxPower\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"}],\"name\":\"MeterDeactivated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumMeterRegistry.MeterClass\",\"name\":\"class\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"tariffId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"maxPowerW\",\"type\":\"uint32\"}],\"name\":\"MeterRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"oldOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnerChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"oldSigner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"newSigner\",\"type\":\"address\"}],\"name\":\"SignerRotated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"tariffId\",\"type\":\"uint32\"}],\"name\":\"TariffAssigned\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REGISTRAR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RELAYER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"}],\"name\":\"accountOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"enumMeterRegistry.MeterClass\",\"name\":\"class\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"tariffId\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"tariffId\",\"type\":\"uint32\"}],\"name\":\"assignTariff\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"}],\"name\":\"authOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"maxPowerW\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"changeOwner\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"}],\"name\":\"deactivate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"}],\"name\":\"isValidMeterId\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"meterCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"enumMeterRegistry.MeterClass\",\"name\":\"class\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"tariffId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxPowerW\",\"type\":\"uint32\"}],\"name\":\"register\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"newSigner\",\"type\":\"address\"}],\"name\":\"rotateSigner\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "MeterRegistry",
	Bin: "0x608060405234801561000f575f5ffd5b506040516115e43803806115e483398101604081905261002e9161010f565b6001600160a01b0381166100555760405163d92e233d60e01b815260040160405180910390fd5b61005f5f82610066565b505061013c565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610106575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556100be3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610109565b505f5b92915050565b5f6020828403121561011f575f5ffd5b81516001600160a01b0381168114610135575f5ffd5b9392505050565b61149b806101495f395ff3fe608060405234801561000f575f5ffd5b506004361061012f575f3560e01c8063926d7d7f116100ad578063c1dc4dbf1161007d578063ea883f2611610063578063ea883f26146103cf578063f68e9553146103e2578063fd3ec7b114610409575f5ffd5b8063c1dc4dbf146103b3578063d547741f146103bc575f5ffd5b8063926d7d7f146102ba57806399597bdd146102e15780639c8ced7b14610399578063a217fddf146103ac575f5ffd5b806336568abe1161010257806381d802ba116100e857806381d802ba146102515780638774462e1461026457806391d1485414610277575f5ffd5b806336568abe1461022b5780634c4a98301461023e575f5ffd5b806301ffc9a714610133578063248a9ca31461015b5780632f2ff15d1461018b57806330fa5d85146101a0575b5f5ffd5b610146610141366004611113565b61041c565b60405190151581526020015b60405180910390f35b61017d610169366004611159565b5f9081526020819052604090206001015490565b604051908152602001610152565b61019e610199366004611193565b6104b4565b005b61021c6101ae3660046111d4565b67ffffffffffffffff165f9081526002602052604090205473ffffffffffffffffffffffffffffffffffffffff81169174010000000000000000000000000000000000000000820460ff16917501000000000000000000000000000000000000000000900463ffffffff1690565b60405161015293929190611253565b61019e610239366004611193565b6104de565b61019e61024c3660046112a4565b61053c565b61019e61025f366004611319565b610988565b61019e6102723660046111d4565b610b15565b610146610285366004611193565b5f9182526020828152604080842073ffffffffffffffffffffffffffffffffffffffff93909316845291905290205460ff1690565b61017d7fe2b7fb3b832174769106daebcfd6d1970523240dda11281102db9363b83b0dc481565b6103606102ef3660046111d4565b67ffffffffffffffff165f9081526001602052604090205473ffffffffffffffffffffffffffffffffffffffff81169174010000000000000000000000000000000000000000820463ffffffff16917801000000000000000000000000000000000000000000000000900460ff1690565b6040805173ffffffffffffffffffffffffffffffffffffffff909416845263ffffffff9092166020840152151590820152606001610152565b61019e6103a7366004611341565b610bcb565b61017d5f81565b61017d60035481565b61019e6103ca366004611193565b610c9c565b6101466103dd3660046111d4565b610cc0565b61017d7fedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c30923881565b61019e610417366004611319565b610d3e565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b0000000000000000000000000000000000000000000000000000000014806104ae57507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b5f828152602081905260409020600101546104ce81610e54565b6104d88383610e61565b50505050565b73ffffffffffffffffffffffffffffffffffffffff8116331461052d576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6105378282610f5a565b505050565b7fedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c30923861056681610e54565b61056f87610cc0565b6105b6576040517f335b84ed00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff881660048201526024015b60405180910390fd5b73ffffffffffffffffffffffffffffffffffffffff861615806105ed575073ffffffffffffffffffffffffffffffffffffffff8516155b15610624576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8163ffffffff165f03610663576040517f779b96f400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b67ffffffffffffffff87165f9081526001602052604090205473ffffffffffffffffffffffffffffffffffffffff16156106d5576040517f75cac8bb00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff881660048201526024016105ad565b60405180606001604052808673ffffffffffffffffffffffffffffffffffffffff1681526020018363ffffffff1681526020016001151581525060015f8967ffffffffffffffff1667ffffffffffffffff1681526020019081526020015f205f820151815f015f6101000a81548173ffffffffffffffffffffffffffffffffffffffff021916908373ffffffffffffffffffffffffffffffffffffffff1602179055506020820151815f0160146101000a81548163ffffffff021916908363ffffffff1602179055506040820151815f0160186101000a81548160ff02191690831515021790555090505060405180606001604052808773ffffffffffffffffffffffffffffffffffffffff1681526020018560018111156107f9576107f96111ed565b815263ffffffff851660209182015267ffffffffffffffff89165f90815260028252604090208251815473ffffffffffffffffffffffffffffffffffffffff9091167fffffffffffffffffffffffff000000000000000000000000000000000000000082168117835592840151919283917fffffffffffffffffffffff0000000000000000000000000000000000000000001617740100000000000000000000000000000000000000008360018111156108b5576108b56111ed565b021790555060409190910151815463ffffffff9091167501000000000000000000000000000000000000000000027fffffffffffffff00000000ffffffffffffffffffffffffffffffffffffffffff909116179055600380545f9061091990611369565b919050819055508573ffffffffffffffffffffffffffffffffffffffff168767ffffffffffffffff167f2f76053bacf9b464410737089250b5402d7045bb85c1daf1c834cdff266d45c98787878760405161097794939291906113c5565b60405180910390a350505050505050565b73ffffffffffffffffffffffffffffffffffffffff81166109d5576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6109de82611013565b5067ffffffffffffffff82165f908152600260205260409020805473ffffffffffffffffffffffffffffffffffffffff16338114801590610a4d5750335f9081527f01ddc098da42acdf4176da08ec75800bc0fb2bce2be978b2037bcb0ae6966519602052604090205460ff16155b15610a96576040517f6f9f9cec00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff851660048201523360248201526044016105ad565b81547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff84811691821784556040519083169067ffffffffffffffff8716907f040b0ef41c114a49382cd0d5e78c5f42d03727d625ad2727c639432077ee216c905f90a450505050565b7fedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c309238610b3f81610e54565b5f610b4983611013565b80549115157801000000000000000000000000000000000000000000000000027fffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffff90921691909117905560405167ffffffffffffffff8316907f3c1ad07d7977cc48e99c2fcafcce8257879899bb7913133ec6d38195c851bc32905f90a25050565b7fedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c309238610bf581610e54565b610bfe83611013565b5067ffffffffffffffff83165f8181526002602090815260409182902080547fffffffffffffff00000000ffffffffffffffffffffffffffffffffffffffffff16750100000000000000000000000000000000000000000063ffffffff88169081029190911790915591519182527fca789746c5fd2ecaf30915092cebf58710fe5eb8bdacab3e1151d22ac60f0131910160405180910390a2505050565b5f82815260208190526040902060010154610cb681610e54565b6104d88383610f5a565b5f6305f5e1008267ffffffffffffffff161080610cea5750633b9ac9ff8267ffffffffffffffff16115b15610cf657505f919050565b6103e8610d03818461143d565b610d0d919061146c565b67ffffffffffffffff16158015906104ae5750610d2c6103e88361146c565b67ffffffffffffffff16151592915050565b7fedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c309238610d6881610e54565b73ffffffffffffffffffffffffffffffffffffffff8216610db5576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f610dbf84611013565b805473ffffffffffffffffffffffffffffffffffffffff8581167fffffffffffffffffffffffff00000000000000000000000000000000000000008316811784556040805192909316808352602083019190915292935067ffffffffffffffff8716917fd2a83301230a9bb28f0d0d7289c4ee4d4de258dc1234ffaee04c7cb68e39c5f0910160405180910390a25050505050565b610e5e813361108a565b50565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff16610f53575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff86168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001179055610ef13390565b73ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff16847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016104ae565b505f6104ae565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff1615610f53575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8616808552925280832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016104ae565b67ffffffffffffffff81165f908152600160205260409020805473ffffffffffffffffffffffffffffffffffffffff16611085576040517fa7b0a03b00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff831660048201526024016105ad565b919050565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915290205460ff1661110f576040517fe2517d3f00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff82166004820152602481018390526044016105ad565b5050565b5f60208284031215611123575f5ffd5b81357fffffffff0000000000000000000000000000000000000000000000000000000081168114611152575f5ffd5b9392505050565b5f60208284031215611169575f5ffd5b5035919050565b803573ffffffffffffffffffffffffffffffffffffffff81168114611085575f5ffd5b5f5f604083850312156111a4575f5ffd5b823591506111b460208401611170565b90509250929050565b803567ffffffffffffffff81168114611085575f5ffd5b5f602082840312156111e4575f5ffd5b611152826111bd565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b6002811061124f577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b9052565b73ffffffffffffffffffffffffffffffffffffffff841681526060810161127d602083018561121a565b63ffffffff83166040830152949350505050565b803563ffffffff81168114611085575f5ffd5b5f5f5f5f5f5f60c087890312156112b9575f5ffd5b6112c2876111bd565b95506112d060208801611170565b94506112de60408801611170565b93506060870135600281106112f1575f5ffd5b92506112ff60808801611291565b915061130d60a08801611291565b90509295509295509295565b5f5f6040838503121561132a575f5ffd5b611333836111bd565b91506111b460208401611170565b5f5f60408385031215611352575f5ffd5b61135b836111bd565b91506111b460208401611291565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff82036113be577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5060010190565b73ffffffffffffffffffffffffffffffffffffffff85168152608081016113ef602083018661121a565b63ffffffff8416604083015263ffffffff8316606083015295945050505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f67ffffffffffffffff83168061145657611456611410565b8067ffffffffffffffff84160491505092915050565b5f67ffffffffffffffff83168061148557611485611410565b8067ffffffffffffffff8416069150509291505056",
}

// MeterRegistry is an auto generated Go binding around an Ethereum contract.
type MeterRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *MeterRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewMeterRegistry creates a new instance of MeterRegistry.
func NewMeterRegistry() *MeterRegistry {
	parsed, err := MeterRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &MeterRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *MeterRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin) returns()
func (meterRegistry *MeterRegistry) PackConstructor(admin common.Address) []byte {
	enc, err := meterRegistry.abi.Pack("", admin)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (meterRegistry *MeterRegistry) PackDEFAULTADMINROLE() []byte {
	enc, err := meterRegistry.abi.Pack("DEFAULT_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (meterRegistry *MeterRegistry) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return meterRegistry.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (meterRegistry *MeterRegistry) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := meterRegistry.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackREGISTRARROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf68e9553.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function REGISTRAR_ROLE() view returns(bytes32)
func (meterRegistry *MeterRegistry) PackREGISTRARROLE() []byte {
	enc, err := meterRegistry.abi.Pack("REGISTRAR_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackREGISTRARROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf68e9553.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function REGISTRAR_ROLE() view returns(bytes32)
func (meterRegistry *MeterRegistry) TryPackREGISTRARROLE() ([]byte, error) {
	return meterRegistry.abi.Pack("REGISTRAR_ROLE")
}

// UnpackREGISTRARROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf68e9553.
//
// Solidity: function REGISTRAR_ROLE() view returns(bytes32)
func (meterRegistry *MeterRegistry) UnpackREGISTRARROLE(data []byte) ([32]byte, error) {
	out, err := meterRegistry.abi.Unpack("REGISTRAR_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRELAYERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x926d7d7f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function RELAYER_ROLE() view returns(bytes32)
func (meterRegistry *MeterRegistry) PackRELAYERROLE() []byte {
	enc, err := meterRegistry.abi.Pack("RELAYER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRELAYERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x926d7d7f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function RELAYER_ROLE() view returns(bytes32)
func (meterRegistry *MeterRegistry) TryPackRELAYERROLE() ([]byte, error) {
	return meterRegistry.abi.Pack("RELAYER_ROLE")
}

// UnpackRELAYERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x926d7d7f.
//
// Solidity: function RELAYER_ROLE() view returns(bytes32)
func (meterRegistry *MeterRegistry) UnpackRELAYERROLE(data []byte) ([32]byte, error) {
	out, err := meterRegistry.abi.Unpack("RELAYER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAccountOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x30fa5d85.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accountOf(uint64 meterId) view returns(address owner, uint8 class, uint32 tariffId)
func (meterRegistry *MeterRegistry) PackAccountOf(meterId uint64) []byte {
	enc, err := meterRegistry.abi.Pack("accountOf", meterId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccountOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x30fa5d85.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function accountOf(uint64 meterId) view returns(address owner, uint8 class, uint32 tariffId)
func (meterRegistry *MeterRegistry) TryPackAccountOf(meterId uint64) ([]byte, error) {
	return meterRegistry.abi.Pack("accountOf", meterId)
}

// AccountOfOutput serves as a container for the return parameters of contract
// method AccountOf.
type AccountOfOutput struct {
	Owner    common.Address
	Class    uint8
	TariffId uint32
}

// UnpackAccountOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x30fa5d85.
//
// Solidity: function accountOf(uint64 meterId) view returns(address owner, uint8 class, uint32 tariffId)
func (meterRegistry *MeterRegistry) UnpackAccountOf(data []byte) (AccountOfOutput, error) {
	out, err := meterRegistry.abi.Unpack("accountOf", data)
	outstruct := new(AccountOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Owner = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Class = *abi.ConvertType(out[1], new(uint8)).(*uint8)
	outstruct.TariffId = *abi.ConvertType(out[2], new(uint32)).(*uint32)
	return *outstruct, nil
}

// PackAssignTariff is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c8ced7b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function assignTariff(uint64 meterId, uint32 tariffId) returns()
func (meterRegistry *MeterRegistry) PackAssignTariff(meterId uint64, tariffId uint32) []byte {
	enc, err := meterRegistry.abi.Pack("assignTariff", meterId, tariffId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAssignTariff is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c8ced7b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function assignTariff(uint64 meterId, uint32 tariffId) returns()
func (meterRegistry *MeterRegistry) TryPackAssignTariff(meterId uint64, tariffId uint32) ([]byte, error) {
	return meterRegistry.abi.Pack("assignTariff", meterId, tariffId)
}

// PackAuthOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x99597bdd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function authOf(uint64 meterId) view returns(address signer, uint32 maxPowerW, bool active)
func (meterRegistry *MeterRegistry) PackAuthOf(meterId uint64) []byte {
	enc, err := meterRegistry.abi.Pack("authOf", meterId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAuthOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x99597bdd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function authOf(uint64 meterId) view returns(address signer, uint32 maxPowerW, bool active)
func (meterRegistry *MeterRegistry) TryPackAuthOf(meterId uint64) ([]byte, error) {
	return meterRegistry.abi.Pack("authOf", meterId)
}

// AuthOfOutput serves as a container for the return parameters of contract
// method AuthOf.
type AuthOfOutput struct {
	Signer    common.Address
	MaxPowerW uint32
	Active    bool
}

// UnpackAuthOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x99597bdd.
//
// Solidity: function authOf(uint64 meterId) view returns(address signer, uint32 maxPowerW, bool active)
func (meterRegistry *MeterRegistry) UnpackAuthOf(data []byte) (AuthOfOutput, error) {
	out, err := meterRegistry.abi.Unpack("authOf", data)
	outstruct := new(AuthOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Signer = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.MaxPowerW = *abi.ConvertType(out[1], new(uint32)).(*uint32)
	outstruct.Active = *abi.ConvertType(out[2], new(bool)).(*bool)
	return *outstruct, nil
}

// PackChangeOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x81d802ba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function changeOwner(uint64 meterId, address newOwner) returns()
func (meterRegistry *MeterRegistry) PackChangeOwner(meterId uint64, newOwner common.Address) []byte {
	enc, err := meterRegistry.abi.Pack("changeOwner", meterId, newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChangeOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x81d802ba.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function changeOwner(uint64 meterId, address newOwner) returns()
func (meterRegistry *MeterRegistry) TryPackChangeOwner(meterId uint64, newOwner common.Address) ([]byte, error) {
	return meterRegistry.abi.Pack("changeOwner", meterId, newOwner)
}

// PackDeactivate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8774462e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deactivate(uint64 meterId) returns()
func (meterRegistry *MeterRegistry) PackDeactivate(meterId uint64) []byte {
	enc, err := meterRegistry.abi.Pack("deactivate", meterId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeactivate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8774462e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deactivate(uint64 meterId) returns()
func (meterRegistry *MeterRegistry) TryPackDeactivate(meterId uint64) ([]byte, error) {
	return meterRegistry.abi.Pack("deactivate", meterId)
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (meterRegistry *MeterRegistry) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := meterRegistry.abi.Pack("getRoleAdmin", role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (meterRegistry *MeterRegistry) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return meterRegistry.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (meterRegistry *MeterRegistry) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := meterRegistry.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (meterRegistry *MeterRegistry) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := meterRegistry.abi.Pack("grantRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (meterRegistry *MeterRegistry) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return meterRegistry.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (meterRegistry *MeterRegistry) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := meterRegistry.abi.Pack("hasRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (meterRegistry *MeterRegistry) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return meterRegistry.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (meterRegistry *MeterRegistry) UnpackHasRole(data []byte) (bool, error) {
	out, err := meterRegistry.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsValidMeterId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea883f26.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isValidMeterId(uint64 meterId) pure returns(bool)
func (meterRegistry *MeterRegistry) PackIsValidMeterId(meterId uint64) []byte {
	enc, err := meterRegistry.abi.Pack("isValidMeterId", meterId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsValidMeterId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea883f26.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isValidMeterId(uint64 meterId) pure returns(bool)
func (meterRegistry *MeterRegistry) TryPackIsValidMeterId(meterId uint64) ([]byte, error) {
	return meterRegistry.abi.Pack("isValidMeterId", meterId)
}

// UnpackIsValidMeterId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xea883f26.
//
// Solidity: function isValidMeterId(uint64 meterId) pure returns(bool)
func (meterRegistry *MeterRegistry) UnpackIsValidMeterId(data []byte) (bool, error) {
	out, err := meterRegistry.abi.Unpack("isValidMeterId", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMeterCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1dc4dbf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function meterCount() view returns(uint256)
func (meterRegistry *MeterRegistry) PackMeterCount() []byte {
	enc, err := meterRegistry.abi.Pack("meterCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMeterCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1dc4dbf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function meterCount() view returns(uint256)
func (meterRegistry *MeterRegistry) TryPackMeterCount() ([]byte, error) {
	return meterRegistry.abi.Pack("meterCount")
}

// UnpackMeterCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc1dc4dbf.
//
// Solidity: function meterCount() view returns(uint256)
func (meterRegistry *MeterRegistry) UnpackMeterCount(data []byte) (*big.Int, error) {
	out, err := meterRegistry.abi.Unpack("meterCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c4a9830.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function register(uint64 meterId, address owner, address signer, uint8 class, uint32 tariffId, uint32 maxPowerW) returns()
func (meterRegistry *MeterRegistry) PackRegister(meterId uint64, owner common.Address, signer common.Address, class uint8, tariffId uint32, maxPowerW uint32) []byte {
	enc, err := meterRegistry.abi.Pack("register", meterId, owner, signer, class, tariffId, maxPowerW)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c4a9830.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function register(uint64 meterId, address owner, address signer, uint8 class, uint32 tariffId, uint32 maxPowerW) returns()
func (meterRegistry *MeterRegistry) TryPackRegister(meterId uint64, owner common.Address, signer common.Address, class uint8, tariffId uint32, maxPowerW uint32) ([]byte, error) {
	return meterRegistry.abi.Pack("register", meterId, owner, signer, class, tariffId, maxPowerW)
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (meterRegistry *MeterRegistry) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := meterRegistry.abi.Pack("renounceRole", role, callerConfirmation)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (meterRegistry *MeterRegistry) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return meterRegistry.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (meterRegistry *MeterRegistry) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := meterRegistry.abi.Pack("revokeRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (meterRegistry *MeterRegistry) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return meterRegistry.abi.Pack("revokeRole", role, account)
}

// PackRotateSigner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd3ec7b1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rotateSigner(uint64 meterId, address newSigner) returns()
func (meterRegistry *MeterRegistry) PackRotateSigner(meterId uint64, newSigner common.Address) []byte {
	enc, err := meterRegistry.abi.Pack("rotateSigner", meterId, newSigner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRotateSigner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd3ec7b1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rotateSigner(uint64 meterId, address newSigner) returns()
func (meterRegistry *MeterRegistry) TryPackRotateSigner(meterId uint64, newSigner common.Address) ([]byte, error) {
	return meterRegistry.abi.Pack("rotateSigner", meterId, newSigner)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (meterRegistry *MeterRegistry) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := meterRegistry.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (meterRegistry *MeterRegistry) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return meterRegistry.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (meterRegistry *MeterRegistry) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := meterRegistry.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// MeterRegistryMeterDeactivated represents a MeterDeactivated event raised by the MeterRegistry contract.
type MeterRegistryMeterDeactivated struct {
	MeterId uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const MeterRegistryMeterDeactivatedEventName = "MeterDeactivated"

// ContractEventName returns the user-defined event name.
func (MeterRegistryMeterDeactivated) ContractEventName() string {
	return MeterRegistryMeterDeactivatedEventName
}

// UnpackMeterDeactivatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MeterDeactivated(uint64 indexed meterId)
func (meterRegistry *MeterRegistry) UnpackMeterDeactivatedEvent(log *types.Log) (*MeterRegistryMeterDeactivated, error) {
	event := "MeterDeactivated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != meterRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MeterRegistryMeterDeactivated)
	if len(log.Data) > 0 {
		if err := meterRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range meterRegistry.abi.Events[event].Inputs {
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

// MeterRegistryMeterRegistered represents a MeterRegistered event raised by the MeterRegistry contract.
type MeterRegistryMeterRegistered struct {
	MeterId   uint64
	Owner     common.Address
	Signer    common.Address
	Class     uint8
	TariffId  uint32
	MaxPowerW uint32
	Raw       *types.Log // Blockchain specific contextual infos
}

const MeterRegistryMeterRegisteredEventName = "MeterRegistered"

// ContractEventName returns the user-defined event name.
func (MeterRegistryMeterRegistered) ContractEventName() string {
	return MeterRegistryMeterRegisteredEventName
}

// UnpackMeterRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MeterRegistered(uint64 indexed meterId, address indexed owner, address signer, uint8 class, uint32 tariffId, uint32 maxPowerW)
func (meterRegistry *MeterRegistry) UnpackMeterRegisteredEvent(log *types.Log) (*MeterRegistryMeterRegistered, error) {
	event := "MeterRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != meterRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MeterRegistryMeterRegistered)
	if len(log.Data) > 0 {
		if err := meterRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range meterRegistry.abi.Events[event].Inputs {
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

// MeterRegistryOwnerChanged represents a OwnerChanged event raised by the MeterRegistry contract.
type MeterRegistryOwnerChanged struct {
	MeterId  uint64
	OldOwner common.Address
	NewOwner common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const MeterRegistryOwnerChangedEventName = "OwnerChanged"

// ContractEventName returns the user-defined event name.
func (MeterRegistryOwnerChanged) ContractEventName() string {
	return MeterRegistryOwnerChangedEventName
}

// UnpackOwnerChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnerChanged(uint64 indexed meterId, address indexed oldOwner, address indexed newOwner)
func (meterRegistry *MeterRegistry) UnpackOwnerChangedEvent(log *types.Log) (*MeterRegistryOwnerChanged, error) {
	event := "OwnerChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != meterRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MeterRegistryOwnerChanged)
	if len(log.Data) > 0 {
		if err := meterRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range meterRegistry.abi.Events[event].Inputs {
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

// MeterRegistryRoleAdminChanged represents a RoleAdminChanged event raised by the MeterRegistry contract.
type MeterRegistryRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const MeterRegistryRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (MeterRegistryRoleAdminChanged) ContractEventName() string {
	return MeterRegistryRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (meterRegistry *MeterRegistry) UnpackRoleAdminChangedEvent(log *types.Log) (*MeterRegistryRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != meterRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MeterRegistryRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := meterRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range meterRegistry.abi.Events[event].Inputs {
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

// MeterRegistryRoleGranted represents a RoleGranted event raised by the MeterRegistry contract.
type MeterRegistryRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const MeterRegistryRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (MeterRegistryRoleGranted) ContractEventName() string {
	return MeterRegistryRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (meterRegistry *MeterRegistry) UnpackRoleGrantedEvent(log *types.Log) (*MeterRegistryRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != meterRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MeterRegistryRoleGranted)
	if len(log.Data) > 0 {
		if err := meterRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range meterRegistry.abi.Events[event].Inputs {
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

// MeterRegistryRoleRevoked represents a RoleRevoked event raised by the MeterRegistry contract.
type MeterRegistryRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const MeterRegistryRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (MeterRegistryRoleRevoked) ContractEventName() string {
	return MeterRegistryRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (meterRegistry *MeterRegistry) UnpackRoleRevokedEvent(log *types.Log) (*MeterRegistryRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != meterRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MeterRegistryRoleRevoked)
	if len(log.Data) > 0 {
		if err := meterRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range meterRegistry.abi.Events[event].Inputs {
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

// MeterRegistrySignerRotated represents a SignerRotated event raised by the MeterRegistry contract.
type MeterRegistrySignerRotated struct {
	MeterId   uint64
	OldSigner common.Address
	NewSigner common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const MeterRegistrySignerRotatedEventName = "SignerRotated"

// ContractEventName returns the user-defined event name.
func (MeterRegistrySignerRotated) ContractEventName() string {
	return MeterRegistrySignerRotatedEventName
}

// UnpackSignerRotatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SignerRotated(uint64 indexed meterId, address oldSigner, address newSigner)
func (meterRegistry *MeterRegistry) UnpackSignerRotatedEvent(log *types.Log) (*MeterRegistrySignerRotated, error) {
	event := "SignerRotated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != meterRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MeterRegistrySignerRotated)
	if len(log.Data) > 0 {
		if err := meterRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range meterRegistry.abi.Events[event].Inputs {
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

// MeterRegistryTariffAssigned represents a TariffAssigned event raised by the MeterRegistry contract.
type MeterRegistryTariffAssigned struct {
	MeterId  uint64
	TariffId uint32
	Raw      *types.Log // Blockchain specific contextual infos
}

const MeterRegistryTariffAssignedEventName = "TariffAssigned"

// ContractEventName returns the user-defined event name.
func (MeterRegistryTariffAssigned) ContractEventName() string {
	return MeterRegistryTariffAssignedEventName
}

// UnpackTariffAssignedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TariffAssigned(uint64 indexed meterId, uint32 tariffId)
func (meterRegistry *MeterRegistry) UnpackTariffAssignedEvent(log *types.Log) (*MeterRegistryTariffAssigned, error) {
	event := "TariffAssigned"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != meterRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MeterRegistryTariffAssigned)
	if len(log.Data) > 0 {
		if err := meterRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range meterRegistry.abi.Events[event].Inputs {
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
func (meterRegistry *MeterRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], meterRegistry.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return meterRegistry.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], meterRegistry.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return meterRegistry.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], meterRegistry.abi.Errors["InvalidMeterId"].ID.Bytes()[:4]) {
		return meterRegistry.UnpackInvalidMeterIdError(raw[4:])
	}
	if bytes.Equal(raw[:4], meterRegistry.abi.Errors["MeterExists"].ID.Bytes()[:4]) {
		return meterRegistry.UnpackMeterExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], meterRegistry.abi.Errors["NotOwnerOrRegistrar"].ID.Bytes()[:4]) {
		return meterRegistry.UnpackNotOwnerOrRegistrarError(raw[4:])
	}
	if bytes.Equal(raw[:4], meterRegistry.abi.Errors["UnknownMeter"].ID.Bytes()[:4]) {
		return meterRegistry.UnpackUnknownMeterError(raw[4:])
	}
	if bytes.Equal(raw[:4], meterRegistry.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return meterRegistry.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], meterRegistry.abi.Errors["ZeroMaxPower"].ID.Bytes()[:4]) {
		return meterRegistry.UnpackZeroMaxPowerError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// MeterRegistryAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the MeterRegistry contract.
type MeterRegistryAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func MeterRegistryAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (meterRegistry *MeterRegistry) UnpackAccessControlBadConfirmationError(raw []byte) (*MeterRegistryAccessControlBadConfirmation, error) {
	out := new(MeterRegistryAccessControlBadConfirmation)
	if err := meterRegistry.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MeterRegistryAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the MeterRegistry contract.
type MeterRegistryAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func MeterRegistryAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (meterRegistry *MeterRegistry) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*MeterRegistryAccessControlUnauthorizedAccount, error) {
	out := new(MeterRegistryAccessControlUnauthorizedAccount)
	if err := meterRegistry.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MeterRegistryInvalidMeterId represents a InvalidMeterId error raised by the MeterRegistry contract.
type MeterRegistryInvalidMeterId struct {
	MeterId uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidMeterId(uint64 meterId)
func MeterRegistryInvalidMeterIdErrorID() common.Hash {
	return common.HexToHash("0x335b84ed41a52407892718c05d6baf498505544bf545c27ff323ae50594243b6")
}

// UnpackInvalidMeterIdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidMeterId(uint64 meterId)
func (meterRegistry *MeterRegistry) UnpackInvalidMeterIdError(raw []byte) (*MeterRegistryInvalidMeterId, error) {
	out := new(MeterRegistryInvalidMeterId)
	if err := meterRegistry.abi.UnpackIntoInterface(out, "InvalidMeterId", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MeterRegistryMeterExists represents a MeterExists error raised by the MeterRegistry contract.
type MeterRegistryMeterExists struct {
	MeterId uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MeterExists(uint64 meterId)
func MeterRegistryMeterExistsErrorID() common.Hash {
	return common.HexToHash("0x75cac8bbe26e713a173e04c3ef40fd402dc612d5652ceec1dee5bf27832cc37d")
}

// UnpackMeterExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MeterExists(uint64 meterId)
func (meterRegistry *MeterRegistry) UnpackMeterExistsError(raw []byte) (*MeterRegistryMeterExists, error) {
	out := new(MeterRegistryMeterExists)
	if err := meterRegistry.abi.UnpackIntoInterface(out, "MeterExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MeterRegistryNotOwnerOrRegistrar represents a NotOwnerOrRegistrar error raised by the MeterRegistry contract.
type MeterRegistryNotOwnerOrRegistrar struct {
	MeterId uint64
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwnerOrRegistrar(uint64 meterId, address caller)
func MeterRegistryNotOwnerOrRegistrarErrorID() common.Hash {
	return common.HexToHash("0x6f9f9ceceb29479d3dcd96b0a5dfc82e62f889273bd45a6cb7fed5589185bc89")
}

// UnpackNotOwnerOrRegistrarError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwnerOrRegistrar(uint64 meterId, address caller)
func (meterRegistry *MeterRegistry) UnpackNotOwnerOrRegistrarError(raw []byte) (*MeterRegistryNotOwnerOrRegistrar, error) {
	out := new(MeterRegistryNotOwnerOrRegistrar)
	if err := meterRegistry.abi.UnpackIntoInterface(out, "NotOwnerOrRegistrar", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MeterRegistryUnknownMeter represents a UnknownMeter error raised by the MeterRegistry contract.
type MeterRegistryUnknownMeter struct {
	MeterId uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownMeter(uint64 meterId)
func MeterRegistryUnknownMeterErrorID() common.Hash {
	return common.HexToHash("0xa7b0a03b55f2b0700ee1be9f0e9e3bc6b3b57b1982b8296b4066a66ea2524609")
}

// UnpackUnknownMeterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownMeter(uint64 meterId)
func (meterRegistry *MeterRegistry) UnpackUnknownMeterError(raw []byte) (*MeterRegistryUnknownMeter, error) {
	out := new(MeterRegistryUnknownMeter)
	if err := meterRegistry.abi.UnpackIntoInterface(out, "UnknownMeter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MeterRegistryZeroAddress represents a ZeroAddress error raised by the MeterRegistry contract.
type MeterRegistryZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func MeterRegistryZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (meterRegistry *MeterRegistry) UnpackZeroAddressError(raw []byte) (*MeterRegistryZeroAddress, error) {
	out := new(MeterRegistryZeroAddress)
	if err := meterRegistry.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MeterRegistryZeroMaxPower represents a ZeroMaxPower error raised by the MeterRegistry contract.
type MeterRegistryZeroMaxPower struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroMaxPower()
func MeterRegistryZeroMaxPowerErrorID() common.Hash {
	return common.HexToHash("0x779b96f420a3afc79d5aeb0f769cc083354195a270d7df7201f2f358e78b6083")
}

// UnpackZeroMaxPowerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroMaxPower()
func (meterRegistry *MeterRegistry) UnpackZeroMaxPowerError(raw []byte) (*MeterRegistryZeroMaxPower, error) {
	out := new(MeterRegistryZeroMaxPower)
	if err := meterRegistry.abi.UnpackIntoInterface(out, "ZeroMaxPower", raw); err != nil {
		return nil, err
	}
	return out, nil
}
