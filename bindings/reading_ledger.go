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

// ReadingLedgerMeterState is an auto generated low-level Go binding around an user-defined struct.
type ReadingLedgerMeterState struct {
	Seq       uint64
	Timestamp uint64
	ImportWh  uint64
	ExportWh  uint64
}

// ReadingLedgerReading is an auto generated low-level Go binding around an user-defined struct.
type ReadingLedgerReading struct {
	MeterId    uint64
	Seq        uint64
	Timestamp  uint64
	ImportWh   uint64
	ExportWh   uint64
	DetailHash [32]byte
}

// ReadingLedgerMetaData contains all meta data concerning the ReadingLedger contract.
var ReadingLedgerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractMeterRegistry\",\"name\":\"registry_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"readings\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"signatures\",\"type\":\"uint256\"}],\"name\":\"BatchLengthMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"MalformedBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"}],\"name\":\"NoBaseline\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotRelayer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"}],\"name\":\"PeriodNotClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"}],\"name\":\"PeriodClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"detailHash\",\"type\":\"bytes32\"}],\"name\":\"ReadingAccepted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"enumReadingLedger.Reason\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"ReadingRejected\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_FUTURE_SKEW\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PACKED_RECORD_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"READING_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"}],\"name\":\"isPeriodClosed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"}],\"name\":\"lastReading\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"}],\"internalType\":\"structReadingLedger.MeterState\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"name\":\"periodOf\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"}],\"name\":\"periodRegisters\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"openingImportWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"openingExportWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"closingImportWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"closingExportWh\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"detailHash\",\"type\":\"bytes32\"}],\"internalType\":\"structReadingLedger.Reading\",\"name\":\"r\",\"type\":\"tuple\"}],\"name\":\"readingDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractMeterRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"detailHash\",\"type\":\"bytes32\"}],\"internalType\":\"structReadingLedger.Reading[]\",\"name\":\"readings\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes[]\",\"name\":\"signatures\",\"type\":\"bytes[]\"}],\"name\":\"submit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"records\",\"type\":\"bytes\"}],\"name\":\"submitPacked\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "ReadingLedger",
	Bin: "0x610180604052348015610010575f5ffd5b5060405161234438038061234483398101604081905261002f91610175565b6040518060400160405280600a81526020016936b2ba32b931b430b4b760b11b815250604051806040016040528060018152602001603160f81b81525061007b8261012f60201b60201c565b610120526100888161012f565b61014052815160208084019190912060e052815190820120610100524660a05261011460e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526001600160a01b0316610160526101fd565b5f5f829050601f81511115610162578260405163305a27a960e01b815260040161015991906101a2565b60405180910390fd5b805161016d826101d7565b179392505050565b5f60208284031215610185575f5ffd5b81516001600160a01b038116811461019b575f5ffd5b9392505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156101f7575f198160200360031b1b821691505b50919050565b60805160a05160c05160e051610100516101205161014051610160516120c961027b5f395f818161015c015281816103f601528181610432015281816108b4015281816108f001526115d701525f610ccd01525f610c9d01525f6119d301525f6119ab01525f61190601525f61193001525f61195a01526120c95ff3fe608060405234801561000f575f5ffd5b50600436106100cf575f3560e01c80639cd6442a1161007d578063e582751211610058578063e58275121461033e578063f6d7c0e014610346578063fdfe05a414610359575f5ffd5b80639cd6442a146102cf578063b55592c2146102e4578063c2aafa37146102f7575f5ffd5b80637b103999116100ad5780637b103999146101575780637dda5f7f146101a357806384b0196e146102b4575f5ffd5b806306a3f0e9146100d357806315db04fc1461010d5780634ccae0b31461012f575b5f5ffd5b6100fa7fe7d46cdbbc682ba8b888a648f9e9318c1778e97a2a23d7abb044fa045bc58cac81565b6040519081526020015b60405180910390f35b61011661012c81565b60405167ffffffffffffffff9091168152602001610104565b61014261013d366004611a3f565b61037c565b60405163ffffffff9091168152602001610104565b61017e7f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff9091168152602001610104565b6102556101b1366004611a3f565b60408051608080820183525f8083526020808401829052838501829052606093840182905267ffffffffffffffff9586168252600281529084902084519283018552548086168352680100000000000000008104861691830191909152700100000000000000000000000000000000810485169382019390935278010000000000000000000000000000000000000000000000009092049092169181019190915290565b60405161010491905f60808201905067ffffffffffffffff835116825267ffffffffffffffff602084015116602083015267ffffffffffffffff604084015116604083015267ffffffffffffffff606084015116606083015292915050565b6102bc610396565b6040516101049796959493929190611aab565b6102e26102dd366004611bb2565b6103f4565b005b6100fa6102f2366004611c4d565b610736565b61030a610305366004611c7a565b610791565b6040805167ffffffffffffffff95861681529385166020850152918416918301919091529091166060820152608001610104565b6100fa608881565b6102e2610354366004611caf565b6108b2565b61036c610367366004611c7a565b610b15565b6040519015158152602001610104565b5f6103908267ffffffffffffffff16610bd0565b92915050565b5f6060805f5f5f60606103a7610c96565b6103af610cc6565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff166391d148547f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1663926d7d7f6040518163ffffffff1660e01b8152600401602060405180830381865afa158015610499573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104bd9190611d1d565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e084901b1681526004810191909152336024820152604401602060405180830381865afa158015610515573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105399190611d43565b610576576040517f366b2e5a0000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b8281146105b9576040517f81b5b207000000000000000000000000000000000000000000000000000000008152600481018490526024810182905260440161056d565b5f5b8381101561072f57368585838181106105d6576105d6611d5c565b905060c002019050365f8585858181106105f2576105f2611d5c565b90506020028101906106049190611d89565b90925090505f60418290036106c5576106bf6106706106266020870187611a3f565b6106366040880160208901611a3f565b6106466060890160408a01611a3f565b61065660808a0160608b01611a3f565b61066660a08b0160808c01611a3f565b8a60a00135610cf1565b8484604081811061068357610683611d5c565b919091013560f81c905061069a60205f8789611dea565b6106a391611e11565b6106b160406020888a611dea565b6106ba91611e11565b610d5e565b50909150505b6107206106d56020860186611a3f565b6106e56040870160208801611a3f565b6106f56060880160408901611a3f565b6107056080890160608a01611a3f565b61071560a08a0160808b01611a3f565b8960a0013587610e51565b505050508060010190506105bb565b5050505050565b5f6103906107476020840184611a3f565b6107576040850160208601611a3f565b6107676060860160408701611a3f565b6107776080870160608801611a3f565b61078760a0880160808901611a3f565b8760a00135610cf1565b67ffffffffffffffff8083165f9081526002602052604081208054919283928392839290916801000000000000000090041615806107fb575080546107eb9068010000000000000000900467ffffffffffffffff16610bd0565b63ffffffff168663ffffffff1610155b1561084a576040517fbbb6e41b00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8816600482015263ffffffff8716602482015260440161056d565b5f6108558888611392565b90505f61086a896108658a611474565b611392565b54915467ffffffffffffffff640100000000808504821699506c0100000000000000000000000094859004821698508204811696509290049091169250505092959194509250565b7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff166391d148547f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1663926d7d7f6040518163ffffffff1660e01b8152600401602060405180830381865afa158015610957573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061097b9190611d1d565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e084901b1681526004810191909152336024820152604401602060405180830381865afa1580156109d3573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906109f79190611d43565b610a2f576040517f366b2e5a00000000000000000000000000000000000000000000000000000000815233600482015260240161056d565b610a3a608882611e7a565b15610a74576040517f70ac562d0000000000000000000000000000000000000000000000000000000081526004810182905260240161056d565b5f610a80608883611eba565b90505f5b81811015610b0f57608881028401803560c081811c9267ffffffffffffffff608084901c811693604081901c821693911691602081013590911c90602881013590604881013590606801355f610ae8610ae18a8a8a8a8a8a610cf1565b84846114b3565b50509050610afb89898989898987610e51565b505050505050505050806001019050610a84565b50505050565b67ffffffffffffffff8083165f9081526002602052604081205490916801000000000000000090910416801580610b6a5750610b5a8167ffffffffffffffff16610bd0565b63ffffffff168363ffffffff1610155b15610b78575f915050610390565b67ffffffffffffffff84165f908152600360205260409020805415801590610bc757508363ffffffff16815f81548110610bb457610bb4611d5c565b5f9182526020909120015463ffffffff16105b95945050505050565b5f620afa6c620151807fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff840104018162023ab18204905062023ab1810282035f61016d62023ab083046105b484048403618eac850401030490506064810461016d820260048304010382035f6099600260058402010490505f600a8210610c5a5760098203610c5f565b816003015b90505f6002821115610c71575f610c74565b60015b60ff168761019002860101905081816064020198505050505050505050919050565b6060610cc17f00000000000000000000000000000000000000000000000000000000000000006114fe565b905090565b6060610cc17f00000000000000000000000000000000000000000000000000000000000000006114fe565b5f5f7fe7d46cdbbc682ba8b888a648f9e9318c1778e97a2a23d7abb044fa045bc58cac90506040518181528860208201528760408201528660608201528560808201528460a08201528360c082015260e08120925050610d508261153b565b9150505b9695505050505050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115610d9757505f91506003905082610e47565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015610de8573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0015191505073ffffffffffffffffffffffffffffffffffffffff8116610e3e57505f925060019150829050610e47565b92505f91508190505b9450945094915050565b5f610e60888888888887611582565b90505f816008811115610e7557610e75611ecd565b14610ec4578767ffffffffffffffff167f4fe5b7944e98386fdf18d623e335916371adfcf48c954355fbd6b3ba01fbf9de8883604051610eb6929190611efa565b60405180910390a250611389565b67ffffffffffffffff8089165f908152600260205260408120805490926801000000000000000090910416908190036110025760035f8b67ffffffffffffffff1667ffffffffffffffff1681526020019081526020015f206040518060600160405280610f42610f3d8c67ffffffffffffffff16610bd0565b611474565b63ffffffff908116825267ffffffffffffffff808c166020808501919091528b821660409485015285546001810187555f9687529581902085519601805491860151959094015182166c01000000000000000000000000027fffffffffffffffffffffffff0000000000000000ffffffffffffffffffffffff95909216640100000000027fffffffffffffffffffffffffffffffffffffffff000000000000000000000000909116959092169490941717919091169190911790556111e5565b6201518061101160018a611f4d565b61101b9190611f6d565b67ffffffffffffffff1662015180611034600184611f4d565b61103e9190611f6d565b67ffffffffffffffff16146111e5575f6110618267ffffffffffffffff16610bd0565b90506110768967ffffffffffffffff16610bd0565b63ffffffff168163ffffffff16146111e35767ffffffffffffffff808c165f818152600360209081526040808320815160608101835263ffffffff8089168083528b547001000000000000000000000000000000008082048b168589019081527801000000000000000000000000000000000000000000000000928390048c168689019081528754600181018955978b52989099209451949095018054985197518b166c01000000000000000000000000027fffffffffffffffffffffffff0000000000000000ffffffffffffffffffffffff988c16640100000000027fffffffffffffffffffffffffffffffffffffffff000000000000000000000000909a16959094169490941797909717959095161790558854915192957fa454cb22aa2e91e017a750e73a1063c0d395cbc92f5e9cea60a2d039fdddd683946111da9492840482169304169067ffffffffffffffff92831681529116602082015260400190565b60405180910390a35b505b60405180608001604052808a67ffffffffffffffff1681526020018967ffffffffffffffff1681526020018867ffffffffffffffff1681526020018767ffffffffffffffff1681525060025f8c67ffffffffffffffff1667ffffffffffffffff1681526020019081526020015f205f820151815f015f6101000a81548167ffffffffffffffff021916908367ffffffffffffffff1602179055506020820151815f0160086101000a81548167ffffffffffffffff021916908367ffffffffffffffff1602179055506040820151815f0160106101000a81548167ffffffffffffffff021916908367ffffffffffffffff1602179055506060820151815f0160186101000a81548167ffffffffffffffff021916908367ffffffffffffffff1602179055509050508967ffffffffffffffff167fbb6020b2e9b99c01c93597b1935c225f2a39f14a69313976b3623a25a387d6c78a8a8a8a8a60405161137d95949392919067ffffffffffffffff9586168152938516602085015291841660408401529092166060820152608081019190915260a00190565b60405180910390a25050505b50505050505050565b67ffffffffffffffff82165f90815260036020526040812080545b80156114295763ffffffff8416826113c6600184611f9c565b815481106113d6576113d6611d5c565b5f9182526020909120015463ffffffff161161141957816113f8600183611f9c565b8154811061140857611408611d5c565b905f5260205f200192505050610390565b61142281611faf565b90506113ad565b506040517f5f3464c900000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8516600482015263ffffffff8416602482015260440161056d565b5f611480606483611fe3565b63ffffffff1660011461149d5761149860018361200a565b610390565b6114a860648361200a565b61039090600b612026565b5f80807f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8416601b60ff86901c016114ed88828985610d5e565b945094509450505093509350939050565b60605f61150a836118ad565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f6103906115476118ed565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b6040517f99597bdd00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff871660048201525f9081908190819073ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016906399597bdd90602401606060405180830381865afa15801561161c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906116409190612042565b9194509250905073ffffffffffffffffffffffffffffffffffffffff831661166e5760019350505050610d54565b8061167f5760029350505050610d54565b8273ffffffffffffffffffffffffffffffffffffffff168573ffffffffffffffffffffffffffffffffffffffff16146116be5760039350505050610d54565b67ffffffffffffffff808b165f9081526002602090815260409182902082516080810184529054808516808352680100000000000000008204861693830193909352700100000000000000000000000000000000810485169382019390935278010000000000000000000000000000000000000000000000009092048316606083015290918b1611611757576004945050505050610d54565b806020015167ffffffffffffffff168967ffffffffffffffff1611611783576005945050505050610d54565b61178f61012c4261209f565b8967ffffffffffffffff1611156117ad576006945050505050610d54565b806040015167ffffffffffffffff168867ffffffffffffffff1610806117ea5750806060015167ffffffffffffffff168767ffffffffffffffff16105b156117fc576007945050505050610d54565b602081015167ffffffffffffffff161561189d575f8160600151886118219190611f4d565b67ffffffffffffffff1682604001518a61183b9190611f4d565b67ffffffffffffffff1661184f919061209f565b905081602001518a6118619190611f4d565b61187b9067ffffffffffffffff1663ffffffff86166120b2565b61188782610e106120b2565b111561189b57600895505050505050610d54565b505b505f9a9950505050505050505050565b5f60ff8216601f811115610390576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f3073ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001614801561195257507f000000000000000000000000000000000000000000000000000000000000000046145b1561197c57507f000000000000000000000000000000000000000000000000000000000000000090565b610cc1604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b803567ffffffffffffffff81168114611a3a575f5ffd5b919050565b5f60208284031215611a4f575f5ffd5b611a5882611a23565b9392505050565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f611ae560e0830189611a5f565b8281036040840152611af78189611a5f565b6060840188905273ffffffffffffffffffffffffffffffffffffffff8716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015611b59578351835260209384019390920191600101611b3b565b50909b9a5050505050505050505050565b5f5f83601f840112611b7a575f5ffd5b50813567ffffffffffffffff811115611b91575f5ffd5b6020830191508360208260051b8501011115611bab575f5ffd5b9250929050565b5f5f5f5f60408587031215611bc5575f5ffd5b843567ffffffffffffffff811115611bdb575f5ffd5b8501601f81018713611beb575f5ffd5b803567ffffffffffffffff811115611c01575f5ffd5b87602060c083028401011115611c15575f5ffd5b60209182019550935085013567ffffffffffffffff811115611c35575f5ffd5b611c4187828801611b6a565b95989497509550505050565b5f60c0828403128015611c5e575f5ffd5b509092915050565b63ffffffff81168114611c77575f5ffd5b50565b5f5f60408385031215611c8b575f5ffd5b611c9483611a23565b91506020830135611ca481611c66565b809150509250929050565b5f5f60208385031215611cc0575f5ffd5b823567ffffffffffffffff811115611cd6575f5ffd5b8301601f81018513611ce6575f5ffd5b803567ffffffffffffffff811115611cfc575f5ffd5b856020828401011115611d0d575f5ffd5b6020919091019590945092505050565b5f60208284031215611d2d575f5ffd5b5051919050565b80518015158114611a3a575f5ffd5b5f60208284031215611d53575f5ffd5b611a5882611d34565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112611dbc575f5ffd5b83018035915067ffffffffffffffff821115611dd6575f5ffd5b602001915036819003821315611bab575f5ffd5b5f5f85851115611df8575f5ffd5b83861115611e04575f5ffd5b5050820193919092039150565b80356020831015610390577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff602084900360031b1b1692915050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f82611e8857611e88611e4d565b500690565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5f82611ec857611ec8611e4d565b500490565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b67ffffffffffffffff831681526040810160098310611f40577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b8260208301529392505050565b67ffffffffffffffff828116828216039081111561039057610390611e8d565b5f67ffffffffffffffff831680611f8657611f86611e4d565b8067ffffffffffffffff84160491505092915050565b8181038181111561039057610390611e8d565b5f81611fbd57611fbd611e8d565b507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0190565b5f63ffffffff831680611ff857611ff8611e4d565b8063ffffffff84160691505092915050565b63ffffffff828116828216039081111561039057610390611e8d565b63ffffffff818116838216019081111561039057610390611e8d565b5f5f5f60608486031215612054575f5ffd5b835173ffffffffffffffffffffffffffffffffffffffff81168114612077575f5ffd5b602085015190935061208881611c66565b915061209660408501611d34565b90509250925092565b8082018082111561039057610390611e8d565b808202811582820484141761039057610390611e8d56",
}

