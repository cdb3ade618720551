package verdict

import (
	"fmt"
	"slices"
	"strings"

	"parallax/model/facts"
)

// A case's stage: whether a person has been charged. One outlet writing that
// someone "has been charged" or "was indicted" while another, within days,
// writes that the charges are still to come ("expected to be indicted", "no
// formal charges have been filed yet", "plan to file charges") is a conflict
// a reader must see, though a moving story usually explains it: it is an
// update when the outlet that says charged published later, or wrote the
// earlier stage too. The sentences must be about one person and nobody else
// but their speaker, in the present case: a sentence of further charges
// ("also expected to be charged"), of another year, or of a condition ("if
// charged") says nothing of the stage.

// stage is what a sentence says of a person's charges.
type stage struct {
	family  string // the person's surname
	name    string // the person as the sentence names them
	charged bool   // charged or indicted; otherwise the charges are still to come
	words   string // the words that say so, as written
}

// aheadWords, before "to be charged" or "to file charges", put the charges
// in the future.
var aheadWords = []string{"expected", "expects", "expect", "likely", "set", "poised", "plan", "plans", "planned", "planning",
	"intend", "intends", "intended", "intent", "preparing", "prepared", "yet"}

// otherCaseWords near the charge words make it other charges or another
// moment: further charges, earlier ones, or charges on a condition.
var otherCaseWords = []string{"also", "additional", "further", "more", "new", "other", "another", "again", "previously",
	"earlier", "prior", "once", "if", "whether", "unless", "until", "before", "could", "may", "might", "would", "should"}

// chargeStage reads what a sentence says of one person's charges.
func chargeStage(s *facts.Sentence, year int) (stage, bool) {
	if !strings.Contains(s.Text, "harge") && !strings.Contains(s.Text, "ndict") {
		return stage{}, false // no "charged", "charges" or "indicted": most sentences
	}
	for _, y := range s.Years {
		if y != year {
			return stage{}, false // another year's case
		}
	}
	words := make([]string, len(s.Tokens))
	for k, t := range s.Tokens {
		words[k] = strings.ToLower(t.Text)
	}
	from, to, charged, ok := chargeWords(words)
	if !ok {
		return stage{}, false
	}
	for k := max(0, from-4); k < min(len(words), to+4); k++ {
		if slices.Contains(otherCaseWords, words[k]) {
			return stage{}, false
		}
	}
	var who *facts.Mention
	for i := range s.Mentions {
		m := &s.Mentions[i]
		if m.Type != "person" || m.Family == "" || m.Family == s.Credit.Family && s.Credit.Person {
			continue
		}
		if who != nil && who.Family != m.Family {
			return stage{}, false // two people: whose charges is not clear
		}
		if who == nil {
			who = m
		}
	}
	if who == nil || charged && !namedBefore(s, who.Family, from) {
		return stage{}, false
	}
	said := make([]string, 0, to-from+1)
	for _, t := range s.Tokens[from : to+1] {
		said = append(said, t.Text)
	}
	return stage{family: who.Family, name: s.Text[who.Start:who.End], charged: charged, words: strings.Join(said, " ")}, true
}

// namedBefore reports whether the person of a family is named just before
// token k, the subject of "has been charged" ("Sayoc, 56, has been
// charged"), not "the men" beside a name further on.
func namedBefore(s *facts.Sentence, family string, k int) bool {
	for _, m := range s.Mentions {
		if m.Family != family {
			continue
		}
		between := 0
		for _, t := range s.Tokens[:k] {
			if t.Start >= m.End {
				between++
			}
		}
		if m.End <= s.Tokens[k].Start && between <= 2 {
			return true
		}
	}
	return false
}

// chargeWords finds the words of a sentence that say charges were brought
// ("has been charged", "was indicted") or are still to come ("is expected to
// be indicted", "no charges have been filed", "plan to file charges"): the
// first and last of them, and which it is.
func chargeWords(w []string) (from, to int, charged, ok bool) {
	for k, t := range w {
		switch t {
		case "charged", "indicted":
			if from, charged, ok := chargeChain(w, k); ok {
				return from, k, charged, true
			}
		case "charges":
			if from, ok := aheadOfCharges(w, k); ok {
				return from, k, false, true
			}
			if from, to, ok := noChargesFiled(w, k); ok {
				return from, to, false, true
			}
		}
	}
	return 0, 0, false, false
}

