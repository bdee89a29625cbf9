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
	"github.com/ethereum/go-ethereum/common/math"
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

// ApproveValue is the allowance to give the billing contract so that paying amount leaves the
// allowance it had (current): a payment by hand must not use up, or overwrite, the allowance
// autopay collects from. An unlimited allowance (max uint256, which the token never spends)
// stays unlimited, and a sum beyond max uint256 is capped there.
func ApproveValue(current, amount *big.Int) *big.Int {
	v := new(big.Int).Add(current, amount)
	if v.Cmp(math.MaxBig256) > 0 {
		return new(big.Int).Set(math.MaxBig256)
	}
	return v
}

// WalletCalls are what a browser wallet sends to pay amount of a bill from a wallet whose
// allowance for the billing contract is allowance: approve ApproveValue(allowance, amount), then
// pay, which spends amount of it again.
func WalletCalls(token, billing common.Address, billID, amount, allowance *big.Int) (approve, pay Call) {
	return Call{To: token, Data: tokenABI.PackApprove(billing, ApproveValue(allowance, amount))}, Call{To: billing, Data: billingABI.PackPay(billID, amount)}
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

// Allowance is what owner lets the billing contract spend of the token (autopay's budget).
func (c Chain) Allowance(ctx context.Context, owner common.Address) (*big.Int, error) {
	a, err := bind.Call(tokenABI.Instance(c.Backend, c.Token), &bind.CallOpts{Context: ctx}, tokenABI.PackAllowance(owner, c.Billing), tokenABI.UnpackAllowance)
	if err != nil {
		return nil, fmt.Errorf("read the allowance of %s: %w", owner, err)
	}
	return a, nil
}

// WalletCalls are WalletCalls for payer's wallet, with its allowance read from the chain.
func (c Chain) WalletCalls(ctx context.Context, payer common.Address, billID, amount *big.Int) (approve, pay Call, err error) {
	allowance, err := c.Allowance(ctx, payer)
	if err != nil {
		return Call{}, Call{}, err
	}
	approve, pay = WalletCalls(c.Token, c.Billing, billID, amount, allowance)
	return approve, pay, nil
}

// PermitPay is the calls, sent in order, that pay amount of a bill from key's wallet and leave
// its allowance for the billing contract (autopay's) as it was. It checks the balance (an
// *InsufficientBalance error) and signs an ERC-2612 permit valid for `valid` from now. Without
// an allowance that is one call, payWithPermit; with one, payWithPermit's permit (for exactly
// amount) would overwrite it, so the permit for ApproveValue(allowance, amount) goes to the token
// itself, then pay. An unlimited allowance needs no permit: just pay.
func (c Chain) PermitPay(ctx context.Context, key *ecdsa.PrivateKey, billID, amount *big.Int, valid time.Duration) ([]Call, error) {
	from := crypto.PubkeyToAddress(key.PublicKey)
	token := tokenABI.Instance(c.Backend, c.Token)
	opts := &bind.CallOpts{Context: ctx}
	balance, err := bind.Call(token, opts, tokenABI.PackBalanceOf(from), tokenABI.UnpackBalanceOf)
	if err != nil {
		return nil, fmt.Errorf("read the balance of %s: %w", from, err)
	}
	if balance.Cmp(amount) < 0 {
		return nil, &InsufficientBalance{Payer: from, Balance: balance, Amount: amount}
	}
	allowance, err := c.Allowance(ctx, from)
	if err != nil {
		return nil, err
	}
	pay := Call{To: c.Billing, Data: billingABI.PackPay(billID, amount)}
	if allowance.Cmp(math.MaxBig256) == 0 {
		return []Call{pay}, nil
	}
	name, err := bind.Call(token, opts, tokenABI.PackName(), tokenABI.UnpackName)
	if err != nil {
		return nil, fmt.Errorf("read the token's name: %w", err)
	}
	nonce, err := bind.Call(token, opts, tokenABI.PackNonces(from), tokenABI.UnpackNonces)
	if err != nil {
		return nil, fmt.Errorf("read the permit nonce of %s (does the token support ERC-2612?): %w", from, err)
	}
	deadline := big.NewInt(time.Now().Add(valid).Unix())
	tok := Token{Name: name, ChainID: c.ChainID, Address: c.Token}
	value := ApproveValue(allowance, amount)
	sig, err := tok.Sign(key, Permit{Owner: from, Spender: c.Billing, Value: value, Nonce: nonce, Deadline: deadline})
	if err != nil {
		return nil, err
	}
	if allowance.Sign() == 0 {
		return []Call{{To: c.Billing, Data: billingABI.PackPayWithPermit(billID, amount, deadline, sig.V, sig.R, sig.S)}}, nil
	}
	permit := Call{To: c.Token, Data: tokenABI.PackPermit(from, c.Billing, value, deadline, sig.V, sig.R, sig.S)}
	return []Call{permit, pay}, nil
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
