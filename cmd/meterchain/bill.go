package main

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/urfave/cli/v2"

	"github.com/meterchain/meterchain/bindings"
	"github.com/meterchain/meterchain/internal/billid"
	"github.com/meterchain/meterchain/internal/billpay"
	"github.com/meterchain/meterchain/internal/chaintx"
	"github.com/meterchain/meterchain/internal/tariff"
)

var billIDFlag = &cli.StringFlag{Name: "bill", Required: true,
	Usage: "bill `ID`: METER/PERIOD (352522395/202401) or the numeric bill id"}

var billCommand = &cli.Command{
	Name:  "bill",
	Usage: "monthly bills: list a meter's bills, show one, pay one",
	Subcommands: []*cli.Command{
		{
			Name:  "list",
			Usage: "a meter's monthly bills: month, kWh, amount, date, status",
			Flags: append([]cli.Flag{
				&cli.Uint64Flag{Name: "meter", Required: true, Usage: "meter `ID` (9 digits)"},
			}, chainFlags...),
			Action: billList,
		},
		{
			Name:   "show",
			Usage:  "one bill with its payments",
			Flags:  append([]cli.Flag{billIDFlag}, chainFlags...),
			Action: billShow,
		},
		{
			Name:  "pay",
			Usage: "pay a bill from your wallet (approve by ERC-2612 permit and pay, one transaction)",
			Description: `Anyone may pay any bill, in part or in full, never more than is owed. Without --amount
the whole outstanding amount is paid.`,
			Flags: append([]cli.Flag{
				billIDFlag,
				&cli.StringFlag{Name: "amount", Usage: "`AMOUNT` in token units, e.g. 9.31 (default: all that is owed)"},
			}, chainFlags...),
			Action: billPay,
		},
		{
			Name:  "autopay",
			Usage: "opt a meter you own into autopay (or out with --cancel)",
			Description: `Approves the billing contract to pull up to --allowance from your wallet and records the
opt-in with a cap per bill; the settlement service then collects each new bill of the meter. A
collection that fails (balance, allowance) is an event and the bill stays open for you to pay.`,
			Flags: append([]cli.Flag{
				&cli.Uint64Flag{Name: "meter", Required: true, Usage: "your meter's `ID`"},
				&cli.StringFlag{Name: "cap", Usage: "most to pay of one bill, `AMOUNT` in token units (e.g. 60)"},
				&cli.StringFlag{Name: "allowance", Usage: "total the contract may pull, `AMOUNT` in token units (default: 12 x cap)"},
				&cli.BoolFlag{Name: "cancel", Usage: "stop autopay for the meter"},
			}, chainFlags...),
			Action: billAutopay,
		},
	},
}

// parseBillID reads METER/PERIOD or a numeric bill id ((period << 64) | meter).
func parseBillID(s string) (*big.Int, error) {
	if meter, period, ok := strings.Cut(s, "/"); ok {
		m, err1 := strconv.ParseUint(meter, 10, 64)
		p, err2 := strconv.ParseUint(period, 10, 32)
		if err1 != nil || err2 != nil || p%100 < 1 || p%100 > 12 {
			return nil, fmt.Errorf("bill %q: want METER/PERIOD like 352522395/202401", s)
		}
		return billid.Of(m, uint32(p)), nil
	}
	id, ok := new(big.Int).SetString(s, 0)
	if !ok || id.Sign() <= 0 || id.BitLen() > 96 {
		return nil, fmt.Errorf("bill %q: want METER/PERIOD like 352522395/202401 or a bill id", s)
	}
	return id, nil
}

// monthName is "January 2024" for 202401.
func monthName(period uint32) string {
	return time.Month(period%100).String() + " " + strconv.Itoa(int(period/100))
}

func day(ts uint64) string { return time.Unix(int64(ts), 0).UTC().Format("2006-01-02") }

// status in words, with what was paid of a partly paid bill.
func (e *billingEnv) status(b bindings.BillingManagerBill) string {
	s := [...]string{"not issued", "open", "paid", "overdue"}[min(int(b.Status), 3)]
	if b.Status != 2 && b.Paid.Sign() > 0 {
		s += " (paid " + e.money(b.Paid) + ")"
	}
	return s
}

// logs filters the billing contract's events of one kind with the given indexed topic, from the
// deployment block to the head, in chunks a public RPC accepts.
func (e *billingEnv) logs(ctx context.Context, event common.Hash, topic1, topic2 []common.Hash) ([]types.Log, error) {
	head, err := e.client.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("head: %w", err)
	}
	const span = 50_000
	var out []types.Log
	for from := e.d.Block; from <= head; from += span {
		q := ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(min(from+span-1, head)),
			Addresses: []common.Address{e.d.BillingManager},
			Topics:    [][]common.Hash{{event}, topic1, topic2},
		}
		ls, err := e.client.FilterLogs(ctx, q)
		if err != nil {
			return nil, fmt.Errorf("read billing events: %w", err)
		}
		out = append(out, ls...)
	}
	return out, nil
}

