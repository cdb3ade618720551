// Package text splits article text into sentences and words and reduces words
// to stems: the plain-text groundwork every stage of the engine stands on.
package text

// Span is a byte range [Start, End) of a string.
type Span struct{ Start, End int }

// Token is one word or number, with its byte offsets.
type Token struct {
	Text       string
	Start, End int
}

// Sentences splits s into sentences. Offsets are byte offsets into s.
func Sentences(s string) []Span { return nil }

// Tokens splits s into words and numbers.
func Tokens(s string) []Token { return nil }

// Stem reduces a lower-case word to its stem.
func Stem(word string) string { return word }

// IsStopword reports whether a lower-case word carries no content.
func IsStopword(word string) bool { return false }

// ContentStems returns the stems of the content words of s, lower-cased, in order.
func ContentStems(s string) []string { return nil }
