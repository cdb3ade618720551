// Package sources is the source list. With one story it lists the story's
// articles (outlet, title, date, verdict badges) under a header naming it;
// with several it lists the stories, each with its conflicts and outlets,
// and folds out a story's articles beneath it. Copies sit under their original.
package sources

import (
	"fmt"
	"maps"
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

// StoryMsg reports that the cursor moved to a story row.
type StoryMsg struct{ Story string }

// Model is the source list.
type Model struct {
	KeyMap KeyMap

	styles   theme.Styles
	stories  []*story.Story
	storyOf  map[string]int  // document ID -> index in stories
	expanded map[string]bool // story ID -> folded out; replaced, never written, once shared
	read     map[string]bool // document IDs the reader has opened; replaced, never written
	current  int             // the story the reader is in
	list     list.Model
	del      delegate
	only     []string // when narrowed: the documents shown
	entity   string   // the entity the list is narrowed to
	width    int
	height   int
	focused  bool
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
	for i, s := range m.stories {
		for _, d := range s.Docs {
			if _, dup := m.storyOf[d.ID]; !dup {
				m.storyOf[d.ID] = i
			}
		}
	}
	m.expanded = map[string]bool{}
	if len(m.stories) > 0 {
		m.expanded[m.stories[0].ID] = true
	}
	m.current = 0
	m.only, m.entity = nil, ""
	m.KeyMap.setStories(m.multi())
	m.setItems("")
}

// AddReadDocs records articles the reader has opened before.
func (m *Model) AddReadDocs(read map[string]bool) {
	merged := maps.Clone(m.read)
	if merged == nil {
		merged = map[string]bool{}
	}
	maps.Copy(merged, read)
	m.read = merged
	m.setItems(m.key())
}

// MarkRead records that the reader opened an article.
func (m *Model) MarkRead(docID string) {
	if m.read[docID] {
		return
	}
	read := maps.Clone(m.read)
	if read == nil {
		read = map[string]bool{}
	}
	read[docID] = true
	m.read = read
	m.setItems(m.key())
}

// Unread is the number of listed stories' articles not yet opened.
func (m Model) Unread() int {
	n := 0
	for _, s := range m.stories {
		n += m.unread(s)
	}
	return n
}

// SetFocused tells the list whether it has focus, which changes its cursor.
func (m *Model) SetFocused(f bool) {
	m.focused = f
	m.del.focused = f
	m.list.SetDelegate(m.del)
}

// SetReading marks the article open in the reader and makes its story the
// current one.
func (m *Model) SetReading(docID string) {
	m.del.reading = docID
	m.list.SetDelegate(m.del)
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
	m.setItems(keep)
}

// Selected is the article under the cursor, or "" (a story row or nothing).
func (m Model) Selected() string {
	if it, ok := m.list.SelectedItem().(docItem); ok {
		return it.doc.ID
	}
	return ""
}

// SelectedStory is the story under the cursor, or the story of the article
// under it; "" when the list is empty.
func (m Model) SelectedStory() string {
	switch it := m.list.SelectedItem().(type) {
	case storyItem:
		return it.s.ID
	case docItem:
		if i, ok := m.storyOf[it.doc.ID]; ok {
			return m.stories[i].ID
		}
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
	m.setExpanded(id, true)
	return m.selectKey("s:" + id)
}

// Expanded reports whether a story's articles are folded out.
func (m Model) Expanded(id string) bool { return !m.multi() || m.expanded[id] }

// Listed is the IDs of the articles listed, in order.
func (m Model) Listed() []string {
	var out []string
	for _, it := range m.list.Items() {
		if d, ok := it.(docItem); ok {
			out = append(out, d.doc.ID)
		}
	}
	return out
}

// Rows is every row in order: "s:" and a story ID, or "d:" and a document ID.
func (m Model) Rows() []string {
	var out []string
	for _, it := range m.list.Items() {
		out = append(out, itemKey(it))
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
	before := m.key()
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		if cmd, done := m.handleKey(msg); done {
			return m, cmd
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

// handleKey moves the cursor or folds stories; done means the key produced
// its own command and the cursor did not move.
func (m *Model) handleKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	k := m.KeyMap
	it := m.list.SelectedItem()
	st, onStory := it.(storyItem)
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
	case key.Matches(msg, k.Open) && onStory, key.Matches(msg, k.Toggle) && onStory:
		m.setExpanded(st.s.ID, !st.expanded)
	case key.Matches(msg, k.Open):
		if id := m.Selected(); id != "" {
			return func() tea.Msg { return OpenMsg{Doc: id} }, true
		}
	case key.Matches(msg, k.Expand) && onStory:
		m.setExpanded(st.s.ID, true)
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
	if st, ok := m.list.SelectedItem().(storyItem); ok {
		m.setExpanded(st.s.ID, !st.expanded)
	}
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

// changed reports a cursor that moved to another row.
func (m Model) changed(before string) tea.Cmd {
	after := m.key()
	if after == before || after == "" {
		return nil
	}
	switch it := m.list.SelectedItem().(type) {
	case docItem:
		id := it.doc.ID
		return func() tea.Msg { return SelectedMsg{Doc: id} }
	case storyItem:
		id := it.s.ID
		return func() tea.Msg { return StoryMsg{Story: id} }
	}
	return nil
}

// header names the story and counts its outlets, counts the stories, or
// says what the list is narrowed to.
func (m Model) header() []string {
	s := m.currentStory()
	if s == nil || m.height < 6 {
		return nil
	}
	st := m.styles
	var lines []string
	if !m.multi() {
		title := s.Title
		for i, r := range wrap.Lines(title, m.width) {
			if i == 1 {
				lines = append(lines, st.HeaderTitle.Render(wrap.Truncate(title[r.Start:], m.width)))
				break
			}
			lines = append(lines, st.HeaderTitle.Render(title[r.Start:r.End]))
		}
	}
	info := story.Plural(s.Outlets, "outlet") + " · " + story.Plural(s.Counts.Total(), "claim")
	if m.multi() {
		docs := 0
		for _, x := range m.stories {
			docs += len(x.Docs)
		}
		info = fmt.Sprintf("%d stories · %s", len(m.stories), story.Plural(docs, "article"))
		if n := m.Unread(); n > 0 {
			info += fmt.Sprintf(" · %d unread", n)
		}
	}
	if e := s.Entity(m.entity); e != nil {
		info = fmt.Sprintf("%d of %d name %s", len(m.only), len(s.Docs), e.Name)
	}
	lines = append(lines, wrap.Truncate(st.Dim.Render(info), m.width), "")
	return lines
}

func (m Model) headerHeight() int { return len(m.header()) }

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

// key is the row under the cursor, as Rows spells it.
func (m Model) key() string {
	if it := m.list.SelectedItem(); it != nil {
		return itemKey(it)
	}
	return ""
}

func itemKey(it list.Item) string {
	switch it := it.(type) {
	case storyItem:
		return "s:" + it.s.ID
	case docItem:
		return "d:" + it.doc.ID
	}
	return ""
}

func (m *Model) selectKey(k string) bool {
	for i, it := range m.list.Items() {
		if itemKey(it) == k {
			m.list.Select(i)
			return true
		}
	}
	return false
}

// setExpanded folds a story out or in, keeping the cursor on its row.
func (m *Model) setExpanded(id string, on bool) {
	if m.expanded[id] == on {
		return
	}
	ex := maps.Clone(m.expanded)
	ex[id] = on
	m.expanded = ex
	m.setItems(m.key())
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
	m.setItems(keep)
}

// setItems rebuilds the rows and puts the cursor back on keep, else on the
// first row.
func (m *Model) setItems(keep string) {
	var items []list.Item
	switch {
	case m.only != nil:
		if s := m.currentStory(); s != nil {
			for _, it := range m.docItems(s, false) {
				if contains(m.only, it.(docItem).doc.ID) {
					items = append(items, it)
				}
			}
		}
	case !m.multi():
		if s := m.currentStory(); s != nil {
			items = m.docItems(s, false)
		}
	default:
		for _, s := range m.stories {
			items = append(items, storyItem{s: s, expanded: m.expanded[s.ID], unread: m.unread(s)})
			if m.expanded[s.ID] {
				items = append(items, m.docItems(s, true)...)
			}
		}
	}
	m.list.SetItems(items)
	m.list.Select(0)
	if keep != "" {
		m.selectKey(keep)
	}
	m.resize()
}

// docItems is a story's articles, each copy right after its original.
func (m Model) docItems(s *story.Story, indent bool) []list.Item {
	copies := map[string][]*story.Doc{}
	for _, d := range s.Docs {
		if s.CopyOutlet(d) != "" {
			copies[d.CopyOf] = append(copies[d.CopyOf], d)
		}
	}
	var items []list.Item
	done := map[string]bool{}
	var add func(d *story.Doc)
	add = func(d *story.Doc) {
		if done[d.ID] {
			return
		}
		done[d.ID] = true
		items = append(items, docItem{doc: d, copyOf: s.CopyOutlet(d), indent: indent, unread: !m.read[d.ID]})
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
	return items
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