func (e *billingEnv) bill(ctx context.Context, id *big.Int) (bindings.BillingManagerBill, error) {
	b, err := bind.Call(e.inst, &bind.CallOpts{Context: ctx}, e.abi.PackBill(id), e.abi.UnpackBill)
	if err != nil {
		return b, fmt.Errorf("read bill %d/%d: %w", uint64(id.Uint64()), new(big.Int).Rsh(id, 64), err)
	}
	return b, nil
}

func billList(c *cli.Context) error {
	e, err := openBilling(c)
	if err != nil {
		return err
	}
	defer e.client.Close()
	meter := c.Uint64("meter")
	parsed, err := bindings.BillingManagerMetaData.ParseABI()
	if err != nil {
		return err
	}
	meterTopic := common.BigToHash(new(big.Int).SetUint64(meter))
	ls, err := e.logs(c.Context, parsed.Events["BillIssued"].ID, nil, []common.Hash{meterTopic})
	if err != nil {
		return err
	}
	var bills []bindings.BillingManagerBill
	for _, l := range ls {
		ev, err := e.abi.UnpackBillIssuedEvent(&l)
		if err != nil {
			return fmt.Errorf("decode BillIssued in block %d: %w", l.BlockNumber, err)
		}
		b, err := e.bill(c.Context, ev.BillId)
		if err != nil {
			return err
		}
		bills = append(bills, b)
	}
	if len(bills) == 0 {
		fmt.Printf("meter %d has no bills yet\n", meter)
		return nil
	}
	slices.SortFunc(bills, func(a, b bindings.BillingManagerBill) int { return int(a.Period) - int(b.Period) })
	fmt.Printf("Monthly bills, meter ID %d\n\n", meter)
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 3, ' ', 0)
	fmt.Fprintln(w, "Month\tkWh\tAmount\tDate\tDue\tStatus\t")
	for _, b := range bills {
		kwh := tariff.FormatKWh(b.EnergyWh - b.P2pWh)
		if b.P2pWh > 0 {
			kwh += " (+" + tariff.FormatKWh(b.P2pWh) + " P2P)"
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\t\n", monthName(b.Period), kwh, e.money(b.Amount), day(b.IssuedAt), day(b.Due), e.status(b))
	}
	return w.Flush()
}

func billShow(c *cli.Context) error {
	e, err := openBilling(c)
	if err != nil {
		return err
	}
	defer e.client.Close()
	id, err := parseBillID(c.String("bill"))
	if err != nil {
		return err
	}
	b, err := e.bill(c.Context, id)
	if err != nil {
		return err
	}
	if b.Status == 0 {
		return fmt.Errorf("no bill %d/%d has been issued", b.MeterId, b.Period)
	}
	fmt.Printf("Bill %d/%d (id %s)\n", b.MeterId, b.Period, id)
	fmt.Printf("  month        %s\n", monthName(b.Period))
	fmt.Printf("  energy       %s kWh from the grid", tariff.FormatKWh(b.EnergyWh))
	if b.P2pWh > 0 {
		fmt.Printf(", of which %s kWh bought from peers (not billed here)", tariff.FormatKWh(b.P2pWh))
	}
	fmt.Printf("\n  amount       %s\n  paid         %s\n  issued       %s\n  due          %s\n  status       %s\n",
		e.money(b.Amount), e.money(b.Paid), day(b.IssuedAt), day(b.Due), e.status(b))

	parsed, err := bindings.BillingManagerMetaData.ParseABI()
	if err != nil {
		return err
	}
	ls, err := e.logs(c.Context, parsed.Events["BillPaid"].ID, []common.Hash{common.BigToHash(id)}, nil)
	if err != nil {
		return err
	}
	for _, l := range ls {
		ev, err := e.abi.UnpackBillPaidEvent(&l)
		if err != nil {
			return fmt.Errorf("decode BillPaid in block %d: %w", l.BlockNumber, err)
		}
		fmt.Printf("  payment      %s from %s (block %d, tx %s)\n", e.money(ev.Amount), ev.Payer, l.BlockNumber, l.TxHash)
	}
	payer, err := bind.Call(e.inst, &bind.CallOpts{Context: c.Context}, e.abi.PackAutopayOf(b.MeterId), e.abi.UnpackAutopayOf)
	if err != nil {
		return fmt.Errorf("read autopay: %w", err)
	}
	if payer.Payer != (common.Address{}) {
		fmt.Printf("  autopay      by %s, up to %s a bill\n", payer.Payer, e.money(payer.CapPerBill))
	}
	return nil
}

