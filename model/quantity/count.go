package quantity

import "strings"

// yearCandidate reports whether the phrase is a bare four-digit number that may be a year.
func (p *parser) yearCandidate(ph *phrase) bool {
	return ph.kind == Number && !ph.num.words && !ph.num.scaled && !ph.num.vague &&
		ph.num.first == ph.start && ph.end == ph.num.end && isYearNum(p.tok(ph.num.first))
}

// year reads a year ("in 2020", "since 2009"), a decade ("the 1990s") or a span of
// years ("2019-20", "from 2010 to 2013"). A four-digit number is a year unless it is
// hedged as a bound or counts a plural noun without a preposition before it
// ("more than 2000 people", "1500 troops").
func (p *parser) year(ph *phrase) (match, bool) {
	i := ph.num.first
	t := p.tok(i)
	v := float64(t.mant)
	next := p.tok(i + 1)
	if next.kind == tWord && next.text == "s" && adjacent(t, next) {
		if t.mant%10 != 0 {
			return match{next: i + 2, skip: true}, true
		}
		return p.spanMatch(i, i+2, Quantity{Value: v, Low: v, High: v + 9, Kind: Year}), true
	}
	end, hi := i+1, v
	n2 := p.tok(i + 2)
	switch {
	case next.isDash() && adjacent(t, next) && adjacent(next, n2):
		if isYearNum(n2) && n2.mant > t.mant {
			end, hi = i+3, float64(n2.mant)
		} else if n2.kind == tNum && n2.intDigits == 2 && !n2.bad && n2.dec == 0 {
			if full := t.mant/100*100 + n2.mant; full > t.mant {
				end, hi = i+3, float64(full)
			}
		}
	case (next.isWord("to") || next.isWord("through") || next.isWord("until") ||
		(next.isWord("and") && ph.between) || (next.isDash() && next.sym == '–')) && !next.nl:
		if isYearNum(n2) && n2.mant > t.mant && !n2.nl {
			end, hi = i+3, float64(n2.mant)
		}
	}
	ranged := end > i+1
	if p.streetAfter(i + 1) {
		return match{next: i + 1, skip: true}, true
	}
	prep := yearPreps[p.tok(i-1).text] || (ph.hedgeAt > 0 && yearPreps[p.tok(ph.hedgeAt-1).text])
	// News writes counts of this size with a comma; without one, 1900-2099 is a year
	// unless a bound hedge says otherwise ("more than 2000 people").
	modern := t.mant >= 1900 && t.mant <= 2099
	if !prep && !ranged && (!modern || ph.hedge == hLower || ph.hedge == hUpper || ph.hedge == hCap) {
		if ph.hedge == hLower || ph.hedge == hUpper || ph.hedge == hCap {
			return match{}, false
		}
		if p.pluralRightAfter(i + 1) {
			return match{}, false
		}
	}
	first := ph.hedgeAt
	if ph.between && ranged && ph.hedge == hNone {
		first = i - 1
	}
	q := Quantity{Value: v, Kind: Year}
	q.Low, q.High = interval(ph.hedge, Year, v, hi, v, hi)
	if ph.hedge != hNone {
		q.Hedge = p.hedgeText(ph.hedgeAt, i)
	}
	return p.spanMatch(first, end, q), true
}

// streetAfter reports whether capitalised words after a number end in a street word:
// "1600 Pennsylvania Avenue", "400 East Monroe St.".
func (p *parser) streetAfter(j int) bool {
	for k := j; k < j+4; k++ {
		t := p.tok(k)
		if t.kind != tWord || !t.upper || t.nl {
			return false
		}
		if streetWords[t.text] && k > j {
			return true
		}
	}
	return false
}

// pluralRightAfter reports whether a lower-case plural noun follows toks[j-1], with at
// most modifiers between: "2000 people", "1500 new jobs", but not "2016 presidential candidates".
func (p *parser) pluralRightAfter(j int) bool {
	for k := j; k < j+3; k++ {
		t := p.tok(k)
		if t.kind != tWord || t.nl || t.upper {
			return false
		}
		if modifiers[t.text] {
			continue
		}
		return isPlural(t.text) && !functionWords[t.text] && !isVerbForm(t.text)
	}
	return false
}

