package fetch

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"parallax/data"
)

// blockTags end a paragraph in feed content: feeds carry the article's own
// markup, without the page's furniture, so a walk over the fragment gives the
// text without readability's guesswork.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.Li: true, atom.Ul: true, atom.Ol: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Blockquote: true, atom.Pre: true, atom.Section: true, atom.Article: true, atom.Header: true,
	atom.Footer: true, atom.Table: true, atom.Tr: true, atom.Hr: true, atom.Dd: true, atom.Dt: true,
	atom.Figure: true, atom.Aside: true,
}

// skipTags hold no article text: code, media, and captions under pictures.
var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Iframe: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Object: true, atom.Video: true, atom.Audio: true,
	atom.Figcaption: true, atom.Button: true, atom.Form: true, atom.Select: true, atom.Textarea: true,
}

// fragmentText turns feed content into article text: paragraphs separated by
// one blank line, entities decoded, markup gone, normalised like every file.
// Content without markup is read as plain text, one paragraph per line.
func fragmentText(s string) string {
	if !hasMarkup(s) {
		return paragraphs(data.Normalize([]byte(html.UnescapeString(s))))
	}
	z := html.NewTokenizer(strings.NewReader(s))
	var b strings.Builder
	skipDepth := 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return paragraphs(data.Normalize([]byte(b.String())))
		case html.TextToken:
			if skipDepth == 0 {
				b.WriteString(collapseSpace(string(z.Text())))
			}
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if skipTags[a] {
				switch {
				case tt == html.StartTagToken:
					skipDepth++
				case tt == html.EndTagToken && skipDepth > 0:
					skipDepth--
				}
				continue
			}
			if blockTags[a] {
				b.WriteByte('\n')
			}
		}
	}
}

// collapseSpace turns every run of white space into one space, keeping one
// at either end so inline tags do not glue words together.
func collapseSpace(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
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

// hasMarkup reports a tag: "<" followed by a letter, "/" or "!". Entities
// alone do not count; plain text is unescaped anyway.
func hasMarkup(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		c := s[i+1]
		if s[i] == '<' && (c == '/' || c == '!' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return true
		}
	}
	return false
}

// paragraphs puts every non-empty line in its own paragraph, with inner
// runs of space collapsed, separated by one blank line.
func paragraphs(s string) string {
	var out []string
	for line := range strings.Lines(s) {
		if line = strings.Join(strings.Fields(line), " "); line != "" {
			out = append(out, line)
		}
	}
	return strings.Join(out, "\n\n")
}

// oneLine cleans a metadata value (a title, a feed name) to one line of
// single spaces.
func oneLine(s string) string {
	return strings.Join(strings.Fields(data.Normalize([]byte(html.UnescapeString(s)))), " ")
}

// wordCount counts the words of s.
func wordCount(s string) int { return len(strings.Fields(s)) }
