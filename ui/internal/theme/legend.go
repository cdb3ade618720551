package theme

import (
	"strings"

	"parallax/ui/internal/wrap"
)

// The legend's words, long and short: a fact-checker must never read ✗ as
// "false" or ✓ as "true", so the marks are explained wherever they first appear.
var (
	legendLong  = [3]string{"outlets conflict", "2+ outlets agree", "one outlet only"}
	legendShort = [3]string{"outlets conflict", "2+ agree", "one outlet"}
)

// Legend says in words what the verdict marks mean, in the longest wording
// that fits width (the short one, to be cut, when none does).
func Legend(st *Styles, width int) string {
	words := legendShort
	if wrap.Width(legendPlain(legendLong)) <= width {
		words = legendLong
	}
	var parts []string
	for i, vs := range []VerdictStyle{st.Conflicting, st.Corroborated, st.Single} {
		parts = append(parts, vs.Badge.Render(vs.Mark)+" "+st.Dim.Render(words[i]))
	}
	return strings.Join(parts, st.Dim.Render(" · "))
}

// LegendText is the long legend without styles, for help and reports.
func LegendText() string { return legendPlain(legendLong) }

func legendPlain(words [3]string) string {
	return MarkConflicting + " " + words[0] + " · " + MarkCorroborated + " " + words[1] + " · " + MarkSingle + " " + words[2]
}
