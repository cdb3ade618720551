package server

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"

	"parallax/model"
)

// exitStatus is the remote exit status behind a Wait error (0 for nil, -1
// when the session ended without one).
func exitStatus(err error) int {
	if err == nil {
		return 0
	}
	var exit *gossh.ExitError
	if errors.As(err, &exit) {
		return exit.ExitStatus()
	}
	return -1
}

func TestMaxSessionsRefusesPolitely(t *testing.T) {
	ts, signer := allowedServer(t, func(c *Config, _ *tuning) { c.MaxSessions = 2 })
	client := mustDial(t, ts.addr, signer)
	first := openTerm(t, client, "xterm", 80, 24, nil)
	second := openTerm(t, mustDial(t, ts.addr, signer), "xterm", 80, 24, nil)
	first.waitScreen(t, "the first reader", readerUp)
	second.waitScreen(t, "the second reader", readerUp)

	third := openTerm(t, client, "xterm", 80, 24, nil)
	err := third.waitEnd(t)
	if got, want := third.stderr.String(), fmt.Sprintf(msgFull, 2)+"\r\n"; got != want {
		t.Errorf("third session stderr = %q, want %q", got, want)
	}
	if exitStatus(err) != 1 {
		t.Errorf("third session exit = %v, want status 1", err)
	}

	first.send(t, "q")
	first.waitEnd(t)
	waitFor(t, "the first session to be released", func() bool { return ts.Sessions() == 1 })
	fourth := openTerm(t, client, "xterm", 80, 24, nil)
	fourth.waitScreen(t, "a reader once a seat is free", readerUp)
	if !strings.Contains(ts.logs.String(), "session refused: server full") {
		t.Errorf("the refusal is not logged:\n%s", ts.logs.String())
	}
}

func TestIdleTimeoutEndsOnlyIdleSessions(t *testing.T) {
	const idle = time.Second
	ts, signer := allowedServer(t, func(c *Config, _ *tuning) { c.IdleTimeout = idle })
	client := mustDial(t, ts.addr, signer)
	sleeper := openTerm(t, client, "xterm", 80, 24, nil)
	typist := openTerm(t, client, "xterm", 80, 24, nil)
	sleeper.waitScreen(t, "the reader", readerUp)
	typist.waitScreen(t, "the reader", readerUp)

	// The typist keeps typing for three idle periods; the sleeper does not.
	stop := time.Now().Add(3 * idle)
	for time.Now().Before(stop) {
		typist.send(t, "j")
		time.Sleep(idle / 10)
	}
	err := sleeper.waitEnd(t)
	sleeper.saysLast(t, fmt.Sprintf(msgIdle, idle))
	if exitStatus(err) != 0 {
		t.Errorf("idle session exit = %v, want 0", err)
	}
	select {
	case <-typist.done:
		t.Fatalf("the typing session was ended too; stderr %q", typist.stderr.String())
	default:
	}
	typist.send(t, "G") // to the bottom of the article
	typist.waitScreen(t, "the typist's reader still answering", showsAll("100%"))
	if !strings.Contains(ts.logs.String(), "idle timeout") {
		t.Errorf("the idle timeout is not logged:\n%s", ts.logs.String())
	}
}

func TestPanicEndsOneSessionNotTheServer(t *testing.T) {
	for _, key := range []string{"p", "P", "v"} {
		t.Run(key, func(t *testing.T) {
			ts, signer := allowedServer(t, func(c *Config, _ *tuning) { c.Program = placeholderProgram })
			client := mustDial(t, ts.addr, signer)
			bystander := openTerm(t, client, "xterm", 80, 24, nil)
			victim := openTerm(t, client, "xterm", 80, 24, nil)
			bystander.waitScreen(t, "the reader", showsAll("keys 0"))
			victim.waitScreen(t, "the reader", showsAll("keys 0"))

			victim.send(t, key)
			err := victim.waitEnd(t)
			if exitStatus(err) != 1 {
				t.Errorf("exit = %v, want status 1", err)
			}
			victim.saysLast(t, msgPanic)
			bystander.send(t, "j")
			bystander.waitScreen(t, "the other session still answering", showsAll("keys 1"))
			again := openTerm(t, mustDial(t, ts.addr, signer), "xterm", 80, 24, nil)
			again.waitScreen(t, "a new session after the panic", showsAll("Sources ("))
			waitFor(t, "the panic in the log", func() bool { return strings.Contains(ts.logs.String(), "placeholder: asked to panic") })
		})
	}
}

func TestPanicInTheFactoryIsRecovered(t *testing.T) {
	ts, signer := allowedServer(t, func(c *Config, _ *tuning) {
		c.Program = func(ssh.Session, *model.Analysis) tea.Model { panic("factory exploded") }
	})
	term := openTerm(t, mustDial(t, ts.addr, signer), "xterm", 80, 24, nil)
	if err := term.waitEnd(t); exitStatus(err) != 1 {
		t.Errorf("exit = %v, want status 1", err)
	}
	term.saysLast(t, msgPanic)
	if _, err := dial(ts.addr, signer); err != nil {
		t.Errorf("the server stopped accepting after a panic: %v", err)
	}
}

