// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {AnchoredLedger} from "./AnchoredLedger.sol";
import {IBoundaryLedger} from "./interfaces/IBoundaryLedger.sol";
import {ReadingsTree} from "./lib/ReadingsTree.sol";

/// @title AnchoredBoundaries
/// @notice The energy market's boundary readings on an anchored deployment. Nothing is executed per
/// reading on an anchored ledger, so the market cannot be told of boundaries as readings arrive;
/// instead anyone proves a reading from a final batch: its leaf, verdict accepted, under the
/// batch's readings root. Final batches are never voided and form one chain on which a meter's
/// accepted timestamps strictly increase, so a (meter, timestamp) has at most one final accepted
/// reading: whoever proves it first stores the only registers there can be, and a settler can
/// neither invent nor pick readings (a rejected, unknown or not yet final one is refused).
/// @dev A separate contract because AnchoredLedger is at EIP-170's code size limit.
contract AnchoredBoundaries is IBoundaryLedger {
    struct Boundary {
        uint64 importWh;
        uint64 exportWh;
        bool accepted;
    }

    AnchoredLedger public immutable ledger;
    mapping(uint64 meterId => mapping(uint64 timestamp => Boundary)) private _boundaries;

    event BoundaryProven(
        uint64 indexed meterId, uint64 indexed timestamp, uint64 seq, uint64 importWh, uint64 exportWh, uint64 batch
    );

    error ZeroAddress();
    error NotFinal(uint64 batch);
    error LengthMismatch(uint256 indexes, uint256 leaves);
    error BadIndex(uint32 index);
    error BadPath(uint32 index);
    error NotAccepted(uint64 meterId, uint64 seq, uint8 verdict);

    constructor(AnchoredLedger ledger_) {
        if (address(ledger_) == address(0)) revert ZeroAddress();
        ledger = ledger_;
    }

    /// @notice Store the registers of readings `leaves` (at `indexes`) of final batch `batch`
    /// (header `h`). Reverts unless every leaf is an accepted reading under the batch's readings
    /// root; a boundary proven already is skipped, so provers never race.
    function proveReadings(
        AnchoredLedger.Header calldata h,
        uint64 batch,
        uint32[] calldata indexes,
        AnchoredLedger.Neighbour[] calldata leaves
    ) external {
        // isFinal reverts BadHeader unless h is the batch's header.
        if (!ledger.isFinal(h, batch)) revert NotFinal(batch);
        if (indexes.length != leaves.length) revert LengthMismatch(indexes.length, leaves.length);
        for (uint256 i; i < leaves.length; ++i) {
            AnchoredLedger.Neighbour calldata n = leaves[i];
            uint32 index = indexes[i];
            if (index >= h.count) revert BadIndex(index);
            bytes32 leaf = ReadingsTree.leafHash(
                n.meterId, n.seq, n.timestamp, n.importWh, n.exportWh, n.detailHash, n.sigHash, n.verdict, n.stateRootAfter
            );
            if (!ReadingsTree.verify(h.readingsRoot, h.count, index, leaf, n.path)) revert BadPath(index);
            if (n.verdict != 0) revert NotAccepted(n.meterId, n.seq, n.verdict);
            Boundary storage b = _boundaries[n.meterId][n.timestamp];
            if (b.accepted) continue;
            _boundaries[n.meterId][n.timestamp] = Boundary(n.importWh, n.exportWh, true);
            emit BoundaryProven(n.meterId, n.timestamp, n.seq, n.importWh, n.exportWh, batch);
        }
    }

    /// @inheritdoc IBoundaryLedger
    /// @dev Nothing to do: any final reading can be proven, whenever the meter joined the market.
    // Lint: the interface's call, with nothing to store on this side.
    // solhint-disable-next-line no-empty-blocks
    function watchBoundaries(uint64 meterId) external pure {}

    /// @inheritdoc IBoundaryLedger
    function boundaryAt(uint64 meterId, uint64 timestamp)
        external
        view
        returns (bool accepted, uint64 importWh, uint64 exportWh)
    {
        Boundary storage b = _boundaries[meterId][timestamp];
        return (b.accepted, b.importWh, b.exportWh);
    }
}
