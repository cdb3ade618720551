package verdict

import (
	"sort"

	"parallax/model/facts"
	"parallax/model/quantity"
)

// Groups are built from the strongest pairs down, and two groups only merge
// when every claim of one aligns with every claim of the other that another
// outlet wrote (complete linkage). A group never grows by a chain of links
// (A like B, B like C, so A with C), which is how topic piles form; it never
// holds two facts of one sentence, nor more than two claims of one outlet.

// maxPerOutlet is how many claims of one outlet a group may hold: a fact
// stated in the lead and again in the body.
const maxPerOutlet = 2

// group clusters the claims along the aligned pairs.
func (c *checker) group(edges []edge) [][]int {
	sort.Slice(edges, func(i, j int) bool {
		if edges[i].score != edges[j].score {
			return edges[i].score > edges[j].score
		}
		if edges[i].a != edges[j].a {
			return edges[i].a < edges[j].a
		}
		return edges[i].b < edges[j].b
	})
	c.linked = make(map[[2]int]basis, len(edges))
	for _, e := range edges {
		c.linked[[2]int{e.a, e.b}] = e.basis
	}
	aligned := func(x, y int) bool {
		_, ok := c.link(x, y)
		return ok
	}
	groupOf := make([]int, len(c.claims))
	members := make([][]int, len(c.claims))
	for i := range c.claims {
		groupOf[i] = i
		members[i] = []int{i}
	}
	for _, e := range edges {
		ga, gb := groupOf[e.a], groupOf[e.b]
		if ga == gb || !c.canMerge(members[ga], members[gb], aligned) {
			continue
		}
		if len(members[ga]) < len(members[gb]) {
			ga, gb = gb, ga
		}
		for _, x := range members[gb] {
			groupOf[x] = ga
		}
		members[ga] = append(members[ga], members[gb]...)
		members[gb] = nil
	}
	c.attachRivals(edges, groupOf, members)
	var out [][]int
	for i := range c.claims {
		if groupOf[i] == i {
			g := members[i]
			sort.Ints(g)
			out = append(out, g)
		}
	}
	return out
}

// attachRivals gives each figure left on its own a second chance to join a
// group of figures it disagrees with: complete linkage lets the agreeing
// figures of a fact find each other first, and a rival value ("January 1"
// against "the end of February") then joins when it aligns with at least half
// of the group's claims from other outlets. The verdict decides whether the
// rival is a conflict or a different fact, and splits it off if need be.
func (c *checker) attachRivals(edges []edge, groupOf []int, members [][]int) {
	for _, e := range edges {
		if e.basis != onFigure {
			continue
		}
		for _, end := range [2][2]int{{e.a, e.b}, {e.b, e.a}} {
			x, y := end[0], end[1]
			gx, gy := groupOf[x], groupOf[y]
			if gx == gy || len(members[gx]) != 1 || len(members[gy]) < 2 || !c.rivalOf(x, members[gy]) {
				continue
			}
			members[gy] = append(members[gy], x)
			members[gx] = nil
			groupOf[x] = gy
			break
		}
	}
}

// rivalOf reports whether a figure may join a group as a rival value: it
// disagrees with a figure of the group from another outlet and with every
// figure of its own outlet's, its outlet has room, and it aligns with at
// least half of the group's claims from other outlets. A rival may agree
// with some of the group: "up to 1.6 million" agrees with a plain "1.5
// million" but not with "as many as 1.5 million".
func (c *checker) rivalOf(x int, g []int) bool {
	linked, others, own, disagree := 0, 0, 0, 0
	for _, y := range g {
		cy := c.claims[y]
		agree := quantity.Agree(cy.Figure, c.claims[x].Figure)
		if cy.Kind != c.claims[x].Kind || (agree && cy.Outlet == c.claims[x].Outlet) || c.otherYears(x, y) {
			return false
		}
		if !agree && cy.Outlet != c.claims[x].Outlet {
			disagree++
		}
		if cy.Doc == c.claims[x].Doc && cy.Sentence.Start == c.claims[x].Sentence.Start {
			return false
		}
		if cy.Outlet == c.claims[x].Outlet {
			own++
			continue
		}
		others++
		if b, ok := c.link(x, y); (ok && b == onFigure) || c.related(x, y) {
			linked++
		}
	}
	return own < maxPerOutlet && disagree > 0 && 2*linked >= others
}

// related reports whether two figures measure the same sort of thing about
// the same people or things: a word around them in common, and a name.
func (c *checker) related(x, y int) bool {
	a, b := c.claims[x], c.claims[y]
	return Comparable(a.Figure, b.Figure) && commonItems(a.Measures, b.Measures) > 0 &&
		overlap(a.Sentence.Families, b.Sentence.Families) > 0
}

// link returns what two claims were aligned on, if they were.
func (c *checker) link(x, y int) (basis, bool) {
	if x > y {
		x, y = y, x
	}
	b, ok := c.linked[[2]int{x, y}]
	return b, ok
}

// figures reports whether a group is of figures and dates, which only ever
// align with each other: its claims aligned on their values, or joined it as
// a rival value.
func (c *checker) figures(g []int) bool {
	for _, x := range g {
		if k := c.claims[x].Kind; k != facts.Figure && k != facts.When {
			return false
		}
	}
	return true
}

// allOn reports whether every pair of a group's claims from different
// outlets was aligned on the given basis.
func (c *checker) allOn(g []int, on basis) bool {
	for k, x := range g {
		for _, y := range g[k+1:] {
			if c.claims[x].Outlet == c.claims[y].Outlet {
				continue
			}
			if b, ok := c.link(x, y); !ok || b != on {
				return false
			}
		}
	}
	return true
}

// canMerge reports whether two groups may become one: every pair of claims
// across them from different outlets aligned, no sentence twice, and no
// outlet more than maxPerOutlet times.
func (c *checker) canMerge(a, b []int, aligned func(x, y int) bool) bool {
	perOutlet := map[string]int{}
	for _, g := range [][]int{a, b} {
		for _, x := range g {
			perOutlet[c.claims[x].Outlet]++
			if perOutlet[c.claims[x].Outlet] > maxPerOutlet {
				return false
			}
		}
	}
	for _, x := range a {
		for _, y := range b {
			cx, cy := c.claims[x], c.claims[y]
			if cx.Doc == cy.Doc && cx.Sentence.Start == cy.Sentence.Start {
				return false
			}
			if cx.Outlet != cy.Outlet && !aligned(x, y) {
				return false
			}
		}
	}
	return true
}
