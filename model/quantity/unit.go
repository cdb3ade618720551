package quantity

import "strings"

// currencyPrefix reads a currency written before an amount: "$", "US$", "€", "USD", "Rs.".
// It returns the currency code and the index of the numeral after it.
func (p *parser) currencyPrefix(i int) (string, int, bool) {
	t := p.tok(i)
	switch t.kind {
	case tSym:
		code, ok := symbolCurrency[t.sym]
		if !ok {
			return "", i, false
		}
		if n := p.tok(i + 1); p.startsAmount(i+1) && !n.nl && n.start-t.end <= 1 {
			return code, i + 1, true
		}
	case tWord:
		if code, ok := dollarPrefix[t.text]; ok && t.upper {
			if d := p.tok(i + 1); d.isSym('$') && adjacent(t, d) && p.startsAmount(i+2) && !p.tok(i+2).nl {
				return code, i + 2, true
			}
		}
		if code, ok := codeCurrency[t.text]; ok && (p.allUpper(t) || t.text == "rs") {
			j := i + 1
			if d := p.tok(j); d.isSym('.') && adjacent(t, d) {
				j++
			}
			if n := p.tok(j); n.kind == tNum && !n.nl {
				return code, j, true
			}
		}
	}
	return "", i, false
}

// startsAmount reports whether toks[i] is digits, or a word that can start a number ("a million").
func (p *parser) startsAmount(i int) bool {
	t := p.tok(i)
	return t.kind == tNum
}

// allUpper reports whether the word t is written in capitals ("USD", not "usd" or "Usd").
func (p *parser) allUpper(t token) bool {
	w := p.s[t.start:t.end]
	for k := 0; k < len(w); k++ {
		if w[k] >= 'a' && w[k] <= 'z' {
			return false
		}
	}
	return true
}

// unitSuffix reads what follows an amount and makes it a percentage or money: "%",
// "percent", "per cent", "percentage points", "basis points", "dollars", "yuan", "cents".
// It returns the index after what it read.
func (p *parser) unitSuffix(ph *phrase, j int) int {
	t := p.tok(j)
	if t.nl {
		return j
	}
	k := j
	if t.isDash() && adjacent(p.tok(j-1), t) {
		if w := p.tok(j + 1); w.kind == tWord && adjacent(t, w) {
			k, t = j+1, w
		}
	}
	if t.isSym('%') || t.isSym('٪') {
		if ph.kind == Money {
			return j
		}
		ph.kind, ph.unit = Percent, "%"
		return k + 1
	}
	if t.kind != tWord {
		return j
	}
	next := p.tok(k + 1)
	nextSame := !next.nl
	switch t.text {
	case "percent", "pct", "percents":
		if ph.kind == Money {
			return j
		}
		ph.kind, ph.unit = Percent, "%"
		return k + 1
	case "per":
		if nextSame && next.isWord("cent") && ph.kind != Money {
			ph.kind, ph.unit = Percent, "%"
			return k + 2
		}
	case "percentage":
		if nextSame && (next.isWord("point") || next.isWord("points")) && ph.kind != Money {
			ph.kind, ph.unit = Percent, "pp"
			return k + 2
		}
	case "basis":
		if nextSame && (next.isWord("point") || next.isWord("points")) && ph.kind == Number {
			ph.kind, ph.unit = Percent, "pp"
			ph.num.exp -= 2
			return k + 2
		}
	case "bps", "bp":
		if ph.kind == Number && !ph.num.words {
			ph.kind, ph.unit = Percent, "pp"
			ph.num.exp -= 2
			return k + 1
		}
	}
	if ph.kind == Percent {
		return j
	}
	if ph.kind == Money {
		// "$5 million dollars": the currency said twice.
		if code, ok := currencyWords[t.text]; ok && code == ph.unit && !ambiguousCurrency[t.text] {
			return k + 1
		}
		if code, ok := codeCurrency[t.text]; ok && code == ph.unit && p.allUpper(t) {
			return k + 1
		}
		return j
	}
	if code, ok := currencyWords[t.text]; ok {
		if ambiguousCurrency[t.text] && !ph.num.scaled && !(nextSame && next.isWord("sterling")) {
			return j
		}
		ph.kind, ph.unit = Money, code
		k++
		if (t.text == "pounds" || t.text == "pound") && p.tok(k).isWord("sterling") && !p.tok(k).nl {
			k++
		}
		return k
	}
	if code, end, ok := p.adjectiveCurrency(k); ok {
		ph.kind, ph.unit = Money, code
		return end
	}
	if code, ok := codeCurrency[t.text]; ok && p.allUpper(t) && t.text != "rs" {
		ph.kind, ph.unit = Money, code
		return k + 1
	}
	if code, ok := minorCurrency[t.text]; ok && !ph.num.scaled && !ph.num.vague {
		ph.kind, ph.unit = Money, code
		ph.num.exp -= 2
		return k + 1
	}
	return j
}

