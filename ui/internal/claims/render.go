package claims

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"parallax/model"
	"parallax/ui/internal/story"
	"parallax/ui/internal/theme"
	"parallax/ui/internal/wrap"
)

// compareLines is the sentence with each figure marked, then for each claim
// of it (each figure) its verdict, its reason and the other outlets'
// versions, each version a cursor row.
func (m *Model) compareLines(sn *story.Sentence) []string {
	st := m.styles
	d := m.story.Doc(sn.Doc)
	var lines []string
	if len(sn.Claims) == 1 {
		c := sn.Claims[0]
		vs := st.Verdict(c.Verdict)
		lines = append(lines, vs.Badge.Render(vs.Mark+" "+strings.ToUpper(m.story.Label(c)))+m.ownMarks(sn))
	} else {
		var n story.Counts
		for _, c := range sn.Claims {
			n.Add(c.Verdict)
		}
		what := "FIGURES"
		if sn.Figures() < len(sn.Claims) {
			what = "CLAIMS"
		}
		lines = append(lines, st.Bold.Render(fmt.Sprintf("%d %s", len(sn.Claims), what))+" "+badges(st, n)+m.ownMarks(sn))
	}
	lines = append(lines, wrap.Truncate(m.addIfFits(st.Outlet.Render(d.Outlet), " · this article"), m.width))
	lines = append(lines, m.quote(d, sn, nil, 2)...)
	if note := m.marks.Of(sn).Note; note != "" {
		lines = blank(lines)
		lines = append(lines, m.paragraph(theme.MarkNote+" "+note, 0, st.Accent.Render)...)
	}
	row := 0
	for _, c := range sn.Claims {
		lines = blank(lines)
		if len(sn.Claims) > 1 {
			vs := st.Verdict(c.Verdict)
			what := "this statement"
			if sp, _, ok := c.Own(); ok {
				what = d.Line(sp)
			}
			head := vs.Badge.Render(vs.Mark+" "+what) + st.Dim.Render(" · "+m.story.Label(c))
			lines = append(lines, wrap.Truncate(head, m.width))
		}
		lines = append(lines, m.paragraph(m.story.Reason(c), 0, st.Dim.Render)...)
		lines = m.otherLines(lines, c, &row)
	}
	return lines
}

// otherLines lists the other outlets' versions of a claim's fact, each a
// cursor row, then the outlets that do not state it.
func (m *Model) otherLines(lines []string, c *story.Claim, row *int) []string {
	st := m.styles
	for _, o := range m.story.Others(c) {
		mark, label := st.Corroborated.Badge.Render(theme.MarkCorroborated), "agrees"
		switch {
		case o.Relation == story.Conflicts:
			mark, label = st.Conflicting.Badge.Render(theme.MarkConflicting), "conflicts"
		case o.Copy:
			mark, label = st.Single.Badge.Render(theme.MarkSingle), "same report, copied"
		case c.Verdict == model.Conflicting:
			label = "same side"
		}
		head := m.pointer(*row) + mark + " " + st.Outlet.Render(o.Doc.Outlet)
		head = m.addIfFits(head, " · "+o.Doc.Date+" · "+label, " · "+label)
		body := append([]string{wrap.Truncate(head, m.width)}, m.quote(o.Doc, o.Claim.Sentence, o.Claim, 4)...)
		lines = m.row(lines, o.Claim.ID, body)
		*row++
	}
	if silent := m.story.SilentOutlets(c); len(silent) > 0 && c.Verdict != model.Single {
		lines = append(lines, m.paragraph(theme.MarkSilent+" silent: "+strings.Join(silent, ", "), 2, st.Dim.Render)...)
	}
	return lines
}

// articleLines lists the article's sentences the filter shows, each a cursor row.
func (m *Model) articleLines(d *story.Doc) []string {
	st := m.styles
	if len(d.Sentences) == 0 {
		return m.paragraph("No checkable claims found in this article.", 0, st.Dim.Render)
	}
	head := story.Plural(d.Counts.Total(), "fact") + " in " + story.Plural(len(d.Sentences), "sentence") + " · "
	lines := []string{wrap.Truncate(st.Dim.Render(head)+badges(st, d.Counts), m.width)}
	lines = append(lines, wrap.Truncate(theme.Legend(st, m.width), m.width), "")
	shown := 0
	for _, sn := range d.Sentences {
		if m.filter.Shows(sn, m.marks) {
			lines = m.lazyRow(lines, sn.ID, m.summaryHeight(d, sn, ""), func() []string { return m.summary(0, d, sn, "") })
			shown++
		}
	}
	if shown == 0 {
		lines = append(lines, m.paragraph("No sentence here is "+m.filter.String()+" · c changes the filter", 0, st.Dim.Render)...)
	}
	return lines
}

