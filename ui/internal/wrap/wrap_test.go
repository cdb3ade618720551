package wrap

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func texts(text string, rs []Range) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = text[r.Start:r.End]
	}
	return out
}

func TestLines(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		width int
		want  []string
	}{
		{"fits", "The bridge opens in May.", 40, []string{"The bridge opens in May."}},
		{"wraps at spaces", "The bridge opens in May.", 12, []string{"The bridge", "opens in", "May."}},
		{"exact width", "aaa bbb", 7, []string{"aaa bbb"}},
		{"one short", "aaa bbb", 6, []string{"aaa", "bbb"}},
		{"paragraphs", "one\ntwo", 10, []string{"one", "two"}},
		{"blank runs collapse", "one\n\n\n\ntwo", 10, []string{"one", "", "two"}},
		{"leading and trailing blanks dropped", "\n\none\n\n", 10, []string{"one"}},
		{"long word broken", "abcdefghij", 4, []string{"abcd", "efgh", "ij"}},
		{"long word after text", "to abcdefgh", 4, []string{"to", "abcd", "efgh"}},
		{"wide characters", "東京都 大阪", 4, []string{"東京", "都", "大阪"}},
		{"leading spaces trimmed", "   indented", 20, []string{"indented"}},
		{"double space kept inside", "a  b", 10, []string{"a  b"}},
		{"width zero acts as one", "ab", 0, []string{"a", "b"}},
		{"empty", "", 10, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := texts(tt.text, Lines(tt.text, tt.width))
			if strings.Join(got, "|") != strings.Join(tt.want, "|") || len(got) != len(tt.want) {
				t.Errorf("Lines(%q, %d) = %q, want %q", tt.text, tt.width, got, tt.want)
			}
		})
	}
}

func TestFit(t *testing.T) {
	tests := []struct {
		in    string
		width int
		want  string
	}{
		{"abc", 5, "abc  "},
		{"abcdef", 3, "abc"},
		{"東京", 3, "東 "},
		{"\x1b[1mbold\x1b[0m", 6, "bold  "},
		{"x", 0, ""},
	}
	for _, tt := range tests {
		got := Fit(tt.in, tt.width)
		if ansi.Strip(got) != tt.want {
			t.Errorf("Fit(%q, %d) = %q, want %q", tt.in, tt.width, ansi.Strip(got), tt.want)
		}
		if tt.width > 0 && ansi.StringWidth(got) != tt.width {
			t.Errorf("Fit(%q, %d) width = %d", tt.in, tt.width, ansi.StringWidth(got))
		}
	}
}

func TestBlockAndTruncate(t *testing.T) {
	got := Block("ab\ncdef\ng", 3, 2)
	if got != "ab \ncde" {
		t.Errorf("Block = %q", got)
	}
	if got := Block("x", 2, 3); got != "x \n  \n  " {
		t.Errorf("Block pad = %q", got)
	}
	if got := Truncate("Harbour Herald", 8); got != "Harbour…" {
		t.Errorf("Truncate = %q", got)
	}
	if got := Truncate("short", 8); got != "short" {
		t.Errorf("Truncate short = %q", got)
	}
}

func FuzzLines(f *testing.F) {
	f.Add("The bridge opens in May.", 5)
	f.Add("東京都 大阪\n\nnext", 1)
	f.Add("  a  ", 3)
	f.Fuzz(func(t *testing.T, text string, width int) {
		width = width%200 + 1
		if width < 1 {
			width = -width + 1
		}
		// Callers wrap sanitised text only, which is valid UTF-8.
		text = strings.ToValidUTF8(text, "\ufffd")
		prev := -1
		for _, r := range Lines(text, width) {
			if r.Start < 0 || r.End > len(text) || r.Start > r.End || r.Start < prev {
				t.Fatalf("bad range %v (len %d)", r, len(text))
			}
			prev = r.End
			line := text[r.Start:r.End]
			if strings.Contains(line, "\n") {
				t.Fatalf("line holds a newline: %q", line)
			}
			// A single grapheme wider than the line is the only allowed overflow.
			if w := Width(line); w > width && w > 2 {
				t.Fatalf("line %q is %d wide, limit %d", line, w, width)
			}
		}
	})
}
