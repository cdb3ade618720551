package verdict

import (
	"fmt"
	"slices"
	"strings"

	"parallax/model/facts"
)

// A quotation's conflicts: the same words with a word that matters changed
// (a misquote), or the same long passage credited to two different people
// (a misattribution): the shorter quotation nearly all inside the longer, not
// a stock phrase in two people's different words ("on the wrong side of
// history"). Shorter lines credited to two people ("it would have
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
			if qa.Title() || qb.Title() {
				continue // a show's or a law's name, not someone's words
			}
			shared, changed := quoteDiff(qa, qb)
			shorter := min(len(qa.Words), len(qb.Words))
			if len(changed) > 0 && float64(shared) >= c.cfg.MisquoteShare*float64(shorter) && !c.twoPeople(a, b) && !c.explained(a, b, changed) {
				sides := splitBy(g, func(i int) bool { return c.sameWords(i, a) })
				if len(sides[1]) == 0 {
					continue // b's words are all in a's, read the other way: an excerpt, not a misquote
				}
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
			if c.differentSpeakers(a, b) && !c.creditsABody(a) && !c.creditsABody(b) && !c.namesOtherSpeaker(a, b) && shared >= c.cfg.MinAttributedWords && float64(shared) >= c.cfg.AttributedShare*float64(shorter) {
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
// different people. A name with and without its title or accents is one
// credit ("Eskelsen Garcia", "Lily Eskelsen García"), and so is a
// spokesperson and a body (they speak for it); an unknown speaker
// differs from no one.
func (c *checker) differentSpeakers(i, j int) bool {
	sa, sb := c.claims[i].Sentence, c.claims[j].Sentence
	a, b := sa.Credit, sb.Credit
	if a.Entity == "" || b.Entity == "" || a.Entity == b.Entity || houseSpelling(a.Family) == houseSpelling(b.Family) ||
		houseSpelling(surname(a.Name)) == houseSpelling(surname(b.Name)) || oneSlip(surname(a.Name), surname(b.Name)) || c.relays(a) || c.relays(b) ||
		c.givenAndSurname(c.claims[i].Story, a, b) || c.givenAndSurname(c.claims[i].Story, b, a) {
		return false
	}
	// "White House spokesman Eric Schultz" and "the White House" are one
	// voice, and so are a spokeswoman and the person she speaks for ("Mrs.
	// Trump …,” said her spokeswoman Stephanie Grisham).
	speaksFor := func(person facts.Credit, in *facts.Sentence, body facts.Credit) bool {
		if !person.Person {
			return false
		}
		if !body.Person {
			return person.For == body.Family || slices.Contains(in.Families, body.Family) // "in his letter to Verizon employees, Milch said"
		}
		return spokespeople[person.Office] && (person.For == body.Family || containsWord(strings.ToLower(in.Text), body.Family))
	}
	return !speaksFor(a, sa, b) && !speaksFor(b, sb, a)
}

// oneSlip reports whether two surnames of five letters or more are one
// letter apart: one speaker's name misspelt ("Mayers" for "Meyers"), which
// is a slip of spelling, not the words credited to someone else.
func oneSlip(a, b string) bool {
	if len(a) < 5 || len(b) < 5 || len(a)-len(b) > 1 || len(b)-len(a) > 1 || strings.EqualFold(a, b) {
		return false
	}
	return editDistance(strings.ToLower(a), strings.ToLower(b)) == 1
}

// givenAndSurname reports whether one credit is a person's given name alone
// and the other their surname, as the story names them in full elsewhere:
// "Franklin" and "Graham" of Franklin Graham.
func (c *checker) givenAndSurname(story int, given, sur facts.Credit) bool {
	name := strings.ToLower(strings.TrimSpace(given.Name))
	return name != "" && !strings.Contains(name, " ") && slices.Contains(c.families[familyKey{story, sur.Family}], name)
}

// surname is the last word of a name without the article some styles join
// to it: "al Mekdad" and "Faisal al-Mekdad" are one person.
func surname(name string) string {
	w := lastWord(name)
	for _, article := range []string{"al-", "el-"} {
		if rest, ok := strings.CutPrefix(w, article); ok && rest != "" {
			return rest
		}
	}
	return w
}

// namesOtherSpeaker reports whether either quotation's sentence names the
// other's speaker: "Mullins and Craig said", or a credit read off the wrong
// name ("Reade's neighbor LaCasse tells Insider"). Then the words are not
// credited to two people.
func (c *checker) namesOtherSpeaker(i, j int) bool {
	sa, sb := c.claims[i].Sentence, c.claims[j].Sentence
	return c.mentions(i, sb.Credit.Name) || c.mentions(j, sa.Credit.Name)
}

// creditsABody reports whether a quotation is credited to an organisation
// ("the White House said", "according to The Washington Post"): someone
// speaks or reports for it, maybe the person another outlet names, so the
// words are not shown as credited to two people.
func (c *checker) creditsABody(i int) bool {
	s := c.claims[i].Sentence
	for _, m := range s.Mentions {
		if m.Entity == s.Credit.Entity {
			return m.Type == "org" || m.Type == "person" && !s.Credit.Person // a body, or a person's ("the Cruz campaign")
		}
	}
	return false
}

// spokespeople are the offices whose holders speak for someone else.
var spokespeople = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true}

// twoPeople reports whether two quotations are credited to two different
// people: their words are two quotations however alike, never a misquote.
func (c *checker) twoPeople(i, j int) bool {
	return c.claims[i].Sentence.Credit.Person && c.claims[j].Sentence.Credit.Person && c.differentSpeakers(i, j)
}

// relays reports whether a credit is a news outlet, which passes words on
// ("Clinton said …, the Associated Press reported") rather than saying them:
// an outlet of the story, a wire service, an organisation the words are
// "according to" ("…,” according to the Crimson; according to BuzzFeed, “…”),
// or someone who "reports" them.
func (c *checker) relays(cr facts.Credit) bool {
	name := strings.ToLower(cr.Name)
	if cr.Relayed {
		return true
	}
	if cr.Person || name == "" {
		return false
	}
	if wireServices[name] {
		return true
	}
	for o := range c.byOutlet {
		if strings.EqualFold(o, cr.Name) {
			return true
		}
	}
	return false
}

// wireServices are the agencies whose copy other outlets print and credit.
var wireServices = map[string]bool{"associated press": true, "the associated press": true, "ap": true,
	"reuters": true, "agence france-presse": true, "afp": true, "bloomberg": true}

// sameWords reports whether two quotations agree word for word where they overlap.
func (c *checker) sameWords(i, j int) bool {
	_, changed := quoteDiff(c.claims[i].Sentence.Quote, c.claims[j].Sentence.Quote)
	return len(changed) == 0
}

// explained reports whether every change between two quotations is
// explained by one outlet also printing the other's words.
func (c *checker) explained(a, b int, changed []change) bool {
	for _, ch := range changed {
		back := change{from: ch.to, to: ch.from}
		if _, rev := quoteDiff(c.claims[b].Sentence.Quote, c.claims[a].Sentence.Quote); len(rev) > 0 {
			back = rev[0]
		}
		if !c.alsoQuotes(c.claims[b].Outlet, a, b, ch) && !c.alsoQuotes(c.claims[a].Outlet, b, a, back) {
			return false
		}
	}
	return true
}

// alsoQuotes reports whether an outlet also prints claim a's version of the
// words where claim b's version differs (the change ch, from a to b), in a
// quotation that agrees with a: then b is another thing the speaker said,
// not a misquote. An excerpt that leaves out the words in dispute proves
// nothing.
func (c *checker) alsoQuotes(outlet string, a, b int, ch change) bool {
	qa := c.claims[a].Sentence.Quote
	disputed := qa.Words[max(0, ch.at-1):min(len(qa.Words), ch.at+len(ch.from)+1)]
	for _, i := range c.byOutlet[outlet] {
		x := c.claims[i]
		if i == b || x.Sentence.Quote == nil || commonItems(x.Sentence.Quote.Words, qa.Words) < c.cfg.MinQuoteShared {
			continue
		}
		if _, changed := quoteDiff(x.Sentence.Quote, qa); len(changed) == 0 && containsRun(x.Sentence.Quote.Words, disputed) {
			return true
		}
	}
	return false
}

// containsRun reports whether words holds run as consecutive words.
func containsRun(words, run []string) bool {
	for i := 0; i+len(run) <= len(words); i++ {
		if slices.Equal(words[i:i+len(run)], run) {
			return true
		}
	}
	return false
}
