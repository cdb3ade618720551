package server

import (
	"net"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

func TestParseCommand(t *testing.T) {
	tests := []struct {
		args    []string
		want    commandKind
		wantErr string
	}{
		{[]string{"analyze"}, cmdAnalyzeText, ""},
		{[]string{"analyze", "--json"}, cmdAnalyzeJSON, ""},
		{[]string{"analyze", "-json"}, cmdAnalyzeJSON, ""},
		{[]string{"analyze", "--json=false"}, cmdAnalyzeText, ""},
		{[]string{"help"}, cmdHelp, ""},
		{[]string{"--help"}, cmdHelp, ""},
		{[]string{"help", "me"}, 0, "help takes no arguments"},
		{nil, 0, "could not read the command"},
		{[]string{"rm", "-rf", "/"}, 0, `unknown command "rm"`},
		{[]string{"analyze", "-x"}, 0, "flag provided but not defined: -x"},
		{[]string{"analyze", "story.md"}, 0, "analyze takes no paths"},
		{[]string{"\x1b]0;owned\x07"}, 0, `unknown command "\x1b]0;owned\a"`},
		{[]string{strings.Repeat("a", 100)}, 0, `unknown command "` + strings.Repeat("a", 40) + `…"`},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			got, err := parseCommand(tt.args)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("parseCommand(%q) error = %v, want one containing %q", tt.args, err, tt.wantErr)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("parseCommand(%q) = %v, %v; want %v", tt.args, got, err, tt.want)
			}
		})
	}
}

func FuzzParseCommand(f *testing.F) {
	for _, s := range []string{"analyze", "analyze --json", "help", "", "analyze -json=maybe", "\x00\x1b[2J", "analyze --json --json"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		_, err := parseCommand(strings.Fields(line))
		if err == nil {
			return
		}
		msg := err.Error()
		if strings.ContainsAny(msg, "\n\r\x1b\x07") {
			t.Errorf("error message is not one safe line: %q", msg)
		}
		if !utf8.ValidString(msg) && utf8.ValidString(line) {
			t.Errorf("error message is not UTF-8: %q", msg)
		}
	})
}

const (
	keyA = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGQw0Jx2Jb5m1X5m7mQm3c0c3c7c2Y8E9k1m2n3o4p5q"
	keyB = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOqEk1u1N8g3Vf2m9r8K4a0Q8t6u2Zb7c5d3e1f9g7h5"
)

func TestParseAuthorizedKeys(t *testing.T) {
	tests := []struct {
		name         string
		file         string
		wantComments []string
		wantWarnings []string
	}{
		{"one key", keyA + " alice@laptop\n", []string{"alice@laptop"}, nil},
		{"comments and blanks", "# team\n\n   \n" + keyA + " alice\n" + keyB + " bob\n", []string{"alice", "bob"}, nil},
		{"CRLF line ends", keyA + " alice\r\n" + keyB + " bob\r\n", []string{"alice", "bob"}, nil},
		{"garbage line skipped, rest kept", "hello world\n" + keyB + " bob\n", []string{"bob"}, []string{"line 1: not a public key"}},
		{"options ignored but key kept", `from="10.0.0.1",no-pty ` + keyA + " alice\n", []string{"alice"}, []string{`line 1: key options (from="10.0.0.1",no-pty) are ignored`}},
		{"cert-authority refused", "cert-authority " + keyA + " ca\n", nil, []string{"line 1: cert-authority keys are not supported, skipped"}},
		{"empty file", "", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			keys, warnings := parseAuthorizedKeys([]byte(tt.file))
			var comments []string
			for _, e := range keys {
				comments = append(comments, e.comment)
			}
			if strings.Join(slices.Sorted(slices.Values(comments)), ",") != strings.Join(tt.wantComments, ",") {
				t.Errorf("keys = %v, want %v", comments, tt.wantComments)
			}
			if strings.Join(warnings, "|") != strings.Join(tt.wantWarnings, "|") {
				t.Errorf("warnings = %q, want %q", warnings, tt.wantWarnings)
			}
		})
	}
}

