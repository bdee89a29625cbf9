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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"}],\"name\":\"InvalidMeterId\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LedgerAlreadySet\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LedgerNotSet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"}],\"name\":\"MeterExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOwnerOrRegistrar\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"}],\"name\":\"UnknownMeter\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroMaxPower\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"ledger\",\"type\":\"address\"}],\"name\":\"LedgerSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"}],\"name\":\"MeterDeactivated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumMeterRegistry.MeterClass\",\"name\":\"class\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"tariffId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"maxPowerW\",\"type\":\"uint32\"}],\"name\":\"MeterRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"oldOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnerChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"oldSigner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"newSigner\",\"type\":\"address\"}],\"name\":\"SignerRotated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"tariffId\",\"type\":\"uint32\"}],\"name\":\"TariffAssigned\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REGISTRAR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RELAYER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"}],\"name\":\"accountOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"enumMeterRegistry.MeterClass\",\"name\":\"class\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"tariffId\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"tariffId\",\"type\":\"uint32\"}],\"name\":\"assignTariff\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"}],\"name\":\"authOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"maxPowerW\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"changeOwner\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"}],\"name\":\"deactivate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"}],\"name\":\"isValidMeterId\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ledger\",\"outputs\":[{\"internalType\":\"contractILedgerEnrolment\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"meterCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"enumMeterRegistry.MeterClass\",\"name\":\"class\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"tariffId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxPowerW\",\"type\":\"uint32\"}],\"name\":\"register\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"newSigner\",\"type\":\"address\"}],\"name\":\"rotateSigner\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractILedgerEnrolment\",\"name\":\"ledger_\",\"type\":\"address\"}],\"name\":\"setLedger\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "MeterRegistry",
	Bin: "0x60803461007d57601f61161238819003918201601f19168301916001600160401b038311848410176100815780849260209460405283398101031261007d57516001600160a01b03811680820361007d571561006e5761005e90610095565b506040516114d3908161011f8239f35b63d92e233d60e01b5f5260045ffd5b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b6001600160a01b0381165f9081525f5160206115f25f395f51905f52602052604090205460ff16610119576001600160a01b03165f8181525f5160206115f25f395f51905f5260205260408120805460ff191660011790553391907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d8180a4600190565b505f9056fe6080806040526004361015610012575f80fd5b5f905f3560e01c90816301ffc9a71461101657508063248a9ca314610fe45780632f2ff15d14610fa757806330fa5d8514610f365780633246887d14610dfd57806336568abe14610d915780634c4a98301461083957806356397c351461080557806381d802ba146106a85780638774462e1461058f57806391d1485414610538578063926d7d7f146104fd57806399597bdd146104905780639c8ced7b146103bf578063a217fddf146103a3578063c1dc4dbf14610385578063d547741f1461033e578063ea883f2614610310578063f68e9553146102d55763fd3ec7b1146100fa575f80fd5b346102d25760406003193601126102d2576101136110d7565b61011b6110b4565b906101246111e8565b73ffffffffffffffffffffffffffffffffffffffff8216156102aa5761014981611470565b9173ffffffffffffffffffffffffffffffffffffffff8354169273ffffffffffffffffffffffffffffffffffffffff82167fffffffffffffffffffffffff00000000000000000000000000000000000000008254161790558373ffffffffffffffffffffffffffffffffffffffff60045416803b156102a6576040517f73e5595000000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8681166004830152841660248201529082908290604490829084905af1801561029b57610282575b50506040805173ffffffffffffffffffffffffffffffffffffffff948516815291909316602082015267ffffffffffffffff91909116917fd2a83301230a9bb28f0d0d7289c4ee4d4de258dc1234ffaee04c7cb68e39c5f091a280f35b8161028c91611144565b61029757835f610225565b8380fd5b6040513d84823e3d90fd5b5080fd5b6004837fd92e233d000000000000000000000000000000000000000000000000000000008152fd5b80fd5b50346102d257806003193601126102d25760206040517fedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c3092388152f35b50346102d25760206003193601126102d257602061033461032f6110d7565b611185565b6040519015158152f35b50346102d25760406003193601126102d25761038160043561035e6110b4565b9061037c610377825f525f602052600160405f20015490565b611270565b6113a8565b5080f35b50346102d257806003193601126102d2576020600354604051908152f35b50346102d257806003193601126102d257602090604051908152f35b50346102d25760406003193601126102d2576103d96110d7565b6024359063ffffffff821690818303610297577fca789746c5fd2ecaf30915092cebf58710fe5eb8bdacab3e1151d22ac60f01319161048667ffffffffffffffff6020936104256111e8565b61042e81611470565b5016948587526002845260408720907fffffffffffffff00000000ffffffffffffffffffffffffffffffffffffffffff78ffffffff00000000000000000000000000000000000000000083549260a81b169116179055565b604051908152a280f35b50346102d25760206003193601126102d257604060609167ffffffffffffffff6104b86110d7565b1681526001602052205460ff6040519173ffffffffffffffffffffffffffffffffffffffff8116835263ffffffff8160a01c16602084015260c01c1615156040820152f35b50346102d257806003193601126102d25760206040517fe2b7fb3b832174769106daebcfd6d1970523240dda11281102db9363b83b0dc48152f35b50346102d25760406003193601126102d25773ffffffffffffffffffffffffffffffffffffffff60406105696110b4565b926004358152806020522091165f52602052602060ff60405f2054166040519015158152f35b50346102d25760206003193601126102d2576105a96110d7565b6105b16111e8565b816105bb82611470565b8054907fffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffff8216905573ffffffffffffffffffffffffffffffffffffffff6004541690813b156106a45773ffffffffffffffffffffffffffffffffffffffff602484928360405195869485937fe6c09edf0000000000000000000000000000000000000000000000000000000085521660048401525af1801561029b5761068f575b5067ffffffffffffffff82167f3c1ad07d7977cc48e99c2fcafcce8257879899bb7913133ec6d38195c851bc328280a280f35b8161069991611144565b6102a657815f61065c565b8280fd5b50346102d25760406003193601126102d2576106c26110d7565b73ffffffffffffffffffffffffffffffffffffffff6106df6110b4565b169081156102aa57806106fa67ffffffffffffffff92611470565b50168083526002602052604083209073ffffffffffffffffffffffffffffffffffffffff8254169182331415806107af575b61077f57837fffffffffffffffffffffffff00000000000000000000000000000000000000008254161790557f040b0ef41c114a49382cd0d5e78c5f42d03727d625ad2727c639432077ee216c8480a480f35b604485837f6f9f9cec00000000000000000000000000000000000000000000000000000000825260045233602452fd5b507fedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c3092388552846020526040852073ffffffffffffffffffffffffffffffffffffffff33165f5260205260ff60405f2054161561072c565b50346102d257806003193601126102d257602073ffffffffffffffffffffffffffffffffffffffff60045416604051908152f35b5034610c515760c0600319360112610c51576108536110d7565b61085b6110b4565b60443573ffffffffffffffffffffffffffffffffffffffff8116809103610c5157606435916002831015610c515760843563ffffffff8116809103610c515760a4359163ffffffff8316809303610c51576108b46111e8565b6108bd86611185565b15610d5b5773ffffffffffffffffffffffffffffffffffffffff169485158015610d53575b610d2b578215610d035767ffffffffffffffff1693845f52600160205273ffffffffffffffffffffffffffffffffffffffff60405f205416610cd75773ffffffffffffffffffffffffffffffffffffffff6004541615610caf57604051610948816110fb565b84815260208101848152604082019060018252875f52600160205273ffffffffffffffffffffffffffffffffffffffff8060405f20945116167fffffffffffffffffffffffff0000000000000000000000000000000000000000845416178355517fffffffffffffffff00000000ffffffffffffffffffffffffffffffffffffffff77ffffffff000000000000000000000000000000000000000084549260a01b1691161782555115157fffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffff78ff00000000000000000000000000000000000000000000000083549260c01b169116179055604051610a45816110fb565b86815260208101908282526040810191848352875f52600260205273ffffffffffffffffffffffffffffffffffffffff8060405f20935116167fffffffffffffffffffffffff0000000000000000000000000000000000000000835416178255516002811015610c8257815492517fffffffffffffff0000000000ffffffffffffffffffffffffffffffffffffffff90931660a09190911b74ff0000000000000000000000000000000000000000161760a89290921b78ffffffff000000000000000000000000000000000000000000169190911790556003547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8114610c555760010160035573ffffffffffffffffffffffffffffffffffffffff60045416803b15610c51575f80916064604051809481937fd84b1a2f0000000000000000000000000000000000000000000000000000000083528b60048401528a60248401528960448401525af18015610c4657610c03575b50917f2f76053bacf9b464410737089250b5402d7045bb85c1daf1c834cdff266d45c99391610bf560809460405194855260208501906110ee565b60408301526060820152a380f35b60809391975091610c365f7f2f76053bacf9b464410737089250b5402d7045bb85c1daf1c834cdff266d45c99694611144565b610bf55f98929450509193610bba565b6040513d5f823e3d90fd5b5f80fd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b7f1fd9ed68000000000000000000000000000000000000000000000000000000005f5260045ffd5b847f75cac8bb000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f779b96f4000000000000000000000000000000000000000000000000000000005f5260045ffd5b7fd92e233d000000000000000000000000000000000000000000000000000000005f5260045ffd5b5083156108e2565b67ffffffffffffffff867f335b84ed000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b34610c51576040600319360112610c5157610daa6110b4565b3373ffffffffffffffffffffffffffffffffffffffff821603610dd557610dd3906004356113a8565b005b7f6697b232000000000000000000000000000000000000000000000000000000005f5260045ffd5b34610c51576020600319360112610c515760043573ffffffffffffffffffffffffffffffffffffffff8116809103610c5157335f9081527fad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5602052604090205460ff1615610f065760045473ffffffffffffffffffffffffffffffffffffffff8116610ede578115610d2b57817fbc62e69a31739e36d57d56991ac20e4e507a7edfff9070e6a11df5a37b8b4e6f927fffffffffffffffffffffffff00000000000000000000000000000000000000006020931617600455604051908152a1005b7f8e66a64b000000000000000000000000000000000000000000000000000000005f5260045ffd5b7fe2517d3f000000000000000000000000000000000000000000000000000000005f52336004525f60245260445ffd5b34610c51576020600319360112610c515767ffffffffffffffff610f586110d7565b165f526002602052606060405f205463ffffffff6040519173ffffffffffffffffffffffffffffffffffffffff81168352610f9c6020840160ff8360a01c166110ee565b60a81c166040820152f35b34610c51576040600319360112610c5157610dd3600435610fc66110b4565b90610fdf610377825f525f602052600160405f20015490565b6112d6565b34610c51576020600319360112610c5157602061100e6004355f525f602052600160405f20015490565b604051908152f35b34610c51576020600319360112610c5157600435907fffffffff000000000000000000000000000000000000000000000000000000008216809203610c5157817f7965db0b000000000000000000000000000000000000000000000000000000006020931490811561108a575b5015158152f35b7f01ffc9a70000000000000000000000000000000000000000000000000000000091501483611083565b6024359073ffffffffffffffffffffffffffffffffffffffff82168203610c5157565b6004359067ffffffffffffffff82168203610c5157565b906002821015610c825752565b6060810190811067ffffffffffffffff82111761111757604052565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff82111761111757604052565b67ffffffffffffffff166305f5e100811080156111db575b6111d65767ffffffffffffffff6103e881818404160616151590816111c0575090565b67ffffffffffffffff91506103e8900616151590565b505f90565b50633b9ac9ff811161119d565b335f9081527f01ddc098da42acdf4176da08ec75800bc0fb2bce2be978b2037bcb0ae6966519602052604090205460ff161561122057565b7fe2517d3f000000000000000000000000000000000000000000000000000000005f52336004527fedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c30923860245260445ffd5b805f525f60205260405f2073ffffffffffffffffffffffffffffffffffffffff33165f5260205260ff60405f205416156112a75750565b7fe2517d3f000000000000000000000000000000000000000000000000000000005f523360045260245260445ffd5b805f525f60205260405f2073ffffffffffffffffffffffffffffffffffffffff83165f5260205260ff60405f205416155f146113a257805f525f60205260405f2073ffffffffffffffffffffffffffffffffffffffff83165f5260205260405f2060017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0082541617905573ffffffffffffffffffffffffffffffffffffffff339216907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d5f80a4600190565b50505f90565b805f525f60205260405f2073ffffffffffffffffffffffffffffffffffffffff83165f5260205260ff60405f2054165f146113a257805f525f60205260405f2073ffffffffffffffffffffffffffffffffffffffff83165f5260205260405f207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00815416905573ffffffffffffffffffffffffffffffffffffffff339216907ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b5f80a4600190565b67ffffffffffffffff1690815f52600160205260405f209173ffffffffffffffffffffffffffffffffffffffff835416156114a85750565b7fa7b0a03b000000000000000000000000000000000000000000000000000000005f5260045260245ffdad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5",
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
	if bytes.Equal(raw[:4], meterRegistry.abi.Errors["LedgerAlreadySet"].ID.Bytes()[:4]) {
		return meterRegistry.UnpackLedgerAlreadySetError(raw[4:])
	}
	if bytes.Equal(raw[:4], meterRegistry.abi.Errors["LedgerNotSet"].ID.Bytes()[:4]) {
		return meterRegistry.UnpackLedgerNotSetError(raw[4:])
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
