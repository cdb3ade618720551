// Package search is the entity finder: a fuzzy search over the story's
// entities with the matched characters highlighted and each result's type
// and mentions per outlet.
package search

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"parallax/ui/internal/story"
	"parallax/ui/internal/theme"
	"parallax/ui/internal/wrap"
)

// ChosenMsg reports the entity the reader picked.
type ChosenMsg struct{ Entity string }

// StoryChosenMsg reports the story the reader picked.
type StoryChosenMsg struct{ Story string }

// CancelMsg reports that the reader left the finder without choosing.
type CancelMsg struct{}

// ResultsMsg carries the results of one query. Seq says which query, so a
// late answer to an old query is dropped.
type ResultsMsg struct {
	Seq     int
	Results []Result
}

// maxResults is how many results a query keeps.
const maxResults = 200

// rowHeight is the lines one result takes: the name, then the mentions.
const rowHeight = 2

// Model is the entity finder.
type Model struct {
	KeyMap KeyMap

	styles  theme.Styles
	story   *story.Story
	index   *Index
	stories []*story.Story // searched by title when there are several
	input   textinput.Model
	results []Result
	seq     int // the latest query sent
	cursor  int
	offset  int // the first result shown
	width   int
	height  int
}

// New returns a finder with nothing to search.
func New(st theme.Styles) Model {
	in := textinput.New()
	in.Prompt = "/ "
	in.Placeholder = "type part of a name"
	in.CharLimit = 100
	in.SetVirtualCursor(false)
	m := Model{KeyMap: DefaultKeyMap(), input: in}
	m.SetStyles(st)
	return m
}

// SetStyles changes the styles.
func (m *Model) SetStyles(st theme.Styles) {
	m.styles = st
	is := textinput.DefaultStyles(st.IsDark)
	is.Focused.Prompt = st.Accent
	m.input.SetStyles(is)
}

// SetStory indexes the story's entities.
func (m *Model) SetStory(s *story.Story) {
	m.story = s
	m.index = NewIndex(s.Entities)
	m.input.SetValue("")
	m.results = find(m.index, m.stories, "")
	m.cursor, m.offset = 0, 0
	m.KeyMap.Choose.SetEnabled(len(m.results) > 0)
}

// SetStories makes the stories searchable by title too; with fewer than
// two there is nothing to choose between and only entities are found.
func (m *Model) SetStories(ss []*story.Story) {
	m.stories = nil
	if len(ss) > 1 {
		m.stories = ss
	}
	m.results = find(m.index, m.stories, m.input.Value())
	m.cursor, m.offset = 0, 0
	m.KeyMap.Choose.SetEnabled(len(m.results) > 0)
}

// Open focuses the query, keeping the last one, and returns the cursor blink command.
func (m *Model) Open() tea.Cmd {
	return m.input.Focus()
}

// Query is the text typed so far.
func (m Model) Query() string { return m.input.Value() }

// Results is the results shown.
func (m Model) Results() []Result { return m.results }

// Cursor is the result under the cursor.
func (m Model) Cursor() int { return m.cursor }

// SetSize sets the finder's inner size.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = max(w, 0), max(h, 0)
	m.input.SetWidth(max(m.width-3, 1))
	m.scroll()
}

// CursorPos is where the terminal cursor goes, relative to the pane, if shown.
func (m Model) CursorPos() (x, y int, ok bool) {
	c := m.input.Cursor()
	if c == nil || m.width <= 0 || m.height <= 0 {
		return 0, 0, false
	}
	return min(c.X, m.width-1), 0, true
}

// Update handles keys, and the results of queries it asked for.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case ResultsMsg:
		if msg.Seq == m.seq {
			m.results, m.cursor, m.offset = msg.Results, 0, 0
			m.KeyMap.Choose.SetEnabled(len(m.results) > 0)
		}
		return m, nil
	case tea.KeyPressMsg:
		k := m.KeyMap
		switch {
		case key.Matches(msg, k.Up):
			m.move(m.cursor - 1)
			return m, nil
		case key.Matches(msg, k.Down):
			m.move(m.cursor + 1)
			return m, nil
		case key.Matches(msg, k.Choose):
			return m, m.choose()
		case key.Matches(msg, k.Cancel):
			return m, func() tea.Msg { return CancelMsg{} }
		}
	}
	before := m.input.Value()
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(msg)
	if q := m.input.Value(); q != before {
		return m, tea.Batch(cmd, m.query(q))
	}
	return m, cmd
}

// Click picks the result under the pane-relative cell (x, y).
func (m Model) Click(_, y int) (Model, tea.Cmd) {
	row := y - headerLines
	if row < 0 {
		return m, nil
	}
	i := m.offset + row/rowHeight
	if i >= len(m.results) {
		return m, nil
	}
	m.cursor = i
	return m, m.choose()
}

