package server

import (
	"sync"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
)

// windowFeed carries one session's window changes from the moment its PTY is
// granted to whatever program the session ends up running.
//
// The SSH library hands window changes over a one-slot channel and blocks
// its request loop until someone takes them. Draining from the session
// handler would be too late: a client can send changes before its shell
// request, or to a session that is refused or runs a command, and a change
// nobody reads would leave that goroutine stuck for good. So the feed starts
// in the PTY handler and drains until the library closes the channel.
//
// It also keeps the PTY's terminal type and latest size, read where the
// library writes them: asking the session (sess.Pty) from the handler races
// with the library updating the size on each window change.
type windowFeed struct {
	term string

	mu            sync.Mutex
	width, height int
	live          *liveSession
}

// size is the terminal's latest size.
func (f *windowFeed) size() (width, height int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.width, f.height
}

// attach starts forwarding to live's program.
func (f *windowFeed) attach(live *liveSession) {
	f.mu.Lock()
	f.live = live
	f.mu.Unlock()
}

// drain forwards changes until the channel closes at the end of the session.
func (f *windowFeed) drain(winch <-chan ssh.Window) {
	for w := range winch {
		f.mu.Lock()
		f.width, f.height = w.Width, w.Height
		live := f.live
		f.mu.Unlock()
		if live == nil {
			continue
		}
		live.mu.Lock()
		p := live.program
		live.mu.Unlock()
		if p != nil {
			p.Send(tea.WindowSizeMsg{Width: w.Width, Height: w.Height})
		}
	}
}

// ptyHandler wraps the library's emulated-PTY handler to start a session's
// window feed as soon as its PTY is granted.
func (s *Server) ptyHandler(base ssh.PtyHandler) ssh.PtyHandler {
	return func(ctx ssh.Context, sess ssh.Session, pty ssh.Pty) (func() error, error) {
		closer, err := base(ctx, sess, pty)
		if err != nil {
			return closer, err
		}
		// The library's request loop calls this, so reading the session's
		// PTY here does not race with its own writes.
		if _, winch, ok := sess.Pty(); ok && winch != nil {
			f := &windowFeed{term: pty.Term, width: pty.Window.Width, height: pty.Window.Height}
			s.mu.Lock()
			s.feeds[sess] = f
			s.mu.Unlock()
			go func() {
				f.drain(winch)
				s.mu.Lock()
				delete(s.feeds, sess)
				s.mu.Unlock()
			}()
		}
		return closer, nil
	}
}

// feedOf is the window feed of a session with a PTY, or nil.
func (s *Server) feedOf(sess ssh.Session) *windowFeed {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.feeds[sess]
}
