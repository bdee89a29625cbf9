// Package billpay is paying a bill from a wallet, for the CLI (a keystore key: check the balance,
// sign an ERC-2612 permit, approve and pay in one transaction, BillingManager.payWithPermit) and
// for the portal (the approve and pay calls a browser wallet sends): how much may be paid, and
// the calldata that pays it.
package billpay

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// Token is the EIP-712 domain of an ERC-20 with permit: its name (ERC20Permit uses the token
// name), version "1", chain and address.
type Token struct {
	Name    string
	ChainID uint64
	Address common.Address
}

// Permit is the approval being signed.
type Permit struct {
	Owner    common.Address
	Spender  common.Address
	Value    *big.Int
	Nonce    *big.Int // the token's nonces(owner)
	Deadline *big.Int // unix seconds
}

// Signature is a permit signature split as permit() takes it.
type Signature struct {
	V    uint8
	R, S [32]byte
}

// Digest is the EIP-712 hash the owner signs.
func (t Token) Digest(p Permit) (common.Hash, error) {
	td := apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {
				{Name: "name", Type: "string"}, {Name: "version", Type: "string"},
				{Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"},
			},
			"Permit": {
				{Name: "owner", Type: "address"}, {Name: "spender", Type: "address"}, {Name: "value", Type: "uint256"},
				{Name: "nonce", Type: "uint256"}, {Name: "deadline", Type: "uint256"},
			},
		},
		PrimaryType: "Permit",
		Domain: apitypes.TypedDataDomain{
			Name: t.Name, Version: "1", ChainId: math.NewHexOrDecimal256(int64(t.ChainID)),
			VerifyingContract: t.Address.Hex(),
		},
		Message: apitypes.TypedDataMessage{
			"owner": p.Owner.Hex(), "spender": p.Spender.Hex(), "value": p.Value.String(),
			"nonce": p.Nonce.String(), "deadline": p.Deadline.String(),
		},
	}
	h, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		return common.Hash{}, fmt.Errorf("permit digest: %w", err)
	}
	return common.BytesToHash(h), nil
}

// Sign signs a permit with the owner's key.
func (t Token) Sign(key *ecdsa.PrivateKey, p Permit) (Signature, error) {
	if crypto.PubkeyToAddress(key.PublicKey) != p.Owner {
		return Signature{}, fmt.Errorf("permit owner %s is not the signing key's address", p.Owner)
	}
	d, err := t.Digest(p)
	if err != nil {
		return Signature{}, err
	}
	sig, err := crypto.Sign(d[:], key)
	if err != nil {
		return Signature{}, fmt.Errorf("sign permit: %w", err)
	}
	var s Signature
	copy(s.R[:], sig[:32])
	copy(s.S[:], sig[32:64])
	s.V = sig[64] + 27
	return s, nil
}
