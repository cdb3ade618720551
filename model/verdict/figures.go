package verdict

import (
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"

	"parallax/model/facts"
	"parallax/model/quantity"
	"parallax/model/text"
)

// The evidence a figure's conflict needs: the two figures measure the same
// thing (the words around them), of the same subject (the entities of their
// clauses), in the same scope and time frame; neither sentence denies what
// the other states; the values are close enough to be rival reports of one
// number, or a power of 1,000 apart; and neither outlet also prints the
// other's value for that thing.

// figureConflict splits a group of figures into sides of mutually compatible
// values and confirms a conflict between two sides only with the evidence.
func (c *checker) figureConflict(g []int) ([][]int, *Conflict, string) {
	byValue := append([]int(nil), g...)
	sort.SliceStable(byValue, func(i, j int) bool { return c.claims[byValue[i]].Figure.Value < c.claims[byValue[j]].Figure.Value })
	var sides [][]int
	for _, i := range byValue {
		placed := false
		for k, side := range sides {
			if c.agreesWithAll(i, side) {
				sides[k] = append(side, i)
				placed = true
				break
			}
		}
		if !placed {
			sides = append(sides, []int{i})
		}
	}
	if len(sides) < 2 {
		return sides, nil, ""
	}
	// One outlet giving two of the values: the group holds two facts, not two
	// versions of one, unless the pair is one sentence printed two ways.
	twoFacts := c.outletOnTwoSides(sides)
	for x := 0; x < len(sides); x++ {
		for y := x + 1; y < len(sides); y++ {
			for _, a := range sides[x] {
				for _, b := range sides[y] {
					ca, cb := c.claims[a], c.claims[b]
					if twoFacts && c.textSim(a, b) < c.cfg.CloseConflictText {
						continue
					}
					if ca.Outlet != cb.Outlet && !quantity.Agree(ca.Figure, cb.Figure) && c.sameMeasuredThing(a, b) && !c.alsoStates(cb.Outlet, a) && !c.alsoStates(ca.Outlet, b) {
						kind := Values
						if quantity.Slip(ca.Figure, cb.Figure) {
							kind = Slip
						}
						c.majorityFirst(sides)
						return sides, &Conflict{Kind: kind, Values: c.figureValues(sides)}, quantity.Difference(ca.Figure, cb.Figure)
					}
				}
			}
		}
	}
	return sides, nil, ""
}

// outletOnTwoSides reports whether an outlet has claims on two sides: it
// states both values ("ten officers were hurt", "two officers were taken
// to hospital"), so they measure different things.
func (c *checker) outletOnTwoSides(sides [][]int) bool {
	seen := map[string]int{}
	for k, side := range sides {
		for _, i := range side {
			o := c.claims[i].Outlet
			if at, ok := seen[o]; ok && at != k {
				return true
			}
			seen[o] = k
		}
	}
	return false
}

// figureValues is each side's figure as its first claim writes it.
func (c *checker) figureValues(sides [][]int) []string {
	out := make([]string, len(sides))
	for k, side := range sides {
		out[k] = strings.Join(strings.Fields(c.claims[side[0]].Figure.Text), " ")
	}
	return out
}

// agreesWithAll reports whether claim i's figure agrees with every figure of a side.
func (c *checker) agreesWithAll(i int, side []int) bool {
	for _, o := range side {
		if !quantity.Agree(c.claims[i].Figure, c.claims[o].Figure) {
			return false
		}
	}
	return true
}

