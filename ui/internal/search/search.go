// Package search is the finder: one query over every story's titles,
// entities and claims (their words and figures), whole words and word
// prefixes first, with the matched characters highlighted. It opens empty
// each time.
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

// ChosenMsg reports the entity the reader picked, and the story it is in.
type ChosenMsg struct{ Story, Entity string }

// StoryChosenMsg reports the story the reader picked.
type StoryChosenMsg struct{ Story string }

// ClaimChosenMsg reports the claim (a sentence's ID) the reader picked.
type ClaimChosenMsg struct{ Story, Claim string }

// CancelMsg reports that the reader left the finder without choosing.
type CancelMsg struct{}

// ResultsMsg carries the results of one query. Seq says which query, so a
// late answer to an old query is dropped.
type ResultsMsg struct {
	Seq     int
	Results []Result
}

// rowHeight is the lines one result takes.
const rowHeight = 2

// headerLines is the query line, the count line and a blank line.
const headerLines = 3

// Model is the finder.
type Model struct {
	KeyMap KeyMap

	styles  *theme.Styles
	corpus  *Corpus
	pending []*story.Story // stories added since the corpus was built
	current *story.Story   // the story the reader is in: its results rank first
	input   textinput.Model
	results []Result
	seq     int // the latest query sent
	cursor  int
	offset  int // the first result shown
	width   int
	height  int
}

// New returns a finder with nothing to search.
func New(st *theme.Styles) Model {
	in := textinput.New()
	in.Prompt = "/ "
	in.Placeholder = "a name, a word or a figure"
	in.CharLimit = 100
	in.SetVirtualCursor(false)
	m := Model{KeyMap: DefaultKeyMap(), input: in}
	m.SetStyles(st)
	return m
}

// SetStyles changes the styles.
func (m *Model) SetStyles(st *theme.Styles) {
	m.styles = st
	is := textinput.DefaultStyles(st.IsDark)
	is.Focused.Prompt = st.Accent
	m.input.SetStyles(is)
}

// SetStories indexes every story; the first becomes the current one.
func (m *Model) SetStories(ss []*story.Story) { m.SetCorpus(NewCorpus(ss)) }

// SetCorpus searches an index built already, which may be shared with other
// finders (it is only read); its first story becomes the current one.
func (m *Model) SetCorpus(c *Corpus) {
	if c == nil {
		c = NewCorpus(nil)
	}
	m.corpus, m.pending = c, nil
	m.current = nil
	if c != nil && len(c.stories) > 0 {
		m.current = c.stories[0]
	}
	m.reset()
}

// AddStories adds stories to those searched from the next time the finder
// opens: results already shown stay as they are, and stories arriving by
// the dozen cost nothing until someone searches.
func (m *Model) AddStories(ss []*story.Story) {
	m.pending = append(m.pending, ss...)
}

// SetStory indexes one story alone, for a reader of one story.
func (m *Model) SetStory(s *story.Story) { m.SetStories([]*story.Story{s}) }

// SetCurrent says which story the reader is in.
func (m *Model) SetCurrent(s *story.Story) {
	if s != m.current {
		m.current = s
		m.reset()
	}
}

// Open empties the query, so typing starts a new search, and returns the
// cursor blink command.
func (m *Model) Open() tea.Cmd {
	if len(m.pending) > 0 {
		var ss []*story.Story
		if m.corpus != nil {
			ss = m.corpus.stories
		}
		m.corpus = NewCorpus(append(ss[:len(ss):len(ss)], m.pending...))
		m.pending = nil
	}
	m.reset()
	return m.input.Focus()
}

func (m *Model) reset() {
	m.input.SetValue("")
	m.seq++
	m.setResults(m.corpus.Find("", m.current))
}

