package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/meterchain/meterchain/bindings"
	"github.com/meterchain/meterchain/internal/chaintx"
	"github.com/meterchain/meterchain/internal/sim/meterfleet"
)

// The registrar's changes to a meter (a new signing key, a new owner) are proposals that take
// effect after MeterRegistry's delay, or at once when the owner confirms them; these commands
// make, show, confirm and complete them.

var meterIDFlag = &cli.Uint64Flag{Name: "id", Required: true, Usage: "meter `ID` (9 digits: zone, building, meter)"}

var meterRotateCommand = &cli.Command{
	Name:  "rotate",
	Usage: "propose a new signing key for a meter (registrar key; takes effect after the delay or when the owner confirms)",
	Flags: append([]cli.Flag{meterIDFlag,
		&cli.StringFlag{Name: "signer", Usage: "the new signing `ADDRESS` (or --key-file)"},
		&cli.StringFlag{Name: "key-file", Usage: "meter key `FILE` from `meter keygen`"},
	}, chainFlags...),
	Action: func(c *cli.Context) error {
		signer, err := signerFlag(c)
		if err != nil {
			return err
		}
		abi := bindings.NewMeterRegistry()
		return sendRegistry(c, "propose signer "+signer.Hex(), abi.PackRotateSigner(c.Uint64("id"), signer))
	},
}

var meterTransferCommand = &cli.Command{
	Name:  "transfer",
	Usage: "hand a meter to a new owner: at once with the owner's key, as a time-locked proposal with the registrar's",
	Flags: append([]cli.Flag{meterIDFlag,
		&cli.StringFlag{Name: "to", Required: true, Usage: "the new owner's wallet `ADDRESS`"},
	}, chainFlags...),
	Action: func(c *cli.Context) error {
		if !common.IsHexAddress(c.String("to")) {
			return fmt.Errorf("--to %q is not an address", c.String("to"))
		}
		abi := bindings.NewMeterRegistry()
		return sendRegistry(c, "owner change to "+c.String("to"), abi.PackChangeOwner(c.Uint64("id"), common.HexToAddress(c.String("to"))))
	},
}

var meterConfirmCommand = &cli.Command{
	Name:  "confirm",
	Usage: "the owner confirms the registrar's pending change of the meter's signing key or owner, so it applies now",
	Flags: append([]cli.Flag{meterIDFlag}, chainFlags...),
	Action: func(c *cli.Context) error {
		p, err := readPending(c)
		if err != nil {
			return err
		}
		abi := bindings.NewMeterRegistry()
		switch {
		case p.NewSigner != (common.Address{}):
			return sendRegistry(c, "confirm signer "+p.NewSigner.Hex(), abi.PackConfirmSignerRotation(c.Uint64("id"), p.NewSigner))
		case p.NewOwner != (common.Address{}):
			// The owner handing the meter over itself acts at once: that is the confirmation.
			return sendRegistry(c, "confirm owner "+p.NewOwner.Hex(), abi.PackChangeOwner(c.Uint64("id"), p.NewOwner))
		}
		return fmt.Errorf("meter %d has no pending change", c.Uint64("id"))
	},
}

var meterCompleteCommand = &cli.Command{
	Name:  "complete",
	Usage: "apply the meter's pending changes whose delay has passed (any key)",
	Flags: append([]cli.Flag{meterIDFlag}, chainFlags...),
	Action: func(c *cli.Context) error {
		p, err := readPending(c)
		if err != nil {
			return err
		}
		abi := bindings.NewMeterRegistry()
		now := uint64(time.Now().Unix())
		done := 0
		if p.NewSigner != (common.Address{}) && p.SignerNotBefore <= now {
			if err := sendRegistry(c, "complete signer "+p.NewSigner.Hex(), abi.PackCompleteSignerRotation(c.Uint64("id"))); err != nil {
				return err
			}
			done++
		}
		if p.NewOwner != (common.Address{}) && p.OwnerNotBefore <= now {
			if err := sendRegistry(c, "complete owner "+p.NewOwner.Hex(), abi.PackCompleteOwnerChange(c.Uint64("id"))); err != nil {
				return err
			}
			done++
		}
		if done == 0 {
			return fmt.Errorf("meter %d has no change due yet (`meter pending` shows when)", c.Uint64("id"))
		}
		return nil
	},
}