// adjectiveCurrency reads a currency named with an adjective: "Canadian dollars",
// "Hong Kong dollars", "Chinese yuan".
func (p *parser) adjectiveCurrency(k int) (string, int, bool) {
	t := p.tok(k)
	if !t.upper {
		return "", k, false
	}
	code, known := dollarAdjective[t.text]
	w := k + 1
	switch {
	case t.text == "hong" && p.tok(w).isWord("kong"):
		code, known, w = "HKD", true, w+1
	case t.text == "new" && p.tok(w).isWord("zealand"):
		code, known, w = "NZD", true, w+1
	}
	cw := p.tok(w)
	if cw.nl || cw.kind != tWord {
		return "", k, false
	}
	if cw.text == "dollars" || cw.text == "dollar" {
		if !known {
			code = strings.ToUpper(t.text) + " DOLLAR" // a dollar we have no code for; never mistaken for USD
		}
		return code, w + 1, true
	}
	if c, ok := currencyWords[cw.text]; ok && !ambiguousCurrency[cw.text] {
		return c, w + 1, true
	}
	return "", k, false
}

// countedNoun scans the words after a number for the thing counted. The head is the
// last noun before the phrase ends, and the phrase ends at its first plural noun:
// "4 million worldwide customers" → customers, "80 total availability zones" → zones,
// "three people briefed" → people. It returns the unit (lower case), the index after the
// head, whether the head looks plural, and whether a head was found.
// When one is set the count is singular ("one side involves"), so a plural-looking word
// after the head is a verb and ends the phrase.
func (p *parser) countedNoun(j int, one bool) (unit string, end int, plural bool, ok bool) {
	head, headEnd := -1, -1
	k := j
	if k < len(p.toks) && timeFrames[lowerWord(p.toks[k].text)] {
		return "", j, false, false // "12,000 last year": when it was counted, not what
	}
	for n := 0; n < 5 && k < len(p.toks); n++ {
		t := p.toks[k]
		if t.kind != tWord || t.nl {
			break
		}
		e := p.compoundEnd(k)
		lt := p.toks[e-1] // the last word of a compound, or the word itself
		last, c := lt.text, lt.cls
		single := e == k+1
		if single && (c&cModifier != 0 || (last == "us" && p.allUpper(t))) {
			k = e
			continue
		}
		if !single && modifiers[lowerWord(p.s[t.start:lt.end])] {
			k = e
			continue
		}
		if single && c&(cFunction|cNumber) != 0 {
			break
		}
		if c&cScale != 0 || (lt.flags&fMonth != 0 && lt.upper) {
			break
		}
		if one && single && !t.upper && isPluralTok(last, c) {
			break // "one reads", "one side wins": a verb after a singular count
		}
		if (single && c&cVerb != 0) || strings.HasSuffix(last, "'s") || strings.HasSuffix(last, "’s") {
			break // a verb, or a possessive that owns what follows ("Facebook's users")
		}
		if (c&cNounExc == 0 && verbSuffix(last)) || isAdverb(last) {
			if head >= 0 {
				break
			}
			k = e
			continue
		}
		head, headEnd = k, e
		k = e
		if isPluralTok(last, c) && c&cCollective == 0 && !(t.upper && p.lowerPluralAt(k)) {
			break // the first plural noun ends the phrase: "three people briefed"
		}
	}
	if head < 0 {
		return "", j, false, false
	}
	ht := p.toks[headEnd-1]
	unit = lowerWord(ht.text)
	if headEnd > head+1 {
		unit = lowerWord(p.s[p.toks[head].start:ht.end])
	}
	return unit, headEnd, isPlural(unit), true
}

// timeFrames open a time frame after a number ("last year", "this week").
var timeFrames = map[string]bool{"last": true, "next": true, "this": true, "past": true, "previous": true, "coming": true}

// isPluralTok is isPlural for a token's word, using the class bits the lexer found.
func isPluralTok(w string, c uint16) bool {
	if c&cIrregular != 0 {
		return true
	}
	if c&cKeep != 0 {
		return false
	}
	return pluralSuffix(w)
}

// lowerPluralAt reports whether a lower-case plural noun comes within two words of
// toks[k], so that a capitalised word ending in -s before it ("five Dallas police
// officers", "two Texas death sentences") is a modifier, not the counted noun.
func (p *parser) lowerPluralAt(k int) bool {
	for j := k; j < k+2; j++ {
		t := p.tok(j)
		if t.kind != tWord || t.nl || functionWords[t.text] || commonVerbs[t.text] || isVerbForm(t.text) {
			return false
		}
		if !t.upper && isPlural(t.text) {
			return true
		}
	}
	return false
}

