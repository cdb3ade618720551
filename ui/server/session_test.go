package server

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	gossh "golang.org/x/crypto/ssh"
)

// allowedServer starts a server that lets in only a fresh key, and returns it
// with that key.
func allowedServer(t *testing.T, edit func(*Config, *tuning)) (*testServer, gossh.Signer) {
	t.Helper()
	signer, line := newClientKey(t, "reader@test")
	path := writeAuthorizedKeys(t, "# readers", line)
	ts := startServer(t, demoAnalysis(t), func(c *Config, tu *tuning) {
		c.AuthorizedKeys = path
		if edit != nil {
			edit(c, tu)
		}
	})
	return ts, signer
}

// outletsOf lists the outlet names of the served corpus.
func outletsOf(ts *testServer) []string {
	var out []string
	for _, d := range ts.analysis.Documents {
		out = append(out, d.Outlet)
	}
	return out
}

// showsAll says whether screen contains every one of want.
func showsAll(want ...string) func(string) bool {
	return func(screen string) bool {
		for _, w := range want {
			if !strings.Contains(screen, w) {
				return false
			}
		}
		return true
	}
}

// readerUp says whether the real reader has drawn its source list.
func readerUp(screen string) bool {
	return strings.Contains(screen, "─ Sources ─") || strings.Contains(screen, "━ Sources ━")
}

// sourcesColumn is the text of the reader's left-hand box (the source list),
// line by line: everything up to the box's right border on the heading line.
func sourcesColumn(screen string) string {
	lines := strings.Split(screen, "\n")
	width := -1
	for _, l := range lines {
		if i := strings.Index(l, "Sources"); i >= 0 {
			r := []rune(l)
			for j, c := range r {
				if c == '╮' || c == '┓' {
					width = j + 1
					break
				}
			}
			break
		}
	}
	if width < 0 {
		return ""
	}
	var b strings.Builder
	for _, l := range lines {
		r := []rune(l)
		b.WriteString(string(r[:min(width, len(r))]) + "\n")
	}
	return b.String()
}

// listsOutlets says whether the source list names every outlet, allowing for
// names the list cuts short with an ellipsis.
func listsOutlets(outlets []string) func(string) bool {
	return func(screen string) bool {
		col := sourcesColumn(screen)
		for _, o := range outlets {
			r := []rune(o)
			if !strings.Contains(col, string(r[:min(len(r), 16)])) {
				return false
			}
		}
		return col != ""
	}
}

func TestAllowedKeyGetsTheSourceList(t *testing.T) {
	ts, signer := allowedServer(t, nil)
	outlets := outletsOf(ts)
	if len(outlets) < 2 {
		t.Fatalf("demo corpus has %d outlets, want several", len(outlets))
	}
	term := openTerm(t, mustDial(t, ts.addr, signer), "xterm-256color", 100, 30, nil)
	screen := term.waitScreen(t, "the source list", listsOutlets(outlets))
	if !strings.HasPrefix(screen, "parallax ") {
		t.Errorf("first line = %q, want the reader's header", strings.SplitN(screen, "\n", 2)[0])
	}
	term.send(t, "q")
	if err := term.waitEnd(t); err != nil {
		t.Errorf("quitting the reader: exit %v, want 0", err)
	}
	waitFor(t, "the disconnect log line", func() bool { return strings.Contains(ts.logs.String(), "outcome=quit") })
	logs := ts.logs.String()
	for _, want := range []string{"auth accepted", "comment=reader@test", "connect", "term=xterm-256color", "width=100", "disconnect", "duration="} {
		if !strings.Contains(logs, want) {
			t.Errorf("log lacks %q:\n%s", want, logs)
		}
	}
}

func TestKeyNotInTheListIsRefused(t *testing.T) {
	ts, _ := allowedServer(t, nil)
	stranger, _ := newClientKey(t, "stranger")
	_, err := dial(ts.addr, stranger)
	if err == nil {
		t.Fatal("a key that is not in authorized_keys got in")
	}
	if !strings.Contains(err.Error(), "unable to authenticate") {
		t.Errorf("dial error = %v, want an authentication failure", err)
	}
	fp := gossh.FingerprintSHA256(stranger.PublicKey())
	waitFor(t, "the auth failure log line", func() bool { return strings.Contains(ts.logs.String(), "auth failed") })
	if logs := ts.logs.String(); !strings.Contains(logs, fp) {
		t.Errorf("the failure log does not name the refused key %s:\n%s", fp, logs)
	}
	// A client without any key does not get in either.
	if _, err := dial(ts.addr, nil); err == nil {
		t.Error("a client without a key got into a server with an allow-list")
	}
}

func TestSessionWithoutPTYIsToldWhy(t *testing.T) {
	ts, signer := allowedServer(t, nil)
	sess, err := mustDial(t, ts.addr, signer).NewSession()
	if err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	sess.Stdout, sess.Stderr = &stdout, &stderr
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	err = sess.Wait()
	var exit *gossh.ExitError
	if !errors.As(err, &exit) || exit.ExitStatus() != 1 {
		t.Errorf("exit = %v, want status 1", err)
	}
	if got := stderr.String(); got != msgNoPTY+"\n" {
		t.Errorf("stderr = %q, want %q", got, msgNoPTY+"\n")
	}
	if stdout.Len() != 0 {
		t.Errorf("stdout = %q, want nothing", stdout.String())
	}
}

