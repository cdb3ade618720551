package model

import (
	"fmt"
	"strings"
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

// judge weighs clusters of aligned claims. It knows every outlet's claims, so
// that two figures an outlet states side by side are never set against each other.
type judge struct {
	ws       []claimWork
	byOutlet map[string][]int
}

// newJudge indexes the claims by outlet.
func newJudge(ws []claimWork) *judge {
	j := &judge{ws: ws, byOutlet: make(map[string][]int)}
	for i, w := range ws {
		j.byOutlet[w.outlet] = append(j.byOutlet[w.outlet], i)
	}
	return j
}

// verdicts gives a cluster its verdict, splitting unconfirmed disagreements.
func (j *judge) verdicts(cluster []int) []judgement {
	ws := j.ws
	if len(outletsOf(ws, cluster)) < 2 {
		return []judgement{{verdict: Single, claims: cluster, reason: "only " + ws[cluster[0]].outlet + " reports this"}}
	}
	var sides [][]int
	var reason string
	switch ws[cluster[0]].kind {
	case factMeasure, factWhen:
		sides, reason = j.measureConflict(cluster)
	case factQuote:
		sides, reason = j.quoteConflict(cluster)
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
