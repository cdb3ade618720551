package ui

import (
	"fmt"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"parallax/ui/internal/claims"
	"parallax/ui/internal/story"
	"parallax/ui/internal/theme"
	"parallax/ui/internal/wrap"
)

// View draws the whole screen: exactly width × height cells, whatever the size.
func (m Model) View() tea.View {
	now := time.Now()
	if v, ok := m.frames.cached(now); ok {
		return v
	}
	v := m.draw()
	m.frames.drew(v, now)
	return v
}

// draw is View without the frame limit.
func (m Model) draw() tea.View {
	m.flushPanel()
	v := tea.NewView(m.render())
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.WindowTitle = "parallax"
	if m.story != nil && m.story.Title != "" {
		v.WindowTitle = "parallax · " + m.story.Title
	}
	if m.noting && !m.loading && m.screen.status.h > 0 {
		if c := m.note.Cursor(); c != nil {
			v.Cursor = tea.NewCursor(min(c.X, max(m.width-1, 0)), m.screen.status.y)
		}
	}
	if m.modal == modalSearch && !m.loading {
		if x, y, ok := m.search.CursorPos(); ok {
			in := m.screen.main.inner()
			if in.w > 0 && in.h > 0 {
				v.Cursor = tea.NewCursor(in.x+x, in.y+y)
			}
		}
	}
	return v
}

// render is the screen as a string; View wraps it for the terminal.
func (m Model) render() string {
	w, h := m.width, m.height
	if w <= 0 || h <= 0 {
		return ""
	}
	if m.loading {
		return m.loadingView()
	}
	if m.empty {
		return m.emptyView()
	}
	s := m.screen
	var parts []string
	if s.header.h > 0 {
		parts = append(parts, m.headerView())
	}
	if s.tabs.h > 0 {
		parts = append(parts, m.tabsView())
	}
	if s.main.h > 0 {
		parts = append(parts, m.mainView())
	}
	if s.errLine.h > 0 {
		parts = append(parts, m.errorView())
	}
	if s.status.h > 0 {
		parts = append(parts, m.statusView())
	}
	if s.help.h > 0 {
		parts = append(parts, wrap.Block(m.helpView(), w, s.help.h))
	}
	out := strings.Join(parts, "\n")
	// Every part is drawn to the exact width; only a wrong line count (which
	// the layout rules out) would need the slow, measuring path.
	if strings.Count(out, "\n") != h-1 {
		return wrap.Block(out, w, h)
	}
	return out
}

// loadingView is the spinner and the stage of loading (reading the inputs,
// grouping the articles, cross-checking the stories, so many of so many),
// with the time the stage has taken.
func (m Model) loadingView() string {
	p := m.progress
	msg := m.spinner.View() + " Loading articles"
	switch {
	case p.stage == StageReading && p.done < p.total:
		msg = m.spinner.View() + fmt.Sprintf(" Reading · %d of %d inputs", p.done, p.total)
	case p.stage == StageReading:
		msg = m.spinner.View() + " Read " + story.Plural(p.total, "input")
	case p.stage == StageGrouping && p.total > 0:
		msg = m.spinner.View() + " Grouping " + story.Plural(p.total, "article") + " into stories"
	case p.stage == StageGrouping:
		msg = m.spinner.View() + " Grouping the articles into stories"
	case p.stage == StageChecking:
		msg = m.spinner.View() + fmt.Sprintf(" Cross-checking · %d of %s", p.done, story.Plural(p.total, "story"))
	}
	if !m.since.IsZero() {
		if d := time.Since(m.since); d >= time.Second {
			msg += fmt.Sprintf(" · %ds", int(d.Seconds()))
		}
	}
	msg += m.styles.Dim.Render(" · q quits")
	return m.centred(msg)
}

// progressLine is how far loading has got while stories are already shown,
// for the status line: "cross-checking 12/40 stories".
func (m Model) progressLine() string {
	if !m.filling {
		return ""
	}
	p := m.progress
	switch p.stage {
	case StageReading:
		return fmt.Sprintf("reading %d/%d inputs", p.done, p.total)
	case StageGrouping:
		return "grouping stories"
	case StageChecking:
		return fmt.Sprintf("cross-checking %d/%d stories", p.done, p.total)
	}
	return "loading"
}

// emptyView says that nothing could be read, and why.
func (m Model) emptyView() string {
	lines := []string{m.styles.Error.Render("Nothing could be read.")}
	for i, e := range m.errs {
		if i == m.height-4 {
			break
		}
		lines = append(lines, m.styles.Dim.Render(e))
	}
	lines = append(lines, "", m.styles.Dim.Render("q quits"))
	return m.centred(lines...)
}

