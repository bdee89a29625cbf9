package main

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"sort"
	"strconv"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/urfave/cli/v2"

	"github.com/meterchain/meterchain/bindings"
	"github.com/meterchain/meterchain/internal/chaintx"
	"github.com/meterchain/meterchain/internal/consent"
)

var (
	consentMeterFlag = &cli.Uint64Flag{Name: "meter", Required: true, Usage: "meter `ID`"}
	consentToFlag    = &cli.StringFlag{Name: "to", Required: true, Usage: "the third party's `ADDRESS`"}
)

var consentCommand = &cli.Command{
	Name:  "consent",
	Usage: "grant, revoke and list third parties' access to a meter's data (ConsentRegistry)",
	Description: `A meter's owner grants a third party a scope of the meter's data until a time: "readings"
(readings with their detail records), "bills" (bills and payments), or both. The API serves the
third party exactly that, checked on every request; a revocation or the expiry ends it at once.
Grant and revoke are sent from the owner's key (--keystore, or --dev-key on the dev chain).`,
	Subcommands: []*cli.Command{
		{
			Name: "grant", Usage: "grant (or replace) a third party's access",
			Flags: append([]cli.Flag{consentMeterFlag, consentToFlag,
				&cli.StringFlag{Name: "scope", Value: "readings", Usage: "`SCOPE`: readings, bills or readings,bills"},
				&cli.StringFlag{Name: "until", Required: true, Usage: "expiry: RFC 3339, YYYY-MM-DD, unix seconds, or a duration from now (720h)"},
			}, chainFlags...),
			Action: consentGrant,
		},
		{
			Name: "revoke", Usage: "revoke a third party's access at once",
			Flags:  append([]cli.Flag{consentMeterFlag, consentToFlag}, chainFlags...),
			Action: consentRevoke,
		},
		{
			Name: "list", Usage: "list a meter's current grants (read from the chain)",
			Flags:  append([]cli.Flag{consentMeterFlag}, chainFlags...),
			Action: consentList,
		},
	},
}

