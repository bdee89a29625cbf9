// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title ReentrantToken
/// @notice TEST ONLY. A 6-decimal ERC-20 that, once armed, calls back into a target (the billing
/// contract) from inside transferFrom, before moving any tokens: the attack a malicious or
/// hook-bearing token makes on a payment. It records whether the reentrant call succeeded and
/// swallows its failure, so a test can check both that the reentry was refused and that the outer
/// payment was counted exactly once.
contract ReentrantToken is ERC20 {
    address public target;
    bytes public payload;
    bool public reentered;
    bool public reentrySucceeded;
    bytes public reentryError;

    constructor() ERC20("Reentrant", "RENT") {}

    function decimals() public pure override returns (uint8) {
        return 6;
    }

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    /// @notice Call `target` with `payload` during the next transferFrom.
    function arm(address target_, bytes calldata payload_) external {
        target = target_;
        payload = payload_;
    }

    function transferFrom(address from, address to, uint256 value) public override returns (bool) {
        address t = target;
        if (t != address(0)) {
            target = address(0);
            reentered = true;
            // Lint: test-only attacker: the arbitrary re-entrant call is the point.
            // solhint-disable-next-line avoid-low-level-calls
            (bool ok, bytes memory ret) = t.call(payload);
            reentrySucceeded = ok;
            reentryError = ret;
        }
        return super.transferFrom(from, to, value);
    }
}
