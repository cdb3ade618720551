package data

import (
	pathpkg "path"
	"path/filepath"
	"strings"
	"time"

	"parallax/model"
)

// fields are the metadata one source of evidence offers about an article.
type fields struct {
	Title, Outlet, Author, URL string
	Published                  time.Time
}

// article is a parsed file before its metadata is settled: what the file says
// about itself (front matter, HTML meta tags), what its text suggests, and the
// normalised body.
type article struct {
	own   fields // front matter or HTML metadata: the file's own word
	guess fields // read from the text: first line, credits, datelines, bylines
	text  string
}

// document settles an article's metadata, most trustworthy first: the file's
// own metadata, then the story folder's meta.json (side, may be nil), then
// what the text says, and for the outlet finally the file name.
func (a article) document(path, id string, side *fields) model.Document {
	if side == nil {
		side = &fields{}
	}
	doc := model.Document{
		ID:        id,
		Path:      path,
		Title:     firstOf(a.own.Title, side.Title, a.guess.Title),
		URL:       firstOf(a.own.URL, side.URL, a.guess.URL),
		Author:    firstOf(a.own.Author, side.Author, a.guess.Author),
		Published: firstTime(a.own.Published, side.Published, a.guess.Published),
		Text:      a.text,
	}
	switch {
	case a.own.Outlet != "":
		doc.Outlet, doc.OutletSource = a.own.Outlet, model.OutletFromMetadata
	case side.Outlet != "":
		doc.Outlet, doc.OutletSource = side.Outlet, model.OutletFromMetadata
	case a.guess.Outlet != "":
		doc.Outlet, doc.OutletSource = a.guess.Outlet, model.OutletFromText
	default:
		doc.Outlet, doc.OutletSource = cleanLine(outletFromFileName(id)), model.OutletFromFilename
	}
	return doc
}

func firstOf(values ...string) string {
	for _, v := range values {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

func firstTime(values ...time.Time) time.Time {
	for _, v := range values {
		if !v.IsZero() {
			return v
		}
	}
	return time.Time{}
}

// baseID is a document's ID before de-duplication: the file name without
// its extension ("reuters.txt" → "reuters"), as valid NFC text on one line,
// since a file name may hold any bytes but the ID is shown and compared.
func baseID(path string) string {
	name := pathpkg.Base(filepath.ToSlash(path))
	if ext := pathpkg.Ext(name); ext != "" && ext != name {
		name = strings.TrimSuffix(name, ext)
	}
	name = cleanLine(normalizeString(name))
	if name == "" || name == "." || name == "/" {
		return "document"
	}
	return name
}

// cleanLine collapses a metadata value to one line of single spaces, so a
// title or outlet can never break the one-line layouts that show it.
func cleanLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// metaFields turns string metadata into fields, parsing the date and
// dropping a date it cannot read rather than guessing.
func metaFields(title, outlet, published, url, author string) fields {
	f := fields{
		Title:  cleanLine(normalizeString(title)),
		Outlet: cleanLine(normalizeString(outlet)),
		URL:    cleanLine(normalizeString(url)),
		Author: cleanLine(normalizeString(author)),
	}
	if t, ok := parseDate(normalizeString(published)); ok {
		f.Published = t
	}
	return f
}
