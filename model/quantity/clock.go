package quantity

import "strings"

// Times of day: "5 p.m.", "7:15 a.m.", "around 7:09 am", "19:30 GMT", "noon", and spans
// of them ("from 9 a.m. to 5 p.m."). A time is as precise as it is written: to the
// minute when the minutes are given, to the half hour either side when only the hour is.
// Times that could be morning or evening ("11:10", "6 o'clock"), lengths ("02:36") and
// the times in bylines ("Updated 11:10 PM ET") are passed over.

const (
	dayMinutes  = 24 * 60
	hourSlack   = 30 // "5 p.m." holds 4:30 to 5:30
	aroundSlack = 5  // "around" widens a time by a few minutes each way
	afterSlack  = 30 // "shortly after 7 a.m." runs to 7:30
)

// zoneWords are the time zones written after a time.
var zoneWords = set("gmt", "utc", "edt", "est", "pdt", "pst", "et", "pt", "bst", "cet",
	"cdt", "cst", "mdt", "mst", "ct", "mt")

// timeNames are times of day named by a word.
var timeNames = map[string]int{"noon": 12 * 60, "midday": 12 * 60, "midnight": 0}

// bylineWords before a time make it the time a page was posted, not part of the story.
var bylineWords = set("posted", "updated", "published", "modified", "update", "updates")

// timeLeads before "after" or "before" make a bound of a time: "shortly after 7 a.m.".
var timeLeads = set("shortly", "just", "soon", "right", "immediately")

// clock is one time of day as read: minutes after midnight and how precise it is.
type clock struct {
	min   int
	slack int  // minutes either side the writing allows
	half  bool // a.m. or p.m. was written (or the hour needs none: "19:30", "noon")
	end   int  // token after the time, zone excluded
}

// clockTime reads a time of day, or a span of two, that starts at toks[i].
func (p *parser) clockTime(i int) (match, bool) {
	c, ok := p.clockAt(i)
	if !ok {
		return match{}, false
	}
	first, last := i, c.end
	lo, hi := c.min-c.slack, c.min+c.slack
	v := c.min
	ranged := false
	if c2, k, ok := p.clockRange(i, c); ok {
		if !c.half {
			c.min = inHalfOf(c.min, c2.min)
		}
		lo, hi = c.min, c2.min
		if hi < lo {
			hi += dayMinutes // "10 p.m. to 2 a.m."
		}
		v = lo + (hi-lo)/2
		last, ranged = c2.end, true
		if k >= 0 {
			first = k
		}
	} else if !c.half {
		return match{}, false
	}
	zone := ""
	if z := p.tok(last); z.kind == tWord && !z.nl && zoneWords[z.text] {
		zone = strings.ToUpper(z.text)
		last++
	}
	if p.byline(first) {
		return match{next: last, skip: true}, true
	}
	q := Quantity{Value: float64(v), Kind: Time, Unit: zone}
	hedgeAt, class := first, hNone
	if !ranged {
		hedgeAt, class = p.hedgeBefore(first)
		if class == hNone {
			hedgeAt, class = p.timeBound(first)
		}
	}
	switch class {
	case hApprox:
		lo, hi = lo-aroundSlack, hi+aroundSlack
	case hCap:
		lo, hi = lo-aroundSlack, c.min
	case hLower:
		lo, hi = c.min, c.min+max(c.slack, afterSlack)
	case hUpper:
		lo, hi = c.min-max(c.slack, afterSlack), c.min
	}
	q.Low, q.High = float64(lo), float64(hi)
	if class != hNone {
		q.Hedge = p.hedgeText(hedgeAt, first)
	}
	return p.spanMatch(hedgeAt, last, q), true
}

// clockAt reads one time of day at toks[i]: digits with a.m. or p.m., a 24-hour time,
// "12 noon", or "noon". A bare hour or "7:15" without a.m. or p.m. comes back with
// half false: only a span can say which half of the day it is in.
func (p *parser) clockAt(i int) (clock, bool) {
	t := p.tok(i)
	if t.kind == tWord {
		m, ok := timeNames[t.text]
		midSentence := i > 0 && !t.nl && !sentenceEnd(p.tok(i-1)) && !p.tok(i-1).isSym('"')
		if n := p.tok(i + 1); !ok || (t.upper && (midSentence || (n.kind == tWord && n.upper && !n.nl))) {
			return clock{}, false // "Midnight Oil", "the Noon Show": a name
		}
		return clock{min: m, slack: hourSlack, half: true, end: i + 1}, true
	}
	if t.kind != tNum || t.bad || t.comma || t.intDigits > 2 {
		return clock{}, false
	}
	h, m, k, exact := int(t.mant), 0, i+1, false
	switch {
	case t.dec == 2 && p.ampmAt(k) != 0:
		h, m, exact = int(t.mant/100), int(t.mant%100), true // "7.15pm", as British papers write it
	case t.dec != 0:
		return clock{}, false
	}
	if c, mm := p.tok(k), p.tok(k+1); c.isSym(':') && adjacent(t, c) && adjacent(c, mm) && mm.kind == tNum &&
		!mm.bad && mm.dec == 0 && mm.intDigits == 2 && !exact {
		m, k, exact = int(mm.mant), k+2, true
		if n := p.tok(k); n.isSym(':') && adjacent(mm, n) {
			return clock{}, false // "1:02:03": a duration or a race time
		}
	}
	if m > 59 {
		return clock{}, false
	}
	c := clock{min: h*60 + m, end: k}
	if exact {
		c.slack = 0
	} else {
		c.slack = hourSlack
	}
	switch half := p.ampmAt(k); {
	case half != 0:
		if h < 1 || h > 12 {
			return clock{}, false
		}
		c.min = (h%12)*60 + m
		if half == 2 {
			c.min += 12 * 60
		}
		c.half, c.end = true, k+1
	case h == 12 && m == 0 && p.timeNameAt(k):
		c.min, c.half, c.end = timeNames[p.tok(k).text], true, k+1 // "12 noon", "12 midnight"
	case exact && h <= 23 && (h >= 13 || p.zoneAt(k)):
		c.half = true // "19:30", "07:15 GMT": a 24-hour clock ("02:36" alone is a video's length)
	case exact || h < 1 || h > 12:
		return clock{}, false
	}
	return c, true
}

