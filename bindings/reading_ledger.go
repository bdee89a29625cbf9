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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractMeterRegistry\",\"name\":\"registry_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"readings\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"signatures\",\"type\":\"uint256\"}],\"name\":\"BatchLengthMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"MalformedBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"}],\"name\":\"NoBaseline\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotRegistry\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotRelayer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"}],\"name\":\"PeriodNotClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"SignerInUse\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"}],\"name\":\"PeriodClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"detailHash\",\"type\":\"bytes32\"}],\"name\":\"ReadingAccepted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"enumReadingLedger.Reason\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"ReadingRejected\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_FUTURE_SKEW\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PACKED_RECORD_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"READING_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"disable\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"maxPowerW\",\"type\":\"uint32\"}],\"name\":\"enroll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"}],\"name\":\"isPeriodClosed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"}],\"name\":\"lastReading\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"}],\"internalType\":\"structReadingLedger.MeterState\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"name\":\"periodOf\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"}],\"name\":\"periodRegisters\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"openingImportWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"openingExportWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"closingImportWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"closingExportWh\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"detailHash\",\"type\":\"bytes32\"}],\"internalType\":\"structReadingLedger.Reading\",\"name\":\"r\",\"type\":\"tuple\"}],\"name\":\"readingDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractMeterRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"oldSigner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"newSigner\",\"type\":\"address\"}],\"name\":\"rekey\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"detailHash\",\"type\":\"bytes32\"}],\"internalType\":\"structReadingLedger.Reading[]\",\"name\":\"readings\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes[]\",\"name\":\"signatures\",\"type\":\"bytes[]\"}],\"name\":\"submit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"records\",\"type\":\"bytes\"}],\"name\":\"submitPacked\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "ReadingLedger",
	Bin: "0x610180806040523461019a576020816122ec8038038091610020828561019e565b83398101031261019a57516001600160a01b038116810361019a5760405161004960408261019e565b600a815260208101906936b2ba32b931b430b4b760b11b82526040519161007160408461019e565b600183526020830191603160f81b835261008a816101d5565b61012052610097846101d5565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a0815261010060c08261019e565b5190206080523060c052610160526040516120ab9081610241823960805181611fc8015260a05181612085015260c05181611f99015260e051816120170152610100518161203d01526101205181610c0801526101405181610c31015261016051818181610160015281816103d1015281816104d30152818161095901528181610d8a01528181610de6015281816112c90152611d310152f35b5f80fd5b601f909101601f19168101906001600160401b038211908210176101c157604052565b634e487b7160e01b5f52604160045260245ffd5b601f8151116102005760208151910151602082106101f1571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fdfe6080806040526004361015610012575f80fd5b5f3560e01c90816306a3f0e91461104b5750806315db04fc1461102f5780634ccae0b314610ff457806373e5595014610dae5780637b10399914610d5e5780637dda5f7f14610d0457806384b0196e14610bf05780639cd6442a146108ae578063b55592c21461081f578063c2aafa3714610722578063d84b1a2f14610489578063e58275121461046e578063e6c09edf146103a1578063f6d7c0e0146100fb5763fdfe05a4146100c1575f80fd5b346100f75760406003193601126100f75760206100ed6100df611083565b6100e7611123565b90611405565b6040519015158152f35b5f80fd5b346100f75760206003193601126100f75760043567ffffffffffffffff81116100f757366023820112156100f757806004013567ffffffffffffffff81116100f75736602482840101116100f75773ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000166040517f926d7d7f000000000000000000000000000000000000000000000000000000008152602081600481855afa908115610362575f9161036d575b506040517f91d1485400000000000000000000000000000000000000000000000000000000815260048101919091523360248201529060209082908180604481015b03915afa908115610362575f91610328575b50156102fc57608881066102d157608890045f5b81811061022e57005b806102cb60886001930285016024810135908160c01c9167ffffffffffffffff8160801c169067ffffffffffffffff808260401c16911690604484013560c01c926102c3604c860135958761028c8888888888608c88013596611552565b60ff601b606c7f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff851695013593821c011690611c4f565b505095611788565b01610225565b7f70ac562d000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f366b2e5a000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b90506020813d60201161035a575b81610343602093836111b7565b810103126100f757610354906111f8565b83610211565b3d9150610336565b6040513d5f823e3d90fd5b90506020813d602011610399575b81610388602093836111b7565b810103126100f757516101ff6101bd565b3d915061037b565b346100f75760206003193601126100f7576103ba61109a565b73ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001633036104425773ffffffffffffffffffffffffffffffffffffffff165f52600260205260405f207fffffffffffffffffffffffffffffffffffffffffffffffff00000000ffffffff81541690555f80f35b7f631a294a000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b346100f7575f6003193601126100f757602060405160888152f35b346100f75760606003193601126100f7576104a2611083565b6104aa6110bd565b6044359063ffffffff82168092036100f75773ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001633036104425773ffffffffffffffffffffffffffffffffffffffff1690815f52600260205263ffffffff60405f2054166106f6576040519261053484611136565b63ffffffff16835260208301908152604083015f815260608401905f825260808501925f845260a08601945f86525f52600260205260405f20955163ffffffff1663ffffffff1686547fffffffffffffffffffffffffffffffffffffffffffffffffffffffff00000000161786555163ffffffff166105e79086907fffffffffffffffffffffffffffffffffffffffffffffffff00000000ffffffff67ffffffff0000000083549260201b169116179055565b5184547fffffffffffffffffffffffffffffffffffffffff00000000ffffffffffffffff1660409190911b6bffffffff0000000000000000161784555183547fffffffffffffffffffffffffffffffff00000000ffffffffffffffffffffffff1660609190911b6fffffffff000000000000000000000000161783555182547fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff1660809190911b77ffffffffffffffff000000000000000000000000000000001617825551815477ffffffffffffffffffffffffffffffffffffffffffffffff1660c09190911b7fffffffffffffffff000000000000000000000000000000000000000000000000161790555b005b507ff74a198c000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346100f75760406003193601126100f75761073b611083565b610743611123565b67ffffffffffffffff602061075784611252565b01511680159081156107ff575b506107c05767ffffffffffffffff6107918361078b61078585608097611ae9565b94611b8d565b90611ae9565b5491548160405193818160201c16855260601c166020840152818160201c16604084015260601c166060820152f35b67ffffffffffffffff63ffffffff927fbbb6e41b000000000000000000000000000000000000000000000000000000005f52166004521660245260445ffd5b63ffffffff915061080f90611494565b1663ffffffff8216101583610764565b346100f75760c06003193601126100f75760043567ffffffffffffffff811681036100f75760243567ffffffffffffffff811681036100f7576044359167ffffffffffffffff831683036100f75760643567ffffffffffffffff811681036100f7576084359067ffffffffffffffff821682036100f7576020946108a69460a43594611552565b604051908152f35b346100f75760406003193601126100f75760043567ffffffffffffffff81116100f757366023820112156100f75780600401359067ffffffffffffffff82116100f75736602460c08402830101116100f7576024359167ffffffffffffffff83116100f757366023840112156100f75782600401359067ffffffffffffffff82116100f7573660248360051b860101116100f75773ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000166040517f926d7d7f000000000000000000000000000000000000000000000000000000008152602081600481855afa908115610362575f91610bbc575b506040517f91d1485400000000000000000000000000000000000000000000000000000000815260048101919091523360248201529060209082908180604481015b03915afa908115610362575f91610b82575b50156102fc57818103610b5457915f907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffbd85360301915b848110156106f45760c081028201906024820191610a5e836113db565b9260448201610a6c816113db565b906064840195610aa8610a7e886113db565b916084870196610a8d886113db565b60a482019460c4610a9d876113db565b930135978894611552565b948a871015610b275760248d8860051b0101358a8112156100f7578d019760248901359867ffffffffffffffff8a116100f757604401988036038a136100f757610b15610b15610b15610b0f610b07610b1b9560019f610b219e6115df565b50509a6113db565b976113db565b936113db565b93611788565b01610a41565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b7f81b5b207000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b90506020813d602011610bb4575b81610b9d602093836111b7565b810103126100f757610bae906111f8565b85610a0a565b3d9150610b90565b90506020813d602011610be8575b81610bd7602093836111b7565b810103126100f757516109f86109b6565b3d9150610bca565b346100f7575f6003193601126100f757610ca8610c2c7f0000000000000000000000000000000000000000000000000000000000000000611bf8565b610c557f0000000000000000000000000000000000000000000000000000000000000000611bf8565b6020610cb660405192610c6883856111b7565b5f84525f3681376040519586957f0f00000000000000000000000000000000000000000000000000000000000000875260e08588015260e08701906110e0565b9085820360408701526110e0565b4660608501523060808501525f60a085015283810360c08501528180845192838152019301915f5b828110610ced57505050500390f35b835185528695509381019392810192600101610cde565b346100f75760206003193601126100f7576080610d27610d22611083565b611252565b67ffffffffffffffff6060604051928281511684528260208201511660208501528260408201511660408501520151166060820152f35b346100f7575f6003193601126100f757602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b346100f75760406003193601126100f757610dc761109a565b610dcf6110bd565b73ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001633036104425773ffffffffffffffffffffffffffffffffffffffff1690815f52600260205263ffffffff60405f2054166106f65773ffffffffffffffffffffffffffffffffffffffff1690815f52600260205260405f20905f52600260205260405f20818103610e81575b5f83815260026020526040812055005b8154815463ffffffff9091167fffffffffffffffffffffffffffffffffffffffffffffffffffffffff00000000821681178355835467ffffffff00000000167fffffffffffffffffffffffffffffffffffffffffffffffff000000000000000090921617178155610fed91805482547fffffffffffffffffffffffffffffffffffffffff00000000ffffffffffffffff166bffffffff0000000000000000909116178255805482547fffffffffffffffffffffffffffffffff00000000ffffffffffffffffffffffff166fffffffff000000000000000000000000909116178255805482547fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff1677ffffffffffffffff0000000000000000000000000000000090911617825554815477ffffffffffffffffffffffffffffffffffffffffffffffff167fffffffffffffffff000000000000000000000000000000000000000000000000909116179055565b8180610e71565b346100f75760206003193601126100f757602061102167ffffffffffffffff61101b611083565b16611494565b63ffffffff60405191168152f35b346100f7575f6003193601126100f757602060405161012c8152f35b346100f7575f6003193601126100f757807fe7d46cdbbc682ba8b888a648f9e9318c1778e97a2a23d7abb044fa045bc58cac60209252f35b6004359067ffffffffffffffff821682036100f757565b6004359073ffffffffffffffffffffffffffffffffffffffff821682036100f757565b6024359073ffffffffffffffffffffffffffffffffffffffff821682036100f757565b907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f602080948051918291828752018686015e5f8582860101520116010190565b6024359063ffffffff821682036100f757565b60c0810190811067ffffffffffffffff82111761115257604052565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b6080810190811067ffffffffffffffff82111761115257604052565b6060810190811067ffffffffffffffff82111761115257604052565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff82111761115257604052565b519081151582036100f757565b908160609103126100f757805173ffffffffffffffffffffffffffffffffffffffff811681036100f75791602082015163ffffffff811681036100f757604061124f9193016111f8565b90565b60405161125e8161117f565b5f81525f60208201525f60408201525f60608201525067ffffffffffffffff604051917f99597bdd000000000000000000000000000000000000000000000000000000008352169081600482015260608160248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa80156103625773ffffffffffffffffffffffffffffffffffffffff915f916113aa575b501690815f52600260205260405f209115908115611398575b5061137357546040519061133a8261117f565b63ffffffff8160401c16825263ffffffff8160601c16602083015267ffffffffffffffff8160801c16604083015260c01c606082015290565b506040516113808161117f565b5f81525f60208201525f60408201525f606082015290565b905063ffffffff82541614155f611327565b6113cc915060603d6060116113d4575b6113c481836111b7565b810190611205565b50505f61130e565b503d6113ba565b3567ffffffffffffffff811681036100f75790565b8054821015610b27575f5260205f2001905f90565b67ffffffffffffffff602061141983611252565b0151168015908115611474575b5061146e5767ffffffffffffffff165f52600360205260405f209081541515918261145057505090565b909150805415610b27575f5263ffffffff8060205f20541691161190565b50505f90565b63ffffffff915061148490611494565b1663ffffffff831610155f611426565b620151805f1963ffffffff920104606462023ab1620afa6c8301049162023ab1830290039160996002620afa6c61016d81870162023ab0810490836105b4618eac830492048a03010103049585870487841c8861016d0201039003016005020104600a81105f1461152a57600301925b6002841161151f5761019060ff60015b169202010102011690565b61019060ff5f611514565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff70192611504565b926042959260e09592604051957fe7d46cdbbc682ba8b888a648f9e9318c1778e97a2a23d7abb044fa045bc58cac8752602087015260408601526060850152608084015260a083015260c0820152206115a9611f82565b90604051917f19010000000000000000000000000000000000000000000000000000000000008352600283015260228201522090565b9060418303611609576116029250602081013591604082359201355f1a90611c4f565b9192909190565b50505f9160029190565b63ffffffff5f199116019063ffffffff821161162b57565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b9067ffffffffffffffff8091169116039067ffffffffffffffff821161162b57565b8054680100000000000000008110156111525761169c916001820181556113f0565b91909161175c5763ffffffff80825116167fffffffffffffffffffffffffffffffffffffffffffffffffffffffff000000008354161782556020810151907fffffffffffffffffffffffff00000000000000000000000000000000ffffffff73ffffffffffffffff00000000000000000000000060406bffffffffffffffff0000000086549560201b1693847fffffffffffffffffffffffffffffffffffffffff0000000000000000ffffffff8716178755015160601b16921617179055565b7f4e487b71000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b9573ffffffffffffffffffffffffffffffffffffffff90959493929195165f52600260205260405f206040516117bd81611136565b815463ffffffff81169182815263ffffffff8260201c16602082015263ffffffff8260401c16604082015289606082019163ffffffff8460601c1683528888888d67ffffffffffffffff6080860196818a60801c16885260a087019960c01c8a521680991480611ae0575b15611acd5761183694611dcc565b6009811015611aa05780611a585750815163ffffffff168061192357505050509160a09593917fbb6020b2e9b99c01c93597b1935c225f2a39f14a69313976b3623a25a387d6c79795935f5260036020526118e460405f206118a96118a467ffffffffffffffff8616611494565b611b8d565b9063ffffffff604051926118bc8461119b565b16825267ffffffffffffffff8616602083015267ffffffffffffffff8716604083015261167a565b8360c01b8360801b178260601b8760401b1767ffffffffffffffff835416171790556040519485526020850152604084015260608301526080820152a2565b63ffffffff61194062015180929c9a989693949b9997959c611613565b16049967ffffffffffffffff8516925f1984019a67ffffffffffffffff8c1161162b577fbb6020b2e9b99c01c93597b1935c225f2a39f14a69313976b3623a25a387d6c79c63ffffffff67ffffffffffffffff6201518060a09f821604169116036119b0575b50505050506118e4565b63ffffffff6119cb6119c58280945116611494565b96611494565b1694169384036119dc575b806119a6565b7fa454cb22aa2e91e017a750e73a1063c0d395cbc92f5e9cea60a2d039fdddd6839167ffffffffffffffff80604093865f526003602052611a3f855f20838351169084875116885192611a2e8461119b565b8c845260208401528883015261167a565b511691511682519182526020820152a35f8080806119d6565b965050505096505050604092507f4fe5b7944e98386fdf18d623e335916371adfcf48c954355fbd6b3ba01fbf9de93915067ffffffffffffffff8351921682526020820152a2565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b5050505050611adb8b611cde565b611836565b50881515611828565b9067ffffffffffffffff63ffffffff93921691825f52600360205260405f2091825494859116945b611b46575050507f5f3464c9000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b5f19810181811161162b578563ffffffff611b6183876113f0565b5054161115611b7a5750801561162b575f190180611b11565b9291945050611b8992506113f0565b5090565b63ffffffff811690600163ffffffff6064840616145f14611bee57507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff9c0163ffffffff811161162b5763ffffffff600b91160163ffffffff811161162b5790565b61124f9150611613565b60ff811690601f8211611c275760405191611c146040846111b7565b6020808452838101919036833783525290565b7fb3512b0c000000000000000000000000000000000000000000000000000000005f5260045ffd5b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411611cd3579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa15610362575f5173ffffffffffffffffffffffffffffffffffffffff811615611cc957905f905f90565b505f906001905f90565b5050505f9160039190565b67ffffffffffffffff604051917f99597bdd00000000000000000000000000000000000000000000000000000000835216600482015260608160248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa908115610362575f905f92611d94575b5073ffffffffffffffffffffffffffffffffffffffff1615611d8e5715611d8957600390565b600290565b50600190565b73ffffffffffffffffffffffffffffffffffffffff9250611dc4915060603d6060116113d4576113c481836111b7565b929050611d63565b9293602084019163ffffffff83511615611f775767ffffffffffffffff63ffffffff604087015116911690811190811591611f69575b50611f5f57606084019463ffffffff86511667ffffffffffffffff851690811115611f535761012c420180421161162b578111908115611f45575b50611f3a5767ffffffffffffffff608086015116918267ffffffffffffffff8316108015611f19575b611f0d5763ffffffff875116611e82575b505050505050505f90565b67ffffffffffffffff60a081611e9c8196611ea796611658565b169701511690611658565b16830180931161162b57610e10830292808404610e10149015171561162b5767ffffffffffffffff9163ffffffff80611ee593511695511690611658565b169182810292818404149015171561162b5711611f08575f808080808080611e77565b600890565b50505050505050600790565b5067ffffffffffffffff60a08701511667ffffffffffffffff821610611e66565b505050505050600690565b63ffffffff9150115f611e3d565b50505050505050600590565b5050505050600490565b63ffffffff9150115f611e02565b505050505050600290565b73ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016301480612082575b15611fea577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a0815261207c60c0826111b7565b51902090565b507f00000000000000000000000000000000000000000000000000000000000000004614611fc156",
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

