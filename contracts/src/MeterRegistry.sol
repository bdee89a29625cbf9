// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {P256} from "@openzeppelin/contracts/utils/cryptography/P256.sol";
import {Calendar} from "./lib/Calendar.sol";
import {SigningKey} from "./lib/SigningKey.sol";

/// @notice The part of the ReadingLedger the registry drives: its per-signer copy of the meters,
/// and whether a meter has any accepted reading yet.
interface ILedgerEnrolment {
    function enroll(uint64 meterId, address signer, uint32 maxPowerW) external;
    function rekey(address oldSigner, address newSigner) external;
    function disable(address signer) external;
    function lastReading(uint64 meterId)
        external
        view
        returns (uint64 seq, uint64 timestamp, uint64 importWh, uint64 exportWh);
    function meterOfSigner(address signer) external view returns (uint64);
}

/// @title MeterRegistry
/// @notice The utility's register of smart meters: who owns each meter, which key the meter signs
/// its readings with, and the limits the ledger checks readings against.
/// @dev A meter's key is a secp256k1 key, named by its address, or a P-256 key, named by
/// SigningKey.p256Id and published here (p256KeyOf) so relayers and verifiers can check its
/// signatures. Everywhere else (the ledger, rotation, key history) a key is its name.
/// @dev The ledger keeps a per-signer copy of (meter id, max power, active) next to each meter's
/// last reading, so accepting a reading needs no call here; every change below is pushed to it in
/// the same transaction.
///
/// What applies to a billing period is fixed when the period closes, so a bill is the same whoever
/// issues it and whenever: a tariff assigned during period P applies from P + 1 (`tariffAt`), and
/// the account responsible for a period is the meter's owner at its close (`ownerAt`); earlier
/// versions are kept as history.
///
/// The registrar cannot silently take a meter over: a key rotation or an owner change it starts
/// is announced (an event the owner sees) and takes effect CHANGE_DELAY later, when anyone may
/// complete it, or at once if the meter's owner confirms it.
contract MeterRegistry is AccessControl {
    /// @notice The utility: registers meters, rotates their keys, sets tariffs, deactivates.
    bytes32 public constant REGISTRAR_ROLE = keccak256("REGISTRAR_ROLE");
    /// @notice Oracles allowed to relay meter-signed readings to the ledger.
    bytes32 public constant RELAYER_ROLE = keccak256("RELAYER_ROLE");
    /// @notice How long a registrar's key rotation or owner change waits unless the owner confirms.
    uint64 public constant CHANGE_DELAY = 48 hours;

    enum MeterClass {
        Consumer,
        Prosumer
    }

    /// @dev Slot 1: read by the ledger on every reading.
    struct Auth {
        address signer;
        uint32 maxPowerW;
        bool active;
    }

    /// @dev Slot 2: read by billing, market and consent. tariffId applies from period tariffFrom
    /// on, owner is responsible from period ownerFrom on (yyyymm fits 24 bits); 0: from the start.
    struct Account {
        address owner;
        MeterClass class;
        uint32 tariffId;
        uint24 tariffFrom;
        uint24 ownerFrom;
    }

    /// @dev An earlier tariff of a meter: `tariffId` from period `fromPeriod` until the next version.
    struct TariffVersion {
        uint24 fromPeriod;
        uint32 tariffId;
    }

    /// @dev An earlier owner of a meter: responsible from period `fromPeriod` until the next one.
    struct OwnerVersion {
        uint24 fromPeriod;
        address owner;
    }

    /// @dev A registrar's change waiting for its delay or the owner's confirmation (to = 0: none).
    struct Pending {
        address to;
        uint64 notBefore;
    }

    /// @notice A P-256 public key in affine coordinates.
    struct P256Key {
        bytes32 x;
        bytes32 y;
    }

    /// @notice A key a meter signed with until `until` (unix seconds), when it was rotated out.
    struct SignerVersion {
        address signer;
        uint64 until;
    }

    mapping(uint64 meterId => Auth) private _auth;
    mapping(uint64 meterId => Account) private _account;
    /// @dev The version in force up to (not including) period `until`, the next version's
    /// fromPeriod: from Account, each earlier version is one SLOAD away.
    mapping(uint64 meterId => mapping(uint24 until => TariffVersion)) private _tariffBefore;
    mapping(uint64 meterId => mapping(uint24 until => OwnerVersion)) private _ownerBefore;
    mapping(uint64 meterId => Pending) private _pendingSigner;
    mapping(uint64 meterId => Pending) private _pendingOwner;
    mapping(uint64 meterId => SignerVersion[]) private _signerHistory;
    /// @dev Every P-256 key ever registered or proposed, by name; zero for secp256k1 names.
    mapping(address signer => P256Key) private _p256Keys;
    /// @dev OCMF record identities (docs/ocmf.md): one per meter, one meter per identity.
    mapping(bytes32 identity => uint64 meterId) private _ocmfMeter;
    mapping(uint64 meterId => bytes32 identity) private _ocmfIdentity;
    uint256 public meterCount;
    /// @notice The ledger this registry enrols meters in; set once by the admin after deployment.
    ILedgerEnrolment public ledger;

    event MeterRegistered(
        uint64 indexed meterId,
        address indexed owner,
        address signer,
        MeterClass class,
        uint32 tariffId,
        uint32 maxPowerW
    );
    event SignerRotated(uint64 indexed meterId, address oldSigner, address newSigner);
    event SignerRotationProposed(uint64 indexed meterId, address newSigner, uint64 notBefore);
    event OwnerChangeProposed(uint64 indexed meterId, address indexed newOwner, uint64 notBefore);
    event OwnerChanged(uint64 indexed meterId, address indexed oldOwner, address indexed newOwner);
    event TariffAssigned(uint64 indexed meterId, uint32 tariffId, uint32 fromPeriod);
    event MeterDeactivated(uint64 indexed meterId);
    event P256KeyPublished(address indexed signer, bytes32 x, bytes32 y);
    event OcmfIdentityBound(uint64 indexed meterId, bytes32 identity);

    error InvalidMeterId(uint64 meterId);
    error MeterExists(uint64 meterId);
    error UnknownMeter(uint64 meterId);
    error ZeroAddress();
    error ZeroMaxPower();
    error NotOwnerOrRegistrar(uint64 meterId, address caller);
    error LedgerAlreadySet();
    error LedgerNotSet();
    error SignerInUse(address signer);
    error NothingPending(uint64 meterId);
    error TooEarly(uint64 meterId, uint64 notBefore);
    error NotMeterOwner(uint64 meterId, address caller);
    error InvalidP256Key(bytes32 x, bytes32 y);
    error OcmfIdentityInUse(bytes32 identity, uint64 meterId);
    error ZeroOcmfIdentity();

    event LedgerSet(address ledger);

    constructor(address admin) {
        if (admin == address(0)) revert ZeroAddress();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    function setLedger(ILedgerEnrolment ledger_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (address(ledger) != address(0)) revert LedgerAlreadySet();
        if (address(ledger_) == address(0)) revert ZeroAddress();
        ledger = ledger_;
        emit LedgerSet(address(ledger_));
    }

    /// @notice A meter id has nine digits: zone (3), building (3), meter (3), each part 001..999.
    function isValidMeterId(uint64 meterId) public pure returns (bool) {
        if (meterId < 100_000_000 || meterId > 999_999_999) return false;
        return (meterId / 1000) % 1000 != 0 && meterId % 1000 != 0;
    }

    /// @notice Register a meter that signs with the secp256k1 key of address `signer`.
    function register(
        uint64 meterId,
        address owner,
        address signer,
        MeterClass class,
        uint32 tariffId,
        uint32 maxPowerW
    ) external onlyRole(REGISTRAR_ROLE) {
        _register(meterId, owner, signer, class, tariffId, maxPowerW);
    }

    /// @notice Register a meter that signs with the P-256 public key (x, y).
    function registerP256(
        uint64 meterId,
        address owner,
        bytes32 x,
        bytes32 y,
        MeterClass class,
        uint32 tariffId,
        uint32 maxPowerW
    ) external onlyRole(REGISTRAR_ROLE) {
        _register(meterId, owner, _publishP256(x, y), class, tariffId, maxPowerW);
    }

    function _register(
        uint64 meterId,
        address owner,
        address signer,
        MeterClass class,
        uint32 tariffId,
        uint32 maxPowerW
    ) private {
        if (!isValidMeterId(meterId)) revert InvalidMeterId(meterId);
        if (owner == address(0) || signer == address(0)) revert ZeroAddress();
        if (maxPowerW == 0) revert ZeroMaxPower();
        if (_auth[meterId].signer != address(0)) revert MeterExists(meterId);
        if (address(ledger) == address(0)) revert LedgerNotSet();
        _auth[meterId] = Auth(signer, maxPowerW, true);
        _account[meterId] = Account(owner, class, tariffId, 0, 0);
        ++meterCount;
        ledger.enroll(meterId, signer, maxPowerW); // refuses a key another meter signs with
        emit MeterRegistered(meterId, owner, signer, class, tariffId, maxPowerW);
    }

    /// @notice Propose a new key for a meter (a new meter module, a suspected key leak). It takes
    /// effect when the meter's owner confirms it (confirmSignerRotation) or, after CHANGE_DELAY, when
    /// anyone completes it; until then the current key stays valid. A new proposal replaces the
    /// pending one and restarts the delay.
    function rotateSigner(uint64 meterId, address newSigner) external onlyRole(REGISTRAR_ROLE) {
        _proposeSigner(meterId, newSigner);
    }

    /// @notice rotateSigner to the P-256 public key (x, y): the meter may change curve either way.
    /// The owner confirms it under the key's name, SigningKey.p256Id(x, y).
    function rotateSignerP256(uint64 meterId, bytes32 x, bytes32 y) external onlyRole(REGISTRAR_ROLE) {
        _proposeSigner(meterId, _publishP256(x, y));
    }

    function _proposeSigner(uint64 meterId, address newSigner) private {
        if (newSigner == address(0)) revert ZeroAddress();
        _known(meterId);
        if (ledger.meterOfSigner(newSigner) != 0) revert SignerInUse(newSigner);
        uint64 notBefore = uint64(block.timestamp) + CHANGE_DELAY;
        _pendingSigner[meterId] = Pending(newSigner, notBefore);
        emit SignerRotationProposed(meterId, newSigner, notBefore);
    }

    /// @notice The owner co-signs the pending key rotation of its meter: it takes effect now.
    function confirmSignerRotation(uint64 meterId, address newSigner) external {
        if (msg.sender != _account[meterId].owner) revert NotMeterOwner(meterId, msg.sender);
        Pending memory p = _pendingSigner[meterId];
        if (p.to == address(0) || p.to != newSigner) revert NothingPending(meterId);
        _rotate(meterId, p.to);
    }

    /// @notice Anyone completes a pending key rotation once its delay has passed.
    function completeSignerRotation(uint64 meterId) external {
        Pending memory p = _pendingSigner[meterId];
        if (p.to == address(0)) revert NothingPending(meterId);
        if (block.timestamp < p.notBefore) revert TooEarly(meterId, p.notBefore);
        _rotate(meterId, p.to);
    }

    /// @dev Readings signed with the old key are rejected from now on; the old key stays in the
    /// meter's key history.
    function _rotate(uint64 meterId, address newSigner) private {
        delete _pendingSigner[meterId];
        Auth storage a = _known(meterId);
        address old = a.signer;
        a.signer = newSigner;
        _signerHistory[meterId].push(SignerVersion(old, uint64(block.timestamp)));
        ledger.rekey(old, newSigner);
        emit SignerRotated(meterId, old, newSigner);
    }

    /// @dev A key off the curve could never verify a reading: refuse it before a meter depends on it.
    function _publishP256(bytes32 x, bytes32 y) private returns (address signer) {
        if (!P256.isValidPublicKey(x, y)) revert InvalidP256Key(x, y);
        signer = SigningKey.p256Id(x, y);
        _p256Keys[signer] = P256Key(x, y);
        emit P256KeyPublished(signer, x, y);
    }

    /// @notice Bind the OCMF record identity keccak256(GI ‖ 0x00 ‖ GS ‖ 0x00 ‖ MS) to a meter: the
    /// ledger attributes the records of that identity to it (and checks them against its current
    /// key). Rebinding a meter moves it to the new identity; an identity another meter holds is
    /// refused, so one record can never count for two meters.
    function bindOcmf(uint64 meterId, bytes32 identity) external onlyRole(REGISTRAR_ROLE) {
        _known(meterId);
        if (identity == 0) revert ZeroOcmfIdentity();
        uint64 holder = _ocmfMeter[identity];
        if (holder != 0 && holder != meterId) revert OcmfIdentityInUse(identity, holder);
        bytes32 old = _ocmfIdentity[meterId];
        if (old != 0) delete _ocmfMeter[old];
        _ocmfMeter[identity] = meterId;
        _ocmfIdentity[meterId] = identity;
        emit OcmfIdentityBound(meterId, identity);
    }

    /// @notice The meter an OCMF record identity is bound to (0: none).
    function meterOfOcmf(bytes32 identity) external view returns (uint64) {
        return _ocmfMeter[identity];
    }

    /// @notice The OCMF record identity bound to a meter (0: none).
    function ocmfIdentityOf(uint64 meterId) external view returns (bytes32) {
        return _ocmfIdentity[meterId];
    }

    /// @notice The owner (selling the house) hands a meter to a new owner at once. The utility may
    /// too, but its change is only proposed: it takes effect when the owner makes the same change
    /// (that is the owner's confirmation) or, after CHANGE_DELAY, when anyone completes it.
    function changeOwner(uint64 meterId, address newOwner) external {
        if (newOwner == address(0)) revert ZeroAddress();
        _known(meterId);
        address old = _account[meterId].owner;
        if (msg.sender == old) {
            _setOwner(meterId, newOwner);
            return;
        }
        if (!hasRole(REGISTRAR_ROLE, msg.sender)) revert NotOwnerOrRegistrar(meterId, msg.sender);
        uint64 notBefore = uint64(block.timestamp) + CHANGE_DELAY;
        _pendingOwner[meterId] = Pending(newOwner, notBefore);
        emit OwnerChangeProposed(meterId, newOwner, notBefore);
    }

    /// @notice Anyone completes the registrar's pending owner change once its delay has passed.
    function completeOwnerChange(uint64 meterId) external {
        Pending memory p = _pendingOwner[meterId];
        if (p.to == address(0)) revert NothingPending(meterId);
        if (block.timestamp < p.notBefore) revert TooEarly(meterId, p.notBefore);
        _setOwner(meterId, p.to);
    }

    function _setOwner(uint64 meterId, address newOwner) private {
        delete _pendingOwner[meterId];
        Account storage acc = _account[meterId];
        address old = acc.owner;
        // The owner at a period's close answers for it: the new owner from the current period on.
        uint24 from = uint24(Calendar.periodOf(block.timestamp));
        if (acc.ownerFrom != from) {
            _ownerBefore[meterId][from] = OwnerVersion(acc.ownerFrom, old);
            acc.ownerFrom = from;
        }
        acc.owner = newOwner;
        emit OwnerChanged(meterId, old, newOwner);
    }

    /// @notice Put a meter on tariff `tariffId` from the next period on: the current period and
    /// every earlier one keep the tariff they had, so no closed or running period is re-priced. A
    /// meter without any accepted reading has nothing priced yet: its tariff is replaced outright.
    function assignTariff(uint64 meterId, uint32 tariffId) external onlyRole(REGISTRAR_ROLE) {
        _known(meterId);
        Account storage acc = _account[meterId];
        (, uint64 lastTimestamp,,) = ledger.lastReading(meterId);
        uint24 from = acc.tariffFrom;
        if (lastTimestamp != 0) {
            uint24 next = uint24(Calendar.next(Calendar.periodOf(block.timestamp)));
            if (from != next) {
                _tariffBefore[meterId][next] = TariffVersion(from, acc.tariffId);
                acc.tariffFrom = next;
                from = next;
            }
        }
        acc.tariffId = tariffId;
        emit TariffAssigned(meterId, tariffId, from);
    }

    /// @notice A deactivated meter's readings are rejected (logged with a reason) by the ledger.
    function deactivate(uint64 meterId) external onlyRole(REGISTRAR_ROLE) {
        Auth storage a = _known(meterId);
        a.active = false;
        ledger.disable(a.signer);
        emit MeterDeactivated(meterId);
    }

    /// @notice The key a meter signs with, its max power and whether it is active; signer == 0
    /// means the meter is unknown.
    function authOf(uint64 meterId) external view returns (address signer, uint32 maxPowerW, bool active) {
        Auth storage a = _auth[meterId];
        return (a.signer, a.maxPowerW, a.active);
    }

    /// @notice A registrar's key rotation and owner change waiting for the owner or the delay
    /// (zero addresses: none).
    function pendingOf(uint64 meterId)
        external
        view
        returns (address newSigner, uint64 signerNotBefore, address newOwner, uint64 ownerNotBefore)
    {
        Pending memory ps = _pendingSigner[meterId];
        Pending memory po = _pendingOwner[meterId];
        return (ps.to, ps.notBefore, po.to, po.notBefore);
    }

    /// @notice The keys a meter signed with before its current one, oldest first, each with the
    /// time it was rotated out: a reading is checked against the key valid when it was signed.
    function signerHistory(uint64 meterId) external view returns (SignerVersion[] memory) {
        return _signerHistory[meterId];
    }

    /// @notice The P-256 public key named `signer` (authOf, signerHistory); zero for a secp256k1
    /// key's address.
    function p256KeyOf(address signer) external view returns (bytes32 x, bytes32 y) {
        P256Key storage k = _p256Keys[signer];
        return (k.x, k.y);
    }

    function accountOf(uint64 meterId) external view returns (address owner, MeterClass class, uint32 tariffId) {
        Account storage acc = _account[meterId];
        return (acc.owner, acc.class, acc.tariffId);
    }

    /// @notice The tariff that prices `meterId`'s bill for `period` (0 for an unknown meter).
    function tariffAt(uint64 meterId, uint32 period) external view returns (uint32) {
        Account storage acc = _account[meterId];
        uint24 from = acc.tariffFrom;
        if (period >= from) return acc.tariffId;
        // Walk back; the first version applies from 0, so this ends.
        TariffVersion memory v;
        do {
            v = _tariffBefore[meterId][from];
            from = v.fromPeriod;
        } while (period < from);
        return v.tariffId;
    }

    /// @notice The account responsible for `meterId`'s bill of `period`: its owner when the period
    /// closed (the current owner for a period not closed yet; zero for an unknown meter).
    function ownerAt(uint64 meterId, uint32 period) external view returns (address) {
        Account storage acc = _account[meterId];
        uint24 from = acc.ownerFrom;
        if (period >= from) return acc.owner;
        // Walk back; the first owner is responsible from 0, so this ends.
        OwnerVersion memory v;
        do {
            v = _ownerBefore[meterId][from];
            from = v.fromPeriod;
        } while (period < from);
        return v.owner;
    }

    function _known(uint64 meterId) private view returns (Auth storage a) {
        a = _auth[meterId];
        if (a.signer == address(0)) revert UnknownMeter(meterId);
    }
}
