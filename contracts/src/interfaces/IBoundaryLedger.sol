// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @title IBoundaryLedger
/// @notice What the energy market reads from a reading ledger: the registers of a meter's accepted
/// reading at a window boundary. ReadingLedger (verified) stores them as it accepts the readings
/// of meters on the market; AnchoredBoundaries (anchored) stores them as they are proven from
/// final batches. So EnergyMarket works unchanged against either.
interface IBoundaryLedger {
    /// @notice The market calls it when a meter places an order: from then on its boundary
    /// readings must be answerable.
    function watchBoundaries(uint64 meterId) external;

    /// @notice The registers of `meterId`'s accepted reading at `timestamp` (accepted false if
    /// none is known).
    function boundaryAt(uint64 meterId, uint64 timestamp)
        external
        view
        returns (bool accepted, uint64 importWh, uint64 exportWh);
}
