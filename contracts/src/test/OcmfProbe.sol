// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {Ocmf} from "../lib/Ocmf.sol";

/// @notice Test only: exposes the OCMF payload decoder for the Go-vs-Solidity differential test.
contract OcmfProbe {
    function decode(bytes calldata payload) external pure returns (bool ok, Ocmf.Record memory record) {
        return Ocmf.decode(payload);
    }
}
