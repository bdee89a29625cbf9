// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @title IPeriodLedger
/// @notice What billing reads from a reading ledger: a closed billing period's registers. Both
/// ReadingLedger (verified: every reading checked on chain) and AnchoredLedger (registers proven
/// from final state roots) answer it, so BillingManager works unchanged against either.
interface IPeriodLedger {
    /// @notice A closed period's opening (end of the period before) and closing registers.
    /// Reverts if either is not known.
    function periodRegisters(uint64 meterId, uint32 period)
        external
        view
        returns (uint64 openingImportWh, uint64 openingExportWh, uint64 closingImportWh, uint64 closingExportWh);

    /// @notice Whether a closed period's opening or closing registers are estimated (interpolated
    /// over a gap without readings) rather than read. Reverts as periodRegisters.
    function periodEstimated(uint64 meterId, uint32 period) external view returns (bool);

    /// @notice Whether periodRegisters answers for this meter and period.
    function isPeriodClosed(uint64 meterId, uint32 period) external view returns (bool);
}
