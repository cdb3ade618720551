package server

import (
	"context"
	"time"
)

// shutdown stops accepting connections, shows every reader a notice, ends the
// sessions, and closes whatever is left when the grace period runs out.
func (s *Server) shutdown() {
	began := time.Now()
	// Finish half a second inside the grace, leaving Run time to exit.
	deadline := began.Add(s.tune.shutdownGrace - 500*time.Millisecond)

	s.mu.Lock()
	s.closing = true
	live := make([]*liveSession, 0, len(s.sessions))
	for l := range s.sessions {
		live = append(live, l)
	}
	s.mu.Unlock()
	s.log.Info("shutting down", "sessions", len(live))

	// Shutdown closes the listener at once and then waits for connections;
	// Close below cuts that wait short once the sessions are gone.
	ctx, cancel := context.WithDeadline(context.Background(), deadline)
	defer cancel()
	stopped := make(chan error, 1)
	go func() { stopped <- s.srv.Shutdown(ctx) }()

	if len(live) > 0 {
		for _, l := range live {
			l.notify(msgNotice)
		}
		s.waitSessions(began.Add(s.tune.noticeFor))
		for _, l := range live {
			l.end(endShutdown, s.tune.quitGrace)
		}
		// Leave a second at the end for closing connections.
		s.waitSessions(deadline.Add(-time.Second))
	}
	if err := s.srv.Close(); err != nil {
		s.log.Debug("closing listener", "err", err)
	}
	<-stopped
	left := s.Sessions()
	s.log.Info("stopped", "took", time.Since(began).Round(time.Millisecond), "sessions-cut", left)
}

// waitSessions waits until no session is open or until, whichever is first.
func (s *Server) waitSessions(until time.Time) {
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for time.Now().Before(until) {
		if s.Sessions() == 0 {
			return
		}
		<-tick.C
	}
}
