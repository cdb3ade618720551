package data

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"parallax/model"
)

// ParseText reads a plain-text or Markdown article from its bytes. Markdown
// is recognised by path's extension (.md, .markdown) and only changes how a
// heading used as the title is read; the text is kept as written. path gives
// the ID, Path and, when nothing better is found, the outlet.
func ParseText(path string, raw []byte) (model.Document, error) {
	a, err := parseText(raw, isMarkdown(path))
	if err != nil {
		return model.Document{}, err
	}
	return a.document(path, baseID(path), nil), nil
}

// parseText splits off front matter and reads the rest as the article body.
func parseText(raw []byte, markdown bool) (article, error) {
	s := Normalize(raw)
	if strings.TrimSpace(s) == "" {
		return article{}, ErrEmpty
	}
	fm, body, hasFM := splitFrontMatter(s)
	body = trimBlankLines(body)
	if !hasWords(body) {
		if hasFM {
			return article{}, fmt.Errorf("%w after front matter", ErrNoWords)
		}
		return article{}, fmt.Errorf("%w in file", ErrNoWords)
	}
	a := article{
		own:  metaFields(fm.Title, fm.Outlet, fm.Published, fm.URL, fm.Author),
		text: body,
	}
	a.guess = guessFields(body, markdown)
	return a, nil
}

// guessFields reads what the body says about itself.
func guessFields(body string, markdown bool) fields {
	f := fields{Title: titleFromBody(body, markdown), Author: authorFromText(body)}
	f.Outlet, _ = outletFromText(body)
	f.Published = datelineFromText(body)
	return f
}

// boilerplateLines are page furniture that text copied from a browser often
// starts with; they are never a title.
var boilerplateLines = map[string]bool{
	"skip to main content": true, "skip to content": true, "skip to navigation": true,
	"advertisement": true, "menu": true, "sections": true, "search": true, "home": true,
}

// maxTitleRunes caps a title taken from the body, which may be a paragraph.
const maxTitleRunes = 300

// titleFromBody picks the title line of a body without front matter: the
// first non-empty line, passing over page furniture and a short section
// label ("Business") that sits above a headline-shaped line.
func titleFromBody(body string, markdown bool) string {
	lines := nonEmptyLines(body, 6)
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		if boilerplateLines[strings.ToLower(strings.TrimRight(line, ".:"))] && i+1 < len(lines) {
			continue
		}
		if i+1 < len(lines) && isKicker(line) && isHeadline(lines[i+1]) {
			continue
		}
		if markdown {
			line = strings.TrimSpace(strings.TrimRight(strings.TrimLeft(line, "#"), "#"))
		}
		return capRunes(cleanLine(line), maxTitleRunes)
	}
	return ""
}

// isKicker reports a section label: two words at most and no sentence end.
func isKicker(line string) bool {
	return len(strings.Fields(line)) <= 2 && !strings.ContainsAny(line[len(line)-1:], ".!?:") &&
		!strings.HasPrefix(line, "#")
}

// isHeadline reports a line shaped like a headline rather than a paragraph:
// four to twenty-five words, no full stop inside or at the end.
func isHeadline(line string) bool {
	n := len(strings.Fields(line))
	return n >= 4 && n <= 25 && !strings.HasSuffix(line, ".") && !strings.Contains(line, ". ")
}

// datelineFromText returns a date that stands alone on one of the first lines
// ("Tuesday, Jan 18, 2022 - 11:10 PM"); dates inside sentences are ignored.
func datelineFromText(body string) time.Time {
	for _, line := range nonEmptyLines(body, headLines) {
		if d, ok := parseDate(line); ok {
			return d
		}
	}
	return time.Time{}
}

// nonEmptyLines returns up to n trimmed non-empty lines from the top.
func nonEmptyLines(s string, n int) []string {
	head, _ := edgeLines(s, n, 0)
	return head
}

// capRunes shortens s to at most n runes, marking the cut with an ellipsis.
func capRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// isMarkdown reports a Markdown file by its extension.
func isMarkdown(path string) bool {
	switch strings.ToLower(extOf(path)) {
	case ".md", ".markdown", ".mdown", ".mkd":
		return true
	}
	return false
}
