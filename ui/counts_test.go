package ui

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/colorprofile"

	"parallax/data"
	"parallax/model"
	"parallax/ui/internal/fixture"
	"parallax/ui/internal/story"
	"parallax/ui/report"
)

// One set of counts: the header, the story rows, the overview and `analyze`
// count the same facts, whatever the engine finds (the demo runs the real
// engine; only the places are compared, not its verdicts).
func TestSameCountsEverywhere(t *testing.T) {
	for _, tt := range []struct {
		name string
		a    *model.Analysis
	}{{"fixture", fixture.Stories()}, {"demo", model.Analyze(data.Demo())}} {
		t.Run(tt.name, func(t *testing.T) {
			a := tt.a
			first := a
			if len(a.Stories) > 1 {
				first, _ = a.StoryAnalysis(a.Stories[0].ID)
			}
			c := story.FactCounts(first)
			badges := fmt.Sprintf("✗%d ✓%d ○%d", c.Conflicting, c.Corroborated, c.Single)
			m := readyWith(t, a, 200, 60)
			screen := screenText(m)
			header := strings.SplitN(screen, "\n", 2)[0]
			if want := story.Plural(c.Total(), "fact") + " " + badges; !strings.Contains(header, want) {
				t.Errorf("header %q lacks %q", header, want)
			}
			if len(a.Stories) > 1 && !strings.Contains(screen, "    "+badges) {
				t.Errorf("the story row lacks %q:\n%s", badges, screen)
			}
			if o := screenText(press(m, "m")); !strings.Contains(o, story.Plural(c.Total(), "fact")+" × ") || !strings.Contains(o, badges) {
				t.Errorf("the overview lacks %d facts and %s:\n%s", c.Total(), badges, o)
			}
			var buf bytes.Buffer
			if err := report.Write(&colorprofile.Writer{Forward: &buf, Profile: colorprofile.NoTTY}, a); err != nil {
				t.Fatal(err)
			}
			want := fmt.Sprintf("%s: ✗%d conflicting · ✓%d corroborated · ○%d single-source",
				story.Plural(c.Total(), "fact"), c.Conflicting, c.Corroborated, c.Single)
			if !strings.Contains(buf.String(), want) {
				t.Errorf("analyze lacks %q:\n%s", want, buf.String())
			}
		})
	}
}
