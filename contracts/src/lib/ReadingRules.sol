// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {MessageHashUtils} from "@openzeppelin/contracts/utils/cryptography/MessageHashUtils.sol";
import {Calendar} from "./Calendar.sol";
import {SigningKey} from "./SigningKey.sol";

/// @title ReadingRules
/// @notice The rules a meter reading is judged by, in one place: the EIP-712 digest a meter
/// signs, who signed it (secp256k1 or P-256), the verdict and the interpolation of a gap's
/// registers. ReadingLedger applies them to every reading; AnchoredLedger re-executes them inside
/// fraud proofs. The Go mirror is internal/reading (Check, Digest, PeriodOf).
library ReadingRules {
    /// @notice Why a reading was not accepted. Mirrored by internal/reading.Reason (same order).
    enum Reason {
        None,
        UnknownMeter,
        InactiveMeter,
        BadSignature,
        ReplayedSeq,
        StaleTimestamp,
        FutureTimestamp,
        RegisterRollback,
        ImplausibleRate,
        MalformedRecord
    }

    bytes32 internal constant READING_TYPEHASH = keccak256(
        "Reading(uint64 meterId,uint64 seq,uint64 timestamp,uint64 importWh,uint64 exportWh,bytes32 detailHash)"
    );
    /// @notice How far a reading's timestamp may run ahead of the judging time (meter clock skew).
    uint64 internal constant MAX_FUTURE_SKEW = 300;
    /// @notice Bytes of a P-256 signature: r, s, then the public key x, y.
    uint256 internal constant P256_SIGNATURE_SIZE = 128;
    /// @dev Half the order of P-256: a signature with s above it is the malleable twin of one below.
    uint256 internal constant P256_HALF_N = 0x7fffffff800000007fffffffffffffffde737d56d38bcf4279dce5617e3192a8;
    /// @dev The order of P-256.
    uint256 internal constant P256_N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551;

    /// @dev The rules after the signature, in the order of the Reason enum, for a reading of a meter
    /// whose key signed it (maxPowerW 0: deactivated) after its last accepted reading (all zero
    /// before the first). Seq and timestamp must fit 32 bits (ReadingLedger stores them so).
    /// `latest` is the judging time plus MAX_FUTURE_SKEW. Mirrored by internal/reading.Check.
    function check(
        uint32 maxPowerW,
        uint64 lastSeq,
        uint64 lastTimestamp,
        uint64 lastImportWh,
        uint64 lastExportWh,
        uint64 seq,
        uint64 timestamp,
        uint64 importWh,
        uint64 exportWh,
        uint256 latest
    ) internal pure returns (Reason) {
        if (maxPowerW == 0) return Reason.InactiveMeter;
        if (seq <= lastSeq || seq > type(uint32).max) return Reason.ReplayedSeq;
        if (timestamp <= lastTimestamp) return Reason.StaleTimestamp;
        if (timestamp > latest || timestamp > type(uint32).max) return Reason.FutureTimestamp;
        if (importWh < lastImportWh || exportWh < lastExportWh) return Reason.RegisterRollback;
        if (lastTimestamp != 0) {
            // Energy (Wh) over the interval may not exceed max power (W) times its length (h).
            // Unchecked: the registers and timestamp only grew (checked above) and fit in 64 bits.
            unchecked {
                uint256 energyWh = uint256(importWh - lastImportWh) + uint256(exportWh - lastExportWh);
                if (energyWh * 3600 > uint256(maxPowerW) * (timestamp - lastTimestamp)) return Reason.ImplausibleRate;
            }
        }
        return Reason.None;
    }

    /// @dev The signature did not recover to the key the meter signs with (`signer`, zero for an
    /// unknown meter): say why.
    function whyNotSigner(address signer, bool active) internal pure returns (Reason) {
        if (signer == address(0)) return Reason.UnknownMeter;
        if (!active) return Reason.InactiveMeter;
        return Reason.BadSignature;
    }

    /// @dev The latest timestamp a reading judged at `time` may carry (no overflow: times are ~2^31).
    function latestAllowed(uint256 time) internal pure returns (uint256) {
        unchecked {
            return time + MAX_FUTURE_SKEW;
        }
    }

    /// @dev The key that signed `hash` with a `submit`-form signature: 65 bytes r ‖ s ‖ v
    /// (secp256k1, high s refused) or P256_SIGNATURE_SIZE bytes r ‖ s ‖ x ‖ y (P-256, high s
    /// refused); zero for any other length or a failed signature.
    function signerOf(bytes32 hash, bytes calldata sig) internal view returns (address signer) {
        if (sig.length == P256_SIGNATURE_SIZE) {
            return verifyP256(hash, bytes32(sig[0:32]), bytes32(sig[32:64]), bytes32(sig[64:96]), bytes32(sig[96:128]));
        }
        (signer,,) = ECDSA.tryRecoverCalldata(hash, sig);
    }

    /// @dev The name of P-256 key (x, y) if (r, s) is its low-s signature of `hash`, else zero (the
    /// reading is then rejected like an unrecoverable secp256k1 one). High s is refused here: the
    /// precompile itself accepts it. The precompile checks r and s in [1, n) and the key on the
    /// curve, and answers 32 bytes of 1 only for a valid signature (nothing otherwise, and
    /// nothing on a chain without it). Not OpenZeppelin's P256.verifyNative: it re-checks the
    /// key on every reading and probes the precompile again after each failure, ~500 gas a
    /// reading the ledger's hot path cannot spare.
    function verifyP256(bytes32 hash, bytes32 r, bytes32 s, bytes32 x, bytes32 y) internal view returns (address) {
        if (uint256(s) > P256_HALF_N) return address(0);
        bool valid;
        // Lint: gas: hot path of every P-256 reading; scratch space and memory past the free pointer only.
        // solhint-disable-next-line no-inline-assembly
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, hash)
            mstore(add(m, 0x20), r)
            mstore(add(m, 0x40), s)
            mstore(add(m, 0x60), x)
            mstore(add(m, 0x80), y)
            mstore(0x00, 0)
            let ok := staticcall(gas(), 0x100, m, 0xa0, 0x00, 0x20)
            valid := and(ok, eq(mload(0x00), 1))
        }
        return valid ? SigningKey.p256Id(x, y) : address(0);
    }

    /// @dev The EIP-712 digest of a reading under `domain` (computed once per batch).
    function digest(
        bytes32 domain,
        uint64 meterId,
        uint64 seq,
        uint64 ts,
        uint64 importWh,
        uint64 exportWh,
        bytes32 detailHash
    ) internal pure returns (bytes32) {
        bytes32 structHash;
        bytes32 typeHash = READING_TYPEHASH;
        // Hash in scratch memory past the free pointer: no allocation per reading in a batch.
        // Lint: gas: hot path of every batched reading; memory-safe, covered by the Go-vs-Solidity property tests.
        // solhint-disable-next-line no-inline-assembly
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, typeHash)
            mstore(add(m, 0x20), meterId)
            mstore(add(m, 0x40), seq)
            mstore(add(m, 0x60), ts)
            mstore(add(m, 0x80), importWh)
            mstore(add(m, 0xa0), exportWh)
            mstore(add(m, 0xc0), detailHash)
            structHash := keccak256(m, 0xe0)
        }
        return MessageHashUtils.toTypedDataHash(domain, structHash);
    }

    /// @dev The periods a meter's accepted reading at `timestamp` closes after its last one at
    /// `lastTimestamp` (not 0): `closed`, the last reading's period, and `gapEnd`, the last of the
    /// whole periods without readings between them; 0 for none. The close of `gapEnd` holds the new
    /// reading, marked estimated.
    function periodsClosed(uint64 lastTimestamp, uint64 timestamp) internal pure returns (uint32 closed, uint32 gapEnd) {
        uint32 lastPeriod = Calendar.periodOf(lastTimestamp);
        uint32 period = Calendar.periodOf(timestamp);
        if (lastPeriod == period) return (0, 0);
        uint32 end = Calendar.previous(period);
        return (lastPeriod, end != lastPeriod ? end : 0);
    }

    /// @dev The register on the line from (t0, v0) to (t1, v1) at time `boundary` (t0 <= boundary <= t1,
    /// v0 <= v1), rounded down.
    function interpolate(uint64 v0, uint256 t0, uint64 v1, uint256 t1, uint256 boundary) internal pure returns (uint64) {
        return uint64(v0 + uint256(v1 - v0) * (boundary - t0) / (t1 - t0));
    }
}