// PackDisable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe6c09edf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disable(address signer) returns()
func (readingLedger *ReadingLedger) PackDisable(signer common.Address) []byte {
	enc, err := readingLedger.abi.Pack("disable", signer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe6c09edf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disable(address signer) returns()
func (readingLedger *ReadingLedger) TryPackDisable(signer common.Address) ([]byte, error) {
	return readingLedger.abi.Pack("disable", signer)
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

// PackEnroll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd84b1a2f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function enroll(uint64 meterId, address signer, uint32 maxPowerW) returns()
func (readingLedger *ReadingLedger) PackEnroll(meterId uint64, signer common.Address, maxPowerW uint32) []byte {
	enc, err := readingLedger.abi.Pack("enroll", meterId, signer, maxPowerW)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEnroll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd84b1a2f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function enroll(uint64 meterId, address signer, uint32 maxPowerW) returns()
func (readingLedger *ReadingLedger) TryPackEnroll(meterId uint64, signer common.Address, maxPowerW uint32) ([]byte, error) {
	return readingLedger.abi.Pack("enroll", meterId, signer, maxPowerW)
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

// PackRekey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x73e55950.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rekey(address oldSigner, address newSigner) returns()
func (readingLedger *ReadingLedger) PackRekey(oldSigner common.Address, newSigner common.Address) []byte {
	enc, err := readingLedger.abi.Pack("rekey", oldSigner, newSigner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRekey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x73e55950.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rekey(address oldSigner, address newSigner) returns()
func (readingLedger *ReadingLedger) TryPackRekey(oldSigner common.Address, newSigner common.Address) ([]byte, error) {
	return readingLedger.abi.Pack("rekey", oldSigner, newSigner)
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
	if bytes.Equal(raw[:4], readingLedger.abi.Errors["NotRegistry"].ID.Bytes()[:4]) {
		return readingLedger.UnpackNotRegistryError(raw[4:])
	}
	if bytes.Equal(raw[:4], readingLedger.abi.Errors["NotRelayer"].ID.Bytes()[:4]) {
		return readingLedger.UnpackNotRelayerError(raw[4:])
	}
	if bytes.Equal(raw[:4], readingLedger.abi.Errors["PeriodNotClosed"].ID.Bytes()[:4]) {
		return readingLedger.UnpackPeriodNotClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], readingLedger.abi.Errors["SignerInUse"].ID.Bytes()[:4]) {
		return readingLedger.UnpackSignerInUseError(raw[4:])
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

// ReadingLedgerNotRegistry represents a NotRegistry error raised by the ReadingLedger contract.
type ReadingLedgerNotRegistry struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRegistry(address caller)
func ReadingLedgerNotRegistryErrorID() common.Hash {
	return common.HexToHash("0x631a294a41a730c8b83fc0d8fe9f45ed8336003d618d1d97b39459e4ec1deb78")
}

// UnpackNotRegistryError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRegistry(address caller)
func (readingLedger *ReadingLedger) UnpackNotRegistryError(raw []byte) (*ReadingLedgerNotRegistry, error) {
	out := new(ReadingLedgerNotRegistry)
	if err := readingLedger.abi.UnpackIntoInterface(out, "NotRegistry", raw); err != nil {
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

// ReadingLedgerSignerInUse represents a SignerInUse error raised by the ReadingLedger contract.
type ReadingLedgerSignerInUse struct {
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignerInUse(address signer)
func ReadingLedgerSignerInUseErrorID() common.Hash {
	return common.HexToHash("0xf74a198c3a3e836100b4eed79a8b1fe80ba62ead8c811efacbb31099fa34bb1d")
}

// UnpackSignerInUseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignerInUse(address signer)
func (readingLedger *ReadingLedger) UnpackSignerInUseError(raw []byte) (*ReadingLedgerSignerInUse, error) {
	out := new(ReadingLedgerSignerInUse)
	if err := readingLedger.abi.UnpackIntoInterface(out, "SignerInUse", raw); err != nil {
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
