// Package lifecycle runs a long-lived service from the command line the one way every meterchain
// command does: start it, run until SIGINT or SIGTERM, then stop it cleanly within a deadline. A
// second signal while it stops gives up on the clean stop, so a hung shutdown never traps the user.
package lifecycle

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
	"time"
)

// DefaultStopTimeout is how long a clean stop may take before Run gives up on it.
const DefaultStopTimeout = 30 * time.Second

// ErrForced is returned when a second signal ended the run before the service stopped cleanly.
var ErrForced = errors.New("stopped by a second signal before a clean stop")

// ErrStopTimeout is returned when the service did not stop within the deadline.
var ErrStopTimeout = errors.New("the service did not stop in time")

// Service is what Run runs.
type Service interface {
	// Start starts the service and returns. Its ctx is cancelled when Run returns, and already
	// while Start runs if a signal arrives then (a slow start can be interrupted).
	Start(ctx context.Context) error
	// Stop stops the service; Run calls it exactly once after Start returned, even when Start
	// failed, so it must release whatever a partial start holds. ctx ends at the deadline or on a
	// second signal; Run returns then without waiting for Stop.
	Stop(ctx context.Context) error
}

// Ender is a Service that can end by itself (a run of fixed length, a server whose listener
// failed): Run stops it as soon as Done is closed, and its Stop reports why it ended.
type Ender interface {
	Done() <-chan struct{}
}

// Run starts svc, waits for SIGINT or SIGTERM (or the end of ctx, or of svc when it is an Ender),
// and stops it within stopTimeout. It returns Start's and Stop's errors, ErrStopTimeout, or
// ErrForced after a second signal.
func Run(ctx context.Context, svc Service, stopTimeout time.Duration) error {
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	defer signal.Stop(sigs)
	return run(ctx, svc, stopTimeout, sigs, nil)
}

// run is Run with the signals as a channel; running, when set, is called once the service has
// started and run waits for the end.
func run(ctx context.Context, svc Service, stopTimeout time.Duration, sigs <-chan os.Signal, running func()) error {
	if stopTimeout <= 0 {
		stopTimeout = DefaultStopTimeout
	}
	svcCtx, cancelSvc := context.WithCancel(ctx)
	defer cancelSvc()

	started := make(chan error, 1)
	go func() { started <- svc.Start(svcCtx) }()
	var startErr error
	interrupted := false
	select {
	case startErr = <-started:
	case sig := <-sigs:
		interrupted = true
		slog.Info("interrupted while starting; stopping (again to force)", "signal", sig)
		cancelSvc()
		select {
		case startErr = <-started:
			if errors.Is(startErr, context.Canceled) { // the interruption, not a failure
				startErr = nil
			}
		case <-sigs:
			return ErrForced
		}
	}

	if startErr == nil && !interrupted {
		var ended <-chan struct{} // nil: never
		if e, ok := svc.(Ender); ok {
			ended = e.Done()
		}
		if running != nil {
			running()
		}
		select {
		case sig := <-sigs:
			slog.Info("stopping (again to force)", "signal", sig)
		case <-ctx.Done():
		case <-ended:
		}
	}

	stopCtx, cancelStop := context.WithTimeout(context.Background(), stopTimeout)
	defer cancelStop()
	stopped := make(chan error, 1)
	go func() { stopped <- svc.Stop(stopCtx) }()
	select {
	case err := <-stopped:
		return errors.Join(startErr, err)
	case <-stopCtx.Done():
		return errors.Join(startErr, fmt.Errorf("%w: still stopping after %s", ErrStopTimeout, stopTimeout))
	case <-sigs:
		cancelStop()
		return errors.Join(startErr, ErrForced)
	}
}
