// Package article is the reading pane: one document under its headline,
// byline, date, link and the legend of the marks, wrapped to the pane, with
// every checkable sentence marked by its verdict, each figure in it by its
// own, the selected sentence standing out and the chosen entity's mentions
// highlighted.
package article

import (
	"sort"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"

	"parallax/ui/internal/story"
	"parallax/ui/internal/theme"
	"parallax/ui/internal/wrap"
)

// SelectedMsg reports that the reader moved the selection in the reading pane.
// Claim is the selected sentence's ID, "" when nothing is selected.
type SelectedMsg struct {
	Doc, Claim string
}

// OpenMsg asks for the selected sentence to be compared in the claim panel.
type OpenMsg struct {
	Claim string
}

// gutterWidth is the selection bar, the verdict mark and the reader's mark.
const gutterWidth = 3

// Model is the reading pane.
type Model struct {
	KeyMap KeyMap

	styles   *theme.Styles
	paints   paints
	story    *story.Story
	doc      *story.Doc
	filter   story.Filter
	selected int    // index into doc.Sentences, -1 for none
	entity   string // the entity whose mentions are highlighted
	marks    story.Marks

	width, height int
	gutter        int
	vp            viewport.Model
	head          []string     // the headline, byline, link and legend, drawn to the width
	lines         []wrap.Range // the text's lines; line i is drawn at row len(head)+i
	lineSents     [][]int      // per line, the sentences on it
	sentLines     [][2]int     // per sentence, its first and last line
	widths        []int        // per line, its width in cells with the gutter
}

// New returns an empty reading pane.
func New(st *theme.Styles) Model {
	vp := viewport.New()
	vp.MouseWheelDelta = 3
	m := Model{KeyMap: DefaultKeyMap(), styles: st, paints: newPaints(st), vp: vp}
	m.setSelected(-1)
	return m
}

// SetStyles changes the styles.
func (m *Model) SetStyles(st *theme.Styles) {
	m.styles = st
	m.paints = newPaints(st)
	m.layout()
}

// SetStory sets the story the documents come from and clears the pane.
func (m *Model) SetStory(s *story.Story) {
	m.story, m.doc = s, nil
	m.setSelected(-1)
	m.layout()
}

// SetDocument shows a document from the top with nothing selected.
// It reports whether the document exists.
func (m *Model) SetDocument(docID string) bool {
	if m.story == nil {
		return false
	}
	d := m.story.Doc(docID)
	if d == nil {
		return false
	}
	if d != m.doc {
		m.doc = d
		m.layout()
	}
	m.setSelected(-1)
	m.vp.SetYOffset(0)
	return true
}

// Doc is the document shown, or nil.
func (m Model) Doc() *story.Doc { return m.doc }

// Selected is the selected sentence, or nil.
func (m Model) Selected() *story.Sentence {
	if m.doc == nil || m.selected < 0 || m.selected >= len(m.doc.Sentences) {
		return nil
	}
	return m.doc.Sentences[m.selected]
}

// Select selects a sentence of the shown document, by its ID or the ID of
// any of its claims, and scrolls it into view. It reports whether the
// sentence is in the document.
func (m *Model) Select(id string) bool {
	if m.doc == nil || m.story == nil {
		return false
	}
	sn := m.story.Sentence(id)
	if sn == nil || sn.Doc != m.doc.ID {
		return false
	}
	m.setSelected(sn.Index)
	m.reveal(sn.Index)
	return true
}

// ClearSelection selects nothing.
func (m *Model) ClearSelection() { m.setSelected(-1) }

// Filter is the filter in force.
func (m Model) Filter() story.Filter { return m.filter }

// SetFilter changes the filter; a selected sentence it hides is deselected.
func (m *Model) SetFilter(f story.Filter) {
	m.filter = f
	if sn := m.Selected(); sn != nil && !f.Shows(sn, m.marks) {
		m.setSelected(-1)
	}
}

// SetMarks sets the reader's marks, shown in the gutter as ★ (starred) or
// ✎ (a note). The map is only read.
func (m *Model) SetMarks(marks story.Marks) { m.marks = marks }

// Entity is the entity whose mentions are highlighted, or "".
func (m Model) Entity() string { return m.entity }

// SetEntity highlights an entity's mentions; "" clears the highlight.
func (m *Model) SetEntity(id string) { m.entity = id }

// YOffset is the first line shown.
func (m Model) YOffset() int { return m.vp.YOffset() }

// SetYOffset scrolls to a line.
func (m *Model) SetYOffset(y int) { m.vp.SetYOffset(y) }

// Lines is the number of laid-out lines, the head included.
func (m Model) Lines() int { return len(m.head) + len(m.lines) }

// ScrollPercent is how far down the document the view is, 0 to 1.
func (m Model) ScrollPercent() float64 { return m.vp.ScrollPercent() }

