// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @title SigningKey
/// @notice A meter signs its readings with a secp256k1 key (named by its Ethereum address) or a
/// NIST P-256 key, as secure elements hold. A P-256 key is named by an address too: the last 20
/// bytes of keccak256(x || y), the same construction as an Ethereum address over the P-256
/// coordinates, so the registry and the ledger keep one kind of key name. It cannot name a
/// secp256k1 key someone holds: (x, y) lies on P-256, and a point on both curves with a known
/// secp256k1 private key would take a discrete logarithm. The Go mirror is
/// internal/reading.P256KeyID.
library SigningKey {
    function p256Id(bytes32 x, bytes32 y) internal pure returns (address id) {
        // Lint: gas: hashed once per P-256 reading; scratch space only.
        // solhint-disable-next-line no-inline-assembly
        assembly ("memory-safe") {
            mstore(0x00, x)
            mstore(0x20, y)
            id := and(keccak256(0x00, 0x40), 0xffffffffffffffffffffffffffffffffffffffff)
        }
    }
}
