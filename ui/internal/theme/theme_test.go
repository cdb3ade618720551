package theme

import (
	"image/color"
	"strings"
	"testing"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"

	"parallax/model"
)

// In a 16-colour terminal the three verdicts must still be three colours.
func TestVerdictColoursStayApartIn16Colours(t *testing.T) {
	for _, dark := range []bool{true, false} {
		st := NewStyles(dark)
		seen := map[color.Color]model.Verdict{}
		for _, v := range []model.Verdict{model.Conflicting, model.Corroborated, model.Single} {
			c := colorprofile.ANSI.Convert(st.Verdict(v).Text.GetForeground())
			if other, dup := seen[c]; dup {
				t.Errorf("dark=%v: %s and %s both become %v", dark, v, other, c)
			}
			seen[c] = v
		}
	}
}

func TestVerdictMarks(t *testing.T) {
	st := NewStyles(true)
	want := map[model.Verdict]string{model.Conflicting: "✗", model.Corroborated: "✓", model.Single: "○", "": "○"}
	for v, mark := range want {
		if got := st.Verdict(v).Mark; got != mark {
			t.Errorf("%q mark = %q, want %q", v, got, mark)
		}
	}
}

func TestFrame(t *testing.T) {
	st := NewStyles(true)
	tests := []struct {
		w, h    int
		focused bool
		want    string
	}{
		{10, 4, false, "╭─ Title ╮\n│ ab     │\n│        │\n╰────────╯"},
		{10, 3, true, "┏━ Title ┓\n┃ ab     ┃\n┗━━━━━━━━┛"},
		{5, 3, false, "ab   \n     \n     "},
		{12, 2, false, "ab          \n            "},
	}
	for _, tt := range tests {
		_, _, iw, ih := Inner(tt.w, tt.h)
		body := strings.Join([]string{padTo("ab", iw), padTo("", iw)}[:min(2, ih)], "\n")
		got := ansi.Strip(st.Frame("Title", body, tt.w, tt.h, tt.focused))
		if got != tt.want {
			t.Errorf("Frame %dx%d =\n%s\nwant\n%s", tt.w, tt.h, got, tt.want)
		}
	}
}

func padTo(s string, w int) string { return s + strings.Repeat(" ", max(w-len(s), 0)) }

func TestPaint(t *testing.T) {
	st := NewStyles(true)
	p := NewPaint(st.Conflicting.Text)
	got := p.Render("400 jobs")
	if ansi.Strip(got) != "400 jobs" || got == "400 jobs" {
		t.Errorf("paint = %q", got)
	}
	if NewPaint(st.Bold.UnsetBold()).Render("plain") != "plain" {
		t.Error("an empty style added codes")
	}
}
