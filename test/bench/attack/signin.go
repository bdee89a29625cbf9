package attack

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"net/http"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/meterchain/meterchain/test/bench"
)

// signIns are honest users signing in to the portal the way its UI does: ask for a nonce and
// the EIP-4361 message, sign it with the wallet (personal_sign), log in.
type signIns struct {
	mu       sync.Mutex
	ms       []float64
	failed   int
	started  int
	firstErr string // the first failure, to say why
}

// run signs a fresh user in every `every` until ctx ends; each sign-in runs on its own, from
// the user's own address.
func (s *signIns) run(ctx context.Context, base string, every time.Duration) {
	var wg sync.WaitGroup
	defer wg.Wait()
	t := time.NewTicker(every)
	defer t.Stop()
	for users := 0; ; users++ {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		client := clientFrom(sourceAddr(userNet, users), 1, 30*time.Second)
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer client.CloseIdleConnections()
			began := time.Now()
			// Detached from ctx: a sign-in begun in the window is finished and counted.
			err := signIn(context.WithoutCancel(ctx), client, base)
			s.mu.Lock()
			defer s.mu.Unlock()
			s.started++
			if err != nil {
				if s.failed == 0 {
					s.firstErr = err.Error()
				}
				s.failed++
				return
			}
			s.ms = append(s.ms, float64(time.Since(began))/float64(time.Millisecond))
		}()
	}
}

func (s *signIns) summary() (n, failed int, p99Ms float64, firstErr string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	slices.Sort(s.ms)
	return s.started, s.failed, math.Round(bench.Percentile(s.ms, 0.99)), s.firstErr
}

func signIn(ctx context.Context, client *http.Client, base string) error {
	key, err := crypto.GenerateKey()
	if err != nil {
		return err
	}
	addr := crypto.PubkeyToAddress(key.PublicKey)
	var challenge struct {
		Message string `json:"message"`
	}
	if err := postJSON(ctx, client, base+"/v1/auth/nonce", map[string]string{"address": addr.Hex()}, &challenge); err != nil {
		return err
	}
	sig, err := crypto.Sign(accounts.TextHash([]byte(challenge.Message)), key)
	if err != nil {
		return err
	}
	sig[64] += 27
	var session struct {
		Token string `json:"token"`
	}
	if err := postJSON(ctx, client, base+"/v1/auth/login", map[string]string{"message": challenge.Message, "signature": hexutil.Encode(sig)}, &session); err != nil {
		return err
	}
	if session.Token == "" {
		return fmt.Errorf("login answered no token")
	}
	return nil
}

func postJSON(ctx context.Context, client *http.Client, url string, in, out any) error {
	body, err := json.Marshal(in)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	if err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%s: HTTP %d: %s", url, resp.StatusCode, bytes.TrimSpace(data))
	}
	return json.Unmarshal(data, out)
}
