// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @title Calendar
/// @notice Billing periods are calendar months in UTC, named yyyymm (202601 = January 2026).
/// @dev Days-to-civil conversion after Howard Hinnant's public-domain algorithm; the Go mirror is
/// internal/reading.PeriodOf and a property test checks they agree.
library Calendar {
    /// @notice The billing period of a reading that ends at `timestamp` (interval-end convention:
    /// the reading belongs to the period containing timestamp - 1, so 00:00 on the 1st closes the
    /// previous month). `timestamp` must be at least 1.
    function periodOf(uint256 timestamp) internal pure returns (uint32) {
        unchecked {
            uint256 z = (timestamp - 1) / 86400 + 719468;
            uint256 era = z / 146097;
            uint256 doe = z - era * 146097;
            uint256 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
            uint256 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
            uint256 mp = (5 * doy + 2) / 153;
            uint256 m = mp < 10 ? mp + 3 : mp - 9;
            uint256 y = yoe + era * 400 + (m <= 2 ? 1 : 0);
            return uint32(y * 100 + m);
        }
    }

    /// @notice The period before `period` (202601 -> 202512).
    function previous(uint32 period) internal pure returns (uint32) {
        return period % 100 == 1 ? period - 100 + 11 : period - 1;
    }

    /// @notice The period after `period` (202512 -> 202601).
    function next(uint32 period) internal pure returns (uint32) {
        return period % 100 == 12 ? period + 100 - 11 : period + 1;
    }

    /// @notice 00:00 UTC on the first day of `period` (unix seconds): the end of the period before.
    function startOf(uint32 period) internal pure returns (uint256) {
        unchecked {
            uint256 y = period / 100;
            uint256 m = period % 100;
            if (m <= 2) y -= 1;
            uint256 era = y / 400;
            uint256 yoe = y - era * 400;
            uint256 doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5;
            uint256 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
            return (era * 146097 + doe - 719468) * 86400;
        }
    }

    /// @notice Whether `period` is a well-formed yyyymm.
    function isValid(uint32 period) internal pure returns (bool) {
        uint32 m = period % 100;
        return m >= 1 && m <= 12 && period >= 197001;
    }
}
