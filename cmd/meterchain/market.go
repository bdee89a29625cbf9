package main

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/meterchain/meterchain/bindings"
	"github.com/meterchain/meterchain/bindings/stabletoken"
	"github.com/meterchain/meterchain/deploy"
	"github.com/meterchain/meterchain/internal/chaintx"
	"github.com/meterchain/meterchain/internal/marketbook"
	"github.com/meterchain/meterchain/internal/tariff"
)

var marketCommand = &cli.Command{
	Name:  "market",
	Usage: "the peer-to-peer energy market: sell surplus, bid for energy, see the book and trades",
	Description: `Prices are per kWh in token units ("0.25" = 0.25 mUSD/kWh) and energy in kWh ("2.5"),
both converted exactly to the contract's integers (a price finer than the token's smallest unit is
refused). A window is a 15-minute delivery slot named by its start: RFC 3339 ("2026-11-26T10:15:00Z"),
unix seconds, or "next" (the next window whose book is still open). A window's book closes at its
start; the settlement service then clears it at one price for everyone and, once the meters'
readings at the window's start and end are on the ledger, settles each trade on metered delivery.`,
	Subcommands: []*cli.Command{
		{
			Name: "ask", Usage: "offer a prosumer meter's surplus for a window",
			Flags: append([]cli.Flag{meterFlag, windowFlag,
				&cli.StringFlag{Name: "kwh", Required: true, Usage: "energy to sell, `KWH`"},
				&cli.StringFlag{Name: "min-price", Required: true, Usage: "lowest acceptable `PRICE` per kWh"},
			}, chainFlags...),
			Action: marketAsk,
		},
		{
			Name: "bid", Usage: "bid for energy delivered to your meter in a window (escrows the maximum cost)",
			Flags: append([]cli.Flag{meterFlag, windowFlag,
				&cli.StringFlag{Name: "kwh", Required: true, Usage: "energy to buy, `KWH`"},
				&cli.StringFlag{Name: "max-price", Required: true, Usage: "highest acceptable `PRICE` per kWh"},
			}, chainFlags...),
			Action: marketBid,
		},
		{
			Name: "cancel", Usage: "withdraw an unmatched order (a bid's escrow comes back)",
			Flags:  append([]cli.Flag{&cli.Uint64Flag{Name: "order", Required: true, Usage: "order `ID`"}}, chainFlags...),
			Action: marketCancel,
		},
		{
			Name: "book", Usage: "list a window's orders",
			Flags:  append([]cli.Flag{&cli.StringFlag{Name: "window", Value: "next", Usage: "window `START` (RFC 3339, unix seconds, next, or all)"}}, chainFlags...),
			Action: marketBook,
		},
		{
			Name: "trades", Usage: "list matched trades and their settlement",
			Flags: append([]cli.Flag{
				&cli.StringFlag{Name: "window", Value: "all", Usage: "window `START` (RFC 3339, unix seconds, or all)"},
				&cli.Uint64Flag{Name: "meter", Usage: "only trades of this meter `ID`"},
			}, chainFlags...),
			Action: marketTrades,
		},
	},
}

var (
	meterFlag  = &cli.Uint64Flag{Name: "meter", Required: true, Usage: "your meter's `ID` (9 digits)"}
	windowFlag = &cli.StringFlag{Name: "window", Value: "next", Usage: "delivery window `START` (RFC 3339, unix seconds, or next)"}
)

// marketEnv is a connected client, the deployment and the market binding.
type marketEnv struct {
	client *ethclient.Client
	d      *deploy.Deployment
	abi    *bindings.EnergyMarket
	inst   *bind.BoundContract
	window uint64 // the market's window length
}

func openMarket(c *cli.Context) (*marketEnv, error) {
	client, chainID, err := connect(c)
	if err != nil {
		return nil, err
	}
	d, err := loadDeployment(c, chainID)
	if err != nil {
		client.Close()
		return nil, err
	}
	if d.EnergyMarket == (common.Address{}) {
		client.Close()
		return nil, fmt.Errorf("the deployment has no EnergyMarket (redeploy)")
	}
	e := &marketEnv{client: client, d: d, abi: bindings.NewEnergyMarket()}
	e.inst = e.abi.Instance(client, d.EnergyMarket)
	if e.window, err = bind.Call(e.inst, &bind.CallOpts{Context: c.Context}, e.abi.PackWINDOW(), e.abi.UnpackWINDOW); err != nil {
		client.Close()
		return nil, fmt.Errorf("read the market's window length: %w", err)
	}
	return e, nil
}

