package verdict

import (
	"fmt"
	"slices"
	"strings"
)

// Reasons say each verdict in plain words, the version most outlets print first.

// agreement says what the outlets of a corroborated group agree on.
func (c *checker) agreement(g []int) string {
	who := joinOutlets(c.sourcesOf(g))
	copies := c.carriedBy(g)
	switch {
	case c.figures(g):
		var forms []string
		for _, i := range g {
			t := strings.Join(strings.Fields(c.claims[i].Figure.Text), " ")
			if !slices.ContainsFunc(forms, func(f string) bool { return strings.EqualFold(f, t) }) {
				forms = append(forms, t)
			}
		}
		if len(forms) == 1 {
			return fmt.Sprintf("%s agree: %s%s", who, forms[0], copies)
		}
		return fmt.Sprintf("%s agree: %s%s", who, strings.Join(forms, " ≈ "), copies)
	case c.allOn(g, onWords):
		return fmt.Sprintf("%s quote the same words%s", who, copies)
	}
	return fmt.Sprintf("%s report this%s", who, copies)
}

// onlyOne says that a single source reports something, and who carried its copy.
func (c *checker) onlyOne(g []int) string {
	return "only " + c.claims[g[0]].Source + " reports this" + c.carriedBy(g)
}

// carriedBy names the outlets that printed another outlet's copy: " (carried
// by A and B)", or "" when every claim is its outlet's own.
func (c *checker) carriedBy(g []int) string {
	var copies []string
	for _, i := range g {
		if cl := c.claims[i]; cl.Outlet != cl.Source && !slices.Contains(copies, cl.Outlet) {
			copies = append(copies, cl.Outlet)
		}
	}
	if len(copies) == 0 {
		return ""
	}
	return " (carried by " + joinOutlets(copies) + ")"
}

// laterNote says that a claim's report came after the others'.
func laterNote(cl Claim) string {
	return fmt.Sprintf(" (%s's report is later, %s, and may update the others)", cl.Outlet, cl.Published.Format("Jan 2"))
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
