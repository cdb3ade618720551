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

// layout wraps the document to the pane and indexes which sentences sit on
// which lines. It runs on a new document, width or style, never on a key.
func (m *Model) layout() {
	m.head, m.lines, m.lineSents, m.sentLines, m.widths = nil, nil, nil, nil, nil
	if m.doc == nil || m.width <= 0 {
		m.vp.SetContentLines(nil)
		return
	}
	m.gutter = gutterWidth
	if m.width < gutterWidth+8 {
		m.gutter = 0
	}
	m.head = m.headLines()
	from := m.bodyStart()
	m.lines = wrap.Lines(m.doc.Text[from:], m.width-m.gutter)
	for i := range m.lines {
		m.lines[i].Start += from
		m.lines[i].End += from
	}
	m.lineSents = make([][]int, len(m.lines))
	m.sentLines = make([][2]int, len(m.doc.Sentences))
	m.widths = make([]int, len(m.lines))
	for i, r := range m.lines {
		m.widths[i] = m.gutter + wrap.Width(m.doc.Text[r.Start:r.End])
	}
	for si, sn := range m.doc.Sentences {
		first := sort.Search(len(m.lines), func(i int) bool { return m.lines[i].End > sn.Span.Start })
		last := first
		for l := first; l < len(m.lines) && m.lines[l].Start < sn.Span.End; l++ {
			m.lineSents[l] = append(m.lineSents[l], si)
			last = l
		}
		m.sentLines[si] = [2]int{min(first, max(len(m.lines)-1, 0)), max(min(last, len(m.lines)-1), 0)}
	}
	// The viewport keeps the scroll position and does the scrolling maths; the
	// pane draws the visible lines itself, so it only needs the line count.
	y := m.vp.YOffset()
	m.vp.SetContentLines(make([]string, len(m.head)+len(m.lines)))
	m.vp.SetYOffset(y)
}

// bodyStart is where the text to wrap begins: after its first line when
// that line is the headline the head already shows and holds no claim.
func (m *Model) bodyStart() int {
	t := m.doc.Text
	lead := len(t) - len(strings.TrimLeft(t, " \n\t"))
	end := strings.IndexByte(t[lead:], '\n')
	if end < 0 {
		return 0
	}
	end += lead
	if !strings.EqualFold(strings.Join(strings.Fields(t[lead:end]), " "), m.doc.Title) {
		return 0
	}
	if len(m.doc.Sentences) > 0 && m.doc.Sentences[0].Span.Start < end {
		return 0
	}
	return end
}

// headLines is the top of the pane: the full headline, the outlet with the
// author and date, the link, and the legend of the marks, then a blank line.
func (m *Model) headLines() []string {
	st, d := m.styles, m.doc
	w := m.width - m.gutter
	if w < 8 {
		return nil
	}
	pad := strings.Repeat(" ", m.gutter)
	var out []string
	for _, r := range wrap.Lines(d.Title, w) {
		out = append(out, pad+st.HeaderTitle.Render(d.Title[r.Start:r.End]))
	}
	by := st.Outlet.Render(d.Outlet)
	if d.Author != "" {
		by += st.Dim.Render(" · by " + d.Author)
	}
	if d.Date != "" {
		by += st.Dim.Render(" · " + d.Date)
	}
	if c := m.story.CopyOutlet(d); c != "" {
		by += st.Dim.Render(" · copy of " + c)
	}
	out = append(out, pad+wrap.Truncate(by, w))
	if d.URL != "" {
		out = append(out, pad+st.Dim.Render(wrap.Truncate(d.URL, w)))
	}
	out = append(out, pad+wrap.Truncate(theme.Legend(st, w), w), "")
	for i, l := range out {
		out[i] = wrap.Fit(l, m.width)
	}
	return out
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
		row := top + y
		if row >= 0 && row < len(m.head) {
			b.WriteString(m.head[row])
			continue
		}
		i := row - len(m.head)
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
	sel      *story.Sentence
	mentions []story.Span
}

func (m Model) context() drawContext {
	ctx := drawContext{sel: m.Selected()}
	if m.entity != "" {
		ctx.mentions = m.doc.Mentions(m.entity)
	}
	return ctx
}

