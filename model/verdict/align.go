package verdict

import (
	"math"
	"strconv"
	"strings"

	"parallax/model/facts"
	"parallax/model/quantity"
)

// Alignment finds claims in different outlets that state the same fact. It
// never looks at position: candidates come from an inverted index of content
// stems within each story, so cost grows with the number of claims that share
// rare words, not with the number of pairs.

// checker holds the claims of a pile and what alignment and verdicts compute
// about them once.
type checker struct {
	claims     []Claim
	cfg        Config
	sentenceOf []int            // claim -> index into sentences
	sentences  []sentenceInfo   // per distinct sentence
	stemID     map[string]int32 // content stem -> its number in the story
	contentIDs [][]int32        // per distinct sentence: the numbers of its Content, in order
	soleUnit   []bool           // the count is its outlet's only count of that thing in the story
	soleValue  []bool           // no other sentence of its outlet in the story states this value
	byOutlet   map[string][]int
	outletsIn  map[int]int            // distinct outlets of each story
	linked     map[[2]int]basis       // aligned pairs (lower index first) and what they were aligned on
	misnamed   []Group                // name conflicts found in agreeing figure groups, sides of figures
	families   map[familyKey][]string // the given names each surname goes with in a story
	pairDF     map[int]map[uint64]int // story -> word pair -> how many of its sentences hold it
}

// newStory indexes the claims.
func newStory(cs []Claim, cfg Config) *checker {
	c := &checker{claims: cs, cfg: cfg, byOutlet: map[string][]int{}, outletsIn: map[int]int{}}
	for i, cl := range cs {
		if c.byOutlet[cl.Outlet] == nil {
			c.outletsIn[cl.Story]++ // an outlet's claims are of one story
		}
		c.byOutlet[cl.Outlet] = append(c.byOutlet[cl.Outlet], i)
	}
	c.indexSentences()
	c.indexFamilies()
	c.markSoleUnits()
	c.markSoleValues()
	return c
}

// edge is a scored candidate pair of claims.
type edge struct {
	a, b  int
	score float64
	basis basis
}

// basis is what two claims were aligned on, which decides what their group
// can be judged on: only figures aligned as figures can disagree in value,
// and only quotations aligned word by word can be misquotes.
type basis uint8

const (
	onFigure   basis = iota // the same figure of the same thing
	onWords                 // the same quotation
	onSentence              // sentences that say the same thing
)

// pair decides whether two claims state the same fact, how surely, and on
// what basis. A figure or date is only ever aligned with a figure or date;
// every sentence also has a fact of its own (its quotation or statement),
// and those align on their words.
func (c *checker) pair(i, j int) (float64, basis, bool) {
	a, b := c.claims[i], c.claims[j]
	text := c.textSim(i, j)
	fa, fb := a.Kind == facts.Figure || a.Kind == facts.When, b.Kind == facts.Figure || b.Kind == facts.When
	switch {
	case fa && fb:
		if a.Kind != b.Kind {
			return 0, onFigure, false
		}
		s, ok := c.figurePair(i, j, text)
		return s, onFigure, ok
	case fa || fb:
		return 0, onFigure, false
	case a.Kind == facts.Quote && b.Kind == facts.Quote:
		if s, ok := c.quotePair(i, j, text); ok {
			return s, onWords, true
		}
		if c.quoted(i) && c.quoted(j) {
			// Two sentences that give someone's words, and hardly any of the
			// same words, are two quotations: the credit they share ("Attorney
			// General Jon Bruning said") makes them alike, not one.
			if shared, _ := quoteDiff(a.Sentence.Quote, b.Sentence.Quote); shared < c.cfg.MinQuoteShared {
				return 0, onWords, false
			}
		}
	}
	s, ok := c.sentencePair(i, j, text)
	return s, onSentence, ok
}

