package data

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"parallax/model"
)

// The article fields a dataset record is read into.
const (
	FieldID     = "id"
	FieldTitle  = "title"
	FieldText   = "text"
	FieldOutlet = "outlet"
	FieldDate   = "date"
	FieldURL    = "url"
	FieldAuthor = "author"
)

// fieldNames lists the article fields in the order messages name them.
var fieldNames = []string{FieldID, FieldTitle, FieldText, FieldOutlet, FieldDate, FieldURL, FieldAuthor}

// defaultFieldNames are the record keys tried for each field, in order, when
// --fields does not name one. Keys match without regard to case, so "ID"
// (AllSides) and "uuid" (BASIL) are both ids and "authors" is an author.
var defaultFieldNames = map[string][]string{
	FieldID:     {"id", "uuid", "_id"},
	FieldTitle:  {"title", "headline"},
	FieldText:   {"text", "body", "content", "article"},
	FieldOutlet: {"outlet", "source", "publication", "publisher", "site"},
	FieldDate:   {"date", "published", "published_at", "pubdate", "publish_date"},
	FieldURL:    {"url", "link"},
	FieldAuthor: {"author", "authors", "byline"},
}

// FieldMap names, for some article fields, the record key a dataset uses for
// it instead of the defaults: FieldMap{"text": "content_original"}. A nil map
// uses the defaults for every field.
type FieldMap map[string]string

// ParseFieldMap reads a --fields value: comma-separated field=key pairs, such
// as "text=content_original,outlet=source". Fields are id, title, text,
// outlet, date, url and author.
func ParseFieldMap(spec string) (FieldMap, error) {
	out := FieldMap{}
	for pair := range strings.SplitSeq(spec, ",") {
		pair = strings.TrimSpace(pair)
		if pair == "" {
			continue
		}
		field, key, ok := strings.Cut(pair, "=")
		field, key = strings.ToLower(strings.TrimSpace(field)), strings.TrimSpace(key)
		switch {
		case !ok || key == "" || field == "":
			return nil, fmt.Errorf("--fields: %q is not field=name", pair)
		case defaultFieldNames[field] == nil:
			return nil, fmt.Errorf("--fields: unknown field %q (want %s)", field, strings.Join(fieldNames, ", "))
		case out[field] != "":
			return nil, fmt.Errorf("--fields: %s given twice", field)
		}
		out[field] = key
	}
	return out, nil
}

// keysFor returns the record keys to try for a field, lower-cased.
func (m FieldMap) keysFor(field string) []string {
	if k := m[field]; k != "" {
		return []string{strings.ToLower(k)}
	}
	return defaultFieldNames[field]
}

// Reasons a dataset record is skipped; they follow "line N: ".
var (
	errNotJSON        = errors.New("not JSON")
	errNotObject      = errors.New("not a JSON object")
	errNoText         = errors.New("no text")
	errRecordTooLarge = errors.New("record too large")
	errFieldCount     = errors.New("wrong number of fields")
	errCSV            = errors.New("malformed CSV")
)

// RecordError is a dataset record that was skipped: the line it starts on
// and why. Unwrap gives the reason.
type RecordError struct {
	Line int
	Err  error
}

// Error reads "line 12: no text (looked for text, body, content, article)".
func (e *RecordError) Error() string {
	return "line " + strconv.Itoa(e.Line) + ": " + oneLine(e.Err.Error())
}

// Unwrap gives the reason.
func (e *RecordError) Unwrap() error { return e.Err }

// record is one dataset row: the value under a lower-cased key.
type record interface {
	value(key string) (string, bool)
}

// field returns a record's value for an article field, trying its keys in order.
func field(r record, m FieldMap, name string) string {
	for _, k := range m.keysFor(name) {
		if v, ok := r.value(k); ok && strings.TrimSpace(v) != "" {
			return v
		}
	}
	return ""
}

// recordDocument turns one record into a document. file is the dataset's
// path and num the record's number in it (from 1): a record without an id
// is "FILE-NUM", and its Path is "FILE#ID" so that every record has its own
// key in the store. The outlet, title, author and date come from the record,
// then from what its text says; the outlet last from the file name.
func recordDocument(file string, num int, r record, m FieldMap) (model.Document, error) {
	raw := field(r, m, FieldText)
	if strings.TrimSpace(raw) == "" {
		return model.Document{}, fmt.Errorf("%w (looked for %s)", errNoText, strings.Join(m.keysFor(FieldText), ", "))
	}
	var a article
	var err error
	if looksHTML([]byte(raw)) {
		a, err = parseHTML([]byte(raw))
	} else {
		a, err = recordText(raw)
	}
	if err != nil {
		return model.Document{}, err
	}
	own := metaFields(field(r, m, FieldTitle), field(r, m, FieldOutlet), field(r, m, FieldDate),
		field(r, m, FieldURL), field(r, m, FieldAuthor))
	a.own = fields{
		Title: firstOf(own.Title, a.own.Title), Outlet: firstOf(own.Outlet, a.own.Outlet),
		URL: firstOf(own.URL, a.own.URL), Author: firstOf(own.Author, a.own.Author),
		Published: firstTime(own.Published, a.own.Published),
	}
	a.guess = guessMissing(a.own, a.text)
	id := capRunes(cleanLine(normalizeString(field(r, m, FieldID))), 200)
	if id == "" {
		id = datasetBase(file) + "-" + strconv.Itoa(num)
	}
	doc := a.document(file+"#"+id, id, nil)
	if doc.OutletSource == model.OutletFromFilename {
		doc.Outlet = cleanLine(outletFromFileName(datasetBase(file)))
	}
	return doc, nil
}

// datasetBase is a dataset's file name without its extensions:
// "news.jsonl.gz" → "news".
func datasetBase(file string) string {
	if strings.HasSuffix(strings.ToLower(file), ".gz") {
		file = file[:len(file)-len(".gz")]
	}
	return baseID(file)
}

// guessMissing reads from the text only the fields the record lacks, as
// guessFields would: datasets usually carry most of them, and each guess
// costs a look through the text.
func guessMissing(own fields, text string) fields {
	var g fields
	if own.Title == "" {
		g.Title = titleFromBody(text, false)
	}
	if own.Author == "" {
		g.Author = authorFromText(text)
	}
	if own.Outlet == "" {
		g.Outlet, _ = outletFromText(text)
	}
	if own.Published.IsZero() {
		g.Published = datelineFromText(text)
	}
	return g
}

// recordText normalises a record's text as a file's would be, without front
// matter: a record's metadata is in its other fields.
func recordText(raw string) (article, error) {
	body := raw
	if !isNormal(raw) {
		body = normalizeString(raw)
	}
	body = trimBlankLines(body)
	if !hasWords(body) {
		return article{}, fmt.Errorf("%w in text", ErrNoWords)
	}
	return article{text: body}, nil
}

// isNormal reports text that normalizeString would leave as it is: valid
// UTF-8 in NFC without a byte-order mark, carriage return or control
// character but newline and tab. Most dataset text is, and checking is
// cheaper than rebuilding it.
func isNormal(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\n' && c != '\t' || c == 0x7F {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || r == '\uFEFF' || isControl(r) {
			return false
		}
		i += size
	}
	return norm.NFC.IsNormalString(s)
}