// hedgeText is the hedge between toks[from] and toks[to] as written, lower-cased.
func (p *parser) hedgeText(from, to int) string {
	h := p.s[p.toks[from].start:p.toks[to-1].end]
	return strings.ToLower(strings.Join(strings.Fields(h), " "))
}

// pronounOne are words before "one" that make it a pronoun, not a count.
var pronounOne = set("no", "any", "every", "each", "the", "this", "that", "which", "no-one", "someone")

// ageUnits are the units of "24-year-old", "six-month-old", "38 years old".
var ageUnits = map[string]string{
	"year": "years old", "years": "years old", "month": "months old", "months": "months old",
	"week": "weeks old", "weeks": "weeks old", "day": "days old", "days": "days old",
}

// age reads "-year-old" and "years old" after a number.
func (p *parser) age(j int) (string, int, bool) {
	d1, w, d2, old := p.tok(j), p.tok(j+1), p.tok(j+2), p.tok(j+3)
	if d1.isDash() && adjacent(p.tok(j-1), d1) && adjacent(d1, w) && ageUnits[w.text] != "" &&
		d2.isDash() && adjacent(w, d2) && adjacent(d2, old) && (old.text == "old" || old.text == "olds") {
		return ageUnits[w.text], j + 4, true
	}
	if u := ageUnits[d1.text]; u != "" && d1.kind == tWord && !d1.nl && w.isWord("old") && !w.nl {
		return u, j + 2, true
	}
	return "", j, false
}

// suffixes are what may follow a person's name before the comma of their age.
var suffixes = set("jr", "sr", "ii", "iii", "iv")

// ageByComma reads the age news writes after a name: "Rebecca Smith, 34, ...".
func (p *parser) ageByComma(ph *phrase) bool {
	i := ph.num.first
	t := p.tok(i)
	if ph.start != i || ph.hedge != hNone || ph.ranged || ph.num.words || ph.num.scaled ||
		t.comma || t.dec != 0 || t.mant < 1 || t.mant > 120 || ph.end != i+1 {
		return false
	}
	c, name := p.tok(i-1), p.tok(i-2)
	if !c.isSym(',') || !adjacent(name, c) {
		return false
	}
	if s := p.tok(i - 3); name.isSym('.') && s.kind == tWord && suffixes[strings.ToLower(s.text)] && adjacent(s, name) {
		name = p.tok(i - 4) // "Cesar Sayoc Jr., 56,": the name before its suffix
	} else if name.kind == tWord && suffixes[strings.ToLower(name.text)] {
		name = p.tok(i - 3) // "John Smith III, 40,"
	}
	if !p.isName(name) {
		return false
	}
	after := p.tok(i + 1)
	return after.isSym(',') || after.isSym(';') || after.isSym(')') || after.isSym('.')
}