func TestResizeReflowsTheScreen(t *testing.T) {
	ts, signer := allowedServer(t, nil)
	term := openTerm(t, mustDial(t, ts.addr, signer), "xterm-256color", 150, 40, nil)
	outlets := outletsOf(ts)
	wide := func(s string) bool { return listsOutlets(outlets)(s) && strings.Contains(s, "─ Claims ─") }
	term.waitScreen(t, "three panes at 150 columns", wide)

	// Narrow: one pane at a time with tabs, and nothing drawn past column 60.
	term.resize(t, 60, 20)
	screen := term.waitScreen(t, "the one-pane layout", func(s string) bool {
		return strings.Contains(s, "▸ Article") && !strings.Contains(s, "─ Claims ─")
	})
	lines := strings.Split(screen, "\n")
	if len(lines) > 20 {
		t.Errorf("%d lines on a 20-line screen", len(lines))
	}
	for i, line := range lines {
		if n := ansi.StringWidth(line); n > 60 {
			t.Errorf("line %d is %d columns wide after shrinking to 60: %q", i, n, line)
		}
	}
	term.resize(t, 150, 40)
	term.waitScreen(t, "three panes again", wide)
}

func TestAnalyzeJSONOverSSHEqualsTheLocalOutput(t *testing.T) {
	ts, signer := allowedServer(t, nil)
	var local bytes.Buffer
	if err := demoAnalysis(t).WriteJSON(&local); err != nil {
		t.Fatal(err)
	}
	sess, err := mustDial(t, ts.addr, signer).NewSession()
	if err != nil {
		t.Fatal(err)
	}
	remote, err := sess.Output("analyze --json")
	if err != nil {
		t.Fatalf("analyze --json: %v", err)
	}
	if !bytes.Equal(remote, local.Bytes()) {
		t.Errorf("JSON over SSH differs from the local output (%d vs %d bytes)", len(remote), local.Len())
	}
}

func TestCommandsOverSSH(t *testing.T) {
	ts, signer := allowedServer(t, nil)
	client := mustDial(t, ts.addr, signer)
	tests := []struct {
		command    string
		status     int
		stdoutHas  string
		stderrLine string // the whole of stderr, for refusals
	}{
		{"help", 0, "analyze --json", ""},
		{"analyze", 0, "CONFLICTS", ""},
		{"frobnicate", 2, "", `parallax: unknown command "frobnicate"; try ` + "`analyze --json` or `help`"},
		{"analyze --yaml", 2, "", "parallax: analyze: flag provided but not defined: -yaml; the only flag is --json"},
		{"analyze --json extra.md", 2, "", "parallax: analyze takes no paths: the server analyses the corpus it was started with"},
		{"   ", 2, "", "parallax: could not read the command; try `analyze --json` or `help`"},
	}
	for _, tt := range tests {
		t.Run(tt.command, func(t *testing.T) {
			sess, err := client.NewSession()
			if err != nil {
				t.Fatal(err)
			}
			var stdout, stderr bytes.Buffer
			sess.Stdout, sess.Stderr = &stdout, &stderr
			err = sess.Run(tt.command)
			status := 0
			var exit *gossh.ExitError
			if errors.As(err, &exit) {
				status = exit.ExitStatus()
			} else if err != nil {
				t.Fatalf("run: %v", err)
			}
			if status != tt.status {
				t.Errorf("exit status = %d, want %d (stderr %q)", status, tt.status, stderr.String())
			}
			if !strings.Contains(stdout.String(), tt.stdoutHas) {
				t.Errorf("stdout lacks %q:\n%s", tt.stdoutHas, stdout.String())
			}
			if tt.stderrLine != "" && stderr.String() != tt.stderrLine+"\n" {
				t.Errorf("stderr = %q, want the one line %q", stderr.String(), tt.stderrLine)
			}
			if tt.status == 0 && strings.Contains(stdout.String(), "\x1b[") {
				t.Errorf("output without a PTY carries escape sequences: %q", stdout.String())
			}
		})
	}
}

// TestSessionsShareTheStories has two sessions read at once over the
// stories the server built once (go test -race watches them): each moves,
// stars, searches, opens the overview and quits, and both end cleanly.
func TestSessionsShareTheStories(t *testing.T) {
	ts, signer := allowedServer(t, nil)
	outlets := outletsOf(ts)
	t.Run("together", func(t *testing.T) {
		for i := range 2 {
			t.Run(fmt.Sprint("session ", i), func(t *testing.T) {
				t.Parallel()
				term := openTerm(t, mustDial(t, ts.addr, signer), "xterm-256color", 100, 30, nil)
				term.waitScreen(t, "the source list", listsOutlets(outlets))
				for _, k := range []string{"j", "n", "n", "s", "\x1b[Z", "j", "j", "\r", "/", "port", "\r", "m", "j", "\r", "r"} {
					term.send(t, k)
				}
				term.waitScreen(t, "the reader after the keys", func(s string) bool { return strings.Contains(s, "Sources") })
				term.send(t, "q")
				if err := term.waitEnd(t); err != nil {
					t.Errorf("quitting the reader: exit %v, want 0", err)
				}
			})
		}
	})
	waitFor(t, "both sessions to end", func() bool { return ts.Sessions() == 0 })
}