// figurePair aligns two figures of the same sort that measure the same thing.
func (c *checker) figurePair(i, j int, text float64) (float64, bool) {
	a, b := c.claims[i], c.claims[j]
	if !Comparable(a.Figure, b.Figure) || disjointYears(a.Sentence.Years, b.Sentence.Years) || c.otherYears(i, j) || !c.closeOrSlip(a.Figure, b.Figure) {
		return 0, false // different sorts of thing, different years, or values too far apart to be one figure
	}
	if a.Kind == facts.Figure && (a.Owner != "" || b.Owner != "") && a.Owner != b.Owner && !nearSpelling(a.Owner, b.Owner) {
		return 0, false // ages of different people, or of someone and of something
	}
	if a.Kind == facts.Figure && (otherGivenNames(a.OwnerName, b.OwnerName) || c.namesakes(i, j)) {
		return 0, false // two brothers' ages: one surname, two people
	}
	measure := max(overlap(a.Measures, b.Measures), min(1, float64(commonItems(a.Measures, b.Measures))/2))
	if a.Unit != "" && a.Unit == b.Unit && !a.Span {
		measure = max(measure, 0.5) // "eight others", "eight other people": the counted thing is what they measure
	}
	subject := overlap(a.Subject, b.Subject)
	cfg := c.cfg
	s := cfg.FigureText*text + cfg.FigureMeasure*measure + cfg.FigureSubject*subject
	if c.soleUnit[i] && c.soleUnit[j] && a.Unit == b.Unit && overlap(a.Sentence.Families, b.Sentence.Families) > 0 {
		// The same thing counted about the same subject: in one story, one fact.
		s += cfg.FigureMeasure
		measure = max(measure, 0.5)
	}
	if a.Figure.Kind == quantity.Weekday && commonItems(a.Measures, b.Measures) < 2 {
		return 0, false // "on Friday" is in half the story: the day needs the words of its event
	}
	if a.Kind == facts.When && commonItems(a.Measures, b.Measures) < 2 && (subject == 0 || text < 0.2) && !c.soleDay(i, j) {
		return 0, false // "in February" is in many sentences: a date needs its words and whom it is about
	}
	if a.Kind == facts.When && disjoint(a.Sentence.Days, b.Sentence.Days) {
		return 0, false // "5 p.m. Tuesday" and "5 p.m. Wednesday" are other days
	}
	if quantity.Agree(a.Figure, b.Figure) {
		s += cfg.FigureAgree
		if (c.soleValue[i] && c.soleValue[j]) || (distinctive(a.Figure) && distinctive(b.Figure)) {
			// One value stated once by each outlet, or a value as particular
			// as "$5.7 billion": in one story, one fact.
			s += cfg.FigureSoleValue
			measure = max(measure, 0.5)
		}
	}
	return s, s >= cfg.AlignFigure && (measure > 0 || text >= 0.3)
}

// otherGivenNames reports whether two full names share a surname but not a
// given name: two people of one family ("Tamerlan Tsarnaev", "Dzhokhar A.
// Tsarnaev").
func otherGivenNames(a, b string) bool {
	fa, fb := strings.Fields(strings.ToLower(a)), strings.Fields(strings.ToLower(b))
	if len(fa) < 2 || len(fb) < 2 || fa[len(fa)-1] != fb[len(fb)-1] {
		return false
	}
	return !sameGivenName(strings.TrimSuffix(fa[0], "."), strings.TrimSuffix(fb[0], "."))
}

// sameGivenName reports whether two given names, lower case, may be one
// person's: an initial or a short form of the other ("j", "jim", "james"
// share their first letter).
func sameGivenName(a, b string) bool {
	return a == "" || b == "" || a[0] == b[0]
}

// soleDay reports whether two claims give one day of the month ("Feb. 28",
// "February 28, 2019") that each outlet gives in no other sentence: in one
// story, one date, whatever words each outlet puts around it.
func (c *checker) soleDay(i, j int) bool {
	a, b := c.claims[i], c.claims[j]
	return quantity.DayOfMonth(a.Figure) && quantity.DayOfMonth(b.Figure) && !a.Figure.Range && !b.Figure.Range &&
		c.soleValue[i] && c.soleValue[j] && quantity.Agree(a.Figure, b.Figure)
}

