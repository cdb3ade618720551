package quantity

import "math"

// numeral is a number as written, before its unit is known: digits or words, with
// any scale word after it. Its value is mant × 10^exp × mult.
type numeral struct {
	first, end int // token range
	mant       uint64
	exp        int     // power of ten, negative for decimals
	mult       float64 // 12 for dozens, otherwise 1
	dec        int     // digits written after the decimal point
	tz         int     // trailing zeros of a whole number as written
	words      bool    // written in words: "three", "a dozen"
	scaled     bool    // a scale word followed: "million", "bn", "k"
	scaleExp   int     // the power of ten the scale word added
	neg        bool    // written with a minus sign: "-2.79%"
	vague      bool    // "thousands", "tens of thousands": lo and hi hold the interval
	direct     bool    // a vague amount whose counted noun follows without "of": "several people"
	bare       bool    // a vague word without a scale ("several", "a few"): nothing without a noun
	lo, hi     float64 // the interval of a vague amount
}

// value is the number the numeral states.
func (n numeral) value() float64 {
	if n.vague {
		return n.lo
	}
	if n.neg {
		return -pow10Mul(n.mant, n.exp) * n.mult
	}
	return pow10Mul(n.mant, n.exp) * n.mult
}

// pow10Mul returns m × 10^e, correctly rounded for the exponents news numbers use.
func pow10Mul(m uint64, e int) float64 {
	if e >= 0 {
		return float64(m) * math.Pow10(e)
	}
	return float64(m) / math.Pow10(-e)
}

// halfUnit is half of 10^e: the rounding error of a digit in that place.
func halfUnit(e int) float64 { return pow10Mul(5, e-1) }

// tolerance is how far the true value may lie from the written one given how it is
// written: "$9 billion" ±0.5 billion, "$9.2 billion" ±0.05 billion, "5,000" ±500,
// "$43,350" and "three" exact, "50%" ±0.5.
func (n numeral) tolerance(kind Kind) float64 {
	if n.vague || kind == Year || kind == Date {
		return 0
	}
	v := math.Abs(n.value())
	if n.mult != 1 {
		return math.Max(1, 0.05*v) // "a dozen" is rarely counted to the last one
	}
	unit := halfUnit(n.exp) * n.mult
	if kind == Percent {
		return unit
	}
	if n.words && !n.scaled {
		return 0
	}
	if n.dec == 0 && n.tz >= 1 && (n.scaled || n.tz >= 2) {
		// Round numbers are read as rounded at their last non-zero digit, but
		// never more loosely than a tenth of their size: 5,000 ±500, 100 ±10.
		round := math.Min(halfUnit(n.exp+n.tz)*n.mult, 0.1*v)
		if n.scaled {
			return math.Max(unit, round)
		}
		return round
	}
	if n.scaled || n.dec > 0 {
		return unit
	}
	return 0
}

// trailingZeros counts the zeros at the end of v's decimal digits.
func trailingZeros(v uint64) int {
	z := 0
	for v != 0 && v%10 == 0 {
		v /= 10
		z++
	}
	return z
}

// numeral reads the number at toks[i]: digits, number words ("twenty-five", "a dozen")
// or a vague amount ("tens of thousands"), then any scale word after it.
func (p *parser) numeral(i int, money bool) (numeral, bool) {
	t := p.tok(i)
	var n numeral
	switch t.kind {
	case tNum:
		if t.bad {
			return n, false
		}
		n = numeral{first: i, end: i + 1, mant: t.mant, exp: -int(t.dec), dec: int(t.dec), tz: int(t.tz), mult: 1}
	case tWord:
		var ok bool
		if n, ok = p.vagueAmount(i); ok {
			return n, true
		}
		if n, ok = p.numberWords(i); !ok {
			return n, false
		}
	default:
		return n, false
	}
	p.scale(&n, money)
	return n, true
}

// numberWords reads "three", "twenty-five", "ninety nine", "two hundred and fifty",
// and "a" or "an" before a scale word ("a million", "a dozen").
func (p *parser) numberWords(i int) (numeral, bool) {
	t := p.tok(i)
	if t.text == "dozen" {
		return numeral{first: i, end: i, mant: 1, mult: 1, words: true}, true // "dozen injured": scale reads it
	}
	if t.text == "a" || t.text == "an" {
		nx := p.tok(i + 1)
		if nx.nl || nx.kind != tWord {
			return numeral{}, false
		}
		if _, ok := scaleExp[nx.text]; !ok && nx.text != "dozen" {
			return numeral{}, false
		}
		if nx.text == "mn" || nx.text == "bn" || nx.text == "mln" || nx.text == "bln" || nx.text == "tn" {
			return numeral{}, false
		}
		return numeral{first: i, end: i + 1, mant: 1, mult: 1, words: true}, true
	}
	v, j, ok := p.wordsBelowHundred(i)
	if !ok {
		return numeral{}, false
	}
	h := p.tok(j)
	if d, w := p.tok(j), p.tok(j+1); d.isDash() && adjacent(p.tok(j-1), d) && adjacent(d, w) && w.isWord("hundred") {
		h, j = w, j+1 // "three-hundred"
	}
	if h.isWord("hundred") && !h.nl {
		v *= 100
		j++
		k := j
		if p.tok(k).isWord("and") {
			k++
		}
		if w, e, ok := p.wordsBelowHundred(k); ok && w > 0 && w < 100 && !p.tok(k).nl {
			v += w
			j = e
		}
	}
	return numeral{first: i, end: j, mant: uint64(v), mult: 1, words: true, tz: trailingZeros(uint64(v))}, true
}

