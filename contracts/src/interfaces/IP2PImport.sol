// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @title IP2PImport
/// @notice What billing asks the peer-to-peer market: how much of a meter's grid import in a period
/// was bought (and settled) from other prosumers, so the utility does not bill it a second time.
interface IP2PImport {
    /// @return Wh of `meterId`'s import in billing period `period` (yyyymm) settled through the market.
    function p2pImportWh(uint64 meterId, uint32 period) external view returns (uint64);
}
