package fetch

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/net/html/charset"
)

// maxOPMLFeeds is how many feeds one OPML file may list; a file with more
// is cut there rather than fetching without end.
const maxOPMLFeeds = 2000

// ParseOPML returns the feed addresses (xmlUrl) of every outline in an OPML
// file, nested ones included, in document order and without repeats. A file
// whose root element is not <opml> is ErrNotOPML.
func ParseOPML(raw []byte) ([]string, error) {
	dec := xml.NewDecoder(bytes.NewReader(raw))
	dec.Strict = false
	dec.CharsetReader = charset.NewReaderLabel
	var (
		feeds  []string
		seen   = map[string]bool{}
		inRoot bool
	)
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			if !inRoot {
				return nil, ErrNotOPML
			}
			return feeds, fmt.Errorf("malformed OPML: %w", err)
		}
		start, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		if !inRoot {
			if !strings.EqualFold(start.Name.Local, "opml") {
				return nil, ErrNotOPML
			}
			inRoot = true
			continue
		}
		if !strings.EqualFold(start.Name.Local, "outline") {
			continue
		}
		u := strings.TrimSpace(attrFold(start.Attr, "xmlUrl"))
		if u == "" || seen[u] {
			continue
		}
		seen[u] = true
		feeds = append(feeds, u)
		if len(feeds) == maxOPMLFeeds {
			break
		}
	}
	if !inRoot {
		return nil, ErrNotOPML
	}
	return feeds, nil
}

// attrFold finds an attribute by name whatever its case: exporters write
// xmlUrl, xmlURL and xmlurl.
func attrFold(attrs []xml.Attr, name string) string {
	for _, a := range attrs {
		if strings.EqualFold(a.Name.Local, name) {
			return a.Value
		}
	}
	return ""
}

// looksOPML reports a body whose first element is <opml>, cheaply, before
// any full parse.
func looksOPML(raw []byte) bool {
	dec := xml.NewDecoder(bytes.NewReader(raw[:min(len(raw), 4096)]))
	dec.Strict = false
	dec.CharsetReader = charset.NewReaderLabel
	for {
		tok, err := dec.Token()
		if err != nil {
			return false
		}
		if start, ok := tok.(xml.StartElement); ok {
			return strings.EqualFold(start.Name.Local, "opml")
		}
	}
}
