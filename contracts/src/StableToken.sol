// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";

/// @title StableToken
/// @notice A 6-decimal dollar ("meterchain USD", mUSD) that bills can be paid in, minted only by
/// MINTER_ROLE. On a production chain billing is normally pointed at a real stable token
/// (`meterchain deploy --token`). The devnet's copy has the public faucet open (faucetOpen, fixed
/// at deployment) so demo wallets can pay bills; on any other deployment faucet always reverts,
/// so no one can mint the money bills are paid in. ERC-2612 permit lets a consumer approve and pay
/// in one transaction.
contract StableToken is ERC20, ERC20Permit, AccessControl {
    bytes32 public constant MINTER_ROLE = keccak256("MINTER_ROLE");
    /// @notice Most the faucet hands out per call (1,000 mUSD): enough for a demo, useless to hoard.
    uint256 public constant FAUCET_MAX = 1_000e6;
    /// @notice Whether faucet mints (the devnet's test money) or always reverts.
    bool public immutable faucetOpen;

    error FaucetLimit(uint256 requested, uint256 max);
    error FaucetClosed();

    constructor(address admin, bool faucetOpen_) ERC20("meterchain USD", "mUSD") ERC20Permit("meterchain USD") {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(MINTER_ROLE, admin);
        faucetOpen = faucetOpen_;
    }

    function decimals() public pure override returns (uint8) {
        return 6;
    }

    function mint(address to, uint256 amount) external onlyRole(MINTER_ROLE) {
        _mint(to, amount);
    }

    /// @notice Test money for demo wallets on the devnet; anyone may call, at most FAUCET_MAX per
    /// call. Reverts on a token deployed with the faucet closed.
    function faucet(address to, uint256 amount) external {
        if (!faucetOpen) revert FaucetClosed();
        if (amount > FAUCET_MAX) revert FaucetLimit(amount, FAUCET_MAX);
        _mint(to, amount);
    }
}
