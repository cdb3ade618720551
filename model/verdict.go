package model

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"parallax/model/quantity"
)

// judgement is the verdict on one cluster of aligned claims. A cluster whose
// values disagree without enough evidence that they measure the same thing is
// split into its sides rather than marked red: a wrong conflict costs more
// than a missed one.
type judgement struct {
	verdict Verdict
	claims  []int
	sides   [][]int
	reason  string
}

// judge gives every cluster its verdict, splitting unconfirmed disagreements.
func judge(ws []claimWork, cluster []int) []judgement {
	if len(outletsOf(ws, cluster)) < 2 {
		return []judgement{{verdict: Single, claims: cluster, reason: "only " + ws[cluster[0]].outlet + " reports this"}}
	}
	var sides [][]int
	var reason string
	switch ws[cluster[0]].kind {
	case factMeasure, factWhen:
		sides, reason = measureConflict(ws, cluster)
	case factQuote:
		sides, reason = quoteConflict(ws, cluster)
	default:
		sides = [][]int{cluster}
	}
	if reason != "" {
		return []judgement{{verdict: Conflicting, claims: cluster, sides: sides, reason: reason + supersedes(ws, sides)}}
	}
	var out []judgement
	for _, side := range sides {
		if len(outletsOf(ws, side)) < 2 {
			out = append(out, judgement{verdict: Single, claims: side, reason: "only " + ws[side[0]].outlet + " reports this"})
			continue
		}
		out = append(out, judgement{verdict: Corroborated, claims: side, reason: agreement(ws, side)})
	}
	return out
}

// measureConflict splits a cluster of figures into sides of mutually compatible
// values and confirms a conflict between two sides only when the figures
// measure the same thing in the same scope.
func measureConflict(ws []claimWork, cluster []int) ([][]int, string) {
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
					if ws[a].outlet != ws[b].outlet && sameMeasuredThing(&ws[a], &ws[b]) && !statesBoth(ws, a, b) && !statesBoth(ws, b, a) {
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
		if !quantity.Compatible(ws[c].measure, ws[o].measure) {
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
		if other.scope != "" || !contains(other.entities, scoped.scope) {
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
	ratio := hi / lo
	if ratio < 2.5 {
		return true
	}
	for _, p := range []float64{1e3, 1e6, 1e9} {
		if ratio > p*0.8 && ratio < p*1.25 {
			return true
		}
	}
	return false
}

// statesBoth reports whether an outlet that gives one value also gives the
// other in the same sentence: then the two figures measure different things
// ("less than $50 million of the company's $863.3 billion revenue").
func statesBoth(ws []claimWork, a, b int) bool {
	// Claims of one sentence are next to each other in reading order.
	same := func(i int) bool {
		return i >= 0 && i < len(ws) && ws[i].claim.Doc == ws[b].claim.Doc && ws[i].claim.Start == ws[b].claim.Start
	}
	for _, step := range []int{-1, 1} {
		for i := b + step; same(i); i += step {
			if quantity.Comparable(ws[i].measure, ws[a].measure) && quantity.Compatible(ws[i].measure, ws[a].measure) {
				return true
			}
		}
	}
	return false
}

// quoteConflict finds misquotes (the same quotation with words changed) and
// misattributions (the same words credited to different speakers).
func quoteConflict(ws []claimWork, cluster []int) ([][]int, string) {
	for x, a := range cluster {
		for _, b := range cluster[x+1:] {
			ca, cb := &ws[a], &ws[b]
			if ca.outlet == cb.outlet {
				continue // an outlet quoting two lines is not a conflict with itself
			}
			_, changed := quoteDiff(ca.quote, cb.quote, ca.elided, cb.elided)
			if len(changed) > 0 {
				return splitBy(cluster, func(c int) bool { return sameWords(&ws[c], ca) }),
					fmt.Sprintf("misquote: %s (%s vs %s)", summariseChanges(changed), ca.outlet, cb.outlet)
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

// summariseChanges names at most two changes, the most telling first: words
// swapped for other content words, then other swaps, then words added or dropped.
func summariseChanges(changed []change) string {
	sort.SliceStable(changed, func(i, j int) bool { return changed[i].weight() > changed[j].weight() })
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

// agreement says in plain words what the outlets of a corroborated group agree on.
func agreement(ws []claimWork, claims []int) string {
	outlets := outletsOf(ws, claims)
	who := joinOutlets(outlets)
	switch ws[claims[0]].kind {
	case factMeasure, factWhen:
		var forms []string
		for _, c := range claims {
			if t := ws[c].measure.Text; !contains(forms, t) {
				forms = append(forms, t)
			}
		}
		return fmt.Sprintf("%s agree: %s", who, strings.Join(forms, " ≈ "))
	case factQuote:
		return fmt.Sprintf("%s quote the same words", who)
	}
	return fmt.Sprintf("%s report this", who)
}

// supersedes notes when the sides come from reports published on different days:
// a later report may correct an earlier one rather than contradict it.
func supersedes(ws []claimWork, sides [][]int) string {
	latest := -1
	for _, side := range sides {
		for _, c := range side {
			if ws[c].published.IsZero() {
				return ""
			}
			if latest < 0 || ws[c].published.After(ws[latest].published) {
				latest = c
			}
		}
	}
	if latest < 0 {
		return ""
	}
	for _, side := range sides {
		for _, c := range side {
			if !ws[c].published.Equal(ws[latest].published) {
				return fmt.Sprintf(" (reported on different days; %s's later report, %s, may supersede)",
					ws[latest].outlet, ws[latest].published.Format("Jan 2"))
			}
		}
	}
	return ""
}

// outletsOf lists the distinct outlets of some claims, in claim order.
func outletsOf(ws []claimWork, claims []int) []string {
	var out []string
	for _, c := range claims {
		if !contains(out, ws[c].outlet) {
			out = append(out, ws[c].outlet)
		}
	}
	return out
}

// joinOutlets writes "A", "A and B" or "A, B and C".
func joinOutlets(o []string) string {
	switch len(o) {
	case 0:
		return ""
	case 1:
		return o[0]
	}
	return strings.Join(o[:len(o)-1], ", ") + " and " + o[len(o)-1]
}
