package billpay

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/meterchain/meterchain/bindings"
	stabletoken "github.com/meterchain/meterchain/bindings/stabletoken"
)

var (
	billingABI = bindings.NewBillingManager()
	tokenABI   = stabletoken.NewStableToken()
)

// Why an amount cannot be paid.
var (
	ErrPaid         = errors.New("the bill is already paid")
	ErrNotPositive  = errors.New("the amount must be above zero")
	ErrMoreThanOwed = errors.New("the amount is more than is owed")
)

// Amount is what a payment of a bill with `owed` outstanding pays: all of it when requested is
// nil, else requested, which must be above zero and at most what is owed (BillingManager refuses
// an overpayment; refusing it here gives the payer a clear message before signing anything).
func Amount(owed, requested *big.Int) (*big.Int, error) {
	switch {
	case owed.Sign() <= 0:
		return nil, ErrPaid
	case requested == nil:
		return new(big.Int).Set(owed), nil
	case requested.Sign() <= 0:
		return nil, ErrNotPositive
	case requested.Cmp(owed) > 0:
		return nil, ErrMoreThanOwed
	}
	return new(big.Int).Set(requested), nil
}

// Call is one transaction for a wallet to send.
type Call struct {
	To   common.Address
	Data []byte
}

// WalletCalls are what a browser wallet sends to pay amount of a bill: approve the billing
// contract for exactly that amount of the token, then pay.
func WalletCalls(token, billing common.Address, billID, amount *big.Int) (approve, pay Call) {
	return Call{To: token, Data: tokenABI.PackApprove(billing, amount)}, Call{To: billing, Data: billingABI.PackPay(billID, amount)}
}

// Chain is the billing contract and its token on one chain.
type Chain struct {
	Backend bind.ContractBackend
	ChainID uint64
	Billing common.Address
	Token   common.Address
}

// InsufficientBalance is a payer's balance below the amount.
type InsufficientBalance struct {
	Payer           common.Address
	Balance, Amount *big.Int
}

func (e *InsufficientBalance) Error() string {
	return fmt.Sprintf("the balance of %s (%s base units) is less than %s", e.Payer, e.Balance, e.Amount)
}

// PermitPay is the one call that pays amount of a bill from key's wallet: it checks the balance
// (an *InsufficientBalance error), signs an ERC-2612 permit for the billing contract valid for
// `valid` from now and packs payWithPermit.
func (c Chain) PermitPay(ctx context.Context, key *ecdsa.PrivateKey, billID, amount *big.Int, valid time.Duration) (Call, error) {
	from := crypto.PubkeyToAddress(key.PublicKey)
	token := tokenABI.Instance(c.Backend, c.Token)
	opts := &bind.CallOpts{Context: ctx}
	balance, err := bind.Call(token, opts, tokenABI.PackBalanceOf(from), tokenABI.UnpackBalanceOf)
	if err != nil {
		return Call{}, fmt.Errorf("read the balance of %s: %w", from, err)
	}
	if balance.Cmp(amount) < 0 {
		return Call{}, &InsufficientBalance{Payer: from, Balance: balance, Amount: amount}
	}
	name, err := bind.Call(token, opts, tokenABI.PackName(), tokenABI.UnpackName)
	if err != nil {
		return Call{}, fmt.Errorf("read the token's name: %w", err)
	}
	nonce, err := bind.Call(token, opts, tokenABI.PackNonces(from), tokenABI.UnpackNonces)
	if err != nil {
		return Call{}, fmt.Errorf("read the permit nonce of %s (does the token support ERC-2612?): %w", from, err)
	}
	deadline := big.NewInt(time.Now().Add(valid).Unix())
	tok := Token{Name: name, ChainID: c.ChainID, Address: c.Token}
	sig, err := tok.Sign(key, Permit{Owner: from, Spender: c.Billing, Value: amount, Nonce: nonce, Deadline: deadline})
	if err != nil {
		return Call{}, err
	}
	return Call{To: c.Billing, Data: billingABI.PackPayWithPermit(billID, amount, deadline, sig.V, sig.R, sig.S)}, nil
}

// Decimals reads the token's decimals; a deployment without a token is shown with the devnet
// token's 6.
func Decimals(ctx context.Context, b bind.ContractBackend, token common.Address) (int32, error) {
	if token == (common.Address{}) {
		return 6, nil
	}
	d, err := bind.Call(tokenABI.Instance(b, token), &bind.CallOpts{Context: ctx}, tokenABI.PackDecimals(), tokenABI.UnpackDecimals)
	if err != nil {
		return 0, fmt.Errorf("read the token's decimals: %w", err)
	}
	return int32(d), nil
}
