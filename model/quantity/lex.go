package quantity

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tkind says what sort of token the lexer produced.
type tkind uint8

const (
	tWord tkind = iota + 1 // letters, possibly with digits, inner apostrophes or initialism dots
	tNum                   // digits with optional comma grouping and one decimal point
	tSym                   // any other single rune
)

// maxMantDigits is how many significant digits a number may have before it is
// taken for a code (phone, ISBN, account) rather than an amount.
const maxMantDigits = 18

// token is one word, number or symbol with its byte offsets in the parsed text.
type token struct {
	start int
	end   int
	text  string // lower-cased for words the tables know, as written otherwise
	mant  uint64 // numbers: the digits as an integer, decimal point ignored
	sym   rune   // the rune of a symbol
	cls   uint16 // words: the tables the word belongs to (cFunction...)

	// Numbers only.
	dec       int16 // digits after the decimal point
	tz        int16 // trailing zeros of the integer part (only when dec == 0)
	intDigits int16 // digits before the decimal point (saturates)

	kind  tkind
	flags uint8 // fStart, fMonth: what the lexicon says about a word
	upper bool  // a word that begins with an upper-case letter
	nl    bool  // a line break lies between the previous token and this one
	comma bool  // digits grouped by commas: never a year or a code
	lead0 bool  // "0100", "007": a code, not an amount
	bad   bool  // too long, a version or address like 1.2.3, or a footnote marker ("reported3")
}

// adjacent reports whether b starts exactly where a ends.
func adjacent(a, b token) bool { return a.end == b.start }

// isSym reports whether t is the symbol r.
func (t token) isSym(r rune) bool { return t.kind == tSym && t.sym == r }

// isWord reports whether t is the lower-case word w.
func (t token) isWord(w string) bool { return t.kind == tWord && t.text == w }

// isDash reports whether t is a hyphen or a dash that can join a range.
func (t token) isDash() bool {
	return t.kind == tSym && (t.sym == '-' || t.sym == '–' || t.sym == '‐' || t.sym == '‑')
}

// lex splits s into tokens in one pass. Whitespace separates tokens and is not kept.
func lex(s string, toks []token) []token {
	nl := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '\n' || c == '\v' || c == '\f':
				nl = true
				i++
			case c == ' ' || c == '\t' || c == '\r':
				i++
			case c >= '0' && c <= '9':
				t := lexNumber(s, i)
				t.nl, nl = nl, false
				if footnoteAt(toks, t) {
					t.bad = true
				}
				toks = append(toks, t)
				i = t.end
			case isASCIILetter(c):
				t := lexWord(s, i)
				t.nl, nl = nl, false
				toks = append(toks, t)
				i = t.end
			default:
				toks = append(toks, token{kind: tSym, start: i, end: i + 1, text: s[i : i+1], sym: rune(c), nl: nl})
				nl = false
				i++
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\u2028' || r == '\u2029' || r == '\u0085':
			nl = true
			i += size
		case unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff':
			i += size
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			t := lexWord(s, i)
			t.nl, nl = nl, false
			toks = append(toks, t)
			i = t.end
		default:
			toks = append(toks, token{kind: tSym, start: i, end: i + size, text: s[i : i+size], sym: r, nl: nl})
			nl = false
			i += size
		}
	}
	return toks
}

// footnoteAt reports whether the number t is a footnote marker: digits glued to the end
// of a word ("reported3", "July1"), or listed after such a marker or after a word's final
// stop ("July1,2", "found.3"). Only lexWord leaves digits glued to a word (see wordEnd).
func footnoteAt(toks []token, t token) bool {
	n := len(toks)
	if n == 0 {
		return false
	}
	prev := toks[n-1]
	if !adjacent(prev, t) {
		return false
	}
	if prev.kind == tWord {
		return true
	}
	if n < 2 || !(prev.isSym(',') || prev.isSym('.')) || !adjacent(toks[n-2], prev) {
		return false
	}
	before := toks[n-2]
	if before.kind == tNum {
		return before.bad && prev.isSym(',')
	}
	return before.kind == tWord && prev.isSym('.') && lowerLetters(before.text) && before.flags&fMonth == 0 && !labelWords[before.text]
}

