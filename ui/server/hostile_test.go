package server

import (
	"bytes"
	"fmt"
	"net"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"

	"parallax/model"
)

// Hostile clients against the in-process server, with stand-in programs that
// show what reached them. The same clients against the real binary, with its
// memory, CPU and exit measured, are in hostile_binary_test.go.

// sizeShower is a stand-in reader that reports, to the test, the size it was
// given and how many window changes reached it.
type sizeShower struct{ seen *sizeSeen }

// sizeSeen is what a sizeShower saw.
type sizeSeen struct {
	mu            sync.Mutex
	w, h, resizes int
}

func (s *sizeSeen) get() (w, h, resizes int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w, s.h, s.resizes
}

func (m *sizeShower) Init() tea.Cmd { return nil }

func (m *sizeShower) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.seen.mu.Lock()
		m.seen.w, m.seen.h = msg.Width, msg.Height
		m.seen.resizes++
		m.seen.mu.Unlock()
	case tea.KeyPressMsg:
		if msg.String() == "q" {
			return m, tea.Quit
		}
	}
	return m, nil
}

func (m *sizeShower) View() tea.View {
	w, h, _ := m.seen.get()
	v := tea.NewView(fmt.Sprintf("size %dx%d.", w, h))
	v.AltScreen = true
	return v
}

// waitSize waits until the program has been given w×h.
func (s *sizeSeen) waitSize(t testing.TB, w, h int) {
	t.Helper()
	waitFor(t, fmt.Sprintf("the program to be given %dx%d", w, h), func() bool {
		gw, gh, _ := s.get()
		return gw == w && gh == h
	})
}

// rawContains reports whether the session's output so far holds s: for
// windows too large to emulate.
func (ts *termSession) rawContains(s string) bool {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	return bytes.Contains(ts.raw, []byte(s))
}

// waitRaw waits until the output holds s, failing after a liveness bound. Only
// for text of a first frame: later frames may be sent as diffs.
func (ts *termSession) waitRaw(t testing.TB, s string) {
	t.Helper()
	waitFor(t, "output "+s, func() bool { return ts.rawContains(s) })
}

// endsWithin sends keys and fails unless the server ends the session within d.
func (ts *termSession) endsWithin(t testing.TB, keys string, d time.Duration) time.Duration {
	t.Helper()
	start := time.Now()
	ts.send(t, keys)
	select {
	case <-ts.done:
		return time.Since(start)
	case <-time.After(d):
		t.Fatalf("the session did not end within %v of %q", d, keys)
		return 0
	}
}

func TestHugeWindowsAreDrawnClamped(t *testing.T) {
	for _, c := range []struct{ w, h, wantW, wantH int }{
		{10000, 10000, maxWidth, maxHeight},
		{65535, 65535, maxWidth, maxHeight},
		{2, 1000000, 2, maxHeight},
		{1000000, 2, maxWidth, 2},
		{0, 0, 0, 0},
	} {
		t.Run(fmt.Sprintf("%dx%d", c.w, c.h), func(t *testing.T) {
			seen := &sizeSeen{w: -1, h: -1}
			ts, signer := allowedServer(t, func(cfg *Config, _ *tuning) {
				cfg.Program = func(ssh.Session, *model.Analysis) tea.Model { return &sizeShower{seen: seen} }
			})
			term := openTerm(t, mustDial(t, ts.addr, signer), "xterm", c.w, c.h, nil)
			seen.waitSize(t, c.wantW, c.wantH)
			// A window change to a huge size is clamped too.
			if err := term.sess.WindowChange(90000, 70000); err != nil {
				t.Fatal(err)
			}
			seen.waitSize(t, maxWidth, maxHeight)
			term.endsWithin(t, "q", time.Second)
		})
	}
}