// wordsBelowHundred reads "seven", "forty", "forty-two", "forty two".
func (p *parser) wordsBelowHundred(i int) (int, int, bool) {
	t := p.tok(i)
	if t.kind != tWord {
		return 0, i, false
	}
	v, ok := smallNumbers[t.text]
	if !ok {
		return 0, i, false
	}
	j := i + 1
	if v >= 20 && v%10 == 0 {
		d, u := p.tok(j), p.tok(j+1)
		if d.isDash() && adjacent(t, d) && adjacent(d, u) && u.kind == tWord {
			if w, ok := smallNumbers[u.text]; ok && w > 0 && w < 10 {
				return v + w, j + 2, true
			}
		}
		if d.kind == tWord && !d.nl {
			if w, ok := smallNumbers[d.text]; ok && w > 0 && w < 10 {
				return v + w, j + 1, true
			}
		}
	}
	return v, j, true
}

// vagueAmount reads plural scale words that name an order of magnitude rather than a
// number: "dozens", "hundreds", "tens of thousands", "several hundred", "a few thousand".
func (p *parser) vagueAmount(i int) (numeral, bool) {
	t := p.tok(i)
	n := numeral{first: i, vague: true, mult: 1}
	switch t.text {
	case "tens", "hundreds":
		of, sc := p.tok(i+1), p.tok(i+2)
		if of.isWord("of") && !of.nl && !sc.nl {
			if b, ok := vagueScale[sc.text]; ok && b >= 1e3 {
				base := 10.0
				if t.text == "hundreds" {
					base = 100
				}
				n.lo, n.hi, n.end = base*b, 10*base*b, i+3
				return n, true
			}
		}
		if t.text == "tens" {
			return n, false
		}
	case "several":
		// "several" is at least three and, leaning wide, up to a dozen: "several others"
		// holds eight but not two; "several hundred" is 200 to 1,000 as before.
		n.direct = true
		if b, ok := p.vagueScaleAt(i + 1); ok {
			n.lo, n.hi, n.end = 2*b, 10*b, i+2
			return n, true
		}
		if sc := p.tok(i + 1); sc.isWord("dozen") && !sc.nl {
			n.lo, n.hi, n.end = 24, 120, i+2
			return n, true
		}
		n.lo, n.hi, n.end, n.bare = 3, 12, i+1, true
		return n, true
	case "a":
		// "a few" is two to five, "a couple of" two or three; with a scale word they
		// span from two of it: "a few thousand" 2,000 to 10,000, "a couple hundred" 200 to 300.
		w := p.tok(i + 1)
		if w.nl || p.tok(i-1).isWord("quite") || !(w.isWord("few") || w.isWord("couple")) {
			return n, false
		}
		n.direct = true
		top := 10.0
		if w.isWord("couple") {
			top = 3
		}
		if b, ok := p.vagueScaleAt(i + 2); ok {
			n.lo, n.hi, n.end = 2*b, top*b, i+3
			return n, true
		}
		if d := p.tok(i + 2); d.isWord("dozen") && !d.nl {
			n.lo, n.hi, n.end = 24, top*12, i+3 // "a couple dozen", "a few dozen"
			return n, true
		}
		if w.isWord("couple") {
			if of := p.tok(i + 2); !of.isWord("of") || of.nl {
				return n, false // "a couple who lived there": a pair of people, not a count
			}
			n.direct = false
			n.lo, n.hi, n.end, n.bare = 2, 3, i+2, true
			return n, true
		}
		n.lo, n.hi, n.end, n.bare = 2, 5, i+2, true
		return n, true
	}
	b, ok := vagueScale[t.text]
	if !ok {
		return n, false
	}
	n.lo, n.hi, n.end = b, 10*b, i+1
	return n, true
}

// vagueScaleAt returns the power of ten of the scale word at toks[k] after "several" or
// "a few" ("hundred", "thousand", "million"), on the same line.
func (p *parser) vagueScaleAt(k int) (float64, bool) {
	sc := p.tok(k)
	e, ok := scaleExp[sc.text]
	if sc.nl || !ok || e > 12 || sc.text == "lakh" || sc.text == "crore" {
		return 0, false
	}
	return math.Pow10(e), true
}

// scale reads a scale word after a numeral: "million", "bn", "€40m", "a hundred thousand",
// "two dozen", "$1.2-billion".
func (p *parser) scale(n *numeral, money bool) {
	j := n.end
	prev := p.tok(j - 1)
	t := p.tok(j)
	if t.isDash() && adjacent(prev, t) {
		if w := p.tok(j + 1); w.kind == tWord && adjacent(t, w) {
			if _, ok := scaleExp[w.text]; ok || w.text == "dozen" { // "$1.2-billion", "two-dozen"
				j++
				t = w
			}
		}
	}
	if t.kind != tWord || t.nl {
		return
	}
	if t.text == "dozen" {
		n.mult *= 12
		n.scaled = true
		n.end = j + 1
		return
	}
	e, ok := 0, false
	if adjacent(prev, t) && p.tok(n.end-1).kind == tNum {
		e, ok = scaleSuffix[t.text]
		if ok && (t.text == "t" || t.text == "tr") && !money {
			ok = false
		}
		if ok && t.text == "k" && !money && p.s[t.start:t.end] == "K" && p.tempContext(j) {
			ok = false // "temperatures of 110K": kelvin, never 110,000
		}
	}
	if !ok {
		e, ok = scaleExp[t.text]
	}
	if !ok {
		return
	}
	n.exp += e
	n.scaleExp += e
	n.scaled = true
	j++
	if t.text == "hundred" {
		if w := p.tok(j); w.kind == tWord && !w.nl {
			if e2, ok := scaleExp[w.text]; ok && e2 >= 3 && w.text != "hundred" {
				n.exp += e2
				n.scaleExp += e2
				j++
			}
		}
	}
	n.end = j
}