// sameMeasuredThing is the evidence a conflict between two figures needs.
func (c *checker) sameMeasuredThing(i, j int) bool {
	a, b := c.claims[i], c.claims[j]
	if !c.closeOrSlip(a.Figure, b.Figure) || quantity.Thousandfold(a.Figure, b.Figure) && !quantity.Slip(a.Figure, b.Figure) {
		return false // values far apart that are no slip of one value's scale word measure two things
	}
	sim := -1.0
	text := func() float64 { // the sentences' similarity, computed once if at all
		if sim < 0 {
			sim = c.textSim(i, j)
		}
		return sim
	}
	if !c.sameAttribute(i, j) || a.Sentence.Negated != b.Sentence.Negated || disjointYears(a.Sentence.Years, b.Sentence.Years) {
		return false
	}
	if c.pastOpening(i, j) || c.pastOpening(j, i) {
		return false // "In 2004, voters in 11 states …" against "Currently … 13 states": two moments
	}
	if a.Scope != b.Scope {
		// "workers at the plant" vs workers company-wide, or at another plant,
		// unless the unscoped sentence names the same place.
		scoped, other := a, b
		if a.Scope == "" {
			scoped, other = b, a
		}
		if other.Scope != "" || !slices.Contains(other.Sentence.Entities, scoped.Scope) {
			return false
		}
	}
	fa, fb := a.Sentence.Families, b.Sentence.Families
	if len(fa) > 0 && len(fb) > 0 && jaccard(fa, fb) == 0 && text() < 0.15 {
		return false
	}
	if a.Figure.Kind == quantity.Percent && commonItems(a.Measures, b.Measures) < 2 {
		return false // a share of what: one word in common is a poll's topic, not its question
	}
	if a.Figure.Kind == quantity.Percent && !sameBase(a.Sentence, b.Sentence) {
		return false // "88 percent of Republicans" and "53 percent" of everyone: shares of two groups
	}
	if a.Kind == facts.When && (commonItems(a.Measures, b.Measures) < 2 || overlap(a.Subject, b.Subject) == 0) {
		return false // two dates of a story are of two events unless the same words say whose and what
	}
	if len(a.Subject) > 0 && len(b.Subject) > 0 && overlap(a.Subject, b.Subject) == 0 {
		return false // Sanders's share and Cruz's share, the Dow's fall and the Nasdaq's
	}
	if c.namesakes(i, j) {
		return false
	}
	if a.Figure.Unit == "years old" && (a.Owner == "" || b.Owner == "") {
		return false // an age of no one named: whose it is is unclear
	}
	if c.ambiguousOwner(i) || c.ambiguousOwner(j) {
		return false // "Tsarnaev, 19" in a story of two Tsarnaev brothers: whose age is unclear
	}
	if (a.Figure.Kind == quantity.Percent || a.Figure.Kind == quantity.Year) && text() < c.cfg.CloseConflictText {
		return false // a share of whom, or a year of what: two polls, two groups, two events unless the sentences say the same
	}
	if a.Kind == facts.Figure && vague(a, b) && !quantity.Slip(a.Figure, b.Figure) && text() < c.cfg.VagueConflictText {
		return false // "$2.8 billion" for one program and "$4.3 billion" for another: money, shares, people and "several" need alike sentences; "$50 million" against "$50 billion" is a slip's mark
	}
	if (definiteGroup(a, c.cfg.DefiniteGroup) || definiteGroup(b, c.cfg.DefiniteGroup)) && text() < c.cfg.CloseConflictText {
		return false // "the two men will shake hands": people already named, not a count
	}
	if c.outletsIn[a.Story] > c.cfg.FewOutlets && text() < c.cfg.VagueConflictText && (a.Owner == "" || a.Owner != b.Owner) && !quantity.Slip(a.Figure, b.Figure) {
		return false // in a story of many outlets and days, one outlet's only count of "officials" is one of many such counts, and "delegates at stake" are at stake in many contests: only alike sentences or one owner's age make two counts one
	}
	if disjoint(a.Sentence.Days, b.Sentence.Days) || c.apartInTime(i, j) {
		return false // a count on Tuesday and one on Friday, or weeks apart: a story moving on
	}
	if c.sentenceStates(i, b.Figure) || c.sentenceStates(j, a.Figure) {
		return false // "52% to 48%" against "52 percent": each outlet gives both values
	}
	return true
}

// namesakes reports whether two ages are too far apart to be one person's
// misreported ("Rand Paul, 52" and "the elder Paul, 79": two people of one
// name), unless both give the same full name.
func (c *checker) namesakes(i, j int) bool {
	a, b := c.claims[i], c.claims[j]
	return a.Figure.Unit == "years old" && b.Figure.Unit == "years old" &&
		math.Abs(a.Figure.Value-b.Figure.Value) > float64(c.cfg.MaxAgeApart) && !fullNames(a.OwnerName, b.OwnerName)
}

