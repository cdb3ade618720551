package quantity

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// Comparable reports whether a and b measure the same sort of thing, so that comparing
// their values makes sense: the same kind, the same unit (currency code, "%" or "pp", or
// the counted noun with singular and plural alike: "customer" == "customers"), and both
// levels or both changes. Bare numbers, whose thing is unknown, are never comparable,
// and years never compare with counts (of years or anything else). Tallies compare only
// with tallies, and times of day only with times, in the same zone when both name one.
func Comparable(a, b Quantity) bool {
	if a.Kind != b.Kind || a.Change != b.Change {
		return false
	}
	switch a.Kind {
	case Year, Date, Tally, Weekday:
		return true
	case Time:
		return a.Unit == "" || b.Unit == "" || strings.EqualFold(a.Unit, b.Unit)
	case Count:
		ua, ub := strings.ToLower(strings.TrimSpace(a.Unit)), strings.ToLower(strings.TrimSpace(b.Unit))
		return ua != "" && singular(ua) == singular(ub)
	case Money, Percent:
		return a.Unit != "" && strings.EqualFold(a.Unit, b.Unit)
	}
	return false
}

// Compatible reports whether the intervals of a and b overlap. Two dates compare by month
// and day alone when either lacks its year ("June 28" fits "June 28, 2018"). Intervals
// that only touch are two roundings of different values ("$3.5 billion" is [3.45, 3.55],
// "$3.6 billion" [3.55, 3.65]) and do not overlap; an exact value on the end of an
// interval does ("at least five" holds "five"). Two tallies are compatible when both
// sides match, in either order ("234-193" and "193-234" count the same vote); a tally
// never fits anything else. Times of day compare around the clock: "11:55 p.m." is ten
// minutes from "12:05 a.m.".
func Compatible(a, b Quantity) bool {
	if !finite(a.Low) || !finite(a.High) || !finite(b.Low) || !finite(b.High) {
		return false
	}
	if a.Kind == Tally || b.Kind == Tally {
		return a.Kind == b.Kind && finite(a.Other) && finite(b.Other) &&
			((a.Value == b.Value && a.Other == b.Other) || (a.Value == b.Other && a.Other == b.Value))
	}
	if a.Kind == Time && b.Kind == Time {
		for _, shift := range []float64{0, -dayMinutes, dayMinutes} {
			if overlaps(a.Low, a.High, b.Low+shift, b.High+shift) {
				return true
			}
		}
		return false
	}
	al, ah, bl, bh := a.Low, a.High, b.Low, b.High
	if a.Kind == Date && b.Kind == Date && (yearOf(a.Value) == 0 || yearOf(b.Value) == 0) {
		al, ah = float64(monthDay(a.Low)), float64(monthDay(a.High))
		bl, bh = float64(monthDay(b.Low)), float64(monthDay(b.High))
	}
	return overlaps(al, ah, bl, bh)
}

// overlaps reports whether [al, ah] and [bl, bh] share more than an end, or hold a
// point that lies in the other.
func overlaps(al, ah, bl, bh float64) bool {
	if al == ah || bl == bh {
		return al <= bh && bl <= ah
	}
	return al < bh && bl < ah
}

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

func yearOf(v float64) int { return int(v) / 10000 }

func monthDay(v float64) int { return int(v) % 10000 }

// Difference says in plain words how a and b disagree, on one line:
// "4 million vs more than 4 billion customers — 1,000× apart",
// "$9.2 billion vs $12 billion — 30% apart", "50% vs 30% — 20 points apart",
// "June 28 vs June 29", "5 p.m. vs 7:15 a.m.", "234-193 vs 232-195".
func Difference(a, b Quantity) string {
	ta, tb := written(a), written(b)
	var sb strings.Builder
	if a.Kind == Count && Comparable(a, b) {
		ca, cb := core(a), core(b)
		if ca != ta && cb != tb {
			u := b
			if !isPlural(lastWord(b.Unit)) && isPlural(lastWord(a.Unit)) {
				u = a // "five vs one people" reads better than "five vs one person"
			}
			sb.WriteString(ca + " vs " + cb + " " + unitWords(u))
		} else {
			sb.WriteString(ta + " vs " + tb)
		}
	} else {
		sb.WriteString(ta + " vs " + tb)
	}
	if apart := apart(a, b); apart != "" {
		sb.WriteString(" — " + apart)
	}
	return sb.String()
}

