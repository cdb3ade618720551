package search

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The scorer is github.com/sahilm/fuzzy's, rewritten so that a name that
// does not make the top k costs no allocation and an ASCII name is read
// byte by byte: the same bonuses, penalties and choice of matched
// characters, so the same scores (TestScoreMatchesFuzzy and FuzzScore hold
// it to the library, which stays as the reference in the tests).
const (
	firstCharMatchBonus            = 10
	matchFollowingSeparatorBonus   = 20
	camelCaseMatchBonus            = 20
	adjacentMatchBonus             = 5
	unmatchedLeadingCharPenalty    = -5
	maxUnmatchedLeadingCharPenalty = -15
)

// pattern is a query as the scorer reads it.
type pattern struct {
	runes []rune
	low   []byte // the query in lower case, when it is all ASCII
	ascii bool
}

func newPattern(q string) pattern {
	p := pattern{runes: []rune(q), ascii: true}
	for i := 0; i < len(q); i++ {
		if q[i] >= utf8.RuneSelf || q[i] == 0 {
			p.ascii = false
			break
		}
	}
	if p.ascii {
		p.low = []byte(strings.ToLower(q))
	}
	return p
}

// score is the fuzzy score of name for p and, when at is not nil, the byte
// offsets of its matched characters appended to at[:0]. ok is false when
// name does not hold p's characters in order. low is name in lower case
// and ascii whether name is all ASCII without NUL; then the byte path runs.
func score(p pattern, name, low string, ascii bool, at []int) (s int, matched []int, ok bool) {
	if p.ascii && ascii {
		return scoreASCII(p.low, name, low, at)
	}
	return scoreRunes(p.runes, name, at)
}

// scoreASCII is scoreRunes for an ASCII pattern (in lower case) and name:
// equal folding is equality in lower case.
func scoreASCII(pat []byte, name, low string, at []int) (int, []int, bool) {
	if len(pat) == 0 {
		return 0, nil, false
	}
	total, matched, lastMatch := 0, 0, -1
	p, best, bestAt, adj := 0, -1, -1, 0
	var last byte
	n := len(name)
	for j := 0; j < n && p < len(pat); j++ {
		c := name[j]
		if low[j] == pat[p] {
			s := 0
			if j == 0 {
				s += firstCharMatchBonus
			}
			if 'a' <= last && last <= 'z' && 'A' <= c && c <= 'Z' {
				s += camelCaseMatchBonus
			}
			if j != 0 && separatorByte(last) {
				s += matchFollowingSeparatorBonus
			}
			if matched > 0 && lastMatch == j-1 {
				bonus := adj*2 + adjacentMatchBonus
				s += bonus
				adj += bonus
			}
			if s > best {
				best, bestAt = s, j
			}
		}
		// A pattern character is settled when the next one is coming up, or
		// at the end: so the best of its places is taken, not the first.
		end := j+1 == n
		if end || (p+1 < len(pat) && low[j+1] == pat[p+1]) {
			if bestAt > -1 {
				if matched == 0 {
					best += max(bestAt*unmatchedLeadingCharPenalty, maxUnmatchedLeadingCharPenalty)
				}
				total += best
				if at != nil {
					at = append(at[:matched], bestAt)
				}
				matched++
				lastMatch = bestAt
				best = -1
				p++
			}
		}
		last = c
	}
	if matched != len(pat) {
		return 0, nil, false
	}
	return total + matched - n, at, true
}

// scoreRunes is the library's scorer as it is, over runes.
func scoreRunes(runes []rune, name string, at []int) (int, []int, bool) {
	if len(runes) == 0 {
		return 0, nil, false
	}
	clean := name
	if i := strings.IndexByte(name, 0); i > -1 {
		clean = name[:i]
	}
	total, matched, lastMatch := 0, 0, -1
	p, best, bestAt, adj := 0, -1, -1, 0
	var last rune
	lastIndex := 0
	nextc, nextSize := utf8.DecodeRuneInString(clean)
	var c rune
	var size int
	for j := 0; j < len(clean); j += size {
		c, size = nextc, nextSize
		if p < len(runes) && equalFold(c, runes[p]) {
			s := 0
			if j == 0 {
				s += firstCharMatchBonus
			}
			if unicode.IsLower(last) && unicode.IsUpper(c) {
				s += camelCaseMatchBonus
			}
			if j != 0 && separator(last) {
				s += matchFollowingSeparatorBonus
			}
			if matched > 0 && lastMatch == lastIndex {
				bonus := adj*2 + adjacentMatchBonus
				s += bonus
				adj += bonus
			}
			if s > best {
				best, bestAt = s, j
			}
		}
		var nextp rune
		if p < len(runes)-1 {
			nextp = runes[p+1]
		}
		if j+size < len(clean) {
			nextc, nextSize = utf8.DecodeRuneInString(clean[j+size:])
		} else {
			nextc, nextSize = 0, 0
		}
		if equalFold(nextp, nextc) || nextc == 0 {
			if bestAt > -1 {
				if matched == 0 {
					best += max(bestAt*unmatchedLeadingCharPenalty, maxUnmatchedLeadingCharPenalty)
				}
				total += best
				if at != nil {
					at = append(at[:matched], bestAt)
				}
				matched++
				lastMatch = bestAt
				best = -1
				p++
			}
		}
		lastIndex = j
		last = c
	}
	if matched != len(runes) {
		return 0, nil, false
	}
	return total + matched - len(clean), at, true
}

// equalFold is strings.EqualFold for one rune each, as the library has it.
func equalFold(tr, sr rune) bool {
	if tr == sr {
		return true
	}
	if tr < sr {
		tr, sr = sr, tr
	}
	if tr < utf8.RuneSelf {
		return 'A' <= sr && sr <= 'Z' && tr == sr+'a'-'A'
	}
	r := unicode.SimpleFold(sr)
	for r != sr && r < tr {
		r = unicode.SimpleFold(r)
	}
	return r == tr
}

// separator reports whether a match after r gets the separator bonus.
func separator(r rune) bool { return r < utf8.RuneSelf && separatorByte(byte(r)) }

func separatorByte(c byte) bool {
	switch c {
	case '/', '-', '_', ' ', '.', '\\':
		return true
	}
	return false
}