// entityLines lists the sentences about an entity across the outlets.
func (m *Model) entityLines(e *story.Entity) []string {
	st := m.styles
	lines := m.paragraph(fmt.Sprintf("%s · %s · named by %d of %d outlets", e.Name, e.Type, len(e.Docs), len(m.story.Docs)), 0, st.Dim.Render)
	lines = blank(lines)
	if len(e.Sentences) == 0 {
		return append(lines, m.paragraph("No claims name it.", 0, st.Dim.Render)...)
	}
	shown := 0
	for _, id := range e.Sentences {
		sn := m.story.Sentence(id)
		if sn == nil || !m.filter.Shows(sn, m.marks) {
			continue
		}
		d := m.story.Doc(sn.Doc)
		lines = m.lazyRow(lines, id, 2, func() []string { return m.summary(0, d, sn, d.Outlet) })
		shown++
	}
	if shown == 0 {
		lines = append(lines, m.paragraph("None of them is "+m.filter.String()+" · c changes the filter", 0, st.Dim.Render)...)
	}
	return lines
}

// markedLines lists every sentence of the story the reader starred or noted,
// with its note: the reader's own worklist.
func (m *Model) markedLines() []string {
	st := m.styles
	var lines []string
	shown := 0
	for _, d := range m.story.Docs {
		for _, sn := range d.Sentences {
			if !m.marks.Marked(sn) || !m.filter.Shows(sn, m.marks) {
				continue
			}
			body := m.summary(shown, d, sn, d.Outlet)
			if note := m.marks.Of(sn).Note; note != "" {
				body = append(body, "    "+st.Accent.Render(wrap.Truncate(theme.MarkNote+" "+note, m.width-4)))
			}
			lines = m.row(lines, sn.ID, body)
			shown++
		}
	}
	head := story.Plural(shown, "sentence") + " starred or noted in this story"
	lines = append([]string{st.Dim.Render(wrap.Truncate(head, m.width)), ""}, lines...)
	for i := range m.items {
		m.items[i].first += 2
		m.items[i].last += 2
	}
	if shown == 0 {
		lines = append(lines, m.paragraph("Nothing yet: s stars the selected claim, a writes a note on it.", 0, st.Dim.Render)...)
	}
	return lines
}

// summaryHeight is the lines summary will take, worked out without drawing.
func (m *Model) summaryHeight(d *story.Doc, sn *story.Sentence, outlet string) int {
	if outlet != "" {
		return 2
	}
	indent := 2 + len(sn.Claims) + 1 // the cursor, at most a mark per claim, a space
	if mk := m.marks.Of(sn); mk.Starred || mk.Note != "" {
		indent += 3
	}
	w := sn.Width
	if len(sn.Claims) > 1 {
		w += len(sn.Claims)
	}
	if w <= m.width-indent-2 {
		return 1
	}
	return 2
}

// summary is a row of two or three lines: the verdict marks of the
// sentence's figures, an optional outlet, and the sentence with each figure
// followed by its own mark.
func (m *Model) summary(i int, d *story.Doc, sn *story.Sentence, outlet string) []string {
	head := m.pointer(i) + m.marksOf(sn) + " "
	if own := m.ownMarks(sn); own != "" {
		head += own[1:] + " "
	}
	text, spans := m.markedText(d, sn, nil)
	if outlet != "" {
		return []string{
			wrap.Truncate(head+m.styles.Outlet.Render(outlet), m.width),
			"    " + wrap.Truncate(emphasise(text, wrap.Range{End: len(text)}, spans), m.width-4),
		}
	}
	indent := ansi.StringWidth(head)
	rs := wrap.Lines(text, max(m.width-indent, 1))
	if len(rs) == 0 {
		return []string{wrap.Truncate(head, m.width)}
	}
	out := []string{wrap.Truncate(head+emphasise(text, rs[0], spans), m.width)}
	if len(rs) > 1 {
		rest := wrap.Range{Start: rs[1].Start, End: len(text)}
		out = append(out, strings.Repeat(" ", indent)+wrap.Truncate(emphasise(text, rest, spans), m.width-indent))
	}
	return out
}

// marksOf is the distinct verdict marks of a sentence's figures, the most
// serious first: "✗", "✓○".
func (m *Model) marksOf(sn *story.Sentence) string {
	var ranks []int
	for _, c := range sn.Claims {
		if r := story.Rank(c.Verdict); !slices.Contains(ranks, r) {
			ranks = append(ranks, r)
		}
	}
	slices.Sort(ranks)
	vs := []theme.VerdictStyle{m.styles.Conflicting, m.styles.Corroborated, m.styles.Single}
	var b strings.Builder
	for _, r := range ranks {
		b.WriteString(vs[r].Badge.Render(vs[r].Mark))
	}
	return b.String()
}

