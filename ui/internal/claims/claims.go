// Package claims is the claim panel: for the selected sentence, the verdict
// and reason of each figure it states and every other outlet's version of the
// same fact; with no sentence selected, the article's sentences, the chosen
// entity's, or every sentence the reader starred or noted, one row each and
// only those the filter shows.
package claims

import (
	"sort"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"parallax/ui/internal/story"
	"parallax/ui/internal/theme"
	"parallax/ui/internal/wrap"
)

// JumpMsg asks the reader to open a claim at its sentence, in whatever
// document it is; Claim may be a sentence's ID.
type JumpMsg struct {
	Claim string
}

// Mode is what the panel lists.
type Mode int

// The panel's modes.
const (
	Empty         Mode = iota // nothing to show
	Compare                   // one sentence's figures and the other outlets' versions
	ArticleClaims             // the sentences of the article
	EntityClaims              // the sentences about the chosen entity
	MarkedClaims              // the sentences the reader starred or noted, across the story
)

// item is one row the cursor can rest on.
type item struct {
	claim       string
	first, last int // the item's lines in the content
	// draw renders the row's lines when it comes into view, for the long
	// lists (an article of hundreds of sentences); nil when lines holds them.
	draw func() []string
}

// Model is the claim panel.
type Model struct {
	KeyMap KeyMap

	styles *theme.Styles
	story  *story.Story
	doc    string
	claim  string
	entity string
	marked bool // list the marked sentences instead of the article's
	filter story.Filter
	mode   Mode
	cursor int
	marks  story.Marks

	width, height int
	vp            viewport.Model // the scroll position and its maths
	lines         []string       // the content, each line exactly width cells
	items         []item
}

// New returns an empty claim panel.
func New(st *theme.Styles) Model {
	return Model{KeyMap: DefaultKeyMap(), styles: st, vp: viewport.New()}
}

// SetStyles changes the styles and redraws.
func (m *Model) SetStyles(st *theme.Styles) {
	m.styles = st
	m.build()
}

// SetStory sets the story and clears the panel.
func (m *Model) SetStory(s *story.Story) {
	m.story = s
	m.doc, m.claim, m.entity, m.cursor = "", "", "", 0
	m.build()
}

// SetMarks sets the reader's marks: a ★ or ✎ by the claims they are on,
// and the note under the compared claim. The map is only read.
func (m *Model) SetMarks(marks story.Marks) {
	m.marks = marks
	m.build()
}

// Show sets what the panel is about: the article shown, the selected
// sentence ("" for none) and the chosen entity ("" for none). The cursor
// goes back to the first row when the subject changes.
func (m *Model) Show(docID, sentenceID, entityID string) {
	if docID == m.doc && sentenceID == m.claim && entityID == m.entity && m.lines != nil {
		return // nothing changed: keep the lines (a long article lists hundreds)
	}
	m.cursor = 0
	m.vp.SetYOffset(0)
	m.doc, m.claim, m.entity = docID, sentenceID, entityID
	m.build()
}

// SetFilter lists only the sentences the filter shows; the cursor stays on
// its sentence when that is still listed.
func (m *Model) SetFilter(f story.Filter) {
	if f == m.filter {
		return
	}
	keep := ""
	if m.cursor >= 0 && m.cursor < len(m.items) {
		keep = m.items[m.cursor].claim
	}
	m.filter = f
	m.build()
	m.cursor = 0
	for i, it := range m.items {
		if it.claim == keep {
			m.cursor = i
		}
	}
	m.move(m.cursor)
}

// ShowMarked switches the list between the marked sentences of the whole
// story and the article's (or entity's) sentences.
func (m *Model) ShowMarked(on bool) {
	if on == m.marked {
		return
	}
	m.marked = on
	m.cursor = 0
	m.vp.SetYOffset(0)
	m.build()
}

// Marked reports whether the panel lists the marked sentences.
func (m Model) Marked() bool { return m.marked }

// Mode is what the panel lists now.
func (m Model) Mode() Mode { return m.mode }

// Items is the claim IDs of the rows the cursor can rest on.
func (m Model) Items() []string {
	out := make([]string, len(m.items))
	for i, it := range m.items {
		out[i] = it.claim
	}
	return out
}

// Cursor is the row under the cursor.
func (m Model) Cursor() int { return m.cursor }

// Title names the panel for its frame.
func (m Model) Title() string {
	switch m.mode {
	case Compare:
		return "Claim"
	case EntityClaims:
		if e := m.story.Entity(m.entity); e != nil {
			return "Claims · " + e.Name
		}
	case MarkedClaims:
		return "Starred and noted"
	}
	return "Claims"
}

// SetSize sets the panel's inner size.
func (m *Model) SetSize(w, h int) {
	w, h = max(w, 0), max(h, 0)
	if w == m.width && h == m.height {
		return
	}
	m.width, m.height = w, h
	m.vp.SetWidth(m.width)
	m.vp.SetHeight(m.height)
	m.build()
}

// Update handles keys (when the panel has focus) and the mouse wheel.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		k := m.KeyMap
		switch {
		case key.Matches(msg, k.Up):
			m.move(m.cursor - 1)
		case key.Matches(msg, k.Down):
			m.move(m.cursor + 1)
		case key.Matches(msg, k.PageUp):
			m.move(m.cursor - max(m.height/3, 1))
		case key.Matches(msg, k.PageDown):
			m.move(m.cursor + max(m.height/3, 1))
		case key.Matches(msg, k.Top):
			m.move(0)
		case key.Matches(msg, k.Bottom):
			m.move(len(m.items) - 1)
		case key.Matches(msg, k.Jump):
			return m, m.jump()
		}
	case tea.MouseWheelMsg:
		m.vp, _ = m.vp.Update(msg)
	}
	return m, nil
}

