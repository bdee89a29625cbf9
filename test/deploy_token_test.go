package test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/bindings"
	"github.com/meterchain/meterchain/bindings/stabletoken"
	"github.com/meterchain/meterchain/bindings/testbindings"
	"github.com/meterchain/meterchain/deploy"
	"github.com/meterchain/meterchain/internal/chaintx"
	"github.com/meterchain/meterchain/test/harness"
)

// TestDeployWithExistingToken: `deploy --token ADDRESS` bills in that ERC-20 (no token deployed,
// the cent read from its decimals); a plain `deploy` deploys a StableToken whose faucet is
// closed, so no one can mint the money bills are paid in; only the devnet's token (deploy.Contracts)
// has the faucet open; an address that is no ERC-20 is a clear error.
func TestDeployWithExistingToken(t *testing.T) {
	e := harness.New(t, 1)
	roles := deploy.Roles{Registrars: []common.Address{e.Registrar.Addr}, Relayers: []common.Address{e.Relayer.Addr}}
	existing, _, err := chaintx.Deploy(e.Ctx, e.Client, e.Admin.Opts, testbindings.ReentrantTokenMetaData.Bin, nil)
	require.NoError(t, err)

	d, err := deploy.ContractsWith(e.Ctx, e.Client, e.Admin.Opts, harness.ChainID, deploy.Options{Roles: roles, Token: deploy.Token{Address: existing}})
	require.NoError(t, err)
	require.Equal(t, existing, d.StableToken)
	bm := bindings.NewBillingManager()
	billing := bm.Instance(e.Client, d.BillingManager)
	token, err := bind.Call(billing, nil, bm.PackToken(), bm.UnpackToken)
	require.NoError(t, err)
	require.Equal(t, existing, token, "bills are paid in the existing token")
	cent, err := bind.Call(billing, nil, bm.PackCent(), bm.UnpackCent)
	require.NoError(t, err)
	require.Equal(t, int64(10_000), cent.Int64(), "a cent of a 6-decimal token, read from it")

	st := stabletoken.NewStableToken()
	faucet := st.PackFaucet(e.Users[0].Addr, big.NewInt(1_000_000))
	d, err = deploy.ContractsWith(e.Ctx, e.Client, e.Admin.Opts, harness.ChainID, deploy.Options{Roles: roles, Token: deploy.Token{}})
	require.NoError(t, err)
	_, err = e.Send(e.Users[0], st.Instance(e.Client, d.StableToken), faucet)
	require.Equal(t, "FaucetClosed", harness.RevertName(err, &stabletoken.StableTokenMetaData), "no faucet off the devnet")
	e.MustSend(e.Admin, st.Instance(e.Client, d.StableToken), st.PackMint(e.Users[0].Addr, big.NewInt(1_000_000)))

	e.MustSend(e.Users[0], st.Instance(e.Client, e.Deployment.StableToken), faucet) // the devnet's token

	_, err = deploy.ContractsWith(e.Ctx, e.Client, e.Admin.Opts, harness.ChainID, deploy.Options{Roles: roles, Token: deploy.Token{Address: d.MeterRegistry}})
	require.ErrorContains(t, err, "is it an ERC-20")
}
