package data

import (
	"strconv"
	"strings"
)

// frontMatter is the metadata block at the top of a text or Markdown file.
// Keys are lower-cased; values are unquoted. Only the fields the loader
// uses are kept; anything else in the block is ignored.
type frontMatter struct {
	Title, Outlet, Published, URL, Author string
}

// frontMatterKeys maps the key spellings people use to a field.
var frontMatterKeys = map[string]string{
	"title": "title", "headline": "title",
	"outlet": "outlet", "source": "outlet", "publication": "outlet", "publisher": "outlet", "site": "outlet",
	"published": "published", "date": "published", "pubdate": "published", "published_at": "published",
	"url": "url", "link": "url", "canonical": "url",
	"author": "author", "authors": "author", "byline": "author", "by": "author",
}

// maxFrontMatterLines bounds the search for the closing fence, so a file
// that merely opens with a horizontal rule is not scanned to its end.
const maxFrontMatterLines = 60

// splitFrontMatter separates a leading "---" block from the body. ok is false
// (and body is s) when there is no well-formed block: the opening fence must be
// the very first line, a closing "---" or "..." must follow, and every line in
// between must be blank, a # comment or a key: value pair. The last rule keeps
// a Markdown file that starts with a horizontal rule from losing its text.
func splitFrontMatter(s string) (fm frontMatter, body string, ok bool) {
	first, rest, found := strings.Cut(s, "\n")
	if !found || strings.TrimRight(first, " \t") != "---" {
		return fm, s, false
	}
	pairs := 0
	for n := 0; n < maxFrontMatterLines; n++ {
		line, after, more := strings.Cut(rest, "\n")
		trimmed := strings.TrimSpace(line)
		if trimmed == "---" || trimmed == "..." {
			if pairs == 0 {
				return frontMatter{}, s, false
			}
			return fm, after, true
		}
		switch key, value, isPair := keyValue(line); {
		case trimmed == "" || strings.HasPrefix(trimmed, "#"):
		case isPair:
			pairs++
			fm.set(key, value)
		case (line[0] == ' ' || line[0] == '\t') && pairs > 0:
			// An indented continuation or list item of the previous key.
		default:
			return frontMatter{}, s, false
		}
		if !more {
			break
		}
		rest = after
	}
	return frontMatter{}, s, false
}

// keyValue splits "key: value" where key is a plain identifier.
func keyValue(line string) (key, value string, ok bool) {
	k, v, found := strings.Cut(line, ":")
	if !found {
		return "", "", false
	}
	k = strings.TrimSpace(k)
	if k == "" || len(k) > 40 {
		return "", "", false
	}
	for _, r := range k {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '-' || r == '.') {
			return "", "", false
		}
	}
	return strings.ToLower(k), unquote(strings.TrimSpace(v)), true
}

// set files a value under its field; the first spelling seen wins.
func (fm *frontMatter) set(key, value string) {
	if value == "" {
		return
	}
	var field *string
	switch frontMatterKeys[key] {
	case "title":
		field = &fm.Title
	case "outlet":
		field = &fm.Outlet
	case "published":
		field = &fm.Published
	case "url":
		field = &fm.URL
	case "author":
		field = &fm.Author
	default:
		return
	}
	if *field == "" {
		*field = value
	}
}

// unquote strips matching quotes from a value and
// turns a flow list ("[A, B]") into "A, B".
func unquote(v string) string {
	switch {
	case len(v) >= 2 && v[0] == '"' && v[len(v)-1] == '"':
		if u, err := strconv.Unquote(v); err == nil {
			return strings.TrimSpace(u)
		}
		return strings.TrimSpace(v[1 : len(v)-1])
	case len(v) >= 2 && v[0] == '\'' && v[len(v)-1] == '\'':
		return strings.TrimSpace(strings.ReplaceAll(v[1:len(v)-1], "''", "'"))
	case len(v) >= 2 && v[0] == '[' && v[len(v)-1] == ']':
		items := strings.Split(v[1:len(v)-1], ",")
		out := items[:0]
		for _, it := range items {
			if it = unquote(strings.TrimSpace(it)); it != "" {
				out = append(out, it)
			}
		}
		return strings.Join(out, ", ")
	}
	return v
}
