package text

// MaxSentence is the longest sentence, in bytes, that Sentences returns. A
// real sentence is a few hundred bytes (in 1.67 million sentences of news the
// longest one in ten thousand is about 1,150), so anything longer is a list,
// a table or scraped debris run together: it is cut at clause boundaries into
// pieces of at most this size and read as running text, never as one claim
// whose every figure and word would be weighed against every other.
const MaxSentence = 2000

// boundary ranks the places a long sentence can be cut, best first.
type boundary uint8

const (
	cutNone   boundary = iota
	cutRune            // between two runes: the last resort
	cutSpace           // between two words
	cutComma           // after a comma
	cutClause          // after ';', ':' or a dash between spaces
	cutLine            // at a line break inside the sentence
)

// appendPieces appends span to spans, cut into pieces of at most MaxSentence
// bytes when it is longer. Each cut is made in the second half of the window
// it ends, at the best boundary there (a line break, then ';', ':' or a
// spaced dash, then a comma, then a space, else between runes), so every
// piece is at least half the bound and the cutting reads each byte a bounded
// number of times: linear in the span. Pieces are trimmed of white space.
func appendPieces(spans []Span, s string, span Span) []Span {
	start := span.Start
	for span.End-start > MaxSentence {
		cut, next := bestCut(s, start+MaxSentence/2, start+MaxSentence)
		spans = append(spans, Span{start, cut})
		start = next
	}
	if start < span.End {
		spans = append(spans, Span{start, span.End})
	}
	return spans
}

// bestCut finds where to end a piece within s[lo:hi] (lo > 0, hi < len(s)):
// the end of the piece, trimmed of white space, and the start of the next
// one, past white space. It prefers the latest boundary of the best kind.
func bestCut(s string, lo, hi int) (end, next int) {
	best, at := cutNone, hi
	for j := hi; j > lo; {
		// A cut at j ends the piece at s[:j] and starts the next at s[j:].
		r, size := runeBefore(s, j)
		if size == 0 {
			break
		}
		kind := cutNone
		switch {
		case breakOf(r) != noBreak:
			kind = cutLine
		case r == ';' || r == ':':
			kind = cutClause
		case isDash(r) && j-size > 0 && s[j-size-1] == ' ' && j < len(s) && s[j] == ' ':
			kind = cutClause
		case r == ',':
			kind = cutComma
		case isSpace(r):
			kind = cutSpace
		case utf8Start(s, j):
			kind = cutRune
		}
		if kind > best {
			best, at = kind, j
			if best == cutLine {
				break
			}
		}
		j -= size
	}
	end, next = at, at
	for end > 0 {
		r, size := runeBefore(s, end)
		if !isSpace(r) {
			break
		}
		end -= size
	}
	for next < len(s) {
		r, size := runeAt(s, next)
		if !isSpace(r) {
			break
		}
		next += size
	}
	return end, next
}

// utf8Start reports whether byte j of s starts a rune (or is the end of s).
func utf8Start(s string, j int) bool {
	return j >= len(s) || s[j]&0xC0 != 0x80
}