// written is the quantity as the text wrote it, or its value when it has no text.
func written(q Quantity) string {
	if t := strings.Join(strings.Fields(q.Text), " "); t != "" {
		return t
	}
	s := formatNumber(q.Value)
	switch q.Kind {
	case Tally:
		return s + "-" + formatNumber(q.Other)
	case Time:
		return clockText(q.Value)
	case Percent:
		if q.Unit == "%" {
			return s + "%"
		}
	case Year, Number:
		return s
	}
	if q.Unit != "" {
		return s + " " + q.Unit
	}
	return s
}

// core is the numeric part of a count's text, hedge kept and counted noun dropped:
// "more than 4 billion customers" → "more than 4 billion".
func core(q Quantity) string {
	t := written(q)
	var cores []int
	qs := parse(t, &cores, nil)
	if len(qs) != 1 || qs[0].Start != 0 || qs[0].End != len(t) || cores[0] <= 0 || cores[0] > len(t) {
		return t
	}
	return strings.TrimSpace(t[:cores[0]])
}

// unitWords is the counted noun as q's text writes it ("Americans", not "americans").
func unitWords(q Quantity) string {
	t := written(q)
	if i := strings.LastIndex(strings.ToLower(t), q.Unit); i >= 0 && len(strings.ToLower(t)) == len(t) {
		return t[i : i+len(q.Unit)]
	}
	return q.Unit
}

// apart says how far apart two values are: in days, years or points where those are
// the natural measure, as a power of 1,000 when the ratio is near one (the classic
// thousand/million/billion slip), else as a multiple or a percentage.
func apart(a, b Quantity) string {
	if !finite(a.Value) || !finite(b.Value) {
		return ""
	}
	switch {
	case a.Kind == Date || b.Kind == Date || a.Kind == Tally || b.Kind == Tally || a.Kind == Time || b.Kind == Time:
		return ""
	case a.Kind == Year && b.Kind == Year:
		d := math.Abs(a.Value - b.Value)
		switch {
		case d == 0:
			return ""
		case d == 1:
			return "1 year apart"
		}
		return formatNumber(d) + " years apart"
	case a.Kind == Percent && b.Kind == Percent && strings.EqualFold(a.Unit, b.Unit):
		d := math.Round(math.Abs(a.Value-b.Value)*100) / 100
		switch {
		case d == 0:
			return ""
		case d == 1:
			return "1 point apart"
		}
		return formatNumber(d) + " points apart"
	}
	x, y := math.Abs(a.Value), math.Abs(b.Value)
	if x == 0 || y == 0 || x == y {
		return ""
	}
	r := math.Max(x, y) / math.Min(x, y)
	lg := math.Log10(r)
	if k := math.Round(lg / 3); k >= 1 && math.Abs(lg-3*k) <= math.Log10(1.5) {
		return formatNumber(math.Pow10(int(3*k))) + "× apart"
	}
	if r >= 2 {
		if r < 10 {
			return strconv.FormatFloat(math.Round(r*10)/10, 'f', -1, 64) + "× apart"
		}
		return formatNumber(roundSig(r, 2)) + "× apart"
	}
	pct := (r - 1) * 100
	if pct < 1 {
		return strconv.FormatFloat(math.Round(pct*10)/10, 'f', -1, 64) + "% apart"
	}
	return strconv.FormatFloat(math.Round(pct), 'f', -1, 64) + "% apart"
}

