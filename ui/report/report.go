// Package report writes an analysis as a readable text report, the default
// output of `parallax analyze`: conflicts first, then corroborations, then what
// only one outlet says.
package report

import (
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"charm.land/lipgloss/v2"

	"parallax/data/store"
	"parallax/model"
	"parallax/ui/internal/story"
)

// Width is the column the report wraps excerpts to.
const Width = 100

// styles are the report's looks. Colours are basic ANSI ones so they read on
// light and dark terminals alike; the writer the report goes to strips them
// when the output is not a terminal or NO_COLOR is set.
type styles struct {
	heading, conflict, agree, single, outlet, dim, value lipgloss.Style
}

func newStyles() styles {
	return styles{
		heading:  lipgloss.NewStyle().Bold(true),
		conflict: lipgloss.NewStyle().Bold(true).Foreground(lipgloss.ANSIColor(1)),
		agree:    lipgloss.NewStyle().Bold(true).Foreground(lipgloss.ANSIColor(2)),
		single:   lipgloss.NewStyle().Foreground(lipgloss.ANSIColor(3)),
		outlet:   lipgloss.NewStyle().Bold(true),
		dim:      lipgloss.NewStyle().Faint(true),
		value:    lipgloss.NewStyle().Bold(true),
	}
}

// Write renders the analysis to w, story by story when it holds several.
func Write(w io.Writer, a *model.Analysis) error { return WriteMarked(w, a, nil) }

// WriteMarked is Write with the reader's stars and notes, by claim ID,
// shown after the claims they are on.
func WriteMarked(w io.Writer, a *model.Analysis, marks map[string]store.Mark) error {
	r := writer{a: a, st: newStyles(), outletWidth: outletWidth(a), marks: marks}
	if len(a.Stories) <= 1 {
		r.story()
	} else {
		r.line("%s", r.st.heading.Render(fmt.Sprintf("%d articles in %d stories", len(a.Documents), len(a.Stories))))
		r.line("%s", r.st.dim.Render("choose one with its number or name: parallax export --story NAME ..."))
		hs := Handles(a)
		for i, st := range a.Stories {
			one, _ := a.StoryAnalysis(st.ID)
			r.line("  %2d  %s  %s", i+1, hs[i], r.st.dim.Render(fmt.Sprintf("%d articles · %s", len(one.Documents), factLine(story.FactCounts(one)))))
		}
		for i, st := range a.Stories {
			one, _ := a.StoryAnalysis(st.ID)
			r.a = one
			r.line("")
			r.line("%s", r.st.heading.Render(fmt.Sprintf("━━ Story %d of %d · %s: %s", i+1, len(a.Stories), hs[i], oneLine(st.Title))))
			r.story()
		}
	}
	_, err := io.WriteString(w, r.b.String())
	return err
}

// factLine is the fact counts as the reader's header writes them.
func factLine(c story.Counts) string {
	return fmt.Sprintf("%d facts ✗%d ✓%d ○%d", c.Total(), c.Conflicting, c.Corroborated, c.Single)
}

// story writes one story: its sources, then its groups by verdict.
func (r *writer) story() {
	r.summary()
	r.section("CONFLICTS", model.Conflicting, "✗", r.st.conflict)
	r.section("CORROBORATED", model.Corroborated, "✓", r.st.agree)
	r.section("SINGLE SOURCE", model.Single, "○", r.st.single)
}

// writer accumulates one report.
type writer struct {
	a           *model.Analysis
	st          styles
	b           strings.Builder
	outletWidth int
	marks       map[string]store.Mark
}

func (r *writer) line(format string, args ...any) {
	fmt.Fprintf(&r.b, format, args...)
	r.b.WriteByte('\n')
}

// summary names the sources, where each outlet name came from, and the counts.
func (r *writer) summary() {
	c := story.FactCounts(r.a)
	outlets := map[string]bool{}
	for _, d := range r.a.Documents {
		if d.CopyOf == "" {
			outlets[oneLine(d.Outlet)] = true
		}
	}
	r.line("%s", r.st.heading.Render(fmt.Sprintf("%d articles · %d outlets · %d facts: ✗%d conflicting · ✓%d corroborated · ○%d single-source (%d claims)",
		len(r.a.Documents), len(outlets), c.Total(), c.Conflicting, c.Corroborated, c.Single, len(r.a.Claims))))
	r.line("")
	for _, d := range r.a.Documents {
		date := "undated"
		if !d.Published.IsZero() {
			date = d.Published.Format("2006-01-02")
		}
		from := fmt.Sprintf("%-10s (outlet from %s)", date, d.OutletSource)
		if d.CopyOf != "" {
			from = fmt.Sprintf("%-10s (a copy of %s)", date, d.CopyOf)
		}
		r.line("  %s %s  %s", r.outlet(d.Outlet), r.st.dim.Render(from), truncate(oneLine(d.Title), Width-r.outletWidth-36))
	}
}

