// Package sanitize makes untrusted article text safe to draw in a terminal.
//
// An article is outside input: over SSH its bytes reach another person's
// terminal, so control characters and escape sequences must never get
// through. Text keeps a map from the original byte offsets (which the engine
// reports) to offsets in the cleaned text, so highlights still land on the
// right words.
package sanitize

import (
	"strings"
	"unicode/utf8"
)

const esc = 0x1b

// Mapped is cleaned text together with the offset map from the original.
type Mapped struct {
	Text string // safe to draw: no C0/C1 controls except '\n', no escape sequences, valid UTF-8
	pos  []int  // pos[i] is the cleaned offset of original byte i; len(pos) == len(original)+1
}

// Offset maps a byte offset of the original text to the cleaned text. Offsets
// out of range are clamped, and an offset inside a multi-byte character or a
// removed sequence maps to where that character or sequence was.
func (m Mapped) Offset(orig int) int {
	if len(m.pos) == 0 {
		return 0
	}
	if orig < 0 {
		return 0
	}
	if orig >= len(m.pos) {
		return m.pos[len(m.pos)-1]
	}
	return m.pos[orig]
}

// Span maps an original [start, end) to the cleaned text, keeping start <= end.
func (m Mapped) Span(start, end int) (int, int) {
	s, e := m.Offset(start), m.Offset(end)
	if e < s {
		e = s
	}
	return s, e
}

// Text cleans a multi-line text and keeps the offset map.
func Text(s string) Mapped {
	var b strings.Builder
	b.Grow(len(s))
	pos := make([]int, len(s)+1)
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == esc:
			n := escapeLen(s[i:])
			for k := i; k < i+n; k++ {
				pos[k] = b.Len()
			}
			i += n
			continue
		case c == '\n':
			pos[i] = b.Len()
			b.WriteByte('\n')
		case c == '\t':
			pos[i] = b.Len()
			b.WriteByte(' ')
		case c < 0x20 || c == 0x7f:
			pos[i] = b.Len()
		case c < utf8.RuneSelf:
			pos[i] = b.Len()
			b.WriteByte(c)
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			for k := i; k < i+size; k++ {
				pos[k] = b.Len()
			}
			switch {
			case r == utf8.RuneError && size == 1:
				b.WriteRune(utf8.RuneError)
			case r == '\u2028' || r == '\u2029':
				b.WriteByte('\n')
			case dropped(r):
			default:
				b.WriteString(s[i : i+size])
			}
			i += size
			continue
		}
		i++
	}
	pos[len(s)] = b.Len()
	return Mapped{Text: b.String(), pos: pos}
}

// Line cleans a one-line string (a title, an outlet, a name): controls and
// escapes go, and every run of white space, newlines included, becomes one space.
func Line(s string) string {
	if isPlainLine(s) {
		return s
	}
	return strings.Join(strings.Fields(Text(s).Text), " ")
}

// isPlainLine reports whether s is printable ASCII with single inner spaces,
// so Line can return it as is (the common case, and it allocates nothing).
func isPlainLine(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c >= 0x7f {
			return false
		}
		if c == ' ' && i+1 < len(s) && s[i+1] == ' ' {
			return false
		}
	}
	return true
}

// dropped reports whether a non-ASCII rune must not reach the terminal:
// C1 controls, and the bidirectional overrides and isolates that can make
// text read differently from what it is.
func dropped(r rune) bool {
	switch {
	case r >= 0x80 && r <= 0x9f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	case r == 0xfeff:
		return true
	}
	return false
}

// escapeLen returns how many bytes of s, which starts with ESC, form one
// escape sequence. Unterminated string sequences end at a newline so a stray
// ESC cannot swallow the rest of an article.
func escapeLen(s string) int {
	if len(s) < 2 {
		return len(s)
	}
	switch c := s[1]; {
	case c == '[': // CSI: parameters and intermediates, then one final byte
		j := 2
		for j < len(s) && s[j] >= 0x20 && s[j] <= 0x3f {
			j++
		}
		if j < len(s) && s[j] >= 0x40 && s[j] <= 0x7e {
			j++
		}
		return j
	case c == ']' || c == 'P' || c == 'X' || c == '^' || c == '_': // string sequences
		for j := 2; j < len(s); j++ {
			switch s[j] {
			case 0x07:
				return j + 1
			case '\n':
				return j
			case esc:
				if j+1 < len(s) && s[j+1] == '\\' {
					return j + 2
				}
				return j
			}
		}
		return len(s)
	case c >= 0x20 && c <= 0x2f: // intermediates, then a final byte
		j := 2
		for j < len(s) && s[j] >= 0x20 && s[j] <= 0x2f {
			j++
		}
		if j < len(s) && s[j] >= 0x30 && s[j] <= 0x7e {
			j++
		}
		return j
	case c >= 0x30 && c <= 0x7e:
		return 2
	}
	return 1
}
