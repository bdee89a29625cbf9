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

    uint256 private constant BAD = 1 << 128;
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
                (uint256 ks, uint256 ke, uint256 q) = _str(b, p);
                if (q == BAD) return (false, r);
                q = _colon(b, q);
                if (q == BAD) return (false, r);
                uint256 slot = ke - ks == 2 ? _topSlot(_key(b, ks)) : 0;
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
                p = _ws(b, q);
                uint256 c = _at(b, p);
                if (c == 0x7d) break; // }
                if (c != 0x2c) return (false, r); // ,
                p = _ws(b, p + 1);
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
            p = _ws(b, p);
            uint256 c = _at(b, p);
            if (c == 0x5d) return p + 1; // ]
            if (c != 0x2c) return BAD;
            p = _ws(b, p + 1);
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
            uint256 q;
            uint256 k;
            {
                (uint256 ks, uint256 ke, uint256 q0) = _str(b, p);
                if (q0 == BAD) return BAD;
                q = _colon(b, q0);
                if (q == BAD) return BAD;
                k = ke - ks == 2 ? _key(b, ks) : 0;
            }
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
            p = _ws(b, q);
            uint256 c = _at(b, p);
            if (c == 0x7d) break;
            if (c != 0x2c) return BAD;
            p = _ws(b, p + 1);
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
        uint256 start = i;
        while (i < end) {
            uint256 c = _at(b, i);
            if (c < 0x30 || c > 0x39) break;
            if (intWh <= MAX64) intWh = intWh * 10 + (c - 0x30);
            ++i;
        }
        if (i == start) return (0, 0, BAD);
        kWh = intWh * 1000;
        if (i < end) {
            if (_at(b, i) != 0x2e || i + 1 == end) return (0, 0, BAD); // .
            ++i;
            uint256 scale = 100;
            while (i < end) {
                uint256 c = _at(b, i);
                if (c < 0x30 || c > 0x39) return (0, 0, BAD);
                kWh += (c - 0x30) * scale;
                scale /= 10;
                ++i;
            }
        }
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
    function _obis(bytes calldata b, uint256 s, uint256 e) private pure returns (uint256) {
        uint256 i = s;
        uint256 a = _run(b, s, e, false);
        if (a != 0 && a < e && _at(b, a) == 0x2d) {
            // A-
            uint256 bEnd = _run(b, a + 1, e, false);
            if (bEnd == 0 || bEnd >= e || _at(b, bEnd) != 0x3a) return 0; // :
            i = bEnd + 1;
        }
        uint256 cde;
        for (uint256 k; k < 3; ++k) {
            if (k > 0) {
                if (i >= e || _at(b, i) != 0x2e) return 0;
                ++i;
            }
            uint256 j = _run(b, i, e, true);
            if (j == 0) return 0;
            uint256 v;
            for (; i < j; ++i) {
                v = v * 10 + (_at(b, i) - 0x30);
            }
            cde = (cde << 16) | v;
        }
        if (i < e) {
            uint256 c = _at(b, i);
            if (c != 0x2e && c != 0x2a) return 0; // . *
            if (_run(b, i + 1, e, false) != e) return 0;
        }
        if (cde == (1 << 32) | (8 << 16)) return 1;
        if (cde == (2 << 32) | (8 << 16)) return 2;
        return 0;
    }

    /// @dev The end of a run of 1–3 digits (or letters and digits) at i before e; 0 if none.
    function _run(bytes calldata b, uint256 i, uint256 e, bool digitsOnly) private pure returns (uint256) {
        uint256 j = i;
        while (j < e && j - i < 3) {
            uint256 c = _at(b, j);
            bool digit = c >= 0x30 && c <= 0x39;
            if (!digit && (digitsOnly || !(c >= 0x41 && c <= 0x5a || c >= 0x61 && c <= 0x7a))) break;
            ++j;
        }
        return j == i ? 0 : j;
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
    function _tm(bytes calldata b, uint256 s, uint256 e) private pure returns (uint256) {
        if (e - s != 30) return 0;
        uint256 w = _word(b, s); // the 30 bytes, left-aligned
        // The fixed separators - - T : : and the space before the status letter.
        if (w & 0x00000000ff0000ff0000ff0000ff0000ff0000000000000000000000ff000000 != 0x000000002d00002d00005400003a00003a000000000000000000000020000000) {
            return 0;
        }
        uint256 frac = (w >> 96) & 0xff;
        uint256 sign = (w >> 64) & 0xff;
        uint256 status = (w >> 16) & 0xff;
        if (frac != 0x2c && frac != 0x2e) return 0;
        if (sign != 0x2b && sign != 0x2d) return 0;
        if (status != 0x55 && status != 0x49 && status != 0x53 && status != 0x52) return 0; // U I S R
        // Every other byte of the 30 is a digit: minus 0x30 (xor, for a byte 0x30..0x3f), no bit
        // above the low nibble, and a nibble of at most 9 (adding 6 carries into bit 4 from 10 up).
        uint256 d = (w & 0xffffffff00ffff00ffff00ffff00ffff00ffff00ffffff00ffffffff00000000)
            ^ 0x3030303000303000303000303000303000303000303030003030303000000000;
        if (d & 0xf0f0f0f000f0f000f0f000f0f000f0f000f0f000f0f0f000f0f0f0f000000000 != 0) return 0;
        if ((d + 0x0606060600060600060600060600060600060600060606000606060600000000) & 0x1010101000101000101000101000101000101000101010001010101000000000 != 0) {
            return 0;
        }
        uint256 year = _n(d, 0) * 1000 + _n(d, 1) * 100 + _n(d, 2) * 10 + _n(d, 3);
        uint256 month = _n(d, 5) * 10 + _n(d, 6);
        uint256 day = _n(d, 8) * 10 + _n(d, 9);
        uint256 secs = (_n(d, 11) * 10 + _n(d, 12)) * 3600;
        {
            uint256 mm = _n(d, 14) * 10 + _n(d, 15);
            uint256 ss = _n(d, 17) * 10 + _n(d, 18);
            if (secs > 23 * 3600 || mm > 59 || ss > 59) return 0;
            secs += mm * 60 + ss;
        }
        uint256 zh = _n(d, 24) * 10 + _n(d, 25);
        uint256 zm = _n(d, 26) * 10 + _n(d, 27);
        if (year < 1970 || year > 2105 || month < 1 || month > 12 || day < 1 || day > _daysIn(year, month)) return 0;
        if (zh > 23 || zm > 59) return 0;
        uint256 t = _days(year, month, day) * 86400 + secs;
        uint256 offset = zh * 3600 + zm * 60;
        if (sign == 0x2d) return t + offset + 1;
        if (t < offset) return 0;
        return t - offset + 1;
    }

    /// @dev Byte i of the 32-byte word d.
    function _n(uint256 d, uint256 i) private pure returns (uint256) {
        return (d >> (248 - 8 * i)) & 0xff;
    }

    function _daysIn(uint256 year, uint256 month) private pure returns (uint256) {
        if (month == 2) return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
        if (month == 4 || month == 6 || month == 9 || month == 11) return 30;
        return 31;
    }

    /// @dev Days since 1970-01-01 (H. Hinnant's days_from_civil; years 1970 … 2105 only).
    function _days(uint256 y, uint256 m, uint256 d) private pure returns (uint256) {
        if (m <= 2) --y;
        uint256 era = y / 400;
        uint256 yoe = y - era * 400;
        uint256 doy = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
        return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468;
    }

    // ---- structure ----

    /// @dev Steps over one value at p (after whitespace); depth is the depth it has if it is an
    /// object or array.
    function _skip(bytes calldata b, uint256 p, uint256 depth) private pure returns (uint256) {
        p = _ws(b, p);
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
                    (,, p) = _str(b, p);
                    if (p == BAD) return BAD;
                    p = _colon(b, p);
                    if (p == BAD) return BAD;
                }
                p = _skip(b, p, depth + 1);
                if (p == BAD) return BAD;
                p = _ws(b, p);
                uint256 d = _at(b, p);
                if (d == closing) return p + 1;
                if (d != 0x2c) return BAD;
                p = _ws(b, p + 1);
            }
        }
        uint256 end = _scalarEnd(b, p);
        return end == p ? BAD : end;
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
        if (_at(b, p) != 0x22) return (start, end, next);
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
                let k := 0
                if iszero(shr(128, flags)) {
                    k := 16
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

    /// @dev Whitespace, then ':'; the offset after it.
    function _colon(bytes calldata b, uint256 p) private pure returns (uint256) {
        p = _ws(b, p);
        return _at(b, p) == 0x3a ? _ws(b, p + 1) : BAD;
    }

    function _ws(bytes calldata b, uint256 p) private pure returns (uint256) {
        return _runOf(b, p, SPACE);
    }

    /// @dev The two bytes of a two-letter key starting at s.
    function _key(bytes calldata b, uint256 s) private pure returns (uint256) {
        return _word(b, s) >> 240;
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
