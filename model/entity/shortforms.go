package entity

import "strings"

// leadingModifiers are first words an organisation's name drops in a second
// mention: "the National Drinking Water Commission", then "the Drinking Water
// Commission".
var leadingModifiers = map[string]bool{
	"national": true, "federal": true, "international": true, "global": true, "american": true, "state": true,
}

// mergeShortForms applies rule 5 of Resolve: short forms of one organisation.
func mergeShortForms(groups []*group, uf *unionFind) {
	withoutModifier := make(map[string][]int) // key minus its leading modifier -> org groups
	byFirstWord := make(map[string][]int)     // first word -> multi-word org roots
	for gi, g := range groups {
		if g.typ() != Org || g.words < 2 || g.acronym != "" {
			continue
		}
		words := strings.Fields(g.key)
		if leadingModifiers[words[0]] && len(words) >= 3 {
			rest := strings.Join(words[1:], " ")
			withoutModifier[rest] = appendRoot(withoutModifier[rest], uf.find(gi))
		}
		byFirstWord[words[0]] = appendRoot(byFirstWord[words[0]], uf.find(gi))
	}
	for gi, g := range groups {
		switch {
		case g.acronym != "":
		case g.typ() == Org && g.words >= 2:
			if roots := withoutModifier[g.key]; len(roots) == 1 {
				uf.union(roots[0], gi)
			}
		case g.typ() == Other && g.words == 1:
			if roots := byFirstWord[g.key]; len(roots) == 1 {
				uf.union(roots[0], gi)
			}
		}
	}
}

// appendRoot adds a union-find root to a list once.
func appendRoot(roots []int, r int) []int {
	for _, x := range roots {
		if x == r {
			return roots
		}
	}
	return append(roots, r)
}