var meterPendingCommand = &cli.Command{
	Name:  "pending",
	Usage: "show the registrar's changes to a meter that wait for their delay or the owner's confirmation",
	Flags: append([]cli.Flag{meterIDFlag}, chainFlags...),
	Action: func(c *cli.Context) error {
		p, err := readPending(c)
		if err != nil {
			return err
		}
		id := c.Uint64("id")
		if p.NewSigner == (common.Address{}) && p.NewOwner == (common.Address{}) {
			fmt.Printf("meter %d: no pending change\n", id)
			return nil
		}
		if p.NewSigner != (common.Address{}) {
			fmt.Printf("meter %d: new signing key %s from %s (or when the owner confirms)\n", id, p.NewSigner, unixUTC(p.SignerNotBefore))
		}
		if p.NewOwner != (common.Address{}) {
			fmt.Printf("meter %d: new owner %s from %s (or when the owner confirms)\n", id, p.NewOwner, unixUTC(p.OwnerNotBefore))
		}
		return nil
	},
}

func unixUTC(t uint64) string { return time.Unix(int64(t), 0).UTC().Format(time.RFC3339) }

// signerFlag is the address of --signer or of --key-file's key.
func signerFlag(c *cli.Context) (common.Address, error) {
	switch {
	case c.String("key-file") != "":
		kf, _, err := meterfleet.ReadKeyFile(c.String("key-file"))
		if err != nil {
			return common.Address{}, err
		}
		return kf.Address, nil
	case common.IsHexAddress(c.String("signer")):
		return common.HexToAddress(c.String("signer")), nil
	}
	return common.Address{}, errors.New("give the meter's signer: --signer ADDRESS or --key-file FILE")
}

// readPending reads MeterRegistry.pendingOf for --id.
func readPending(c *cli.Context) (bindings.PendingOfOutput, error) {
	client, chainID, err := connect(c)
	if err != nil {
		return bindings.PendingOfOutput{}, err
	}
	defer client.Close()
	d, err := loadDeployment(c, chainID)
	if err != nil {
		return bindings.PendingOfOutput{}, err
	}
	abi := bindings.NewMeterRegistry()
	p, err := bind.Call(abi.Instance(client, d.MeterRegistry), &bind.CallOpts{Context: c.Context}, abi.PackPendingOf(c.Uint64("id")), abi.UnpackPendingOf)
	if err != nil {
		return bindings.PendingOfOutput{}, fmt.Errorf("pending changes of meter %d: %w", c.Uint64("id"), err)
	}
	return p, nil
}

// sendRegistry sends data to the MeterRegistry from the command's key and waits for success.
func sendRegistry(c *cli.Context, what string, data []byte) error {
	client, chainID, err := connect(c)
	if err != nil {
		return err
	}
	defer client.Close()
	key, err := loadKey(c, chainID)
	if err != nil {
		return err
	}
	d, err := loadDeployment(c, chainID)
	if err != nil {
		return err
	}
	opts := bind.NewKeyedTransactor(key, chainIDBig(chainID))
	opts.Context = c.Context
	tx, err := bind.Transact(bindings.NewMeterRegistry().Instance(client, d.MeterRegistry), opts, data)
	if err != nil {
		return fmt.Errorf("meter %d: %s: %w", c.Uint64("id"), what, withRevertName(err, &bindings.MeterRegistryMetaData))
	}
	r, err := chaintx.WaitOK(c.Context, client, tx.Hash())
	if err != nil {
		return fmt.Errorf("meter %d: %s: %w", c.Uint64("id"), what, err)
	}
	fmt.Printf("meter %d: %s in block %d\n", c.Uint64("id"), what, r.BlockNumber)
	return nil
}
