// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @title ReadingsTree
/// @notice An anchored batch's readings tree (docs/anchored-ledger.md, "Data"): one leaf per
/// reading, sorted by (meter, seq), a binary keccak tree padded with zero leaves to a power of two.
/// AnchoredLedger checks fraud proofs against it and AnchoredBoundaries proves final readings
/// from it, with this one definition (mirrored by internal/anchor.LeafHash and ReadingsRoot).
library ReadingsTree {
    /// @dev keccak256(abi.encode(meterId, seq, timestamp, importWh, exportWh, detailHash, sigHash,
    /// verdict, stateRootAfter)).
    function leafHash(
        uint64 meterId,
        uint64 seq,
        uint64 timestamp,
        uint64 importWh,
        uint64 exportWh,
        bytes32 detailHash,
        bytes32 sigHash,
        uint8 verdict,
        bytes32 stateRootAfter
    ) internal pure returns (bytes32) {
        return keccak256(
            abi.encode(meterId, seq, timestamp, importWh, exportWh, detailHash, sigHash, verdict, stateRootAfter)
        );
    }

    /// @dev Whether `leaf` sits at `index` of the tree of `count` leaves whose root is `root`.
    function verify(bytes32 root, uint32 count, uint32 index, bytes32 leaf, bytes32[] calldata path)
        internal
        pure
        returns (bool)
    {
        uint256 d = depth(count);
        if (path.length != d) return false;
        bytes32 node = leaf;
        for (uint256 i; i < d; ++i) {
            node = (index >> i) & 1 == 1 ? hashPair(path[i], node) : hashPair(node, path[i]);
        }
        return node == root;
    }

    /// @dev The smallest d with 2^d >= count.
    function depth(uint32 count) internal pure returns (uint256 d) {
        while ((uint256(1) << d) < count) ++d;
    }

    function hashPair(bytes32 a, bytes32 b) internal pure returns (bytes32 h) {
        // Lint: gas: every tree node of a proof; scratch space only.
        // solhint-disable-next-line no-inline-assembly
        assembly ("memory-safe") {
            mstore(0x00, a)
            mstore(0x20, b)
            h := keccak256(0x00, 0x40)
        }
    }
}