// chargeChain reads the words before "charged" or "indicted" at k: an
// auxiliary makes it done ("has been", "was"), a future still to come
// ("expected to be", "yet to be"). A denial ("has not been charged") is
// left out: it is mostly of some charges ("with anything related to the
// campaign") or of someone beside the accused.
func chargeChain(w []string, k int) (from int, charged, ok bool) {
	j := skipBack(w, k-1, chargeAdverbs)
	if j < 0 {
		return 0, false, false
	}
	switch w[j] {
	case "been":
		if p := skipBack(w, j-1, chargeAdverbs); p >= 0 && slices.Contains([]string{"has", "have", "had"}, w[p]) {
			return p, true, true
		}
	case "was", "were", "is", "are":
		return j, true, true
	case "be":
		if j >= 2 && w[j-1] == "to" && slices.Contains(aheadWords, w[j-2]) {
			return j - 2, false, true // "expected to be indicted", "yet to be charged"
		}
		if j >= 1 && w[j-1] == "will" {
			return j - 1, false, true
		}
	}
	return 0, false, false
}

// chargeAdverbs stand between the words of a charge ("has already been
// secretly indicted"), chargeAdjectives before "charges" ("no formal charges").
var (
	chargeAdverbs    = []string{"already", "secretly", "formally", "officially", "now", "federally"}
	chargeAdjectives = []string{"criminal", "federal", "formal"}
)

// skipBack steps back from word j over the words of skip to the word
// before them, or -1.
func skipBack(w []string, j int, skip []string) int {
	for j >= 0 && slices.Contains(skip, w[j]) {
		j--
	}
	return j
}

// aheadOfCharges reads "plan to file charges", "intent to bring criminal
// charges": the charges at k still to come.
func aheadOfCharges(w []string, k int) (from int, ok bool) {
	j := skipBack(w, k-1, chargeAdjectives)
	if j >= 2 && (w[j] == "file" || w[j] == "bring") && w[j-1] == "to" && slices.Contains(aheadWords, w[j-2]) {
		return j - 2, true
	}
	return 0, false
}

// noChargesFiled reads "no formal charges have been filed": "no" before the
// charges at k and "filed" or "brought" a few words after; the first and
// last of those words.
func noChargesFiled(w []string, k int) (from, to int, ok bool) {
	j := skipBack(w, k-1, chargeAdjectives)
	if j < 0 || w[j] != "no" {
		return 0, 0, false
	}
	for e := k + 1; e < min(len(w), k+5); e++ {
		if w[e] == "filed" || w[e] == "brought" {
			if e+1 < len(w) && w[e+1] == "yet" {
				e++ // "…filed yet"
			}
			return j, e, true
		}
	}
	return 0, 0, false
}

// staged is a claim whose sentence says a stage of someone's charges.
type staged struct {
	claim int
	stage
}

// chargeConflicts finds, in each story, a person said to be charged by some
// sources and still to be charged by others that never say charged: the
// sentences of both sides, as conflicts to set apart from their groups.
// Each outlet gives one sentence a side, one that its group does not hold
// as corroborated when it can: the quote two outlets share stays agreed.
func (c *checker) chargeConflicts(groups []Group) []Group {
	type key struct {
		story  int
		family string
	}
	stages := map[key][]staged{}
	var order []key
	seen := map[*facts.Sentence]bool{}
	for i, cl := range c.claims {
		if cl.Kind != facts.Statement && cl.Kind != facts.Quote || seen[cl.Sentence] {
			continue
		}
		seen[cl.Sentence] = true
		st, ok := chargeStage(cl.Sentence, cl.Published.Year())
		if !ok {
			continue
		}
		k := key{cl.Story, st.family}
		if stages[k] == nil {
			order = append(order, k)
		}
		stages[k] = append(stages[k], staged{i, st})
	}
	if len(order) == 0 {
		return nil
	}
	agreed := map[int]bool{}
	for _, g := range groups {
		for _, i := range g.Claims {
			agreed[i] = g.Verdict == Corroborated
		}
	}
	var out []Group
	for _, k := range order {
		if g, ok := c.chargeConflict(stages[k], agreed); ok {
			out = append(out, g)
		}
	}
	return out
}

