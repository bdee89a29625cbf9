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
	Bin: "0x610180806040523461019a5760208161233a8038038091610020828561019e565b83398101031261019a57516001600160a01b038116810361019a5760405161004960408261019e565b600a815260208101906936b2ba32b931b430b4b760b11b82526040519161007160408461019e565b600183526020830191603160f81b835261008a816101d5565b61012052610097846101d5565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a0815261010060c08261019e565b5190206080523060c052610160526040516120f9908161024182396080518161173c015260a051816117f9015260c0518161170d015260e0518161178b015261010051816117b101526101205181610dac01526101405181610dd50152610160518181816101600152818161045c0152818161055e01528181610a6c01528181610f2e01528181610f8a0152818161146d0152611f050152f35b5f80fd5b601f909101601f19168101906001600160401b038211908210176101c157604052565b634e487b7160e01b5f52604160045260245ffd5b601f8151116102005760208151910151602082106101f1571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fdfe6080806040526004361015610012575f80fd5b5f3560e01c90816306a3f0e9146111ef5750806315db04fc146111d35780634ccae0b31461119857806373e5595014610f525780637b10399914610f025780637dda5f7f14610ea857806384b0196e14610d945780639cd6442a146109c2578063b55592c2146108aa578063c2aafa37146107ad578063d84b1a2f14610514578063e5827512146104f9578063e6c09edf1461042c578063f6d7c0e0146100fb5763fdfe05a4146100c1575f80fd5b346100f75760406003193601126100f75760206100ed6100df611227565b6100e76112c7565b906115a9565b6040519015158152f35b5f80fd5b346100f75760206003193601126100f75760043567ffffffffffffffff81116100f757366023820112156100f757806004013567ffffffffffffffff81116100f75736602482840101116100f75773ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000166040517f926d7d7f000000000000000000000000000000000000000000000000000000008152602081600481855afa9081156103ed575f916103f8575b506040517f91d1485400000000000000000000000000000000000000000000000000000000815260048101919091523360248201529060209082908180604481015b03915afa9081156103ed575f916103b3575b5015610387576088810661035c576088900461022b6116f6565b915f5b82811061023757005b80610356608860019302840160248101358060c01c9167ffffffffffffffff8260801c169167ffffffffffffffff808260401c169116908361034e604485013560c01c948d61031789888888604c8701359c8d94608c890135979490929360e09460429793604051957fe7d46cdbbc682ba8b888a648f9e9318c1778e97a2a23d7abb044fa045bc58cac8752602087015260408601526060850152608084015260a083015260c082015220604051917f19010000000000000000000000000000000000000000000000000000000000008352600283015260228201522090565b60ff601b606c7f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff851695013593821c011690611e23565b505095611961565b0161022e565b7f70ac562d000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f366b2e5a000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b90506020813d6020116103e5575b816103ce6020938361135b565b810103126100f7576103df9061139c565b83610211565b3d91506103c1565b6040513d5f823e3d90fd5b90506020813d602011610424575b816104136020938361135b565b810103126100f757516101ff6101bd565b3d9150610406565b346100f75760206003193601126100f75761044561123e565b73ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001633036104cd5773ffffffffffffffffffffffffffffffffffffffff165f52600260205260405f207fffffffffffffffffffffffffffffffffffffffffffffffff00000000ffffffff81541690555f80f35b7f631a294a000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b346100f7575f6003193601126100f757602060405160888152f35b346100f75760606003193601126100f75761052d611227565b610535611261565b6044359063ffffffff82168092036100f75773ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001633036104cd5773ffffffffffffffffffffffffffffffffffffffff1690815f52600260205263ffffffff60405f20541661078157604051926105bf846112da565b63ffffffff16835260208301908152604083015f815260608401905f825260808501925f845260a08601945f86525f52600260205260405f20955163ffffffff1663ffffffff1686547fffffffffffffffffffffffffffffffffffffffffffffffffffffffff00000000161786555163ffffffff166106729086907fffffffffffffffffffffffffffffffffffffffffffffffff00000000ffffffff67ffffffff0000000083549260201b169116179055565b5184547fffffffffffffffffffffffffffffffffffffffff00000000ffffffffffffffff1660409190911b6bffffffff0000000000000000161784555183547fffffffffffffffffffffffffffffffff00000000ffffffffffffffffffffffff1660609190911b6fffffffff000000000000000000000000161783555182547fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff1660809190911b77ffffffffffffffff000000000000000000000000000000001617825551815477ffffffffffffffffffffffffffffffffffffffffffffffff1660c09190911b7fffffffffffffffff000000000000000000000000000000000000000000000000161790555b005b507ff74a198c000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346100f75760406003193601126100f7576107c6611227565b6107ce6112c7565b67ffffffffffffffff60206107e2846113f6565b015116801590811561088a575b5061084b5767ffffffffffffffff61081c8361081661081085608097611c8c565b94611d5d565b90611c8c565b5491548160405193818160201c16855260601c166020840152818160201c16604084015260601c166060820152f35b67ffffffffffffffff63ffffffff927fbbb6e41b000000000000000000000000000000000000000000000000000000005f52166004521660245260445ffd5b63ffffffff915061089a90611638565b1663ffffffff82161015836107ef565b346100f75760c06003193601126100f7576108c36116f6565b60043567ffffffffffffffff811681036100f7576024359167ffffffffffffffff831683036100f75760443567ffffffffffffffff811681036100f75760643567ffffffffffffffff811681036100f7576084359167ffffffffffffffff831683036100f7576020956109ba9560a435959490929360e09460429793604051957fe7d46cdbbc682ba8b888a648f9e9318c1778e97a2a23d7abb044fa045bc58cac8752602087015260408601526060850152608084015260a083015260c082015220604051917f19010000000000000000000000000000000000000000000000000000000000008352600283015260228201522090565b604051908152f35b346100f75760406003193601126100f75760043567ffffffffffffffff81116100f757366023820112156100f75780600401359067ffffffffffffffff82116100f75736602460c08402830101116100f75760243567ffffffffffffffff81116100f757366023820112156100f75780600401359067ffffffffffffffff82116100f7573660248360051b830101116100f75773ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000166040517f926d7d7f000000000000000000000000000000000000000000000000000000008152602081600481855afa9081156103ed575f91610d60575b506040517f91d1485400000000000000000000000000000000000000000000000000000000815260048101919091523360248201529060209082908180604481015b03915afa9081156103ed575f91610d26575b501561038757818403610cf657610b359392936116f6565b935f907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffbd83360301915b8581101561077f5760c081028201906024820191610b7c8361157f565b926044820193610b8b8561157f565b946064840195610c4a8d610b9e8961157f565b966084810197610bad8961157f565b9060a483019560c4610bbe8861157f565b9401359889959490929360e09460429793604051957fe7d46cdbbc682ba8b888a648f9e9318c1778e97a2a23d7abb044fa045bc58cac8752602087015260408601526060850152608084015260a083015260c082015220604051917f19010000000000000000000000000000000000000000000000000000000000008352600283015260228201522090565b948b871015610cc95760248760051b8c0101358a8112156100f7578b019760248901359867ffffffffffffffff8a116100f757604401988036038a136100f757610cb7610cb7610cb7610cb1610ca9610cbd9560019f610cc39e61181f565b50509a61157f565b9761157f565b9361157f565b93611961565b01610b5f565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b50827f81b5b207000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b90506020813d602011610d58575b81610d416020938361135b565b810103126100f757610d529061139c565b85610b1d565b3d9150610d34565b90506020813d602011610d8c575b81610d7b6020938361135b565b810103126100f75751610b0b610ac9565b3d9150610d6e565b346100f7575f6003193601126100f757610e4c610dd07f0000000000000000000000000000000000000000000000000000000000000000611dcc565b610df97f0000000000000000000000000000000000000000000000000000000000000000611dcc565b6020610e5a60405192610e0c838561135b565b5f84525f3681376040519586957f0f00000000000000000000000000000000000000000000000000000000000000875260e08588015260e0870190611284565b908582036040870152611284565b4660608501523060808501525f60a085015283810360c08501528180845192838152019301915f5b828110610e9157505050500390f35b835185528695509381019392810192600101610e82565b346100f75760206003193601126100f7576080610ecb610ec6611227565b6113f6565b67ffffffffffffffff6060604051928281511684528260208201511660208501528260408201511660408501520151166060820152f35b346100f7575f6003193601126100f757602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b346100f75760406003193601126100f757610f6b61123e565b610f73611261565b73ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001633036104cd5773ffffffffffffffffffffffffffffffffffffffff1690815f52600260205263ffffffff60405f2054166107815773ffffffffffffffffffffffffffffffffffffffff1690815f52600260205260405f20905f52600260205260405f20818103611025575b5f83815260026020526040812055005b8154815463ffffffff9091167fffffffffffffffffffffffffffffffffffffffffffffffffffffffff00000000821681178355835467ffffffff00000000167fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000009092161717815561119191805482547fffffffffffffffffffffffffffffffffffffffff00000000ffffffffffffffff166bffffffff0000000000000000909116178255805482547fffffffffffffffffffffffffffffffff00000000ffffffffffffffffffffffff166fffffffff000000000000000000000000909116178255805482547fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff1677ffffffffffffffff0000000000000000000000000000000090911617825554815477ffffffffffffffffffffffffffffffffffffffffffffffff167fffffffffffffffff000000000000000000000000000000000000000000000000909116179055565b8180611015565b346100f75760206003193601126100f75760206111c567ffffffffffffffff6111bf611227565b16611638565b63ffffffff60405191168152f35b346100f7575f6003193601126100f757602060405161012c8152f35b346100f7575f6003193601126100f757807fe7d46cdbbc682ba8b888a648f9e9318c1778e97a2a23d7abb044fa045bc58cac60209252f35b6004359067ffffffffffffffff821682036100f757565b6004359073ffffffffffffffffffffffffffffffffffffffff821682036100f757565b6024359073ffffffffffffffffffffffffffffffffffffffff821682036100f757565b907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f602080948051918291828752018686015e5f8582860101520116010190565b6024359063ffffffff821682036100f757565b60c0810190811067ffffffffffffffff8211176112f657604052565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b6080810190811067ffffffffffffffff8211176112f657604052565b6060810190811067ffffffffffffffff8211176112f657604052565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff8211176112f657604052565b519081151582036100f757565b908160609103126100f757805173ffffffffffffffffffffffffffffffffffffffff811681036100f75791602082015163ffffffff811681036100f75760406113f391930161139c565b90565b60405161140281611323565b5f81525f60208201525f60408201525f60608201525067ffffffffffffffff604051917f99597bdd000000000000000000000000000000000000000000000000000000008352169081600482015260608160248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa80156103ed5773ffffffffffffffffffffffffffffffffffffffff915f9161154e575b501690815f52600260205260405f20911590811561153c575b506115175754604051906114de82611323565b63ffffffff8160401c16825263ffffffff8160601c16602083015267ffffffffffffffff8160801c16604083015260c01c606082015290565b5060405161152481611323565b5f81525f60208201525f60408201525f606082015290565b905063ffffffff82541614155f6114cb565b611570915060603d606011611578575b611568818361135b565b8101906113a9565b50505f6114b2565b503d61155e565b3567ffffffffffffffff811681036100f75790565b8054821015610cc9575f5260205f2001905f90565b67ffffffffffffffff60206115bd836113f6565b0151168015908115611618575b506116125767ffffffffffffffff165f52600360205260405f20908154151591826115f457505090565b909150805415610cc9575f5263ffffffff8060205f20541691161190565b50505f90565b63ffffffff915061162890611638565b1663ffffffff831610155f6115ca565b620151805f1963ffffffff920104606462023ab1620afa6c8301049162023ab1830290039160996002620afa6c61016d81870162023ab0810490836105b4618eac830492048a03010103049585870487841c8861016d0201039003016005020104600a81105f146116ce57600301925b600284116116c35761019060ff60015b169202010102011690565b61019060ff5f6116b8565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff701926116a8565b73ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000163014806117f6575b1561175e577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a081526117f060c08261135b565b51902090565b507f00000000000000000000000000000000000000000000000000000000000000004614611735565b9060418303611849576118429250602081013591604082359201355f1a90611e23565b9192909190565b50505f9160029190565b8054680100000000000000008110156112f65761187591600182018155611594565b9190916119355763ffffffff80825116167fffffffffffffffffffffffffffffffffffffffffffffffffffffffff000000008354161782556020810151907fffffffffffffffffffffffff00000000000000000000000000000000ffffffff73ffffffffffffffff00000000000000000000000060406bffffffffffffffff0000000086549560201b1693847fffffffffffffffffffffffffffffffffffffffff0000000000000000ffffffff8716178755015160601b16921617179055565b7f4e487b71000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b9573ffffffffffffffffffffffffffffffffffffffff90959493929195165f52600260205260405f2086604051611997816112da565b825463ffffffff81169182815263ffffffff8260201c16602082015263ffffffff8260401c166040820152606081019063ffffffff8360601c1682528888888d67ffffffffffffffff6080860199818960801c168b5260a087019860c01c89521680981480611c83575b15611c7057611a0f94611fa0565b6009811015611c435780611bfb5750917fbb6020b2e9b99c01c93597b1935c225f2a39f14a69313976b3623a25a387d6c799979593918363ffffffff60a09b999795511680155f14611b035750505090505f526003602052611ac460405f20611a89611a8467ffffffffffffffff8616611638565b611d5d565b9063ffffffff60405192611a9c8461133f565b16825267ffffffffffffffff8616602083015267ffffffffffffffff87166040830152611853565b8360c01b8360801b178260601b8760401b1767ffffffffffffffff835416171790556040519485526020850152604084015260608301526080820152a2565b611b1f906201518067ffffffffffffffff5f1981930116041690565b611b3b876201518067ffffffffffffffff5f1981930116041690565b03611b4a575b50505050611ac4565b63ffffffff611b5a915116611638565b9263ffffffff80611b7467ffffffffffffffff8916611638565b16941693840315611b41577fa454cb22aa2e91e017a750e73a1063c0d395cbc92f5e9cea60a2d039fdddd6839167ffffffffffffffff80604093865f526003602052611be2855f20838351169084875116885192611bd18461133f565b8c8452602084015288830152611853565b511691511682519182526020820152a35f808080611b41565b965050509750505050604092507f4fe5b7944e98386fdf18d623e335916371adfcf48c954355fbd6b3ba01fbf9de93915067ffffffffffffffff8351921682526020820152a2565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b5050505050611c7e8b611eb2565b611a0f565b50871515611a01565b9067ffffffffffffffff63ffffffff93921691825f52600360205260405f2091825494859116945b611ce9575050507f5f3464c9000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b5f198101818111611d1d578563ffffffff611d048387611594565b5054161115611d4a57508015611d1d575f190180611cb4565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b9291945050611d599250611594565b5090565b63ffffffff16600163ffffffff6064830616145f14611dbb577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff9c0163ffffffff8111611d1d5763ffffffff600b91160163ffffffff8111611d1d5790565b5f190163ffffffff8111611d1d5790565b60ff811690601f8211611dfb5760405191611de860408461135b565b6020808452838101919036833783525290565b7fb3512b0c000000000000000000000000000000000000000000000000000000005f5260045ffd5b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411611ea7579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa156103ed575f5173ffffffffffffffffffffffffffffffffffffffff811615611e9d57905f905f90565b505f906001905f90565b5050505f9160039190565b67ffffffffffffffff604051917f99597bdd00000000000000000000000000000000000000000000000000000000835216600482015260608160248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa9081156103ed575f905f92611f68575b5073ffffffffffffffffffffffffffffffffffffffff1615611f625715611f5d57600390565b600290565b50600190565b73ffffffffffffffffffffffffffffffffffffffff9250611f98915060603d60601161157857611568818361135b565b929050611f37565b93919392909263ffffffff6020820151169384156120ee5767ffffffffffffffff63ffffffff6040840151169116908111908115916120e0575b506120d65763ffffffff6060820151169167ffffffffffffffff8616838111156120ca5761012c420181119081156120bc575b506120b15767ffffffffffffffff608083015116938467ffffffffffffffff8316108015612090575b612084578361204b575b505050505050505f90565b67ffffffffffffffff948580928160a0610e10970151169003169203160102930316021061207f575f808080808080612040565b600890565b50505050505050600790565b5067ffffffffffffffff60a08401511667ffffffffffffffff821610612036565b505050505050600690565b63ffffffff9150115f61200d565b50505050505050600590565b5050505050600490565b63ffffffff9150115f611fda565b50505050505060029056",
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
