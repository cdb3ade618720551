package server

import (
	"errors"
	"net"
	"strings"
	"sync"
	"time"

	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// connInfo is what the server remembers about one connection while it is
// open: enough to log a failed login once, with every key that was tried.
type connInfo struct {
	mu    sync.Mutex
	start time.Time
	user  string
	tried []string // fingerprints of refused keys
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
	s.mu.Lock()
	s.conns[remote.String()] = &connInfo{start: time.Now()}
	s.mu.Unlock()
	return conn
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
// that were refused, and counts it against the client's address.
func (s *Server) onHandshakeFailed(conn net.Conn, err error) {
	remote := conn.RemoteAddr()
	var authErr *gossh.ServerAuthError
	if !errors.As(err, &authErr) || len(authErr.Errors) == 0 {
		s.log.Debug("handshake failed", "remote", remote.String(), "err", err)
		return
	}
	user, tried := "", "none"
	if ci := s.conn(remote); ci != nil {
		ci.mu.Lock()
		user = ci.user
		if len(ci.tried) > 0 {
			tried = strings.Join(ci.tried, ",")
		}
		ci.mu.Unlock()
	}
	blocked := s.limiter != nil && s.limiter.fail(remote, time.Now())
	s.log.Warn("auth failed", "user", user, "remote", remote.String(), "keys", tried, "rate-limited", blocked)
}
