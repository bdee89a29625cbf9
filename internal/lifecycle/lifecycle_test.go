package lifecycle

import (
	"context"
	"errors"
	"os"
	"os/signal"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// fakeService records its lifecycle; block* make Start or Stop wait until released.
type fakeService struct {
	started      chan struct{} // closed when Start is called
	stopCalled   chan struct{} // closed when Stop is called
	ctxAtStop    error         // Start's ctx error when Stop was called
	startCtx     context.Context
	blockStart   bool // Start waits for its ctx to end
	releaseStop  chan struct{}
	startErr     error
	stopErr      error
	done         chan struct{} // non-nil: an Ender
	stopDeadline bool          // Stop received a ctx with a deadline
}

func newFake() *fakeService {
	return &fakeService{started: make(chan struct{}), stopCalled: make(chan struct{})}
}

func (f *fakeService) Start(ctx context.Context) error {
	f.startCtx = ctx
	close(f.started)
	if f.blockStart {
		<-ctx.Done()
		return ctx.Err()
	}
	return f.startErr
}

func (f *fakeService) Stop(ctx context.Context) error {
	f.ctxAtStop = f.startCtx.Err()
	_, f.stopDeadline = ctx.Deadline()
	close(f.stopCalled)
	if f.releaseStop != nil {
		select {
		case <-f.releaseStop:
		case <-ctx.Done():
			<-f.releaseStop
		}
	}
	return f.stopErr
}

type enderService struct{ *fakeService }

func (e enderService) Done() <-chan struct{} { return e.done }

func runAsync(ctx context.Context, svc Service, timeout time.Duration, sigs <-chan os.Signal) <-chan error {
	out := make(chan error, 1)
	go func() { out <- run(ctx, svc, timeout, sigs, nil) }()
	return out
}

// runWithSignals runs svc like Run, on the process's real SIGINT and SIGTERM, and returns once
// the service has started and Run waits for a signal.
func runWithSignals(t *testing.T, svc Service, timeout time.Duration) <-chan error {
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	t.Cleanup(func() { signal.Stop(sigs) })
	out, running := make(chan error, 1), make(chan struct{})
	go func() { out <- run(context.Background(), svc, timeout, sigs, func() { close(running) }) }()
	<-running
	return out
}

func TestRunStopsCleanlyOnSignal(t *testing.T) {
	f := newFake()
	out := runWithSignals(t, f, time.Minute)
	require.NoError(t, syscall.Kill(os.Getpid(), syscall.SIGINT))
	require.NoError(t, <-out)
	<-f.stopCalled
	require.NoError(t, f.ctxAtStop, "the service's context must still be live when Stop runs: Stop is the clean way")
	require.True(t, f.stopDeadline, "Stop gets a deadline")
	require.Error(t, f.startCtx.Err(), "the service's context ends when Run returns")
}

func TestRunSecondSignalForces(t *testing.T) {
	f := newFake()
	f.releaseStop = make(chan struct{})
	defer close(f.releaseStop)
	out := runWithSignals(t, f, time.Hour)
	require.NoError(t, syscall.Kill(os.Getpid(), syscall.SIGINT))
	<-f.stopCalled // Stop hangs
	require.NoError(t, syscall.Kill(os.Getpid(), syscall.SIGTERM))
	require.ErrorIs(t, <-out, ErrForced)
}

func TestRunInterruptedWhileStarting(t *testing.T) {
	f := newFake()
	f.blockStart = true
	out := make(chan error, 1)
	go func() { out <- Run(context.Background(), f, time.Minute) }()
	<-f.started // Run listens for signals before it starts the service
	require.NoError(t, syscall.Kill(os.Getpid(), syscall.SIGINT))
	require.NoError(t, <-out, "an interrupted start is not a failure")
	<-f.stopCalled
}

func TestRunSecondSignalForcesWhileStarting(t *testing.T) {
	f := newFake()
	f.blockStart = true
	started := make(chan struct{})
	hung := &hungStart{fakeService: f, started: started}
	sigs := make(chan os.Signal, 2)
	out := runAsync(context.Background(), hung, time.Minute, sigs)
	<-started
	sigs <- os.Interrupt
	sigs <- os.Interrupt
	require.ErrorIs(t, <-out, ErrForced)
}

// hungStart ignores its context: only a second signal ends the run.
type hungStart struct {
	*fakeService
	started chan struct{}
}

func (h *hungStart) Start(context.Context) error { close(h.started); select {} }

func TestRunStopDeadline(t *testing.T) {
	f := newFake()
	f.releaseStop = make(chan struct{})
	defer close(f.releaseStop)
	sigs := make(chan os.Signal, 2)
	out := runAsync(context.Background(), f, 10*time.Millisecond, sigs)
	<-f.started
	sigs <- syscall.SIGTERM
	require.ErrorIs(t, <-out, ErrStopTimeout)
}

func TestRunFailedStartStillStops(t *testing.T) {
	f := newFake()
	f.startErr = errors.New("listen: address in use")
	err := <-runAsync(context.Background(), f, time.Minute, make(chan os.Signal))
	require.ErrorIs(t, err, f.startErr)
	<-f.stopCalled
}

func TestRunEnderEndsByItself(t *testing.T) {
	f := newFake()
	f.done = make(chan struct{})
	f.stopErr = errors.New("the run failed")
	close(f.done)
	err := <-runAsync(context.Background(), enderService{f}, time.Minute, make(chan os.Signal))
	require.ErrorIs(t, err, f.stopErr)
	<-f.stopCalled
}

func TestRunStopsWhenContextEnds(t *testing.T) {
	f := newFake()
	ctx, cancel := context.WithCancel(context.Background())
	out := runAsync(ctx, f, time.Minute, make(chan os.Signal))
	<-f.started
	cancel()
	require.NoError(t, <-out)
	<-f.stopCalled
}