// styled is a span of display text and how to draw it.
type styled struct {
	start, end int
	style      lipgloss.Style
}

// markedText is a sentence on one line, with a verdict mark after each of
// its figures when it states several, and the spans to draw styled: each
// figure in its verdict, the figure of claim only (when not nil) emphasised.
func (m *Model) markedText(d *story.Doc, sn *story.Sentence, only *story.Claim) (string, []styled) {
	st := m.styles
	raw := d.Text[sn.Span.Start:sn.Span.End]
	var b strings.Builder
	var spans []styled
	at := sn.Span.Start
	for _, c := range sn.Claims {
		sp, _, ok := c.Own()
		if !ok || sp.Start < at {
			continue
		}
		b.WriteString(oneLine(d.Text[at:sp.Start]))
		vs := st.Verdict(c.Verdict)
		style := vs.Badge
		if only != nil && c == only {
			style = st.Value.Inherit(vs.Badge)
		}
		start := b.Len()
		b.WriteString(oneLine(d.Text[sp.Start:sp.End]))
		spans = append(spans, styled{start, b.Len(), style})
		if only == nil && len(sn.Claims) > 1 {
			start = b.Len()
			b.WriteString(vs.Mark)
			spans = append(spans, styled{start, b.Len(), vs.Badge})
		}
		at = sp.End
	}
	if at == sn.Span.Start {
		return strings.Join(strings.Fields(raw), " "), nil
	}
	b.WriteString(oneLine(d.Text[at:sn.Span.End]))
	return strings.TrimSpace(b.String()), spans
}

// oneLine turns line breaks into spaces without moving anything else.
func oneLine(s string) string { return strings.ReplaceAll(s, "\n", " ") }

// quote draws a sentence wrapped and indented, each figure in its verdict;
// for another outlet's claim, only that claim's figure is emphasised.
func (m *Model) quote(d *story.Doc, sn *story.Sentence, only *story.Claim, indent int) []string {
	text, spans := m.markedText(d, sn, only)
	rs := wrap.Lines(text, max(m.width-indent, 1))
	pad := strings.Repeat(" ", indent)
	out := make([]string, 0, len(rs))
	for _, r := range rs {
		out = append(out, pad+emphasise(text, r, spans))
	}
	return out
}

// emphasise renders text[r] with the styled spans in their styles.
func emphasise(text string, r wrap.Range, spans []styled) string {
	var b strings.Builder
	at := r.Start
	for _, sp := range spans {
		s, e := max(sp.start, at), min(sp.end, r.End)
		if s >= e {
			continue
		}
		b.WriteString(text[at:s])
		b.WriteString(sp.style.Render(text[s:e]))
		at = e
	}
	if at < r.End {
		b.WriteString(text[at:r.End])
	}
	return b.String()
}

// badges draws fact counts, e.g. "✗1 ✓2 ○1", leaving out zeros.
func badges(st *theme.Styles, c story.Counts) string {
	var parts []string
	for _, p := range []struct {
		vs theme.VerdictStyle
		n  int
	}{{st.Conflicting, c.Conflicting}, {st.Corroborated, c.Corroborated}, {st.Single, c.Single}} {
		if p.n > 0 {
			parts = append(parts, p.vs.Badge.Render(fmt.Sprintf("%s%d", p.vs.Mark, p.n)))
		}
	}
	return strings.Join(parts, " ")
}

// addIfFits appends the first of the dim tails that fits the panel whole, so
// an outlet name is never cut to make room for its details.
func (m *Model) addIfFits(head string, tails ...string) string {
	w := ansi.StringWidth(head)
	for _, t := range tails {
		if strings.HasPrefix(t, " ·  · ") { // no date
			t = t[len(" · "):]
		}
		if w+wrap.Width(t) <= m.width {
			return head + m.styles.Dim.Render(t)
		}
	}
	return head
}

// ownMarks is " ★", " ✎" or " ★✎" for a sentence the reader marked, else "".
func (m *Model) ownMarks(sn *story.Sentence) string {
	mk := m.marks.Of(sn)
	out := ""
	if mk.Starred {
		out += theme.MarkStar
	}
	if mk.Note != "" {
		out += theme.MarkNote
	}
	if out == "" {
		return ""
	}
	return " " + m.styles.Accent.Render(out)
}
