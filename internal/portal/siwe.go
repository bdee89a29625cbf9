package portal

import (
	"container/heap"
	"crypto/ecdsa"
	"crypto/rand"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// SIWEMessage is an EIP-4361 (Sign-In with Ethereum) message: the fields this server checks.
type SIWEMessage struct {
	Domain         string
	Address        common.Address
	Statement      string
	URI            string
	Version        string
	ChainID        uint64
	Nonce          string
	IssuedAt       time.Time
	ExpirationTime *time.Time
	NotBefore      *time.Time
}

// LoginStatement is the human-readable line of the messages this server prepares.
const LoginStatement = "Sign in to meterchain to see your meters, bills and consents."

// String renders the message in the EIP-4361 layout (the exact text that is signed).
func (m SIWEMessage) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s wants you to sign in with your Ethereum account:\n%s\n\n", m.Domain, m.Address.Hex())
	if m.Statement != "" {
		fmt.Fprintf(&b, "%s\n\n", m.Statement)
	}
	fmt.Fprintf(&b, "URI: %s\nVersion: %s\nChain ID: %d\nNonce: %s\nIssued At: %s", m.URI, m.Version, m.ChainID, m.Nonce,
		m.IssuedAt.UTC().Format(time.RFC3339))
	if m.ExpirationTime != nil {
		fmt.Fprintf(&b, "\nExpiration Time: %s", m.ExpirationTime.UTC().Format(time.RFC3339))
	}
	if m.NotBefore != nil {
		fmt.Fprintf(&b, "\nNot Before: %s", m.NotBefore.UTC().Format(time.RFC3339))
	}
	return b.String()
}

// ParseSIWE parses an EIP-4361 message. The address must be in EIP-55 checksum form, as the
// standard requires.
func ParseSIWE(text string) (SIWEMessage, error) {
	var m SIWEMessage
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	if len(lines) < 8 {
		return m, errors.New("not an EIP-4361 message: too short")
	}
	domain, ok := strings.CutSuffix(lines[0], " wants you to sign in with your Ethereum account:")
	if !ok || domain == "" {
		return m, errors.New("not an EIP-4361 message: bad first line")
	}
	m.Domain = domain
	if !common.IsHexAddress(lines[1]) || common.HexToAddress(lines[1]).Hex() != lines[1] {
		return m, fmt.Errorf("address %q is not an EIP-55 checksummed address", lines[1])
	}
	m.Address = common.HexToAddress(lines[1])
	if lines[2] != "" {
		return m, errors.New("not an EIP-4361 message: expected an empty line after the address")
	}
	i := 3
	if !strings.HasPrefix(lines[i], "URI: ") {
		m.Statement = lines[i]
		if i+1 >= len(lines) || lines[i+1] != "" {
			return m, errors.New("not an EIP-4361 message: expected an empty line after the statement")
		}
		i += 2
	}
	seen := map[string]bool{}
	for ; i < len(lines); i++ {
		key, val, ok := strings.Cut(lines[i], ": ")
		if !ok {
			return m, fmt.Errorf("malformed line %q", lines[i])
		}
		if seen[key] {
			return m, fmt.Errorf("field %q given twice", key)
		}
		seen[key] = true
		var err error
		switch key {
		case "URI":
			m.URI = val
		case "Version":
			m.Version = val
		case "Chain ID":
			m.ChainID, err = strconv.ParseUint(val, 10, 64)
		case "Nonce":
			m.Nonce = val
		case "Issued At":
			m.IssuedAt, err = time.Parse(time.RFC3339, val)
		case "Expiration Time":
			var t time.Time
			t, err = time.Parse(time.RFC3339, val)
			m.ExpirationTime = &t
		case "Not Before":
			var t time.Time
			t, err = time.Parse(time.RFC3339, val)
			m.NotBefore = &t
		case "Request ID", "Resources":
			// allowed by the standard, not used here
		default:
			return m, fmt.Errorf("unknown field %q", key)
		}
		if err != nil {
			return m, fmt.Errorf("field %q: %w", key, err)
		}
	}
	for _, f := range []string{"URI", "Version", "Chain ID", "Nonce", "Issued At"} {
		if !seen[f] {
			return m, fmt.Errorf("missing field %q", f)
		}
	}
	return m, nil
}

