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

// EnergyMarketMatch is an auto generated low-level Go binding around an user-defined struct.
type EnergyMarketMatch struct {
	AskId uint64
	BidId uint64
	Wh    uint64
}

// EnergyMarketOrder is an auto generated low-level Go binding around an user-defined struct.
type EnergyMarketOrder struct {
	Maker   common.Address
	MeterId uint64
	Side    uint8
	Status  uint8
	Window  uint64
	Wh      uint64
	Filled  uint64
	Price   uint64
}

// EnergyMarketPosition is an auto generated low-level Go binding around an user-defined struct.
type EnergyMarketPosition struct {
	SoldWh   uint64
	BoughtWh uint64
}

// EnergyMarketRegisters is an auto generated low-level Go binding around an user-defined struct.
type EnergyMarketRegisters struct {
	ImportWh uint64
	ExportWh uint64
	Recorded bool
}

// EnergyMarketTrade is an auto generated low-level Go binding around an user-defined struct.
type EnergyMarketTrade struct {
	AskId           uint64
	BidId           uint64
	Wh              uint64
	BidFilledBefore uint64
}

// EnergyMarketWindow is an auto generated low-level Go binding around an user-defined struct.
type EnergyMarketWindow struct {
	Price   uint64
	Cleared bool
}

// EnergyMarketMetaData contains all meta data concerning the EnergyMarket contract.
var EnergyMarketMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractMeterRegistry\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"contractIBoundaryLedger\",\"name\":\"ledger_\",\"type\":\"address\"},{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"windowSeconds\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"settleGraceSeconds\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"tradeId\",\"type\":\"uint64\"}],\"name\":\"AlreadySettled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"price\",\"type\":\"uint64\"}],\"name\":\"BadClearingPrice\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"settleGraceSeconds\",\"type\":\"uint64\"}],\"name\":\"BadSettleGrace\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"windowSeconds\",\"type\":\"uint64\"}],\"name\":\"BadWindowLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"window\",\"type\":\"uint64\"}],\"name\":\"BookClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"window\",\"type\":\"uint64\"}],\"name\":\"ClearingNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"window\",\"type\":\"uint64\"}],\"name\":\"ClearingPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"}],\"name\":\"InactiveMeter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"MalformedReadings\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotMeterOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orderId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOrderMaker\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"}],\"name\":\"NotProsumer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orderId\",\"type\":\"uint64\"}],\"name\":\"OrderMatched\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orderId\",\"type\":\"uint64\"}],\"name\":\"OrderNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orderId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"filled\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"wh\",\"type\":\"uint64\"}],\"name\":\"OverFill\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"window\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"price\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"clearedAt\",\"type\":\"uint64\"}],\"name\":\"PriceMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"askId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"bidId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"price\",\"type\":\"uint64\"}],\"name\":\"PriceOutsideLimits\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"askId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"bidId\",\"type\":\"uint64\"}],\"name\":\"SameParty\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orderId\",\"type\":\"uint64\"}],\"name\":\"UnknownOrder\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"tradeId\",\"type\":\"uint64\"}],\"name\":\"UnknownTrade\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"window\",\"type\":\"uint64\"}],\"name\":\"WindowMisaligned\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"askId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"bidId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"window\",\"type\":\"uint64\"}],\"name\":\"WindowMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"window\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"}],\"name\":\"WindowNotClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"name\":\"WindowNotCovered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orderId\",\"type\":\"uint64\"}],\"name\":\"WrongSide\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"orderId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"maker\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"window\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"wh\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"minPrice\",\"type\":\"uint64\"}],\"name\":\"AskPlaced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"orderId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"maker\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"window\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"wh\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"maxPrice\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"escrow\",\"type\":\"uint256\"}],\"name\":\"BidPlaced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"bidId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"}],\"name\":\"EscrowReleased\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"orderId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"}],\"name\":\"OrderCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"}],\"name\":\"ReadingRecorded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"}],\"name\":\"ReadingRefused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"tradeId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"window\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"askId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"bidId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"wh\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"price\",\"type\":\"uint64\"}],\"name\":\"TradeMatched\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"tradeId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"window\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deliveredWh\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paidToSeller\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refundToBuyer\",\"type\":\"uint256\"}],\"name\":\"TradeSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"window\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"price\",\"type\":\"uint64\"}],\"name\":\"WindowCleared\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CLEARER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SETTLE_GRACE\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"WINDOW\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orderId\",\"type\":\"uint64\"}],\"name\":\"cancel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"wh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxPrice\",\"type\":\"uint64\"}],\"name\":\"escrowOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ledger\",\"outputs\":[{\"internalType\":\"contractIBoundaryLedger\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextOrderId\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextTradeId\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orderId\",\"type\":\"uint64\"}],\"name\":\"orderOf\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"maker\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"enumEnergyMarket.Side\",\"name\":\"side\",\"type\":\"uint8\"},{\"internalType\":\"enumEnergyMarket.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"window\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"wh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"filled\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"price\",\"type\":\"uint64\"}],\"internalType\":\"structEnergyMarket.Order\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"}],\"name\":\"p2pImport\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"settledWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"openTrades\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"}],\"name\":\"p2pImportWh\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"window\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"wh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"minPrice\",\"type\":\"uint64\"}],\"name\":\"placeAsk\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"orderId\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"window\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"wh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxPrice\",\"type\":\"uint64\"}],\"name\":\"placeBid\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"orderId\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"}],\"name\":\"positionOf\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"soldWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"boughtWh\",\"type\":\"uint64\"}],\"internalType\":\"structEnergyMarket.Position\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"records\",\"type\":\"bytes\"}],\"name\":\"recordReadings\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"meterId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"name\":\"registersAt\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"importWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"exportWh\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"recorded\",\"type\":\"bool\"}],\"internalType\":\"structEnergyMarket.Registers\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractMeterRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"tradeId\",\"type\":\"uint64\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64[]\",\"name\":\"tradeIds\",\"type\":\"uint64[]\"}],\"name\":\"settleMany\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"window\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"price\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"askId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"bidId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"wh\",\"type\":\"uint64\"}],\"internalType\":\"structEnergyMarket.Match[]\",\"name\":\"matches\",\"type\":\"tuple[]\"},{\"internalType\":\"bool\",\"name\":\"last\",\"type\":\"bool\"}],\"name\":\"submitClearing\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"tradeId\",\"type\":\"uint64\"}],\"name\":\"tradeOf\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"askId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"bidId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"wh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"bidFilledBefore\",\"type\":\"uint64\"}],\"internalType\":\"structEnergyMarket.Trade\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"}],\"name\":\"windowOf\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"price\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"cleared\",\"type\":\"bool\"}],\"internalType\":\"structEnergyMarket.Window\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "EnergyMarket",
	Bin: "0x6101203461029257601f61420838819003918201601f19168301916001600160401b038311848410176102965780849260c094604052833981010312610292578051906001600160a01b038216908183036102925760208101516001600160a01b038116908181036102925760408301516001600160a01b0381169490919085830361029257610091606086016102aa565b9360a06100a0608088016102aa565b960151966001600160a01b038816928389036102925760017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0081905580546001600160801b0319166801000000000000000117905515918215610289575b508115610280575b506102715715610271576001600160401b03831680158015610242575b61023057506001600160401b0384169562015180871061021d57610161965060a05260c05260e0526101005260805261015b816102be565b50610334565b50604051613de090816103c882396080518181816102b401526139e5015260a05181818161034901528181612038015281816120e60152613847015260c05181818161066d01528181610b620152818161230401526125db015260e051818181610194015281816123720152818161278e0152818161346701526134aa015261010051818181610b3f01528181610fdb0152818161124f0152818161182601528181611e01015281816128510152818161320001526137520152f35b8663366e393760e01b5f5260045260245ffd5b63d233647360e01b5f5260045260245ffd5b61025d57620151808190066001600160401b03161515610123565b634e487b7160e01b5f52601260045260245ffd5b63d92e233d60e01b5f5260045ffd5b9050155f610106565b1591505f6100fe565b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b51906001600160401b038216820361029257565b6001600160a01b0381165f9081525f5160206141c85f395f51905f52602052604090205460ff1661032f576001600160a01b03165f8181525f5160206141c85f395f51905f5260205260408120805460ff191660011790553391905f5160206141a85f395f51905f528180a4600190565b505f90565b6001600160a01b0381165f9081525f5160206141e85f395f51905f52602052604090205460ff1661032f576001600160a01b03165f8181525f5160206141e85f395f51905f5260205260408120805460ff191660011790553391907f49a6b442f5e04f603d65f1dd4a5880944e29683b41bf2fdcc9b7f10fc20eafa7905f5160206141a85f395f51905f529080a460019056fe6080806040526004361015610012575f80fd5b5f905f3560e01c90816301ffc9a714612a0957508063248a9ca3146129df5780632a58b330146129b85780632f2ff15d1461298957806336568abe1461292b5780634b9ba446146129025780634c125e79146125ff57806356397c35146125af5780636535b07b1461253f57806373eb8f0b1461205c5780637b1039991461200b578063812cd4f114611fd6578063813ad08314611fab57806381b7a55914611efe57806391d1485414611eb4578063926312d3146111775780639eb3d8dc14611065578063a217fddf14611049578063a4ab81a314610fff578063a53e541214610fba578063bc02f94414610ae1578063c145d41214610a6d578063c4a708591461087c578063c9d8a8fa146107cf578063cc8ca3b0146102d8578063cd822c5214610293578063d547741f1461025a578063e452bfe61461021f578063e7e75798146101bb5763fc0c546a14610168575f80fd5b346101b857806003193601126101b857602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b80fd5b50346101b85763ffffffff604067ffffffffffffffff926101db36612b6a565b9416815260076020522091165f526020526101f860405f20612ea2565b80516020918201516040805167ffffffffffffffff93841681529290911692820192909252f35b50346101b857806003193601126101b85760206040517f49a6b442f5e04f603d65f1dd4a5880944e29683b41bf2fdcc9b7f10fc20eafa78152f35b50346101b85761028f61026c36612aa7565b9061028a610285825f525f602052600160405f20015490565b612ecb565b613003565b5080f35b50346101b857806003193601126101b857602060405167ffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b50346101b8576102e736612b08565b6102f382849594613734565b604051927f30fa5d8500000000000000000000000000000000000000000000000000000000845267ffffffffffffffff81169384600482015260608160248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa9081156107c45787908892610791575b5073ffffffffffffffffffffffffffffffffffffffff33911603610761576001906103a581612b9e565b03610735576103b3906137f2565b6001549067ffffffffffffffff821694859267ffffffffffffffff1967ffffffffffffffff6103e186612dab565b16911617600155604051916103f583612c98565b33835287602084019587875260408501948286526060810183815267ffffffffffffffff6080830196169889875267ffffffffffffffff60a0840194169788855273ffffffffffffffffffffffffffffffffffffffff604060c086019780895267ffffffffffffffff60e088019a169c8d8b5281526002602052209451167fffffff00000000000000000000000000000000000000000000000000000000007cff000000000000000000000000000000000000000000000000000000007bffffffffffffffff00000000000000000000000000000000000000008754955160a01b1693516104e281612b9e565b6104eb81612b9e565b60e01b169316171717825551600381101561070857936105d167ffffffffffffffff61061a956105888f9d9c9a988d9c9a97848060018a61052f839c968497612bf7565b019a51161667ffffffffffffffff198a5416178955511687907fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff6fffffffffffffffff000000000000000083549260401b169116179055565b5185547fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff16911660801b77ffffffffffffffff0000000000000000000000000000000016178455565b51825477ffffffffffffffffffffffffffffffffffffffffffffffff16911660c01b7fffffffffffffffff00000000000000000000000000000000000000000000000016179055565b60405192835260208301526040820152847fc049f16209af9e6b431e5025ce633e3b4205d17a17b4561c492685aab337c503339260608180030190a473ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016803b15610704576024839260405194859384927f61f45c6100000000000000000000000000000000000000000000000000000000845260048401525af180156106f9576106e0575b602082604051908152f35b6106eb838092612ced565b6106f557816106d5565b5080fd5b6040513d85823e3d90fd5b8280fd5b60248c7f4e487b710000000000000000000000000000000000000000000000000000000081526021600452fd5b602486857fa887843e000000000000000000000000000000000000000000000000000000008252600452fd5b604487867f38d8804e00000000000000000000000000000000000000000000000000000000825260045233602452fd5b90506107b5915060603d6060116107bd575b6107ad8183612ced565b810190612d78565b50905f61037b565b503d6107a3565b6040513d89823e3d90fd5b50346101b85760406003193601126101b85767ffffffffffffffff60406107f4612ada565b92826107fe612af1565b948284805161080c81612cd1565b828152826020820152015216815260066020522091165f52602052606060405f206040519061083a82612cd1565b5467ffffffffffffffff8082169283815260ff604060208301928486831c168452019360801c1615158352604051938452511660208301525115156040820152f35b50346101b85760206003193601126101b85767ffffffffffffffff61089f612ada565b8260e06040516108ae81612c98565b8281528260208201528260408201528260608201528260808201528260a08201528260c0820152015216815260026020526040812090604051906108f182612c98565b825473ffffffffffffffffffffffffffffffffffffffff81168352602083019367ffffffffffffffff8260a01c16855260ff808360e01c1692604086019361093881612b9e565b845260e81c169060608501916003811015610a4057906001918352015492608085019167ffffffffffffffff8516835260a086019367ffffffffffffffff8660401c16855267ffffffffffffffff60c0880198818860801c168a5260e089019760c01c885273ffffffffffffffffffffffffffffffffffffffff604051995116895251166020880152516109cb81612b9e565b604087015251906003821015610a1357509467ffffffffffffffff8094938180946101009960608a015251166080880152511660a0860152511660c0840152511660e0820152f35b807f4e487b7100000000000000000000000000000000000000000000000000000000602492526021600452fd5b6024857f4e487b710000000000000000000000000000000000000000000000000000000081526021600452fd5b50346101b85760406003193601126101b85767ffffffffffffffff6040610a92612ada565b9282610a9c612af1565b94610aa5612d2e565b5016815260056020522091165f526020526040610ac3815f20612ea2565b67ffffffffffffffff60208351928281511684520151166020820152f35b50346101b85760206003193601126101b85760043567ffffffffffffffff81116106f557366023820112156106f557806004013567ffffffffffffffff81116107045736602482840101116107045760888106610f8f5760888104917f000000000000000000000000000000000000000000000000000000000000000091907f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1690855b858110610ba5578680f35b608881029080820460881481151715610f62576001810191828211610f3557608883029280840460881490151715610f3557828111610f3157858311610f315760248185010192039182600811610f3157803560c01c60188410610e6957601082013560c01c9160208510610f2d57601881013560c01c9060288610610f295767ffffffffffffffff602082013560c01c1695838d52600660205260408d2067ffffffffffffffff86165f5260205260ff60405f205460801c16610f1b576040517f9cca634300000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8581166004830152861660248201528d6060826044818e5afa8015610f0e5785828f8c94958294610ea0575b50610cd267ffffffffffffffff918c612e4b565b161594851595610e97575b508415610e82575b50508215610e6d575b5050610e1b5750506001947f67de425809b8100525de0e2d4fd18f15123b277cf9dbbf7682983b11696d4bd891604051610d2781612cd1565b8181528d610db667ffffffffffffffff602084018681526040808601948d86528a8152600660205220828b165f52602052818060405f209651161667ffffffffffffffff19865416178555511683907fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff6fffffffffffffffff000000000000000083549260401b169116179055565b5181547fffffffffffffffffffffffffffffff00ffffffffffffffffffffffffffffffff1690151560801b70ff00000000000000000000000000000000161790556040805167ffffffffffffffff928316815292909116602083015290a35b01610b9a565b91509450601011610e69577fec07dc6de281042ff5692e81dfbfe4156bfe2d645bab5ca8bfcb19bbb32cf8d860206008600196013567ffffffffffffffff6040519160c01c168152a3610e15565b8980fd5b67ffffffffffffffff1614159050875f610cee565b67ffffffffffffffff1614159250855f610ce5565b1594505f610cdd565b955050505050506060813d8211610f06575b81610ebf60609383612ced565b81010312610f0257878c85610ed384612e80565b67ffffffffffffffff610cd2610ef76040610ef060208a01612e8d565b9801612e8d565b929692949150610cbe565b8d80fd5b3d9150610eb2565b50604051903d90823e3d90fd5b505050505060019150610e15565b8b80fd5b8a80fd5b8880fd5b6024897f4e487b710000000000000000000000000000000000000000000000000000000081526011600452fd5b6024887f4e487b710000000000000000000000000000000000000000000000000000000081526011600452fd5b7f3efa5b9d000000000000000000000000000000000000000000000000000000008352600452602482fd5b50346101b857806003193601126101b857602060405167ffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b50346101b85763ffffffff604067ffffffffffffffff9261101f36612b6a565b9416815260076020522091165f52602052602067ffffffffffffffff60405f205416604051908152f35b50346101b857806003193601126101b857602090604051908152f35b50346101b85760206003193601126101b85760043567ffffffffffffffff81116106f557366023820112156106f55780600401359067ffffffffffffffff8211610704573660248360051b83010111610704576110c06130cb565b67ffffffffffffffff60015460401c1690835b8381101561114f576001906110ef60248260051b850101612e6b565b67ffffffffffffffff811680885260036020528567ffffffffffffffff60408a205416159182611145575b8261113b575b50506111355761112f9061314f565b016110d3565b5061112f565b109050855f611120565b801515925061111a565b8460017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005580f35b50346101b85760806003193601126101b857611191612ada565b9061119a612af1565b67ffffffffffffffff604435116106f5573660236044350112156106f557604435600401359267ffffffffffffffff8411610704573660246060860260443501011161070457606435151560643503610704577f49a6b442f5e04f603d65f1dd4a5880944e29683b41bf2fdcc9b7f10fc20eafa78352826020526040832073ffffffffffffffffffffffffffffffffffffffff33165f5260205260ff60405f20541615611e645767ffffffffffffffff6112747f000000000000000000000000000000000000000000000000000000000000000083612e4b565b16611e2f5767ffffffffffffffff8116808452600460205260408420929042108015611df2575b8015611de4575b611dae5767ffffffffffffffff811615611d7957825467ffffffffffffffff1680611d23575067ffffffffffffffff811667ffffffffffffffff198454161783555b67ffffffffffffffff60015460401c1692845b86811015611c6357606081026044350161131086612dab565b9567ffffffffffffffff61132660648401612e6b565b1615611c3b5767ffffffffffffffff61134160248401612e6b565b16885260026020526040882067ffffffffffffffff61136260448501612e6b565b16895260026020526040892091815460ff8160e01c1661138181612b9e565b15801590611c1d575b611c06578354600160ff8260e01c166113a281612b9e565b14801590611be8575b611ba75760018401549167ffffffffffffffff8b1667ffffffffffffffff841614801590611b85575b611b325760ff8160e81c166003811015611aee57611b1b5760ff8260e81c166003811015611aee57611aad578260c01c67ffffffffffffffff8b16108015611a93575b611a405767ffffffffffffffff8260a01c1667ffffffffffffffff8260a01c1614918215611a1c575b50506119c95767ffffffffffffffff61146961145e60648801612e6b565b828460801c16612ba8565b9160401c1667ffffffffffffffff82168181116119af5750506001840154916114aa61149760648801612e6b565b67ffffffffffffffff8560801c16612ba8565b9267ffffffffffffffff8160401c1667ffffffffffffffff8516818111611966575050908c9594939291602488016114e190612e6b565b916114ee60448a01612e6b565b6114fa60648b01612e6b565b916040519461150886612cb5565b67ffffffffffffffff168552602085019167ffffffffffffffff168252604085019267ffffffffffffffff168352606085019360801c67ffffffffffffffff16845267ffffffffffffffff1698898152600360205260409020935167ffffffffffffffff1667ffffffffffffffff16845467ffffffffffffffff19161784555167ffffffffffffffff166115d89084907fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff6fffffffffffffffff000000000000000083549260401b169116179055565b5182547fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff1660809190911b77ffffffffffffffff000000000000000000000000000000001617825551815477ffffffffffffffffffffffffffffffffffffffffffffffff1660c09190911b7fffffffffffffffff0000000000000000000000000000000000000000000000001617905560018301906116ba91907fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff77ffffffffffffffff0000000000000000000000000000000083549260801b169116179055565b600183019061170c91907fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff77ffffffffffffffff0000000000000000000000000000000083549260801b169116179055565b61171860648501612e6b565b905460a01c67ffffffffffffffff168a52600560205260408a2067ffffffffffffffff89165f5260205260405f2090815467ffffffffffffffff169061175d91612ba8565b67ffffffffffffffff16815467ffffffffffffffff19161790556064830161178490612e6b565b815460a01c67ffffffffffffffff168a52600560205260408a2067ffffffffffffffff89165f5260205260405f2090815460401c67ffffffffffffffff16906117cc91612ba8565b81547fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff1660409190911b6fffffffffffffffff0000000000000000161790555460a01c67ffffffffffffffff1688526007602052604088207f000000000000000000000000000000000000000000000000000000000000000061184f9088612ba8565b67ffffffffffffffff1661186290613ac8565b63ffffffff165f5260205260405f20805460401c67ffffffffffffffff1661188990612dab565b81547fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff1660409190911b6fffffffffffffffff0000000000000000161790556118d460248301612e6b565b916118e160448201612e6b565b906064016118ee90612e6b565b906040519367ffffffffffffffff16845267ffffffffffffffff16602084015267ffffffffffffffff16604083015267ffffffffffffffff8516606083015267ffffffffffffffff86169160807ff0ae7c67e250ff134b6010983103bb6e234efe3b07657b18464ea9d4613d91eb91a36001016112f7565b6064918f9167ffffffffffffffff61198060448d01612e6b565b7f26358cc200000000000000000000000000000000000000000000000000000000855216600452602452604452fd5b6064918d9167ffffffffffffffff61198060248b01612e6b565b60448b67ffffffffffffffff87816119ee856119e760248501612e6b565b9301612e6b565b917ff9379f8c0000000000000000000000000000000000000000000000000000000085521660045216602452fd5b73ffffffffffffffffffffffffffffffffffffffff91925081169116145f80611440565b60648d67ffffffffffffffff8c818b81611a6160446119e760248501612e6b565b917f67e29e1c000000000000000000000000000000000000000000000000000000008752166004521660245216604452fd5b50600186015460c01c67ffffffffffffffff8b1611611417565b60248d67ffffffffffffffff611ac560448b01612e6b565b7f4208336600000000000000000000000000000000000000000000000000000000835216600452fd5b60248e7f4e487b710000000000000000000000000000000000000000000000000000000081526021600452fd5b60248d67ffffffffffffffff611ac5838b01612e6b565b60648d67ffffffffffffffff8d818b81611b5360446119e760248501612e6b565b917f80daab42000000000000000000000000000000000000000000000000000000008752166004521660245216604452fd5b5067ffffffffffffffff8b1667ffffffffffffffff60018801541614156113d4565b60248c67ffffffffffffffff611bbf60448a01612e6b565b7fd6c87a4500000000000000000000000000000000000000000000000000000000835216600452fd5b5073ffffffffffffffffffffffffffffffffffffffff8116156113ab565b60248b67ffffffffffffffff611bbf838901612e6b565b5073ffffffffffffffffffffffffffffffffffffffff81161561138a565b6004887f1f2a2005000000000000000000000000000000000000000000000000000000008152fd5b509190927fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff6fffffffffffffffff00000000000000006001549260401b16911617600155606435611cb2578380f35b67ffffffffffffffff60209183680100000000000000007fffffffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffff7fdd5f7af2a16ec9732502f3fc5bd52e10a763ee9a3e6c1ed6cff38bb664bbcba896541617905581604051951685521692a28180808380f35b67ffffffffffffffff82168103611d3a57506112e4565b67ffffffffffffffff8592816064957fc37bba880000000000000000000000000000000000000000000000000000000086521660045216602452604452fd5b7f130f530800000000000000000000000000000000000000000000000000000000845267ffffffffffffffff16600452602483fd5b60248467ffffffffffffffff847f091fa1ad00000000000000000000000000000000000000000000000000000000835216600452fd5b5060ff835460401c166112a2565b5067ffffffffffffffff611e267f000000000000000000000000000000000000000000000000000000000000000084612ba8565b1642101561129b565b7fda5be26600000000000000000000000000000000000000000000000000000000835267ffffffffffffffff16600452602482fd5b6044837fe2517d3f000000000000000000000000000000000000000000000000000000008152336004527f49a6b442f5e04f603d65f1dd4a5880944e29683b41bf2fdcc9b7f10fc20eafa7602452fd5b50346101b85773ffffffffffffffffffffffffffffffffffffffff6040611eda36612aa7565b93908152806020522091165f52602052602060ff60405f2054166040519015158152f35b50346101b85760206003193601126101b857604060809167ffffffffffffffff611f26612ada565b8260608551611f3481612cb5565b8281528260208201528287820152015216815260036020522067ffffffffffffffff60405191611f6383612cb5565b5481808216938481528160208201818560401c1681526060604084019383878b1c168552019460c01c8552604051968752511660208601525116604084015251166060820152f35b50346101b857806003193601126101b857602067ffffffffffffffff60015460401c16604051908152f35b50346101b85760406003193601126101b8576020612003611ff5612ada565b611ffd612af1565b90612e21565b604051908152f35b50346101b857806003193601126101b857602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b50346124955761206b36612b08565b92906120756130cb565b61207f8184613734565b6120898482612e21565b93841561251757604051927f30fa5d8500000000000000000000000000000000000000000000000000000000845267ffffffffffffffff81169384600482015260608160248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa90811561248a575f916124f6575b5073ffffffffffffffffffffffffffffffffffffffff339116036124c65761213d906137f2565b6001549367ffffffffffffffff85169467ffffffffffffffff1967ffffffffffffffff61216988612dab565b1691161760015560405161217c81612c98565b3381526020810185815260408201926001845260608301925f845267ffffffffffffffff6080820192169586835267ffffffffffffffff60a0830198169485895260c08301945f865267ffffffffffffffff60e085019316978884528c5f52600260205273ffffffffffffffffffffffffffffffffffffffff60405f209551167fffffff00000000000000000000000000000000000000000000000000000000007cff000000000000000000000000000000000000000000000000000000007bffffffffffffffff00000000000000000000000000000000000000008854955160a01b16935161226b81612b9e565b61227481612b9e565b60e01b1693161717178355519160038310156124995767ffffffffffffffff6122b095610588828d9c818060018861052f839c6105d19b612bf7565b60405192835260208301526040820152846060820152837f34816046bfdda05c8a7cb0dc85a10a85e143e59943615da982826e1e75d95dfd60803393a473ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001690813b15612495575f916024839260405194859384927f61f45c6100000000000000000000000000000000000000000000000000000000845260048401525af1801561248a57612475575b507f000000000000000000000000000000000000000000000000000000000000000092604051927f23b872dd000000000000000000000000000000000000000000000000000000008252336004523060245260445260208160648180885af16001825114811615612456575b836040528160605215612414576020838360017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00558152f35b8073ffffffffffffffffffffffffffffffffffffffff857f5274afe7000000000000000000000000000000000000000000000000000000006024945216600452fd5b600181151661246c57843b15153d1516166123db565b833d83823e3d90fd5b6124829193505f90612ced565b5f915f61236f565b6040513d5f823e3d90fd5b5f80fd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b837f38d8804e000000000000000000000000000000000000000000000000000000005f526004523360245260445ffd5b61250f915060603d6060116107bd576107ad8183612ced565b50505f612116565b7f1f2a2005000000000000000000000000000000000000000000000000000000005f5260045ffd5b346124955760206003193601126124955767ffffffffffffffff612561612ada565b612569612d2e565b50165f5260046020526040805f2081519061258382612c4f565b5460ff602067ffffffffffffffff8316938481520191841c161515815282519182525115156020820152f35b34612495575f60031936011261249557602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b346124955760206003193601126124955767ffffffffffffffff612621612ada565b6126296130cb565b16805f52600260205260405f209081549173ffffffffffffffffffffffffffffffffffffffff83169283156128d65760e81c60ff166003811015612499576128aa576001810192835467ffffffffffffffff8160801c1661287e5767ffffffffffffffff168042105f146127f1575033036127c1575b7d0100000000000000000000000000000000000000000000000000000000007fffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8254161781555491600160ff8460e01c166126f981612b9e565b036127b95761271a905467ffffffffffffffff8160c01c9160401c16612e21565b905b7f17ed80d70e4fe7aba797a850b948f4406355faaa2c7b54f8a6f1ab3d41db79f86020604051848152a280612772575b60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055005b73ffffffffffffffffffffffffffffffffffffffff6127b292167f000000000000000000000000000000000000000000000000000000000000000061366a565b808061274c565b505f9061271c565b507fc1ed312d000000000000000000000000000000000000000000000000000000005f526004523360245260445ffd5b8091505f52600460205260ff60405f205460401c161580612842575b612817575061269f565b7ff488e180000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5067ffffffffffffffff6128767f000000000000000000000000000000000000000000000000000000000000000083612ba8565b16421061280d565b837f434b1299000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b507f42083366000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b827f3d799ad0000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346124955760206003193601126124955761274c61291e612ada565b6129266130cb565b61314f565b346124955761293936612aa7565b3373ffffffffffffffffffffffffffffffffffffffff8216036129615761295f91613003565b005b7f6697b232000000000000000000000000000000000000000000000000000000005f5260045ffd5b346124955761295f61299a36612aa7565b906129b3610285825f525f602052600160405f20015490565b612f31565b34612495575f60031936011261249557602067ffffffffffffffff60015416604051908152f35b346124955760206003193601126124955760206120036004355f525f602052600160405f20015490565b3461249557602060031936011261249557600435907fffffffff00000000000000000000000000000000000000000000000000000000821680920361249557817f7965db0b0000000000000000000000000000000000000000000000000000000060209314908115612a7d575b5015158152f35b7f01ffc9a70000000000000000000000000000000000000000000000000000000091501483612a76565b6003196040910112612495576004359060243573ffffffffffffffffffffffffffffffffffffffff811681036124955790565b6004359067ffffffffffffffff8216820361249557565b6024359067ffffffffffffffff8216820361249557565b60031960809101126124955760043567ffffffffffffffff81168103612495579060243567ffffffffffffffff81168103612495579060443567ffffffffffffffff81168103612495579060643567ffffffffffffffff811681036124955790565b60031960409101126124955760043567ffffffffffffffff81168103612495579060243563ffffffff811681036124955790565b6002111561249957565b9067ffffffffffffffff8091169116019067ffffffffffffffff8211612bca57565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b906003811015612499577fffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7dff000000000000000000000000000000000000000000000000000000000083549260e81b169116179055565b6040810190811067ffffffffffffffff821117612c6b57604052565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b610100810190811067ffffffffffffffff821117612c6b57604052565b6080810190811067ffffffffffffffff821117612c6b57604052565b6060810190811067ffffffffffffffff821117612c6b57604052565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff821117612c6b57604052565b60405190612d3b82612c4f565b5f6020838281520152565b519073ffffffffffffffffffffffffffffffffffffffff8216820361249557565b519063ffffffff8216820361249557565b9081606091031261249557612d8c81612d46565b9160208201516002811015612495576040612da8919301612d67565b90565b67ffffffffffffffff1667ffffffffffffffff8114612bca5760010190565b81810292918115918404141715612bca57565b91908201809211612bca57565b8115612df4570490565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b67ffffffffffffffff80612e3793169116612dca565b6103e78101809111612bca576103e8900490565b9067ffffffffffffffff16908115612df45767ffffffffffffffff160690565b3567ffffffffffffffff811681036124955790565b5190811515820361249557565b519067ffffffffffffffff8216820361249557565b90604051612eaf81612c4f565b602067ffffffffffffffff829454818116845260401c16910152565b805f525f60205260405f2073ffffffffffffffffffffffffffffffffffffffff33165f5260205260ff60405f20541615612f025750565b7fe2517d3f000000000000000000000000000000000000000000000000000000005f523360045260245260445ffd5b805f525f60205260405f2073ffffffffffffffffffffffffffffffffffffffff83165f5260205260ff60405f205416155f14612ffd57805f525f60205260405f2073ffffffffffffffffffffffffffffffffffffffff83165f5260205260405f2060017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0082541617905573ffffffffffffffffffffffffffffffffffffffff339216907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d5f80a4600190565b50505f90565b805f525f60205260405f2073ffffffffffffffffffffffffffffffffffffffff83165f5260205260ff60405f2054165f14612ffd57805f525f60205260405f2073ffffffffffffffffffffffffffffffffffffffff83165f5260205260405f207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00815416905573ffffffffffffffffffffffffffffffffffffffff339216907ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b5f80a4600190565b60027f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00541461311a5760027f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b7f3ee5aeb5000000000000000000000000000000000000000000000000000000005f5260045ffd5b91908203918211612bca57565b67ffffffffffffffff16805f52600360205260405f206040519061317282612cb5565b549167ffffffffffffffff8316928383526020830167ffffffffffffffff8260401c168152604084019467ffffffffffffffff8360801c168652606085019260c01c8352156135ee5767ffffffffffffffff8451165f52600260205260405f209267ffffffffffffffff8251165f52600260205260405f209567ffffffffffffffff600186015416926132257f000000000000000000000000000000000000000000000000000000000000000085612ba8565b9467ffffffffffffffff8616978842106135be57855f52600460205260405f205467ffffffffffffffff169686895460a01c67ffffffffffffffff168c5460a01c67ffffffffffffffff169061327a946138ff565b92815167ffffffffffffffff16905167ffffffffffffffff1661329c91612ddd565b866132a691612dca565b6103e89004905167ffffffffffffffff16866132c191612dca565b6103e890046132cf91613142565b9467ffffffffffffffff8316926132e68285612dca565b6103e8900496876132f691613142565b98855f52600360205260405f205f90558a5460a01c67ffffffffffffffff165f52600760205260405f209061332a90613ac8565b63ffffffff165f5260205260405f2090815467ffffffffffffffff169061335091612ba8565b67ffffffffffffffff16815467ffffffffffffffff1916178155805460401c67ffffffffffffffff16908115612bca577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff6133e692017fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff6fffffffffffffffff000000000000000083549260401b169116179055565b60ff895460e81c166003811015612499578990156134d5575b50505060607fbf9e6035be2b4fccc1c709a346e4aa2dd4c704b7577704807d012910c0fe3c3c91604051908152856020820152876040820152a38061348d575b50508061344a575050565b73ffffffffffffffffffffffffffffffffffffffff61348b9254167f000000000000000000000000000000000000000000000000000000000000000061366a565b565b73ffffffffffffffffffffffffffffffffffffffff6134ce9254167f000000000000000000000000000000000000000000000000000000000000000061366a565b5f8061343f565b977f5a74102a5000c7614c94930662656280eac2d115f0d805185292ee2eeb291886602067ffffffffffffffff6135ac6135a57fbf9e6035be2b4fccc1c709a346e4aa2dd4c704b7577704807d012910c0fe3c3c98966103e86060999f600161359e917d0200000000000000000000000000000000000000000000000000000000007fffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffff825416178155015492866135948560c01c828760401c16612e21565b9460801c16612dca565b0490613142565b8095612ddd565b9b511692604051908152a291886133ff565b88867f8117cf3b000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b8280151580613652575b613627577f935e5d6d000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7fd8b8226a000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5067ffffffffffffffff60015460401c1681106135f8565b9173ffffffffffffffffffffffffffffffffffffffff604051927fa9059cbb000000000000000000000000000000000000000000000000000000005f521660045260245260205f60448180865af19060015f5114821615613713575b604052156136d15750565b73ffffffffffffffffffffffffffffffffffffffff907f5274afe7000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b90600181151661372b57823b15153d151616906136c6565b503d5f823e3d90fd5b9067ffffffffffffffff16156125175767ffffffffffffffff6137777f000000000000000000000000000000000000000000000000000000000000000083612e4b565b166137bc5767ffffffffffffffff16804210156137915750565b7fbcb7514d000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b67ffffffffffffffff907fda5be266000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b67ffffffffffffffff604051917f99597bdd000000000000000000000000000000000000000000000000000000008352169081600482015260608160248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa90811561248a575f916138ab575b50156138805750565b7f8168bb56000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b90506060813d6060116138f7575b816138c660609383612ced565b81010312612495576040816138dd6138f193612d46565b506138ea60208201612d67565b5001612e80565b5f613877565b3d91506138b9565b9290949361390e818388613ba5565b94909161391c818587613cd0565b93908115908115613abf575b506139d05750509167ffffffffffffffff61398781979895938261397e60406139ac9801988261395c818c5116809d612dca565b91165f52600560205260405f208388165f526020528260405f20541690612dea565b97511690612dca565b92165f5260056020528560405f2091165f526020528460405f205460401c1690612dea565b908281106139c8575b508181106139c257501690565b90501690565b91505f6139b5565b9395509591505067ffffffffffffffff613a0a7f000000000000000000000000000000000000000000000000000000000000000087612ba8565b16421015613ab5575067ffffffffffffffff9485929115613aae57505b1690815f52600660205260405f208482165f5260205260ff60405f205460801c1615613a7d57507f6c0343fc000000000000000000000000000000000000000000000000000000005f526004521660245260445ffd5b91507f6c0343fc000000000000000000000000000000000000000000000000000000005f526004521660245260445ffd5b9050613a27565b9450505050505f90565b9050155f613928565b620151807fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff63ffffffff920104606462023ab1620afa6c8301049162023ab1830290039160996002620afa6c61016d81870162023ab0810490836105b4618eac830492048a03010103049585870487841c8861016d0201039003016005020104600a81105f14613b7d57600301925b60028411613b725761019060ff60015b169202010102011690565b61019060ff5f613b67565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff70192613b57565b67ffffffffffffffff909291921691825f52600660205267ffffffffffffffff60405f2091165f5260205260405f209060405191613be283612cd1565b549267ffffffffffffffff8416835260ff6040602085019467ffffffffffffffff87831c168652019460801c16151584525f52600660205267ffffffffffffffff60405f2091165f5260205260405f2060405190613c3f82612cd1565b549267ffffffffffffffff8416825260ff67ffffffffffffffff8560401c169485602085015260801c161591604083159101525115908115613cc8575b50613cc0575167ffffffffffffffff169081811115613cb7570367ffffffffffffffff8111612bca57905b67ffffffffffffffff6001921690565b50505f90613ca7565b50505f905f90565b90505f613c7c565b67ffffffffffffffff909291921691825f52600660205267ffffffffffffffff60405f2091165f5260205260405f209060405191613d0d83612cd1565b549267ffffffffffffffff8416835267ffffffffffffffff8460401c16602084015260ff604084019460801c16151584525f52600660205267ffffffffffffffff60405f2091165f5260205260405f2060405190613d6a82612cd1565b549260ff67ffffffffffffffff85169485845267ffffffffffffffff8160401c16602085015260801c161591604083159101525115908115613cc85750613cc0575167ffffffffffffffff169081811115613cb7570367ffffffffffffffff8111612bca579067ffffffffffffffff6001921690562f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0dad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb520ec2bc74052fba698e2c1d679cef77c2ab80aecd1fc0714b0f10c6eabc8d510",
}