// countPart reads what a plain number counts ("4 million customers", "a 24-year-old",
// "thousands of protesters") and applies the rules that tell counts from numbers used
// as names. It reports whether the phrase is not a quantity after all.
func (p *parser) countPart(ph *phrase) bool {
	j := ph.end
	n := ph.num
	prev := p.tok(ph.start - 1)
	ageOf := prev.isWord("of") && p.tok(ph.start-2).isWord("age")
	if (prev.isWord("aged") || prev.isWord("age") || prev.isWord("ages") || ageOf) && ph.hedge == hNone && !n.scaled && !n.words {
		ph.kind, ph.unit, ph.isAge = Count, "years old", true
		return false
	}
	if unit, end, ok := p.age(j); ok && !n.scaled && !ph.ranged {
		ph.kind, ph.unit, ph.end, ph.isAge = Count, unit, end, true
		return false
	}
	if p.ageByComma(ph) {
		ph.kind, ph.unit, ph.isAge = Count, "years old", true
		return false
	}
	if !ph.ranged && p.magnitude(ph) {
		return false
	}
	if unit, end, ok := p.temperature(j); ok {
		ph.kind, ph.unit, ph.end = Count, unit, end
		return false
	}
	t := p.tok(j)
	if t.kind == tWord && adjacent(p.tok(j-1), t) && measureSuffix[t.text] && !n.words {
		ph.kind, ph.unit, ph.end = Count, t.text, j+1
		return false
	}
	// Compound adjectives: "a 10-day trip", "the 30,000-circulation daily", "a two-year term".
	if w := p.tok(j + 1); t.isDash() && t.sym == '-' && adjacent(p.tok(j-1), t) && w.kind == tWord && adjacent(t, w) {
		if _, isNum := smallNumbers[w.text]; isNum || (len(w.text) < 3 && !n.words) {
			ph.end = j + 2
			return true // "3-D", "4-H", "7-Eleven": a name
		}
		if n.words && n.value() == 1 && oneCompounds[lowerWord(w.text)] {
			ph.end = j + 2
			return true // "a one-party state", "a one-time adviser": a kind of thing, not a count
		}
		if len(w.text) >= 3 && !functionWords[w.text] && !ph.ranged && !modifiers[w.text] && !isVerbForm(w.text) && !commonVerbs[w.text] {
			ph.kind, ph.unit, ph.end = Count, lowerWord(w.text), j+2
		}
		return false // "two-faced", "30,000-strong": a number in an adjective, nothing counted
	}
	if n.vague {
		k := j
		switch {
		case t.isWord("of") && !t.nl:
			k = j + 1
		case !n.direct:
			return n.bare
		}
		if cw := p.tok(k); !cw.nl {
			if code, ok := currencyWords[cw.text]; ok && !ambiguousCurrency[cw.text] {
				ph.kind, ph.unit, ph.end = Money, code, k+1 // "billions of dollars", "a few thousand dollars"
				return false
			}
		}
		if unit, end, _, ok := p.countedNoun(k, false); ok {
			ph.kind, ph.unit, ph.end = Count, unit, end
			return false
		}
		return n.bare // "several of them", "a few said": no count without its noun
	}
	unit, end, plural, ok := p.countedNoun(j, n.value() == 1)
	if !ok {
		return false
	}
	if n.words && n.mant == 0 && !plural {
		return true // "zero tolerance", "ground zero"
	}
	if p.streetAfter(j) {
		return true
	}
	head := p.toks[end-1]
	if head.upper && !plural {
		return false // a name follows the number; it is not what is counted
	}
	if changeNouns[head.text] {
		return false // "a 5 million increase": the change is said by changeAfter
	}
	if n.words && n.mant == 1 && !n.scaled && !ph.ranged && pronounOne[p.tok(ph.start-1).text] {
		return true // "no one wins", "the one thing"
	}
	if !plural && ph.hedge == hNone && !n.scaled && !ph.ranged && n.value() != 1 {
		if a := p.tok(ph.start - 1); a.isWord("a") || a.isWord("an") {
			return true // "a 911 call", "a 7.62 caliber rifle": a number used as a name
		}
	}
	if !plural && !n.scaled && !ph.ranged && n.dec > 0 && !measureSuffix[head.text] && len(head.text) > 2 {
		return false // "the 6.4 quake": a measure of one thing, not 6.4 of them ("9.8 ft" is a length)
	}
	ph.kind, ph.unit, ph.end = Count, unit, end
	return false
}

// oneCompounds are the words that make "one-" a kind of thing rather than a
// count of one: "a one-party state", "a one-man show", "a one-size-fits-all
// rule", "a one-time adviser" (a former one) or "a one-time payment".
var oneCompounds = map[string]bool{"party": true, "man": true, "woman": true, "size": true, "time": true,
	"sided": true, "way": true, "stop": true, "off": true, "liner": true, "handed": true, "trick": true}
