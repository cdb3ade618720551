// Package sources is the source list. With one story it lists the story's
// articles (outlet, title, date, fact badges) under a header naming it; with
// several it lists the stories, each with its facts, outlets and copies on a
// title of up to two lines, and folds out a story's articles beneath it.
// Copies sit under their original. A position such as "12/48" says where the
// cursor is.
package sources

import (
	"maps"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"parallax/ui/internal/story"
	"parallax/ui/internal/theme"
)

// SelectedMsg reports that the cursor moved to another article.
type SelectedMsg struct{ Doc string }

// OpenMsg asks for the article under the cursor to be read.
type OpenMsg struct{ Doc string }

// StoryMsg reports that the cursor moved to a story row.
type StoryMsg struct{ Story string }

// row is one entry of the list: a story or an article.
type row struct {
	story  *story.Story // set for a story row
	doc    *story.Doc   // set for an article row
	copyOf string       // the outlet an article copies, or ""
	indent bool         // an article listed under its story row
}

func (r row) key() string {
	if r.story != nil {
		return "s:" + r.story.ID
	}
	return "d:" + r.doc.ID
}

// Model is the source list.
type Model struct {
	KeyMap KeyMap

	styles   *theme.Styles
	stories  []*story.Story
	storyOf  map[string]int  // document ID -> index in stories
	expanded map[string]bool // story ID -> folded out; replaced, never written, once shared
	read     map[string]bool // document IDs the reader has opened; replaced, never written
	docs     int             // the articles of every story listed, for the header
	opened   int             // how many of storyOf's articles are in read: the header's unread count is kept, not counted each frame
	current  int             // the story the reader is in
	reading  string          // the document open in the reader
	rows     []row
	cursor   int
	offset   int      // the first row drawn
	only     []string // when narrowed: the documents shown
	entity   string   // the entity the list is narrowed to
	width    int
	height   int
	focused  bool
	cache    *viewCache // shared by the copies of a model; keyed by all View reads
}

// New returns an empty source list.
func New(st *theme.Styles) Model {
	return Model{KeyMap: DefaultKeyMap(), styles: st, cache: &viewCache{}}
}

// SetStyles changes the styles.
func (m *Model) SetStyles(st *theme.Styles) { m.styles = st }

// SetStory lists every article of one story.
func (m *Model) SetStory(s *story.Story) { m.SetStories([]*story.Story{s}) }

// SetStories lists the stories, the first one folded out; with one story
// the list is its articles alone.
func (m *Model) SetStories(ss []*story.Story) {
	m.stories = nil
	for _, s := range ss {
		if s != nil {
			m.stories = append(m.stories, s)
		}
	}
	m.storyOf = map[string]int{}
	m.docs = 0
	for i, s := range m.stories {
		m.docs += len(s.Docs)
		for _, d := range s.Docs {
			if _, dup := m.storyOf[d.ID]; !dup {
				m.storyOf[d.ID] = i
			}
		}
	}
	m.countOpened()
	m.expanded = map[string]bool{}
	if len(m.stories) > 0 {
		m.expanded[m.stories[0].ID] = true
	}
	m.current = 0
	m.only, m.entity = nil, ""
	m.KeyMap.setStories(m.multi())
	m.setRows("")
}

// AddReadDocs records articles the reader has opened before.
func (m *Model) AddReadDocs(read map[string]bool) {
	merged := maps.Clone(m.read)
	if merged == nil {
		merged = map[string]bool{}
	}
	maps.Copy(merged, read)
	m.read = merged
	m.countOpened()
}

// countOpened counts the listed articles the reader has opened.
func (m *Model) countOpened() {
	m.opened = 0
	for id := range m.storyOf {
		if m.read[id] {
			m.opened++
		}
	}
}

// MarkRead records that the reader opened an article.
func (m *Model) MarkRead(docID string) { m.SetRead(docID, true) }

