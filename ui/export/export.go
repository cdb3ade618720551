// Package export writes a story's cross-check as a report to share: Markdown
// for a chat, an issue or a wiki, HTML for a browser or an e-mail.
//
// A report leads with what the outlets disagree on, each conflict with the
// outlets' sentences side by side and links to the articles, then what they
// corroborate, then what only one outlet says; a header names the story, the
// outlets and the dates. Article text is outside input: it is cleaned to
// single lines, escaped for the format, and only http(s) links are kept. HTML
// reports are one self-contained page with inline CSS and no JavaScript.
package export

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"parallax/data/store"
	"parallax/model"
)

// The formats Write knows.
const (
	Markdown = "markdown"
	HTML     = "html"
)

// ErrFormat is returned for a format Write does not know.
var ErrFormat = errors.New("unknown report format (want markdown or html)")

// Formats lists the format names Write accepts, for usage text.
func Formats() []string { return []string{Markdown, HTML} }

// Write writes a shareable report of a's cross-check to w, as "markdown"
// ("md") or "html". title names the story; when it is empty the first
// document's headline stands in.
func Write(w io.Writer, format string, a *model.Analysis, title string) error {
	return WriteMarked(w, format, a, title, nil)
}

// WriteMarked is Write with the reader's stars and notes, by claim ID: they
// are listed first, under "Starred and noted", and marked where each claim
// appears.
func WriteMarked(w io.Writer, format string, a *model.Analysis, title string, marks map[string]store.Mark) error {
	if a == nil {
		return errors.New("export: no analysis")
	}
	var write func(io.Writer, report) error
	switch strings.ToLower(strings.TrimSpace(format)) {
	case Markdown, "md":
		write = writeMarkdown
	case HTML, "htm":
		write = writeHTML
	default:
		return fmt.Errorf("export: %q: %w", format, ErrFormat)
	}
	if err := write(w, newReport(a, title, marks)); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}

func itoa(n int) string { return strconv.Itoa(n) }

// plural is "1 claim", "2 claims".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return itoa(n) + " " + noun + "s"
}
