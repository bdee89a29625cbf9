// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {ILedgerEnrolment} from "./MeterRegistry.sol";
import {IPeriodLedger} from "./interfaces/IPeriodLedger.sol";
import {Calendar} from "./lib/Calendar.sol";
import {ReadingRules} from "./lib/ReadingRules.sol";
import {ReadingsTree} from "./lib/ReadingsTree.sol";

/// @title AnchoredLedger
/// @notice The optimistic form of the reading ledger (docs/anchored-ledger.md, issue 15): a bonded
/// relayer anchors a whole batch of meter-signed readings as one header (the Merkle root of its
/// readings, each with the state root after it, and the hash of the data, in blobs or calldata)
/// and nothing is executed on chain unless someone proves the relayer wrong. Any single reading's
/// verdict and state transition is re-executed here with the same rules as ReadingLedger
/// (ReadingRules) against one state path; a proven fraud voids the batch and every batch after it
/// and slashes the relayer's bond. A batch is final once its challenge window has passed.
/// @dev Encodings are fixed by the anchor spec and mirrored by internal/anchor. Per batch ONE
/// storage slot holds the hash of its header; the header itself lives in the Anchored event.
contract AnchoredLedger is EIP712, ILedgerEnrolment, IPeriodLedger {
    using SafeERC20 for IERC20;

    struct Header {
        uint64 parent;
        uint32 count;
        uint64 asOf;
        uint64 authEpoch;
        uint64 anchoredAt;
        address relayer;
        bytes32 readingsRoot;
        bytes32 stateRoot;
        bytes32 dataHash;
    }

    /// @notice Who signed for a meter from auth epoch `epoch` on.
    struct AuthVersion {
        uint64 epoch;
        address signer;
        uint32 maxPowerW;
        bool active;
    }

    /// @notice A reading leaf with its signature and its path in the batch's readings root.
    struct Leaf {
        uint64 meterId;
        uint64 seq;
        uint64 timestamp;
        uint64 importWh;
        uint64 exportWh;
        bytes32 detailHash;
        bytes signature;
        uint8 verdict;
        bytes32 stateRootAfter;
        bytes32[] path;
    }

    /// @notice A reading leaf with only its signature's hash, and its path.
    struct Neighbour {
        uint64 meterId;
        uint64 seq;
        uint64 timestamp;
        uint64 importWh;
        uint64 exportWh;
        bytes32 detailHash;
        bytes32 sigHash;
        uint8 verdict;
        bytes32 stateRootAfter;
        bytes32[] path;
    }

    /// @notice A meter's leaf in the state tree (all zero: no accepted reading yet, the empty leaf).
    struct MeterLeaf {
        uint64 seq;
        uint64 timestamp;
        uint64 importWh;
        uint64 exportWh;
        bytes32 closingsRoot;
    }

    /// @notice A closing record in a meter's closings tree (keyed by period). A read record
    /// (estimated false) is the period's last reading; its leaf is keccak256(abi.encode(importWh,
    /// exportWh, timestamp, false)) and the start fields are ignored. An estimated record ends a gap
    /// (whole periods without readings): it holds the reading after the gap and the gap's start
    /// (the reading before it, the close of startPeriod), so it alone proves any period of the
    /// gap; its leaf is keccak256(abi.encode(importWh, exportWh, timestamp, true, startPeriod,
    /// startImportWh, startExportWh, startTimestamp)).
    struct ClosingRecord {
        uint64 importWh;
        uint64 exportWh;
        uint64 timestamp;
        bool estimated;
        uint32 startPeriod;
        uint64 startImportWh;
        uint64 startExportWh;
        uint64 startTimestamp;
    }

    /// @notice Everything needed to re-execute one reading of a batch.
    struct Transition {
        uint32 index;
        Leaf reading;
        Neighbour prev;
        bool hasAuth;
        uint32 authIndex;
        MeterLeaf oldState;
        bytes32[32] statePath;
        bytes32[32][] closingPaths;
    }

    /// @dev One slot per relayer. A slashed relayer never anchors again.
    struct Relayer {
        uint96 bond;
        uint64 lastBatch;
        uint64 lastAnchoredAt;
        bool slashed;
    }

    /// @dev The chain of batches, one slot: read and written once per anchor. An anchor may name
    /// any auth epoch from revokedEpoch (the newest change that took something away: a key
    /// rotated out, a meter deactivated or enrolled again) to authEpoch: the epochs in between only
    /// enrolled new meters, and a batch built before a meter existed can only reject its readings
    /// (a delay: a rejection changes no state, so the signed reading can be anchored again).
    struct Chain {
        uint64 batchCount;
        uint64 tip;
        uint64 authEpoch;
        uint64 revokedEpoch;
    }

    /// @dev Batches from..through were voided.
    struct VoidRange {
        uint64 from;
        uint64 through;
    }

    enum DemandStatus {
        None,
        Open,
        Closed
    }

    /// @dev A challenger's demand that the data of leaves from..to-1 of `batch` be revealed.
    struct Demand {
        address challenger;
        uint64 batch;
        uint32 from;
        uint32 to;
        uint64 demandedAt;
        DemandStatus status;
    }

    /// @dev All demands merged into one hold (O(1) finality): while any is open no batch from
    /// `fromBatch` on is final, nor before `until` (an answer's time plus the window).
    struct Hold {
        uint64 fromBatch;
        uint64 until;
        uint64 openDemands;
    }

    uint32 public constant MAX_BATCH = 65_536;
    uint64 public constant MAX_AS_OF_AGE = 3600;
    /// @notice Most leaves one demand may ask for.
    uint32 public constant MAX_DEMAND = 64;
    uint8 public constant KIND_TRANSITION = 1;
    uint8 public constant KIND_UNSORTED = 2;
    uint8 public constant KIND_PAST_COUNT = 3;
    uint8 public constant KIND_UNANSWERED = 4;
    uint8 public constant KIND_ROOT = 5;
    /// @notice Where the half of a slashed bond the challenger does not get goes.
    address public constant BURN = 0x000000000000000000000000000000000000dEaD;
    uint256 private constant SMT_DEPTH = 32;
    uint256 private constant ESTIMATED = 1 << 128;
    uint256 private constant KNOWN = 1 << 129;

    address public immutable registry;
    IERC20 public immutable bondToken;
    uint256 public immutable minBond;
    uint64 public immutable window;
    uint256 public immutable demandBond;
    uint64 public immutable answerWindow;
    /// @notice Root of the empty sparse Merkle tree of depth 32: genesis state, a meter's first closings.
    bytes32 public immutable emptyRoot;

    Chain private _chain;
    mapping(uint64 batch => bytes32 headerHash) private _headers;
    VoidRange[] private _voids;
    mapping(address relayer => Relayer) private _relayers;
    mapping(uint64 meterId => AuthVersion[]) private _authLog;
    mapping(address signer => uint64 meterId) private _meterOfSigner;
    Demand[] private _demands;
    Hold private _hold;
    /// @dev A meter's registers at the end of a period, proven from a final batch, in one word:
    /// importWh | exportWh << 64 | ESTIMATED | KNOWN (0: not proven).
    mapping(uint64 meterId => mapping(uint32 period => uint256 registers)) private _registers;

    event Anchored(
        uint64 indexed batch,
        uint64 indexed parent,
        address indexed relayer,
        uint32 count,
        uint64 asOf,
        uint64 authEpoch,
        uint64 anchoredAt,
        bytes32 readingsRoot,
        bytes32 stateRoot,
        bytes32 dataHash
    );
    event Voided(uint64 indexed batch, uint64 throughBatch, address challenger, uint8 kind, uint64 meterId);
    event Revealed(
        uint64 indexed batch,
        uint32 index,
        uint64 meterId,
        uint64 seq,
        uint64 timestamp,
        uint64 importWh,
        uint64 exportWh,
        bytes32 detailHash,
        bytes signature,
        uint8 verdict,
        bytes32 stateRootAfter
    );
    event Demanded(uint256 indexed demandId, uint64 indexed batch, address challenger, uint32 from, uint32 to);
    event DemandClosed(uint256 indexed demandId, bool answered);
    event Bonded(address indexed relayer, uint256 amount, uint256 bond);
    event Unbonded(address indexed relayer, uint256 amount);
    event AuthChanged(uint64 indexed meterId, uint64 epoch, address signer, uint32 maxPowerW, bool active);
    event RegistersProven(
        uint64 indexed meterId, uint32 indexed period, uint64 importWh, uint64 exportWh, bool estimated, uint64 batch
    );

    error NotRegistry(address caller);
    error SignerInUse(address signer);
    error UnknownSigner(address signer);
    error NotBonded(address relayer);
    error Slashed(address relayer);
    error StaleParent(uint64 tip, uint64 parent);
    error BadCount(uint32 count);
    error BadAsOf(uint64 asOf);
    error StaleAuth(uint64 current, uint64 authEpoch);
    error BadBlobs(uint8 blobs);
    error BadHeader(uint64 batch);
    error BatchVoided(uint64 batch);
    error BatchFinal(uint64 batch);
    error BadIndex(uint32 index);
    error BadPath();
    error BadAuthProof(uint64 meterId);
    error NoFraud();
    error LastBatchOpen(uint64 batch);
    error BadDemand(uint32 from, uint32 to);
    error DemandNotOpen(uint256 demandId);
    error AnswerWindowOver(uint256 demandId);
    error AnswerWindowOpen(uint256 demandId);
    error NotVoided(uint64 batch);
    error NotFinal(uint64 batch);
    error BadPeriod(uint32 period);
    error RegistersDiffer(uint64 meterId, uint32 period);
    error PeriodNotClosed(uint64 meterId, uint32 period);
    error MeterActive(uint64 meterId);

    constructor(
        address registry_,
        IERC20 bondToken_,
        uint256 minBond_,
        uint64 window_,
        uint256 demandBond_,
        uint64 answerWindow_
    ) EIP712("meterchain", "1") {
        registry = registry_;
        bondToken = bondToken_;
        minBond = minBond_;
        window = window_;
        demandBond = demandBond_;
        answerWindow = answerWindow_;
        bytes32 z;
        for (uint256 h; h < SMT_DEPTH; ++h) {
            z = ReadingsTree.hashPair(z, z);
        }
        emptyRoot = z;
    }

    modifier onlyRegistry() {
        if (msg.sender != registry) revert NotRegistry(msg.sender);
        _;
    }

    // ---- the registry's auth log ----

    function enroll(uint64 meterId, address signer, uint32 maxPowerW) external onlyRegistry {
        if (_meterOfSigner[signer] != 0) revert SignerInUse(signer);
        _meterOfSigner[signer] = meterId;
        _logAuth(meterId, signer, maxPowerW, true, _authLog[meterId].length != 0);
    }

    function rekey(address oldSigner, address newSigner) external onlyRegistry {
        uint64 meterId = _meterOfSigner[oldSigner];
        if (meterId == 0) revert UnknownSigner(oldSigner);
        if (_meterOfSigner[newSigner] != 0) revert SignerInUse(newSigner);
        delete _meterOfSigner[oldSigner];
        _meterOfSigner[newSigner] = meterId;
        AuthVersion[] storage log = _authLog[meterId];
        AuthVersion memory last = log[log.length - 1];
        _logAuth(meterId, newSigner, last.maxPowerW, last.active, true);
    }

    /// @dev Unlike ReadingLedger.disable, deactivation closes no period here: closings live in the
    /// relayer-computed state, which only readings change.
    function disable(address signer) external onlyRegistry {
        uint64 meterId = _meterOfSigner[signer];
        if (meterId == 0) revert UnknownSigner(signer);
        AuthVersion[] storage log = _authLog[meterId];
        _logAuth(meterId, signer, log[log.length - 1].maxPowerW, false, true);
    }

    /// @notice Zeros: a meter's state lives in the anchored state roots, not here.
    function lastReading(uint64)
        external
        pure
        returns (uint64 seq, uint64 timestamp, uint64 importWh, uint64 exportWh)
    {
        return (0, 0, 0, 0);
    }

    function meterOfSigner(address signer) external view returns (uint64) {
        return _meterOfSigner[signer];
    }

    function authLog(uint64 meterId) external view returns (AuthVersion[] memory) {
        return _authLog[meterId];
    }

    function authEpoch() external view returns (uint64) {
        return _chain.authEpoch;
    }

    /// @notice The oldest auth epoch an anchor may still name (see Chain).
    function revokedEpoch() external view returns (uint64) {
        return _chain.revokedEpoch;
    }

    /// @dev `revokes`: the change takes something away from a meter that had auth (a key, its
    /// activity), so batches decided before it must not be anchored any more.
    function _logAuth(uint64 meterId, address signer, uint32 maxPowerW, bool active, bool revokes) private {
        uint64 epoch = ++_chain.authEpoch;
        if (revokes) _chain.revokedEpoch = epoch;
        _authLog[meterId].push(AuthVersion(epoch, signer, maxPowerW, active));
        emit AuthChanged(meterId, epoch, signer, maxPowerW, active);
    }

    // ---- relayers' bonds ----

    /// @notice Add `amount` of the bond token (approved to this contract) to the caller's bond.
    function bond(uint256 amount) external {
        Relayer storage r = _relayers[msg.sender];
        if (r.slashed) revert Slashed(msg.sender);
        uint96 total = SafeCast.toUint96(uint256(r.bond) + amount);
        r.bond = total;
        bondToken.safeTransferFrom(msg.sender, address(this), amount);
        emit Bonded(msg.sender, amount, total);
    }

    /// @notice Withdraw the whole bond once the caller's last batch is final or voided.
    function unbond() external {
        Relayer storage r = _relayers[msg.sender];
        uint64 last = r.lastBatch;
        if (last != 0 && !isVoided(last) && !_isFinal(last, r.lastAnchoredAt)) revert LastBatchOpen(last);
        uint256 amount = r.bond;
        r.bond = 0;
        bondToken.safeTransfer(msg.sender, amount);
        emit Unbonded(msg.sender, amount);
    }

    function relayerOf(address relayer)
        external
        view
        returns (uint256 bondAmount, uint64 lastBatch, uint64 lastAnchoredAt, bool slashed)
    {
        Relayer storage r = _relayers[relayer];
        return (r.bond, r.lastBatch, r.lastAnchoredAt, r.slashed);
    }

    // ---- anchoring ----

    /// @notice Anchor a batch whose data travels in `blobs` EIP-4844 blobs of this transaction.
    function anchor(
        uint64 parent,
        bytes32 readingsRoot,
        bytes32 stateRoot,
        uint32 count,
        uint64 asOf,
        uint64 authEpoch_,
        uint8 blobs
    ) external returns (uint64) {
        if (blobs == 0 || blobhash(blobs) != 0) revert BadBlobs(blobs);
        bytes32[] memory hashes = new bytes32[](blobs);
        for (uint256 i; i < blobs; ++i) {
            bytes32 vh = blobhash(i);
            if (vh == 0) revert BadBlobs(blobs);
            hashes[i] = vh;
        }
        return _anchor(parent, readingsRoot, stateRoot, count, asOf, authEpoch_, keccak256(abi.encodePacked(hashes)));
    }

    /// @notice Anchor a batch whose data is `data` itself (version 1 encoding, see the spec).
    function anchorCalldata(
        uint64 parent,
        bytes32 readingsRoot,
        bytes32 stateRoot,
        uint32 count,
        uint64 asOf,
        uint64 authEpoch_,
        bytes calldata data
    ) external returns (uint64) {
        return _anchor(parent, readingsRoot, stateRoot, count, asOf, authEpoch_, keccak256(data));
    }

    function _anchor(
        uint64 parent,
        bytes32 readingsRoot,
        bytes32 stateRoot,
        uint32 count,
        uint64 asOf,
        uint64 authEpoch_,
        bytes32 dataHash
    ) private returns (uint64 batch) {
        Relayer storage r = _relayers[msg.sender];
        if (r.slashed) revert Slashed(msg.sender);
        if (r.bond < minBond || r.bond == 0) revert NotBonded(msg.sender);
        Chain memory c = _chain;
        if (parent != c.tip) revert StaleParent(c.tip, parent);
        if (count == 0 || count > MAX_BATCH) revert BadCount(count);
        if (asOf > block.timestamp || asOf + MAX_AS_OF_AGE < block.timestamp) revert BadAsOf(asOf);
        if (authEpoch_ > c.authEpoch || authEpoch_ < c.revokedEpoch) revert StaleAuth(c.authEpoch, authEpoch_);
        batch = c.batchCount + 1;
        uint64 now_ = uint64(block.timestamp);
        _chain = Chain(batch, batch, c.authEpoch, c.revokedEpoch);
        r.lastBatch = batch;
        r.lastAnchoredAt = now_;
        _headers[batch] = keccak256(
            abi.encode(Header(parent, count, asOf, authEpoch_, now_, msg.sender, readingsRoot, stateRoot, dataHash))
        );
        emit Anchored(
            batch, parent, msg.sender, count, asOf, authEpoch_, now_, readingsRoot, stateRoot, dataHash
        );
    }

    /// @notice The newest batch not voided (0: none yet): the parent of the next anchor.
    function tip() external view returns (uint64) {
        return _chain.tip;
    }

    /// @notice Batches anchored so far, voided ones included (batches are numbered from 1).
    function batchCount() external view returns (uint64) {
        return _chain.batchCount;
    }

    function headerHash(uint64 batch) external view returns (bytes32) {
        return _headers[batch];
    }

    // ---- finality ----

    /// @notice Whether batch `batch` (with header `h`) is final: not voided, past its challenge
    /// window, and not held by a data-availability demand.
    function isFinal(Header calldata h, uint64 batch) external view returns (bool) {
        _checkHeader(h, batch);
        return !isVoided(batch) && _isFinal(batch, h.anchoredAt);
    }

    /// @notice Whether a fraud proof voided `batch` (directly or as a descendant of a voided batch).
    function isVoided(uint64 batch) public view returns (bool) {
        uint256 lo;
        uint256 hi = _voids.length;
        // The last range starting at or before `batch`.
        while (lo < hi) {
            uint256 mid = (lo + hi) / 2;
            if (_voids[mid].from <= batch) lo = mid + 1;
            else hi = mid;
        }
        return lo != 0 && batch <= _voids[lo - 1].through;
    }

    function hold() external view returns (uint64 fromBatch, uint64 until, uint64 openDemands) {
        Hold memory hd = _hold;
        return (hd.fromBatch, hd.until, hd.openDemands);
    }

    function _isFinal(uint64 batch, uint64 anchoredAt) private view returns (bool) {
        if (block.timestamp < uint256(anchoredAt) + window) return false;
        Hold memory hd = _hold;
        return hd.fromBatch == 0 || batch < hd.fromBatch || (hd.openDemands == 0 && block.timestamp >= hd.until);
    }

    /// @dev `h` is batch `batch`'s header and the batch can still be challenged.
    function _requireOpen(Header calldata h, uint64 batch) private view {
        _checkHeader(h, batch);
        if (isVoided(batch)) revert BatchVoided(batch);
        if (_isFinal(batch, h.anchoredAt)) revert BatchFinal(batch);
    }

    function _checkHeader(Header calldata h, uint64 batch) private view {
        bytes32 want = _headers[batch];
        if (want == 0 || keccak256(abi.encode(h)) != want) revert BadHeader(batch);
    }

    // ---- fraud proofs ----

    /// @notice Re-execute reading `p.index` of batch `batch`: voids the batch if its verdict or the
    /// state root after it is not what the rules give.
    function proveTransition(Header calldata h, uint64 batch, Header calldata parent, Transition calldata p) external {
        _requireOpen(h, batch);
        Leaf calldata r = p.reading;
        if (p.index >= h.count) revert BadIndex(p.index);
        bytes32 sigHash = keccak256(r.signature);
        _verifyReading(
            h,
            p.index,
            ReadingsTree.leafHash(
                r.meterId, r.seq, r.timestamp, r.importWh, r.exportWh, r.detailHash, sigHash, r.verdict, r.stateRootAfter
            ),
            r.path
        );
        bytes32 preRoot = _preRoot(h, parent, p);
        (ReadingRules.Reason verdict, bytes32 rootAfter) = _execute(h, p, preRoot);
        if (uint8(verdict) == r.verdict && rootAfter == r.stateRootAfter) revert NoFraud();
        _void(batch, h, KIND_TRANSITION, r.meterId, msg.sender);
    }

    /// @notice The last leaf's state root differs from the header's.
    function proveRoot(Header calldata h, uint64 batch, Neighbour calldata last) external {
        _requireOpen(h, batch);
        _verifyNeighbour(h, h.count - 1, last);
        if (last.stateRootAfter == h.stateRoot) revert NoFraud();
        _void(batch, h, KIND_ROOT, last.meterId, msg.sender);
    }

    /// @notice Leaves `index` and `index + 1` are not in strictly increasing (meterId, seq) order.
    function proveUnsorted(Header calldata h, uint64 batch, uint32 index, Neighbour calldata a, Neighbour calldata b)
        external
    {
        _requireOpen(h, batch);
        if (uint256(index) + 1 >= h.count) revert BadIndex(index);
        _verifyNeighbour(h, index, a);
        _verifyNeighbour(h, index + 1, b);
        if (a.meterId < b.meterId || (a.meterId == b.meterId && a.seq < b.seq)) revert NoFraud();
        _void(batch, h, KIND_UNSORTED, b.meterId, msg.sender);
    }

    /// @notice The readings root holds a non-empty leaf at `index` past the batch's count.
    function provePastCount(Header calldata h, uint64 batch, uint32 index, bytes32 leaf, bytes32[] calldata path)
        external
    {
        _requireOpen(h, batch);
        if (index < h.count || uint256(index) >= (uint256(1) << ReadingsTree.depth(h.count))) revert BadIndex(index);
        _verifyReading(h, index, leaf, path);
        if (leaf == 0) revert NoFraud();
        _void(batch, h, KIND_PAST_COUNT, 0, msg.sender);
    }

    /// @dev The state root before reading `p.index`: the previous leaf's, or the parent batch's.
    function _preRoot(Header calldata h, Header calldata parent, Transition calldata p) private view returns (bytes32) {
        if (p.index != 0) {
            _verifyNeighbour(h, p.index - 1, p.prev);
            return p.prev.stateRootAfter;
        }
        if (h.parent == 0) return emptyRoot;
        _checkHeader(parent, h.parent);
        return parent.stateRoot;
    }

    /// @dev The verdict on reading `p.reading` and the state root after it, by the rules.
    function _execute(Header calldata h, Transition calldata p, bytes32 preRoot)
        private
        view
        returns (ReadingRules.Reason verdict, bytes32 rootAfter)
    {
        Leaf calldata r = p.reading;
        AuthVersion memory a = _authAt(r.meterId, h.authEpoch, p.hasAuth, p.authIndex);
        if (a.signer == address(0)) return (ReadingRules.Reason.UnknownMeter, preRoot);
        MeterLeaf calldata s = p.oldState;
        // Known meters have nine-digit ids: the state key is the id itself.
        uint32 key = uint32(r.meterId);
        if (_smtRoot(key, _meterLeafHash(s), p.statePath) != preRoot) revert BadPath();
        address signer = ReadingRules.signerOf(
            ReadingRules.digest(
                _domainSeparatorV4(), r.meterId, r.seq, r.timestamp, r.importWh, r.exportWh, r.detailHash
            ),
            r.signature
        );
        verdict = signer != address(0) && signer == a.signer
            ? ReadingRules.check(
                a.active ? a.maxPowerW : 0,
                s.seq,
                s.timestamp,
                s.importWh,
                s.exportWh,
                r.seq,
                r.timestamp,
                r.importWh,
                r.exportWh,
                ReadingRules.latestAllowed(h.asOf)
            )
            : ReadingRules.whyNotSigner(a.signer, a.active);
        if (verdict != ReadingRules.Reason.None) return (verdict, preRoot);
        bytes32 closings = _closingsAfter(p);
        bytes32 leaf = keccak256(abi.encode(r.seq, r.timestamp, r.importWh, r.exportWh, closings));
        rootAfter = _smtRoot(key, leaf, p.statePath);
    }

    /// @dev The meter's closings root after accepting `p.reading` (rules as ReadingLedger._apply).
    function _closingsAfter(Transition calldata p) private pure returns (bytes32 root) {
        Leaf calldata r = p.reading;
        MeterLeaf calldata s = p.oldState;
        uint256 used;
        if (s.timestamp == 0) {
            // First reading: its registers are the baseline, the close of the period before it.
            root = _insert(
                _emptyRootOf(),
                Calendar.previous(Calendar.periodOf(r.timestamp)),
                _closingHash(r.importWh, r.exportWh, r.timestamp),
                p.closingPaths,
                used++
            );
        } else {
            root = s.closingsRoot;
            (uint32 closed, uint32 gapEnd) = ReadingRules.periodsClosed(s.timestamp, r.timestamp);
            if (closed != 0) {
                root = _insert(root, closed, _closingHash(s.importWh, s.exportWh, s.timestamp), p.closingPaths, used++);
                if (gapEnd != 0) {
                    // The gap's end carries its start (the close of `closed`): one record proves it all.
                    bytes32 leaf = _gapEndHash(
                        r.importWh, r.exportWh, r.timestamp, closed, s.importWh, s.exportWh, s.timestamp
                    );
                    root = _insert(root, gapEnd, leaf, p.closingPaths, used++);
                }
            }
        }
        if (used != p.closingPaths.length) revert BadPath();
    }

    /// @dev `root` with `leaf` put in the empty slot `key`, proven by `paths[i]`.
    function _insert(bytes32 root, uint32 key, bytes32 leaf, bytes32[32][] calldata paths, uint256 i)
        private
        pure
        returns (bytes32)
    {
        if (i >= paths.length) revert BadPath();
        if (_smtRoot(key, 0, paths[i]) != root) revert BadPath();
        return _smtRoot(key, leaf, paths[i]);
    }

    /// @dev The root of the empty tree, recomputed (pure helpers cannot read the immutable).
    function _emptyRootOf() private pure returns (bytes32 z) {
        for (uint256 h; h < SMT_DEPTH; ++h) {
            z = ReadingsTree.hashPair(z, z);
        }
    }

    /// @dev The auth of meter `meterId` at `epoch` (zero signer: none), from the proof's index into
    /// its log, checked to be the last entry at or before `epoch`.
    function _authAt(uint64 meterId, uint64 epoch, bool hasAuth, uint32 index)
        private
        view
        returns (AuthVersion memory a)
    {
        AuthVersion[] storage log = _authLog[meterId];
        if (!hasAuth) {
            if (log.length != 0 && log[0].epoch <= epoch) revert BadAuthProof(meterId);
            return a;
        }
        if (index >= log.length || log[index].epoch > epoch) revert BadAuthProof(meterId);
        if (index + 1 < log.length && log[index + 1].epoch <= epoch) revert BadAuthProof(meterId);
        return log[index];
    }

    // ---- final state for consumers ----

    /// @notice Prove a meter's registers at the end of `period` from final batch `batch`: its
    /// state leaf under the batch's state root, and the closing record covering the period under
    /// the leaf's closings root (a read record at `period` itself, or the estimated record ending
    /// the gap that contains it, interpolated exactly as ReadingLedger does). Anyone may call;
    /// stores the registers once, for periodRegisters. Closings are inserted once and final batches
    /// form one chain, so every proof of a (meter, period) gives the same registers.
    function proveRegisters(
        Header calldata h,
        uint64 batch,
        uint64 meterId,
        MeterLeaf calldata state,
        bytes32[32] calldata statePath,
        uint32 recordPeriod,
        ClosingRecord calldata rec,
        bytes32[32] calldata closingPath,
        uint32 period
    ) external {
        _requireFinalLeaf(h, batch, meterId, state, statePath);
        if (!Calendar.isValid(period)) revert BadPeriod(period);
        if (_smtRoot(recordPeriod, _recordHash(rec), closingPath) != state.closingsRoot) revert BadPath();
        uint64 importWh = rec.importWh;
        uint64 exportWh = rec.exportWh;
        if (!rec.estimated) {
            if (recordPeriod != period) revert BadPeriod(period);
        } else {
            if (period <= rec.startPeriod || period > recordPeriod) revert BadPeriod(period);
            // ReadingLedger._interpolated's arithmetic.
            uint256 boundary = Calendar.startOf(Calendar.next(period));
            importWh = ReadingRules.interpolate(rec.startImportWh, rec.startTimestamp, importWh, rec.timestamp, boundary);
            exportWh = ReadingRules.interpolate(rec.startExportWh, rec.startTimestamp, exportWh, rec.timestamp, boundary);
        }
        _storeRegisters(meterId, period, importWh, exportWh, rec.estimated, batch);
    }

    /// @notice Prove a deactivated meter's final period, which ReadingLedger closes at deactivation
    /// with the meter's last reading: from final batch `batch` decided on an auth epoch at which
    /// the meter is inactive (its auth log entry `authIndex`), the meter's state leaf under the
    /// batch's state root. Anchors after a deactivation name its epoch or a later one, and every
    /// batch on an epoch at which the meter is inactive rejects its readings, so the leaf holds its
    /// last reading for good (until it is enrolled again). Stores that period's registers once.
    function proveFinalPeriod(
        Header calldata h,
        uint64 batch,
        uint64 meterId,
        MeterLeaf calldata state,
        bytes32[32] calldata statePath,
        uint32 authIndex
    ) external {
        _requireFinalLeaf(h, batch, meterId, state, statePath);
        if (_authAt(meterId, h.authEpoch, true, authIndex).active || state.timestamp == 0) revert MeterActive(meterId);
        _storeRegisters(meterId, Calendar.periodOf(state.timestamp), state.importWh, state.exportWh, false, batch);
    }

    /// @dev `state` is meter `meterId`'s leaf under the state root of final batch `batch` (header h).
    function _requireFinalLeaf(
        Header calldata h,
        uint64 batch,
        uint64 meterId,
        MeterLeaf calldata state,
        bytes32[32] calldata statePath
    ) private view {
        _checkHeader(h, batch);
        if (isVoided(batch)) revert BatchVoided(batch);
        if (!_isFinal(batch, h.anchoredAt)) revert NotFinal(batch);
        // State keys are 32-bit: a wider id would alias another meter's leaf.
        if (meterId > type(uint32).max) revert BadPath();
        if (_smtRoot(uint32(meterId), _meterLeafHash(state), statePath) != h.stateRoot) revert BadPath();
    }

    /// @dev A period's registers, stored once: every proof of a (meter, period) gives the same.
    function _storeRegisters(uint64 meterId, uint32 period, uint64 importWh, uint64 exportWh, bool estimated, uint64 batch)
        private
    {
        uint256 reg = uint256(importWh) | (uint256(exportWh) << 64) | (estimated ? ESTIMATED : 0) | KNOWN;
        uint256 have = _registers[meterId][period];
        if (have != 0) {
            if (have != reg) revert RegistersDiffer(meterId, period);
            return;
        }
        _registers[meterId][period] = reg;
        emit RegistersProven(meterId, period, importWh, exportWh, estimated, batch);
    }

    /// @inheritdoc IPeriodLedger
    function periodRegisters(uint64 meterId, uint32 period)
        external
        view
        returns (uint64 openingImportWh, uint64 openingExportWh, uint64 closingImportWh, uint64 closingExportWh)
    {
        (uint256 opening, uint256 closing) = _period(meterId, period);
        return (uint64(opening), uint64(opening >> 64), uint64(closing), uint64(closing >> 64));
    }

    /// @inheritdoc IPeriodLedger
    function periodEstimated(uint64 meterId, uint32 period) external view returns (bool) {
        (uint256 opening, uint256 closing) = _period(meterId, period);
        return (opening | closing) & ESTIMATED != 0;
    }

    /// @inheritdoc IPeriodLedger
    function isPeriodClosed(uint64 meterId, uint32 period) external view returns (bool) {
        return _registers[meterId][Calendar.previous(period)] != 0 && _registers[meterId][period] != 0;
    }

    /// @dev The registers at the end of the period before `period` and of `period`, both proven.
    function _period(uint64 meterId, uint32 period) private view returns (uint256 opening, uint256 closing) {
        opening = _registers[meterId][Calendar.previous(period)];
        closing = _registers[meterId][period];
        if (opening == 0 || closing == 0) revert PeriodNotClosed(meterId, period);
    }

    // ---- data availability ----

    /// @notice Demand that the relayer reveal leaves from..to-1 of batch `batch`; pulls demandBond.
    /// While the demand is open, no batch from `batch` on becomes final.
    function demand(Header calldata h, uint64 batch, uint32 from, uint32 to) external returns (uint256 demandId) {
        _requireOpen(h, batch);
        if (from >= to || to - from > MAX_DEMAND || to > h.count) revert BadDemand(from, to);
        Hold memory hd = _hold;
        if (hd.openDemands == 0 && block.timestamp >= hd.until) hd.fromBatch = batch;
        else if (batch < hd.fromBatch) hd.fromBatch = batch;
        ++hd.openDemands;
        _hold = hd;
        demandId = _demands.length;
        _demands.push(Demand(msg.sender, batch, from, to, uint64(block.timestamp), DemandStatus.Open));
        bondToken.safeTransferFrom(msg.sender, address(this), demandBond);
        emit Demanded(demandId, batch, msg.sender, from, to);
    }

    /// @notice Reveal the demanded leaves (anyone may, normally the relayer): each with its path.
    /// demandBond goes to the batch's relayer; batches from the demanded one on stay unfinal for
    /// another window so watchers can check what was revealed.
    function answer(Header calldata h, uint64 batch, uint256 demandId, Leaf[] calldata leaves) external {
        Demand storage d = _openDemand(demandId, batch);
        _checkHeader(h, batch);
        if (isVoided(batch)) revert BatchVoided(batch);
        if (block.timestamp >= uint256(d.demandedAt) + answerWindow) revert AnswerWindowOver(demandId);
        uint32 from = d.from;
        if (leaves.length != d.to - from) revert BadDemand(from, d.to);
        for (uint256 i; i < leaves.length; ++i) {
            Leaf calldata revealed = leaves[i];
            uint32 index = from + uint32(i);
            _verifyReading(
                h,
                index,
                ReadingsTree.leafHash(
                    revealed.meterId,
                    revealed.seq,
                    revealed.timestamp,
                    revealed.importWh,
                    revealed.exportWh,
                    revealed.detailHash,
                    keccak256(revealed.signature),
                    revealed.verdict,
                    revealed.stateRootAfter
                ),
                revealed.path
            );
            emit Revealed(
                batch,
                index,
                revealed.meterId,
                revealed.seq,
                revealed.timestamp,
                revealed.importWh,
                revealed.exportWh,
                revealed.detailHash,
                revealed.signature,
                revealed.verdict,
                revealed.stateRootAfter
            );
        }
        d.status = DemandStatus.Closed;
        Hold memory hd = _hold;
        --hd.openDemands;
        uint64 until = uint64(block.timestamp) + window;
        if (until > hd.until) hd.until = until;
        _hold = hd;
        emit DemandClosed(demandId, true);
        bondToken.safeTransfer(h.relayer, demandBond);
    }

    /// @notice A demand not answered within answerWindow voids its batch (kind 4): the challenger
    /// gets its demandBond back and the slash share.
    function voidUnanswered(Header calldata h, uint64 batch, uint256 demandId) external {
        Demand storage d = _openDemand(demandId, batch);
        _checkHeader(h, batch);
        if (isVoided(batch)) revert BatchVoided(batch);
        if (block.timestamp < uint256(d.demandedAt) + answerWindow) revert AnswerWindowOpen(demandId);
        address challenger = d.challenger;
        _closeDemand(d, demandId, false);
        _void(batch, h, KIND_UNANSWERED, 0, challenger);
        bondToken.safeTransfer(challenger, demandBond);
    }

    /// @notice Refund an open demand on a batch voided meanwhile.
    function closeDemand(uint256 demandId) external {
        if (demandId >= _demands.length) revert DemandNotOpen(demandId);
        Demand storage d = _demands[demandId];
        if (d.status != DemandStatus.Open) revert DemandNotOpen(demandId);
        if (!isVoided(d.batch)) revert NotVoided(d.batch);
        address challenger = d.challenger;
        _closeDemand(d, demandId, false);
        bondToken.safeTransfer(challenger, demandBond);
    }

    function demandOf(uint256 demandId)
        external
        view
        returns (address challenger, uint64 batch, uint32 from, uint32 to, uint64 demandedAt, bool open)
    {
        Demand storage d = _demands[demandId];
        return (d.challenger, d.batch, d.from, d.to, d.demandedAt, d.status == DemandStatus.Open);
    }

    function _openDemand(uint256 demandId, uint64 batch) private view returns (Demand storage d) {
        if (demandId >= _demands.length) revert DemandNotOpen(demandId);
        d = _demands[demandId];
        if (d.status != DemandStatus.Open || d.batch != batch) revert DemandNotOpen(demandId);
    }

    function _closeDemand(Demand storage d, uint256 demandId, bool answered) private {
        d.status = DemandStatus.Closed;
        --_hold.openDemands;
        emit DemandClosed(demandId, answered);
    }

    // ---- voiding ----

    /// @dev Void `batch` and every batch after it, put the tip back on its parent, and slash its
    /// relayer: half the bond to `challenger`, the rest burnt.
    function _void(uint64 batch, Header calldata h, uint8 kind, uint64 meterId, address challenger) private {
        Chain memory c = _chain;
        // Ranges stay disjoint and increasing: a void at or before a voided range absorbs it.
        while (_voids.length != 0 && _voids[_voids.length - 1].from >= batch) {
            _voids.pop();
        }
        _voids.push(VoidRange(batch, c.batchCount));
        _chain.tip = h.parent;
        Relayer storage r = _relayers[h.relayer];
        uint256 slashed = r.bond;
        r.bond = 0;
        r.slashed = true;
        emit Voided(batch, c.batchCount, challenger, kind, meterId);
        uint256 reward = slashed / 2;
        if (reward != 0) bondToken.safeTransfer(challenger, reward);
        if (slashed - reward != 0) bondToken.safeTransfer(BURN, slashed - reward);
    }

    // ---- trees ----

    /// @dev Leaf `leaf` sits at `index` of h.readingsRoot.
    function _verifyReading(Header calldata h, uint32 index, bytes32 leaf, bytes32[] calldata path) private pure {
        if (!ReadingsTree.verify(h.readingsRoot, h.count, index, leaf, path)) revert BadPath();
    }

    function _verifyNeighbour(Header calldata h, uint32 index, Neighbour calldata n) private pure {
        _verifyReading(
            h,
            index,
            ReadingsTree.leafHash(
                n.meterId, n.seq, n.timestamp, n.importWh, n.exportWh, n.detailHash, n.sigHash, n.verdict, n.stateRootAfter
            ),
            n.path
        );
    }

    function _smtRoot(uint32 key, bytes32 leaf, bytes32[32] calldata path) private pure returns (bytes32 node) {
        node = leaf;
        for (uint256 h; h < SMT_DEPTH; ++h) {
            node = (key >> h) & 1 == 1 ? ReadingsTree.hashPair(path[h], node) : ReadingsTree.hashPair(node, path[h]);
        }
    }

    function _meterLeafHash(MeterLeaf calldata s) private pure returns (bytes32) {
        if (s.seq == 0 && s.timestamp == 0 && s.importWh == 0 && s.exportWh == 0 && s.closingsRoot == 0) return 0;
        return keccak256(abi.encode(s.seq, s.timestamp, s.importWh, s.exportWh, s.closingsRoot));
    }

    /// @dev The leaf of a read closing record.
    function _closingHash(uint64 importWh, uint64 exportWh, uint64 timestamp) private pure returns (bytes32) {
        return keccak256(abi.encode(importWh, exportWh, timestamp, false));
    }

    /// @dev The leaf of an estimated closing record: a gap's end, with the gap's start.
    function _gapEndHash(
        uint64 importWh,
        uint64 exportWh,
        uint64 timestamp,
        uint32 startPeriod,
        uint64 startImportWh,
        uint64 startExportWh,
        uint64 startTimestamp
    ) private pure returns (bytes32) {
        return keccak256(
            abi.encode(
                importWh, exportWh, timestamp, true, startPeriod, startImportWh, startExportWh, startTimestamp
            )
        );
    }

    function _recordHash(ClosingRecord calldata c) private pure returns (bytes32) {
        if (!c.estimated) return _closingHash(c.importWh, c.exportWh, c.timestamp);
        return _gapEndHash(
            c.importWh, c.exportWh, c.timestamp, c.startPeriod, c.startImportWh, c.startExportWh, c.startTimestamp
        );
    }
}