// distinctive reports whether a figure's value is particular enough that two
// outlets giving it in one story are unlikely to mean different things: two
// significant digits or more ("$5.7 billion", "$84,000", "234"), not a round
// number ("$8 billion", "$50,000") or a small count, and not a span of time.
func distinctive(q quantity.Quantity) bool {
	v := math.Abs(q.Value)
	if q.Kind == quantity.Year || q.Kind == quantity.Date || q.Kind == quantity.Number || v < 20 {
		return false
	}
	digits := strconv.FormatFloat(v, 'f', -1, 64)
	digits = strings.TrimRight(strings.ReplaceAll(digits, ".", ""), "0")
	digits = strings.TrimLeft(digits, "0")
	return len(digits) >= 2
}

// sentencePair aligns two sentences that say the same thing about the same
// subject: similar sentences sharing rare words, not just the story's topic.
func (c *checker) sentencePair(i, j int, text float64) (float64, bool) {
	if c.otherOccasion(i, j) {
		return 0, false
	}
	if text >= 0.1 && c.longestRun(i, j) >= c.cfg.StatementRun {
		return text + 0.5, true
	}
	if text < c.cfg.AlignStatement || !c.sameSubject(i, j) {
		return 0, false
	}
	rare, pairs := c.rareShared(i, j), c.sharedBigrams(i, j)
	if rare < c.cfg.StatementRare && pairs == 0 {
		return 0, false // the story's topic in common, not one thing said
	}
	// Pairs are grouped strongest first: of two sentences alike in words, the
	// one sharing more rare words and word pairs says the same thing, the
	// other may only share the story's topic.
	return text + c.cfg.StatementEvidence*float64(rare+pairs), true
}

// quoted reports whether a claim's quotation is long enough to be what its
// sentence says, rather than a phrase it borrows ("without merit").
func (c *checker) quoted(i int) bool {
	q := c.claims[i].Sentence.Quote
	return q != nil && len(q.Words) >= 2*c.cfg.MinQuoteShared
}

// otherOccasion reports whether two sentences tell of different occasions or
// voices, however alike their words: they name different years or weekdays
// and none in common ("the Guardian reported Wednesday" and "a new report in
// the Guardian, published on Saturday"), or credit different people.
func (c *checker) otherOccasion(i, j int) bool {
	a, b := c.claims[i].Sentence, c.claims[j].Sentence
	if disjointYears(a.Years, b.Years) || disjoint(a.Days, b.Days) {
		return true
	}
	ca, cb := a.Credit, b.Credit
	return ca.Person && cb.Person && ca.Entity != cb.Entity && ca.Family != cb.Family
}

// disjoint reports whether both lists are non-empty and share nothing.
func disjoint(a, b []string) bool {
	return len(a) > 0 && len(b) > 0 && commonItems(a, b) == 0
}

// sameSubject reports whether two sentences are about the same people or
// things: they share an entity family, or one names none.
func (c *checker) sameSubject(i, j int) bool {
	fa, fb := c.claims[i].Sentence.Families, c.claims[j].Sentence.Families
	return len(fa) == 0 || len(fb) == 0 || overlap(fa, fb) > 0
}

// disjointYears reports whether both sentences name years and none in common:
// then they speak of different time frames.
func disjointYears(a, b []int) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return false
			}
		}
	}
	return true
}

// otherYears reports whether two dates fall in different years, as written
// or, when written without a year, as placed by the day each was published:
// "won confirmation on Jan. 20, 2017" is not a rival of "will leave on
// January 1" written at the end of 2018.
func (c *checker) otherYears(i, j int) bool {
	a, b := c.claims[i], c.claims[j]
	ya, yb := quantity.YearAround(a.Figure, a.Published), quantity.YearAround(b.Figure, b.Published)
	return ya != 0 && yb != 0 && ya != yb
}

// Comparable is quantity.Comparable, with counted nouns that name the same
// thing in other words ("7,000 troops", "some 7,000 soldiers"; "eight others",
// "eight other people") counting the same thing.
func Comparable(a, b quantity.Quantity) bool {
	if quantity.Comparable(a, b) {
		return true
	}
	if a.Kind != quantity.Count || b.Kind != quantity.Count || a.Change != b.Change {
		return false
	}
	ca, cb := facts.UnitClass(a.Unit), facts.UnitClass(b.Unit)
	return ca != "" && ca == cb
}