func FuzzParseAuthorizedKeys(f *testing.F) {
	f.Add([]byte(keyA + " alice\n" + keyB + " bob\n"))
	f.Add([]byte("cert-authority,from=\"*\" " + keyA + "\n#x\n\n"))
	f.Add([]byte("ssh-rsa AAAA\x00\xff\n"))
	f.Add([]byte(strings.Repeat("a", 70000)))
	f.Fuzz(func(t *testing.T, data []byte) {
		keys, warnings := parseAuthorizedKeys(data)
		if len(keys) > strings.Count(string(data), "\n")+1 {
			t.Errorf("%d keys from %d lines", len(keys), strings.Count(string(data), "\n")+1)
		}
		for _, w := range warnings {
			if strings.ContainsAny(w, "\n\r") {
				t.Errorf("warning is not one line: %q", w)
			}
		}
	})
}

func TestOverlayLastLine(t *testing.T) {
	tests := []struct {
		name          string
		content       string
		notice        string
		width, height int
		want          string
	}{
		{"pads short content to the bottom", "a\nb", "bye", 6, 4, "a\nb\n\n\x1b[7m bye  \x1b[m"},
		{"replaces the last line", "1\n2\n3", "x", 3, 3, "1\n2\n\x1b[7m x \x1b[m"},
		{"cuts a long notice", "", "shutting down", 6, 1, "\x1b[7m shut…\x1b[m"},
		{"drops lines past the screen", "1\n2\n3\n4", "n", 2, 2, "1\n\x1b[7m n\x1b[m"},
		{"unknown size leaves content alone", "x", "n", 0, 0, "x"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := overlayLastLine(tt.content, tt.notice, tt.width, tt.height)
			if got != tt.want {
				t.Errorf("overlayLastLine = %q, want %q", got, tt.want)
			}
			for _, line := range strings.Split(got, "\n") {
				if w := ansi.StringWidth(line); tt.width > 0 && w > tt.width {
					t.Errorf("line %q is %d wide, screen is %d", line, w, tt.width)
				}
			}
		})
	}
}

func TestLoginLimiter(t *testing.T) {
	t0 := time.Unix(1_000_000, 0)
	a := &net.TCPAddr{IP: net.ParseIP("192.0.2.1"), Port: 50000}
	aOtherPort := &net.TCPAddr{IP: net.ParseIP("192.0.2.1"), Port: 50001}
	b := &net.TCPAddr{IP: net.ParseIP("2001:db8::1"), Port: 50000}
	l := newLoginLimiter(3, 10*time.Second, 100)

	steps := []struct {
		at          time.Duration
		fail        net.Addr // nil: only check
		wantBlocked map[net.Addr]bool
	}{
		{0, a, map[net.Addr]bool{a: false, b: false}},
		{time.Second, aOtherPort, map[net.Addr]bool{a: false}},
		{2 * time.Second, a, map[net.Addr]bool{a: true, aOtherPort: true, b: false}},
		{11 * time.Second, nil, map[net.Addr]bool{a: false}}, // one try earned back
		{11 * time.Second, a, map[net.Addr]bool{a: true}},
		{60 * time.Second, nil, map[net.Addr]bool{a: false, b: false}},
	}
	for i, st := range steps {
		now := t0.Add(st.at)
		if st.fail != nil {
			l.fail(st.fail, now)
		}
		for addr, want := range st.wantBlocked {
			if got := l.blocked(addr, now); got != want {
				t.Errorf("step %d: blocked(%s) = %v, want %v", i, addr, got, want)
			}
		}
	}
}

func TestLoginLimiterForgetsRecoveredAddressesFirst(t *testing.T) {
	t0 := time.Unix(1_000_000, 0)
	l := newLoginLimiter(2, time.Second, 2)
	old := &net.TCPAddr{IP: net.ParseIP("192.0.2.1")}
	busy := &net.TCPAddr{IP: net.ParseIP("192.0.2.2")}
	l.fail(old, t0)
	l.fail(busy, t0.Add(10*time.Second))
	l.fail(busy, t0.Add(10*time.Second))
	l.fail(&net.TCPAddr{IP: net.ParseIP("192.0.2.3")}, t0.Add(10*time.Second))
	if !l.blocked(busy, t0.Add(10*time.Second)) {
		t.Error("the blocked address was forgotten to make room instead of the recovered one")
	}
	if len(l.byIP) > 2 {
		t.Errorf("limiter remembers %d addresses, cap is 2", len(l.byIP))
	}
}

func TestLoginLimiterOff(t *testing.T) {
	l := newLoginLimiter(0, time.Second, 10)
	a := &net.TCPAddr{IP: net.ParseIP("192.0.2.1")}
	for i := 0; i < 100; i++ {
		l.fail(a, time.Now())
	}
	if l.blocked(a, time.Now()) {
		t.Error("a limiter with burst 0 blocked an address")
	}
}