// SetRead marks an article read or unread.
func (m *Model) SetRead(docID string, on bool) {
	if m.read[docID] == on {
		return
	}
	read := maps.Clone(m.read)
	if read == nil {
		read = map[string]bool{}
	}
	if on {
		read[docID] = true
	} else {
		delete(read, docID)
	}
	m.read = read
	if _, listed := m.storyOf[docID]; listed && on {
		m.opened++
	} else if listed {
		m.opened--
	}
}

// IsRead reports whether the reader has opened an article.
func (m Model) IsRead(docID string) bool { return m.read[docID] }

// Unread is the number of listed stories' articles not yet opened (an
// article listed in two stories counts once).
func (m Model) Unread() int { return len(m.storyOf) - m.opened }

// SetFocused tells the list whether it has focus, which changes its cursor.
func (m *Model) SetFocused(f bool) { m.focused = f }

// SetReading marks the article open in the reader and makes its story the
// current one.
func (m *Model) SetReading(docID string) {
	m.reading = docID
	if i, ok := m.storyOf[docID]; ok {
		m.current = i
	}
}

// Narrow shows only the current story's articles that mention an entity;
// "" shows all again. The cursor stays on its article when it is still listed.
func (m *Model) Narrow(entityID string) {
	keep := m.key()
	m.entity = entityID
	m.only = nil
	if s := m.currentStory(); s != nil && s.Entity(entityID) != nil {
		m.only = s.Entity(entityID).Docs
	} else {
		m.entity = ""
	}
	m.setRows(keep)
}

// Selected is the article under the cursor, or "" (a story row or nothing).
func (m Model) Selected() string {
	if r, ok := m.at(m.cursor); ok && r.doc != nil {
		return r.doc.ID
	}
	return ""
}

// SelectedStory is the story under the cursor, or the story of the article
// under it; "" when the list is empty.
func (m Model) SelectedStory() string {
	r, ok := m.at(m.cursor)
	switch {
	case !ok:
		return ""
	case r.story != nil:
		return r.story.ID
	}
	if i, ok := m.storyOf[r.doc.ID]; ok {
		return m.stories[i].ID
	}
	return ""
}

// Select puts the cursor on an article, folding out its story if needed; it
// reports whether the article is listed.
func (m *Model) Select(docID string) bool {
	if i, ok := m.storyOf[docID]; ok && m.multi() && m.only == nil && !m.expanded[m.stories[i].ID] {
		m.setExpanded(m.stories[i].ID, true)
	}
	return m.selectKey("d:" + docID)
}

// SelectStory puts the cursor on a story's row and folds the story out; it
// reports whether the story is listed. A narrowed list is widened first.
func (m *Model) SelectStory(id string) bool {
	if !m.multi() {
		return len(m.stories) == 1 && m.stories[0].ID == id
	}
	m.only, m.entity = nil, ""
	for i, s := range m.stories {
		if s.ID == id {
			m.current = i
		}
	}
	m.setExpanded(id, true)
	m.setRows(m.key())
	return m.selectKey("s:" + id)
}

// Expanded reports whether a story's articles are folded out.
func (m Model) Expanded(id string) bool { return !m.multi() || m.expanded[id] }

// Listed is the IDs of the articles listed, in order.
func (m Model) Listed() []string {
	var out []string
	for _, r := range m.rows {
		if r.doc != nil {
			out = append(out, r.doc.ID)
		}
	}
	return out
}

// Rows is every row in order: "s:" and a story ID, or "d:" and a document ID.
func (m Model) Rows() []string {
	out := make([]string, len(m.rows))
	for i, r := range m.rows {
		out[i] = r.key()
	}
	return out
}

// SetSize sets the pane's inner size.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = max(w, 0), max(h, 0)
	m.scroll()
}

// Update handles keys (when the list has focus) and the mouse wheel.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	before := m.key()
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		if cmd, done := m.handleKey(msg); done {
			return m, cmd
		}
	case tea.MouseWheelMsg:
		switch msg.Button {
		case tea.MouseWheelUp:
			m.move(m.cursor - 1)
		case tea.MouseWheelDown:
			m.move(m.cursor + 1)
		}
	}
	return m, m.changed(before)
}

