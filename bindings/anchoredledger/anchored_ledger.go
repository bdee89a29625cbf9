// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package anchoredledger

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

// AnchoredLedgerAuthVersion is an auto generated low-level Go binding around an user-defined struct.
type AnchoredLedgerAuthVersion struct {
	Epoch     uint64
	Signer    common.Address
	MaxPowerW uint32
	Active    bool
}

// AnchoredLedgerClosingRecord is an auto generated low-level Go binding around an user-defined struct.
type AnchoredLedgerClosingRecord struct {
	ImportWh       uint64
	ExportWh       uint64
	Timestamp      uint64
	Estimated      bool
	StartPeriod    uint32
	StartImportWh  uint64
	StartExportWh  uint64
	StartTimestamp uint64
}

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

// AnchoredLedgerLeaf is an auto generated low-level Go binding around an user-defined struct.
type AnchoredLedgerLeaf struct {
	MeterId        uint64
	Seq            uint64
	Timestamp      uint64
	ImportWh       uint64
	ExportWh       uint64
	DetailHash     [32]byte
	Signature      []byte
	Verdict        uint8
	StateRootAfter [32]byte
	Path           [][32]byte
}

// AnchoredLedgerMeterLeaf is an auto generated low-level Go binding around an user-defined struct.
type AnchoredLedgerMeterLeaf struct {
	Seq          uint64
	Timestamp    uint64
	ImportWh     uint64
	ExportWh     uint64
	ClosingsRoot [32]byte
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

// AnchoredLedgerTransition is an auto generated low-level Go binding around an user-defined struct.
type AnchoredLedgerTransition struct {
	Index        uint32
	Reading      AnchoredLedgerLeaf
	Prev         AnchoredLedgerNeighbour
	HasAuth      bool
	AuthIndex    uint32
	OldState     AnchoredLedgerMeterLeaf
	StatePath    [32][32]byte
	ClosingPaths [][32][32]byte
}

// AnchoredLedgerMetaData contains all meta data concerning the AnchoredLedger contract.
var AnchoredLedgerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"contractIERC20\",\"name\":\"bondToken_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"minBond_\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"window_\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"demandBond_\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"answerWindow_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"demandId\",\"type\":\"uint256\"}],\"name\":\"AnswerWindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"demandId\",\"type\":\"uint256\"}],\"name\":\"AnswerWindowOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"asOf\",\"type\":\"uint64\"}],\"name\":\"BadAsOf\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"}],\"name\":\"BadAuthProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"blobs\",\"type\":\"uint8\"}],\"name\":\"BadBlobs\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"}],\"name\":\"BadCount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"from\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"to\",\"type\":\"uint32\"}],\"name\":\"BadDemand\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"}],\"name\":\"BadHeader\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"}],\"name\":\"BadIndex\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadPath\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"}],\"name\":\"BadPeriod\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"}],\"name\":\"BatchFinal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"}],\"name\":\"BatchVoided\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"demandId\",\"type\":\"uint256\"}],\"name\":\"DemandNotOpen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"}],\"name\":\"LastBatchOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"}],\"name\":\"MeterActive\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoFraud\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"}],\"name\":\"NotBonded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"}],\"name\":\"NotFinal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotRegistry\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"}],\"name\":\"NotVoided\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"}],\"name\":\"PeriodNotClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"}],\"name\":\"RegistersDiffer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"SignerInUse\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"}],\"name\":\"Slashed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"current\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"authEpoch\",\"type\":\"uint64\"}],\"name\":\"StaleAuth\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"tip\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"}],\"name\":\"StaleParent\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"UnknownSigner\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"asOf\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"authEpoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"anchoredAt\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"readingsRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"name\":\"Anchored\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"maxPowerW\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"name\":\"AuthChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"}],\"name\":\"Bonded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"demandId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"answered\",\"type\":\"bool\"}],\"name\":\"DemandClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"demandId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"from\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"to\",\"type\":\"uint32\"}],\"name\":\"Demanded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"estimated\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"}],\"name\":\"RegistersProven\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"detailHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"verdict\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"stateRootAfter\",\"type\":\"bytes32\"}],\"name\":\"Revealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Unbonded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"throughBatch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"}],\"name\":\"Voided\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BURN\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_PAST_COUNT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_ROOT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_TRANSITION\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_UNANSWERED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_UNSORTED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_AS_OF_AGE\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_BATCH\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_DEMAND\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"readingsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"asOf\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"authEpoch_\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"blobs\",\"type\":\"uint8\"}],\"name\":\"anchor\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"readingsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"asOf\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"authEpoch_\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"anchorCalldata\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"asOf\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"authEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"anchoredAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"readingsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structAnchoredLedger.Header\",\"name\":\"h\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"demandId\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"detailHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"},{\"internalType\":\"uint8\",\"name\":\"verdict\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"stateRootAfter\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"path\",\"type\":\"bytes32[]\"}],\"internalType\":\"structAnchoredLedger.Leaf[]\",\"name\":\"leaves\",\"type\":\"tuple[]\"}],\"name\":\"answer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"answerWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"authEpoch\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"}],\"name\":\"authLog\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"maxPowerW\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"internalType\":\"structAnchoredLedger.AuthVersion[]\",\"name\":\"\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"batchCount\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"bond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"bondToken\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"demandId\",\"type\":\"uint256\"}],\"name\":\"closeDemand\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"asOf\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"authEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"anchoredAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"readingsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structAnchoredLedger.Header\",\"name\":\"h\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"from\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"to\",\"type\":\"uint32\"}],\"name\":\"demand\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"demandId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"demandBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"demandId\",\"type\":\"uint256\"}],\"name\":\"demandOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"from\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"to\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"demandedAt\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"open\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"disable\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"emptyRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"maxPowerW\",\"type\":\"uint32\"}],\"name\":\"enroll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"}],\"name\":\"headerHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"hold\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"fromBatch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"until\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"openDemands\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"asOf\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"authEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"anchoredAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"readingsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structAnchoredLedger.Header\",\"name\":\"h\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"}],\"name\":\"isFinal\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"}],\"name\":\"isPeriodClosed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"}],\"name\":\"isVoided\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"name\":\"lastReading\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"meterOfSigner\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"}],\"name\":\"periodEstimated\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"}],\"name\":\"periodRegisters\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"openingImportWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"openingExportWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"closingImportWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"closingExportWh\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"asOf\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"authEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"anchoredAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"readingsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structAnchoredLedger.Header\",\"name\":\"h\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"closingsRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structAnchoredLedger.MeterLeaf\",\"name\":\"state\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[32]\",\"name\":\"statePath\",\"type\":\"bytes32[32]\"},{\"internalType\":\"uint32\",\"name\":\"authIndex\",\"type\":\"uint32\"}],\"name\":\"proveFinalPeriod\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"asOf\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"authEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"anchoredAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"readingsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structAnchoredLedger.Header\",\"name\":\"h\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"path\",\"type\":\"bytes32[]\"}],\"name\":\"provePastCount\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"asOf\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"authEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"anchoredAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"readingsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structAnchoredLedger.Header\",\"name\":\"h\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"closingsRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structAnchoredLedger.MeterLeaf\",\"name\":\"state\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[32]\",\"name\":\"statePath\",\"type\":\"bytes32[32]\"},{\"internalType\":\"uint32\",\"name\":\"recordPeriod\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"estimated\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"startPeriod\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"startImportWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"startExportWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"startTimestamp\",\"type\":\"uint64\"}],\"internalType\":\"structAnchoredLedger.ClosingRecord\",\"name\":\"rec\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[32]\",\"name\":\"closingPath\",\"type\":\"bytes32[32]\"},{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"}],\"name\":\"proveRegisters\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"asOf\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"authEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"anchoredAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"readingsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structAnchoredLedger.Header\",\"name\":\"h\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"detailHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"sigHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"verdict\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"stateRootAfter\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"path\",\"type\":\"bytes32[]\"}],\"internalType\":\"structAnchoredLedger.Neighbour\",\"name\":\"last\",\"type\":\"tuple\"}],\"name\":\"proveRoot\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"asOf\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"authEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"anchoredAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"readingsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structAnchoredLedger.Header\",\"name\":\"h\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"asOf\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"authEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"anchoredAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"readingsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structAnchoredLedger.Header\",\"name\":\"parent\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"detailHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"},{\"internalType\":\"uint8\",\"name\":\"verdict\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"stateRootAfter\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"path\",\"type\":\"bytes32[]\"}],\"internalType\":\"structAnchoredLedger.Leaf\",\"name\":\"reading\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"detailHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"sigHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"verdict\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"stateRootAfter\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"path\",\"type\":\"bytes32[]\"}],\"internalType\":\"structAnchoredLedger.Neighbour\",\"name\":\"prev\",\"type\":\"tuple\"},{\"internalType\":\"bool\",\"name\":\"hasAuth\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"authIndex\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"closingsRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structAnchoredLedger.MeterLeaf\",\"name\":\"oldState\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[32]\",\"name\":\"statePath\",\"type\":\"bytes32[32]\"},{\"internalType\":\"bytes32[32][]\",\"name\":\"closingPaths\",\"type\":\"bytes32[32][]\"}],\"internalType\":\"structAnchoredLedger.Transition\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"proveTransition\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"asOf\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"authEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"anchoredAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"readingsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structAnchoredLedger.Header\",\"name\":\"h\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"detailHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"sigHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"verdict\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"stateRootAfter\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"path\",\"type\":\"bytes32[]\"}],\"internalType\":\"structAnchoredLedger.Neighbour\",\"name\":\"a\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"detailHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"sigHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"verdict\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"stateRootAfter\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"path\",\"type\":\"bytes32[]\"}],\"internalType\":\"structAnchoredLedger.Neighbour\",\"name\":\"b\",\"type\":\"tuple\"}],\"name\":\"proveUnsorted\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"oldSigner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"newSigner\",\"type\":\"address\"}],\"name\":\"rekey\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"}],\"name\":\"relayerOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"bondAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"lastBatch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastAnchoredAt\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"slashed\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"revokedEpoch\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"tip\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unbond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"asOf\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"authEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"anchoredAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"readingsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structAnchoredLedger.Header\",\"name\":\"h\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"demandId\",\"type\":\"uint256\"}],\"name\":\"voidUnanswered\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"window\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "AnchoredLedger",
	Bin: "0x61024080604052346102b25760c081615fb8803803809161002082856102b6565b8339810103126102b2578051906001600160a01b03821682036102b25760208101516001600160a01b03811681036102b2576040820151610063606084016102ed565b9161007560a0608086015195016102ed565b946040516100846040826102b6565b600a815260208101906936b2ba32b931b430b4b760b11b8252604051916100ac6040846102b6565b600183526020830191603160f81b83526100c581610301565b610120526100d284610301565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a0815261013b60c0826102b6565b5190206080523060c05261016052610180526101a0526101c0526101e052610200525f5f5b6020811061029e575061022052604051615c4b908161036d823960805181615739015260a051816157f0015260c0518161570a015260e05181615788015261010051816157ae015261012051816127fc0152610140518161282501526101605181818161149b0152818161170a015281816129c10152612a110152610180518181816105cb015281816105f801528181610b6c01528181610f070152818161137d015281816113bc01528181611a2e0152818161234701528181612d8401526130b701526101a05181818161290f015261460d01526101c051818181610a2e015281816132420152613ecf01526101e051818181610b4a01528181610ee40152818161135b015281816120fb01526130940152610200518181816107930152818161114c01526119920152610220518181816129490152614b7b0152f35b90805f52602052600160405f209101610160565b5f80fd5b601f909101601f19168101906001600160401b038211908210176102d957604052565b634e487b7160e01b5f52604160045260245ffd5b51906001600160401b03821682036102b257565b601f81511161032c57602081519101516020821061031d571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fdfe60806040526004361015610011575f80fd5b5f3560e01c8062e0c53f146135b057806306f130561461358a5780631b55b48c1461356f57806322a90b92146132fe5780632755cd2d146132d55780634073273f14613266578063461645bf14613223578063481f7da6146131e55780634a37cecf146131615780634a5fa6d9146131465780634cc914be1461312b5780634e380e1e1461301b5780635580a3d014612e2e5780635df6a6bc14612d215780636d1346c414612c8957806373e55950146129e55780637b103999146129a25780637dda5f7f1461296c57806380e7378314612932578063831518b7146128f857806384b0196e146127e457806388e918441461244f578063950bff9f1461243257806395934bae146123fa5780639940686e146122d7578063a320cf2514612296578063a439c3261461214b578063a7d3733e1461211e578063b19f99fb146120e4578063b4433ff714612071578063b577d5ab14611dd6578063b75b32be14611a6e578063c0a2526c14611a52578063c28f439214611a0f578063c2aafa37146119b6578063c2f654da14611973578063cc73c8bc14611953578063ccdee5251461192a578063d5cb6ac71461190f578063d84b1a2f146116cd578063de887a21146116b1578063e6c09edf14611478578063e963d02b1461145d578063eb9c087f146110e5578063ee1189ef14610fe8578063f04863ad14610fcd578063f920e5f414610bf6578063fb8097d014610715578063fbddb767146102d05763fdfe05a41461023e575f80fd5b346102cc5760403660031901126102cc57610257613615565b6001600160401b03610267613682565b9116805f52600a60205260405f2063ffffffff610283846154b6565b165f5260205260405f2054151590816102a4575b6020826040519015158152f35b90505f52600a60205263ffffffff60405f2091165f52602052602060405f205415155f610297565b5f80fd5b346102cc5736600319016101a081126102cc57610120136102cc576102f36135fe565b6102fb6136bc565b610164356001600160401b0381116102cc57806004019061014060031982360301126102cc57610184356001600160401b0381116102cc57806004019361014060031983360301126102cc5761035086613b1a565b63ffffffff8116600181018082116106665763ffffffff61036f6137ea565b16111561070357508461038e826103898761039395613ba7565b613aed565b613ba7565b61039c83613885565b6001600160401b03806103ae87613885565b169116109283156106a2575b50505061067a576103ca90613885565b6103d2613c3b565b905b6004548015801580610635575b1561042c57610418575f19016103f681613a16565b610405575f90556004556103d4565b634e487b7160e01b5f525f60045260245ffd5b634e487b7160e01b5f52603160045260245ffd5b8285856001600160401b038151166001600160401b036040519361044f8561376b565b169283815260208101918252600454600160401b8110156106215780600161047a9201600455613a16565b9190916104055751815492516fffffffffffffffffffffffffffffffff199093166001600160401b03919091161760409290921b67ffffffffffffffff60401b169190911790556004356001600160401b03811681036102cc5767ffffffffffffffff60401b1967ffffffffffffffff60401b6002549260401b1691161760025560a435916001600160a01b0383168084036102cc576b7fffffffffffffffffffffff93505f5260056020527f9e423dd11ff8fae4ea6960d39ac8fff6508d4fad0cfd9d572b43136914fbe12f608060405f20956001600160401b03808854966001600160601b038816996001600160601b03198154168155600160e01b60ff60e01b1982541617905551169160405192835233602084015260026040840152166060820152a260011c1690816105f1575b6105b68282613913565b6105bc57005b6105ef916105c991613913565b7f000000000000000000000000000000000000000000000000000000000000000061409a565b005b61061c82337f000000000000000000000000000000000000000000000000000000000000000061412b565b6105ac565b634e487b7160e01b5f52604160045260245ffd5b505f198201828111610666576106526001600160401b0391613a16565b5054166001600160401b03861611156103e1565b634e487b7160e01b5f52601160045260245ffd5b7fbb6a9cb5000000000000000000000000000000000000000000000000000000005f5260045ffd5b6106ae91929350613885565b6001600160401b03806106c086613885565b1691161491826106d5575b50508380806103ba565b6001600160401b039192506106f860246106f181859401613885565b9401613885565b1691161083806106cb565b633bb4697760e11b5f5260045260245ffd5b346102cc57366003190161018081126102cc57610120136102cc576107386135fe565b61014435610164356001600160401b0381116102cc5761075c903690600401613720565b91906107688483615457565b9161077285613c86565b61077b85613a2e565b610bda57600183018054936107c56001600160401b037f0000000000000000000000000000000000000000000000000000000000000000166001600160401b038760201c16613a09565b421015610bae5763ffffffff905460e01c941663ffffffff6107e78683613826565b168603610b98575093946001600160401b0316935f5b868110156109dc576108148160051b85018561397e565b63ffffffff821686019063ffffffff821161066657879161083482613885565b602083019261084284613885565b90604081019061085182613885565b92606082019461086086613885565b608084019361086e85613885565b9360a08201359360c08301936108848585613994565b369061088f926138ce565b805190602001208660e08601986108a58a6139c6565b936101008801359d6108b8978f97614a93565b6108c66101208301836139d4565b906108d1928c614b18565b6108da81613885565b996108e490613885565b956108ee90613885565b976108f890613885565b9461090290613885565b9161090c91613994565b97610919899692956139c6565b966040519b63ffffffff8d9c168c526001600160401b031660208c01526001600160401b031660408b01526001600160401b031660608a01526001600160401b031660808901526001600160401b031660a088015260c087015260e08601610140905281610140870152610160860137828401610160015f905260ff16610100840152610120830152601f1990601f0116810103610160017f5c4f905d24babee76e569c0d6443168a9b04a1d39a9df1a586e0ba319bea437a91a26001016107fd565b5080546cff00000000000000000000000019166c02000000000000000000000000179055610a086137a7565b60408101906001600160401b03610a2181845116613b05565b1682526001600160401b037f0000000000000000000000000000000000000000000000000000000000000000166001600160401b03421601916001600160401b03831161066657610adb6001600160401b03610b0694610ab0828660208298019382808651169116908111610b90575b5051166001600160401b03166001600160401b03196009541617600955565b511667ffffffffffffffff60401b1967ffffffffffffffff60401b6009549260401b16911617600955565b511667ffffffffffffffff60801b1967ffffffffffffffff60801b6009549260801b16911617600955565b7f2d066881a9a831a038d5ba2589e6fc2d7b149f15cdcc732752fc5408fa632f5a602060405160018152a260a4356001600160a01b03811681036102cc576105ef907f0000000000000000000000000000000000000000000000000000000000000000907f000000000000000000000000000000000000000000000000000000000000000061412b565b84528a610a91565b846331de2c3d60e01b5f5260045260245260445ffd5b827f1aa60ffe000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b6001600160401b038563d510421b60e01b5f521660045260245ffd5b346102cc57366003190161018081126102cc57610120136102cc57610c196135fe565b610c216136bc565b90610164359063ffffffff8216918281036102cc57610c3f82613b1a565b63ffffffff84169383851091821592610fb1575b50508015610f9b575b610f8457610d1c610c6b6137a7565b610cf36001600160401b0360206040840193828551161580610f75575b15610f585782871681525b82610ca081875116613ad0565b16809552610cc7838251166001600160401b03166001600160401b03196009541617600955565b01511667ffffffffffffffff60401b1967ffffffffffffffff60401b6009549260401b16911617600955565b67ffffffffffffffff60801b1967ffffffffffffffff60801b6009549260801b16911617600955565b6008549160405160c081018181106001600160401b03821117610621576040523381526001600160401b036020820193169283815260408201868152606083019284845260808101916001600160401b034216835260a082019360018552600160401b8910156106215760018901600855610d9689613899565b9190916104055763ffffffff600193610e266001600160401b03610e5b946001600160a01b03859951167fffffffffffffffffffffffff0000000000000000000000000000000000000000885416178755511685907fffffffff0000000000000000ffffffffffffffffffffffffffffffffffffffff67ffffffffffffffff60a01b83549260a01b169116179055565b5183547bffffffffffffffffffffffffffffffffffffffffffffffffffffffff16911660e01b6001600160e01b031916178255565b019351166bffffffffffffffff000000008454925160201b16916001600160601b03191617178255516003811015610f445760209585937f1c2b83bfbe1d885ac02ae60feacb7e29bd622cee3fd976ec355e454bbd1e6fc6936060936cff000000000000000000000000825491861b16906cff0000000000000000000000001916179055610f2b7f000000000000000000000000000000000000000000000000000000000000000030337f0000000000000000000000000000000000000000000000000000000000000000615154565b60405191338352888301526040820152a3604051908152f35b634e487b7160e01b5f52602160045260245ffd5b82815116838816908110610f6d575b50610c93565b815289610f67565b50828282015116421015610c88565b50906331de2c3d60e01b5f5260045260245260445ffd5b5063ffffffff610fa96137ea565b168211610c5c565b6040925063ffffffff91610fc491613826565b16118480610c53565b346102cc575f3660031901126102cc57602060405160408152f35b346102cc5760203660031901126102cc576001600160401b03611009613615565b165f52600660205260405f2080549061102182613967565b9161102f6040519384613786565b8083526020830180925f5260205f205f915b8383106110c7578486604051918291602083019060208452518091526040830191905f5b818110611073575050500390f35b9193509160206080600192606087516001600160401b0381511683526001600160a01b0385820151168584015263ffffffff6040820151166040840152015115156060820152019401910191849392611065565b600260206001926110d785613920565b815201920192019190611041565b346102cc57366003190161016081126102cc57610120136102cc576111086135fe565b61014435906111178183615457565b9161112182613c86565b61112a82613a2e565b611441576111726001600160401b03600185015460201c166001600160401b037f00000000000000000000000000000000000000000000000000000000000000001690613a09565b42106114165761118d906001600160a01b038454169361400d565b611195613c3b565b60045480158015806113e5575b156111c657610418575f19016111b781613a16565b610405575f9055600455611195565b8285856001600160401b038351166001600160401b03604051926111e98461376b565b169182815260208101918252600454600160401b811015610621578060016112149201600455613a16565b9190916104055751815492516fffffffffffffffffffffffffffffffff199093166001600160401b03919091161760409290921b67ffffffffffffffff60401b169190911790556004356001600160401b03811681036102cc5767ffffffffffffffff60401b1967ffffffffffffffff60401b6002549260401b1691161760025560a4356001600160a01b038116938482036102cc576105ef946b7fffffffffffffffffffffff92505f52600560205260405f20927f9e423dd11ff8fae4ea6960d39ac8fff6508d4fad0cfd9d572b43136914fbe12f60806001600160401b038654946001600160601b038616976001600160601b03198154168155600160e01b60ff60e01b198254161790555116604051908152876020820152600460408201525f6060820152a260011c1690816113b5575b6113528282613913565b6113a1575b50507f0000000000000000000000000000000000000000000000000000000000000000907f000000000000000000000000000000000000000000000000000000000000000061412b565b6113ae916105c991613913565b8280611357565b6113e082847f000000000000000000000000000000000000000000000000000000000000000061412b565b611348565b505f198201828111610666576114026001600160401b0391613a16565b5054166001600160401b03851611156111a2565b7f82a444c9000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b6001600160401b038263d510421b60e01b5f521660045260245ffd5b346102cc575f3660031901126102cc57602060405160048152f35b346102cc5760203660031901126102cc576114916136d0565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163303611685576001600160a01b0316805f5260076020526001600160401b0360405f20541690811561167357815f52600660205260405f2080545f19810190811161066657611509916138b5565b505460e01c906002546115276001600160401b038260801c16613ad0565b906001600160401b038216916fffffffffffffffffffffffffffffffff6001600160c01b031967ffffffffffffffff60801b8360801b16928367ffffffffffffffff60801b1986161760025560c01b1692161717600255835f52600660205260405f20926040519261159884613750565b82845260208401948186526040850183815260608601915f83528054600160401b811015610621576115cf916001820181556138b5565b610405579551965190516001600160e01b031960e09190911b166001600160401b039097167bffffffffffffffffffffffffffffffffffffffff000000000000000060409290921b91909116179590951784557ff4043e8a4ff2c61911c9bbc7515c0b3cbd0c607d267e308e3b8500ab3d2c3240946080946001019051151560ff80198354169116179055604051928352602083015260408201525f6060820152a2005b636bf4516160e11b5f5260045260245ffd5b7f631a294a000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b346102cc575f3660031901126102cc576020604051610e108152f35b346102cc5760603660031901126102cc576116e6613615565b6116ee6136e6565b6044359063ffffffff82168092036102cc576001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163303611685576001600160a01b031691825f5260076020526001600160401b0360405f2054166118fc576001600160401b0390835f52600760205260405f2082821683198254161790551691825f52600660205260405f2054151560025461179d6001600160401b038260801c16613ad0565b916001600160401b0383169267ffffffffffffffff60801b8160801b16918267ffffffffffffffff60801b198516176002556118ce575b505050835f52600660205260405f2092604051926117f184613750565b8284526020840194818652604085018381526060860191600183528054600160401b81101561062157611829916001820181556138b5565b610405579551965190516001600160e01b031960e09190911b166001600160401b039097167bffffffffffffffffffffffffffffffffffffffff000000000000000060409290921b91909116179590951784557ff4043e8a4ff2c61911c9bbc7515c0b3cbd0c607d267e308e3b8500ab3d2c3240946080946001019051151560ff801983541691161790556040519283526020830152604082015260016060820152a2005b6001600160c01b03196fffffffffffffffffffffffffffffffff9160c01b16921617176002558480806117d4565b82633dd2866360e21b5f5260045260245ffd5b346102cc575f3660031901126102cc57602060405160058152f35b346102cc575f3660031901126102cc5760206001600160401b0360025460801c16604051908152f35b346102cc575f3660031901126102cc57602060025460c01c604051908152f35b346102cc575f3660031901126102cc5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346102cc5760403660031901126102cc5760806001600160401b036119ea6119dc613615565b6119e4613682565b90613f6c565b60408051838516815292811c84166020840152818416838201521c9091166060820152f35b346102cc575f3660031901126102cc5760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346102cc575f3660031901126102cc57602060405161dead8152f35b346102cc573660031901610b4081126102cc57610120136102cc57611a916135fe565b611a9961362b565b9060a0366101631901126102cc5736610604116102cc57611ab8613695565b91610100366106231901126102cc5736610b24116102cc57610b243563ffffffff8116938482036102cc57611aed838561416b565b606485069163ffffffff831691600183101580611dcb575b80611dbe575b15611dab57611b18615207565b63ffffffff5f9216915b60208110611d4057506101e43503611d1857610624356001600160401b03811681036102cc57809361064435906001600160401b03821682036102cc578196611b69613ac0565b611b9e57505050508603611b8b576105ef95505b611b85613ac0565b936144e1565b85630ccd9ef160e41b5f5260045260245ffd5b9299949650929094506106a43563ffffffff8116908181036102cc5750841190811591611d0e575b50611cfb5750600c03611ce35760640163ffffffff81116106665763ffffffff600a1991160163ffffffff81116106665763ffffffff62015180915b1663ffffffff606481818404169206169060028211918215611cd8575b62023ab19061019083049261019084029003935f14611ccf5760021901925b60056002620afa6b1995609902010490606481049061016d8160021c91020103019102010102946106c435906001600160401b03821682036102cc57611ca3918791611c88613857565b916001600160401b0380611c9a61386e565b169316906153d5565b906106e435956001600160401b03871687036102cc576105ef96611cc992611c88613857565b91611b7d565b60090192611c3e565b5f1990910190611c1f565b506201518063ffffffff611cf684613aed565b611c02565b82630ccd9ef160e41b5f5260045260245ffd5b9050831189611bc6565b7f64325c91000000000000000000000000000000000000000000000000000000005f5260045ffd5b9060018084841c16145f14611d88576020821015611d74578160051b61072401355f52602052600160405f205b9101611b22565b634e487b7160e01b5f52603260045260245ffd5b6020821015611d74578160051b61072401905f5235602052600160405f20611d6d565b86630ccd9ef160e41b5f5260045260245ffd5b5062030189871015611b0b565b50600c831115611b05565b346102cc5736600319016101a081126102cc57610120136102cc57611df96135fe565b611e016136bc565b6101643590610184356001600160401b0381116102cc57611e26903690600401613720565b91611e3085613b1a565b63ffffffff611e3d6137ea565b1663ffffffff82169081108015612055575b61070357509083611e609392614b18565b1561067a57611e6d613c3b565b6004548015801580612024575b15611e9e57610418575f1901611e8f81613a16565b610405575f9055600455611e6d565b50506001600160401b038151166001600160401b0360405193611ec08561376b565b169283815260208101918252600454600160401b81101561062157806001611eeb9201600455613a16565b9190916104055751815492516fffffffffffffffffffffffffffffffff199093166001600160401b03919091161760409290921b67ffffffffffffffff60401b169190911790556004356001600160401b03811681036102cc5767ffffffffffffffff60401b1967ffffffffffffffff60401b6002549260401b1691161760025560a435906001600160a01b0382168083036102cc576b7fffffffffffffffffffffff92505f52600560205260405f20927f9e423dd11ff8fae4ea6960d39ac8fff6508d4fad0cfd9d572b43136914fbe12f60806001600160401b038654946001600160601b038616976001600160601b03198154168155600160e01b60ff60e01b198254161790555116604051908152336020820152600360408201525f6060820152a260011c1690816105f1576105b68282613913565b505f198201828111610666576120416001600160401b0391613a16565b5054166001600160401b0385161115611e7a565b5060016120686120636137ea565b6151e0565b1b811015611e4f565b346102cc5760203660031901126102cc576001600160a01b036120926136d0565b165f526005602052608060405f205460ff604051916001600160601b03811683526001600160401b038160601c1660208401526001600160401b038160a01c16604084015260e01c1615156060820152f35b346102cc575f3660031901126102cc5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346102cc5760203660031901126102cc57602061214161213c613615565b613a2e565b6040519015158152f35b346102cc5760e03660031901126102cc57612164613615565b61216c6136a9565b90612175613642565b61217d613658565b9060c4359360ff85168095036102cc578415801561228c575b612279576121a385613967565b6121b06040519182613786565b8581526121bc86613967565b602082019690601f19013688375f5b818110612241575050604051602081018092519097905f5b81811061222b57602061221a8a8a8a8a8f8a612209818e9303601f198101835282613786565b5190209360443590602435906145e2565b6001600160401b0360405191168152f35b82518a526020998a0199909201916001016121e3565b8049908115612266578351811015611d745760019160208260051b86010152016121cb565b8263cc3f660360e01b5f5260045260245ffd5b8463cc3f660360e01b5f5260045260245ffd5b5084491515612196565b346102cc5760203660031901126102cc576001600160a01b036122b76136d0565b165f52600760205260206001600160401b0360405f205416604051908152f35b346102cc5760203660031901126102cc57600435335f52600560205260405f20805460ff8160e01c166123ce57826001600160601b036123179216613a09565b6001600160601b03811161239e576001600160601b031690816001600160601b031982541617905561236b8230337f0000000000000000000000000000000000000000000000000000000000000000615154565b60405191825260208201527f524384adee0b2f52827eebf00ddd616aa286978612393216724d61cdb43dc83560403392a2005b7f6dfcc650000000000000000000000000000000000000000000000000000000005f52606060045260245260445ffd5b7f975ad74f000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b346102cc5760203660031901126102cc576001600160401b0361241b613615565b165f526003602052602060405f2054604051908152f35b346102cc575f3660031901126102cc576020604051620100008152f35b346102cc57366003190161028081126102cc57610120136102cc576124726135fe565b610120366101431901126102cc57610264356001600160401b0381116102cc57806004019061056060031982360301126102cc5760246124bc916124b585613b1a565b018261397e565b906124c6816137fd565b63ffffffff806124d46137ea565b16911610156127c35760a061259461255c926125856125006124f960c0880188613994565b36916138ce565b6020815191012061256e87612514856137fd565b9261251e82613885565b9061252b60208401613885565b9161253860408501613885565b61254460608601613885565b61255060808701613885565b9160e087019d8e6139c6565b956101008801359d8e98013594614a93565b9061257d6101208901896139d4565b929091614b18565b61258e81614b38565b90614be3565b92600a821015610f445760ff6125aa81926139c6565b1691161491826127b9575b505061067a576125c490613885565b6125cc613c3b565b905b6004548015801580612788575b156125ff57610418575f19016125f081613a16565b610405575f90556004556125ce565b8285856001600160401b038151166001600160401b03604051936126228561376b565b169283815260208101918252600454600160401b8110156106215780600161264d9201600455613a16565b9190916104055751815492516fffffffffffffffffffffffffffffffff199093166001600160401b03919091161760409290921b67ffffffffffffffff60401b169190911790556004356001600160401b03811681036102cc5767ffffffffffffffff60401b1967ffffffffffffffff60401b6002549260401b1691161760025560a435916001600160a01b0383168084036102cc576b7fffffffffffffffffffffff93505f5260056020527f9e423dd11ff8fae4ea6960d39ac8fff6508d4fad0cfd9d572b43136914fbe12f608060405f20956001600160401b03808854966001600160601b038816996001600160601b03198154168155600160e01b60ff60e01b1982541617905551169160405192835233602084015260016040840152166060820152a260011c1690816105f1576105b68282613913565b505f198201828111610666576127a56001600160401b0391613a16565b5054166001600160401b03861611156125db565b14905083806125b5565b6127d163ffffffff916137fd565b633bb4697760e11b5f521660045260245ffd5b346102cc575f3660031901126102cc5761289c6128207f0000000000000000000000000000000000000000000000000000000000000000615609565b6128497f0000000000000000000000000000000000000000000000000000000000000000615609565b60206128aa6040519261285c8385613786565b5f84525f3681376040519586957f0f00000000000000000000000000000000000000000000000000000000000000875260e08588015260e08701906136fc565b9085820360408701526136fc565b4660608501523060808501525f60a085015283810360c08501528180845192838152019301915f5b8281106128e157505050500390f35b8351855286955093810193928101926001016128d2565b346102cc575f3660031901126102cc5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346102cc575f3660031901126102cc5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346102cc5760203660031901126102cc57612985613615565b5060806040515f81525f60208201525f60408201525f6060820152f35b346102cc575f3660031901126102cc5760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346102cc5760403660031901126102cc576129fe6136d0565b612a066136e6565b906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163303611685576001600160a01b0316805f5260076020526001600160401b0360405f205416918215612c76576001600160a01b031690815f5260076020526001600160401b0360405f205416612c63575f52600760205260405f206001600160401b03198154169055805f52600760205260405f206001600160401b0383166001600160401b0319825416179055815f52600660205260405f208054905f19820191821161066657612aec91612ae6916138b5565b50613920565b90606063ffffffff604084015116920151151560025490612b186001600160401b038360801c16613ad0565b916001600160401b038316926fffffffffffffffffffffffffffffffff6001600160c01b031967ffffffffffffffff60801b8360801b16928367ffffffffffffffff60801b1986161760025560c01b1692161717600255845f52600660205260405f209360405193612b8985613750565b83855260208501958187526040860183815260608701918583528054600160401b81101561062157612bc0916001820181556138b5565b610405579651975190516001600160e01b031960e09190911b166001600160401b039098167bffffffffffffffffffffffffffffffffffffffff000000000000000060409290921b91909116179690961785557ff4043e8a4ff2c61911c9bbc7515c0b3cbd0c607d267e308e3b8500ab3d2c3240956080956001019051151560ff80198354169116179055604051938452602084015260408301526060820152a2005b50633dd2866360e21b5f5260045260245ffd5b50636bf4516160e11b5f5260045260245ffd5b346102cc5760e03660031901126102cc57612ca2613615565b612caa6136a9565b90612cb3613642565b90612cbc613658565b60c435926001600160401b0384116102cc57366023850112156102cc578360040135946001600160401b0386116102cc5736602487870101116102cc57612d0d61221a9560209760243692016138ce565b8681519101209360443590602435906145e2565b346102cc575f3660031901126102cc57335f52600560205260405f2080546001600160401b038160601c1680151580612e1e575b80612e01575b612dd6575081546bffffffffffffffffffffffff19169091556001600160601b0316612da881337f000000000000000000000000000000000000000000000000000000000000000061412b565b6040519081527fd24dbf5e9299ce53c3aa9f7227ff1cc8441c2faae04509aa370ca3703385d6b460203392a2005b7f58ae9c9b000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b50612e186001600160401b038360a01c1682613ebf565b15612d5b565b50612e2881613a2e565b15612d55565b346102cc57366003190161062081126102cc57610120136102cc57612e516135fe565b612e5961362b565b9060a0366101631901126102cc5736610604116102cc57612e78613695565b612e82838361416b565b606435906001600160401b038216918281036102cc57505f6060604051612ea881613750565b82815282602082015282604082015201526001600160401b03841691825f52600660205260405f209081548063ffffffff851610801590612ffe575b612feb5763ffffffff612ef685613aed565b16109081612fc4575b50612fb157612ae6606092612f13926138b5565b015115801590612f99575b612f6e5750612f3c6001600160401b03612f36613840565b1661433c565b6101a4356001600160401b03811681036102cc576101c435916001600160401b03831683036102cc576105ef946143dc565b7f30fa60cf000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b506001600160401b03612faa613840565b1615612f1e565b82630eb950e360e41b5f5260045260245ffd5b90506001600160401b03612fe0612fda85613aed565b846138b5565b505416111586612eff565b84630eb950e360e41b5f5260045260245ffd5b50816001600160401b0361301286866138b5565b50541611612ee4565b346102cc5760203660031901126102cc576004356008548110156131195761304281613899565b5060ff600182015460601c166003811015610f4457600103613106578054906001600160401b038260a01c1661307781613a2e565b156130db57506105ef9261308a9161400d565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000091167f000000000000000000000000000000000000000000000000000000000000000061412b565b7f8f2463de000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b50634515d7b760e01b5f5260045260245ffd5b634515d7b760e01b5f5260045260245ffd5b346102cc575f3660031901126102cc57602060405160038152f35b346102cc575f3660031901126102cc57602060405160018152f35b346102cc5760203660031901126102cc5761317d600435613899565b50600181549101549060ff8260601c16916003831015610f445760c0926001600160401b03600192604051946001600160a01b0381168652828160a01c16602087015260e01c604086015263ffffffff8116606086015260201c1660808401521460a0820152f35b346102cc5760403660031901126102cc5760207001000000000000000000000000000000006132156119dc613615565b604051911790911615158152f35b346102cc575f3660031901126102cc5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346102cc57366003190161014081126102cc57610120136102cc576132896135fe565b61329281613c86565b61329b81613a2e565b15806132af575b6020906040519015158152f35b50608435906001600160401b03821682036102cc576020916132d091613ebf565b6132a2565b346102cc575f3660031901126102cc5760206001600160401b0360025460401c16604051908152f35b346102cc57366003190161016081126102cc57610120136102cc576133216135fe565b610144356001600160401b0381116102cc57806004019061014060031982360301126102cc5761335083613b1a565b6133648261038e61335f6137ea565b61380e565b610104013560e4351461067a5761337a90613885565b613382613c3b565b905b600454801580158061353e575b156133b557610418575f19016133a681613a16565b610405575f9055600455613384565b8285856001600160401b038151166001600160401b03604051936133d88561376b565b169283815260208101918252600454600160401b811015610621578060016134039201600455613a16565b9190916104055751815492516fffffffffffffffffffffffffffffffff199093166001600160401b03919091161760409290921b67ffffffffffffffff60401b169190911790556004356001600160401b03811681036102cc5767ffffffffffffffff60401b1967ffffffffffffffff60401b6002549260401b1691161760025560a435916001600160a01b0383168084036102cc576b7fffffffffffffffffffffff93505f5260056020527f9e423dd11ff8fae4ea6960d39ac8fff6508d4fad0cfd9d572b43136914fbe12f608060405f20956001600160401b03808854966001600160601b038816996001600160601b03198154168155600160e01b60ff60e01b1982541617905551169160405192835233602084015260056040840152166060820152a260011c1690816105f1576105b68282613913565b505f1982018281116106665761355b6001600160401b0391613a16565b5054166001600160401b0386161115613391565b346102cc575f3660031901126102cc57602060405160028152f35b346102cc575f3660031901126102cc5760206001600160401b0360025416604051908152f35b346102cc575f3660031901126102cc5760606135ca6137a7565b6001600160401b03815116906001600160401b03604081602084015116920151169060405192835260208301526040820152f35b61012435906001600160401b03821682036102cc57565b600435906001600160401b03821682036102cc57565b61014435906001600160401b03821682036102cc57565b608435906001600160401b03821682036102cc57565b60a435906001600160401b03821682036102cc57565b35906001600160401b03821682036102cc57565b6024359063ffffffff821682036102cc57565b610604359063ffffffff821682036102cc57565b6064359063ffffffff821682036102cc57565b610144359063ffffffff821682036102cc57565b600435906001600160a01b03821682036102cc57565b602435906001600160a01b03821682036102cc57565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b9181601f840112156102cc578235916001600160401b0383116102cc576020808501948460051b0101116102cc57565b608081019081106001600160401b0382111761062157604052565b604081019081106001600160401b0382111761062157604052565b90601f801991011681019081106001600160401b0382111761062157604052565b60405190606082018281106001600160401b03821117610621576040528160406001600160401b0360095481811684528181841c16602085015260801c16910152565b60243563ffffffff811681036102cc5790565b3563ffffffff811681036102cc5790565b63ffffffff5f199116019063ffffffff821161066657565b9063ffffffff8091169116039063ffffffff821161066657565b610184356001600160401b03811681036102cc5790565b610704356001600160401b03811681036102cc5790565b610664356001600160401b03811681036102cc5790565b356001600160401b03811681036102cc5790565b600854811015611d745760085f5260205f209060011b01905f90565b8054821015611d74575f5260205f209060011b01905f90565b9291926001600160401b03821161062157604051916138f7601f8201601f191660200184613786565b8294818452818301116102cc578281602093845f960137010152565b9190820391821161066657565b9060405161392d81613750565b606060ff6001839580546001600160401b03811686526001600160a01b038160401c16602087015260e01c60408601520154161515910152565b6001600160401b0381116106215760051b60200190565b90359061013e19813603018212156102cc570190565b903590601e19813603018212156102cc57018035906001600160401b0382116102cc576020019181360383136102cc57565b3560ff811681036102cc5790565b903590601e19813603018212156102cc57018035906001600160401b0382116102cc57602001918160051b360383136102cc57565b9190820180921161066657565b600454811015611d745760045f5260205f2001905f90565b6004545f916001600160401b0316905b808310613a7e57508115159182613a5457505090565b9091505f19810190811161066657613a736001600160401b0391613a16565b505460401c16101590565b91613a898382613a09565b60011c90826001600160401b03613a9f84613a16565b50541611613ab95750600181018091116106665791613a3e565b9250613a3e565b6106843580151581036102cc5790565b6001600160401b03166001600160401b0381146106665760010190565b63ffffffff60019116019063ffffffff821161066657565b6001600160401b03168015610666575f190190565b613b25816004613daa565b613b2e81613a2e565b613b8b576084356001600160401b03811681036102cc57613b4f9082613ebf565b613b565750565b6001600160401b03907fd243d190000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b6001600160401b039063d510421b60e01b5f521660045260245ffd5b90613c3491613c1f613c13613bbb84613885565b613bc760208601613885565b90613bd460408701613885565b91613be160608801613885565b91613bee60808901613885565b613bfa60e08a016139c6565b936101008a01359560c08b01359460a08c013594614a93565b926101208101906139d4565b929091613c2c60246137fd565b60c435615670565b15611d1857565b60405190613c4882613750565b8160606002546001600160401b03811683526001600160401b038160401c1660208401526001600160401b038160801c16604084015260c01c910152565b6001600160401b0316805f52600360205260405f20548015908115613cd9575b50613cae5750565b7ff56eaf6a000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b905060405160208101906004356001600160401b0381168091036102cc57825260243563ffffffff81168091036102cc5760408201526044356001600160401b0381168091036102cc5760608201526064356001600160401b0381168091036102cc5760808201526084356001600160401b0381168091036102cc5760a082015260a4356001600160a01b0381168091036102cc5760c082015260c43560e082015260e435610100820152610104356101208201526101208152613d9f61014082613786565b51902014155f613ca6565b906001600160401b031690815f52600360205260405f20548015918215613dd5575b5050613cae5750565b90915060405160208101916001600160401b03613df18261366e565b168352602081013563ffffffff811681036102cc5763ffffffff1660408301526001600160401b03613e256040830161366e565b1660608301526001600160401b03613e3f6060830161366e565b1660808301526001600160401b03613e596080830161366e565b1660a083015260a0810135906001600160a01b03821682036102cc576001600160a01b03610100921660c084015260c081013560e084015260e08101358284015201356101208201526101208152613eb361014082613786565b51902014155f80613dcc565b90613ef6906001600160401b03807f0000000000000000000000000000000000000000000000000000000000000000169116613a09565b4210613f6757613f046137a7565b6001600160401b038151168015928315613f54575b50508115613f25575090565b60408101516001600160401b031615915081613f3f575090565b6001600160401b039150602001511642101590565b6001600160401b03161091505f80613f19565b505f90565b6001600160401b03909291921690815f52600a60205260405f2063ffffffff613f94856154b6565b165f5260205260405f205492825f52600a60205260405f2063ffffffff82165f5260205260405f20549284158015614005575b613fcf575050565b63ffffffff92507fbbb6e41b000000000000000000000000000000000000000000000000000000005f526004521660245260445ffd5b508315613fc7565b6001016c020000000000000000000000006cff0000000000000000000000001982541617905560095467ffffffffffffffff60801b1967ffffffffffffffff60801b6140646001600160401b038460801c16613b05565b60801b169116176009557f2d066881a9a831a038d5ba2589e6fc2d7b149f15cdcc732752fc5408fa632f5a60206040515f8152a2565b906040519063a9059cbb60e01b5f5261dead60045260245260205f60448180865af19060015f511482161561410a575b604052156140d55750565b6001600160a01b03907f5274afe7000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b90600181151661412257823b15153d151616906140ca565b503d5f823e3d90fd5b916001600160a01b036040519263a9059cbb60e01b5f521660045260245260205f60448180865af19060015f511482161561410a57604052156140d55750565b614176816004613daa565b61417f81613a2e565b613b8b576084356001600160401b03811681036102cc576141a09082613ebf565b156141e2575063ffffffff6001600160401b03821611611d18576102046141d89163ffffffff6141d1610164615503565b911661536e565b60e43503611d1857565b6001600160401b03907fbb3c27bd000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b906001600160401b036040519261422d84613750565b5f84525f60208501525f60408501525f60608501521691825f52600660205260405f2093156142fd575082548063ffffffff8616108015906142d7575b612fb15763ffffffff61427c86613aed565b161090816142ad575b5061429b575061429891612ae6916138b5565b90565b630eb950e360e41b5f5260045260245ffd5b90506001600160401b03806142ca6142c487613aed565b866138b5565b505416911610155f614285565b506001600160401b036142ea86866138b5565b5054166001600160401b0383161061426a565b93508291925415159182614316575b505061429b575090565b909150805415611d74575f526001600160401b038060205f205416911610155f8061430c565b6201518063ffffffff915f190104606462023ab1620afa6c8301049162023ab1830290039160996002620afa6c61016d81870162023ab0810490836105b4618eac830492048a03010103049585870487841c8861016d0201039003016005020104600a81105f146143d257600301925b600284116143c75761019060ff60015b169202010102011690565b61019060ff5f6143bc565b60081901926143ac565b929390916001600160401b0316936001600160401b03600160811b67ffffffffffffffff60401b8360401b16871717941693845f52600a60205260405f2063ffffffff85165f5260205260405f20548061449c5750926001600160401b036080938163ffffffff947faf03aae3c261bb13c951caf8f22cee55cb12a4ed4d5f4607598e8a67de1e66a097895f52600a60205260405f208787165f5260205260405f2055604051998a521660208901525f60408901521660608701521693a3565b925092945050036144ab575050565b63ffffffff92507f3e3c03e3000000000000000000000000000000000000000000000000000000005f526004521660245260445ffd5b93909294916001600160401b031694815f146145cf576001600160401b03600160811b7001000000000000000000000000000000005b67ffffffffffffffff60401b8460401b1689171717951694855f52600a60205260405f2063ffffffff86165f5260205260405f2054806145bf575060809363ffffffff936001600160401b037faf03aae3c261bb13c951caf8f22cee55cb12a4ed4d5f4607598e8a67de1e66a0979481948a5f52600a60205260405f208888165f5260205260405f20556040519a8b521660208a0152151560408901521660608701521693a3565b93509395505050036144ab575050565b6001600160401b03600160811b5f614517565b939496959190335f52600560205260405f2097885460ff8160e01c166123ce576001600160601b03167f00000000000000000000000000000000000000000000000000000000000000008110908115614a8a575b50614a5e57614643613c3b565b946001600160401b0380602088015116971696808803614a2e575063ffffffff169687158015614a22575b6149f6576001600160401b03169042821180156149d1575b6149a55760408601916001600160401b0380845116921691808311801561498f575b61495f575060016001600160401b03885116019a6001600160401b038c1161066657606093614836918d6001600160401b034216968793519b01516040519b6146f08d613750565b6001600160401b0383169c8d81528d60208201526001600160401b038216604082015260606001600160401b0384169101528c6001600160401b0319600254161760025560025467ffffffffffffffff60401b1967ffffffffffffffff60401b808660401b161691161760025567ffffffffffffffff60801b1967ffffffffffffffff60801b806002549360801b161691161760025577ffffffffffffffffffffffffffffffffffffffffffffffff6001600160c01b0319806002549360c01b16169116176002557fffffffffffffffffffffffff0000000000000000ffffffffffffffffffffffff73ffffffffffffffff00000000000000000000000083549260601b169116178155907fffffffff0000000000000000ffffffffffffffffffffffffffffffffffffffff67ffffffffffffffff60a01b83549260a01b169116179055565b60405161012081018181106001600160401b03821117610621578787876001600160a01b038d958f8a6001600160401b038b818c63ffffffff82968e60209e60405289528d890190815260408901928352606089019485526080890196875261010060a08a0199338b5260c081019c8d5260e081019d8e52019c8d526040519d8e019e8f52511660408d0152511660608b015251166080890152511660a0870152511660c08501525160e08401525161010083015251610120820152610120815261490361014082613786565b519020875f52600360205260405f2055604051988952602089015260408801526060870152608086015260a085015260c08401527fd7dbc4a12a5a01f54ffba4b359148f4c1e213c07d7daee98b59220b532267ccd60e03394a4565b90507f01874014000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b506001600160401b0360608901511683106146a8565b507f5f15d47a000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b50610e1082016001600160401b038111610666576001600160401b0342911610614686565b877f4e46f924000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5062010000881161466e565b87907ffece6a1a000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b7f0b97d111000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b9050155f614636565b9795939196949290966040519760208901996001600160401b03168a526001600160401b031660408901526001600160401b031660608801526001600160401b031660808701526001600160401b031660a086015260c085015260e084015260ff166101008301526101208201526101208152614b1261014082613786565b51902090565b9291906024359363ffffffff851685036102cc57613c349460c435615670565b63ffffffff614b46826137fd565b16614b9d57506004356001600160401b0381168082036102cc5715614b7857614b7190610144613daa565b6102243590565b507f000000000000000000000000000000000000000000000000000000000000000090565b614ba961335f826137fd565b90614bcc6040820192614bbc848461397e565b90613c1f613c13613bbb84613885565b15611d185761010091614bde9161397e565b013590565b91909160208101614bf4818361397e565b614bfd81613885565b606435906001600160401b03821682036102cc57606085013580151581036102cc57614c3592614c2f608088016137fd565b92614217565b9260208401936001600160a01b03855116156151495760a082019163ffffffff614c5e85613885565b1693614c6984615503565b9589614c7b610140850180998961536e565b03611d1857614c88615700565b94614c9283613885565b946020840199614ca18b613885565b946040810198614cb08a613885565b986060830197614cbf89613885565b608085019b614ccd8d613885565b92604051947fe7d46cdbbc682ba8b888a648f9e9318c1778e97a2a23d7abb044fa045bc58cac8652602086015260408501526060840152608083015260a082015260a083013560c082015260e09020604051917f1901000000000000000000000000000000000000000000000000000000000000835260028301526022820152604290209060c08101614d5f91613994565b90614d6992615816565b6001600160a01b03168015159081615135575b501561511257506060810151156151075763ffffffff6040614da19201511691613885565b90614dae60c08601613885565b614dba60e08701613885565b614dc76101008801613885565b614dd08d613885565b614dd98b613885565b91614de389613885565b93614ded8c613885565b95604435986001600160401b038a16998a81036102cc5750614e139961012c019861588f565b995b8a600a811015610f4457806150f9575050614e30908361397e565b5f60c084016001600160401b03614e4682613885565b16614f9d57505f915f5b60208110614f895750614e9e6040820191614e7d614e786001600160401b03612f3686613885565b6154b6565b92614e98614e9260806106f160608601613885565b91613885565b91615a01565b90614ead6105408701876159cc565b9290614eb8856151d2565b9584861015611d1857614ed5614ecf878785615bae565b85615307565b03611d1857614efe94614ef194614eeb92615bae565b9161536e565b935b6105408101906159cc565b91905003611d1857614f72614f8092614f34614f2e614f28614f226142989c613885565b98613885565b94613885565b95613885565b60405195869460208601988991936001600160401b036080948180949998978160a088019b1687521660208601521660408401521660608201520152565b03601f198101835282613786565b5190209061536e565b92805f52602052600160405f209301614e50565b93909161012082013594614fb081613885565b91614fc86040820193614fc285613885565b90615b56565b909163ffffffff8316614fe4575b5050505050614efe90614ef3565b9091929397955060e0850193614ff985613885565b61501461010088019161500b83613885565b614e9885613885565b94610540880195615025878a6159cc565b60019b918115611d18578115611d7457916150408386615307565b03611d185715611d7457615054918361536e565b96879b63ffffffff871661506c575b50505050614fd6565b6150ab97999c506150a496989a5061509e614f2e614f2e614f28614f28608061509760608d01613885565b9b01613885565b95615a3a565b92866159cc565b600294916001821115611d18578160011015611d745761040001916150d08385615307565b03611d185760011015611d7457614efe926150ea9261536e565b93905f80808080808080615063565b9a5098975050505050505050565b50614da15f91613885565b61512f92506001600160a01b03606091511691015115159061586c565b99614e15565b90506001600160a01b03825116145f614d7c565b505050505060019190565b9290916001600160a01b039081604051947f23b872dd000000000000000000000000000000000000000000000000000000005f52166004521660245260445260205f60648180865af19060015f51148216156151ba575b6040525f606052156140d55750565b90600181151661412257823b15153d151616906151ab565b5f1981146106665760010190565b9063ffffffff5f92165b806001841b106151f75750565b91615201906151d2565b916151ea565b61068435801590811581036102cc57506152b057610624356001600160401b03811681036102cc57610644356001600160401b03811681036102cc57610664356001600160401b03811681036102cc576106a43563ffffffff811681036102cc576106c435906001600160401b03821682036102cc576106e435926001600160401b03841684036102cc5761070435946001600160401b03861686036102cc5761429896615a3a565b610624356001600160401b03811681036102cc57610644356001600160401b03811681036102cc5761066435906001600160401b03821682036102cc5761429892615a01565b906020811015611d745760051b0190565b5f9291839163ffffffff16905b6020831061532157505050565b90919360018084871c16145f146153525761533c85836152f6565b355f52602052600160405f205b94019190615314565b61535c85836152f6565b35905f52602052600160405f20615349565b90929163ffffffff5f9216905b6020831061538857505050565b90919360018084871c16145f146153b9576153a385836152f6565b355f52602052600160405f205b9401919061537b565b6153c385836152f6565b35905f52602052600160405f206153b0565b916001600160401b03809594931694859116036001600160401b03811161066657816001600160401b0361540a921694613913565b928381029381850414901517156106665761542491613913565b918215615443576001600160401b039261543f920490613a09565b1690565b634e487b7160e01b5f52601260045260245ffd5b9190916008548110156131195761546d81613899565b50809360ff600183015460601c166003811015610f445760011491821592615499575b50506131195750565b6001600160401b0391925081905460a01c16911614155f80615490565b63ffffffff811690600163ffffffff6064840616145f146154f957506063190163ffffffff81116106665763ffffffff600b91160163ffffffff81116106665790565b614298915061380e565b6001600160401b0361551482613885565b1615806155ed575b806155d1575b806155b5575b806155a9575b613f675761553b81613885565b614b1261554a60208401613885565b614f7261555960408601613885565b9361556660608701613885565b604051958694608060208701990135938991936001600160401b036080948180949998978160a088019b1687521660208601521660408401521660608201520152565b5060808101351561552e565b506001600160401b036155ca60608301613885565b1615615528565b506001600160401b036155e660408301613885565b1615615522565b506001600160401b0361560260208301613885565b161561551c565b60ff811690601f82116156385760405191615625604084613786565b6020808452838101919036833783525290565b7fb3512b0c000000000000000000000000000000000000000000000000000000005f5260045ffd5b9190811015611d745760051b0190565b949061567f90949293946151e0565b938482036156f65793919063ffffffff5f94165b8385106156a35750505050501490565b909192939460018083881c16145f146156d9576156c1868486615660565b355f52602052600160405f205b950193929190615693565b6156e4868486615660565b35905f52602052600160405f206156ce565b5050505050505f90565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163014806157ed575b1561575b577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a08152614b1260c082613786565b507f00000000000000000000000000000000000000000000000000000000000000004614615732565b91909160808214615830579161582b92615b22565b505090565b90806020116102cc578235816040116102cc57602084013590826060116102cc576040850135926080116102cc57606061429895013593615a9f565b6001600160a01b031615615889571561588457600390565b600290565b50600190565b63ffffffff9099929493959899169788156159bd576001600160401b0380911691168111908115916159af575b506159a2576001600160401b038316906001600160401b0386169082821115615993578111908115615985575b50615978576001600160401b0384166001600160401b03871610801561595d575b6159505761591e575b505050505050505f90565b610e10956001600160401b03809593819403160296031692031601021161594b575f808080808080615913565b600890565b5050505050505050600790565b506001600160401b0382166001600160401b0389161061590a565b5050505050505050600690565b63ffffffff9150115f6158e9565b50505050505050505050600590565b5050505050505050600490565b63ffffffff9150115f6158bc565b50505050505050505050600290565b903590601e19813603018212156102cc57018035906001600160401b0382116102cc576020019181600a1b360383136102cc57565b916001600160401b039081604051938160208601961686521660408401521660608201525f608082015260808152614b1260a082613786565b6001600160401b0396939463ffffffff88968780968160209b9781976040519d8e019e8f911690521660408c01521660608a0152600160808a01521660a08801521660c08601521660e0840152166101008201526101008152614b1261012082613786565b91907f7fffffff800000007fffffffffffffffde737d56d38bcf4279dce5617e3192a88211615b19576020925f9260a0926040519283528583015260408201528460608201528560808201528280526101005afa5f516001141615615b13575f526020526001600160a01b0360405f201690565b50505f90565b50505050505f90565b9060418303615b4c57615b459250602081013591604082359201355f1a90615bbe565b9192909190565b50505f9160029190565b6001600160401b03615b6f81615b76939594951661433c565b931661433c565b63ffffffff83169063ffffffff81168214615ba457615b94906154b6565b9063ffffffff821614613f675790565b505090505f905f90565b9190811015611d7457600a1b0190565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411615c40579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa15615c35575f516001600160a01b03811615615c2b57905f905f90565b505f906001905f90565b6040513d5f823e3d90fd5b5050505f916003919056",
}

