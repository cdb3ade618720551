package sources

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"parallax/ui/internal/story"
	"parallax/ui/internal/theme"
	"parallax/ui/internal/wrap"
)

// storyIndent is the cursor bar and the fold mark before a story's title.
const storyIndent = 4

// rowHeight is the lines row i takes, its spacing included: a story its
// title (one or two lines) and a line of counts; an article three lines and
// a blank one.
func (m Model) rowHeight(i int) int {
	r, ok := m.at(i)
	switch {
	case !ok:
		return 0
	case r.story != nil:
		return len(m.titleLines(r.story.Title, m.width-storyIndent, 2, nil)) + 1 + m.spacing(i)
	}
	return 3 + m.spacing(i)
}

// spacing is the blank lines after row i.
func (m Model) spacing(i int) int {
	if r, ok := m.at(i); ok && r.doc != nil {
		return 1
	}
	return 0
}

// rowLines draws row i to the width, its spacing included.
func (m Model) rowLines(i int) []string {
	r := m.rows[i]
	selected := i == m.cursor
	var lines []string
	if r.story != nil {
		lines = m.storyLines(r.story, selected)
	} else {
		lines = m.docLines(r, selected)
	}
	for k, l := range lines {
		lines[k] = wrap.Fit(wrap.Truncate(l, m.width), m.width)
	}
	for n := m.spacing(i); n > 0; n-- {
		lines = append(lines, "")
	}
	return lines
}

// titleLines wraps a title to at most n lines, the last cut with "…".
func (m Model) titleLines(title string, width, n int, render func(...string) string) []string {
	if render == nil {
		render = func(s ...string) string { return strings.Join(s, "") }
	}
	rs := wrap.Lines(title, max(width, 1))
	var out []string
	for i, r := range rs {
		if i == n-1 && len(rs) > n {
			out = append(out, render(wrap.Truncate(title[r.Start:], width)))
			break
		}
		out = append(out, render(title[r.Start:r.End]))
	}
	if len(out) == 0 {
		out = []string{""}
	}
	return out
}

// bar is the cursor column: the selection mark, bright when focused.
func (m Model) bar(selected bool) string {
	switch {
	case selected && m.focused:
		return m.styles.Accent.Render(theme.MarkSelected) + " "
	case selected:
		return m.styles.Dim.Render(theme.MarkSelected) + " "
	}
	return "  "
}

