package search

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// How a query's words fit a text: each word is found in the text's lower
// case, as a whole word, a word's beginning or any part of a word.

// folded is a text as shown and as matched: lower case, digits' thousands
// separators dropped ("640,000" and "640000" are one figure), with the
// offset in the original of every byte of the folded form (nil when each
// byte stays where it was, as in most text: ASCII without such commas).
type folded struct {
	orig string
	low  string
	at   []int
}

func fold(s string) folded {
	if isASCII(s) && !digitComma(s) {
		return folded{orig: s, low: strings.ToLower(s)}
	}
	f := folded{orig: s, at: make([]int, 0, len(s))}
	var b strings.Builder
	b.Grow(len(s))
	for i, r := range s {
		if r == ',' && i > 0 && i+1 < len(s) && isDigit(s[i-1]) && isDigit(s[i+1]) {
			continue
		}
		l := unicode.ToLower(r)
		n := b.Len()
		b.WriteRune(l)
		for k := n; k < b.Len(); k++ {
			f.at = append(f.at, i)
		}
	}
	f.low = b.String()
	return f
}

// origAt is where byte k of the folded form is in the original.
func (f folded) origAt(k int) int {
	if f.at == nil {
		return k
	}
	return f.at[k]
}

// digitComma reports whether s has a comma between two digits.
func digitComma(s string) bool {
	for i := 1; i+1 < len(s); i++ {
		if s[i] == ',' && isDigit(s[i-1]) && isDigit(s[i+1]) {
			return true
		}
	}
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// match tiers: how well a query word fits a text.
const (
	noMatch   = 0
	substring = 1
	prefix    = 2
	whole     = 3
)

// matchWords scores a text against the query's words: the weakest word's
// tier (every word must be found), and the matched byte offsets in the
// original text.
func matchWords(t folded, words []string) (int, []int) {
	tier := whole
	var hits []int
	for _, w := range words {
		best, at := wordTier(t.low, w)
		if best == noMatch {
			return noMatch, nil
		}
		tier = min(tier, best)
		for k := at; k < at+len(w) && k < len(t.low); k++ {
			hits = append(hits, t.origAt(k))
		}
	}
	sort.Ints(hits)
	return tier, hits
}

// wordTier is how well one query word fits the folded text low, and where
// its best place starts.
func wordTier(low, w string) (best, at int) {
	best, at = noMatch, -1
	for from := 0; from <= len(low)-len(w); {
		i := strings.Index(low[from:], w)
		if i < 0 {
			break
		}
		i += from
		k := substring
		if i == 0 || !wordByte(low, i-1) {
			k = prefix
			if e := i + len(w); e == len(low) || !wordByte(low, e) {
				k = whole
			}
		}
		if k > best {
			best, at = k, i
		}
		if best == whole {
			break
		}
		from = i + 1
	}
	return best, at
}

// wordByte reports whether the byte at i of s is part of a word.
func wordByte(s string, i int) bool {
	if c := s[i]; c < utf8.RuneSelf {
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i+1])
	if r == utf8.RuneError {
		r, _ = utf8.DecodeRuneInString(s[i:])
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// queryWords splits and folds a query.
func queryWords(q string) []string {
	var out []string
	for _, w := range strings.Fields(q) {
		if f := fold(w).low; f != "" {
			out = append(out, f)
		}
	}
	return out
}
