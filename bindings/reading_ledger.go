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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractMeterRegistry\",\"name\":\"registry_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"readings\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"signatures\",\"type\":\"uint256\"}],\"name\":\"BatchLengthMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"MalformedBatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MarketAlreadySet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"}],\"name\":\"NoBaseline\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotAdmin\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotMarket\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotRegistry\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotRelayer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"}],\"name\":\"PeriodNotClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"SignerInUse\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"}],\"name\":\"UnknownMeter\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"market\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"boundaryInterval\",\"type\":\"uint64\"}],\"name\":\"MarketSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"}],\"name\":\"PeriodClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"detailHash\",\"type\":\"bytes32\"}],\"name\":\"ReadingAccepted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"enumReadingLedger.Reason\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"ReadingRejected\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_FUTURE_SKEW\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PACKED_RECORD_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"READING_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"name\":\"boundaryAt\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"accepted\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"boundaryInterval\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"disable\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"maxPowerW\",\"type\":\"uint32\"}],\"name\":\"enroll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"}],\"name\":\"isPeriodClosed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"}],\"name\":\"lastReading\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"}],\"internalType\":\"structReadingLedger.MeterState\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"market\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"meterOfSigner\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"name\":\"periodOf\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"}],\"name\":\"periodRegisters\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"openingImportWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"openingExportWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"closingImportWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"closingExportWh\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"detailHash\",\"type\":\"bytes32\"}],\"internalType\":\"structReadingLedger.Reading\",\"name\":\"r\",\"type\":\"tuple\"}],\"name\":\"readingDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractMeterRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"oldSigner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"newSigner\",\"type\":\"address\"}],\"name\":\"rekey\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIWindowedMarket\",\"name\":\"market_\",\"type\":\"address\"}],\"name\":\"setMarket\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"detailHash\",\"type\":\"bytes32\"}],\"internalType\":\"structReadingLedger.Reading[]\",\"name\":\"readings\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes[]\",\"name\":\"signatures\",\"type\":\"bytes[]\"}],\"name\":\"submit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"records\",\"type\":\"bytes\"}],\"name\":\"submitPacked\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"}],\"name\":\"watchBoundaries\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "ReadingLedger",
	Bin: "0x61018080604052346101a857602081612bc6803803809161002082856101ac565b8339810103126101a857516001600160a01b03811681036101a8576040516100496040826101ac565b600a815260208101906936b2ba32b931b430b4b760b11b8252604051916100716040846101ac565b600183526020830191603160f81b835261008a816101e3565b61012052610097846101e3565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a0815261010060c0826101ac565b5190206080523060c05261016052604051612977908161024f823960805181612071015260a0518161212e015260c05181612042015260e051816120c0015261010051816120e601526101205181610e5001526101405181610e790152610160518181816101a20152818161049e0152818161056001528181610a8b0152818161105f015281816110bb0152818161134a0152818161185e01528181611f5901526127830152f35b5f80fd5b601f909101601f19168101906001600160401b038211908210176101cf57604052565b634e487b7160e01b5f52604160045260245ffd5b601f81511161020e5760208151910151602082106101ff571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fdfe6080806040526004361015610012575f80fd5b5f3560e01c90816306a3f0e9146115e35750806315db04fc146115c75780632efce31c1461159d5780634ccae0b31461156257806361f45c61146115415780636dcea85f146112c957806373e55950146110835780637b103999146110335780637dda5f7f14610f7f57806380f5560514610f4c57806384b0196e14610e385780639cca634314610db35780639cd6442a146109e1578063a320cf2514610996578063b55592c21461087e578063c2aafa37146107ae578063d84b1a2f14610516578063e5827512146104fb578063e6c09edf1461046e578063f6d7c0e01461013d5763fdfe05a414610103575f80fd5b3461013957604060031936011261013957602061012f61012161161b565b6101296116bb565b90611c28565b6040519015158152f35b5f80fd5b346101395760206003193601126101395760043567ffffffffffffffff8111610139573660238201121561013957806004013567ffffffffffffffff81116101395736602482840101116101395773ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000166040517f926d7d7f000000000000000000000000000000000000000000000000000000008152602081600481855afa90811561042f575f9161043a575b506040517f91d1485400000000000000000000000000000000000000000000000000000000815260048101919091523360248201529060209082908180604481015b03915afa90811561042f575f916103f5575b50156103c9576088810661039e576088900461026d61202b565b915f5b82811061027957005b80610398608860019302840160248101358060c01c9167ffffffffffffffff8260801c169167ffffffffffffffff808260401c1691169083610390604485013560c01c948d61035989888888604c8701359c8d94608c890135979490929360e09460429793604051957fe7d46cdbbc682ba8b888a648f9e9318c1778e97a2a23d7abb044fa045bc58cac8752602087015260408601526060850152608084015260a083015260c082015220604051917f19010000000000000000000000000000000000000000000000000000000000008352600283015260228201522090565b60ff601b606c7f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff851695013593821c0116906126a1565b505095612188565b01610270565b7f70ac562d000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f366b2e5a000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b90506020813d602011610427575b816104106020938361174f565b810103126101395761042190611790565b83610253565b3d9150610403565b6040513d5f823e3d90fd5b90506020813d602011610466575b816104556020938361174f565b8101031261013957516102416101ff565b3d9150610448565b3461013957602060031936011261013957610487611632565b73ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001633036104cf576104cd90611b0c565b005b7f631a294a000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b34610139575f60031936011261013957602060405160888152f35b346101395760606003193601126101395761052f61161b565b610537611655565b6044359063ffffffff82168092036101395773ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001633036104cf5773ffffffffffffffffffffffffffffffffffffffff1690815f52600260205263ffffffff60405f20541661078257604051926105c184611717565b63ffffffff16835260208301908152604083015f815260608401905f825260808501925f845260a08601945f86525f52600260205260405f20955163ffffffff1663ffffffff1686547fffffffffffffffffffffffffffffffffffffffffffffffffffffffff00000000161786555163ffffffff166106749086907fffffffffffffffffffffffffffffffffffffffffffffffff00000000ffffffff67ffffffff0000000083549260201b169116179055565b5184547fffffffffffffffffffffffffffffffffffffffff00000000ffffffffffffffff1660409190911b6bffffffff0000000000000000161784555183547fffffffffffffffffffffffffffffffff00000000ffffffffffffffffffffffff1660609190911b6fffffffff000000000000000000000000161783555182547fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff1660809190911b77ffffffffffffffff000000000000000000000000000000001617825551815477ffffffffffffffffffffffffffffffffffffffffffffffff1660c09190911b7fffffffffffffffff00000000000000000000000000000000000000000000000016179055005b507ff74a198c000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b34610139576040600319360112610139576107c761161b565b6107cf6116bb565b63ffffffff6107dd836124c0565b1663ffffffff821690811015610845575067ffffffffffffffff6108168361081061080a85608097612537565b946125db565b90612537565b5491548160405193818160201c16855260601c166020840152818160201c16604084015260601c166060820152f35b67ffffffffffffffff837fbbb6e41b000000000000000000000000000000000000000000000000000000005f521660045260245260445ffd5b346101395760c06003193601126101395761089761202b565b60043567ffffffffffffffff81168103610139576024359167ffffffffffffffff831683036101395760443567ffffffffffffffff811681036101395760643567ffffffffffffffff81168103610139576084359167ffffffffffffffff831683036101395760209561098e9560a435959490929360e09460429793604051957fe7d46cdbbc682ba8b888a648f9e9318c1778e97a2a23d7abb044fa045bc58cac8752602087015260408601526060850152608084015260a083015260c082015220604051917f19010000000000000000000000000000000000000000000000000000000000008352600283015260228201522090565b604051908152f35b346101395760206003193601126101395773ffffffffffffffffffffffffffffffffffffffff6109c4611632565b165f5260026020526020637fffffff60405f205416604051908152f35b346101395760406003193601126101395760043567ffffffffffffffff811161013957366023820112156101395780600401359067ffffffffffffffff82116101395736602460c08402830101116101395760243567ffffffffffffffff811161013957366023820112156101395780600401359067ffffffffffffffff8211610139573660248360051b830101116101395773ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000166040517f926d7d7f000000000000000000000000000000000000000000000000000000008152602081600481855afa90811561042f575f91610d7f575b506040517f91d1485400000000000000000000000000000000000000000000000000000000815260048101919091523360248201529060209082908180604481015b03915afa90811561042f575f91610d45575b50156103c957818403610d1557610b5493929361202b565b935f907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffbd83360301915b858110156104cd5760c081028201906024820191610b9b836119d4565b926044820193610baa856119d4565b946064840195610c698d610bbd896119d4565b966084810197610bcc896119d4565b9060a483019560c4610bdd886119d4565b9401359889959490929360e09460429793604051957fe7d46cdbbc682ba8b888a648f9e9318c1778e97a2a23d7abb044fa045bc58cac8752602087015260408601526060850152608084015260a083015260c082015220604051917f19010000000000000000000000000000000000000000000000000000000000008352600283015260228201522090565b948b871015610ce85760248760051b8c0101358a811215610139578b019760248901359867ffffffffffffffff8a1161013957604401988036038a1361013957610cd6610cd6610cd6610cd0610cc8610cdc9560019f610ce29e612154565b50509a6119d4565b976119d4565b936119d4565b93612188565b01610b7e565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b50827f81b5b207000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b90506020813d602011610d77575b81610d606020938361174f565b8101031261013957610d7190611790565b85610b3c565b3d9150610d53565b90506020813d602011610dab575b81610d9a6020938361174f565b810103126101395751610b2a610ae8565b3d9150610d8d565b3461013957604060031936011261013957610dcc61161b565b6024359067ffffffffffffffff821682036101395767ffffffffffffffff165f52600460205267ffffffffffffffff60405f2091165f52602052606060405f205467ffffffffffffffff6040519160ff8160801c1615158352818116602084015260401c166040820152f35b34610139575f60031936011261013957610ef0610e747f000000000000000000000000000000000000000000000000000000000000000061264a565b610e9d7f000000000000000000000000000000000000000000000000000000000000000061264a565b6020610efe60405192610eb0838561174f565b5f84525f3681376040519586957f0f00000000000000000000000000000000000000000000000000000000000000875260e08588015260e0870190611678565b908582036040870152611678565b4660608501523060808501525f60a085015283810360c08501528180845192838152019301915f5b828110610f3557505050500390f35b835185528695509381019392810192600101610f26565b34610139575f60031936011261013957602073ffffffffffffffffffffffffffffffffffffffff60055416604051908152f35b34610139576020600319360112610139576080610fc2610f9d61161b565b5f6060604051610fac816116ce565b8281528260208201528260408201520152611ed7565b67ffffffffffffffff63ffffffff604083015116918163ffffffff60608301511691818060a081898501511693015116936060604051611001816116ce565b888152602081019283526040810194855201948552604051968752511660208601525116604084015251166060820152f35b34610139575f60031936011261013957602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b346101395760406003193601126101395761109c611632565b6110a4611655565b73ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001633036104cf5773ffffffffffffffffffffffffffffffffffffffff1690815f52600260205263ffffffff60405f2054166107825773ffffffffffffffffffffffffffffffffffffffff1690815f52600260205260405f20905f52600260205260405f20818103611156575b5f83815260026020526040812055005b8154815463ffffffff9091167fffffffffffffffffffffffffffffffffffffffffffffffffffffffff00000000821681178355835467ffffffff00000000167fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000909216171781556112c291805482547fffffffffffffffffffffffffffffffffffffffff00000000ffffffffffffffff166bffffffff0000000000000000909116178255805482547fffffffffffffffffffffffffffffffff00000000ffffffffffffffffffffffff166fffffffff000000000000000000000000909116178255805482547fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff1677ffffffffffffffff0000000000000000000000000000000090911617825554815477ffffffffffffffffffffffffffffffffffffffffffffffff167fffffffffffffffff000000000000000000000000000000000000000000000000909116179055565b8180611146565b346101395760206003193601126101395760043573ffffffffffffffffffffffffffffffffffffffff8116809103610139576040517f91d148540000000000000000000000000000000000000000000000000000000081525f600482015233602482015260208160448173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa90811561042f575f91611507575b50156114db5760055473ffffffffffffffffffffffffffffffffffffffff81166114b357604051907fa53e5412000000000000000000000000000000000000000000000000000000008252602082600481865afa91821561042f575f92611464575b7ff5f5dab684c5f6f3cbbcc2d7b9047f5d9a157d6f7c875cc60c770d6ffe5332c260408567ffffffffffffffff8686837fffffffff000000000000000000000000000000000000000000000000000000007bffffffffffffffff00000000000000000000000000000000000000008460a01b16921617176005558351928352166020820152a1005b9091506020813d6020116114ab575b816114806020938361174f565b8101031261013957519167ffffffffffffffff8316830361013957919067ffffffffffffffff6113dc565b3d9150611473565b7f06ddda6b000000000000000000000000000000000000000000000000000000005f5260045ffd5b7f17a84242000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b90506020813d602011611539575b816115226020938361174f565b810103126101395761153390611790565b8261137a565b3d9150611515565b34610139576020600319360112610139576104cd61155d61161b565b6117ea565b3461013957602060031936011261013957602061158f67ffffffffffffffff61158961161b565b16611c88565b63ffffffff60405191168152f35b34610139575f60031936011261013957602067ffffffffffffffff60055460a01c16604051908152f35b34610139575f60031936011261013957602060405161012c8152f35b34610139575f60031936011261013957807fe7d46cdbbc682ba8b888a648f9e9318c1778e97a2a23d7abb044fa045bc58cac60209252f35b6004359067ffffffffffffffff8216820361013957565b6004359073ffffffffffffffffffffffffffffffffffffffff8216820361013957565b6024359073ffffffffffffffffffffffffffffffffffffffff8216820361013957565b907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f602080948051918291828752018686015e5f8582860101520116010190565b6024359063ffffffff8216820361013957565b6080810190811067ffffffffffffffff8211176116ea57604052565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b60c0810190811067ffffffffffffffff8211176116ea57604052565b6060810190811067ffffffffffffffff8211176116ea57604052565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff8211176116ea57604052565b5190811515820361013957565b9081606091031261013957805173ffffffffffffffffffffffffffffffffffffffff811681036101395791602082015163ffffffff811681036101395760406117e7919301611790565b90565b73ffffffffffffffffffffffffffffffffffffffff6005541633036119a8576040517f99597bdd00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff82169081600482015260608160248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa801561042f5773ffffffffffffffffffffffffffffffffffffffff915f91611977575b5016805f52600260205260405f2091825491158015611967575b61193c57506380000000811661193757638000000063ffffffff80921617167fffffffffffffffffffffffffffffffffffffffffffffffffffffffff000000008254161781555463ffffffff8160601c16918261191957505050565b6119359267ffffffffffffffff8360c01c9360801c1691611d46565b565b505050565b7fa7b0a03b000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5080637fffffff831614156118bd565b611999915060603d6060116119a1575b611991818361174f565b81019061179d565b50505f6118a3565b503d611987565b7fbfae38b3000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b3567ffffffffffffffff811681036101395790565b8054821015610ce8575f5260205f2001905f90565b8054680100000000000000008110156116ea57611a20916001820181556119e9565b919091611ae05763ffffffff80825116167fffffffffffffffffffffffffffffffffffffffffffffffffffffffff000000008354161782556020810151907fffffffffffffffffffffffff00000000000000000000000000000000ffffffff73ffffffffffffffff00000000000000000000000060406bffffffffffffffff0000000086549560201b1693847fffffffffffffffffffffffffffffffffffffffff0000000000000000ffffffff8716178755015160601b16921617179055565b7f4e487b71000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b73ffffffffffffffffffffffffffffffffffffffff165f52600260205260405f2063ffffffff815460201c1615611c25577fffffffffffffffffffffffffffffffffffffffffffffffff00000000ffffffff815416815580549063ffffffff8260601c169081611b7b57505050565b611c207fa454cb22aa2e91e017a750e73a1063c0d395cbc92f5e9cea60a2d039fdddd68391611bf6611bb3637fffffff871695611c88565b855f52600360205260405f2063ffffffff60405192611bd184611733565b169788835267ffffffffffffffff8160801c16602084015260c01c60408301526119fe565b5460408051608083901c67ffffffffffffffff16815260c09290921c602083015290918291820190565b0390a3565b50565b63ffffffff80611c37836124c0565b16921691821015611c825767ffffffffffffffff165f52600360205260405f2090815415159182611c6757505090565b909150805415610ce8575f5263ffffffff60205f2054161090565b50505f90565b620151805f1963ffffffff920104606462023ab1620afa6c8301049162023ab1830290039160996002620afa6c61016d81870162023ab0810490836105b4618eac830492048a03010103049585870487841c8861016d0201039003016005020104600a81105f14611d1e57600301925b60028411611d135761019060ff60015b169202010102011690565b61019060ff5f611d08565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff70192611cf8565b9092919267ffffffffffffffff60055460a01c168015611e475767ffffffffffffffff90818316061615611d7b575b50505050565b67ffffffffffffffff60405194611d9186611733565b16845267ffffffffffffffff602085019316835267ffffffffffffffff604085019260018452165f52600460205267ffffffffffffffff60405f2091165f5260205267ffffffffffffffff60405f209351167fffffffffffffffffffffffffffffff000000000000000000000000000000000070ff000000000000000000000000000000006fffffffffffffffff00000000000000008654955160401b169351151560801b16931617171790555f808080611d75565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b90604051611e8181611717565b60a081935463ffffffff8116835263ffffffff8160201c16602084015263ffffffff8160401c16604084015263ffffffff8160601c16606084015267ffffffffffffffff8160801c16608084015260c01c910152565b905f60a0604051611ee781611717565b828152826020820152826040820152826060820152826080820152015267ffffffffffffffff604051927f99597bdd000000000000000000000000000000000000000000000000000000008452169182600482015260608160248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa801561042f5773ffffffffffffffffffffffffffffffffffffffff915f9161200a575b501691825f526002602052611fb560405f20611e74565b9215908115611ff8575b50611fc657565b9050604051611fd481611717565b5f81525f60208201525f60408201525f60608201525f60808201525f60a082015290565b9050637fffffff83511614155f611fbf565b612023915060603d6060116119a157611991818361174f565b50505f611f9e565b73ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001630148061212b575b15612093577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a0815261212560c08261174f565b51902090565b507f0000000000000000000000000000000000000000000000000000000000000000461461206a565b906041830361217e576121779250602081013591604082359201355f1a906126a1565b9192909190565b50505f9160029190565b9573ffffffffffffffffffffffffffffffffffffffff909592939495165f52600260205260405f20916121ba83611e74565b9263ffffffff8451169367ffffffffffffffff891690818614801596876124a6575b508061249d575b1561248f576121f5898989888561281e565b6009811015612462578061241b57509260a092878b96938660607fbb6020b2e9b99c01c93597b1935c225f2a39f14a69313976b3623a25a387d6c7980163ffffffff81511680155f146123075750505090505f5260036020526122ab60405f2061227061226b67ffffffffffffffff8c16611c88565b6125db565b9063ffffffff6040519261228384611733565b16825267ffffffffffffffff8c16602083015267ffffffffffffffff8d1660408301526119fe565b8960c01b8960801b178860601b8460401b1767ffffffffffffffff835416171790556040519182528660208301528760408301528860608301526080820152a26122f55750505050565b6122fe93611d46565b5f808080611d75565b612323906201518067ffffffffffffffff5f1981930116041690565b61233f856201518067ffffffffffffffff5f1981930116041690565b0361234e575b505050506122ab565b63ffffffff61237367ffffffffffffffff61236c8380955116611c88565b9616611c88565b169316928303612385575b8a92612345565b7fa454cb22aa2e91e017a750e73a1063c0d395cbc92f5e9cea60a2d039fdddd68390825f52600360205267ffffffffffffffff8060405f20926123f160808201918c8484511691019584875116604051926123df84611733565b8b8452602084015260408301526119fe565b5192516040805167ffffffffffffffff9390951683168552921616602083015290a35f808061237e565b9550509750505091507f4fe5b7944e98386fdf18d623e335916371adfcf48c954355fbd6b3ba01fbf9de93506040925067ffffffffffffffff8351921682526020820152a2565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b6124988a612730565b6121f5565b508115156121e3565b905067ffffffffffffffff63800000008c1716145f6121dc565b6124c990611ed7565b63ffffffff6060820151168015611c825760206124ea63ffffffff92611c88565b920151166117e75763ffffffff600191160163ffffffff811161250a5790565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b9067ffffffffffffffff63ffffffff93921691825f52600360205260405f2091825494859116945b612594575050507f5f3464c9000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b5f19810181811161250a578563ffffffff6125af83876119e9565b50541611156125c85750801561250a575f19018061255f565b92919450506125d792506119e9565b5090565b63ffffffff16600163ffffffff6064830616145f14612639577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff9c0163ffffffff811161250a5763ffffffff600b91160163ffffffff811161250a5790565b5f190163ffffffff811161250a5790565b60ff811690601f8211612679576040519161266660408461174f565b6020808452838101919036833783525290565b7fb3512b0c000000000000000000000000000000000000000000000000000000005f5260045ffd5b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411612725579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa1561042f575f5173ffffffffffffffffffffffffffffffffffffffff81161561271b57905f905f90565b505f906001905f90565b5050505f9160039190565b67ffffffffffffffff604051917f99597bdd00000000000000000000000000000000000000000000000000000000835216600482015260608160248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa90811561042f575f905f926127e6575b5073ffffffffffffffffffffffffffffffffffffffff16156127e057156127db57600390565b600290565b50600190565b73ffffffffffffffffffffffffffffffffffffffff9250612816915060603d6060116119a157611991818361174f565b9290506127b5565b93919392909263ffffffff60208201511693841561296c5767ffffffffffffffff63ffffffff60408401511691169081119081159161295e575b506129545763ffffffff6060820151169167ffffffffffffffff8616838111156129485761012c4201811190811561293a575b5061292f5767ffffffffffffffff608083015116938467ffffffffffffffff831610801561290e575b61290257836128c9575b505050505050505f90565b67ffffffffffffffff948580928160a0610e1097015116900316920316010293031602106128fd575f8080808080806128be565b600890565b50505050505050600790565b5067ffffffffffffffff60a08401511667ffffffffffffffff8216106128b4565b505050505050600690565b63ffffffff9150115f61288b565b50505050505050600590565b5050505050600490565b63ffffffff9150115f612858565b50505050505060029056",
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

// PackBoundaryAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9cca6343.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function boundaryAt(uint64 meterId, uint64 timestamp) view returns(bool accepted, uint64 importWh, uint64 exportWh)
func (readingLedger *ReadingLedger) PackBoundaryAt(meterId uint64, timestamp uint64) []byte {
	enc, err := readingLedger.abi.Pack("boundaryAt", meterId, timestamp)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBoundaryAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9cca6343.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function boundaryAt(uint64 meterId, uint64 timestamp) view returns(bool accepted, uint64 importWh, uint64 exportWh)
func (readingLedger *ReadingLedger) TryPackBoundaryAt(meterId uint64, timestamp uint64) ([]byte, error) {
	return readingLedger.abi.Pack("boundaryAt", meterId, timestamp)
}

// BoundaryAtOutput serves as a container for the return parameters of contract
// method BoundaryAt.
type BoundaryAtOutput struct {
	Accepted bool
	ImportWh uint64
	ExportWh uint64
}

// UnpackBoundaryAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9cca6343.
//
// Solidity: function boundaryAt(uint64 meterId, uint64 timestamp) view returns(bool accepted, uint64 importWh, uint64 exportWh)
func (readingLedger *ReadingLedger) UnpackBoundaryAt(data []byte) (BoundaryAtOutput, error) {
	out, err := readingLedger.abi.Unpack("boundaryAt", data)
	outstruct := new(BoundaryAtOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Accepted = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.ImportWh = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.ExportWh = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackBoundaryInterval is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2efce31c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function boundaryInterval() view returns(uint64)
func (readingLedger *ReadingLedger) PackBoundaryInterval() []byte {
	enc, err := readingLedger.abi.Pack("boundaryInterval")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBoundaryInterval is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2efce31c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function boundaryInterval() view returns(uint64)
func (readingLedger *ReadingLedger) TryPackBoundaryInterval() ([]byte, error) {
	return readingLedger.abi.Pack("boundaryInterval")
}

// UnpackBoundaryInterval is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2efce31c.
//
// Solidity: function boundaryInterval() view returns(uint64)
func (readingLedger *ReadingLedger) UnpackBoundaryInterval(data []byte) (uint64, error) {
	out, err := readingLedger.abi.Unpack("boundaryInterval", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
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

// PackMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80f55605.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function market() view returns(address)
func (readingLedger *ReadingLedger) PackMarket() []byte {
	enc, err := readingLedger.abi.Pack("market")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80f55605.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function market() view returns(address)
func (readingLedger *ReadingLedger) TryPackMarket() ([]byte, error) {
	return readingLedger.abi.Pack("market")
}

// UnpackMarket is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x80f55605.
//
// Solidity: function market() view returns(address)
func (readingLedger *ReadingLedger) UnpackMarket(data []byte) (common.Address, error) {
	out, err := readingLedger.abi.Unpack("market", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackMeterOfSigner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa320cf25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function meterOfSigner(address signer) view returns(uint64)
func (readingLedger *ReadingLedger) PackMeterOfSigner(signer common.Address) []byte {
	enc, err := readingLedger.abi.Pack("meterOfSigner", signer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMeterOfSigner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa320cf25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function meterOfSigner(address signer) view returns(uint64)
func (readingLedger *ReadingLedger) TryPackMeterOfSigner(signer common.Address) ([]byte, error) {
	return readingLedger.abi.Pack("meterOfSigner", signer)
}

// UnpackMeterOfSigner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa320cf25.
//
// Solidity: function meterOfSigner(address signer) view returns(uint64)
func (readingLedger *ReadingLedger) UnpackMeterOfSigner(data []byte) (uint64, error) {
	out, err := readingLedger.abi.Unpack("meterOfSigner", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
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

// PackSetMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6dcea85f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMarket(address market_) returns()
func (readingLedger *ReadingLedger) PackSetMarket(market common.Address) []byte {
	enc, err := readingLedger.abi.Pack("setMarket", market)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6dcea85f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMarket(address market_) returns()
func (readingLedger *ReadingLedger) TryPackSetMarket(market common.Address) ([]byte, error) {
	return readingLedger.abi.Pack("setMarket", market)
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

// PackWatchBoundaries is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61f45c61.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function watchBoundaries(uint64 meterId) returns()
func (readingLedger *ReadingLedger) PackWatchBoundaries(meterId uint64) []byte {
	enc, err := readingLedger.abi.Pack("watchBoundaries", meterId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWatchBoundaries is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61f45c61.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function watchBoundaries(uint64 meterId) returns()
func (readingLedger *ReadingLedger) TryPackWatchBoundaries(meterId uint64) ([]byte, error) {
	return readingLedger.abi.Pack("watchBoundaries", meterId)
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

// ReadingLedgerMarketSet represents a MarketSet event raised by the ReadingLedger contract.
type ReadingLedgerMarketSet struct {
	Market           common.Address
	BoundaryInterval uint64
	Raw              *types.Log // Blockchain specific contextual infos
}

const ReadingLedgerMarketSetEventName = "MarketSet"

// ContractEventName returns the user-defined event name.
func (ReadingLedgerMarketSet) ContractEventName() string {
	return ReadingLedgerMarketSetEventName
}

// UnpackMarketSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MarketSet(address market, uint64 boundaryInterval)
func (readingLedger *ReadingLedger) UnpackMarketSetEvent(log *types.Log) (*ReadingLedgerMarketSet, error) {
	event := "MarketSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != readingLedger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReadingLedgerMarketSet)
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
	if bytes.Equal(raw[:4], readingLedger.abi.Errors["MarketAlreadySet"].ID.Bytes()[:4]) {
		return readingLedger.UnpackMarketAlreadySetError(raw[4:])
	}
	if bytes.Equal(raw[:4], readingLedger.abi.Errors["NoBaseline"].ID.Bytes()[:4]) {
		return readingLedger.UnpackNoBaselineError(raw[4:])
	}
	if bytes.Equal(raw[:4], readingLedger.abi.Errors["NotAdmin"].ID.Bytes()[:4]) {
		return readingLedger.UnpackNotAdminError(raw[4:])
	}
	if bytes.Equal(raw[:4], readingLedger.abi.Errors["NotMarket"].ID.Bytes()[:4]) {
		return readingLedger.UnpackNotMarketError(raw[4:])
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
	if bytes.Equal(raw[:4], readingLedger.abi.Errors["UnknownMeter"].ID.Bytes()[:4]) {
		return readingLedger.UnpackUnknownMeterError(raw[4:])
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

// ReadingLedgerMarketAlreadySet represents a MarketAlreadySet error raised by the ReadingLedger contract.
type ReadingLedgerMarketAlreadySet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MarketAlreadySet()
func ReadingLedgerMarketAlreadySetErrorID() common.Hash {
	return common.HexToHash("0x06ddda6bda672d93bde8578c5e42a47a17199ef184f2a1cfa7159ad78c1269fd")
}

// UnpackMarketAlreadySetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MarketAlreadySet()
func (readingLedger *ReadingLedger) UnpackMarketAlreadySetError(raw []byte) (*ReadingLedgerMarketAlreadySet, error) {
	out := new(ReadingLedgerMarketAlreadySet)
	if err := readingLedger.abi.UnpackIntoInterface(out, "MarketAlreadySet", raw); err != nil {
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

// ReadingLedgerNotAdmin represents a NotAdmin error raised by the ReadingLedger contract.
type ReadingLedgerNotAdmin struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAdmin(address caller)
func ReadingLedgerNotAdminErrorID() common.Hash {
	return common.HexToHash("0x17a8424239494df835a470bd5e48f10a94b5febfef662a1917fe31decebbedeb")
}

// UnpackNotAdminError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAdmin(address caller)
func (readingLedger *ReadingLedger) UnpackNotAdminError(raw []byte) (*ReadingLedgerNotAdmin, error) {
	out := new(ReadingLedgerNotAdmin)
	if err := readingLedger.abi.UnpackIntoInterface(out, "NotAdmin", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReadingLedgerNotMarket represents a NotMarket error raised by the ReadingLedger contract.
type ReadingLedgerNotMarket struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotMarket(address caller)
func ReadingLedgerNotMarketErrorID() common.Hash {
	return common.HexToHash("0xbfae38b33907467ea3651d4564b66c7df27bbd52b3924e47aa461b118ab3c8a3")
}

// UnpackNotMarketError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotMarket(address caller)
func (readingLedger *ReadingLedger) UnpackNotMarketError(raw []byte) (*ReadingLedgerNotMarket, error) {
	out := new(ReadingLedgerNotMarket)
	if err := readingLedger.abi.UnpackIntoInterface(out, "NotMarket", raw); err != nil {
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

// ReadingLedgerUnknownMeter represents a UnknownMeter error raised by the ReadingLedger contract.
type ReadingLedgerUnknownMeter struct {
	MeterId uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownMeter(uint64 meterId)
func ReadingLedgerUnknownMeterErrorID() common.Hash {
	return common.HexToHash("0xa7b0a03b55f2b0700ee1be9f0e9e3bc6b3b57b1982b8296b4066a66ea2524609")
}

// UnpackUnknownMeterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownMeter(uint64 meterId)
func (readingLedger *ReadingLedger) UnpackUnknownMeterError(raw []byte) (*ReadingLedgerUnknownMeter, error) {
	out := new(ReadingLedgerUnknownMeter)
	if err := readingLedger.abi.UnpackIntoInterface(out, "UnknownMeter", raw); err != nil {
		return nil, err
	}
	return out, nil
}
