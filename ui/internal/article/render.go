package article

import (
	"slices"
	"sort"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/clipperhouse/uax29/v2/graphemes"

	"parallax/model"
	"parallax/ui/internal/story"
	"parallax/ui/internal/theme"
	"parallax/ui/internal/wrap"
)

// layout wraps the document to the pane and indexes which claims sit on
// which lines. It runs on a new document or a new width, never on a key.
func (m *Model) layout() {
	m.lines, m.lineClaims, m.claimLines = nil, nil, nil
	if m.doc == nil || m.width <= 0 {
		m.styled = nil
		m.vp.SetContentLines(nil)
		return
	}
	m.gutter = gutterWidth
	if m.width < gutterWidth+8 {
		m.gutter = 0
	}
	m.lines = wrap.Lines(m.doc.Text, m.width-m.gutter)
	m.lineClaims = make([][]int, len(m.lines))
	m.claimLines = make([][2]int, len(m.doc.Claims))
	for ci, c := range m.doc.Claims {
		first := sort.Search(len(m.lines), func(i int) bool { return m.lines[i].End > c.Span.Start })
		last := first
		for l := first; l < len(m.lines) && m.lines[l].Start < c.Span.End; l++ {
			m.lineClaims[l] = append(m.lineClaims[l], ci)
			last = l
		}
		m.claimLines[ci] = [2]int{min(first, max(len(m.lines)-1, 0)), last}
	}
	m.restyleAll()
}

// restyleAll renders every line again (new filter, entity or styles).
func (m *Model) restyleAll() {
	if m.doc == nil || len(m.lines) == 0 {
		return
	}
	styled := make([]string, len(m.lines))
	for i := range m.lines {
		styled[i] = m.renderLine(i)
	}
	m.setContent(styled)
}

// restyleClaims renders only the lines of the given claims again: moving the
// selection costs a few lines, however long the article.
func (m *Model) restyleClaims(claims ...int) {
	if m.doc == nil || len(m.styled) != len(m.lines) {
		m.restyleAll()
		return
	}
	styled := slices.Clone(m.styled)
	for _, ci := range claims {
		if ci < 0 || ci >= len(m.claimLines) {
			continue
		}
		for l := m.claimLines[ci][0]; l <= m.claimLines[ci][1] && l < len(styled); l++ {
			styled[l] = m.renderLine(l)
		}
	}
	m.setContent(styled)
}

func (m *Model) setContent(styled []string) {
	y := m.vp.YOffset()
	m.styled = styled
	m.vp.SetContentLines(slices.Clone(styled))
	m.vp.SetYOffset(y)
}

// renderLine draws line i: the gutter (selection bar and verdict mark), then
// the text cut at every claim, value and mention boundary and styled by what
// covers each piece.
func (m *Model) renderLine(i int) string {
	r := m.lines[i]
	d := m.doc
	sel := m.Selected()
	var mentions []story.Span
	if m.entity != "" {
		mentions = d.Mentions(m.entity)
	}
	var differs []bool
	if sel != nil && sel.Verdict == model.Conflicting && m.story != nil {
		differs = m.story.OwnDiffers(sel)
	}

	cuts := []int{r.Start, r.End}
	var onLine []*story.Claim
	for _, ci := range m.lineClaims[i] {
		c := d.Claims[ci]
		if !m.filter.Shows(c.Verdict) {
			continue
		}
		onLine = append(onLine, c)
		cuts = append(cuts, c.Span.Start, c.Span.End)
	}
	if sel != nil {
		for k, v := range sel.Values {
			if k < len(differs) && differs[k] {
				cuts = append(cuts, v.Start, v.End)
			}
		}
	}
	mi := sort.Search(len(mentions), func(k int) bool { return mentions[k].End > r.Start })
	lineMentions := false
	for k := mi; k < len(mentions) && mentions[k].Start < r.End; k++ {
		cuts = append(cuts, mentions[k].Start, mentions[k].End)
		lineMentions = true
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)

	var b strings.Builder
	if m.gutter > 0 {
		b.WriteString(m.gutterFor(onLine, sel, lineMentions))
	}
	for k := 0; k+1 < len(cuts); k++ {
		a, z := cuts[k], cuts[k+1]
		if a < r.Start || z > r.End || a >= z {
			continue
		}
		style, styled := m.styleAt(a, onLine, sel, differs, mentions[mi:])
		if styled {
			b.WriteString(style.Render(d.Text[a:z]))
		} else {
			b.WriteString(d.Text[a:z])
		}
	}
	return b.String()
}

// gutterFor draws the selection bar and the strongest verdict on a line.
func (m *Model) gutterFor(onLine []*story.Claim, sel *story.Claim, mention bool) string {
	st := m.styles
	bar := " "
	switch {
	case sel != nil && slices.Contains(onLine, sel):
		bar = st.Accent.Render(theme.MarkSelected)
	case mention:
		bar = st.Mention.Render(theme.MarkMention)
	}
	mark := " "
	best := 3
	for _, c := range onLine {
		best = min(best, rank(c.Verdict))
	}
	switch best {
	case 0:
		mark = st.Conflicting.Badge.Render(st.Conflicting.Mark)
	case 1:
		mark = st.Corroborated.Badge.Render(st.Corroborated.Mark)
	case 2:
		mark = st.Single.Badge.Render(st.Single.Mark)
	}
	return bar + mark + " "
}

// styleAt is the style of the text at offset off, and whether it has any.
func (m *Model) styleAt(off int, onLine []*story.Claim, sel *story.Claim, differs []bool, mentions []story.Span) (lipgloss.Style, bool) {
	st := m.styles
	var style lipgloss.Style
	styled := false
	for _, c := range onLine {
		if off >= c.Span.Start && off < c.Span.End {
			style, styled = st.Verdict(c.Verdict).Text, true
			if c == sel {
				style = st.Selected.Inherit(style)
				for k, v := range c.Values {
					if k < len(differs) && differs[k] && off >= v.Start && off < v.End {
						style = st.Value.Inherit(style)
					}
				}
			}
			break
		}
	}
	for _, mn := range mentions {
		if mn.Start > off {
			break
		}
		if off < mn.End {
			style, styled = st.Mention.Inherit(style), true
			break
		}
	}
	return style, styled
}

// offsetAt is the text offset under column col of line i.
func (m Model) offsetAt(i, col int) int {
	r := m.lines[i]
	if col <= 0 {
		return r.Start
	}
	g := graphemes.FromString(m.doc.Text[r.Start:r.End])
	x := 0
	for g.Next() {
		x += wrap.Width(g.Value())
		if x > col {
			return r.Start + g.Start()
		}
	}
	return r.End
}

// rank orders verdicts by how much they matter to a reader: conflicts first.
func rank(v model.Verdict) int {
	switch v {
	case model.Conflicting:
		return 0
	case model.Corroborated:
		return 1
	}
	return 2
}