// Click jumps to the claim of the row under the pane-relative cell (x, y).
func (m Model) Click(_, y int) (Model, tea.Cmd) {
	if i := m.itemAt(m.vp.YOffset() + y); i >= 0 {
		m.cursor = i
		return m, m.jump()
	}
	return m, nil
}

// View draws the lines in view; they were fitted to the width when built.
func (m Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	var b strings.Builder
	top := m.vp.YOffset()
	blank := strings.Repeat(" ", m.width)
	cursorLine := -1
	if m.cursor >= 0 && m.cursor < len(m.items) {
		cursorLine = m.items[m.cursor].first
	}
	drawn := map[int][]string{} // lazy rows drawn for this frame
	for y := 0; y < m.height; y++ {
		if y > 0 {
			b.WriteByte('\n')
		}
		i := top + y
		if i < 0 || i >= len(m.lines) {
			b.WriteString(blank)
			continue
		}
		line := m.lines[i]
		if k := m.itemAt(i); k >= 0 && m.items[k].draw != nil {
			rows, ok := drawn[k]
			if !ok {
				rows = m.items[k].draw()
				drawn[k] = rows
			}
			line = blank
			if j := i - m.items[k].first; j < len(rows) {
				line = wrap.Fit(rows[j], m.width)
			}
		}
		if i == cursorLine && m.width >= 2 {
			line = m.styles.Cursor.Render("›") + " " + ansi.Cut(line, 2, m.width)
		}
		b.WriteString(line)
	}
	return b.String()
}

// itemAt is the item holding content line i, or -1.
func (m Model) itemAt(i int) int {
	k := sort.Search(len(m.items), func(k int) bool { return m.items[k].last >= i })
	if k < len(m.items) && m.items[k].first <= i {
		return k
	}
	return -1
}

func (m Model) jump() tea.Cmd {
	if m.cursor < 0 || m.cursor >= len(m.items) {
		return nil
	}
	id := m.items[m.cursor].claim
	return func() tea.Msg { return JumpMsg{Claim: id} }
}

// move puts the cursor on row i (clamped) and scrolls it into view.
func (m *Model) move(i int) {
	if len(m.items) == 0 {
		return
	}
	m.cursor = max(0, min(i, len(m.items)-1))
	it := m.items[m.cursor]
	top := m.vp.YOffset()
	switch {
	case it.first < top:
		m.vp.SetYOffset(it.first)
	case it.last >= top+m.height:
		m.vp.SetYOffset(min(it.first, it.last-m.height+1))
	}
	if m.cursor == 0 {
		m.vp.SetYOffset(0) // show the header above the first row
	}
}

// build lays the content out again for the current subject, size and cursor.
func (m *Model) build() {
	y := m.vp.YOffset()
	var lines []string
	m.items = nil
	m.mode = Empty
	if m.story != nil && m.width > 0 {
		d := m.story.Doc(m.doc)
		sn := m.story.Sentence(m.claim)
		switch {
		case sn != nil:
			m.mode = Compare
			lines = m.compareLines(sn)
		case m.marked:
			m.mode = MarkedClaims
			lines = m.markedLines()
		case m.entity != "" && m.story.Entity(m.entity) != nil:
			m.mode = EntityClaims
			lines = m.entityLines(m.story.Entity(m.entity))
		case d != nil:
			m.mode = ArticleClaims
			lines = m.articleLines(d)
		}
	}
	if m.cursor >= len(m.items) {
		m.cursor = max(len(m.items)-1, 0)
	}
	for i, l := range lines {
		lines[i] = wrap.Fit(l, m.width)
	}
	m.KeyMap.Jump.SetEnabled(len(m.items) > 0)
	m.lines = lines
	m.vp.SetContentLines(make([]string, len(lines)))
	m.vp.SetYOffset(y)
}

// row appends one cursor row made of lines and records where it sits. Its
// first line must start with two blank cells, where the cursor is drawn.
func (m *Model) row(lines []string, claim string, body []string) []string {
	m.items = append(m.items, item{claim: claim, first: len(lines), last: len(lines) + len(body) - 1})
	return append(lines, body...)
}

// lazyRow appends a cursor row of height lines that draw renders when it
// comes into view.
func (m *Model) lazyRow(lines []string, claim string, height int, draw func() []string) []string {
	m.items = append(m.items, item{claim: claim, first: len(lines), last: len(lines) + height - 1, draw: draw})
	for range height {
		lines = append(lines, "")
	}
	return lines
}

// pointer is the cursor column of a row: blank, since View draws the
// cursor over it, so moving the cursor redraws nothing.
func (m *Model) pointer(int) string { return "  " }

func blank(lines []string) []string { return append(lines, "") }

// paragraph wraps plain text to the panel width with a style.
func (m *Model) paragraph(text string, indent int, render func(...string) string) []string {
	var out []string
	pad := strings.Repeat(" ", indent)
	for _, r := range wrap.Lines(text, m.width-indent) {
		out = append(out, pad+render(text[r.Start:r.End]))
	}
	return out
}
