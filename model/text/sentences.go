package text

// maxQuote is the longest quotation, opening to closing mark in bytes, that is
// kept whole even when it holds several sentences, so the speaker named after
// it stays attached. Longer quotations split like running text.
const maxQuote = 400

// Sentences splits s into sentences. Offsets are byte offsets into s.
//
// Spans come in order, never overlap, are never empty and are trimmed of
// surrounding white space; every byte of s that is not white space belongs to
// exactly one span. A sentence ends at '.', '?', '!' or an ellipsis followed by
// a new sentence (abbreviations, initials and decimals do not end one), at a
// blank line, and at a line break after a line with no terminal punctuation
// (headlines, bylines, captions, list items) unless the line plainly runs on
// into the next (hard-wrapped paragraphs). A short quotation stays in one
// sentence with its speaker. A run longer than MaxSentence is cut at clause
// boundaries into pieces no longer than that. The scan is linear in s.
func Sentences(s string) []Span {
	return split(s, 0).spans
}

// FirstSentences is the first n spans of Sentences(s) (all of them when s
// has fewer), reading s only as far as it must: once a sentence after the
// n-th has begun, the first n can no longer change.
func FirstSentences(s string, n int) []Span {
	if n <= 0 {
		return nil
	}
	spans := split(s, n).spans
	return spans[:min(n, len(spans))]
}

// Overlong counts the runs of s that Sentences cuts into pieces because they
// are longer than MaxSentence, for a loader to say so: text that is a list,
// a table or debris rather than prose.
func Overlong(s string) int {
	return split(s, 0).overlong
}

// split runs the splitter over s, or, when limit is above 0, until it has
// more than limit spans; only the last span found can still change (emit).
func split(s string, limit int) splitter {
	sp := splitter{s: s, start: -1, quoteEnd: -1}
	sp.spans = make([]Span, 0, len(s)/100+1)
	i := 0
	for i < len(s) && (limit <= 0 || len(sp.spans) <= limit) {
		c := s[i]
		if plainByte[c] {
			// Fast path: a run of ordinary ASCII is content, nothing more.
			j := i + 1
			for j < len(s) && plainByte[s[j]] {
				j++
			}
			sp.mark(i, j-i)
			i = j
			continue
		}
		if c < 0x80 {
			switch c {
			case ' ', '\t', '\v', '\f':
				i++
			case '\n', '\r':
				i = sp.whitespace(i)
			case '.', '?', '!':
				i = sp.terminal(i)
			case '"':
				sp.openQuote(i, '"', 1)
				sp.mark(i, 1)
				i++
			default:
				sp.mark(i, 1)
				i++
			}
			continue
		}
		r, size := runeAt(s, i)
		switch {
		case r == '…':
			i = sp.terminal(i)
		case isSpace(r):
			i = sp.whitespace(i)
		case r == '“' || r == '„' || r == '«':
			sp.openQuote(i, r, size)
			sp.mark(i, size)
			i += size
		default:
			sp.mark(i, size)
			i += size
		}
	}
	if sp.start >= 0 {
		sp.emit()
	}
	return sp
}

// plainByte marks the ASCII bytes the splitter need not look at one by one:
// everything but white space, terminal punctuation, the straight double
// quote and the lead bytes of multi-byte runes.
var plainByte = func() (t [256]bool) {
	for c := 0x21; c < 0x7f; c++ {
		t[c] = true
	}
	for _, c := range []byte{'.', '?', '!', '"'} {
		t[c] = false
	}
	return t
}()

// splitter is the state of one Sentences scan.
type splitter struct {
	s     string
	spans []Span
	// start is the first byte of the open sentence, -1 when none is open;
	// end is just past its last non-space byte.
	start, end int
	// quoteEnd is just past the closing mark of the short quotation being
	// read, or -1: no sentence ends before it.
	quoteEnd int
	// overlong counts the runs cut for being longer than MaxSentence.
	overlong int
}

// mark records a non-space rune at [i, i+size).
func (sp *splitter) mark(i, size int) {
	if sp.start < 0 {
		sp.start = i
	}
	sp.end = i + size
}

// emit closes the open sentence. A piece with no letter or digit (a stray
// full stop, a closing guillemet) joins the sentence before it on the same
// line instead of standing alone.
func (sp *splitter) emit() {
	span := Span{sp.start, sp.end}
	sp.start = -1
	if span.Len() > MaxSentence {
		sp.overlong++
	}
	if n := len(sp.spans); n > 0 && !hasAlnum(sp.s[span.Start:span.End]) &&
		!hasBreak(sp.s[sp.spans[n-1].End:span.Start]) {
		span.Start = sp.spans[n-1].Start
		sp.spans = sp.spans[:n-1]
	}
	if span.Len() > MaxSentence {
		sp.spans = appendPieces(sp.spans, sp.s, span)
		return
	}
	sp.spans = append(sp.spans, span)
}

