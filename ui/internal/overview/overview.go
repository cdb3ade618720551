// Package overview is the story overview: a matrix of the story's facts
// against its outlets (✗a/✗b the sides of a conflict, ✓ agrees, ○ the only
// outlet, · silent), conflicts first.
package overview

import (
	"fmt"
	"strings"
	"unicode"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"parallax/ui/internal/story"
	"parallax/ui/internal/theme"
	"parallax/ui/internal/wrap"
)

// OpenMsg asks the reader to open a claim.
type OpenMsg struct{ Claim string }

// CloseMsg asks the reader to close the overview.
type CloseMsg struct{}

const (
	colWidth   = 4  // one outlet column
	minLabel   = 12 // the narrowest fact label worth drawing
	headerRows = 4  // the counts, the legend, the column heads and a rule
)

// Model is the story overview.
type Model struct {
	KeyMap KeyMap

	styles *theme.Styles
	story  *story.Story
	rows   []story.Row
	abbrev []string // a short head per document column

	row, col   int // the cursor cell
	top, first int // the first row and column shown
	width      int
	height     int
}

// New returns an empty overview.
func New(st *theme.Styles) Model { return Model{KeyMap: DefaultKeyMap(), styles: st} }

// SetStyles changes the styles.
func (m *Model) SetStyles(st *theme.Styles) { m.styles = st }

// SetStory builds the matrix of a story.
func (m *Model) SetStory(s *story.Story) {
	m.story = s
	m.rows = s.Matrix()
	m.abbrev = abbreviations(s.Docs)
	m.row, m.col, m.top, m.first = 0, 0, 0, 0
}

// Rows is the number of facts in the matrix.
func (m Model) Rows() int { return len(m.rows) }

// Cursor is the cursor cell: the row and the document column.
func (m Model) Cursor() (row, col int) { return m.row, m.col }

// SetSize sets the overview's inner size.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = max(w, 0), max(h, 0)
	m.clamp()
}

// Update handles keys (when the overview is open) and the mouse wheel.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		k := m.KeyMap
		switch {
		case key.Matches(msg, k.Up):
			m.row--
		case key.Matches(msg, k.Down):
			m.row++
		case key.Matches(msg, k.Left):
			m.col--
		case key.Matches(msg, k.Right):
			m.col++
		case key.Matches(msg, k.PageUp):
			m.row -= m.visibleRows()
		case key.Matches(msg, k.PageDown):
			m.row += m.visibleRows()
		case key.Matches(msg, k.Top):
			m.row = 0
		case key.Matches(msg, k.Bottom):
			m.row = len(m.rows) - 1
		case key.Matches(msg, k.Open):
			return m, m.open()
		case key.Matches(msg, k.Close):
			return m, func() tea.Msg { return CloseMsg{} }
		}
		m.clamp()
	case tea.MouseWheelMsg:
		switch msg.Button {
		case tea.MouseWheelUp:
			m.row -= 3
		case tea.MouseWheelDown:
			m.row += 3
		}
		m.clamp()
	}
	return m, nil
}

// Click opens the claim under the pane-relative cell (x, y): the cell's own
// claim in an outlet column, the row's first claim on the label.
func (m Model) Click(x, y int) (Model, tea.Cmd) {
	r := m.top + y - headerRows
	if y < headerRows || r >= len(m.rows) {
		return m, nil
	}
	m.row = r
	if c := (x - m.labelWidth() - 4) / colWidth; x >= m.labelWidth()+4 && m.first+c < len(m.abbrev) {
		m.col = m.first + c
	}
	m.clamp()
	return m, m.open()
}

// open asks for the claim under the cursor, or the row's first claim when the
// cursor's outlet is silent.
func (m Model) open() tea.Cmd {
	if m.row < 0 || m.row >= len(m.rows) {
		return nil
	}
	row := m.rows[m.row]
	id := ""
	if m.col >= 0 && m.col < len(row.Cells) {
		id = row.Cells[m.col].Claim
	}
	if id == "" && len(row.Group.Claims) > 0 {
		id = firstPresent(row)
	}
	if id == "" {
		return nil
	}
	return func() tea.Msg { return OpenMsg{Claim: id} }
}

func firstPresent(r story.Row) string {
	for _, c := range r.Cells {
		if c.Claim != "" {
			return c.Claim
		}
	}
	return ""
}

// columns is how many outlet columns fit beside a readable label.
func (m Model) columns() int {
	return max(min(len(m.abbrev), (m.width-4-minLabel)/colWidth), 1)
}

func (m Model) labelWidth() int {
	return max(m.width-4-m.columns()*colWidth, 1)
}

func (m Model) visibleRows() int { return max(m.height-headerRows-m.legendHeight(), 1) }

// clamp keeps the cursor on the matrix and in view.
func (m *Model) clamp() {
	m.row = max(0, min(m.row, len(m.rows)-1))
	m.col = max(0, min(m.col, len(m.abbrev)-1))
	rows, cols := m.visibleRows(), m.columns()
	if m.row < m.top {
		m.top = m.row
	}
	if m.row >= m.top+rows {
		m.top = m.row - rows + 1
	}
	if m.col < m.first {
		m.first = m.col
	}
	if m.col >= m.first+cols {
		m.first = m.col - cols + 1
	}
	m.top, m.first = max(m.top, 0), max(m.first, 0)
}