// RecoverPersonal returns the address that signed text with personal_sign (EIP-191 version 0x45),
// which is what wallets do for SIWE. V may be 0/1 or 27/28; high-s signatures are refused.
func RecoverPersonal(text string, sig []byte) (common.Address, error) {
	if len(sig) != 65 {
		return common.Address{}, fmt.Errorf("signature must be 65 bytes, got %d", len(sig))
	}
	s := make([]byte, 65)
	copy(s, sig)
	if s[64] >= 27 {
		s[64] -= 27
	}
	if s[64] > 1 {
		return common.Address{}, fmt.Errorf("bad signature recovery id %d", sig[64])
	}
	halfN := new(big.Int).Rsh(crypto.S256().Params().N, 1)
	if new(big.Int).SetBytes(s[32:64]).Cmp(halfN) > 0 {
		return common.Address{}, errors.New("high-s signature refused")
	}
	pub, err := crypto.SigToPub(accounts.TextHash([]byte(text)), s)
	if err != nil {
		return common.Address{}, fmt.Errorf("recover signer: %w", err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// SignPersonal signs text like a wallet's personal_sign (V 27/28): for the CLI and tests.
func SignPersonal(key *ecdsa.PrivateKey, text string) ([]byte, error) {
	sig, err := crypto.Sign(accounts.TextHash([]byte(text)), key)
	if err != nil {
		return nil, err
	}
	sig[64] += 27
	return sig, nil
}

func randomToken(n int) string {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		panic(err) // crypto/rand never fails on supported platforms
	}
	return hex.EncodeToString(b)
}

// expiring is a min-heap of keys by expiry: sweeping pops what has expired, oldest first, each
// key once, in O(log n), whatever the lifetimes.
type expiring []expiry

type expiry struct {
	key string
	exp time.Time
}

func (q expiring) Len() int           { return len(q) }
func (q expiring) Less(i, j int) bool { return q[i].exp.Before(q[j].exp) }
func (q expiring) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }
func (q *expiring) Push(x any)        { *q = append(*q, x.(expiry)) }
func (q *expiring) Pop() any {
	old := *q
	x := old[len(old)-1]
	*q = old[:len(old)-1]
	return x
}

func (q *expiring) push(key string, exp time.Time) { heap.Push(q, expiry{key, exp}) }

// pop calls drop for each key expired at now.
func (q *expiring) pop(now time.Time, drop func(key string)) {
	for q.Len() > 0 && !now.Before((*q)[0].exp) {
		drop(heap.Pop(q).(expiry).key)
	}
}

// errBusy refuses a sign-in challenge: too many pending from one source, or in all.
type errBusy string

func (e errBusy) Error() string { return string(e) }

// nonces are the login challenges issued: single use, short-lived, bounded in number in all and
// per source (client address), so that one source flooding POST /v1/auth/nonce can hold at most
// perSource of the max slots and everyone else still signs in.
type nonces struct {
	mu        sync.Mutex
	ttl       time.Duration
	max       int
	perSource int
	m         map[string]pendingNonce
	bySource  map[string]int // pending nonces per source
	queue     expiring
}

type pendingNonce struct {
	source string
	exp    time.Time
}

func newNonces(ttl time.Duration, max, perSource int) *nonces {
	return &nonces{ttl: ttl, max: max, perSource: perSource, m: map[string]pendingNonce{}, bySource: map[string]int{}}
}

// forget removes a pending nonce (used or expired) and its count against its source.
func (n *nonces) forget(nonce string) {
	p, ok := n.m[nonce]
	if !ok {
		return
	}
	delete(n.m, nonce)
	if n.bySource[p.source]--; n.bySource[p.source] <= 0 {
		delete(n.bySource, p.source)
	}
}

func (n *nonces) issue(source string, now time.Time) (string, time.Time, error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.queue.pop(now, n.forget)
	if n.bySource[source] >= n.perSource {
		return "", time.Time{}, errBusy(fmt.Sprintf("%d sign-ins from your address are pending: complete one or wait %s", n.perSource, n.ttl))
	}
	if len(n.m) >= n.max {
		return "", time.Time{}, errBusy("too many pending sign-ins, try again in a minute")
	}
	nonce := randomToken(12) // 96 bits; EIP-4361 asks for at least 8 alphanumeric characters
	exp := now.Add(n.ttl)
	n.m[nonce] = pendingNonce{source: source, exp: exp}
	n.bySource[source]++
	n.queue.push(nonce, exp)
	return nonce, exp, nil
}

// take consumes a nonce: true only the first time and before it expires.
func (n *nonces) take(nonce string, now time.Time) bool {
	n.mu.Lock()
	defer n.mu.Unlock()
	p, ok := n.m[nonce]
	n.forget(nonce)
	return ok && now.Before(p.exp)
}

// session is a signed-in address.
type session struct {
	Address common.Address
	Expiry  time.Time
}

// linkCode is a pending one-time browser sign-in code; binding is set when a browser opens the
// link (the value of its login cookie), and only that browser may then confirm it.
type linkCode struct {
	session
	binding string
}

// sessions maps bearer tokens (also the UI's cookie) and single-use UI login codes to addresses.
type sessions struct {
	mu      sync.Mutex
	ttl     time.Duration
	byTok   map[string]session
	codes   map[string]linkCode // one-time browser login codes
	byAddr  map[common.Address]int
	perAddr int // pending codes per address
	queue   expiring
}

func newSessions(ttl time.Duration, perAddr int) *sessions {
	return &sessions{ttl: ttl, byTok: map[string]session{}, codes: map[string]linkCode{}, byAddr: map[common.Address]int{},
		perAddr: perAddr}
}

func (s *sessions) create(addr common.Address, now time.Time) (string, session) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for k, v := range s.byTok {
		if !now.Before(v.Expiry) {
			delete(s.byTok, k)
		}
	}
	tok := randomToken(32)
	se := session{Address: addr, Expiry: now.Add(s.ttl)}
	s.byTok[tok] = se
	return tok, se
}

