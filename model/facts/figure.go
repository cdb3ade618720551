package facts

import (
	"slices"
	"strings"

	"parallax/model/quantity"
	"parallax/model/text"
)

// What a figure measures: the words around it, the thing it counts, whose it
// is and the part of the world it is limited to. Two figures are only set
// against each other when these say they measure the same thing.

// blankFigures drops the stems of words inside figures, so that what a figure
// measures is read from the words around it, not from the numbers next to it.
// It returns which tokens belong to a figure.
func (s *Sentence) blankFigures(qs []quantity.Quantity) []bool {
	in := make([]bool, len(s.Tokens))
	k := 0
	for i, t := range s.Tokens {
		for k < len(qs) && qs[k].End <= t.Start {
			k++
		}
		if k < len(qs) && t.End > qs[k].Start && t.Start < qs[k].End {
			s.Stems[i] = ""
			in[i] = true
		}
	}
	return in
}

// describeFigure fills a figure fact's slots from the sentence. q has
// sentence offsets; st stems its unit.
func (s *Sentence) describeFigure(f *Fact, q quantity.Quantity, figureTokens []bool, reach int, st *text.Stemmer) {
	f.Unit = unitKey(q, st)
	f.Span = timeSpans[f.Unit]
	for _, st := range s.window(q, reach) {
		if st != f.Unit && !slices.Contains(s.Names, st) {
			f.Measures = append(f.Measures, st) // names say whose figure it is, not what it measures
		}
	}
	if q.Unit == "years old" {
		f.Owner, f.OwnerName = s.ageOf(q)
		if f.Owner != "" {
			f.Unit = "age of " + f.Owner // one person's age is one fact
		}
	} else {
		f.Scope = s.scopeOf(q)
	}
	f.Subject = s.subjectOf(q, reach)
	if len(f.Subject) == 0 && f.Kind == When {
		// A date's clause often names nobody ("Mr. Mattis, 68, will leave
		// at the end of February"): the date is of the last one named before it.
		for i := len(s.Mentions) - 1; i >= 0; i-- {
			if m := s.Mentions[i]; m.End <= q.Start {
				f.Subject = []string{m.Family}
				break
			}
		}
	}
	f.Part = s.partial(q)
}

// partial reports whether a count is of some more, other or remaining ones
// ("two more debates", "another 300 troops", "eight other people"): a part,
// which is no rival of the whole.
func (s *Sentence) partial(q quantity.Quantity) bool {
	first, last := s.tokenRange(q)
	if first < 0 {
		return false
	}
	if first > 0 && partWords[s.lowerAt(first-1)] {
		return true
	}
	// The words after the number itself, not its hedge ("more than 3 billion").
	num := first
	for num < last && !isNumeric(strings.Trim(s.Tokens[num].Text, "$%")) && !numberWords[s.lowerAt(num)] {
		num++
	}
	for i := num + 1; i <= last+1 && i < len(s.Tokens); i++ {
		switch s.lowerAt(i) {
		case "more", "other", "others", "additional", "remaining", "further", "extra":
			return true
		}
	}
	return false
}

// numberWords are the numbers written as words that start a count.
var numberWords = map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true, "dozen": true, "dozens": true,
	"hundreds": true, "thousands": true, "millions": true, "several": true}

// partWords before a count make it a part: "another 300", "an additional 40".
var partWords = map[string]bool{"another": true, "additional": true, "further": true, "extra": true, "remaining": true}