// ReadingLedger is an auto generated Go binding around an Ethereum contract.
type ReadingLedger struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ReadingLedger) GetABI() abi.ABI {
	return c.abi
}

// NewReadingLedger creates a new instance of ReadingLedger.
func NewReadingLedger() *ReadingLedger {
	parsed, err := ReadingLedgerMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ReadingLedger{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ReadingLedger) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address registry_) returns()
func (readingLedger *ReadingLedger) PackConstructor(registry_ common.Address) []byte {
	enc, err := readingLedger.abi.Pack("", registry_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXFUTURESKEW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15db04fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_FUTURE_SKEW() view returns(uint64)
func (readingLedger *ReadingLedger) PackMAXFUTURESKEW() []byte {
	enc, err := readingLedger.abi.Pack("MAX_FUTURE_SKEW")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXFUTURESKEW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15db04fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_FUTURE_SKEW() view returns(uint64)
func (readingLedger *ReadingLedger) TryPackMAXFUTURESKEW() ([]byte, error) {
	return readingLedger.abi.Pack("MAX_FUTURE_SKEW")
}

// UnpackMAXFUTURESKEW is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x15db04fc.
//
// Solidity: function MAX_FUTURE_SKEW() view returns(uint64)
func (readingLedger *ReadingLedger) UnpackMAXFUTURESKEW(data []byte) (uint64, error) {
	out, err := readingLedger.abi.Unpack("MAX_FUTURE_SKEW", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackPACKEDRECORDSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5827512.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PACKED_RECORD_SIZE() view returns(uint256)
func (readingLedger *ReadingLedger) PackPACKEDRECORDSIZE() []byte {
	enc, err := readingLedger.abi.Pack("PACKED_RECORD_SIZE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPACKEDRECORDSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5827512.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PACKED_RECORD_SIZE() view returns(uint256)
func (readingLedger *ReadingLedger) TryPackPACKEDRECORDSIZE() ([]byte, error) {
	return readingLedger.abi.Pack("PACKED_RECORD_SIZE")
}

// UnpackPACKEDRECORDSIZE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe5827512.
//
// Solidity: function PACKED_RECORD_SIZE() view returns(uint256)
func (readingLedger *ReadingLedger) UnpackPACKEDRECORDSIZE(data []byte) (*big.Int, error) {
	out, err := readingLedger.abi.Unpack("PACKED_RECORD_SIZE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackREADINGTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06a3f0e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function READING_TYPEHASH() view returns(bytes32)
func (readingLedger *ReadingLedger) PackREADINGTYPEHASH() []byte {
	enc, err := readingLedger.abi.Pack("READING_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackREADINGTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06a3f0e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function READING_TYPEHASH() view returns(bytes32)
func (readingLedger *ReadingLedger) TryPackREADINGTYPEHASH() ([]byte, error) {
	return readingLedger.abi.Pack("READING_TYPEHASH")
}

// UnpackREADINGTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06a3f0e9.
//
// Solidity: function READING_TYPEHASH() view returns(bytes32)
func (readingLedger *ReadingLedger) UnpackREADINGTYPEHASH(data []byte) ([32]byte, error) {
	out, err := readingLedger.abi.Unpack("READING_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (readingLedger *ReadingLedger) PackEip712Domain() []byte {
	enc, err := readingLedger.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (readingLedger *ReadingLedger) TryPackEip712Domain() ([]byte, error) {
	return readingLedger.abi.Pack("eip712Domain")
}

// Eip712DomainOutput serves as a container for the return parameters of contract
// method Eip712Domain.
type Eip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (readingLedger *ReadingLedger) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := readingLedger.abi.Unpack("eip712Domain", data)
	outstruct := new(Eip712DomainOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackIsPeriodClosed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfdfe05a4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isPeriodClosed(uint64 meterId, uint32 period) view returns(bool)
func (readingLedger *ReadingLedger) PackIsPeriodClosed(meterId uint64, period uint32) []byte {
	enc, err := readingLedger.abi.Pack("isPeriodClosed", meterId, period)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsPeriodClosed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfdfe05a4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isPeriodClosed(uint64 meterId, uint32 period) view returns(bool)
func (readingLedger *ReadingLedger) TryPackIsPeriodClosed(meterId uint64, period uint32) ([]byte, error) {
	return readingLedger.abi.Pack("isPeriodClosed", meterId, period)
}

// UnpackIsPeriodClosed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfdfe05a4.
//
// Solidity: function isPeriodClosed(uint64 meterId, uint32 period) view returns(bool)
func (readingLedger *ReadingLedger) UnpackIsPeriodClosed(data []byte) (bool, error) {
	out, err := readingLedger.abi.Unpack("isPeriodClosed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLastReading is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7dda5f7f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastReading(uint64 meterId) view returns((uint64,uint64,uint64,uint64))
func (readingLedger *ReadingLedger) PackLastReading(meterId uint64) []byte {
	enc, err := readingLedger.abi.Pack("lastReading", meterId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastReading is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7dda5f7f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastReading(uint64 meterId) view returns((uint64,uint64,uint64,uint64))
func (readingLedger *ReadingLedger) TryPackLastReading(meterId uint64) ([]byte, error) {
	return readingLedger.abi.Pack("lastReading", meterId)
}

// UnpackLastReading is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7dda5f7f.
//
// Solidity: function lastReading(uint64 meterId) view returns((uint64,uint64,uint64,uint64))
func (readingLedger *ReadingLedger) UnpackLastReading(data []byte) (ReadingLedgerMeterState, error) {
	out, err := readingLedger.abi.Unpack("lastReading", data)
	if err != nil {
		return *new(ReadingLedgerMeterState), err
	}
	out0 := *abi.ConvertType(out[0], new(ReadingLedgerMeterState)).(*ReadingLedgerMeterState)
	return out0, nil
}

// PackPeriodOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ccae0b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function periodOf(uint64 timestamp) pure returns(uint32)
func (readingLedger *ReadingLedger) PackPeriodOf(timestamp uint64) []byte {
	enc, err := readingLedger.abi.Pack("periodOf", timestamp)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPeriodOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ccae0b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function periodOf(uint64 timestamp) pure returns(uint32)
func (readingLedger *ReadingLedger) TryPackPeriodOf(timestamp uint64) ([]byte, error) {
	return readingLedger.abi.Pack("periodOf", timestamp)
}

// UnpackPeriodOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4ccae0b3.
//
// Solidity: function periodOf(uint64 timestamp) pure returns(uint32)
func (readingLedger *ReadingLedger) UnpackPeriodOf(data []byte) (uint32, error) {
	out, err := readingLedger.abi.Unpack("periodOf", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackPeriodRegisters is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2aafa37.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function periodRegisters(uint64 meterId, uint32 period) view returns(uint64 openingImportWh, uint64 openingExportWh, uint64 closingImportWh, uint64 closingExportWh)
func (readingLedger *ReadingLedger) PackPeriodRegisters(meterId uint64, period uint32) []byte {
	enc, err := readingLedger.abi.Pack("periodRegisters", meterId, period)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPeriodRegisters is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2aafa37.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function periodRegisters(uint64 meterId, uint32 period) view returns(uint64 openingImportWh, uint64 openingExportWh, uint64 closingImportWh, uint64 closingExportWh)
func (readingLedger *ReadingLedger) TryPackPeriodRegisters(meterId uint64, period uint32) ([]byte, error) {
	return readingLedger.abi.Pack("periodRegisters", meterId, period)
}

// PeriodRegistersOutput serves as a container for the return parameters of contract
// method PeriodRegisters.
type PeriodRegistersOutput struct {
	OpeningImportWh uint64
	OpeningExportWh uint64
	ClosingImportWh uint64
	ClosingExportWh uint64
}

// UnpackPeriodRegisters is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc2aafa37.
//
// Solidity: function periodRegisters(uint64 meterId, uint32 period) view returns(uint64 openingImportWh, uint64 openingExportWh, uint64 closingImportWh, uint64 closingExportWh)
func (readingLedger *ReadingLedger) UnpackPeriodRegisters(data []byte) (PeriodRegistersOutput, error) {
	out, err := readingLedger.abi.Unpack("periodRegisters", data)
	outstruct := new(PeriodRegistersOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.OpeningImportWh = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.OpeningExportWh = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.ClosingImportWh = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	outstruct.ClosingExportWh = *abi.ConvertType(out[3], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackReadingDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb55592c2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function readingDigest((uint64,uint64,uint64,uint64,uint64,bytes32) r) view returns(bytes32)
func (readingLedger *ReadingLedger) PackReadingDigest(r ReadingLedgerReading) []byte {
	enc, err := readingLedger.abi.Pack("readingDigest", r)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReadingDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb55592c2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function readingDigest((uint64,uint64,uint64,uint64,uint64,bytes32) r) view returns(bytes32)
func (readingLedger *ReadingLedger) TryPackReadingDigest(r ReadingLedgerReading) ([]byte, error) {
	return readingLedger.abi.Pack("readingDigest", r)
}

// UnpackReadingDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb55592c2.
//
// Solidity: function readingDigest((uint64,uint64,uint64,uint64,uint64,bytes32) r) view returns(bytes32)
func (readingLedger *ReadingLedger) UnpackReadingDigest(data []byte) ([32]byte, error) {
	out, err := readingLedger.abi.Unpack("readingDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registry() view returns(address)
func (readingLedger *ReadingLedger) PackRegistry() []byte {
	enc, err := readingLedger.abi.Pack("registry")
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
func (readingLedger *ReadingLedger) TryPackRegistry() ([]byte, error) {
	return readingLedger.abi.Pack("registry")
}

// UnpackRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (readingLedger *ReadingLedger) UnpackRegistry(data []byte) (common.Address, error) {
	out, err := readingLedger.abi.Unpack("registry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSubmit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9cd6442a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submit((uint64,uint64,uint64,uint64,uint64,bytes32)[] readings, bytes[] signatures) returns()
func (readingLedger *ReadingLedger) PackSubmit(readings []ReadingLedgerReading, signatures [][]byte) []byte {
	enc, err := readingLedger.abi.Pack("submit", readings, signatures)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9cd6442a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submit((uint64,uint64,uint64,uint64,uint64,bytes32)[] readings, bytes[] signatures) returns()
func (readingLedger *ReadingLedger) TryPackSubmit(readings []ReadingLedgerReading, signatures [][]byte) ([]byte, error) {
	return readingLedger.abi.Pack("submit", readings, signatures)
}

// PackSubmitPacked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf6d7c0e0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitPacked(bytes records) returns()
func (readingLedger *ReadingLedger) PackSubmitPacked(records []byte) []byte {
	enc, err := readingLedger.abi.Pack("submitPacked", records)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmitPacked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf6d7c0e0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submitPacked(bytes records) returns()
func (readingLedger *ReadingLedger) TryPackSubmitPacked(records []byte) ([]byte, error) {
	return readingLedger.abi.Pack("submitPacked", records)
}

// ReadingLedgerEIP712DomainChanged represents a EIP712DomainChanged event raised by the ReadingLedger contract.
type ReadingLedgerEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const ReadingLedgerEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (ReadingLedgerEIP712DomainChanged) ContractEventName() string {
	return ReadingLedgerEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (readingLedger *ReadingLedger) UnpackEIP712DomainChangedEvent(log *types.Log) (*ReadingLedgerEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != readingLedger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReadingLedgerEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := readingLedger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range readingLedger.abi.Events[event].Inputs {
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

// ReadingLedgerPeriodClosed represents a PeriodClosed event raised by the ReadingLedger contract.
type ReadingLedgerPeriodClosed struct {
	MeterId  uint64
	Period   uint32
	ImportWh uint64
	ExportWh uint64
	Raw      *types.Log // Blockchain specific contextual infos
}

const ReadingLedgerPeriodClosedEventName = "PeriodClosed"

// ContractEventName returns the user-defined event name.
func (ReadingLedgerPeriodClosed) ContractEventName() string {
	return ReadingLedgerPeriodClosedEventName
}

// UnpackPeriodClosedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PeriodClosed(uint64 indexed meterId, uint32 indexed period, uint64 importWh, uint64 exportWh)
func (readingLedger *ReadingLedger) UnpackPeriodClosedEvent(log *types.Log) (*ReadingLedgerPeriodClosed, error) {
	event := "PeriodClosed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != readingLedger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReadingLedgerPeriodClosed)
	if len(log.Data) > 0 {
		if err := readingLedger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range readingLedger.abi.Events[event].Inputs {
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

// ReadingLedgerReadingAccepted represents a ReadingAccepted event raised by the ReadingLedger contract.
type ReadingLedgerReadingAccepted struct {
	MeterId    uint64
	Seq        uint64
	Timestamp  uint64
	ImportWh   uint64
	ExportWh   uint64
	DetailHash [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const ReadingLedgerReadingAcceptedEventName = "ReadingAccepted"

// ContractEventName returns the user-defined event name.
func (ReadingLedgerReadingAccepted) ContractEventName() string {
	return ReadingLedgerReadingAcceptedEventName
}

// UnpackReadingAcceptedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReadingAccepted(uint64 indexed meterId, uint64 seq, uint64 timestamp, uint64 importWh, uint64 exportWh, bytes32 detailHash)
func (readingLedger *ReadingLedger) UnpackReadingAcceptedEvent(log *types.Log) (*ReadingLedgerReadingAccepted, error) {
	event := "ReadingAccepted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != readingLedger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReadingLedgerReadingAccepted)
	if len(log.Data) > 0 {
		if err := readingLedger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range readingLedger.abi.Events[event].Inputs {
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

// ReadingLedgerReadingRejected represents a ReadingRejected event raised by the ReadingLedger contract.
type ReadingLedgerReadingRejected struct {
	MeterId uint64
	Seq     uint64
	Reason  uint8
	Raw     *types.Log // Blockchain specific contextual infos
}

const ReadingLedgerReadingRejectedEventName = "ReadingRejected"

// ContractEventName returns the user-defined event name.
func (ReadingLedgerReadingRejected) ContractEventName() string {
	return ReadingLedgerReadingRejectedEventName
}

// UnpackReadingRejectedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReadingRejected(uint64 indexed meterId, uint64 seq, uint8 reason)
func (readingLedger *ReadingLedger) UnpackReadingRejectedEvent(log *types.Log) (*ReadingLedgerReadingRejected, error) {
	event := "ReadingRejected"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != readingLedger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReadingLedgerReadingRejected)
	if len(log.Data) > 0 {
		if err := readingLedger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range readingLedger.abi.Events[event].Inputs {
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
func (readingLedger *ReadingLedger) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], readingLedger.abi.Errors["BatchLengthMismatch"].ID.Bytes()[:4]) {
		return readingLedger.UnpackBatchLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], readingLedger.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return readingLedger.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], readingLedger.abi.Errors["MalformedBatch"].ID.Bytes()[:4]) {
		return readingLedger.UnpackMalformedBatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], readingLedger.abi.Errors["NoBaseline"].ID.Bytes()[:4]) {
		return readingLedger.UnpackNoBaselineError(raw[4:])
	}
	if bytes.Equal(raw[:4], readingLedger.abi.Errors["NotRelayer"].ID.Bytes()[:4]) {
		return readingLedger.UnpackNotRelayerError(raw[4:])
	}
	if bytes.Equal(raw[:4], readingLedger.abi.Errors["PeriodNotClosed"].ID.Bytes()[:4]) {
		return readingLedger.UnpackPeriodNotClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], readingLedger.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return readingLedger.UnpackStringTooLongError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ReadingLedgerBatchLengthMismatch represents a BatchLengthMismatch error raised by the ReadingLedger contract.
type ReadingLedgerBatchLengthMismatch struct {
	Readings   *big.Int
	Signatures *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchLengthMismatch(uint256 readings, uint256 signatures)
func ReadingLedgerBatchLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0x81b5b207f4ceee88a305d93332dfd817c8615ec6ddd3c8ac2066f79411ad6c78")
}

// UnpackBatchLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchLengthMismatch(uint256 readings, uint256 signatures)
func (readingLedger *ReadingLedger) UnpackBatchLengthMismatchError(raw []byte) (*ReadingLedgerBatchLengthMismatch, error) {
	out := new(ReadingLedgerBatchLengthMismatch)
	if err := readingLedger.abi.UnpackIntoInterface(out, "BatchLengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReadingLedgerInvalidShortString represents a InvalidShortString error raised by the ReadingLedger contract.
type ReadingLedgerInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func ReadingLedgerInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (readingLedger *ReadingLedger) UnpackInvalidShortStringError(raw []byte) (*ReadingLedgerInvalidShortString, error) {
	out := new(ReadingLedgerInvalidShortString)
	if err := readingLedger.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReadingLedgerMalformedBatch represents a MalformedBatch error raised by the ReadingLedger contract.
type ReadingLedgerMalformedBatch struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MalformedBatch(uint256 length)
func ReadingLedgerMalformedBatchErrorID() common.Hash {
	return common.HexToHash("0x70ac562d39aac733368e4feca6c3c85dd40665c1cb8c23336e1557fd5d7b1730")
}

// UnpackMalformedBatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MalformedBatch(uint256 length)
func (readingLedger *ReadingLedger) UnpackMalformedBatchError(raw []byte) (*ReadingLedgerMalformedBatch, error) {
	out := new(ReadingLedgerMalformedBatch)
	if err := readingLedger.abi.UnpackIntoInterface(out, "MalformedBatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReadingLedgerNoBaseline represents a NoBaseline error raised by the ReadingLedger contract.
type ReadingLedgerNoBaseline struct {
	MeterId uint64
	Period  uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoBaseline(uint64 meterId, uint32 period)
func ReadingLedgerNoBaselineErrorID() common.Hash {
	return common.HexToHash("0x5f3464c92660e96eed57308c7a61f34082d67025d452e4314571f9e1cc1529c1")
}

// UnpackNoBaselineError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoBaseline(uint64 meterId, uint32 period)
func (readingLedger *ReadingLedger) UnpackNoBaselineError(raw []byte) (*ReadingLedgerNoBaseline, error) {
	out := new(ReadingLedgerNoBaseline)
	if err := readingLedger.abi.UnpackIntoInterface(out, "NoBaseline", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReadingLedgerNotRelayer represents a NotRelayer error raised by the ReadingLedger contract.
type ReadingLedgerNotRelayer struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRelayer(address caller)
func ReadingLedgerNotRelayerErrorID() common.Hash {
	return common.HexToHash("0x366b2e5a6ef7a1142bf5af5b5b0034d25a76775bdac9ac62ed19327043788dac")
}

// UnpackNotRelayerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRelayer(address caller)
func (readingLedger *ReadingLedger) UnpackNotRelayerError(raw []byte) (*ReadingLedgerNotRelayer, error) {
	out := new(ReadingLedgerNotRelayer)
	if err := readingLedger.abi.UnpackIntoInterface(out, "NotRelayer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReadingLedgerPeriodNotClosed represents a PeriodNotClosed error raised by the ReadingLedger contract.
type ReadingLedgerPeriodNotClosed struct {
	MeterId uint64
	Period  uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PeriodNotClosed(uint64 meterId, uint32 period)
func ReadingLedgerPeriodNotClosedErrorID() common.Hash {
	return common.HexToHash("0xbbb6e41b76d77c798b7d570853478fcafba07a66b6e048d8a3624b3b793d44df")
}

// UnpackPeriodNotClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PeriodNotClosed(uint64 meterId, uint32 period)
func (readingLedger *ReadingLedger) UnpackPeriodNotClosedError(raw []byte) (*ReadingLedgerPeriodNotClosed, error) {
	out := new(ReadingLedgerPeriodNotClosed)
	if err := readingLedger.abi.UnpackIntoInterface(out, "PeriodNotClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReadingLedgerStringTooLong represents a StringTooLong error raised by the ReadingLedger contract.
type ReadingLedgerStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func ReadingLedgerStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (readingLedger *ReadingLedger) UnpackStringTooLongError(raw []byte) (*ReadingLedgerStringTooLong, error) {
	out := new(ReadingLedgerStringTooLong)
	if err := readingLedger.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}
