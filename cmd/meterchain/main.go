// Command meterchain is the one binary of meterchain: the embedded devnet, contract deployment,
// the oracle and settlement services, and the tools for meters, bills, market and consent.
package main

import (
	"fmt"
	"log/slog"
	"os"

	"github.com/joho/godotenv"
	"github.com/urfave/cli/v2"
)

func main() {
	_ = godotenv.Load() // optional .env with METERCHAIN_* settings
	slog.SetDefault(slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo})))
	app := &cli.App{
		Name:  "meterchain",
		Usage: "smart electricity meters, secured by an Ethereum-compatible chain",
		Commands: []*cli.Command{
			accountCommand,
			deployCommand,
			devnetCommand,
			meterCommand,
			settlementCommand,
			oracleCommand,
			watchCommand,
			marketCommand,
			serveCommand,
			loginCommand,
			consentCommand,
			exportCommand,
			auditCommand,
			benchCommand,
			tariffCommand,
			billCommand,
		},
	}
	if err := app.Run(os.Args); err != nil {
		fmt.Fprintln(os.Stderr, "meterchain:", err)
		os.Exit(1)
	}
}
