// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @title IP2PImport
/// @notice What billing asks the peer-to-peer market: how much of a meter's grid import in a period
/// was bought (and settled) from other prosumers, so the utility does not bill it a second time.
interface IP2PImport {
    /// @return Wh of `meterId`'s import in billing period `period` (yyyymm) settled through the market.
    function p2pImportWh(uint64 meterId, uint32 period) external view returns (uint64);

    /// @notice What billing needs in one call: the settled Wh as p2pImportWh, and how many of the
    /// meter's trades whose windows end in `period` are matched but not settled yet. While any is
    /// open the period's P2P credit is not final, so no bill may be issued.
    function p2pImport(uint64 meterId, uint32 period) external view returns (uint64 settledWh, uint64 openTrades);
}