func billPay(c *cli.Context) error {
	e, err := openBilling(c)
	if err != nil {
		return err
	}
	defer e.client.Close()
	id, err := parseBillID(c.String("bill"))
	if err != nil {
		return err
	}
	b, err := e.bill(c.Context, id)
	if err != nil {
		return err
	}
	if b.Status == 0 {
		return fmt.Errorf("no bill %d/%d has been issued", b.MeterId, b.Period)
	}
	owed := new(big.Int).Sub(b.Amount, b.Paid)
	var requested *big.Int
	if v := c.String("amount"); v != "" {
		if requested, err = tariff.ParseAmount(v, e.decimals); err != nil {
			return fmt.Errorf("--amount: %w", err)
		}
	}
	amount, err := billpay.Amount(owed, requested)
	switch {
	case errors.Is(err, billpay.ErrPaid):
		return fmt.Errorf("bill %d/%d is already paid (%s)", b.MeterId, b.Period, e.money(b.Amount))
	case errors.Is(err, billpay.ErrNotPositive):
		return errors.New("--amount must be above zero")
	case errors.Is(err, billpay.ErrMoreThanOwed):
		return fmt.Errorf("--amount %s is more than the %s still owed on bill %d/%d", e.money(requested), e.money(owed), b.MeterId, b.Period)
	case err != nil:
		return err
	}

	key, err := loadKey(c, e.d.ChainID)
	if err != nil {
		return err
	}
	chain := billpay.Chain{Backend: e.client, ChainID: e.d.ChainID, Billing: e.d.BillingManager, Token: e.token.Address()}
	calls, err := chain.PermitPay(c.Context, key, id, amount, 30*time.Minute)
	var short *billpay.InsufficientBalance
	if errors.As(err, &short) {
		return fmt.Errorf("your balance (%s at %s) is less than %s", e.money(short.Balance), short.Payer, e.money(amount))
	}
	if err != nil {
		return err
	}
	var hash string
	for _, call := range calls {
		if call.To == e.token.Address() { // the permit that keeps autopay's allowance
			tx, err := bind.Transact(e.token, e.transactor(c, key), call.Data)
			if err == nil {
				_, err = chaintx.WaitOK(c.Context, e.client, tx.Hash())
			}
			if err != nil {
				return fmt.Errorf("permit for bill %d/%d: %w", b.MeterId, b.Period, err)
			}
			continue
		}
		if hash, err = e.transact(c.Context, e.transactor(c, key), call.Data); err != nil {
			return fmt.Errorf("pay bill %d/%d: %w", b.MeterId, b.Period, err)
		}
	}
	after, err := e.bill(c.Context, id)
	if err != nil {
		return err
	}
	fmt.Printf("paid %s towards bill %d/%d (%s) in %s; status: %s\n",
		e.money(amount), b.MeterId, b.Period, monthName(b.Period), hash, e.status(after))
	return nil
}

func billAutopay(c *cli.Context) error {
	e, err := openBilling(c)
	if err != nil {
		return err
	}
	defer e.client.Close()
	key, err := loadKey(c, e.d.ChainID)
	if err != nil {
		return err
	}
	meter := c.Uint64("meter")
	if c.Bool("cancel") {
		hash, err := e.transact(c.Context, e.transactor(c, key), e.abi.PackCancelAutopay(meter))
		if err != nil {
			return fmt.Errorf("cancel autopay of meter %d: %w", meter, err)
		}
		fmt.Printf("autopay of meter %d cancelled in %s\n", meter, hash)
		return nil
	}
	if c.String("cap") == "" {
		return errors.New("give --cap (or --cancel)")
	}
	capPerBill, err := tariff.ParseAmount(c.String("cap"), e.decimals)
	if err != nil || capPerBill.Sign() == 0 {
		return fmt.Errorf("--cap %q: want an amount above zero", c.String("cap"))
	}
	allowance := new(big.Int).Mul(capPerBill, big.NewInt(12))
	if s := c.String("allowance"); s != "" {
		if allowance, err = tariff.ParseAmount(s, e.decimals); err != nil {
			return fmt.Errorf("--allowance: %w", err)
		}
	}
	opts := e.transactor(c, key)
	tx, err := bind.Transact(e.token, opts, e.tokenABI.PackApprove(e.d.BillingManager, allowance))
	if err != nil {
		return fmt.Errorf("approve: %w", err)
	}
	if _, err := chaintx.WaitOK(c.Context, e.client, tx.Hash()); err != nil {
		return fmt.Errorf("approve: %w", err)
	}
	opts = e.transactor(c, key)
	hash, err := e.transact(c.Context, opts, e.abi.PackSetAutopay(meter, capPerBill))
	if err != nil {
		return fmt.Errorf("set autopay of meter %d: %w", meter, err)
	}
	fmt.Printf("autopay of meter %d: up to %s a bill, %s allowed in total (%s)\n", meter, e.money(capPerBill), e.money(allowance), hash)
	return nil
}
