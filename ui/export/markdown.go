package export

import (
	"bufio"
	"io"
	"strings"
)

// Section notes say what a verdict means, for readers who never ran parallax.
const (
	conflictNote     = "The outlets state the same fact with values or credits that cannot both be right."
	corroboratedNote = "Two or more outlets state the same fact compatibly."
	singleNote       = "Only one outlet states these; nobody else confirms or contradicts them."
	markedNote       = "The claims the reader starred (★) or wrote a note on (✎)."
	footer           = "Made with parallax, which lines up several outlets' reports of one story and checks them claim by claim."
)

// writeMarkdown writes the report as CommonMark with GitHub tables. Every
// piece of article text is escaped, so it reads as text and never as markup.
func writeMarkdown(w io.Writer, r report) error {
	b := bufio.NewWriter(w)
	p := func(lines ...string) {
		for _, l := range lines {
			b.WriteString(l)
			b.WriteByte('\n')
		}
	}
	p("# "+mdEscape(r.Title), "")
	if len(r.Outlets) > 0 {
		p("**Outlets:** " + mdEscape(strings.Join(r.Outlets, ", ")) + "  ")
	}
	if r.Dates != "" {
		p("**Published:** " + r.Dates + "  ")
	}
	p("**Cross-check:** "+r.counts(), "")
	if len(r.Documents) > 0 {
		p("| Outlet | Published | Headline |", "| --- | --- | --- |")
		for _, d := range r.Documents {
			headline := mdEscape(d.Title)
			if headline == "" {
				headline = "(untitled)"
			}
			if d.URL != "" {
				headline = mdLink(headline, d.URL)
			}
			p("| " + mdEscape(d.Outlet) + " | " + d.Date + " | " + headline + " |")
		}
		p("")
	}

	if len(r.Marked) > 0 {
		p("## Starred and noted ("+itoa(len(r.Marked))+")", "", "_"+markedNote+"_", "")
		for _, c := range r.Marked {
			p("- " + mdClaim(c, true))
		}
		p("")
	}
	if len(r.Conflicts) > 0 {
		p("## Conflicts ("+itoa(len(r.Conflicts))+")", "", "_"+conflictNote+"_", "")
		for i, g := range r.Conflicts {
			p("### "+itoa(i+1)+". "+mdEscape(g.Reason), "")
			mdConflictTable(p, g)
			p("")
		}
	}
	if len(r.Corroborated) > 0 {
		p("## Corroborated ("+itoa(len(r.Corroborated))+")", "", "_"+corroboratedNote+"_", "")
		for i, g := range r.Corroborated {
			p("### "+itoa(i+1)+". "+mdEscape(g.Reason), "")
			for _, c := range g.Sides[0].Claims {
				p("- " + mdClaim(c, true))
			}
			p("")
		}
	}
	if len(r.Single) > 0 {
		p("## Single source ("+itoa(len(r.Single))+")", "", "_"+singleNote+"_", "")
		for _, c := range r.Single {
			p("- " + mdClaim(c, true))
		}
		p("")
	}
	p("---", "", "_"+footer+"_")
	return b.Flush()
}

// mdConflictTable puts a conflict's sides side by side, one column per side,
// headed by the outlets that tell that version.
func mdConflictTable(p func(...string), g groupView) {
	var head, rule strings.Builder
	rows := 0
	for _, s := range g.Sides {
		head.WriteString("| " + mdEscape(s.Outlets) + " ")
		rule.WriteString("| --- ")
		rows = max(rows, len(s.Claims))
	}
	p(head.String()+"|", rule.String()+"|")
	for i := range rows {
		var row strings.Builder
		for _, s := range g.Sides {
			row.WriteString("| ")
			if i < len(s.Claims) {
				row.WriteString(mdClaim(s.Claims[i], s.Mixed))
				row.WriteByte(' ')
			}
		}
		p(row.String() + "|")
	}
}

// mdClaim is one sentence, its figures in bold, with a link to its article;
// withOutlet puts the outlet's name first.
func mdClaim(c claimView, withOutlet bool) string {
	var b strings.Builder
	if c.Starred {
		b.WriteString("★ ")
	}
	if withOutlet {
		b.WriteString("**" + mdEscape(c.Outlet) + ":** ")
	}
	for _, pt := range c.Parts {
		if pt.Strong {
			b.WriteString("**" + mdEscape(pt.Text) + "**")
		} else {
			b.WriteString(mdEscape(pt.Text))
		}
	}
	if c.URL != "" {
		b.WriteString(" (" + mdLink("original", c.URL) + ")")
	}
	if c.Note != "" {
		b.WriteString(" — ✎ _" + mdEscape(c.Note) + "_")
	}
	return b.String()
}

// mdLink is a Markdown link. The destination goes in angle brackets, so
// parentheses and spaces in it are harmless; the characters that could end it
// early are percent-encoded.
func mdLink(text, url string) string {
	return "[" + text + "](<" + mdURL.Replace(url) + ">)"
}

// mdURL encodes what may not appear inside an angle-bracketed destination.
var mdURL = strings.NewReplacer("<", "%3C", ">", "%3E", " ", "%20", "\\", "%5C", "\n", "", "\r", "")

// mdEscape backslash-escapes the characters that could make text into markup
// inline or break a table row: emphasis, code, links, HTML, pipes, and the
// dollar signs GitHub reads as maths, and # (a heading's closing marks). An ampersand is left alone: an entity
// it might start decodes to a character, never to markup. Text is one line already, so the
// markers that matter only at the start of a line never reach one.
func mdEscape(s string) string {
	return mdEscaper.Replace(s)
}

var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", `*`, `\*`, `_`, `\_`, `[`, `\[`, `]`, `\]`,
	`<`, `\<`, `>`, `\>`, `|`, `\|`, `~`, `\~`, `$`, `\$`, `#`, `\#`,
)
