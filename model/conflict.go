package model

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"

	"parallax/model/quantity"
)

// The evidence a conflict needs. Two claims in one cluster that disagree are
// only marked conflicting when they measure the same thing, in the same scope
// and time frame, and neither outlet also states the other's version.

// measureConflict splits a cluster of figures into sides of mutually compatible
// values and confirms a conflict between two sides only when the figures
// measure the same thing in the same scope.
func (j *judge) measureConflict(cluster []int) ([][]int, string) {
	ws := j.ws
	byValue := append([]int(nil), cluster...)
	sort.SliceStable(byValue, func(i, j int) bool { return ws[byValue[i]].measure.Value < ws[byValue[j]].measure.Value })
	var sides [][]int
	for _, c := range byValue {
		placed := false
		for k, side := range sides {
			if compatibleWithAll(ws, c, side) {
				sides[k] = append(side, c)
				placed = true
				break
			}
		}
		if !placed {
			sides = append(sides, []int{c})
		}
	}
	if len(sides) < 2 {
		return sides, ""
	}
	for x := 0; x < len(sides); x++ {
		for y := x + 1; y < len(sides); y++ {
			for _, a := range sides[x] {
				for _, b := range sides[y] {
					if ws[a].outlet != ws[b].outlet && sameMeasuredThing(&ws[a], &ws[b]) &&
						!j.alsoStates(ws[b].outlet, a) && !j.alsoStates(ws[a].outlet, b) {
						return sides, quantity.Difference(ws[a].measure, ws[b].measure)
					}
				}
			}
		}
	}
	return sides, ""
}

// compatibleWithAll reports whether claim c's figure fits every figure of a side.
func compatibleWithAll(ws []claimWork, c int, side []int) bool {
	for _, o := range side {
		if !quantity.Agree(ws[c].measure, ws[o].measure) {
			return false
		}
	}
	return true
}

// sameMeasuredThing is the evidence a conflict needs: the words around both
// figures overlap (the same thing measured), both speak of the same scope and
// time frame, neither denies what the other states, and the sentences share
// what they are about.
func sameMeasuredThing(a, b *claimWork) bool {
	if !slipOrClose(a.measure, b.measure) {
		return false
	}
	if jaccard(a.window, b.window) == 0 || a.negated != b.negated || disjointYears(a.years, b.years) {
		return false
	}
	if a.scope != b.scope {
		// "workers at the plant" vs workers company-wide, or at another plant,
		// unless the unscoped sentence names the same place.
		scoped, other := a, b
		if a.scope == "" {
			scoped, other = b, a
		}
		if other.scope != "" || !slices.Contains(other.entities, scoped.scope) {
			return false
		}
	}
	if len(a.families) > 0 && len(b.families) > 0 && jaccard(a.families, b.families) == 0 && jaccard(a.stems, b.stems) < 0.15 {
		return false
	}
	return true
}

// slipOrClose reports whether two values are near enough to be rival reports
// of one figure, or apart by a power of a thousand, the classic
// thousand/million/billion slip. Figures several times apart otherwise are
// nearly always different things (a unit and its parent, one country and
// another), not outlets contradicting each other.
func slipOrClose(a, b quantity.Quantity) bool {
	if a.Kind == quantity.Date || a.Kind == quantity.Year {
		return true
	}
	lo, hi := math.Abs(a.Value), math.Abs(b.Value)
	if lo > hi {
		lo, hi = hi, lo
	}
	if lo == 0 {
		return hi == 0
	}
	if hi/lo < 2.5 || (a.Kind == quantity.Count && hi <= smallCount) {
		return true
	}
	return quantity.Thousandfold(a, b)
}

// smallCount is the size up to which rival counts are plausible whatever their
// ratio: two dead or five, three suspects or seven.
const smallCount = 12

// alsoStates reports whether an outlet also gives claim a's value for the same
// thing somewhere: then its other figure measures something else (a part, an
// earlier count), and the two are not in conflict. Outlets giving both values
// side by side ("less than $50 million of the company's $863.3 billion") are
// the common case.
func (j *judge) alsoStates(outlet string, a int) bool {
	ws := j.ws
	for _, i := range j.byOutlet[outlet] {
		x := &ws[i]
		if x.kind != ws[a].kind || !comparable(x.measure, ws[a].measure) || !quantity.Agree(x.measure, ws[a].measure) {
			continue
		}
		if jaccard(x.window, ws[a].window) > 0 {
			return true
		}
	}
	return false
}

