package attack

import (
	"net"
	"net/http"
	"time"
)

// Source addresses. On loopback every client would be 127.0.0.1: one address that the oracle
// and the portal charge, per source, for everyone's unauthenticated work, connections and
// pending sign-ins, so the honest fleet and honest users would pay for the attackers' floods,
// which no deployment sees. Loopback answers on all of 127/8, so each party dials from its own
// addresses, as on the internet: the honest HTTP meters from honestAddrs addresses (homes and
// NATs), each honest user signing in from one of its own, and every attacker connection from an
// address of its own (a botnet: the per-source budgets hold each of them to a share, and only the
// budgets over all sources bind the attack as a whole).
const (
	honestNet   = 1  // 127.1.x.y: honest meters
	userNet     = 2  // 127.2.x.y: honest users signing in
	attackerNet = 66 // 127.66.x.y: attackers
	honestAddrs = 64
)

// sourceAddr is the i-th address of a party's network (never .0 or .255 in the last octet).
func sourceAddr(network byte, i int) *net.TCPAddr {
	i %= 250 * 256
	return &net.TCPAddr{IP: net.IPv4(127, network, byte(i/250), byte(i%250+1))}
}

// clientFrom is an HTTP client whose connections leave from addr.
func clientFrom(addr *net.TCPAddr, conns int, timeout time.Duration) *http.Client {
	tr := &http.Transport{
		DialContext:         (&net.Dialer{Timeout: 5 * time.Second, LocalAddr: addr}).DialContext,
		MaxIdleConns:        conns,
		MaxIdleConnsPerHost: conns,
		IdleConnTimeout:     90 * time.Second,
	}
	return &http.Client{Transport: tr, Timeout: timeout}
}
