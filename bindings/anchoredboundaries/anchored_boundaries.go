// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package anchoredboundaries

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

// AnchoredLedgerHeader is an auto generated low-level Go binding around an user-defined struct.
type AnchoredLedgerHeader struct {
	Parent       uint64
	Count        uint32
	AsOf         uint64
	AuthEpoch    uint64
	AnchoredAt   uint64
	Relayer      common.Address
	ReadingsRoot [32]byte
	StateRoot    [32]byte
	DataHash     [32]byte
}

// AnchoredLedgerNeighbour is an auto generated low-level Go binding around an user-defined struct.
type AnchoredLedgerNeighbour struct {
	MeterId        uint64
	Seq            uint64
	Timestamp      uint64
	ImportWh       uint64
	ExportWh       uint64
	DetailHash     [32]byte
	SigHash        [32]byte
	Verdict        uint8
	StateRootAfter [32]byte
	Path           [][32]byte
}

// AnchoredBoundariesMetaData contains all meta data concerning the AnchoredBoundaries contract.
var AnchoredBoundariesMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractAnchoredLedger\",\"name\":\"ledger_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"}],\"name\":\"BadIndex\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"}],\"name\":\"BadPath\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"indexes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"leaves\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"verdict\",\"type\":\"uint8\"}],\"name\":\"NotAccepted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"}],\"name\":\"NotFinal\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"}],\"name\":\"BoundaryProven\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"name\":\"boundaryAt\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"accepted\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ledger\",\"outputs\":[{\"internalType\":\"contractAnchoredLedger\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"asOf\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"authEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"anchoredAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"readingsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structAnchoredLedger.Header\",\"name\":\"h\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"},{\"internalType\":\"uint32[]\",\"name\":\"indexes\",\"type\":\"uint32[]\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"detailHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"sigHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"verdict\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"stateRootAfter\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"path\",\"type\":\"bytes32[]\"}],\"internalType\":\"structAnchoredLedger.Neighbour[]\",\"name\":\"leaves\",\"type\":\"tuple[]\"}],\"name\":\"proveReadings\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"}],\"name\":\"watchBoundaries\",\"outputs\":[],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "AnchoredBoundaries",
	Bin: "0x60a034608157601f610a1838819003918201601f19168301916001600160401b03831184841017608557808492602094604052833981010312608157516001600160a01b0381168082036081571560725760805260405161097e908161009a823960805181818161025401526107d70152f35b63d92e233d60e01b5f5260045ffd5b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe6080806040526004361015610012575f80fd5b5f3560e01c90816356397c35146107ad5750806361f45c61146107945780639a8d0b90146100d057639cca634314610048575f80fd5b346100cc5760403660031901126100cc576100616107fb565b6024359067ffffffffffffffff821682036100cc5767ffffffffffffffff165f525f60205267ffffffffffffffff60405f2091165f52602052606060405f205467ffffffffffffffff6040519160ff8160801c1615158352818116602084015260401c166040820152f35b5f80fd5b346100cc57366003190161018081126100cc57610120136100cc576101243567ffffffffffffffff811681036100cc576101443567ffffffffffffffff81116100cc57610121903690600401610812565b6101643567ffffffffffffffff81116100cc57610142903690600401610812565b90916040517f4073273f00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff61017b6107fb565b16600482015260243563ffffffff81168091036100cc57602482015260443567ffffffffffffffff81168091036100cc57604482015260643567ffffffffffffffff81168091036100cc57606482015260843567ffffffffffffffff81168091036100cc57608482015260a43573ffffffffffffffffffffffffffffffffffffffff81168091036100cc5760a482015260c43560c482015260e43560e48201526101043561010482015267ffffffffffffffff86166101248201526020816101448173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa908115610789575f9161074e575b5015610718578181036106ea5790923683900361013e190191905f5b858110156106e8578060051b85013590848212156100cc576102c3818585610865565b3563ffffffff81168082036100cc5763ffffffff6102df610889565b168110156106bd576102f288850161089c565b9161030160208a87010161089c565b9261031060408b88010161089c565b9361031f60608c89010161089c565b9461032e60808d8a010161089c565b888d0160e0019661033e886108b1565b9260405194602086019667ffffffffffffffff16875267ffffffffffffffff16604086015267ffffffffffffffff16606085015267ffffffffffffffff16608084015267ffffffffffffffff1660a0830152878c0160a0013560c0830152878c0160c0013560e083015260ff16610100820152868b01610100013561012082015261012081526103d061014082610843565b5190206103db610889565b916101208b880190810135903603601e19018112156100cc57878c01019182359267ffffffffffffffff84116100cc57602001918360051b360383136100cc576104279460c4356108bf565b15610692575060ff610438826108b1565b1661062d575067ffffffffffffffff61045283880161089c565b165f525f60205260405f2067ffffffffffffffff6104746040858a010161089c565b165f5260205260ff60405f205460801c166106245761049760608388010161089c565b6104a560808489010161089c565b9260405180606081011067ffffffffffffffff60608301111761061057608067ffffffffffffffff8084818f868f999b8360019d60607fea1a63ecca2ebdf9f53d77d5ca8896f4dfcb7ce96b02f3762da9a5e6237fda4f9b016040521682528360208301911681528a84610522876040860193600185520161089c565b165f525f6020528b8561053c604089815f2094010161089c565b165f526020528460405f209351167fffffffffffffffffffffffffffffff000000000000000000000000000000000070ff000000000000000000000000000000006fffffffffffffffff00000000000000008654955160401b16935115158c1b1693161717179055816105b0848b0161089c565b99816105e9896105d260206105c960408b88010161089c565b9986010161089c565b9c6105e160608287010161089c565b94010161089c565b91816040519c168c521660208b015216604089015216606087015216941692a35b016102a0565b634e487b7160e01b5f52604160045260245ffd5b6001915061060a565b8667ffffffffffffffff60ff928161065d61065760208961064f81890161089c565b97010161089c565b926108b1565b937f028b7f7e000000000000000000000000000000000000000000000000000000005f5216600452166024521660445260645ffd5b7f4cb7721f000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f7768d2ee000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b005b7fab8b67c6000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b67ffffffffffffffff857fbb3c27bd000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b90506020813d602011610781575b8161076960209383610843565b810103126100cc575180151581036100cc5786610284565b3d915061075c565b6040513d5f823e3d90fd5b346100cc5760203660031901126100cc576106e86107fb565b346100cc575f3660031901126100cc5760209073ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b6004359067ffffffffffffffff821682036100cc57565b9181601f840112156100cc5782359167ffffffffffffffff83116100cc576020808501948460051b0101116100cc57565b90601f8019910116810190811067ffffffffffffffff82111761061057604052565b91908110156108755760051b0190565b634e487b7160e01b5f52603260045260245ffd5b60243563ffffffff811681036100cc5790565b3567ffffffffffffffff811681036100cc5790565b3560ff811681036100cc5790565b949093919263ffffffff5f95165b806001871b10610958575084820361094e5793919063ffffffff5f94165b8385106108fb5750505050501490565b909192939460018083881c16145f1461093157610919868486610865565b355f52602052600160405f205b9501939291906108eb565b61093c868486610865565b35905f52602052600160405f20610926565b5050505050505f90565b945f19811461096a57600101946108cd565b634e487b7160e01b5f52601160045260245ffd",
}

