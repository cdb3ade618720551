// Package sources is the source list: one row per article with its outlet,
// title, date and verdict badges, under a header naming the story.
package sources

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"

	"parallax/ui/internal/story"
	"parallax/ui/internal/theme"
	"parallax/ui/internal/wrap"
)

// SelectedMsg reports that the cursor moved to another article.
type SelectedMsg struct{ Doc string }

// OpenMsg asks for the article under the cursor to be read.
type OpenMsg struct{ Doc string }

// Model is the source list.
type Model struct {
	KeyMap KeyMap

	styles  theme.Styles
	story   *story.Story
	list    list.Model
	del     delegate
	only    []string // when narrowed: the documents shown
	entity  string   // the entity the list is narrowed to
	width   int
	height  int
	focused bool
}

// New returns an empty source list.
func New(st theme.Styles) Model {
	d := delegate{styles: st}
	l := list.New(nil, d, 0, 0)
	l.SetShowTitle(false)
	l.SetShowStatusBar(false)
	l.SetShowHelp(false)
	l.SetFilteringEnabled(false)
	l.DisableQuitKeybindings()
	l.SetShowPagination(true)
	m := Model{KeyMap: DefaultKeyMap(), list: l, del: d}
	m.SetStyles(st)
	return m
}

// SetStyles changes the styles.
func (m *Model) SetStyles(st theme.Styles) {
	m.styles = st
	m.del.styles = st
	m.list.SetDelegate(m.del)
	m.list.Styles = list.DefaultStyles(st.IsDark)
	m.list.Styles.PaginationStyle = m.list.Styles.PaginationStyle.PaddingLeft(2)
	m.list.Paginator.ActiveDot = st.Accent.Render("•")
	m.list.Paginator.InactiveDot = st.Dim.Render("•")
}

// SetStory lists every article of the story.
func (m *Model) SetStory(s *story.Story) {
	m.story = s
	m.only, m.entity = nil, ""
	m.setItems("")
}

// SetFocused tells the list whether it has focus, which changes its cursor.
func (m *Model) SetFocused(f bool) {
	m.focused = f
	m.del.focused = f
	m.list.SetDelegate(m.del)
}

// SetReading marks the article open in the reader.
func (m *Model) SetReading(docID string) {
	m.del.reading = docID
	m.list.SetDelegate(m.del)
}

// Narrow shows only the articles that mention an entity; "" shows all again.
// The cursor stays on its article when it is still listed.
func (m *Model) Narrow(entityID string) {
	keep := m.Selected()
	m.entity = entityID
	m.only = nil
	if e := m.story.Entity(entityID); e != nil {
		m.only = e.Docs
	} else {
		m.entity = ""
	}
	m.setItems(keep)
}

// Selected is the article under the cursor, or "".
func (m Model) Selected() string {
	if it, ok := m.list.SelectedItem().(docItem); ok {
		return it.doc.ID
	}
	return ""
}

// Select puts the cursor on an article; it reports whether the article is listed.
func (m *Model) Select(docID string) bool {
	for i, it := range m.list.Items() {
		if it.(docItem).doc.ID == docID {
			m.list.Select(i)
			return true
		}
	}
	return false
}

// Listed is the IDs of the articles listed, in order.
func (m Model) Listed() []string {
	var out []string
	for _, it := range m.list.Items() {
		out = append(out, it.(docItem).doc.ID)
	}
	return out
}

// SetSize sets the pane's inner size.
func (m *Model) SetSize(w, h int) {
	w, h = max(w, 0), max(h, 0)
	if w == m.width && h == m.height && m.list.Width() == w {
		return
	}
	m.width, m.height = w, h
	m.resize()
}

func (m *Model) resize() {
	m.list.SetSize(m.width, max(m.height-m.headerHeight(), 0))
}

// Update handles keys (when the list has focus) and the mouse wheel.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	before := m.Selected()
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		k := m.KeyMap
		switch {
		case key.Matches(msg, k.Up):
			m.list.CursorUp()
		case key.Matches(msg, k.Down):
			m.list.CursorDown()
		case key.Matches(msg, k.PageUp):
			m.list.PrevPage()
		case key.Matches(msg, k.PageDown):
			m.list.NextPage()
		case key.Matches(msg, k.Top):
			m.list.GoToStart()
		case key.Matches(msg, k.Bottom):
			m.list.GoToEnd()
		case key.Matches(msg, k.Open):
			if id := m.Selected(); id != "" {
				return m, func() tea.Msg { return OpenMsg{Doc: id} }
			}
		}
	case tea.MouseWheelMsg:
		switch msg.Button {
		case tea.MouseWheelUp:
			m.list.CursorUp()
		case tea.MouseWheelDown:
			m.list.CursorDown()
		}
	}
	return m, m.changed(before)
}

// Click selects the article under the pane-relative cell (x, y).
func (m Model) Click(_, y int) (Model, tea.Cmd) {
	before := m.Selected()
	row := y - m.headerHeight()
	per := m.del.Height() + m.del.Spacing()
	if row < 0 || row%per >= m.del.Height() {
		return m, nil
	}
	i := m.list.Paginator.Page*m.list.Paginator.PerPage + row/per
	if row/per >= m.list.Paginator.PerPage || i >= len(m.list.Items()) {
		return m, nil
	}
	m.list.Select(i)
	return m, m.changed(before)
}

// View draws the header and the list.
func (m Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	parts := m.header()
	if h := m.height - len(parts); h > 0 {
		parts = append(parts, m.list.View())
	}
	return wrap.Block(strings.Join(parts, "\n"), m.width, m.height)
}

func (m Model) changed(before string) tea.Cmd {
	if after := m.Selected(); after != before && after != "" {
		return func() tea.Msg { return SelectedMsg{Doc: after} }
	}
	return nil
}

// header names the story and counts its outlets, or says what the list is narrowed to.
func (m Model) header() []string {
	if m.story == nil || m.height < 6 {
		return nil
	}
	st := m.styles
	var lines []string
	title := m.story.Title
	for i, r := range wrap.Lines(title, m.width) {
		if i == 1 {
			lines = append(lines, st.HeaderTitle.Render(wrap.Truncate(title[r.Start:], m.width)))
			break
		}
		lines = append(lines, st.HeaderTitle.Render(title[r.Start:r.End]))
	}
	info := story.Plural(m.story.Outlets, "outlet") + " · " + story.Plural(m.story.Counts.Total(), "claim")
	if e := m.story.Entity(m.entity); e != nil {
		info = fmt.Sprintf("%d of %d name %s", len(m.only), len(m.story.Docs), e.Name)
	}
	lines = append(lines, wrap.Truncate(st.Dim.Render(info), m.width), "")
	return lines
}

func (m Model) headerHeight() int { return len(m.header()) }

func (m *Model) setItems(keep string) {
	var items []list.Item
	if m.story != nil {
		for _, d := range m.story.Docs {
			if m.only == nil || contains(m.only, d.ID) {
				items = append(items, docItem{d})
			}
		}
	}
	m.list.SetItems(items)
	m.list.Select(0)
	if keep != "" {
		m.Select(keep)
	}
	m.resize()
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
