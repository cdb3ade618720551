package quantity

import (
	"math"
	"strings"
)

// hedgeClass says how a hedge turns a number into an interval.
type hedgeClass uint8

const (
	hNone   hedgeClass = iota
	hApprox            // about, around: widen both ways
	hCap               // nearly, almost: a little below, never above
	hLower             // more than, at least: the number is a floor
	hUpper             // less than, up to: the number is a ceiling
)

// hedge is one hedge phrase as a token sequence.
type hedge struct {
	words []string
	class hedgeClass
}

// hedges lists hedge phrases, longest first so that "just over" wins over "over".
var hedges = buildHedges(map[hedgeClass][]string{
	hApprox: {"about", "around", "approximately", "approx", "approx .", "roughly", "some",
		"an estimated", "estimated", "close to", "circa", "~", "an approximate", "approximate",
		"in the region of", "on the order of", "in the neighborhood of", "or so", "give or take"},
	hCap: {"nearly", "almost", "just under", "just shy of", "just below", "a little under",
		"a little less than", "slightly less than", "slightly under", "not quite", "close on"},
	hLower: {"more than", "over", "exceeding", "at least", "in excess of", "just over",
		"upwards of", "upward of", "well over", "well above", "above", "no fewer than",
		"no less than", "not less than", "a minimum of", "minimum of", "north of", "topping",
		"a little more than", "slightly more than", "just above", "greater than", "higher than",
		"better than", "well in excess of", "at minimum", "as few as", "as little as", "as low as"},
	hUpper: {"less than", "below", "under", "up to", "no more than", "fewer than", "not more than",
		"at most", "as many as", "as much as", "as high as", "a maximum of", "maximum of",
		"well under", "well below", "lower than", "at the most", "not exceeding", "no greater than",
		"south of", "a maximum", "shy of"},
})

// aboutTopic are words after which "about" means "on the subject of", not "roughly".
var aboutTopic = set("much", "care", "cares", "cared", "caring", "talk", "talks", "talked",
	"talking", "think", "thinks", "thinking", "thought", "know", "knows", "knew", "known",
	"worry", "worries", "worried", "learn", "learned", "learnt", "hear", "heard", "speak",
	"spoke", "spoken", "write", "wrote", "written", "read", "ask", "asks", "asked", "concerned",
	"news", "story", "stories", "question", "questions", "information", "details", "report",
	"reports", "joke", "joked", "jokes", "feel", "felt", "complain", "complained", "argue",
	"argued", "wonder", "wondered", "bring", "brought", "come", "came", "all", "what", "how")

// hedgesByLast indexes hedges by their last word, longest first within each list.
var hedgesByLast = func() map[string][]hedge {
	m := map[string][]hedge{}
	for _, h := range hedges {
		last := h.words[len(h.words)-1]
		m[last] = append(m[last], h)
	}
	return m
}()

// hedgeWords are the words that appear in any hedge; a capitalised one is never a name.
var hedgeWords = func() map[string]bool {
	m := map[string]bool{}
	for _, h := range hedges {
		for _, w := range h.words {
			m[w] = true
		}
	}
	return m
}()