// AnchoredBoundaries is an auto generated Go binding around an Ethereum contract.
type AnchoredBoundaries struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *AnchoredBoundaries) GetABI() abi.ABI {
	return c.abi
}

// NewAnchoredBoundaries creates a new instance of AnchoredBoundaries.
func NewAnchoredBoundaries() *AnchoredBoundaries {
	parsed, err := AnchoredBoundariesMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &AnchoredBoundaries{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *AnchoredBoundaries) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address ledger_) returns()
func (anchoredBoundaries *AnchoredBoundaries) PackConstructor(ledger_ common.Address) []byte {
	enc, err := anchoredBoundaries.abi.Pack("", ledger_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBoundaryAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9cca6343.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function boundaryAt(uint64 meterId, uint64 timestamp) view returns(bool accepted, uint64 importWh, uint64 exportWh)
func (anchoredBoundaries *AnchoredBoundaries) PackBoundaryAt(meterId uint64, timestamp uint64) []byte {
	enc, err := anchoredBoundaries.abi.Pack("boundaryAt", meterId, timestamp)
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
func (anchoredBoundaries *AnchoredBoundaries) TryPackBoundaryAt(meterId uint64, timestamp uint64) ([]byte, error) {
	return anchoredBoundaries.abi.Pack("boundaryAt", meterId, timestamp)
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
func (anchoredBoundaries *AnchoredBoundaries) UnpackBoundaryAt(data []byte) (BoundaryAtOutput, error) {
	out, err := anchoredBoundaries.abi.Unpack("boundaryAt", data)
	outstruct := new(BoundaryAtOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Accepted = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.ImportWh = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.ExportWh = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackLedger is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56397c35.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ledger() view returns(address)
func (anchoredBoundaries *AnchoredBoundaries) PackLedger() []byte {
	enc, err := anchoredBoundaries.abi.Pack("ledger")
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
func (anchoredBoundaries *AnchoredBoundaries) TryPackLedger() ([]byte, error) {
	return anchoredBoundaries.abi.Pack("ledger")
}

// UnpackLedger is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x56397c35.
//
// Solidity: function ledger() view returns(address)
func (anchoredBoundaries *AnchoredBoundaries) UnpackLedger(data []byte) (common.Address, error) {
	out, err := anchoredBoundaries.abi.Unpack("ledger", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackProveReadings is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a8d0b90.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proveReadings((uint64,uint32,uint64,uint64,uint64,address,bytes32,bytes32,bytes32) h, uint64 batch, uint32[] indexes, (uint64,uint64,uint64,uint64,uint64,bytes32,bytes32,uint8,bytes32,bytes32[])[] leaves) returns()
func (anchoredBoundaries *AnchoredBoundaries) PackProveReadings(h AnchoredLedgerHeader, batch uint64, indexes []uint32, leaves []AnchoredLedgerNeighbour) []byte {
	enc, err := anchoredBoundaries.abi.Pack("proveReadings", h, batch, indexes, leaves)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProveReadings is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a8d0b90.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proveReadings((uint64,uint32,uint64,uint64,uint64,address,bytes32,bytes32,bytes32) h, uint64 batch, uint32[] indexes, (uint64,uint64,uint64,uint64,uint64,bytes32,bytes32,uint8,bytes32,bytes32[])[] leaves) returns()
func (anchoredBoundaries *AnchoredBoundaries) TryPackProveReadings(h AnchoredLedgerHeader, batch uint64, indexes []uint32, leaves []AnchoredLedgerNeighbour) ([]byte, error) {
	return anchoredBoundaries.abi.Pack("proveReadings", h, batch, indexes, leaves)
}

// PackWatchBoundaries is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61f45c61.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function watchBoundaries(uint64 meterId) pure returns()
func (anchoredBoundaries *AnchoredBoundaries) PackWatchBoundaries(meterId uint64) []byte {
	enc, err := anchoredBoundaries.abi.Pack("watchBoundaries", meterId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWatchBoundaries is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61f45c61.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function watchBoundaries(uint64 meterId) pure returns()
func (anchoredBoundaries *AnchoredBoundaries) TryPackWatchBoundaries(meterId uint64) ([]byte, error) {
	return anchoredBoundaries.abi.Pack("watchBoundaries", meterId)
}

// AnchoredBoundariesBoundaryProven represents a BoundaryProven event raised by the AnchoredBoundaries contract.
type AnchoredBoundariesBoundaryProven struct {
	MeterId   uint64
	Timestamp uint64
	Seq       uint64
	ImportWh  uint64
	ExportWh  uint64
	Batch     uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const AnchoredBoundariesBoundaryProvenEventName = "BoundaryProven"

// ContractEventName returns the user-defined event name.
func (AnchoredBoundariesBoundaryProven) ContractEventName() string {
	return AnchoredBoundariesBoundaryProvenEventName
}

// UnpackBoundaryProvenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BoundaryProven(uint64 indexed meterId, uint64 indexed timestamp, uint64 seq, uint64 importWh, uint64 exportWh, uint64 batch)
func (anchoredBoundaries *AnchoredBoundaries) UnpackBoundaryProvenEvent(log *types.Log) (*AnchoredBoundariesBoundaryProven, error) {
	event := "BoundaryProven"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != anchoredBoundaries.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AnchoredBoundariesBoundaryProven)
	if len(log.Data) > 0 {
		if err := anchoredBoundaries.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range anchoredBoundaries.abi.Events[event].Inputs {
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
func (anchoredBoundaries *AnchoredBoundaries) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], anchoredBoundaries.abi.Errors["BadIndex"].ID.Bytes()[:4]) {
		return anchoredBoundaries.UnpackBadIndexError(raw[4:])
	}
	if bytes.Equal(raw[:4], anchoredBoundaries.abi.Errors["BadPath"].ID.Bytes()[:4]) {
		return anchoredBoundaries.UnpackBadPathError(raw[4:])
	}
	if bytes.Equal(raw[:4], anchoredBoundaries.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return anchoredBoundaries.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], anchoredBoundaries.abi.Errors["NotAccepted"].ID.Bytes()[:4]) {
		return anchoredBoundaries.UnpackNotAcceptedError(raw[4:])
	}
	if bytes.Equal(raw[:4], anchoredBoundaries.abi.Errors["NotFinal"].ID.Bytes()[:4]) {
		return anchoredBoundaries.UnpackNotFinalError(raw[4:])
	}
	if bytes.Equal(raw[:4], anchoredBoundaries.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return anchoredBoundaries.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// AnchoredBoundariesBadIndex represents a BadIndex error raised by the AnchoredBoundaries contract.
type AnchoredBoundariesBadIndex struct {
	Index uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadIndex(uint32 index)
func AnchoredBoundariesBadIndexErrorID() common.Hash {
	return common.HexToHash("0x7768d2ee10e7eebcc17f6064355d2708fdbc71d466a4d7816b3a044da90cfa60")
}

// UnpackBadIndexError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadIndex(uint32 index)
func (anchoredBoundaries *AnchoredBoundaries) UnpackBadIndexError(raw []byte) (*AnchoredBoundariesBadIndex, error) {
	out := new(AnchoredBoundariesBadIndex)
	if err := anchoredBoundaries.abi.UnpackIntoInterface(out, "BadIndex", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AnchoredBoundariesBadPath represents a BadPath error raised by the AnchoredBoundaries contract.
type AnchoredBoundariesBadPath struct {
	Index uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadPath(uint32 index)
func AnchoredBoundariesBadPathErrorID() common.Hash {
	return common.HexToHash("0x4cb7721f5c0da0121eb73f2a583d315df9a6eb1a8cf74374874557d8b18655cc")
}

// UnpackBadPathError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadPath(uint32 index)
func (anchoredBoundaries *AnchoredBoundaries) UnpackBadPathError(raw []byte) (*AnchoredBoundariesBadPath, error) {
	out := new(AnchoredBoundariesBadPath)
	if err := anchoredBoundaries.abi.UnpackIntoInterface(out, "BadPath", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AnchoredBoundariesLengthMismatch represents a LengthMismatch error raised by the AnchoredBoundaries contract.
type AnchoredBoundariesLengthMismatch struct {
	Indexes *big.Int
	Leaves  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch(uint256 indexes, uint256 leaves)
func AnchoredBoundariesLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xab8b67c6893c59617ef3ba4b4b942e9791f2572db2fdb32028356532f3b7396a")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch(uint256 indexes, uint256 leaves)
func (anchoredBoundaries *AnchoredBoundaries) UnpackLengthMismatchError(raw []byte) (*AnchoredBoundariesLengthMismatch, error) {
	out := new(AnchoredBoundariesLengthMismatch)
	if err := anchoredBoundaries.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AnchoredBoundariesNotAccepted represents a NotAccepted error raised by the AnchoredBoundaries contract.
type AnchoredBoundariesNotAccepted struct {
	MeterId uint64
	Seq     uint64
	Verdict uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAccepted(uint64 meterId, uint64 seq, uint8 verdict)
func AnchoredBoundariesNotAcceptedErrorID() common.Hash {
	return common.HexToHash("0x028b7f7e580679d17351de9e81dab45a365dcec8a5d41dbce1363b80cfade2a1")
}

// UnpackNotAcceptedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAccepted(uint64 meterId, uint64 seq, uint8 verdict)
func (anchoredBoundaries *AnchoredBoundaries) UnpackNotAcceptedError(raw []byte) (*AnchoredBoundariesNotAccepted, error) {
	out := new(AnchoredBoundariesNotAccepted)
	if err := anchoredBoundaries.abi.UnpackIntoInterface(out, "NotAccepted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AnchoredBoundariesNotFinal represents a NotFinal error raised by the AnchoredBoundaries contract.
type AnchoredBoundariesNotFinal struct {
	Batch uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotFinal(uint64 batch)
func AnchoredBoundariesNotFinalErrorID() common.Hash {
	return common.HexToHash("0xbb3c27bdf6dc5d674c9e079508fd4e5985eb41e4b6121a59af8340889daac49e")
}

// UnpackNotFinalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotFinal(uint64 batch)
func (anchoredBoundaries *AnchoredBoundaries) UnpackNotFinalError(raw []byte) (*AnchoredBoundariesNotFinal, error) {
	out := new(AnchoredBoundariesNotFinal)
	if err := anchoredBoundaries.abi.UnpackIntoInterface(out, "NotFinal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AnchoredBoundariesZeroAddress represents a ZeroAddress error raised by the AnchoredBoundaries contract.
type AnchoredBoundariesZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func AnchoredBoundariesZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (anchoredBoundaries *AnchoredBoundaries) UnpackZeroAddressError(raw []byte) (*AnchoredBoundariesZeroAddress, error) {
	out := new(AnchoredBoundariesZeroAddress)
	if err := anchoredBoundaries.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