// docLines draws an article: outlet and date, title (a dot when unread),
// and the fact badges of its claims or the outlet it copies.
func (m Model) docLines(r row, selected bool) []string {
	st := m.styles
	doc := r.doc
	pad := ""
	if r.indent {
		pad = "  "
	}
	bar := m.bar(selected) + pad
	outlet := st.Outlet.Render(doc.Outlet)
	if selected {
		outlet = st.Cursor.Render(doc.Outlet)
	}
	if doc.ID == m.reading {
		outlet += st.Dim.Render(" •")
	}
	line1 := bar + outlet
	if doc.Date != "" {
		gap := m.width - wrap.Width(bar) - wrap.Width(doc.Outlet) - 2 - len(doc.Date)
		if doc.ID == m.reading {
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
	if !m.read[doc.ID] {
		lead = st.Accent.Render(theme.MarkUnread) + " "
	}
	line2 := pad + lead + title
	line3 := pad + "  " + badges(st, doc.Counts)
	switch {
	case r.copyOf != "":
		line3 = pad + "  " + st.Dim.Render("copy of "+r.copyOf)
	case doc.Counts.Total() == 0:
		line3 = pad + "  " + st.Dim.Render("no claims")
	}
	return []string{line1, line2, line3}
}

// storyLines draws a story: fold mark and title on up to two lines, then its
// facts, outlets, copies, articles and how many are unread.
func (m Model) storyLines(s *story.Story, selected bool) []string {
	st := m.styles
	fold := theme.MarkCollapsed
	if m.expanded[s.ID] {
		fold = theme.MarkExpanded
	}
	render := st.HeaderTitle.Render
	if selected {
		render = st.Cursor.Render
	}
	var lines []string
	for i, l := range m.titleLines(s.Title, m.width-storyIndent, 2, render) {
		if i == 0 {
			lines = append(lines, m.bar(selected)+st.Accent.Render(fold)+" "+l)
		} else {
			lines = append(lines, strings.Repeat(" ", storyIndent)+l)
		}
	}
	info := []string{badges(st, s.Counts)}
	if n := m.unread(s); n > 0 {
		info = append(info, st.Accent.Render(fmt.Sprintf("%s%d", theme.MarkUnread, n)))
	}
	info = append(info, st.Dim.Render(story.Plural(s.Outlets, "outlet")))
	if s.Copies > 0 {
		info = append(info, st.Dim.Render(story.Plural(s.Copies, "copy")))
	}
	info = append(info, st.Dim.Render(story.Plural(len(s.Docs), "article")))
	return append(lines, strings.Repeat(" ", storyIndent)+strings.Join(info, st.Dim.Render(" · ")))
}

// badges draws fact counts, e.g. "✗1 ✓2 ○1", leaving out zeros.
func badges(st *theme.Styles, c story.Counts) string {
	var parts []string
	for _, p := range []struct {
		vs theme.VerdictStyle
		n  int
	}{{st.Conflicting, c.Conflicting}, {st.Corroborated, c.Corroborated}, {st.Single, c.Single}} {
		if p.n > 0 {
			parts = append(parts, p.vs.Badge.Render(fmt.Sprintf("%s%d", p.vs.Mark, p.n)))
		}
	}
	if len(parts) == 0 {
		return st.Dim.Render("no facts")
	}
	return strings.Join(parts, " ")
}

// setExpanded folds a story out or in, keeping the cursor on its row.
func (m *Model) setExpanded(id string, on bool) {
	if m.expanded[id] == on {
		return
	}
	ex := maps.Clone(m.expanded)
	ex[id] = on
	m.expanded = ex
	m.setRows(m.key())
}

// AddStories lists more stories after those listed, keeping the cursor,
// the scroll, the folds and any narrowing. When a second story comes, the
// list of one story's articles becomes a list of stories, the one the
// reader is in folded out.
func (m *Model) AddStories(ss []*story.Story) {
	keep, offset, wasMulti := m.key(), m.offset, m.multi()
	storyOf := maps.Clone(m.storyOf)
	if storyOf == nil {
		storyOf = map[string]int{}
	}
	for _, s := range ss {
		if s == nil {
			continue
		}
		m.docs += len(s.Docs)
		for _, d := range s.Docs {
			if _, dup := storyOf[d.ID]; !dup {
				storyOf[d.ID] = len(m.stories)
				if m.read[d.ID] {
					m.opened++
				}
			}
		}
		m.stories = append(m.stories, s)
	}
	m.storyOf = storyOf
	if !wasMulti && m.multi() {
		ex := maps.Clone(m.expanded)
		if ex == nil {
			ex = map[string]bool{}
		}
		if s := m.currentStory(); s != nil {
			ex[s.ID] = true
		}
		m.expanded = ex
	}
	m.KeyMap.setStories(m.multi())
	m.setRows(keep)
	if keep != "" && m.key() == keep {
		m.offset = min(offset, m.cursor)
		m.scroll()
	}
}

// toggleAll folds every story out, or in when all are out already.
func (m *Model) toggleAll() {
	if !m.multi() || m.only != nil {
		return
	}
	all := true
	for _, s := range m.stories {
		all = all && m.expanded[s.ID]
	}
	keep := m.key()
	if all {
		keep = "s:" + m.SelectedStory()
	}
	ex := map[string]bool{}
	for _, s := range m.stories {
		ex[s.ID] = !all
	}
	m.expanded = ex
	m.setRows(keep)
}

// setRows rebuilds the rows and puts the cursor back on keep, else on the
// first row.
func (m *Model) setRows(keep string) {
	var rows []row
	switch {
	case m.only != nil:
		if s := m.currentStory(); s != nil {
			for _, r := range m.docRows(s, false) {
				if slices.Contains(m.only, r.doc.ID) {
					rows = append(rows, r)
				}
			}
		}
	case !m.multi():
		if s := m.currentStory(); s != nil {
			rows = m.docRows(s, false)
		}
	default:
		for _, s := range m.stories {
			rows = append(rows, row{story: s})
			if m.expanded[s.ID] {
				rows = append(rows, m.docRows(s, true)...)
			}
		}
	}
	m.rows = rows
	m.cursor, m.offset = 0, 0
	if keep == "" || !m.selectKey(keep) {
		m.move(0)
	}
}

// docRows is a story's articles, each copy right after its original.
func (m Model) docRows(s *story.Story, indent bool) []row {
	copies := map[string][]*story.Doc{}
	for _, d := range s.Docs {
		if s.CopyOutlet(d) != "" {
			copies[d.CopyOf] = append(copies[d.CopyOf], d)
		}
	}
	var rows []row
	done := map[string]bool{}
	var add func(d *story.Doc)
	add = func(d *story.Doc) {
		if done[d.ID] {
			return
		}
		done[d.ID] = true
		rows = append(rows, row{doc: d, copyOf: s.CopyOutlet(d), indent: indent})
		for _, c := range copies[d.ID] {
			add(c)
		}
	}
	for _, d := range s.Docs {
		if s.CopyOutlet(d) == "" {
			add(d)
		}
	}
	for _, d := range s.Docs { // copies in a loop of copies
		add(d)
	}
	return rows
}