// window returns the content stems within a few words of a figure, inside its
// clause: what it measures ("revenue", "killed", "briefed") as opposed to
// what the sentence is about. A clause too thin to say ("…, to the tune of
// $3.5 billion") borrows the end of the clause before it.
func (s *Sentence) window(q quantity.Quantity, reach int) []string {
	first, last := s.tokenRange(q)
	if first < 0 {
		return nil
	}
	var out []string
	add := func(i int) {
		if st := s.Stems[i]; st != "" && !reportingNoise[st] && !slices.Contains(out, st) && !isNumeric(st) {
			out = append(out, st)
		}
	}
	i, n := first-1, 0
	for ; i >= 0 && n < reach && !s.clauseEndsAt(i, i+1); i-- {
		if s.Stems[i] != "" {
			add(i)
			n++
		}
	}
	for j, m := last+1, 0; j < len(s.Tokens) && m < reach && !s.clauseEndsAt(j-1, j); j++ {
		if s.Stems[j] != "" {
			add(j)
			m++
		}
	}
	if len(out) < 2 && i >= 0 && n < reach {
		for k := 0; i >= 0 && k < reach; i-- {
			if s.Stems[i] != "" {
				add(i)
				k++
			}
			if i > 0 && s.clauseEndsAt(i-1, i) {
				break
			}
		}
	}
	return out
}

// clauseWindow is window without borrowing from the clause before.
func (s *Sentence) clauseWindow(q quantity.Quantity, reach int) []string {
	from, to := s.clause(q)
	var out []string
	for _, st := range s.window(q, reach) {
		for i, t := range s.Tokens {
			if s.Stems[i] == st && t.Start >= from && t.End <= to {
				out = append(out, st)
				break
			}
		}
	}
	return out
}