func (m *Model) setResults(rs []Result) {
	m.results, m.cursor, m.offset = rs, 0, 0
	m.KeyMap.Choose.SetEnabled(len(rs) > 0)
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

// Update handles keys, pasted text, and the results of queries it asked for.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case ResultsMsg:
		if msg.Seq == m.seq {
			m.setResults(msg.Results)
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
	seq, c, cur := m.seq, m.corpus, m.current
	if c == nil {
		return nil
	}
	return func() tea.Msg { return ResultsMsg{Seq: seq, Results: c.Find(q, cur)} }
}

func (m Model) choose() tea.Cmd {
	if m.cursor < 0 || m.cursor >= len(m.results) {
		return nil
	}
	r := m.results[m.cursor]
	var msg tea.Msg
	switch r.Kind {
	case StoryResult:
		msg = StoryChosenMsg{Story: r.Story.ID}
	case ClaimResult:
		msg = ClaimChosenMsg{Story: r.Story.ID, Claim: r.Sentence.ID}
	default:
		s := ""
		if r.Story != nil {
			s = r.Story.ID
		}
		msg = ChosenMsg{Story: s, Entity: r.Entity.ID}
	}
	return func() tea.Msg { return msg }
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

// View draws the query, what it found, and the results that fit.
func (m Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	st := m.styles
	lines := []string{m.input.View(), st.Dim.Render(m.countLine()), ""}
	for i := m.offset; i < len(m.results) && len(lines)+rowHeight <= m.height; i++ {
		lines = append(lines, m.row(i)...)
	}
	return wrap.Block(strings.Join(lines, "\n"), m.width, m.height)
}

// countLine says how many of each kind the query found.
func (m Model) countLine() string {
	var n [3]int
	for _, r := range m.results {
		n[r.Kind]++
	}
	q := m.input.Value()
	if q == "" {
		ents := 0
		if m.corpus != nil {
			ents = m.corpus.Entities()
		}
		if ents == 0 && n[StoryResult] == 0 {
			return "no entities found · type a word or a figure to find claims"
		}
		return fmt.Sprintf("%d entities in all · type a name, a word or a figure", ents)
	}
	if len(m.results) == 0 {
		return "nothing matches “" + q + "” · backspace to widen"
	}
	parts := []string{story.Plural(n[EntityResult], "entity"), story.Plural(n[ClaimResult], "claim")}
	if len(m.corpus.stories) < 2 {
		return strings.Join(parts, " · ")
	}
	parts = append([]string{story.Plural(n[StoryResult], "story")}, parts...)
	return strings.Join(parts, " · ") + " across all " + story.Plural(len(m.corpus.stories), "story")
}

// row draws result i: a name line and a line of what and where it is.
func (m Model) row(i int) []string {
	st := m.styles
	r := m.results[i]
	ptr := "  "
	base := lipgloss.NewStyle()
	if i == m.cursor {
		ptr, base = st.Cursor.Render("›")+" ", st.Bold
	}
	name := highlight(r.Name, r.Matched, st.Match, base)
	var first, second string
	switch r.Kind {
	case StoryResult:
		s := r.Story
		first = ptr + name + "  " + st.Dim.Render("story")
		second = fmt.Sprintf("✗%d ✓%d ○%d · %s · %s", s.Counts.Conflicting, s.Counts.Corroborated, s.Counts.Single,
			story.Plural(s.Outlets, "outlet"), story.Plural(len(s.Docs), "article"))
	case ClaimResult:
		vs := st.Verdict(r.Sentence.Verdict())
		first = ptr + vs.Badge.Render(vs.Mark) + " " + name
		second = r.Doc.Outlet + m.elsewhere(r.Story)
	default:
		if r.Alias {
			name = st.Bold.Render(r.Entity.Name) + st.Dim.Render(" (") + name + st.Dim.Render(")")
		}
		first = ptr + name + "  " + st.Dim.Render(string(r.Entity.Type)+m.elsewhere(r.Story))
		var per []string
		if r.Story != nil {
			for d, n := range r.Entity.PerDoc {
				if n > 0 && d < len(r.Story.Docs) {
					per = append(per, fmt.Sprintf("%s %d", r.Story.Docs[d].Outlet, n))
				}
			}
		}
		second = strings.Join(per, " · ")
		if len(per) == 0 {
			second = "no mentions"
		}
	}
	return []string{wrap.Truncate(first, m.width), wrap.Truncate("    "+st.Dim.Render(second), m.width)}
}

// elsewhere names a result's story when it is not the one being read.
func (m Model) elsewhere(s *story.Story) string {
	if s == nil || s == m.current || m.corpus == nil || len(m.corpus.stories) < 2 {
		return ""
	}
	return " · in “" + s.Title + "”"
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
