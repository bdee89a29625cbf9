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

// MeterRegistrySignerVersion is an auto generated low-level Go binding around an user-defined struct.
type MeterRegistrySignerVersion struct {
	Signer common.Address
	Until  uint64
}

// MeterRegistryMetaData contains all meta data concerning the MeterRegistry contract.
var MeterRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"}],\"name\":\"InvalidMeterId\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"x\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"y\",\"type\":\"bytes32\"}],\"name\":\"InvalidP256Key\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LedgerAlreadySet\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LedgerNotSet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"}],\"name\":\"MeterExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotMeterOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOwnerOrRegistrar\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"}],\"name\":\"NothingPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"identity\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"}],\"name\":\"OcmfIdentityInUse\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"SignerInUse\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"notBefore\",\"type\":\"uint64\"}],\"name\":\"TooEarly\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"}],\"name\":\"UnknownMeter\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroMaxPower\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroOcmfIdentity\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"ledger\",\"type\":\"address\"}],\"name\":\"LedgerSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"}],\"name\":\"MeterDeactivated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumMeterRegistry.MeterClass\",\"name\":\"class\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"tariffId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"maxPowerW\",\"type\":\"uint32\"}],\"name\":\"MeterRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"identity\",\"type\":\"bytes32\"}],\"name\":\"OcmfIdentityBound\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"notBefore\",\"type\":\"uint64\"}],\"name\":\"OwnerChangeProposed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"oldOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnerChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"x\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"y\",\"type\":\"bytes32\"}],\"name\":\"P256KeyPublished\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"oldSigner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"newSigner\",\"type\":\"address\"}],\"name\":\"SignerRotated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"newSigner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"notBefore\",\"type\":\"uint64\"}],\"name\":\"SignerRotationProposed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"tariffId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"fromPeriod\",\"type\":\"uint32\"}],\"name\":\"TariffAssigned\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CHANGE_DELAY\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REGISTRAR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RELAYER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"}],\"name\":\"accountOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"enumMeterRegistry.MeterClass\",\"name\":\"class\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"tariffId\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"tariffId\",\"type\":\"uint32\"}],\"name\":\"assignTariff\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"}],\"name\":\"authOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"maxPowerW\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"identity\",\"type\":\"bytes32\"}],\"name\":\"bindOcmf\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"changeOwner\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"}],\"name\":\"completeOwnerChange\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"}],\"name\":\"completeSignerRotation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"newSigner\",\"type\":\"address\"}],\"name\":\"confirmSignerRotation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"}],\"name\":\"deactivate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"}],\"name\":\"isValidMeterId\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ledger\",\"outputs\":[{\"internalType\":\"contractILedgerEnrolment\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"meterCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"identity\",\"type\":\"bytes32\"}],\"name\":\"meterOfOcmf\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"}],\"name\":\"ocmfIdentityOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"}],\"name\":\"ownerAt\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"p256KeyOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"x\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"y\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"}],\"name\":\"pendingOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"newSigner\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"signerNotBefore\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"ownerNotBefore\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"enumMeterRegistry.MeterClass\",\"name\":\"class\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"tariffId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxPowerW\",\"type\":\"uint32\"}],\"name\":\"register\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"x\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"y\",\"type\":\"bytes32\"},{\"internalType\":\"enumMeterRegistry.MeterClass\",\"name\":\"class\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"tariffId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxPowerW\",\"type\":\"uint32\"}],\"name\":\"registerP256\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"newSigner\",\"type\":\"address\"}],\"name\":\"rotateSigner\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"x\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"y\",\"type\":\"bytes32\"}],\"name\":\"rotateSignerP256\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractILedgerEnrolment\",\"name\":\"ledger_\",\"type\":\"address\"}],\"name\":\"setLedger\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"}],\"name\":\"signerHistory\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"until\",\"type\":\"uint64\"}],\"internalType\":\"structMeterRegistry.SignerVersion[]\",\"name\":\"\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"}],\"name\":\"tariffAt\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "MeterRegistry",
	Bin: "0x60803461007d57601f6129b138819003918201601f19168301916001600160401b038311848410176100815780849260209460405283398101031261007d57516001600160a01b03811680820361007d571561006e5761005e90610095565b50604051612872908161011f8239f35b63d92e233d60e01b5f5260045ffd5b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b6001600160a01b0381165f9081525f5160206129915f395f51905f52602052604090205460ff16610119576001600160a01b03165f8181525f5160206129915f395f51905f5260205260408120805460ff191660011790553391907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d8180a4600190565b505f9056fe6080806040526004361015610012575f80fd5b5f905f3560e01c90816301ffc9a71461130a575080631dcbe331146112945780631f208a371461122c5780632037994a14611192578063248a9ca3146111605780632f2ff15d1461112357806330fa5d85146110bf5780633246887d14610f7857806332aa720514610df2578063357ce95e14610dba57806336568abe14610d5d5780633d21ba2714610c435780634c4a983014610bd757806356397c3514610bb157806365b1342c14610b945780636fd89e6a14610b5757806376df70d914610a8857806381d802ba14610a5c5780638774462e1461094c57806391d1485414610902578063926d7d7f146108c757806399597bdd146108675780639c8ced7b146104a7578063a217fddf1461048b578063a56a4aa314610457578063c1dc4dbf14610439578063d547741f146103f2578063dfa0c805146103a8578063e69460251461036d578063ea883f261461033f578063f2f1888e14610306578063f32e79e714610207578063f68e9553146101cc5763fd3ec7b114610194575f80fd5b346101c95760406003193601126101c9576101c66101b06113a8565b6101b86113bf565b906101c1611b05565b61236b565b80f35b80fd5b50346101c957806003193601126101c95760206040517fedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c3092388152f35b50346101c95760406003193601126101c9576102216113a8565b9061022a6113bf565b9167ffffffffffffffff811680835260026020526001600160a01b0360408420541633036102d757808352600560205261026660408420611492565b936001600160a01b0385511680159182156102c3575b505061029857506001600160a01b036101c692935116906118de565b7fa9ddeac9000000000000000000000000000000000000000000000000000000008352600452602482fd5b6001600160a01b0316141590505f8061027c565b7f38d8804e00000000000000000000000000000000000000000000000000000000835260045233602452604482fd5b50346101c95760206003193601126101c957604060209167ffffffffffffffff61032e6113a8565b168152600a83522054604051908152f35b50346101c95760206003193601126101c957602061036361035e6113a8565b61187b565b6040519015158152f35b50346101c95760406003193601126101c957602061039a61038c6113a8565b6103946113e8565b906117a9565b63ffffffff60405191168152f35b50346101c95760206003193601126101c9576004356001600160a01b0381168091036103ee57604082819281526008602052206001815491015482519182526020820152f35b5080fd5b50346101c95760406003193601126101c9576104356004356104126113bf565b9061043061042b825f525f602052600160405f20015490565b611b8d565b61254c565b5080f35b50346101c957806003193601126101c9576020600b54604051908152f35b50346101c95760206003193601126101c95767ffffffffffffffff6040602092600435815260098452205416604051908152f35b50346101c957806003193601126101c957602090604051908152f35b50346101c95760406003193601126101c9576104c16113a8565b67ffffffffffffffff6104d26113e8565b916104db611b05565b6104e481612315565b501690818352600260205260246040842060806001600160a01b03600c5416604051938480927f7dda5f7f0000000000000000000000000000000000000000000000000000000082528860048301525afa91821561085c5785926107f5575b50805467ffffffffffffffff62ffffff8260c81c1693166105e7575b5080547fffffffffffffff00000000ffffffffffffffffffffffffffffffffffffffffff1660a884901b78ffffffff000000000000000000000000000000000000000000161790557fae7756d8602bcc960581a23245b7362cc4677c0186385b540df6e97501c7f6849160409162ffffff905b63ffffffff845193168352166020820152a280f35b63ffffffff6105f893929342612795565b166064810663ffffffff16600c036107b45760640163ffffffff81116107875763ffffffff7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff591160163ffffffff8111610787579284927fae7756d8602bcc960581a23245b7362cc4677c0186385b540df6e97501c7f6849562ffffff93846040975b1690818403610692575b505050935091935061055f565b926105d2938851916106a383611435565b825263ffffffff602083019160a81c1681528a8c526003602052888c208784165f5260205286808a5f20935116167fffffffffffffffffffffffffffffffffffffffffffffffffffffffffff000000835416178255517fffffffffffffffffffffffffffffffffffffffffffffffffff00000000ffffff66ffffffff00000083549260181b1691161790556107808185907fffffffff000000ffffffffffffffffffffffffffffffffffffffffffffffffff7bffffff0000000000000000000000000000000000000000000000000083549260c81b169116179055565b915f610685565b6024877f4e487b710000000000000000000000000000000000000000000000000000000081526011600452fd5b60010163ffffffff8111610787579284927fae7756d8602bcc960581a23245b7362cc4677c0186385b540df6e97501c7f6849562ffffff938460409761067b565b9091506080813d608011610854575b8161081160809383611451565b810103126108505761082281611794565b50610848606061083460208401611794565b9261084160408201611794565b5001611794565b50905f610543565b8480fd5b3d9150610804565b6040513d87823e3d90fd5b50346101c95760206003193601126101c957604060609167ffffffffffffffff61088f6113a8565b1681526001602052205460ff604051916001600160a01b038116835263ffffffff8160a01c16602084015260c01c1615156040820152f35b50346101c957806003193601126101c95760206040517fe2b7fb3b832174769106daebcfd6d1970523240dda11281102db9363b83b0dc48152f35b50346101c95760406003193601126101c9576001600160a01b0360406109266113bf565b926004358152806020522091165f52602052602060ff60405f2054166040519015158152f35b5034610a58576020600319360112610a58576109666113a8565b61096e611b05565b61097781612315565b8054907fffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffff821690556001600160a01b03600c541690813b15610a58576001600160a01b0360245f928360405195869485937fe6c09edf0000000000000000000000000000000000000000000000000000000085521660048401525af18015610a4d57610a30575b5067ffffffffffffffff167f3c1ad07d7977cc48e99c2fcafcce8257879899bb7913133ec6d38195c851bc328280a280f35b610a3d9192505f90611451565b5f9067ffffffffffffffff6109fe565b6040513d5f823e3d90fd5b5f80fd5b34610a58576040600319360112610a5857610a86610a786113a8565b610a806113bf565b906115e8565b005b34610a58576020600319360112610a5857610aa16113a8565b67ffffffffffffffff811690815f526006602052610ac160405f20611492565b916001600160a01b0383511615610b2c5767ffffffffffffffff60208401511690814210610afe57610a86836001600160a01b03865116906125ed565b7fcb6c86dd000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b7fa9ddeac9000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b34610a58576040600319360112610a58576020610b83610b756113a8565b610b7d6113e8565b906114c1565b6001600160a01b0360405191168152f35b34610a58575f600319360112610a585760206040516202a3008152f35b34610a58575f600319360112610a585760206001600160a01b03600c5416604051908152f35b34610a585760c0600319360112610a5857610bf06113a8565b610bf86113bf565b906044356001600160a01b0381168103610a58576064356002811015610a58576084359163ffffffff83168303610a5857610a8694610c356113d5565b94610c3e611b05565b611d66565b34610a58576020600319360112610a585767ffffffffffffffff610c656113a8565b165f52600760205260405f2080549067ffffffffffffffff8211610d305760405191610c9760208260051b0184611451565b8083526020830180925f5260205f205f915b838310610d13578486604051918291602083019060208452518091526040830191905f5b818110610cdb575050500390f35b825180516001600160a01b0316855260209081015167ffffffffffffffff168186015286955060409094019390920191600101610ccd565b600160208192610d2285611492565b815201920192019190610ca9565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b34610a58576040600319360112610a5857610d766113bf565b336001600160a01b03821603610d9257610a869060043561254c565b7f6697b232000000000000000000000000000000000000000000000000000000005f5260045ffd5b34610a58576060600319360112610a5857610a86610dd66113a8565b610dde611b05565b610dec604435602435611be6565b9061236b565b34610a58576040600319360112610a5857610e0b6113a8565b60243590610e17611b05565b610e2081612315565b508115610f5057815f52600960205267ffffffffffffffff60405f20541680151580610f3c575b610f0d5750602067ffffffffffffffff7f3633a68c7c09bc5225b034f4097ff9147ab401a9f48ae7100e92b2c921722aa5921692835f52600a825260405f205480610ed7575b50805f526009825260405f20847fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000825416179055835f52600a82528060405f2055604051908152a2005b5f526009825260405f207fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000815416905584610e8d565b827f99284c19000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b5067ffffffffffffffff8216811415610e47565b7f31bab79a000000000000000000000000000000000000000000000000000000005f5260045ffd5b34610a58576020600319360112610a58576004356001600160a01b038116809103610a5857335f9081527fad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5602052604090205460ff161561108f57600c546001600160a01b03811661106757811561103f57817fbc62e69a31739e36d57d56991ac20e4e507a7edfff9070e6a11df5a37b8b4e6f927fffffffffffffffffffffffff00000000000000000000000000000000000000006020931617600c55604051908152a1005b7fd92e233d000000000000000000000000000000000000000000000000000000005f5260045ffd5b7f8e66a64b000000000000000000000000000000000000000000000000000000005f5260045ffd5b7fe2517d3f000000000000000000000000000000000000000000000000000000005f52336004525f60245260445ffd5b34610a58576020600319360112610a585767ffffffffffffffff6110e16113a8565b165f526002602052606060405f205463ffffffff604051916001600160a01b03811683526111186020840160ff8360a01c166113fb565b60a81c166040820152f35b34610a58576040600319360112610a5857610a866004356111426113bf565b9061115b61042b825f525f602052600160405f20015490565b61226a565b34610a58576020600319360112610a5857602061118a6004355f525f602052600160405f20015490565b604051908152f35b34610a58576020600319360112610a5857608067ffffffffffffffff6111b66113a8565b16805f5260056020526111cb60405f20611492565b905f5260066020526111df60405f20611492565b67ffffffffffffffff60206001600160a01b03845116930151169067ffffffffffffffff60206001600160a01b038351169201511691604051938452602084015260408301526060820152f35b34610a585760e0600319360112610a58576112456113a8565b61124d6113bf565b906084356002811015610a58576112626113d5565b9060c4359263ffffffff84168403610a5857610a8694611280611b05565b61128e606435604435611be6565b91611d66565b34610a58576020600319360112610a58576112ad6113a8565b67ffffffffffffffff811690815f5260056020526112cd60405f20611492565b916001600160a01b0383511615610b2c5767ffffffffffffffff60208401511690814210610afe57610a86836001600160a01b03865116906118de565b34610a58576020600319360112610a5857600435907fffffffff000000000000000000000000000000000000000000000000000000008216809203610a5857817f7965db0b000000000000000000000000000000000000000000000000000000006020931490811561137e575b5015158152f35b7f01ffc9a70000000000000000000000000000000000000000000000000000000091501483611377565b6004359067ffffffffffffffff82168203610a5857565b602435906001600160a01b0382168203610a5857565b60a4359063ffffffff82168203610a5857565b6024359063ffffffff82168203610a5857565b9060028210156114085752565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b6040810190811067ffffffffffffffff821117610d3057604052565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff821117610d3057604052565b9060405161149f81611435565b91546001600160a01b038116835260a01c67ffffffffffffffff166020830152565b67ffffffffffffffff165f8181526002602052604090205460e081901c62ffffff1693919263ffffffff169084821015611588575060405161150281611435565b5f81525f602082015260015b15611567575b505f93835f52600460205262ffffff60405f2091165f5260205260405f20906040519161154083611435565b54916001600160a01b0362ffffff84169384835260181c166020820152919491909161150e565b62ffffff8516821061151457602001516001600160a01b0316935090915050565b6001600160a01b0316935090915050565b67ffffffffffffffff6202a3009116019067ffffffffffffffff82116115bb57565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b6001600160a01b03821691821561103f5761160282612315565b5067ffffffffffffffff821691825f5260026020526001600160a01b0360405f2054163314611785575050335f9081527f01ddc098da42acdf4176da08ec75800bc0fb2bce2be978b2037bcb0ae6966519602052604090205460ff1615611756577f893f53b138a4077defa9e6c17b5c89b1b349fde9cdf4dc79613eebe8c3d845c6602061169967ffffffffffffffff4216611599565b61174d67ffffffffffffffff604051926116b284611435565b87845216918284820152855f526006845260405f20906020906001600160a01b0380825116167fffffffffffffffffffffffff000000000000000000000000000000000000000084541617835501517fffffffff0000000000000000ffffffffffffffffffffffffffffffffffffffff7bffffffffffffffff000000000000000000000000000000000000000083549260a01b169116179055565b604051908152a3565b7f6f9f9cec000000000000000000000000000000000000000000000000000000005f526004523360245260445ffd5b90915061179292506125ed565b565b519067ffffffffffffffff82168203610a5857565b67ffffffffffffffff165f8181526002602052604090205460c881901c62ffffff1693919263ffffffff16908482101561186a57506040516117ea81611435565b5f81525f602082015260015b1561184c575b505f93835f52600360205262ffffff60405f2091165f5260205260405f20906040519161182883611435565b549163ffffffff62ffffff84169384835260181c16602082015291949190916117f6565b62ffffff851682106117fc576020015163ffffffff16935090915050565b60a81c63ffffffff16935090915050565b67ffffffffffffffff166305f5e100811080156118d1575b6118cc5767ffffffffffffffff6103e881818404160616151590816118b6575090565b67ffffffffffffffff91506103e8900616151590565b505f90565b50633b9ac9ff8111611893565b9061190167ffffffffffffffff831692835f5260056020525f6040812055612315565b906001600160a01b03825416916001600160a01b0382167fffffffffffffffffffffffff0000000000000000000000000000000000000000825416179055825f52600760205260405f2060405161195781611435565b83815267ffffffffffffffff42166020820152815468010000000000000000811015610d305760018101808455811015611ad857611a1c925f5260205f2001906020906001600160a01b0380825116167fffffffffffffffffffffffff000000000000000000000000000000000000000084541617835501517fffffffff0000000000000000ffffffffffffffffffffffffffffffffffffffff7bffffffffffffffff000000000000000000000000000000000000000083549260a01b169116179055565b6001600160a01b03600c541691823b15610a58576040517f73e559500000000000000000000000000000000000000000000000000000000081526001600160a01b03828116600483015283166024820152925f908490604490829084905af1928315610a4d577fd2a83301230a9bb28f0d0d7289c4ee4d4de258dc1234ffaee04c7cb68e39c5f093611ac8575b50604080516001600160a01b03928316815292909116602083015290a2565b5f611ad291611451565b5f611aa9565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b335f9081527f01ddc098da42acdf4176da08ec75800bc0fb2bce2be978b2037bcb0ae6966519602052604090205460ff1615611b3d57565b7fe2517d3f000000000000000000000000000000000000000000000000000000005f52336004527fedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c30923860245260445ffd5b805f525f60205260405f206001600160a01b0333165f5260205260ff60405f20541615611bb75750565b7fe2517d3f000000000000000000000000000000000000000000000000000000005f523360045260245260445ffd5b91907fffffffff00000001000000000000000000000000ffffffffffffffffffffffff7f5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b8185817fffffffff00000001000000000000000000000000fffffffffffffffffffffffc818380090809087fffffffff00000001000000000000000000000000ffffffffffffffffffffffff828009147fffffffff00000001000000000000000000000000ffffffffffffffffffffffff82107fffffffff00000001000000000000000000000000ffffffffffffffffffffffff8510161615611d3757825f52806020527f7bff32a57ea2a400c2cdf1e0a52aa6f024249109a28b50e8df9e428a4ca1a97860406001600160a01b03815f20169485938251611d0b81611435565b828152600160208201838152875f526008602052855f20925183555191015582519182526020820152a2565b827f91f054f7000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b939190611d728561187b565b15612234576001600160a01b03169485158015612223575b61103f5763ffffffff169384156121fb5767ffffffffffffffff1693845f5260016020526001600160a01b0360405f2054166121cf576001600160a01b03600c5416156121a75760405191606083019083821067ffffffffffffffff831117610d30576001600160a01b0391604052169182815260208101828152604082019060018252875f5260016020526001600160a01b038060405f20945116167fffffffffffffffffffffffff0000000000000000000000000000000000000000845416178355517fffffffffffffffff00000000ffffffffffffffffffffffffffffffffffffffff77ffffffff000000000000000000000000000000000000000084549260a01b1691161782555115157fffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffff78ff00000000000000000000000000000000000000000000000083549260c01b1691161790556040519260a0840184811067ffffffffffffffff821117610d3057604052868452602084019360028610156114085785855263ffffffff6040820192169485835260608201905f825260808301905f8252895f5260026020526001600160a01b038060405f20955116167fffffffffffffffffffffffff0000000000000000000000000000000000000000855416178455519360028510156114085762ffffff809361202163ffffffff61206e946120be997fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff74ff00000000000000000000000000000000000000008b549260a01b169116178955511687907fffffffffffffff00000000ffffffffffffffffffffffffffffffffffffffffff78ffffffff00000000000000000000000000000000000000000083549260a81b169116179055565b5185547fffffffff000000ffffffffffffffffffffffffffffffffffffffffffffffffff16911660c81b7bffffff0000000000000000000000000000000000000000000000000016178455565b5182547fff000000ffffffffffffffffffffffffffffffffffffffffffffffffffffffff16911660e01b7effffff0000000000000000000000000000000000000000000000000000000016179055565b600b547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff81146115bb57600101600b556001600160a01b03600c541692833b15610a58575f80946064604051809781937fd84b1a2f0000000000000000000000000000000000000000000000000000000083528b60048401528860248401528760448401525af18015610a4d577f2f76053bacf9b464410737089250b5402d7045bb85c1daf1c834cdff266d45c99560809561218a92612197575b5060405194855260208501906113fb565b60408301526060820152a3565b5f6121a191611451565b5f612179565b7f1fd9ed68000000000000000000000000000000000000000000000000000000005f5260045ffd5b847f75cac8bb000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f779b96f4000000000000000000000000000000000000000000000000000000005f5260045ffd5b506001600160a01b03821615611d8a565b67ffffffffffffffff857f335b84ed000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b805f525f60205260405f206001600160a01b0383165f5260205260ff60405f205416155f1461230f57805f525f60205260405f206001600160a01b0383165f5260205260405f2060017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff008254161790556001600160a01b03339216907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d5f80a4600190565b50505f90565b67ffffffffffffffff1690815f52600160205260405f20916001600160a01b03835416156123405750565b7fa7b0a03b000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b906001600160a01b0316801561103f5761238482612315565b50602460206001600160a01b03600c5416604051928380927fa320cf250000000000000000000000000000000000000000000000000000000082528660048301525afa8015610a4d575f9061250b575b67ffffffffffffffff9150166124e05760407f9f0ba8c6ee400b88de2ca273a940383649b5406faa9fb5615e13cac6e64fa56e9161241b67ffffffffffffffff4216611599565b936124d367ffffffffffffffff8085519761243589611435565b85895216928360208901521695865f526005602052845f20906020906001600160a01b0380825116167fffffffffffffffffffffffff000000000000000000000000000000000000000084541617835501517fffffffff0000000000000000ffffffffffffffffffffffffffffffffffffffff7bffffffffffffffff000000000000000000000000000000000000000083549260a01b169116179055565b82519182526020820152a2565b7ff74a198c000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b506020813d602011612544575b8161252560209383611451565b81010312610a585761253f67ffffffffffffffff91611794565b6123d4565b3d9150612518565b805f525f60205260405f206001600160a01b0383165f5260205260ff60405f2054165f1461230f57805f525f60205260405f206001600160a01b0383165f5260205260405f207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0081541690556001600160a01b03339216907ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b5f80a4600190565b67ffffffffffffffff1690815f5260066020525f6040812055815f5260026020526001600160a01b0360405f20918254928284169362ffffff8061263042612795565b169160e01c1690808203612693575b50508282167fffffffffffffffffffffffff000000000000000000000000000000000000000082541617905516917f040b0ef41c114a49382cd0d5e78c5f42d03727d625ad2727c639432077ee216c5f80a4565b60405161278e926126a382611435565b815260208101878152885f52600460205260405f2062ffffff84165f5260205262ffffff8060405f20935116167fffffffffffffffffffffffffffffffffffffffffffffffffffffffffff000000835416178255517fffffffffffffffffff0000000000000000000000000000000000000000ffffff76ffffffffffffffffffffffffffffffffffffffff00000083549260181b16911617905582907fff000000ffffffffffffffffffffffffffffffffffffffffffffffffffffffff7effffff0000000000000000000000000000000000000000000000000000000083549260e01b169116179055565b5f8061263f565b620151807fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff63ffffffff920104606462023ab1620afa6c8301049162023ab1830290039160996002620afa6c61016d81870162023ab0810490836105b4618eac830492048a03010103049585870487841c8861016d0201039003016005020104600a81105f1461284a57600301925b6002841161283f5761019060ff60015b169202010102011690565b61019060ff5f612834565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7019261282456ad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5",
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

// PackCHANGEDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65b1342c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CHANGE_DELAY() view returns(uint64)
func (meterRegistry *MeterRegistry) PackCHANGEDELAY() []byte {
	enc, err := meterRegistry.abi.Pack("CHANGE_DELAY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCHANGEDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65b1342c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CHANGE_DELAY() view returns(uint64)
func (meterRegistry *MeterRegistry) TryPackCHANGEDELAY() ([]byte, error) {
	return meterRegistry.abi.Pack("CHANGE_DELAY")
}

// UnpackCHANGEDELAY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x65b1342c.
//
// Solidity: function CHANGE_DELAY() view returns(uint64)
func (meterRegistry *MeterRegistry) UnpackCHANGEDELAY(data []byte) (uint64, error) {
	out, err := meterRegistry.abi.Unpack("CHANGE_DELAY", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
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

// PackBindOcmf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x32aa7205.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bindOcmf(uint64 meterId, bytes32 identity) returns()
func (meterRegistry *MeterRegistry) PackBindOcmf(meterId uint64, identity [32]byte) []byte {
	enc, err := meterRegistry.abi.Pack("bindOcmf", meterId, identity)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBindOcmf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x32aa7205.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bindOcmf(uint64 meterId, bytes32 identity) returns()
func (meterRegistry *MeterRegistry) TryPackBindOcmf(meterId uint64, identity [32]byte) ([]byte, error) {
	return meterRegistry.abi.Pack("bindOcmf", meterId, identity)
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

// PackCompleteOwnerChange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76df70d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function completeOwnerChange(uint64 meterId) returns()
func (meterRegistry *MeterRegistry) PackCompleteOwnerChange(meterId uint64) []byte {
	enc, err := meterRegistry.abi.Pack("completeOwnerChange", meterId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCompleteOwnerChange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76df70d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function completeOwnerChange(uint64 meterId) returns()
func (meterRegistry *MeterRegistry) TryPackCompleteOwnerChange(meterId uint64) ([]byte, error) {
	return meterRegistry.abi.Pack("completeOwnerChange", meterId)
}

// PackCompleteSignerRotation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1dcbe331.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function completeSignerRotation(uint64 meterId) returns()
func (meterRegistry *MeterRegistry) PackCompleteSignerRotation(meterId uint64) []byte {
	enc, err := meterRegistry.abi.Pack("completeSignerRotation", meterId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCompleteSignerRotation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1dcbe331.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function completeSignerRotation(uint64 meterId) returns()
func (meterRegistry *MeterRegistry) TryPackCompleteSignerRotation(meterId uint64) ([]byte, error) {
	return meterRegistry.abi.Pack("completeSignerRotation", meterId)
}

// PackConfirmSignerRotation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf32e79e7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function confirmSignerRotation(uint64 meterId, address newSigner) returns()
func (meterRegistry *MeterRegistry) PackConfirmSignerRotation(meterId uint64, newSigner common.Address) []byte {
	enc, err := meterRegistry.abi.Pack("confirmSignerRotation", meterId, newSigner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfirmSignerRotation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf32e79e7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function confirmSignerRotation(uint64 meterId, address newSigner) returns()
func (meterRegistry *MeterRegistry) TryPackConfirmSignerRotation(meterId uint64, newSigner common.Address) ([]byte, error) {
	return meterRegistry.abi.Pack("confirmSignerRotation", meterId, newSigner)
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

// PackLedger is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56397c35.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ledger() view returns(address)
func (meterRegistry *MeterRegistry) PackLedger() []byte {
	enc, err := meterRegistry.abi.Pack("ledger")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLedger is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56397c35.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ledger() view returns(address)
func (meterRegistry *MeterRegistry) TryPackLedger() ([]byte, error) {
	return meterRegistry.abi.Pack("ledger")
}

// UnpackLedger is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x56397c35.
//
// Solidity: function ledger() view returns(address)
func (meterRegistry *MeterRegistry) UnpackLedger(data []byte) (common.Address, error) {
	out, err := meterRegistry.abi.Unpack("ledger", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
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

// PackMeterOfOcmf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa56a4aa3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function meterOfOcmf(bytes32 identity) view returns(uint64)
func (meterRegistry *MeterRegistry) PackMeterOfOcmf(identity [32]byte) []byte {
	enc, err := meterRegistry.abi.Pack("meterOfOcmf", identity)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMeterOfOcmf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa56a4aa3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function meterOfOcmf(bytes32 identity) view returns(uint64)
func (meterRegistry *MeterRegistry) TryPackMeterOfOcmf(identity [32]byte) ([]byte, error) {
	return meterRegistry.abi.Pack("meterOfOcmf", identity)
}

// UnpackMeterOfOcmf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa56a4aa3.
//
// Solidity: function meterOfOcmf(bytes32 identity) view returns(uint64)
func (meterRegistry *MeterRegistry) UnpackMeterOfOcmf(data []byte) (uint64, error) {
	out, err := meterRegistry.abi.Unpack("meterOfOcmf", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackOcmfIdentityOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2f1888e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ocmfIdentityOf(uint64 meterId) view returns(bytes32)
func (meterRegistry *MeterRegistry) PackOcmfIdentityOf(meterId uint64) []byte {
	enc, err := meterRegistry.abi.Pack("ocmfIdentityOf", meterId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOcmfIdentityOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2f1888e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ocmfIdentityOf(uint64 meterId) view returns(bytes32)
func (meterRegistry *MeterRegistry) TryPackOcmfIdentityOf(meterId uint64) ([]byte, error) {
	return meterRegistry.abi.Pack("ocmfIdentityOf", meterId)
}

// UnpackOcmfIdentityOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf2f1888e.
//
// Solidity: function ocmfIdentityOf(uint64 meterId) view returns(bytes32)
func (meterRegistry *MeterRegistry) UnpackOcmfIdentityOf(data []byte) ([32]byte, error) {
	out, err := meterRegistry.abi.Unpack("ocmfIdentityOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackOwnerAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6fd89e6a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ownerAt(uint64 meterId, uint32 period) view returns(address)
func (meterRegistry *MeterRegistry) PackOwnerAt(meterId uint64, period uint32) []byte {
	enc, err := meterRegistry.abi.Pack("ownerAt", meterId, period)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwnerAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6fd89e6a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ownerAt(uint64 meterId, uint32 period) view returns(address)
func (meterRegistry *MeterRegistry) TryPackOwnerAt(meterId uint64, period uint32) ([]byte, error) {
	return meterRegistry.abi.Pack("ownerAt", meterId, period)
}

// UnpackOwnerAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6fd89e6a.
//
// Solidity: function ownerAt(uint64 meterId, uint32 period) view returns(address)
func (meterRegistry *MeterRegistry) UnpackOwnerAt(data []byte) (common.Address, error) {
	out, err := meterRegistry.abi.Unpack("ownerAt", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackP256KeyOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdfa0c805.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function p256KeyOf(address signer) view returns(bytes32 x, bytes32 y)
func (meterRegistry *MeterRegistry) PackP256KeyOf(signer common.Address) []byte {
	enc, err := meterRegistry.abi.Pack("p256KeyOf", signer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackP256KeyOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdfa0c805.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function p256KeyOf(address signer) view returns(bytes32 x, bytes32 y)
func (meterRegistry *MeterRegistry) TryPackP256KeyOf(signer common.Address) ([]byte, error) {
	return meterRegistry.abi.Pack("p256KeyOf", signer)
}

// P256KeyOfOutput serves as a container for the return parameters of contract
// method P256KeyOf.
type P256KeyOfOutput struct {
	X [32]byte
	Y [32]byte
}

// UnpackP256KeyOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdfa0c805.
//
// Solidity: function p256KeyOf(address signer) view returns(bytes32 x, bytes32 y)
func (meterRegistry *MeterRegistry) UnpackP256KeyOf(data []byte) (P256KeyOfOutput, error) {
	out, err := meterRegistry.abi.Unpack("p256KeyOf", data)
	outstruct := new(P256KeyOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.X = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.Y = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// PackPendingOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2037994a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingOf(uint64 meterId) view returns(address newSigner, uint64 signerNotBefore, address newOwner, uint64 ownerNotBefore)
func (meterRegistry *MeterRegistry) PackPendingOf(meterId uint64) []byte {
	enc, err := meterRegistry.abi.Pack("pendingOf", meterId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2037994a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingOf(uint64 meterId) view returns(address newSigner, uint64 signerNotBefore, address newOwner, uint64 ownerNotBefore)
func (meterRegistry *MeterRegistry) TryPackPendingOf(meterId uint64) ([]byte, error) {
	return meterRegistry.abi.Pack("pendingOf", meterId)
}

// PendingOfOutput serves as a container for the return parameters of contract
// method PendingOf.
type PendingOfOutput struct {
	NewSigner       common.Address
	SignerNotBefore uint64
	NewOwner        common.Address
	OwnerNotBefore  uint64
}

// UnpackPendingOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2037994a.
//
// Solidity: function pendingOf(uint64 meterId) view returns(address newSigner, uint64 signerNotBefore, address newOwner, uint64 ownerNotBefore)
func (meterRegistry *MeterRegistry) UnpackPendingOf(data []byte) (PendingOfOutput, error) {
	out, err := meterRegistry.abi.Unpack("pendingOf", data)
	outstruct := new(PendingOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.NewSigner = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.SignerNotBefore = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.NewOwner = *abi.ConvertType(out[2], new(common.Address)).(*common.Address)
	outstruct.OwnerNotBefore = *abi.ConvertType(out[3], new(uint64)).(*uint64)
	return *outstruct, nil
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

// PackRegisterP256 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1f208a37.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerP256(uint64 meterId, address owner, bytes32 x, bytes32 y, uint8 class, uint32 tariffId, uint32 maxPowerW) returns()
func (meterRegistry *MeterRegistry) PackRegisterP256(meterId uint64, owner common.Address, x [32]byte, y [32]byte, class uint8, tariffId uint32, maxPowerW uint32) []byte {
	enc, err := meterRegistry.abi.Pack("registerP256", meterId, owner, x, y, class, tariffId, maxPowerW)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterP256 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1f208a37.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerP256(uint64 meterId, address owner, bytes32 x, bytes32 y, uint8 class, uint32 tariffId, uint32 maxPowerW) returns()
func (meterRegistry *MeterRegistry) TryPackRegisterP256(meterId uint64, owner common.Address, x [32]byte, y [32]byte, class uint8, tariffId uint32, maxPowerW uint32) ([]byte, error) {
	return meterRegistry.abi.Pack("registerP256", meterId, owner, x, y, class, tariffId, maxPowerW)
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

// PackRotateSignerP256 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x357ce95e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rotateSignerP256(uint64 meterId, bytes32 x, bytes32 y) returns()
func (meterRegistry *MeterRegistry) PackRotateSignerP256(meterId uint64, x [32]byte, y [32]byte) []byte {
	enc, err := meterRegistry.abi.Pack("rotateSignerP256", meterId, x, y)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRotateSignerP256 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x357ce95e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rotateSignerP256(uint64 meterId, bytes32 x, bytes32 y) returns()
func (meterRegistry *MeterRegistry) TryPackRotateSignerP256(meterId uint64, x [32]byte, y [32]byte) ([]byte, error) {
	return meterRegistry.abi.Pack("rotateSignerP256", meterId, x, y)
}

// PackSetLedger is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3246887d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setLedger(address ledger_) returns()
func (meterRegistry *MeterRegistry) PackSetLedger(ledger common.Address) []byte {
	enc, err := meterRegistry.abi.Pack("setLedger", ledger)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetLedger is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3246887d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setLedger(address ledger_) returns()
func (meterRegistry *MeterRegistry) TryPackSetLedger(ledger common.Address) ([]byte, error) {
	return meterRegistry.abi.Pack("setLedger", ledger)
}

// PackSignerHistory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d21ba27.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function signerHistory(uint64 meterId) view returns((address,uint64)[])
func (meterRegistry *MeterRegistry) PackSignerHistory(meterId uint64) []byte {
	enc, err := meterRegistry.abi.Pack("signerHistory", meterId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSignerHistory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d21ba27.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function signerHistory(uint64 meterId) view returns((address,uint64)[])
func (meterRegistry *MeterRegistry) TryPackSignerHistory(meterId uint64) ([]byte, error) {
	return meterRegistry.abi.Pack("signerHistory", meterId)
}

// UnpackSignerHistory is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3d21ba27.
//
// Solidity: function signerHistory(uint64 meterId) view returns((address,uint64)[])
func (meterRegistry *MeterRegistry) UnpackSignerHistory(data []byte) ([]MeterRegistrySignerVersion, error) {
	out, err := meterRegistry.abi.Unpack("signerHistory", data)
	if err != nil {
		return *new([]MeterRegistrySignerVersion), err
	}
	out0 := *abi.ConvertType(out[0], new([]MeterRegistrySignerVersion)).(*[]MeterRegistrySignerVersion)
	return out0, nil
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

// PackTariffAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe6946025.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tariffAt(uint64 meterId, uint32 period) view returns(uint32)
func (meterRegistry *MeterRegistry) PackTariffAt(meterId uint64, period uint32) []byte {
	enc, err := meterRegistry.abi.Pack("tariffAt", meterId, period)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTariffAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe6946025.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tariffAt(uint64 meterId, uint32 period) view returns(uint32)
func (meterRegistry *MeterRegistry) TryPackTariffAt(meterId uint64, period uint32) ([]byte, error) {
	return meterRegistry.abi.Pack("tariffAt", meterId, period)
}

// UnpackTariffAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe6946025.
//
// Solidity: function tariffAt(uint64 meterId, uint32 period) view returns(uint32)
func (meterRegistry *MeterRegistry) UnpackTariffAt(data []byte) (uint32, error) {
	out, err := meterRegistry.abi.Unpack("tariffAt", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// MeterRegistryLedgerSet represents a LedgerSet event raised by the MeterRegistry contract.
type MeterRegistryLedgerSet struct {
	Ledger common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const MeterRegistryLedgerSetEventName = "LedgerSet"

// ContractEventName returns the user-defined event name.
func (MeterRegistryLedgerSet) ContractEventName() string {
	return MeterRegistryLedgerSetEventName
}

// UnpackLedgerSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LedgerSet(address ledger)
func (meterRegistry *MeterRegistry) UnpackLedgerSetEvent(log *types.Log) (*MeterRegistryLedgerSet, error) {
	event := "LedgerSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != meterRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MeterRegistryLedgerSet)
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

// MeterRegistryOcmfIdentityBound represents a OcmfIdentityBound event raised by the MeterRegistry contract.
type MeterRegistryOcmfIdentityBound struct {
	MeterId  uint64
	Identity [32]byte
	Raw      *types.Log // Blockchain specific contextual infos
}

const MeterRegistryOcmfIdentityBoundEventName = "OcmfIdentityBound"

// ContractEventName returns the user-defined event name.
func (MeterRegistryOcmfIdentityBound) ContractEventName() string {
	return MeterRegistryOcmfIdentityBoundEventName
}

// UnpackOcmfIdentityBoundEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OcmfIdentityBound(uint64 indexed meterId, bytes32 identity)
func (meterRegistry *MeterRegistry) UnpackOcmfIdentityBoundEvent(log *types.Log) (*MeterRegistryOcmfIdentityBound, error) {
	event := "OcmfIdentityBound"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != meterRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MeterRegistryOcmfIdentityBound)
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

// MeterRegistryOwnerChangeProposed represents a OwnerChangeProposed event raised by the MeterRegistry contract.
type MeterRegistryOwnerChangeProposed struct {
	MeterId   uint64
	NewOwner  common.Address
	NotBefore uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const MeterRegistryOwnerChangeProposedEventName = "OwnerChangeProposed"

// ContractEventName returns the user-defined event name.
func (MeterRegistryOwnerChangeProposed) ContractEventName() string {
	return MeterRegistryOwnerChangeProposedEventName
}

// UnpackOwnerChangeProposedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnerChangeProposed(uint64 indexed meterId, address indexed newOwner, uint64 notBefore)
func (meterRegistry *MeterRegistry) UnpackOwnerChangeProposedEvent(log *types.Log) (*MeterRegistryOwnerChangeProposed, error) {
	event := "OwnerChangeProposed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != meterRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MeterRegistryOwnerChangeProposed)
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

// MeterRegistryP256KeyPublished represents a P256KeyPublished event raised by the MeterRegistry contract.
type MeterRegistryP256KeyPublished struct {
	Signer common.Address
	X      [32]byte
	Y      [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const MeterRegistryP256KeyPublishedEventName = "P256KeyPublished"

// ContractEventName returns the user-defined event name.
func (MeterRegistryP256KeyPublished) ContractEventName() string {
	return MeterRegistryP256KeyPublishedEventName
}

// UnpackP256KeyPublishedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event P256KeyPublished(address indexed signer, bytes32 x, bytes32 y)
func (meterRegistry *MeterRegistry) UnpackP256KeyPublishedEvent(log *types.Log) (*MeterRegistryP256KeyPublished, error) {
	event := "P256KeyPublished"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != meterRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MeterRegistryP256KeyPublished)
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

// MeterRegistrySignerRotationProposed represents a SignerRotationProposed event raised by the MeterRegistry contract.
type MeterRegistrySignerRotationProposed struct {
	MeterId   uint64
	NewSigner common.Address
	NotBefore uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const MeterRegistrySignerRotationProposedEventName = "SignerRotationProposed"

// ContractEventName returns the user-defined event name.
func (MeterRegistrySignerRotationProposed) ContractEventName() string {
	return MeterRegistrySignerRotationProposedEventName
}

// UnpackSignerRotationProposedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SignerRotationProposed(uint64 indexed meterId, address newSigner, uint64 notBefore)
func (meterRegistry *MeterRegistry) UnpackSignerRotationProposedEvent(log *types.Log) (*MeterRegistrySignerRotationProposed, error) {
	event := "SignerRotationProposed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != meterRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MeterRegistrySignerRotationProposed)
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
	MeterId    uint64
	TariffId   uint32
	FromPeriod uint32
	Raw        *types.Log // Blockchain specific contextual infos
}

const MeterRegistryTariffAssignedEventName = "TariffAssigned"

// ContractEventName returns the user-defined event name.
func (MeterRegistryTariffAssigned) ContractEventName() string {
	return MeterRegistryTariffAssignedEventName
}

// UnpackTariffAssignedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TariffAssigned(uint64 indexed meterId, uint32 tariffId, uint32 fromPeriod)
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
	if bytes.Equal(raw[:4], meterRegistry.abi.Errors["InvalidP256Key"].ID.Bytes()[:4]) {
		return meterRegistry.UnpackInvalidP256KeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], meterRegistry.abi.Errors["LedgerAlreadySet"].ID.Bytes()[:4]) {
		return meterRegistry.UnpackLedgerAlreadySetError(raw[4:])
	}
	if bytes.Equal(raw[:4], meterRegistry.abi.Errors["LedgerNotSet"].ID.Bytes()[:4]) {
		return meterRegistry.UnpackLedgerNotSetError(raw[4:])
	}
	if bytes.Equal(raw[:4], meterRegistry.abi.Errors["MeterExists"].ID.Bytes()[:4]) {
		return meterRegistry.UnpackMeterExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], meterRegistry.abi.Errors["NotMeterOwner"].ID.Bytes()[:4]) {
		return meterRegistry.UnpackNotMeterOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], meterRegistry.abi.Errors["NotOwnerOrRegistrar"].ID.Bytes()[:4]) {
		return meterRegistry.UnpackNotOwnerOrRegistrarError(raw[4:])
	}
	if bytes.Equal(raw[:4], meterRegistry.abi.Errors["NothingPending"].ID.Bytes()[:4]) {
		return meterRegistry.UnpackNothingPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], meterRegistry.abi.Errors["OcmfIdentityInUse"].ID.Bytes()[:4]) {
		return meterRegistry.UnpackOcmfIdentityInUseError(raw[4:])
	}
	if bytes.Equal(raw[:4], meterRegistry.abi.Errors["SignerInUse"].ID.Bytes()[:4]) {
		return meterRegistry.UnpackSignerInUseError(raw[4:])
	}
	if bytes.Equal(raw[:4], meterRegistry.abi.Errors["TooEarly"].ID.Bytes()[:4]) {
		return meterRegistry.UnpackTooEarlyError(raw[4:])
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
	if bytes.Equal(raw[:4], meterRegistry.abi.Errors["ZeroOcmfIdentity"].ID.Bytes()[:4]) {
		return meterRegistry.UnpackZeroOcmfIdentityError(raw[4:])
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

// MeterRegistryInvalidP256Key represents a InvalidP256Key error raised by the MeterRegistry contract.
type MeterRegistryInvalidP256Key struct {
	X [32]byte
	Y [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidP256Key(bytes32 x, bytes32 y)
func MeterRegistryInvalidP256KeyErrorID() common.Hash {
	return common.HexToHash("0x91f054f78cc3dcba40adaef16e08d3fbeb231dc0a4922025dedfbc931c2f72f4")
}

// UnpackInvalidP256KeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidP256Key(bytes32 x, bytes32 y)
func (meterRegistry *MeterRegistry) UnpackInvalidP256KeyError(raw []byte) (*MeterRegistryInvalidP256Key, error) {
	out := new(MeterRegistryInvalidP256Key)
	if err := meterRegistry.abi.UnpackIntoInterface(out, "InvalidP256Key", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MeterRegistryLedgerAlreadySet represents a LedgerAlreadySet error raised by the MeterRegistry contract.
type MeterRegistryLedgerAlreadySet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LedgerAlreadySet()
func MeterRegistryLedgerAlreadySetErrorID() common.Hash {
	return common.HexToHash("0x8e66a64bbb3152878a37e145da5a8a15b9a485b8a2b285e29935ad3d8c6a17af")
}

// UnpackLedgerAlreadySetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LedgerAlreadySet()
func (meterRegistry *MeterRegistry) UnpackLedgerAlreadySetError(raw []byte) (*MeterRegistryLedgerAlreadySet, error) {
	out := new(MeterRegistryLedgerAlreadySet)
	if err := meterRegistry.abi.UnpackIntoInterface(out, "LedgerAlreadySet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MeterRegistryLedgerNotSet represents a LedgerNotSet error raised by the MeterRegistry contract.
type MeterRegistryLedgerNotSet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LedgerNotSet()
func MeterRegistryLedgerNotSetErrorID() common.Hash {
	return common.HexToHash("0x1fd9ed68443828aa1221dd0d7fc36c2b7404a59d2b94d7b8f8d5564ac3f14603")
}

// UnpackLedgerNotSetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LedgerNotSet()
func (meterRegistry *MeterRegistry) UnpackLedgerNotSetError(raw []byte) (*MeterRegistryLedgerNotSet, error) {
	out := new(MeterRegistryLedgerNotSet)
	if err := meterRegistry.abi.UnpackIntoInterface(out, "LedgerNotSet", raw); err != nil {
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

// MeterRegistryNotMeterOwner represents a NotMeterOwner error raised by the MeterRegistry contract.
type MeterRegistryNotMeterOwner struct {
	MeterId uint64
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotMeterOwner(uint64 meterId, address caller)
func MeterRegistryNotMeterOwnerErrorID() common.Hash {
	return common.HexToHash("0x38d8804edbd4987f972d90b2d3d352cddb6ded2dde13fe553ec0be0599bada02")
}

// UnpackNotMeterOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotMeterOwner(uint64 meterId, address caller)
func (meterRegistry *MeterRegistry) UnpackNotMeterOwnerError(raw []byte) (*MeterRegistryNotMeterOwner, error) {
	out := new(MeterRegistryNotMeterOwner)
	if err := meterRegistry.abi.UnpackIntoInterface(out, "NotMeterOwner", raw); err != nil {
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

// MeterRegistryNothingPending represents a NothingPending error raised by the MeterRegistry contract.
type MeterRegistryNothingPending struct {
	MeterId uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingPending(uint64 meterId)
func MeterRegistryNothingPendingErrorID() common.Hash {
	return common.HexToHash("0xa9ddeac9afe3f0d9ec51cafe552851f578a4061d8c08609341e8538345622982")
}

// UnpackNothingPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingPending(uint64 meterId)
func (meterRegistry *MeterRegistry) UnpackNothingPendingError(raw []byte) (*MeterRegistryNothingPending, error) {
	out := new(MeterRegistryNothingPending)
	if err := meterRegistry.abi.UnpackIntoInterface(out, "NothingPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MeterRegistryOcmfIdentityInUse represents a OcmfIdentityInUse error raised by the MeterRegistry contract.
type MeterRegistryOcmfIdentityInUse struct {
	Identity [32]byte
	MeterId  uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OcmfIdentityInUse(bytes32 identity, uint64 meterId)
func MeterRegistryOcmfIdentityInUseErrorID() common.Hash {
	return common.HexToHash("0x99284c19a5cf3439295aa6f0f7acea526fb54a359a2854aee7912425dce01ed8")
}

// UnpackOcmfIdentityInUseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OcmfIdentityInUse(bytes32 identity, uint64 meterId)
func (meterRegistry *MeterRegistry) UnpackOcmfIdentityInUseError(raw []byte) (*MeterRegistryOcmfIdentityInUse, error) {
	out := new(MeterRegistryOcmfIdentityInUse)
	if err := meterRegistry.abi.UnpackIntoInterface(out, "OcmfIdentityInUse", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MeterRegistrySignerInUse represents a SignerInUse error raised by the MeterRegistry contract.
type MeterRegistrySignerInUse struct {
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignerInUse(address signer)
func MeterRegistrySignerInUseErrorID() common.Hash {
	return common.HexToHash("0xf74a198c3a3e836100b4eed79a8b1fe80ba62ead8c811efacbb31099fa34bb1d")
}

// UnpackSignerInUseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignerInUse(address signer)
func (meterRegistry *MeterRegistry) UnpackSignerInUseError(raw []byte) (*MeterRegistrySignerInUse, error) {
	out := new(MeterRegistrySignerInUse)
	if err := meterRegistry.abi.UnpackIntoInterface(out, "SignerInUse", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MeterRegistryTooEarly represents a TooEarly error raised by the MeterRegistry contract.
type MeterRegistryTooEarly struct {
	MeterId   uint64
	NotBefore uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooEarly(uint64 meterId, uint64 notBefore)
func MeterRegistryTooEarlyErrorID() common.Hash {
	return common.HexToHash("0xcb6c86ddf8dbe8b7fffd7253b009e72451783b8390e87d7579ca0678b0bed737")
}

// UnpackTooEarlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooEarly(uint64 meterId, uint64 notBefore)
func (meterRegistry *MeterRegistry) UnpackTooEarlyError(raw []byte) (*MeterRegistryTooEarly, error) {
	out := new(MeterRegistryTooEarly)
	if err := meterRegistry.abi.UnpackIntoInterface(out, "TooEarly", raw); err != nil {
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

// MeterRegistryZeroOcmfIdentity represents a ZeroOcmfIdentity error raised by the MeterRegistry contract.
type MeterRegistryZeroOcmfIdentity struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroOcmfIdentity()
func MeterRegistryZeroOcmfIdentityErrorID() common.Hash {
	return common.HexToHash("0x31bab79a6d006db52417a5f3ccfadab49147a2fb1873545c5bff5cda6b4372a8")
}

// UnpackZeroOcmfIdentityError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroOcmfIdentity()
func (meterRegistry *MeterRegistry) UnpackZeroOcmfIdentityError(raw []byte) (*MeterRegistryZeroOcmfIdentity, error) {
	out := new(MeterRegistryZeroOcmfIdentity)
	if err := meterRegistry.abi.UnpackIntoInterface(out, "ZeroOcmfIdentity", raw); err != nil {
		return nil, err
	}
	return out, nil
}
