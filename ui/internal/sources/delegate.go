package sources

import (
	"fmt"
	"io"
	"strings"

	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"

	"parallax/ui/internal/story"
	"parallax/ui/internal/theme"
	"parallax/ui/internal/wrap"
)

// docItem is one article in the list.
type docItem struct{ doc *story.Doc }

// FilterValue is what the list would filter on.
func (i docItem) FilterValue() string { return i.doc.Outlet + " " + i.doc.Title }

// delegate draws an article as three lines: outlet and date, title, and the
// verdict badges of its claims.
type delegate struct {
	styles  theme.Styles
	focused bool
	reading string // the document open in the reader
}

// Height is the lines one article takes.
func (d delegate) Height() int { return 3 }

// Spacing is the blank lines between articles.
func (d delegate) Spacing() int { return 1 }

// Update does nothing: the source list handles its own keys.
func (d delegate) Update(tea.Msg, *list.Model) tea.Cmd { return nil }

// Render draws one article of the list.
func (d delegate) Render(w io.Writer, m list.Model, index int, it list.Item) {
	item, ok := it.(docItem)
	if !ok {
		return
	}
	st := d.styles
	width := m.Width()
	doc := item.doc
	selected := index == m.Index()

	bar := "  "
	if selected {
		if d.focused {
			bar = st.Accent.Render(theme.MarkSelected) + " "
		} else {
			bar = st.Dim.Render(theme.MarkSelected) + " "
		}
	}
	outlet := st.Outlet.Render(doc.Outlet)
	if selected {
		outlet = st.Cursor.Render(doc.Outlet)
	}
	if doc.ID == d.reading {
		outlet += st.Dim.Render(" •")
	}
	line1 := bar + outlet
	if doc.Date != "" {
		gap := width - wrap.Width(bar) - wrap.Width(doc.Outlet) - 2 - len(doc.Date)
		if doc.ID == d.reading {
			gap -= 2
		}
		if gap >= 1 {
			line1 += strings.Repeat(" ", gap+2) + st.Dim.Render(doc.Date)
		}
	}
	title := doc.Title
	if !selected {
		title = st.Dim.Render(title)
	}
	line2 := "  " + title
	line3 := "  " + badges(st, doc.Counts)
	if doc.Counts.Total() == 0 {
		line3 = "  " + st.Dim.Render("no claims")
	}
	lines := []string{line1, line2, line3}
	for i, l := range lines {
		lines[i] = wrap.Fit(wrap.Truncate(l, width), width)
	}
	fmt.Fprint(w, strings.Join(lines, "\n"))
}

// badges draws verdict counts, e.g. "✗1 ✓2 ○1", leaving out zeros.
func badges(st theme.Styles, c story.Counts) string {
	var parts []string
	for _, p := range []struct {
		vs theme.VerdictStyle
		n  int
	}{{st.Conflicting, c.Conflicting}, {st.Corroborated, c.Corroborated}, {st.Single, c.Single}} {
		if p.n > 0 {
			parts = append(parts, p.vs.Badge.Render(fmt.Sprintf("%s%d", p.vs.Mark, p.n)))
		}
	}
	return strings.Join(parts, " ")
}
