// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";

/// @title StableToken
/// @notice The devnet's 6-decimal test dollar ("meterchain USD", mUSD) that bills are paid in. On a
/// production chain billing is pointed at a real stable token instead; this one exists so demo
/// wallets can pay bills. ERC-2612 permit lets a consumer approve and pay in one transaction.
contract StableToken is ERC20, ERC20Permit, AccessControl {
    bytes32 public constant MINTER_ROLE = keccak256("MINTER_ROLE");
    /// @notice Most the faucet hands out per call (1,000 mUSD): enough for a demo, useless to hoard.
    uint256 public constant FAUCET_MAX = 1_000e6;

    error FaucetLimit(uint256 requested, uint256 max);

    constructor(address admin) ERC20("meterchain USD", "mUSD") ERC20Permit("meterchain USD") {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(MINTER_ROLE, admin);
    }

    function decimals() public pure override returns (uint8) {
        return 6;
    }

    function mint(address to, uint256 amount) external onlyRole(MINTER_ROLE) {
        _mint(to, amount);
    }

    /// @notice Test money for demo wallets; anyone may call, at most FAUCET_MAX per call.
    function faucet(address to, uint256 amount) external {
        if (amount > FAUCET_MAX) revert FaucetLimit(amount, FAUCET_MAX);
        _mint(to, amount);
    }
}
