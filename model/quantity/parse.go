package quantity

import "math"

// Parse finds every quantity in s, in order. Offsets are byte offsets into s and
// Text == s[Start:End]. It never panics and returns nil when s holds no quantity.
func Parse(s string) []Quantity { return parse(s, nil, nil) }

// Reader is Parse for many texts in turn, keeping the memory it reads one
// text with for the next. Its zero value is ready to use; a Reader is not
// safe for concurrent use, and the quantities it returns share none of its
// memory.
type Reader struct {
	toks []token
}

// Parse is Parse(s), reusing r's memory.
func (r *Reader) Parse(s string) []Quantity { return parse(s, nil, r) }

// parser holds the state of one Parse call; nothing outlives it.
type parser struct {
	s     string
	toks  []token
	floor int // first token not yet used by a quantity: hedges may not reach below it
	lastQ int // token after the last quantity found, or -1
}

// match is one quantity found, or a stretch of tokens to pass over.
type match struct {
	q       Quantity
	next    int  // token after the match
	coreEnd int  // byte offset where the number ends and the counted noun begins
	skip    bool // tokens that are not a quantity (a time, a phone number)
}

// phrase is an amount being read: numeral, currency or percent, range, counted noun.
type phrase struct {
	start    int // first token: currency sign, "between", or the numeral
	num      numeral
	kind     Kind
	unit     string
	end      int // token after the phrase
	coreEnd  int // token after the numeric part
	ranged   bool
	lo, hi   float64 // stated range ends
	between  bool
	hedgeAt  int
	hedge    hedgeClass
	isAge    bool
	ratio    bool // "one in four": rv and rtol hold the percentage
	rv, rtol float64
}

// tok returns toks[i], or the zero token outside the slice.
func (p *parser) tok(i int) token {
	if i < 0 || i >= len(p.toks) {
		return token{}
	}
	return p.toks[i]
}

// parse runs the scanner over s. When cores is not nil it also collects, for each
// quantity, the byte offset where its number ends and its counted noun begins.
func parse(s string, cores *[]int, r *Reader) []Quantity {
	var buf []token
	if r != nil {
		buf = r.toks[:0]
	}
	if cap(buf) < len(s)/4+16 {
		buf = make([]token, 0, len(s)/4+16)
	}
	p := parser{s: s, toks: lex(s, buf), lastQ: -1}
	if r != nil {
		r.toks = p.toks
	}
	var out []Quantity
	for i := 0; i < len(p.toks); {
		if t := &p.toks[i]; (t.kind == tWord && t.flags == 0) || (t.kind == tSym && !isCurrencySign(t.sym)) {
			i++ // the common case: a word or sign that starts nothing
			continue
		}
		m, ok := p.at(i)
		if !ok || m.next <= i {
			i++
			continue
		}
		if !m.skip {
			if out == nil {
				out = make([]Quantity, 0, len(p.toks)/40+4)
			}
			out = append(out, m.q)
			p.lastQ = m.next
			if cores != nil {
				*cores = append(*cores, m.coreEnd)
			}
		}
		p.floor = m.next
		i = m.next
	}
	return out
}

// isCurrencySign reports whether r is a currency sign that can start an amount.
func isCurrencySign(r rune) bool {
	switch r {
	case '$', '€', '£', '¥', '₹', '₩', '₽', '₺', '₪', '₦', '₱', '฿', '₫':
		return true
	}
	return false
}

// at tries to read a quantity that starts at toks[i].
func (p *parser) at(i int) (match, bool) {
	t := p.toks[i]
	switch t.kind {
	case tWord:
		if t.flags&fMonth != 0 && t.upper {
			if m, ok := p.date(i); ok {
				return m, true
			}
		}
		if t.flags&fStart == 0 {
			return match{}, false
		}
		if _, ok := timeNames[t.text]; ok {
			return p.clockTime(i)
		}
		if t.cls&cNumber != 0 {
			if m, ok := p.tally(i); ok {
				return m, true
			}
		}
		return p.amount(i)
	case tNum:
		if m, ok := p.clockTime(i); ok {
			return m, true
		}
		if m, ok := p.tally(i); ok {
			return m, true
		}
		if m, ok := p.dayFirstDate(i); ok {
			return m, true
		}
		if m, ok := p.slashDate(i); ok {
			return m, true
		}
		return p.amount(i)
	case tSym:
		if _, ok := symbolCurrency[t.sym]; ok {
			return p.amount(i)
		}
	}
	return match{}, false
}

