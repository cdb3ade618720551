package verdict

import (
	"slices"
	"sort"
)

// A group of aligned claims is corroborated when two independent sources
// state it compatibly, conflicting when the evidence says its claims state
// one fact incompatibly, and otherwise split into its compatible sides: a
// wrong conflict costs more than a missed one.

// judge gives a group its verdict, splitting it when its claims disagree
// without the evidence a conflict needs.
func (c *checker) judge(g []int) []Group {
	if len(c.outletsOf(g)) < 2 {
		return []Group{c.single(g)}
	}
	var sides [][]int
	var conflict *Conflict
	var reason string
	switch {
	case c.figures(g):
		sides, conflict, reason = c.figureConflict(g)
	case c.allOn(g, onWords):
		sides, conflict, reason = c.quoteConflict(g)
	default:
		sides = [][]int{g}
	}
	if conflict == nil {
		if s, cf, r := c.nameConflict(g); cf != nil {
			if !c.figures(g) {
				sides, conflict, reason = s, cf, r
			} else {
				// The figure agrees; the name is the sentences' to answer for.
				c.misnamed = append(c.misnamed, Group{Verdict: Conflicting, Sides: s, Reason: r, Conflict: cf})
			}
		}
	}
	if conflict != nil {
		if later := c.supersedes(sides, conflict.Kind); later >= 0 {
			conflict.Kind = Update
			conflict.Later = c.claims[later].Outlet
			reason += laterNote(c.claims[later])
		}
		return []Group{{Verdict: Conflicting, Claims: g, Sides: sides, Reason: reason, Conflict: conflict}}
	}
	var out []Group
	for _, side := range sides {
		if len(c.sourcesOf(side)) < 2 {
			out = append(out, c.single(side))
			continue
		}
		out = append(out, Group{Verdict: Corroborated, Claims: side, Reason: c.agreement(side)})
	}
	return out
}

// setApart moves the claims of conflicts found beside the groups (a name
// spelt two ways among agreeing figures, a person charged and still to be
// charged) out of their groups into conflicts of their own, and judges again
// what they leave. A claim already in a conflict stays there, and then so
// does the conflict found: one red mark a claim.
func (c *checker) setApart(groups []Group, found []Group) []Group {
	if len(found) == 0 {
		return groups
	}
	groupOf := make(map[int]int)
	for k, g := range groups {
		for _, i := range g.Claims {
			groupOf[i] = k
		}
	}
	for _, f := range found {
		taken := slices.ContainsFunc(f.Sides, func(side []int) bool {
			return len(side) == 0 || slices.ContainsFunc(side, func(i int) bool { return groups[groupOf[i]].Verdict == Conflicting })
		})
		if taken {
			continue
		}
		var all []int
		for _, side := range f.Sides {
			for _, i := range side {
				k := groupOf[i]
				groups[k].Claims = slices.DeleteFunc(groups[k].Claims, func(j int) bool { return j == i })
				all = append(all, i)
			}
		}
		slices.Sort(all)
		f.Claims = slices.Compact(all)
		all = f.Claims
		groups = append(groups, f)
		for _, i := range all {
			groupOf[i] = len(groups) - 1
		}
	}
	out := groups[:0]
	for _, g := range groups {
		switch {
		case len(g.Claims) == 0:
			continue
		case g.Verdict == Corroborated && len(c.sourcesOf(g.Claims)) < 2:
			g = c.single(g.Claims)
		case g.Verdict == Corroborated:
			g.Reason = c.agreement(g.Claims)
		}
		out = append(out, g)
	}
	return out
}

// single is the verdict on claims of one source.
func (c *checker) single(g []int) Group {
	return Group{Verdict: Single, Claims: g, Reason: c.onlyOne(g)}
}

// sourcesOf lists the distinct independent sources of some claims: a wire
// copy counts as its original.
func (c *checker) sourcesOf(g []int) []string {
	var out []string
	for _, i := range g {
		if s := c.claims[i].Source; !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// outletsOf lists the distinct outlets of some claims, in claim order.
func (c *checker) outletsOf(g []int) []string {
	var out []string
	for _, i := range g {
		if o := c.claims[i].Outlet; !slices.Contains(out, o) {
			out = append(out, o)
		}
	}
	return out
}

// majorityFirst orders sides by how many sources take each, most first.
func (c *checker) majorityFirst(sides [][]int) {
	sort.SliceStable(sides, func(a, b int) bool { return len(c.sourcesOf(sides[a])) > len(c.sourcesOf(sides[b])) })
}

// splitBy splits claims into those that satisfy in and the rest.
func splitBy(g []int, in func(int) bool) [][]int {
	var yes, no []int
	for _, i := range g {
		if in(i) {
			yes = append(yes, i)
		} else {
			no = append(no, i)
		}
	}
	return [][]int{yes, no}
}

// supersedes returns the latest claim when one side of a figure's conflict
// was published after every other side: a later count may update an earlier
// one ("eight freed", then "twelve") rather than contradict it. Slips and
// quotes are not updates. It returns -1 otherwise.
func (c *checker) supersedes(sides [][]int, kind ConflictKind) int {
	if len(sides) < 2 || kind != Values {
		return -1
	}
	latest := make([]int, len(sides)) // the latest claim of each side
	for k, side := range sides {
		latest[k] = side[0]
		for _, i := range side {
			if c.claims[i].Published.IsZero() {
				return -1
			}
			if c.claims[i].Published.After(c.claims[latest[k]].Published) {
				latest[k] = i
			}
		}
	}
	last := 0
	for k := range latest {
		if c.claims[latest[k]].Published.After(c.claims[latest[last]].Published) {
			last = k
		}
	}
	for k := range latest {
		if k != last && !c.claims[latest[k]].Published.Before(c.claims[latest[last]].Published) {
			return -1 // another side is as recent
		}
	}
	return latest[last]
}
