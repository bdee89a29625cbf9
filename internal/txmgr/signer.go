package txmgr

import (
	"context"
	"crypto/ecdsa"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// Signer signs the manager's transactions. A key held in this process (KeySigner) is what the
// services use today; a remote signer (clef, a KMS, an HSM) fits behind the same two methods.
type Signer interface {
	Address() common.Address
	SignTx(ctx context.Context, tx *types.Transaction, chainID *big.Int) (*types.Transaction, error)
}

type keySigner struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

// KeySigner signs with key, held in memory (from a keystore file, or the devnet's raw key). A
// nil key gives a nil Signer, which New refuses.
func KeySigner(key *ecdsa.PrivateKey) Signer {
	if key == nil {
		return nil
	}
	return keySigner{key: key, addr: crypto.PubkeyToAddress(key.PublicKey)}
}

func (s keySigner) Address() common.Address { return s.addr }

func (s keySigner) SignTx(_ context.Context, tx *types.Transaction, chainID *big.Int) (*types.Transaction, error) {
	return types.SignTx(tx, types.LatestSignerForChainID(chainID), s.key)
}