// amount reads money, a percentage, a count, a bare number or a year starting at toks[i].
func (p *parser) amount(i int) (match, bool) {
	ph := phrase{start: i, kind: Number}
	j := i
	if code, next, ok := p.currencyPrefix(i); ok {
		ph.kind, ph.unit, j = Money, code, next
	}
	if t := p.tok(j); t.kind == tNum {
		if next, skip := p.notAmount(j, ph.kind == Money); skip {
			return match{next: next, skip: true}, true
		}
	} else if _, isNum := smallNumbers[t.text]; isNum && t.upper && p.tok(j-1).kind == tWord && !t.nl {
		return match{next: j + 1, skip: true}, true // "Seal Team Six", "Group of Seven": a name
	}
	n, ok := p.numeral(j, ph.kind == Money)
	if !ok {
		return match{}, false
	}
	if d := p.tok(j - 1); n.words && d.isDash() && adjacent(d, p.tok(j)) && adjacent(p.tok(j-2), d) && compoundJoints[p.tok(j-2).text] && j-2 >= p.floor {
		return match{next: n.end, skip: true}, true // "one-on-one", "one-to-one": the tail of a compound word
	}
	if n.vague && n.end == j+1 && p.tok(j).text == "scores" && !p.tok(j+1).isWord("of") {
		return match{}, false // golf scores, test scores
	}
	if frac := p.tok(n.end + 1); n.words && !n.scaled && p.tok(n.end).isDash() && fractionWords[frac.text] && adjacent(p.tok(n.end), frac) {
		return match{next: n.end + 2, skip: true}, true // "two-thirds": a fraction, left alone
	}
	if h := p.tok(i - 1); n.words && n.mant == 1 && p.tok(i).text == "a" && h.isWord("half") && !p.tok(i).nl && i-1 >= p.floor {
		n.mult *= 0.5 // "half a million"
		ph.start = i - 1
	}
	if n.words && p.tok(i).text == "dozen" && !p.tok(i).nl {
		h := i - 1
		if d := p.tok(h); d.isDash() && adjacent(d, p.tok(i)) && adjacent(p.tok(h-1), d) {
			h-- // "half-dozen"
		}
		if p.tok(h).isWord("half") && h >= p.floor {
			n.mult *= 0.5 // "a half dozen", "a half-dozen"
			ph.start = h
			if a := p.tok(h - 1); a.isWord("a") && !p.tok(h).nl && h-1 >= p.floor {
				ph.start = h - 1
			}
		}
	}
	if p.minusBefore(i) && ph.kind == Number && p.tok(i).kind == tNum {
		n.neg = true
		ph.start = i - 1 // the sign belongs to the span: "-2.79%"
	}
	ph.num = n
	ph.end = p.unitSuffix(&ph, n.end)
	ph.hedgeAt, ph.hedge = p.hedgeBefore(ph.start)
	if ph.hedge == hNone && p.tok(i-1).isWord("between") && i-1 >= p.floor {
		ph.between = true
	}
	if p.yearCandidate(&ph) {
		if m, ok := p.year(&ph); ok {
			return m, true
		}
	}
	if ph.kind == Number && p.ratio(&ph) {
		ph.coreEnd = ph.end
		return p.finish(&ph), true
	}
	p.rangeEnd(&ph)
	ph.coreEnd = ph.end
	if ph.kind == Number {
		if skip := p.countPart(&ph); skip {
			return match{next: ph.end, skip: true}, true
		}
		if ph.kind == Number && ph.num.words && !ph.num.scaled && !ph.ranged && ph.num.mant <= 1 && ph.hedge == hNone {
			return match{next: ph.end, skip: true}, true // "one of the sources", "ground zero": not a count
		}
	}
	return p.finish(&ph), true
}

// minusBefore reports whether toks[i] carries a minus sign: a hyphen or minus glued to
// the digits with a space, a bracket or nothing before it ("-2.79%", "(−0.5)"), never
// the hyphen of "F-35" or of a range "10-12".
func (p *parser) minusBefore(i int) bool {
	m := p.tok(i - 1)
	if !(m.isSym('-') || m.isSym('−')) || !adjacent(m, p.tok(i)) || i-1 < p.floor {
		return false
	}
	before := p.tok(i - 2)
	return before.kind == 0 || !adjacent(before, m) || before.isSym('(') || before.isSym('[')
}