func TestResizeStormIsCoalesced(t *testing.T) {
	seen := &sizeSeen{}
	ts, signer := allowedServer(t, func(c *Config, _ *tuning) {
		c.MaxSessions = 1
		c.Program = func(ssh.Session, *model.Analysis) tea.Model { return &sizeShower{seen: seen} }
	})
	client := mustDial(t, ts.addr, signer)
	term := openTerm(t, client, "xterm", 80, 24, nil)
	seen.waitSize(t, 80, 24)
	const storm = 5000
	for i := range storm {
		if err := term.sess.WindowChange(20+i%50, 60+i%100); err != nil {
			t.Fatal(err)
		}
	}
	last := storm - 1
	seen.waitSize(t, 60+last%100, 20+last%50)
	_, _, changes := seen.get()
	t.Logf("%d window changes reached the program as %d", storm, changes)
	if changes >= storm/2 {
		t.Errorf("%d of %d window changes reached the program: they are not coalesced", changes, storm)
	}
	term.endsWithin(t, "q", time.Second)
	// The seat is free at once: the storm did not wedge the session.
	next := openTerm(t, mustDial(t, ts.addr, signer), "xterm", 80, 24, nil)
	next.waitScreen(t, "the next user's stand-in", showsAll("size 80x24."))
}

// noteTaker is a stand-in reader with the reader's note keys: a opens a note,
// typed text fills it, enter saves it (in the shared list), esc drops it,
// q quits when no note is open.
type noteTaker struct {
	mu     *sync.Mutex
	saved  *[]string
	typing bool
	note   []rune
}

func (m *noteTaker) Init() tea.Cmd { return nil }

func (m *noteTaker) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return m, nil
	}
	switch {
	case !m.typing && k.String() == "a":
		m.typing, m.note = true, nil
	case !m.typing && k.String() == "q":
		return m, tea.Quit
	case m.typing && k.String() == "enter":
		m.mu.Lock()
		*m.saved = append(*m.saved, string(m.note))
		m.mu.Unlock()
		m.typing = false
	case m.typing && k.Text != "":
		m.note = append(m.note, []rune(k.Text)...)
	}
	return m, nil
}

func (m *noteTaker) View() tea.View {
	m.mu.Lock()
	n := len(*m.saved)
	m.mu.Unlock()
	return tea.NewView(fmt.Sprintf("%d notes saved.", n))
}

func TestBurstOfNotesArrivesIntact(t *testing.T) {
	var mu sync.Mutex
	var saved []string
	ts, signer := allowedServer(t, func(c *Config, _ *tuning) {
		c.Program = func(ssh.Session, *model.Analysis) tea.Model { return &noteTaker{mu: &mu, saved: &saved} }
	})
	term := openTerm(t, mustDial(t, ts.addr, signer), "xterm", 80, 24, nil)
	term.waitScreen(t, "the stand-in", showsAll("0 notes saved."))
	var burst strings.Builder
	var want []string
	for i := 1; i <= 50; i++ {
		note := fmt.Sprintf("note %d: the plant shut on March %d, say 4 outlets", i, i%28+1)
		want = append(want, note)
		burst.WriteString("a" + note + "\r")
	}
	term.send(t, burst.String()) // one write: 50 notes in a single burst
	waitFor(t, "50 notes to be saved", func() bool {
		mu.Lock()
		defer mu.Unlock()
		return len(saved) >= 50
	})
	mu.Lock()
	got := append([]string(nil), saved...)
	mu.Unlock()
	if len(got) != len(want) {
		t.Fatalf("%d notes saved, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("note %d arrived as %q, want %q", i+1, got[i], want[i])
		}
	}
	term.endsWithin(t, "q", time.Second)
}

func TestCtrlCEndsASessionAtOnceBehindAFlood(t *testing.T) {
	ts, signer := allowedServer(t, func(c *Config, _ *tuning) {
		c.Program = func(ssh.Session, *model.Analysis) tea.Model { return &slowKeys{} }
	})
	term := openTerm(t, mustDial(t, ts.addr, signer), "xterm", 80, 24, nil)
	term.waitScreen(t, "the stand-in", showsAll("keys 0"))
	// 20,000 keys at 1 ms each would take the program 20 s to get through.
	term.send(t, strings.Repeat("j", 20000))
	took := term.endsWithin(t, "\x03", time.Second)
	t.Logf("ctrl+c behind 20,000 queued keys ended the session after %v", took)
	waitFor(t, "the disconnect log", func() bool { return strings.Contains(ts.logs.String(), `outcome=quit`) })
}

