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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"contractIERC20\",\"name\":\"bondToken_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"minBond_\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"window_\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"demandBond_\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"answerWindow_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"demandId\",\"type\":\"uint256\"}],\"name\":\"AnswerWindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"demandId\",\"type\":\"uint256\"}],\"name\":\"AnswerWindowOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"asOf\",\"type\":\"uint64\"}],\"name\":\"BadAsOf\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"}],\"name\":\"BadAuthProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"blobs\",\"type\":\"uint8\"}],\"name\":\"BadBlobs\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"}],\"name\":\"BadCount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"from\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"to\",\"type\":\"uint32\"}],\"name\":\"BadDemand\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"}],\"name\":\"BadHeader\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"}],\"name\":\"BadIndex\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadPath\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"}],\"name\":\"BadPeriod\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"}],\"name\":\"BatchFinal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"}],\"name\":\"BatchVoided\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"demandId\",\"type\":\"uint256\"}],\"name\":\"DemandNotOpen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"}],\"name\":\"LastBatchOpen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoFraud\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"}],\"name\":\"NotBonded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"}],\"name\":\"NotFinal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotRegistry\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"}],\"name\":\"NotVoided\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"}],\"name\":\"PeriodNotClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"}],\"name\":\"RegistersDiffer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"SignerInUse\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"}],\"name\":\"Slashed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"current\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"authEpoch\",\"type\":\"uint64\"}],\"name\":\"StaleAuth\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"tip\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"}],\"name\":\"StaleParent\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"UnknownSigner\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"asOf\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"authEpoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"anchoredAt\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"readingsRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"name\":\"Anchored\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"maxPowerW\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"name\":\"AuthChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"}],\"name\":\"Bonded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"demandId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"answered\",\"type\":\"bool\"}],\"name\":\"DemandClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"demandId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"from\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"to\",\"type\":\"uint32\"}],\"name\":\"Demanded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"estimated\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"}],\"name\":\"RegistersProven\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"detailHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"verdict\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"stateRootAfter\",\"type\":\"bytes32\"}],\"name\":\"Revealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Unbonded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"throughBatch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"}],\"name\":\"Voided\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BURN\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_PAST_COUNT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_ROOT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_TRANSITION\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_UNANSWERED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_UNSORTED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_AS_OF_AGE\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_BATCH\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_DEMAND\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"readingsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"asOf\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"authEpoch_\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"blobs\",\"type\":\"uint8\"}],\"name\":\"anchor\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"readingsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"asOf\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"authEpoch_\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"anchorCalldata\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"asOf\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"authEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"anchoredAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"readingsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structAnchoredLedger.Header\",\"name\":\"h\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"demandId\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"detailHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"},{\"internalType\":\"uint8\",\"name\":\"verdict\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"stateRootAfter\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"path\",\"type\":\"bytes32[]\"}],\"internalType\":\"structAnchoredLedger.Leaf[]\",\"name\":\"leaves\",\"type\":\"tuple[]\"}],\"name\":\"answer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"answerWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"authEpoch\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"}],\"name\":\"authLog\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"maxPowerW\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"internalType\":\"structAnchoredLedger.AuthVersion[]\",\"name\":\"\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"batchCount\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"bond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"bondToken\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"demandId\",\"type\":\"uint256\"}],\"name\":\"closeDemand\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"asOf\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"authEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"anchoredAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"readingsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structAnchoredLedger.Header\",\"name\":\"h\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"from\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"to\",\"type\":\"uint32\"}],\"name\":\"demand\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"demandId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"demandBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"demandId\",\"type\":\"uint256\"}],\"name\":\"demandOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"from\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"to\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"demandedAt\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"open\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"disable\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"emptyRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"maxPowerW\",\"type\":\"uint32\"}],\"name\":\"enroll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"}],\"name\":\"headerHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"hold\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"fromBatch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"until\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"openDemands\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"asOf\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"authEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"anchoredAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"readingsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structAnchoredLedger.Header\",\"name\":\"h\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"}],\"name\":\"isFinal\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"}],\"name\":\"isPeriodClosed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"}],\"name\":\"isVoided\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"name\":\"lastReading\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"meterOfSigner\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"}],\"name\":\"periodEstimated\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"}],\"name\":\"periodRegisters\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"openingImportWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"openingExportWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"closingImportWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"closingExportWh\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"asOf\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"authEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"anchoredAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"readingsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structAnchoredLedger.Header\",\"name\":\"h\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"path\",\"type\":\"bytes32[]\"}],\"name\":\"provePastCount\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"asOf\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"authEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"anchoredAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"readingsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structAnchoredLedger.Header\",\"name\":\"h\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"closingsRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structAnchoredLedger.MeterLeaf\",\"name\":\"state\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[32]\",\"name\":\"statePath\",\"type\":\"bytes32[32]\"},{\"internalType\":\"uint32\",\"name\":\"recordPeriod\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"estimated\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"startPeriod\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"startImportWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"startExportWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"startTimestamp\",\"type\":\"uint64\"}],\"internalType\":\"structAnchoredLedger.ClosingRecord\",\"name\":\"rec\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[32]\",\"name\":\"closingPath\",\"type\":\"bytes32[32]\"},{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"}],\"name\":\"proveRegisters\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"asOf\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"authEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"anchoredAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"readingsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structAnchoredLedger.Header\",\"name\":\"h\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"detailHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"sigHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"verdict\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"stateRootAfter\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"path\",\"type\":\"bytes32[]\"}],\"internalType\":\"structAnchoredLedger.Neighbour\",\"name\":\"last\",\"type\":\"tuple\"}],\"name\":\"proveRoot\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"asOf\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"authEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"anchoredAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"readingsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structAnchoredLedger.Header\",\"name\":\"h\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"asOf\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"authEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"anchoredAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"readingsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structAnchoredLedger.Header\",\"name\":\"parent\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"detailHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"},{\"internalType\":\"uint8\",\"name\":\"verdict\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"stateRootAfter\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"path\",\"type\":\"bytes32[]\"}],\"internalType\":\"structAnchoredLedger.Leaf\",\"name\":\"reading\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"detailHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"sigHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"verdict\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"stateRootAfter\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"path\",\"type\":\"bytes32[]\"}],\"internalType\":\"structAnchoredLedger.Neighbour\",\"name\":\"prev\",\"type\":\"tuple\"},{\"internalType\":\"bool\",\"name\":\"hasAuth\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"authIndex\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"closingsRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structAnchoredLedger.MeterLeaf\",\"name\":\"oldState\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[32]\",\"name\":\"statePath\",\"type\":\"bytes32[32]\"},{\"internalType\":\"bytes32[32][]\",\"name\":\"closingPaths\",\"type\":\"bytes32[32][]\"}],\"internalType\":\"structAnchoredLedger.Transition\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"proveTransition\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"asOf\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"authEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"anchoredAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"readingsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structAnchoredLedger.Header\",\"name\":\"h\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"detailHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"sigHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"verdict\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"stateRootAfter\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"path\",\"type\":\"bytes32[]\"}],\"internalType\":\"structAnchoredLedger.Neighbour\",\"name\":\"a\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"detailHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"sigHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"verdict\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"stateRootAfter\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"path\",\"type\":\"bytes32[]\"}],\"internalType\":\"structAnchoredLedger.Neighbour\",\"name\":\"b\",\"type\":\"tuple\"}],\"name\":\"proveUnsorted\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"oldSigner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"newSigner\",\"type\":\"address\"}],\"name\":\"rekey\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"}],\"name\":\"relayerOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"bondAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"lastBatch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastAnchoredAt\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"slashed\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"revokedEpoch\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"tip\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unbond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"asOf\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"authEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"anchoredAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"readingsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structAnchoredLedger.Header\",\"name\":\"h\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"demandId\",\"type\":\"uint256\"}],\"name\":\"voidUnanswered\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"window\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "AnchoredLedger",
	Bin: "0x61024080604052346102b25760c081615c05803803809161002082856102b6565b8339810103126102b2578051906001600160a01b03821682036102b25760208101516001600160a01b03811681036102b2576040820151610063606084016102ed565b9161007560a0608086015195016102ed565b946040516100846040826102b6565b600a815260208101906936b2ba32b931b430b4b760b11b8252604051916100ac6040846102b6565b600183526020830191603160f81b83526100c581610301565b610120526100d284610301565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a0815261013b60c0826102b6565b5190206080523060c05261016052610180526101a0526101c0526101e052610200525f5f5b6020811061029e575061022052604051615898908161036d8239608051816152e6015260a0518161539d015260c051816152b7015260e051816153350152610100518161535b0152610120518161252d01526101405181612556015261016051818181611490015281816116ff015281816126f201526127420152610180518181816105c0015281816105ed01528181610b6101528181610efc01528181611372015281816113b101528181611a230152818161207801528181612ab50152612bfb01526101a05181818161264001526140dd01526101c051818181610a2301528181612d860152613e1601526101e051818181610b3f01528181610ed90152818161135001528181611e180152612bd801526102005181818161078801528181611141015261198701526102205181818161267a015261464b0152f35b90805f52602052600160405f209101610160565b5f80fd5b601f909101601f19168101906001600160401b038211908210176102d957604052565b634e487b7160e01b5f52604160045260245ffd5b51906001600160401b03821682036102b257565b601f81511161032c57602081519101516020821061031d571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fdfe60806040526004361015610011575f80fd5b5f3560e01c8062e0c53f146130f457806306f13056146130ce5780631b55b48c146130b357806322a90b9214612e425780632755cd2d14612e195780634073273f14612daa578063461645bf14612d67578063481f7da614612d295780634a37cecf14612ca55780634a5fa6d914612c8a5780634cc914be14612c6f5780634e380e1e14612b5f5780635df6a6bc14612a525780636d1346c4146129ba57806373e55950146127165780637b103999146126d35780637dda5f7f1461269d57806380e7378314612663578063831518b71461262957806384b0196e1461251557806388e9184414612180578063950bff9f1461216357806395934bae1461212b5780639940686e14612008578063a320cf2514611fc7578063a439c32614611e68578063a7d3733e14611e3b578063b19f99fb14611e01578063b4433ff714611d8e578063b577d5ab14611af3578063b75b32be14611a63578063c0a2526c14611a47578063c28f439214611a04578063c2aafa37146119ab578063c2f654da14611968578063cc73c8bc14611948578063ccdee5251461191f578063d5cb6ac714611904578063d84b1a2f146116c2578063de887a21146116a6578063e6c09edf1461146d578063e963d02b14611452578063eb9c087f146110da578063ee1189ef14610fdd578063f04863ad14610fc2578063f920e5f414610beb578063fb8097d01461070a578063fbddb767146102c55763fdfe05a414610233575f80fd5b346102c15760403660031901126102c15761024c613159565b6001600160401b0361025c6131af565b9116805f52600a60205260405f2063ffffffff61027884615034565b165f5260205260405f205415159081610299575b6020826040519015158152f35b90505f52600a60205263ffffffff60405f2091165f52602052602060405f205415155f61028c565b5f80fd5b346102c15736600319016101a081126102c157610120136102c1576102e8613142565b6102f06131d5565b610164356001600160401b0381116102c157806004019061014060031982360301126102c157610184356001600160401b0381116102c157806004019361014060031983360301126102c15761034586613a61565b63ffffffff81166001810180821161065b5763ffffffff610364613303565b1611156106f85750846103838261037e8761038895613aee565b613a34565b613aee565b61039183613359565b6001600160401b03806103a387613359565b16911610928315610697575b50505061066f576103bf90613359565b6103c7613b82565b905b600454801580158061062a575b156104215761040d575f19016103eb816134ea565b6103fa575f90556004556103c9565b634e487b7160e01b5f525f60045260245ffd5b634e487b7160e01b5f52603160045260245ffd5b8285856001600160401b038151166001600160401b036040519361044485613284565b169283815260208101918252600454600160401b8110156106165780600161046f92016004556134ea565b9190916103fa5751815492516fffffffffffffffffffffffffffffffff199093166001600160401b03919091161760409290921b67ffffffffffffffff60401b169190911790556004356001600160401b03811681036102c15767ffffffffffffffff60401b1967ffffffffffffffff60401b6002549260401b1691161760025560a435916001600160a01b0383168084036102c1576b7fffffffffffffffffffffff93505f5260056020527f9e423dd11ff8fae4ea6960d39ac8fff6508d4fad0cfd9d572b43136914fbe12f608060405f20956001600160401b03808854966001600160601b038816996001600160601b03198154168155600160e01b60ff60e01b1982541617905551169160405192835233602084015260026040840152166060820152a260011c1690816105e6575b6105ab82826133e7565b6105b157005b6105e4916105be916133e7565b7f0000000000000000000000000000000000000000000000000000000000000000613fe1565b005b61061182337f0000000000000000000000000000000000000000000000000000000000000000614072565b6105a1565b634e487b7160e01b5f52604160045260245ffd5b505f19820182811161065b576106476001600160401b03916134ea565b5054166001600160401b03861611156103d6565b634e487b7160e01b5f52601160045260245ffd5b7fbb6a9cb5000000000000000000000000000000000000000000000000000000005f5260045ffd5b6106a391929350613359565b6001600160401b03806106b586613359565b1691161491826106ca575b50508380806103af565b6001600160401b039192506106ed60246106e681859401613359565b9401613359565b1691161083806106c0565b633bb4697760e11b5f5260045260245ffd5b346102c157366003190161018081126102c157610120136102c15761072d613142565b61014435610164356001600160401b0381116102c157610751903690600401613239565b919061075d8483614fd5565b9161076785613bcd565b61077085613502565b610bcf57600183018054936107ba6001600160401b037f0000000000000000000000000000000000000000000000000000000000000000166001600160401b038760201c166134dd565b421015610ba35763ffffffff905460e01c941663ffffffff6107dc868361333f565b168603610b8d575093946001600160401b0316935f5b868110156109d1576108098160051b850185613452565b63ffffffff821686019063ffffffff821161065b57879161082982613359565b602083019261083784613359565b90604081019061084682613359565b92606082019461085586613359565b608084019361086385613359565b9360a08201359360c08301936108798585613468565b3690610884926133a2565b805190602001208660e086019861089a8a61349a565b936101008801359d6108ad978f97614563565b6108bb6101208301836134a8565b906108c6928c6145e8565b6108cf81613359565b996108d990613359565b956108e390613359565b976108ed90613359565b946108f790613359565b9161090191613468565b9761090e8996929561349a565b966040519b63ffffffff8d9c168c526001600160401b031660208c01526001600160401b031660408b01526001600160401b031660608a01526001600160401b031660808901526001600160401b031660a088015260c087015260e08601610140905281610140870152610160860137828401610160015f905260ff16610100840152610120830152601f1990601f0116810103610160017f5c4f905d24babee76e569c0d6443168a9b04a1d39a9df1a586e0ba319bea437a91a26001016107f2565b5080546cff00000000000000000000000019166c020000000000000000000000001790556109fd6132c0565b60408101906001600160401b03610a1681845116613a4c565b1682526001600160401b037f0000000000000000000000000000000000000000000000000000000000000000166001600160401b03421601916001600160401b03831161065b57610ad06001600160401b03610afb94610aa5828660208298019382808651169116908111610b85575b5051166001600160401b03166001600160401b03196009541617600955565b511667ffffffffffffffff60401b1967ffffffffffffffff60401b6009549260401b16911617600955565b511667ffffffffffffffff60801b1967ffffffffffffffff60801b6009549260801b16911617600955565b7f2d066881a9a831a038d5ba2589e6fc2d7b149f15cdcc732752fc5408fa632f5a602060405160018152a260a4356001600160a01b03811681036102c1576105e4907f0000000000000000000000000000000000000000000000000000000000000000907f0000000000000000000000000000000000000000000000000000000000000000614072565b84528a610a86565b846331de2c3d60e01b5f5260045260245260445ffd5b827f1aa60ffe000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b6001600160401b038563d510421b60e01b5f521660045260245ffd5b346102c157366003190161018081126102c157610120136102c157610c0e613142565b610c166131d5565b90610164359063ffffffff8216918281036102c157610c3482613a61565b63ffffffff84169383851091821592610fa6575b50508015610f90575b610f7957610d11610c606132c0565b610ce86001600160401b0360206040840193828551161580610f6a575b15610f4d5782871681525b82610c9581875116613a17565b16809552610cbc838251166001600160401b03166001600160401b03196009541617600955565b01511667ffffffffffffffff60401b1967ffffffffffffffff60401b6009549260401b16911617600955565b67ffffffffffffffff60801b1967ffffffffffffffff60801b6009549260801b16911617600955565b6008549160405160c081018181106001600160401b03821117610616576040523381526001600160401b036020820193169283815260408201868152606083019284845260808101916001600160401b034216835260a082019360018552600160401b8910156106165760018901600855610d8b8961336d565b9190916103fa5763ffffffff600193610e1b6001600160401b03610e50946001600160a01b03859951167fffffffffffffffffffffffff0000000000000000000000000000000000000000885416178755511685907fffffffff0000000000000000ffffffffffffffffffffffffffffffffffffffff67ffffffffffffffff60a01b83549260a01b169116179055565b5183547bffffffffffffffffffffffffffffffffffffffffffffffffffffffff16911660e01b6001600160e01b031916178255565b019351166bffffffffffffffff000000008454925160201b16916001600160601b03191617178255516003811015610f395760209585937f1c2b83bfbe1d885ac02ae60feacb7e29bd622cee3fd976ec355e454bbd1e6fc6936060936cff000000000000000000000000825491861b16906cff0000000000000000000000001916179055610f207f000000000000000000000000000000000000000000000000000000000000000030337f0000000000000000000000000000000000000000000000000000000000000000614c2c565b60405191338352888301526040820152a3604051908152f35b634e487b7160e01b5f52602160045260245ffd5b82815116838816908110610f62575b50610c88565b815289610f5c565b50828282015116421015610c7d565b50906331de2c3d60e01b5f5260045260245260445ffd5b5063ffffffff610f9e613303565b168211610c51565b6040925063ffffffff91610fb99161333f565b16118480610c48565b346102c1575f3660031901126102c157602060405160408152f35b346102c15760203660031901126102c1576001600160401b03610ffe613159565b165f52600660205260405f208054906110168261343b565b91611024604051938461329f565b8083526020830180925f5260205f205f915b8383106110bc578486604051918291602083019060208452518091526040830191905f5b818110611068575050500390f35b9193509160206080600192606087516001600160401b0381511683526001600160a01b0385820151168584015263ffffffff604082015116604084015201511515606082015201940191019184939261105a565b600260206001926110cc856133f4565b815201920192019190611036565b346102c157366003190161016081126102c157610120136102c1576110fd613142565b610144359061110c8183614fd5565b9161111682613bcd565b61111f82613502565b611436576111676001600160401b03600185015460201c166001600160401b037f000000000000000000000000000000000000000000000000000000000000000016906134dd565b421061140b57611182906001600160a01b0384541693613f54565b61118a613b82565b60045480158015806113da575b156111bb5761040d575f19016111ac816134ea565b6103fa575f905560045561118a565b8285856001600160401b038351166001600160401b03604051926111de84613284565b169182815260208101918252600454600160401b8110156106165780600161120992016004556134ea565b9190916103fa5751815492516fffffffffffffffffffffffffffffffff199093166001600160401b03919091161760409290921b67ffffffffffffffff60401b169190911790556004356001600160401b03811681036102c15767ffffffffffffffff60401b1967ffffffffffffffff60401b6002549260401b1691161760025560a4356001600160a01b038116938482036102c1576105e4946b7fffffffffffffffffffffff92505f52600560205260405f20927f9e423dd11ff8fae4ea6960d39ac8fff6508d4fad0cfd9d572b43136914fbe12f60806001600160401b038654946001600160601b038616976001600160601b03198154168155600160e01b60ff60e01b198254161790555116604051908152876020820152600460408201525f6060820152a260011c1690816113aa575b61134782826133e7565b611396575b50507f0000000000000000000000000000000000000000000000000000000000000000907f0000000000000000000000000000000000000000000000000000000000000000614072565b6113a3916105be916133e7565b828061134c565b6113d582847f0000000000000000000000000000000000000000000000000000000000000000614072565b61133d565b505f19820182811161065b576113f76001600160401b03916134ea565b5054166001600160401b0385161115611197565b7f82a444c9000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b6001600160401b038263d510421b60e01b5f521660045260245ffd5b346102c1575f3660031901126102c157602060405160048152f35b346102c15760203660031901126102c1576114866131e9565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016330361167a576001600160a01b0316805f5260076020526001600160401b0360405f20541690811561166857815f52600660205260405f2080545f19810190811161065b576114fe91613389565b505460e01c9060025461151c6001600160401b038260801c16613a17565b906001600160401b038216916fffffffffffffffffffffffffffffffff6001600160c01b031967ffffffffffffffff60801b8360801b16928367ffffffffffffffff60801b1986161760025560c01b1692161717600255835f52600660205260405f20926040519261158d84613269565b82845260208401948186526040850183815260608601915f83528054600160401b811015610616576115c491600182018155613389565b6103fa579551965190516001600160e01b031960e09190911b166001600160401b039097167bffffffffffffffffffffffffffffffffffffffff000000000000000060409290921b91909116179590951784557ff4043e8a4ff2c61911c9bbc7515c0b3cbd0c607d267e308e3b8500ab3d2c3240946080946001019051151560ff80198354169116179055604051928352602083015260408201525f6060820152a2005b636bf4516160e11b5f5260045260245ffd5b7f631a294a000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b346102c1575f3660031901126102c1576020604051610e108152f35b346102c15760603660031901126102c1576116db613159565b6116e36131ff565b6044359063ffffffff82168092036102c1576001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016330361167a576001600160a01b031691825f5260076020526001600160401b0360405f2054166118f1576001600160401b0390835f52600760205260405f2082821683198254161790551691825f52600660205260405f205415156002546117926001600160401b038260801c16613a17565b916001600160401b0383169267ffffffffffffffff60801b8160801b16918267ffffffffffffffff60801b198516176002556118c3575b505050835f52600660205260405f2092604051926117e684613269565b8284526020840194818652604085018381526060860191600183528054600160401b8110156106165761181e91600182018155613389565b6103fa579551965190516001600160e01b031960e09190911b166001600160401b039097167bffffffffffffffffffffffffffffffffffffffff000000000000000060409290921b91909116179590951784557ff4043e8a4ff2c61911c9bbc7515c0b3cbd0c607d267e308e3b8500ab3d2c3240946080946001019051151560ff801983541691161790556040519283526020830152604082015260016060820152a2005b6001600160c01b03196fffffffffffffffffffffffffffffffff9160c01b16921617176002558480806117c9565b82633dd2866360e21b5f5260045260245ffd5b346102c1575f3660031901126102c157602060405160058152f35b346102c1575f3660031901126102c15760206001600160401b0360025460801c16604051908152f35b346102c1575f3660031901126102c157602060025460c01c604051908152f35b346102c1575f3660031901126102c15760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346102c15760403660031901126102c15760806001600160401b036119df6119d1613159565b6119d96131af565b90613eb3565b60408051838516815292811c84166020840152818416838201521c9091166060820152f35b346102c1575f3660031901126102c15760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346102c1575f3660031901126102c157602060405161dead8152f35b346102c1573660031901610b4081126102c157610120136102c157611a86613142565b610144356001600160401b03811681036102c15760a0366101631901126102c15736610604116102c1576106043563ffffffff811681036102c157610100366106231901126102c15736610b24116102c157610b24359163ffffffff831683036102c1576105e4936135a1565b346102c15736600319016101a081126102c157610120136102c157611b16613142565b611b1e6131d5565b6101643590610184356001600160401b0381116102c157611b43903690600401613239565b91611b4d85613a61565b63ffffffff611b5a613303565b1663ffffffff82169081108015611d72575b6106f857509083611b7d93926145e8565b1561066f57611b8a613b82565b6004548015801580611d41575b15611bbb5761040d575f1901611bac816134ea565b6103fa575f9055600455611b8a565b50506001600160401b038151166001600160401b0360405193611bdd85613284565b169283815260208101918252600454600160401b81101561061657806001611c0892016004556134ea565b9190916103fa5751815492516fffffffffffffffffffffffffffffffff199093166001600160401b03919091161760409290921b67ffffffffffffffff60401b169190911790556004356001600160401b03811681036102c15767ffffffffffffffff60401b1967ffffffffffffffff60401b6002549260401b1691161760025560a435906001600160a01b0382168083036102c1576b7fffffffffffffffffffffff92505f52600560205260405f20927f9e423dd11ff8fae4ea6960d39ac8fff6508d4fad0cfd9d572b43136914fbe12f60806001600160401b038654946001600160601b038616976001600160601b03198154168155600160e01b60ff60e01b198254161790555116604051908152336020820152600360408201525f6060820152a260011c1690816105e6576105ab82826133e7565b505f19820182811161065b57611d5e6001600160401b03916134ea565b5054166001600160401b0385161115611b97565b506001611d85611d80613303565b614cb8565b1b811015611b6c565b346102c15760203660031901126102c1576001600160a01b03611daf6131e9565b165f526005602052608060405f205460ff604051916001600160601b03811683526001600160401b038160601c1660208401526001600160401b038160a01c16604084015260e01c1615156060820152f35b346102c1575f3660031901126102c15760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346102c15760203660031901126102c1576020611e5e611e59613159565b613502565b6040519015158152f35b346102c15760e03660031901126102c157611e81613159565b611e896131c2565b90611e9261316f565b611e9a613185565b9060c4359360ff85168095036102c15784158015611fbd575b611faa57611ec08561343b565b611ecd604051918261329f565b858152611ed98661343b565b602082019690601f19013688375f5b818110611f5e575050604051602081018092519097905f5b818110611f48576020611f378a8a8a8a8f8a611f26818e9303601f19810183528261329f565b5190209360443590602435906140b2565b6001600160401b0360405191168152f35b82518a526020998a019990920191600101611f00565b8049908115611f97578351811015611f835760019160208260051b8601015201611ee8565b634e487b7160e01b5f52603260045260245ffd5b8263cc3f660360e01b5f5260045260245ffd5b8463cc3f660360e01b5f5260045260245ffd5b5084491515611eb3565b346102c15760203660031901126102c1576001600160a01b03611fe86131e9565b165f52600760205260206001600160401b0360405f205416604051908152f35b346102c15760203660031901126102c157600435335f52600560205260405f20805460ff8160e01c166120ff57826001600160601b0361204892166134dd565b6001600160601b0381116120cf576001600160601b031690816001600160601b031982541617905561209c8230337f0000000000000000000000000000000000000000000000000000000000000000614c2c565b60405191825260208201527f524384adee0b2f52827eebf00ddd616aa286978612393216724d61cdb43dc83560403392a2005b7f6dfcc650000000000000000000000000000000000000000000000000000000005f52606060045260245260445ffd5b7f975ad74f000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b346102c15760203660031901126102c1576001600160401b0361214c613159565b165f526003602052602060405f2054604051908152f35b346102c1575f3660031901126102c1576020604051620100008152f35b346102c157366003190161028081126102c157610120136102c1576121a3613142565b610120366101431901126102c157610264356001600160401b0381116102c157806004019061056060031982360301126102c15760246121ed916121e685613a61565b0182613452565b906121f781613316565b63ffffffff80612205613303565b16911610156124f45760a06122c561228d926122b661223161222a60c0880188613468565b36916133a2565b6020815191012061229f8761224585613316565b9261224f82613359565b9061225c60208401613359565b9161226960408501613359565b61227560608601613359565b61228160808701613359565b9160e087019d8e61349a565b956101008801359d8e98013594614563565b906122ae6101208901896134a8565b9290916145e8565b6122bf81614608565b906146b3565b92600a821015610f395760ff6122db819261349a565b1691161491826124ea575b505061066f576122f590613359565b6122fd613b82565b905b60045480158015806124b9575b156123305761040d575f1901612321816134ea565b6103fa575f90556004556122ff565b8285856001600160401b038151166001600160401b036040519361235385613284565b169283815260208101918252600454600160401b8110156106165780600161237e92016004556134ea565b9190916103fa5751815492516fffffffffffffffffffffffffffffffff199093166001600160401b03919091161760409290921b67ffffffffffffffff60401b169190911790556004356001600160401b03811681036102c15767ffffffffffffffff60401b1967ffffffffffffffff60401b6002549260401b1691161760025560a435916001600160a01b0383168084036102c1576b7fffffffffffffffffffffff93505f5260056020527f9e423dd11ff8fae4ea6960d39ac8fff6508d4fad0cfd9d572b43136914fbe12f608060405f20956001600160401b03808854966001600160601b038816996001600160601b03198154168155600160e01b60ff60e01b1982541617905551169160405192835233602084015260016040840152166060820152a260011c1690816105e6576105ab82826133e7565b505f19820182811161065b576124d66001600160401b03916134ea565b5054166001600160401b038616111561230c565b14905083806122e6565b61250263ffffffff91613316565b633bb4697760e11b5f521660045260245ffd5b346102c1575f3660031901126102c1576125cd6125517f0000000000000000000000000000000000000000000000000000000000000000615081565b61257a7f0000000000000000000000000000000000000000000000000000000000000000615081565b60206125db6040519261258d838561329f565b5f84525f3681376040519586957f0f00000000000000000000000000000000000000000000000000000000000000875260e08588015260e0870190613215565b908582036040870152613215565b4660608501523060808501525f60a085015283810360c08501528180845192838152019301915f5b82811061261257505050500390f35b835185528695509381019392810192600101612603565b346102c1575f3660031901126102c15760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346102c1575f3660031901126102c15760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346102c15760203660031901126102c1576126b6613159565b5060806040515f81525f60208201525f60408201525f6060820152f35b346102c1575f3660031901126102c15760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346102c15760403660031901126102c15761272f6131e9565b6127376131ff565b906001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016330361167a576001600160a01b0316805f5260076020526001600160401b0360405f2054169182156129a7576001600160a01b031690815f5260076020526001600160401b0360405f205416612994575f52600760205260405f206001600160401b03198154169055805f52600760205260405f206001600160401b0383166001600160401b0319825416179055815f52600660205260405f208054905f19820191821161065b5761281d9161281791613389565b506133f4565b90606063ffffffff6040840151169201511515600254906128496001600160401b038360801c16613a17565b916001600160401b038316926fffffffffffffffffffffffffffffffff6001600160c01b031967ffffffffffffffff60801b8360801b16928367ffffffffffffffff60801b1986161760025560c01b1692161717600255845f52600660205260405f2093604051936128ba85613269565b83855260208501958187526040860183815260608701918583528054600160401b811015610616576128f191600182018155613389565b6103fa579651975190516001600160e01b031960e09190911b166001600160401b039098167bffffffffffffffffffffffffffffffffffffffff000000000000000060409290921b91909116179690961785557ff4043e8a4ff2c61911c9bbc7515c0b3cbd0c607d267e308e3b8500ab3d2c3240956080956001019051151560ff80198354169116179055604051938452602084015260408301526060820152a2005b50633dd2866360e21b5f5260045260245ffd5b50636bf4516160e11b5f5260045260245ffd5b346102c15760e03660031901126102c1576129d3613159565b6129db6131c2565b906129e461316f565b906129ed613185565b60c435926001600160401b0384116102c157366023850112156102c1578360040135946001600160401b0386116102c15736602487870101116102c157612a3e611f379560209760243692016133a2565b8681519101209360443590602435906140b2565b346102c1575f3660031901126102c157335f52600560205260405f2080546001600160401b038160601c1680151580612b4f575b80612b32575b612b07575081546bffffffffffffffffffffffff19169091556001600160601b0316612ad981337f0000000000000000000000000000000000000000000000000000000000000000614072565b6040519081527fd24dbf5e9299ce53c3aa9f7227ff1cc8441c2faae04509aa370ca3703385d6b460203392a2005b7f58ae9c9b000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b50612b496001600160401b038360a01c1682613e06565b15612a8c565b50612b5981613502565b15612a86565b346102c15760203660031901126102c157600435600854811015612c5d57612b868161336d565b5060ff600182015460601c166003811015610f3957600103612c4a578054906001600160401b038260a01c16612bbb81613502565b15612c1f57506105e492612bce91613f54565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000091167f0000000000000000000000000000000000000000000000000000000000000000614072565b7f8f2463de000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b50634515d7b760e01b5f5260045260245ffd5b634515d7b760e01b5f5260045260245ffd5b346102c1575f3660031901126102c157602060405160038152f35b346102c1575f3660031901126102c157602060405160018152f35b346102c15760203660031901126102c157612cc160043561336d565b50600181549101549060ff8260601c16916003831015610f395760c0926001600160401b03600192604051946001600160a01b0381168652828160a01c16602087015260e01c604086015263ffffffff8116606086015260201c1660808401521460a0820152f35b346102c15760403660031901126102c1576020700100000000000000000000000000000000612d596119d1613159565b604051911790911615158152f35b346102c1575f3660031901126102c15760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346102c157366003190161014081126102c157610120136102c157612dcd613142565b612dd681613bcd565b612ddf81613502565b1580612df3575b6020906040519015158152f35b50608435906001600160401b03821682036102c157602091612e1491613e06565b612de6565b346102c1575f3660031901126102c15760206001600160401b0360025460401c16604051908152f35b346102c157366003190161016081126102c157610120136102c157612e65613142565b610144356001600160401b0381116102c157806004019061014060031982360301126102c157612e9483613a61565b612ea882610383612ea3613303565b613327565b610104013560e4351461066f57612ebe90613359565b612ec6613b82565b905b6004548015801580613082575b15612ef95761040d575f1901612eea816134ea565b6103fa575f9055600455612ec8565b8285856001600160401b038151166001600160401b0360405193612f1c85613284565b169283815260208101918252600454600160401b81101561061657806001612f4792016004556134ea565b9190916103fa5751815492516fffffffffffffffffffffffffffffffff199093166001600160401b03919091161760409290921b67ffffffffffffffff60401b169190911790556004356001600160401b03811681036102c15767ffffffffffffffff60401b1967ffffffffffffffff60401b6002549260401b1691161760025560a435916001600160a01b0383168084036102c1576b7fffffffffffffffffffffff93505f5260056020527f9e423dd11ff8fae4ea6960d39ac8fff6508d4fad0cfd9d572b43136914fbe12f608060405f20956001600160401b03808854966001600160601b038816996001600160601b03198154168155600160e01b60ff60e01b1982541617905551169160405192835233602084015260056040840152166060820152a260011c1690816105e6576105ab82826133e7565b505f19820182811161065b5761309f6001600160401b03916134ea565b5054166001600160401b0386161115612ed5565b346102c1575f3660031901126102c157602060405160028152f35b346102c1575f3660031901126102c15760206001600160401b0360025416604051908152f35b346102c1575f3660031901126102c157606061310e6132c0565b6001600160401b03815116906001600160401b03604081602084015116920151169060405192835260208301526040820152f35b61012435906001600160401b03821682036102c157565b600435906001600160401b03821682036102c157565b608435906001600160401b03821682036102c157565b60a435906001600160401b03821682036102c157565b35906001600160401b03821682036102c157565b6024359063ffffffff821682036102c157565b6064359063ffffffff821682036102c157565b610144359063ffffffff821682036102c157565b600435906001600160a01b03821682036102c157565b602435906001600160a01b03821682036102c157565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b9181601f840112156102c1578235916001600160401b0383116102c1576020808501948460051b0101116102c157565b608081019081106001600160401b0382111761061657604052565b604081019081106001600160401b0382111761061657604052565b90601f801991011681019081106001600160401b0382111761061657604052565b60405190606082018281106001600160401b03821117610616576040528160406001600160401b0360095481811684528181841c16602085015260801c16910152565b60243563ffffffff811681036102c15790565b3563ffffffff811681036102c15790565b63ffffffff5f199116019063ffffffff821161065b57565b9063ffffffff8091169116039063ffffffff821161065b57565b356001600160401b03811681036102c15790565b600854811015611f835760085f5260205f209060011b01905f90565b8054821015611f83575f5260205f209060011b01905f90565b9291926001600160401b03821161061657604051916133cb601f8201601f19166020018461329f565b8294818452818301116102c1578281602093845f960137010152565b9190820391821161065b57565b9060405161340181613269565b606060ff6001839580546001600160401b03811686526001600160a01b038160401c16602087015260e01c60408601520154161515910152565b6001600160401b0381116106165760051b60200190565b90359061013e19813603018212156102c1570190565b903590601e19813603018212156102c157018035906001600160401b0382116102c1576020019181360383136102c157565b3560ff811681036102c15790565b903590601e19813603018212156102c157018035906001600160401b0382116102c157602001918160051b360383136102c157565b9190820180921161065b57565b600454811015611f835760045f5260205f2001905f90565b6004545f916001600160401b0316905b8083106135525750811515918261352857505090565b9091505f19810190811161065b576135476001600160401b03916134ea565b505460401c16101590565b9161355d83826134dd565b60011c90826001600160401b03613573846134ea565b5054161161358d57506001810180911161065b5791613512565b9250613512565b3580151581036102c15790565b9290916135af846004613cf1565b6135b884613502565b6139fb576084356001600160401b03811681036102c1576135d99085613e06565b156139c65763ffffffff8216936064850663ffffffff8116926001841015806139bb575b806139ae575b156137dd576001600160401b0386169563ffffffff87116139865761020461363c9163ffffffff613635610164614cdf565b9116614e5d565b60e435036139865761365b610724613655610624614ec4565b83614e5d565b6101e435036139865761062435936001600160401b03851685036102c1578491610644356001600160401b03811681036102c15780966106843598891594851597888c036102c1578d96156137f057505050505063ffffffff16036137dd576001600160401b03905b169284156137c5577002000000000000000000000000000000007001000000000000000000000000000000005b67ffffffffffffffff60401b8360401b168617171794865f52600a60205260405f20885f5260205260405f2054806137885750916001600160401b03608095949281947faf03aae3c261bb13c951caf8f22cee55cb12a4ed4d5f4607598e8a67de1e66a0988a5f52600a60205260405f208c5f5260205260405f2055506040519586521660208501526040840152166060820152a3565b94505050505003613797575050565b7f3e3c03e3000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b7002000000000000000000000000000000005f6136f1565b86630ccd9ef160e41b5f5260045260245ffd5b9399509391955093506106a43563ffffffff8116908181036102c157508b1190811591613976575b506139635750600c0361394c57506064870163ffffffff811161065b5763ffffffff600a1991160163ffffffff811161065b5763ffffffff62015180915b1663ffffffff606481818404169206169060028211918215613941575b62023ab19061019083049261019084029003935f146139385760021901925b60056002620afa6b1995609902010490606481049061016d8160021c91020103019102010102906106c435916001600160401b03831683036102c15761070435916001600160401b038316968784036102c15761066435946001600160401b038616928387036102c1578385918b61390994614f53565b976106e4356001600160401b03811681036102c1576001600160401b0396613932965050614f53565b936136c4565b60090192613892565b5f1990910190613873565b63ffffffff61395e6201518092613a34565b613856565b89630ccd9ef160e41b5f5260045260245ffd5b63ffffffff9150168a115f613818565b7f64325c91000000000000000000000000000000000000000000000000000000005f5260045ffd5b5062030189871015613603565b50600c8411156135fd565b6001600160401b03847fbb3c27bd000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b6001600160401b038463d510421b60e01b5f521660045260245ffd5b6001600160401b03166001600160401b03811461065b5760010190565b63ffffffff60019116019063ffffffff821161065b57565b6001600160401b0316801561065b575f190190565b613a6c816004613cf1565b613a7581613502565b613ad2576084356001600160401b03811681036102c157613a969082613e06565b613a9d5750565b6001600160401b03907fd243d190000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b6001600160401b039063d510421b60e01b5f521660045260245ffd5b90613b7b91613b66613b5a613b0284613359565b613b0e60208601613359565b90613b1b60408701613359565b91613b2860608801613359565b91613b3560808901613359565b613b4160e08a0161349a565b936101008a01359560c08b01359460a08c013594614563565b926101208101906134a8565b929091613b736024613316565b60c4356150e8565b1561398657565b60405190613b8f82613269565b8160606002546001600160401b03811683526001600160401b038160401c1660208401526001600160401b038160801c16604084015260c01c910152565b6001600160401b0316805f52600360205260405f20548015908115613c20575b50613bf55750565b7ff56eaf6a000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b905060405160208101906004356001600160401b0381168091036102c157825260243563ffffffff81168091036102c15760408201526044356001600160401b0381168091036102c15760608201526064356001600160401b0381168091036102c15760808201526084356001600160401b0381168091036102c15760a082015260a4356001600160a01b0381168091036102c15760c082015260c43560e082015260e435610100820152610104356101208201526101208152613ce66101408261329f565b51902014155f613bed565b906001600160401b031690815f52600360205260405f20548015918215613d1c575b5050613bf55750565b90915060405160208101916001600160401b03613d388261319b565b168352602081013563ffffffff811681036102c15763ffffffff1660408301526001600160401b03613d6c6040830161319b565b1660608301526001600160401b03613d866060830161319b565b1660808301526001600160401b03613da06080830161319b565b1660a083015260a0810135906001600160a01b03821682036102c1576001600160a01b03610100921660c084015260c081013560e084015260e08101358284015201356101208201526101208152613dfa6101408261329f565b51902014155f80613d13565b90613e3d906001600160401b03807f00000000000000000000000000000000000000000000000000000000000000001691166134dd565b4210613eae57613e4b6132c0565b6001600160401b038151168015928315613e9b575b50508115613e6c575090565b60408101516001600160401b031615915081613e86575090565b6001600160401b039150602001511642101590565b6001600160401b03161091505f80613e60565b505f90565b6001600160401b03909291921690815f52600a60205260405f2063ffffffff613edb85615034565b165f5260205260405f205492825f52600a60205260405f2063ffffffff82165f5260205260405f20549284158015613f4c575b613f16575050565b63ffffffff92507fbbb6e41b000000000000000000000000000000000000000000000000000000005f526004521660245260445ffd5b508315613f0e565b6001016c020000000000000000000000006cff0000000000000000000000001982541617905560095467ffffffffffffffff60801b1967ffffffffffffffff60801b613fab6001600160401b038460801c16613a4c565b60801b169116176009557f2d066881a9a831a038d5ba2589e6fc2d7b149f15cdcc732752fc5408fa632f5a60206040515f8152a2565b906040519063a9059cbb60e01b5f5261dead60045260245260205f60448180865af19060015f5114821615614051575b6040521561401c5750565b6001600160a01b03907f5274afe7000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b90600181151661406957823b15153d15161690614011565b503d5f823e3d90fd5b916001600160a01b036040519263a9059cbb60e01b5f521660045260245260205f60448180865af19060015f5114821615614051576040521561401c5750565b939496959190335f52600560205260405f2097885460ff8160e01c166120ff576001600160601b03167f0000000000000000000000000000000000000000000000000000000000000000811090811561455a575b5061452e57614113613b82565b946001600160401b03806020880151169716968088036144fe575063ffffffff1696871580156144f2575b6144c6576001600160401b03169042821180156144a1575b6144755760408601916001600160401b0380845116921691808311801561445f575b61442f575060016001600160401b03885116019a6001600160401b038c1161065b57606093614306918d6001600160401b034216968793519b01516040519b6141c08d613269565b6001600160401b0383169c8d81528d60208201526001600160401b038216604082015260606001600160401b0384169101528c6001600160401b0319600254161760025560025467ffffffffffffffff60401b1967ffffffffffffffff60401b808660401b161691161760025567ffffffffffffffff60801b1967ffffffffffffffff60801b806002549360801b161691161760025577ffffffffffffffffffffffffffffffffffffffffffffffff6001600160c01b0319806002549360c01b16169116176002557fffffffffffffffffffffffff0000000000000000ffffffffffffffffffffffff73ffffffffffffffff00000000000000000000000083549260601b169116178155907fffffffff0000000000000000ffffffffffffffffffffffffffffffffffffffff67ffffffffffffffff60a01b83549260a01b169116179055565b60405161012081018181106001600160401b03821117610616578787876001600160a01b038d958f8a6001600160401b038b818c63ffffffff82968e60209e60405289528d890190815260408901928352606089019485526080890196875261010060a08a0199338b5260c081019c8d5260e081019d8e52019c8d526040519d8e019e8f52511660408d0152511660608b015251166080890152511660a0870152511660c08501525160e0840152516101008301525161012082015261012081526143d36101408261329f565b519020875f52600360205260405f2055604051988952602089015260408801526060870152608086015260a085015260c08401527fd7dbc4a12a5a01f54ffba4b359148f4c1e213c07d7daee98b59220b532267ccd60e03394a4565b90507f01874014000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b506001600160401b036060890151168310614178565b507f5f15d47a000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b50610e1082016001600160401b03811161065b576001600160401b0342911610614156565b877f4e46f924000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5062010000881161413e565b87907ffece6a1a000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b7f0b97d111000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b9050155f614106565b9795939196949290966040519760208901996001600160401b03168a526001600160401b031660408901526001600160401b031660608801526001600160401b031660808701526001600160401b031660a086015260c085015260e084015260ff1661010083015261012082015261012081526145e26101408261329f565b51902090565b9291906024359363ffffffff851685036102c157613b7b9460c4356150e8565b63ffffffff61461682613316565b1661466d57506004356001600160401b0381168082036102c157156146485761464190610144613cf1565b6102243590565b507f000000000000000000000000000000000000000000000000000000000000000090565b614679612ea382613316565b9061469c604082019261468c8484613452565b90613b66613b5a613b0284613359565b1561398657610100916146ae91613452565b013590565b919091602081016146c48183613452565b6146cd81613359565b606435906001600160401b03821682036102c157614704916146f160608701613594565b906146fe60808801613316565b92615178565b9260208401936001600160a01b0385511615614c215760a082019163ffffffff61472d85613359565b169361473884614cdf565b958961474a6101408501809989614e5d565b03613986576147576152ad565b9461476183613359565b9460208401996147708b613359565b94604081019861477f8a613359565b98606083019761478e89613359565b608085019b61479c8d613359565b92604051947fe7d46cdbbc682ba8b888a648f9e9318c1778e97a2a23d7abb044fa045bc58cac8652602086015260408501526060840152608083015260a082015260a083013560c082015260e09020604051917f1901000000000000000000000000000000000000000000000000000000000000835260028301526022820152604290209060c0810161482e91613468565b90614838926153c3565b6001600160a01b03168015159081614c0d575b5015614bea5750606081015115614bdf5763ffffffff60406148709201511691613359565b9061487d60c08601613359565b61488960e08701613359565b6148966101008801613359565b61489f8d613359565b6148a88b613359565b916148b289613359565b936148bc8c613359565b95604435986001600160401b038a16998a81036102c157506148e29961012c019861543c565b995b8a600a811015610f395780614bd15750506148ff9083613452565b5f60c084016001600160401b0361491582613359565b16614a7557505f915f5b60208110614a615750614973604082019161495261494d6001600160401b0361494786613359565b1661576b565b615034565b9261496d61496760806106e660608601613359565b91613359565b916155ae565b90614982610540870187615579565b929061498d85614caa565b9584861015613986576149aa6149a487878561575b565b85614df6565b03613986576149d3946149c6946149c09261575b565b91614e5d565b935b610540810190615579565b9190500361398657614a47614a5592614a09614a036149fd6149f7614a5e9c613359565b98613359565b94613359565b95613359565b60405195869460208601988991936001600160401b036080948180949998978160a088019b1687521660208601521660408401521660608201520152565b03601f19810183528261329f565b51902090614e5d565b90565b92805f52602052600160405f20930161491f565b93909161012082013594614a8881613359565b91614aa06040820193614a9a85613359565b90615703565b909163ffffffff8316614abc575b50505050506149d3906149c8565b9091929397955060e0850193614ad185613359565b614aec610100880191614ae383613359565b61496d85613359565b94610540880195614afd878a615579565b60019b918115613986578115611f835791614b188386614df6565b036139865715611f8357614b2c9183614e5d565b96879b63ffffffff8716614b44575b50505050614aae565b614b8397999c50614b7c96989a50614b76614a03614a036149fd6149fd6080614b6f60608d01613359565b9b01613359565b956155e7565b9286615579565b600294916001821115613986578160011015611f83576104000191614ba88385614df6565b036139865760011015611f83576149d392614bc292614e5d565b93905f80808080808080614b3b565b9a5098975050505050505050565b506148705f91613359565b614c0792506001600160a01b036060915116910151151590615419565b996148e4565b90506001600160a01b03825116145f61484b565b505050505060019190565b9290916001600160a01b039081604051947f23b872dd000000000000000000000000000000000000000000000000000000005f52166004521660245260445260205f60648180865af19060015f5114821615614c92575b6040525f6060521561401c5750565b90600181151661406957823b15153d15161690614c83565b5f19811461065b5760010190565b9063ffffffff5f92165b806001841b10614ccf5750565b91614cd990614caa565b91614cc2565b6001600160401b03614cf082613359565b161580614dc9575b80614dad575b80614d91575b80614d85575b613eae57614d1781613359565b6145e2614d2660208401613359565b614a47614d3560408601613359565b93614d4260608701613359565b604051958694608060208701990135938991936001600160401b036080948180949998978160a088019b1687521660208601521660408401521660608201520152565b50608081013515614d0a565b506001600160401b03614da660608301613359565b1615614d04565b506001600160401b03614dc260408301613359565b1615614cfe565b506001600160401b03614dde60208301613359565b1615614cf8565b906020811015611f835760051b0190565b5f9291839163ffffffff16905b60208310614e1057505050565b90919360018084871c16145f14614e4157614e2b8583614de5565b355f52602052600160405f205b94019190614e03565b614e4b8583614de5565b35905f52602052600160405f20614e38565b90929163ffffffff5f9216905b60208310614e7757505050565b90919360018084871c16145f14614ea857614e928583614de5565b355f52602052600160405f205b94019190614e6a565b614eb28583614de5565b35905f52602052600160405f20614e9f565b614ed060608201613594565b15614f2d5780614ee2614a5e92613359565b90614eef60208201613359565b614efb60408301613359565b614f0760808401613316565b90614f1460a08501613359565b92614b7660e0614f2660c08801613359565b9601613359565b80614f3a614a5e92613359565b9061496d6040614f4c60208401613359565b9201613359565b916001600160401b03809594931694859116036001600160401b03811161065b57816001600160401b03614f889216946133e7565b9283810293818504149015171561065b57614fa2916133e7565b918215614fc1576001600160401b0392614fbd9204906134dd565b1690565b634e487b7160e01b5f52601260045260245ffd5b919091600854811015612c5d57614feb8161336d565b50809360ff600183015460601c166003811015610f395760011491821592615017575b5050612c5d5750565b6001600160401b0391925081905460a01c16911614155f8061500e565b63ffffffff811690600163ffffffff6064840616145f1461507757506063190163ffffffff811161065b5763ffffffff600b91160163ffffffff811161065b5790565b614a5e9150613327565b60ff811690601f82116150b0576040519161509d60408461329f565b6020808452838101919036833783525290565b7fb3512b0c000000000000000000000000000000000000000000000000000000005f5260045ffd5b9190811015611f835760051b0190565b94906150f79094929394614cb8565b9384820361516e5793919063ffffffff5f94165b83851061511b5750505050501490565b909192939460018083881c16145f14615151576151398684866150d8565b355f52602052600160405f205b95019392919061510b565b61515c8684866150d8565b35905f52602052600160405f20615146565b5050505050505f90565b906001600160401b036040519261518e84613269565b5f84525f60208501525f60408501525f60608501521691825f52600660205260405f20931561526e575082548063ffffffff861610801590615248575b6152355763ffffffff6151dd86613a34565b1610908161520b575b506151f95750614a5e9161281791613389565b630eb950e360e41b5f5260045260245ffd5b90506001600160401b038061522861522287613a34565b86613389565b505416911610155f6151e6565b82630eb950e360e41b5f5260045260245ffd5b506001600160401b0361525b8686613389565b5054166001600160401b038316106151cb565b93508291925415159182615287575b50506151f9575090565b909150805415611f83575f526001600160401b038060205f205416911610155f8061527d565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001630148061539a575b15615308577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a081526145e260c08261329f565b507f000000000000000000000000000000000000000000000000000000000000000046146152df565b919091608082146153dd57916153d8926156cf565b505090565b90806020116102c1578235816040116102c157602084013590826060116102c1576040850135926080116102c1576060614a5e9501359361564c565b6001600160a01b031615615436571561543157600390565b600290565b50600190565b63ffffffff90999294939598991697881561556a576001600160401b03809116911681119081159161555c575b5061554f576001600160401b038316906001600160401b0386169082821115615540578111908115615532575b50615525576001600160401b0384166001600160401b03871610801561550a575b6154fd576154cb575b505050505050505f90565b610e10956001600160401b0380959381940316029603169203160102116154f8575f8080808080806154c0565b600890565b5050505050505050600790565b506001600160401b0382166001600160401b038916106154b7565b5050505050505050600690565b63ffffffff9150115f615496565b50505050505050505050600590565b5050505050505050600490565b63ffffffff9150115f615469565b50505050505050505050600290565b903590601e19813603018212156102c157018035906001600160401b0382116102c1576020019181600a1b360383136102c157565b916001600160401b039081604051938160208601961686521660408401521660608201525f6080820152608081526145e260a08261329f565b6001600160401b0396939463ffffffff88968780968160209b9781976040519d8e019e8f911690521660408c01521660608a0152600160808a01521660a08801521660c08601521660e08401521661010082015261010081526145e26101208261329f565b91907f7fffffff800000007fffffffffffffffde737d56d38bcf4279dce5617e3192a882116156c6576020925f9260a0926040519283528583015260408201528460608201528560808201528280526101005afa5f5160011416156156c0575f526020526001600160a01b0360405f201690565b50505f90565b50505050505f90565b90604183036156f9576156f29250602081013591604082359201355f1a9061580b565b9192909190565b50505f9160029190565b6001600160401b0361571c81615723939594951661576b565b931661576b565b63ffffffff83169063ffffffff811682146157515761574190615034565b9063ffffffff821614613eae5790565b505090505f905f90565b9190811015611f8357600a1b0190565b6201518063ffffffff915f190104606462023ab1620afa6c8301049162023ab1830290039160996002620afa6c61016d81870162023ab0810490836105b4618eac830492048a03010103049585870487841c8861016d0201039003016005020104600a81105f1461580157600301925b600284116157f65761019060ff60015b169202010102011690565b61019060ff5f6157eb565b60081901926157db565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841161588d579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa15615882575f516001600160a01b0381161561587857905f905f90565b505f906001905f90565b6040513d5f823e3d90fd5b5050505f916003919056",
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