// quoteConflict finds misquotes (the same quotation with words changed) and
// misattributions (the same words credited to different speakers).
func (j *judge) quoteConflict(cluster []int) ([][]int, string) {
	ws := j.ws
	for x, a := range cluster {
		for _, b := range cluster[x+1:] {
			ca, cb := &ws[a], &ws[b]
			if ca.outlet == cb.outlet {
				continue // an outlet quoting two lines is not a conflict with itself
			}
			_, changed := quoteDiff(ca.quote, cb.quote, ca.elided, cb.elided)
			if len(changed) > 0 && !j.alsoQuotes(cb.outlet, a) && !j.alsoQuotes(ca.outlet, b) {
				sides := splitBy(cluster, func(c int) bool { return sameWords(&ws[c], ca) })
				if len(sourcesOf(ws, sides[1])) > len(sourcesOf(ws, sides[0])) {
					// Say it from the version most outlets print.
					sides[0], sides[1] = sides[1], sides[0]
					ca, cb = cb, ca
					_, changed = quoteDiff(ca.quote, cb.quote, ca.elided, cb.elided)
				}
				return sides, fmt.Sprintf("misquote: %s (%s vs %s)", summariseChanges(changed),
					joinOutlets(outletsOf(ws, sides[0])), joinOutlets(outletsOf(ws, sides[1])))
			}
			if ca.speaker != "" && cb.speaker != "" && ca.speaker != cb.speaker && distinctive(ca, cb) {
				return splitBy(cluster, func(c int) bool { return ws[c].speaker == ca.speaker }),
					fmt.Sprintf("the same words credited to %s by %s and to %s by %s",
						ca.claim.Quote.Speaker, ca.outlet, cb.claim.Quote.Speaker, cb.outlet)
			}
		}
	}
	return [][]int{cluster}, ""
}

// alsoQuotes reports whether an outlet also prints claim a's quotation word for
// word: then its other version is another thing the speaker said, not a misquote.
func (j *judge) alsoQuotes(outlet string, a int) bool {
	ws := j.ws
	for _, i := range j.byOutlet[outlet] {
		if ws[i].kind != factQuote || commonWords(ws[i].quote, ws[a].quote) <= minQuoteWords {
			continue
		}
		shared, changed := quoteDiff(ws[i].quote, ws[a].quote, ws[i].elided, ws[a].elided)
		if len(changed) == 0 && shared > minQuoteWords {
			return true
		}
	}
	return false
}

// summariseChanges names at most two changes, the most telling first: words
// swapped for other content words, then other swaps, then words added or dropped.
func summariseChanges(changed []change) string {
	sort.SliceStable(changed, func(i, j int) bool {
		if wi, wj := changed[i].weight(), changed[j].weight(); wi != wj {
			return wi > wj
		}
		return changed[i].size() < changed[j].size() // a word swapped tells more than a passage reworded
	})
	var out []string
	for _, c := range changed[:min(2, len(changed))] {
		out = append(out, c.String())
	}
	if len(changed) <= 2 {
		return strings.Join(out, ", ")
	}
	return fmt.Sprintf("%s (+%d more)", strings.Join(out, ", "), len(changed)-2)
}

// minAttributedWords is how long shared words must be before crediting them to
// two speakers is a conflict: short lines ("it would have been a massacre")
// are often said by several people.
const minAttributedWords = 8

// distinctive reports whether two quotations share enough words that only one
// person can have said them.
func distinctive(a, b *claimWork) bool {
	shared, _ := quoteDiff(a.quote, b.quote, a.elided, b.elided)
	return shared >= minAttributedWords
}

// sameWords reports whether two quotations agree word for word where they overlap.
func sameWords(a, b *claimWork) bool {
	_, changed := quoteDiff(a.quote, b.quote, a.elided, b.elided)
	return len(changed) == 0
}

// splitBy splits a cluster into the claims that satisfy in and the rest.
func splitBy(cluster []int, in func(int) bool) [][]int {
	var yes, no []int
	for _, c := range cluster {
		if in(c) {
			yes = append(yes, c)
		} else {
			no = append(no, c)
		}
	}
	return [][]int{yes, no}
}