// pastOpening reports whether claim i's sentence opens in a year before the
// one it was published in and claim j's names no year: their figures are of
// two moments.
func (c *checker) pastOpening(i, j int) bool {
	a, b := c.claims[i], c.claims[j]
	y := a.Sentence.OpenYear
	return y != 0 && len(b.Sentence.Years) == 0 && !a.Published.IsZero() && y < a.Published.Year()
}

// fullNames reports whether two names are both given in full, with the same
// given name: "James Hodgkinson" and "James T. Hodgkinson" are one man.
func fullNames(a, b string) bool {
	fa, fb := strings.Fields(strings.ToLower(a)), strings.Fields(strings.ToLower(b))
	return len(fa) >= 2 && len(fb) >= 2 && fa[0] == fb[0]
}

// apartInTime reports whether two claims were published further apart than
// cfg.MaxDaysApart: their figures are then of different moments. A report
// whose day is unknown cannot be placed beside one whose day is known; two
// undated reports (a folder of files) are taken as of one moment.
func (c *checker) apartInTime(i, j int) bool {
	a, b := c.claims[i].Published, c.claims[j].Published
	if a.IsZero() != b.IsZero() {
		return true
	}
	if a.IsZero() {
		return false
	}
	return math.Abs(a.Sub(b).Hours()) > 24*float64(c.cfg.MaxDaysApart)
}

// vague reports whether either of two figures leaves open what it counts
// (money, a share, "people") or how many ("several", "dozens").
func vague(a, b Claim) bool {
	return a.Unit == "" || b.Unit == "" || quantity.Vague(a.Figure) || quantity.Vague(b.Figure)
}

// definiteGroup reports whether a figure is a small count after "the" ("the
// two men", "the three gunmen"): a reference back to people or things the
// text has named, not a count it reports.
func definiteGroup(cl Claim, most int) bool {
	q := cl.Figure
	if q.Kind != quantity.Count || q.Value > float64(most) {
		return false
	}
	at := q.Start - cl.Sentence.Start
	if at <= 0 || at > len(cl.Sentence.Text) {
		return false
	}
	before := strings.Fields(cl.Sentence.Text[:at])
	return len(before) > 0 && strings.EqualFold(before[len(before)-1], "the")
}

// sentenceStates reports whether claim i's sentence also states q's value,
// of the same sort: then its two figures are of two things listed side by
// side, and either may be the other outlet's. The sort is loose here, since
// it can only spare a red mark: "by nearly 52% to 48%" states 52 percent as
// a margin, and "won eight of the last nine contests" counts eight contests.
func (c *checker) sentenceStates(i int, q quantity.Quantity) bool {
	ci := c.claims[i]
	for k, x := range ci.Sentence.Quantities {
		if k == ci.Index || x.Value != q.Value || quantity.Vague(x) {
			continue
		}
		if Comparable(x, q) || x.Kind == q.Kind || (x.Kind == quantity.Number && q.Kind == quantity.Count) {
			return true
		}
	}
	return false
}

// sameAttribute reports whether two figures clearly measure the same thing:
// the words around them share a content word, or they count the same
// particular thing ("workers", not "people" or "weeks") of the same subject.
func (c *checker) sameAttribute(i, j int) bool {
	a, b := c.claims[i], c.claims[j]
	if a.Part != b.Part {
		return false // "two more debates" is not a rival of "three debates"
	}
	if sourcing[a.Unit] || sourcing[b.Unit] {
		return false // "according to two sources" and "three sources say": each outlet's own sourcing
	}
	if a.Span || b.Span {
		// Spans of time ("10-year terms", "24 years") are of many things:
		// only the same words about the same subject make them one, and a
		// span written as a modifier measures its noun ("10-year terms":
		// how long a term runs), not how long something lasted.
		return commonItems(a.Measures, b.Measures) >= 2 && overlap(a.Subject, b.Subject) > 0 &&
			modifier(a.Figure) == modifier(b.Figure)
	}
	if jaccard(a.Measures, b.Measures) > 0 {
		return true
	}
	if a.Unit == "" || a.Unit != b.Unit || a.Span || measureUnits[a.Unit] {
		return false
	}
	return (c.soleUnit[i] && c.soleUnit[j]) || overlap(a.Subject, b.Subject) > 0
}

// sourcing are the stems of the counted things of how an outlet knows what
// it reports, which two outlets may count differently without contradicting
// each other.
var sourcing = map[string]bool{"sourc": true}

