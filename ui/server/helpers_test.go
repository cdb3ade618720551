package server

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/log/v2"
	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"

	"parallax/data"
	"parallax/model"
)

// demoAnalysis is the built-in demo story, analysed.
func demoAnalysis(t testing.TB) *model.Analysis {
	t.Helper()
	docs := data.Demo()
	if len(docs) == 0 {
		t.Fatal("the demo corpus is empty")
	}
	return model.Analyze(docs)
}

// syncBuffer is a goroutine-safe bytes.Buffer, for logs and output.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// testServer is a server running in-process on 127.0.0.1:0.
type testServer struct {
	*Server
	addr string
	logs *syncBuffer
	out  *syncBuffer
	stop func() // shuts down and waits, idempotent
}

// startServer starts a server for one test with its host key in a temporary
// XDG data dir. edit may change the config and the tuning before it starts.
func startServer(t testing.TB, a *model.Analysis, edit func(*Config, *tuning)) *testServer {
	t.Helper()
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	logs, out := &syncBuffer{}, &syncBuffer{}
	cfg := Config{
		Listen: "127.0.0.1:0",
		Logger: log.NewWithOptions(logs, log.Options{Level: log.DebugLevel}),
		Out:    out,
	}
	tune := defaultTuning()
	tune.noticeFor = 300 * time.Millisecond
	tune.quitGrace = time.Second
	if edit != nil {
		edit(&cfg, &tune)
	}
	s, err := New(cfg, a)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	s.tune = tune
	if s.srv, err = s.newSSHServer(); err != nil { // pick up the edited tuning
		t.Fatal(err)
	}
	if err := s.Listen(); err != nil {
		t.Fatalf("Listen: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx) }()
	var once sync.Once
	stop := func() {
		once.Do(func() {
			cancel()
			if err := <-done; err != nil {
				t.Errorf("Serve: %v", err)
			}
		})
	}
	t.Cleanup(stop)
	return &testServer{Server: s, addr: s.Addr().String(), logs: logs, out: out, stop: stop}
}

// newClientKey makes an ed25519 key pair and returns the signer and its
// authorized_keys line.
func newClientKey(t testing.TB, comment string) (gossh.Signer, string) {
	t.Helper()
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	signer, err := gossh.NewSignerFromKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	sshPub, err := gossh.NewPublicKey(pub)
	if err != nil {
		t.Fatal(err)
	}
	line := strings.TrimSpace(string(gossh.MarshalAuthorizedKey(sshPub))) + " " + comment
	return signer, line
}

// writeAuthorizedKeys writes lines to a new authorized_keys file.
func writeAuthorizedKeys(t testing.TB, lines ...string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "authorized_keys")
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// dial connects and authenticates with signer (or, when nil, with an empty
// keyboard-interactive exchange).
func dial(addr string, signer gossh.Signer) (*gossh.Client, error) {
	auth := []gossh.AuthMethod{gossh.KeyboardInteractive(func(string, string, []string, []bool) ([]string, error) {
		return nil, nil
	})}
	if signer != nil {
		auth = []gossh.AuthMethod{gossh.PublicKeys(signer)}
	}
	return gossh.Dial("tcp", addr, &gossh.ClientConfig{
		User:            "reader",
		Auth:            auth,
		HostKeyCallback: gossh.InsecureIgnoreHostKey(),
		Timeout:         5 * time.Second,
	})
}

// mustDial is dial that fails the test on error and closes the client at the end.
func mustDial(t testing.TB, addr string, signer gossh.Signer) *gossh.Client {
	t.Helper()
	c, err := dial(addr, signer)
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// termSession is an interactive session with a PTY and an emulated screen.
type termSession struct {
	sess  *gossh.Session
	stdin io.WriteCloser

	mu     sync.Mutex
	raw    []byte
	events []termEvent // resizes, in stream order
	w, h   int
	done   chan struct{} // closed when stdout ends
	stderr *syncBuffer
}

// termEvent is a resize at a point in the output stream.
type termEvent struct {
	at   int
	w, h int
}

// openTerm requests a PTY of w×h and a shell on client.
func openTerm(t testing.TB, client *gossh.Client, term string, w, h int, env map[string]string) *termSession {
	t.Helper()
	ts, err := tryOpenTerm(client, term, w, h, env)
	if err != nil {
		t.Fatalf("open session: %v", err)
	}
	t.Cleanup(func() { ts.sess.Close() })
	return ts
}

// tryOpenTerm is openTerm returning errors, for use off the test goroutine.
func tryOpenTerm(client *gossh.Client, term string, w, h int, env map[string]string) (*termSession, error) {
	sess, err := client.NewSession()
	if err != nil {
		return nil, err
	}
	for k, v := range env {
		if err := sess.Setenv(k, v); err != nil {
			return nil, err
		}
	}
	if err := sess.RequestPty(term, h, w, gossh.TerminalModes{}); err != nil {
		return nil, err
	}
	stdin, err := sess.StdinPipe()
	if err != nil {
		return nil, err
	}
	stdout, err := sess.StdoutPipe()
	if err != nil {
		return nil, err
	}
	ts := &termSession{sess: sess, stdin: stdin, w: w, h: h, done: make(chan struct{}), stderr: &syncBuffer{}}
	sess.Stderr = ts.stderr
	if err := sess.Shell(); err != nil {
		return nil, err
	}
	go func() {
		defer close(ts.done)
		buf := make([]byte, 32*1024)
		for {
			n, err := stdout.Read(buf)
			ts.mu.Lock()
			ts.raw = append(ts.raw, buf[:n]...)
			ts.mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	return ts, nil
}

// screen replays everything received so far on an emulated terminal.
func (ts *termSession) screen() string {
	ts.mu.Lock()
	raw := append([]byte(nil), ts.raw...)
	events := append([]termEvent(nil), ts.events...)
	w, h := ts.w, ts.h // the size the PTY was opened with
	ts.mu.Unlock()
	term := newVT(w, h)
	at := 0
	for _, e := range events {
		term.write(raw[at:e.at])
		term.resize(e.w, e.h)
		at = e.at
	}
	term.write(raw[at:])
	return term.String()
}

// resize tells the server the window changed, as a terminal would.
func (ts *termSession) resize(t testing.TB, w, h int) {
	t.Helper()
	ts.mu.Lock()
	ts.events = append(ts.events, termEvent{at: len(ts.raw), w: w, h: h})
	ts.mu.Unlock()
	if err := ts.sess.WindowChange(h, w); err != nil {
		t.Fatalf("window change: %v", err)
	}
}

// send types s.
func (ts *termSession) send(t testing.TB, s string) {
	t.Helper()
	if _, err := io.WriteString(ts.stdin, s); err != nil {
		t.Fatalf("send %q: %v", s, err)
	}
}

// waitScreen polls the emulated screen until ok accepts it, failing after a
// generous deadline (a liveness bound, not a timing assertion).
func (ts *termSession) waitScreen(t testing.TB, what string, ok func(screen string) bool) string {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		sc := ts.screen()
		if ok(sc) {
			return sc
		}
		if time.Now().After(deadline) {
			t.Fatalf("screen never showed %s; last screen:\n%s\nstderr: %q", what, sc, ts.stderr.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// waitEnd waits for the server to close the session and returns its exit error.
func (ts *termSession) waitEnd(t testing.TB) error {
	t.Helper()
	errc := make(chan error, 1)
	go func() { errc <- ts.sess.Wait() }()
	select {
	case err := <-errc:
		<-ts.done
		return err
	case <-time.After(15 * time.Second):
		t.Fatalf("session did not end; screen:\n%s", ts.screen())
		return nil
	}
}

// saysLast checks that an ended session's last words were line, on stdout
// after the reader left the screen (so it is what the user is left looking
// at), and that nothing went to stderr.
func (ts *termSession) saysLast(t testing.TB, line string) {
	t.Helper()
	ts.mu.Lock()
	raw := string(ts.raw)
	ts.mu.Unlock()
	if !strings.HasSuffix(raw, line+"\r\n") {
		t.Errorf("stdout ends %q, want the line %q", clip(raw[max(len(raw)-120, 0):], 120), line)
	}
	if lines := strings.Split(ts.screen(), "\n"); lines[len(lines)-1] != line {
		t.Errorf("the screen's last line is %q, want %q", lines[len(lines)-1], line)
	}
	if e := ts.stderr.String(); e != "" {
		t.Errorf("stderr = %q, want nothing", e)
	}
}

// waitFor polls cond until it holds, failing with what after a liveness bound.
func waitFor(t testing.TB, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// placeholder is a stand-in reader for tests: the outlets of the analysis as
// a source list, the window size, a key counter, and keys that misbehave on
// purpose (p panics in Update, P in a command, v in View).
type placeholder struct {
	outlets   []string
	w, h      int
	keys      int
	dark      string
	panicView bool
}

// placeholderProgram is a ProgramFactory for the placeholder.
func placeholderProgram(_ ssh.Session, a *model.Analysis) tea.Model {
	m := &placeholder{dark: "unknown"}
	for _, d := range a.Documents {
		m.outlets = append(m.outlets, d.Outlet)
	}
	return m
}

func (m *placeholder) Init() tea.Cmd { return tea.RequestBackgroundColor }

func (m *placeholder) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.w, m.h = msg.Width, msg.Height
	case tea.BackgroundColorMsg:
		m.dark = fmt.Sprint(msg.IsDark())
	case tea.KeyPressMsg:
		m.keys++
		switch msg.String() {
		case "q":
			return m, tea.Quit
		case "p":
			panic("placeholder: asked to panic in Update")
		case "P":
			return m, func() tea.Msg { panic("placeholder: asked to panic in a command") }
		case "v":
			m.panicView = true
		}
	}
	return m, nil
}

func (m *placeholder) View() tea.View {
	if m.panicView {
		panic("placeholder: asked to panic in View")
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\x1b[1;38;2;200;40;40mSources\x1b[m (%d)\n", len(m.outlets))
	for _, o := range m.outlets {
		line := "• " + o
		if m.w > 0 && len(line) > m.w {
			line = line[:m.w]
		}
		b.WriteString(line + "\n")
	}
	fmt.Fprintf(&b, "size %dx%d keys %d dark %s", m.w, m.h, m.keys, m.dark)
	v := tea.NewView(b.String())
	v.AltScreen = true
	return v
}
