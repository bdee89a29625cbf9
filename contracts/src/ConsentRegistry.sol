// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {MeterRegistry} from "./MeterRegistry.sol";

/// @title ConsentRegistry
/// @notice A meter owner's consent for third parties (seed 004): the owner grants an address a
/// scope of the meter's data (detail readings, bills) until an expiry, and may revoke it at any
/// time. The REST API serves a third party only what a grant here covers.
/// @dev A grant records the owner who gave it: when the meter changes owner, the previous owner's
/// grants stop counting (allowed() compares with the current owner), without a loop over grants.
contract ConsentRegistry {
    /// @notice Scope bit: the meter's readings with their off-chain detail records.
    uint8 public constant SCOPE_READINGS = 1;
    /// @notice Scope bit: the meter's bills and payments.
    uint8 public constant SCOPE_BILLS = 2;
    uint8 private constant ALL_SCOPES = SCOPE_READINGS | SCOPE_BILLS;

    struct Grant {
        address owner; // who gave it (the meter owner at the time)
        uint8 scope;
        uint64 expiry; // unix seconds; the grant holds while block.timestamp < expiry
    }

    MeterRegistry public immutable registry;
    mapping(uint64 meterId => mapping(address grantee => Grant)) private _grants;

    event ConsentGranted(
        uint64 indexed meterId, address indexed grantee, address indexed owner, uint8 scope, uint64 expiry
    );
    event ConsentRevoked(uint64 indexed meterId, address indexed grantee, address indexed owner);

    error NotMeterOwner(uint64 meterId, address caller);
    error ZeroAddress();
    error BadScope(uint8 scope);
    error ExpiryNotInFuture(uint64 expiry);
    error NoGrant(uint64 meterId, address grantee);

    constructor(MeterRegistry registry_) {
        if (address(registry_) == address(0)) revert ZeroAddress();
        registry = registry_;
    }

    /// @notice Grants (or replaces the grant of) `grantee` the `scope` bits on `meterId` until `expiry`.
    function grant(uint64 meterId, address grantee, uint8 scope, uint64 expiry) external {
        _onlyOwner(meterId);
        if (grantee == address(0)) revert ZeroAddress();
        if (scope == 0 || scope & ~ALL_SCOPES != 0) revert BadScope(scope);
        if (expiry <= block.timestamp) revert ExpiryNotInFuture(expiry);
        _grants[meterId][grantee] = Grant(msg.sender, scope, expiry);
        emit ConsentGranted(meterId, grantee, msg.sender, scope, expiry);
    }

    /// @notice Revokes `grantee`'s grant on `meterId` at once.
    function revoke(uint64 meterId, address grantee) external {
        _onlyOwner(meterId);
        if (_grants[meterId][grantee].scope == 0) revert NoGrant(meterId, grantee);
        delete _grants[meterId][grantee];
        emit ConsentRevoked(meterId, grantee, msg.sender);
    }

    /// @notice The grant as stored (scope 0: none).
    function grantOf(uint64 meterId, address grantee) external view returns (address owner, uint8 scope, uint64 expiry) {
        Grant storage g = _grants[meterId][grantee];
        return (g.owner, g.scope, g.expiry);
    }

    /// @notice Whether `grantee` may now see every bit of `scope` on `meterId`.
    function allowed(uint64 meterId, address grantee, uint8 scope) external view returns (bool) {
        Grant storage g = _grants[meterId][grantee];
        if (scope == 0 || g.scope & scope != scope || block.timestamp >= g.expiry) return false;
        (address owner,,) = registry.accountOf(meterId);
        return owner == g.owner;
    }

    function _onlyOwner(uint64 meterId) private view {
        (address owner,,) = registry.accountOf(meterId);
        if (owner == address(0) || owner != msg.sender) revert NotMeterOwner(meterId, msg.sender);
    }
}