// measureUnits are the stems of units of measure: "175 miles" says how far,
// not what is far (a storm's reach, its distance from a city), so only the
// words around two such figures can make them one measurement.
var measureUnits = map[string]bool{
	"mile": true, "kilomet": true, "kilometr": true, "km": true, "mph": true, "feet": true, "foot": true,
	"inch": true, "meter": true, "metr": true, "yard": true, "pound": true, "lbs": true, "kg": true,
	"ounc": true, "ton": true, "tonn": true, "gallon": true, "liter": true, "barrel": true, "acr": true,
	"hectar": true, "degre": true, "knot": true,
}

// modifier reports whether a figure is written as one hyphenated modifier
// ("10-year", "two-hour"), which describes the noun after it.
func modifier(q quantity.Quantity) bool {
	return strings.Contains(q.Text, "-") && !strings.ContainsAny(strings.TrimSpace(q.Text), " \u00a0")
}

// closeOrSlip reports whether two values are near enough to be rival reports
// of one figure, or apart by a power of a thousand, the classic
// thousand/million/billion slip. Figures several times apart otherwise are
// nearly always different things (a unit and its parent, one country and
// another), not outlets contradicting each other.
func (c *checker) closeOrSlip(a, b quantity.Quantity) bool {
	if a.Kind == quantity.Date || a.Kind == quantity.Year {
		return true
	}
	lo, hi := math.Abs(a.Value), math.Abs(b.Value)
	if lo > hi {
		lo, hi = hi, lo
	}
	if lo == 0 {
		return hi == 0
	}
	if hi/lo < c.cfg.MaxRatio || (a.Kind == quantity.Count && hi <= float64(c.cfg.SmallCount)) {
		return true
	}
	return quantity.Thousandfold(a, b)
}

// alsoStates reports whether an outlet also gives claim a's value for the same
// thing somewhere: then its other figure measures something else (a part, an
// earlier count), and the two are not in conflict. Outlets giving both values
// side by side ("less than $50 million of the company's $863.3 billion") are
// the common case.
func (c *checker) alsoStates(outlet string, a int) bool {
	ca := c.claims[a]
	for _, i := range c.byOutlet[outlet] {
		x := c.claims[i]
		if x.Kind != ca.Kind || (x.Kind != facts.Figure && x.Kind != facts.When) {
			continue
		}
		if Comparable(x.Figure, ca.Figure) && quantity.Agree(x.Figure, ca.Figure) && jaccard(x.Measures, ca.Measures) > 0 {
			return true
		}
	}
	return false
}

// shareOf finds the group a share is of, after "percent of" or "% of": "88
// percent of Republicans", "12% of Obama supporters".
var shareOf = regexp.MustCompile(`(?i)(?:percent|%)\s+(?:of|among)\s+((?:[\w'’-]+\s*){1,4})`)

// sameBase reports whether two sentences' shares can be of one group: the
// groups they name after "percent of" share a word, or one names none and
// the other's group is named in it too.
func sameBase(a, b *facts.Sentence) bool {
	ga, gb := baseWords(a.Text), baseWords(b.Text)
	switch {
	case len(ga) == 0 && len(gb) == 0:
		return true
	case len(ga) == 0:
		return mentionsAny(a.Text, gb)
	case len(gb) == 0:
		return mentionsAny(b.Text, ga)
	}
	return commonItems(ga, gb) > 0
}

// baseWords are the first content word, lower case and without a plural s,
// of each group a sentence's shares are of: "republican" of "88 percent of
// Republicans disapprove", "gun" of "40 percent of all gun purchases".
func baseWords(sentence string) []string {
	var out []string
	for _, m := range shareOf.FindAllStringSubmatch(sentence, -1) {
		for _, w := range strings.Fields(strings.ToLower(m[1])) {
			if w = strings.TrimSuffix(strings.Trim(w, "'’-"), "s"); len(w) > 2 && !text.IsStopword(w) {
				if !slices.Contains(out, w) {
					out = append(out, w)
				}
				break
			}
		}
	}
	return out
}

// mentionsAny reports whether a sentence holds one of the words, plural or not.
func mentionsAny(sentence string, words []string) bool {
	low := strings.ToLower(sentence)
	for _, w := range words {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}
