package data

import (
	"strings"
	"unicode"
	"unicode/utf8"

	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

// Normalize turns raw file bytes into the one text form the engine works on:
// valid UTF-8 (UTF-16 with a byte-order mark is decoded, other invalid bytes
// become U+FFFD), no byte-order mark, LF line ends, no control characters but
// newline and tab, and Unicode NFC. Quotes, dashes and spacing are kept as
// written, so every later offset points at text the reader recognises.
func Normalize(raw []byte) string {
	return normalizeString(decodeUTF16(raw))
}

// decodeUTF16 decodes UTF-16 text that announces itself with a byte-order
// mark; anything else is returned unchanged for the UTF-8 path.
func decodeUTF16(raw []byte) string {
	if len(raw) >= 2 && (raw[0] == 0xFF && raw[1] == 0xFE || raw[0] == 0xFE && raw[1] == 0xFF) {
		dec := xunicode.UTF16(xunicode.BigEndian, xunicode.ExpectBOM).NewDecoder()
		if out, err := dec.Bytes(raw); err == nil {
			return string(out)
		}
	}
	return string(raw)
}

// normalizeString applies the same rules as Normalize to a string already
// decoded from its file encoding (HTML is decoded by its declared charset).
func normalizeString(s string) string {
	s = strings.TrimPrefix(s, "\uFEFF")
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteRune(utf8.RuneError)
		case r == '\r':
			b.WriteByte('\n')
			if i+1 < len(s) && s[i+1] == '\n' {
				i++ // CRLF becomes one LF
			}
		case r == '\n' || r == '\t':
			b.WriteRune(r)
		case isControl(r), r == '\uFEFF':
			// Dropped: control characters can move the terminal's cursor or
			// change its state, and a stray BOM mid-file is invisible noise.
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return norm.NFC.String(b.String())
}

// isControl reports C0 and C1 control characters and DEL. C1 is included
// because U+009B is a terminal escape introducer on some terminals.
func isControl(r rune) bool {
	return r < 0x20 || r >= 0x7F && r <= 0x9F
}

// trimBlankLines drops whitespace-only lines at the start and trailing space
// at the end, leaving the first line's indentation alone.
func trimBlankLines(s string) string {
	for {
		nl := strings.IndexByte(s, '\n')
		if nl < 0 || strings.TrimSpace(s[:nl]) != "" {
			break
		}
		s = s[nl+1:]
	}
	if strings.TrimSpace(s) == "" {
		return ""
	}
	return strings.TrimRight(s, " \t\n")
}

// hasWords reports whether s holds at least one letter or digit.
func hasWords(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool {
		return unicode.IsLetter(r) || unicode.IsDigit(r)
	}) >= 0
}