// slowKeys is a stand-in reader that takes a millisecond per key.
type slowKeys struct{ keys int }

func (m *slowKeys) Init() tea.Cmd { return nil }

func (m *slowKeys) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(tea.KeyPressMsg); ok {
		time.Sleep(time.Millisecond)
		m.keys++
	}
	return m, nil
}

func (m *slowKeys) View() tea.View { return tea.NewView(fmt.Sprintf("keys %d", m.keys)) }

func TestKeyFloodCostsTheServerLittle(t *testing.T) {
	ts, signer := allowedServer(t, func(c *Config, _ *tuning) {
		c.Program = placeholderProgram
	})
	term := openTerm(t, mustDial(t, ts.addr, signer), "xterm-256color", 120, 40, nil)
	term.waitScreen(t, "the stand-in", showsAll("keys 0"))
	const flood = 100 << 10
	keys := strings.Repeat("jkjjnNgG", flood/8)
	before := cpuUsed()
	term.send(t, keys)
	term.waitScreen(t, "every key counted", showsAll(fmt.Sprintf("keys %d", len(keys))))
	cpu := cpuUsed() - before
	took := term.endsWithin(t, "q", time.Second)
	t.Logf("%d KB of keys: %v of CPU for server and client together; q then quit in %v", flood>>10, cpu, took)
	if cpu > 2*time.Second {
		t.Errorf("100 KB of keys cost %v of CPU, over the 2 s budget", cpu)
	}
}

// twoKeyClient logs in offering two keys the server does not know, then,
// like paramiko, hangs up without waiting for the server's last word (the
// connection is reset, not closed). It returns whether the server took the
// connection as far as the handshake.
func twoKeyClient(addr string, k1, k2 gossh.Signer) (handshook bool) {
	conn, err := net.DialTimeout("tcp", addr, 5*time.Second)
	if err != nil {
		return false
	}
	tcp := conn.(*net.TCPConn)
	_ = tcp.SetLinger(0) // close with a reset
	defer conn.Close()
	_ = conn.SetDeadline(time.Now().Add(5 * time.Second))
	var sawHostKey bool
	cfg := &gossh.ClientConfig{
		User: "guesser",
		Auth: []gossh.AuthMethod{gossh.PublicKeys(k1, k2)},
		HostKeyCallback: func(string, net.Addr, gossh.PublicKey) error {
			sawHostKey = true
			return nil
		},
	}
	if c, _, _, err := gossh.NewClientConn(conn, addr, cfg); err == nil {
		c.Close()
	}
	return sawHostKey
}

func TestTwoKeyClientIsRateLimited(t *testing.T) {
	k1, _ := newClientKey(t, "guess-1")
	k2, _ := newClientKey(t, "guess-2")
	ts, _ := allowedServer(t, nil)
	burst := ts.tune.failBurst
	for i := 1; i <= burst+3; i++ {
		handshook := twoKeyClient(ts.addr, k1, k2)
		if i <= burst && !handshook {
			t.Fatalf("connection %d was dropped before the handshake; the first %d may try", i, burst)
		}
		if i > burst && handshook {
			t.Fatalf("connection %d got a handshake after %d failed logins: not rate-limited", i, burst)
		}
		if i == burst {
			waitFor(t, "the failures to be counted", func() bool {
				return strings.Count(ts.logs.String(), "auth failed") == burst
			})
		}
	}
	logs := ts.logs.String()
	if !strings.Contains(logs, "rate-limited=true") || !strings.Contains(logs, "login rate-limited; connection dropped") {
		t.Errorf("the limit is not logged:\n%s", logs)
	}
	if !strings.Contains(logs, "keys="+gossh.FingerprintSHA256(k1.PublicKey())+","+gossh.FingerprintSHA256(k2.PublicKey())) {
		t.Errorf("the failed logins do not name both keys tried:\n%s", logs)
	}
}