// fractionWords follow a number word in a spelled fraction: "two-thirds", "one-half".
var fractionWords = set("half", "halves", "third", "thirds", "quarter", "quarters", "fourth",
	"fourths", "fifth", "fifths", "sixth", "sixths", "eighth", "eighths", "tenth", "tenths")

// ratio reads "one in four", "nine out of 10", "three in 10 voters" as a percentage.
func (p *parser) ratio(ph *phrase) bool {
	n := ph.num
	if n.vague || n.scaled || n.dec != 0 || ph.end != n.end {
		return false
	}
	j := ph.end
	switch {
	case p.tok(j).isWord("in") && !p.tok(j).nl:
		j++
	case p.tok(j).isWord("out") && p.tok(j+1).isWord("of") && !p.tok(j).nl && !p.tok(j+1).nl:
		j += 2
		if p.tok(j).isWord("every") && !p.tok(j).nl {
			j++
		}
	case p.tok(j).isWord("of") && p.tok(j+1).isWord("every") && !p.tok(j).nl && !p.tok(j+1).nl:
		j += 2
	default:
		return false
	}
	t := p.tok(j)
	if t.nl || isYearNum(t) || (t.kind == tNum && (t.bad || t.lead0 || t.comma || t.dec != 0)) {
		return false
	}
	if t.kind == tNum {
		if _, skip := p.notAmount(j, false); skip {
			return false
		}
	}
	d, ok := p.numeral(j, false)
	if !ok || d.vague || d.scaled || d.value() > 1000 || d.value() < 2 || d.value() <= n.value() {
		return false
	}
	if _, isMonth := months[p.tok(d.end).text]; isMonth {
		return false
	}
	ph.kind, ph.unit, ph.ratio = Percent, "%", true
	ph.rv = n.value() / d.value() * 100
	ph.rtol = 50 / d.value()
	ph.end = d.end
	return true
}

// rangeEnd extends the phrase over a second number: "$12,000 to $13,000", "10-12 people",
// "between 10 and 12", "two or three". The second end must be larger than the first.
func (p *parser) rangeEnd(ph *phrase) {
	j := ph.end
	sep := p.tok(j)
	if sep.nl || ph.num.vague {
		return
	}
	switch {
	case sep.isWord("to"):
		if p.fromAfterChange(ph) {
			return // "rose from 5% to 7%": two levels, not a range
		}
	case sep.isWord("or"):
		if ph.kind == Money || ph.num.scaled {
			return // "$250,000 or $1 million": alternatives, not a range
		}
	case sep.isWord("and") && ph.between:
	case sep.isDash() && adjacent(p.tok(j-1), sep) && adjacent(sep, p.tok(j+1)):
		if ph.num.words {
			return // "a one-two punch": news writes ranges of number words with "to" or "or"
		}
	case sep.isDash() && sep.sym == '–':
	default:
		return
	}
	k := j + 1
	second := phrase{start: k, kind: Number}
	if code, next, ok := p.currencyPrefix(k); ok {
		if ph.kind != Money || code != ph.unit {
			return
		}
		second.kind, second.unit, k = Money, code, next
	}
	nt := p.tok(k)
	if nt.nl || (nt.kind == tNum && (nt.bad || nt.lead0)) {
		return
	}
	if nt.kind == tNum {
		if _, skip := p.notAmount(k, true); skip {
			return
		}
	}
	n2, ok := p.numeral(k, ph.kind == Money || second.kind == Money)
	if !ok || n2.vague || ph.num.words != n2.words {
		return
	}
	second.num = n2
	second.end = p.unitSuffix(&second, n2.end)
	switch {
	case second.kind == ph.kind:
		if ph.kind != Number && second.unit != ph.unit {
			return
		}
	case ph.kind == Number && (second.kind == Percent || second.kind == Money):
		if second.kind == Percent && ph.num.scaled {
			return
		}
		ph.kind, ph.unit = second.kind, second.unit
	case second.kind == Number && (ph.kind == Money || ph.kind == Percent):
		if ph.kind == Percent && sep.isWord("to") {
			return // "grew 50% to 12": the 12 is a level
		}
	default:
		return
	}
	v1, v2 := ph.num.value(), n2.value()
	if second.kind == Money && ph.kind == Money && second.unit == ph.unit && p.tok(ph.start).kind == tNum {
		// "5 to $6 billion" is not a form news uses; leave both alone
		return
	}
	if !ph.num.scaled && n2.scaled && v1 < pow10Mul(n2.mant, -n2.dec)*n2.mult {
		ph.num.exp += n2.scaleExp
		ph.num.scaleExp = n2.scaleExp
		ph.num.scaled = true
		v1 = ph.num.value()
	}
	if ph.num.scaled && !n2.scaled {
		return // "5 million to 6": the second is something else
	}
	if !(v2 > v1) || (sep.isWord("or") && (second.kind == Money || n2.scaled || v2 > 3*v1)) {
		return
	}
	ph.ranged, ph.lo, ph.hi = true, v1, v2
	ph.end = second.end
}

