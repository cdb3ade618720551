package model

import (
	"fmt"

	"parallax/model/quantity"
	"slices"
	"sort"
	"strings"
)

// judgement is the verdict on one cluster of aligned claims. A cluster whose
// values disagree without enough evidence that they measure the same thing is
// split into its sides rather than marked red: a wrong conflict costs more
// than a missed one.
type judgement struct {
	verdict  Verdict
	claims   []int
	sides    [][]int
	reason   string
	conflict *Conflict
}

// judge weighs clusters of aligned claims. It knows every outlet's claims, so
// that two figures an outlet prints side by side are never set against each other.
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
		return []judgement{{verdict: Single, claims: cluster, reason: onlyOne(ws, cluster)}}
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
		sort.SliceStable(sides, func(a, b int) bool { return len(sourcesOf(ws, sides[a])) > len(sourcesOf(ws, sides[b])) })
		later := supersedes(ws, sides)
		return []judgement{{verdict: Conflicting, claims: cluster, sides: sides, reason: reason + later,
			conflict: conflictOf(ws, sides, later != "")}}
	}
	var out []judgement
	for _, side := range sides {
		if len(sourcesOf(ws, side)) < 2 {
			out = append(out, judgement{verdict: Single, claims: side, reason: onlyOne(ws, side)})
			continue
		}
		out = append(out, judgement{verdict: Corroborated, claims: side, reason: agreement(ws, side)})
	}
	return out
}

// conflictOf says as data what the sides of a conflict state: per side, the
// figure, or the quotation's words and speaker.
func conflictOf(ws []claimWork, sides [][]int, update bool) *Conflict {
	first := ws[sides[0][0]]
	c := &Conflict{Kind: ConflictValues}
	switch {
	case first.kind == factQuote:
		c.Kind = ConflictMisquote
		a, b := ws[sides[0][0]], ws[sides[1][0]]
		if _, changed := quoteDiff(a.quote, b.quote, a.elided, b.elided); len(changed) > 0 {
			summariseChanges(changed)
			c.Values = []string{strings.Join(changed[0].from, " "), strings.Join(changed[0].to, " ")}
		} else if a.claim.Quote != nil && b.claim.Quote != nil {
			c.Kind = ConflictAttribution
			c.Values = []string{a.claim.Quote.Speaker, b.claim.Quote.Speaker}
		}
		return c
	case quantity.Thousandfold(first.measure, ws[sides[1][0]].measure):
		c.Kind = ConflictSlip
	case update:
		c.Kind = ConflictUpdate
	}
	for _, side := range sides {
		c.Values = append(c.Values, ws[side[0]].measure.Text)
	}
	if update {
		c.Later = ws[latestOf(ws, sides)].outlet
	}
	return c
}

// latestOf returns the claim published last among the sides.
func latestOf(ws []claimWork, sides [][]int) int {
	last := sides[0][0]
	for _, side := range sides {
		for _, c := range side {
			if ws[c].published.After(ws[last].published) {
				last = c
			}
		}
	}
	return last
}

// agreement says in plain words what the outlets of a corroborated group agree on.
func agreement(ws []claimWork, claims []int) string {
	who := joinOutlets(sourcesOf(ws, claims))
	copies := carriedBy(ws, claims)
	switch ws[claims[0]].kind {
	case factMeasure, factWhen:
		var forms []string
		for _, c := range claims {
			if t := ws[c].measure.Text; !slices.Contains(forms, t) {
				forms = append(forms, t)
			}
		}
		return fmt.Sprintf("%s agree: %s%s", who, strings.Join(forms, " ≈ "), copies)
	case factQuote:
		return fmt.Sprintf("%s quote the same words%s", who, copies)
	}
	return fmt.Sprintf("%s report this%s", who, copies)
}

// supersedes notes when one side of a figure's conflict was published after
// every other side: a later count may update an earlier one ("eight freed",
// then "twelve") rather than contradict it. Slips and quotes are not updates.
func supersedes(ws []claimWork, sides [][]int) string {
	if len(sides) < 2 || ws[sides[0][0]].kind == factQuote || quantity.Thousandfold(ws[sides[0][0]].measure, ws[sides[1][0]].measure) {
		return ""
	}
	latest := make([]int, len(sides)) // the latest claim of each side
	for k, side := range sides {
		latest[k] = side[0]
		for _, c := range side {
			if ws[c].published.IsZero() {
				return ""
			}
			if ws[c].published.After(ws[latest[k]].published) {
				latest[k] = c
			}
		}
	}
	last := 0
	for k := range latest {
		if ws[latest[k]].published.After(ws[latest[last]].published) {
			last = k
		}
	}
	for k := range latest {
		if k != last && !ws[latest[k]].published.Before(ws[latest[last]].published) {
			return "" // another side is as recent
		}
	}
	c := latest[last]
	return fmt.Sprintf(" (%s's report is later, %s, and may update the others)", ws[c].outlet, ws[c].published.Format("Jan 2"))
}

// onlyOne says that a single source reports something, and who carried its copy.
func onlyOne(ws []claimWork, claims []int) string {
	return "only " + ws[claims[0]].source + " reports this" + carriedBy(ws, claims)
}

// carriedBy names the outlets that printed another outlet's copy: " (carried
// by A and B)", or "" when every claim is its outlet's own.
func carriedBy(ws []claimWork, claims []int) string {
	var copies []string
	for _, c := range claims {
		if ws[c].outlet != ws[c].source && !slices.Contains(copies, ws[c].outlet) {
			copies = append(copies, ws[c].outlet)
		}
	}
	if len(copies) == 0 {
		return ""
	}
	return " (carried by " + joinOutlets(copies) + ")"
}

// sourcesOf lists the distinct independent sources of some claims: a wire copy
// counts as its original.
func sourcesOf(ws []claimWork, claims []int) []string {
	var out []string
	for _, c := range claims {
		if !slices.Contains(out, ws[c].source) {
			out = append(out, ws[c].source)
		}
	}
	return out
}

// outletsOf lists the distinct outlets of some claims, in claim order.
func outletsOf(ws []claimWork, claims []int) []string {
	var out []string
	for _, c := range claims {
		if !slices.Contains(out, ws[c].outlet) {
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
