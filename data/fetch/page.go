package fetch

import (
	"errors"
	"mime"
	"net/http"
	"strings"

	"github.com/mmcdole/gofeed"

	"parallax/data"
	"parallax/model"
)

// bodyKind is what a response or a file turned out to hold.
type bodyKind int

const (
	kindUnknown bodyKind = iota
	kindFeed
	kindOPML
	kindHTML
	kindText
)

// sniff decides what a body is, trusting the bytes over the Content-Type:
// servers label feeds text/xml, text/html and text/plain alike. A feed or
// OPML outline shows by its root element; a page by its header or its start.
// For a feed it returns the parsed feed, or why it could not be read.
func sniff(contentType string, body []byte) (bodyKind, *gofeed.Feed, error) {
	if looksOPML(body) {
		return kindOPML, nil, nil
	}
	if f, err := parseFeed(body); !errors.Is(err, errNotFeed) {
		return kindFeed, f, err
	}
	media, _, _ := mime.ParseMediaType(contentType)
	detected := http.DetectContentType(body)
	switch {
	case media == "text/html" || media == "application/xhtml+xml" || strings.HasPrefix(detected, "text/html"):
		return kindHTML, nil, nil
	case (media == "text/plain" || media == "") && strings.HasPrefix(detected, "text/plain"):
		return kindText, nil, nil
	}
	return kindUnknown, nil, nil
}

// pageDocument extracts the article of a fetched page with data's own
// readers, then names it by its address: ID from the URL, Path the URL as
// asked for, URL the page's canonical address or where redirects ended, and
// the host as outlet when neither the page's metadata nor its text names one.
func pageDocument(p Page, kind bodyKind) (model.Document, error) {
	var (
		doc model.Document
		err error
	)
	switch kind {
	case kindHTML:
		doc, err = data.ParseHTML(p.URL, p.Body)
	case kindText:
		doc, err = data.ParseText(p.URL, p.Body)
	default:
		return model.Document{}, ErrNotArticle
	}
	if err != nil {
		return model.Document{}, err
	}
	doc.ID, doc.Path = urlID(p.URL), p.URL
	if doc.URL == "" || !isWebAddress(doc.URL) {
		doc.URL = firstNonEmpty(p.FinalURL, p.URL)
	}
	if doc.OutletSource == model.OutletFromFilename || doc.Outlet == "" {
		doc.Outlet, doc.OutletSource = hostName(firstNonEmpty(p.FinalURL, p.URL)), model.OutletFromFilename
	}
	return doc, nil
}