// query starts a search in the background; typing never waits for it.
func (m *Model) query(q string) tea.Cmd {
	m.seq++
	seq, ix, ss := m.seq, m.index, m.stories
	if ix == nil {
		return nil
	}
	return func() tea.Msg { return ResultsMsg{Seq: seq, Results: find(ix, ss, q)} }
}

func (m Model) choose() tea.Cmd {
	if m.cursor < 0 || m.cursor >= len(m.results) {
		return nil
	}
	r := m.results[m.cursor]
	if r.Story != nil {
		id := r.Story.ID
		return func() tea.Msg { return StoryChosenMsg{Story: id} }
	}
	id := r.Entity.ID
	return func() tea.Msg { return ChosenMsg{Entity: id} }
}

func (m *Model) move(i int) {
	if len(m.results) == 0 {
		return
	}
	m.cursor = max(0, min(i, len(m.results)-1))
	m.scroll()
}

// scroll keeps the cursor's result in view.
func (m *Model) scroll() {
	rows := max((m.height-headerLines)/rowHeight, 1)
	if m.cursor < m.offset {
		m.offset = m.cursor
	}
	if m.cursor >= m.offset+rows {
		m.offset = m.cursor - rows + 1
	}
}

// headerLines is the query line, the count line and a blank line.
const headerLines = 3

// View draws the query and the results that fit.
func (m Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	st := m.styles
	lines := []string{m.input.View()}
	total := 0
	if m.index != nil {
		total = m.index.Len()
	}
	stories := 0
	for _, r := range m.results {
		if r.Story != nil {
			stories++
		}
	}
	ents := len(m.results) - stories
	count := fmt.Sprintf("%d of %d entities", ents, total)
	if ents == maxResults {
		count = fmt.Sprintf("best %d of %d entities", maxResults, total)
	}
	switch {
	case total == 0 && stories == 0:
		count = "no entities found in this story"
	case len(m.results) == 0:
		count = "nothing matches “" + m.input.Value() + "” · backspace to widen"
	}
	if len(m.stories) > 0 {
		count = fmt.Sprintf("%d of %d stories · ", stories, len(m.stories)) + count
	}
	lines = append(lines, st.Dim.Render(count), "")
	for i := m.offset; i < len(m.results) && len(lines)+rowHeight <= m.height; i++ {
		lines = append(lines, m.row(i)...)
	}
	return wrap.Block(strings.Join(lines, "\n"), m.width, m.height)
}

// row draws result i: pointer, name with matched characters, type; then
// the mentions per outlet.
func (m Model) row(i int) []string {
	st := m.styles
	r := m.results[i]
	ptr := "  "
	if i == m.cursor {
		ptr = st.Cursor.Render("›") + " "
	}
	base := lipgloss.NewStyle()
	if i == m.cursor {
		base = st.Bold
	}
	if r.Story != nil {
		return m.storyRow(r, ptr, base)
	}
	name := highlight(r.Name, r.Matched, st.Match, base)
	if r.Alias {
		name = st.Bold.Render(r.Entity.Name) + st.Dim.Render(" (") + name + st.Dim.Render(")")
	}
	first := ptr + name + "  " + st.Dim.Render(string(r.Entity.Type))
	var per []string
	for d, n := range r.Entity.PerDoc {
		if n > 0 && d < len(m.story.Docs) {
			per = append(per, fmt.Sprintf("%s %d", m.story.Docs[d].Outlet, n))
		}
	}
	second := "    " + st.Dim.Render(strings.Join(per, " · "))
	if len(per) == 0 {
		second = "    " + st.Dim.Render("no mentions")
	}
	return []string{wrap.Truncate(first, m.width), wrap.Truncate(second, m.width)}
}

// highlight draws name with the characters at the matched byte offsets in
// the match style, grouping runs so a name costs few renders.
func highlight(name string, matched []int, match, base lipgloss.Style) string {
	if len(matched) == 0 {
		return base.Render(name)
	}
	hit := make(map[int]bool, len(matched))
	for _, i := range matched {
		hit[i] = true
	}
	var b strings.Builder
	start, on := 0, hit[0]
	flush := func(end int) {
		if end <= start {
			return
		}
		if on {
			b.WriteString(match.Inherit(base).Render(name[start:end]))
		} else {
			b.WriteString(base.Render(name[start:end]))
		}
		start = end
	}
	for i := range name {
		if hit[i] != on {
			flush(i)
			on = hit[i]
		}
	}
	flush(len(name))
	return b.String()
}
