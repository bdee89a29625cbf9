package ingest

import (
	"bufio"
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/internal/sim/meterfleet"
	"github.com/meterchain/meterchain/test/bench"
)

// The meters' side of the measured window can run in a process of its own (Config.Player):
// in the field every meter is its own device, and their HTTP clients, the prepared envelopes
// they hold and the collector's work on both would otherwise be counted as the oracle's and the
// chain's CPU. The player is handed the prepared uploads in a file, says "ready" on stdout once
// it has loaded them, starts when a line arrives on its stdin, and reports every upload on a
// line of stdout: "ok|refused|failed meter seq began_unix_ns [error]", then "stats delivered
// refused failed retries".

// writeUploads stores prepared uploads for the player: per upload its offset (ns), meter id,
// seq and the sealed envelope, length-prefixed.
func writeUploads(path string, ups []*meterfleet.Upload) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	var head [28]byte
	for _, u := range ups {
		binary.LittleEndian.PutUint64(head[0:], uint64(u.At))
		binary.LittleEndian.PutUint64(head[8:], u.Reading.MeterID)
		binary.LittleEndian.PutUint64(head[16:], u.Reading.Seq)
		binary.LittleEndian.PutUint32(head[24:], uint32(len(u.Envelope)))
		w.Write(head[:])
		w.Write(u.Envelope)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// readUploads loads what writeUploads stored, with one Meter per meter id seen.
func readUploads(path string) ([]*meterfleet.Upload, []*meterfleet.Meter, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	r := bufio.NewReaderSize(f, 1<<20)
	meters := map[uint64]*meterfleet.Meter{}
	var fleet []*meterfleet.Meter
	var ups []*meterfleet.Upload
	var head [28]byte
	for {
		if _, err := io.ReadFull(r, head[:]); errors.Is(err, io.EOF) {
			return ups, fleet, nil
		} else if err != nil {
			return nil, nil, fmt.Errorf("uploads: %w", err)
		}
		id := binary.LittleEndian.Uint64(head[8:])
		env := make([]byte, binary.LittleEndian.Uint32(head[24:]))
		if _, err := io.ReadFull(r, env); err != nil {
			return nil, nil, fmt.Errorf("uploads: %w", err)
		}
		m := meters[id]
		if m == nil {
			m = &meterfleet.Meter{ID: id}
			meters[id] = m
			fleet = append(fleet, m)
		}
		ups = append(ups, &meterfleet.Upload{At: time.Duration(binary.LittleEndian.Uint64(head[0:])), Job: meterfleet.Job{
			Meter: m, Reading: reading.Reading{MeterID: id, Seq: binary.LittleEndian.Uint64(head[16:])}, Envelope: env}})
	}
}

// PlayConfig is the player process's configuration.
type PlayConfig struct {
	URL       string // the oracle's HTTP base URL
	Workers   int    // concurrent uploads
	Uploads   string // the file of prepared uploads
	OracleKey string // the oracle's public key, hex (the meters sealed to it)
	Progress  io.Writer
}

// Play is the player process: it loads cfg.Uploads, says "ready" on out, waits for a line on
// in, sends the uploads at their times and reports each on out.
func Play(ctx context.Context, cfg PlayConfig, in io.Reader, out io.Writer) error {
	key, err := meterfleet.ParsePublicKey(cfg.OracleKey)
	if err != nil {
		return err
	}
	ups, fleet, err := readUploads(cfg.Uploads)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(out, 1<<16)
	fmt.Fprintln(w, "ready")
	if err := w.Flush(); err != nil {
		return err
	}
	if _, err := bufio.NewReader(in).ReadString('\n'); err != nil {
		return fmt.Errorf("waiting for the start: %w", err)
	}
	var mu sync.Mutex
	sender := meterfleet.NewHTTPSender(cfg.URL, cfg.Workers)
	defer sender.Close()
	stats, err := meterfleet.Play(ctx, meterfleet.Config{Meters: fleet, OracleKey: key, Sender: sender,
		Workers: cfg.Workers, Progress: cfg.Progress,
		OnSent: func(s meterfleet.Sent) {
			kind, msg := "ok", ""
			var refused *meterfleet.RefusedError
			switch {
			case errors.As(s.Err, &refused):
				kind, msg = "refused", s.Err.Error()
			case s.Err != nil:
				kind, msg = "failed", s.Err.Error()
			}
			mu.Lock()
			fmt.Fprintf(w, "%s %d %d %d %s\n", kind, s.Reading.MeterID, s.Reading.Seq, s.Began.UnixNano(), strings.ReplaceAll(msg, "\n", " "))
			mu.Unlock()
		}}, ups)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "stats %d %d %d %d\n", stats.Delivered.Load(), stats.Refused.Load(), stats.Failed.Load(), stats.Retries.Load())
	return w.Flush()
}