// handleKey moves the cursor or folds stories; done means the key produced
// its own command and the cursor did not move.
func (m *Model) handleKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	k := m.KeyMap
	r, _ := m.at(m.cursor)
	onStory := r.story != nil
	switch {
	case key.Matches(msg, k.Up):
		m.move(m.cursor - 1)
	case key.Matches(msg, k.Down):
		m.move(m.cursor + 1)
	case key.Matches(msg, k.PageUp):
		m.move(m.cursor - max(m.perPage(), 1))
	case key.Matches(msg, k.PageDown):
		m.move(m.cursor + max(m.perPage(), 1))
	case key.Matches(msg, k.Top):
		m.move(0)
	case key.Matches(msg, k.Bottom):
		m.move(len(m.rows) - 1)
	case key.Matches(msg, k.Open) && onStory, key.Matches(msg, k.Toggle) && onStory:
		m.setExpanded(r.story.ID, !m.expanded[r.story.ID])
	case key.Matches(msg, k.Open):
		if id := m.Selected(); id != "" {
			return func() tea.Msg { return OpenMsg{Doc: id} }, true
		}
	case key.Matches(msg, k.Expand) && onStory:
		m.setExpanded(r.story.ID, true)
	case key.Matches(msg, k.Collapse), key.Matches(msg, k.Toggle):
		if id := m.SelectedStory(); id != "" && m.multi() && m.only == nil {
			m.setExpanded(id, false)
			m.selectKey("s:" + id)
		}
	case key.Matches(msg, k.ToggleAll):
		m.toggleAll()
	}
	return nil, false
}

// Click selects the row under the pane-relative cell (x, y); a story row
// also folds in or out.
func (m Model) Click(_, y int) (Model, tea.Cmd) {
	before := m.key()
	line := y - len(m.header())
	if line < 0 {
		return m, nil
	}
	for i := m.offset; i < len(m.rows) && line >= 0; i++ {
		h := m.rowHeight(i)
		if line < h-m.spacing(i) {
			m.move(i)
			if r := m.rows[i]; r.story != nil {
				m.setExpanded(r.story.ID, !m.expanded[r.story.ID])
			}
			return m, m.changed(before)
		}
		line -= h
	}
	return m, nil
}

// changed reports a cursor that moved to another row.
func (m Model) changed(before string) tea.Cmd {
	after := m.key()
	if after == before || after == "" {
		return nil
	}
	r, _ := m.at(m.cursor)
	if r.doc != nil {
		id := r.doc.ID
		return func() tea.Msg { return SelectedMsg{Doc: id} }
	}
	id := r.story.ID
	return func() tea.Msg { return StoryMsg{Story: id} }
}

func (m Model) multi() bool { return len(m.stories) > 1 }

func (m Model) currentStory() *story.Story {
	if m.current >= 0 && m.current < len(m.stories) {
		return m.stories[m.current]
	}
	return nil
}

// unread counts a story's articles not yet opened.
func (m Model) unread(s *story.Story) int {
	n := 0
	for _, d := range s.Docs {
		if !m.read[d.ID] {
			n++
		}
	}
	return n
}

func (m Model) at(i int) (row, bool) {
	if i < 0 || i >= len(m.rows) {
		return row{}, false
	}
	return m.rows[i], true
}

// key is the row under the cursor, as Rows spells it.
func (m Model) key() string {
	if r, ok := m.at(m.cursor); ok {
		return r.key()
	}
	return ""
}

func (m *Model) selectKey(k string) bool {
	for i, r := range m.rows {
		if r.key() == k {
			m.move(i)
			return true
		}
	}
	return false
}

// move puts the cursor on row i, clamped, and keeps it in view.
func (m *Model) move(i int) {
	m.cursor = max(0, min(i, len(m.rows)-1))
	m.scroll()
}