// lowerLetters reports whether w is three or more lower-case ASCII letters: a word that
// ends a sentence, not an abbreviation ("Dec.", "No.", "U.S.") or a code ("CS1").
func lowerLetters(w string) bool {
	if len(w) < 3 {
		return false
	}
	for k := 0; k < len(w); k++ {
		if w[k] < 'a' || w[k] > 'z' {
			return false
		}
	}
	return true
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// lexNumber reads digits at s[i:], with comma groups of three and one decimal part.
func lexNumber(s string, i int) token {
	t := token{kind: tNum, start: i}
	j := i
	sig, dec, tz, intDigits := 0, 0, 0, 0
	addDigit := func(d byte) {
		if sig == 0 && d == '0' {
			return // leading zeros carry no value
		}
		if sig >= maxMantDigits {
			t.bad = true
			return
		}
		t.mant = t.mant*10 + uint64(d-'0')
		sig++
	}
	intDigit := func(d byte) {
		addDigit(d)
		intDigits++
		if d == '0' {
			tz++
		} else {
			tz = 0
		}
	}
	for j < len(s) && isDigit(s[j]) {
		intDigit(s[j])
		j++
	}
	t.lead0 = s[i] == '0' && intDigits > 1
	// Comma groups: "43,350", "1,500,000". The first group has at most three digits.
	if intDigits <= 3 {
		for j+4 <= len(s) && s[j] == ',' && isDigit(s[j+1]) && isDigit(s[j+2]) && isDigit(s[j+3]) && (j+4 == len(s) || !isDigit(s[j+4])) {
			intDigit(s[j+1])
			intDigit(s[j+2])
			intDigit(s[j+3])
			t.comma = true
			j += 4
		}
	}
	if j+1 < len(s) && s[j] == '.' && isDigit(s[j+1]) {
		j++
		for j < len(s) && isDigit(s[j]) {
			if sig == 0 && s[j] == '0' {
				dec++ // 0.05: leading zeros still count as decimal places
				j++
				continue
			}
			addDigit(s[j])
			dec++
			j++
		}
		tz = 0
		// A second decimal point means a version, an address or a date: not an amount.
		for j+1 < len(s) && s[j] == '.' && isDigit(s[j+1]) {
			t.bad = true
			j++
			for j < len(s) && isDigit(s[j]) {
				j++
			}
		}
	}
	if t.mant == 0 {
		tz = 0
	}
	if !t.comma && intDigits >= 8 {
		t.bad = true // phone numbers, ISBNs and ids are written without grouping
	}
	if dec > 30 {
		t.bad = true // more places than any amount has
	}
	t.dec, t.tz, t.intDigits = clamp16(dec), clamp16(tz), clamp16(intDigits)
	t.end = j
	t.text = s[i:j]
	return t
}

// clamp16 saturates n to the range of an int16.
func clamp16(n int) int16 {
	if n > 1<<14 {
		return 1 << 14
	}
	return int16(n)
}

// lexWord reads a word at s[i:]: letters and digits, inner apostrophes ("o'clock",
// "Alibaba’s"), and initialisms with dots ("U.S.", "a.m.").
func lexWord(s string, i int) token {
	j := i
	first, _ := utf8.DecodeRuneInString(s[i:])
	for j < len(s) {
		c := s[j]
		if c < utf8.RuneSelf {
			if isASCIILetter(c) {
				j++
				continue
			}
			if isDigit(c) {
				j++
				continue
			}
			if c == '\'' && j+1 < len(s) && j > i && isASCIILetter(s[j+1]) {
				j++
				continue
			}
			// Initialisms: a single letter, a dot, another letter: "U.S.", "a.m.".
			if c == '.' && j+1 < len(s) && isASCIILetter(s[j+1]) && singleLetterBefore(s, i, j) {
				j++
				continue
			}
			break
		}
		r, size := utf8.DecodeRuneInString(s[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			j += size
			continue
		}
		if r == '’' && j > i && j+size < len(s) && isASCIILetter(s[j+size]) {
			j += size
			continue
		}
		break
	}
	j = wordEnd(s, i, j)
	// Keep the closing dot of an initialism: "U.S." but not the dot after "Inc".
	if j < len(s) && s[j] == '.' && j-i >= 3 && s[j-2] == '.' && singleLetterBefore(s, i, j) {
		j++
	}
	w := s[i:j]
	info := lookupWord(w)
	return token{kind: tWord, start: i, end: j, text: info.canon, flags: info.flags, cls: info.cls, upper: unicode.IsUpper(first)}
}

// wordEnd cuts a footnote marker off the word s[i:j]: one to three digits glued to the
// end of a word of at least three letters with a lower-case one among them ("reported3",
// "Smith2", "July1"). Names and codes ("COVID19", "H1N1", "MP3", "G20") stay whole.
func wordEnd(s string, i, j int) int {
	d := j
	for d > i && isDigit(s[d-1]) {
		d--
	}
	if d == j || j-d > 3 || d-i < 3 {
		return j
	}
	lower := false
	for k := i; k < d; k++ {
		c := s[k]
		if !isASCIILetter(c) {
			return j
		}
		if c >= 'a' && c <= 'z' {
			lower = true
		}
	}
	if !lower {
		return j
	}
	return d
}

// singleLetterBefore reports whether the run of letters ending at s[j] (exclusive)
// and starting no earlier than i is exactly one letter long.
func singleLetterBefore(s string, i, j int) bool {
	if j-1 < i || !isASCIILetter(s[j-1]) {
		return false
	}
	return j-1 == i || s[j-2] == '.'
}

// lookupWord returns the spelling tables use for w and its flags. Words the lexicon knows
// come back lower-case ("Between" → "between") without allocating; other words come back
// as written, since no table could match them.
func lookupWord(w string) wordInfo {
	if c := w[0]; (c < 'A' || c > 'Z') && inLexiconShape(w) { // lexicon keys are lower case
		if info, ok := lexicon[w]; ok {
			return info
		}
	}
	var buf [32]byte
	n := 0
	changed := false
	for k := 0; k < len(w); k++ {
		c := w[k]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
			changed = true
		case c == 0xE2 && k+2 < len(w) && w[k+1] == 0x80 && w[k+2] == 0x99: // ’
			c = '\''
			k += 2
			changed = true
		case c >= utf8.RuneSelf:
			return wordInfo{canon: w} // no table word is spelled outside ASCII
		}
		if n == len(buf) {
			return wordInfo{canon: w}
		}
		buf[n] = c
		n++
	}
	if !changed {
		return wordInfo{canon: w}
	}
	if !inLexiconShape(string(buf[:n])) {
		return wordInfo{canon: w}
	}
	if info, ok := lexicon[string(buf[:n])]; ok {
		return info
	}
	return wordInfo{canon: w}
}

// inLexiconShape reports whether some lexicon word has the first byte and
// the length (up to 31) of w: most words of a sentence are in no table, and
// this turns them away without hashing them.
func inLexiconShape(w string) bool {
	return len(w) > 0 && lexiconShapes[w[0]]&(1<<min(len(w), 31)) != 0
}

// lowerWord lower-cases w without allocating when it is already lower-case ASCII,
// and spells the typographic apostrophe as a plain one.
func lowerWord(w string) string {
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= utf8.RuneSelf || (c >= 'A' && c <= 'Z') {
			l := strings.ToLower(w)
			if strings.Contains(l, "’") {
				l = strings.ReplaceAll(l, "’", "'")
			}
			return l
		}
	}
	return w
}
