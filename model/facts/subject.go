package facts

import (
	"strings"

	"parallax/model/quantity"
)

// A bare number often counts the subject of a verb of change: "border
// arrests have fallen in recent years, to 400,000 last year from a peak of
// 1.6 million". The number names no unit, but what it counts is plain.

// changeVerbs move a count from one value to another.
var changeVerbs = map[string]bool{
	"fell": true, "fallen": true, "dropped": true, "declined": true, "decreased": true, "shrank": true, "shrunk": true,
	"rose": true, "risen": true, "climbed": true, "grew": true, "grown": true, "increased": true, "jumped": true,
	"surged": true, "soared": true, "plunged": true, "plummeted": true, "doubled": true, "tripled": true,
}

// verbHelpers stand between a subject and its verb ("arrests have actually fallen").
var verbHelpers = map[string]bool{"have": true, "has": true, "had": true, "been": true, "also": true, "since": true,
	"now": true, "already": true, "then": true, "later": true, "steadily": true, "sharply": true, "actually": true}

// placePreps open a short phrase between a counted noun and its verb.
var placePreps = map[string]bool{"at": true, "in": true, "on": true, "along": true, "across": true}

// maxChangeReach is how many words before a number its verb of change may stand.
const maxChangeReach = 20

// countSubjects gives each bare number that a verb of change points to the
// plural noun before that verb as its unit, making it a count of that noun.
func (s *Sentence) countSubjects(qs []quantity.Quantity) {
	for k := range qs {
		if qs[k].Kind != quantity.Number {
			continue
		}
		if unit := s.changedNoun(qs[k]); unit != "" {
			qs[k].Kind, qs[k].Unit = quantity.Count, unit
		}
	}
}

// changedNoun returns the plural noun whose count changes to or from q
// ("apprehensions have fallen … to 400,000"), or "".
func (s *Sentence) changedNoun(q quantity.Quantity) string {
	first, _ := s.tokenRange(q)
	if first < 1 {
		return ""
	}
	if p := s.lowerAt(first - 1); p != "to" && p != "of" && p != "from" {
		return "" // "fell to 400,000", "from a peak of 1.6 million", not "fell in 2018, 400,000 …"
	}
	for v := first - 1; v > 0 && v >= first-maxChangeReach; v-- {
		if !changeVerbs[s.lowerAt(v)] {
			continue
		}
		n := v - 1
		for n >= 0 && verbHelpers[s.lowerAt(n)] {
			n--
		}
		if n < 0 {
			return ""
		}
		if w := pluralNoun(s.Tokens[n].Text, s.Stems[n], n == 0); w != "" {
			return w
		}
		// "arrests at the southern border have fallen": the noun before a short place phrase.
		for p := n - 1; p > 0 && p >= n-3; p-- {
			if placePreps[s.lowerAt(p)] {
				return pluralNoun(s.Tokens[p-1].Text, s.Stems[p-1], p-1 == 0)
			}
		}
		return ""
	}
	return ""
}

// pluralNoun returns a word as a counted noun when it looks like a plural
// content word ("apprehensions", "sales"), or "". Only the first word of a
// sentence may have a capital: elsewhere a capital marks a name.
func pluralNoun(word, stem string, first bool) string {
	w := strings.ToLower(word)
	if stem == "" || (w != word && !first) || len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || vagueUnits[w] {
		return ""
	}
	return w
}
