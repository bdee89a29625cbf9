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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"contractIERC20\",\"name\":\"bondToken_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"minBond_\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"window_\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"demandBond_\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"answerWindow_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"demandId\",\"type\":\"uint256\"}],\"name\":\"AnswerWindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"demandId\",\"type\":\"uint256\"}],\"name\":\"AnswerWindowOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"asOf\",\"type\":\"uint64\"}],\"name\":\"BadAsOf\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"}],\"name\":\"BadAuthProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"blobs\",\"type\":\"uint8\"}],\"name\":\"BadBlobs\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"}],\"name\":\"BadCount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"from\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"to\",\"type\":\"uint32\"}],\"name\":\"BadDemand\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"}],\"name\":\"BadHeader\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"}],\"name\":\"BadIndex\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadPath\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"}],\"name\":\"BadPeriod\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"}],\"name\":\"BatchFinal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"}],\"name\":\"BatchVoided\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"demandId\",\"type\":\"uint256\"}],\"name\":\"DemandNotOpen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"}],\"name\":\"LastBatchOpen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoFraud\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"}],\"name\":\"NotBonded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"}],\"name\":\"NotFinal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotRegistry\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"}],\"name\":\"NotVoided\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"}],\"name\":\"PeriodNotClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"}],\"name\":\"RegistersDiffer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"SignerInUse\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"}],\"name\":\"Slashed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"current\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"authEpoch\",\"type\":\"uint64\"}],\"name\":\"StaleAuth\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"tip\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"}],\"name\":\"StaleParent\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"UnknownSigner\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"asOf\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"authEpoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"anchoredAt\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"readingsRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"name\":\"Anchored\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"maxPowerW\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"name\":\"AuthChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"}],\"name\":\"Bonded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"demandId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"answered\",\"type\":\"bool\"}],\"name\":\"DemandClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"demandId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"from\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"to\",\"type\":\"uint32\"}],\"name\":\"Demanded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"estimated\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"}],\"name\":\"RegistersProven\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"detailHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"verdict\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"stateRootAfter\",\"type\":\"bytes32\"}],\"name\":\"Revealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Unbonded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"throughBatch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"}],\"name\":\"Voided\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BURN\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_PAST_COUNT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_ROOT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_TRANSITION\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_UNANSWERED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_UNSORTED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_AS_OF_AGE\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_BATCH\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_DEMAND\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"readingsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"asOf\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"authEpoch_\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"blobs\",\"type\":\"uint8\"}],\"name\":\"anchor\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"readingsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"asOf\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"authEpoch_\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"anchorCalldata\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"asOf\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"authEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"anchoredAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"readingsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structAnchoredLedger.Header\",\"name\":\"h\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"demandId\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"detailHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"},{\"internalType\":\"uint8\",\"name\":\"verdict\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"stateRootAfter\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"path\",\"type\":\"bytes32[]\"}],\"internalType\":\"structAnchoredLedger.Leaf[]\",\"name\":\"leaves\",\"type\":\"tuple[]\"}],\"name\":\"answer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"answerWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"authEpoch\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"}],\"name\":\"authLog\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"maxPowerW\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"internalType\":\"structAnchoredLedger.AuthVersion[]\",\"name\":\"\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"batchCount\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"bond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"bondToken\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"demandId\",\"type\":\"uint256\"}],\"name\":\"closeDemand\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"asOf\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"authEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"anchoredAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"readingsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structAnchoredLedger.Header\",\"name\":\"h\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"from\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"to\",\"type\":\"uint32\"}],\"name\":\"demand\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"demandId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"demandBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"demandId\",\"type\":\"uint256\"}],\"name\":\"demandOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"from\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"to\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"demandedAt\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"open\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"disable\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"emptyRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"maxPowerW\",\"type\":\"uint32\"}],\"name\":\"enroll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"}],\"name\":\"headerHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"hold\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"fromBatch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"until\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"openDemands\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"asOf\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"authEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"anchoredAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"readingsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structAnchoredLedger.Header\",\"name\":\"h\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"}],\"name\":\"isFinal\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"}],\"name\":\"isPeriodClosed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"}],\"name\":\"isVoided\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"name\":\"lastReading\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"meterOfSigner\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"}],\"name\":\"periodEstimated\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"}],\"name\":\"periodRegisters\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"openingImportWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"openingExportWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"closingImportWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"closingExportWh\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"asOf\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"authEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"anchoredAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"readingsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structAnchoredLedger.Header\",\"name\":\"h\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"path\",\"type\":\"bytes32[]\"}],\"name\":\"provePastCount\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"asOf\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"authEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"anchoredAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"readingsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structAnchoredLedger.Header\",\"name\":\"h\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"closingsRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structAnchoredLedger.MeterLeaf\",\"name\":\"state\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[32]\",\"name\":\"statePath\",\"type\":\"bytes32[32]\"},{\"internalType\":\"uint32\",\"name\":\"recordPeriod\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"estimated\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"startPeriod\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"startImportWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"startExportWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"startTimestamp\",\"type\":\"uint64\"}],\"internalType\":\"structAnchoredLedger.ClosingRecord\",\"name\":\"rec\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[32]\",\"name\":\"closingPath\",\"type\":\"bytes32[32]\"},{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"}],\"name\":\"proveRegisters\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"asOf\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"authEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"anchoredAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"readingsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structAnchoredLedger.Header\",\"name\":\"h\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"detailHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"sigHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"verdict\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"stateRootAfter\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"path\",\"type\":\"bytes32[]\"}],\"internalType\":\"structAnchoredLedger.Neighbour\",\"name\":\"last\",\"type\":\"tuple\"}],\"name\":\"proveRoot\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"asOf\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"authEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"anchoredAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"readingsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structAnchoredLedger.Header\",\"name\":\"h\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"asOf\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"authEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"anchoredAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"readingsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structAnchoredLedger.Header\",\"name\":\"parent\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"detailHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"},{\"internalType\":\"uint8\",\"name\":\"verdict\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"stateRootAfter\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"path\",\"type\":\"bytes32[]\"}],\"internalType\":\"structAnchoredLedger.Leaf\",\"name\":\"reading\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"detailHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"sigHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"verdict\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"stateRootAfter\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"path\",\"type\":\"bytes32[]\"}],\"internalType\":\"structAnchoredLedger.Neighbour\",\"name\":\"prev\",\"type\":\"tuple\"},{\"internalType\":\"bool\",\"name\":\"hasAuth\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"authIndex\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"closingsRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structAnchoredLedger.MeterLeaf\",\"name\":\"oldState\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[32]\",\"name\":\"statePath\",\"type\":\"bytes32[32]\"},{\"internalType\":\"bytes32[32][]\",\"name\":\"closingPaths\",\"type\":\"bytes32[32][]\"}],\"internalType\":\"structAnchoredLedger.Transition\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"proveTransition\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"asOf\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"authEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"anchoredAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"readingsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structAnchoredLedger.Header\",\"name\":\"h\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"detailHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"sigHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"verdict\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"stateRootAfter\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"path\",\"type\":\"bytes32[]\"}],\"internalType\":\"structAnchoredLedger.Neighbour\",\"name\":\"a\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"detailHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"sigHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"verdict\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"stateRootAfter\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"path\",\"type\":\"bytes32[]\"}],\"internalType\":\"structAnchoredLedger.Neighbour\",\"name\":\"b\",\"type\":\"tuple\"}],\"name\":\"proveUnsorted\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"oldSigner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"newSigner\",\"type\":\"address\"}],\"name\":\"rekey\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"}],\"name\":\"relayerOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"bondAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"lastBatch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastAnchoredAt\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"slashed\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"tip\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unbond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"asOf\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"authEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"anchoredAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"readingsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structAnchoredLedger.Header\",\"name\":\"h\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"demandId\",\"type\":\"uint256\"}],\"name\":\"voidUnanswered\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"window\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "AnchoredLedger",
	Bin: "0x61024080604052346102b25760c081615c15803803809161002082856102b6565b8339810103126102b2578051906001600160a01b03821682036102b25760208101516001600160a01b03811681036102b2576040820151610063606084016102ed565b9161007560a0608086015195016102ed565b946040516100846040826102b6565b600a815260208101906936b2ba32b931b430b4b760b11b8252604051916100ac6040846102b6565b600183526020830191603160f81b83526100c581610301565b610120526100d284610301565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a0815261013b60c0826102b6565b5190206080523060c05261016052610180526101a0526101c0526101e052610200525f5f5b6020811061029e5750610220526040516158a8908161036d8239608051816152f6015260a051816153ad015260c051816152c7015260e051816153450152610100518161536b015261012051816125590152610140518161258201526101605181818161149c015281816116e30152818161271e015261276e0152610180518181816105b5015281816105e201528181610b5001528181610ef20152818161137e015281816113bd0152818161199d01528181611ff201528181612ab90152612bff01526101a05181818161266c015261409c01526101c051818181610a1701528181612d8a0152613dd501526101e051818181610b2e01528181610ecf0152818161135c01528181611d920152612bdc01526102005181818161077d0152818161114d01526119010152610220518181816126a601526146ab0152f35b90805f52602052600160405f209101610160565b5f80fd5b601f909101601f19168101906001600160401b038211908210176102d957604052565b634e487b7160e01b5f52604160045260245ffd5b51906001600160401b03821682036102b257565b601f81511161032c57602081519101516020821061031d571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fdfe60806040526004361015610011575f80fd5b5f3560e01c8062e0c53f146130f857806306f13056146130d25780631b55b48c146130b757806322a90b9214612e465780632755cd2d14612e1d5780634073273f14612dae578063461645bf14612d6b578063481f7da614612d2d5780634a37cecf14612ca95780634a5fa6d914612c8e5780634cc914be14612c735780634e380e1e14612b635780635df6a6bc14612a565780636d1346c4146129be57806373e55950146127425780637b103999146126ff5780637dda5f7f146126c957806380e737831461268f578063831518b71461265557806384b0196e1461254157806388e91844146120fa578063950bff9f146120dd57806395934bae146120a55780639940686e14611f82578063a320cf2514611f41578063a439c32614611de2578063a7d3733e14611db5578063b19f99fb14611d7b578063b4433ff714611d08578063b577d5ab14611a6d578063b75b32be146119dd578063c0a2526c146119c1578063c28f43921461197e578063c2aafa3714611925578063c2f654da146118e2578063ccdee525146118b9578063d5cb6ac71461189e578063d84b1a2f146116a6578063de887a211461168a578063e6c09edf14611479578063e963d02b1461145e578063eb9c087f146110e6578063ee1189ef14610fe9578063f04863ad14610fce578063f920e5f414610bda578063fb8097d0146106ff578063fbddb767146102ba5763fdfe05a414610228575f80fd5b346102b65760403660031901126102b65761024161315d565b6001600160401b036102516131b3565b9116805f52600a60205260405f2063ffffffff61026d846150e4565b165f5260205260405f20541515908161028e575b6020826040519015158152f35b90505f52600a60205263ffffffff60405f2091165f52602052602060405f205415155f610281565b5f80fd5b346102b65736600319016101a081126102b657610120136102b6576102dd613146565b6102e56131d9565b610164356001600160401b0381116102b657806004019061014060031982360301126102b657610184356001600160401b0381116102b657806004019361014060031983360301126102b65761033a86613a7b565b63ffffffff8116600181018082116106505763ffffffff610359613345565b1611156106ed575084610378826103738761037d95613b08565b613a4e565b613b08565b6103868361339b565b6001600160401b03806103988761339b565b1691161092831561068c575b505050610664576103b49061339b565b6103bc613312565b905b600454801580158061061f575b1561041657610402575f19016103e08161352c565b6103ef575f90556004556103be565b634e487b7160e01b5f525f60045260245ffd5b634e487b7160e01b5f52603160045260245ffd5b8285856001600160401b038151166001600160401b0360405193610439856132a3565b169283815260208101918252600454600160401b81101561060b57806001610464920160045561352c565b9190916103ef5751815492516fffffffffffffffffffffffffffffffff199093166001600160401b03919091161760409290921b67ffffffffffffffff60401b169190911790556004356001600160401b03811681036102b65767ffffffffffffffff60401b1967ffffffffffffffff60401b6002549260401b1691161760025560a435916001600160a01b0383168084036102b6576b7fffffffffffffffffffffff93505f5260056020527f9e423dd11ff8fae4ea6960d39ac8fff6508d4fad0cfd9d572b43136914fbe12f608060405f20956001600160401b03808854966001600160601b038816996001600160601b03198154168155600160e01b60ff60e01b1982541617905551169160405192835233602084015260026040840152166060820152a260011c1690816105db575b6105a08282613429565b6105a657005b6105d9916105b391613429565b7f0000000000000000000000000000000000000000000000000000000000000000613fa0565b005b61060682337f0000000000000000000000000000000000000000000000000000000000000000614031565b610596565b634e487b7160e01b5f52604160045260245ffd5b505f1982018281116106505761063c6001600160401b039161352c565b5054166001600160401b03861611156103cb565b634e487b7160e01b5f52601160045260245ffd5b7fbb6a9cb5000000000000000000000000000000000000000000000000000000005f5260045ffd5b6106989192935061339b565b6001600160401b03806106aa8661339b565b1691161491826106bf575b50508380806103a4565b6001600160401b039192506106e260246106db8185940161339b565b940161339b565b1691161083806106b5565b633bb4697760e11b5f5260045260245ffd5b346102b657366003190161018081126102b657610120136102b657610722613146565b61014435610164356001600160401b0381116102b65761074690369060040161323d565b91906107528483615085565b9161075c85613b8c565b61076585613544565b610bbe57600183018054936107af6001600160401b037f0000000000000000000000000000000000000000000000000000000000000000166001600160401b038760201c1661351f565b421015610b925763ffffffff905460e01c941663ffffffff6107d18683613381565b168603610b7c575093946001600160401b0316935f5b868110156109c6576107fe8160051b850185613494565b63ffffffff821686019063ffffffff821161065057879161081e8261339b565b602083019261082c8461339b565b90604081019061083b8261339b565b92606082019461084a8661339b565b60808401936108588561339b565b9360a08201359360c083019361086e85856134aa565b3690610879926133e4565b805190602001208660e086019861088f8a6134dc565b936101008801359d6108a2978f976144a9565b6108b06101208301836134ea565b906108bb928c61453e565b6108c48161339b565b996108ce9061339b565b956108d89061339b565b976108e29061339b565b946108ec9061339b565b916108f6916134aa565b97610903899692956134dc565b966040519b63ffffffff8d9c168c526001600160401b031660208c01526001600160401b031660408b01526001600160401b031660608a01526001600160401b031660808901526001600160401b031660a088015260c087015260e08601610140905281610140870152610160860137828401610160015f905260ff16610100840152610120830152601f1990601f0116810103610160017f5c4f905d24babee76e569c0d6443168a9b04a1d39a9df1a586e0ba319bea437a91a26001016107e7565b5080546cff00000000000000000000000019166c020000000000000000000000001790556109f26132df565b604081016001600160401b03610a0a81835116613a66565b1690526001600160401b037f0000000000000000000000000000000000000000000000000000000000000000166001600160401b03421601906001600160401b03821161065057610aea91602082016001600160401b03808251169216918211610b74575b50506040906001600160401b038151166001600160401b03196009541617600955602081015167ffffffffffffffff60401b1967ffffffffffffffff60401b8060095493861b1616911617600955015167ffffffffffffffff60801b1967ffffffffffffffff60801b806009549360801b1616911617600955565b7f2d066881a9a831a038d5ba2589e6fc2d7b149f15cdcc732752fc5408fa632f5a602060405160018152a260a4356001600160a01b03811681036102b6576105d9907f0000000000000000000000000000000000000000000000000000000000000000907f0000000000000000000000000000000000000000000000000000000000000000614031565b528380610a6f565b846331de2c3d60e01b5f5260045260245260445ffd5b827f1aa60ffe000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b6001600160401b038563d510421b60e01b5f521660045260245ffd5b346102b657366003190161018081126102b657610120136102b657610bfd613146565b610c056131d9565b90610164359063ffffffff8216918281036102b657610c2382613a7b565b63ffffffff84169383851091821592610fb2575b50508015610f9c575b610f8557610d07610c4f6132df565b604081016001600160401b038151161580610f6e575b15610f43576001600160401b03841682525b6001600160401b03610c8b81835116613a31565b1690526040906001600160401b038151166001600160401b03196009541617600955602081015167ffffffffffffffff60401b1967ffffffffffffffff60401b8060095493861b1616911617600955015167ffffffffffffffff60801b1967ffffffffffffffff60801b806009549360801b1616911617600955565b6008549160405160c081018181106001600160401b0382111761060b576040523381526001600160401b036020820193169283815260408201868152606083019284845260808101916001600160401b034216835260a082019360018552600160401b89101561060b5760018901600855610d81896133af565b9190916103ef5763ffffffff600193610e116001600160401b03610e46946001600160a01b03859951167fffffffffffffffffffffffff0000000000000000000000000000000000000000885416178755511685907fffffffff0000000000000000ffffffffffffffffffffffffffffffffffffffff67ffffffffffffffff60a01b83549260a01b169116179055565b5183547bffffffffffffffffffffffffffffffffffffffffffffffffffffffff16911660e01b6001600160e01b031916178255565b019351166bffffffffffffffff000000008454925160201b16916001600160601b03191617178255516003811015610f2f5760209585937f1c2b83bfbe1d885ac02ae60feacb7e29bd622cee3fd976ec355e454bbd1e6fc6936060936cff000000000000000000000000825491861b16906cff0000000000000000000000001916179055610f167f000000000000000000000000000000000000000000000000000000000000000030337f0000000000000000000000000000000000000000000000000000000000000000614cdc565b60405191338352888301526040820152a3604051908152f35b634e487b7160e01b5f52602160045260245ffd5b6001600160401b038251166001600160401b038516908110610f66575b50610c77565b825286610f60565b506001600160401b03602083015116421015610c65565b50906331de2c3d60e01b5f5260045260245260445ffd5b5063ffffffff610faa613345565b168211610c40565b6040925063ffffffff91610fc591613381565b16118480610c37565b346102b6575f3660031901126102b657602060405160408152f35b346102b65760203660031901126102b6576001600160401b0361100a61315d565b165f52600660205260405f208054906110228261347d565b9161103060405193846132be565b8083526020830180925f5260205f205f915b8383106110c8578486604051918291602083019060208452518091526040830191905f5b818110611074575050500390f35b9193509160206080600192606087516001600160401b0381511683526001600160a01b0385820151168584015263ffffffff6040820151166040840152015115156060820152019401910191849392611066565b600260206001926110d885613436565b815201920192019190611042565b346102b657366003190161016081126102b657610120136102b657611109613146565b61014435906111188183615085565b9161112282613b8c565b61112b82613544565b611442576111736001600160401b03600185015460201c166001600160401b037f0000000000000000000000000000000000000000000000000000000000000000169061351f565b42106114175761118e906001600160a01b0384541693613f13565b611196613312565b60045480158015806113e6575b156111c757610402575f19016111b88161352c565b6103ef575f9055600455611196565b8285856001600160401b038351166001600160401b03604051926111ea846132a3565b169182815260208101918252600454600160401b81101561060b57806001611215920160045561352c565b9190916103ef5751815492516fffffffffffffffffffffffffffffffff199093166001600160401b03919091161760409290921b67ffffffffffffffff60401b169190911790556004356001600160401b03811681036102b65767ffffffffffffffff60401b1967ffffffffffffffff60401b6002549260401b1691161760025560a4356001600160a01b038116938482036102b6576105d9946b7fffffffffffffffffffffff92505f52600560205260405f20927f9e423dd11ff8fae4ea6960d39ac8fff6508d4fad0cfd9d572b43136914fbe12f60806001600160401b038654946001600160601b038616976001600160601b03198154168155600160e01b60ff60e01b198254161790555116604051908152876020820152600460408201525f6060820152a260011c1690816113b6575b6113538282613429565b6113a2575b50507f0000000000000000000000000000000000000000000000000000000000000000907f0000000000000000000000000000000000000000000000000000000000000000614031565b6113af916105b391613429565b8280611358565b6113e182847f0000000000000000000000000000000000000000000000000000000000000000614031565b611349565b505f198201828111610650576114036001600160401b039161352c565b5054166001600160401b03851611156111a3565b7f82a444c9000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b6001600160401b038263d510421b60e01b5f521660045260245ffd5b346102b6575f3660031901126102b657602060405160048152f35b346102b65760203660031901126102b6576114926131ed565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016330361165e576001600160a01b0316805f5260076020526001600160401b0360405f20541690811561164c57815f52600660205260405f2080545f1981019081116106505761150a916133cb565b505460e01c906002546115286001600160401b038260801c16613a31565b9067ffffffffffffffff60801b1967ffffffffffffffff60801b6001600160401b0384169360801b16911617600255835f52600660205260405f20926040519261157184613288565b82845260208401948186526040850183815260608601915f83528054600160401b81101561060b576115a8916001820181556133cb565b6103ef579551965190516001600160e01b031960e09190911b166001600160401b039097167bffffffffffffffffffffffffffffffffffffffff000000000000000060409290921b91909116179590951784557ff4043e8a4ff2c61911c9bbc7515c0b3cbd0c607d267e308e3b8500ab3d2c3240946080946001019051151560ff80198354169116179055604051928352602083015260408201525f6060820152a2005b636bf4516160e11b5f5260045260245ffd5b7f631a294a000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b346102b6575f3660031901126102b6576020604051610e108152f35b346102b65760603660031901126102b6576116bf61315d565b6116c7613203565b6044359063ffffffff82168092036102b6576001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016330361165e576001600160a01b0316805f5260076020526001600160401b0360405f20541661188c57805f52600760205260405f206001600160401b0384166001600160401b03198254161790556001600160401b036002549361176b828660801c16613a31565b9467ffffffffffffffff60801b1967ffffffffffffffff60801b8488169760801b169116176002551692835f52600660205260405f2092604051926117af84613288565b8284526020840194818652604085018381526060860191600183528054600160401b81101561060b576117e7916001820181556133cb565b6103ef579551965190516001600160e01b031960e09190911b166001600160401b039097167bffffffffffffffffffffffffffffffffffffffff000000000000000060409290921b91909116179590951784557ff4043e8a4ff2c61911c9bbc7515c0b3cbd0c607d267e308e3b8500ab3d2c3240946080946001019051151560ff801983541691161790556040519283526020830152604082015260016060820152a2005b633dd2866360e21b5f5260045260245ffd5b346102b6575f3660031901126102b657602060405160058152f35b346102b6575f3660031901126102b65760206001600160401b0360025460801c16604051908152f35b346102b6575f3660031901126102b65760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346102b65760403660031901126102b65760806001600160401b0361195961194b61315d565b6119536131b3565b90613e72565b60408051838516815292811c84166020840152818416838201521c9091166060820152f35b346102b6575f3660031901126102b65760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346102b6575f3660031901126102b657602060405161dead8152f35b346102b6573660031901610b4081126102b657610120136102b657611a00613146565b610144356001600160401b03811681036102b65760a0366101631901126102b65736610604116102b6576106043563ffffffff811681036102b657610100366106231901126102b65736610b24116102b657610b24359163ffffffff831683036102b6576105d9936135e3565b346102b65736600319016101a081126102b657610120136102b657611a90613146565b611a986131d9565b6101643590610184356001600160401b0381116102b657611abd90369060040161323d565b91611ac785613a7b565b63ffffffff611ad4613345565b1663ffffffff82169081108015611cec575b6106ed57509083611af7939261453e565b1561066457611b04613312565b6004548015801580611cbb575b15611b3557610402575f1901611b268161352c565b6103ef575f9055600455611b04565b50506001600160401b038151166001600160401b0360405193611b57856132a3565b169283815260208101918252600454600160401b81101561060b57806001611b82920160045561352c565b9190916103ef5751815492516fffffffffffffffffffffffffffffffff199093166001600160401b03919091161760409290921b67ffffffffffffffff60401b169190911790556004356001600160401b03811681036102b65767ffffffffffffffff60401b1967ffffffffffffffff60401b6002549260401b1691161760025560a435906001600160a01b0382168083036102b6576b7fffffffffffffffffffffff92505f52600560205260405f20927f9e423dd11ff8fae4ea6960d39ac8fff6508d4fad0cfd9d572b43136914fbe12f60806001600160401b038654946001600160601b038616976001600160601b03198154168155600160e01b60ff60e01b198254161790555116604051908152336020820152600360408201525f6060820152a260011c1690816105db576105a08282613429565b505f19820182811161065057611cd86001600160401b039161352c565b5054166001600160401b0385161115611b11565b506001611cff611cfa613345565b614d68565b1b811015611ae6565b346102b65760203660031901126102b6576001600160a01b03611d296131ed565b165f526005602052608060405f205460ff604051916001600160601b03811683526001600160401b038160601c1660208401526001600160401b038160a01c16604084015260e01c1615156060820152f35b346102b6575f3660031901126102b65760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346102b65760203660031901126102b6576020611dd8611dd361315d565b613544565b6040519015158152f35b346102b65760e03660031901126102b657611dfb61315d565b611e036131c6565b90611e0c613173565b611e14613189565b9060c4359360ff85168095036102b65784158015611f37575b611f2457611e3a8561347d565b611e4760405191826132be565b858152611e538661347d565b602082019690601f19013688375f5b818110611ed8575050604051602081018092519097905f5b818110611ec2576020611eb18a8a8a8a8f8a611ea0818e9303601f1981018352826132be565b519020936044359060243590614071565b6001600160401b0360405191168152f35b82518a526020998a019990920191600101611e7a565b8049908115611f11578351811015611efd5760019160208260051b8601015201611e62565b634e487b7160e01b5f52603260045260245ffd5b8263cc3f660360e01b5f5260045260245ffd5b8463cc3f660360e01b5f5260045260245ffd5b5084491515611e2d565b346102b65760203660031901126102b6576001600160a01b03611f626131ed565b165f52600760205260206001600160401b0360405f205416604051908152f35b346102b65760203660031901126102b657600435335f52600560205260405f20805460ff8160e01c1661207957826001600160601b03611fc2921661351f565b6001600160601b038111612049576001600160601b031690816001600160601b03198254161790556120168230337f0000000000000000000000000000000000000000000000000000000000000000614cdc565b60405191825260208201527f524384adee0b2f52827eebf00ddd616aa286978612393216724d61cdb43dc83560403392a2005b7f6dfcc650000000000000000000000000000000000000000000000000000000005f52606060045260245260445ffd5b7f975ad74f000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b346102b65760203660031901126102b6576001600160401b036120c661315d565b165f526003602052602060405f2054604051908152f35b346102b6575f3660031901126102b6576020604051620100008152f35b346102b657366003190161028081126102b657610120136102b65761211d613146565b610120366101431901126102b657610264356001600160401b0381116102b657806004019061056060031982360301126102b65760246121679161216085613a7b565b0182613494565b9061217181613358565b63ffffffff8061217f613345565b16911610156125205760a06121a161219a60c08501856134aa565b36916133e4565b60208151910120916121b281613358565b612213856121bf8161339b565b956121cc6020830161339b565b906121d96040840161339b565b976121e66060850161339b565b6121f26080860161339b565b9060e086019a6122018c6134dc565b956101008801359b8c980135946144a9565b906122226101208701876134ea565b60243563ffffffff811681036102b65761223b90614d68565b938482036124a55793919063ffffffff5f94165b8385106124cd57505050505060c435036124a5578061227061227692614668565b90614763565b92600a821015610f2f5760ff61228c81926134dc565b16911614918261249b575b5050610664576122a69061339b565b6122ae613312565b905b600454801580158061246a575b156122e157610402575f19016122d28161352c565b6103ef575f90556004556122b0565b8285856001600160401b038151166001600160401b0360405193612304856132a3565b169283815260208101918252600454600160401b81101561060b5780600161232f920160045561352c565b9190916103ef5751815492516fffffffffffffffffffffffffffffffff199093166001600160401b03919091161760409290921b67ffffffffffffffff60401b169190911790556004356001600160401b03811681036102b65767ffffffffffffffff60401b1967ffffffffffffffff60401b6002549260401b1691161760025560a435916001600160a01b0383168084036102b6576b7fffffffffffffffffffffff93505f5260056020527f9e423dd11ff8fae4ea6960d39ac8fff6508d4fad0cfd9d572b43136914fbe12f608060405f20956001600160401b03808854966001600160601b038816996001600160601b03198154168155600160e01b60ff60e01b1982541617905551169160405192835233602084015260016040840152166060820152a260011c1690816105db576105a08282613429565b505f198201828111610650576124876001600160401b039161352c565b5054166001600160401b03861611156122bd565b1490508380612297565b7f64325c91000000000000000000000000000000000000000000000000000000005f5260045ffd5b909192939460018083881c16145f14612503576124eb86848661452e565b355f52602052600160405f205b95019392919061224f565b61250e86848661452e565b35905f52602052600160405f206124f8565b61252e63ffffffff91613358565b633bb4697760e11b5f521660045260245ffd5b346102b6575f3660031901126102b6576125f961257d7f0000000000000000000000000000000000000000000000000000000000000000615131565b6125a67f0000000000000000000000000000000000000000000000000000000000000000615131565b6020612607604051926125b983856132be565b5f84525f3681376040519586957f0f00000000000000000000000000000000000000000000000000000000000000875260e08588015260e0870190613219565b908582036040870152613219565b4660608501523060808501525f60a085015283810360c08501528180845192838152019301915f5b82811061263e57505050500390f35b83518552869550938101939281019260010161262f565b346102b6575f3660031901126102b65760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346102b6575f3660031901126102b65760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346102b65760203660031901126102b6576126e261315d565b5060806040515f81525f60208201525f60408201525f6060820152f35b346102b6575f3660031901126102b65760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346102b65760403660031901126102b65761275b6131ed565b612763613203565b906001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016330361165e576001600160a01b0316805f5260076020526001600160401b0360405f2054169182156129ab576001600160a01b031690815f5260076020526001600160401b0360405f205416612998575f52600760205260405f206001600160401b03198154169055805f52600760205260405f206001600160401b0383166001600160401b0319825416179055815f52600660205260405f208054905f1982019182116106505761284991612843916133cb565b50613436565b90606063ffffffff6040840151169201511515600254906128756001600160401b038360801c16613a31565b9167ffffffffffffffff60801b1967ffffffffffffffff60801b6001600160401b0385169460801b16911617600255845f52600660205260405f2093604051936128be85613288565b83855260208501958187526040860183815260608701918583528054600160401b81101561060b576128f5916001820181556133cb565b6103ef579651975190516001600160e01b031960e09190911b166001600160401b039098167bffffffffffffffffffffffffffffffffffffffff000000000000000060409290921b91909116179690961785557ff4043e8a4ff2c61911c9bbc7515c0b3cbd0c607d267e308e3b8500ab3d2c3240956080956001019051151560ff80198354169116179055604051938452602084015260408301526060820152a2005b50633dd2866360e21b5f5260045260245ffd5b50636bf4516160e11b5f5260045260245ffd5b346102b65760e03660031901126102b6576129d761315d565b6129df6131c6565b906129e8613173565b906129f1613189565b60c435926001600160401b0384116102b657366023850112156102b6578360040135946001600160401b0386116102b65736602487870101116102b657612a42611eb19560209760243692016133e4565b868151910120936044359060243590614071565b346102b6575f3660031901126102b657335f52600560205260405f2080546001600160401b038160601c1680151580612b53575b80612b36575b612b0b575081546bffffffffffffffffffffffff19169091556001600160601b0316612add81337f0000000000000000000000000000000000000000000000000000000000000000614031565b6040519081527fd24dbf5e9299ce53c3aa9f7227ff1cc8441c2faae04509aa370ca3703385d6b460203392a2005b7f58ae9c9b000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b50612b4d6001600160401b038360a01c1682613dc5565b15612a90565b50612b5d81613544565b15612a8a565b346102b65760203660031901126102b657600435600854811015612c6157612b8a816133af565b5060ff600182015460601c166003811015610f2f57600103612c4e578054906001600160401b038260a01c16612bbf81613544565b15612c2357506105d992612bd291613f13565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000091167f0000000000000000000000000000000000000000000000000000000000000000614031565b7f8f2463de000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b50634515d7b760e01b5f5260045260245ffd5b634515d7b760e01b5f5260045260245ffd5b346102b6575f3660031901126102b657602060405160038152f35b346102b6575f3660031901126102b657602060405160018152f35b346102b65760203660031901126102b657612cc56004356133af565b50600181549101549060ff8260601c16916003831015610f2f5760c0926001600160401b03600192604051946001600160a01b0381168652828160a01c16602087015260e01c604086015263ffffffff8116606086015260201c1660808401521460a0820152f35b346102b65760403660031901126102b6576020700100000000000000000000000000000000612d5d61194b61315d565b604051911790911615158152f35b346102b6575f3660031901126102b65760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346102b657366003190161014081126102b657610120136102b657612dd1613146565b612dda81613b8c565b612de381613544565b1580612df7575b6020906040519015158152f35b50608435906001600160401b03821682036102b657602091612e1891613dc5565b612dea565b346102b6575f3660031901126102b65760206001600160401b0360025460401c16604051908152f35b346102b657366003190161016081126102b657610120136102b657612e69613146565b610144356001600160401b0381116102b657806004019061014060031982360301126102b657612e9883613a7b565b612eac82610378612ea7613345565b613369565b610104013560e4351461066457612ec29061339b565b612eca613312565b905b6004548015801580613086575b15612efd57610402575f1901612eee8161352c565b6103ef575f9055600455612ecc565b8285856001600160401b038151166001600160401b0360405193612f20856132a3565b169283815260208101918252600454600160401b81101561060b57806001612f4b920160045561352c565b9190916103ef5751815492516fffffffffffffffffffffffffffffffff199093166001600160401b03919091161760409290921b67ffffffffffffffff60401b169190911790556004356001600160401b03811681036102b65767ffffffffffffffff60401b1967ffffffffffffffff60401b6002549260401b1691161760025560a435916001600160a01b0383168084036102b6576b7fffffffffffffffffffffff93505f5260056020527f9e423dd11ff8fae4ea6960d39ac8fff6508d4fad0cfd9d572b43136914fbe12f608060405f20956001600160401b03808854966001600160601b038816996001600160601b03198154168155600160e01b60ff60e01b1982541617905551169160405192835233602084015260056040840152166060820152a260011c1690816105db576105a08282613429565b505f198201828111610650576130a36001600160401b039161352c565b5054166001600160401b0386161115612ed9565b346102b6575f3660031901126102b657602060405160028152f35b346102b6575f3660031901126102b65760206001600160401b0360025416604051908152f35b346102b6575f3660031901126102b65760606131126132df565b6001600160401b03815116906001600160401b03604081602084015116920151169060405192835260208301526040820152f35b61012435906001600160401b03821682036102b657565b600435906001600160401b03821682036102b657565b608435906001600160401b03821682036102b657565b60a435906001600160401b03821682036102b657565b35906001600160401b03821682036102b657565b6024359063ffffffff821682036102b657565b6064359063ffffffff821682036102b657565b610144359063ffffffff821682036102b657565b600435906001600160a01b03821682036102b657565b602435906001600160a01b03821682036102b657565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b9181601f840112156102b6578235916001600160401b0383116102b6576020808501948460051b0101116102b657565b606081019081106001600160401b0382111761060b57604052565b608081019081106001600160401b0382111761060b57604052565b604081019081106001600160401b0382111761060b57604052565b90601f801991011681019081106001600160401b0382111761060b57604052565b604051906132ec8261326d565b8160406001600160401b0360095481811684528181841c16602085015260801c16910152565b6040519061331f8261326d565b8160406001600160401b0360025481811684528181841c16602085015260801c16910152565b60243563ffffffff811681036102b65790565b3563ffffffff811681036102b65790565b63ffffffff5f199116019063ffffffff821161065057565b9063ffffffff8091169116039063ffffffff821161065057565b356001600160401b03811681036102b65790565b600854811015611efd5760085f5260205f209060011b01905f90565b8054821015611efd575f5260205f209060011b01905f90565b9291926001600160401b03821161060b576040519161340d601f8201601f1916602001846132be565b8294818452818301116102b6578281602093845f960137010152565b9190820391821161065057565b9060405161344381613288565b606060ff6001839580546001600160401b03811686526001600160a01b038160401c16602087015260e01c60408601520154161515910152565b6001600160401b03811161060b5760051b60200190565b90359061013e19813603018212156102b6570190565b903590601e19813603018212156102b657018035906001600160401b0382116102b6576020019181360383136102b657565b3560ff811681036102b65790565b903590601e19813603018212156102b657018035906001600160401b0382116102b657602001918160051b360383136102b657565b9190820180921161065057565b600454811015611efd5760045f5260205f2001905f90565b6004545f916001600160401b0316905b8083106135945750811515918261356a57505090565b9091505f198101908111610650576135896001600160401b039161352c565b505460401c16101590565b9161359f838261351f565b60011c90826001600160401b036135b58461352c565b505416116135cf5750600181018091116106505791613554565b9250613554565b3580151581036102b65790565b9290916135f1846004613cb0565b6135fa84613544565b613a15576084356001600160401b03811681036102b65761361b9085613dc5565b156139e05763ffffffff8216936064850663ffffffff8116926001841015806139d5575b806139c8575b1561381f576001600160401b0386169563ffffffff87116124a55761020461367e9163ffffffff613677610164614d8f565b9116614f0d565b60e435036124a55761369d610724613697610624614f74565b83614f0d565b6101e435036124a55761062435936001600160401b03851685036102b6578491610644356001600160401b03811681036102b65780966106843598891594851597888c036102b6578d961561383257505050505063ffffffff160361381f576001600160401b03905b16928415613807577002000000000000000000000000000000007001000000000000000000000000000000005b67ffffffffffffffff60401b8360401b168617171794865f52600a60205260405f20885f5260205260405f2054806137ca5750916001600160401b03608095949281947faf03aae3c261bb13c951caf8f22cee55cb12a4ed4d5f4607598e8a67de1e66a0988a5f52600a60205260405f208c5f5260205260405f2055506040519586521660208501526040840152166060820152a3565b945050505050036137d9575050565b7f3e3c03e3000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b7002000000000000000000000000000000005f613733565b86630ccd9ef160e41b5f5260045260245ffd5b9399509391955093506106a43563ffffffff8116908181036102b657508b11908115916139b8575b506139a55750600c0361398e57506064870163ffffffff81116106505763ffffffff600a1991160163ffffffff81116106505763ffffffff62015180915b1663ffffffff606481818404169206169060028211918215613983575b62023ab19061019083049261019084029003935f1461397a5760021901925b60056002620afa6b1995609902010490606481049061016d8160021c91020103019102010102906106c435916001600160401b03831683036102b65761070435916001600160401b038316968784036102b65761066435946001600160401b038616928387036102b6578385918b61394b94615003565b976106e4356001600160401b03811681036102b6576001600160401b0396613974965050615003565b93613706565b600901926138d4565b5f19909101906138b5565b63ffffffff6139a06201518092613a4e565b613898565b89630ccd9ef160e41b5f5260045260245ffd5b63ffffffff9150168a115f61385a565b5062030189871015613645565b50600c84111561363f565b6001600160401b03847fbb3c27bd000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b6001600160401b038463d510421b60e01b5f521660045260245ffd5b6001600160401b03166001600160401b0381146106505760010190565b63ffffffff60019116019063ffffffff821161065057565b6001600160401b03168015610650575f190190565b613a86816004613cb0565b613a8f81613544565b613aec576084356001600160401b03811681036102b657613ab09082613dc5565b613ab75750565b6001600160401b03907fd243d190000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b6001600160401b039063d510421b60e01b5f521660045260245ffd5b90613b8a91613b80613b74613b1c8461339b565b613b286020860161339b565b90613b356040870161339b565b91613b426060880161339b565b91613b4f6080890161339b565b613b5b60e08a016134dc565b936101008a01359560c08b01359460a08c0135946144a9565b926101208101906134ea565b92909160046145d7565b565b6001600160401b0316805f52600360205260405f20548015908115613bdf575b50613bb45750565b7ff56eaf6a000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b905060405160208101906004356001600160401b0381168091036102b657825260243563ffffffff81168091036102b65760408201526044356001600160401b0381168091036102b65760608201526064356001600160401b0381168091036102b65760808201526084356001600160401b0381168091036102b65760a082015260a4356001600160a01b0381168091036102b65760c082015260c43560e082015260e435610100820152610104356101208201526101208152613ca5610140826132be565b51902014155f613bac565b906001600160401b031690815f52600360205260405f20548015918215613cdb575b5050613bb45750565b90915060405160208101916001600160401b03613cf78261319f565b168352602081013563ffffffff811681036102b65763ffffffff1660408301526001600160401b03613d2b6040830161319f565b1660608301526001600160401b03613d456060830161319f565b1660808301526001600160401b03613d5f6080830161319f565b1660a083015260a0810135906001600160a01b03821682036102b6576001600160a01b03610100921660c084015260c081013560e084015260e08101358284015201356101208201526101208152613db9610140826132be565b51902014155f80613cd2565b90613dfc906001600160401b03807f000000000000000000000000000000000000000000000000000000000000000016911661351f565b4210613e6d57613e0a6132df565b6001600160401b038151168015928315613e5a575b50508115613e2b575090565b60408101516001600160401b031615915081613e45575090565b6001600160401b039150602001511642101590565b6001600160401b03161091505f80613e1f565b505f90565b6001600160401b03909291921690815f52600a60205260405f2063ffffffff613e9a856150e4565b165f5260205260405f205492825f52600a60205260405f2063ffffffff82165f5260205260405f20549284158015613f0b575b613ed5575050565b63ffffffff92507fbbb6e41b000000000000000000000000000000000000000000000000000000005f526004521660245260445ffd5b508315613ecd565b6001016c020000000000000000000000006cff0000000000000000000000001982541617905560095467ffffffffffffffff60801b1967ffffffffffffffff60801b613f6a6001600160401b038460801c16613a66565b60801b169116176009557f2d066881a9a831a038d5ba2589e6fc2d7b149f15cdcc732752fc5408fa632f5a60206040515f8152a2565b906040519063a9059cbb60e01b5f5261dead60045260245260205f60448180865af19060015f5114821615614010575b60405215613fdb5750565b6001600160a01b03907f5274afe7000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b90600181151661402857823b15153d15161690613fd0565b503d5f823e3d90fd5b916001600160a01b036040519263a9059cbb60e01b5f521660045260245260205f60448180865af19060015f51148216156140105760405215613fdb5750565b939496959190335f52600560205260405f2093845460ff8160e01c16612079576001600160601b03167f000000000000000000000000000000000000000000000000000000000000000081109081156144a0575b50614474576140d2613312565b906001600160401b0380602084015116971696808803614444575063ffffffff169687158015614438575b61440c576001600160401b031698428a1180156143e7575b6143bb5760408201916001600160401b038084511692169180830361438b57506001600160401b03600191511601996001600160401b038b11610650576142626001600160401b03979388948d86421696879351166040516141768161326d565b9b8216808d5260208d0181905260409c8d01829052600280547fffffffffffffffff00000000000000000000000000000000ffffffffffffffff83167fffffffffffffffff000000000000000000000000000000000000000000000000909116179d82901b67ffffffffffffffff60401b169d909d1760809290921b67ffffffffffffffff60801b1691909117909b5581547fffffffff00000000000000000000000000000000ffffffffffffffffffffffff1660609190911b73ffffffffffffffff000000000000000000000000161760a09290921b67ffffffffffffffff60a01b16919091179055565b60405161012081018181106001600160401b0382111761060b578787876001600160a01b038d958f8a6001600160401b038b818c63ffffffff82968e60209e60405289528d890190815260408901928352606089019485526080890196875261010060a08a0199338b5260c081019c8d5260e081019d8e52019c8d526040519d8e019e8f52511660408d0152511660608b015251166080890152511660a0870152511660c08501525160e08401525161010083015251610120820152610120815261432f610140826132be565b519020875f52600360205260405f2055604051988952602089015260408801526060870152608086015260a085015260c08401527fd7dbc4a12a5a01f54ffba4b359148f4c1e213c07d7daee98b59220b532267ccd60e03394a4565b90507f01874014000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b897f5f15d47a000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b50610e108a016001600160401b038111610650576001600160401b0342911610614115565b877f4e46f924000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b506201000088116140fd565b87907ffece6a1a000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b7f0b97d111000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b9050155f6140c5565b9795939196949290966040519760208901996001600160401b03168a526001600160401b031660408901526001600160401b031660608801526001600160401b031660808701526001600160401b031660a086015260c085015260e084015260ff166101008301526101208201526101208152614528610140826132be565b51902090565b9190811015611efd5760051b0190565b91909260243563ffffffff811681036102b65761455a90614d68565b938482036124a55793919063ffffffff5f94165b83851061458457505050505060c435036124a557565b909192939460018083881c16145f146145ba576145a286848661452e565b355f52602052600160405f205b95019392919061456e565b6145c586848661452e565b35905f52602052600160405f206145af565b919294936145ea611cfa60208501613358565b938482036124a557939063ffffffff5f93165b828410614617575050505060c0919293500135036124a557565b9091929460018083881c16145f1461464b5761463486848a61452e565b355f52602052600160405f205b95019291906145fd565b61465686848a61452e565b35905f52602052600160405f20614641565b63ffffffff61467682613358565b166146cd57506004356001600160401b0381168082036102b657156146a8576146a190610144613cb0565b6102243590565b507f000000000000000000000000000000000000000000000000000000000000000090565b61475e816146e0612ea761010094613358565b9061475960408201926146f38484613494565b90613b80613b746147038461339b565b61470f6020860161339b565b9061471c6040870161339b565b916147296060880161339b565b916147366080890161339b565b61474260e08a016134dc565b938e8a01359560c08b01359460a08c0135946144a9565b613494565b013590565b919091602081016147748183613494565b61477d8161339b565b606435906001600160401b03821682036102b6576147b4916147a1606087016135d6565b906147ae60808801613358565b92615188565b9260208401936001600160a01b0385511615614cd15760a082019163ffffffff6147dd8561339b565b16936147e884614d8f565b95896147fa6101408501809989614f0d565b036124a5576148076152bd565b946148118361339b565b9460208401996148208b61339b565b94604081019861482f8a61339b565b98606083019761483e8961339b565b608085019b61484c8d61339b565b92604051947fe7d46cdbbc682ba8b888a648f9e9318c1778e97a2a23d7abb044fa045bc58cac8652602086015260408501526060840152608083015260a082015260a083013560c082015260e09020604051917f1901000000000000000000000000000000000000000000000000000000000000835260028301526022820152604290209060c081016148de916134aa565b906148e8926153d3565b6001600160a01b03168015159081614cbd575b5015614c9a5750606081015115614c8f5763ffffffff6040614920920151169161339b565b9061492d60c0860161339b565b61493960e0870161339b565b614946610100880161339b565b61494f8d61339b565b6149588b61339b565b916149628961339b565b9361496c8c61339b565b95604435986001600160401b038a16998a81036102b657506149929961012c019861544c565b995b8a600a811015610f2f5780614c815750506149af9083613494565b5f60c084016001600160401b036149c58261339b565b16614b2557505f915f5b60208110614b115750614a236040820191614a026149fd6001600160401b036149f78661339b565b1661577b565b6150e4565b92614a1d614a1760806106db6060860161339b565b9161339b565b916155be565b90614a32610540870187615589565b9290614a3d85614d5a565b95848610156124a557614a5a614a5487878561576b565b85614ea6565b036124a557614a8394614a7694614a709261576b565b91614f0d565b935b610540810190615589565b919050036124a557614af7614b0592614ab9614ab3614aad614aa7614b0e9c61339b565b9861339b565b9461339b565b9561339b565b60405195869460208601988991936001600160401b036080948180949998978160a088019b1687521660208601521660408401521660608201520152565b03601f1981018352826132be565b51902090614f0d565b90565b92805f52602052600160405f2093016149cf565b93909161012082013594614b388161339b565b91614b506040820193614b4a8561339b565b90615713565b909163ffffffff8316614b6c575b5050505050614a8390614a78565b9091929397955060e0850193614b818561339b565b614b9c610100880191614b938361339b565b614a1d8561339b565b94610540880195614bad878a615589565b60019b9181156124a5578115611efd5791614bc88386614ea6565b036124a55715611efd57614bdc9183614f0d565b96879b63ffffffff8716614bf4575b50505050614b5e565b614c3397999c50614c2c96989a50614c26614ab3614ab3614aad614aad6080614c1f60608d0161339b565b9b0161339b565b956155f7565b9286615589565b6002949160018211156124a5578160011015611efd576104000191614c588385614ea6565b036124a55760011015611efd57614a8392614c7292614f0d565b93905f80808080808080614beb565b9a5098975050505050505050565b506149205f9161339b565b614cb792506001600160a01b036060915116910151151590615429565b99614994565b90506001600160a01b03825116145f6148fb565b505050505060019190565b9290916001600160a01b039081604051947f23b872dd000000000000000000000000000000000000000000000000000000005f52166004521660245260445260205f60648180865af19060015f5114821615614d42575b6040525f60605215613fdb5750565b90600181151661402857823b15153d15161690614d33565b5f1981146106505760010190565b9063ffffffff5f92165b806001841b10614d7f5750565b91614d8990614d5a565b91614d72565b6001600160401b03614da08261339b565b161580614e79575b80614e5d575b80614e41575b80614e35575b613e6d57614dc78161339b565b614528614dd66020840161339b565b614af7614de56040860161339b565b93614df26060870161339b565b604051958694608060208701990135938991936001600160401b036080948180949998978160a088019b1687521660208601521660408401521660608201520152565b50608081013515614dba565b506001600160401b03614e566060830161339b565b1615614db4565b506001600160401b03614e726040830161339b565b1615614dae565b506001600160401b03614e8e6020830161339b565b1615614da8565b906020811015611efd5760051b0190565b5f9291839163ffffffff16905b60208310614ec057505050565b90919360018084871c16145f14614ef157614edb8583614e95565b355f52602052600160405f205b94019190614eb3565b614efb8583614e95565b35905f52602052600160405f20614ee8565b90929163ffffffff5f9216905b60208310614f2757505050565b90919360018084871c16145f14614f5857614f428583614e95565b355f52602052600160405f205b94019190614f1a565b614f628583614e95565b35905f52602052600160405f20614f4f565b614f80606082016135d6565b15614fdd5780614f92614b0e9261339b565b90614f9f6020820161339b565b614fab6040830161339b565b614fb760808401613358565b90614fc460a0850161339b565b92614c2660e0614fd660c0880161339b565b960161339b565b80614fea614b0e9261339b565b90614a1d6040614ffc6020840161339b565b920161339b565b916001600160401b03809594931694859116036001600160401b03811161065057816001600160401b03615038921694613429565b928381029381850414901517156106505761505291613429565b918215615071576001600160401b039261506d92049061351f565b1690565b634e487b7160e01b5f52601260045260245ffd5b919091600854811015612c615761509b816133af565b50809360ff600183015460601c166003811015610f2f57600114918215926150c7575b5050612c615750565b6001600160401b0391925081905460a01c16911614155f806150be565b63ffffffff811690600163ffffffff6064840616145f1461512757506063190163ffffffff81116106505763ffffffff600b91160163ffffffff81116106505790565b614b0e9150613369565b60ff811690601f8211615160576040519161514d6040846132be565b6020808452838101919036833783525290565b7fb3512b0c000000000000000000000000000000000000000000000000000000005f5260045ffd5b906001600160401b036040519261519e84613288565b5f84525f60208501525f60408501525f60608501521691825f52600660205260405f20931561527e575082548063ffffffff861610801590615258575b6152455763ffffffff6151ed86613a4e565b1610908161521b575b506152095750614b0e91612843916133cb565b630eb950e360e41b5f5260045260245ffd5b90506001600160401b038061523861523287613a4e565b866133cb565b505416911610155f6151f6565b82630eb950e360e41b5f5260045260245ffd5b506001600160401b0361526b86866133cb565b5054166001600160401b038316106151db565b93508291925415159182615297575b5050615209575090565b909150805415611efd575f526001600160401b038060205f205416911610155f8061528d565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163014806153aa575b15615318577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a0815261452860c0826132be565b507f000000000000000000000000000000000000000000000000000000000000000046146152ef565b919091608082146153ed57916153e8926156df565b505090565b90806020116102b6578235816040116102b657602084013590826060116102b6576040850135926080116102b6576060614b0e9501359361565c565b6001600160a01b031615615446571561544157600390565b600290565b50600190565b63ffffffff90999294939598991697881561557a576001600160401b03809116911681119081159161556c575b5061555f576001600160401b038316906001600160401b0386169082821115615550578111908115615542575b50615535576001600160401b0384166001600160401b03871610801561551a575b61550d576154db575b505050505050505f90565b610e10956001600160401b038095938194031602960316920316010211615508575f8080808080806154d0565b600890565b5050505050505050600790565b506001600160401b0382166001600160401b038916106154c7565b5050505050505050600690565b63ffffffff9150115f6154a6565b50505050505050505050600590565b5050505050505050600490565b63ffffffff9150115f615479565b50505050505050505050600290565b903590601e19813603018212156102b657018035906001600160401b0382116102b6576020019181600a1b360383136102b657565b916001600160401b039081604051938160208601961686521660408401521660608201525f60808201526080815261452860a0826132be565b6001600160401b0396939463ffffffff88968780968160209b9781976040519d8e019e8f911690521660408c01521660608a0152600160808a01521660a08801521660c08601521660e0840152166101008201526101008152614528610120826132be565b91907f7fffffff800000007fffffffffffffffde737d56d38bcf4279dce5617e3192a882116156d6576020925f9260a0926040519283528583015260408201528460608201528560808201528280526101005afa5f5160011416156156d0575f526020526001600160a01b0360405f201690565b50505f90565b50505050505f90565b9060418303615709576157029250602081013591604082359201355f1a9061581b565b9192909190565b50505f9160029190565b6001600160401b0361572c81615733939594951661577b565b931661577b565b63ffffffff83169063ffffffff8116821461576157615751906150e4565b9063ffffffff821614613e6d5790565b505090505f905f90565b9190811015611efd57600a1b0190565b6201518063ffffffff915f190104606462023ab1620afa6c8301049162023ab1830290039160996002620afa6c61016d81870162023ab0810490836105b4618eac830492048a03010103049585870487841c8861016d0201039003016005020104600a81105f1461581157600301925b600284116158065761019060ff60015b169202010102011690565b61019060ff5f6157fb565b60081901926157eb565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841161589d579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa15615892575f516001600160a01b0381161561588857905f905f90565b505f906001905f90565b6040513d5f823e3d90fd5b5050505f916003919056",
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
