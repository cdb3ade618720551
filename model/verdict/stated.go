package verdict

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"parallax/model/facts"
	"parallax/model/quantity"
)

// What a story holds once, noted before any pair is scored: the values and
// counts each outlet states in only one sentence, and the given names that go
// with each surname.

// familyKey is a surname in one story.
type familyKey struct {
	story  int
	family string
}

// indexFamilies notes, per story, the given names of the people of each
// surname: two brothers make "Tsarnaev, 19" ambiguous.
func (c *checker) indexFamilies() {
	c.families = map[familyKey][]string{}
	seen := map[*facts.Sentence]bool{}
	type givenName struct {
		name string
		ok   bool // the name has a given name and a surname
	}
	givenOf := map[string]givenName{} // by the mention's name: its given name, read once
	for _, cl := range c.claims {
		if seen[cl.Sentence] {
			continue
		}
		seen[cl.Sentence] = true
		for _, m := range cl.Sentence.Mentions {
			if m.Type != "person" {
				continue
			}
			g, done := givenOf[m.Name]
			if !done {
				if f := strings.Fields(strings.ToLower(m.Name)); len(f) >= 2 {
					g = givenName{strings.TrimSuffix(f[0], "."), true}
				}
				givenOf[m.Name] = g
			}
			if !g.ok {
				continue
			}
			k := familyKey{cl.Story, m.Family}
			if !slices.Contains(c.families[k], g.name) {
				c.families[k] = append(c.families[k], g.name)
			}
		}
	}
}

// ambiguousOwner reports whether an age's owner is named by a surname that
// two people of the story share, without saying which.
func (c *checker) ambiguousOwner(i int) bool {
	cl := c.claims[i]
	if cl.Owner == "" || len(strings.Fields(cl.OwnerName)) > 1 {
		return false
	}
	given := c.families[familyKey{cl.Story, cl.Owner}]
	for x := range given {
		for _, y := range given[x+1:] {
			if !sameGivenName(given[x], y) {
				return true
			}
		}
	}
	return false
}

// markSoleValues notes the figures whose value their outlet states in no
// other sentence of the story: two outlets each stating "$5.7 billion" once
// in a story are stating one fact, however differently they word it. An
// outlet that gives $50,000 twice, as a fee and as a refund, has two facts
// of that value, and neither is sole.
func (c *checker) markSoleValues() {
	c.soleValue = make([]bool, len(c.claims))
	// Figures an outlet states of one sort of thing, by where their intervals
	// start: a value agrees with another only if their intervals overlap, so
	// one sweep over the sorted intervals finds every value stated twice.
	type key struct {
		story        int
		outlet, sort string
	}
	bySort := map[key][]int{}
	for i, cl := range c.claims {
		if (cl.Kind == facts.Figure && !cl.Span) || quantity.DayOfMonth(cl.Figure) {
			k := key{cl.Story, cl.Outlet, sortOf(cl.Figure)}
			bySort[k] = append(bySort[k], i)
		}
	}
	for _, g := range bySort {
		slices.SortFunc(g, func(a, b int) int { return cmp.Compare(c.claims[a].Figure.Low, c.claims[b].Figure.Low) })
		for _, i := range g {
			c.soleValue[i] = true
		}
		// reach holds, of the intervals seen so far, the one that reaches
		// highest, and the highest of another sentence than it.
		var reach [2]int
		n := 0
		for _, i := range g {
			f := c.claims[i]
			for k := range n {
				r := c.claims[reach[k]]
				if r.Sentence != f.Sentence && r.Figure.High >= f.Figure.Low && quantity.Agree(r.Figure, f.Figure) {
					c.soleValue[i], c.soleValue[reach[k]] = false, false
				}
			}
			switch {
			case n == 0:
				reach[0], n = i, 1
			case f.Figure.High > c.claims[reach[0]].Figure.High:
				if c.claims[reach[0]].Sentence != f.Sentence {
					reach[1], n = reach[0], 2
				}
				reach[0] = i
			case f.Sentence != c.claims[reach[0]].Sentence && (n == 1 || f.Figure.High > c.claims[reach[1]].Figure.High):
				reach[1], n = i, 2
			}
		}
	}
}

// sortOf names the sort of thing a figure counts, as Comparable compares
// them: its kind, change or level, and its unit or unit class.
func sortOf(q quantity.Quantity) string {
	unit := strings.ToLower(strings.TrimSpace(q.Unit))
	if class := facts.UnitClass(unit); class != "" {
		unit = class
	} else if q.Kind == quantity.Count {
		unit = strings.TrimSuffix(unit, "s")
	}
	return fmt.Sprintf("%s|%v|%s", q.Kind, q.Change, unit)
}

// markSoleUnits notes the counts that are their outlet's only count of that
// thing in the story: in one story, "Alibaba has 4 million customers" and
// "more than 4 billion customers" then state one fact, whatever else the
// sentences say.
func (c *checker) markSoleUnits() {
	type key struct {
		story        int
		outlet, unit string
	}
	n := map[key]int{}
	for _, cl := range c.claims {
		if cl.Kind == facts.Figure && cl.Unit != "" {
			n[key{cl.Story, cl.Outlet, cl.Unit}]++
		}
	}
	c.soleUnit = make([]bool, len(c.claims))
	for i, cl := range c.claims {
		c.soleUnit[i] = cl.Kind == facts.Figure && cl.Unit != "" && !cl.Span && n[key{cl.Story, cl.Outlet, cl.Unit}] == 1
	}
}
