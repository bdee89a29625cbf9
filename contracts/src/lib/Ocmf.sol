// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @title Ocmf
/// @notice Reads the payload of an OCMF signed meter record (SAFE-eV Open Charge Metering Format) by
/// the rules of docs/ocmf.md: which meter (MS, GI, GS), which reading (PG), and the import and
/// export registers with their time (RD). The Go mirror is internal/ocmf.Decode;
/// TestOcmfDecoderMatchesGo holds the two to the same answers.
/// @dev One forward scan over calldata. A byte past the payload reads as 0, which no rule accepts,
/// so running off the end fails wherever it happens. Failure travels back as BAD in place of the
/// next offset (never an offset: payloads are far shorter).
library Ocmf {
    struct Record {
        bytes32 identity;
        uint64 seq;
        uint64 timestamp;
        uint64 importWh;
        uint64 exportWh;
        bool hasImport;
        bool hasExport;
    }

    /// @dev What an RD entry carries to the next (absent fields keep the previous entry's value)
    /// and the reading found so far.
    struct Scan {
        uint256 register; // RI: 0 none, 1 import (1.8.0), 2 export (2.8.0)
        uint256 unit; // RU: 0 not energy, 1 kWh, 2 Wh
        bool good; // ST is G
        bool flagged; // EF contains E
        bool voided; // an entry with TX X was seen: nothing after is usable
        bool found;
        uint64 lastTs;
        uint256 entries;
    }

    uint256 private constant BAD = 0x100000000000000000000000000000000; // 2^128
    uint256 private constant MAX_DEPTH = 8;
    uint256 private constant MAX_ENTRIES = 16;
    uint256 private constant MAX64 = type(uint64).max;
    /// @dev Bit c set for the bytes c of a number or literal, [0-9A-Za-z+-.], and of whitespace.
    uint256 private constant SCALAR = 0x7fffffe07fffffe03ff680000000000;
    uint256 private constant SPACE = 0x100002600;
    // Keys, as the two bytes of a two-letter key.
    uint256 private constant K_MS = 0x4d53;
    uint256 private constant K_GI = 0x4749;
    uint256 private constant K_GS = 0x4753;
    uint256 private constant K_PG = 0x5047;
    uint256 private constant K_RD = 0x5244;
    uint256 private constant K_TM = 0x544d;
    uint256 private constant K_TX = 0x5458;
    uint256 private constant K_RV = 0x5256;
    uint256 private constant K_RI = 0x5249;
    uint256 private constant K_RU = 0x5255;
    uint256 private constant K_ST = 0x5354;
    uint256 private constant K_EF = 0x4546;
    /// @dev Bit c set for the first letters c of the keys read: M G P R at the top, T R S E in RD.
    uint256 private constant TOP_FIRST = 0x520800000000000000000;
    uint256 private constant ENTRY_FIRST = 0x1c00200000000000000000;

    /// @notice The reading a payload reports; ok false if it breaks a rule (MalformedRecord).
    function decode(bytes calldata b) internal pure returns (bool ok, Record memory r) {
        uint256 p = _ws(b, 0);
        if (_at(b, p) != 0x7b) return (false, r); // {
        uint256[8] memory spans; // MS, GI, GS, PG: start, end (end 0 = absent)
        Scan memory s;
        uint256 seen; // bit per key read: a second occurrence is malformed
        p = _ws(b, p + 1);
        if (_at(b, p) != 0x7d) {
            while (true) {
                (uint256 k, uint256 q) = _keyColon(b, p);
                if (q == BAD) return (false, r);
                uint256 slot = _topSlot(k);
                if (slot != 0) {
                    if (seen & (1 << slot) != 0) return (false, r);
                    seen |= 1 << slot;
                }
                if (slot == 0) {
                    q = _skip(b, q, 2);
                } else if (slot == 5) {
                    q = _rd(b, q, s, r);
                } else {
                    uint256 vs;
                    uint256 ve;
                    (vs, ve, q) = _str(b, q);
                    spans[2 * slot - 2] = vs;
                    spans[2 * slot - 1] = ve;
                }
                if (q == BAD) return (false, r);
                uint256 c;
                (c, p) = _next(b, q);
                if (c == 0x7d) break; // }
                if (c != 0x2c) return (false, r); // ,
            }
        }
        if (_ws(b, p + 1) != b.length) return (false, r);
        // MS required; PG required and well-formed; a usable register.
        if (seen & (1 << 1) == 0 || seen & (1 << 4) == 0 || !s.found) return (false, r);
        uint256 seq = _pg(b, spans[6], spans[7]);
        if (seq == 0) return (false, r);
        r.seq = uint64(seq);
        r.timestamp = s.lastTs;
        r.identity = keccak256(
            abi.encodePacked(b[spans[2]:spans[3]], bytes1(0), b[spans[4]:spans[5]], bytes1(0), b[spans[0]:spans[1]])
        );
        return (true, r);
    }

    /// @dev 1 MS, 2 GI, 3 GS, 4 PG, 5 RD, 0 a key not read.
    function _topSlot(uint256 k) private pure returns (uint256) {
        if ((TOP_FIRST >> (k >> 8)) & 1 == 0) return 0; // most keys: first letter none of M G P R
        if (k == K_MS) return 1;
        if (k == K_GI) return 2;
        if (k == K_GS) return 3;
        if (k == K_PG) return 4;
        if (k == K_RD) return 5;
        return 0;
    }

    /// @dev The RD array at p: 1 … 16 entry objects.
    function _rd(bytes calldata b, uint256 p, Scan memory s, Record memory r) private pure returns (uint256 next) {
        if (_at(b, p) != 0x5b) return BAD; // [
        p = _ws(b, p + 1);
        while (true) {
            if (_at(b, p) != 0x7b || s.entries == MAX_ENTRIES) return BAD; // { (an empty RD fails here too)
            ++s.entries;
            p = _entry(b, p, s, r);
            if (p == BAD) return BAD;
            uint256 c;
            (c, p) = _next(b, p);
            if (c == 0x5d) return p + 1; // ]
            if (c != 0x2c) return BAD;
        }
    }

    /// @dev One RD entry (its { at p): read its fields, then apply the usability rules.
    function _entry(bytes calldata b, uint256 p, Scan memory s, Record memory r) private pure returns (uint256) {
        uint256 seen;
        uint256 ts; // 0 absent, else UTC + 1
        uint256 intWh = BAD; // RV as Wh and as kWh in Wh; BAD: no RV
        uint256 kWh;
        p = _ws(b, p + 1);
        if (_at(b, p) == 0x7d) return BAD; // {} has no TM
        while (true) {
            (uint256 k, uint256 q) = _keyColon(b, p);
            if (q == BAD) return BAD;
            uint256 bit = _entryBit(k);
            if (bit != 0) {
                if (seen & bit != 0) return BAD;
                seen |= bit;
            }
            if (bit == 0) {
                q = _skip(b, q, 4);
            } else if (k == K_RV) {
                (intWh, kWh, q) = _rv(b, q);
            } else {
                (uint256 vs, uint256 ve, uint256 q1) = _str(b, q);
                if (q1 == BAD) return BAD;
                q = q1;
                if (k == K_TM) {
                    ts = _tm(b, vs, ve);
                    if (ts == 0) return BAD;
                } else if (k == K_TX) {
                    if (ve - vs == 1 && _at(b, vs) == 0x58) s.voided = true; // X
                } else if (k == K_RI) {
                    s.register = _obis(b, vs, ve);
                } else if (k == K_RU) {
                    s.unit = _unit(b, vs, ve);
                } else if (k == K_ST) {
                    s.good = ve - vs == 1 && _at(b, vs) == 0x47; // G
                } else {
                    s.flagged = _hasE(b, vs, ve);
                }
            }
            if (q == BAD) return BAD;
            uint256 c;
            (c, p) = _next(b, q);
            if (c == 0x7d) break;
            if (c != 0x2c) return BAD;
        }
        if (ts == 0) return BAD;
        if (intWh == BAD || s.unit == 0 || s.register == 0 || !s.good || s.flagged || s.voided) return p + 1;
        uint256 wh = s.unit == 1 ? kWh : intWh;
        --ts;
        if (wh > MAX64 || ts < s.lastTs) return BAD;
        s.lastTs = uint64(ts);
        s.found = true;
        if (s.register == 1) {
            r.importWh = uint64(wh);
            r.hasImport = true;
        } else {
            r.exportWh = uint64(wh);
            r.hasExport = true;
        }
        return p + 1;
    }

    function _entryBit(uint256 k) private pure returns (uint256) {
        if ((ENTRY_FIRST >> (k >> 8)) & 1 == 0) return 0; // first letter none of T R S E
        if (k == K_TM) return 1;
        if (k == K_TX) return 2;
        if (k == K_RV) return 4;
        if (k == K_RI) return 8;
        if (k == K_RU) return 16;
        if (k == K_ST) return 32;
        if (k == K_EF) return 64;
        return 0;
    }

    /// @dev RV at p: a number digits[.digits] or a string holding one padded with spaces. Returns
    /// the value as Wh (integer part) and as kWh converted to Wh (three decimals), each saturating
    /// above 2^64 - 1, and the offset after it.
    function _rv(bytes calldata b, uint256 p) private pure returns (uint256 intWh, uint256 kWh, uint256 next) {
        uint256 i;
        uint256 end;
        if (_at(b, p) == 0x22) {
            (i, end, next) = _str(b, p);
            if (next == BAD) return (0, 0, BAD);
            while (i < end && _at(b, i) == 0x20) ++i;
            while (end > i && _at(b, end - 1) == 0x20) --end;
        } else {
            i = p;
            end = _scalarEnd(b, p);
            if (end == p) return (0, 0, BAD);
            next = end;
        }
        // Lint: gas: every RD entry's value; reads within b only (i < end <= length).
        // solhint-disable-next-line no-inline-assembly
        assembly ("memory-safe") {
            let off := b.offset
            let start := i
            let max64 := 0xffffffffffffffff
            for {} lt(i, end) { i := add(i, 1) } {
                let c := sub(byte(0, calldataload(add(off, i))), 0x30)
                if gt(c, 9) { break } // not a digit (wraps below 0x30)
                if iszero(gt(intWh, max64)) { intWh := add(mul(intWh, 10), c) }
            }
            if eq(i, start) { next := BAD }
            kWh := mul(intWh, 1000)
            if lt(i, end) {
                if or(iszero(eq(byte(0, calldataload(add(off, i))), 0x2e)), eq(add(i, 1), end)) { next := BAD }
                let scale := 100
                for { i := add(i, 1) } lt(i, end) { i := add(i, 1) } {
                    let c := sub(byte(0, calldataload(add(off, i))), 0x30)
                    if gt(c, 9) {
                        next := BAD
                        break
                    }
                    kWh := add(kWh, mul(c, scale))
                    scale := div(scale, 10)
                }
            }
        }
        if (next == BAD) return (0, 0, BAD);
    }

    /// @dev RU: 1 kWh, 2 Wh, 0 anything else.
    function _unit(bytes calldata b, uint256 s, uint256 e) private pure returns (uint256) {
        uint256 w = _word(b, s);
        if (e - s == 3 && w >> 232 == 0x6b5768) return 1; // kWh
        if (e - s == 2 && w >> 240 == 0x5768) return 2; // Wh
        return 0;
    }

    function _hasE(bytes calldata b, uint256 s, uint256 e) private pure returns (bool) {
        for (uint256 i = s; i < e; ++i) {
            if (_at(b, i) == 0x45) return true;
        }
        return false;
    }

    /// @dev RI as OBIS [A-B:]C.D.E[.F|*F] (A, B, F: 1–3 letters or digits; C, D, E: 1–3 digits): 1
    /// for 1.8.0, 2 for 2.8.0, 0 otherwise.
    function _obis(bytes calldata b, uint256 s, uint256 e) private pure returns (uint256 register) {
        // Lint: gas: every RD entry's RI; reads within b only (< e <= length).
        // solhint-disable-next-line no-inline-assembly
        assembly ("memory-safe") {
            let off := b.offset
            // The end of a run of 1–3 bytes of class (a bit per byte value) at i before e; 0 if none.
            // A longer run fails at the separator that must follow.
            function run(o, i, end, class) -> j {
                j := i
                for {} and(lt(j, end), lt(sub(j, i), 3)) { j := add(j, 1) } {
                    if iszero(and(shr(byte(0, calldataload(add(o, j))), class), 1)) { break }
                }
                if eq(j, i) { j := 0 }
            }
            function at(o, i) -> c {
                c := byte(0, calldataload(add(o, i)))
            }
            let digits := 0x3ff000000000000
            let alnum := 0x7fffffe07fffffe03ff000000000000
            let i := s
            let ok := 1
            let a := run(off, s, e, alnum)
            if and(and(iszero(iszero(a)), lt(a, e)), eq(at(off, a), 0x2d)) {
                // A-B:
                let bEnd := run(off, add(a, 1), e, alnum)
                switch and(and(iszero(iszero(bEnd)), lt(bEnd, e)), eq(at(off, bEnd), 0x3a))
                case 0 { ok := 0 }
                default { i := add(bEnd, 1) }
            }
            let cde := 0
            for { let k := 0 } and(ok, lt(k, 3)) { k := add(k, 1) } {
                if k {
                    switch and(lt(i, e), eq(at(off, i), 0x2e))
                    case 0 { ok := 0 }
                    default { i := add(i, 1) }
                }
                let j := 0
                if ok { j := run(off, i, e, digits) }
                if iszero(j) { ok := 0 }
                let v := 0
                for {} and(ok, lt(i, j)) { i := add(i, 1) } { v := add(mul(v, 10), sub(at(off, i), 0x30)) }
                cde := or(shl(16, cde), v)
            }
            if and(ok, lt(i, e)) {
                let c := at(off, i)
                if iszero(or(eq(c, 0x2e), eq(c, 0x2a))) { ok := 0 } // . *
                if iszero(eq(run(off, add(i, 1), e, alnum), e)) { ok := 0 }
            }
            if ok {
                if eq(cde, 0x100080000) { register := 1 } // 1.8.0
                if eq(cde, 0x200080000) { register := 2 } // 2.8.0
            }
        }
    }

    /// @dev PG: T or F and a counter 1 … 2^32 - 1 without leading zeros; 0 if not.
    function _pg(bytes calldata b, uint256 s, uint256 e) private pure returns (uint256 v) {
        uint256 n = e - s;
        uint256 ctx = _at(b, s);
        if (n < 2 || n > 11 || (ctx != 0x54 && ctx != 0x46) || _at(b, s + 1) == 0x30) return 0;
        for (uint256 i = s + 1; i < e; ++i) {
            uint256 c = _at(b, i);
            if (c < 0x30 || c > 0x39) return 0;
            v = v * 10 + (c - 0x30);
        }
        if (v > type(uint32).max) return 0;
    }

    /// @dev TM YYYY-MM-DDThh:mm:ss,fff±hhmm S as UTC Unix seconds plus one; 0 if malformed.
    function _tm(bytes calldata b, uint256 s, uint256 e) private pure returns (uint256 t) {
        if (e - s != 30) return 0;
        uint256 w = _word(b, s); // the 30 bytes, left-aligned
        // Lint: gas: every RD entry's time; pure arithmetic on one word.
        // solhint-disable-next-line no-inline-assembly
        assembly ("memory-safe") {
            // The two-digit number at byte i of d (digits already minus 0x30).
            function two(d, i) -> v {
                v := add(mul(byte(i, d), 10), byte(add(i, 1), d))
            }
            // The fixed separators - - T : : and the space before the status letter.
            let ok := eq(
                and(w, 0x00000000ff0000ff0000ff0000ff0000ff0000000000000000000000ff000000),
                0x000000002d00002d00005400003a00003a000000000000000000000020000000
            )
            let frac := byte(19, w)
            let sign := byte(23, w)
            let status := byte(29, w)
            ok := and(ok, or(eq(frac, 0x2c), eq(frac, 0x2e))) // , .
            ok := and(ok, or(eq(sign, 0x2b), eq(sign, 0x2d))) // + -
            ok := and(ok, or(or(eq(status, 0x55), eq(status, 0x49)), or(eq(status, 0x53), eq(status, 0x52)))) // U I S R
            // Every other byte of the 30 is a digit: minus 0x30 (xor, for a byte 0x30..0x3f), no
            // bit above the low nibble, and a nibble of at most 9 (adding 6 carries into bit 4 from
            // 10 up).
            let d := xor(
                and(w, 0xffffffff00ffff00ffff00ffff00ffff00ffff00ffffff00ffffffff00000000),
                0x3030303000303000303000303000303000303000303030003030303000000000
            )
            ok := and(ok, iszero(and(d, 0xf0f0f0f000f0f000f0f000f0f000f0f000f0f000f0f0f000f0f0f0f000000000)))
            ok := and(
                ok,
                iszero(
                    and(
                        add(d, 0x0606060600060600060600060600060600060600060606000606060600000000),
                        0x1010101000101000101000101000101000101000101010001010101000000000
                    )
                )
            )
            let year := add(mul(two(d, 0), 100), two(d, 2))
            let month := two(d, 5)
            let day := two(d, 8)
            let zh := two(d, 24)
            let zm := two(d, 26)
            let dim := 31
            if eq(month, 2) {
                dim := 28
                if and(iszero(mod(year, 4)), or(iszero(iszero(mod(year, 100))), iszero(mod(year, 400)))) { dim := 29 }
            }
            if or(or(eq(month, 4), eq(month, 6)), or(eq(month, 9), eq(month, 11))) { dim := 30 }
            ok := and(ok, and(iszero(lt(year, 1970)), iszero(gt(year, 2105))))
            ok := and(ok, and(and(iszero(iszero(month)), lt(month, 13)), and(iszero(iszero(day)), iszero(gt(day, dim)))))
            let secs := add(add(mul(two(d, 11), 3600), mul(two(d, 14), 60)), two(d, 17))
            ok := and(ok, and(and(lt(two(d, 11), 24), lt(two(d, 14), 60)), and(lt(two(d, 17), 60), and(lt(zh, 24), lt(zm, 60)))))
            if ok {
                // Days since 1970-01-01 (H. Hinnant's days_from_civil; no underflow from 1970 on).
                let y := year
                if lt(month, 3) { y := sub(y, 1) }
                let era := div(y, 400)
                let yoe := sub(y, mul(era, 400))
                let doy := add(div(add(mul(153, mod(add(month, 9), 12)), 2), 5), sub(day, 1))
                let sinceEpoch := sub(add(add(mul(era, 146097), mul(yoe, 365)), add(sub(div(yoe, 4), div(yoe, 100)), doy)), 719468)
                let local := add(mul(sinceEpoch, 86400), secs)
                let offset := add(mul(zh, 3600), mul(zm, 60))
                switch sign
                case 0x2d { t := add(add(local, offset), 1) }
                default { if iszero(lt(local, offset)) { t := add(sub(local, offset), 1) } }
            }
        }
    }

    // ---- structure ----

    /// @dev Steps over one value at p (after whitespace); depth is the depth it has if it is an
    /// object or array.
    function _skip(bytes calldata b, uint256 p, uint256 depth) private pure returns (uint256) {
        uint256 c = _at(b, p);
        if (c == 0x22) {
            (,, uint256 q) = _str(b, p);
            return q;
        }
        if (c == 0x7b || c == 0x5b) {
            if (depth > MAX_DEPTH) return BAD;
            uint256 closing = c + 2; // { -> }, [ -> ]
            p = _ws(b, p + 1);
            if (_at(b, p) == closing) return p + 1;
            while (true) {
                if (c == 0x7b) {
                    (, p) = _keyColon(b, p);
                    if (p == BAD) return BAD;
                }
                p = _skip(b, p, depth + 1);
                if (p == BAD) return BAD;
                uint256 d;
                (d, p) = _next(b, p);
                if (d == closing) return p + 1;
                if (d != 0x2c) return BAD;
            }
        }
        uint256 end = _scalarEnd(b, p);
        return end == p ? BAD : end;
    }

    /// @dev A member's key string at p and the ':' after it: the key as its two bytes (0 unless
    /// it is two bytes long) and the offset of the value, after whitespace (BAD if malformed).
    /// Keys are short: a byte loop beats the word scan of _str.
    function _keyColon(bytes calldata b, uint256 p) private pure returns (uint256 k, uint256 q) {
        q = BAD;
        // Lint: gas: runs for every member of the payload; reads within b only (< length).
        // solhint-disable-next-line no-inline-assembly
        assembly ("memory-safe") {
            let off := b.offset
            let len := b.length
            // The compact common case "XY":v in one word: two plain key bytes, no whitespace.
            if lt(add(p, 5), len) {
                let w := calldataload(add(off, p))
                if eq(
                    and(w, 0xff0000ffff000000000000000000000000000000000000000000000000000000),
                    0x220000223a000000000000000000000000000000000000000000000000000000
                ) {
                    let c1 := byte(1, w)
                    let c2 := byte(2, w)
                    let plain := and(
                        and(gt(c1, 0x1f), and(iszero(eq(c1, 0x22)), iszero(eq(c1, 0x5c)))),
                        and(gt(c2, 0x1f), and(iszero(eq(c2, 0x22)), iszero(eq(c2, 0x5c))))
                    )
                    if and(plain, iszero(and(shr(byte(5, w), SPACE), 1))) {
                        k := and(shr(232, w), 0xffff)
                        q := add(p, 5)
                    }
                }
            }
            if and(eq(q, BAD), and(lt(p, len), eq(byte(0, calldataload(add(off, p))), 0x22))) {
                let e := 0
                for { let i := add(p, 1) } lt(i, len) { i := add(i, 1) } {
                    let c := byte(0, calldataload(add(off, i)))
                    if eq(c, 0x22) {
                        e := i
                        break
                    }
                    if lt(c, 0x20) { break }
                    if eq(c, 0x5c) {
                        // A backslash takes the next byte, which may not be a control byte either.
                        i := add(i, 1)
                        if lt(i, len) { if lt(byte(0, calldataload(add(off, i))), 0x20) { break } }
                    }
                }
                if e {
                    if eq(sub(e, p), 3) { k := shr(240, calldataload(add(off, add(p, 1)))) }
                    let j := add(e, 1)
                    for {} lt(j, len) { j := add(j, 1) } {
                        if iszero(and(shr(byte(0, calldataload(add(off, j))), SPACE), 1)) { break }
                    }
                    if and(lt(j, len), eq(byte(0, calldataload(add(off, j))), 0x3a)) {
                        for { j := add(j, 1) } lt(j, len) { j := add(j, 1) } {
                            if iszero(and(shr(byte(0, calldataload(add(off, j))), SPACE), 1)) { break }
                        }
                        q := j
                    }
                }
            }
        }
    }

    /// @dev After a value at q: whitespace, then the byte c that follows (0 at the end), at p; for
    /// a ',' p is past it and the whitespace after it.
    function _next(bytes calldata b, uint256 q) private pure returns (uint256 c, uint256 p) {
        // Lint: gas: runs after every value of the payload; reads within b only (< length).
        // solhint-disable-next-line no-inline-assembly
        assembly ("memory-safe") {
            let off := b.offset
            let len := b.length
            for { p := q } lt(p, len) { p := add(p, 1) } {
                c := byte(0, calldataload(add(off, p)))
                if iszero(and(shr(c, SPACE), 1)) { break }
            }
            if iszero(lt(p, len)) { c := 0 }
            if eq(c, 0x2c) {
                for { p := add(p, 1) } lt(p, len) { p := add(p, 1) } {
                    if iszero(and(shr(byte(0, calldataload(add(off, p))), SPACE), 1)) { break }
                }
            }
        }
    }

    /// @dev The end of a run of [0-9A-Za-z+-.] at p.
    function _scalarEnd(bytes calldata b, uint256 p) private pure returns (uint256) {
        return _runOf(b, p, SCALAR);
    }

    /// @dev The end of the run at p of bytes c with bit c set in class.
    function _runOf(bytes calldata b, uint256 p, uint256 class) private pure returns (uint256 q) {
        // Lint: gas: a loop over payload bytes; reads within b only (q < length).
        // solhint-disable-next-line no-inline-assembly
        assembly ("memory-safe") {
            let off := b.offset
            let len := b.length
            for { q := p } lt(q, len) { q := add(q, 1) } {
                if iszero(and(shr(byte(0, calldataload(add(off, q))), class), 1)) { break }
            }
        }
    }

    /// @dev A string at p (no whitespace skipped): its raw content [start, end) and the offset after
    /// it; next BAD if there is none or it holds a control byte. Reads a word at a time: the bytes
    /// that end a run of plain string bytes (quote, backslash, control byte, the payload's end)
    /// are flagged in parallel and the first one is found by halving.
    function _str(bytes calldata b, uint256 p) private pure returns (uint256 start, uint256 end, uint256 next) {
        next = BAD;
        // Lint: gas: the loop over every string byte of the payload, most of it; reads within b
        // only (bytes past its end are flagged before any is looked at).
        // solhint-disable-next-line no-inline-assembly
        assembly ("memory-safe") {
            // 0x80 in each zero byte of x, exactly (no carry crosses a byte).
            function zeros(x) -> m {
                let l := 0x7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f
                m := not(or(or(add(and(x, l), l), x), l))
            }
            let off := b.offset
            let len := b.length
            let i := add(p, 1)
            // Not a string: i past the end, the loop never runs.
            if iszero(and(lt(p, len), eq(byte(0, calldataload(add(off, p))), 0x22))) { i := not(0) }
            for {} lt(i, len) {} {
                let w := calldataload(add(off, i))
                let flags := or(
                    or(
                        zeros(xor(w, 0x2222222222222222222222222222222222222222222222222222222222222222)),
                        zeros(xor(w, 0x5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c))
                    ),
                    zeros(and(w, 0xe0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0))
                )
                let avail := sub(len, i)
                if lt(avail, 32) {
                    flags := or(flags, and(shr(mul(8, avail), not(0)), 0x8080808080808080808080808080808080808080808080808080808080808080))
                }
                if iszero(flags) {
                    i := add(i, 32)
                    continue
                }
                // Most strings are short: look in the first four bytes before halving the rest.
                let k := 0
                switch iszero(shr(224, flags))
                case 0 {
                    if iszero(shr(240, flags)) {
                        k := 2
                        flags := shl(16, flags)
                    }
                    if iszero(shr(248, flags)) { k := add(k, 1) }
                }
                default {
                    k := 4
                    flags := shl(32, flags)
                    if iszero(shr(128, flags)) {
                        k := add(k, 16)
                        flags := shl(128, flags)
                    }
                    if iszero(shr(192, flags)) {
                        k := add(k, 8)
                        flags := shl(64, flags)
                    }
                    if iszero(shr(224, flags)) {
                        k := add(k, 4)
                        flags := shl(32, flags)
                    }
                    if iszero(shr(240, flags)) {
                        k := add(k, 2)
                        flags := shl(16, flags)
                    }
                    if iszero(shr(248, flags)) { k := add(k, 1) }
                }
                i := add(i, k)
                if iszero(lt(i, len)) { break }
                let c := byte(0, calldataload(add(off, i)))
                if eq(c, 0x22) {
                    start := add(p, 1)
                    end := i
                    next := add(i, 1)
                    break
                }
                if lt(c, 0x20) { break }
                // A backslash takes the next byte, which may not be a control byte either.
                i := add(i, 1)
                if iszero(lt(i, len)) { break }
                if lt(byte(0, calldataload(add(off, i))), 0x20) { break }
                i := add(i, 1)
            }
        }
    }

    function _ws(bytes calldata b, uint256 p) private pure returns (uint256) {
        return _runOf(b, p, SPACE);
    }

    /// @dev Byte p of b; 0 past its end.
    function _at(bytes calldata b, uint256 p) private pure returns (uint256 c) {
        // Lint: gas: every byte of the payload is read through here; reads within b only.
        // solhint-disable-next-line no-inline-assembly
        assembly ("memory-safe") {
            if lt(p, b.length) { c := byte(0, calldataload(add(b.offset, p))) }
        }
    }

    /// @dev The 32 bytes of b from s, left-aligned; bytes past its end read as 0.
    function _word(bytes calldata b, uint256 s) private pure returns (uint256 w) {
        // Lint: gas: one load for a whole key or field; bytes past the end are masked off.
        // solhint-disable-next-line no-inline-assembly
        assembly ("memory-safe") {
            if lt(s, b.length) {
                w := calldataload(add(b.offset, s))
                let avail := sub(b.length, s)
                if lt(avail, 32) { w := and(w, not(shr(mul(avail, 8), not(0)))) }
            }
        }
    }
}
