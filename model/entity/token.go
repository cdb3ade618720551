package entity

import (
	"unicode"
	"unicode/utf8"
)

// Token flags.
const (
	fUpper     uint32 = 1 << iota // starts with a capital, or is a name like iPhone or al-Qaida
	fAllCaps                      // two or more letters, none lower case (FBI, U.S.)
	fLower                        // has a lower-case letter
	fDigit                        // has a digit
	fPoss                         // a possessive 's or ' follows
	fSent                         // starts a sentence or clause: line start, after . ! ? : ; a dash, quote or bracket
	fMaybeSent                    // follows an abbreviation that may end a sentence (Inc., U.S., Jr.)
	fLine                         // first token on its line
	fAbbr                         // ends with an abbreviation dot kept in the span (Mr., J., U.S.)
	fTail                         // a lower-case hyphen tail was cut off (Trump-era): no name continues past it
	fAmp                          // the & connector
	fJunk                         // never part of a name (party-state tags like R-Ark.)
	fQOpen                        // an opening quote mark right before
	fParen                        // an opening bracket right before
	fInitial                      // a single capital with a dot (J.) or dotted initials (H.W.)
)

// token is one word of the text. start/end is the word as a name would use it;
// next is just past everything that belongs to the word (possessive, dots).
type token struct {
	start, end int32
	next       int32
	line       int32
	flags      uint32
}

// mkTok builds a token; offsets fit in int32 because Find caps the text at maxText bytes.
func mkTok(start, end, next int, line int32, flags uint32) token {
	return token{start: int32(start), end: int32(end), next: int32(next), line: line, flags: flags}
}

func isApos(r rune) bool {
	return r == '\'' || r == '’' || r == '‘' || r == 'ʼ' || r == '`' || r == '′'
}

func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// isJoiner reports runes that may sit inside a word: apostrophes, dots, hyphens, &.
func isJoiner(r rune) bool {
	return isApos(r) || r == '.' || isHyphen(r) || r == '&' || r == '_'
}

func isWordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r))
}

// tokenizer carries the state between words.
type tokenizer struct {
	text    string
	toks    []token
	line    int32
	pending uint32 // flags for the next token
}

// tokenize splits text into words with their flags.
func tokenize(text string) []token {
	tz := tokenizer{text: text, toks: make([]token, 0, len(text)/6+1), pending: fSent | fLine}
	i := 0
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			switch c {
			case '\n':
				tz.line++
				tz.pending |= fSent | fLine
				tz.pending &^= fQOpen | fParen
				i++
				continue
			case ' ', '\t', '\r', '\f', '\v':
				i++
				continue
			case '!', '?', ':', ';':
				tz.pending |= fSent
				i++
				continue
			case '(', '[', '{':
				tz.pending |= fSent | fParen
				i++
				continue
			case '"':
				if (i == 0 || isOpenContext(text[i-1])) && i+1 < len(text) && text[i+1] != ' ' && text[i+1] != '\n' {
					tz.pending |= fSent | fQOpen
				}
				i++
				continue
			}
			if !isWordByte(c) {
				i++
				continue
			}
		} else {
			r, size := utf8.DecodeRuneInString(text[i:])
			switch {
			case r == '\u2028' || r == '\u2029' || r == '\u0085':
				tz.line++
				tz.pending |= fSent | fLine
				i += size
				continue
			case unicode.IsSpace(r):
				i += size
				continue
			case r == '“' || r == '«' || r == '„' || r == '‹':
				tz.pending |= fSent | fQOpen
				i += size
				continue
			case r == '—' || r == '–' || r == '…' || r == '•' || r == '·' || r == '¿' || r == '¡':
				tz.pending |= fSent
				i += size
				continue
			case !isWordRune(r) && !isJoiner(r):
				i += size
				continue
			}
		}
		j := i
		for j < len(text) {
			if c := text[j]; c < utf8.RuneSelf {
				if !wordBytes[c] {
					break
				}
				j++
				continue
			}
			r, size := utf8.DecodeRuneInString(text[j:])
			if !isWordRune(r) && !isJoiner(r) {
				break
			}
			j += size
		}
		if j == i { // cannot happen for word runes; guard against a stuck loop
			j = i + 1
		}
		tz.chunk(i, j)
		i = j
	}
	return tz.toks
}

func isASCIIAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func isOpenContext(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '(' || c == '[' || c == '{'
}

func isWordByte(c byte) bool { return wordBytes[c] }

// wordBytes marks the ASCII bytes that belong to words (letters, digits, joiners).
var wordBytes = func() (t [256]bool) {
	for c := 0; c < 128; c++ {
		b := byte(c)
		t[c] = b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' ||
			b == '\'' || b == '.' || b == '-' || b == '&' || b == '_' || b == '`'
	}
	return t
}()

// chunk turns one space-free run of word characters and joiners into tokens.
func (tz *tokenizer) chunk(a, b int) {
	text := tz.text
	next := b
	a0 := a
	// Leading joiners: opening quotes, stray dots and dashes.
	for a < b && !isASCIIAlnum(text[a]) {
		r, size := utf8.DecodeRuneInString(text[a:b])
		if isWordRune(r) {
			break
		}
		if isApos(r) {
			tz.pending |= fSent | fQOpen
		}
		if isHyphen(r) {
			tz.pending |= fSent
		}
		a += size
	}
	if a == b { // punctuation only
		tz.punctOnly(text[a0:next], next)
		return
	}
	poss := false
	dots := 0
	for b > a && !isASCIIAlnum(text[b-1]) {
		r, size := utf8.DecodeLastRuneInString(text[a:b])
		if r == '.' {
			dots++
			b -= size
			continue
		}
		if isApos(r) {
			pr, _ := utf8.DecodeLastRuneInString(text[a : b-size])
			b -= size
			if pr == 's' || pr == 'S' || pr == '.' {
				poss = dots == 0 // "Mattis’", "U.S.’ allies"
				break
			}
			continue
		}
		if isHyphen(r) || r == '&' || r == '_' {
			b -= size
			continue
		}
		break
	}
	if b <= a {
		tz.punctOnly(text[a0:next], next)
		return
	}
	if !poss && (text[b-1] == 's' || text[b-1] == 'S') {
		if n := possSuffix(text[a:b]); n > 0 {
			poss = true
			b -= n
		}
	}
	tz.emitWord(a, b, next, poss, dots)
}

// punctOnly handles a chunk without letters or digits: dots end a sentence, & joins.
func (tz *tokenizer) punctOnly(s string, next int) {
	if s == "&" {
		tz.toks = append(tz.toks, mkTok(next-1, next, next, tz.line, fAmp|tz.pending))
		tz.pending = 0
		return
	}
	for _, r := range s {
		switch {
		case r == '.':
			tz.pending |= fSent
		case isHyphen(r):
			tz.pending |= fSent
		case isApos(r):
			tz.pending |= fQOpen
		}
	}
}

// possSuffix returns the byte length of a trailing 's / ’s, or 0.
func possSuffix(w string) int {
	n := len(w)
	if n < 3 || (w[n-1] != 's' && w[n-1] != 'S') {
		return 0
	}
	r, size := utf8.DecodeLastRuneInString(w[:n-1])
	if !isApos(r) || n-1-size <= 0 {
		return 0
	}
	p, _ := utf8.DecodeLastRuneInString(w[:n-1-size])
	if !isWordRune(p) {
		return 0
	}
	return 1 + size
}
