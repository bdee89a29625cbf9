package main

import (
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/bindings"
)

// TestRegistrarRotationWaitsForOwnerFromCLI: the registrar's `meter rotate` only proposes; the key
// stays until the owner's `meter confirm` (or the delay: `meter complete` refuses before it);
// `meter pending` shows the proposal, and `meter transfer` by the owner acts at once.
func TestRegistrarRotationWaitsForOwnerFromCLI(t *testing.T) {
	node, client, d, chain := devnetForCLI(t, false)
	registrar, owner, next := node.Accounts[1], node.Accounts[2], node.Accounts[3]
	const id = "352522401"
	key1, key2 := mustKey(t), mustKey(t)

	_, err := runCLI(t, append([]string{"meter", "register", "--id", id, "--owner", owner.Addr.Hex(), "--signer", key1.Hex(), "--dev-key", registrar.KeyHex()}, chain...)...)
	require.NoError(t, err)
	signer := func() common.Address {
		abi := bindings.NewMeterRegistry()
		a, err := bind.Call(abi.Instance(client, d.MeterRegistry), nil, abi.PackAuthOf(352522401), abi.UnpackAuthOf)
		require.NoError(t, err)
		return a.Signer
	}

	_, err = runCLI(t, append([]string{"meter", "rotate", "--id", id, "--signer", key2.Hex(), "--dev-key", registrar.KeyHex()}, chain...)...)
	require.NoError(t, err)
	require.Equal(t, key1, signer(), "a registrar's rotation is only a proposal")
	out, err := runCLI(t, append([]string{"meter", "pending", "--id", id}, chain...)...)
	require.NoError(t, err)
	require.Contains(t, out, "new signing key "+key2.Hex())
	_, err = runCLI(t, append([]string{"meter", "complete", "--id", id, "--dev-key", registrar.KeyHex()}, chain...)...)
	require.ErrorContains(t, err, "no change due yet")
	_, err = runCLI(t, append([]string{"meter", "confirm", "--id", id, "--dev-key", registrar.KeyHex()}, chain...)...)
	require.Error(t, err, "only the owner confirms")
	require.Equal(t, key1, signer())

	_, err = runCLI(t, append([]string{"meter", "confirm", "--id", id, "--dev-key", owner.KeyHex()}, chain...)...)
	require.NoError(t, err)
	require.Equal(t, key2, signer(), "the owner's confirmation applies the rotation at once")
	out, err = runCLI(t, append([]string{"meter", "pending", "--id", id}, chain...)...)
	require.NoError(t, err)
	require.Contains(t, out, "no pending change")

	_, err = runCLI(t, append([]string{"meter", "transfer", "--id", id, "--to", next.Addr.Hex(), "--dev-key", owner.KeyHex()}, chain...)...)
	require.NoError(t, err)
	abi := bindings.NewMeterRegistry()
	acc, err := bind.Call(abi.Instance(client, d.MeterRegistry), nil, abi.PackAccountOf(352522401), abi.UnpackAccountOf)
	require.NoError(t, err)
	require.Equal(t, next.Addr, acc.Owner, "the owner hands its meter over at once")
}

func mustKey(t *testing.T) common.Address {
	k, err := crypto.GenerateKey()
	require.NoError(t, err)
	return crypto.PubkeyToAddress(k.PublicKey)
}
