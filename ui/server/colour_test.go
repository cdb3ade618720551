package server

import (
	"strings"
	"testing"
)

// The placeholder's heading is bold red in 24-bit colour; what reaches each
// client must be downsampled to that client's terminal, not the server's.
func TestColourProfileComesFromTheClient(t *testing.T) {
	ts, signer := allowedServer(t, func(c *Config, _ *tuning) { c.Program = placeholderProgram })
	client := mustDial(t, ts.addr, signer)
	tests := []struct {
		name    string
		term    string
		env     map[string]string
		want    string // a colour sequence that must appear
		notWant []string
	}{
		{"truecolor terminal", "xterm-256color", map[string]string{"COLORTERM": "truecolor"}, "38;2;200;40;40", nil},
		{"256-colour terminal", "xterm-256color", nil, "38;5;", []string{"38;2;"}},
		{"16-colour terminal", "xterm", nil, "\x1b[91;1m", []string{"38;2;", "38;5;"}},
		{"NO_COLOR is honoured", "xterm-256color", map[string]string{"NO_COLOR": "1"}, "Sources", []string{"38;2;", "38;5;", ";31m"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			term := openTerm(t, client, tt.term, 80, 24, tt.env)
			term.waitScreen(t, "the reader", showsAll("Sources ("))
			term.mu.Lock()
			raw := string(term.raw)
			term.mu.Unlock()
			if !strings.Contains(raw, tt.want) {
				t.Errorf("output lacks %q: %q", tt.want, clip(raw, 400))
			}
			for _, nw := range tt.notWant {
				if strings.Contains(raw, nw) {
					t.Errorf("output has %q, too rich for this terminal", nw)
				}
			}
		})
	}
}

// Each session asks its own terminal for the background colour; two clients
// with different backgrounds get different answers at the same time.
func TestBackgroundComesFromEachClient(t *testing.T) {
	ts, signer := allowedServer(t, func(c *Config, _ *tuning) { c.Program = placeholderProgram })
	client := mustDial(t, ts.addr, signer)
	light := openTerm(t, client, "xterm-256color", 80, 24, nil)
	dark := openTerm(t, client, "xterm-256color", 80, 24, nil)
	for _, term := range []*termSession{light, dark} {
		// The reader asks with OSC 11; answer only once asked, as a terminal would.
		waitFor(t, "the background query", func() bool {
			term.mu.Lock()
			defer term.mu.Unlock()
			return strings.Contains(string(term.raw), "\x1b]11;?")
		})
	}
	light.send(t, "\x1b]11;rgb:ffff/ffff/eeee\x1b\\")
	dark.send(t, "\x1b]11;rgb:1111/1111/1111\x1b\\")
	light.waitScreen(t, "a light background", showsAll("dark false"))
	dark.waitScreen(t, "a dark background", showsAll("dark true"))
}
