// Package model holds parallax's domain types and the cross-check engine.
//
// It is pure Go: no file, network or terminal I/O, and no Bubble Tea. The data
// package turns the outside world into Documents; Analyze turns Documents into
// an Analysis; the ui package draws an Analysis.
package model

import (
	"encoding/json"
	"time"
	"unicode"
)

// OutletSource says where a document's outlet name came from.
type OutletSource string

// Where an outlet name can come from, most trustworthy first.
const (
	OutletFromMetadata OutletSource = "metadata"
	OutletFromText     OutletSource = "text"
	OutletFromFilename OutletSource = "filename"
)

// Document is one outlet's article as loaded. Text is normalised once on load
// (NFC, LF line ends) and every offset the engine reports is a byte offset into it.
type Document struct {
	ID           string       // file name without extension, unique within a corpus
	Path         string       // where it was read from
	Outlet       string       // the publication, e.g. "Reuters"
	OutletSource OutletSource // how Outlet was found
	Title        string
	Published    time.Time // zero when unknown
	URL          string
	Author       string
	Text         string // the article body, title line included when it came from the body
	Story        string // ID of the story Analyze put it in
	CopyOf       string // ID of the document this one copies (wire copy), "" when independent
	Note         string // what reading it had to leave out, in plain words; "" when nothing
}

// Words counts the words of the document's text: its runs of anything but
// white space, counted without splitting it.
func (d Document) Words() int {
	n, in := 0, false
	for _, r := range d.Text {
		switch {
		case unicode.IsSpace(r):
			in = false
		case !in:
			n, in = n+1, true
		}
	}
	return n
}

// documentJSON is the wire shape of a Document (version 1 of the JSON output).
type documentJSON struct {
	ID           string       `json:"id"`
	Path         string       `json:"path"`
	Outlet       string       `json:"outlet"`
	OutletSource OutletSource `json:"outlet_source"`
	Title        string       `json:"title"`
	Published    *string      `json:"published"`
	URL          string       `json:"url,omitempty"`
	Author       string       `json:"author,omitempty"`
	Words        int          `json:"words"`
	Story        string       `json:"story,omitempty"`
	CopyOf       string       `json:"copy_of,omitempty"`
	Note         string       `json:"note,omitempty"`
}

// MarshalJSON writes the document's metadata; the text itself is left out.
func (d Document) MarshalJSON() ([]byte, error) {
	out := documentJSON{
		ID: d.ID, Path: d.Path, Outlet: d.Outlet, OutletSource: d.OutletSource,
		Title: d.Title, URL: d.URL, Author: d.Author, Words: d.Words(), Story: d.Story, CopyOf: d.CopyOf, Note: d.Note,
	}
	if !d.Published.IsZero() {
		s := d.Published.Format("2006-01-02")
		out.Published = &s
	}
	return json.Marshal(out)
}
