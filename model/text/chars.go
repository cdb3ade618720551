package text

import (
	"unicode"
	"unicode/utf8"
)

// runeAt decodes the rune at byte i of s; past the end it returns (0, 0).
func runeAt(s string, i int) (rune, int) {
	if i < 0 || i >= len(s) {
		return 0, 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// runeBefore decodes the rune that ends at byte i of s; at the start it returns (0, 0).
func runeBefore(s string, i int) (rune, int) {
	if i <= 0 || i > len(s) {
		return 0, 0
	}
	if c := s[i-1]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeLastRuneInString(s[:i])
}

// isSpace reports whether r is white space. Invalid bytes (utf8.RuneError)
// are not: they are content that must land in some span.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		switch r {
		case ' ', '\t', '\n', '\v', '\f', '\r':
			return true
		}
		return false
	}
	return unicode.IsSpace(r)
}

// breakKind tells what kind of line break, if any, a rune is.
type breakKind uint8

const (
	noBreak   breakKind = iota
	lineBreak           // ends a line
	paraBreak           // ends a paragraph by itself (U+2029)
)

// breakOf classifies r as a line break.
func breakOf(r rune) breakKind {
	switch r {
	case '\n', '\r', '\u0085', '\u2028':
		return lineBreak
	case '\u2029':
		return paraBreak
	}
	return noBreak
}

// isOpener reports whether r opens a quotation or a bracket.
func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '„', '‚', '«', '‹', '(', '[', '{', '¿', '¡':
		return true
	}
	return false
}

// isCloser reports whether r can close a quotation or a bracket after a full stop.
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', '›', ')', ']', '}':
		return true
	}
	return false
}

// isDash reports whether r is a hyphen or dash of any length.
func isDash(r rune) bool {
	switch r {
	case '-', '‐', '‑', '‒', '–', '—', '―':
		return true
	}
	return false
}

// isAlnum reports whether r is a letter, a digit or a combining mark.
func isAlnum(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// isLetter reports whether r is a letter.
func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r)
}

// isDigit reports whether r is a decimal digit.
func isDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return '0' <= r && r <= '9'
	}
	return unicode.IsDigit(r)
}

// isUpper reports whether r is an upper-case or title-case letter.
func isUpper(r rune) bool {
	if r < utf8.RuneSelf {
		return 'A' <= r && r <= 'Z'
	}
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}

// isLower reports whether r is a lower-case letter.
func isLower(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z'
	}
	return unicode.IsLower(r)
}

// isCurrency reports whether r is a currency sign that may lead a number.
func isCurrency(r rune) bool {
	switch r {
	case '$', '€', '£', '¥', '₹', '₩':
		return true
	}
	return false
}

// isApostrophe reports whether r is an apostrophe, straight or curly.
func isApostrophe(r rune) bool {
	return r == '\'' || r == '’' || r == 'ʼ'
}
