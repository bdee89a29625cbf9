package main

import (
	"github.com/urfave/cli/v2"

	"github.com/meterchain/meterchain/internal/lifecycle"
)

// stopTimeoutFlag bounds the clean stop of every long-running command.
var stopTimeoutFlag = &cli.DurationFlag{Name: "stop-timeout", Value: lifecycle.DefaultStopTimeout, EnvVars: []string{"METERCHAIN_STOP_TIMEOUT"},
	Category: "Service", Usage: "longest clean stop after Ctrl-C or SIGTERM (a second Ctrl-C stops at once)"}

// runService runs svc until Ctrl-C or SIGTERM (see internal/lifecycle).
func runService(c *cli.Context, svc lifecycle.Service) error {
	return lifecycle.Run(c.Context, svc, c.Duration(stopTimeoutFlag.Name))
}