// renderLine draws line i: the gutter (selection bar, verdict mark, the
// reader's mark), then the text cut at every sentence, figure and mention
// boundary and painted by what covers each piece.
func (m Model) renderLine(i int, ctx drawContext) string {
	r := m.lines[i]
	d := m.doc
	cuts := []int{r.Start, r.End}
	var onLine []*story.Sentence
	for _, si := range m.lineSents[i] {
		sn := d.Sentences[si]
		if !m.filter.Shows(sn, m.marks) {
			continue
		}
		onLine = append(onLine, sn)
		cuts = append(cuts, sn.Span.Start, sn.Span.End)
		for _, c := range sn.Claims {
			if sp, _, ok := c.Own(); ok {
				cuts = append(cuts, sp.Start, sp.End)
			}
		}
	}
	mentions := ctx.mentions
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
		b.WriteString(m.gutterFor(onLine, ctx.sel, lineMentions))
	}
	for k := 0; k+1 < len(cuts); k++ {
		a, z := cuts[k], cuts[k+1]
		if a < r.Start || z > r.End || a >= z {
			continue
		}
		b.WriteString(m.paintAt(a, onLine, ctx.sel, mentions[mi:]).Render(d.Text[a:z]))
	}
	return b.String()
}

// gutterFor draws the selection bar, the strongest verdict on a line and
// the reader's own mark.
func (m Model) gutterFor(onLine []*story.Sentence, sel *story.Sentence, mention bool) string {
	p := m.paints
	bar := " "
	switch {
	case sel != nil && slices.Contains(onLine, sel):
		bar = p.bar
	case mention:
		bar = p.mentionBar
	}
	best := len(p.marks)
	for _, sn := range onLine {
		best = min(best, story.Rank(sn.Verdict()))
	}
	own := " "
	for _, sn := range onLine {
		switch mk := m.marks.Of(sn); {
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

// paintAt is the paint of the text at offset off: a figure in its own
// claim's verdict, the rest of a sentence in the verdict its figures share
// (or plainly underlined when they differ), a conflicting figure of the
// selected sentence reversed.
func (m Model) paintAt(off int, onLine []*story.Sentence, sel *story.Sentence, mentions []story.Span) theme.Paint {
	v, selected, figure, mention := noVerdict, 0, 0, 0
	for _, sn := range onLine {
		if off < sn.Span.Start || off >= sn.Span.End {
			continue
		}
		v = story.Rank(sn.Verdict())
		if sn.Mixed() {
			v = mixed
		}
		if sn == sel {
			selected = 1
		}
		for _, c := range sn.Claims {
			if sp, _, ok := c.Own(); ok && off >= sp.Start && off < sp.End {
				v, figure = story.Rank(c.Verdict), 1
				if sn == sel && c.Verdict == model.Conflicting {
					figure = 2
				}
			}
		}
		break
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
	return m.paints.text[v][selected][figure][mention]
}

// Indexes of the paints of text outside any sentence and of a sentence
// whose figures have different verdicts.
const (
	noVerdict = 3
	mixed     = 4
)

// paints is every style the pane draws with, turned into Paints once per
// Styles: [verdict rank, noVerdict or mixed][selected][plain, figure,
// differing figure][mention].
type paints struct {
	text       [5][2][3][2]theme.Paint
	marks      [3]string // the gutter marks by verdict rank
	bar        string
	mentionBar string
	star, note string // the reader's own marks
}

func newPaints(st *theme.Styles) paints {
	var p paints
	verdicts := []theme.VerdictStyle{st.Conflicting, st.Corroborated, st.Single}
	for v := 0; v < 5; v++ {
		for sel := 0; sel < 2; sel++ {
			for fig := 0; fig < 3; fig++ {
				for men := 0; men < 2; men++ {
					var style lipgloss.Style
					switch {
					case v < 3 && fig > 0:
						style = verdicts[v].Badge.Underline(true)
					case v < 3:
						style = verdicts[v].Text
					case v == mixed:
						style = lipgloss.NewStyle().Underline(true)
					}
					if sel == 1 && v != noVerdict {
						style = st.Selected.Inherit(style)
					}
					if fig == 2 {
						style = st.Value.Inherit(style)
					}
					if men == 1 {
						style = st.Mention.Inherit(style)
					}
					p.text[v][sel][fig][men] = theme.NewPaint(style)
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