// parseUntil reads an expiry: a duration from now, unix seconds, YYYY-MM-DD or RFC 3339.
func parseUntil(v string, now time.Time) (time.Time, error) {
	if d, err := time.ParseDuration(v); err == nil {
		return now.Add(d), nil
	}
	if n, err := strconv.ParseInt(v, 10, 64); err == nil {
		return time.Unix(n, 0), nil
	}
	for _, layout := range []string{time.RFC3339, "2006-01-02"} {
		if t, err := time.Parse(layout, v); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("--until %q: use RFC 3339, YYYY-MM-DD, unix seconds or a duration like 720h", v)
}

// consentSend sends calldata to the ConsentRegistry from the command's key and waits for it.
func consentSend(c *cli.Context, data func(*bindings.ConsentRegistry) []byte) (*types.Receipt, error) {
	client, chainID, err := connect(c)
	if err != nil {
		return nil, err
	}
	defer client.Close()
	d, err := loadDeployment(c, chainID)
	if err != nil {
		return nil, err
	}
	if d.ConsentRegistry == (common.Address{}) {
		return nil, fmt.Errorf("the deployment has no ConsentRegistry (redeploy)")
	}
	key, err := loadKey(c, chainID)
	if err != nil {
		return nil, err
	}
	abi := bindings.NewConsentRegistry()
	opts := bind.NewKeyedTransactor(key, chainIDBig(chainID))
	opts.Context = c.Context
	tx, err := bind.Transact(abi.Instance(client, d.ConsentRegistry), opts, data(abi))
	if err != nil {
		return nil, fmt.Errorf("send: %w", decodeConsentError(abi, err))
	}
	return chaintx.WaitOK(c.Context, client, tx.Hash())
}

// decodeConsentError names the contract's custom error in a failed send, for people.
func decodeConsentError(abi *bindings.ConsentRegistry, err error) error {
	type dataError interface{ ErrorData() any }
	de, ok := err.(dataError)
	if !ok {
		return err
	}
	s, _ := de.ErrorData().(string)
	raw := common.FromHex(s)
	if e, uerr := abi.UnpackError(raw); uerr == nil {
		switch v := e.(type) {
		case *bindings.ConsentRegistryNotMeterOwner:
			return fmt.Errorf("%s is not the owner of meter %d", v.Caller.Hex(), v.MeterId)
		case *bindings.ConsentRegistryNoGrant:
			return fmt.Errorf("%s holds no grant on meter %d", v.Grantee.Hex(), v.MeterId)
		case *bindings.ConsentRegistryExpiryNotInFuture:
			return fmt.Errorf("the expiry %s is not in the future", time.Unix(int64(v.Expiry), 0).UTC().Format(time.RFC3339))
		default:
			return fmt.Errorf("refused by the ConsentRegistry: %T", e)
		}
	}
	return err
}

func consentGrant(c *cli.Context) error {
	scope, err := consent.ParseScope(c.String("scope"))
	if err != nil {
		return err
	}
	until, err := parseUntil(c.String("until"), time.Now())
	if err != nil {
		return err
	}
	if !common.IsHexAddress(c.String("to")) {
		return fmt.Errorf("--to %q is not an address", c.String("to"))
	}
	to, meter := common.HexToAddress(c.String("to")), c.Uint64("meter")
	r, err := consentSend(c, func(a *bindings.ConsentRegistry) []byte {
		return a.PackGrant(meter, to, uint8(scope), uint64(until.Unix()))
	})
	if err != nil {
		return fmt.Errorf("grant: %w", err)
	}
	fmt.Printf("granted %s %v on meter %d until %s (tx %s, block %d)\n", to.Hex(), scope.Names(), meter,
		until.UTC().Format(time.RFC3339), r.TxHash.Hex(), r.BlockNumber)
	return nil
}

func consentRevoke(c *cli.Context) error {
	if !common.IsHexAddress(c.String("to")) {
		return fmt.Errorf("--to %q is not an address", c.String("to"))
	}
	to, meter := common.HexToAddress(c.String("to")), c.Uint64("meter")
	r, err := consentSend(c, func(a *bindings.ConsentRegistry) []byte { return a.PackRevoke(meter, to) })
	if err != nil {
		return fmt.Errorf("revoke: %w", err)
	}
	fmt.Printf("revoked %s on meter %d (tx %s, block %d)\n", to.Hex(), meter, r.TxHash.Hex(), r.BlockNumber)
	return nil
}

// consentList finds every grantee from the meter's ConsentGranted events and reads its current
// grant from the contract.
func consentList(c *cli.Context) error {
	client, chainID, err := connect(c)
	if err != nil {
		return err
	}
	defer client.Close()
	d, err := loadDeployment(c, chainID)
	if err != nil {
		return err
	}
	meter := c.Uint64("meter")
	abi := bindings.NewConsentRegistry()
	ctx, cancel := context.WithTimeout(c.Context, time.Minute)
	defer cancel()
	logs, err := client.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{d.ConsentRegistry},
		FromBlock: new(big.Int).SetUint64(d.Block),
		Topics:    [][]common.Hash{{abi.GetABI().Events["ConsentGranted"].ID}, {common.BigToHash(new(big.Int).SetUint64(meter))}}})
	if err != nil {
		return fmt.Errorf("grant events of meter %d: %w", meter, err)
	}
	seen := map[common.Address]bool{}
	var grantees []common.Address
	for i := range logs {
		ev, err := abi.UnpackConsentGrantedEvent(&logs[i])
		if err == nil && !seen[ev.Grantee] {
			seen[ev.Grantee] = true
			grantees = append(grantees, ev.Grantee)
		}
	}
	sort.Slice(grantees, func(i, j int) bool { return grantees[i].Cmp(grantees[j]) < 0 })
	inst := abi.Instance(client, d.ConsentRegistry)
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "GRANTEE\tSCOPES\tUNTIL (UTC)\tSTATE\n")
	n := 0
	for _, g := range grantees {
		cur, err := bind.Call(inst, &bind.CallOpts{Context: ctx}, abi.PackGrantOf(meter, g), abi.UnpackGrantOf)
		if err != nil {
			return fmt.Errorf("read grant of %s: %w", g.Hex(), err)
		}
		if cur.Scope == 0 {
			continue // revoked
		}
		ok, err := bind.Call(inst, &bind.CallOpts{Context: ctx}, abi.PackAllowed(meter, g, cur.Scope), abi.UnpackAllowed)
		if err != nil {
			return fmt.Errorf("read grant of %s: %w", g.Hex(), err)
		}
		state := "active"
		if !ok {
			state = "expired (or given by a previous owner)"
		}
		fmt.Fprintf(tw, "%s\t%v\t%s\t%s\n", g.Hex(), consent.Scope(cur.Scope).Names(), time.Unix(int64(cur.Expiry), 0).UTC().Format("2006-01-02 15:04:05"), state)
		n++
	}
	tw.Flush()
	if n == 0 {
		fmt.Printf("no third party holds a grant on meter %d\n", meter)
	}
	return nil
}
