package ui

import (
	"bytes"
	"io"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"parallax/ui/internal/fixture"
)

// sgr matches a select-graphic-rendition sequence and its parameters.
var sgr = regexp.MustCompile(`\x1b\[([0-9;:]*)m`)

// hasColour reports whether any SGR sequence sets a colour (30–38, 40–48,
// 90–97, 100–107; 39 and 49 only reset to the default).
func hasColour(out []byte) bool {
	for _, m := range sgr.FindAllSubmatch(out, -1) {
		for _, p := range strings.FieldsFunc(string(m[1]), func(r rune) bool { return r == ';' || r == ':' }) {
			n, err := strconv.Atoi(p)
			if err != nil {
				continue
			}
			if (n >= 30 && n <= 38) || (n >= 40 && n <= 48) || (n >= 90 && n <= 97) || (n >= 100 && n <= 107) {
				return true
			}
		}
	}
	return false
}

// hasUnderline reports whether any SGR sequence turns underline on.
func hasUnderline(out []byte) bool {
	for _, m := range sgr.FindAllSubmatch(out, -1) {
		for _, p := range strings.Split(string(m[1]), ";") {
			if p == "4" || strings.HasPrefix(p, "4:") {
				return true
			}
		}
	}
	return false
}

// TestNoColor runs the program as a terminal with NO_COLOR set would (the
// test output is no TTY, so TTY_FORCE stands in for one): no
// colour reaches the output, while the attributes that carry the verdicts
// without colour (bold, underline, reverse) and the marks still do.
func TestNoColor(t *testing.T) {
	for _, tt := range []struct {
		name      string
		env       []string
		wantColor bool
	}{
		{"no colour", []string{"TERM=xterm-256color", "TTY_FORCE=1", "NO_COLOR=1"}, false},
		{"colour", []string{"TERM=xterm-256color", "TTY_FORCE=1", "COLORTERM=truecolor"}, true},
		{"16 colours", []string{"TERM=xterm-color", "TTY_FORCE=1"}, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			tm := teatest.NewTestModel(t, New(fixed(fixture.Story()), Options{}),
				teatest.WithInitialTermSize(120, 30), teatest.WithProgramOptions(tea.WithEnvironment(tt.env)))
			var out bytes.Buffer
			teatest.WaitFor(t, io.TeeReader(tm.Output(), &out), func(b []byte) bool {
				return bytes.Contains(b, []byte("Harbour"))
			}, teatest.WithDuration(10*time.Second))
			tm.Type("nn")
			time.Sleep(300 * time.Millisecond)
			tm.Type("q")
			tm.WaitFinished(t, teatest.WithFinalTimeout(10*time.Second))
			rest, _ := io.ReadAll(tm.Output())
			all := append(out.Bytes(), rest...)
			if got := hasColour(all); got != tt.wantColor {
				t.Errorf("colour codes in output = %v, want %v: %q", got, tt.wantColor, colourCodes(all))
			}
			if tt.name == "16 colours" && (bytes.Contains(all, []byte("38;5;")) || bytes.Contains(all, []byte("38;2;"))) {
				t.Error("a 16-colour terminal got 256-colour or true-colour codes")
			}
			for _, mark := range []string{"✗", "✓", "○"} {
				if !bytes.Contains(all, []byte(mark)) {
					t.Errorf("verdict mark %s missing", mark)
				}
			}
			if !tt.wantColor && !hasUnderline(all) {
				t.Error("no underline in the colourless output: conflicts must still stand out")
			}
		})
	}
}

// colourCodes lists the SGR sequences that set colours, for failure messages.
func colourCodes(out []byte) []string {
	var codes []string
	for _, m := range sgr.FindAll(out, -1) {
		if hasColour(m) && len(codes) < 5 {
			codes = append(codes, string(m))
		}
	}
	return codes
}
