package data

import (
	"errors"
	"fmt"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"

	"parallax/model"
)

// errNoReadable is a page where readability found no article body.
var errNoReadable = fmt.Errorf("%w in the page's article text", ErrNoWords)

// ParseHTML reads a saved web page: the article text as readability extracts
// it (paragraphs separated by blank lines, no markup or scripts), the title,
// the site name as outlet, the byline and the publication time. path gives
// the ID, Path and, when nothing better is found, the outlet.
func ParseHTML(path string, raw []byte) (model.Document, error) {
	a, err := parseHTML(raw)
	if err != nil {
		return model.Document{}, err
	}
	return a.document(path, baseID(path), nil), nil
}

// parseHTML decodes the page by its declared charset, normalises it like any
// text, then lets readability find the article. A panic inside the parser is
// turned into an error: one odd page must not take the whole load down.
func parseHTML(raw []byte) (a article, err error) {
	if strings.TrimSpace(string(raw)) == "" {
		return article{}, ErrEmpty
	}
	doc, err := html.Parse(strings.NewReader(decodeHTML(raw)))
	if err != nil {
		return article{}, fmt.Errorf("unreadable HTML: %w", err)
	}
	head := headMeta(doc)
	defer func() {
		if r := recover(); r != nil {
			a, err = article{}, errors.New("HTML parser failed on this page")
		}
	}()
	parser := readability.NewParser()
	parsed, err := parser.ParseAndMutate(doc, nil)
	if err != nil {
		return article{}, fmt.Errorf("unreadable HTML: %w", err)
	}
	if parsed.Node == nil {
		return article{}, errNoReadable
	}
	text := paragraphs(normalizeString(render.InnerText(parsed.Node)))
	if !hasWords(text) {
		return article{}, errNoReadable
	}
	a = article{own: metaFields(parsed.Title(), parsed.SiteName(), "", head.url, trimBy(parsed.Byline()))}
	a.text = dropBylineParagraph(text, a.own.Author)
	if t, err := parsed.PublishedTime(); err == nil && plausibleYear(t) {
		a.own.Published = t
	} else if t, ok := parseDate(head.published); ok {
		a.own.Published = t
	}
	a.guess = guessFields(text, false)
	return a, nil
}

// decodeHTML turns the page into UTF-8 by its byte-order mark or <meta
// charset>; undeclared pages that are not valid UTF-8 are read as
// Windows-1252, as browsers do.
func decodeHTML(raw []byte) string {
	enc, name, _ := charset.DetermineEncoding(raw, "text/html")
	if name == "utf-8" || enc == nil {
		return string(raw)
	}
	out, err := enc.NewDecoder().Bytes(raw)
	if err != nil {
		return string(raw)
	}
	return string(out)
}

// paragraphs puts every non-empty line of extracted text in its own
// paragraph, separated by one blank line, with surrounding space trimmed.
func paragraphs(s string) string {
	var out []string
	for line := range strings.Lines(s) {
		if line = strings.TrimSpace(line); line != "" {
			out = append(out, line)
		}
	}
	return strings.Join(out, "\n\n")
}

// dropBylineParagraph removes a first paragraph that only repeats the byline
// the page's metadata already gave ("By Jane Doe"): it is no part of the story.
func dropBylineParagraph(text, author string) string {
	first, rest, found := strings.Cut(text, "\n\n")
	if !found || author == "" || !strings.EqualFold(cleanLine(trimBy(first)), author) {
		return text
	}
	return rest
}

// trimBy drops the "By " readability leaves at the front of some bylines.
func trimBy(s string) string {
	s = strings.TrimSpace(s)
	if len(s) > 3 && strings.EqualFold(s[:3], "by ") {
		return s[3:]
	}
	return s
}

// pageHead is the metadata readability does not report.
type pageHead struct {
	url       string // canonical link or og:url
	published string // a date meta tag readability does not look at
}

// headDateNames are meta names and itemprops that hold a publication date.
var headDateNames = map[string]bool{
	"date": true, "pubdate": true, "publishdate": true, "publish-date": true, "publish_date": true,
	"article.published": true, "sailthru.date": true, "dc.date": true, "dc.date.issued": true,
	"datepublished": true, "og:published_time": true,
}

// headMeta walks the document for its canonical URL and a fallback date.
func headMeta(doc *html.Node) pageHead {
	var h pageHead
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "link":
				if strings.EqualFold(attr(n, "rel"), "canonical") && h.url == "" {
					h.url = attr(n, "href")
				}
			case "meta":
				key := strings.ToLower(firstOf(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
				switch {
				case key == "og:url" && h.url == "":
					h.url = attr(n, "content")
				case headDateNames[key] && h.published == "":
					h.published = attr(n, "content")
				}
			case "time":
				if h.published == "" && strings.Contains(strings.ToLower(attr(n, "itemprop")+attr(n, "class")), "publish") {
					h.published = attr(n, "datetime")
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if !strings.HasPrefix(h.url, "http://") && !strings.HasPrefix(h.url, "https://") {
		h.url = ""
	}
	return h
}

// attr returns an element's attribute value, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}
