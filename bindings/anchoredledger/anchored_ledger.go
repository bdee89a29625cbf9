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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"contractIERC20\",\"name\":\"bondToken_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"minBond_\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"window_\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"demandBond_\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"answerWindow_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"demandId\",\"type\":\"uint256\"}],\"name\":\"AnswerWindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"demandId\",\"type\":\"uint256\"}],\"name\":\"AnswerWindowOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"asOf\",\"type\":\"uint64\"}],\"name\":\"BadAsOf\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"}],\"name\":\"BadAuthProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"blobs\",\"type\":\"uint8\"}],\"name\":\"BadBlobs\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"}],\"name\":\"BadCount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"from\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"to\",\"type\":\"uint32\"}],\"name\":\"BadDemand\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"}],\"name\":\"BadHeader\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"}],\"name\":\"BadIndex\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadPath\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"}],\"name\":\"BatchFinal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"}],\"name\":\"BatchVoided\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"demandId\",\"type\":\"uint256\"}],\"name\":\"DemandNotOpen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"}],\"name\":\"LastBatchOpen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoFraud\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"}],\"name\":\"NotBonded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotRegistry\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"}],\"name\":\"NotVoided\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"SignerInUse\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"}],\"name\":\"Slashed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"current\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"authEpoch\",\"type\":\"uint64\"}],\"name\":\"StaleAuth\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"tip\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"}],\"name\":\"StaleParent\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"UnknownSigner\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"asOf\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"authEpoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"anchoredAt\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"readingsRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"name\":\"Anchored\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"maxPowerW\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"name\":\"AuthChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"}],\"name\":\"Bonded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"demandId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"answered\",\"type\":\"bool\"}],\"name\":\"DemandClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"demandId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"from\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"to\",\"type\":\"uint32\"}],\"name\":\"Demanded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"detailHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"verdict\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"stateRootAfter\",\"type\":\"bytes32\"}],\"name\":\"Revealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Unbonded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"throughBatch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"}],\"name\":\"Voided\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BURN\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_PAST_COUNT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_ROOT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_TRANSITION\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_UNANSWERED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_UNSORTED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_AS_OF_AGE\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_BATCH\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_DEMAND\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"readingsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"asOf\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"authEpoch_\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"blobs\",\"type\":\"uint8\"}],\"name\":\"anchor\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"readingsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"asOf\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"authEpoch_\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"anchorCalldata\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"asOf\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"authEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"anchoredAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"readingsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structAnchoredLedger.Header\",\"name\":\"h\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"demandId\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"detailHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"},{\"internalType\":\"uint8\",\"name\":\"verdict\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"stateRootAfter\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"path\",\"type\":\"bytes32[]\"}],\"internalType\":\"structAnchoredLedger.Leaf[]\",\"name\":\"leaves\",\"type\":\"tuple[]\"}],\"name\":\"answer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"answerWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"authEpoch\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"}],\"name\":\"authLog\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"maxPowerW\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"internalType\":\"structAnchoredLedger.AuthVersion[]\",\"name\":\"\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"batchCount\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"bond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"bondToken\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"demandId\",\"type\":\"uint256\"}],\"name\":\"closeDemand\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"asOf\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"authEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"anchoredAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"readingsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structAnchoredLedger.Header\",\"name\":\"h\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"from\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"to\",\"type\":\"uint32\"}],\"name\":\"demand\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"demandId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"demandBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"demandId\",\"type\":\"uint256\"}],\"name\":\"demandOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"from\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"to\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"demandedAt\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"open\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"disable\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"emptyRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"maxPowerW\",\"type\":\"uint32\"}],\"name\":\"enroll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"}],\"name\":\"headerHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"hold\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"fromBatch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"until\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"openDemands\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"asOf\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"authEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"anchoredAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"readingsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structAnchoredLedger.Header\",\"name\":\"h\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"}],\"name\":\"isFinal\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"}],\"name\":\"isVoided\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"name\":\"lastReading\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"meterOfSigner\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"asOf\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"authEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"anchoredAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"readingsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structAnchoredLedger.Header\",\"name\":\"h\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"path\",\"type\":\"bytes32[]\"}],\"name\":\"provePastCount\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"asOf\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"authEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"anchoredAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"readingsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structAnchoredLedger.Header\",\"name\":\"h\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"detailHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"sigHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"verdict\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"stateRootAfter\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"path\",\"type\":\"bytes32[]\"}],\"internalType\":\"structAnchoredLedger.Neighbour\",\"name\":\"last\",\"type\":\"tuple\"}],\"name\":\"proveRoot\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"asOf\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"authEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"anchoredAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"readingsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structAnchoredLedger.Header\",\"name\":\"h\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"asOf\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"authEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"anchoredAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"readingsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structAnchoredLedger.Header\",\"name\":\"parent\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"detailHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"},{\"internalType\":\"uint8\",\"name\":\"verdict\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"stateRootAfter\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"path\",\"type\":\"bytes32[]\"}],\"internalType\":\"structAnchoredLedger.Leaf\",\"name\":\"reading\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"detailHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"sigHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"verdict\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"stateRootAfter\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"path\",\"type\":\"bytes32[]\"}],\"internalType\":\"structAnchoredLedger.Neighbour\",\"name\":\"prev\",\"type\":\"tuple\"},{\"internalType\":\"bool\",\"name\":\"hasAuth\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"authIndex\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"closingsRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structAnchoredLedger.MeterLeaf\",\"name\":\"oldState\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[32]\",\"name\":\"statePath\",\"type\":\"bytes32[32]\"},{\"internalType\":\"bytes32[32][]\",\"name\":\"closingPaths\",\"type\":\"bytes32[32][]\"}],\"internalType\":\"structAnchoredLedger.Transition\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"proveTransition\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"asOf\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"authEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"anchoredAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"readingsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structAnchoredLedger.Header\",\"name\":\"h\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"detailHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"sigHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"verdict\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"stateRootAfter\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"path\",\"type\":\"bytes32[]\"}],\"internalType\":\"structAnchoredLedger.Neighbour\",\"name\":\"a\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"detailHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"sigHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"verdict\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"stateRootAfter\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"path\",\"type\":\"bytes32[]\"}],\"internalType\":\"structAnchoredLedger.Neighbour\",\"name\":\"b\",\"type\":\"tuple\"}],\"name\":\"proveUnsorted\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"oldSigner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"newSigner\",\"type\":\"address\"}],\"name\":\"rekey\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"}],\"name\":\"relayerOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"bondAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"lastBatch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastAnchoredAt\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"slashed\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"tip\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unbond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"asOf\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"authEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"anchoredAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"readingsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structAnchoredLedger.Header\",\"name\":\"h\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"demandId\",\"type\":\"uint256\"}],\"name\":\"voidUnanswered\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"window\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "AnchoredLedger",
	Bin: "0x61024080604052346102b25760c081615e4c803803809161002082856102b6565b8339810103126102b2578051906001600160a01b03821682036102b25760208101516001600160a01b03811681036102b2576040820151610063606084016102ed565b9161007560a0608086015195016102ed565b946040516100846040826102b6565b600a815260208101906936b2ba32b931b430b4b760b11b8252604051916100ac6040846102b6565b600183526020830191603160f81b83526100c581610301565b610120526100d284610301565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a0815261013b60c0826102b6565b5190206080523060c05261016052610180526101a0526101c0526101e052610200525f5f5b6020811061029e575061022052604051615adf908161036d8239608051816154b9015260a05181615570015260c0518161548a015260e051816155080152610100518161552e0152610120518161296b0152610140518161299401526101605181818161174401528181611a1f01528181612b3d0152612b9a0152610180518181816105ae015281816105db01528181610c1b0152818161109c015281816115fd0152818161163c01528181611d2e015281816123fa01528181612fcc015261312101526101a051818181612a7e01526142ad01526101c051818181610a7f015281816132af0152613ffe01526101e051818181610bf901528181611079015281816115db0152818161212c01526130fe0152610200518181816107cb0152818161133d0152611cde015261022051818181612ab801526149240152f35b90805f52602052600160405f209101610160565b5f80fd5b601f909101601f19168101906001600160401b038211908210176102d957604052565b634e487b7160e01b5f52604160045260245ffd5b51906001600160401b03821682036102b257565b601f81511161032c57602081519101516020821061031d571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fdfe60806040526004361015610011575f80fd5b5f3560e01c8062e0c53f146136a557806306f130561461367e5780631b55b48c1461366357806322a90b921461336d5780632755cd2d146133435780634073273f146132d3578063461645bf1461328f5780634a37cecf146131fd5780634a5fa6d9146131e25780634cc914be146131c75780634e380e1e146130775780635df6a6bc14612f635780636d1346c414612ec957806373e5595014612b615780637b10399914612b115780637dda5f7f14612adb57806380e7378314612aa1578063831518b714612a6757806384b0196e1461295357806388e9184414612503578063950bff9f146124e657806395934bae146124ad5780639940686e14612376578063a320cf2514612327578063a439c3261461217c578063a7d3733e1461214f578063b19f99fb14612115578063b4433ff71461208e578063b577d5ab14611d6e578063c0a2526c14611d52578063c28f439214611d02578063c2f654da14611cbe578063ccdee52514611c94578063d5cb6ac714611c79578063d84b1a2f146119d5578063de887a21146119b9578063e6c09edf14611714578063e963d02b146116f9578063eb9c087f146112d4578063ee1189ef146111c8578063f04863ad146111ad578063f920e5f414610cd8578063fb8097d01461074b5763fbddb767146101fc575f80fd5b346106045760031936016101a0811261060457610120136106045761021f6136f5565b61022761377a565b6101643567ffffffffffffffff81116106045780600401906101406003198236030112610604576101843567ffffffffffffffff811161060457806004019361014060031983360301126106045761027e86613c56565b63ffffffff8116600181018082116106685763ffffffff61029d613909565b1611156107205750846102bc826102b7876102c195613cff565b613c28565b613cff565b6102ca8361395f565b67ffffffffffffffff806102dd8761395f565b169116109283156106bd575b505050610695576102f99061395f565b6103016138d5565b905b6004548015801580610635575b1561038d57610360575f190161032581613b5c565b610334575f9055600455610303565b7f4e487b71000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603160045260245ffd5b82858567ffffffffffffffff81511667ffffffffffffffff604051936103b285613862565b16928381526020810191825260045468010000000000000000811015610608578060016103e29201600455613b5c565b9190916103345751815492517fffffffffffffffffffffffffffffffff0000000000000000000000000000000090931667ffffffffffffffff919091161760409290921b6fffffffffffffffff00000000000000001691909117905560043567ffffffffffffffff81168103610604577fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff6fffffffffffffffff00000000000000006002549260401b1691161760025560a4359173ffffffffffffffffffffffffffffffffffffffff8316808403610604576b7fffffffffffffffffffffff93505f5260056020527f9e423dd11ff8fae4ea6960d39ac8fff6508d4fad0cfd9d572b43136914fbe12f608060405f209567ffffffffffffffff808854966bffffffffffffffffffffffff8816996bffffffffffffffffffffffff1981541681557c01000000000000000000000000000000000000000000000000000000007fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff82541617905551169160405192835233602084015260026040840152166060820152a260011c1690816105d4575b61059982826139ef565b61059f57005b6105d2916105ac916139ef565b7f0000000000000000000000000000000000000000000000000000000000000000614160565b005b6105ff82337f0000000000000000000000000000000000000000000000000000000000000000614217565b61058f565b5f80fd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b505f1982018281116106685761065367ffffffffffffffff91613b5c565b50541667ffffffffffffffff86161115610310565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b7fbb6a9cb5000000000000000000000000000000000000000000000000000000005f5260045ffd5b6106c99192935061395f565b67ffffffffffffffff806106dc8661395f565b1691161491826106f1575b50505f80806102e9565b67ffffffffffffffff919250610715602461070e8185940161395f565b940161395f565b169116105f806106e7565b7f7768d2ee000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b34610604576003193601610180811261060457610120136106045761076e6136f5565b610144356101643567ffffffffffffffff8111610604576107939036906004016137f9565b919061079f8483615066565b916107a985613d83565b6107b285613b74565b610ca257600183018054936107fe67ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001667ffffffffffffffff8760201c16613b4f565b421015610c765763ffffffff905460e01c941663ffffffff6108208683613945565b168603610c475750939467ffffffffffffffff16935f5b86811015610a1a5761084e8160051b850185613a69565b63ffffffff821686019063ffffffff821161066857879161086e8261395f565b602083019261087c8461395f565b90604081019061088b8261395f565b92606082019461089a8661395f565b60808401936108a88561395f565b9360a08201359360c08301936108be8585613a9c565b36906108c9926139a9565b805190602001208660e08601986108df8a613aed565b936101008801359d6108f2978f976146f4565b610900610120830183613afb565b9061090b928c61478e565b6109148161395f565b9961091e9061395f565b956109289061395f565b976109329061395f565b9461093c9061395f565b9161094691613a9c565b9761095389969295613aed565b966040519b63ffffffff8d9c168c5267ffffffffffffffff1660208c015267ffffffffffffffff1660408b015267ffffffffffffffff1660608a015267ffffffffffffffff16608089015267ffffffffffffffff1660a088015260c087015260e08601610140905281610140870152610160860137828401610160015f905260ff16610100840152610120830152601f01601f1916810103610160017f5c4f905d24babee76e569c0d6443168a9b04a1d39a9df1a586e0ba319bea437a91a2600101610837565b506c020000000000000000000000007fffffffffffffffffffffffffffffffffffffff00ffffffffffffffffffffffff825416179055610a586138a1565b6040810167ffffffffffffffff610a7181835116613c40565b16905267ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001667ffffffffffffffff4216019067ffffffffffffffff821161066857610ba8916020820167ffffffffffffffff808251169216918211610c3f575b505060409067ffffffffffffffff8151167fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000600954161760095560208101517fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff6fffffffffffffffff00000000000000008060095493861b161691161760095501517fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff77ffffffffffffffff00000000000000000000000000000000806009549360801b1616911617600955565b7f2d066881a9a831a038d5ba2589e6fc2d7b149f15cdcc732752fc5408fa632f5a602060405160018152a260a43573ffffffffffffffffffffffffffffffffffffffff81168103610604576105d2907f0000000000000000000000000000000000000000000000000000000000000000907f0000000000000000000000000000000000000000000000000000000000000000614217565b528380610ada565b847f31de2c3d000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b827f1aa60ffe000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b67ffffffffffffffff857fd510421b000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b346106045760031936016101808112610604576101201361060457610cfb6136f5565b610d0361377a565b90610164359063ffffffff82169182810361060457610d2182613c56565b63ffffffff84169383851091821592611191575b5050801561117b575b61114b57610e5b610d4d6138a1565b6040810167ffffffffffffffff8151161580611133575b156111065767ffffffffffffffff841682525b67ffffffffffffffff610d8c81835116613c09565b16905260409067ffffffffffffffff8151167fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000600954161760095560208101517fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff6fffffffffffffffff00000000000000008060095493861b161691161760095501517fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff77ffffffffffffffff00000000000000000000000000000000806009549360801b1616911617600955565b6008549160405160c0810181811067ffffffffffffffff8211176106085760405233815267ffffffffffffffff60208201931692838152604082018681526060830192848452608081019167ffffffffffffffff4216835260a082019360018552680100000000000000008910156106085760018901600855610edd89613974565b9190916103345763ffffffff600193610f8c67ffffffffffffffff610fd99473ffffffffffffffffffffffffffffffffffffffff859951167fffffffffffffffffffffffff0000000000000000000000000000000000000000885416178755511685907fffffffff0000000000000000ffffffffffffffffffffffffffffffffffffffff7bffffffffffffffff000000000000000000000000000000000000000083549260a01b169116179055565b5183547bffffffffffffffffffffffffffffffffffffffffffffffffffffffff16911660e01b7fffffffff0000000000000000000000000000000000000000000000000000000016178255565b019351166bffffffffffffffffffffffff196bffffffffffffffff000000008554935160201b169216171782555160038110156110d95760209585937f1c2b83bfbe1d885ac02ae60feacb7e29bd622cee3fd976ec355e454bbd1e6fc6936060937fffffffffffffffffffffffffffffffffffffff00ffffffffffffffffffffffff6cff000000000000000000000000835492871b1691161790556110c07f000000000000000000000000000000000000000000000000000000000000000030337f0000000000000000000000000000000000000000000000000000000000000000614fa6565b60405191338352888301526040820152a3604051908152f35b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b67ffffffffffffffff82511667ffffffffffffffff851690811061112b575b50610d77565b825286611125565b5067ffffffffffffffff602083015116421015610d64565b50907f31de2c3d000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b5063ffffffff611189613909565b168211610d3e565b6040925063ffffffff916111a491613945565b16118480610d35565b34610604575f60031936011261060457602060405160408152f35b346106045760206003193601126106045767ffffffffffffffff6111ea61370d565b165f52600660205260405f2080549061120282613a51565b91611210604051938461387e565b8083526020830180925f5260205f205f915b8383106112b6578486604051918291602083019060208452518091526040830191905f5b818110611254575050500390f35b91935091602060806001926060875167ffffffffffffffff815116835273ffffffffffffffffffffffffffffffffffffffff85820151168584015263ffffffff6040820151166040840152015115156060820152019401910191849392611246565b600260206001926112c6856139fc565b815201920192019190611222565b3461060457600319360161016081126106045761012013610604576112f76136f5565b61014435906113068183615066565b9161131082613d83565b61131982613b74565b6116c35761136367ffffffffffffffff600185015460201c1667ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001690613b4f565b42106116985761138b9073ffffffffffffffffffffffffffffffffffffffff8454169361409f565b6113936138d5565b6004548015801580611665575b156113c457610360575f19016113b581613b5c565b610334575f9055600455611393565b82858567ffffffffffffffff83511667ffffffffffffffff604051926113e984613862565b16918281526020810191825260045468010000000000000000811015610608578060016114199201600455613b5c565b9190916103345751815492517fffffffffffffffffffffffffffffffff0000000000000000000000000000000090931667ffffffffffffffff919091161760409290921b6fffffffffffffffff00000000000000001691909117905560043567ffffffffffffffff81168103610604577fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff6fffffffffffffffff00000000000000006002549260401b1691161760025560a43573ffffffffffffffffffffffffffffffffffffffff811693848203610604576105d2946b7fffffffffffffffffffffff92505f52600560205260405f20927f9e423dd11ff8fae4ea6960d39ac8fff6508d4fad0cfd9d572b43136914fbe12f608067ffffffffffffffff8654946bffffffffffffffffffffffff8616976bffffffffffffffffffffffff1981541681557c01000000000000000000000000000000000000000000000000000000007fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff8254161790555116604051908152876020820152600460408201525f6060820152a260011c169081611635575b6115d282826139ef565b611621575b50507f0000000000000000000000000000000000000000000000000000000000000000907f0000000000000000000000000000000000000000000000000000000000000000614217565b61162e916105ac916139ef565b82806115d7565b61166082847f0000000000000000000000000000000000000000000000000000000000000000614217565b6115c8565b505f1982018281116106685761168367ffffffffffffffff91613b5c565b50541667ffffffffffffffff851611156113a0565b7f82a444c9000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b67ffffffffffffffff827fd510421b000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b34610604575f60031936011261060457602060405160048152f35b346106045760206003193601126106045761172d61378e565b73ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016330361198d5773ffffffffffffffffffffffffffffffffffffffff16805f52600760205267ffffffffffffffff60405f20541690811561196257815f52600660205260405f2080545f198101908111610668576117c091613990565b505460e01c906002546117df67ffffffffffffffff8260801c16613c09565b907fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff77ffffffffffffffff0000000000000000000000000000000067ffffffffffffffff84169360801b16911617600255835f52600660205260405f20926040519261184a84613846565b82845260208401948186526040850183815260608601915f83528054680100000000000000008110156106085761188691600182018155613990565b610334579551965190517fffffffff0000000000000000000000000000000000000000000000000000000060e09190911b1667ffffffffffffffff9097167bffffffffffffffffffffffffffffffffffffffff000000000000000060409290921b91909116179590951784557ff4043e8a4ff2c61911c9bbc7515c0b3cbd0c607d267e308e3b8500ab3d2c3240946080946001019051151560ff7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff008354169116179055604051928352602083015260408201525f6060820152a2005b7fd7e8a2c2000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f631a294a000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b34610604575f600319360112610604576020604051610e108152f35b34610604576060600319360112610604576119ee61370d565b6119f66137b1565b6044359063ffffffff82168092036106045773ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016330361198d5773ffffffffffffffffffffffffffffffffffffffff16805f52600760205267ffffffffffffffff60405f205416611c4e57805f52600760205260405f2067ffffffffffffffff84167fffffffffffffffffffffffffffffffffffffffffffffffff000000000000000082541617905567ffffffffffffffff60025493611acf828660801c16613c09565b947fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff77ffffffffffffffff000000000000000000000000000000008488169760801b169116176002551692835f52600660205260405f209260405192611b3484613846565b82845260208401948186526040850183815260608601916001835280546801000000000000000081101561060857611b7191600182018155613990565b610334579551965190517fffffffff0000000000000000000000000000000000000000000000000000000060e09190911b1667ffffffffffffffff9097167bffffffffffffffffffffffffffffffffffffffff000000000000000060409290921b91909116179590951784557ff4043e8a4ff2c61911c9bbc7515c0b3cbd0c607d267e308e3b8500ab3d2c3240946080946001019051151560ff7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0083541691161790556040519283526020830152604082015260016060820152a2005b7ff74a198c000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b34610604575f60031936011261060457602060405160058152f35b34610604575f60031936011261060457602067ffffffffffffffff60025460801c16604051908152f35b34610604575f60031936011261060457602060405167ffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610604575f60031936011261060457602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610604575f60031936011261060457602060405161dead8152f35b346106045760031936016101a08112610604576101201361060457611d916136f5565b611d9961377a565b61016435906101843567ffffffffffffffff811161060457611dbf9036906004016137f9565b91611dc985613c56565b63ffffffff611dd6613909565b1663ffffffff82169081108015612072575b61072057509083611df9939261478e565b1561069557611e066138d5565b600454801580158061203f575b15611e3757610360575f1901611e2881613b5c565b610334575f9055600455611e06565b505067ffffffffffffffff81511667ffffffffffffffff60405193611e5b85613862565b1692838152602081019182526004546801000000000000000081101561060857806001611e8b9201600455613b5c565b9190916103345751815492517fffffffffffffffffffffffffffffffff0000000000000000000000000000000090931667ffffffffffffffff919091161760409290921b6fffffffffffffffff00000000000000001691909117905560043567ffffffffffffffff81168103610604577fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff6fffffffffffffffff00000000000000006002549260401b1691161760025560a4359073ffffffffffffffffffffffffffffffffffffffff8216808303610604576b7fffffffffffffffffffffff92505f52600560205260405f20927f9e423dd11ff8fae4ea6960d39ac8fff6508d4fad0cfd9d572b43136914fbe12f608067ffffffffffffffff8654946bffffffffffffffffffffffff8616976bffffffffffffffffffffffff1981541681557c01000000000000000000000000000000000000000000000000000000007fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff8254161790555116604051908152336020820152600360408201525f6060820152a260011c1690816105d45761059982826139ef565b505f1982018281116106685761205d67ffffffffffffffff91613b5c565b50541667ffffffffffffffff85161115611e13565b506001612085612080613909565b61503f565b1b811015611de8565b346106045760206003193601126106045773ffffffffffffffffffffffffffffffffffffffff6120bc61378e565b165f526005602052608060405f205460ff604051916bffffffffffffffffffffffff8116835267ffffffffffffffff8160601c16602084015267ffffffffffffffff8160a01c16604084015260e01c1615156060820152f35b34610604575f6003193601126106045760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b3461060457602060031936011261060457602061217261216d61370d565b613b74565b6040519015158152f35b346106045760e06003193601126106045761219561370d565b61219d613767565b906121a6613724565b6121ae61373b565b9060c4359360ff8516809503610604578415801561231d575b6122f1576121d485613a51565b6121e1604051918261387e565b8581526121ed86613a51565b95601f196020830197013688375f5b818110612273575050604051602081018092519097905f5b81811061225d57602061224b8a8a8a8a8f8a61223a818e9303601f19810183528261387e565b51902093604435906024359061427d565b67ffffffffffffffff60405191168152f35b82518a526020998a019990920191600101612214565b80499081156122c55783518110156122985760019160208260051b86010152016121fc565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b827fcc3f6603000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b847fcc3f6603000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b50844915156121c7565b346106045760206003193601126106045773ffffffffffffffffffffffffffffffffffffffff61235561378e565b165f526007602052602067ffffffffffffffff60405f205416604051908152f35b3461060457602060031936011261060457600435335f52600560205260405f20805460ff8160e01c1661248157826bffffffffffffffffffffffff6123bb9216613b4f565b6bffffffffffffffffffffffff8111612451576bffffffffffffffffffffffff1690816bffffffffffffffffffffffff1982541617905561241e8230337f0000000000000000000000000000000000000000000000000000000000000000614fa6565b60405191825260208201527f524384adee0b2f52827eebf00ddd616aa286978612393216724d61cdb43dc83560403392a2005b7f6dfcc650000000000000000000000000000000000000000000000000000000005f52606060045260245260445ffd5b7f975ad74f000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b346106045760206003193601126106045767ffffffffffffffff6124cf61370d565b165f526003602052602060405f2054604051908152f35b34610604575f600319360112610604576020604051620100008152f35b3461060457600319360161028081126106045761012013610604576125266136f5565b6101207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffebc360112610604576102643567ffffffffffffffff8111610604578060040190610560600319823603011261060457602461258e9161258785613c56565b0182613a69565b906125988161391c565b63ffffffff806125a6613909565b16911610156129195760a061266661262e926126576125d26125cb60c0880188613a9c565b36916139a9565b60208151910120612640876125e68561391c565b926125f08261395f565b906125fd6020840161395f565b9161260a6040850161395f565b6126166060860161395f565b6126226080870161395f565b9160e087019d8e613aed565b956101008801359d8e980135946146f4565b9061264f610120890189613afb565b92909161478e565b612660816148e0565b906149dc565b92600a8210156110d95760ff61267c8192613aed565b16911614918261290f575b5050610695576126969061395f565b61269e6138d5565b905b60045480158015806128dc575b156126d157610360575f19016126c281613b5c565b610334575f90556004556126a0565b82858567ffffffffffffffff81511667ffffffffffffffff604051936126f685613862565b16928381526020810191825260045468010000000000000000811015610608578060016127269201600455613b5c565b9190916103345751815492517fffffffffffffffffffffffffffffffff0000000000000000000000000000000090931667ffffffffffffffff919091161760409290921b6fffffffffffffffff00000000000000001691909117905560043567ffffffffffffffff81168103610604577fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff6fffffffffffffffff00000000000000006002549260401b1691161760025560a4359173ffffffffffffffffffffffffffffffffffffffff8316808403610604576b7fffffffffffffffffffffff93505f5260056020527f9e423dd11ff8fae4ea6960d39ac8fff6508d4fad0cfd9d572b43136914fbe12f608060405f209567ffffffffffffffff808854966bffffffffffffffffffffffff8816996bffffffffffffffffffffffff1981541681557c01000000000000000000000000000000000000000000000000000000007fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff82541617905551169160405192835233602084015260016040840152166060820152a260011c1690816105d45761059982826139ef565b505f198201828111610668576128fa67ffffffffffffffff91613b5c565b50541667ffffffffffffffff861611156126ad565b1490508380612687565b61292763ffffffff9161391c565b7f7768d2ee000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b34610604575f60031936011261060457612a0b61298f7f00000000000000000000000000000000000000000000000000000000000000006150c6565b6129b87f00000000000000000000000000000000000000000000000000000000000000006150c6565b6020612a19604051926129cb838561387e565b5f84525f3681376040519586957f0f00000000000000000000000000000000000000000000000000000000000000875260e08588015260e08701906137d4565b9085820360408701526137d4565b4660608501523060808501525f60a085015283810360c08501528180845192838152019301915f5b828110612a5057505050500390f35b835185528695509381019392810192600101612a41565b34610604575f6003193601126106045760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b34610604575f6003193601126106045760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b3461060457602060031936011261060457612af461370d565b5060806040515f81525f60208201525f60408201525f6060820152f35b34610604575f60031936011261060457602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461060457604060031936011261060457612b7a61378e565b612b826137b1565b9073ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016330361198d5773ffffffffffffffffffffffffffffffffffffffff16805f52600760205267ffffffffffffffff60405f205416918215612e9d5773ffffffffffffffffffffffffffffffffffffffff1690815f52600760205267ffffffffffffffff60405f205416612e71575f52600760205260405f207fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000008154169055805f52600760205260405f2067ffffffffffffffff83167fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000825416179055815f52600660205260405f208054905f19820191821161066857612cc291612cbc91613990565b506139fc565b90606063ffffffff604084015116920151151560025490612cef67ffffffffffffffff8360801c16613c09565b917fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff77ffffffffffffffff0000000000000000000000000000000067ffffffffffffffff85169460801b16911617600255845f52600660205260405f209360405193612d5a85613846565b838552602085019581875260408601838152606087019185835280546801000000000000000081101561060857612d9691600182018155613990565b610334579651975190517fffffffff0000000000000000000000000000000000000000000000000000000060e09190911b1667ffffffffffffffff9098167bffffffffffffffffffffffffffffffffffffffff000000000000000060409290921b91909116179690961785557ff4043e8a4ff2c61911c9bbc7515c0b3cbd0c607d267e308e3b8500ab3d2c3240956080956001019051151560ff7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff008354169116179055604051938452602084015260408301526060820152a2005b507ff74a198c000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b507fd7e8a2c2000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346106045760e060031936011261060457612ee261370d565b612eea613767565b90612ef3613724565b90612efc61373b565b60c4359267ffffffffffffffff841161060457366023850112156106045783600401359467ffffffffffffffff861161060457366024878701011161060457612f4f61224b9560209760243692016139a9565b86815191012093604435906024359061427d565b34610604575f60031936011261060457335f52600560205260405f20805467ffffffffffffffff8160601c1680151580613067575b80613049575b61301e57506bffffffffffffffffffffffff16906bffffffffffffffffffffffff198154169055612ff081337f0000000000000000000000000000000000000000000000000000000000000000614217565b6040519081527fd24dbf5e9299ce53c3aa9f7227ff1cc8441c2faae04509aa370ca3703385d6b460203392a2005b7f58ae9c9b000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5061306167ffffffffffffffff8360a01c1682613fed565b15612f9e565b5061307181613b74565b15612f98565b346106045760206003193601126106045760043560085481101561319c5761309e81613974565b5060ff600182015460601c1660038110156110d9576001036131705780549067ffffffffffffffff8260a01c166130d481613b74565b1561314557506105d2926130e79161409f565b73ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000091167f0000000000000000000000000000000000000000000000000000000000000000614217565b7f8f2463de000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b507f4515d7b7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f4515d7b7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b34610604575f60031936011261060457602060405160038152f35b34610604575f60031936011261060457602060405160018152f35b3461060457602060031936011261060457613219600435613974565b50600181549101549060ff8260601c169160038310156110d95760c09267ffffffffffffffff6001926040519473ffffffffffffffffffffffffffffffffffffffff81168652828160a01c16602087015260e01c604086015263ffffffff8116606086015260201c1660808401521460a0820152f35b34610604575f60031936011261060457602060405167ffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461060457600319360161014081126106045761012013610604576132f66136f5565b6132ff81613d83565b61330881613b74565b158061331c575b6020906040519015158152f35b506084359067ffffffffffffffff821682036106045760209161333e91613fed565b61330f565b34610604575f60031936011261060457602067ffffffffffffffff60025460401c16604051908152f35b3461060457600319360161016081126106045761012013610604576133906136f5565b6101443567ffffffffffffffff81116106045780600401906101406003198236030112610604576133c083613c56565b6133d4826102bc6133cf613909565b61392d565b610104013560e43514610695576133ea9061395f565b6133f26138d5565b905b6004548015801580613630575b1561342557610360575f190161341681613b5c565b610334575f90556004556133f4565b82858567ffffffffffffffff81511667ffffffffffffffff6040519361344a85613862565b169283815260208101918252600454680100000000000000008110156106085780600161347a9201600455613b5c565b9190916103345751815492517fffffffffffffffffffffffffffffffff0000000000000000000000000000000090931667ffffffffffffffff919091161760409290921b6fffffffffffffffff00000000000000001691909117905560043567ffffffffffffffff81168103610604577fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff6fffffffffffffffff00000000000000006002549260401b1691161760025560a4359173ffffffffffffffffffffffffffffffffffffffff8316808403610604576b7fffffffffffffffffffffff93505f5260056020527f9e423dd11ff8fae4ea6960d39ac8fff6508d4fad0cfd9d572b43136914fbe12f608060405f209567ffffffffffffffff808854966bffffffffffffffffffffffff8816996bffffffffffffffffffffffff1981541681557c01000000000000000000000000000000000000000000000000000000007fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff82541617905551169160405192835233602084015260056040840152166060820152a260011c1690816105d45761059982826139ef565b505f1982018281116106685761364e67ffffffffffffffff91613b5c565b50541667ffffffffffffffff86161115613401565b34610604575f60031936011261060457602060405160028152f35b34610604575f60031936011261060457602067ffffffffffffffff60025416604051908152f35b34610604575f6003193601126106045760606136bf6138a1565b67ffffffffffffffff8151169067ffffffffffffffff604081602084015116920151169060405192835260208301526040820152f35b610124359067ffffffffffffffff8216820361060457565b6004359067ffffffffffffffff8216820361060457565b6084359067ffffffffffffffff8216820361060457565b60a4359067ffffffffffffffff8216820361060457565b359067ffffffffffffffff8216820361060457565b6064359063ffffffff8216820361060457565b610144359063ffffffff8216820361060457565b6004359073ffffffffffffffffffffffffffffffffffffffff8216820361060457565b6024359073ffffffffffffffffffffffffffffffffffffffff8216820361060457565b90601f19601f602080948051918291828752018686015e5f8582860101520116010190565b9181601f840112156106045782359167ffffffffffffffff8311610604576020808501948460051b01011161060457565b6060810190811067ffffffffffffffff82111761060857604052565b6080810190811067ffffffffffffffff82111761060857604052565b6040810190811067ffffffffffffffff82111761060857604052565b90601f601f19910116810190811067ffffffffffffffff82111761060857604052565b604051906138ae8261382a565b81604067ffffffffffffffff60095481811684528181841c16602085015260801c16910152565b604051906138e28261382a565b81604067ffffffffffffffff60025481811684528181841c16602085015260801c16910152565b60243563ffffffff811681036106045790565b3563ffffffff811681036106045790565b63ffffffff5f199116019063ffffffff821161066857565b9063ffffffff8091169116039063ffffffff821161066857565b3567ffffffffffffffff811681036106045790565b6008548110156122985760085f5260205f209060011b01905f90565b8054821015612298575f5260205f209060011b01905f90565b92919267ffffffffffffffff821161060857604051916139d3601f8201601f19166020018461387e565b829481845281830111610604578281602093845f960137010152565b9190820391821161066857565b90604051613a0981613846565b606060ff60018395805467ffffffffffffffff8116865273ffffffffffffffffffffffffffffffffffffffff8160401c16602087015260e01c60408601520154161515910152565b67ffffffffffffffff81116106085760051b60200190565b9035907ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffec181360301821215610604570190565b9035907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe181360301821215610604570180359067ffffffffffffffff82116106045760200191813603831361060457565b3560ff811681036106045790565b9035907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe181360301821215610604570180359067ffffffffffffffff821161060457602001918160051b3603831361060457565b9190820180921161066857565b6004548110156122985760045f5260205f2001905f90565b6004545f9167ffffffffffffffff16905b808310613bc657508115159182613b9b57505090565b9091505f19810190811161066857613bbb67ffffffffffffffff91613b5c565b505460401c16101590565b91613bd18382613b4f565b60011c908267ffffffffffffffff613be884613b5c565b50541611613c025750600181018091116106685791613b85565b9250613b85565b67ffffffffffffffff1667ffffffffffffffff81146106685760010190565b63ffffffff60019116019063ffffffff821161066857565b67ffffffffffffffff168015610668575f190190565b613c61816004613eb9565b613c6a81613b74565b613cc95760843567ffffffffffffffff8116810361060457613c8c9082613fed565b613c935750565b67ffffffffffffffff907fd243d190000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b67ffffffffffffffff907fd510421b000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b90613d8191613d77613d6b613d138461395f565b613d1f6020860161395f565b90613d2c6040870161395f565b91613d396060880161395f565b91613d466080890161395f565b613d5260e08a01613aed565b936101008a01359560c08b01359460a08c0135946146f4565b92610120810190613afb565b929091600461484f565b565b67ffffffffffffffff16805f52600360205260405f20548015908115613dd7575b50613dac5750565b7ff56eaf6a000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b9050604051602081019060043567ffffffffffffffff811680910361060457825260243563ffffffff811680910361060457604082015260443567ffffffffffffffff811680910361060457606082015260643567ffffffffffffffff811680910361060457608082015260843567ffffffffffffffff81168091036106045760a082015260a43573ffffffffffffffffffffffffffffffffffffffff81168091036106045760c082015260c43560e082015260e435610100820152610104356101208201526101208152613eae6101408261387e565b51902014155f613da4565b9067ffffffffffffffff1690815f52600360205260405f20548015918215613ee5575b5050613dac5750565b909150604051602081019167ffffffffffffffff613f0282613752565b168352602081013563ffffffff811681036106045763ffffffff16604083015267ffffffffffffffff613f3760408301613752565b16606083015267ffffffffffffffff613f5260608301613752565b16608083015267ffffffffffffffff613f6d60808301613752565b1660a083015260a08101359073ffffffffffffffffffffffffffffffffffffffff821682036106045773ffffffffffffffffffffffffffffffffffffffff610100921660c084015260c081013560e084015260e08101358284015201356101208201526101208152613fe16101408261387e565b51902014155f80613edc565b906140259067ffffffffffffffff807f0000000000000000000000000000000000000000000000000000000000000000169116613b4f565b421061409a576140336138a1565b67ffffffffffffffff8151168015928315614086575b50508115614055575090565b604081015167ffffffffffffffff1615915081614070575090565b67ffffffffffffffff9150602001511642101590565b67ffffffffffffffff161091505f80614049565b505f90565b6001016c020000000000000000000000007fffffffffffffffffffffffffffffffffffffff00ffffffffffffffffffffffff8254161790556009547fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff77ffffffffffffffff0000000000000000000000000000000061412a67ffffffffffffffff8460801c16613c40565b60801b169116176009557f2d066881a9a831a038d5ba2589e6fc2d7b149f15cdcc732752fc5408fa632f5a60206040515f8152a2565b90604051907fa9059cbb000000000000000000000000000000000000000000000000000000005f5261dead60045260245260205f60448180865af19060015f51148216156141f6575b604052156141b45750565b73ffffffffffffffffffffffffffffffffffffffff907f5274afe7000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b90600181151661420e57823b15153d151616906141a9565b503d5f823e3d90fd5b9173ffffffffffffffffffffffffffffffffffffffff604051927fa9059cbb000000000000000000000000000000000000000000000000000000005f521660045260245260205f60448180865af19060015f51148216156141f657604052156141b45750565b939496959190335f52600560205260405f2093845460ff8160e01c16612481576bffffffffffffffffffffffff167f000000000000000000000000000000000000000000000000000000000000000081109081156146eb575b506146bf576142e36138d5565b9067ffffffffffffffff8060208401511697169680880361468f575063ffffffff169687158015614683575b6146575767ffffffffffffffff1698428a118015614630575b61460457604082019167ffffffffffffffff808451169216918083036145d4575067ffffffffffffffff6001915116019967ffffffffffffffff8b116106685761449c67ffffffffffffffff979388948d864216968793511660405161438d8161382a565b9b8216808d5260208d0181905260409c8d01829052600280547fffffffffffffffff00000000000000000000000000000000ffffffffffffffff83167fffffffffffffffff000000000000000000000000000000000000000000000000909116179d82901b6fffffffffffffffff0000000000000000169d909d1760809290921b77ffffffffffffffff000000000000000000000000000000001691909117909b5581547fffffffff00000000000000000000000000000000ffffffffffffffffffffffff1660609190911b73ffffffffffffffff000000000000000000000000161760a09290921b7bffffffffffffffff000000000000000000000000000000000000000016919091179055565b604051610120810181811067ffffffffffffffff8211176106085787878773ffffffffffffffffffffffffffffffffffffffff8d958f8a67ffffffffffffffff8b818c63ffffffff82968e60209e60405289528d890190815260408901928352606089019485526080890196875261010060a08a0199338b5260c081019c8d5260e081019d8e52019c8d526040519d8e019e8f52511660408d0152511660608b015251166080890152511660a0870152511660c08501525160e0840152516101008301525161012082015261012081526145786101408261387e565b519020875f52600360205260405f2055604051988952602089015260408801526060870152608086015260a085015260c08401527fd7dbc4a12a5a01f54ffba4b359148f4c1e213c07d7daee98b59220b532267ccd60e03394a4565b90507f01874014000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b897f5f15d47a000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b50610e108a0167ffffffffffffffff81116106685767ffffffffffffffff42911610614328565b877f4e46f924000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5062010000881161430f565b87907ffece6a1a000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b7f0b97d111000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b9050155f6142d6565b97959391969492909660405197602089019967ffffffffffffffff168a5267ffffffffffffffff16604089015267ffffffffffffffff16606088015267ffffffffffffffff16608087015267ffffffffffffffff1660a086015260c085015260e084015260ff1661010083015261012082015261012081526147786101408261387e565b51902090565b91908110156122985760051b0190565b91909260243563ffffffff81168103610604576147aa9061503f565b938482036147d45793919063ffffffff5f94165b8385106147fc57505050505060c435036147d457565b7f64325c91000000000000000000000000000000000000000000000000000000005f5260045ffd5b909192939460018083881c16145f146148325761481a86848661477e565b355f52602052600160405f205b9501939291906147be565b61483d86848661477e565b35905f52602052600160405f20614827565b919294936148626120806020850161391c565b938482036147d457939063ffffffff5f93165b82841061488f575050505060c0919293500135036147d457565b9091929460018083881c16145f146148c3576148ac86848a61477e565b355f52602052600160405f205b9501929190614875565b6148ce86848a61477e565b35905f52602052600160405f206148b9565b63ffffffff6148ee8261391c565b16614946575060043567ffffffffffffffff811680820361060457156149215761491a90610144613eb9565b6102243590565b507f000000000000000000000000000000000000000000000000000000000000000090565b6149d7816149596133cf6101009461391c565b906149d2604082019261496c8484613a69565b90613d77613d6b61497c8461395f565b6149886020860161395f565b906149956040870161395f565b916149a26060880161395f565b916149af6080890161395f565b6149bb60e08a01613aed565b938e8a01359560c08b01359460a08c0135946146f4565b613a69565b013590565b919091602081016149ed8183613a69565b6149f68161395f565b6064359067ffffffffffffffff82168203610604576060850135801515810361060457614a2f92614a296080880161391c565b9261511d565b92602084019373ffffffffffffffffffffffffffffffffffffffff85511615614f9b5760a082019163ffffffff614a658561395f565b1693614a7084615289565b9589614a82610140850180998961540c565b036147d457614a8f615473565b94614a998361395f565b946020840199614aa88b61395f565b946040810198614ab78a61395f565b986060830197614ac68961395f565b608085019b614ad48d61395f565b92604051947fe7d46cdbbc682ba8b888a648f9e9318c1778e97a2a23d7abb044fa045bc58cac8652602086015260408501526060840152608083015260a082015260a083013560c082015260e09020604051917f1901000000000000000000000000000000000000000000000000000000000000835260028301526022820152604290209060c08101614b6691613a9c565b90614b7092615596565b73ffffffffffffffffffffffffffffffffffffffff168015159081614f7a575b5015614f4a5750606081015115614f3f5763ffffffff6040614bb5920151169161395f565b90614bc260c0860161395f565b614bce60e0870161395f565b614bdb610100880161395f565b614be48d61395f565b614bed8b61395f565b91614bf78961395f565b93614c018c61395f565b956044359867ffffffffffffffff8a16998a81036106045750614c289961012c019861561c565b995b8a600a8110156110d95780614f31575050614c459083613a69565b5f60c0840167ffffffffffffffff614c5c8261395f565b16614dbe57505f915f5b60208110614daa5750614cbb6040820191614c9a614c9567ffffffffffffffff614c8f8661395f565b1661591c565b6159da565b92614cb5614caf608061070e6060860161395f565b9161395f565b916158d2565b90614cca610540870187615761565b9290614cd585615031565b95848610156147d457614cf2614cec87878561590c565b856153a5565b036147d457614d1b94614d0e94614d089261590c565b9161540c565b935b610540810190615761565b919050036147d457614d90614d9e92614d51614d4b614d45614d3f614da79c61395f565b9861395f565b9461395f565b9561395f565b604051958694602086019889919367ffffffffffffffff6080948180949998978160a088019b1687521660208601521660408401521660608201520152565b03601f19810183528261387e565b5190209061540c565b90565b92805f52602052600160405f209301614c66565b93909161012082013594614dd18161395f565b91614de96040820193614de38561395f565b90615879565b909263ffffffff8416614e05575b5050505050614d1b90614d10565b614e2c91929498939650614e1b60e0870161395f565b90614cb5614caf610100890161395f565b94610540850192614e3d8487615761565b6001989181156147d45781156122985792614e5884866153a5565b036147d4571561229857614e6b9261540c565b92839763ffffffff831615614df75790919395614ee79395985067ffffffffffffffff614eaf614ea96080614ea26060880161395f565b960161395f565b9361395f565b8160405194816020870197168752166040850152166060830152608082015260808152614edd60a08261387e565b5190209286615761565b6002949160018211156147d4578160011015612298576104000191614f0c83856153a5565b036147d4576001101561229857614d1b92614f269261540c565b93905f808080614df7565b9a5098975050505050505050565b50614bb55f9161395f565b614f74925073ffffffffffffffffffffffffffffffffffffffff60609151169101511515906155ec565b99614c2a565b905073ffffffffffffffffffffffffffffffffffffffff825116145f614b90565b505050505060019190565b92909173ffffffffffffffffffffffffffffffffffffffff9081604051947f23b872dd000000000000000000000000000000000000000000000000000000005f52166004521660245260445260205f60648180865af19060015f5114821615615019575b6040525f606052156141b45750565b90600181151661420e57823b15153d1516169061500a565b5f1981146106685760010190565b9063ffffffff5f92165b806001841b106150565750565b9161506090615031565b91615049565b91909160085481101561319c5761507c81613974565b50809360ff600183015460601c1660038110156110d957600114918215926150a8575b505061319c5750565b67ffffffffffffffff91925081905460a01c16911614155f8061509f565b60ff811690601f82116150f557604051916150e260408461387e565b6020808452838101919036833783525290565b7fb3512b0c000000000000000000000000000000000000000000000000000000005f5260045ffd5b9067ffffffffffffffff6040519261513484613846565b5f84525f60208501525f60408501525f60608501521691825f52600660205260405f209315615249575082548063ffffffff861610801590615221575b6151f55763ffffffff61518386613c28565b161090816151ca575b5061519f5750614da791612cbc91613990565b7feb950e30000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b905067ffffffffffffffff806151e86151e287613c28565b86613990565b505416911610155f61518c565b827feb950e30000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5067ffffffffffffffff6152358686613990565b50541667ffffffffffffffff831610615171565b93508291925415159182615262575b505061519f575090565b909150805415612298575f5267ffffffffffffffff8060205f205416911610155f80615258565b67ffffffffffffffff61529b8261395f565b161580615377575b8061535a575b8061533d575b80615331575b61409a576152c28161395f565b6147786152d16020840161395f565b614d906152e06040860161395f565b936152ed6060870161395f565b6040519586946080602087019901359389919367ffffffffffffffff6080948180949998978160a088019b1687521660208601521660408401521660608201520152565b506080810135156152b5565b5067ffffffffffffffff6153536060830161395f565b16156152af565b5067ffffffffffffffff6153706040830161395f565b16156152a9565b5067ffffffffffffffff61538d6020830161395f565b16156152a3565b9060208110156122985760051b0190565b5f9291839163ffffffff16905b602083106153bf57505050565b90919360018084871c16145f146153f0576153da8583615394565b355f52602052600160405f205b940191906153b2565b6153fa8583615394565b35905f52602052600160405f206153e7565b90929163ffffffff5f9216905b6020831061542657505050565b90919360018084871c16145f14615457576154418583615394565b355f52602052600160405f205b94019190615419565b6154618583615394565b35905f52602052600160405f2061544e565b73ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001630148061556d575b156154db577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a0815261477860c08261387e565b507f000000000000000000000000000000000000000000000000000000000000000046146154b2565b919091608082146155b057916155ab92615845565b505090565b908060201161060457823581604011610604576020840135908260601161060457604085013592608011610604576060614da7950135936157b5565b73ffffffffffffffffffffffffffffffffffffffff1615615616571561561157600390565b600290565b50600190565b63ffffffff9099929493959899169788156157525767ffffffffffffffff8091169116811190811591615744575b506157375767ffffffffffffffff83169067ffffffffffffffff8616908282111561572857811190811561571a575b5061570d5767ffffffffffffffff841667ffffffffffffffff87161080156156f0575b6156e3576156b0575b505050505050505f90565b610e109567ffffffffffffffff80959381940316029603169203160102116156de575f8080808080806156a5565b600890565b5050505050505050600790565b5067ffffffffffffffff821667ffffffffffffffff89161061569c565b5050505050505050600690565b63ffffffff9150115f615679565b50505050505050505050600590565b5050505050505050600490565b63ffffffff9150115f61564a565b50505050505050505050600290565b9035907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe181360301821215610604570180359067ffffffffffffffff8211610604576020019181600a1b3603831361060457565b91907f7fffffff800000007fffffffffffffffde737d56d38bcf4279dce5617e3192a8821161583c576020925f9260a0926040519283528583015260408201528460608201528560808201528280526101005afa5f516001141615615836575f5260205273ffffffffffffffffffffffffffffffffffffffff60405f201690565b50505f90565b50505050505f90565b906041830361586f576158689250602081013591604082359201355f1a90615a45565b9192909190565b50505f9160029190565b67ffffffffffffffff6158938161589a939594951661591c565b931661591c565b63ffffffff83169063ffffffff811682146158c8576158b8906159da565b9063ffffffff82161461409a5790565b505090505f905f90565b9167ffffffffffffffff9081604051938160208601961686521660408401521660608201525f60808201526080815261477860a08261387e565b919081101561229857600a1b0190565b620151805f1963ffffffff920104606462023ab1620afa6c8301049162023ab1830290039160996002620afa6c61016d81870162023ab0810490836105b4618eac830492048a03010103049585870487841c8861016d0201039003016005020104600a81105f146159b257600301925b600284116159a75761019060ff60015b169202010102011690565b61019060ff5f61599c565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7019261598c565b63ffffffff811690600163ffffffff6064840616145f14615a3b57507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff9c0163ffffffff81116106685763ffffffff600b91160163ffffffff81116106685790565b614da7915061392d565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411615ad4579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa15615ac9575f5173ffffffffffffffffffffffffffffffffffffffff811615615abf57905f905f90565b505f906001905f90565b6040513d5f823e3d90fd5b5050505f916003919056",
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
	if bytes.Equal(raw[:4], anchoredLedger.abi.Errors["NotRegistry"].ID.Bytes()[:4]) {
		return anchoredLedger.UnpackNotRegistryError(raw[4:])
	}
	if bytes.Equal(raw[:4], anchoredLedger.abi.Errors["NotVoided"].ID.Bytes()[:4]) {
		return anchoredLedger.UnpackNotVoidedError(raw[4:])
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
