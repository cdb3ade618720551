package model

import (
	"slices"
	"strings"

	"parallax/model/quantity"
	"parallax/model/text"
)

// What a figure measures: the words around it, the thing it counts, and the
// part of the world it is limited to. Two figures are only compared when
// these say they measure the same thing.

// blankFigures drops the stems of words inside figures, so that what a figure
// measures is read from the words around it, not from the numbers next to it.
func (si *sentenceInfo) blankFigures(qs []quantity.Quantity) {
	si.figure = make([]bool, len(si.tokens))
	k := 0
	for i, t := range si.tokens {
		for k < len(qs) && qs[k].End <= t.Start {
			k++
		}
		if k < len(qs) && t.End > qs[k].Start && t.Start < qs[k].End {
			si.stems[i] = ""
			si.figure[i] = true
		}
	}
}

// windowStems returns the content stems within a few words of a figure, inside
// its clause: what it measures ("revenue", "killed", "briefed") as opposed to
// what the sentence is about.
func windowStems(si sentenceInfo, q quantity.Quantity) []string {
	const reach = 3
	var out []string
	first, last := -1, -1
	for i, t := range si.tokens {
		if t.End > q.Start && t.Start < q.End {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return nil
	}
	add := func(i int) {
		if s := si.stems[i]; s != "" && !alignmentNoise[s] && !slices.Contains(out, s) && !isNumeric(s) {
			out = append(out, s)
		}
	}
	for i, n := first-1, 0; i >= 0 && n < reach && !si.clauseEndsAt(i, i+1); i-- {
		if si.stems[i] != "" {
			add(i)
			n++
		}
	}
	for i, n := last+1, 0; i < len(si.tokens) && n < reach && !si.clauseEndsAt(i-1, i); i++ {
		if si.stems[i] != "" {
			add(i)
			n++
		}
	}
	return out
}

// unitKey is what a count counts, as a stem with synonyms folded, or "" for
// money, percentages and vague nouns like "people".
func unitKey(q quantity.Quantity) string {
	if q.Kind != quantity.Count || q.Unit == "" || vagueUnits[strings.ToLower(q.Unit)] {
		return ""
	}
	if class, ok := unitClasses[strings.ToLower(q.Unit)]; ok {
		return class
	}
	return text.Stem(strings.ToLower(lastField(q.Unit)))
}

// markSoleUnits notes the counts that are their outlet's only count of that
// thing in the story: in one story, "Alibaba has 4 million customers" and
// "more than 4 billion customers" then state one fact, whatever else the
// sentences say.
func markSoleUnits(ws []claimWork) {
	type key struct {
		story        int
		outlet, unit string
	}
	n := make(map[key]int)
	for _, w := range ws {
		if w.unit != "" {
			n[key{w.story, w.outlet, w.unit}]++
		}
	}
	for i := range ws {
		if ws[i].unit != "" && n[key{ws[i].story, ws[i].outlet, ws[i].unit}] == 1 {
			ws[i].soleUnit = true
			// The counted thing then says what the figure measures.
			if !slices.Contains(ws[i].window, ws[i].unit) {
				ws[i].window = append(ws[i].window, ws[i].unit)
			}
		}
	}
}

// vagueUnits are counted nouns that say nothing about what was counted.
var vagueUnits = map[string]bool{"people": true, "persons": true, "others": true, "times": true, "ones": true, "things": true}

// clauseEndsAt reports whether a clause ends between tokens i and j (j = i+1):
// at punctuation, or at a conjunction that starts a new clause ("… $9 billion
// and has 4 billion customers").
func (si *sentenceInfo) clauseEndsAt(i, j int) bool {
	between := si.text[si.tokens[i].End:si.tokens[j].Start]
	if strings.ContainsAny(between, ",;:()—–") || strings.Contains(between, "--") {
		return true
	}
	return clauseWords[strings.ToLower(si.tokens[i].Text)] || clauseWords[strings.ToLower(si.tokens[j].Text)]
}

// clauseWords join clauses rather than words.
var clauseWords = map[string]bool{"and": true, "but": true, "while": true, "whereas": true, "which": true, "who": true, "despite": true}

// scopeOf returns the entity a figure is limited to, as in "300 workers at the
// Brennock plant" or "2,000 troops out of Syria": a part, not the whole.
func scopeOf(si sentenceInfo, q quantity.Quantity) string {
	if q.Unit == "years old" {
		return ageOf(si, q)
	}
	i := 0
	for i < len(si.tokens) && si.tokens[i].Start < q.End {
		i++
	}
	// Skip the counted noun's tail ("workers", "troops") the parser left outside the span.
	for k := 0; k < 2 && i < len(si.tokens) && !scopePrepositions[strings.ToLower(si.tokens[i].Text)]; k++ {
		i++
	}
	if i >= len(si.tokens) || !scopePrepositions[strings.ToLower(si.tokens[i].Text)] {
		return ""
	}
	after := si.tokens[i].End
	for _, m := range si.mentions {
		if m.start >= after && m.start-after <= 12 { // "at the ", "out of the "
			return m.id
		}
	}
	return ""
}

// ageOf returns the person an age belongs to: "Rob Hiaasen, 59" or "Ramos, a
// 38-year-old". Ages of different people are never compared.
func ageOf(si sentenceInfo, q quantity.Quantity) string {
	owner := ""
	for _, m := range si.mentions {
		if m.typ == Person && m.end <= q.Start && q.Start-m.end <= 6 {
			owner = m.id // "NAME, 59" or "NAME, a 38-year-old"
		}
	}
	return owner
}

// scopePrepositions introduce the place or body a figure is limited to.
var scopePrepositions = map[string]bool{"at": true, "in": true, "from": true, "across": true, "inside": true, "within": true, "out": true}

// lastField is the last word of s.
func lastField(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return s
	}
	return f[len(f)-1]
}