// whitespace consumes the run of white space starting at i, ending the open
// sentence when the run holds a blank line, or a line break the text does not
// run across. It returns the index after the run.
func (sp *splitter) whitespace(i int) int {
	s := sp.s
	breaks, para := 0, false
	j := i
	for j < len(s) {
		r, size := runeAt(s, j)
		if !isSpace(r) {
			break
		}
		switch breakOf(r) {
		case lineBreak:
			if r == '\r' && j+1 < len(s) && s[j+1] == '\n' {
				size = 2
			}
			breaks++
		case paraBreak:
			para = true
		}
		j += size
	}
	if breaks == 0 && !para {
		return j
	}
	sp.quoteEnd = -1
	if sp.start < 0 || j >= len(s) {
		return j
	}
	if para || breaks > 1 || !sp.joinLines(j) {
		sp.emit()
	}
	return j
}

// terminal handles a run of terminal punctuation ('.', '?', '!', '…') starting
// at i, with any closing quotes and brackets after it, and ends the sentence
// there when the text after it starts a new one. It returns the index after
// the run.
func (sp *splitter) terminal(i int) int {
	s := sp.s
	j := i
	var mark punct
	dots := 0
	for j < len(s) {
		r, size := runeAt(s, j)
		switch {
		case r == '.':
			dots++
		case r == '?' || r == '!':
			mark |= punctQE
		case r == '…':
			mark |= punctEllipsis
		case isCloser(r):
		default:
			size = 0
		}
		if size == 0 {
			break
		}
		j += size
	}
	if dots >= 2 {
		mark |= punctEllipsis
	}
	sp.mark(i, j-i)
	if sp.quoteEnd > j {
		return j
	}
	if j < len(s) {
		// "U.S.-listed", "$9.2", "e.g.," and the like: not a boundary;
		// "a fighter.But he" (a space lost in scraping) is one.
		if r, _ := runeAt(s, j); !isSpace(r) {
			if dots == 1 && mark == 0 && isUpper(r) && isStarterAt(s, j) && lowerWordBefore(s, i) {
				sp.emit()
			}
			return j
		}
	}
	// Find the next word; a line break hands the decision to whitespace.
	k := j
	for k < len(s) {
		r, size := runeAt(s, k)
		if !isSpace(r) {
			break
		}
		if breakOf(r) != noBreak {
			return j
		}
		k += size
	}
	if k >= len(s) {
		return j
	}
	if sp.endsAt(i, mark, nextWordAt(s, k), false) {
		sp.emit()
	}
	return j
}

// openQuote notes an opening quotation mark of rune r at i and, when its
// closing mark follows on the same line within maxQuote bytes, keeps the
// quotation from being split.
func (sp *splitter) openQuote(i int, r rune, size int) {
	if sp.quoteEnd > i {
		return // already inside a short quotation
	}
	s := sp.s
	if r == '"' {
		prev, _ := runeBefore(s, i)
		next, _ := runeAt(s, i+1)
		opening := (i == 0 || isSpace(prev) || isOpener(prev) || isDash(prev)) && next != 0 && !isSpace(next)
		if !opening {
			return
		}
	}
	limit := i + maxQuote
	if limit > len(s) {
		limit = len(s)
	}
	for j := i + size; j < limit; {
		q, qsize := runeAt(s, j)
		if breakOf(q) != noBreak {
			return
		}
		switch {
		case q == '”' || q == '»' && r == '«':
			sp.quoteEnd = j + qsize
			return
		case q == '"':
			prev, _ := runeBefore(s, j)
			if isSpace(prev) || isOpener(prev) {
				return // another opening mark: the quotes do not pair up
			}
			sp.quoteEnd = j + qsize
			return
		case q == '“' || q == '«' || q == '„':
			return
		}
		j += qsize
	}
}

// lowerWordBefore reports whether a plain lower-case word of two or more
// letters ends at byte i of s.
func lowerWordBefore(s string, i int) bool {
	n := 0
	for j := i; j > 0; {
		r, size := runeBefore(s, j)
		if isSpace(r) || isOpener(r) {
			break
		}
		if !isLower(r) && !(n > 0 && isUpper(r)) && !isApostrophe(r) {
			return false // "example.com.Then", "U.S.The"
		}
		n++
		j -= size
	}
	return n >= 2 && classifyWordBefore(s, i) == plainWord
}

// hasAlnum reports whether s holds a letter or a digit.
func hasAlnum(s string) bool {
	for i := 0; i < len(s); {
		r, size := runeAt(s, i)
		if isAlnum(r) {
			return true
		}
		i += size
	}
	return false
}

// hasBreak reports whether s holds a line break.
func hasBreak(s string) bool {
	for i := 0; i < len(s); {
		r, size := runeAt(s, i)
		if breakOf(r) != noBreak {
			return true
		}
		i += size
	}
	return false
}
