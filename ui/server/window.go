package server

import (
	"context"
	"sync"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
)

// The largest window a session is drawn for. A client may ask for any size
// (65535×65535, 1000000×2); the reader's frame grows with the area,
// so a bigger window is drawn at this size and the rest of the terminal stays
// blank. 500×200 is wider and taller than any real screen at a readable font.
const (
	maxWidth  = 500
	maxHeight = 200
)

// clampSize bounds a window size to what a session is drawn for.
func clampSize(w, h int) (int, int) {
	return max(0, min(w, maxWidth)), max(0, min(h, maxHeight))
}

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
// It also keeps the PTY's terminal type and latest size (clamped), read where
// the library writes them: asking the session (sess.Pty) from the handler
// races with the library updating the size on each window change.
//
// Changes are coalesced: drain only records the latest size and raises a
// flag, never waiting for the program, and forward hands the program the
// size as it is when the program is ready for it. A storm of thousands of
// changes costs a few redraws, and the library's request loop (which also
// carries the session's end) is never held up by a busy reader.
type windowFeed struct {
	term    string
	changed chan struct{} // one slot: a size the program has not been given

	mu            sync.Mutex
	width, height int
	changes       int // window changes received, for the log
}

// newWindowFeed starts a feed at the PTY's first size.
func newWindowFeed(term string, w, h int) *windowFeed {
	f := &windowFeed{term: term, changed: make(chan struct{}, 1)}
	f.width, f.height = clampSize(w, h)
	return f
}

// size is the terminal's latest size.
func (f *windowFeed) size() (width, height int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.width, f.height
}

// drain records changes until the channel closes at the end of the session.
func (f *windowFeed) drain(winch <-chan ssh.Window) {
	for w := range winch {
		width, height := clampSize(w.Width, w.Height)
		f.mu.Lock()
		f.changes++
		same := width == f.width && height == f.height
		f.width, f.height = width, height
		f.mu.Unlock()
		if same {
			continue
		}
		select {
		case f.changed <- struct{}{}:
		default: // already flagged: the program will read the latest size
		}
	}
}

// forward gives p the latest size after each change, until ctx is done.
// sent is the size p already has.
func (f *windowFeed) forward(ctx context.Context, p *tea.Program, sentW, sentH int) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-f.changed:
		}
		w, h := f.size()
		if w == sentW && h == sentH {
			continue
		}
		p.Send(tea.WindowSizeMsg{Width: w, Height: h}) // returns early once the program ends
		sentW, sentH = w, h
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
			f := newWindowFeed(pty.Term, pty.Window.Width, pty.Window.Height)
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