// roundSig rounds v to n significant digits.
func roundSig(v float64, n int) float64 {
	if v == 0 {
		return 0
	}
	p := math.Pow10(n - 1 - int(math.Floor(math.Log10(math.Abs(v)))))
	return math.Round(v*p) / p
}

// formatNumber writes v with thousands separators and no needless decimals: 1000 → "1,000".
func formatNumber(v float64) string {
	if !finite(v) {
		return "?"
	}
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if math.Abs(v) >= 1e21 {
		return strconv.FormatFloat(v, 'g', 4, 64)
	}
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	intPart, frac := s, ""
	if i := strings.IndexByte(s, '.'); i >= 0 {
		intPart, frac = s[:i], s[i:]
	}
	var sb strings.Builder
	if neg {
		sb.WriteByte('-')
	}
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			sb.WriteByte(',')
		}
		sb.WriteRune(c)
	}
	sb.WriteString(frac)
	return sb.String()
}

// lastWord is the last word of a unit: "years old" → "old", "co-workers" → "workers".
func lastWord(s string) string {
	if i := strings.LastIndexAny(s, " -"); i >= 0 {
		return s[i+1:]
	}
	return s
}

// Agree reports whether two figures of one fact can both be true: their
// intervals overlap and they are not a power of a thousand apart ("less than
// $8 million" and "less than $8 billion" overlap, but one of them is a slip).
// It is the one test of agreement: the engine and the reader both use it.
//
// Two maxima are compared as stated: "up to 1.6 million women" and "as many as
// 1.5 million women" each say what the most is, and they cannot both be right.
// So is a maximum against the upper end of a range: "from 500,000 to 1.6
// million" says the most is 1.6 million too.
func Agree(a, b Quantity) bool {
	if Thousandfold(a, b) {
		return false
	}
	if most, ok := statedMost(a); ok && a.Kind != Time && b.Kind != Time { // "up to 5 p.m." is a deadline, not a maximum count
		if other, ok := statedMost(b); ok && (ceilings[a.Hedge] || ceilings[b.Hedge]) {
			al, ah := stated(most)
			bl, bh := stated(other)
			return al < bh && bl < ah || most.Value == other.Value
		}
	}
	return Compatible(a, b)
}

// statedMost is the most a quantity says there is, when it says one: the
// value of a maximum ("up to 1.6 million"), the upper end of a range ("from
// 500,000 to 1.6 million").
func statedMost(q Quantity) (Quantity, bool) {
	switch {
	case ceilings[q.Hedge]:
		return q, true
	case q.Range && q.Hedge == "":
		return Quantity{Value: q.High, Low: q.High, High: q.High, Kind: q.Kind, Unit: q.Unit}, true
	}
	return q, false
}

// ceilings are the hedges that state a maximum rather than bound a guess.
var ceilings = map[string]bool{"up to": true, "as many as": true, "as much as": true, "as high as": true, "a maximum of": true}

// stated is the interval a value's written precision allows, half a unit of
// its last significant digit either way: 1.6 million is [1.55, 1.65] million.
func stated(q Quantity) (float64, float64) {
	v := math.Abs(q.Value)
	if v == 0 || !finite(v) {
		return q.Value, q.Value
	}
	digits := strings.TrimRight(strconv.FormatFloat(v, 'f', -1, 64), "0")
	var unit float64
	if i := strings.IndexByte(digits, '.'); i >= 0 {
		unit = math.Pow10(-(len(digits) - i - 1))
	} else {
		unit = math.Pow10(len(strconv.FormatFloat(v, 'f', 0, 64)) - len(digits))
	}
	return q.Value - unit/2, q.Value + unit/2
}

// Thousandfold reports whether two values are about 1,000, 1,000,000 or
// 1,000,000,000 times apart: the classic thousand/million/billion slip.
func Thousandfold(a, b Quantity) bool {
	for _, k := range []Kind{a.Kind, b.Kind} {
		switch k {
		case Date, Year, Tally, Time:
			return false // their values are not amounts that a slip of scale could change
		}
	}
	return scaleApart(a.Value, b.Value, 0.8) > 0
}

