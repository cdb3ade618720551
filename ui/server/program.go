package server

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/log/v2"
	"charm.land/ssh"
	"github.com/charmbracelet/colorprofile"
)

// endReason is why the server ended a session's program.
type endReason int32

// Why the server ended a program; the first reason recorded stays.
const (
	endNone endReason = iota
	endInputClosed
	endIdle
	endShutdown
	endPanic
	endInterrupt // ctrl+c, acted on as it arrived
)

// liveSession is one open session as the server tracks it: what it needs to
// end the session from outside (shutdown, idle timer) and to say why.
type liveSession struct {
	sess ssh.Session
	log  *log.Logger

	lastInput atomic.Int64 // unix nanoseconds of the last byte from the client
	reason    atomic.Int32 // endReason, set once

	mu      sync.Mutex
	program *tea.Program // nil for command sessions and before the reader starts
	cancel  context.CancelFunc
	done    <-chan struct{} // closed once the program has finished
}

// touch records input from the client.
func (l *liveSession) touch(now time.Time) { l.lastInput.Store(now.UnixNano()) }

// idleFor is how long the client has sent nothing.
func (l *liveSession) idleFor(now time.Time) time.Duration {
	return now.Sub(time.Unix(0, l.lastInput.Load()))
}

// notify shows a one-line notice over the bottom of the reader.
func (l *liveSession) notify(text string) {
	l.mu.Lock()
	p := l.program
	l.mu.Unlock()
	if p != nil {
		go p.Send(noticeMsg(text))
	}
}

// end asks the program to quit for reason, and kills it if it has not quit
// after grace. Only the first reason is kept.
func (l *liveSession) end(reason endReason, grace time.Duration) {
	l.reason.CompareAndSwap(int32(endNone), int32(reason))
	l.mu.Lock()
	p, cancel, done := l.program, l.cancel, l.done
	l.mu.Unlock()
	if p == nil {
		return
	}
	go p.Quit()
	go func() {
		t := time.NewTimer(grace)
		defer t.Stop()
		select {
		case <-t.C:
			cancel()
		case <-done:
		}
	}()
}

// runReader runs one session's program until the user quits, the client goes
// away, the idle timer fires or the server shuts down; it returns the outcome
// for the log.
func (s *Server) runReader(live *liveSession, feed *windowFeed) (outcome string) {
	sess := live.sess
	ctx, cancel := context.WithCancel(sess.Context())
	defer cancel()
	live.touch(time.Now())

	var panicOnce sync.Once
	onPanic := func(v any, stack []byte) {
		panicOnce.Do(func() {
			live.log.Error("panic in reader recovered; session closed", "panic", v, "stack", string(stack))
			live.end(endPanic, s.tune.quitGrace)
		})
	}
	inner := s.cfg.Program(sess, s.analysis)
	if inner == nil {
		farewell(sess, 1, msgPanic)
		return "no program"
	}
	env := sessionEnv(sess, feed)
	width, height := feed.size()
	profile := colorprofile.Env(env)
	in := newSessionInput(sess, live.touch,
		func() { live.end(endInterrupt, s.tune.quitGrace) },
		func() { live.end(endInputClosed, s.tune.quitGrace) })
	defer in.stop()
	out := newSessionOutput(sess)
	defer out.close()
	scr := newScreen(out, profile, width, height)
	g := &guard{inner: inner, onPanic: onPanic, screen: scr}
	p := tea.NewProgram(g,
		tea.WithInput(in),
		tea.WithOutput(out),
		tea.WithEnvironment(env),
		// The client's terminal decides, not the server's: an emulated PTY
		// is no terminal the program could ask.
		tea.WithColorProfile(profile),
		tea.WithWindowSize(width, height),
		// The guard draws each frame on the session's screen, which holds
		// the frame's lines rather than two grids of cells (screen.go).
		tea.WithoutRenderer(),
		tea.WithContext(ctx),
		tea.WithoutSignalHandler(), // signals belong to the server, not to each session
		tea.WithFilter(noSuspend),
	)
	out.repaint = func() { go p.Send(repaintMsg{}) }
	live.mu.Lock()
	live.program, live.cancel, live.done = p, cancel, ctx.Done()
	live.mu.Unlock()

	s.mu.Lock()
	closing := s.closing
	s.mu.Unlock()
	if closing { // shutdown began while this session was being set up
		out.close()
		farewell(sess, 0, msgShutdown)
		return "refused: shutting down"
	}

	if s.cfg.IdleTimeout > 0 {
		go live.watchIdle(ctx, s.cfg.IdleTimeout, s.tune.quitGrace)
	}
	go feed.forward(ctx, p, width, height)
	_, err := p.Run()
	cancel()
	in.stop()
	scr.close() // the event loop has ended: nothing else draws
	// The last frame (leaving the alternate screen) goes out before any
	// farewell line; a client that is not reading gets a second, not more.
	out.flush(time.Second)
	out.close()

	switch endReason(live.reason.Load()) {
	case endPanic:
		farewell(sess, 1, msgPanic)
		return "panic"
	case endIdle:
		farewell(sess, 0, fmt.Sprintf(msgIdle, s.cfg.IdleTimeout))
		return "idle timeout"
	case endShutdown:
		farewell(sess, 0, msgShutdown)
		return "shutdown"
	case endInputClosed:
		return "client closed"
	case endInterrupt:
		return "quit"
	}
	if errors.Is(err, tea.ErrProgramPanic) {
		live.log.Error("reader crashed; session closed", "err", err)
		farewell(sess, 1, msgPanic)
		return "panic"
	}
	if err != nil && sess.Context().Err() == nil {
		live.log.Warn("reader ended with an error", "err", err)
		return "error"
	}
	if sess.Context().Err() != nil {
		return "client closed"
	}
	return "quit"
}

// noSuspend turns ctrl+z into nothing: suspending would stop the server
// process, not the client's view of it.
func noSuspend(_ tea.Model, msg tea.Msg) tea.Msg {
	if _, ok := msg.(tea.SuspendMsg); ok {
		return tea.ResumeMsg{}
	}
	return msg
}

// watchIdle ends the session once the client has sent nothing for timeout.
// It sleeps until the earliest moment that could be true, never polls.
func (l *liveSession) watchIdle(ctx context.Context, timeout, grace time.Duration) {
	t := time.NewTimer(timeout)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case now := <-t.C:
			idle := l.idleFor(now)
			if idle >= timeout {
				l.log.Info("idle timeout", "idle", idle.Round(time.Second))
				l.end(endIdle, grace)
				return
			}
			t.Reset(timeout - idle)
		}
	}
}
