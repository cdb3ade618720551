package server

import (
	"fmt"
	"io"
	"runtime/debug"
	"time"

	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// Messages users see outside the reader. Each is one line that fits in 80
// columns, the smallest terminal worth designing for.
const (
	msgFull     = "parallax: the server is full (%d sessions); please try again later."
	msgClosing  = "parallax: the server is shutting down; please try again later."
	msgNoPTY    = "parallax: the reader needs a terminal. Connect with `ssh -t`, or ask for data: `ssh ... analyze --json`."
	msgIdle     = "parallax: disconnected after %s without input."
	msgShutdown = "parallax: the server is shutting down. Goodbye."
	msgPanic    = "parallax: internal error; this session was closed, the server is still up."
	msgNotice   = "Server shutting down: this session ends in a moment."
)

// handle is the SSH session handler: log, admit, then run a command or the
// reader. A panic anywhere in it is recovered, logged, and ends this session
// only.
func (s *Server) handle(sess ssh.Session) {
	start := time.Now()
	feed := s.feedOf(sess)
	hasPTY := feed != nil
	term, width, height := "", 0, 0
	if hasPTY {
		term = feed.term
		width, height = feed.size()
	}
	lg := s.log.With("session", s.nextID.Add(1), "user", sess.User(), "remote", sess.RemoteAddr().String())
	keyFP := "none"
	if k := sess.PublicKey(); k != nil {
		keyFP = gossh.FingerprintSHA256(k)
	}
	lg.Info("connect", "key", keyFP, "command", sess.RawCommand(), "pty", hasPTY,
		"term", term, "width", width, "height", height,
		"client", sess.Context().ClientVersion())

	outcome := "ended"
	defer func() {
		if r := recover(); r != nil {
			lg.Error("panic recovered; session closed", "panic", r, "stack", string(debug.Stack()))
			outcome = "panic"
			if hasPTY {
				farewell(sess, 1, msgPanic)
			} else {
				tell(sess, 1, msgPanic)
			}
		}
		lg.Info("disconnect", "duration", time.Since(start).Round(time.Millisecond), "outcome", outcome)
	}()

	live := &liveSession{sess: sess, log: lg}
	if why := s.admit(live); why != "" {
		outcome = why
		return
	}
	defer s.release(live)

	if cmd := sess.Command(); len(cmd) > 0 || sess.RawCommand() != "" {
		outcome = s.runCommand(sess, cmd, feed)
		return
	}
	if !hasPTY {
		outcome = "refused: no pty"
		tell(sess, 1, msgNoPTY)
		return
	}
	outcome = s.runReader(live, feed)
}

// admit registers a session, or refuses it with a polite message when the
// server is full or shutting down; it returns why it refused, or "".
func (s *Server) admit(live *liveSession) string {
	s.mu.Lock()
	switch {
	case s.closing:
		s.mu.Unlock()
		tell(live.sess, 1, msgClosing)
		return "refused: shutting down"
	case s.cfg.MaxSessions > 0 && len(s.sessions) >= s.cfg.MaxSessions:
		s.mu.Unlock()
		live.log.Warn("session refused: server full", "max-sessions", s.cfg.MaxSessions)
		tell(live.sess, 1, fmt.Sprintf(msgFull, s.cfg.MaxSessions))
		return "refused: server full"
	}
	s.sessions[live] = struct{}{}
	s.mu.Unlock()
	return ""
}

// release forgets a finished session.
func (s *Server) release(live *liveSession) {
	s.mu.Lock()
	delete(s.sessions, live)
	s.mu.Unlock()
}

// tell writes one line to the client's stderr and ends the session with code:
// for refusals, before anything else was written, so that a script reading
// stdout gets nothing but data. With a PTY the session's writer turns \n into
// \r\n itself.
func tell(sess ssh.Session, code int, line string) {
	_, _ = io.WriteString(sess.Stderr(), line+"\n")
	_ = sess.Exit(code)
}

// farewell writes one line to the client's terminal after the reader has
// left it, and ends the session with code. It goes to stdout, the stream the
// reader drew on: the ssh client flushes stdout and stderr separately, so a
// line on stderr could reach the terminal before the reader's "leave the
// alternate screen" and vanish with it.
func farewell(sess ssh.Session, code int, line string) {
	_, _ = io.WriteString(sess, line+"\n")
	_ = sess.Exit(code)
}
