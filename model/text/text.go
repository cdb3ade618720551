// Package text splits article text into sentences and words and reduces words
// to stems: the plain-text groundwork every stage of the engine stands on.
//
// Everything here is a pure function of its input: no package-level mutable
// state, no regular expressions in the hot paths, and no panics on any input,
// including invalid UTF-8.
package text

// Span is a byte range [Start, End) of a string.
type Span struct{ Start, End int }

// Len returns the number of bytes the span covers.
func (sp Span) Len() int { return sp.End - sp.Start }

// Text returns the part of s the span covers, or "" when the span does not fit s.
func (sp Span) Text(s string) string {
	if sp.Start < 0 || sp.End > len(s) || sp.Start > sp.End {
		return ""
	}
	return s[sp.Start:sp.End]
}

// Token is one word or number, with its byte offsets.
type Token struct {
	Text       string
	Start, End int
}
