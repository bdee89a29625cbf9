package oracle

import (
	"net"
	"net/netip"
	"strings"
	"sync"
)

// parsePrefix reads a CIDR or a single address (a /32 or /128).
func parsePrefix(s string) (netip.Prefix, error) {
	if strings.Contains(s, "/") {
		return netip.ParsePrefix(s)
	}
	a, err := netip.ParseAddr(s)
	if err != nil {
		return netip.Prefix{}, err
	}
	return netip.PrefixFrom(a, a.BitLen()), nil
}

// connLimit is a listener holding at most max connections open, and, once more than half of
// them are in use, at most perSource from one remote address (trusted proxies, which carry many
// clients, are exempt). Past the total, Accept waits for a connection to close (the kernel
// queues the rest); past a source's share, the new connection is closed at once, so one address
// cannot take every slot.
type connLimit struct {
	net.Listener
	slots     chan struct{}
	perSource int
	trusted   []netip.Prefix
	done      chan struct{}
	closeOnce sync.Once
	mu        sync.Mutex
	open      map[netip.Addr]int
}

func newConnLimit(ln net.Listener, max, perSource int, trusted []netip.Prefix) *connLimit {
	return &connLimit{Listener: ln, slots: make(chan struct{}, max), perSource: perSource, trusted: trusted,
		done: make(chan struct{}), open: map[netip.Addr]int{}}
}

func (l *connLimit) Accept() (net.Conn, error) {
	for {
		select {
		case l.slots <- struct{}{}:
		case <-l.done:
			return nil, net.ErrClosed
		}
		c, err := l.Listener.Accept()
		if err != nil {
			<-l.slots
			return nil, err
		}
		addr := remoteAddr(c)
		if l.admit(addr) {
			return &limitedConn{Conn: c, l: l, addr: addr}, nil
		}
		c.Close()
		<-l.slots
	}
}

func (l *connLimit) admit(addr netip.Addr) bool {
	for _, p := range l.trusted {
		if p.Contains(addr) {
			return true
		}
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	// Shares matter only once the slots run short: a gateway or a NAT carrying many meters on
	// one address is not cut off while there is room for everyone.
	if l.open[addr] >= l.perSource && len(l.slots) > cap(l.slots)/2 {
		return false
	}
	l.open[addr]++
	return true
}

func (l *connLimit) release(addr netip.Addr) {
	l.mu.Lock()
	if n := l.open[addr]; n > 0 {
		if n == 1 {
			delete(l.open, addr)
		} else {
			l.open[addr] = n - 1
		}
	}
	l.mu.Unlock()
	<-l.slots
}

func (l *connLimit) Close() error {
	l.closeOnce.Do(func() { close(l.done) })
	return l.Listener.Close()
}

func remoteAddr(c net.Conn) netip.Addr {
	if a, err := netip.ParseAddrPort(c.RemoteAddr().String()); err == nil {
		return a.Addr().Unmap()
	}
	return netip.Addr{}
}

type limitedConn struct {
	net.Conn
	l    *connLimit
	addr netip.Addr
	once sync.Once
}

func (c *limitedConn) Close() error {
	err := c.Conn.Close()
	c.once.Do(func() { c.l.release(c.addr) })
	return err
}
