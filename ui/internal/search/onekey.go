package search

// oneKeyTop is how many names are kept ranked for each one-letter query:
// enough for the finder's limit of entities, four names for each (Find
// keeps limit×4 names, since a name and its aliases may all rank high).
const oneKeyTop = 1024

// oneKey is the best k names for a query of one ASCII character, from the
// lists ranked when the index was built; ok is false for other queries
// and when k reaches past what was kept.
func (ix *Index) oneKey(p pattern, k int) (top []hit, ok bool) {
	if !p.ascii || len(p.low) != 1 {
		return nil, false
	}
	list := ix.byByte[p.low[0]]
	if k > len(list) && len(list) == oneKeyTop {
		return nil, false
	}
	return list[:min(k, len(list))], true
}

// rankBytes ranks, for every ASCII character, the names a query of that
// one character matches, as match would: the names holding it (in lower
// case), by the scorer's score.
func (ix *Index) rankBytes() {
	var tops [len(ix.byByte)]topK
	for b := range tops {
		tops[b].k = oneKeyTop
	}
	var found [len(ix.byByte)]bool
	var raw, at [len(ix.byByte)]int
	var held []byte
	for i, name := range ix.names {
		held = held[:0]
		if !ix.ascii[i] {
			for _, b := range []byte(ix.folded[i]) {
				if b < byte(len(found)) && !found[b] {
					found[b] = true
					held = append(held, b)
				}
			}
			for _, b := range held {
				found[b] = false
				if s, _, ok := scoreRunes([]rune{rune(b)}, name, nil); ok {
					tops[b].add(hit{score: int32(s), name: int32(i)})
				}
			}
			continue
		}
		// One pass finds every character's best place at once: with a
		// one-character query the scorer takes the place of highest bonus,
		// the first of those, and charges for where it is and for the rest
		// of the name.
		low := ix.folded[i]
		var last byte
		for j := 0; j < len(name); j++ {
			c, b := name[j], low[j]
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
			if !found[b] {
				found[b] = true
				held = append(held, b)
				raw[b], at[b] = s, j
			} else if s > raw[b] {
				raw[b], at[b] = s, j
			}
			last = c
		}
		for _, b := range held {
			found[b] = false
			s := raw[b] + max(at[b]*unmatchedLeadingCharPenalty, maxUnmatchedLeadingCharPenalty) + 1 - len(name)
			tops[b].add(hit{score: int32(s), name: int32(i)})
		}
	}
	for b := range tops {
		ix.byByte[b] = tops[b].sorted()
	}
}
