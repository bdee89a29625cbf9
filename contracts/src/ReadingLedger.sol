// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {MeterRegistry} from "./MeterRegistry.sol";
import {IBoundaryLedger} from "./interfaces/IBoundaryLedger.sol";
import {Calendar} from "./lib/Calendar.sol";
import {Ocmf} from "./lib/Ocmf.sol";
import {ReadingRules} from "./lib/ReadingRules.sol";

/// @notice What the ledger needs of the P2P market: the length of its delivery windows.
interface IWindowedMarket {
    function WINDOW() external view returns (uint64);
}

/// @title ReadingLedger
/// @notice The record of every meter reading. Each reading is EIP-712 typed data signed by the meter's
/// own key; relayers (oracles) only carry it here, so they can delay a reading but never forge or
/// alter one. A reading that breaks a rule is logged with its reason and the batch goes on.
/// @dev Gas: a meter's hot state lives in ONE slot keyed by its signer address. Recovering the
/// signature yields the key (a P-256 signature recovers nothing: its record carries the public key,
/// verified through the P256VERIFY precompile and named by SigningKey.p256Id), and the slot holds the meter id it signs for, its max power (0 once
/// deactivated) and its last reading, so an accepted reading costs one cold SLOAD and one SSTORE,
/// with no call to the registry. The registry keeps this copy in step (enroll, rekey, disable);
/// only failed readings consult it, to name the reason. Readings themselves are events; closing
/// registers are stored once per meter and billing period.
///
/// Market boundaries: for a meter with an order on the P2P market (the market marks it, bit 31 of
/// the slot's meter id), each accepted reading taken exactly at a window boundary is also stored,
/// so the market settles only against registers this ledger accepted. Other meters pay nothing
/// for it beyond testing that bit.
contract ReadingLedger is EIP712, IBoundaryLedger {
    struct Reading {
        uint64 meterId;
        uint64 seq;
        uint64 timestamp;
        uint64 importWh;
        uint64 exportWh;
        bytes32 detailHash;
    }

    /// @notice The last accepted reading of a meter.
    struct MeterState {
        uint64 seq;
        uint64 timestamp;
        uint64 importWh;
        uint64 exportWh;
    }

    /// @dev Exactly one slot per signer. seq and timestamp are stored in 32 bits: a seq above
    /// 2^32-1 is refused as a replay (the sequence space is exhausted, nothing could follow it) and
    /// a timestamp above it lies after 2106, which is always too far in the future.
    struct Meter {
        uint32 meterId; // nine digits fit in 30 bits; 0 = no meter signs with this key
        uint32 maxPowerW; // 0 = deactivated
        uint32 seq;
        uint32 timestamp;
        uint64 importWh;
        uint64 exportWh;
    }

    /// @dev A meter's registers at the end of `period`; one slot. A period with readings closes
    /// with its last reading (taken at `timestamp`). A gap, one or more whole periods without any
    /// reading, is split by linear interpolation between the readings around it: its last period
    /// gets a record marked estimated that holds the first reading after the gap, and the end of
    /// every period of the gap is interpolated when read, on the line between the two readings.
    struct Closing {
        uint32 period;
        uint64 importWh;
        uint64 exportWh;
        uint32 timestamp;
        bool estimated;
    }

    /// @dev A meter's accepted registers at a market window boundary; one slot.
    struct Boundary {
        uint64 importWh;
        uint64 exportWh;
        bool accepted;
    }

    bytes32 public constant READING_TYPEHASH = ReadingRules.READING_TYPEHASH;
    /// @notice How far a reading's timestamp may run ahead of the block time (meter clock skew).
    uint64 public constant MAX_FUTURE_SKEW = ReadingRules.MAX_FUTURE_SKEW;
    /// @notice Bytes per secp256k1 record in `submitPacked`: meterId, seq, timestamp, importWh,
    /// exportWh (8 each), detailHash (32), signature r (32) and yParity|s (32, EIP-2098).
    uint256 public constant PACKED_RECORD_SIZE = 136;
    /// @notice Bytes per P-256 record in `submitPacked`: the same first 72 bytes with P256_RECORD
    /// set in the meterId field, then signature r and s and the public key x and y (32 each).
    uint256 public constant PACKED_P256_RECORD_SIZE = 200;
    /// @notice Bit of a packed record's meterId field that marks a P-256 record (nine-digit ids use 30
    /// bits); the digest is over the meter id without it.
    uint64 public constant P256_RECORD = 1 << 63;
    /// @notice Bytes of a P-256 signature in `submit`: r, s, then the public key x, y.
    uint256 public constant P256_SIGNATURE_SIZE = ReadingRules.P256_SIGNATURE_SIZE;
    /// @dev Bit of Meter.meterId set for meters whose boundary readings are stored (nine-digit ids
    /// use 30 bits).
    uint32 private constant WATCHED = 1 << 31;
    MeterRegistry public immutable registry;

    mapping(address signer => Meter) private _meters;
    /// @dev Ascending by period; the first entry is the baseline (registers at the first reading,
    /// recorded as the close of the period before it).
    mapping(uint64 meterId => Closing[]) private _closings;
    mapping(uint64 meterId => mapping(uint64 timestamp => Boundary)) private _boundaries;
    /// @notice The P2P market that may mark meters (zero: none) and its window length.
    address public market;
    uint64 public boundaryInterval;

    event ReadingAccepted(
        uint64 indexed meterId, uint64 seq, uint64 timestamp, uint64 importWh, uint64 exportWh, bytes32 detailHash
    );
    event ReadingRejected(uint64 indexed meterId, uint64 seq, ReadingRules.Reason reason);
    event PeriodClosed(uint64 indexed meterId, uint32 indexed period, uint64 importWh, uint64 exportWh);

    error NotRelayer(address caller);
    error NotRegistry(address caller);
    error SignerInUse(address signer);
    error BatchLengthMismatch(uint256 readings, uint256 signatures);
    error MalformedBatch(uint256 length);
    error PeriodNotClosed(uint64 meterId, uint32 period);
    error NoBaseline(uint64 meterId, uint32 period);
    error NotAdmin(address caller);
    error NotMarket(address caller);
    error MarketAlreadySet();
    error UnknownMeter(uint64 meterId);

    event MarketSet(address market, uint64 boundaryInterval);

    constructor(MeterRegistry registry_) EIP712("meterchain", "1") {
        registry = registry_;
    }

    modifier onlyRelayer() {
        if (!registry.hasRole(registry.RELAYER_ROLE(), msg.sender)) revert NotRelayer(msg.sender);
        _;
    }

    modifier onlyRegistry() {
        if (msg.sender != address(registry)) revert NotRegistry(msg.sender);
        _;
    }

    // ---- relayers ----

    /// @notice Submit readings with 65-byte (r, s, v) secp256k1 signatures or P256_SIGNATURE_SIZE-byte
    /// P-256 ones, ABI-encoded.
    function submit(Reading[] calldata readings, bytes[] calldata signatures) external onlyRelayer {
        if (readings.length != signatures.length) revert BatchLengthMismatch(readings.length, signatures.length);
        bytes32 domain = _domainSeparatorV4();
        for (uint256 i; i < readings.length; ++i) {
            Reading calldata r = readings[i];
            bytes calldata sig = signatures[i];
            bytes32 digest = ReadingRules.digest(domain, r.meterId, r.seq, r.timestamp, r.importWh, r.exportWh, r.detailHash);
            address signer;
            if (sig.length == P256_SIGNATURE_SIZE) {
                signer = ReadingRules.verifyP256(
                    digest, bytes32(sig[0:32]), bytes32(sig[32:64]), bytes32(sig[64:96]), bytes32(sig[96:128])
                );
            } else {
                (signer,,) = ECDSA.tryRecoverCalldata(digest, sig);
            }
            _apply(r.meterId, r.seq, r.timestamp, r.importWh, r.exportWh, r.detailHash, signer);
        }
    }

    /// @notice Submit readings as packed records, secp256k1 (PACKED_RECORD_SIZE bytes) and P-256
    /// (PACKED_P256_RECORD_SIZE) in any mix; see the constants. Cheaper in calldata than `submit`;
    /// the oracle uses this form.
    function submitPacked(bytes calldata records) external onlyRelayer {
        bytes32 domain = _domainSeparatorV4();
        uint256 end = records.length;
        uint256 p;
        while (p < end) {
            bool isP256;
            uint64 meterId;
            uint64 seq;
            uint64 ts;
            uint64 importWh;
            uint64 exportWh;
            bytes32 detailHash;
            bytes32 r;
            bytes32 vs;
            // Lint: gas: hot path of every batched reading; memory-safe, covered by the Go-vs-Solidity property tests.
            // solhint-disable-next-line no-inline-assembly
            assembly ("memory-safe") {
                let q := add(records.offset, p)
                let w := calldataload(q)
                isP256 := slt(w, 0) // P256_RECORD is the word's top bit
                meterId := and(shr(192, w), 0x7fffffffffffffff)
                seq := and(shr(128, w), 0xffffffffffffffff)
                ts := and(shr(64, w), 0xffffffffffffffff)
                importWh := and(w, 0xffffffffffffffff)
                exportWh := shr(192, calldataload(add(q, 32)))
                detailHash := calldataload(add(q, 40))
                r := calldataload(add(q, 72))
                vs := calldataload(add(q, 104))
            }
            address signer;
            if (!isP256) {
                unchecked {
                    p += PACKED_RECORD_SIZE; // p <= end < 2^32 (calldata)
                }
                (signer,,) =
                    ECDSA.tryRecover(ReadingRules.digest(domain, meterId, seq, ts, importWh, exportWh, detailHash), r, vs);
            } else {
                bytes32 x;
                bytes32 y;
                // Lint: gas: hot path of every batched reading; memory-safe, covered by the Go-vs-Solidity property tests.
                // solhint-disable-next-line no-inline-assembly
                assembly ("memory-safe") {
                    let q := add(records.offset, p)
                    x := calldataload(add(q, 136))
                    y := calldataload(add(q, 168))
                }
                unchecked {
                    p += PACKED_P256_RECORD_SIZE;
                }
                signer = ReadingRules.verifyP256(ReadingRules.digest(domain, meterId, seq, ts, importWh, exportWh, detailHash), r, vs, x, y);
            }
            _apply(meterId, seq, ts, importWh, exportWh, detailHash, signer);
        }
        // A last record cut short read zeros past the end; the batch reverts whole, so checking
        // once here is as good as before each record.
        if (p != end) revert MalformedBatch(end);
    }

    /// @notice Submit OCMF signed meter records (docs/ocmf.md): each payload exactly as the meter
    /// signed it, with its signature as r ‖ s ‖ x ‖ y (P-256, P256_SIGNATURE_SIZE bytes) or r ‖ s ‖ v
    /// (secp256k1, 65 bytes). The ledger reads meter, seq, time and registers from the signed
    /// payload, so a relayer can neither restate a value nor attribute a record to another meter.
    function submitOcmf(bytes[] calldata payloads, bytes[] calldata signatures) external onlyRelayer {
        if (payloads.length != signatures.length) revert BatchLengthMismatch(payloads.length, signatures.length);
        for (uint256 i; i < payloads.length; ++i) {
            bytes calldata payload = payloads[i];
            (bool ok, Ocmf.Record memory rec) = Ocmf.decode(payload);
            if (!ok) {
                emit ReadingRejected(0, 0, ReadingRules.Reason.MalformedRecord);
                continue;
            }
            bytes32 digest = sha256(payload);
            address signer = _ocmfSigner(digest, signatures[i]);
            if (!rec.hasImport || !rec.hasExport) {
                // A register the record does not report keeps the meter's last value (the slot
                // is this meter's, or the record is rejected whatever it holds).
                Meter storage m = _meters[signer];
                if (!rec.hasImport) rec.importWh = m.importWh;
                if (!rec.hasExport) rec.exportWh = m.exportWh;
            }
            _apply(registry.meterOfOcmf(rec.identity), rec.seq, rec.timestamp, rec.importWh, rec.exportWh, digest, signer);
        }
    }

    // ---- the registry keeps the per-signer copy in step ----

    function enroll(uint64 meterId, address signer, uint32 maxPowerW) external onlyRegistry {
        if (_meters[signer].meterId != 0) revert SignerInUse(signer);
        _meters[signer] = Meter(uint32(meterId), maxPowerW, 0, 0, 0, 0);
    }

    /// @notice Move a meter's state to its new key; the old key signs for nothing from now on.
    function rekey(address oldSigner, address newSigner) external onlyRegistry {
        if (_meters[newSigner].meterId != 0) revert SignerInUse(newSigner);
        _meters[newSigner] = _meters[oldSigner];
        delete _meters[oldSigner];
    }

    /// @notice Deactivate a meter: no reading is accepted from now on, and its final period closes
    /// with its final reading so it can be billed.
    function disable(address signer) external onlyRegistry {
        Meter storage m = _meters[signer];
        if (m.maxPowerW == 0) return;
        m.maxPowerW = 0;
        if (m.timestamp != 0) {
            uint64 meterId = m.meterId & ~WATCHED;
            uint32 finalPeriod = Calendar.periodOf(m.timestamp);
            _closings[meterId].push(Closing(finalPeriod, m.importWh, m.exportWh, m.timestamp, false));
            emit PeriodClosed(meterId, finalPeriod, m.importWh, m.exportWh);
        }
    }

    // ---- the P2P market ----

    /// @notice Connect the P2P market (once, by the registry's admin).
    function setMarket(IWindowedMarket market_) external {
        if (!registry.hasRole(0x00, msg.sender)) revert NotAdmin(msg.sender);
        if (market != address(0)) revert MarketAlreadySet();
        uint64 interval = market_.WINDOW();
        market = address(market_);
        boundaryInterval = interval;
        emit MarketSet(address(market_), interval);
    }

    /// @notice From now on store the meter's accepted readings at window boundaries. The market
    /// calls it when the meter places an order (before the window's book closes). The meter's last
    /// reading is stored too if it lies on a boundary: the ledger takes readings a little ahead of
    /// block time, so the reading that opens the window may already be in.
    function watchBoundaries(uint64 meterId) external {
        if (msg.sender != market) revert NotMarket(msg.sender);
        (address signer,,) = registry.authOf(meterId);
        Meter storage slot = _meters[signer];
        uint32 stored = slot.meterId;
        if (signer == address(0) || stored & ~WATCHED != meterId) revert UnknownMeter(meterId);
        if (stored & WATCHED != 0) return;
        slot.meterId = stored | WATCHED;
        uint64 ts = slot.timestamp;
        if (ts != 0) _storeBoundary(meterId, ts, slot.importWh, slot.exportWh);
    }

    /// @notice The registers the ledger accepted for `meterId` at window boundary `timestamp`
    /// (accepted false if none: no such reading, rejected, or the meter was not on the market).
    function boundaryAt(uint64 meterId, uint64 timestamp)
        external
        view
        returns (bool accepted, uint64 importWh, uint64 exportWh)
    {
        Boundary storage b = _boundaries[meterId][timestamp];
        return (b.accepted, b.importWh, b.exportWh);
    }

    // ---- views ----

    /// @notice The EIP-712 digest a meter signs for a reading.
    function readingDigest(Reading calldata r) external view returns (bytes32) {
        return ReadingRules.digest(_domainSeparatorV4(), r.meterId, r.seq, r.timestamp, r.importWh, r.exportWh, r.detailHash);
    }

    /// @notice The meter a key signs for (0: none).
    function meterOfSigner(address signer) external view returns (uint64) {
        return _meters[signer].meterId & ~WATCHED;
    }

    /// @notice The last accepted reading of a meter (all zero before the first).
    function lastReading(uint64 meterId) public view returns (MeterState memory) {
        (address signer,,) = registry.authOf(meterId);
        Meter storage m = _meters[signer];
        if (signer == address(0) || m.meterId & ~WATCHED != meterId) return MeterState(0, 0, 0, 0);
        return MeterState(m.seq, m.timestamp, m.importWh, m.exportWh);
    }

    /// @notice A closed period's opening and closing registers. Reverts if the period is not closed
    /// yet (no accepted reading after it) or lies before the meter's first reading.
    function periodRegisters(uint64 meterId, uint32 period)
        external
        view
        returns (uint64 openingImportWh, uint64 openingExportWh, uint64 closingImportWh, uint64 closingExportWh)
    {
        if (period >= _firstOpenPeriod(meterId)) revert PeriodNotClosed(meterId, period);
        (openingImportWh, openingExportWh,) = _registersAt(meterId, Calendar.previous(period));
        (closingImportWh, closingExportWh,) = _registersAt(meterId, period);
    }

    /// @notice Whether a closed period's opening or closing registers are estimated (interpolated
    /// over a gap without readings) rather than read.
    function periodEstimated(uint64 meterId, uint32 period) external view returns (bool) {
        if (period >= _firstOpenPeriod(meterId)) revert PeriodNotClosed(meterId, period);
        (,, bool openEstimated) = _registersAt(meterId, Calendar.previous(period));
        (,, bool closeEstimated) = _registersAt(meterId, period);
        return openEstimated || closeEstimated;
    }

    /// @notice Whether billing can use `period` for this meter.
    function isPeriodClosed(uint64 meterId, uint32 period) external view returns (bool) {
        if (period >= _firstOpenPeriod(meterId)) return false;
        Closing[] storage c = _closings[meterId];
        return c.length != 0 && c[0].period < period;
    }

    /// @notice The billing period (yyyymm) a reading ending at `timestamp` belongs to.
    function periodOf(uint64 timestamp) external pure returns (uint32) {
        return Calendar.periodOf(timestamp);
    }

    // ---- internals ----

    function _apply(
        uint64 meterId,
        uint64 seq,
        uint64 timestamp,
        uint64 importWh,
        uint64 exportWh,
        bytes32 detailHash,
        address signer
    ) private {
        Meter storage slot = _meters[signer];
        Meter memory m = slot;
        // Unmarked meters (the hot path) match exactly; marked ones with WATCHED set.
        uint256 stored = m.meterId;
        ReadingRules.Reason reason = (stored == meterId || stored == meterId | WATCHED) && meterId != 0
            ? ReadingRules.check(
                m.maxPowerW, m.seq, m.timestamp, m.importWh, m.exportWh, seq, timestamp, importWh, exportWh,
                ReadingRules.latestAllowed(block.timestamp)
            )
            : _whyNotSigner(meterId);
        if (reason != ReadingRules.Reason.None) {
            emit ReadingRejected(meterId, seq, reason);
            return;
        }
        if (m.timestamp == 0) {
            // First reading: its registers are the baseline, the close of the period before it.
            _closings[meterId].push(
                Closing(Calendar.previous(Calendar.periodOf(timestamp)), importWh, exportWh, uint32(timestamp), false)
            );
        } else if (_day(m.timestamp) != _day(timestamp)) {
            // ReadingRules.periodsClosed, spelt out: the shared form costs a period-closing reading
            // ~130 gas here (it always computes the gap's end).
            uint32 lastPeriod = Calendar.periodOf(m.timestamp);
            uint32 period = Calendar.periodOf(timestamp);
            if (lastPeriod != period) _closePeriods(meterId, lastPeriod, period, m, timestamp, importWh, exportWh);
        }
        uint64 ts = timestamp;
        uint256 keep = uint256(m.meterId) | (uint256(m.maxPowerW) << 32); // as loaded: no second SLOAD
        // One SSTORE of the whole slot (field order as in struct Meter, first field lowest).
        // Lint: gas: hot path of every batched reading; memory-safe, covered by the Go-vs-Solidity property tests.
        // solhint-disable-next-line no-inline-assembly
        assembly ("memory-safe") {
            sstore(
                slot.slot,
                or(
                    or(keep, or(shl(64, seq), shl(96, ts))),
                    or(shl(128, importWh), shl(192, exportWh))
                )
            )
        }
        bytes32 topic = ReadingAccepted.selector;
        // emit ReadingAccepted(meterId, seq, timestamp, importWh, exportWh, detailHash)
        // Lint: gas: hot path of every batched reading; memory-safe, covered by the Go-vs-Solidity property tests.
        // solhint-disable-next-line no-inline-assembly
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore(p, seq)
            mstore(add(p, 0x20), ts)
            mstore(add(p, 0x40), importWh)
            mstore(add(p, 0x60), exportWh)
            mstore(add(p, 0x80), detailHash)
            log2(p, 0xa0, topic, meterId)
        }
        if (stored != meterId) _storeBoundary(meterId, ts, importWh, exportWh);
    }

    function _storeBoundary(uint64 meterId, uint64 timestamp, uint64 importWh, uint64 exportWh) private {
        if (timestamp % boundaryInterval == 0) {
            _boundaries[meterId][timestamp] = Boundary(importWh, exportWh, true);
        }
    }

    /// @dev UTC day of a reading (interval-end convention); timestamps here are at least 1.
    function _day(uint64 timestamp) private pure returns (uint256) {
        unchecked {
            return (timestamp - 1) / 86400;
        }
    }

    /// @dev The signature did not recover to the key meter `meterId` signs with: say why.
    function _whyNotSigner(uint64 meterId) private view returns (ReadingRules.Reason) {
        (address signer,, bool active) = registry.authOf(meterId);
        return ReadingRules.whyNotSigner(signer, active);
    }

    /// @dev The key that signed an OCMF payload's digest: a P-256 key's name or a secp256k1 address,
    /// zero if none. High s is accepted on both curves (docs/ocmf.md: devices do not normalise s,
    /// and a record's seq is taken once whatever its signature bytes); ecrecover accepts it and
    /// takes the relayer's v (27 or 28).
    function _ocmfSigner(bytes32 digest, bytes calldata sig) private view returns (address) {
        if (sig.length == P256_SIGNATURE_SIZE) {
            // (r, s) and (r, n - s) verify alike: take the low one to _verifyP256.
            uint256 s = uint256(bytes32(sig[32:64]));
            if (s > ReadingRules.P256_HALF_N && s < ReadingRules.P256_N) s = ReadingRules.P256_N - s;
            return ReadingRules.verifyP256(digest, bytes32(sig[0:32]), bytes32(s), bytes32(sig[64:96]), bytes32(sig[96:128]));
        }
        if (sig.length != 65) return address(0);
        address signer;
        // Not the ecrecover builtin: sharing its code with ECDSA.tryRecover costs every secp256k1
        // reading of submitPacked ~50 gas (the optimizer stops inlining it there).
        // Lint: gas: keeps the hot path's cost; scratch space and memory past the free pointer only.
        // solhint-disable-next-line no-inline-assembly
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, digest)
            mstore(add(m, 0x20), byte(0, calldataload(add(sig.offset, 64))))
            calldatacopy(add(m, 0x40), sig.offset, 0x40)
            mstore(0x00, 0)
            if staticcall(gas(), 0x01, m, 0x80, 0x00, 0x20) { signer := mload(0x00) }
        }
        return signer;
    }

    /// @dev Periods before this one are closed: those before the last reading's, and once the meter
    /// is deactivated, that one too (0 before the first reading: nothing is closed).
    function _firstOpenPeriod(uint64 meterId) private view returns (uint32) {
        (address signer,,) = registry.authOf(meterId);
        Meter storage m = _meters[signer];
        uint64 ts = m.timestamp;
        if (signer == address(0) || m.meterId & ~WATCHED != meterId || ts == 0) return 0;
        uint32 last = Calendar.periodOf(ts);
        // last + 1 need not be a valid yyyymm: it only has to order after `last` and before the next.
        return m.maxPowerW == 0 ? last + 1 : last;
    }

    /// @dev The previous period ends with the last reading inside it; whole periods without any
    /// reading before this one's form a gap.
    function _closePeriods(
        uint64 meterId,
        uint32 lastPeriod,
        uint32 period,
        Meter memory m,
        uint64 timestamp,
        uint64 importWh,
        uint64 exportWh
    ) private {
        _closings[meterId].push(Closing(lastPeriod, m.importWh, m.exportWh, m.timestamp, false));
        emit PeriodClosed(meterId, lastPeriod, m.importWh, m.exportWh);
        uint32 gapEnd = Calendar.previous(period);
        if (gapEnd != lastPeriod) _closeGap(meterId, gapEnd, m, timestamp, importWh, exportWh);
    }

    /// @dev Whole periods without readings lie between the meter's last reading `m` and this one:
    /// record the gap's end (this reading, marked estimated, as the last period of the gap).
    function _closeGap(uint64 meterId, uint32 gapEnd, Meter memory m, uint64 timestamp, uint64 importWh, uint64 exportWh)
        private
    {
        _closings[meterId].push(Closing(gapEnd, importWh, exportWh, uint32(timestamp), true));
        uint256 boundary = Calendar.startOf(Calendar.next(gapEnd));
        emit PeriodClosed(
            meterId,
            gapEnd,
            ReadingRules.interpolate(m.importWh, m.timestamp, importWh, timestamp, boundary),
            ReadingRules.interpolate(m.exportWh, m.timestamp, exportWh, timestamp, boundary)
        );
    }

    /// @dev A meter's registers at the end of `period`: its own closing record, or, for a period
    /// of a gap, interpolated between the gap's start (the record before) and its end (the
    /// estimated record). Walks back from the newest record: billing asks for recent periods.
    function _registersAt(uint64 meterId, uint32 period)
        private
        view
        returns (uint64 importWh, uint64 exportWh, bool estimated)
    {
        Closing[] storage c = _closings[meterId];
        for (uint256 i = c.length; i > 0; --i) {
            Closing memory rec = c[i - 1];
            if (rec.period > period) continue;
            if (rec.period == period && rec.estimated) return _interpolated(c[i - 2], rec, period);
            // A period after the newest record before it, with a newer one after it: inside a gap.
            if (rec.period < period && i < c.length) return _interpolated(rec, c[i], period);
            return (rec.importWh, rec.exportWh, false);
        }
        revert NoBaseline(meterId, period);
    }

    function _interpolated(Closing memory gapStart, Closing memory gapEnd, uint32 period)
        private
        pure
        returns (uint64 importWh, uint64 exportWh, bool estimated)
    {
        uint256 boundary = Calendar.startOf(Calendar.next(period));
        return (
            ReadingRules.interpolate(gapStart.importWh, gapStart.timestamp, gapEnd.importWh, gapEnd.timestamp, boundary),
            ReadingRules.interpolate(gapStart.exportWh, gapStart.timestamp, gapEnd.exportWh, gapEnd.timestamp, boundary),
            true
        );
    }
}