// TestOpenSSHTwoKeysIsRateLimitedTheSame offers two unknown keys from the real
// OpenSSH client: it is limited after the same number of failed logins as the
// hand-written client above.
func TestOpenSSHTwoKeysIsRateLimitedTheSame(t *testing.T) {
	needTools(t, "ssh")
	dir := t.TempDir()
	var keys []string
	for i := range 2 {
		path, _ := writeClientKey(t, dir)
		keys = append(keys, path+fmt.Sprint(i))
		if err := os.Rename(path, keys[i]); err != nil {
			t.Fatal(err)
		}
	}
	ts, _ := allowedServer(t, nil)
	port := ts.addr[strings.LastIndex(ts.addr, ":")+1:]
	args := []string{"-F", "/dev/null", "-p", port, "-i", keys[0], "-i", keys[1], "-o", "IdentitiesOnly=yes",
		"-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
		"-o", "ConnectTimeout=5", "-o", "LogLevel=ERROR", "127.0.0.1", "true"}
	burst := ts.tune.failBurst
	for i := 1; i <= burst+2; i++ {
		out, _ := exec.Command("ssh", args...).CombinedOutput()
		refused := strings.Contains(string(out), "Permission denied")
		if i <= burst && !refused {
			t.Fatalf("attempt %d: want the keys refused, got %q", i, out)
		}
		if i > burst && refused {
			t.Fatalf("attempt %d reached authentication after %d failed logins: not rate-limited (%q)", i, burst, out)
		}
		if i == burst {
			waitFor(t, "the failures to be counted", func() bool {
				return strings.Count(ts.logs.String(), "auth failed") == burst
			})
		}
	}
}

// openConns is how many connections the server is tracking.
func (s *Server) openConns() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.conns)
}

func TestSilentConnectionsAreDroppedAndUsersStillGetIn(t *testing.T) {
	ts, signer := allowedServer(t, func(_ *Config, tu *tuning) { tu.handshakeTimeout = time.Second })
	const silent = 200
	var conns []net.Conn
	for range silent {
		c, err := net.Dial("tcp", ts.addr)
		if err != nil {
			t.Fatal(err)
		}
		conns = append(conns, c)
	}
	t.Cleanup(func() {
		for _, c := range conns {
			c.Close()
		}
	})
	waitFor(t, "the silent connections to be accepted", func() bool { return ts.openConns() >= silent })
	// A real user, from the same address, gets in past them.
	term := openTerm(t, mustDial(t, ts.addr, signer), "xterm", 80, 24, nil)
	term.waitScreen(t, "the reader", readerUp)
	// The silent ones are dropped at the handshake timeout; the user stays.
	waitFor(t, "the silent connections to be dropped", func() bool { return ts.openConns() == 1 })
	if ts.Sessions() != 1 {
		t.Errorf("%d sessions, want the user's", ts.Sessions())
	}
	if n := strings.Count(ts.logs.String(), "auth failed"); n != 0 {
		t.Errorf("%d silent connections were counted as failed logins", n)
	}
}

func TestAFloodOfSilentConnectionsIsCappedPerAddress(t *testing.T) {
	ts, signer := allowedServer(t, nil) // the 30 s handshake timeout: only the cap can drop them
	var conns []net.Conn
	t.Cleanup(func() {
		for _, c := range conns {
			c.Close()
		}
	})
	dialN := func(n int) {
		for range n {
			c, err := net.Dial("tcp", ts.addr)
			if err != nil {
				t.Fatal(err)
			}
			conns = append(conns, c)
		}
	}
	dialN(preAuthSoft)
	waitFor(t, "the first connections", func() bool { return ts.openConns() >= preAuthSoft })
	time.Sleep(preAuthSilent + 100*time.Millisecond) // now they have been silent long enough to be dropped
	dialN(preAuthSoft)
	waitFor(t, "the oldest silent connections to be dropped", func() bool { return ts.openConns() <= preAuthSoft+1 })
	term := openTerm(t, mustDial(t, ts.addr, signer), "xterm", 80, 24, nil)
	term.waitScreen(t, "the reader", readerUp)
	if !strings.Contains(ts.logs.String(), "too many unauthenticated connections from one address") {
		t.Errorf("the drops are not logged:\n%s", ts.logs.String())
	}
}