// section lists the groups of one verdict.
func (r *writer) section(title string, v model.Verdict, mark string, st lipgloss.Style) {
	var groups []model.Group
	for _, g := range r.a.Groups {
		if g.Verdict == v {
			groups = append(groups, g)
		}
	}
	if len(groups) == 0 {
		return
	}
	r.line("")
	r.line("%s", r.st.heading.Render(fmt.Sprintf("%s (%d)", title, len(groups))))
	for _, g := range groups {
		if v == model.Single {
			c, _ := r.a.Claim(g.Claims[0])
			d, _ := r.a.Document(c.Doc)
			r.line("%s %s %s%s", st.Render(mark), r.outlet(d.Outlet), r.excerpt(c, Width-r.outletWidth-3), r.mark(c.ID))
			r.note(c.ID)
			continue
		}
		r.line("")
		r.line("%s %s", st.Render(mark), st.Render(g.Reason))
		sides := g.Sides
		if len(sides) == 0 {
			sides = [][]string{g.Claims}
		}
		for i, side := range sides {
			for _, id := range side {
				c, _ := r.a.Claim(id)
				d, _ := r.a.Document(c.Doc)
				prefix := "   "
				if i > 0 {
					prefix = " " + r.st.conflict.Render("≠") + " "
				}
				r.line("%s%s %s%s", prefix, r.outlet(d.Outlet), r.excerpt(c, Width-r.outletWidth-4), r.mark(id))
				r.note(id)
			}
		}
	}
}

// mark is " ★" after a claim the reader starred.
func (r *writer) mark(id string) string {
	if r.marks[id].Starred {
		return " ★"
	}
	return ""
}

// note writes the reader's note on a claim, if any, on its own line.
func (r *writer) note(id string) {
	if n := oneLine(r.marks[id].Note); n != "" {
		r.line("%s", r.st.dim.Render(strings.Repeat(" ", r.outletWidth+4)+"✎ "+truncate(n, Width-r.outletWidth-6)))
	}
}

// outlet renders an outlet name padded to the report's outlet column.
func (r *writer) outlet(name string) string {
	name = truncate(name, r.outletWidth)
	return r.st.outlet.Render(name + strings.Repeat(" ", r.outletWidth-utf8.RuneCountInString(name)))
}

// excerpt shows the claim's sentence, cut around its figure or quotation to fit
// width, with the figure emphasised.
func (r *writer) excerpt(c model.Claim, width int) string {
	focusStart, focusEnd := 0, 0
	if f, ok := c.FigureOf(); ok {
		focusStart, focusEnd = f.Start-c.Start, f.End-c.Start
	}
	text := oneLine(c.Text)
	if focusEnd <= focusStart || focusEnd > len(text) {
		return truncate(text, width)
	}
	before, focus, after := text[:focusStart], text[focusStart:focusEnd], text[focusEnd:]
	room := width - utf8.RuneCountInString(focus)
	if room < 10 {
		return r.st.value.Render(truncate(focus, width))
	}
	left := min(utf8.RuneCountInString(before), room/2)
	right := room - left
	if n := utf8.RuneCountInString(after); n < right {
		left = min(utf8.RuneCountInString(before), room-n)
	}
	return truncateLeft(before, left) + r.st.value.Render(focus) + truncate(after, room-left)
}

// outletWidth is the width of the widest outlet name, capped.
func outletWidth(a *model.Analysis) int {
	w := 6
	for _, d := range a.Documents {
		w = max(w, utf8.RuneCountInString(d.Outlet))
	}
	return min(w, 26)
}

// oneLine folds line breaks, control characters and runs of spaces into single
// spaces: article text is untrusted and must not drive the terminal.
func oneLine(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// truncate cuts s to n runes, ending with "…" when it had to cut.
func truncate(s string, n int) string {
	if n <= 0 {
		return ""
	}
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	rs := []rune(s)
	return string(rs[:n-1]) + "…"
}

// truncateLeft keeps the last n runes of s, starting with "…" when it had to cut.
func truncateLeft(s string, n int) string {
	if n <= 0 {
		return ""
	}
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	rs := []rune(s)
	return "…" + string(rs[len(rs)-n+1:])
}
