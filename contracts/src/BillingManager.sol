// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {MeterRegistry} from "./MeterRegistry.sol";
import {IPeriodLedger} from "./interfaces/IPeriodLedger.sol";
import {IP2PImport} from "./interfaces/IP2PImport.sol";
import {Calendar} from "./lib/Calendar.sol";

/// @title BillingManager
/// @notice Tariffs, monthly bills computed on chain from the ledger's period registers, payment in a
/// stable token (direct, ERC-2612 permit, partial) and autopay by allowance.
///
/// Bill arithmetic (the one rounding rule; internal/tariff Tariff.Amount mirrors it in Go):
///   billedWh = (closing import - opening import) - P2P import settled by the market (floored at 0)
///   exact    = fixedCharge + sum over tariff blocks of (Wh in block x price per kWh) / 1000
///   amount   = exact rounded half up to a whole cent (10^(decimals-2) token base units)
/// The sum is kept in thousandths of a base unit, so nothing is rounded before that single step.
/// @dev A bill's id is (period << 64) | meterId: the same on every fork, so a follower that sees a
/// reorg replays to the same ids. Gas: issuing stores only what cannot be derived later (amount in
/// cents and issue day, 64 bits) and packs the bills of meters 4k..4k+3 into one slot, so a batch
/// of sorted meter ids pays for a fresh slot about every fourth bill. The energy is re-read from the
/// ledger (immutable once the period is closed), the P2P share is stored only when non-zero, and the
/// payment slot is written by the payer.
contract BillingManager is ReentrancyGuard {
    using SafeERC20 for IERC20;

    enum Status {
        None,
        Open,
        Paid,
        Overdue
    }

    /// @notice Why issueBills skipped a meter (BillSkipped); the rest of the batch goes on.
    enum SkipReason {
        None,
        AlreadyIssued,
        PeriodNotClosed, // no reading after the period yet, or the period lies before the first reading
        UnknownTariff,
        MarketFailed, // the P2P market could not say how much was bought from peers
        TooLarge, // amount beyond a bill record's 40 bits of cents (about 11 billion)
        P2PUnsettled // the period is not over, or a P2P trade of the meter in it is not settled yet
    }

    /// @dev A tariff: fixed monthly charge and 1..MAX_BLOCKS price blocks. blockCount 0 = undefined.
    struct Tariff {
        uint96 fixedCharge;
        uint8 blockCount;
    }

    /// @dev Energy up to `upToWh` (cumulative over the month) costs `pricePerKWh` base units per kWh.
    struct TariffBlock {
        uint64 upToWh;
        uint96 pricePerKWh;
    }

    /// @dev Written on payment.
    struct Payment {
        uint96 paid;
        bool overdueMarked;
    }

    struct Autopay {
        address payer;
        uint96 capPerBill;
    }

    /// @notice A bill as the view returns it. energyWh is the grid import of the period; p2pWh the part
    /// of it bought from peers and not billed here; account the owner responsible for it (the
    /// meter's owner when the period closed); estimated is set when the period's registers were
    /// interpolated over a gap without readings (the ledger's periodEstimated). Bills are dated by day: issuedAt is 00:00 UTC of
    /// the issue day and due = issuedAt + paymentTerm; after due an unpaid bill is overdue.
    struct Bill {
        uint64 meterId;
        uint32 period;
        uint64 energyWh;
        uint64 p2pWh;
        uint256 amount;
        uint256 paid;
        uint64 issuedAt;
        uint64 due;
        Status status;
        address account;
        bool estimated;
    }

    bytes32 private constant REGISTRAR_ROLE = keccak256("REGISTRAR_ROLE");
    bytes32 private constant DEFAULT_ADMIN_ROLE = 0x00;
    uint256 public constant MAX_BLOCKS = 8;
    /// @dev A packed bill record (64 bits): amount in cents (uint40) | issue day (uint24, days since
    /// 1970-01-01 UTC) << 40. Issue day 0 (never a real one): not issued.
    uint256 private constant RECORD_BITS = 64;
    uint256 private constant CENTS_MASK = (1 << 40) - 1;
    uint256 private constant DAY_MASK = ((1 << 24) - 1) << 40;

    MeterRegistry public immutable registry;
    IPeriodLedger public immutable ledger;
    IERC20 public immutable token;
    /// @notice One cent in token base units: the unit every bill is rounded to.
    uint256 public immutable cent;

    /// @notice Seconds from issue to due date. Fixed at deployment so a bill's due date follows
    /// from its issue time.
    uint32 public immutable paymentTerm;

    /// @notice The P2P market (zero: none).
    address public market;
    /// @notice Where payments go (the utility).
    address public treasury;

    mapping(uint32 tariffId => Tariff) private _tariffs;
    mapping(uint32 tariffId => TariffBlock[]) private _blocks;
    /// @dev Four bills per slot: bill `id` is the record at bits (id & 3) * 64 of slot id >> 2, so
    /// meters 4k..4k+3 of a period share one.
    mapping(uint256 groupKey => uint256) private _billGroups;
    mapping(uint256 billId => uint64) private _p2pWh;
    mapping(uint256 billId => Payment) private _payments;
    mapping(uint64 meterId => Autopay) private _autopay;

    event TariffSet(uint32 indexed tariffId, uint96 fixedCharge, uint64[] upToWh, uint96[] pricePerKWh);
    event BillIssued(
        uint256 indexed billId,
        uint64 indexed meterId,
        uint32 indexed period,
        uint64 energyWh,
        uint64 p2pWh,
        uint256 amount,
        uint64 due
    );
    event BillSkipped(uint64 indexed meterId, uint32 indexed period, SkipReason reason);
    event BillPaid(uint256 indexed billId, address indexed payer, uint256 amount, uint256 paidTotal);
    event BillSettled(uint256 indexed billId);
    event BillOverdue(uint256 indexed billId, uint256 outstanding);
    event AutopaySet(uint64 indexed meterId, address indexed payer, uint256 capPerBill);
    event AutopayCancelled(uint64 indexed meterId, address indexed payer);
    event AutopayFailed(uint256 indexed billId, address indexed payer, string reason);
    event MarketSet(address market);
    event TreasurySet(address treasury);

    error NotRegistrar(address caller);
    error NotAdmin(address caller);
    error ZeroAddress();
    error InvalidPeriod(uint32 period);
    error InvalidTariffId();
    error TariffExists(uint32 tariffId);
    error BadTariff(string why);
    error UnknownBill(uint256 billId);
    error ZeroAmount();
    error BillAlreadySettled(uint256 billId);
    error Overpayment(uint256 billId, uint256 amount, uint256 outstanding);
    error PermitFailed(uint256 billId);
    error NotMeterOwner(uint64 meterId, address caller);
    error NoAutopay(uint64 meterId);

    constructor(
        MeterRegistry registry_,
        IPeriodLedger ledger_,
        IERC20Metadata token_,
        address treasury_,
        uint32 paymentTerm_
    ) {
        if (address(registry_) == address(0) || address(ledger_) == address(0)) revert ZeroAddress();
        if (address(token_) == address(0) || treasury_ == address(0)) revert ZeroAddress();
        registry = registry_;
        ledger = ledger_;
        token = IERC20(address(token_));
        uint8 d = token_.decimals();
        cent = d >= 2 ? 10 ** (d - 2) : 1;
        treasury = treasury_;
        paymentTerm = paymentTerm_;
    }

    modifier onlyRegistrar() {
        if (!registry.hasRole(REGISTRAR_ROLE, msg.sender)) revert NotRegistrar(msg.sender);
        _;
    }

    modifier onlyAdmin() {
        if (!registry.hasRole(DEFAULT_ADMIN_ROLE, msg.sender)) revert NotAdmin(msg.sender);
        _;
    }

    // ---------------------------------------------------------------- administration

    /// @notice Define tariff `tariffId`: a fixed monthly charge and price blocks. `upToWh` are the
    /// block boundaries (cumulative Wh in the month, strictly increasing), one fewer than prices: the
    /// last block has no upper bound. A flat tariff is one price and no boundary.
    /// @dev Tariffs are immutable once defined: because anyone may issue a bill, the price a bill uses
    /// must not depend on when it was issued. A new price is a new tariff id, assigned to meters in the
    /// registry (from the period after the assignment on: MeterRegistry.tariffAt).
    function setTariff(uint32 tariffId, uint96 fixedCharge, uint64[] calldata upToWh, uint96[] calldata pricePerKWh)
        external
        onlyRegistrar
    {
        if (tariffId == 0) revert InvalidTariffId();
        if (_tariffs[tariffId].blockCount != 0) revert TariffExists(tariffId);
        uint256 n = pricePerKWh.length;
        if (n == 0 || n > MAX_BLOCKS) revert BadTariff("1 to 8 price blocks");
        if (upToWh.length != n - 1) revert BadTariff("one boundary fewer than prices");
        TariffBlock[] storage blocks = _blocks[tariffId];
        uint64 prev;
        for (uint256 i; i < n; ++i) {
            uint64 bound = i < n - 1 ? upToWh[i] : type(uint64).max;
            if (bound <= prev) revert BadTariff("boundaries must increase from above zero");
            blocks.push(TariffBlock(bound, pricePerKWh[i]));
            prev = bound;
        }
        _tariffs[tariffId] = Tariff(fixedCharge, uint8(n));
        emit TariffSet(tariffId, fixedCharge, upToWh, pricePerKWh);
    }

    /// @notice Point billing at the P2P market (zero to disable). Affects bills issued from now on.
    function setMarket(address market_) external onlyAdmin {
        market = market_;
        emit MarketSet(market_);
    }

    function setTreasury(address treasury_) external onlyAdmin {
        if (treasury_ == address(0)) revert ZeroAddress();
        treasury = treasury_;
        emit TreasurySet(treasury_);
    }

    // ---------------------------------------------------------------- issue

    /// @notice Issue the bills of `period` (yyyymm) for `meterIds`. A meter already billed for the
    /// period, whose period is not closed, whose tariff is undefined, or (with a market) before the
    /// period is over or while a P2P trade of the meter in it is unsettled, is skipped with
    /// BillSkipped; the batch goes on.
    /// @dev Anyone may call. The amount is fixed by data the caller cannot influence (meter-signed
    /// registers in the ledger, the registrar's immutable tariffs, the meter's tariff assignment), the
    /// bill id is deterministic and a second issue is refused, so a caller can only make a bill exist
    /// sooner, never make it different. Letting the consumer, an auditor or a standby service issue
    /// means billing does not depend on one settlement service staying up.
    function issueBills(uint64[] calldata meterIds, uint32 period) external {
        if (!Calendar.isValid(period)) revert InvalidPeriod(period);
        uint32 issueDay = uint32(block.timestamp / 1 days);
        uint32 due = uint32(issueDay * 1 days + paymentTerm);
        // Trades of windows ending in `period` can be matched until the period's last moment (and
        // the ledger takes readings a little ahead of block time): only after it is the set of
        // trades whose settlement the bill waits for complete.
        bool periodOver = Calendar.periodOf(block.timestamp) > period;
        IssueBatch memory batch =
            IssueBatch(period, issueDay, due, market, periodOver, 0, Tariff(0, 0), new TariffBlock[](0));
        for (uint256 i; i < meterIds.length; ++i) {
            _issue(batch, meterIds[i]);
        }
    }

    /// @dev What every bill of one issueBills call shares, and the last tariff used (meters of a
    /// batch mostly share one).
    struct IssueBatch {
        uint32 period;
        uint32 issueDay;
        uint32 due;
        address market;
        bool periodOver;
        uint32 cachedTariffId;
        Tariff tariff;
        TariffBlock[] blocks;
    }

    function _issue(IssueBatch memory batch, uint64 meterId) private {
        uint32 period = batch.period;
        uint256 billId = (uint256(period) << 64) | meterId;
        if ((_billGroups[billId >> 2] >> ((billId & 3) * RECORD_BITS)) & DAY_MASK != 0) {
            emit BillSkipped(meterId, period, SkipReason.AlreadyIssued);
            return;
        }
        (bool closed, uint64 energy) = _importOf(meterId, period);
        if (!closed) {
            emit BillSkipped(meterId, period, SkipReason.PeriodNotClosed);
            return;
        }
        uint32 tariffId = _tariffOf(meterId, period);
        if (tariffId != batch.cachedTariffId) {
            (batch.tariff, batch.blocks) = _loadTariff(tariffId);
            batch.cachedTariffId = tariffId;
        }
        if (batch.tariff.blockCount == 0) {
            emit BillSkipped(meterId, period, SkipReason.UnknownTariff);
            return;
        }
        uint64 p2p;
        if (batch.market != address(0)) {
            if (!batch.periodOver) {
                emit BillSkipped(meterId, period, SkipReason.P2PUnsettled);
                return;
            }
            (bool ok, uint64 wh, uint64 openTrades) = _p2pOf(batch.market, meterId, period);
            if (!ok) {
                emit BillSkipped(meterId, period, SkipReason.MarketFailed);
                return;
            }
            if (openTrades != 0) {
                emit BillSkipped(meterId, period, SkipReason.P2PUnsettled);
                return;
            }
            p2p = wh < energy ? wh : energy;
        }
        _store(batch, billId, energy, p2p);
    }

    function _store(IssueBatch memory batch, uint256 billId, uint64 energy, uint64 p2p) private {
        uint256 cents = _chargeCents(batch.tariff.fixedCharge, batch.blocks, energy - p2p);
        if (cents > CENTS_MASK) {
            emit BillSkipped(uint64(billId), batch.period, SkipReason.TooLarge);
            return;
        }
        _billGroups[billId >> 2] |= (cents | (uint256(batch.issueDay) << 40)) << ((billId & 3) * RECORD_BITS);
        if (p2p != 0) _p2pWh[billId] = p2p;
        emit BillIssued(billId, uint64(billId), batch.period, energy, p2p, cents * cent, batch.due);
        if (cents == 0) emit BillSettled(billId);
    }

    // The three reads of every bill, as plain staticcalls into scratch memory past the free pointer:
    // the ABI coder's allocations and checks cost ~1.5k gas per bill in a batch. Results are
    // masked to their declared widths.

    /// @dev ledger.periodRegisters: closing - opening import; closed false if it reverted.
    function _importOf(uint64 meterId, uint32 period) private view returns (bool closed, uint64 energy) {
        address target = address(ledger);
        bytes4 selector = IPeriodLedger.periodRegisters.selector;
        // Lint: gas: one staticcall per bill in issueBills batches; scratch memory only, tested by the billing tests.
        // solhint-disable-next-line no-inline-assembly
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, selector)
            mstore(add(m, 4), meterId)
            mstore(add(m, 36), period)
            closed := staticcall(gas(), target, m, 68, m, 128)
            if lt(returndatasize(), 128) { closed := 0 }
            let mask := 0xffffffffffffffff
            let openImport := and(mload(m), mask)
            let closeImport := and(mload(add(m, 64)), mask)
            if lt(closeImport, openImport) { closed := 0 }
            if closed { energy := sub(closeImport, openImport) }
        }
    }

    /// @dev registry.tariffAt(meterId, period): the tariff in force for the period, whenever the bill
    /// is issued (0 for an unknown meter).
    function _tariffOf(uint64 meterId, uint32 period) private view returns (uint32 tariffId) {
        address target = address(registry);
        bytes4 selector = MeterRegistry.tariffAt.selector;
        // Lint: gas: one staticcall per bill in issueBills batches; scratch memory only, tested by the billing tests.
        // solhint-disable-next-line no-inline-assembly
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, selector)
            mstore(add(m, 4), meterId)
            mstore(add(m, 36), period)
            if iszero(staticcall(gas(), target, m, 68, m, 32)) {
                returndatacopy(m, 0, returndatasize())
                revert(m, returndatasize())
            }
            if lt(returndatasize(), 32) { revert(0, 0) }
            tariffId := and(mload(m), 0xffffffff)
        }
    }

    /// @dev IP2PImport(market).p2pImport; ok false if it reverted or answered malformed.
    function _p2pOf(address market_, uint64 meterId, uint32 period)
        private
        view
        returns (bool ok, uint64 wh, uint64 openTrades)
    {
        bytes4 selector = IP2PImport.p2pImport.selector;
        // Lint: gas: one staticcall per bill in issueBills batches; scratch memory only, tested by the billing tests.
        // solhint-disable-next-line no-inline-assembly
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, selector)
            mstore(add(m, 4), meterId)
            mstore(add(m, 36), period)
            ok := staticcall(gas(), market_, m, 68, m, 64)
            if lt(returndatasize(), 64) { ok := 0 }
            let v := mload(m)
            let n := mload(add(m, 32))
            if or(gt(v, 0xffffffffffffffff), gt(n, 0xffffffffffffffff)) { ok := 0 }
            if ok {
                wh := v
                openTrades := n
            }
        }
    }

    // ---------------------------------------------------------------- payment

    /// @notice Pay `amount` (token base units) towards a bill from the caller's wallet; anyone may pay
    /// any bill, partially, but never more than is outstanding. Needs an allowance for this contract.
    function pay(uint256 billId, uint256 amount) external nonReentrant {
        _pay(billId, msg.sender, amount);
    }

    /// @notice Approve (ERC-2612 permit signed by the caller) and pay in one transaction.
    function payWithPermit(uint256 billId, uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s)
        external
        nonReentrant
    {
        // solhint-disable-next-line no-empty-blocks
        try IERC20Permit(address(token)).permit(msg.sender, address(this), amount, deadline, v, r, s) {}
        catch {
            // Someone may have submitted the signed permit first (it is public in the mempool): fine
            // as long as it left the allowance we need.
            if (token.allowance(msg.sender, address(this)) < amount) revert PermitFailed(billId);
        }
        _pay(billId, msg.sender, amount);
    }

    function _pay(uint256 billId, address payer, uint256 amount) private {
        (uint256 billAmount, uint256 issuedAt) = _record(billId);
        if (issuedAt == 0) revert UnknownBill(billId);
        if (amount == 0) revert ZeroAmount();
        Payment storage p = _payments[billId];
        uint256 paid = p.paid;
        uint256 owed = billAmount - paid;
        if (owed == 0) revert BillAlreadySettled(billId);
        if (amount > owed) revert Overpayment(billId, amount, owed);
        // Effects before the token call (checks-effects-interactions), on top of nonReentrant.
        paid += amount;
        p.paid = uint96(paid);
        emit BillPaid(billId, payer, amount, paid);
        if (amount == owed) emit BillSettled(billId);
        token.safeTransferFrom(payer, treasury, amount);
    }

    // ---------------------------------------------------------------- autopay

    /// @notice The meter's owner opts in: collectAutopay may pull each bill of the meter from the
    /// caller's wallet (by allowance), up to `capPerBill` paid in total per bill.
    function setAutopay(uint64 meterId, uint96 capPerBill) external {
        (address owner,,) = registry.accountOf(meterId);
        if (owner != msg.sender) revert NotMeterOwner(meterId, msg.sender);
        if (capPerBill == 0) revert ZeroAmount();
        _autopay[meterId] = Autopay(msg.sender, capPerBill);
        emit AutopaySet(meterId, msg.sender, capPerBill);
    }

    /// @notice The payer or the meter's current owner ends autopay.
    function cancelAutopay(uint64 meterId) external {
        address payer = _autopay[meterId].payer;
        if (payer == address(0)) revert NoAutopay(meterId);
        if (msg.sender != payer) {
            (address owner,,) = registry.accountOf(meterId);
            if (msg.sender != owner) revert NotMeterOwner(meterId, msg.sender);
        }
        delete _autopay[meterId];
        emit AutopayCancelled(meterId, payer);
    }

    /// @notice Collect autopay for issued bills: for each bill whose meter opted in, pull what is
    /// needed to bring the bill's paid total up to min(amount, cap). Autopay covers only bills of
    /// periods the payer answers for (MeterRegistry.ownerAt), never a previous owner's arrears. A
    /// collection that cannot happen (allowance, balance, the payer no longer owns the meter or did
    /// not own it for the bill's period, the token refused) is an
    /// AutopayFailed event, the bill stays open and the batch goes on. Bills without autopay, unknown
    /// or already paid up to the cap are skipped silently, so repeating a call is harmless.
    /// @dev Anyone may call: it only moves money the payer authorised, to the treasury, for real bills.
    function collectAutopay(uint256[] calldata billIds) external nonReentrant {
        address treasury_ = treasury;
        for (uint256 i; i < billIds.length; ++i) {
            uint256 billId = billIds[i];
            (uint256 billAmount, uint256 issuedAt) = _record(billId);
            if (issuedAt == 0) continue;
            uint64 meterId = uint64(billId);
            Autopay memory a = _autopay[meterId];
            if (a.payer == address(0)) continue;
            Payment storage p = _payments[billId];
            uint256 paid = p.paid;
            uint256 target = billAmount < a.capPerBill ? billAmount : a.capPerBill;
            if (paid >= target) continue;
            uint256 amount = target - paid;
            (address owner,,) = registry.accountOf(meterId);
            if (owner != a.payer) {
                emit AutopayFailed(billId, a.payer, "payer no longer owns the meter");
                continue;
            }
            if (registry.ownerAt(meterId, uint32(billId >> 64)) != a.payer) {
                emit AutopayFailed(billId, a.payer, "bill of a period before the payer's ownership");
                continue;
            }
            if (token.allowance(a.payer, address(this)) < amount) {
                emit AutopayFailed(billId, a.payer, "insufficient allowance");
                continue;
            }
            if (token.balanceOf(a.payer) < amount) {
                emit AutopayFailed(billId, a.payer, "insufficient balance");
                continue;
            }
            p.paid = uint96(paid + amount);
            if (!SafeERC20.trySafeTransferFrom(token, a.payer, treasury_, amount)) {
                p.paid = uint96(paid);
                emit AutopayFailed(billId, a.payer, "token transfer failed");
                continue;
            }
            emit BillPaid(billId, a.payer, amount, paid + amount);
            if (paid + amount == billAmount) emit BillSettled(billId);
        }
    }

    // ---------------------------------------------------------------- overdue

    /// @notice Record that bills are past due and unpaid (BillOverdue, once per bill). Anyone may call;
    /// the status view reports overdue either way, this makes it an event for followers.
    function markOverdue(uint256[] calldata billIds) external {
        for (uint256 i; i < billIds.length; ++i) {
            uint256 billId = billIds[i];
            (uint256 billAmount, uint256 issuedAt) = _record(billId);
            if (issuedAt == 0 || block.timestamp <= issuedAt + paymentTerm) continue;
            Payment storage p = _payments[billId];
            if (p.overdueMarked || p.paid >= billAmount) continue;
            p.overdueMarked = true;
            emit BillOverdue(billId, billAmount - p.paid);
        }
    }

    // ---------------------------------------------------------------- views

    /// @notice The deterministic id of the bill of `meterId` for `period`.
    function billIdOf(uint64 meterId, uint32 period) external pure returns (uint256) {
        return (uint256(period) << 64) | meterId;
    }

    /// @notice A bill; status None (and zero amounts) if it was not issued.
    function bill(uint256 billId) external view returns (Bill memory b) {
        (uint256 billAmount, uint256 issuedAt) = _record(billId);
        b.meterId = uint64(billId);
        b.period = uint32(billId >> 64);
        if (issuedAt == 0) return b;
        uint256 paid = _payments[billId].paid;
        // The registers of a closed period never change: the energy billed is re-read, not stored
        // (0 should the ledger ever not answer, so the bill itself stays readable).
        (, b.energyWh) = _importOf(b.meterId, b.period);
        b.p2pWh = _p2pWh[billId];
        b.amount = billAmount;
        b.paid = paid;
        b.issuedAt = uint64(issuedAt);
        b.due = uint64(issuedAt + paymentTerm);
        b.account = registry.ownerAt(b.meterId, b.period);
        b.estimated = ledger.periodEstimated(b.meterId, b.period);
        if (paid >= billAmount) b.status = Status.Paid;
        else if (block.timestamp > b.due) b.status = Status.Overdue;
        else b.status = Status.Open;
    }

    /// @notice Base units still owed on a bill (0 if unknown or settled).
    function outstanding(uint256 billId) external view returns (uint256) {
        (uint256 billAmount,) = _record(billId);
        return billAmount - _payments[billId].paid;
    }

    function tariff(uint32 tariffId)
        external
        view
        returns (uint96 fixedCharge, uint64[] memory upToWh, uint96[] memory pricePerKWh)
    {
        (Tariff memory t, TariffBlock[] memory blocks) = _loadTariff(tariffId);
        fixedCharge = t.fixedCharge;
        uint256 n = blocks.length;
        upToWh = new uint64[](n == 0 ? 0 : n - 1);
        pricePerKWh = new uint96[](n);
        for (uint256 i; i < n; ++i) {
            if (i < n - 1) upToWh[i] = blocks[i].upToWh;
            pricePerKWh[i] = blocks[i].pricePerKWh;
        }
    }

    function autopayOf(uint64 meterId) external view returns (address payer, uint256 capPerBill) {
        Autopay memory a = _autopay[meterId];
        return (a.payer, a.capPerBill);
    }

    /// @notice What a bill for `billedWh` costs under tariff `tariffId` (the on-chain rule, for tools
    /// that want to check their own arithmetic against it).
    function quote(uint32 tariffId, uint64 billedWh) external view returns (uint256) {
        (Tariff memory t, TariffBlock[] memory blocks) = _loadTariff(tariffId);
        if (t.blockCount == 0) revert BadTariff("undefined");
        return _chargeCents(t.fixedCharge, blocks, billedWh) * cent;
    }

    function _loadTariff(uint32 tariffId) private view returns (Tariff memory t, TariffBlock[] memory blocks) {
        t = _tariffs[tariffId];
        blocks = new TariffBlock[](t.blockCount);
        TariffBlock[] storage s = _blocks[tariffId];
        for (uint256 i; i < blocks.length; ++i) {
            blocks[i] = s[i];
        }
    }

    /// @dev A bill's amount (base units) and issue time (00:00 UTC of its issue day; 0 = not issued).
    function _record(uint256 billId) private view returns (uint256 amount, uint256 issuedAt) {
        uint256 w = _billGroups[billId >> 2] >> ((billId & 3) * RECORD_BITS);
        return ((w & CENTS_MASK) * cent, ((w & DAY_MASK) >> 40) * 1 days);
    }

    /// @dev The bill rule in the contract comment, in cents: exact sum in thousandths of a base unit,
    /// one half-up rounding to a whole cent.
    function _chargeCents(uint96 fixedCharge, TariffBlock[] memory blocks, uint64 billedWh)
        private
        view
        returns (uint256)
    {
        uint256 milli = uint256(fixedCharge) * 1000;
        uint64 lower;
        uint64 rest = billedWh;
        for (uint256 i; i < blocks.length && rest != 0; ++i) {
            uint64 width = blocks[i].upToWh - lower;
            uint64 take = rest < width ? rest : width;
            milli += uint256(take) * blocks[i].pricePerKWh;
            rest -= take;
            lower = blocks[i].upToWh;
        }
        uint256 unit = cent * 1000;
        return (milli + unit / 2) / unit;
    }
}
