package verdict

import "fmt"

// A quotation's conflicts: the same words with a word that matters changed
// (a misquote), or the same long passage credited to two different people
// (a misattribution). Shorter lines credited to two people ("it would have
// been a massacre") are often said by both: they are kept apart, not set
// against each other and not shown as agreeing.

// quoteConflict finds misquotes and misattributions in a group of quotations,
// and splits quotations credited to different people into their speakers.
func (c *checker) quoteConflict(g []int) ([][]int, *Conflict, string) {
	for x, a := range g {
		for _, b := range g[x+1:] {
			ca, cb := c.claims[a], c.claims[b]
			if ca.Outlet == cb.Outlet {
				continue // an outlet quoting two lines is not a conflict with itself
			}
			qa, qb := ca.Sentence.Quote, cb.Sentence.Quote
			shared, changed := quoteDiff(qa, qb)
			if len(changed) > 0 && !c.alsoQuotes(cb.Outlet, a) && !c.alsoQuotes(ca.Outlet, b) {
				sides := splitBy(g, func(i int) bool { return c.sameWords(i, a) })
				if len(c.sourcesOf(sides[1])) > len(c.sourcesOf(sides[0])) {
					// Say it from the version most outlets print.
					sides[0], sides[1] = sides[1], sides[0]
					a, b = b, a
					_, changed = quoteDiff(c.claims[a].Sentence.Quote, c.claims[b].Sentence.Quote)
				}
				top := mostTelling(changed)[0]
				return sides, &Conflict{Kind: Misquote, Values: []string{joinWords(top.from), joinWords(top.to)}},
					fmt.Sprintf("misquote: %s (%s vs %s)", summariseChanges(changed),
						joinOutlets(c.outletsOf(sides[0])), joinOutlets(c.outletsOf(sides[1])))
			}
			if c.differentSpeakers(a, b) && shared >= c.cfg.MinAttributedWords {
				sides := splitBy(g, func(i int) bool { return !c.differentSpeakers(i, a) })
				c.majorityFirst(sides)
				names := []string{c.claims[sides[0][0]].Sentence.Credit.Name, c.claims[sides[1][0]].Sentence.Credit.Name}
				return sides, &Conflict{Kind: Attribution, Values: names},
					fmt.Sprintf("the same words credited to %s by %s and to %s by %s",
						ca.Sentence.Credit.Name, ca.Outlet, cb.Sentence.Credit.Name, cb.Outlet)
			}
		}
	}
	return c.bySpeaker(g), nil, ""
}

// bySpeaker splits quotations credited to different people into one side per
// speaker; quotations with no known speaker go with the first.
func (c *checker) bySpeaker(g []int) [][]int {
	var sides [][]int
	for _, i := range g {
		placed := false
		for k, side := range sides {
			if !c.differentSpeakers(i, side[0]) {
				sides[k] = append(side, i)
				placed = true
				break
			}
		}
		if !placed {
			sides = append(sides, []int{i})
		}
	}
	return sides
}

// differentSpeakers reports whether two quotations are credited to two
// different people. A name with and without its title is one credit, and so
// is a spokesperson and a body (they speak for it); an unknown speaker
// differs from no one.
func (c *checker) differentSpeakers(i, j int) bool {
	a, b := c.claims[i].Sentence.Credit, c.claims[j].Sentence.Credit
	if a.Entity == "" || b.Entity == "" || a.Entity == b.Entity || a.Family == b.Family {
		return false
	}
	if (a.Office != "" && !b.Person) || (b.Office != "" && !a.Person) {
		return false
	}
	return true
}

// sameWords reports whether two quotations agree word for word where they overlap.
func (c *checker) sameWords(i, j int) bool {
	_, changed := quoteDiff(c.claims[i].Sentence.Quote, c.claims[j].Sentence.Quote)
	return len(changed) == 0
}

// alsoQuotes reports whether an outlet also prints claim a's quotation word for
// word: then its other version is another thing the speaker said, not a misquote.
func (c *checker) alsoQuotes(outlet string, a int) bool {
	qa := c.claims[a].Sentence.Quote
	for _, i := range c.byOutlet[outlet] {
		x := c.claims[i]
		if x.Kind != c.claims[a].Kind || x.Sentence.Quote == nil || commonItems(x.Sentence.Quote.Words, qa.Words) < c.cfg.MinQuoteShared {
			continue
		}
		if shared, changed := quoteDiff(x.Sentence.Quote, qa); len(changed) == 0 && shared >= c.cfg.MinQuoteShared {
			return true
		}
	}
	return false
}