// outside is a player process started by playOutside.
type outside struct {
	cmd   *exec.Cmd
	start io.WriteCloser
	lines *bufio.Scanner
}

// startOutside hands ups to a player process (argv, then its flags) and returns once it has
// loaded them.
func startOutside(ctx context.Context, argv []string, dir, url string, workers int, oracleKey *ecdsa.PublicKey,
	ups []*meterfleet.Upload, progress io.Writer) (*outside, error) {
	path := dir + "/uploads.bin"
	if err := writeUploads(path, ups); err != nil {
		return nil, fmt.Errorf("player: %w", err)
	}
	args := append(argv[1:len(argv):len(argv)], "--url", url, "--workers", strconv.Itoa(workers), "--uploads", path,
		"--oracle-key", fmt.Sprintf("%x", crypto.FromECDSAPub(oracleKey)))
	cmd := exec.CommandContext(ctx, argv[0], args...)
	cmd.Stderr = progress
	start, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("player: %w", err)
	}
	o := &outside{cmd: cmd, start: start, lines: bufio.NewScanner(out)}
	if !o.lines.Scan() || o.lines.Text() != "ready" {
		cmd.Process.Kill()
		return nil, fmt.Errorf("player: not ready: %w", errors.Join(o.lines.Err(), cmd.Wait()))
	}
	return o, nil
}

// play starts the player and reports each upload to onSent (the error text "" when delivered)
// until it is done; cpu is what the player process used.
func (o *outside) play(onSent func(kind string, k bench.ReadingKey, began time.Time, msg string)) (stats *meterfleet.Stats, cpu time.Duration, err error) {
	if _, err := io.WriteString(o.start, "go\n"); err != nil {
		return nil, 0, fmt.Errorf("player: %w", err)
	}
	o.start.Close()
	for o.lines.Scan() {
		f := strings.SplitN(o.lines.Text(), " ", 5)
		if f[0] == "stats" && len(f) == 5 {
			stats = &meterfleet.Stats{}
			for i, c := range []interface{ Store(int64) }{&stats.Delivered, &stats.Refused, &stats.Failed, &stats.Retries} {
				n, _ := strconv.ParseInt(f[i+1], 10, 64)
				c.Store(n)
			}
			continue
		}
		if len(f) < 4 {
			return nil, 0, fmt.Errorf("player: unexpected line %q", o.lines.Text())
		}
		meter, err1 := strconv.ParseUint(f[1], 10, 64)
		seq, err2 := strconv.ParseUint(f[2], 10, 64)
		began, err3 := strconv.ParseInt(f[3], 10, 64)
		if err := errors.Join(err1, err2, err3); err != nil {
			return nil, 0, fmt.Errorf("player: %w", err)
		}
		msg := ""
		if len(f) == 5 {
			msg = f[4]
		}
		onSent(f[0], bench.ReadingKey{Meter: meter, Seq: seq}, time.Unix(0, began), msg)
	}
	if err := errors.Join(o.lines.Err(), o.cmd.Wait()); err != nil {
		return nil, 0, fmt.Errorf("player: %w", err)
	}
	if stats == nil {
		return nil, 0, errors.New("player: no stats")
	}
	return stats, o.cmd.ProcessState.UserTime() + o.cmd.ProcessState.SystemTime(), nil
}
