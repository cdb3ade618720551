package search

import "strings"

// What github.com/sahilm/fuzzy documents of its score bounds what a name
// can score, from a little known of the name ahead: a query's first
// character gains 10 on the name's first character, and any character 20
// after a separator or as a capital after a small letter, the first less 5
// for each character before it (at most 15); a character right after the
// one matched before gains 5, and each such bonus more than the last (twice
// all of them so far, plus 5); and the score loses one for every character
// of the name left unmatched. A name whose bound is below the worst of the
// best k kept so far need not be scored.

// shape is what bounds one name's score: which characters sit where the
// scorer gives a bonus, as byteMask bits. Only names of ASCII without NUL
// have one (first is 0 for the others, which are always scored), since
// there a byte is a character and the lower case is the scorer's fold.
type shape struct {
	first  byte   // the name's first byte in lower case
	early  uint64 // the characters at a bonus place second or third (for a first character, 15 or 10 less)
	starts uint64 // the characters at any bonus place after the first
}

// shapeOf is the shape of a name, folded its lower case.
func shapeOf(name, folded string) shape {
	if name == "" || !isASCII(name) {
		return shape{}
	}
	s := shape{first: folded[0]}
	for j := 1; j < len(name); j++ {
		last, c := name[j-1], name[j]
		if strings.IndexByte(`/-_ .\`, last) >= 0 || 'a' <= last && last <= 'z' && 'A' <= c && c <= 'Z' {
			bit := maskOf(folded[j])
			s.starts |= bit
			if j <= 2 {
				s.early |= bit
			}
		}
	}
	return s
}

// unbounded is above every bound, for the names that have no shape.
const unbounded = 1 << 30

// bound is the most the scorer can give name i (ASCII, without NUL) for the
// query q (its lower case, ASCII, all of it in the name in order).
func (ix *Index) bound(q []byte, i int) int {
	s := ix.shape[i]
	if s.first == 0 {
		return unbounded
	}
	// The first character: 10 on the name's first, 15 on a bonus place
	// second, 5 on a later one, and -5 elsewhere (after one character at
	// least, with no bonus).
	b := -5
	switch {
	case s.early&maskOf(q[0]) != 0:
		b = 15
	case s.first == q[0]:
		b = 10
	case s.starts&maskOf(q[0]) != 0:
		b = 5
	}
	// Each later one: 20 on a bonus place. The bonuses for adjacent
	// characters all come from pairs of the query's characters that lie
	// side by side in the name, one bonus at most for each pair.
	adjacent := 0
	folded := ix.folded[i]
	for p := 1; p < len(q); p++ {
		if s.starts&maskOf(q[p]) != 0 {
			b += 20
		}
		if holdsPair(folded, q[p-1], q[p]) {
			adjacent += 2*adjacent + 5
		}
	}
	return b + adjacent + len(q) - len(folded)
}

// holdsPair reports whether a is followed by b somewhere in s.
func holdsPair(s string, a, b byte) bool {
	for i := 0; i+1 < len(s); i++ {
		j := strings.IndexByte(s[i:len(s)-1], a)
		if j < 0 {
			return false
		}
		i += j
		if s[i+1] == b {
			return true
		}
	}
	return false
}

// maskOf is byteMask of one byte.
func maskOf(c byte) uint64 {
	switch {
	case 'a' <= c && c <= 'z':
		return 1 << (c - 'a')
	case '0' <= c && c <= '9':
		return 1 << (26 + c - '0')
	default:
		return 1 << (36 + c%28)
	}
}
