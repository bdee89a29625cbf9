// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {IP2PImport} from "../interfaces/IP2PImport.sol";

/// @title P2PImportStub
/// @notice TEST ONLY. A P2P market as billing sees it: answers p2pImportWh from values a test sets,
/// or reverts when told to (a market that cannot answer).
contract P2PImportStub is IP2PImport {
    mapping(uint64 meterId => mapping(uint32 period => uint64)) public wh;
    mapping(uint64 meterId => mapping(uint32 period => uint64)) public open;
    bool public broken;

    error MarketDown();

    function set(uint64 meterId, uint32 period, uint64 wh_) external {
        wh[meterId][period] = wh_;
    }

    function setOpen(uint64 meterId, uint32 period, uint64 openTrades) external {
        open[meterId][period] = openTrades;
    }

    function setBroken(bool broken_) external {
        broken = broken_;
    }

    function p2pImportWh(uint64 meterId, uint32 period) external view returns (uint64) {
        if (broken) revert MarketDown();
        return wh[meterId][period];
    }

    function p2pImport(uint64 meterId, uint32 period) external view returns (uint64, uint64) {
        if (broken) revert MarketDown();
        return (wh[meterId][period], open[meterId][period]);
    }
}