// View draws the legend, the column heads, the rows in view and the key to
// the column heads.
func (m Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	st := m.styles
	if len(m.rows) == 0 {
		return wrap.Block(st.Dim.Render("No claims to compare yet."), m.width, m.height)
	}
	lw, cols := m.labelWidth(), m.columns()
	c := m.story.Counts
	counts := fmt.Sprintf("%s × %s   ", story.Plural(c.Total(), "fact"), story.Plural(len(m.abbrev), "report")) +
		st.Conflicting.Badge.Render(fmt.Sprintf("%s%d", theme.MarkConflicting, c.Conflicting)) + " " +
		st.Corroborated.Badge.Render(fmt.Sprintf("%s%d", theme.MarkCorroborated, c.Corroborated)) + " " +
		st.Single.Badge.Render(fmt.Sprintf("%s%d", theme.MarkSingle, c.Single))
	legend := st.Conflicting.Badge.Render(theme.MarkConflicting+"a") + st.Dim.Render(" "+theme.MarkConflicting+"b sides of a conflict · ") +
		st.Corroborated.Badge.Render(theme.MarkCorroborated) + st.Dim.Render(" agrees · ") +
		st.Single.Badge.Render(theme.MarkSingle) + st.Dim.Render(" only outlet · "+theme.MarkSilent+" silent")
	lines := []string{wrap.Truncate(counts, m.width), wrap.Truncate(legend, m.width)}

	var head strings.Builder
	head.WriteString(strings.Repeat(" ", lw+4))
	for c := m.first; c < m.first+cols && c < len(m.abbrev); c++ {
		h := fmt.Sprintf(" %-3s", m.abbrev[c])
		if c == m.col {
			h = st.Cursor.Render(fmt.Sprintf("›%-3s", m.abbrev[c]))
		} else {
			h = st.Dim.Render(h)
		}
		head.WriteString(h)
	}
	lines = append(lines, head.String(), st.Dim.Render(strings.Repeat("─", m.width)))

	for r := m.top; r < len(m.rows) && r < m.top+m.visibleRows(); r++ {
		lines = append(lines, m.rowLine(r, lw, cols))
	}
	for len(lines) < m.height-m.legendHeight() {
		lines = append(lines, "")
	}
	lines = append(lines, m.legend()...)
	return wrap.Block(strings.Join(lines, "\n"), m.width, m.height)
}

// rowLine draws one fact: pointer, verdict mark, label, then a mark per outlet.
func (m Model) rowLine(r, lw, cols int) string {
	st := m.styles
	row := m.rows[r]
	vs := st.Verdict(row.Group.Verdict)
	ptr := "  "
	if r == m.row {
		ptr = st.Cursor.Render("›") + " "
	}
	label := wrap.Fit(wrap.Truncate(row.Label, lw), lw)
	if r == m.row {
		label = st.Bold.Render(label)
	}
	var b strings.Builder
	b.WriteString(ptr + vs.Badge.Render(vs.Mark) + " " + label + " ")
	for c := m.first; c < m.first+cols && c < len(row.Cells); c++ {
		text := markOf(row.Cells[c])
		var style lipgloss.Style
		switch {
		case r == m.row && c == m.col:
			style = st.Selected
		case row.Cells[c].Relation == story.Agrees:
			style = st.Corroborated.Badge
		case row.Cells[c].Relation == story.Conflicts:
			style = st.Conflicting.Badge
		case row.Cells[c].Relation == story.Alone:
			style = st.Single.Badge
		default:
			style = st.Dim
		}
		b.WriteString(" " + style.Render(text) + strings.Repeat(" ", colWidth-1-wrap.Width(text)))
	}
	return b.String()
}

// markOf is a cell's mark: a conflict's side by letter, so that two
// outlets on one side read alike and two sides apart.
func markOf(c story.Cell) string {
	switch c.Relation {
	case story.Agrees:
		return theme.MarkCorroborated
	case story.Conflicts:
		return theme.MarkConflicting + string(rune('a'+min(c.Side, 25)))
	case story.Alone:
		return theme.MarkSingle
	}
	return theme.MarkSilent
}

// legend names the column heads, as many as fit on two lines.
func (m Model) legend() []string {
	if m.legendHeight() == 0 {
		return nil
	}
	var parts []string
	for i, a := range m.abbrev {
		parts = append(parts, a+" "+m.story.Docs[i].Outlet)
	}
	text := strings.Join(parts, " · ")
	var out []string
	for i, r := range wrap.Lines(text, m.width) {
		if i == 1 {
			out = append(out, m.styles.Dim.Render(wrap.Truncate(text[r.Start:], m.width)))
			break
		}
		out = append(out, m.styles.Dim.Render(text[r.Start:r.End]))
	}
	return out
}

func (m Model) legendHeight() int {
	if m.height < headerRows+4 || m.story == nil {
		return 0
	}
	var parts []string
	for i, a := range m.abbrev {
		parts = append(parts, a+" "+m.story.Docs[i].Outlet)
	}
	return min(len(wrap.Lines(strings.Join(parts, " · "), m.width)), 2)
}

// abbreviations gives each document column a unique head of up to three
// characters: the outlet's initials, or its first letters.
func abbreviations(docs []*story.Doc) []string {
	out := make([]string, len(docs))
	seen := map[string]int{}
	for i, d := range docs {
		var a []rune
		words := strings.Fields(d.Outlet)
		if len(words) >= 2 {
			for _, w := range words {
				if r := []rune(w)[0]; unicode.IsLetter(r) || unicode.IsDigit(r) {
					a = append(a, unicode.ToUpper(r))
				}
				if len(a) == 3 {
					break
				}
			}
		} else {
			a = []rune(d.Outlet)
			if len(a) > 3 {
				a = a[:3]
			}
		}
		s := string(a)
		if s == "" || wrap.Width(s) > 3 {
			s = fmt.Sprint(i + 1)
		}
		if n := seen[s]; n > 0 {
			s = fmt.Sprintf("%s%d", string([]rune(s)[:min(2, len([]rune(s)))]), n+1)
		}
		seen[s]++
		out[i] = s
	}
	return out
}