func TestClosingTheSessionEndsTheProgram(t *testing.T) {
	ts, signer := allowedServer(t, nil)
	client := mustDial(t, ts.addr, signer) // the connection stays open throughout
	term := openTerm(t, client, "xterm", 80, 24, nil)
	term.waitScreen(t, "the reader", readerUp)
	if ts.Sessions() != 1 {
		t.Fatalf("Sessions() = %d, want 1", ts.Sessions())
	}
	term.sess.Close()
	waitFor(t, "the server to notice the closed session", func() bool { return ts.Sessions() == 0 })
	waitFor(t, "the disconnect log line", func() bool { return strings.Contains(ts.logs.String(), "outcome=\"client closed\"") })
}

func TestShutdownTellsUsersAndCloses(t *testing.T) {
	ts, signer := allowedServer(t, nil)
	a := openTerm(t, mustDial(t, ts.addr, signer), "xterm", 80, 24, nil)
	b := openTerm(t, mustDial(t, ts.addr, signer), "xterm", 80, 24, nil)
	a.waitScreen(t, "the reader", readerUp)
	b.waitScreen(t, "the reader", readerUp)

	ts.stop()
	for name, term := range map[string]*termSession{"a": a, "b": b} {
		term.waitEnd(t)
		term.mu.Lock()
		raw := string(term.raw)
		term.mu.Unlock()
		if !strings.Contains(raw, msgNotice) {
			t.Errorf("session %s never showed the shutdown notice", name)
		}
		term.saysLast(t, msgShutdown)
	}
	if _, err := dial(ts.addr, signer); err == nil {
		t.Error("the server still accepts connections after shutting down")
	}
}

// stuck is a reader that hangs in Update on any key: the server must still
// shut down, within its grace period, by closing the connection.
type stuck struct{ placeholder }

func (m *stuck) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(tea.KeyPressMsg); ok {
		select {} // hang forever
	}
	return m, nil
}

func TestShutdownCutsAHungSession(t *testing.T) {
	ts, signer := allowedServer(t, func(c *Config, tu *tuning) {
		tu.shutdownGrace = 2 * time.Second
		tu.quitGrace = 200 * time.Millisecond
		c.Program = func(ssh.Session, *model.Analysis) tea.Model { return &stuck{placeholder{outlets: []string{"One"}}} }
	})
	term := openTerm(t, mustDial(t, ts.addr, signer), "xterm", 80, 24, nil)
	term.waitScreen(t, "the reader", showsAll("Sources ("))
	term.send(t, "x")
	time.Sleep(50 * time.Millisecond)
	ts.stop()
	term.waitEnd(t)
	if !strings.Contains(ts.logs.String(), "sessions-cut=1") {
		t.Errorf("the log does not report the cut session:\n%s", ts.logs.String())
	}
}

// sshRequestGoroutines counts goroutines inside the SSH library's per-session
// request loop; each open session has one.
func sshRequestGoroutines() int {
	buf := make([]byte, 4<<20)
	return strings.Count(string(buf[:runtime.Stack(buf, true)]), "charm.land/ssh.(*session).handleRequests(")
}

// A window change on a session that runs no reader (refused, or a command
// run with -t) must not leave the library's request goroutine blocked.
func TestWindowChangesWithoutAReaderDoNotLeak(t *testing.T) {
	ts, signer := allowedServer(t, func(c *Config, _ *tuning) { c.MaxSessions = 1 })
	client := mustDial(t, ts.addr, signer)
	seat := openTerm(t, client, "xterm", 80, 24, nil)
	seat.waitScreen(t, "the reader", readerUp)
	before := sshRequestGoroutines()

	refuse := func() error {
		refused, err := client.NewSession()
		if err != nil {
			return err
		}
		defer refused.Close()
		if err := refused.RequestPty("xterm", 24, 80, gossh.TerminalModes{}); err != nil {
			return err
		}
		for w := 50; w < 55; w++ {
			_ = refused.WindowChange(24, w) // before the shell request
		}
		if err := refused.Shell(); err != nil {
			return err
		}
		for w := 55; w < 60; w++ {
			_ = refused.WindowChange(24, w) // while the refusal is sent
		}
		_ = refused.Wait()
		return nil
	}
	for i := 0; i < 3; i++ {
		done := make(chan error, 1)
		go func() { done <- refuse() }()
		select {
		case err := <-done:
			if err != nil {
				t.Fatal(err)
			}
		case <-time.After(10 * time.Second):
			t.Fatal("the session's request loop is stuck on a window change: the shell request was never answered")
		}
	}
	waitFor(t, "the refused sessions' request loops to end", func() bool { return sshRequestGoroutines() <= before })
}
