package claims

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"parallax/ui/internal/story"
	"parallax/ui/internal/theme"
	"parallax/ui/internal/wrap"
)

// compareLines is the claim, its verdict and reason, and the other outlets'
// versions, each a cursor row.
func (m *Model) compareLines(c *story.Claim) []string {
	st := m.styles
	d := m.story.Doc(c.Doc)
	vs := st.Verdict(c.Verdict)
	lines := []string{vs.Badge.Render(vs.Mark+" "+strings.ToUpper(vs.Label)) + m.ownMarks(c.ID)}
	if g, ok := m.story.Group(c); ok && g.Reason != "" {
		lines = append(lines, m.paragraph(g.Reason, 0, st.Dim.Render)...)
	}
	if note := m.marks[c.ID].Note; note != "" {
		lines = blank(lines)
		lines = append(lines, m.paragraph(theme.MarkNote+" "+note, 0, st.Accent.Render)...)
	}
	lines = blank(lines)
	lines = append(lines, wrap.Truncate(m.addIfFits(st.Outlet.Render(d.Outlet), " · this article"), m.width))
	lines = append(lines, m.quote(d, c, m.story.OwnDiffers(c), 2)...)
	lines = blank(lines)

	others := m.story.Others(c)
	if len(others) == 0 {
		lines = append(lines, m.paragraph("No other outlet states this.", 0, st.Dim.Render)...)
	} else {
		lines = append(lines, st.Dim.Render(fmt.Sprintf("Other outlets (%d)", len(others))))
		for i, o := range others {
			mark, label := st.Corroborated.Badge.Render(theme.MarkCorroborated), "agrees"
			if o.Relation == story.Conflicts {
				mark, label = st.Conflicting.Badge.Render(theme.MarkConflicting), "conflicts"
			}
			head := m.pointer(i) + mark + " " + st.Outlet.Render(o.Doc.Outlet)
			head = m.addIfFits(head, " · "+o.Doc.Date+" · "+label, " · "+label)
			body := append([]string{wrap.Truncate(head, m.width)}, m.quote(o.Doc, o.Claim, o.Differs, 4)...)
			lines = m.row(lines, o.Claim.ID, body)
		}
	}
	if silent := m.story.SilentOutlets(c); len(silent) > 0 {
		lines = blank(lines)
		lines = append(lines, m.paragraph(theme.MarkSilent+" silent: "+strings.Join(silent, ", "), 0, st.Dim.Render)...)
	}
	return lines
}

// articleLines lists the article's claims, each a cursor row.
func (m *Model) articleLines(d *story.Doc) []string {
	st := m.styles
	if len(d.Claims) == 0 {
		return m.paragraph("No checkable claims found in this article.", 0, st.Dim.Render)
	}
	lines := []string{wrap.Truncate(st.Dim.Render(story.Plural(len(d.Claims), "claim")+" · ")+badges(st, d.Counts), m.width)}
	lines = blank(lines)
	for i, c := range d.Claims {
		lines = m.row(lines, c.ID, m.summary(i, d, c, ""))
	}
	return lines
}

// entityLines lists the claims about an entity across the outlets.
func (m *Model) entityLines(e *story.Entity) []string {
	st := m.styles
	lines := m.paragraph(fmt.Sprintf("%s · %s · named by %d of %d outlets", e.Name, e.Type, len(e.Docs), len(m.story.Docs)), 0, st.Dim.Render)
	lines = blank(lines)
	if len(e.Claims) == 0 {
		return append(lines, m.paragraph("No claims name it.", 0, st.Dim.Render)...)
	}
	for i, id := range e.Claims {
		c := m.story.Claim(id)
		d := m.story.Doc(c.Doc)
		lines = m.row(lines, id, m.summary(i, d, c, d.Outlet))
	}
	return lines
}

// summary is a two-line row: the verdict mark, an optional outlet, and the
// start of the sentence.
func (m *Model) summary(i int, d *story.Doc, c *story.Claim, outlet string) []string {
	st := m.styles
	vs := st.Verdict(c.Verdict)
	head := m.pointer(i) + vs.Badge.Render(vs.Mark) + " "
	if own := m.ownMarks(c.ID); own != "" {
		head += own[1:] + " "
	}
	text := d.Sentence(c)
	if outlet != "" {
		return []string{
			wrap.Truncate(head+st.Outlet.Render(outlet), m.width),
			"    " + wrap.Truncate(text, m.width-4),
		}
	}
	rs := wrap.Lines(text, max(m.width-4, 1))
	out := []string{wrap.Truncate(head+textOf(text, rs, 0), m.width)}
	if len(rs) > 1 {
		rest := text[rs[1].Start:]
		out = append(out, "    "+st.Dim.Render(wrap.Truncate(rest, m.width-4)))
	}
	return out
}

func textOf(text string, rs []wrap.Range, i int) string {
	if i >= len(rs) {
		return ""
	}
	return text[rs[i].Start:rs[i].End]
}

// quote draws a claim's sentence in quotation marks, wrapped and indented,
// with the values that differ from the other side emphasised.
func (m *Model) quote(d *story.Doc, c *story.Claim, differs []bool, indent int) []string {
	st := m.styles
	base := c.Span.Start
	text := strings.ReplaceAll(d.Text[c.Span.Start:c.Span.End], "\n", " ") // same length: offsets hold
	var marks []story.Span
	for k, v := range c.Values {
		if k < len(differs) && differs[k] {
			marks = append(marks, story.Span{Start: v.Start - base, End: v.End - base})
		}
	}
	value := st.Value.Inherit(st.Verdict(c.Verdict).Badge)
	rs := wrap.Lines(text, max(m.width-indent-2, 1))
	pad := strings.Repeat(" ", indent)
	out := make([]string, 0, len(rs))
	for i, r := range rs {
		line := emphasise(text, r, marks, value)
		if i == 0 {
			line = "“" + line
		} else {
			line = " " + line
		}
		if i == len(rs)-1 {
			line += "”"
		}
		out = append(out, pad+line)
	}
	return out
}

// emphasise renders text[r] with the marked spans in style.
func emphasise(text string, r wrap.Range, marks []story.Span, style lipgloss.Style) string {
	var b strings.Builder
	at := r.Start
	for _, mk := range marks {
		s, e := max(mk.Start, at), min(mk.End, r.End)
		if s >= e {
			continue
		}
		b.WriteString(text[at:s])
		b.WriteString(style.Render(text[s:e]))
		at = e
	}
	if at < r.End {
		b.WriteString(text[at:r.End])
	}
	return b.String()
}

// badges draws verdict counts, e.g. "✗1 ✓2 ○1", leaving out zeros.
func badges(st theme.Styles, c story.Counts) string {
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

// ownMarks is " ★", " ✎" or " ★✎" for a claim the reader marked, else "".
func (m *Model) ownMarks(claimID string) string {
	mk := m.marks[claimID]
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
