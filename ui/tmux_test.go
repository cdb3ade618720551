package ui

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// tmuxSession is the built binary running in a private tmux server.
type tmuxSession struct {
	t    *testing.T
	sock string
}

func (s tmuxSession) tmux(args ...string) (string, error) {
	out, err := exec.Command("tmux", append([]string{"-S", s.sock}, args...)...).CombinedOutput()
	return string(out), err
}

func (s tmuxSession) keys(keys ...string) {
	s.t.Helper()
	if out, err := s.tmux(append([]string{"send-keys", "-t", "reader"}, keys...)...); err != nil {
		s.t.Fatalf("send-keys %v: %v %s", keys, err, out)
	}
}

// waitScreen polls capture-pane until every want is on the screen.
func (s tmuxSession) waitScreen(what string, wants ...string) string {
	s.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		screen, err := s.tmux("capture-pane", "-p", "-t", "reader")
		ok := err == nil
		for _, w := range wants {
			ok = ok && strings.Contains(screen, w)
		}
		if ok {
			return screen
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("waiting for %s (%q); screen:\n%s", what, wants, screen)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// waitGone polls capture-pane until none of the strings is on the screen.
func (s tmuxSession) waitGone(what string, gone ...string) string {
	s.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		screen, _ := s.tmux("capture-pane", "-p", "-t", "reader")
		found := false
		for _, g := range gone {
			found = found || strings.Contains(screen, g)
		}
		if !found {
			return screen
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("waiting for %s to go (%q); screen:\n%s", what, gone, screen)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestTerminalTmux builds the binary and runs it in a real terminal (tmux) on
// two small invented articles, one carrying escape sequences, and checks
// what the terminal shows after keys and a resize.
func TestTerminalTmux(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and starts tmux")
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("tmux is missing in CI")
		}
		t.Skip("tmux is not installed; install it to run the real-terminal test")
	}
	tmp := t.TempDir()
	bin := filepath.Join(tmp, "parallax")
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Fatalf("the go command is not on PATH: %v", err)
	}
	build := exec.Command(goBin, "build", "-o", bin, ".")
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	build.Dir = filepath.Dir(wd) // the repository root
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}

	story := filepath.Join(tmp, "story")
	if err := os.Mkdir(story, 0o755); err != nil {
		t.Fatal(err)
	}
	articles := map[string]string{
		"harbour-herald.txt": "Bridge \x1b]0;pwned\x07approved after long night\n\n" +
			"The council approved the harbour bridge on Tuesday. The bridge will cost $120 million, the authority said.\x1b[2J\x1b[31m\n\n" +
			"Work is expected to start in 2026.\n",
		"daily-ledger.txt": "Council says yes to the bridge\n\n" +
			"The council approved the harbour bridge on Tuesday. The bridge will cost $210 million, the authority said.\n\n" +
			"Work is expected to start in 2026.\n",
	}
	for name, text := range articles {
		if err := os.WriteFile(filepath.Join(story, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}

	s := tmuxSession{t: t, sock: filepath.Join(tmp, "tmux.sock")}
	if out, err := s.tmux("new-session", "-d", "-s", "reader", "-x", "120", "-y", "40", bin+" "+story); err != nil {
		t.Fatalf("tmux new-session: %v %s", err, out)
	}
	t.Cleanup(func() { _, _ = s.tmux("kill-server") })

	// The escape sequences in the article must not act: the screen is not
	// cleared, the title is not set, no escape byte is drawn. (The data layer
	// may already drop the ESC byte and leave the rest as plain text.)
	screen := s.waitScreen("the reader", "Sources", "Claims", "parallax", "Harbour Herald", "Daily Ledger")
	if strings.Contains(screen, "\x1b") {
		t.Errorf("the screen holds an escape byte:\n%s", screen)
	}
	if title, _ := s.tmux("display-message", "-p", "-t", "reader", "#{pane_title}"); strings.Contains(title, "pwned") {
		t.Errorf("an article set the terminal title: %q", title)
	}

	s.keys("n")
	s.waitScreen("a selected claim", " · 1/")
	s.keys("/")
	s.waitScreen("the finder", "Find an entity")
	s.keys("Escape")
	s.waitGone("the finder", "Find an entity")
	s.keys("m")
	s.waitScreen("the overview", "Story overview")
	s.keys("m")
	s.waitGone("the overview", "Story overview")

	if out, err := s.tmux("resize-window", "-t", "reader", "-x", "70", "-y", "20"); err != nil {
		t.Fatalf("resize-window: %v %s", err, out)
	}
	s.waitScreen("the one-pane layout", "▸ Article")
	if out, err := s.tmux("resize-window", "-t", "reader", "-x", "120", "-y", "40"); err != nil {
		t.Fatalf("resize-window: %v %s", err, out)
	}
	s.waitGone("the tabs", "▸ Article")

	s.keys("q")
	deadline := time.Now().Add(10 * time.Second)
	for {
		if _, err := s.tmux("has-session", "-t", "reader"); err != nil {
			break // the program quit and its session closed
		}
		if time.Now().After(deadline) {
			screen, _ := s.tmux("capture-pane", "-p", "-t", "reader")
			t.Fatalf("q did not quit; screen:\n%s", screen)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
