package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"
	"github.com/urfave/cli/v2"
)

var accountCommand = &cli.Command{
	Name:  "account",
	Usage: "create wallet keys as go-ethereum keystore files",
	Subcommands: []*cli.Command{{
		Name:  "new",
		Usage: "create a new key and write it as an encrypted keystore file",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "out", Required: true, Usage: "keystore `FILE` to write"},
			&cli.StringFlag{Name: "password-file", Required: true, Usage: "`FILE` holding the password"},
		},
		Action: func(c *cli.Context) error {
			pw, err := os.ReadFile(c.String("password-file"))
			if err != nil {
				return fmt.Errorf("read password file: %w", err)
			}
			key, err := crypto.GenerateKey()
			if err != nil {
				return err
			}
			k := &keystore.Key{Id: uuid.New(), Address: crypto.PubkeyToAddress(key.PublicKey), PrivateKey: key}
			data, err := keystore.EncryptKey(k, strings.TrimRight(string(pw), "\r\n"), keystore.StandardScryptN, keystore.StandardScryptP)
			if err != nil {
				return err
			}
			out := c.String("out")
			if err := os.MkdirAll(filepath.Dir(out), 0o700); err != nil {
				return err
			}
			if err := os.WriteFile(out, data, 0o600); err != nil {
				return err
			}
			fmt.Printf("%s\n", k.Address)
			return nil
		},
	}},
}