func buildHedges(by map[hedgeClass][]string) []hedge {
	var out []hedge
	for class, phrases := range by {
		for _, ph := range phrases {
			if ph == "or so" || ph == "give or take" {
				continue // written after or around the number; not read here
			}
			out = append(out, hedge{words: strings.Fields(ph), class: class})
		}
	}
	// Longest first; ties in a fixed order so matching never depends on map order.
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && less(out[j], out[j-1]); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

func less(a, b hedge) bool {
	if len(a.words) != len(b.words) {
		return len(a.words) > len(b.words)
	}
	return strings.Join(a.words, " ") < strings.Join(b.words, " ")
}

// hedgeBefore finds the hedge that ends just before toks[i], on the same line and after
// the previous quantity. It returns the index of its first token and its class.
func (p *parser) hedgeBefore(i int) (int, hedgeClass) {
	if i < 1 || i-1 < p.floor {
		return i, hNone
	}
	for _, h := range hedgesByLast[p.toks[i-1].text] {
		n := len(h.words)
		start := i - n
		if start < p.floor {
			continue
		}
		ok := true
		for k, w := range h.words {
			t := p.toks[start+k]
			if t.text != w || (t.kind == tNum) || (k > 0 && t.nl) {
				ok = false
				break
			}
		}
		if ok && !p.toks[i].nl {
			if h.words[0] == "about" && start > 0 && aboutTopic[p.toks[start-1].text] {
				return i, hNone // "cared much about two adults": about as a preposition
			}
			if (h.words[0] == "over" || h.words[0] == "under") && start == p.lastQ {
				return i, hNone // "$6 billion over 10 years": a period, not a bound
			}
			return start, h.class
		}
	}
	return i, hNone
}

// changeBefore reports whether the words before toks[i] make the number a change:
// "grew 50%", "fell nearly 3%", "rose by 5%", "up 3 points".
func (p *parser) changeBefore(i int, kind Kind) bool {
	for j, steps := i-1, 0; j >= p.floor && j >= 0 && steps < 3; j, steps = j-1, steps+1 {
		t := p.toks[j]
		if t.kind != tWord {
			return false
		}
		switch {
		case t.text == "of" && steps == 0 && j > 0 && changeNouns[p.toks[j-1].text] && !isComparative(p.toks[j-1].text):
			return true // "an increase of 40%"
		case t.text == "by" && steps == 0 && kind != Count && !p.toks[j+1].nl:
			return true // "by 25 basis points": the size of a change; "by three men" is not
		case t.text == "by" || t.text == "only" || t.text == "just" || t.text == "another" || isAdverb(t.text):
			if p.toks[j+1].nl {
				return false
			}
			continue
		case t.text == "up" || t.text == "down":
			return kind == Percent || kind == Money || kind == Number
		}
		return changeVerbs[t.text] && !p.toks[j+1].nl
	}
	return false
}

// isComparative reports whether w is one of the comparatives among the change nouns
// ("more of", "less of" say nothing about a change).
func isComparative(w string) bool {
	switch w {
	case "more", "less", "fewer", "higher", "lower", "up", "down":
		return true
	}
	return false
}

// changeAfter reports whether a change noun follows the number at toks[j]:
// "a 50 percent increase", "a 3% year-over-year drop", "5% higher".
func (p *parser) changeAfter(j int) bool {
	for steps := 0; steps < 2; steps++ {
		t := p.tok(j)
		if t.kind != tWord || t.nl {
			return false
		}
		e := p.compoundEnd(j)
		w := t.text
		if e > j+1 {
			w = lowerWord(p.s[t.start:p.toks[e-1].end])
		}
		if changeNouns[w] {
			return true
		}
		if !changeModifiers[w] {
			return false
		}
		j = e
	}
	return false
}

// interval turns the stated ends [lo, hi] of a number, its precision interval [bl, bh],
// and its hedge into the interval of values the text allows.
func interval(class hedgeClass, kind Kind, lo, hi, bl, bh float64) (float64, float64) {
	if kind == Year || kind == Date {
		switch class {
		case hApprox:
			bl, bh = bl-1, bh+1
		case hCap:
			bl = bl - 1
		case hLower:
			bh = hi + 10
		case hUpper:
			bl = lo - 10
		}
		return order(bl, bh)
	}
	switch class {
	case hApprox:
		return order(bl-0.1*math.Abs(lo), bh+0.1*math.Abs(hi))
	case hCap:
		return order(math.Min(lo-0.1*math.Abs(lo), bl), hi)
	case hLower:
		return order(lo, hi+0.5*math.Abs(hi))
	case hUpper:
		if hi < 0 {
			return order(hi-0.5*math.Abs(hi), hi)
		}
		return order(0, hi)
	}
	return order(bl, bh)
}

func order(a, b float64) (float64, float64) {
	if a > b {
		return b, a
	}
	return a, b
}
