package model

import (
	"fmt"
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
					if sameMeasuredThing(&ws[a], &ws[b]) {
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
// figures overlap (the same thing measured), the sentences share what they are
// about, neither denies what the other states, and both speak of one time frame.
func sameMeasuredThing(a, b *claimWork) bool {
	if jaccard(a.window, b.window) == 0 || a.negated != b.negated || disjointYears(a.years, b.years) {
		return false
	}
	if len(a.entities) > 0 && len(b.entities) > 0 && jaccard(a.entities, b.entities) == 0 {
		return false
	}
	return true
}

// quoteConflict finds misquotes (the same quotation with words changed) and
// misattributions (the same words credited to different speakers).
func quoteConflict(ws []claimWork, cluster []int) ([][]int, string) {
	for x, a := range cluster {
		for _, b := range cluster[x+1:] {
			ca, cb := &ws[a], &ws[b]
			_, changed := quoteDiff(ca.quote, cb.quote, ca.elided, cb.elided)
			if len(changed) > 0 {
				return splitBy(cluster, func(c int) bool { return sameWords(&ws[c], ca) }),
					fmt.Sprintf("misquote: %s (%s vs %s)", strings.Join(changed, ", "), ca.outlet, cb.outlet)
			}
			if ca.speaker != "" && cb.speaker != "" && ca.speaker != cb.speaker {
				return splitBy(cluster, func(c int) bool { return ws[c].speaker == ca.speaker }),
					fmt.Sprintf("the same words credited to %s by %s and to %s by %s",
						ca.claim.Quote.Speaker, ca.outlet, cb.claim.Quote.Speaker, cb.outlet)
			}
		}
	}
	return [][]int{cluster}, ""
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