// fromAfterChange reports whether the phrase is "from X" after a change verb,
// or after a form of "go" ("net interest will go from $270 billion to $768
// billion": a level before and one after).
func (p *parser) fromAfterChange(ph *phrase) bool {
	f := p.tok(ph.hedgeAt - 1)
	if !f.isWord("from") {
		return false
	}
	if g := p.tok(ph.hedgeAt - 2); g.kind == tWord && goVerbs[g.text] && !f.nl {
		return true
	}
	return p.changeBefore(ph.hedgeAt-1, ph.kind)
}

// goVerbs are the forms of "go", a change only before "from X to Y".
var goVerbs = set("go", "goes", "went", "gone", "going")

// finish turns a phrase into a match: span, interval, hedge, change.
func (p *parser) finish(ph *phrase) match {
	first := ph.hedgeAt
	if ph.between && ph.ranged && ph.hedge == hNone {
		first = ph.start - 1
	}
	v := ph.num.value()
	lo, hi := v, v
	tol := ph.num.tolerance(ph.kind)
	if ph.ratio {
		v, lo, hi, tol = ph.rv, ph.rv, ph.rv, ph.rtol
	}
	bl, bh := v-tol, v+tol
	switch {
	case ph.ranged:
		lo, hi = ph.lo, ph.hi
		bl, bh = lo, hi
		v = lo + (hi-lo)/2
	case ph.num.vague:
		lo, hi = ph.num.lo, ph.num.hi
		bl, bh = lo, hi
	}
	q := Quantity{Value: v, Kind: ph.kind, Unit: ph.unit, Range: ph.ranged}
	q.Low, q.High = interval(ph.hedge, ph.kind, lo, hi, bl, bh)
	q.Value, q.Low, q.High = clean(q.Value), clean(q.Low), clean(q.High)
	if ph.hedge != hNone {
		q.Hedge = p.hedgeText(ph.hedgeAt, ph.start)
	}
	if ph.kind != Year && ph.kind != Date && !ph.isAge {
		q.Change = p.changeBefore(first, ph.kind) || (ph.kind != Count && p.changeAfter(ph.end))
	}
	m := p.spanMatch(first, ph.end, q)
	m.coreEnd = p.toks[ph.coreEnd-1].end
	return m
}

// clean rounds away the float noise of decimal arithmetic (11.8+0.05 = 11.850000000000001).
func clean(v float64) float64 {
	if v == 0 || math.IsNaN(v) || math.IsInf(v, 0) || (v == math.Trunc(v) && math.Abs(v) < 1e15) {
		return v // whole numbers carry no noise
	}
	r := roundSig(v, 12)
	if math.IsNaN(r) || math.IsInf(r, 0) {
		return v
	}
	return r
}

// spanMatch fills the span of q from toks[i:k].
func (p *parser) spanMatch(i, k int, q Quantity) match {
	q.Start, q.End = p.toks[i].start, p.toks[k-1].end
	q.Text = p.s[q.Start:q.End]
	return match{q: q, next: k, coreEnd: q.End}
}

// compoundJoints join two numbers into a compound word: "one-on-one",
// "one-to-one", "two-by-four".
var compoundJoints = map[string]bool{"on": true, "to": true, "by": true}