// parseWindow reads a window start; "next" is the first window whose book is open a minute from
// now (chain time), "all" is 0 when allowAll.
func (e *marketEnv) parseWindow(ctx context.Context, s string, allowAll bool) (uint64, error) {
	switch s {
	case "all":
		if allowAll {
			return 0, nil
		}
		return 0, fmt.Errorf("--window all is not allowed here")
	case "next":
		h, err := e.client.HeaderByNumber(ctx, nil)
		if err != nil {
			return 0, fmt.Errorf("read the chain's time: %w", err)
		}
		return ((h.Time+60)/e.window + 1) * e.window, nil
	}
	var ts uint64
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		ts = uint64(t.Unix())
	} else if n, err := strconv.ParseUint(s, 10, 64); err == nil {
		ts = n
	} else {
		return 0, fmt.Errorf("--window %q: want RFC 3339, unix seconds or next", s)
	}
	if ts%e.window != 0 {
		return 0, fmt.Errorf("--window %s is not on a %d-second boundary (e.g. %s)", s, e.window, windowTime(ts/e.window*e.window+e.window))
	}
	return ts, nil
}

func windowTime(ts uint64) string { return time.Unix(int64(ts), 0).UTC().Format(time.RFC3339) }

// send signs and sends calldata to a contract, waits for the receipt and names a revert.
func (e *marketEnv) send(c *cli.Context, to *bind.BoundContract, data []byte, meta *bind.MetaData) (*types.Receipt, error) {
	key, err := loadKey(c, e.d.ChainID)
	if err != nil {
		return nil, err
	}
	opts := bind.NewKeyedTransactor(key, chainIDBig(e.d.ChainID))
	opts.Context = c.Context
	tx, err := bind.Transact(to, opts, data)
	if err != nil {
		return nil, withRevertName(err, meta)
	}
	return chaintx.WaitOK(c.Context, e.client, tx.Hash())
}

func marketAsk(c *cli.Context) error {
	e, err := openMarket(c)
	if err != nil {
		return err
	}
	defer e.client.Close()
	wh, err := marketbook.EnergyToWh(c.String("kwh"))
	if err != nil {
		return err
	}
	price, err := marketbook.PriceToBaseUnits(c.String("min-price"))
	if err != nil {
		return err
	}
	window, err := e.parseWindow(c.Context, c.String("window"), false)
	if err != nil {
		return err
	}
	r, err := e.send(c, e.inst, e.abi.PackPlaceAsk(c.Uint64("meter"), window, wh, price), &bindings.EnergyMarketMetaData)
	if err != nil {
		return fmt.Errorf("place ask: %w", err)
	}
	for _, l := range r.Logs {
		if ev, err := e.abi.UnpackAskPlacedEvent(l); err == nil {
			fmt.Printf("ask %d: %s kWh from meter %d at >= %s/kWh, window %s\n", ev.OrderId, tariff.FormatKWh(wh), ev.MeterId, marketbook.FormatPrice(price), windowTime(window))
		}
	}
	return nil
}

func marketBid(c *cli.Context) error {
	e, err := openMarket(c)
	if err != nil {
		return err
	}
	defer e.client.Close()
	wh, err := marketbook.EnergyToWh(c.String("kwh"))
	if err != nil {
		return err
	}
	price, err := marketbook.PriceToBaseUnits(c.String("max-price"))
	if err != nil {
		return err
	}
	window, err := e.parseWindow(c.Context, c.String("window"), false)
	if err != nil {
		return err
	}
	escrow, err := bind.Call(e.inst, &bind.CallOpts{Context: c.Context}, e.abi.PackEscrowOf(wh, price), e.abi.UnpackEscrowOf)
	if err != nil {
		return fmt.Errorf("compute escrow: %w", err)
	}
	// Allow the market to pull exactly this bid's escrow, then place the bid.
	token := stabletoken.NewStableToken()
	if _, err := e.send(c, token.Instance(e.client, e.d.StableToken), token.PackApprove(e.d.EnergyMarket, escrow), &stabletoken.StableTokenMetaData); err != nil {
		return fmt.Errorf("approve escrow of %s: %w", tariff.FormatAmount(escrow, marketbook.TokenDecimals), err)
	}
	r, err := e.send(c, e.inst, e.abi.PackPlaceBid(c.Uint64("meter"), window, wh, price), &bindings.EnergyMarketMetaData)
	if err != nil {
		return fmt.Errorf("place bid: %w", err)
	}
	for _, l := range r.Logs {
		if ev, err := e.abi.UnpackBidPlacedEvent(l); err == nil {
			fmt.Printf("bid %d: %s kWh to meter %d at <= %s/kWh, window %s, escrowed %s\n", ev.OrderId, tariff.FormatKWh(wh), ev.MeterId,
				marketbook.FormatPrice(price), windowTime(window), tariff.FormatAmount(ev.Escrow, marketbook.TokenDecimals))
		}
	}
	return nil
}