// chargeConflict sets the sentences saying one person was charged against
// those of other sources saying the charges are still to come, published
// within days of them.
func (c *checker) chargeConflict(rs []staged, agreed map[int]bool) (Group, bool) {
	var chargedBy []string // the sources that say charged
	for _, r := range rs {
		if r.charged && !slices.Contains(chargedBy, c.claims[r.claim].Source) {
			chargedBy = append(chargedBy, c.claims[r.claim].Source)
		}
	}
	var said, ahead []staged
	for _, r := range rs {
		switch {
		case r.charged:
			said = append(said, r)
		case !slices.Contains(chargedBy, c.claims[r.claim].Source):
			ahead = append(ahead, r)
		}
	}
	ahead = slices.DeleteFunc(ahead, func(a staged) bool {
		return slices.ContainsFunc(said, func(s staged) bool { return c.apartInTime(a.claim, s.claim) })
	})
	if len(said) == 0 || len(ahead) == 0 {
		return Group{}, false
	}
	said, ahead = c.onePerOutlet(said, agreed), c.onePerOutlet(ahead, agreed)
	sides := [][]int{claimsOf(said), claimsOf(ahead)}
	charged := said[0].name + " " + said[0].words
	conflict := &Conflict{Kind: Negation, Values: []string{charged, ahead[0].words}}
	reason := fmt.Sprintf("%s %s %s; %s %s the charges are still to come (“%s”)",
		joinOutlets(c.outletsOf(sides[0])), says(c.outletsOf(sides[0])), charged,
		joinOutlets(c.outletsOf(sides[1])), says(c.outletsOf(sides[1])), ahead[0].words)
	if later := c.laterStage(rs, sides); later >= 0 {
		conflict.Kind = Update
		conflict.Later = c.claims[later].Outlet
		reason += fmt.Sprintf(" (%s's report is later and may update the others)", c.claims[later].Outlet)
	}
	return Group{Verdict: Conflicting, Sides: sides, Reason: reason, Conflict: conflict}, true
}

// laterStage returns a claim of the charged side when its report is the
// later one: published after every other side, or from an outlet that wrote
// the earlier stage too. It returns -1 otherwise.
func (c *checker) laterStage(rs []staged, sides [][]int) int {
	for _, r := range rs {
		if r.charged {
			continue
		}
		for _, i := range sides[0] {
			if c.claims[i].Source == c.claims[r.claim].Source {
				return i // it said "expected", then "charged"
			}
		}
	}
	if later := c.supersedes(sides, Values); later >= 0 && slices.Contains(sides[0], later) {
		return later
	}
	return -1
}

// onePerOutlet keeps each outlet's first stage, or its first that is not
// corroborated, in claim order.
func (c *checker) onePerOutlet(rs []staged, agreed map[int]bool) []staged {
	var out []staged
	for _, r := range rs {
		k := slices.IndexFunc(out, func(o staged) bool { return c.claims[o.claim].Outlet == c.claims[r.claim].Outlet })
		switch {
		case k < 0:
			out = append(out, r)
		case agreed[out[k].claim] && !agreed[r.claim]:
			out[k] = r
		}
	}
	slices.SortFunc(out, func(a, b staged) int { return a.claim - b.claim })
	return out
}

// claimsOf lists the claims of some stages.
func claimsOf(rs []staged) []int {
	out := make([]int, len(rs))
	for k, r := range rs {
		out[k] = r.claim
	}
	return out
}

// says is the verb for one outlet or several.
func says(outlets []string) string {
	if len(outlets) == 1 {
		return "says"
	}
	return "say"
}