// Slip reports whether two figures are one value written with the wrong
// scale word ("4 million" and "4 billion", "$50 million" and "$50 billion"):
// each a stated value or range, not an amount in words as wide as
// "thousands of" or "a few", their ratio a power of 1,000 within a twentieth.
// "Thousands of supporters" against "millions of supporters" are two
// impressions of a crowd, and "one person" against "more than 1,100 people"
// two counts; neither is a slip.
func Slip(a, b Quantity) bool {
	if !Thousandfold(a, b) || wordWide(a) || wordWide(b) {
		return false
	}
	return scaleApart(a.Value, b.Value, 0.95) > 0 // of a range, its midpoint: "about $12,000" and "$12 million to $13 million"
}

// scaleApart is the power of 1,000 (1,000, a million or a billion) two
// values are apart, their ratio between near and 1/near of it, or 0.
func scaleApart(x, y, near float64) float64 {
	lo, hi := math.Abs(x), math.Abs(y)
	if lo > hi {
		lo, hi = hi, lo
	}
	if lo == 0 {
		return 0
	}
	for _, p := range []float64{1e3, 1e6, 1e9} {
		if r := hi / lo; r > p*near && r < p/near {
			return p
		}
	}
	return 0
}

// wordWide reports whether a figure is an amount in words, without a digit
// or a hedge, with a wide interval: "millions of dollars", "thousands of", "a
// few"; not "$1 trillion", as wide for being round.
func wordWide(q Quantity) bool {
	return q.Hedge == "" && q.Low > 0 && !math.IsInf(q.High, 0) && q.High >= 2.5*q.Low &&
		!strings.ContainsAny(q.Text, "0123456789")
}

// clockText writes minutes after midnight as news writes a time: "5 p.m.", "7:15 a.m.",
// "noon", "midnight".
func clockText(v float64) string {
	m := int(math.Round(v))
	m = ((m % dayMinutes) + dayMinutes) % dayMinutes
	switch m {
	case 0:
		return "midnight"
	case 12 * 60:
		return "noon"
	}
	h, half := m/60, "a.m."
	if h >= 12 {
		half = "p.m."
	}
	if h = h % 12; h == 0 {
		h = 12
	}
	if m%60 == 0 {
		return strconv.Itoa(h) + " " + half
	}
	return strconv.Itoa(h) + ":" + fmt.Sprintf("%02d", m%60) + " " + half
}

// YearAround is the year a date falls in: as written, or for a date written
// without one ("January 1", "the end of February"), the year that puts it
// nearest the day it was published. It is 0 when neither says.
func YearAround(q Quantity, published time.Time) int {
	if q.Kind != Date {
		return 0
	}
	if y := yearOf(q.Value); y != 0 {
		return y
	}
	if published.IsZero() {
		return 0
	}
	m, d := monthDay(q.Value)/100, monthDay(q.Value)%100
	if m < 1 || m > 12 {
		return 0
	}
	if d < 1 {
		d = 15 // a month alone: its middle
	}
	best, bestGap := 0, 0.0
	for y := published.Year() - 1; y <= published.Year()+1; y++ {
		gap := math.Abs(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Sub(published).Hours())
		if best == 0 || gap < bestGap {
			best, bestGap = y, gap
		}
	}
	return best
}

// Vague reports whether a quantity is an amount in words with a wide
// interval ("several", "dozens", "a few", "millions of"): it says roughly
// how many, not a count another outlet could be checked against alone.
func Vague(q Quantity) bool {
	return q.Kind == Count && q.Hedge == "" && !q.Range && q.Low > 0 && !math.IsInf(q.High, 0) && q.High >= 2.5*q.Low
}

// DayOfMonth reports whether a quantity is a date to the day ("February
// 28, 2019", "Feb. 28"), not a month alone.
func DayOfMonth(q Quantity) bool {
	return q.Kind == Date && int(q.Value)%100 != 0
}
