package reading

import (
	"bytes"
	"encoding/json"
	"math/big"
	"strconv"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// detailArgs is the Solidity tuple Detail.Encode claims to match, built with go-ethereum's ABI
// encoder: an independent implementation to compare against.
var detailArgs = func() abi.Arguments {
	u32, _ := abi.NewType("uint32", "", nil)
	i32, _ := abi.NewType("int32", "", nil)
	return abi.Arguments{{Type: u32}, {Type: u32}, {Type: i32}, {Type: u32}, {Type: i32}, {Type: i32}}
}()

func checkDetail(t *testing.T, d Detail) {
	t.Helper()
	enc := d.Encode()
	want, err := detailArgs.Pack(d.VoltageMV, d.CurrentMA, d.TemperatureMC, d.HumidityBP, d.LatitudeE7, d.LongitudeE7)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(enc, want) {
		t.Fatalf("Encode(%+v) = %x, abi.encode = %x", d, enc, want)
	}
	if d.Hash() != crypto.Keccak256Hash(want) {
		t.Fatalf("Hash(%+v) is not keccak256(abi.encode(...))", d)
	}
	vals, err := detailArgs.Unpack(enc)
	if err != nil {
		t.Fatalf("abi decode of Encode(%+v): %v", d, err)
	}
	back := Detail{vals[0].(uint32), vals[1].(uint32), vals[2].(int32), vals[3].(uint32), vals[4].(int32), vals[5].(int32)}
	if back != d {
		t.Fatalf("decode(Encode(%+v)) = %+v", d, back)
	}
}

// FuzzDetailJSON decodes detail records as the oracle receives them (JSON inside the envelope).
// Whatever decodes must encode canonically (abi.encode, checked by go-ethereum's ABI packer),
// decode back to itself, and survive a JSON round trip with the same hash.
func FuzzDetailJSON(f *testing.F) {
	f.Add([]byte(`{"voltage_mv":230100,"current_ma":4200,"temperature_mc":21500,"humidity_bp":4550,"lat_e7":374217636,"lon_e7":-1220846140}`))
	f.Add([]byte(`{"temperature_mc":-2147483648,"lat_e7":2147483647,"voltage_mv":4294967295}`))
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"voltage_mv":-1}`))
	f.Add([]byte(`{"humidity_bp":1.5}`))
	f.Add([]byte(`{"lon_e7":"1"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var d Detail
		if err := json.Unmarshal(data, &d); err != nil {
			return
		}
		checkDetail(t, d)
		again, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		var d2 Detail
		if err := json.Unmarshal(again, &d2); err != nil || d2 != d || d2.Hash() != d.Hash() {
			t.Fatalf("JSON round trip of %+v gave %+v (%v)", d, d2, err)
		}
	})
}

// FuzzDetailEncode checks the canonical encoding over the whole value range of every field,
// negative values included (two's complement words, as the EVM sign-extends int32).
func FuzzDetailEncode(f *testing.F) {
	f.Add(uint32(230100), uint32(4200), int32(21500), uint32(4550), int32(374217636), int32(-1220846140))
	f.Add(uint32(0), uint32(0), int32(-1), uint32(0), int32(-2147483648), int32(2147483647))
	f.Add(uint32(4294967295), uint32(4294967295), int32(0), uint32(4294967295), int32(0), int32(0))
	f.Fuzz(func(t *testing.T, v, c uint32, temp int32, h uint32, lat, lon int32) {
		checkDetail(t, Detail{v, c, temp, h, lat, lon})
	})
}

// typedDigest computes the EIP-712 digest with go-ethereum's signer (apitypes), the code path
// wallets use for eth_signTypedData_v4: an independent implementation of Domain.Digest.
func typedDigest(d Domain, r Reading) (common.Hash, error) {
	u := func(v uint64) string { return strconv.FormatUint(v, 10) }
	td := apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {{Name: "name", Type: "string"}, {Name: "version", Type: "string"},
				{Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"}},
			"Reading": {{Name: "meterId", Type: "uint64"}, {Name: "seq", Type: "uint64"}, {Name: "timestamp", Type: "uint64"},
				{Name: "importWh", Type: "uint64"}, {Name: "exportWh", Type: "uint64"}, {Name: "detailHash", Type: "bytes32"}},
		},
		PrimaryType: "Reading",
		Domain: apitypes.TypedDataDomain{Name: "meterchain", Version: "1",
			ChainId: (*math.HexOrDecimal256)(new(big.Int).SetUint64(d.ChainID)), VerifyingContract: d.Ledger.Hex()},
		Message: apitypes.TypedDataMessage{"meterId": u(r.MeterID), "seq": u(r.Seq), "timestamp": u(r.Timestamp),
			"importWh": u(r.ImportWh), "exportWh": u(r.ExportWh), "detailHash": r.DetailHash.Hex()},
	}
	h, _, err := apitypes.TypedDataAndHash(td)
	return common.BytesToHash(h), err
}

// FuzzDigest: Domain.Digest equals go-ethereum's EIP-712 implementation on arbitrary readings and
// domains; a signature over it recovers to the signer, and its malleable high-s twin is refused.
func FuzzDigest(f *testing.F) {
	f.Add(uint64(352522395), uint64(1), uint64(1767225600), uint64(1234), uint64(0), []byte{1, 2, 3}, uint64(1337), []byte{0xaa, 0xbb})
	f.Add(uint64(0), uint64(0), uint64(0), uint64(0), uint64(0), []byte{}, uint64(0), []byte{})
	f.Add(^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0), bytes.Repeat([]byte{0xff}, 32), ^uint64(0), bytes.Repeat([]byte{0xff}, 20))
	key, _ := crypto.ToECDSA(crypto.Keccak256([]byte("meterchain fuzz meter key")))
	signer := crypto.PubkeyToAddress(key.PublicKey)
	n := crypto.S256().Params().N
	f.Fuzz(func(t *testing.T, id, seq, ts, imp, exp uint64, detail []byte, chainID uint64, ledger []byte) {
		d := Domain{ChainID: chainID, Ledger: common.BytesToAddress(ledger)}
		r := Reading{MeterID: id, Seq: seq, Timestamp: ts, ImportWh: imp, ExportWh: exp, DetailHash: common.BytesToHash(detail)}
		want, err := typedDigest(d, r)
		if err != nil {
			t.Fatalf("apitypes: %v", err)
		}
		if got := d.Digest(r); got != want {
			t.Fatalf("Digest(%+v, %+v) = %s, go-ethereum EIP-712 = %s", d, r, got, want)
		}
		sig, err := Sign(key, d, r)
		if err != nil {
			t.Fatal(err)
		}
		if a, err := Recover(d, r, sig); err != nil || a != signer {
			t.Fatalf("Recover = %s, %v; want %s", a, err, signer)
		}
		high := sig
		s := new(big.Int).Sub(n, new(big.Int).SetBytes(sig[32:64]))
		copy(high[32:64], common.LeftPadBytes(s.Bytes(), 32))
		high[64] ^= 1 // 27 <-> 28: the same point with the other parity
		if _, err := Recover(d, r, high); err == nil {
			t.Fatal("the high-s twin of a valid signature was accepted")
		}
	})
}