// commonVerbs are frequent verbs that follow a number used as a pronoun ("the two spoke",
// "one seems") and so end a counted phrase.
var commonVerbs = set("spoke", "stole", "wrote", "held", "seems", "seem", "stands", "stand",
	"suggests", "suggest", "sent", "took", "gave", "found", "kept", "brought", "thought",
	"began", "begun", "chose", "drove", "ate", "flew", "meant", "sold", "bought", "taught",
	"caught", "fought", "built", "spent", "lent", "heard", "represents", "represent",
	"appears", "appear", "agree", "agrees", "disagree", "believe", "believes", "argue",
	"argues", "claim", "claims", "insist", "insists", "hope", "hopes", "plan", "plans",
	"expect", "expects", "tend", "tends", "remain", "include", "includes", "face", "faces",
	"today", "tonight", "yesterday", "tomorrow", "together", "often", "sometimes", "always",
	"usually", "rarely", "seldom", "perhaps", "maybe", "instead", "alone", "also", "then",
	"soon", "already", "else", "apiece", "each", "more", "less", "worse", "better",
	"overall", "altogether", "abroad", "ahead", "behind", "back", "home", "online", "there",
	// Irregular past tenses, which no suffix gives away: "a magnitude 6.1 struck",
	// "one threw", "the 6.4 quake shook the coast".
	"struck", "shook", "swept", "tore", "broke", "drew", "threw", "rode", "hid", "laid",
	"sought", "slept", "stung", "stuck", "swung", "wore", "swore", "bore", "bled", "hung",
	"sang", "sank", "sprang", "swam", "dug", "spun", "wept", "crept", "dealt", "flung",
	"froze", "knelt", "leapt", "shone", "slid", "slung", "strode", "strove", "woke",
	"arose", "awoke", "befell", "clung", "drank", "forgave", "overcame", "overtook",
	"undertook", "underwent", "upheld", "withdrew", "withheld", "withstood", "shrank",
	"oversaw", "foresaw", "mistook", "forbade",
	// Present tenses that follow a number used as a pronoun: "the two oppose", "both deny".
	"oppose", "opposes", "deny", "denies", "accept", "accepts", "approve", "approves",
	"describe", "describes", "continue", "continues", "rely", "relies", "respond",
	"responds", "understand", "understands", "resemble", "resembles", "disappear",
	"disappears", "reflect", "reflects", "prepare", "prepares", "interact", "feel", "feels")

// compoundEnd returns the index after the hyphenated compound starting at toks[k]:
// "active-duty", "mission-critical", "co-workers".
func (p *parser) compoundEnd(k int) int {
	e := k + 1
	for {
		d, w := p.tok(e), p.tok(e+1)
		if d.isDash() && d.sym == '-' && adjacent(p.tok(e-1), d) && w.kind == tWord && adjacent(d, w) {
			e += 2
			continue
		}
		return e
	}
}

// collectiveNouns look plural but often stand before the noun counted: "two Capitol Police officers".
var collectiveNouns = set("police", "staff", "personnel", "crew", "militia", "faculty", "clergy", "media", "data", "us")

// ordinalWords are spelled ordinals; they never name what is counted.
var ordinalWords = set("first", "second", "third", "fourth", "fifth", "sixth", "seventh",
	"eighth", "ninth", "tenth", "last", "next", "final")

// isVerbForm reports whether w looks like a participle or past tense ("briefed", "killed",
// "remaining") that ends a counted phrase rather than naming the counted thing.
func isVerbForm(w string) bool {
	return !nounExceptions[w] && verbSuffix(w)
}

// verbSuffix reports whether w ends like a past tense or participle.
func verbSuffix(w string) bool {
	return (len(w) > 3 && strings.HasSuffix(w, "ed")) || (len(w) > 4 && strings.HasSuffix(w, "ing"))
}

// isAdverb reports whether w is an -ly adverb ("sharply", "roughly") rather than a noun
// that happens to end in -ly ("family", "ally").
func isAdverb(w string) bool {
	if len(w) < 5 || !strings.HasSuffix(w, "ly") {
		return false
	}
	switch w {
	case "family", "supply", "assembly", "anomaly", "monopoly", "rally", "belly", "jelly",
		"lily", "bully", "italy", "july", "ally", "folly", "holly", "gully", "tally", "reply":
		return false
	}
	return true
}

// isPlural reports whether the lower-case noun w looks plural.
func isPlural(w string) bool {
	if _, ok := irregularPlurals[w]; ok {
		return true
	}
	if pluralKeep[w] {
		return false
	}
	return pluralSuffix(w)
}

// pluralSuffix reports whether w ends like a regular plural: "-s" but not "-ss", "-us", "-is".
func pluralSuffix(w string) bool {
	if len(w) < 3 {
		return false
	}
	if strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") || strings.HasSuffix(w, "'s") {
		return false
	}
	return strings.HasSuffix(w, "s")
}

// singular reduces a lower-case noun to its singular so that "customers" and "customer"
// name the same unit. For multi-word units only the last word changes.
func singular(unit string) string {
	cut := strings.LastIndexAny(unit, " -")
	head, w := unit[:cut+1], unit[cut+1:]
	if s, ok := irregularPlurals[w]; ok {
		return head + s
	}
	if !isPlural(w) {
		return unit
	}
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		w = w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "ches"),
		strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "zzes"):
		w = w[:len(w)-2]
	default:
		w = w[:len(w)-1]
	}
	return head + w
}