// ampmAt returns 1 for a.m. and 2 for p.m. written at toks[k], else 0.
func (p *parser) ampmAt(k int) int {
	t := p.tok(k)
	if t.kind != tWord || t.nl {
		return 0
	}
	switch t.text {
	case "a.m.", "a.m", "am":
		return 1
	case "p.m.", "p.m", "pm":
		return 2
	}
	return 0
}

// timeNameAt reports whether a time named by a word ("noon") is written at toks[k].
func (p *parser) timeNameAt(k int) bool {
	t := p.tok(k)
	_, ok := timeNames[t.text]
	return ok && t.kind == tWord && !t.nl
}

// zoneAt reports whether a time zone is written at toks[k].
func (p *parser) zoneAt(k int) bool {
	t := p.tok(k)
	return t.kind == tWord && !t.nl && zoneWords[t.text]
}

// clockRange reads the second end of a span of times after the first: "9 a.m. to 5 p.m.",
// "5-7 p.m.", "between 5 and 7 p.m.". It returns the second time and, for "between", the
// index of that word, which the span starts at, or -1.
func (p *parser) clockRange(i int, first clock) (clock, int, bool) {
	j := first.end
	if p.zoneAt(j) {
		return clock{}, -1, false
	}
	sep := p.tok(j)
	between := -1
	switch {
	case sep.nl:
		return clock{}, -1, false
	case sep.isWord("to") || sep.isWord("until") || sep.isWord("till"):
	case sep.isDash() && (sep.sym == '–' || (adjacent(p.tok(j-1), sep) && adjacent(sep, p.tok(j+1)))):
	case sep.isWord("and") && p.tok(i-1).isWord("between") && i-1 >= p.floor:
		between = i - 1
	default:
		return clock{}, -1, false
	}
	if p.tok(j + 1).nl {
		return clock{}, -1, false
	}
	second, ok := p.clockAt(j + 1)
	if !ok || !second.half || (first.half && second.min == first.min) {
		return clock{}, -1, false
	}
	return second, between, true
}

// inHalfOf puts a time written without a.m. or p.m. in the half of the day that makes it
// come before the end of its span: "5-7 p.m." is 5 p.m., "11 to 1 p.m." is 11 a.m.
func inHalfOf(start, end int) int {
	if start >= 12*60 {
		start -= 12 * 60 // "12:30-1 p.m.": the hour 12 is after noon
	}
	if pm := start + 12*60; pm <= end {
		return pm
	}
	return start
}

// timeBound reads "shortly after", "just before" and the like ending just before toks[i].
func (p *parser) timeBound(i int) (int, hedgeClass) {
	b, lead := p.tok(i-1), p.tok(i-2)
	if i-2 < p.floor || p.tok(i).nl || b.nl || !timeLeads[lead.text] {
		return i, hNone
	}
	switch {
	case b.isWord("after"):
		return i - 2, hLower
	case b.isWord("before"):
		return i - 2, hUpper
	}
	return i, hNone
}

// byline reports whether a time is a page's time stamp: words of posting or updating
// stand before toks[i] on its line ("Updated 11:10 PM ET"), or a year does, alone or
// with a dash or comma ("Jan 18, 2022 - 11:10 PM"). A story's own times are introduced
// by words: "on June 28, 2018, at 2:40 p.m.".
func (p *parser) byline(i int) bool {
	prev := p.tok(i - 1)
	if !p.tok(i).nl && (prev.isDash() || prev.isSym('—') || prev.isSym('|') || prev.isSym('•') || prev.isSym('·') || prev.isSym(',')) {
		prev = p.tok(i - 2)
	}
	if isYearNum(prev) && !p.tok(i).nl {
		return true
	}
	for k, n := i-1, 0; k >= 0 && n < 8; k, n = k-1, n+1 {
		if bylineWords[p.toks[k].text] {
			return true
		}
		if t := p.toks[k]; t.nl || t.isSym('.') || t.isSym(';') || t.isSym('!') || t.isSym('?') {
			return false
		}
	}
	return false
}
