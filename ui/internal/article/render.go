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
	m.lines, m.lineClaims, m.claimLines, m.widths = nil, nil, nil, nil
	if m.doc == nil || m.width <= 0 {
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
	m.widths = make([]int, len(m.lines))
	for i, r := range m.lines {
		m.widths[i] = m.gutter + wrap.Width(m.doc.Text[r.Start:r.End])
	}
	for ci, c := range m.doc.Claims {
		first := sort.Search(len(m.lines), func(i int) bool { return m.lines[i].End > c.Span.Start })
		last := first
		for l := first; l < len(m.lines) && m.lines[l].Start < c.Span.End; l++ {
			m.lineClaims[l] = append(m.lineClaims[l], ci)
			last = l
		}
		m.claimLines[ci] = [2]int{min(first, max(len(m.lines)-1, 0)), last}
	}
	// The viewport keeps the scroll position and does the scrolling maths; the
	// pane draws the visible lines itself, so it only needs the line count.
	y := m.vp.YOffset()
	m.vp.SetContentLines(make([]string, len(m.lines)))
	m.vp.SetYOffset(y)
}

// visible draws the lines in view, styled for the current selection, filter
// and entity: the cost of a frame depends on the pane's height, not on the
// article's length.
func (m Model) visible() string {
	var b strings.Builder
	top := m.vp.YOffset()
	ctx := m.context()
	for y := 0; y < m.height; y++ {
		if y > 0 {
			b.WriteByte('\n')
		}
		i := top + y
		if i < 0 || i >= len(m.lines) {
			b.WriteString(strings.Repeat(" ", m.width))
			continue
		}
		line := m.renderLine(i, ctx)
		switch pad := m.width - m.widths[i]; {
		case pad > 0:
			line += strings.Repeat(" ", pad)
		case pad < 0: // a character wider than the whole pane
			line = wrap.Fit(line, m.width)
		}
		b.WriteString(line)
	}
	return b.String()
}

// drawContext is what every line of a frame needs, worked out once.
type drawContext struct {
	sel      *story.Claim
	mentions []story.Span
	differs  []bool
}

func (m Model) context() drawContext {
	ctx := drawContext{sel: m.Selected()}
	if m.entity != "" {
		ctx.mentions = m.doc.Mentions(m.entity)
	}
	if ctx.sel != nil && ctx.sel.Verdict == model.Conflicting && m.story != nil {
		ctx.differs = m.story.OwnDiffers(ctx.sel)
	}
	return ctx
}

// renderLine draws line i: the gutter (selection bar and verdict mark), then
// the text cut at every claim, value and mention boundary and styled by what
// covers each piece.
func (m Model) renderLine(i int, ctx drawContext) string {
	r := m.lines[i]
	d := m.doc
	sel, mentions, differs := ctx.sel, ctx.mentions, ctx.differs

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
		b.WriteString(m.styleAt(a, onLine, sel, differs, mentions[mi:]).Render(d.Text[a:z]))
	}
	return b.String()
}

// gutterFor draws the selection bar and the strongest verdict on a line.
func (m Model) gutterFor(onLine []*story.Claim, sel *story.Claim, mention bool) string {
	p := m.paints
	bar := " "
	switch {
	case sel != nil && slices.Contains(onLine, sel):
		bar = p.bar
	case mention:
		bar = p.mentionBar
	}
	best := len(p.marks)
	for _, c := range onLine {
		best = min(best, rank(c.Verdict))
	}
	own := " "
	for _, c := range onLine {
		switch mk := m.marks[c.ID]; {
		case mk.Starred:
			own = p.star
		case mk.Note != "" && own == " ":
			own = p.note
		}
	}
	if best < len(p.marks) {
		return bar + p.marks[best] + own
	}
	return bar + " " + own
}

// styleAt is the paint of the text at offset off.
func (m Model) styleAt(off int, onLine []*story.Claim, sel *story.Claim, differs []bool, mentions []story.Span) theme.Paint {
	v, selected, value, mention := noVerdict, 0, 0, 0
	for _, c := range onLine {
		if off >= c.Span.Start && off < c.Span.End {
			v = rank(c.Verdict)
			if c == sel {
				selected = 1
				for k, val := range c.Values {
					if k < len(differs) && differs[k] && off >= val.Start && off < val.End {
						value = 1
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
			mention = 1
			break
		}
	}
	return m.paints.text[v][selected][value][mention]
}

// noVerdict indexes the paint of text outside any claim.
const noVerdict = 3

// paints is every style the pane draws with, turned into Paints once per
// Styles: [verdict rank or noVerdict][selected][differing value][mention].
type paints struct {
	text       [4][2][2][2]theme.Paint
	marks      [3]string // the gutter marks by verdict rank
	bar        string
	mentionBar string
	star, note string // the reader's own marks
}

func newPaints(st theme.Styles) paints {
	var p paints
	verdicts := []theme.VerdictStyle{st.Conflicting, st.Corroborated, st.Single}
	for v := 0; v < 4; v++ {
		for sel := 0; sel < 2; sel++ {
			for val := 0; val < 2; val++ {
				for men := 0; men < 2; men++ {
					var style lipgloss.Style
					if v < 3 {
						style = verdicts[v].Text
						if sel == 1 {
							style = st.Selected.Inherit(style)
							if val == 1 {
								style = st.Value.Inherit(style)
							}
						}
					}
					if men == 1 {
						style = st.Mention.Inherit(style)
					}
					p.text[v][sel][val][men] = theme.NewPaint(style)
				}
			}
		}
	}
	for i, vs := range verdicts {
		p.marks[i] = vs.Badge.Render(vs.Mark)
	}
	p.bar = st.Accent.Render(theme.MarkSelected)
	p.mentionBar = st.Mention.Render(theme.MarkMention)
	p.star = st.Accent.Render(theme.MarkStar)
	p.note = st.Accent.Render(theme.MarkNote)
	return p
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
