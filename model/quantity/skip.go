package quantity

import "strings"

// notAmount recognises digits at toks[i] that are not amounts: times of day, phone
// numbers, ISBNs, ordinals, codes, model and section names. It returns the index after
// the tokens to pass over.
func (p *parser) notAmount(i int, money bool) (int, bool) {
	t := p.tok(i)
	if t.bad || (t.lead0 && !money) {
		return p.chainEnd(i), true
	}
	next := p.tok(i + 1)
	glued := next.kind != 0 && adjacent(t, next)
	// List markers: "1)" or "3." opening a line.
	if (i == 0 || t.nl) && glued && (next.isSym(')') || (next.isSym('.') && !money)) {
		return i + 2, true
	}
	// Two-digit years after an apostrophe: "in ’08".
	if pr := p.tok(i - 1); (pr.isSym('’') || pr.isSym('\'')) && adjacent(pr, t) && t.intDigits == 2 && t.dec == 0 {
		return i + 1, true
	}
	// Times: "11:10 PM", "7:09 a.m.", "10 a.m.", "9pm".
	if next.isSym(':') && glued && p.tok(i+2).kind == tNum && adjacent(next, p.tok(i+2)) {
		k := p.chainEnd(i)
		if w := p.tok(k); w.kind == tWord && !w.nl && timeWords[w.text] {
			k++
		}
		if w := p.tok(k); w.kind == tWord && !w.nl && timeWords[w.text] {
			k++ // a zone after am/pm: "7 a.m. ET"
		}
		return k, true
	}
	if next.kind == tWord && !next.nl && ampm[next.text] && !money {
		return i + 2, true
	}
	// Letters glued to the digits.
	if next.kind == tWord && glued {
		switch {
		case ordinalSuffix[next.text]:
			return i + 2, true
		case next.text == "s" && isYearNum(t):
			// a decade, read by the year rules
		case scaleSuffix[next.text] != 0 && (money || (next.text != "t" && next.text != "tr")):
		case measureSuffix[next.text]:
		case !money && (tempLetter(p.s[next.start:next.end]) != "" || strings.HasPrefix(p.s[next.start:next.end], "º")):
			// "43C", "110F": a temperature, read by countPart
		default:
			return i + 2, true // "4G", "3D", "10x", "30s"
		}
	}
	// Fractions and codes with slashes: "9/11", "24/7", "1/2".
	if next.isSym('/') && glued && p.tok(i+2).kind == tNum && adjacent(next, p.tok(i+2)) {
		return p.chainEnd(i), true
	}
	// Three or more numeric groups joined by hyphens or dots: phones, ISBNs.
	groups, k := 1, i
	for {
		d, n := p.tok(k+1), p.tok(k+2)
		if (d.isDash() || d.isSym('.')) && adjacent(p.tok(k), d) && n.kind == tNum && adjacent(d, n) {
			groups++
			k += 2
			continue
		}
		break
	}
	if groups >= 3 {
		return k + 1, true
	}
	if groups == 2 {
		second := p.tok(i + 2)
		if second.lead0 || second.bad || (!isYearNum(t) && second.mant <= t.mant && second.dec == t.dec) {
			return i + 3, true // "3-2" scores, "555-0100"
		}
	}
	// Area codes: "(202) 555-0100".
	if p.tok(i-1).isSym('(') && next.isSym(')') && p.tok(i+2).kind == tNum {
		return i + 2, true
	}
	if money {
		return 0, false
	}
	prev := p.tok(i - 1)
	if prev.kind != 0 && adjacent(prev, t) {
		switch {
		case prev.isSym('#'):
			return p.chainEnd(i), true
		case prev.isDash() && p.tok(i-2).kind == tWord && adjacent(p.tok(i-2), prev) && !dateLead[p.tok(i-2).text] && !p.tok(i-2).isWord("magnitude"):
			return p.chainEnd(i), true // "F-35", "COVID-19", "G-20"
		}
	}
	if prev.isSym('.') && (p.tok(i-2).isWord("no") || p.tok(i-2).isWord("nos")) && adjacent(p.tok(i-2), prev) {
		return p.chainEnd(i), true // "No. 1"
	}
	if prev.kind == tWord && !t.nl {
		if labelWords[prev.text] && !prev.nl {
			return p.chainEnd(i), true // "Section 230", "Flight 370"
		}
		if p.isName(prev) && !isYearNum(t) && !t.comma && t.dec == 0 && !p.goesOnAsAmount(i+1) {
			return p.chainEnd(i), true // "Boeing 737", "Windows 11"
		}
	}
	return 0, false
}

// ampm are the words that make a number a time of day.
var ampm = set("a.m.", "p.m.", "a.m", "p.m", "am", "pm", "o'clock")

// chainEnd returns the index after the number at toks[i] and any numbers glued to it
// by hyphens, slashes, colons or dots: "978-3-16", "9/11", "11:10".
func (p *parser) chainEnd(i int) int {
	k := i
	for {
		d, n := p.tok(k+1), p.tok(k+2)
		if (d.isDash() || d.isSym('/') || d.isSym(':') || d.isSym('.')) && adjacent(p.tok(k), d) && n.kind == tNum && adjacent(d, n) {
			k += 2
			continue
		}
		return k + 1
	}
}

// isName reports whether the capitalised word t, just before a number, names a product,
// law or place ("Boeing 737", "Windows 11") rather than introducing an amount.
func (p *parser) isName(t token) bool {
	if t.kind != tWord || !t.upper {
		return false
	}
	w := t.text
	if functionWords[w] || changeVerbs[w] || hedgeWords[w] || weekdays[w] || yearPreps[w] ||
		modifiers[w] || monthPreps[w] || notNames[w] {
		return false
	}
	if _, ok := months[w]; ok {
		return false
	}
	if _, ok := smallNumbers[w]; ok {
		return false
	}
	return true
}

// notNames are capitalised words that often start a sentence before an amount.
var notNames = set("another", "exactly", "precisely", "total", "totaling", "totalling",
	"only", "just", "all", "some", "those", "these", "nearly", "roughly", "approximately",
	"estimated", "additional", "combined", "including", "then", "now", "today", "yesterday",
	"tomorrow", "tonight", "overall", "altogether", "aged", "age", "ages", "number", "numbers",
	"than", "among", "reportedly", "police", "officials", "authorities")

// goesOnAsAmount reports whether toks[k] makes the number before it an amount: a percent
// sign or word, a scale word or a currency.
func (p *parser) goesOnAsAmount(k int) bool {
	t := p.tok(k)
	if t.isSym('%') {
		return true
	}
	if t.kind != tWord || t.nl {
		return false
	}
	if _, ok := scaleExp[t.text]; ok {
		return true
	}
	if _, ok := currencyWords[t.text]; ok {
		return true
	}
	switch t.text {
	case "percent", "per", "percentage", "pct", "dozen":
		return true
	}
	return scaleSuffix[t.text] != 0 && adjacent(p.tok(k-1), t)
}