// centred puts lines in the middle of the screen.
func (m Model) centred(msgs ...string) string {
	lines := make([]string, m.height)
	top := max((m.height-len(msgs))/2, 0)
	for i, msg := range msgs {
		if top+i < len(lines) {
			msg = wrap.Truncate(msg, m.width)
			lines[top+i] = strings.Repeat(" ", max((m.width-ansi.StringWidth(msg))/2, 0)) + msg
		}
	}
	return wrap.Block(strings.Join(lines, "\n"), m.width, m.height)
}

// headerView names the app and the story, with its outlets and verdicts.
func (m Model) headerView() string {
	if m.memos == nil {
		return m.drawHeader()
	}
	return m.memos.header.get(headerKey{m.styles, m.story, m.width}, m.drawHeader)
}

func (m Model) drawHeader() string {
	st := m.styles
	left := st.Accent.Bold(true).Render("parallax") + " "
	if m.story != nil {
		left += st.HeaderTitle.Render(m.story.Title)
	}
	right := ""
	if m.story != nil {
		c := m.story.Counts
		who := story.Plural(m.story.Outlets, "outlet")
		if m.story.Copies > 0 {
			who += " · " + story.Plural(m.story.Copies, "copy")
		}
		right = st.Header.Render(who+" · "+story.Plural(c.Total(), "fact")+" ") +
			st.Conflicting.Badge.Render(fmt.Sprintf("%s%d", theme.MarkConflicting, c.Conflicting)) + " " +
			st.Corroborated.Badge.Render(fmt.Sprintf("%s%d", theme.MarkCorroborated, c.Corroborated)) + " " +
			st.Single.Badge.Render(fmt.Sprintf("%s%d", theme.MarkSingle, c.Single))
	}
	return spread(left, right, m.width)
}

// tabsView is the narrow layout's tab row.
func (m Model) tabsView() string {
	st := m.styles
	cell := m.width / int(paneCount)
	var b strings.Builder
	for p := pane(0); p < paneCount; p++ {
		label := p.String()
		if p == m.focus {
			label = st.TabActive.Render("▸ " + label)
		} else {
			label = st.Tab.Render("  " + label)
		}
		w := cell
		if p == paneCount-1 {
			w = m.width - cell*int(paneCount-1)
		}
		b.WriteString(wrap.Fit(wrap.Truncate(label, w), w))
	}
	return b.String()
}

// mainView draws the panes side by side, or the open modal.
func (m Model) mainView() string {
	s := m.screen
	r := s.main
	switch m.modal {
	case modalOverview:
		return m.frame(paneCount, "Story overview", m.overview.View(), r, true)
	case modalSearch:
		title := "Find an entity or a claim"
		if len(m.stories) > 1 {
			title = "Find a story, an entity or a claim"
		}
		return m.frame(paneCount, title, m.search.View(), r, true)
	}
	var cols []string
	for p := pane(0); p < paneCount; p++ {
		if !s.visible[p] {
			continue
		}
		pr := s.panes[p]
		var body, title string
		switch p {
		case paneSources:
			body, title = m.sources.View(), "Sources"
		case paneArticle:
			body, title = m.article.View(), m.articleTitle()
		case paneClaims:
			body, title = m.claims.View(), m.claims.Title()
		}
		cols = append(cols, m.frame(p, title, body, pr, p == m.focus))
	}
	return joinColumns(cols, r.h)
}

// frame draws a pane's body in its frame, or hands back the frame drawn
// last for the same.
func (m Model) frame(p pane, title, body string, r rect, focused bool) string {
	k := frameKey{styles: m.styles, title: title, body: body, width: r.w, height: r.h, focused: focused}
	var c *memo[frameKey]
	if m.memos != nil {
		c = &m.memos.frames[p]
	}
	return c.get(k, func() string { return m.styles.Frame(title, body, r.w, r.h, focused) })
}

func (m Model) articleTitle() string {
	d := m.article.Doc()
	if d == nil {
		return "Article"
	}
	if d.Date != "" {
		return d.Outlet + " · " + d.Date
	}
	return d.Outlet
}

// errorView is the first error not yet dismissed.
func (m Model) errorView() string {
	st := m.styles
	if len(m.errs) == 0 {
		return ""
	}
	note := " (x dismisses)"
	if len(m.errs) > 1 {
		note = fmt.Sprintf(" (1 of %d · x dismisses)", len(m.errs))
	}
	return wrap.Fit(wrap.Truncate(st.Error.Render("! "+m.errs[0])+st.Dim.Render(note), m.width), m.width)
}