// EnergyMarket is an auto generated Go binding around an Ethereum contract.
type EnergyMarket struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *EnergyMarket) GetABI() abi.ABI {
	return c.abi
}

// NewEnergyMarket creates a new instance of EnergyMarket.
func NewEnergyMarket() *EnergyMarket {
	parsed, err := EnergyMarketMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &EnergyMarket{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *EnergyMarket) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address registry_, address ledger_, address token_, uint64 windowSeconds, uint64 settleGraceSeconds, address admin) returns()
func (energyMarket *EnergyMarket) PackConstructor(registry_ common.Address, ledger_ common.Address, token_ common.Address, windowSeconds uint64, settleGraceSeconds uint64, admin common.Address) []byte {
	enc, err := energyMarket.abi.Pack("", registry_, ledger_, token_, windowSeconds, settleGraceSeconds, admin)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCLEARERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe452bfe6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CLEARER_ROLE() view returns(bytes32)
func (energyMarket *EnergyMarket) PackCLEARERROLE() []byte {
	enc, err := energyMarket.abi.Pack("CLEARER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCLEARERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe452bfe6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CLEARER_ROLE() view returns(bytes32)
func (energyMarket *EnergyMarket) TryPackCLEARERROLE() ([]byte, error) {
	return energyMarket.abi.Pack("CLEARER_ROLE")
}

// UnpackCLEARERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe452bfe6.
//
// Solidity: function CLEARER_ROLE() view returns(bytes32)
func (energyMarket *EnergyMarket) UnpackCLEARERROLE(data []byte) ([32]byte, error) {
	out, err := energyMarket.abi.Unpack("CLEARER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (energyMarket *EnergyMarket) PackDEFAULTADMINROLE() []byte {
	enc, err := energyMarket.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (energyMarket *EnergyMarket) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return energyMarket.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (energyMarket *EnergyMarket) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := energyMarket.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSETTLEGRACE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd822c52.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SETTLE_GRACE() view returns(uint64)
func (energyMarket *EnergyMarket) PackSETTLEGRACE() []byte {
	enc, err := energyMarket.abi.Pack("SETTLE_GRACE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSETTLEGRACE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd822c52.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SETTLE_GRACE() view returns(uint64)
func (energyMarket *EnergyMarket) TryPackSETTLEGRACE() ([]byte, error) {
	return energyMarket.abi.Pack("SETTLE_GRACE")
}

// UnpackSETTLEGRACE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcd822c52.
//
// Solidity: function SETTLE_GRACE() view returns(uint64)
func (energyMarket *EnergyMarket) UnpackSETTLEGRACE(data []byte) (uint64, error) {
	out, err := energyMarket.abi.Unpack("SETTLE_GRACE", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa53e5412.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function WINDOW() view returns(uint64)
func (energyMarket *EnergyMarket) PackWINDOW() []byte {
	enc, err := energyMarket.abi.Pack("WINDOW")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa53e5412.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function WINDOW() view returns(uint64)
func (energyMarket *EnergyMarket) TryPackWINDOW() ([]byte, error) {
	return energyMarket.abi.Pack("WINDOW")
}

// UnpackWINDOW is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa53e5412.
//
// Solidity: function WINDOW() view returns(uint64)
func (energyMarket *EnergyMarket) UnpackWINDOW(data []byte) (uint64, error) {
	out, err := energyMarket.abi.Unpack("WINDOW", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c125e79.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancel(uint64 orderId) returns()
func (energyMarket *EnergyMarket) PackCancel(orderId uint64) []byte {
	enc, err := energyMarket.abi.Pack("cancel", orderId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c125e79.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancel(uint64 orderId) returns()
func (energyMarket *EnergyMarket) TryPackCancel(orderId uint64) ([]byte, error) {
	return energyMarket.abi.Pack("cancel", orderId)
}

// PackEscrowOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x812cd4f1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function escrowOf(uint64 wh, uint64 maxPrice) pure returns(uint256)
func (energyMarket *EnergyMarket) PackEscrowOf(wh uint64, maxPrice uint64) []byte {
	enc, err := energyMarket.abi.Pack("escrowOf", wh, maxPrice)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEscrowOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x812cd4f1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function escrowOf(uint64 wh, uint64 maxPrice) pure returns(uint256)
func (energyMarket *EnergyMarket) TryPackEscrowOf(wh uint64, maxPrice uint64) ([]byte, error) {
	return energyMarket.abi.Pack("escrowOf", wh, maxPrice)
}

// UnpackEscrowOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x812cd4f1.
//
// Solidity: function escrowOf(uint64 wh, uint64 maxPrice) pure returns(uint256)
func (energyMarket *EnergyMarket) UnpackEscrowOf(data []byte) (*big.Int, error) {
	out, err := energyMarket.abi.Unpack("escrowOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (energyMarket *EnergyMarket) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := energyMarket.abi.Pack("getRoleAdmin", role)
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
func (energyMarket *EnergyMarket) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return energyMarket.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (energyMarket *EnergyMarket) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := energyMarket.abi.Unpack("getRoleAdmin", data)
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
func (energyMarket *EnergyMarket) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := energyMarket.abi.Pack("grantRole", role, account)
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
func (energyMarket *EnergyMarket) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return energyMarket.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (energyMarket *EnergyMarket) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := energyMarket.abi.Pack("hasRole", role, account)
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
func (energyMarket *EnergyMarket) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return energyMarket.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (energyMarket *EnergyMarket) UnpackHasRole(data []byte) (bool, error) {
	out, err := energyMarket.abi.Unpack("hasRole", data)
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
func (energyMarket *EnergyMarket) PackLedger() []byte {
	enc, err := energyMarket.abi.Pack("ledger")
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
func (energyMarket *EnergyMarket) TryPackLedger() ([]byte, error) {
	return energyMarket.abi.Pack("ledger")
}

// UnpackLedger is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x56397c35.
//
// Solidity: function ledger() view returns(address)
func (energyMarket *EnergyMarket) UnpackLedger(data []byte) (common.Address, error) {
	out, err := energyMarket.abi.Unpack("ledger", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackNextOrderId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2a58b330.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nextOrderId() view returns(uint64)
func (energyMarket *EnergyMarket) PackNextOrderId() []byte {
	enc, err := energyMarket.abi.Pack("nextOrderId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNextOrderId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2a58b330.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nextOrderId() view returns(uint64)
func (energyMarket *EnergyMarket) TryPackNextOrderId() ([]byte, error) {
	return energyMarket.abi.Pack("nextOrderId")
}

// UnpackNextOrderId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2a58b330.
//
// Solidity: function nextOrderId() view returns(uint64)
func (energyMarket *EnergyMarket) UnpackNextOrderId(data []byte) (uint64, error) {
	out, err := energyMarket.abi.Unpack("nextOrderId", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackNextTradeId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x813ad083.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nextTradeId() view returns(uint64)
func (energyMarket *EnergyMarket) PackNextTradeId() []byte {
	enc, err := energyMarket.abi.Pack("nextTradeId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNextTradeId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x813ad083.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nextTradeId() view returns(uint64)
func (energyMarket *EnergyMarket) TryPackNextTradeId() ([]byte, error) {
	return energyMarket.abi.Pack("nextTradeId")
}

// UnpackNextTradeId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x813ad083.
//
// Solidity: function nextTradeId() view returns(uint64)
func (energyMarket *EnergyMarket) UnpackNextTradeId(data []byte) (uint64, error) {
	out, err := energyMarket.abi.Unpack("nextTradeId", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackOrderOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4a70859.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function orderOf(uint64 orderId) view returns((address,uint64,uint8,uint8,uint64,uint64,uint64,uint64))
func (energyMarket *EnergyMarket) PackOrderOf(orderId uint64) []byte {
	enc, err := energyMarket.abi.Pack("orderOf", orderId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOrderOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4a70859.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function orderOf(uint64 orderId) view returns((address,uint64,uint8,uint8,uint64,uint64,uint64,uint64))
func (energyMarket *EnergyMarket) TryPackOrderOf(orderId uint64) ([]byte, error) {
	return energyMarket.abi.Pack("orderOf", orderId)
}

// UnpackOrderOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc4a70859.
//
// Solidity: function orderOf(uint64 orderId) view returns((address,uint64,uint8,uint8,uint64,uint64,uint64,uint64))
func (energyMarket *EnergyMarket) UnpackOrderOf(data []byte) (EnergyMarketOrder, error) {
	out, err := energyMarket.abi.Unpack("orderOf", data)
	if err != nil {
		return *new(EnergyMarketOrder), err
	}
	out0 := *abi.ConvertType(out[0], new(EnergyMarketOrder)).(*EnergyMarketOrder)
	return out0, nil
}

// PackP2pImport is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe7e75798.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function p2pImport(uint64 meterId, uint32 period) view returns(uint64 settledWh, uint64 openTrades)
func (energyMarket *EnergyMarket) PackP2pImport(meterId uint64, period uint32) []byte {
	enc, err := energyMarket.abi.Pack("p2pImport", meterId, period)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackP2pImport is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe7e75798.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function p2pImport(uint64 meterId, uint32 period) view returns(uint64 settledWh, uint64 openTrades)
func (energyMarket *EnergyMarket) TryPackP2pImport(meterId uint64, period uint32) ([]byte, error) {
	return energyMarket.abi.Pack("p2pImport", meterId, period)
}

// P2pImportOutput serves as a container for the return parameters of contract
// method P2pImport.
type P2pImportOutput struct {
	SettledWh  uint64
	OpenTrades uint64
}

// UnpackP2pImport is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe7e75798.
//
// Solidity: function p2pImport(uint64 meterId, uint32 period) view returns(uint64 settledWh, uint64 openTrades)
func (energyMarket *EnergyMarket) UnpackP2pImport(data []byte) (P2pImportOutput, error) {
	out, err := energyMarket.abi.Unpack("p2pImport", data)
	outstruct := new(P2pImportOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.SettledWh = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.OpenTrades = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackP2pImportWh is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa4ab81a3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function p2pImportWh(uint64 meterId, uint32 period) view returns(uint64)
func (energyMarket *EnergyMarket) PackP2pImportWh(meterId uint64, period uint32) []byte {
	enc, err := energyMarket.abi.Pack("p2pImportWh", meterId, period)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackP2pImportWh is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa4ab81a3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function p2pImportWh(uint64 meterId, uint32 period) view returns(uint64)
func (energyMarket *EnergyMarket) TryPackP2pImportWh(meterId uint64, period uint32) ([]byte, error) {
	return energyMarket.abi.Pack("p2pImportWh", meterId, period)
}

// UnpackP2pImportWh is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa4ab81a3.
//
// Solidity: function p2pImportWh(uint64 meterId, uint32 period) view returns(uint64)
func (energyMarket *EnergyMarket) UnpackP2pImportWh(data []byte) (uint64, error) {
	out, err := energyMarket.abi.Unpack("p2pImportWh", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackPlaceAsk is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc8ca3b0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function placeAsk(uint64 meterId, uint64 window, uint64 wh, uint64 minPrice) returns(uint64 orderId)
func (energyMarket *EnergyMarket) PackPlaceAsk(meterId uint64, window uint64, wh uint64, minPrice uint64) []byte {
	enc, err := energyMarket.abi.Pack("placeAsk", meterId, window, wh, minPrice)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPlaceAsk is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc8ca3b0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function placeAsk(uint64 meterId, uint64 window, uint64 wh, uint64 minPrice) returns(uint64 orderId)
func (energyMarket *EnergyMarket) TryPackPlaceAsk(meterId uint64, window uint64, wh uint64, minPrice uint64) ([]byte, error) {
	return energyMarket.abi.Pack("placeAsk", meterId, window, wh, minPrice)
}

// UnpackPlaceAsk is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcc8ca3b0.
//
// Solidity: function placeAsk(uint64 meterId, uint64 window, uint64 wh, uint64 minPrice) returns(uint64 orderId)
func (energyMarket *EnergyMarket) UnpackPlaceAsk(data []byte) (uint64, error) {
	out, err := energyMarket.abi.Unpack("placeAsk", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackPlaceBid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x73eb8f0b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function placeBid(uint64 meterId, uint64 window, uint64 wh, uint64 maxPrice) returns(uint64 orderId)
func (energyMarket *EnergyMarket) PackPlaceBid(meterId uint64, window uint64, wh uint64, maxPrice uint64) []byte {
	enc, err := energyMarket.abi.Pack("placeBid", meterId, window, wh, maxPrice)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPlaceBid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x73eb8f0b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function placeBid(uint64 meterId, uint64 window, uint64 wh, uint64 maxPrice) returns(uint64 orderId)
func (energyMarket *EnergyMarket) TryPackPlaceBid(meterId uint64, window uint64, wh uint64, maxPrice uint64) ([]byte, error) {
	return energyMarket.abi.Pack("placeBid", meterId, window, wh, maxPrice)
}

// UnpackPlaceBid is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x73eb8f0b.
//
// Solidity: function placeBid(uint64 meterId, uint64 window, uint64 wh, uint64 maxPrice) returns(uint64 orderId)
func (energyMarket *EnergyMarket) UnpackPlaceBid(data []byte) (uint64, error) {
	out, err := energyMarket.abi.Unpack("placeBid", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackPositionOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc145d412.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function positionOf(uint64 meterId, uint64 start) view returns((uint64,uint64))
func (energyMarket *EnergyMarket) PackPositionOf(meterId uint64, start uint64) []byte {
	enc, err := energyMarket.abi.Pack("positionOf", meterId, start)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPositionOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc145d412.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function positionOf(uint64 meterId, uint64 start) view returns((uint64,uint64))
func (energyMarket *EnergyMarket) TryPackPositionOf(meterId uint64, start uint64) ([]byte, error) {
	return energyMarket.abi.Pack("positionOf", meterId, start)
}

// UnpackPositionOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc145d412.
//
// Solidity: function positionOf(uint64 meterId, uint64 start) view returns((uint64,uint64))
func (energyMarket *EnergyMarket) UnpackPositionOf(data []byte) (EnergyMarketPosition, error) {
	out, err := energyMarket.abi.Unpack("positionOf", data)
	if err != nil {
		return *new(EnergyMarketPosition), err
	}
	out0 := *abi.ConvertType(out[0], new(EnergyMarketPosition)).(*EnergyMarketPosition)
	return out0, nil
}

// PackRecordReadings is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc02f944.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recordReadings(bytes records) returns()
func (energyMarket *EnergyMarket) PackRecordReadings(records []byte) []byte {
	enc, err := energyMarket.abi.Pack("recordReadings", records)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecordReadings is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc02f944.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recordReadings(bytes records) returns()
func (energyMarket *EnergyMarket) TryPackRecordReadings(records []byte) ([]byte, error) {
	return energyMarket.abi.Pack("recordReadings", records)
}

// PackRegistersAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc9d8a8fa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registersAt(uint64 meterId, uint64 timestamp) view returns((uint64,uint64,bool))
func (energyMarket *EnergyMarket) PackRegistersAt(meterId uint64, timestamp uint64) []byte {
	enc, err := energyMarket.abi.Pack("registersAt", meterId, timestamp)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegistersAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc9d8a8fa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registersAt(uint64 meterId, uint64 timestamp) view returns((uint64,uint64,bool))
func (energyMarket *EnergyMarket) TryPackRegistersAt(meterId uint64, timestamp uint64) ([]byte, error) {
	return energyMarket.abi.Pack("registersAt", meterId, timestamp)
}

// UnpackRegistersAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc9d8a8fa.
//
// Solidity: function registersAt(uint64 meterId, uint64 timestamp) view returns((uint64,uint64,bool))
func (energyMarket *EnergyMarket) UnpackRegistersAt(data []byte) (EnergyMarketRegisters, error) {
	out, err := energyMarket.abi.Unpack("registersAt", data)
	if err != nil {
		return *new(EnergyMarketRegisters), err
	}
	out0 := *abi.ConvertType(out[0], new(EnergyMarketRegisters)).(*EnergyMarketRegisters)
	return out0, nil
}

// PackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registry() view returns(address)
func (energyMarket *EnergyMarket) PackRegistry() []byte {
	enc, err := energyMarket.abi.Pack("registry")
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
func (energyMarket *EnergyMarket) TryPackRegistry() ([]byte, error) {
	return energyMarket.abi.Pack("registry")
}

// UnpackRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (energyMarket *EnergyMarket) UnpackRegistry(data []byte) (common.Address, error) {
	out, err := energyMarket.abi.Unpack("registry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (energyMarket *EnergyMarket) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := energyMarket.abi.Pack("renounceRole", role, callerConfirmation)
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
func (energyMarket *EnergyMarket) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return energyMarket.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (energyMarket *EnergyMarket) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := energyMarket.abi.Pack("revokeRole", role, account)
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
func (energyMarket *EnergyMarket) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return energyMarket.abi.Pack("revokeRole", role, account)
}

// PackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b9ba446.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settle(uint64 tradeId) returns()
func (energyMarket *EnergyMarket) PackSettle(tradeId uint64) []byte {
	enc, err := energyMarket.abi.Pack("settle", tradeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b9ba446.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settle(uint64 tradeId) returns()
func (energyMarket *EnergyMarket) TryPackSettle(tradeId uint64) ([]byte, error) {
	return energyMarket.abi.Pack("settle", tradeId)
}

// PackSettleMany is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9eb3d8dc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settleMany(uint64[] tradeIds) returns()
func (energyMarket *EnergyMarket) PackSettleMany(tradeIds []uint64) []byte {
	enc, err := energyMarket.abi.Pack("settleMany", tradeIds)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettleMany is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9eb3d8dc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settleMany(uint64[] tradeIds) returns()
func (energyMarket *EnergyMarket) TryPackSettleMany(tradeIds []uint64) ([]byte, error) {
	return energyMarket.abi.Pack("settleMany", tradeIds)
}

// PackSubmitClearing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x926312d3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitClearing(uint64 window, uint64 price, (uint64,uint64,uint64)[] matches, bool last) returns()
func (energyMarket *EnergyMarket) PackSubmitClearing(window uint64, price uint64, matches []EnergyMarketMatch, last bool) []byte {
	enc, err := energyMarket.abi.Pack("submitClearing", window, price, matches, last)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmitClearing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x926312d3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submitClearing(uint64 window, uint64 price, (uint64,uint64,uint64)[] matches, bool last) returns()
func (energyMarket *EnergyMarket) TryPackSubmitClearing(window uint64, price uint64, matches []EnergyMarketMatch, last bool) ([]byte, error) {
	return energyMarket.abi.Pack("submitClearing", window, price, matches, last)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (energyMarket *EnergyMarket) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := energyMarket.abi.Pack("supportsInterface", interfaceId)
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
func (energyMarket *EnergyMarket) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return energyMarket.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (energyMarket *EnergyMarket) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := energyMarket.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (energyMarket *EnergyMarket) PackToken() []byte {
	enc, err := energyMarket.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (energyMarket *EnergyMarket) TryPackToken() ([]byte, error) {
	return energyMarket.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (energyMarket *EnergyMarket) UnpackToken(data []byte) (common.Address, error) {
	out, err := energyMarket.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTradeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x81b7a559.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tradeOf(uint64 tradeId) view returns((uint64,uint64,uint64,uint64))
func (energyMarket *EnergyMarket) PackTradeOf(tradeId uint64) []byte {
	enc, err := energyMarket.abi.Pack("tradeOf", tradeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTradeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x81b7a559.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tradeOf(uint64 tradeId) view returns((uint64,uint64,uint64,uint64))
func (energyMarket *EnergyMarket) TryPackTradeOf(tradeId uint64) ([]byte, error) {
	return energyMarket.abi.Pack("tradeOf", tradeId)
}

// UnpackTradeOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x81b7a559.
//
// Solidity: function tradeOf(uint64 tradeId) view returns((uint64,uint64,uint64,uint64))
func (energyMarket *EnergyMarket) UnpackTradeOf(data []byte) (EnergyMarketTrade, error) {
	out, err := energyMarket.abi.Unpack("tradeOf", data)
	if err != nil {
		return *new(EnergyMarketTrade), err
	}
	out0 := *abi.ConvertType(out[0], new(EnergyMarketTrade)).(*EnergyMarketTrade)
	return out0, nil
}

// PackWindowOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6535b07b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function windowOf(uint64 start) view returns((uint64,bool))
func (energyMarket *EnergyMarket) PackWindowOf(start uint64) []byte {
	enc, err := energyMarket.abi.Pack("windowOf", start)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWindowOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6535b07b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function windowOf(uint64 start) view returns((uint64,bool))
func (energyMarket *EnergyMarket) TryPackWindowOf(start uint64) ([]byte, error) {
	return energyMarket.abi.Pack("windowOf", start)
}

// UnpackWindowOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6535b07b.
//
// Solidity: function windowOf(uint64 start) view returns((uint64,bool))
func (energyMarket *EnergyMarket) UnpackWindowOf(data []byte) (EnergyMarketWindow, error) {
	out, err := energyMarket.abi.Unpack("windowOf", data)
	if err != nil {
		return *new(EnergyMarketWindow), err
	}
	out0 := *abi.ConvertType(out[0], new(EnergyMarketWindow)).(*EnergyMarketWindow)
	return out0, nil
}

// EnergyMarketAskPlaced represents a AskPlaced event raised by the EnergyMarket contract.
type EnergyMarketAskPlaced struct {
	OrderId  uint64
	Maker    common.Address
	MeterId  uint64
	Window   uint64
	Wh       uint64
	MinPrice uint64
	Raw      *types.Log // Blockchain specific contextual infos
}

const EnergyMarketAskPlacedEventName = "AskPlaced"

// ContractEventName returns the user-defined event name.
func (EnergyMarketAskPlaced) ContractEventName() string {
	return EnergyMarketAskPlacedEventName
}

// UnpackAskPlacedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AskPlaced(uint64 indexed orderId, address indexed maker, uint64 indexed meterId, uint64 window, uint64 wh, uint64 minPrice)
func (energyMarket *EnergyMarket) UnpackAskPlacedEvent(log *types.Log) (*EnergyMarketAskPlaced, error) {
	event := "AskPlaced"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != energyMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnergyMarketAskPlaced)
	if len(log.Data) > 0 {
		if err := energyMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range energyMarket.abi.Events[event].Inputs {
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

// EnergyMarketBidPlaced represents a BidPlaced event raised by the EnergyMarket contract.
type EnergyMarketBidPlaced struct {
	OrderId  uint64
	Maker    common.Address
	MeterId  uint64
	Window   uint64
	Wh       uint64
	MaxPrice uint64
	Escrow   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const EnergyMarketBidPlacedEventName = "BidPlaced"

// ContractEventName returns the user-defined event name.
func (EnergyMarketBidPlaced) ContractEventName() string {
	return EnergyMarketBidPlacedEventName
}

// UnpackBidPlacedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BidPlaced(uint64 indexed orderId, address indexed maker, uint64 indexed meterId, uint64 window, uint64 wh, uint64 maxPrice, uint256 escrow)
func (energyMarket *EnergyMarket) UnpackBidPlacedEvent(log *types.Log) (*EnergyMarketBidPlaced, error) {
	event := "BidPlaced"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != energyMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnergyMarketBidPlaced)
	if len(log.Data) > 0 {
		if err := energyMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range energyMarket.abi.Events[event].Inputs {
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

// EnergyMarketEscrowReleased represents a EscrowReleased event raised by the EnergyMarket contract.
type EnergyMarketEscrowReleased struct {
	BidId  uint64
	Refund *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const EnergyMarketEscrowReleasedEventName = "EscrowReleased"

// ContractEventName returns the user-defined event name.
func (EnergyMarketEscrowReleased) ContractEventName() string {
	return EnergyMarketEscrowReleasedEventName
}

// UnpackEscrowReleasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EscrowReleased(uint64 indexed bidId, uint256 refund)
func (energyMarket *EnergyMarket) UnpackEscrowReleasedEvent(log *types.Log) (*EnergyMarketEscrowReleased, error) {
	event := "EscrowReleased"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != energyMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnergyMarketEscrowReleased)
	if len(log.Data) > 0 {
		if err := energyMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range energyMarket.abi.Events[event].Inputs {
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

// EnergyMarketOrderCancelled represents a OrderCancelled event raised by the EnergyMarket contract.
type EnergyMarketOrderCancelled struct {
	OrderId uint64
	Refund  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const EnergyMarketOrderCancelledEventName = "OrderCancelled"

// ContractEventName returns the user-defined event name.
func (EnergyMarketOrderCancelled) ContractEventName() string {
	return EnergyMarketOrderCancelledEventName
}

// UnpackOrderCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrderCancelled(uint64 indexed orderId, uint256 refund)
func (energyMarket *EnergyMarket) UnpackOrderCancelledEvent(log *types.Log) (*EnergyMarketOrderCancelled, error) {
	event := "OrderCancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != energyMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnergyMarketOrderCancelled)
	if len(log.Data) > 0 {
		if err := energyMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range energyMarket.abi.Events[event].Inputs {
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

// EnergyMarketReadingRecorded represents a ReadingRecorded event raised by the EnergyMarket contract.
type EnergyMarketReadingRecorded struct {
	MeterId   uint64
	Timestamp uint64
	ImportWh  uint64
	ExportWh  uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const EnergyMarketReadingRecordedEventName = "ReadingRecorded"

// ContractEventName returns the user-defined event name.
func (EnergyMarketReadingRecorded) ContractEventName() string {
	return EnergyMarketReadingRecordedEventName
}

// UnpackReadingRecordedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReadingRecorded(uint64 indexed meterId, uint64 indexed timestamp, uint64 importWh, uint64 exportWh)
func (energyMarket *EnergyMarket) UnpackReadingRecordedEvent(log *types.Log) (*EnergyMarketReadingRecorded, error) {
	event := "ReadingRecorded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != energyMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnergyMarketReadingRecorded)
	if len(log.Data) > 0 {
		if err := energyMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range energyMarket.abi.Events[event].Inputs {
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

// EnergyMarketReadingRefused represents a ReadingRefused event raised by the EnergyMarket contract.
type EnergyMarketReadingRefused struct {
	MeterId   uint64
	Timestamp uint64
	Seq       uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const EnergyMarketReadingRefusedEventName = "ReadingRefused"

// ContractEventName returns the user-defined event name.
func (EnergyMarketReadingRefused) ContractEventName() string {
	return EnergyMarketReadingRefusedEventName
}

// UnpackReadingRefusedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReadingRefused(uint64 indexed meterId, uint64 indexed timestamp, uint64 seq)
func (energyMarket *EnergyMarket) UnpackReadingRefusedEvent(log *types.Log) (*EnergyMarketReadingRefused, error) {
	event := "ReadingRefused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != energyMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnergyMarketReadingRefused)
	if len(log.Data) > 0 {
		if err := energyMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range energyMarket.abi.Events[event].Inputs {
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

// EnergyMarketRoleAdminChanged represents a RoleAdminChanged event raised by the EnergyMarket contract.
type EnergyMarketRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const EnergyMarketRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (EnergyMarketRoleAdminChanged) ContractEventName() string {
	return EnergyMarketRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (energyMarket *EnergyMarket) UnpackRoleAdminChangedEvent(log *types.Log) (*EnergyMarketRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != energyMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnergyMarketRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := energyMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range energyMarket.abi.Events[event].Inputs {
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

// EnergyMarketRoleGranted represents a RoleGranted event raised by the EnergyMarket contract.
type EnergyMarketRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const EnergyMarketRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (EnergyMarketRoleGranted) ContractEventName() string {
	return EnergyMarketRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (energyMarket *EnergyMarket) UnpackRoleGrantedEvent(log *types.Log) (*EnergyMarketRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != energyMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnergyMarketRoleGranted)
	if len(log.Data) > 0 {
		if err := energyMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range energyMarket.abi.Events[event].Inputs {
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

// EnergyMarketRoleRevoked represents a RoleRevoked event raised by the EnergyMarket contract.
type EnergyMarketRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const EnergyMarketRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (EnergyMarketRoleRevoked) ContractEventName() string {
	return EnergyMarketRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (energyMarket *EnergyMarket) UnpackRoleRevokedEvent(log *types.Log) (*EnergyMarketRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != energyMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnergyMarketRoleRevoked)
	if len(log.Data) > 0 {
		if err := energyMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range energyMarket.abi.Events[event].Inputs {
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

// EnergyMarketTradeMatched represents a TradeMatched event raised by the EnergyMarket contract.
type EnergyMarketTradeMatched struct {
	TradeId uint64
	Window  uint64
	AskId   uint64
	BidId   uint64
	Wh      uint64
	Price   uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const EnergyMarketTradeMatchedEventName = "TradeMatched"

// ContractEventName returns the user-defined event name.
func (EnergyMarketTradeMatched) ContractEventName() string {
	return EnergyMarketTradeMatchedEventName
}

// UnpackTradeMatchedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TradeMatched(uint64 indexed tradeId, uint64 indexed window, uint64 askId, uint64 bidId, uint64 wh, uint64 price)
func (energyMarket *EnergyMarket) UnpackTradeMatchedEvent(log *types.Log) (*EnergyMarketTradeMatched, error) {
	event := "TradeMatched"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != energyMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnergyMarketTradeMatched)
	if len(log.Data) > 0 {
		if err := energyMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range energyMarket.abi.Events[event].Inputs {
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

// EnergyMarketTradeSettled represents a TradeSettled event raised by the EnergyMarket contract.
type EnergyMarketTradeSettled struct {
	TradeId       uint64
	Window        uint64
	DeliveredWh   uint64
	PaidToSeller  *big.Int
	RefundToBuyer *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const EnergyMarketTradeSettledEventName = "TradeSettled"

// ContractEventName returns the user-defined event name.
func (EnergyMarketTradeSettled) ContractEventName() string {
	return EnergyMarketTradeSettledEventName
}

// UnpackTradeSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TradeSettled(uint64 indexed tradeId, uint64 indexed window, uint64 deliveredWh, uint256 paidToSeller, uint256 refundToBuyer)
func (energyMarket *EnergyMarket) UnpackTradeSettledEvent(log *types.Log) (*EnergyMarketTradeSettled, error) {
	event := "TradeSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != energyMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnergyMarketTradeSettled)
	if len(log.Data) > 0 {
		if err := energyMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range energyMarket.abi.Events[event].Inputs {
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

// EnergyMarketWindowCleared represents a WindowCleared event raised by the EnergyMarket contract.
type EnergyMarketWindowCleared struct {
	Window uint64
	Price  uint64
	Raw    *types.Log // Blockchain specific contextual infos
}

const EnergyMarketWindowClearedEventName = "WindowCleared"

// ContractEventName returns the user-defined event name.
func (EnergyMarketWindowCleared) ContractEventName() string {
	return EnergyMarketWindowClearedEventName
}

// UnpackWindowClearedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WindowCleared(uint64 indexed window, uint64 price)
func (energyMarket *EnergyMarket) UnpackWindowClearedEvent(log *types.Log) (*EnergyMarketWindowCleared, error) {
	event := "WindowCleared"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != energyMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnergyMarketWindowCleared)
	if len(log.Data) > 0 {
		if err := energyMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range energyMarket.abi.Events[event].Inputs {
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
func (energyMarket *EnergyMarket) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], energyMarket.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return energyMarket.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], energyMarket.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return energyMarket.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], energyMarket.abi.Errors["AlreadySettled"].ID.Bytes()[:4]) {
		return energyMarket.UnpackAlreadySettledError(raw[4:])
	}
	if bytes.Equal(raw[:4], energyMarket.abi.Errors["BadClearingPrice"].ID.Bytes()[:4]) {
		return energyMarket.UnpackBadClearingPriceError(raw[4:])
	}
	if bytes.Equal(raw[:4], energyMarket.abi.Errors["BadSettleGrace"].ID.Bytes()[:4]) {
		return energyMarket.UnpackBadSettleGraceError(raw[4:])
	}
	if bytes.Equal(raw[:4], energyMarket.abi.Errors["BadWindowLength"].ID.Bytes()[:4]) {
		return energyMarket.UnpackBadWindowLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], energyMarket.abi.Errors["BookClosed"].ID.Bytes()[:4]) {
		return energyMarket.UnpackBookClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], energyMarket.abi.Errors["ClearingNotOpen"].ID.Bytes()[:4]) {
		return energyMarket.UnpackClearingNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], energyMarket.abi.Errors["ClearingPending"].ID.Bytes()[:4]) {
		return energyMarket.UnpackClearingPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], energyMarket.abi.Errors["InactiveMeter"].ID.Bytes()[:4]) {
		return energyMarket.UnpackInactiveMeterError(raw[4:])
	}
	if bytes.Equal(raw[:4], energyMarket.abi.Errors["MalformedReadings"].ID.Bytes()[:4]) {
		return energyMarket.UnpackMalformedReadingsError(raw[4:])
	}
	if bytes.Equal(raw[:4], energyMarket.abi.Errors["NotMeterOwner"].ID.Bytes()[:4]) {
		return energyMarket.UnpackNotMeterOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], energyMarket.abi.Errors["NotOrderMaker"].ID.Bytes()[:4]) {
		return energyMarket.UnpackNotOrderMakerError(raw[4:])
	}
	if bytes.Equal(raw[:4], energyMarket.abi.Errors["NotProsumer"].ID.Bytes()[:4]) {
		return energyMarket.UnpackNotProsumerError(raw[4:])
	}
	if bytes.Equal(raw[:4], energyMarket.abi.Errors["OrderMatched"].ID.Bytes()[:4]) {
		return energyMarket.UnpackOrderMatchedError(raw[4:])
	}
	if bytes.Equal(raw[:4], energyMarket.abi.Errors["OrderNotOpen"].ID.Bytes()[:4]) {
		return energyMarket.UnpackOrderNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], energyMarket.abi.Errors["OverFill"].ID.Bytes()[:4]) {
		return energyMarket.UnpackOverFillError(raw[4:])
	}
	if bytes.Equal(raw[:4], energyMarket.abi.Errors["PriceMismatch"].ID.Bytes()[:4]) {
		return energyMarket.UnpackPriceMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], energyMarket.abi.Errors["PriceOutsideLimits"].ID.Bytes()[:4]) {
		return energyMarket.UnpackPriceOutsideLimitsError(raw[4:])
	}
	if bytes.Equal(raw[:4], energyMarket.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return energyMarket.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], energyMarket.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return energyMarket.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], energyMarket.abi.Errors["SameParty"].ID.Bytes()[:4]) {
		return energyMarket.UnpackSamePartyError(raw[4:])
	}
	if bytes.Equal(raw[:4], energyMarket.abi.Errors["UnknownOrder"].ID.Bytes()[:4]) {
		return energyMarket.UnpackUnknownOrderError(raw[4:])
	}
	if bytes.Equal(raw[:4], energyMarket.abi.Errors["UnknownTrade"].ID.Bytes()[:4]) {
		return energyMarket.UnpackUnknownTradeError(raw[4:])
	}
	if bytes.Equal(raw[:4], energyMarket.abi.Errors["WindowMisaligned"].ID.Bytes()[:4]) {
		return energyMarket.UnpackWindowMisalignedError(raw[4:])
	}
	if bytes.Equal(raw[:4], energyMarket.abi.Errors["WindowMismatch"].ID.Bytes()[:4]) {
		return energyMarket.UnpackWindowMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], energyMarket.abi.Errors["WindowNotClosed"].ID.Bytes()[:4]) {
		return energyMarket.UnpackWindowNotClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], energyMarket.abi.Errors["WindowNotCovered"].ID.Bytes()[:4]) {
		return energyMarket.UnpackWindowNotCoveredError(raw[4:])
	}
	if bytes.Equal(raw[:4], energyMarket.abi.Errors["WrongSide"].ID.Bytes()[:4]) {
		return energyMarket.UnpackWrongSideError(raw[4:])
	}
	if bytes.Equal(raw[:4], energyMarket.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return energyMarket.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], energyMarket.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return energyMarket.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// EnergyMarketAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the EnergyMarket contract.
type EnergyMarketAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func EnergyMarketAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (energyMarket *EnergyMarket) UnpackAccessControlBadConfirmationError(raw []byte) (*EnergyMarketAccessControlBadConfirmation, error) {
	out := new(EnergyMarketAccessControlBadConfirmation)
	if err := energyMarket.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnergyMarketAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the EnergyMarket contract.
type EnergyMarketAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func EnergyMarketAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (energyMarket *EnergyMarket) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*EnergyMarketAccessControlUnauthorizedAccount, error) {
	out := new(EnergyMarketAccessControlUnauthorizedAccount)
	if err := energyMarket.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnergyMarketAlreadySettled represents a AlreadySettled error raised by the EnergyMarket contract.
type EnergyMarketAlreadySettled struct {
	TradeId uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadySettled(uint64 tradeId)
func EnergyMarketAlreadySettledErrorID() common.Hash {
	return common.HexToHash("0xd8b8226ad4080018f52d4c116e3bc7572291979a4810c442bcdb12f77f8d942d")
}

// UnpackAlreadySettledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadySettled(uint64 tradeId)
func (energyMarket *EnergyMarket) UnpackAlreadySettledError(raw []byte) (*EnergyMarketAlreadySettled, error) {
	out := new(EnergyMarketAlreadySettled)
	if err := energyMarket.abi.UnpackIntoInterface(out, "AlreadySettled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnergyMarketBadClearingPrice represents a BadClearingPrice error raised by the EnergyMarket contract.
type EnergyMarketBadClearingPrice struct {
	Price uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadClearingPrice(uint64 price)
func EnergyMarketBadClearingPriceErrorID() common.Hash {
	return common.HexToHash("0x130f53085b3f2726f215390a7d8272a9c9366e04d3e4a0407896a2ffbee1fbd5")
}

// UnpackBadClearingPriceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadClearingPrice(uint64 price)
func (energyMarket *EnergyMarket) UnpackBadClearingPriceError(raw []byte) (*EnergyMarketBadClearingPrice, error) {
	out := new(EnergyMarketBadClearingPrice)
	if err := energyMarket.abi.UnpackIntoInterface(out, "BadClearingPrice", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnergyMarketBadSettleGrace represents a BadSettleGrace error raised by the EnergyMarket contract.
type EnergyMarketBadSettleGrace struct {
	SettleGraceSeconds uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSettleGrace(uint64 settleGraceSeconds)
func EnergyMarketBadSettleGraceErrorID() common.Hash {
	return common.HexToHash("0x366e3937228588f70464f45f140fc72bf73e11c1c67030c0d490740996ab4b71")
}

// UnpackBadSettleGraceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSettleGrace(uint64 settleGraceSeconds)
func (energyMarket *EnergyMarket) UnpackBadSettleGraceError(raw []byte) (*EnergyMarketBadSettleGrace, error) {
	out := new(EnergyMarketBadSettleGrace)
	if err := energyMarket.abi.UnpackIntoInterface(out, "BadSettleGrace", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnergyMarketBadWindowLength represents a BadWindowLength error raised by the EnergyMarket contract.
type EnergyMarketBadWindowLength struct {
	WindowSeconds uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadWindowLength(uint64 windowSeconds)
func EnergyMarketBadWindowLengthErrorID() common.Hash {
	return common.HexToHash("0xd2336473d80cd407bed070198947955abae2045cc442d647367d1dabb70cd5d6")
}

// UnpackBadWindowLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadWindowLength(uint64 windowSeconds)
func (energyMarket *EnergyMarket) UnpackBadWindowLengthError(raw []byte) (*EnergyMarketBadWindowLength, error) {
	out := new(EnergyMarketBadWindowLength)
	if err := energyMarket.abi.UnpackIntoInterface(out, "BadWindowLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnergyMarketBookClosed represents a BookClosed error raised by the EnergyMarket contract.
type EnergyMarketBookClosed struct {
	Window uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BookClosed(uint64 window)
func EnergyMarketBookClosedErrorID() common.Hash {
	return common.HexToHash("0xbcb7514d8a726de9d9cc6d4521018717a02941a2a9858cbfdbad087e43c2f660")
}

// UnpackBookClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BookClosed(uint64 window)
func (energyMarket *EnergyMarket) UnpackBookClosedError(raw []byte) (*EnergyMarketBookClosed, error) {
	out := new(EnergyMarketBookClosed)
	if err := energyMarket.abi.UnpackIntoInterface(out, "BookClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnergyMarketClearingNotOpen represents a ClearingNotOpen error raised by the EnergyMarket contract.
type EnergyMarketClearingNotOpen struct {
	Window uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClearingNotOpen(uint64 window)
func EnergyMarketClearingNotOpenErrorID() common.Hash {
	return common.HexToHash("0x091fa1ad2cab6b606f8a8293a5644f4c3ebb03c9a31ed7fbdf4d0b8abd3dd2a7")
}

// UnpackClearingNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClearingNotOpen(uint64 window)
func (energyMarket *EnergyMarket) UnpackClearingNotOpenError(raw []byte) (*EnergyMarketClearingNotOpen, error) {
	out := new(EnergyMarketClearingNotOpen)
	if err := energyMarket.abi.UnpackIntoInterface(out, "ClearingNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnergyMarketClearingPending represents a ClearingPending error raised by the EnergyMarket contract.
type EnergyMarketClearingPending struct {
	Window uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClearingPending(uint64 window)
func EnergyMarketClearingPendingErrorID() common.Hash {
	return common.HexToHash("0xf488e180e7e92c79a45e7cda0c5c1e913d7ff65733c2f81b33ccc8596e515052")
}

// UnpackClearingPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClearingPending(uint64 window)
func (energyMarket *EnergyMarket) UnpackClearingPendingError(raw []byte) (*EnergyMarketClearingPending, error) {
	out := new(EnergyMarketClearingPending)
	if err := energyMarket.abi.UnpackIntoInterface(out, "ClearingPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnergyMarketInactiveMeter represents a InactiveMeter error raised by the EnergyMarket contract.
type EnergyMarketInactiveMeter struct {
	MeterId uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InactiveMeter(uint64 meterId)
func EnergyMarketInactiveMeterErrorID() common.Hash {
	return common.HexToHash("0x8168bb568dcb0f5f7cb94aef99676e0ec5404faef7a9659e22caf21e2b0caa32")
}

// UnpackInactiveMeterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InactiveMeter(uint64 meterId)
func (energyMarket *EnergyMarket) UnpackInactiveMeterError(raw []byte) (*EnergyMarketInactiveMeter, error) {
	out := new(EnergyMarketInactiveMeter)
	if err := energyMarket.abi.UnpackIntoInterface(out, "InactiveMeter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnergyMarketMalformedReadings represents a MalformedReadings error raised by the EnergyMarket contract.
type EnergyMarketMalformedReadings struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MalformedReadings(uint256 length)
func EnergyMarketMalformedReadingsErrorID() common.Hash {
	return common.HexToHash("0x3efa5b9d1fc28cd0b4ac0a32aae00cabab49dad1914efbe7e6c74ac4d795150c")
}

// UnpackMalformedReadingsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MalformedReadings(uint256 length)
func (energyMarket *EnergyMarket) UnpackMalformedReadingsError(raw []byte) (*EnergyMarketMalformedReadings, error) {
	out := new(EnergyMarketMalformedReadings)
	if err := energyMarket.abi.UnpackIntoInterface(out, "MalformedReadings", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnergyMarketNotMeterOwner represents a NotMeterOwner error raised by the EnergyMarket contract.
type EnergyMarketNotMeterOwner struct {
	MeterId uint64
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotMeterOwner(uint64 meterId, address caller)
func EnergyMarketNotMeterOwnerErrorID() common.Hash {
	return common.HexToHash("0x38d8804edbd4987f972d90b2d3d352cddb6ded2dde13fe553ec0be0599bada02")
}

// UnpackNotMeterOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotMeterOwner(uint64 meterId, address caller)
func (energyMarket *EnergyMarket) UnpackNotMeterOwnerError(raw []byte) (*EnergyMarketNotMeterOwner, error) {
	out := new(EnergyMarketNotMeterOwner)
	if err := energyMarket.abi.UnpackIntoInterface(out, "NotMeterOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnergyMarketNotOrderMaker represents a NotOrderMaker error raised by the EnergyMarket contract.
type EnergyMarketNotOrderMaker struct {
	OrderId uint64
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOrderMaker(uint64 orderId, address caller)
func EnergyMarketNotOrderMakerErrorID() common.Hash {
	return common.HexToHash("0xc1ed312d7824949dbb661a2a8a67643427fdc90aed1a051cb94a4276a43a0433")
}

// UnpackNotOrderMakerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOrderMaker(uint64 orderId, address caller)
func (energyMarket *EnergyMarket) UnpackNotOrderMakerError(raw []byte) (*EnergyMarketNotOrderMaker, error) {
	out := new(EnergyMarketNotOrderMaker)
	if err := energyMarket.abi.UnpackIntoInterface(out, "NotOrderMaker", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnergyMarketNotProsumer represents a NotProsumer error raised by the EnergyMarket contract.
type EnergyMarketNotProsumer struct {
	MeterId uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotProsumer(uint64 meterId)
func EnergyMarketNotProsumerErrorID() common.Hash {
	return common.HexToHash("0xa887843ec4c62283e1a4d5d2781d5f9af469b5e91194fe630ce9332abe663221")
}

// UnpackNotProsumerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotProsumer(uint64 meterId)
func (energyMarket *EnergyMarket) UnpackNotProsumerError(raw []byte) (*EnergyMarketNotProsumer, error) {
	out := new(EnergyMarketNotProsumer)
	if err := energyMarket.abi.UnpackIntoInterface(out, "NotProsumer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnergyMarketOrderMatched represents a OrderMatched error raised by the EnergyMarket contract.
type EnergyMarketOrderMatched struct {
	OrderId uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OrderMatched(uint64 orderId)
func EnergyMarketOrderMatchedErrorID() common.Hash {
	return common.HexToHash("0x434b1299e3b22feb9ab4000cb17ab66fe3c1b8f4ef92e800bb32c7ab953dcd6d")
}

// UnpackOrderMatchedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OrderMatched(uint64 orderId)
func (energyMarket *EnergyMarket) UnpackOrderMatchedError(raw []byte) (*EnergyMarketOrderMatched, error) {
	out := new(EnergyMarketOrderMatched)
	if err := energyMarket.abi.UnpackIntoInterface(out, "OrderMatched", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnergyMarketOrderNotOpen represents a OrderNotOpen error raised by the EnergyMarket contract.
type EnergyMarketOrderNotOpen struct {
	OrderId uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OrderNotOpen(uint64 orderId)
func EnergyMarketOrderNotOpenErrorID() common.Hash {
	return common.HexToHash("0x42083366e15fdb768823f44c31f5b6024a973e0d0c7065a77c116d2d8af57d59")
}

// UnpackOrderNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OrderNotOpen(uint64 orderId)
func (energyMarket *EnergyMarket) UnpackOrderNotOpenError(raw []byte) (*EnergyMarketOrderNotOpen, error) {
	out := new(EnergyMarketOrderNotOpen)
	if err := energyMarket.abi.UnpackIntoInterface(out, "OrderNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnergyMarketOverFill represents a OverFill error raised by the EnergyMarket contract.
type EnergyMarketOverFill struct {
	OrderId uint64
	Filled  uint64
	Wh      uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OverFill(uint64 orderId, uint64 filled, uint64 wh)
func EnergyMarketOverFillErrorID() common.Hash {
	return common.HexToHash("0x26358cc2525f51e338a3b46911ad1f438d5fbbe99666a5db8cfe6a9ebcf9d632")
}

// UnpackOverFillError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OverFill(uint64 orderId, uint64 filled, uint64 wh)
func (energyMarket *EnergyMarket) UnpackOverFillError(raw []byte) (*EnergyMarketOverFill, error) {
	out := new(EnergyMarketOverFill)
	if err := energyMarket.abi.UnpackIntoInterface(out, "OverFill", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnergyMarketPriceMismatch represents a PriceMismatch error raised by the EnergyMarket contract.
type EnergyMarketPriceMismatch struct {
	Window    uint64
	Price     uint64
	ClearedAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PriceMismatch(uint64 window, uint64 price, uint64 clearedAt)
func EnergyMarketPriceMismatchErrorID() common.Hash {
	return common.HexToHash("0xc37bba883429036da7a034307f9f9baf31006fd0c2f1b53d1cae5d7d05065680")
}

// UnpackPriceMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PriceMismatch(uint64 window, uint64 price, uint64 clearedAt)
func (energyMarket *EnergyMarket) UnpackPriceMismatchError(raw []byte) (*EnergyMarketPriceMismatch, error) {
	out := new(EnergyMarketPriceMismatch)
	if err := energyMarket.abi.UnpackIntoInterface(out, "PriceMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnergyMarketPriceOutsideLimits represents a PriceOutsideLimits error raised by the EnergyMarket contract.
type EnergyMarketPriceOutsideLimits struct {
	AskId uint64
	BidId uint64
	Price uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PriceOutsideLimits(uint64 askId, uint64 bidId, uint64 price)
func EnergyMarketPriceOutsideLimitsErrorID() common.Hash {
	return common.HexToHash("0x67e29e1c5d7a5ed9d675787658bbfa28e97763c5e1f3bcb920d4a23e6bea790c")
}

// UnpackPriceOutsideLimitsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PriceOutsideLimits(uint64 askId, uint64 bidId, uint64 price)
func (energyMarket *EnergyMarket) UnpackPriceOutsideLimitsError(raw []byte) (*EnergyMarketPriceOutsideLimits, error) {
	out := new(EnergyMarketPriceOutsideLimits)
	if err := energyMarket.abi.UnpackIntoInterface(out, "PriceOutsideLimits", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnergyMarketReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the EnergyMarket contract.
type EnergyMarketReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func EnergyMarketReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (energyMarket *EnergyMarket) UnpackReentrancyGuardReentrantCallError(raw []byte) (*EnergyMarketReentrancyGuardReentrantCall, error) {
	out := new(EnergyMarketReentrancyGuardReentrantCall)
	if err := energyMarket.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnergyMarketSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the EnergyMarket contract.
type EnergyMarketSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func EnergyMarketSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (energyMarket *EnergyMarket) UnpackSafeERC20FailedOperationError(raw []byte) (*EnergyMarketSafeERC20FailedOperation, error) {
	out := new(EnergyMarketSafeERC20FailedOperation)
	if err := energyMarket.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnergyMarketSameParty represents a SameParty error raised by the EnergyMarket contract.
type EnergyMarketSameParty struct {
	AskId uint64
	BidId uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SameParty(uint64 askId, uint64 bidId)
func EnergyMarketSamePartyErrorID() common.Hash {
	return common.HexToHash("0xf9379f8c89a751f9e98ce11151d24c8260197c2fb17df3570c3360e861ed5793")
}

// UnpackSamePartyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SameParty(uint64 askId, uint64 bidId)
func (energyMarket *EnergyMarket) UnpackSamePartyError(raw []byte) (*EnergyMarketSameParty, error) {
	out := new(EnergyMarketSameParty)
	if err := energyMarket.abi.UnpackIntoInterface(out, "SameParty", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnergyMarketUnknownOrder represents a UnknownOrder error raised by the EnergyMarket contract.
type EnergyMarketUnknownOrder struct {
	OrderId uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownOrder(uint64 orderId)
func EnergyMarketUnknownOrderErrorID() common.Hash {
	return common.HexToHash("0x3d799ad00869ce02bc279f117b92f3abaaec9dbdd1369451e567419cf2256a9c")
}

// UnpackUnknownOrderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownOrder(uint64 orderId)
func (energyMarket *EnergyMarket) UnpackUnknownOrderError(raw []byte) (*EnergyMarketUnknownOrder, error) {
	out := new(EnergyMarketUnknownOrder)
	if err := energyMarket.abi.UnpackIntoInterface(out, "UnknownOrder", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnergyMarketUnknownTrade represents a UnknownTrade error raised by the EnergyMarket contract.
type EnergyMarketUnknownTrade struct {
	TradeId uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownTrade(uint64 tradeId)
func EnergyMarketUnknownTradeErrorID() common.Hash {
	return common.HexToHash("0x935e5d6d5edbe7eed41eab4770b6656ecce48040083e80608bc0dbdbb8cb5b57")
}

// UnpackUnknownTradeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownTrade(uint64 tradeId)
func (energyMarket *EnergyMarket) UnpackUnknownTradeError(raw []byte) (*EnergyMarketUnknownTrade, error) {
	out := new(EnergyMarketUnknownTrade)
	if err := energyMarket.abi.UnpackIntoInterface(out, "UnknownTrade", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnergyMarketWindowMisaligned represents a WindowMisaligned error raised by the EnergyMarket contract.
type EnergyMarketWindowMisaligned struct {
	Window uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WindowMisaligned(uint64 window)
func EnergyMarketWindowMisalignedErrorID() common.Hash {
	return common.HexToHash("0xda5be266c376a9c16c7835b0558b7e76c6df4035142947fd8ad87b3a25c65a14")
}

// UnpackWindowMisalignedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WindowMisaligned(uint64 window)
func (energyMarket *EnergyMarket) UnpackWindowMisalignedError(raw []byte) (*EnergyMarketWindowMisaligned, error) {
	out := new(EnergyMarketWindowMisaligned)
	if err := energyMarket.abi.UnpackIntoInterface(out, "WindowMisaligned", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnergyMarketWindowMismatch represents a WindowMismatch error raised by the EnergyMarket contract.
type EnergyMarketWindowMismatch struct {
	AskId  uint64
	BidId  uint64
	Window uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WindowMismatch(uint64 askId, uint64 bidId, uint64 window)
func EnergyMarketWindowMismatchErrorID() common.Hash {
	return common.HexToHash("0x80daab420aa10a37a0bb8af27b6baa987c740ae57e6ae66964826118832626c0")
}

// UnpackWindowMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WindowMismatch(uint64 askId, uint64 bidId, uint64 window)
func (energyMarket *EnergyMarket) UnpackWindowMismatchError(raw []byte) (*EnergyMarketWindowMismatch, error) {
	out := new(EnergyMarketWindowMismatch)
	if err := energyMarket.abi.UnpackIntoInterface(out, "WindowMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnergyMarketWindowNotClosed represents a WindowNotClosed error raised by the EnergyMarket contract.
type EnergyMarketWindowNotClosed struct {
	Window uint64
	End    uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WindowNotClosed(uint64 window, uint64 end)
func EnergyMarketWindowNotClosedErrorID() common.Hash {
	return common.HexToHash("0x8117cf3b01512060c0fc2eaa2799ae19d1556bce00c3022b26d5456ad2d62acf")
}

// UnpackWindowNotClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WindowNotClosed(uint64 window, uint64 end)
func (energyMarket *EnergyMarket) UnpackWindowNotClosedError(raw []byte) (*EnergyMarketWindowNotClosed, error) {
	out := new(EnergyMarketWindowNotClosed)
	if err := energyMarket.abi.UnpackIntoInterface(out, "WindowNotClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnergyMarketWindowNotCovered represents a WindowNotCovered error raised by the EnergyMarket contract.
type EnergyMarketWindowNotCovered struct {
	MeterId   uint64
	Timestamp uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WindowNotCovered(uint64 meterId, uint64 timestamp)
func EnergyMarketWindowNotCoveredErrorID() common.Hash {
	return common.HexToHash("0x6c0343fcb840419590ef5b1c4b98bd6ad535e9035119d30c12d538d53890234a")
}

// UnpackWindowNotCoveredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WindowNotCovered(uint64 meterId, uint64 timestamp)
func (energyMarket *EnergyMarket) UnpackWindowNotCoveredError(raw []byte) (*EnergyMarketWindowNotCovered, error) {
	out := new(EnergyMarketWindowNotCovered)
	if err := energyMarket.abi.UnpackIntoInterface(out, "WindowNotCovered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnergyMarketWrongSide represents a WrongSide error raised by the EnergyMarket contract.
type EnergyMarketWrongSide struct {
	OrderId uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongSide(uint64 orderId)
func EnergyMarketWrongSideErrorID() common.Hash {
	return common.HexToHash("0xd6c87a45c0b823b576f33e6f2878434b90b9598fa8d9191e0d66dd92b1d961f4")
}

// UnpackWrongSideError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongSide(uint64 orderId)
func (energyMarket *EnergyMarket) UnpackWrongSideError(raw []byte) (*EnergyMarketWrongSide, error) {
	out := new(EnergyMarketWrongSide)
	if err := energyMarket.abi.UnpackIntoInterface(out, "WrongSide", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnergyMarketZeroAddress represents a ZeroAddress error raised by the EnergyMarket contract.
type EnergyMarketZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func EnergyMarketZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (energyMarket *EnergyMarket) UnpackZeroAddressError(raw []byte) (*EnergyMarketZeroAddress, error) {
	out := new(EnergyMarketZeroAddress)
	if err := energyMarket.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnergyMarketZeroAmount represents a ZeroAmount error raised by the EnergyMarket contract.
type EnergyMarketZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func EnergyMarketZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (energyMarket *EnergyMarket) UnpackZeroAmountError(raw []byte) (*EnergyMarketZeroAmount, error) {
	out := new(EnergyMarketZeroAmount)
	if err := energyMarket.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
