package server

import (
	"errors"
	"net"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// connInfo is what the server remembers about one connection while it is
// open: enough to log a failed login once, with every key that was tried,
// and to drop the connection if its address opens too many others.
type connInfo struct {
	conn   net.Conn
	start  time.Time
	talked atomic.Bool // the client has sent something

	mu       sync.Mutex
	user     string
	tried    []string // fingerprints of refused keys
	attempts int      // authentication requests of any method, "none" included
	authed   bool     // a method succeeded
}

// Unauthenticated connections one address may hold open. Past the soft limit
// a new connection closes that address's oldest one that has sent nothing for
// a second (a real client talks at once); past the hard limit it closes the
// oldest whatever it is doing. A flood of silent connections from an address
// costs the server a bounded amount, while a crowd of real users behind one
// address all logging in at once (an office, a load test) still get in.
const (
	preAuthSoft   = 64
	preAuthHard   = 512
	preAuthSilent = time.Second
)

// talkingConn notes the first byte a client sends.
type talkingConn struct {
	net.Conn
	ci *connInfo
}

// Read implements net.Conn.
func (c talkingConn) Read(p []byte) (int, error) {
	n, err := c.Conn.Read(p)
	if n > 0 && !c.ci.talked.Load() {
		c.ci.talked.Store(true)
	}
	return n, err
}

// onConnect runs before the handshake: it drops connections from addresses
// that failed to log in too often, and all connections once shutting down.
func (s *Server) onConnect(_ ssh.Context, conn net.Conn) net.Conn {
	remote := conn.RemoteAddr()
	s.mu.Lock()
	closing := s.closing
	s.mu.Unlock()
	if closing {
		return nil
	}
	if s.limiter != nil && s.limiter.blocked(remote, time.Now()) {
		s.log.Warn("login rate-limited; connection dropped", "remote", remote.String())
		return nil
	}
	ci := &connInfo{conn: conn, start: time.Now()}
	ip := ipOf(remote)
	s.mu.Lock()
	s.conns[remote.String()] = ci
	waiting := append(s.preAuth[ip], ci)
	var drop *connInfo
	if len(waiting) > preAuthSoft {
		k := -1
		for i, c := range waiting {
			if !c.talked.Load() && ci.start.Sub(c.start) >= preAuthSilent {
				k = i
				break
			}
		}
		if k < 0 && len(waiting) > preAuthHard {
			k = 0
		}
		if k >= 0 {
			drop = waiting[k]
			waiting = append(waiting[:k:k], waiting[k+1:]...)
		}
	}
	s.preAuth[ip] = waiting
	s.mu.Unlock()
	if drop != nil {
		s.log.Warn("too many unauthenticated connections from one address; one dropped",
			"remote", drop.conn.RemoteAddr().String(), "silent", !drop.talked.Load(), "limit", preAuthSoft)
		_ = drop.conn.Close()
	}
	return talkingConn{Conn: conn, ci: ci}
}

// leavePreAuth takes a connection off its address's list of unauthenticated
// ones, when it logs in or closes.
func (s *Server) leavePreAuth(ci *connInfo) {
	ip := ipOf(ci.conn.RemoteAddr())
	s.mu.Lock()
	defer s.mu.Unlock()
	waiting := s.preAuth[ip]
	for i, c := range waiting {
		if c == ci {
			waiting = append(waiting[:i:i], waiting[i+1:]...)
			break
		}
	}
	if len(waiting) == 0 {
		delete(s.preAuth, ip)
	} else {
		s.preAuth[ip] = waiting
	}
}

// onAuthAttempt sees every authentication request, of any method, and its
// result: what a failed handshake is judged by.
func (s *Server) onAuthAttempt(meta gossh.ConnMetadata, method string, err error) {
	ci := s.conn(meta.RemoteAddr())
	if ci == nil {
		return
	}
	ci.mu.Lock()
	ci.user = meta.User()
	ci.attempts++
	if err == nil {
		ci.authed = true
	}
	ci.mu.Unlock()
	if err == nil {
		s.leavePreAuth(ci)
	}
}

// conn returns the bookkeeping of an open connection, or nil.
func (s *Server) conn(remote net.Addr) *connInfo {
	if remote == nil {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.conns[remote.String()]
}

// onConnClosed forgets a connection.
func (s *Server) onConnClosed(conn net.Conn) {
	ci := s.conn(conn.RemoteAddr())
	if ci == nil {
		return
	}
	s.leavePreAuth(ci)
	s.mu.Lock()
	delete(s.conns, conn.RemoteAddr().String())
	s.mu.Unlock()
}

// checkKey decides public-key logins. Without an allow-list every key is
// welcome; with one, the file is re-read first if it changed on disk.
func (s *Server) checkKey(ctx ssh.Context, key ssh.PublicKey) bool {
	fp := gossh.FingerprintSHA256(key)
	remote := ctx.RemoteAddr()
	if s.allow == nil {
		s.log.Info("auth accepted", "user", ctx.User(), "remote", remote.String(), "key", fp, "method", "publickey (open server)")
		return true
	}
	if res := s.allow.reload(false); res.changed || res.err != nil {
		s.logReload(res, "re-read after a change")
	}
	if e, ok := s.allow.lookup(key); ok {
		s.log.Info("auth accepted", "user", ctx.User(), "remote", remote.String(), "key", fp, "comment", e.comment)
		return true
	}
	s.log.Debug("key refused", "user", ctx.User(), "remote", remote.String(), "key", fp)
	if ci := s.conn(remote); ci != nil {
		ci.mu.Lock()
		ci.user = ctx.User()
		ci.tried = append(ci.tried, fp)
		ci.mu.Unlock()
	}
	return false
}

// onHandshakeFailed logs a failed login once per connection, with the keys
// that were refused, and counts it against the client's address. A login is
// failed when the client asked to authenticate (with any method, or offered
// any key) and the handshake ended without success, however it ended: the
// server refusing the last method, the client giving up and closing, or the
// connection cut mid-way. Offering keys and hanging up is what a key-guessing
// client does, and is counted like any refusal. A connection that never asked
// to authenticate (a port scan, a silent connection cut by the handshake
// timeout) is not a login and is only logged at debug level.
func (s *Server) onHandshakeFailed(conn net.Conn, err error) {
	remote := conn.RemoteAddr()
	var authErr *gossh.ServerAuthError
	refused := errors.As(err, &authErr) && len(authErr.Errors) > 0
	user, tried, attempts, authed := "", "none", 0, false
	if ci := s.conn(remote); ci != nil {
		ci.mu.Lock()
		user, attempts, authed = ci.user, ci.attempts, ci.authed
		if len(ci.tried) > 0 {
			tried = strings.Join(ci.tried, ",")
		}
		ci.mu.Unlock()
	}
	if authed || (!refused && attempts == 0) {
		s.log.Debug("handshake failed", "remote", remote.String(), "err", err)
		return
	}
	how := "refused"
	if !refused {
		how = "client gave up"
	}
	blocked := s.limiter != nil && s.limiter.fail(remote, time.Now())
	s.log.Warn("auth failed", "user", user, "remote", remote.String(), "keys", tried, "attempts", attempts,
		"ended", how, "rate-limited", blocked)
}
