package data

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"parallax/model"
	"parallax/model/text"
)

// Limits bound what one run reads, so that no input (a scraped page of
// debris, a dataset of millions of records) can stall the analysis of the
// rest. Zero fields take the defaults. Each limit, when hit, leaves one line
// saying so; what fits is still read.
type Limits struct {
	// MaxArticleBytes is the most text read from one article. The longest
	// of 37,527 real news articles is 77 KB; a longer text is cut at the
	// last paragraph or sentence end within the limit.
	MaxArticleBytes int
	// MaxArticles is the most articles one run reads, in input order;
	// later ones are skipped with one line.
	MaxArticles int
}

// Defaults for the zero fields of Limits.
const (
	DefaultMaxArticleBytes = 1 << 20
	DefaultMaxArticles     = 50_000
)

// Reasons for the lines limits leave.
var (
	// ErrTooManyArticles is an article past the most one run reads.
	ErrTooManyArticles = errors.New("over the article limit")
	// ErrCut is an input read only in part, up to one of the Limits (or a
	// feed's item cap); the wrapping error says how much was read.
	ErrCut = errors.New("read in part")
	// ErrRunningText is an article holding a run of text too long to be a
	// sentence (a list, a table, debris), read as running text in pieces.
	// Nothing of the article is lost.
	ErrRunningText = errors.New("read as running text")
)

// withDefaults fills in the zero fields.
func (l Limits) withDefaults() Limits {
	if l.MaxArticleBytes <= 0 {
		l.MaxArticleBytes = DefaultMaxArticleBytes
	}
	if l.MaxArticles <= 0 {
		l.MaxArticles = DefaultMaxArticles
	}
	return l
}

// Apply holds docs to the limits: it cuts texts that are too long, drops the
// articles past the most one run reads, and notes articles that hold text
// too long to be read as sentences. It returns the documents kept and a line
// for each limit hit. The documents are modified in place.
func (l Limits) Apply(docs []model.Document) ([]model.Document, []Skipped) {
	l = l.withDefaults()
	var lines []Skipped
	if len(docs) > l.MaxArticles {
		rest := len(docs) - l.MaxArticles
		lines = append(lines, Skipped{Path: docs[l.MaxArticles].Path, Reason: fmt.Errorf(
			"%w: this and the %s after it not read; a run reads at most %s (--max-articles)",
			ErrTooManyArticles, plural(rest-1, "article", "articles"), count(l.MaxArticles))})
		docs = docs[:l.MaxArticles]
	}
	for i := range docs {
		d := &docs[i]
		if len(d.Text) > l.MaxArticleBytes {
			was := len(d.Text)
			d.Text = cutText(d.Text, l.MaxArticleBytes)
			lines = append(lines, Skipped{Path: d.Path, Reason: fmt.Errorf(
				"%w: the first %s of %s; an article is read up to %s (--max-article-size)",
				ErrCut, byteSize(len(d.Text)), byteSize(was), byteSize(l.MaxArticleBytes))})
		}
		if mayRunOn(d.Text) {
			if n := text.Overlong(d.Text); n > 0 {
				lines = append(lines, Skipped{Path: d.Path, Reason: fmt.Errorf(
					"%w: %s with no sentence end for over %s bytes, cut at clause boundaries rather than read as one claim each",
					ErrRunningText, plural(n, "stretch", "stretches"), count(text.MaxSentence))})
			}
		}
	}
	return docs, lines
}

// IsNote reports a line that loses nothing of its input: it says how an
// input was read, not that any of it was skipped.
func (s Skipped) IsNote() bool { return errors.Is(s.Reason, ErrRunningText) }

// Line is how the command line reports s, after "parallax: ": "skipped
// PATH: reason" for an input left out, "PATH: read in part: …" for one cut
// at a limit, and "note: PATH: …" for one read in full.
func (s Skipped) Line() string {
	switch {
	case s.IsNote():
		return "note: " + s.Error()
	case errors.Is(s.Reason, ErrCut):
		return s.Error()
	}
	return "skipped " + s.Error()
}

// ParseSize reads a size in bytes as people write it: "1048576", "512KB",
// "2MB", "1.5 MB" (KB and MB are 1024 and 1024×1024 bytes).
func ParseSize(s string) (int, error) {
	t := strings.ToUpper(strings.TrimSpace(s))
	unit := 1
	for _, u := range []struct {
		suffix string
		bytes  int
	}{{"MB", 1 << 20}, {"M", 1 << 20}, {"KB", 1 << 10}, {"K", 1 << 10}, {"B", 1}} {
		if rest, ok := strings.CutSuffix(t, u.suffix); ok {
			t, unit = strings.TrimSpace(rest), u.bytes
			break
		}
	}
	v, err := strconv.ParseFloat(t, 64)
	if err != nil {
		return 0, fmt.Errorf("%q is not a size (write e.g. 512KB or 2MB)", s)
	}
	n := v * float64(unit)
	if n < 1 || n > 1<<40 {
		return 0, fmt.Errorf("%q is not a size between 1 byte and 1 TB", s)
	}
	return int(n), nil
}

// mayRunOn is a quick scan for a stretch of more than MaxSentence bytes
// without a sentence end ('?', '!', a full stop before a space, a blank
// line): only such a text can hold a run that Sentences cuts, so only it is
// split again to count them. Single line breaks do not reset the scan, since
// the splitter joins hard-wrapped lines.
func mayRunOn(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '?' || c == '!',
			c == '.' && i+1 < len(s) && (s[i+1] == ' ' || s[i+1] == '\n'),
			c == '\n' && i+1 < len(s) && s[i+1] == '\n':
			run = 0
		default:
			if run++; run > text.MaxSentence {
				return true
			}
		}
	}
	return false
}

// cutText shortens s to at most n bytes, ending at the last paragraph break
// within them, else the last sentence end, else the last space, else the
// last whole rune.
func cutText(s string, n int) string {
	for n > 0 && !utf8.RuneStart(s[n]) {
		n-- // never split a rune
	}
	head := s[:n]
	floor := len(head) / 2 // a cut no earlier than half way keeps the most text
	if i := strings.LastIndex(head, "\n\n"); i >= floor {
		return strings.TrimRight(head[:i], " \t\n")
	}
	if i := strings.LastIndexAny(head, ".?!"); i >= floor {
		return head[:i+1]
	}
	if i := strings.LastIndexAny(head, " \t\n"); i >= floor {
		return strings.TrimRight(head[:i], " \t\n")
	}
	return head
}

// byteSize writes a size the way people say it: "1 MB", "1.5 MB", "9.8 KB", "120 bytes".
func byteSize(n int) string {
	const kb, mb = 1 << 10, 1 << 20
	switch {
	case n >= mb && n%mb == 0:
		return fmt.Sprintf("%d MB", n/mb)
	case n >= 1000*kb:
		return fmt.Sprintf("%.1f MB", float64(n)/mb)
	case n >= kb && n%kb == 0:
		return fmt.Sprintf("%d KB", n/kb)
	case n >= kb:
		return fmt.Sprintf("%.1f KB", float64(n)/kb)
	}
	return fmt.Sprintf("%d bytes", n)
}

// count writes n with thousands separators: 50,000.
func count(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// plural writes "1 stretch", "3 stretches".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return count(n) + " " + many
}
