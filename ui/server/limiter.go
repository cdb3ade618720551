package server

import (
	"net"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// loginLimiter rate-limits failed logins per client address: each address may
// fail burst times in a row, then earns one more try every `every`. While an
// address has no tries left its connections are dropped before the handshake,
// so a key-guessing client costs the server almost nothing.
type loginLimiter struct {
	every   time.Duration
	burst   int
	maxAddr int // addresses remembered at most; recovered ones are forgotten first

	mu   sync.Mutex
	byIP map[string]*rate.Limiter
}

// newLoginLimiter returns a limiter; burst <= 0 turns limiting off.
func newLoginLimiter(burst int, every time.Duration, maxAddr int) *loginLimiter {
	if maxAddr <= 0 {
		maxAddr = 1
	}
	return &loginLimiter{every: every, burst: burst, maxAddr: maxAddr, byIP: map[string]*rate.Limiter{}}
}

// blocked says whether addr has used up its failed logins for now.
func (l *loginLimiter) blocked(addr net.Addr, now time.Time) bool {
	if l.burst <= 0 {
		return false
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	lim, ok := l.byIP[ipOf(addr)]
	return ok && lim.TokensAt(now) < 1
}

// fail records a failed login from addr and says whether addr is now blocked.
func (l *loginLimiter) fail(addr net.Addr, now time.Time) bool {
	if l.burst <= 0 {
		return false
	}
	ip := ipOf(addr)
	l.mu.Lock()
	defer l.mu.Unlock()
	lim, ok := l.byIP[ip]
	if !ok {
		l.makeRoom(now)
		lim = rate.NewLimiter(rate.Every(l.every), l.burst)
		l.byIP[ip] = lim
	}
	lim.AllowN(now, 1)
	return lim.TokensAt(now) < 1
}

// makeRoom forgets addresses that have fully recovered, and if the table is
// still full, forgets arbitrary ones. Called with mu held.
func (l *loginLimiter) makeRoom(now time.Time) {
	if len(l.byIP) < l.maxAddr {
		return
	}
	for ip, lim := range l.byIP {
		if lim.TokensAt(now) >= float64(l.burst) {
			delete(l.byIP, ip)
		}
	}
	for ip := range l.byIP {
		if len(l.byIP) < l.maxAddr {
			break
		}
		delete(l.byIP, ip)
	}
}

// ipOf is the part of a remote address that identifies the client: the IP
// without the port, since every new connection gets a new port.
func ipOf(addr net.Addr) string {
	if addr == nil {
		return "unknown"
	}
	if tcp, ok := addr.(*net.TCPAddr); ok {
		return tcp.IP.String()
	}
	host, _, err := net.SplitHostPort(addr.String())
	if err != nil {
		return addr.String()
	}
	return host
}