// AnchoredLedger is an auto generated Go binding around an Ethereum contract.
type AnchoredLedger struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *AnchoredLedger) GetABI() abi.ABI {
	return c.abi
}

// NewAnchoredLedger creates a new instance of AnchoredLedger.
func NewAnchoredLedger() *AnchoredLedger {
	parsed, err := AnchoredLedgerMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &AnchoredLedger{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *AnchoredLedger) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address registry_, address bondToken_, uint256 minBond_, uint64 window_, uint256 demandBond_, uint64 answerWindow_) returns()
func (anchoredLedger *AnchoredLedger) PackConstructor(registry_ common.Address, bondToken_ common.Address, minBond_ *big.Int, window_ uint64, demandBond_ *big.Int, answerWindow_ uint64) []byte {
	enc, err := anchoredLedger.abi.Pack("", registry_, bondToken_, minBond_, window_, demandBond_, answerWindow_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBURN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc0a2526c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BURN() view returns(address)
func (anchoredLedger *AnchoredLedger) PackBURN() []byte {
	enc, err := anchoredLedger.abi.Pack("BURN")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBURN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc0a2526c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BURN() view returns(address)
func (anchoredLedger *AnchoredLedger) TryPackBURN() ([]byte, error) {
	return anchoredLedger.abi.Pack("BURN")
}

// UnpackBURN is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc0a2526c.
//
// Solidity: function BURN() view returns(address)
func (anchoredLedger *AnchoredLedger) UnpackBURN(data []byte) (common.Address, error) {
	out, err := anchoredLedger.abi.Unpack("BURN", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackKINDPASTCOUNT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cc914be.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function KIND_PAST_COUNT() view returns(uint8)
func (anchoredLedger *AnchoredLedger) PackKINDPASTCOUNT() []byte {
	enc, err := anchoredLedger.abi.Pack("KIND_PAST_COUNT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKINDPASTCOUNT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cc914be.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function KIND_PAST_COUNT() view returns(uint8)
func (anchoredLedger *AnchoredLedger) TryPackKINDPASTCOUNT() ([]byte, error) {
	return anchoredLedger.abi.Pack("KIND_PAST_COUNT")
}

// UnpackKINDPASTCOUNT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4cc914be.
//
// Solidity: function KIND_PAST_COUNT() view returns(uint8)
func (anchoredLedger *AnchoredLedger) UnpackKINDPASTCOUNT(data []byte) (uint8, error) {
	out, err := anchoredLedger.abi.Unpack("KIND_PAST_COUNT", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackKINDROOT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5cb6ac7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function KIND_ROOT() view returns(uint8)
func (anchoredLedger *AnchoredLedger) PackKINDROOT() []byte {
	enc, err := anchoredLedger.abi.Pack("KIND_ROOT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKINDROOT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5cb6ac7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function KIND_ROOT() view returns(uint8)
func (anchoredLedger *AnchoredLedger) TryPackKINDROOT() ([]byte, error) {
	return anchoredLedger.abi.Pack("KIND_ROOT")
}

// UnpackKINDROOT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5cb6ac7.
//
// Solidity: function KIND_ROOT() view returns(uint8)
func (anchoredLedger *AnchoredLedger) UnpackKINDROOT(data []byte) (uint8, error) {
	out, err := anchoredLedger.abi.Unpack("KIND_ROOT", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackKINDTRANSITION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a5fa6d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function KIND_TRANSITION() view returns(uint8)
func (anchoredLedger *AnchoredLedger) PackKINDTRANSITION() []byte {
	enc, err := anchoredLedger.abi.Pack("KIND_TRANSITION")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKINDTRANSITION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a5fa6d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function KIND_TRANSITION() view returns(uint8)
func (anchoredLedger *AnchoredLedger) TryPackKINDTRANSITION() ([]byte, error) {
	return anchoredLedger.abi.Pack("KIND_TRANSITION")
}

// UnpackKINDTRANSITION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4a5fa6d9.
//
// Solidity: function KIND_TRANSITION() view returns(uint8)
func (anchoredLedger *AnchoredLedger) UnpackKINDTRANSITION(data []byte) (uint8, error) {
	out, err := anchoredLedger.abi.Unpack("KIND_TRANSITION", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackKINDUNANSWERED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe963d02b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function KIND_UNANSWERED() view returns(uint8)
func (anchoredLedger *AnchoredLedger) PackKINDUNANSWERED() []byte {
	enc, err := anchoredLedger.abi.Pack("KIND_UNANSWERED")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKINDUNANSWERED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe963d02b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function KIND_UNANSWERED() view returns(uint8)
func (anchoredLedger *AnchoredLedger) TryPackKINDUNANSWERED() ([]byte, error) {
	return anchoredLedger.abi.Pack("KIND_UNANSWERED")
}

// UnpackKINDUNANSWERED is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe963d02b.
//
// Solidity: function KIND_UNANSWERED() view returns(uint8)
func (anchoredLedger *AnchoredLedger) UnpackKINDUNANSWERED(data []byte) (uint8, error) {
	out, err := anchoredLedger.abi.Unpack("KIND_UNANSWERED", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackKINDUNSORTED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1b55b48c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function KIND_UNSORTED() view returns(uint8)
func (anchoredLedger *AnchoredLedger) PackKINDUNSORTED() []byte {
	enc, err := anchoredLedger.abi.Pack("KIND_UNSORTED")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKINDUNSORTED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1b55b48c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function KIND_UNSORTED() view returns(uint8)
func (anchoredLedger *AnchoredLedger) TryPackKINDUNSORTED() ([]byte, error) {
	return anchoredLedger.abi.Pack("KIND_UNSORTED")
}

// UnpackKINDUNSORTED is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1b55b48c.
//
// Solidity: function KIND_UNSORTED() view returns(uint8)
func (anchoredLedger *AnchoredLedger) UnpackKINDUNSORTED(data []byte) (uint8, error) {
	out, err := anchoredLedger.abi.Unpack("KIND_UNSORTED", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMAXASOFAGE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xde887a21.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_AS_OF_AGE() view returns(uint64)
func (anchoredLedger *AnchoredLedger) PackMAXASOFAGE() []byte {
	enc, err := anchoredLedger.abi.Pack("MAX_AS_OF_AGE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXASOFAGE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xde887a21.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_AS_OF_AGE() view returns(uint64)
func (anchoredLedger *AnchoredLedger) TryPackMAXASOFAGE() ([]byte, error) {
	return anchoredLedger.abi.Pack("MAX_AS_OF_AGE")
}

// UnpackMAXASOFAGE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xde887a21.
//
// Solidity: function MAX_AS_OF_AGE() view returns(uint64)
func (anchoredLedger *AnchoredLedger) UnpackMAXASOFAGE(data []byte) (uint64, error) {
	out, err := anchoredLedger.abi.Unpack("MAX_AS_OF_AGE", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMAXBATCH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x950bff9f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_BATCH() view returns(uint32)
func (anchoredLedger *AnchoredLedger) PackMAXBATCH() []byte {
	enc, err := anchoredLedger.abi.Pack("MAX_BATCH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXBATCH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x950bff9f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_BATCH() view returns(uint32)
func (anchoredLedger *AnchoredLedger) TryPackMAXBATCH() ([]byte, error) {
	return anchoredLedger.abi.Pack("MAX_BATCH")
}

// UnpackMAXBATCH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x950bff9f.
//
// Solidity: function MAX_BATCH() view returns(uint32)
func (anchoredLedger *AnchoredLedger) UnpackMAXBATCH(data []byte) (uint32, error) {
	out, err := anchoredLedger.abi.Unpack("MAX_BATCH", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackMAXDEMAND is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf04863ad.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_DEMAND() view returns(uint32)
func (anchoredLedger *AnchoredLedger) PackMAXDEMAND() []byte {
	enc, err := anchoredLedger.abi.Pack("MAX_DEMAND")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXDEMAND is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf04863ad.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_DEMAND() view returns(uint32)
func (anchoredLedger *AnchoredLedger) TryPackMAXDEMAND() ([]byte, error) {
	return anchoredLedger.abi.Pack("MAX_DEMAND")
}

// UnpackMAXDEMAND is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf04863ad.
//
// Solidity: function MAX_DEMAND() view returns(uint32)
func (anchoredLedger *AnchoredLedger) UnpackMAXDEMAND(data []byte) (uint32, error) {
	out, err := anchoredLedger.abi.Unpack("MAX_DEMAND", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackAnchor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa439c326.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function anchor(uint64 parent, bytes32 readingsRoot, bytes32 stateRoot, uint32 count, uint64 asOf, uint64 authEpoch_, uint8 blobs) returns(uint64)
func (anchoredLedger *AnchoredLedger) PackAnchor(parent uint64, readingsRoot [32]byte, stateRoot [32]byte, count uint32, asOf uint64, authEpoch uint64, blobs uint8) []byte {
	enc, err := anchoredLedger.abi.Pack("anchor", parent, readingsRoot, stateRoot, count, asOf, authEpoch, blobs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAnchor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa439c326.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function anchor(uint64 parent, bytes32 readingsRoot, bytes32 stateRoot, uint32 count, uint64 asOf, uint64 authEpoch_, uint8 blobs) returns(uint64)
func (anchoredLedger *AnchoredLedger) TryPackAnchor(parent uint64, readingsRoot [32]byte, stateRoot [32]byte, count uint32, asOf uint64, authEpoch uint64, blobs uint8) ([]byte, error) {
	return anchoredLedger.abi.Pack("anchor", parent, readingsRoot, stateRoot, count, asOf, authEpoch, blobs)
}

// UnpackAnchor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa439c326.
//
// Solidity: function anchor(uint64 parent, bytes32 readingsRoot, bytes32 stateRoot, uint32 count, uint64 asOf, uint64 authEpoch_, uint8 blobs) returns(uint64)
func (anchoredLedger *AnchoredLedger) UnpackAnchor(data []byte) (uint64, error) {
	out, err := anchoredLedger.abi.Unpack("anchor", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackAnchorCalldata is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d1346c4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function anchorCalldata(uint64 parent, bytes32 readingsRoot, bytes32 stateRoot, uint32 count, uint64 asOf, uint64 authEpoch_, bytes data) returns(uint64)
func (anchoredLedger *AnchoredLedger) PackAnchorCalldata(parent uint64, readingsRoot [32]byte, stateRoot [32]byte, count uint32, asOf uint64, authEpoch uint64, data []byte) []byte {
	enc, err := anchoredLedger.abi.Pack("anchorCalldata", parent, readingsRoot, stateRoot, count, asOf, authEpoch, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAnchorCalldata is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d1346c4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function anchorCalldata(uint64 parent, bytes32 readingsRoot, bytes32 stateRoot, uint32 count, uint64 asOf, uint64 authEpoch_, bytes data) returns(uint64)
func (anchoredLedger *AnchoredLedger) TryPackAnchorCalldata(parent uint64, readingsRoot [32]byte, stateRoot [32]byte, count uint32, asOf uint64, authEpoch uint64, data []byte) ([]byte, error) {
	return anchoredLedger.abi.Pack("anchorCalldata", parent, readingsRoot, stateRoot, count, asOf, authEpoch, data)
}

// UnpackAnchorCalldata is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6d1346c4.
//
// Solidity: function anchorCalldata(uint64 parent, bytes32 readingsRoot, bytes32 stateRoot, uint32 count, uint64 asOf, uint64 authEpoch_, bytes data) returns(uint64)
func (anchoredLedger *AnchoredLedger) UnpackAnchorCalldata(data []byte) (uint64, error) {
	out, err := anchoredLedger.abi.Unpack("anchorCalldata", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackAnswer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb8097d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function answer((uint64,uint32,uint64,uint64,uint64,address,bytes32,bytes32,bytes32) h, uint64 batch, uint256 demandId, (uint64,uint64,uint64,uint64,uint64,bytes32,bytes,uint8,bytes32,bytes32[])[] leaves) returns()
func (anchoredLedger *AnchoredLedger) PackAnswer(h AnchoredLedgerHeader, batch uint64, demandId *big.Int, leaves []AnchoredLedgerLeaf) []byte {
	enc, err := anchoredLedger.abi.Pack("answer", h, batch, demandId, leaves)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAnswer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb8097d0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function answer((uint64,uint32,uint64,uint64,uint64,address,bytes32,bytes32,bytes32) h, uint64 batch, uint256 demandId, (uint64,uint64,uint64,uint64,uint64,bytes32,bytes,uint8,bytes32,bytes32[])[] leaves) returns()
func (anchoredLedger *AnchoredLedger) TryPackAnswer(h AnchoredLedgerHeader, batch uint64, demandId *big.Int, leaves []AnchoredLedgerLeaf) ([]byte, error) {
	return anchoredLedger.abi.Pack("answer", h, batch, demandId, leaves)
}

// PackAnswerWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2f654da.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function answerWindow() view returns(uint64)
func (anchoredLedger *AnchoredLedger) PackAnswerWindow() []byte {
	enc, err := anchoredLedger.abi.Pack("answerWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAnswerWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2f654da.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function answerWindow() view returns(uint64)
func (anchoredLedger *AnchoredLedger) TryPackAnswerWindow() ([]byte, error) {
	return anchoredLedger.abi.Pack("answerWindow")
}

// UnpackAnswerWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc2f654da.
//
// Solidity: function answerWindow() view returns(uint64)
func (anchoredLedger *AnchoredLedger) UnpackAnswerWindow(data []byte) (uint64, error) {
	out, err := anchoredLedger.abi.Unpack("answerWindow", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackAuthEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xccdee525.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function authEpoch() view returns(uint64)
func (anchoredLedger *AnchoredLedger) PackAuthEpoch() []byte {
	enc, err := anchoredLedger.abi.Pack("authEpoch")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAuthEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xccdee525.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function authEpoch() view returns(uint64)
func (anchoredLedger *AnchoredLedger) TryPackAuthEpoch() ([]byte, error) {
	return anchoredLedger.abi.Pack("authEpoch")
}

// UnpackAuthEpoch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xccdee525.
//
// Solidity: function authEpoch() view returns(uint64)
func (anchoredLedger *AnchoredLedger) UnpackAuthEpoch(data []byte) (uint64, error) {
	out, err := anchoredLedger.abi.Unpack("authEpoch", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackAuthLog is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee1189ef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function authLog(uint64 meterId) view returns((uint64,address,uint32,bool)[])
func (anchoredLedger *AnchoredLedger) PackAuthLog(meterId uint64) []byte {
	enc, err := anchoredLedger.abi.Pack("authLog", meterId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAuthLog is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee1189ef.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function authLog(uint64 meterId) view returns((uint64,address,uint32,bool)[])
func (anchoredLedger *AnchoredLedger) TryPackAuthLog(meterId uint64) ([]byte, error) {
	return anchoredLedger.abi.Pack("authLog", meterId)
}

// UnpackAuthLog is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xee1189ef.
//
// Solidity: function authLog(uint64 meterId) view returns((uint64,address,uint32,bool)[])
func (anchoredLedger *AnchoredLedger) UnpackAuthLog(data []byte) ([]AnchoredLedgerAuthVersion, error) {
	out, err := anchoredLedger.abi.Unpack("authLog", data)
	if err != nil {
		return *new([]AnchoredLedgerAuthVersion), err
	}
	out0 := *abi.ConvertType(out[0], new([]AnchoredLedgerAuthVersion)).(*[]AnchoredLedgerAuthVersion)
	return out0, nil
}

// PackBatchCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06f13056.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchCount() view returns(uint64)
func (anchoredLedger *AnchoredLedger) PackBatchCount() []byte {
	enc, err := anchoredLedger.abi.Pack("batchCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatchCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06f13056.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batchCount() view returns(uint64)
func (anchoredLedger *AnchoredLedger) TryPackBatchCount() ([]byte, error) {
	return anchoredLedger.abi.Pack("batchCount")
}

// UnpackBatchCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06f13056.
//
// Solidity: function batchCount() view returns(uint64)
func (anchoredLedger *AnchoredLedger) UnpackBatchCount(data []byte) (uint64, error) {
	out, err := anchoredLedger.abi.Unpack("batchCount", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9940686e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bond(uint256 amount) returns()
func (anchoredLedger *AnchoredLedger) PackBond(amount *big.Int) []byte {
	enc, err := anchoredLedger.abi.Pack("bond", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9940686e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bond(uint256 amount) returns()
func (anchoredLedger *AnchoredLedger) TryPackBond(amount *big.Int) ([]byte, error) {
	return anchoredLedger.abi.Pack("bond", amount)
}

// PackBondToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc28f4392.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bondToken() view returns(address)
func (anchoredLedger *AnchoredLedger) PackBondToken() []byte {
	enc, err := anchoredLedger.abi.Pack("bondToken")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBondToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc28f4392.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bondToken() view returns(address)
func (anchoredLedger *AnchoredLedger) TryPackBondToken() ([]byte, error) {
	return anchoredLedger.abi.Pack("bondToken")
}

// UnpackBondToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc28f4392.
//
// Solidity: function bondToken() view returns(address)
func (anchoredLedger *AnchoredLedger) UnpackBondToken(data []byte) (common.Address, error) {
	out, err := anchoredLedger.abi.Unpack("bondToken", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackCloseDemand is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e380e1e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function closeDemand(uint256 demandId) returns()
func (anchoredLedger *AnchoredLedger) PackCloseDemand(demandId *big.Int) []byte {
	enc, err := anchoredLedger.abi.Pack("closeDemand", demandId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCloseDemand is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e380e1e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function closeDemand(uint256 demandId) returns()
func (anchoredLedger *AnchoredLedger) TryPackCloseDemand(demandId *big.Int) ([]byte, error) {
	return anchoredLedger.abi.Pack("closeDemand", demandId)
}

// PackDemand is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf920e5f4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function demand((uint64,uint32,uint64,uint64,uint64,address,bytes32,bytes32,bytes32) h, uint64 batch, uint32 from, uint32 to) returns(uint256 demandId)
func (anchoredLedger *AnchoredLedger) PackDemand(h AnchoredLedgerHeader, batch uint64, from uint32, to uint32) []byte {
	enc, err := anchoredLedger.abi.Pack("demand", h, batch, from, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDemand is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf920e5f4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function demand((uint64,uint32,uint64,uint64,uint64,address,bytes32,bytes32,bytes32) h, uint64 batch, uint32 from, uint32 to) returns(uint256 demandId)
func (anchoredLedger *AnchoredLedger) TryPackDemand(h AnchoredLedgerHeader, batch uint64, from uint32, to uint32) ([]byte, error) {
	return anchoredLedger.abi.Pack("demand", h, batch, from, to)
}

// UnpackDemand is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf920e5f4.
//
// Solidity: function demand((uint64,uint32,uint64,uint64,uint64,address,bytes32,bytes32,bytes32) h, uint64 batch, uint32 from, uint32 to) returns(uint256 demandId)
func (anchoredLedger *AnchoredLedger) UnpackDemand(data []byte) (*big.Int, error) {
	out, err := anchoredLedger.abi.Unpack("demand", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDemandBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb19f99fb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function demandBond() view returns(uint256)
func (anchoredLedger *AnchoredLedger) PackDemandBond() []byte {
	enc, err := anchoredLedger.abi.Pack("demandBond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDemandBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb19f99fb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function demandBond() view returns(uint256)
func (anchoredLedger *AnchoredLedger) TryPackDemandBond() ([]byte, error) {
	return anchoredLedger.abi.Pack("demandBond")
}

// UnpackDemandBond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb19f99fb.
//
// Solidity: function demandBond() view returns(uint256)
func (anchoredLedger *AnchoredLedger) UnpackDemandBond(data []byte) (*big.Int, error) {
	out, err := anchoredLedger.abi.Unpack("demandBond", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDemandOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a37cecf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function demandOf(uint256 demandId) view returns(address challenger, uint64 batch, uint32 from, uint32 to, uint64 demandedAt, bool open)
func (anchoredLedger *AnchoredLedger) PackDemandOf(demandId *big.Int) []byte {
	enc, err := anchoredLedger.abi.Pack("demandOf", demandId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDemandOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a37cecf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function demandOf(uint256 demandId) view returns(address challenger, uint64 batch, uint32 from, uint32 to, uint64 demandedAt, bool open)
func (anchoredLedger *AnchoredLedger) TryPackDemandOf(demandId *big.Int) ([]byte, error) {
	return anchoredLedger.abi.Pack("demandOf", demandId)
}

// DemandOfOutput serves as a container for the return parameters of contract
// method DemandOf.
type DemandOfOutput struct {
	Challenger common.Address
	Batch      uint64
	From       uint32
	To         uint32
	DemandedAt uint64
	Open       bool
}

// UnpackDemandOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4a37cecf.
//
// Solidity: function demandOf(uint256 demandId) view returns(address challenger, uint64 batch, uint32 from, uint32 to, uint64 demandedAt, bool open)
func (anchoredLedger *AnchoredLedger) UnpackDemandOf(data []byte) (DemandOfOutput, error) {
	out, err := anchoredLedger.abi.Unpack("demandOf", data)
	outstruct := new(DemandOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Challenger = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Batch = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.From = *abi.ConvertType(out[2], new(uint32)).(*uint32)
	outstruct.To = *abi.ConvertType(out[3], new(uint32)).(*uint32)
	outstruct.DemandedAt = *abi.ConvertType(out[4], new(uint64)).(*uint64)
	outstruct.Open = *abi.ConvertType(out[5], new(bool)).(*bool)
	return *outstruct, nil
}

// PackDisable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe6c09edf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disable(address signer) returns()
func (anchoredLedger *AnchoredLedger) PackDisable(signer common.Address) []byte {
	enc, err := anchoredLedger.abi.Pack("disable", signer)
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
func (anchoredLedger *AnchoredLedger) TryPackDisable(signer common.Address) ([]byte, error) {
	return anchoredLedger.abi.Pack("disable", signer)
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (anchoredLedger *AnchoredLedger) PackEip712Domain() []byte {
	enc, err := anchoredLedger.abi.Pack("eip712Domain")
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
func (anchoredLedger *AnchoredLedger) TryPackEip712Domain() ([]byte, error) {
	return anchoredLedger.abi.Pack("eip712Domain")
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
func (anchoredLedger *AnchoredLedger) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := anchoredLedger.abi.Unpack("eip712Domain", data)
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

// PackEmptyRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80e73783.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function emptyRoot() view returns(bytes32)
func (anchoredLedger *AnchoredLedger) PackEmptyRoot() []byte {
	enc, err := anchoredLedger.abi.Pack("emptyRoot")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEmptyRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80e73783.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function emptyRoot() view returns(bytes32)
func (anchoredLedger *AnchoredLedger) TryPackEmptyRoot() ([]byte, error) {
	return anchoredLedger.abi.Pack("emptyRoot")
}

// UnpackEmptyRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x80e73783.
//
// Solidity: function emptyRoot() view returns(bytes32)
func (anchoredLedger *AnchoredLedger) UnpackEmptyRoot(data []byte) ([32]byte, error) {
	out, err := anchoredLedger.abi.Unpack("emptyRoot", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackEnroll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd84b1a2f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function enroll(uint64 meterId, address signer, uint32 maxPowerW) returns()
func (anchoredLedger *AnchoredLedger) PackEnroll(meterId uint64, signer common.Address, maxPowerW uint32) []byte {
	enc, err := anchoredLedger.abi.Pack("enroll", meterId, signer, maxPowerW)
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
func (anchoredLedger *AnchoredLedger) TryPackEnroll(meterId uint64, signer common.Address, maxPowerW uint32) ([]byte, error) {
	return anchoredLedger.abi.Pack("enroll", meterId, signer, maxPowerW)
}

// PackHeaderHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95934bae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function headerHash(uint64 batch) view returns(bytes32)
func (anchoredLedger *AnchoredLedger) PackHeaderHash(batch uint64) []byte {
	enc, err := anchoredLedger.abi.Pack("headerHash", batch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHeaderHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95934bae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function headerHash(uint64 batch) view returns(bytes32)
func (anchoredLedger *AnchoredLedger) TryPackHeaderHash(batch uint64) ([]byte, error) {
	return anchoredLedger.abi.Pack("headerHash", batch)
}

// UnpackHeaderHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95934bae.
//
// Solidity: function headerHash(uint64 batch) view returns(bytes32)
func (anchoredLedger *AnchoredLedger) UnpackHeaderHash(data []byte) ([32]byte, error) {
	out, err := anchoredLedger.abi.Unpack("headerHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackHold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00e0c53f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hold() view returns(uint64 fromBatch, uint64 until, uint64 openDemands)
func (anchoredLedger *AnchoredLedger) PackHold() []byte {
	enc, err := anchoredLedger.abi.Pack("hold")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00e0c53f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hold() view returns(uint64 fromBatch, uint64 until, uint64 openDemands)
func (anchoredLedger *AnchoredLedger) TryPackHold() ([]byte, error) {
	return anchoredLedger.abi.Pack("hold")
}

// HoldOutput serves as a container for the return parameters of contract
// method Hold.
type HoldOutput struct {
	FromBatch   uint64
	Until       uint64
	OpenDemands uint64
}

// UnpackHold is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x00e0c53f.
//
// Solidity: function hold() view returns(uint64 fromBatch, uint64 until, uint64 openDemands)
func (anchoredLedger *AnchoredLedger) UnpackHold(data []byte) (HoldOutput, error) {
	out, err := anchoredLedger.abi.Unpack("hold", data)
	outstruct := new(HoldOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.FromBatch = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.Until = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.OpenDemands = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackIsFinal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4073273f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isFinal((uint64,uint32,uint64,uint64,uint64,address,bytes32,bytes32,bytes32) h, uint64 batch) view returns(bool)
func (anchoredLedger *AnchoredLedger) PackIsFinal(h AnchoredLedgerHeader, batch uint64) []byte {
	enc, err := anchoredLedger.abi.Pack("isFinal", h, batch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsFinal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4073273f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isFinal((uint64,uint32,uint64,uint64,uint64,address,bytes32,bytes32,bytes32) h, uint64 batch) view returns(bool)
func (anchoredLedger *AnchoredLedger) TryPackIsFinal(h AnchoredLedgerHeader, batch uint64) ([]byte, error) {
	return anchoredLedger.abi.Pack("isFinal", h, batch)
}

// UnpackIsFinal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4073273f.
//
// Solidity: function isFinal((uint64,uint32,uint64,uint64,uint64,address,bytes32,bytes32,bytes32) h, uint64 batch) view returns(bool)
func (anchoredLedger *AnchoredLedger) UnpackIsFinal(data []byte) (bool, error) {
	out, err := anchoredLedger.abi.Unpack("isFinal", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsPeriodClosed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfdfe05a4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isPeriodClosed(uint64 meterId, uint32 period) view returns(bool)
func (anchoredLedger *AnchoredLedger) PackIsPeriodClosed(meterId uint64, period uint32) []byte {
	enc, err := anchoredLedger.abi.Pack("isPeriodClosed", meterId, period)
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
func (anchoredLedger *AnchoredLedger) TryPackIsPeriodClosed(meterId uint64, period uint32) ([]byte, error) {
	return anchoredLedger.abi.Pack("isPeriodClosed", meterId, period)
}

// UnpackIsPeriodClosed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfdfe05a4.
//
// Solidity: function isPeriodClosed(uint64 meterId, uint32 period) view returns(bool)
func (anchoredLedger *AnchoredLedger) UnpackIsPeriodClosed(data []byte) (bool, error) {
	out, err := anchoredLedger.abi.Unpack("isPeriodClosed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsVoided is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7d3733e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isVoided(uint64 batch) view returns(bool)
func (anchoredLedger *AnchoredLedger) PackIsVoided(batch uint64) []byte {
	enc, err := anchoredLedger.abi.Pack("isVoided", batch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsVoided is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7d3733e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isVoided(uint64 batch) view returns(bool)
func (anchoredLedger *AnchoredLedger) TryPackIsVoided(batch uint64) ([]byte, error) {
	return anchoredLedger.abi.Pack("isVoided", batch)
}

// UnpackIsVoided is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa7d3733e.
//
// Solidity: function isVoided(uint64 batch) view returns(bool)
func (anchoredLedger *AnchoredLedger) UnpackIsVoided(data []byte) (bool, error) {
	out, err := anchoredLedger.abi.Unpack("isVoided", data)
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
// Solidity: function lastReading(uint64 ) pure returns(uint64 seq, uint64 timestamp, uint64 importWh, uint64 exportWh)
func (anchoredLedger *AnchoredLedger) PackLastReading(arg0 uint64) []byte {
	enc, err := anchoredLedger.abi.Pack("lastReading", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastReading is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7dda5f7f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastReading(uint64 ) pure returns(uint64 seq, uint64 timestamp, uint64 importWh, uint64 exportWh)
func (anchoredLedger *AnchoredLedger) TryPackLastReading(arg0 uint64) ([]byte, error) {
	return anchoredLedger.abi.Pack("lastReading", arg0)
}

// LastReadingOutput serves as a container for the return parameters of contract
// method LastReading.
type LastReadingOutput struct {
	Seq       uint64
	Timestamp uint64
	ImportWh  uint64
	ExportWh  uint64
}

// UnpackLastReading is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7dda5f7f.
//
// Solidity: function lastReading(uint64 ) pure returns(uint64 seq, uint64 timestamp, uint64 importWh, uint64 exportWh)
func (anchoredLedger *AnchoredLedger) UnpackLastReading(data []byte) (LastReadingOutput, error) {
	out, err := anchoredLedger.abi.Unpack("lastReading", data)
	outstruct := new(LastReadingOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Seq = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.Timestamp = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.ImportWh = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	outstruct.ExportWh = *abi.ConvertType(out[3], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackMeterOfSigner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa320cf25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function meterOfSigner(address signer) view returns(uint64)
func (anchoredLedger *AnchoredLedger) PackMeterOfSigner(signer common.Address) []byte {
	enc, err := anchoredLedger.abi.Pack("meterOfSigner", signer)
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
func (anchoredLedger *AnchoredLedger) TryPackMeterOfSigner(signer common.Address) ([]byte, error) {
	return anchoredLedger.abi.Pack("meterOfSigner", signer)
}

// UnpackMeterOfSigner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa320cf25.
//
// Solidity: function meterOfSigner(address signer) view returns(uint64)
func (anchoredLedger *AnchoredLedger) UnpackMeterOfSigner(data []byte) (uint64, error) {
	out, err := anchoredLedger.abi.Unpack("meterOfSigner", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMinBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x831518b7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minBond() view returns(uint256)
func (anchoredLedger *AnchoredLedger) PackMinBond() []byte {
	enc, err := anchoredLedger.abi.Pack("minBond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x831518b7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minBond() view returns(uint256)
func (anchoredLedger *AnchoredLedger) TryPackMinBond() ([]byte, error) {
	return anchoredLedger.abi.Pack("minBond")
}

// UnpackMinBond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x831518b7.
//
// Solidity: function minBond() view returns(uint256)
func (anchoredLedger *AnchoredLedger) UnpackMinBond(data []byte) (*big.Int, error) {
	out, err := anchoredLedger.abi.Unpack("minBond", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPeriodEstimated is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x481f7da6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function periodEstimated(uint64 meterId, uint32 period) view returns(bool)
func (anchoredLedger *AnchoredLedger) PackPeriodEstimated(meterId uint64, period uint32) []byte {
	enc, err := anchoredLedger.abi.Pack("periodEstimated", meterId, period)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPeriodEstimated is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x481f7da6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function periodEstimated(uint64 meterId, uint32 period) view returns(bool)
func (anchoredLedger *AnchoredLedger) TryPackPeriodEstimated(meterId uint64, period uint32) ([]byte, error) {
	return anchoredLedger.abi.Pack("periodEstimated", meterId, period)
}

// UnpackPeriodEstimated is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x481f7da6.
//
// Solidity: function periodEstimated(uint64 meterId, uint32 period) view returns(bool)
func (anchoredLedger *AnchoredLedger) UnpackPeriodEstimated(data []byte) (bool, error) {
	out, err := anchoredLedger.abi.Unpack("periodEstimated", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackPeriodRegisters is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2aafa37.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function periodRegisters(uint64 meterId, uint32 period) view returns(uint64 openingImportWh, uint64 openingExportWh, uint64 closingImportWh, uint64 closingExportWh)
func (anchoredLedger *AnchoredLedger) PackPeriodRegisters(meterId uint64, period uint32) []byte {
	enc, err := anchoredLedger.abi.Pack("periodRegisters", meterId, period)
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
func (anchoredLedger *AnchoredLedger) TryPackPeriodRegisters(meterId uint64, period uint32) ([]byte, error) {
	return anchoredLedger.abi.Pack("periodRegisters", meterId, period)
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
func (anchoredLedger *AnchoredLedger) UnpackPeriodRegisters(data []byte) (PeriodRegistersOutput, error) {
	out, err := anchoredLedger.abi.Unpack("periodRegisters", data)
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

// PackProveFinalPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5580a3d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proveFinalPeriod((uint64,uint32,uint64,uint64,uint64,address,bytes32,bytes32,bytes32) h, uint64 batch, uint64 meterId, (uint64,uint64,uint64,uint64,bytes32) state, bytes32[32] statePath, uint32 authIndex) returns()
func (anchoredLedger *AnchoredLedger) PackProveFinalPeriod(h AnchoredLedgerHeader, batch uint64, meterId uint64, state AnchoredLedgerMeterLeaf, statePath [32][32]byte, authIndex uint32) []byte {
	enc, err := anchoredLedger.abi.Pack("proveFinalPeriod", h, batch, meterId, state, statePath, authIndex)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProveFinalPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5580a3d0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proveFinalPeriod((uint64,uint32,uint64,uint64,uint64,address,bytes32,bytes32,bytes32) h, uint64 batch, uint64 meterId, (uint64,uint64,uint64,uint64,bytes32) state, bytes32[32] statePath, uint32 authIndex) returns()
func (anchoredLedger *AnchoredLedger) TryPackProveFinalPeriod(h AnchoredLedgerHeader, batch uint64, meterId uint64, state AnchoredLedgerMeterLeaf, statePath [32][32]byte, authIndex uint32) ([]byte, error) {
	return anchoredLedger.abi.Pack("proveFinalPeriod", h, batch, meterId, state, statePath, authIndex)
}

// PackProvePastCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb577d5ab.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function provePastCount((uint64,uint32,uint64,uint64,uint64,address,bytes32,bytes32,bytes32) h, uint64 batch, uint32 index, bytes32 leaf, bytes32[] path) returns()
func (anchoredLedger *AnchoredLedger) PackProvePastCount(h AnchoredLedgerHeader, batch uint64, index uint32, leaf [32]byte, path [][32]byte) []byte {
	enc, err := anchoredLedger.abi.Pack("provePastCount", h, batch, index, leaf, path)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProvePastCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb577d5ab.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function provePastCount((uint64,uint32,uint64,uint64,uint64,address,bytes32,bytes32,bytes32) h, uint64 batch, uint32 index, bytes32 leaf, bytes32[] path) returns()
func (anchoredLedger *AnchoredLedger) TryPackProvePastCount(h AnchoredLedgerHeader, batch uint64, index uint32, leaf [32]byte, path [][32]byte) ([]byte, error) {
	return anchoredLedger.abi.Pack("provePastCount", h, batch, index, leaf, path)
}

// PackProveRegisters is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb75b32be.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proveRegisters((uint64,uint32,uint64,uint64,uint64,address,bytes32,bytes32,bytes32) h, uint64 batch, uint64 meterId, (uint64,uint64,uint64,uint64,bytes32) state, bytes32[32] statePath, uint32 recordPeriod, (uint64,uint64,uint64,bool,uint32,uint64,uint64,uint64) rec, bytes32[32] closingPath, uint32 period) returns()
func (anchoredLedger *AnchoredLedger) PackProveRegisters(h AnchoredLedgerHeader, batch uint64, meterId uint64, state AnchoredLedgerMeterLeaf, statePath [32][32]byte, recordPeriod uint32, rec AnchoredLedgerClosingRecord, closingPath [32][32]byte, period uint32) []byte {
	enc, err := anchoredLedger.abi.Pack("proveRegisters", h, batch, meterId, state, statePath, recordPeriod, rec, closingPath, period)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProveRegisters is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb75b32be.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proveRegisters((uint64,uint32,uint64,uint64,uint64,address,bytes32,bytes32,bytes32) h, uint64 batch, uint64 meterId, (uint64,uint64,uint64,uint64,bytes32) state, bytes32[32] statePath, uint32 recordPeriod, (uint64,uint64,uint64,bool,uint32,uint64,uint64,uint64) rec, bytes32[32] closingPath, uint32 period) returns()
func (anchoredLedger *AnchoredLedger) TryPackProveRegisters(h AnchoredLedgerHeader, batch uint64, meterId uint64, state AnchoredLedgerMeterLeaf, statePath [32][32]byte, recordPeriod uint32, rec AnchoredLedgerClosingRecord, closingPath [32][32]byte, period uint32) ([]byte, error) {
	return anchoredLedger.abi.Pack("proveRegisters", h, batch, meterId, state, statePath, recordPeriod, rec, closingPath, period)
}

// PackProveRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22a90b92.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proveRoot((uint64,uint32,uint64,uint64,uint64,address,bytes32,bytes32,bytes32) h, uint64 batch, (uint64,uint64,uint64,uint64,uint64,bytes32,bytes32,uint8,bytes32,bytes32[]) last) returns()
func (anchoredLedger *AnchoredLedger) PackProveRoot(h AnchoredLedgerHeader, batch uint64, last AnchoredLedgerNeighbour) []byte {
	enc, err := anchoredLedger.abi.Pack("proveRoot", h, batch, last)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProveRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22a90b92.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proveRoot((uint64,uint32,uint64,uint64,uint64,address,bytes32,bytes32,bytes32) h, uint64 batch, (uint64,uint64,uint64,uint64,uint64,bytes32,bytes32,uint8,bytes32,bytes32[]) last) returns()
func (anchoredLedger *AnchoredLedger) TryPackProveRoot(h AnchoredLedgerHeader, batch uint64, last AnchoredLedgerNeighbour) ([]byte, error) {
	return anchoredLedger.abi.Pack("proveRoot", h, batch, last)
}

// PackProveTransition is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x88e91844.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proveTransition((uint64,uint32,uint64,uint64,uint64,address,bytes32,bytes32,bytes32) h, uint64 batch, (uint64,uint32,uint64,uint64,uint64,address,bytes32,bytes32,bytes32) parent, (uint32,(uint64,uint64,uint64,uint64,uint64,bytes32,bytes,uint8,bytes32,bytes32[]),(uint64,uint64,uint64,uint64,uint64,bytes32,bytes32,uint8,bytes32,bytes32[]),bool,uint32,(uint64,uint64,uint64,uint64,bytes32),bytes32[32],bytes32[32][]) p) returns()
func (anchoredLedger *AnchoredLedger) PackProveTransition(h AnchoredLedgerHeader, batch uint64, parent AnchoredLedgerHeader, p AnchoredLedgerTransition) []byte {
	enc, err := anchoredLedger.abi.Pack("proveTransition", h, batch, parent, p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProveTransition is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x88e91844.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proveTransition((uint64,uint32,uint64,uint64,uint64,address,bytes32,bytes32,bytes32) h, uint64 batch, (uint64,uint32,uint64,uint64,uint64,address,bytes32,bytes32,bytes32) parent, (uint32,(uint64,uint64,uint64,uint64,uint64,bytes32,bytes,uint8,bytes32,bytes32[]),(uint64,uint64,uint64,uint64,uint64,bytes32,bytes32,uint8,bytes32,bytes32[]),bool,uint32,(uint64,uint64,uint64,uint64,bytes32),bytes32[32],bytes32[32][]) p) returns()
func (anchoredLedger *AnchoredLedger) TryPackProveTransition(h AnchoredLedgerHeader, batch uint64, parent AnchoredLedgerHeader, p AnchoredLedgerTransition) ([]byte, error) {
	return anchoredLedger.abi.Pack("proveTransition", h, batch, parent, p)
}

// PackProveUnsorted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfbddb767.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proveUnsorted((uint64,uint32,uint64,uint64,uint64,address,bytes32,bytes32,bytes32) h, uint64 batch, uint32 index, (uint64,uint64,uint64,uint64,uint64,bytes32,bytes32,uint8,bytes32,bytes32[]) a, (uint64,uint64,uint64,uint64,uint64,bytes32,bytes32,uint8,bytes32,bytes32[]) b) returns()
func (anchoredLedger *AnchoredLedger) PackProveUnsorted(h AnchoredLedgerHeader, batch uint64, index uint32, a AnchoredLedgerNeighbour, b AnchoredLedgerNeighbour) []byte {
	enc, err := anchoredLedger.abi.Pack("proveUnsorted", h, batch, index, a, b)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProveUnsorted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfbddb767.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proveUnsorted((uint64,uint32,uint64,uint64,uint64,address,bytes32,bytes32,bytes32) h, uint64 batch, uint32 index, (uint64,uint64,uint64,uint64,uint64,bytes32,bytes32,uint8,bytes32,bytes32[]) a, (uint64,uint64,uint64,uint64,uint64,bytes32,bytes32,uint8,bytes32,bytes32[]) b) returns()
func (anchoredLedger *AnchoredLedger) TryPackProveUnsorted(h AnchoredLedgerHeader, batch uint64, index uint32, a AnchoredLedgerNeighbour, b AnchoredLedgerNeighbour) ([]byte, error) {
	return anchoredLedger.abi.Pack("proveUnsorted", h, batch, index, a, b)
}

// PackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registry() view returns(address)
func (anchoredLedger *AnchoredLedger) PackRegistry() []byte {
	enc, err := anchoredLedger.abi.Pack("registry")
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
func (anchoredLedger *AnchoredLedger) TryPackRegistry() ([]byte, error) {
	return anchoredLedger.abi.Pack("registry")
}

// UnpackRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (anchoredLedger *AnchoredLedger) UnpackRegistry(data []byte) (common.Address, error) {
	out, err := anchoredLedger.abi.Unpack("registry", data)
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
func (anchoredLedger *AnchoredLedger) PackRekey(oldSigner common.Address, newSigner common.Address) []byte {
	enc, err := anchoredLedger.abi.Pack("rekey", oldSigner, newSigner)
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
func (anchoredLedger *AnchoredLedger) TryPackRekey(oldSigner common.Address, newSigner common.Address) ([]byte, error) {
	return anchoredLedger.abi.Pack("rekey", oldSigner, newSigner)
}

// PackRelayerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4433ff7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function relayerOf(address relayer) view returns(uint256 bondAmount, uint64 lastBatch, uint64 lastAnchoredAt, bool slashed)
func (anchoredLedger *AnchoredLedger) PackRelayerOf(relayer common.Address) []byte {
	enc, err := anchoredLedger.abi.Pack("relayerOf", relayer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRelayerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4433ff7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function relayerOf(address relayer) view returns(uint256 bondAmount, uint64 lastBatch, uint64 lastAnchoredAt, bool slashed)
func (anchoredLedger *AnchoredLedger) TryPackRelayerOf(relayer common.Address) ([]byte, error) {
	return anchoredLedger.abi.Pack("relayerOf", relayer)
}

// RelayerOfOutput serves as a container for the return parameters of contract
// method RelayerOf.
type RelayerOfOutput struct {
	BondAmount     *big.Int
	LastBatch      uint64
	LastAnchoredAt uint64
	Slashed        bool
}

// UnpackRelayerOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb4433ff7.
//
// Solidity: function relayerOf(address relayer) view returns(uint256 bondAmount, uint64 lastBatch, uint64 lastAnchoredAt, bool slashed)
func (anchoredLedger *AnchoredLedger) UnpackRelayerOf(data []byte) (RelayerOfOutput, error) {
	out, err := anchoredLedger.abi.Unpack("relayerOf", data)
	outstruct := new(RelayerOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.BondAmount = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.LastBatch = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.LastAnchoredAt = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	outstruct.Slashed = *abi.ConvertType(out[3], new(bool)).(*bool)
	return *outstruct, nil
}

// PackRevokedEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc73c8bc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokedEpoch() view returns(uint64)
func (anchoredLedger *AnchoredLedger) PackRevokedEpoch() []byte {
	enc, err := anchoredLedger.abi.Pack("revokedEpoch")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokedEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc73c8bc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokedEpoch() view returns(uint64)
func (anchoredLedger *AnchoredLedger) TryPackRevokedEpoch() ([]byte, error) {
	return anchoredLedger.abi.Pack("revokedEpoch")
}

// UnpackRevokedEpoch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcc73c8bc.
//
// Solidity: function revokedEpoch() view returns(uint64)
func (anchoredLedger *AnchoredLedger) UnpackRevokedEpoch(data []byte) (uint64, error) {
	out, err := anchoredLedger.abi.Unpack("revokedEpoch", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackTip is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2755cd2d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tip() view returns(uint64)
func (anchoredLedger *AnchoredLedger) PackTip() []byte {
	enc, err := anchoredLedger.abi.Pack("tip")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTip is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2755cd2d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tip() view returns(uint64)
func (anchoredLedger *AnchoredLedger) TryPackTip() ([]byte, error) {
	return anchoredLedger.abi.Pack("tip")
}

// UnpackTip is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2755cd2d.
//
// Solidity: function tip() view returns(uint64)
func (anchoredLedger *AnchoredLedger) UnpackTip(data []byte) (uint64, error) {
	out, err := anchoredLedger.abi.Unpack("tip", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackUnbond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5df6a6bc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unbond() returns()
func (anchoredLedger *AnchoredLedger) PackUnbond() []byte {
	enc, err := anchoredLedger.abi.Pack("unbond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnbond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5df6a6bc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unbond() returns()
func (anchoredLedger *AnchoredLedger) TryPackUnbond() ([]byte, error) {
	return anchoredLedger.abi.Pack("unbond")
}

// PackVoidUnanswered is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb9c087f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function voidUnanswered((uint64,uint32,uint64,uint64,uint64,address,bytes32,bytes32,bytes32) h, uint64 batch, uint256 demandId) returns()
func (anchoredLedger *AnchoredLedger) PackVoidUnanswered(h AnchoredLedgerHeader, batch uint64, demandId *big.Int) []byte {
	enc, err := anchoredLedger.abi.Pack("voidUnanswered", h, batch, demandId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVoidUnanswered is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb9c087f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function voidUnanswered((uint64,uint32,uint64,uint64,uint64,address,bytes32,bytes32,bytes32) h, uint64 batch, uint256 demandId) returns()
func (anchoredLedger *AnchoredLedger) TryPackVoidUnanswered(h AnchoredLedgerHeader, batch uint64, demandId *big.Int) ([]byte, error) {
	return anchoredLedger.abi.Pack("voidUnanswered", h, batch, demandId)
}

// PackWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x461645bf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function window() view returns(uint64)
func (anchoredLedger *AnchoredLedger) PackWindow() []byte {
	enc, err := anchoredLedger.abi.Pack("window")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x461645bf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function window() view returns(uint64)
func (anchoredLedger *AnchoredLedger) TryPackWindow() ([]byte, error) {
	return anchoredLedger.abi.Pack("window")
}

// UnpackWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x461645bf.
//
// Solidity: function window() view returns(uint64)
func (anchoredLedger *AnchoredLedger) UnpackWindow(data []byte) (uint64, error) {
	out, err := anchoredLedger.abi.Unpack("window", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// AnchoredLedgerAnchored represents a Anchored event raised by the AnchoredLedger contract.
type AnchoredLedgerAnchored struct {
	Batch        uint64
	Parent       uint64
	Relayer      common.Address
	Count        uint32
	AsOf         uint64
	AuthEpoch    uint64
	AnchoredAt   uint64
	ReadingsRoot [32]byte
	StateRoot    [32]byte
	DataHash     [32]byte
	Raw          *types.Log // Blockchain specific contextual infos
}

const AnchoredLedgerAnchoredEventName = "Anchored"

// ContractEventName returns the user-defined event name.
func (AnchoredLedgerAnchored) ContractEventName() string {
	return AnchoredLedgerAnchoredEventName
}

// UnpackAnchoredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Anchored(uint64 indexed batch, uint64 indexed parent, address indexed relayer, uint32 count, uint64 asOf, uint64 authEpoch, uint64 anchoredAt, bytes32 readingsRoot, bytes32 stateRoot, bytes32 dataHash)
func (anchoredLedger *AnchoredLedger) UnpackAnchoredEvent(log *types.Log) (*AnchoredLedgerAnchored, error) {
	event := "Anchored"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != anchoredLedger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AnchoredLedgerAnchored)
	if len(log.Data) > 0 {
		if err := anchoredLedger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range anchoredLedger.abi.Events[event].Inputs {
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

// AnchoredLedgerAuthChanged represents a AuthChanged event raised by the AnchoredLedger contract.
type AnchoredLedgerAuthChanged struct {
	MeterId   uint64
	Epoch     uint64
	Signer    common.Address
	MaxPowerW uint32
	Active    bool
	Raw       *types.Log // Blockchain specific contextual infos
}

const AnchoredLedgerAuthChangedEventName = "AuthChanged"

// ContractEventName returns the user-defined event name.
func (AnchoredLedgerAuthChanged) ContractEventName() string {
	return AnchoredLedgerAuthChangedEventName
}

// UnpackAuthChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AuthChanged(uint64 indexed meterId, uint64 epoch, address signer, uint32 maxPowerW, bool active)
func (anchoredLedger *AnchoredLedger) UnpackAuthChangedEvent(log *types.Log) (*AnchoredLedgerAuthChanged, error) {
	event := "AuthChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != anchoredLedger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AnchoredLedgerAuthChanged)
	if len(log.Data) > 0 {
		if err := anchoredLedger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range anchoredLedger.abi.Events[event].Inputs {
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

// AnchoredLedgerBonded represents a Bonded event raised by the AnchoredLedger contract.
type AnchoredLedgerBonded struct {
	Relayer common.Address
	Amount  *big.Int
	Bond    *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AnchoredLedgerBondedEventName = "Bonded"

// ContractEventName returns the user-defined event name.
func (AnchoredLedgerBonded) ContractEventName() string {
	return AnchoredLedgerBondedEventName
}

// UnpackBondedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Bonded(address indexed relayer, uint256 amount, uint256 bond)
func (anchoredLedger *AnchoredLedger) UnpackBondedEvent(log *types.Log) (*AnchoredLedgerBonded, error) {
	event := "Bonded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != anchoredLedger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AnchoredLedgerBonded)
	if len(log.Data) > 0 {
		if err := anchoredLedger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range anchoredLedger.abi.Events[event].Inputs {
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

// AnchoredLedgerDemandClosed represents a DemandClosed event raised by the AnchoredLedger contract.
type AnchoredLedgerDemandClosed struct {
	DemandId *big.Int
	Answered bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const AnchoredLedgerDemandClosedEventName = "DemandClosed"

// ContractEventName returns the user-defined event name.
func (AnchoredLedgerDemandClosed) ContractEventName() string {
	return AnchoredLedgerDemandClosedEventName
}

// UnpackDemandClosedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DemandClosed(uint256 indexed demandId, bool answered)
func (anchoredLedger *AnchoredLedger) UnpackDemandClosedEvent(log *types.Log) (*AnchoredLedgerDemandClosed, error) {
	event := "DemandClosed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != anchoredLedger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AnchoredLedgerDemandClosed)
	if len(log.Data) > 0 {
		if err := anchoredLedger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range anchoredLedger.abi.Events[event].Inputs {
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

// AnchoredLedgerDemanded represents a Demanded event raised by the AnchoredLedger contract.
type AnchoredLedgerDemanded struct {
	DemandId   *big.Int
	Batch      uint64
	Challenger common.Address
	From       uint32
	To         uint32
	Raw        *types.Log // Blockchain specific contextual infos
}

const AnchoredLedgerDemandedEventName = "Demanded"

// ContractEventName returns the user-defined event name.
func (AnchoredLedgerDemanded) ContractEventName() string {
	return AnchoredLedgerDemandedEventName
}

// UnpackDemandedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Demanded(uint256 indexed demandId, uint64 indexed batch, address challenger, uint32 from, uint32 to)
func (anchoredLedger *AnchoredLedger) UnpackDemandedEvent(log *types.Log) (*AnchoredLedgerDemanded, error) {
	event := "Demanded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != anchoredLedger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AnchoredLedgerDemanded)
	if len(log.Data) > 0 {
		if err := anchoredLedger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range anchoredLedger.abi.Events[event].Inputs {
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

// AnchoredLedgerEIP712DomainChanged represents a EIP712DomainChanged event raised by the AnchoredLedger contract.
type AnchoredLedgerEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const AnchoredLedgerEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (AnchoredLedgerEIP712DomainChanged) ContractEventName() string {
	return AnchoredLedgerEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (anchoredLedger *AnchoredLedger) UnpackEIP712DomainChangedEvent(log *types.Log) (*AnchoredLedgerEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != anchoredLedger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AnchoredLedgerEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := anchoredLedger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range anchoredLedger.abi.Events[event].Inputs {
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

// AnchoredLedgerRegistersProven represents a RegistersProven event raised by the AnchoredLedger contract.
type AnchoredLedgerRegistersProven struct {
	MeterId   uint64
	Period    uint32
	ImportWh  uint64
	ExportWh  uint64
	Estimated bool
	Batch     uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const AnchoredLedgerRegistersProvenEventName = "RegistersProven"

// ContractEventName returns the user-defined event name.
func (AnchoredLedgerRegistersProven) ContractEventName() string {
	return AnchoredLedgerRegistersProvenEventName
}

// UnpackRegistersProvenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RegistersProven(uint64 indexed meterId, uint32 indexed period, uint64 importWh, uint64 exportWh, bool estimated, uint64 batch)
func (anchoredLedger *AnchoredLedger) UnpackRegistersProvenEvent(log *types.Log) (*AnchoredLedgerRegistersProven, error) {
	event := "RegistersProven"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != anchoredLedger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AnchoredLedgerRegistersProven)
	if len(log.Data) > 0 {
		if err := anchoredLedger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range anchoredLedger.abi.Events[event].Inputs {
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

// AnchoredLedgerRevealed represents a Revealed event raised by the AnchoredLedger contract.
type AnchoredLedgerRevealed struct {
	Batch          uint64
	Index          uint32
	MeterId        uint64
	Seq            uint64
	Timestamp      uint64
	ImportWh       uint64
	ExportWh       uint64
	DetailHash     [32]byte
	Signature      []byte
	Verdict        uint8
	StateRootAfter [32]byte
	Raw            *types.Log // Blockchain specific contextual infos
}

const AnchoredLedgerRevealedEventName = "Revealed"

// ContractEventName returns the user-defined event name.
func (AnchoredLedgerRevealed) ContractEventName() string {
	return AnchoredLedgerRevealedEventName
}

// UnpackRevealedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Revealed(uint64 indexed batch, uint32 index, uint64 meterId, uint64 seq, uint64 timestamp, uint64 importWh, uint64 exportWh, bytes32 detailHash, bytes signature, uint8 verdict, bytes32 stateRootAfter)
func (anchoredLedger *AnchoredLedger) UnpackRevealedEvent(log *types.Log) (*AnchoredLedgerRevealed, error) {
	event := "Revealed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != anchoredLedger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AnchoredLedgerRevealed)
	if len(log.Data) > 0 {
		if err := anchoredLedger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range anchoredLedger.abi.Events[event].Inputs {
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

// AnchoredLedgerUnbonded represents a Unbonded event raised by the AnchoredLedger contract.
type AnchoredLedgerUnbonded struct {
	Relayer common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AnchoredLedgerUnbondedEventName = "Unbonded"

// ContractEventName returns the user-defined event name.
func (AnchoredLedgerUnbonded) ContractEventName() string {
	return AnchoredLedgerUnbondedEventName
}

// UnpackUnbondedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unbonded(address indexed relayer, uint256 amount)
func (anchoredLedger *AnchoredLedger) UnpackUnbondedEvent(log *types.Log) (*AnchoredLedgerUnbonded, error) {
	event := "Unbonded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != anchoredLedger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AnchoredLedgerUnbonded)
	if len(log.Data) > 0 {
		if err := anchoredLedger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range anchoredLedger.abi.Events[event].Inputs {
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

// AnchoredLedgerVoided represents a Voided event raised by the AnchoredLedger contract.
type AnchoredLedgerVoided struct {
	Batch        uint64
	ThroughBatch uint64
	Challenger   common.Address
	Kind         uint8
	MeterId      uint64
	Raw          *types.Log // Blockchain specific contextual infos
}

const AnchoredLedgerVoidedEventName = "Voided"

// ContractEventName returns the user-defined event name.
func (AnchoredLedgerVoided) ContractEventName() string {
	return AnchoredLedgerVoidedEventName
}

// UnpackVoidedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Voided(uint64 indexed batch, uint64 throughBatch, address challenger, uint8 kind, uint64 meterId)
func (anchoredLedger *AnchoredLedger) UnpackVoidedEvent(log *types.Log) (*AnchoredLedgerVoided, error) {
	event := "Voided"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != anchoredLedger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AnchoredLedgerVoided)
	if len(log.Data) > 0 {
		if err := anchoredLedger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range anchoredLedger.abi.Events[event].Inputs {
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
func (anchoredLedger *AnchoredLedger) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], anchoredLedger.abi.Errors["AnswerWindowOpen"].ID.Bytes()[:4]) {
		return anchoredLedger.UnpackAnswerWindowOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], anchoredLedger.abi.Errors["AnswerWindowOver"].ID.Bytes()[:4]) {
		return anchoredLedger.UnpackAnswerWindowOverError(raw[4:])
	}
	if bytes.Equal(raw[:4], anchoredLedger.abi.Errors["BadAsOf"].ID.Bytes()[:4]) {
		return anchoredLedger.UnpackBadAsOfError(raw[4:])
	}
	if bytes.Equal(raw[:4], anchoredLedger.abi.Errors["BadAuthProof"].ID.Bytes()[:4]) {
		return anchoredLedger.UnpackBadAuthProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], anchoredLedger.abi.Errors["BadBlobs"].ID.Bytes()[:4]) {
		return anchoredLedger.UnpackBadBlobsError(raw[4:])
	}
	if bytes.Equal(raw[:4], anchoredLedger.abi.Errors["BadCount"].ID.Bytes()[:4]) {
		return anchoredLedger.UnpackBadCountError(raw[4:])
	}
	if bytes.Equal(raw[:4], anchoredLedger.abi.Errors["BadDemand"].ID.Bytes()[:4]) {
		return anchoredLedger.UnpackBadDemandError(raw[4:])
	}
	if bytes.Equal(raw[:4], anchoredLedger.abi.Errors["BadHeader"].ID.Bytes()[:4]) {
		return anchoredLedger.UnpackBadHeaderError(raw[4:])
	}
	if bytes.Equal(raw[:4], anchoredLedger.abi.Errors["BadIndex"].ID.Bytes()[:4]) {
		return anchoredLedger.UnpackBadIndexError(raw[4:])
	}
	if bytes.Equal(raw[:4], anchoredLedger.abi.Errors["BadPath"].ID.Bytes()[:4]) {
		return anchoredLedger.UnpackBadPathError(raw[4:])
	}
	if bytes.Equal(raw[:4], anchoredLedger.abi.Errors["BadPeriod"].ID.Bytes()[:4]) {
		return anchoredLedger.UnpackBadPeriodError(raw[4:])
	}
	if bytes.Equal(raw[:4], anchoredLedger.abi.Errors["BatchFinal"].ID.Bytes()[:4]) {
		return anchoredLedger.UnpackBatchFinalError(raw[4:])
	}
	if bytes.Equal(raw[:4], anchoredLedger.abi.Errors["BatchVoided"].ID.Bytes()[:4]) {
		return anchoredLedger.UnpackBatchVoidedError(raw[4:])
	}
	if bytes.Equal(raw[:4], anchoredLedger.abi.Errors["DemandNotOpen"].ID.Bytes()[:4]) {
		return anchoredLedger.UnpackDemandNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], anchoredLedger.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return anchoredLedger.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], anchoredLedger.abi.Errors["LastBatchOpen"].ID.Bytes()[:4]) {
		return anchoredLedger.UnpackLastBatchOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], anchoredLedger.abi.Errors["MeterActive"].ID.Bytes()[:4]) {
		return anchoredLedger.UnpackMeterActiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], anchoredLedger.abi.Errors["NoFraud"].ID.Bytes()[:4]) {
		return anchoredLedger.UnpackNoFraudError(raw[4:])
	}
	if bytes.Equal(raw[:4], anchoredLedger.abi.Errors["NotBonded"].ID.Bytes()[:4]) {
		return anchoredLedger.UnpackNotBondedError(raw[4:])
	}
	if bytes.Equal(raw[:4], anchoredLedger.abi.Errors["NotFinal"].ID.Bytes()[:4]) {
		return anchoredLedger.UnpackNotFinalError(raw[4:])
	}
	if bytes.Equal(raw[:4], anchoredLedger.abi.Errors["NotRegistry"].ID.Bytes()[:4]) {
		return anchoredLedger.UnpackNotRegistryError(raw[4:])
	}
	if bytes.Equal(raw[:4], anchoredLedger.abi.Errors["NotVoided"].ID.Bytes()[:4]) {
		return anchoredLedger.UnpackNotVoidedError(raw[4:])
	}
	if bytes.Equal(raw[:4], anchoredLedger.abi.Errors["PeriodNotClosed"].ID.Bytes()[:4]) {
		return anchoredLedger.UnpackPeriodNotClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], anchoredLedger.abi.Errors["RegistersDiffer"].ID.Bytes()[:4]) {
		return anchoredLedger.UnpackRegistersDifferError(raw[4:])
	}
	if bytes.Equal(raw[:4], anchoredLedger.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return anchoredLedger.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], anchoredLedger.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return anchoredLedger.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], anchoredLedger.abi.Errors["SignerInUse"].ID.Bytes()[:4]) {
		return anchoredLedger.UnpackSignerInUseError(raw[4:])
	}
	if bytes.Equal(raw[:4], anchoredLedger.abi.Errors["Slashed"].ID.Bytes()[:4]) {
		return anchoredLedger.UnpackSlashedError(raw[4:])
	}
	if bytes.Equal(raw[:4], anchoredLedger.abi.Errors["StaleAuth"].ID.Bytes()[:4]) {
		return anchoredLedger.UnpackStaleAuthError(raw[4:])
	}
	if bytes.Equal(raw[:4], anchoredLedger.abi.Errors["StaleParent"].ID.Bytes()[:4]) {
		return anchoredLedger.UnpackStaleParentError(raw[4:])
	}
	if bytes.Equal(raw[:4], anchoredLedger.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return anchoredLedger.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], anchoredLedger.abi.Errors["UnknownSigner"].ID.Bytes()[:4]) {
		return anchoredLedger.UnpackUnknownSignerError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// AnchoredLedgerAnswerWindowOpen represents a AnswerWindowOpen error raised by the AnchoredLedger contract.
type AnchoredLedgerAnswerWindowOpen struct {
	DemandId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AnswerWindowOpen(uint256 demandId)
func AnchoredLedgerAnswerWindowOpenErrorID() common.Hash {
	return common.HexToHash("0x82a444c9ed8d67552931838f828aa142dbf31e5aba5441a687c900e77d03c646")
}

// UnpackAnswerWindowOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AnswerWindowOpen(uint256 demandId)
func (anchoredLedger *AnchoredLedger) UnpackAnswerWindowOpenError(raw []byte) (*AnchoredLedgerAnswerWindowOpen, error) {
	out := new(AnchoredLedgerAnswerWindowOpen)
	if err := anchoredLedger.abi.UnpackIntoInterface(out, "AnswerWindowOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AnchoredLedgerAnswerWindowOver represents a AnswerWindowOver error raised by the AnchoredLedger contract.
type AnchoredLedgerAnswerWindowOver struct {
	DemandId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AnswerWindowOver(uint256 demandId)
func AnchoredLedgerAnswerWindowOverErrorID() common.Hash {
	return common.HexToHash("0x1aa60ffe43cc2ca4d4234963024e4054702c0f9bf4bdd13e6d3a5ea42c3b7ab9")
}

// UnpackAnswerWindowOverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AnswerWindowOver(uint256 demandId)
func (anchoredLedger *AnchoredLedger) UnpackAnswerWindowOverError(raw []byte) (*AnchoredLedgerAnswerWindowOver, error) {
	out := new(AnchoredLedgerAnswerWindowOver)
	if err := anchoredLedger.abi.UnpackIntoInterface(out, "AnswerWindowOver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AnchoredLedgerBadAsOf represents a BadAsOf error raised by the AnchoredLedger contract.
type AnchoredLedgerBadAsOf struct {
	AsOf uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadAsOf(uint64 asOf)
func AnchoredLedgerBadAsOfErrorID() common.Hash {
	return common.HexToHash("0x5f15d47a69b76aa0e45dddf532ae9b3f0f1dc6f2ac1259f2239a9e9f8359e5d3")
}

// UnpackBadAsOfError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadAsOf(uint64 asOf)
func (anchoredLedger *AnchoredLedger) UnpackBadAsOfError(raw []byte) (*AnchoredLedgerBadAsOf, error) {
	out := new(AnchoredLedgerBadAsOf)
	if err := anchoredLedger.abi.UnpackIntoInterface(out, "BadAsOf", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AnchoredLedgerBadAuthProof represents a BadAuthProof error raised by the AnchoredLedger contract.
type AnchoredLedgerBadAuthProof struct {
	MeterId uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadAuthProof(uint64 meterId)
func AnchoredLedgerBadAuthProofErrorID() common.Hash {
	return common.HexToHash("0xeb950e30b721957a059eba95d6b3354d01ccfeecde0d8707ae23e0f26adb46c2")
}

// UnpackBadAuthProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadAuthProof(uint64 meterId)
func (anchoredLedger *AnchoredLedger) UnpackBadAuthProofError(raw []byte) (*AnchoredLedgerBadAuthProof, error) {
	out := new(AnchoredLedgerBadAuthProof)
	if err := anchoredLedger.abi.UnpackIntoInterface(out, "BadAuthProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AnchoredLedgerBadBlobs represents a BadBlobs error raised by the AnchoredLedger contract.
type AnchoredLedgerBadBlobs struct {
	Blobs uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadBlobs(uint8 blobs)
func AnchoredLedgerBadBlobsErrorID() common.Hash {
	return common.HexToHash("0xcc3f6603bce584318fbc3d3168f25c6a2f7918028a45da26af39a106952bd078")
}

// UnpackBadBlobsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadBlobs(uint8 blobs)
func (anchoredLedger *AnchoredLedger) UnpackBadBlobsError(raw []byte) (*AnchoredLedgerBadBlobs, error) {
	out := new(AnchoredLedgerBadBlobs)
	if err := anchoredLedger.abi.UnpackIntoInterface(out, "BadBlobs", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AnchoredLedgerBadCount represents a BadCount error raised by the AnchoredLedger contract.
type AnchoredLedgerBadCount struct {
	Count uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadCount(uint32 count)
func AnchoredLedgerBadCountErrorID() common.Hash {
	return common.HexToHash("0x4e46f924541499ec9a4f14c65f4cbbb0c4599e1a5f3062118e0dbf3b429b7aaf")
}

// UnpackBadCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadCount(uint32 count)
func (anchoredLedger *AnchoredLedger) UnpackBadCountError(raw []byte) (*AnchoredLedgerBadCount, error) {
	out := new(AnchoredLedgerBadCount)
	if err := anchoredLedger.abi.UnpackIntoInterface(out, "BadCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AnchoredLedgerBadDemand represents a BadDemand error raised by the AnchoredLedger contract.
type AnchoredLedgerBadDemand struct {
	From uint32
	To   uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadDemand(uint32 from, uint32 to)
func AnchoredLedgerBadDemandErrorID() common.Hash {
	return common.HexToHash("0x31de2c3d29ae4d1cc59706c014e0ecdbe9a822d8663ac5d7c240fac483e681f5")
}

// UnpackBadDemandError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadDemand(uint32 from, uint32 to)
func (anchoredLedger *AnchoredLedger) UnpackBadDemandError(raw []byte) (*AnchoredLedgerBadDemand, error) {
	out := new(AnchoredLedgerBadDemand)
	if err := anchoredLedger.abi.UnpackIntoInterface(out, "BadDemand", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AnchoredLedgerBadHeader represents a BadHeader error raised by the AnchoredLedger contract.
type AnchoredLedgerBadHeader struct {
	Batch uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadHeader(uint64 batch)
func AnchoredLedgerBadHeaderErrorID() common.Hash {
	return common.HexToHash("0xf56eaf6ae98d11bb50cdbfd7341475d4457bbd60b0b48ca20880a281b7e98ae9")
}

// UnpackBadHeaderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadHeader(uint64 batch)
func (anchoredLedger *AnchoredLedger) UnpackBadHeaderError(raw []byte) (*AnchoredLedgerBadHeader, error) {
	out := new(AnchoredLedgerBadHeader)
	if err := anchoredLedger.abi.UnpackIntoInterface(out, "BadHeader", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AnchoredLedgerBadIndex represents a BadIndex error raised by the AnchoredLedger contract.
type AnchoredLedgerBadIndex struct {
	Index uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadIndex(uint32 index)
func AnchoredLedgerBadIndexErrorID() common.Hash {
	return common.HexToHash("0x7768d2ee10e7eebcc17f6064355d2708fdbc71d466a4d7816b3a044da90cfa60")
}

// UnpackBadIndexError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadIndex(uint32 index)
func (anchoredLedger *AnchoredLedger) UnpackBadIndexError(raw []byte) (*AnchoredLedgerBadIndex, error) {
	out := new(AnchoredLedgerBadIndex)
	if err := anchoredLedger.abi.UnpackIntoInterface(out, "BadIndex", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AnchoredLedgerBadPath represents a BadPath error raised by the AnchoredLedger contract.
type AnchoredLedgerBadPath struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadPath()
func AnchoredLedgerBadPathErrorID() common.Hash {
	return common.HexToHash("0x64325c91f108520b461bf37f7e682ef85952d4d50489069c2e798b1861f04e29")
}

// UnpackBadPathError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadPath()
func (anchoredLedger *AnchoredLedger) UnpackBadPathError(raw []byte) (*AnchoredLedgerBadPath, error) {
	out := new(AnchoredLedgerBadPath)
	if err := anchoredLedger.abi.UnpackIntoInterface(out, "BadPath", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AnchoredLedgerBadPeriod represents a BadPeriod error raised by the AnchoredLedger contract.
type AnchoredLedgerBadPeriod struct {
	Period uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadPeriod(uint32 period)
func AnchoredLedgerBadPeriodErrorID() common.Hash {
	return common.HexToHash("0xccd9ef10fdce7535090b4869e3e8724ace431c6ad76a7faa380724632d7d898f")
}

// UnpackBadPeriodError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadPeriod(uint32 period)
func (anchoredLedger *AnchoredLedger) UnpackBadPeriodError(raw []byte) (*AnchoredLedgerBadPeriod, error) {
	out := new(AnchoredLedgerBadPeriod)
	if err := anchoredLedger.abi.UnpackIntoInterface(out, "BadPeriod", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AnchoredLedgerBatchFinal represents a BatchFinal error raised by the AnchoredLedger contract.
type AnchoredLedgerBatchFinal struct {
	Batch uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchFinal(uint64 batch)
func AnchoredLedgerBatchFinalErrorID() common.Hash {
	return common.HexToHash("0xd243d190fda7a795e2d8fbad6b66df5b195a529a7b5840addf552e7f47b53900")
}

// UnpackBatchFinalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchFinal(uint64 batch)
func (anchoredLedger *AnchoredLedger) UnpackBatchFinalError(raw []byte) (*AnchoredLedgerBatchFinal, error) {
	out := new(AnchoredLedgerBatchFinal)
	if err := anchoredLedger.abi.UnpackIntoInterface(out, "BatchFinal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AnchoredLedgerBatchVoided represents a BatchVoided error raised by the AnchoredLedger contract.
type AnchoredLedgerBatchVoided struct {
	Batch uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchVoided(uint64 batch)
func AnchoredLedgerBatchVoidedErrorID() common.Hash {
	return common.HexToHash("0xd510421b1190098ba4f88ab2827bea8b9f45e9930d17eedfe966278a503f3435")
}

// UnpackBatchVoidedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchVoided(uint64 batch)
func (anchoredLedger *AnchoredLedger) UnpackBatchVoidedError(raw []byte) (*AnchoredLedgerBatchVoided, error) {
	out := new(AnchoredLedgerBatchVoided)
	if err := anchoredLedger.abi.UnpackIntoInterface(out, "BatchVoided", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AnchoredLedgerDemandNotOpen represents a DemandNotOpen error raised by the AnchoredLedger contract.
type AnchoredLedgerDemandNotOpen struct {
	DemandId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DemandNotOpen(uint256 demandId)
func AnchoredLedgerDemandNotOpenErrorID() common.Hash {
	return common.HexToHash("0x4515d7b753df2e91331b0e87d8e76e98ec31d6269079723153d9d4a7ff0c4e27")
}

// UnpackDemandNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DemandNotOpen(uint256 demandId)
func (anchoredLedger *AnchoredLedger) UnpackDemandNotOpenError(raw []byte) (*AnchoredLedgerDemandNotOpen, error) {
	out := new(AnchoredLedgerDemandNotOpen)
	if err := anchoredLedger.abi.UnpackIntoInterface(out, "DemandNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AnchoredLedgerInvalidShortString represents a InvalidShortString error raised by the AnchoredLedger contract.
type AnchoredLedgerInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func AnchoredLedgerInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (anchoredLedger *AnchoredLedger) UnpackInvalidShortStringError(raw []byte) (*AnchoredLedgerInvalidShortString, error) {
	out := new(AnchoredLedgerInvalidShortString)
	if err := anchoredLedger.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AnchoredLedgerLastBatchOpen represents a LastBatchOpen error raised by the AnchoredLedger contract.
type AnchoredLedgerLastBatchOpen struct {
	Batch uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LastBatchOpen(uint64 batch)
func AnchoredLedgerLastBatchOpenErrorID() common.Hash {
	return common.HexToHash("0x58ae9c9b7955536a732e8905f1a5c31d9d7dfbb5812e2488fcf32fe44701d3a3")
}

// UnpackLastBatchOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LastBatchOpen(uint64 batch)
func (anchoredLedger *AnchoredLedger) UnpackLastBatchOpenError(raw []byte) (*AnchoredLedgerLastBatchOpen, error) {
	out := new(AnchoredLedgerLastBatchOpen)
	if err := anchoredLedger.abi.UnpackIntoInterface(out, "LastBatchOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AnchoredLedgerMeterActive represents a MeterActive error raised by the AnchoredLedger contract.
type AnchoredLedgerMeterActive struct {
	MeterId uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MeterActive(uint64 meterId)
func AnchoredLedgerMeterActiveErrorID() common.Hash {
	return common.HexToHash("0x30fa60cf8ba367bde1ddd08fdc83db52863e5e2f6dd4212000b93950e81f4e2e")
}

// UnpackMeterActiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MeterActive(uint64 meterId)
func (anchoredLedger *AnchoredLedger) UnpackMeterActiveError(raw []byte) (*AnchoredLedgerMeterActive, error) {
	out := new(AnchoredLedgerMeterActive)
	if err := anchoredLedger.abi.UnpackIntoInterface(out, "MeterActive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AnchoredLedgerNoFraud represents a NoFraud error raised by the AnchoredLedger contract.
type AnchoredLedgerNoFraud struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoFraud()
func AnchoredLedgerNoFraudErrorID() common.Hash {
	return common.HexToHash("0xbb6a9cb54cbbbf928521eb87c047d0a049a304ad79d8a9ea5b254b1787818fe4")
}

// UnpackNoFraudError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoFraud()
func (anchoredLedger *AnchoredLedger) UnpackNoFraudError(raw []byte) (*AnchoredLedgerNoFraud, error) {
	out := new(AnchoredLedgerNoFraud)
	if err := anchoredLedger.abi.UnpackIntoInterface(out, "NoFraud", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AnchoredLedgerNotBonded represents a NotBonded error raised by the AnchoredLedger contract.
type AnchoredLedgerNotBonded struct {
	Relayer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotBonded(address relayer)
func AnchoredLedgerNotBondedErrorID() common.Hash {
	return common.HexToHash("0x0b97d1119cc529b87320eb88934397b2670bb3d83d1c081465ee1673a9fa133c")
}

// UnpackNotBondedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotBonded(address relayer)
func (anchoredLedger *AnchoredLedger) UnpackNotBondedError(raw []byte) (*AnchoredLedgerNotBonded, error) {
	out := new(AnchoredLedgerNotBonded)
	if err := anchoredLedger.abi.UnpackIntoInterface(out, "NotBonded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AnchoredLedgerNotFinal represents a NotFinal error raised by the AnchoredLedger contract.
type AnchoredLedgerNotFinal struct {
	Batch uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotFinal(uint64 batch)
func AnchoredLedgerNotFinalErrorID() common.Hash {
	return common.HexToHash("0xbb3c27bdf6dc5d674c9e079508fd4e5985eb41e4b6121a59af8340889daac49e")
}

// UnpackNotFinalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotFinal(uint64 batch)
func (anchoredLedger *AnchoredLedger) UnpackNotFinalError(raw []byte) (*AnchoredLedgerNotFinal, error) {
	out := new(AnchoredLedgerNotFinal)
	if err := anchoredLedger.abi.UnpackIntoInterface(out, "NotFinal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AnchoredLedgerNotRegistry represents a NotRegistry error raised by the AnchoredLedger contract.
type AnchoredLedgerNotRegistry struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRegistry(address caller)
func AnchoredLedgerNotRegistryErrorID() common.Hash {
	return common.HexToHash("0x631a294a41a730c8b83fc0d8fe9f45ed8336003d618d1d97b39459e4ec1deb78")
}

// UnpackNotRegistryError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRegistry(address caller)
func (anchoredLedger *AnchoredLedger) UnpackNotRegistryError(raw []byte) (*AnchoredLedgerNotRegistry, error) {
	out := new(AnchoredLedgerNotRegistry)
	if err := anchoredLedger.abi.UnpackIntoInterface(out, "NotRegistry", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AnchoredLedgerNotVoided represents a NotVoided error raised by the AnchoredLedger contract.
type AnchoredLedgerNotVoided struct {
	Batch uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotVoided(uint64 batch)
func AnchoredLedgerNotVoidedErrorID() common.Hash {
	return common.HexToHash("0x8f2463dea50c1ae7d97ecec2625c00c7af53650e5b6cd6b9558eb028f83a4b78")
}

// UnpackNotVoidedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotVoided(uint64 batch)
func (anchoredLedger *AnchoredLedger) UnpackNotVoidedError(raw []byte) (*AnchoredLedgerNotVoided, error) {
	out := new(AnchoredLedgerNotVoided)
	if err := anchoredLedger.abi.UnpackIntoInterface(out, "NotVoided", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AnchoredLedgerPeriodNotClosed represents a PeriodNotClosed error raised by the AnchoredLedger contract.
type AnchoredLedgerPeriodNotClosed struct {
	MeterId uint64
	Period  uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PeriodNotClosed(uint64 meterId, uint32 period)
func AnchoredLedgerPeriodNotClosedErrorID() common.Hash {
	return common.HexToHash("0xbbb6e41b76d77c798b7d570853478fcafba07a66b6e048d8a3624b3b793d44df")
}

// UnpackPeriodNotClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PeriodNotClosed(uint64 meterId, uint32 period)
func (anchoredLedger *AnchoredLedger) UnpackPeriodNotClosedError(raw []byte) (*AnchoredLedgerPeriodNotClosed, error) {
	out := new(AnchoredLedgerPeriodNotClosed)
	if err := anchoredLedger.abi.UnpackIntoInterface(out, "PeriodNotClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AnchoredLedgerRegistersDiffer represents a RegistersDiffer error raised by the AnchoredLedger contract.
type AnchoredLedgerRegistersDiffer struct {
	MeterId uint64
	Period  uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RegistersDiffer(uint64 meterId, uint32 period)
func AnchoredLedgerRegistersDifferErrorID() common.Hash {
	return common.HexToHash("0x3e3c03e38fd79dcd86691969ff6f4b8782e02dddd8e1a3011ff23f305e1d203d")
}

// UnpackRegistersDifferError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RegistersDiffer(uint64 meterId, uint32 period)
func (anchoredLedger *AnchoredLedger) UnpackRegistersDifferError(raw []byte) (*AnchoredLedgerRegistersDiffer, error) {
	out := new(AnchoredLedgerRegistersDiffer)
	if err := anchoredLedger.abi.UnpackIntoInterface(out, "RegistersDiffer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AnchoredLedgerSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the AnchoredLedger contract.
type AnchoredLedgerSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func AnchoredLedgerSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (anchoredLedger *AnchoredLedger) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*AnchoredLedgerSafeCastOverflowedUintDowncast, error) {
	out := new(AnchoredLedgerSafeCastOverflowedUintDowncast)
	if err := anchoredLedger.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AnchoredLedgerSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the AnchoredLedger contract.
type AnchoredLedgerSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func AnchoredLedgerSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (anchoredLedger *AnchoredLedger) UnpackSafeERC20FailedOperationError(raw []byte) (*AnchoredLedgerSafeERC20FailedOperation, error) {
	out := new(AnchoredLedgerSafeERC20FailedOperation)
	if err := anchoredLedger.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AnchoredLedgerSignerInUse represents a SignerInUse error raised by the AnchoredLedger contract.
type AnchoredLedgerSignerInUse struct {
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignerInUse(address signer)
func AnchoredLedgerSignerInUseErrorID() common.Hash {
	return common.HexToHash("0xf74a198c3a3e836100b4eed79a8b1fe80ba62ead8c811efacbb31099fa34bb1d")
}

// UnpackSignerInUseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignerInUse(address signer)
func (anchoredLedger *AnchoredLedger) UnpackSignerInUseError(raw []byte) (*AnchoredLedgerSignerInUse, error) {
	out := new(AnchoredLedgerSignerInUse)
	if err := anchoredLedger.abi.UnpackIntoInterface(out, "SignerInUse", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AnchoredLedgerSlashed represents a Slashed error raised by the AnchoredLedger contract.
type AnchoredLedgerSlashed struct {
	Relayer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slashed(address relayer)
func AnchoredLedgerSlashedErrorID() common.Hash {
	return common.HexToHash("0x975ad74f3e1160b20a620ec57c636ffa56c6b6679a0e2fb5689b4f95e65a6946")
}

// UnpackSlashedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slashed(address relayer)
func (anchoredLedger *AnchoredLedger) UnpackSlashedError(raw []byte) (*AnchoredLedgerSlashed, error) {
	out := new(AnchoredLedgerSlashed)
	if err := anchoredLedger.abi.UnpackIntoInterface(out, "Slashed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AnchoredLedgerStaleAuth represents a StaleAuth error raised by the AnchoredLedger contract.
type AnchoredLedgerStaleAuth struct {
	Current   uint64
	AuthEpoch uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StaleAuth(uint64 current, uint64 authEpoch)
func AnchoredLedgerStaleAuthErrorID() common.Hash {
	return common.HexToHash("0x01874014f12e572f0c020a0cdfb214bb1eb5deb68757d162e2cc5b565b8562b5")
}

// UnpackStaleAuthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StaleAuth(uint64 current, uint64 authEpoch)
func (anchoredLedger *AnchoredLedger) UnpackStaleAuthError(raw []byte) (*AnchoredLedgerStaleAuth, error) {
	out := new(AnchoredLedgerStaleAuth)
	if err := anchoredLedger.abi.UnpackIntoInterface(out, "StaleAuth", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AnchoredLedgerStaleParent represents a StaleParent error raised by the AnchoredLedger contract.
type AnchoredLedgerStaleParent struct {
	Tip    uint64
	Parent uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StaleParent(uint64 tip, uint64 parent)
func AnchoredLedgerStaleParentErrorID() common.Hash {
	return common.HexToHash("0xfece6a1a0b99598c289aa0de189d62c6abd60649de317a8cbb94019fcd3fe83a")
}

// UnpackStaleParentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StaleParent(uint64 tip, uint64 parent)
func (anchoredLedger *AnchoredLedger) UnpackStaleParentError(raw []byte) (*AnchoredLedgerStaleParent, error) {
	out := new(AnchoredLedgerStaleParent)
	if err := anchoredLedger.abi.UnpackIntoInterface(out, "StaleParent", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AnchoredLedgerStringTooLong represents a StringTooLong error raised by the AnchoredLedger contract.
type AnchoredLedgerStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func AnchoredLedgerStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (anchoredLedger *AnchoredLedger) UnpackStringTooLongError(raw []byte) (*AnchoredLedgerStringTooLong, error) {
	out := new(AnchoredLedgerStringTooLong)
	if err := anchoredLedger.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AnchoredLedgerUnknownSigner represents a UnknownSigner error raised by the AnchoredLedger contract.
type AnchoredLedgerUnknownSigner struct {
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownSigner(address signer)
func AnchoredLedgerUnknownSignerErrorID() common.Hash {
	return common.HexToHash("0xd7e8a2c26fd6e574581d4dadb54adcae8e49f64b22b2d5386731d559357f82c3")
}

// UnpackUnknownSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownSigner(address signer)
func (anchoredLedger *AnchoredLedger) UnpackUnknownSignerError(raw []byte) (*AnchoredLedgerUnknownSigner, error) {
	out := new(AnchoredLedgerUnknownSigner)
	if err := anchoredLedger.abi.UnpackIntoInterface(out, "UnknownSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}
