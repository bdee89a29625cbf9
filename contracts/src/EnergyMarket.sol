// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {MeterRegistry} from "./MeterRegistry.sol";
import {IBoundaryLedger} from "./interfaces/IBoundaryLedger.sol";
import {IP2PImport} from "./interfaces/IP2PImport.sol";
import {Calendar} from "./lib/Calendar.sol";

/// @title EnergyMarket
/// @notice Peer-to-peer energy market. Prosumers ask (sell surplus export), consumers bid (buy
/// import) for a delivery window; bids escrow their maximum cost in the stable token. Each window's
/// book closes at the window's start and is cleared off chain as a uniform-price call auction; this
/// contract checks every match. After the window, delivery is measured from meter-signed readings at
/// the window's start and end: the seller is paid for what was delivered, the buyer gets the rest back.
///
/// @dev Design choices:
/// - Windows are [start, start + WINDOW) with start a multiple of WINDOW (the reading cadence). The
///   book of a window closes at `start`: after that nobody can add or withdraw an order, so the
///   clearing sees a fixed book and nobody can react to it. Clearing runs in [start, start + WINDOW).
/// - Prices are token base units per kWh; a bid escrows ceil(Wh * maxPrice / 1000). A trade reserves
///   its share of the bid's escrow at the clearing price with cumulative rounding, so the shares add up
///   exactly and not one base unit is created or stranded.
/// - Delivery is measured from readings at exactly the window's start and end that the ledger
///   accepted (IBoundaryLedger): on a verified deployment placing an order marks the meter in the
///   ReadingLedger, which from then on stores its accepted boundary registers; on an anchored one
///   AnchoredBoundaries stores those proven from final batches. `recordReadings` (anyone, the ledger's 136-byte packed format)
///   copies a boundary here only if its registers are the ones the ledger accepted there; the
///   ledger checked the signature against the key valid when it accepted the reading, so a later
///   key rotation does not matter. A settler can therefore neither invent nor pick readings: a
///   reading the ledger rejected or never received is refused, and a refused record never blocks
///   the rest of the batch.
/// - Clearing is restricted to CLEARER_ROLE: the contract enforces that every match is within both
///   limit prices, the orders' quantities and window, at one price per window; which of several
///   individually acceptable allocations is chosen is the clearer's call, so only operators who run
///   the published deterministic auction hold the role. Everything it uses is in events, so anyone can
///   recompute the clearing and show a deviation. Settling and recording readings are open to anyone.
contract EnergyMarket is AccessControl, ReentrancyGuard, IP2PImport {
    using SafeERC20 for IERC20;

    bytes32 public constant CLEARER_ROLE = keccak256("CLEARER_ROLE");
    /// @notice After a window ends, how long readings may take to be recorded before an uncovered
    /// trade settles as undelivered (buyer refunded in full) instead of locking escrow forever. A
    /// deployment parameter: on an anchored ledger a boundary can be proven only once its batch is
    /// final, so the grace must outlast the challenge window, or anyone could settle a delivered
    /// trade as undelivered before its readings may be proven.
    uint64 public immutable SETTLE_GRACE;

    enum Side {
        Ask,
        Bid
    }

    enum Status {
        Open,
        Cancelled,
        Released // a matched bid whose unmatched escrow was paid back
    }

    struct Order {
        // slot 1
        address maker;
        uint64 meterId;
        Side side;
        Status status;
        // slot 2
        uint64 window; // start timestamp
        uint64 wh;
        uint64 filled;
        uint64 price; // base units per kWh: ask minimum, bid maximum
    }

    /// @dev One slot. Deleted when settled.
    struct Trade {
        uint64 askId;
        uint64 bidId;
        uint64 wh;
        uint64 bidFilledBefore; // the bid's fill before this trade: for exact escrow shares
    }

    struct Window {
        uint64 price; // clearing price, base units per kWh (0 until the first clearing chunk)
        bool cleared; // the clearer said the last chunk is in
    }

    /// @dev Per (meter, window): how much the meter sold and bought, for pro-rata delivery.
    struct Position {
        uint64 soldWh;
        uint64 boughtWh;
    }

    struct Registers {
        uint64 importWh;
        uint64 exportWh;
        bool recorded;
    }

    struct Match {
        uint64 askId;
        uint64 bidId;
        uint64 wh;
    }

    /// @dev Per (buyer meter, billing period): delivered Wh of its settled trades and how many of
    /// its trades are still unsettled. One slot: billing reads both in one call.
    struct Purchases {
        uint64 settledWh;
        uint64 openTrades;
    }

    MeterRegistry public immutable registry;
    IBoundaryLedger public immutable ledger;
    IERC20 public immutable token;
    /// @notice Window length and alignment in seconds (the meters' reading cadence).
    uint64 public immutable WINDOW;

    uint64 public nextOrderId = 1;
    uint64 public nextTradeId = 1;
    mapping(uint64 orderId => Order) private _orders;
    mapping(uint64 tradeId => Trade) private _trades;
    mapping(uint64 start => Window) private _windows;
    mapping(uint64 meterId => mapping(uint64 start => Position)) private _positions;
    mapping(uint64 meterId => mapping(uint64 timestamp => Registers)) private _registers;
    mapping(uint64 meterId => mapping(uint32 period => Purchases)) private _purchases;

    event AskPlaced(
        uint64 indexed orderId, address indexed maker, uint64 indexed meterId, uint64 window, uint64 wh, uint64 minPrice
    );
    event BidPlaced(
        uint64 indexed orderId,
        address indexed maker,
        uint64 indexed meterId,
        uint64 window,
        uint64 wh,
        uint64 maxPrice,
        uint256 escrow
    );
    event OrderCancelled(uint64 indexed orderId, uint256 refund);
    event TradeMatched(
        uint64 indexed tradeId, uint64 indexed window, uint64 askId, uint64 bidId, uint64 wh, uint64 price
    );
    event WindowCleared(uint64 indexed window, uint64 price);
    event ReadingRecorded(uint64 indexed meterId, uint64 indexed timestamp, uint64 importWh, uint64 exportWh);
    /// @notice A record recordReadings did not take: not at a window boundary, or not the registers
    /// the ledger accepted at that boundary.
    event ReadingRefused(uint64 indexed meterId, uint64 indexed timestamp, uint64 seq);
    event EscrowReleased(uint64 indexed bidId, uint256 refund);
    event TradeSettled(
        uint64 indexed tradeId, uint64 indexed window, uint64 deliveredWh, uint256 paidToSeller, uint256 refundToBuyer
    );

    error ZeroAddress();
    error BadWindowLength(uint64 windowSeconds);
    error BadSettleGrace(uint64 settleGraceSeconds);
    error ZeroAmount();
    error WindowMisaligned(uint64 window);
    error BookClosed(uint64 window);
    error NotMeterOwner(uint64 meterId, address caller);
    error NotProsumer(uint64 meterId);
    error InactiveMeter(uint64 meterId);
    error UnknownOrder(uint64 orderId);
    error NotOrderMaker(uint64 orderId, address caller);
    error OrderNotOpen(uint64 orderId);
    error OrderMatched(uint64 orderId);
    error ClearingPending(uint64 window);
    error ClearingNotOpen(uint64 window);
    error BadClearingPrice(uint64 price);
    error PriceMismatch(uint64 window, uint64 price, uint64 clearedAt);
    error WrongSide(uint64 orderId);
    error WindowMismatch(uint64 askId, uint64 bidId, uint64 window);
    error PriceOutsideLimits(uint64 askId, uint64 bidId, uint64 price);
    error SameParty(uint64 askId, uint64 bidId);
    error OverFill(uint64 orderId, uint64 filled, uint64 wh);
    error UnknownTrade(uint64 tradeId);
    error AlreadySettled(uint64 tradeId);
    error WindowNotClosed(uint64 window, uint64 end);
    error WindowNotCovered(uint64 meterId, uint64 timestamp);
    error MalformedReadings(uint256 length);

    constructor(
        MeterRegistry registry_,
        IBoundaryLedger ledger_,
        IERC20 token_,
        uint64 windowSeconds,
        uint64 settleGraceSeconds,
        address admin
    ) {
        if (address(registry_) == address(0) || address(ledger_) == address(0) || address(token_) == address(0)) {
            revert ZeroAddress();
        }
        if (admin == address(0)) revert ZeroAddress();
        // A whole number of windows per day keeps windows inside one billing period.
        if (windowSeconds == 0 || 86400 % windowSeconds != 0) revert BadWindowLength(windowSeconds);
        if (settleGraceSeconds < 1 days) revert BadSettleGrace(settleGraceSeconds);
        registry = registry_;
        ledger = ledger_;
        token = token_;
        WINDOW = windowSeconds;
        SETTLE_GRACE = settleGraceSeconds;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(CLEARER_ROLE, admin);
    }

    // ---------------------------------------------------------------- orders

    /// @notice Offer `wh` of `meterId`'s export in `window` at no less than `minPrice` per kWh.
    function placeAsk(uint64 meterId, uint64 window, uint64 wh, uint64 minPrice) external returns (uint64 orderId) {
        _checkNewOrder(window, wh);
        (address owner, MeterRegistry.MeterClass class,) = registry.accountOf(meterId);
        if (owner != msg.sender) revert NotMeterOwner(meterId, msg.sender);
        if (class != MeterRegistry.MeterClass.Prosumer) revert NotProsumer(meterId);
        _checkActive(meterId);
        orderId = nextOrderId++;
        _orders[orderId] = Order(msg.sender, meterId, Side.Ask, Status.Open, window, wh, 0, minPrice);
        emit AskPlaced(orderId, msg.sender, meterId, window, wh, minPrice);
        ledger.watchBoundaries(meterId);
    }

    /// @notice Bid for `wh` imported by `meterId` in `window` at no more than `maxPrice` per kWh;
    /// escrows `escrowOf(wh, maxPrice)` tokens (approve the market first).
    function placeBid(uint64 meterId, uint64 window, uint64 wh, uint64 maxPrice)
        external
        nonReentrant
        returns (uint64 orderId)
    {
        _checkNewOrder(window, wh);
        uint256 escrow = escrowOf(wh, maxPrice);
        if (escrow == 0) revert ZeroAmount();
        (address owner,,) = registry.accountOf(meterId);
        if (owner != msg.sender) revert NotMeterOwner(meterId, msg.sender);
        _checkActive(meterId);
        orderId = nextOrderId++;
        _orders[orderId] = Order(msg.sender, meterId, Side.Bid, Status.Open, window, wh, 0, maxPrice);
        emit BidPlaced(orderId, msg.sender, meterId, window, wh, maxPrice, escrow);
        ledger.watchBoundaries(meterId);
        token.safeTransferFrom(msg.sender, address(this), escrow);
    }

    /// @notice Withdraw an unmatched order; a bid's escrow goes back to its maker. While the book is
    /// open only the maker may cancel. Once the window is cleared (or its clearing deadline passed)
    /// anyone may, since the refund can only go to the maker. Between the book closing and the
    /// clearing nobody can: the clearing must see a fixed book.
    function cancel(uint64 orderId) external nonReentrant {
        Order storage o = _orders[orderId];
        if (o.maker == address(0)) revert UnknownOrder(orderId);
        if (o.status != Status.Open) revert OrderNotOpen(orderId);
        if (o.filled != 0) revert OrderMatched(orderId);
        uint64 window = o.window;
        if (block.timestamp < window) {
            if (msg.sender != o.maker) revert NotOrderMaker(orderId, msg.sender);
        } else if (!_windows[window].cleared && block.timestamp < window + WINDOW) {
            revert ClearingPending(window);
        }
        o.status = Status.Cancelled;
        uint256 refund = o.side == Side.Bid ? escrowOf(o.wh, o.price) : 0;
        emit OrderCancelled(orderId, refund);
        if (refund != 0) token.safeTransfer(o.maker, refund);
    }

    // ---------------------------------------------------------------- clearing

    /// @notice Record (part of) a window's clearing: `matches` at one uniform `price` (base units per
    /// kWh). Large books arrive in several chunks at the same price; `last` closes the window's
    /// clearing. Every match is checked: ask and bid of this window, both open, price within both
    /// limits, seller and buyer different meters and different makers, no order over-filled.
    function submitClearing(uint64 window, uint64 price, Match[] calldata matches, bool last)
        external
        onlyRole(CLEARER_ROLE)
    {
        if (window % WINDOW != 0) revert WindowMisaligned(window);
        Window storage w = _windows[window];
        if (block.timestamp < window || block.timestamp >= window + WINDOW || w.cleared) {
            revert ClearingNotOpen(window);
        }
        if (price == 0) revert BadClearingPrice(price);
        if (w.price == 0) w.price = price;
        else if (w.price != price) revert PriceMismatch(window, price, w.price);

        uint64 tradeId = nextTradeId;
        for (uint256 i; i < matches.length; ++i) {
            _match(window, price, matches[i], tradeId++);
        }
        nextTradeId = tradeId;
        if (last) {
            w.cleared = true;
            emit WindowCleared(window, price);
        }
    }

    function _match(uint64 window, uint64 price, Match calldata m, uint64 tradeId) private {
        if (m.wh == 0) revert ZeroAmount();
        Order storage ask = _orders[m.askId];
        Order storage bid = _orders[m.bidId];
        if (ask.side != Side.Ask || ask.maker == address(0)) revert WrongSide(m.askId);
        if (bid.side != Side.Bid || bid.maker == address(0)) revert WrongSide(m.bidId);
        if (ask.window != window || bid.window != window) revert WindowMismatch(m.askId, m.bidId, window);
        if (ask.status != Status.Open) revert OrderNotOpen(m.askId);
        if (bid.status != Status.Open) revert OrderNotOpen(m.bidId);
        if (price < ask.price || price > bid.price) revert PriceOutsideLimits(m.askId, m.bidId, price);
        if (ask.meterId == bid.meterId || ask.maker == bid.maker) revert SameParty(m.askId, m.bidId);
        uint64 askFilled = ask.filled + m.wh;
        if (askFilled > ask.wh) revert OverFill(m.askId, askFilled, ask.wh);
        uint64 bidFilled = bid.filled + m.wh;
        if (bidFilled > bid.wh) revert OverFill(m.bidId, bidFilled, bid.wh);

        _trades[tradeId] = Trade(m.askId, m.bidId, m.wh, bid.filled);
        ask.filled = askFilled;
        bid.filled = bidFilled;
        _positions[ask.meterId][window].soldWh += m.wh;
        _positions[bid.meterId][window].boughtWh += m.wh;
        ++_purchases[bid.meterId][Calendar.periodOf(window + WINDOW)].openTrades;
        emit TradeMatched(tradeId, window, m.askId, m.bidId, m.wh, price);
    }

    // ---------------------------------------------------------------- delivery

    /// @notice Record readings the ledger accepted exactly at window boundaries, in the ledger's
    /// packed format (ReadingLedger.PACKED_RECORD_SIZE bytes each: the settler can forward the
    /// ledger's own calldata; the signature part is not used, the ledger checked it on acceptance).
    /// A record is taken only if its registers are the ones the ledger accepted for the meter at
    /// that boundary; any other is refused (ReadingRefused) and the batch goes on. A boundary
    /// already recorded is skipped, so settlers never race.
    function recordReadings(bytes calldata records) external {
        uint256 size = 136;
        if (records.length % size != 0) revert MalformedReadings(records.length);
        uint256 n = records.length / size;
        for (uint256 i; i < n; ++i) {
            bytes calldata rec = records[i * size:(i + 1) * size];
            uint64 meterId = uint64(bytes8(rec[0:8]));
            uint64 timestamp = uint64(bytes8(rec[16:24]));
            uint64 importWh = uint64(bytes8(rec[24:32]));
            uint64 exportWh = uint64(bytes8(rec[32:40]));
            if (_registers[meterId][timestamp].recorded) continue;
            (bool accepted, uint64 ledgerImport, uint64 ledgerExport) = ledger.boundaryAt(meterId, timestamp);
            if (timestamp % WINDOW != 0 || !accepted || ledgerImport != importWh || ledgerExport != exportWh) {
                emit ReadingRefused(meterId, timestamp, uint64(bytes8(rec[8:16])));
                continue;
            }
            _registers[meterId][timestamp] = Registers(importWh, exportWh, true);
            emit ReadingRecorded(meterId, timestamp, importWh, exportWh);
        }
    }

    /// @notice Settle a trade once its window has ended and both meters' readings at the window's
    /// start and end are recorded. Anyone may call; the money only goes to the trade's parties.
    function settle(uint64 tradeId) external nonReentrant {
        _settle(tradeId);
    }

    /// @notice Settle many trades in one transaction. A trade already settled (by anyone, perhaps
    /// front-running this call) is skipped, so one settle() cannot make the whole batch revert;
    /// the call still reverts if a trade is unknown or cannot be settled yet.
    function settleMany(uint64[] calldata tradeIds) external nonReentrant {
        uint64 next = nextTradeId;
        for (uint256 i; i < tradeIds.length; ++i) {
            uint64 tradeId = tradeIds[i];
            if (_trades[tradeId].askId == 0 && tradeId != 0 && tradeId < next) continue;
            _settle(tradeId);
        }
    }

    function _settle(uint64 tradeId) private {
        Trade memory t = _trades[tradeId];
        if (t.askId == 0) {
            if (tradeId != 0 && tradeId < nextTradeId) revert AlreadySettled(tradeId);
            revert UnknownTrade(tradeId);
        }
        Order storage ask = _orders[t.askId];
        Order storage bid = _orders[t.bidId];
        uint64 start = ask.window;
        uint64 end = start + WINDOW;
        if (block.timestamp < end) revert WindowNotClosed(start, end);
        uint64 price = _windows[start].price;

        uint64 delivered = _delivered(t, ask.meterId, bid.meterId, start, end);

        // Effects: the trade's share of the bid's escrow is floor(cumulative fill * price / 1000)
        // differences, so all shares of a bid add up to exactly the cost of its whole fill.
        uint256 reserved = _cost(uint256(t.bidFilledBefore) + t.wh, price) - _cost(t.bidFilledBefore, price);
        uint256 pay = _cost(delivered, price);
        uint256 refund = reserved - pay;
        delete _trades[tradeId];
        Purchases storage bought = _purchases[bid.meterId][Calendar.periodOf(end)];
        bought.settledWh += delivered;
        --bought.openTrades;
        if (bid.status == Status.Open) {
            // First settled trade of this bid: its escrow above the cost of its fill goes back too.
            bid.status = Status.Released;
            uint256 rest = escrowOf(bid.wh, bid.price) - _cost(bid.filled, price);
            refund += rest;
            emit EscrowReleased(t.bidId, rest);
        }
        emit TradeSettled(tradeId, start, delivered, pay, refund);

        // Interactions.
        if (pay != 0) token.safeTransfer(ask.maker, pay);
        if (refund != 0) token.safeTransfer(bid.maker, refund);
    }

    /// @dev delivered = min(traded, seller's pro-rata share of its window export, buyer's pro-rata
    /// share of its window import). After SETTLE_GRACE without readings, nothing counts as delivered.
    function _delivered(Trade memory t, uint64 seller, uint64 buyer, uint64 start, uint64 end)
        private
        view
        returns (uint64)
    {
        (bool sellerCovered, uint256 exported) = _energy(seller, start, end, false);
        (bool buyerCovered, uint256 imported) = _energy(buyer, start, end, true);
        if (!sellerCovered || !buyerCovered) {
            if (block.timestamp >= end + SETTLE_GRACE) return 0;
            _revertUncovered(sellerCovered ? buyer : seller, start, end);
        }
        uint256 d = t.wh;
        uint256 sellerShare = exported * t.wh / _positions[seller][start].soldWh;
        uint256 buyerShare = imported * t.wh / _positions[buyer][start].boughtWh;
        if (sellerShare < d) d = sellerShare;
        if (buyerShare < d) d = buyerShare;
        return uint64(d);
    }

    /// @dev A meter's import (or export) between its recorded readings at `start` and `end`.
    function _energy(uint64 meterId, uint64 start, uint64 end, bool importing)
        private
        view
        returns (bool covered, uint256 wh)
    {
        Registers memory r0 = _registers[meterId][start];
        Registers memory r1 = _registers[meterId][end];
        if (!r0.recorded || !r1.recorded) return (false, 0);
        (uint64 a, uint64 b) = importing ? (r0.importWh, r1.importWh) : (r0.exportWh, r1.exportWh);
        // Registers never go backwards on the ledger; a signed pair that does is a faulty meter.
        return (true, b > a ? b - a : 0);
    }

    function _revertUncovered(uint64 meterId, uint64 start, uint64 end) private view {
        if (!_registers[meterId][start].recorded) revert WindowNotCovered(meterId, start);
        revert WindowNotCovered(meterId, end);
    }

    // ---------------------------------------------------------------- views

    /// @notice Tokens a bid of `wh` at `maxPrice` per kWh escrows: ceil(wh * maxPrice / 1000).
    function escrowOf(uint64 wh, uint64 maxPrice) public pure returns (uint256) {
        return (uint256(wh) * maxPrice + 999) / 1000;
    }

    /// @inheritdoc IP2PImport
    /// @dev Delivered Wh of settled trades bought by `meterId` whose window ends in `period` (by the
    /// ledger's interval-end convention: a window ending at 00:00 on the 1st belongs to the month before).
    function p2pImportWh(uint64 meterId, uint32 period) external view returns (uint64) {
        return _purchases[meterId][period].settledWh;
    }

    /// @inheritdoc IP2PImport
    /// @dev A trade counts as open from its clearing until it is settled; every trade can be settled
    /// by anyone once its window is over (after SETTLE_GRACE even without readings), so the count of
    /// a past period always reaches zero.
    function p2pImport(uint64 meterId, uint32 period) external view returns (uint64 settledWh, uint64 openTrades) {
        Purchases memory bought = _purchases[meterId][period];
        return (bought.settledWh, bought.openTrades);
    }

    function orderOf(uint64 orderId) external view returns (Order memory) {
        return _orders[orderId];
    }

    /// @notice An unsettled trade (all zero once settled or if unknown).
    function tradeOf(uint64 tradeId) external view returns (Trade memory) {
        return _trades[tradeId];
    }

    function windowOf(uint64 start) external view returns (Window memory) {
        return _windows[start];
    }

    function positionOf(uint64 meterId, uint64 start) external view returns (Position memory) {
        return _positions[meterId][start];
    }

    function registersAt(uint64 meterId, uint64 timestamp) external view returns (Registers memory) {
        return _registers[meterId][timestamp];
    }

    // ---------------------------------------------------------------- internals

    function _cost(uint256 wh, uint64 price) private pure returns (uint256) {
        return wh * price / 1000;
    }

    function _checkNewOrder(uint64 window, uint64 wh) private view {
        if (wh == 0) revert ZeroAmount();
        if (window % WINDOW != 0) revert WindowMisaligned(window);
        if (block.timestamp >= window) revert BookClosed(window);
    }

    function _checkActive(uint64 meterId) private view {
        (,, bool active) = registry.authOf(meterId);
        if (!active) revert InactiveMeter(meterId);
    }
}