// statusView says where the reader is: the article, the sentence and each
// of its figures' verdicts (with the reasons when the claim panel is not in
// view), the filter, the entity, the history depth, or a one-off note.
func (m Model) statusView() string {
	st := m.styles
	if m.noting {
		return wrap.Fit(wrap.Truncate(m.note.View(), m.width), m.width)
	}
	var left []string
	if d := m.article.Doc(); d != nil {
		where := d.Outlet
		if sn := m.article.Selected(); sn != nil {
			where += fmt.Sprintf(" · %d/%d", sn.Index+1, len(d.Sentences))
			panel := m.screen.visible[paneClaims]
			for _, c := range sn.Claims {
				vs := st.Verdict(c.Verdict)
				part := vs.Mark + " "
				if sp, _, ok := c.Own(); ok && len(sn.Claims) > 1 {
					part += d.Line(sp) + ": "
				} else if len(sn.Claims) > 1 {
					part += "statement: "
				}
				if panel {
					part += m.story.Label(c)
				} else {
					part += m.story.Reason(c)
				}
				where += " " + vs.Badge.Render(part)
			}
			if mk := m.marks.Of(sn); mk.Starred {
				where += " " + st.Accent.Render(theme.MarkStar)
			}
			if m.marks.Of(sn).Note != "" {
				where += " " + st.Accent.Render(theme.MarkNote)
			}
		} else {
			where += " · " + story.Plural(len(d.Sentences), "sentence") + " · " + story.Plural(d.Counts.Total(), "fact")
		}
		left = append(left, where)
	}
	if f := m.article.Filter(); f != story.ShowAll {
		left = append(left, "filter: "+f.String())
	}
	if e := m.story.Entity(m.entity); e != nil {
		left = append(left, st.Mention.Render(theme.MarkMention+" "+e.Name))
	}
	if m.flash != "" {
		f := st.Accent.Render(m.flash)
		if m.flashLink != "" {
			f += " " + ansi.SetHyperlink(m.flashLink) + m.flashLink + ansi.ResetHyperlink()
		}
		left = append(left, f)
	}
	right := fmt.Sprintf("%d%%", int(m.article.ScrollPercent()*100))
	if p := m.progressLine(); p != "" {
		right = p + " · " + right
	}
	if n := len(m.history); n > 0 {
		right = fmt.Sprintf("back %d · ", n) + right
	}
	if m.claims.Mode() == claims.Compare && m.focus != paneClaims && m.screen.visible[paneClaims] {
		right = "enter compares · " + right
	}
	return spread(st.Status.Render(" "+strings.Join(left, " · ")), st.Status.Render(right+" "), m.width)
}

// helpView is the help bar; the full help ends with what every mark means.
func (m Model) helpView() string {
	if m.memos == nil {
		return m.drawHelp()
	}
	return m.memos.help.get(m.helpKey(), m.drawHelp)
}

func (m Model) drawHelp() string {
	v := m.help.View(m.helpKeys())
	if !m.help.ShowAll {
		return v
	}
	st := m.styles
	marks := []string{theme.LegendText(), theme.MarkStar + " starred", theme.MarkNote + " noted",
		theme.MarkUnread + " unread", theme.MarkMention + " the chosen entity", theme.MarkSelected + " selected",
		"a fact is one statement with every outlet's version of it; the counts are facts"}
	legend := wrap.Lines(strings.Join(marks, " · "), max(m.width, 1))
	text := strings.Join(marks, " · ")
	var lines []string
	for _, r := range legend {
		lines = append(lines, st.Dim.Render(text[r.Start:r.End]))
	}
	return v + "\n" + strings.Join(lines, "\n")
}

// helpKeys is the key map the help bar shows: the modal's or the focused pane's.
func (m Model) helpKeys() helpKeys {
	h := helpKeys{global: m.keys, modal: m.modal, noting: m.noting,
		panelHidden: m.width >= narrowWidth && m.width < wideWidth && !m.showClaims}
	switch {
	case m.modal == modalSearch:
		h.pane, h.full = m.search.KeyMap, m.search.KeyMap.FullHelp()
	case m.modal == modalOverview:
		h.pane, h.full = m.overview.KeyMap, m.overview.KeyMap.FullHelp()
	case m.focus == paneSources:
		h.pane, h.full = m.sources.KeyMap, m.sources.KeyMap.FullHelp()
	case m.focus == paneClaims:
		h.pane, h.full = m.claims.KeyMap, m.claims.KeyMap.FullHelp()
	default:
		h.pane, h.full = m.article.KeyMap, m.article.KeyMap.FullHelp()
	}
	return h
}

// spread puts left and right on one line of width cells, cutting left first.
func spread(left, right string, width int) string {
	rw := ansi.StringWidth(right)
	if rw >= width {
		return wrap.Fit(wrap.Truncate(left, width), width)
	}
	left = wrap.Truncate(left, width-rw-1)
	gap := width - ansi.StringWidth(left) - rw
	return left + strings.Repeat(" ", max(gap, 1)) + right
}

// joinColumns puts framed panes side by side, line by line.
func joinColumns(cols []string, height int) string {
	split := make([][]string, len(cols))
	for i, c := range cols {
		split[i] = splitLines(c)
	}
	var b strings.Builder
	for y := 0; y < height; y++ {
		for _, c := range split {
			if y < len(c) {
				b.WriteString(c[y])
			}
		}
		if y < height-1 {
			b.WriteByte('\n')
		}
	}
	return b.String()
}

func splitLines(s string) []string { return strings.Split(s, "\n") }
