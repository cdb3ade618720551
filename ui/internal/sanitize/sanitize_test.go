package sanitize

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "The mayor spoke.", "The mayor spoke."},
		{"keeps newlines", "one\ntwo", "one\ntwo"},
		{"tab to space", "a\tb", "a b"},
		{"drops carriage return", "a\r\nb", "a\nb"},
		{"drops bell and backspace", "ri\ang\bs", "rings"},
		{"drops DEL", "x\x7fy", "xy"},
		{"csi colour", "\x1b[31mred\x1b[0m text", "red text"},
		{"csi clear screen", "before\x1b[2Jafter", "beforeafter"},
		{"csi private mode", "a\x1b[?1049hb", "ab"},
		{"osc title with bel", "a\x1b]0;pwned\x07b", "ab"},
		{"osc hyperlink with st", "\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\", "link"},
		{"unterminated osc stops at newline", "a\x1b]2;title\nnext", "a\nnext"},
		{"dcs", "a\x1bPq#0\x1b\\b", "ab"},
		{"charset designation", "a\x1b(Bb", "ab"},
		{"two byte escape", "a\x1bcb", "ab"},
		{"lone escape at end", "abc\x1b", "abc"},
		{"escape before non-ascii", "a\x1bé", "aé"},
		{"c1 csi rune", "a\u009b31mb", "a31mb"},
		{"bidi override", "abc\u202edcba", "abcdcba"},
		{"bidi isolate", "x\u2066y\u2069z", "xyz"},
		{"byte order mark", "\ufeffhello", "hello"},
		{"line separator", "a\u2028b", "a\nb"},
		{"invalid utf8", "a\xffb", "a\ufffdb"},
		{"keeps accents and wide", "café 東京 ✓", "café 東京 ✓"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Text(tt.in).Text
			if got != tt.want {
				t.Errorf("Text(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestOffset(t *testing.T) {
	in := "\x1b[1mBold\x1b[0m and café end"
	m := Text(in)
	if m.Text != "Bold and café end" {
		t.Fatalf("text = %q", m.Text)
	}
	tests := []struct {
		name      string
		orig      int
		wantClean int
	}{
		{"start of escape", 0, 0},
		{"inside escape", 2, 0},
		{"first letter", 4, 0},
		{"after bold", 8, 4},
		{"inside reset", 10, 4},
		{"word and", strings.Index(in, "and"), 5},
		{"café", strings.Index(in, "café"), 9},
		{"inside é", strings.Index(in, "é") + 1, 12},
		{"end", len(in), len(m.Text)},
		{"past end clamps", len(in) + 50, len(m.Text)},
		{"negative clamps", -3, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := m.Offset(tt.orig); got != tt.wantClean {
				t.Errorf("Offset(%d) = %d, want %d", tt.orig, got, tt.wantClean)
			}
		})
	}
	s, e := m.Span(strings.Index(in, "and"), strings.Index(in, "and")+3)
	if m.Text[s:e] != "and" {
		t.Errorf("Span maps to %q, want %q", m.Text[s:e], "and")
	}
	if s, e := m.Span(10, 2); s != 4 || e != 4 {
		t.Errorf("reversed span = %d,%d, want 4,4", s, e)
	}
}

func TestLine(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Harbour Herald", "Harbour Herald"},
		{"  padded  ", "padded"},
		{"two\nlines", "two lines"},
		{"many   spaces\there", "many spaces here"},
		{"\x1b]0;evil\x07Title", "Title"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Line(tt.in); got != tt.want {
			t.Errorf("Line(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// checkSafe asserts the invariants every cleaned text must hold.
func checkSafe(t *testing.T, in string, m Mapped) {
	t.Helper()
	if !utf8.ValidString(m.Text) {
		t.Fatalf("invalid UTF-8 out of %q", in)
	}
	for _, r := range m.Text {
		if (r < 0x20 && r != '\n') || (r >= 0x7f && r <= 0x9f) || dropped(r) {
			t.Fatalf("control %U survived in %q (from %q)", r, m.Text, in)
		}
	}
	prev := 0
	for i := 0; i <= len(in); i++ {
		o := m.Offset(i)
		if o < prev || o > len(m.Text) {
			t.Fatalf("offset map not monotonic at %d: %d after %d (len %d)", i, o, prev, len(m.Text))
		}
		if !utf8.RuneStart(byteAt(m.Text, o)) {
			t.Fatalf("offset %d -> %d is inside a character of %q", i, o, m.Text)
		}
		prev = o
	}
	if m.Offset(len(in)) != len(m.Text) {
		t.Fatalf("end maps to %d, want %d", m.Offset(len(in)), len(m.Text))
	}
}

func byteAt(s string, i int) byte {
	if i >= len(s) {
		return 0
	}
	return s[i]
}

func FuzzText(f *testing.F) {
	for _, seed := range []string{
		"plain text", "\x1b[31mred\x1b[0m", "\x1b]0;t\x07", "\x1b]8;;u\x1b\\x", "a\xffb",
		"\u202eabc", "\x1bP\x1b", "\x1b[", "\x1b", "é\x1b(", "\u009b1m", "line\r\nnext",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, in string) {
		m := Text(in)
		checkSafe(t, in, m)
		l := Line(in)
		if strings.ContainsAny(l, "\n\t\x1b") {
			t.Fatalf("Line left a control in %q", l)
		}
	})
}

func BenchmarkText(b *testing.B) {
	text := strings.Repeat("The council voted seven to two on Tuesday. \x1b[1mBold\x1b[0m words — café.\n", 500)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Text(text)
	}
}
