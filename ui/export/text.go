package export

import (
	"net/url"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"parallax/model"
	"parallax/model/quantity"
	"parallax/ui/internal/sanitize"
)

// part is a run of a claim's sentence, emphasised (Strong) when it is the
// figure the claim states.
type part struct {
	Text   string
	Strong bool
}

// sentence splits a claim's text into parts around its own figure (all its
// figures, for an analysis that names none), each part cleaned to one line.
// Figures whose offsets do not fall inside the claim on character boundaries
// are left plain: the analysis may come from anywhere.
func sentence(c model.Claim) []part {
	text := c.Text
	type span struct{ start, end int }
	var spans []span
	qs := c.Quantities
	if f, ok := c.FigureOf(); ok {
		qs = []quantity.Quantity{f}
	} else if c.Figure < 0 && len(qs) > 0 {
		qs = nil // a quote or statement: its figures are not what it claims
	}
	for _, q := range qs {
		s, e := q.Start-c.Start, q.End-c.Start
		if s < 0 || e > len(text) || s >= e || !boundary(text, s) || !boundary(text, e) {
			continue
		}
		spans = append(spans, span{s, e})
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].start < spans[j].start })
	var parts []part
	at := 0
	for _, sp := range spans {
		if sp.start < at { // overlaps the previous figure
			continue
		}
		if sp.start > at {
			parts = append(parts, part{Text: text[at:sp.start]})
		}
		parts = append(parts, part{Text: text[sp.start:sp.end], Strong: true})
		at = sp.end
	}
	if at < len(text) {
		parts = append(parts, part{Text: text[at:]})
	}
	return cleanParts(parts)
}

// boundary reports whether offset i of s starts a character (or ends s).
func boundary(s string, i int) bool {
	return i == len(s) || utf8.RuneStart(s[i])
}

// cleanParts folds each part's control characters and white space into single
// spaces, trims the ends of the whole, and drops parts left empty.
func cleanParts(parts []part) []part {
	for i := range parts {
		parts[i].Text = fold(parts[i].Text)
	}
	if n := len(parts); n > 0 {
		parts[0].Text = strings.TrimLeft(parts[0].Text, " ")
		parts[n-1].Text = strings.TrimRight(parts[n-1].Text, " ")
	}
	out := parts[:0]
	for _, p := range parts {
		if p.Text != "" {
			out = append(out, p)
		}
	}
	return out
}

// fold makes untrusted text one line: escape sequences and control characters
// go, and every run of white space becomes one space. Unlike sanitize.Line it
// keeps a leading or trailing space, so the parts of a sentence join up.
func fold(s string) string {
	s = sanitize.Text(s).Text
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) || unicode.IsControl(r) {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	if space {
		b.WriteByte(' ')
	}
	return b.String()
}

// line cleans a one-line field: a title, an outlet, a reason.
func line(s string) string {
	return strings.TrimSpace(fold(s))
}

// webLink returns s as a link target when it is an absolute http(s) URL, and
// "" otherwise: a report must not link to javascript: or file: addresses
// that arrived in an article's metadata.
func webLink(s string) string {
	s = strings.TrimSpace(s)
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}
