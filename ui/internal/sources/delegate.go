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
type docItem struct {
	doc    *story.Doc
	copyOf string // the outlet this article is a copy of, or ""
	indent bool   // listed under a story row
	unread bool
}

// FilterValue is what the list would filter on.
func (i docItem) FilterValue() string { return i.doc.Outlet + " " + i.doc.Title }

// storyItem is one story row: its title, conflicts, outlets and unread count.
type storyItem struct {
	s        *story.Story
	expanded bool
	unread   int
}

// FilterValue is what the list would filter on.
func (i storyItem) FilterValue() string { return i.s.Title }

// delegate draws an article or a story as three lines.
type delegate struct {
	styles  theme.Styles
	focused bool
	reading string // the document open in the reader
}

// Height is the lines one row takes.
func (d delegate) Height() int { return 3 }

// Spacing is the blank lines between rows.
func (d delegate) Spacing() int { return 1 }

// Update does nothing: the source list handles its own keys.
func (d delegate) Update(tea.Msg, *list.Model) tea.Cmd { return nil }

// Render draws one row of the list.
func (d delegate) Render(w io.Writer, m list.Model, index int, it list.Item) {
	var lines []string
	selected := index == m.Index()
	switch item := it.(type) {
	case docItem:
		lines = d.docLines(item, selected, m.Width())
	case storyItem:
		lines = d.storyLines(item, selected)
	default:
		return
	}
	for i, l := range lines {
		lines[i] = wrap.Fit(wrap.Truncate(l, m.Width()), m.Width())
	}
	fmt.Fprint(w, strings.Join(lines, "\n"))
}

// bar is the cursor column: the selection mark, bright when focused.
func (d delegate) bar(selected bool) string {
	switch {
	case selected && d.focused:
		return d.styles.Accent.Render(theme.MarkSelected) + " "
	case selected:
		return d.styles.Dim.Render(theme.MarkSelected) + " "
	}
	return "  "
}

// docLines draws an article: outlet and date, title (a dot when unread),
// and the verdict badges of its claims or the outlet it copies.
func (d delegate) docLines(item docItem, selected bool, width int) []string {
	st := d.styles
	doc := item.doc
	pad := ""
	if item.indent {
		pad = "  "
	}
	bar := d.bar(selected) + pad
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
	lead := "  "
	if item.unread {
		lead = st.Accent.Render(theme.MarkUnread) + " "
	}
	line2 := pad + lead + title
	line3 := pad + "  " + badges(st, doc.Counts)
	if doc.Counts.Total() == 0 {
		line3 = pad + "  " + st.Dim.Render("no claims")
	}
	if item.copyOf != "" {
		line3 = pad + "  " + st.Dim.Render("copy of "+item.copyOf)
	}
	return []string{line1, line2, line3}
}

// storyLines draws a story: fold mark and title, then conflicts and outlets,
// then articles and how many are unread.
func (d delegate) storyLines(item storyItem, selected bool) []string {
	st := d.styles
	s := item.s
	fold := theme.MarkCollapsed
	if item.expanded {
		fold = theme.MarkExpanded
	}
	title := st.HeaderTitle.Render(s.Title)
	if selected {
		title = st.Cursor.Render(s.Title)
	}
	line1 := d.bar(selected) + st.Accent.Render(fold) + " " + title
	var info []string
	if n := s.Conflicts(); n > 0 {
		info = append(info, st.Conflicting.Badge.Render(fmt.Sprintf("%s%d", theme.MarkConflicting, n)))
	}
	info = append(info, st.Dim.Render(story.Plural(s.Outlets, "outlet")))
	line2 := "    " + strings.Join(info, st.Dim.Render(" · "))
	line3 := "    " + st.Dim.Render(story.Plural(len(s.Docs), "article"))
	if item.unread > 0 {
		line3 += st.Dim.Render(" · ") + st.Accent.Render(fmt.Sprintf("%s %d unread", theme.MarkUnread, item.unread))
	}
	return []string{line1, line2, line3}
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