// tokenRange returns the first and last token of a figure, or -1, -1.
func (s *Sentence) tokenRange(q quantity.Quantity) (int, int) {
	first, last := -1, -1
	for i, t := range s.Tokens {
		if t.End > q.Start && t.Start < q.End {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	return first, last
}

// clauseEndsAt reports whether a clause ends between tokens i and j (j = i+1):
// at punctuation, or at a conjunction that starts a new clause ("… $9 billion
// and has 4 billion customers").
func (s *Sentence) clauseEndsAt(i, j int) bool {
	between := s.Text[s.Tokens[i].End:s.Tokens[j].Start]
	if strings.ContainsAny(between, ",;:()—–") || strings.Contains(between, "--") {
		return true
	}
	return clauseWords[s.lowerAt(i)] || clauseWords[s.lowerAt(j)]
}

// clauseWords join clauses rather than words.
var clauseWords = map[string]bool{"and": true, "but": true, "while": true, "whereas": true, "which": true, "who": true, "despite": true}

// clause returns the byte range of the clause holding a figure: from the
// punctuation or conjunction before it to the one after it.
func (s *Sentence) clause(q quantity.Quantity) (int, int) {
	first, last := s.tokenRange(q)
	if first < 0 {
		return q.Start, q.End
	}
	lo, hi := first, last
	for lo > 0 && !s.clauseEndsAt(lo-1, lo) {
		lo--
	}
	for hi+1 < len(s.Tokens) && !s.clauseEndsAt(hi, hi+1) {
		hi++
	}
	return s.Tokens[lo].Start, s.Tokens[hi].End
}

// subjectOf returns the families of the entities named in the figure's
// clause: whose revenue, whose share, whose count. Empty when the clause
// names nobody.
func (s *Sentence) subjectOf(q quantity.Quantity, reach int) []string {
	from, to := s.clause(q)
	var out []string
	for _, m := range s.Mentions {
		if m.Start >= from && m.End <= to && !slices.Contains(out, m.Family) {
			out = append(out, m.Family)
		}
	}
	if len(out) == 0 && from > 0 && len(s.window(q, reach)) > len(s.clauseWindow(q, reach)) {
		// An appositive figure (", to the tune of $3.5 billion") is the
		// previous clause's: "the Defense Department's budget".
		for i := len(s.Mentions) - 1; i >= 0; i-- {
			if m := s.Mentions[i]; m.End <= from {
				if !slices.Contains(out, m.Family) {
					out = append(out, m.Family)
				}
				break
			}
		}
	}
	return out
}

// unitKey is what a count counts, as a stem with synonyms folded, or "" for
// money, percentages and vague nouns like "people". st may be nil.
func unitKey(q quantity.Quantity, st *text.Stemmer) string {
	if q.Kind != quantity.Count || q.Unit == "" || vagueUnits[strings.ToLower(q.Unit)] {
		return ""
	}
	if class := UnitClass(q.Unit); class != "" {
		return class
	}
	return st.Stem(strings.ToLower(lastField(q.Unit)))
}

// timeSpans are the stems of units of time: "three weeks" and "two weeks"
// are spans of many different things, never the same fact by their unit alone.
var timeSpans = map[string]bool{"second": true, "minut": true, "hour": true, "day": true, "week": true,
	"month": true, "year": true, "decad": true, "centuri": true, "term": true}

// vagueUnits are counted nouns that say nothing about what was counted, and
// points (of a poll, an index, a game): a measure, not a counted thing.
var vagueUnits = map[string]bool{"people": true, "persons": true, "others": true, "times": true, "ones": true, "things": true,
	"points": true, "point": true}

// UnitClass returns the class of counted nouns that news uses for one thing
// ("troops" for soldiers and service members), or "".
func UnitClass(unit string) string {
	return unitClasses[strings.ToLower(unit)]
}

// unitClasses groups counted nouns that news uses for one thing.
var unitClasses = map[string]string{
	"people": "people", "persons": "people", "person": "people", "others": "people", "other": "people",
	"individuals": "people", "other people": "people",
	"troops": "troops", "soldiers": "troops", "service members": "troops", "servicemembers": "troops",
	"firearms": "guns", "weapons": "guns", "guns": "guns",
	"children": "children", "kids": "children",
	"vehicles": "vehicles", "cars": "vehicles",
	"arrests": "arrests", "apprehensions": "arrests",
}

// scopeOf returns the entity a figure is limited to, as in "300 workers at the
// Brennock plant" or "2,000 troops out of Syria": a part, not the whole.
func (s *Sentence) scopeOf(q quantity.Quantity) string {
	i := 0
	for i < len(s.Tokens) && s.Tokens[i].Start < q.End {
		i++
	}
	// Skip the counted noun's tail ("workers", "troops") the parser left outside the span.
	for k := 0; k < 2 && i < len(s.Tokens) && !scopePrepositions[s.lowerAt(i)]; k++ {
		i++
	}
	if i >= len(s.Tokens) || !scopePrepositions[s.lowerAt(i)] {
		return ""
	}
	after := s.Tokens[i].End
	for _, m := range s.Mentions {
		if m.Start >= after && m.Start-after <= 12 { // "at the ", "out of the "
			return m.Entity
		}
	}
	return ""
}

// scopePrepositions introduce the place or body a figure is limited to.
var scopePrepositions = map[string]bool{"at": true, "in": true, "from": true, "across": true, "inside": true, "within": true, "out": true}

// ageOf returns the family of the person an age belongs to: "Rob Hiaasen,
// 59", "Ramos, a 38-year-old", "the 53-year-old Kavanaugh", "Tsarnaev was
// only 19 years old". Ages of different people are never compared.
func (s *Sentence) ageOf(q quantity.Quantity) (family, name string) {
	for _, m := range s.Mentions {
		if m.Type != "person" {
			continue
		}
		switch {
		case m.End <= q.Start && (q.Start-m.End <= 6 || ownsAge(s.Text[m.End:q.Start])):
			family, name = m.Family, s.Text[m.Start:m.End]
		case m.Start >= q.End && m.Start-q.End <= 2 && family == "":
			return m.Family, s.Text[m.Start:m.End] // "the 53-year-old Kavanaugh"
		}
	}
	return family, name
}

// ownsAge reports whether the words between a name and an age give the age
// as the name's: " was only ", " is ".
func ownsAge(between string) bool {
	f := strings.Fields(strings.ToLower(between))
	if len(f) == 0 || len(f) > 2 || (f[0] != "is" && f[0] != "was") {
		return false
	}
	return len(f) == 1 || f[1] == "only" || f[1] == "just"
}

// lastField is the last word of s.
func lastField(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return s
	}
	return f[len(f)-1]
}