func marketCancel(c *cli.Context) error {
	e, err := openMarket(c)
	if err != nil {
		return err
	}
	defer e.client.Close()
	r, err := e.send(c, e.inst, e.abi.PackCancel(c.Uint64("order")), &bindings.EnergyMarketMetaData)
	if err != nil {
		return fmt.Errorf("cancel order %d: %w", c.Uint64("order"), err)
	}
	for _, l := range r.Logs {
		if ev, err := e.abi.UnpackOrderCancelledEvent(l); err == nil {
			fmt.Printf("order %d cancelled, refunded %s\n", ev.OrderId, tariff.FormatAmount(ev.Refund, marketbook.TokenDecimals))
		}
	}
	return nil
}

func marketBook(c *cli.Context) error {
	e, err := openMarket(c)
	if err != nil {
		return err
	}
	defer e.client.Close()
	window, err := e.parseWindow(c.Context, c.String("window"), true)
	if err != nil {
		return err
	}
	orders, err := marketbook.ReadBook(c.Context, e.client, e.d.EnergyMarket, e.d.Block, window)
	if err != nil {
		return err
	}
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "order\tside\twindow\tmeter\tkWh\tprice/kWh\tfilled kWh\tstatus\t")
	for _, o := range orders {
		side := "ask"
		if o.Bid {
			side = "bid"
		}
		fmt.Fprintf(w, "%d\t%s\t%s\t%d\t%s\t%s\t%s\t%s\t\n", o.ID, side, windowTime(o.Window), o.MeterID, tariff.FormatKWh(o.Wh),
			marketbook.FormatPrice(o.Price), tariff.FormatKWh(o.Filled), marketbook.StatusName(o.Status))
	}
	return w.Flush()
}

func marketTrades(c *cli.Context) error {
	e, err := openMarket(c)
	if err != nil {
		return err
	}
	defer e.client.Close()
	window, err := e.parseWindow(c.Context, c.String("window"), true)
	if err != nil {
		return err
	}
	trades, err := marketbook.ReadTrades(c.Context, e.client, e.d.EnergyMarket, e.d.Block, window)
	if err != nil {
		return err
	}
	var meterOf map[uint64]uint64 // order id -> meter, only when filtering by meter
	if m := c.Uint64("meter"); m != 0 {
		orders, err := marketbook.ReadBook(c.Context, e.client, e.d.EnergyMarket, e.d.Block, window)
		if err != nil {
			return err
		}
		meterOf = map[uint64]uint64{}
		for _, o := range orders {
			meterOf[o.ID] = o.MeterID
		}
	}
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "trade\twindow\task\tbid\tkWh\tprice/kWh\tdelivered kWh\tpaid\trefunded\t")
	for _, t := range trades {
		if m := c.Uint64("meter"); meterOf != nil && meterOf[t.AskID] != m && meterOf[t.BidID] != m {
			continue
		}
		delivered, paid, refund := "-", "-", "-"
		if t.Settled {
			delivered, paid, refund = tariff.FormatKWh(t.DeliveredWh), tariff.FormatAmount(t.Paid, marketbook.TokenDecimals), tariff.FormatAmount(t.Refund, marketbook.TokenDecimals)
		}
		fmt.Fprintf(w, "%d\t%s\t%d\t%d\t%s\t%s\t%s\t%s\t%s\t\n", t.ID, windowTime(t.Window), t.AskID, t.BidID, tariff.FormatKWh(t.Wh),
			marketbook.FormatPrice(t.Price), delivered, paid, refund)
	}
	return w.Flush()
}
