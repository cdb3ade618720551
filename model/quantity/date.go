package quantity

// monthAt returns the month named by the word at toks[i] and the index after it (and
// after the dot of an abbreviation). Month names count only when capitalised, so the
// verbs "may" and "march" are never read as months.
func (p *parser) monthAt(i int) (int, int, bool) {
	t := p.tok(i)
	if t.kind != tWord || !t.upper {
		return 0, i, false
	}
	m, ok := months[t.text]
	if !ok {
		return 0, i, false
	}
	j := i + 1
	if len(t.text) <= 4 && t.text != "may" && t.text != "june" && t.text != "july" {
		if d := p.tok(j); d.isSym('.') && adjacent(t, d) {
			j++
		}
	}
	return m, j, true
}

// isYearNum reports whether t is written like a year: four digits, no grouping, 1000-2100.
func isYearNum(t token) bool {
	return t.kind == tNum && !t.bad && !t.comma && !t.lead0 && t.dec == 0 && t.intDigits == 4 &&
		t.mant >= 1000 && t.mant <= 2100
}

// dayNum returns the day of month written at t, if it can be one.
func dayNum(t token) (int, bool) {
	if t.kind != tNum || t.bad || t.comma || t.dec != 0 || t.intDigits > 2 || t.mant < 1 || t.mant > 31 {
		return 0, false
	}
	return int(t.mant), true
}

// daysIn is the number of days in month m of year y (year 0: unknown, so February has 29).
func daysIn(y, m int) int {
	switch m {
	case 4, 6, 9, 11:
		return 30
	case 2:
		if y == 0 || (y%4 == 0 && (y%100 != 0 || y%400 == 0)) {
			return 29
		}
		return 28
	}
	return 31
}

// date reads a date that starts with a month ("March 31, 2021", "Jan. 18, 2022",
// "June 28", "June 28-29", "August 2020", "June of 2016") or a bare month after a
// preposition ("in January"). Value is YYYYMMDD with year 0 when absent.
func (p *parser) date(i int) (match, bool) {
	m, j, ok := p.monthAt(i)
	if !ok {
		return match{}, false
	}
	if d, ok := dayNum(p.tok(j)); ok && !p.tok(j).nl {
		k := j + 1
		// A number that goes on as an amount is not a day: "May 5 million".
		if nx := p.tok(k); nx.isSym('%') || nx.isSym(':') || nx.isSym('/') || (nx.kind == tWord && adjacent(p.tok(j), nx) && !ordinalSuffix[nx.text]) {
			return match{}, false
		}
		if nx := p.tok(k); nx.kind == tWord && adjacent(p.tok(j), nx) && ordinalSuffix[nx.text] {
			k++
		}
		d2 := d
		if dash, n2 := p.tok(k), p.tok(k+1); dash.isDash() && adjacent(p.tok(k-1), dash) && adjacent(dash, n2) {
			if v, ok := dayNum(n2); ok && v > d {
				d2, k = v, k+2
			}
		}
		y := 0
		if c, yt := p.tok(k), p.tok(k+1); c.isSym(',') && isYearNum(yt) && !yt.nl && !p.followsAsAmount(k+2) {
			y, k = int(yt.mant), k+2
		} else if yt := p.tok(k); isYearNum(yt) && !yt.nl && !p.followsAsAmount(k+1) {
			y, k = int(yt.mant), k+1
		}
		if d2 > daysIn(y, m) {
			return match{}, false
		}
		return p.dateMatch(i, k, y, m, d, d2), true
	}
	// "August 2020", "June of 2016"
	k := j
	if p.tok(k).isWord("of") && isYearNum(p.tok(k+1)) {
		k++
	}
	if yt := p.tok(k); isYearNum(yt) && !yt.nl && !p.followsAsAmount(k+1) {
		return p.monthMatch(i, k+1, int(yt.mant), m), true
	}
	// A bare month: only after a preposition, and only its full name.
	t := p.tok(i)
	if len(t.text) < 5 && t.text != "may" && t.text != "june" && t.text != "july" {
		return match{}, false
	}
	prev := p.tok(i - 1)
	if prev.isDash() && adjacent(prev, t) && p.tok(i-2).isWord("mid") {
		prev = p.tok(i - 2)
	}
	if i-1 < p.floor || t.nl || prev.kind != tWord || !monthPreps[prev.text] {
		return match{}, false
	}
	return p.monthMatch(i, j, 0, m), true
}

// dayFirstDate reads "8 August 2021" and "28 June".
func (p *parser) dayFirstDate(i int) (match, bool) {
	d, ok := dayNum(p.tok(i))
	if !ok {
		return match{}, false
	}
	m, k, ok := p.monthAt(i + 1)
	if !ok || p.tok(i+1).nl {
		return match{}, false
	}
	y := 0
	if yt := p.tok(k); isYearNum(yt) && !yt.nl && !p.followsAsAmount(k+1) {
		y, k = int(yt.mant), k+1
	}
	if d > daysIn(y, m) {
		return match{}, false
	}
	return p.dateMatch(i, k, y, m, d, d), true
}

// slashDate reads "6/28/2018" (month first, as US news writes it).
func (p *parser) slashDate(i int) (match, bool) {
	a, s1, b, s2, c := p.tok(i), p.tok(i+1), p.tok(i+2), p.tok(i+3), p.tok(i+4)
	if !(s1.isSym('/') && s2.isSym('/') && adjacent(a, s1) && adjacent(s1, b) && adjacent(b, s2) && adjacent(s2, c)) {
		return match{}, false
	}
	m, ok1 := dayNum(a)
	d, ok2 := dayNum(b)
	if !ok1 || !ok2 || m > 12 || !isYearNum(c) || d > daysIn(int(c.mant), m) {
		return match{}, false
	}
	return p.dateMatch(i, i+5, int(c.mant), m, d, d), true
}

// followsAsAmount reports whether toks[k] continues a number as an amount ("2018 people"
// is not read as part of a date only when it has a plural noun; here we only refuse
// scale words and percent signs that would make it a count).
func (p *parser) followsAsAmount(k int) bool {
	t := p.tok(k)
	if t.isSym('%') {
		return true
	}
	if t.kind != tWord || t.nl {
		return false
	}
	_, sc := scaleExp[t.text]
	return sc || t.text == "percent"
}

// dateMatch builds a day-exact date (or a day range) over toks[i:k].
func (p *parser) dateMatch(i, k, y, m, d, d2 int) match {
	v := float64(y*10000 + m*100 + d)
	return p.spanMatch(i, k, Quantity{Value: v, Low: v, High: float64(y*10000 + m*100 + d2), Kind: Date})
}

// monthMatch builds a month-only date over toks[i:k]: day 0 in Value, the whole month as interval.
func (p *parser) monthMatch(i, k, y, m int) match {
	base := y*10000 + m*100
	return p.spanMatch(i, k, Quantity{Value: float64(base), Low: float64(base + 1), High: float64(base + daysIn(y, m)), Kind: Date})
}