// SetSize sets the pane's inner size and lays the text out again.
func (m *Model) SetSize(w, h int) {
	w, h = max(w, 0), max(h, 0)
	if w == m.width && h == m.height {
		return
	}
	top, atTop := m.topLine(), m.vp.YOffset() == 0
	m.width, m.height = w, h
	m.vp.SetWidth(w)
	m.vp.SetHeight(h)
	m.layout()
	if !atTop {
		m.vp.SetYOffset(len(m.head) + m.lineAt(top))
	}
}

// Update handles keys (when the pane has focus) and the mouse wheel.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return m.handleKey(msg)
	case tea.MouseWheelMsg:
		m.vp, _ = m.vp.Update(msg)
	}
	return m, nil
}

func (m Model) handleKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	k := m.KeyMap
	switch {
	case key.Matches(msg, k.Up):
		m.vp.ScrollUp(1)
	case key.Matches(msg, k.Down):
		m.vp.ScrollDown(1)
	case key.Matches(msg, k.PageUp):
		m.vp.PageUp()
	case key.Matches(msg, k.PageDown):
		m.vp.PageDown()
	case key.Matches(msg, k.HalfUp):
		m.vp.HalfPageUp()
	case key.Matches(msg, k.HalfDown):
		m.vp.HalfPageDown()
	case key.Matches(msg, k.Top):
		m.vp.GotoTop()
	case key.Matches(msg, k.Bottom):
		m.vp.GotoBottom()
	case key.Matches(msg, k.NextClaim):
		return m.step(+1)
	case key.Matches(msg, k.PrevClaim):
		return m.step(-1)
	case key.Matches(msg, k.Filter):
		m.SetFilter(m.filter.Next())
		return m, m.selectedCmd()
	case key.Matches(msg, k.Open):
		if sn := m.Selected(); sn != nil {
			return m, func() tea.Msg { return OpenMsg{Claim: sn.ID} }
		}
	}
	return m, nil
}

// step moves the selection to the next (+1) or previous (-1) sentence the
// filter shows. With nothing selected it starts from the top of the view.
func (m Model) step(dir int) (Model, tea.Cmd) {
	if m.doc == nil {
		return m, nil
	}
	i := m.selected
	if i < 0 {
		top := m.vp.YOffset() - len(m.head)
		if dir > 0 {
			i = sort.Search(len(m.sentLines), func(k int) bool { return m.sentLines[k][1] >= top }) - 1
		} else {
			i = sort.Search(len(m.sentLines), func(k int) bool { return m.sentLines[k][0] >= top+m.height })
		}
	}
	for i += dir; i >= 0 && i < len(m.doc.Sentences); i += dir {
		if m.filter.Shows(m.doc.Sentences[i], m.marks) {
			m.setSelected(i)
			m.reveal(i)
			return m, m.selectedCmd()
		}
	}
	return m, nil
}

func (m Model) selectedCmd() tea.Cmd {
	if m.doc == nil {
		return nil
	}
	msg := SelectedMsg{Doc: m.doc.ID}
	if sn := m.Selected(); sn != nil {
		msg.Claim = sn.ID
	}
	return func() tea.Msg { return msg }
}

// Click selects the sentence under the pane-relative cell (x, y), if any.
func (m Model) Click(x, y int) (Model, tea.Cmd) {
	line := m.vp.YOffset() + y - len(m.head)
	if m.doc == nil || y < 0 || line < 0 || line >= len(m.lines) {
		return m, nil
	}
	off := m.offsetAt(line, x-m.gutter)
	for _, si := range m.lineSents[line] {
		sn := m.doc.Sentences[si]
		if off >= sn.Span.Start && off < sn.Span.End && m.filter.Shows(sn, m.marks) {
			m.setSelected(si)
			return m, m.selectedCmd()
		}
	}
	return m, nil
}

// View draws the visible lines of the pane.
func (m Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	if m.doc == nil {
		return wrap.Block(m.styles.Dim.Render("No article."), m.width, m.height)
	}
	return m.visible()
}

// reveal scrolls so sentence i is in view, a third of the way down if it was not.
func (m *Model) reveal(i int) {
	if i < 0 || i >= len(m.sentLines) {
		return
	}
	first, last := m.sentLines[i][0]+len(m.head), m.sentLines[i][1]+len(m.head)
	top := m.vp.YOffset()
	if first >= top && last < top+m.height {
		return
	}
	m.vp.SetYOffset(first - m.height/3)
}

// topLine is the text offset at the top of the view, to keep the place on resize.
func (m Model) topLine() int {
	y := m.vp.YOffset() - len(m.head)
	if y < 0 || y >= len(m.lines) {
		return 0
	}
	return m.lines[y].Start
}

// lineAt is the text line holding text offset off.
func (m Model) lineAt(off int) int {
	return max(sort.Search(len(m.lines), func(i int) bool { return m.lines[i].End >= off }), 0)
}

func (m *Model) setSelected(i int) {
	m.selected = i
	m.KeyMap.Open.SetEnabled(m.Selected() != nil)
}