func (s *sessions) get(tok string, now time.Time) (session, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	se, ok := s.byTok[tok]
	if !ok || !now.Before(se.Expiry) {
		delete(s.byTok, tok)
		return session{}, false
	}
	return se, true
}

func (s *sessions) drop(tok string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.byTok, tok)
}

// forgetCode removes a pending code (used or expired) and its count against its address.
func (s *sessions) forgetCode(code string) {
	lc, ok := s.codes[code]
	if !ok {
		return
	}
	delete(s.codes, code)
	if s.byAddr[lc.Address]--; s.byAddr[lc.Address] <= 0 {
		delete(s.byAddr, lc.Address)
	}
}

// code makes a one-time code, valid for ttl, that a browser exchanges for a session of the same
// address.
func (s *sessions) code(addr common.Address, now time.Time, ttl time.Duration) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.queue.pop(now, s.forgetCode)
	if s.byAddr[addr] >= s.perAddr {
		return "", errBusy(fmt.Sprintf("%d sign-in links of %s are pending: use one or wait a minute", s.perAddr, addr.Hex()))
	}
	c := randomToken(16)
	exp := now.Add(ttl)
	s.codes[c] = linkCode{session: session{Address: addr, Expiry: exp}}
	s.byAddr[addr]++
	s.queue.push(c, exp)
	return c, nil
}

// bind ties a pending code to the browser that opened its link (binding: its login cookie) and
// returns the address it signs in as. A later opening rebinds it: the link's holder decides.
func (s *sessions) bind(code, binding string, now time.Time) (common.Address, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	lc, ok := s.codes[code]
	if !ok || !now.Before(lc.Expiry) {
		return common.Address{}, false
	}
	lc.binding = binding
	s.codes[code] = lc
	return lc.Address, true
}

// redeem consumes a code bound to binding: a code never opened, or opened in another browser,
// does not sign in (and stays usable by the browser it is bound to).
func (s *sessions) redeem(code, binding string, now time.Time) (common.Address, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	lc, ok := s.codes[code]
	if !ok || lc.binding == "" || subtle.ConstantTimeCompare([]byte(binding), []byte(lc.binding)) != 1 {
		return common.Address{}, false
	}
	s.forgetCode(code)
	return lc.Address, now.Before(lc.Expiry)
}
