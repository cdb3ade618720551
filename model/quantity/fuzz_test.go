package quantity

import (
	"math"
	"strings"
	"testing"
)

// checkInvariants fails t when the quantities of s break a promise of Parse.
func checkInvariants(t testing.TB, s string, qs []Quantity) {
	t.Helper()
	prevEnd := 0
	for i, q := range qs {
		if q.Start < 0 || q.Start > q.End || q.End > len(s) {
			t.Fatalf("quantity %d: span [%d,%d) outside 0..%d in %q", i, q.Start, q.End, len(s), s)
		}
		if s[q.Start:q.End] != q.Text {
			t.Fatalf("quantity %d: Text %q != s[%d:%d] %q", i, q.Text, q.Start, q.End, s[q.Start:q.End])
		}
		if q.Text == "" {
			t.Fatalf("quantity %d: empty span in %q", i, s)
		}
		if q.Start < prevEnd {
			t.Fatalf("quantity %d: %q starts at %d before the previous one ends at %d", i, q.Text, q.Start, prevEnd)
		}
		prevEnd = q.End
		for _, v := range []float64{q.Value, q.Low, q.High} {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				t.Fatalf("quantity %q: non-finite value %g [%g, %g]", q.Text, q.Value, q.Low, q.High)
			}
		}
		if q.Low > q.High {
			t.Fatalf("quantity %q: Low %g > High %g", q.Text, q.Low, q.High)
		}
		if q.Kind == Tally && (q.Other < 0 || q.Other >= maxTallySide || q.Value < 0 || q.Value >= maxTallySide || q.Low != q.Value || q.High != q.Value) {
			t.Fatalf("tally %q: sides %g-%g [%g, %g] out of shape", q.Text, q.Value, q.Other, q.Low, q.High)
		}
		if q.Kind != Tally && q.Other != 0 {
			t.Fatalf("quantity %q of kind %s carries a tally's second side %g", q.Text, q.Kind, q.Other)
		}
		if q.Kind == Time && (q.Value < 0 || q.Value >= 2*dayMinutes || q.Low < -dayMinutes || q.High > 3*dayMinutes) {
			t.Fatalf("time %q: %g [%g, %g] is not a time of day", q.Text, q.Value, q.Low, q.High)
		}
		switch q.Kind {
		case Money, Percent, Count, Year, Date, Number, Tally, Time:
		default:
			t.Fatalf("quantity %q: unknown kind %q", q.Text, q.Kind)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, tc := range parseCases {
		f.Add(tc.in)
	}
	for _, s := range []string{
		"", " ", "$", "$$5", "5%%", "-", "1-", "-1", "1,", "1,0", "1,000,", "1.2.3.4", "0.0.0",
		"99999999999999999999999999 dollars", "$1e308 trillion", "12345678901234567890%",
		"between and", "between 5 and", "from 2010 to", "June", "June 31", "February 30, 2021",
		"a", "a dozen", "tens of", "tens of thousands of", "more than", "up to $",
		"US$", "€", "£0bn", "0.000000000000000000001%", "٣ people", "5\u00a0million",
		"10\u201312 people", "1990s and 1985s", "'08", "No.", "No. ", "Section", "9/11/2001",
		"13/45/2020", "\xff\xfe5 people", "5 people\xff", "twenty-", "twenty-one-two",
		"a hundred thousand million billion", "five dozen dozen", "1\n000 people",
		"U.S.", "U.S.$5", "5 million\npeople", "Smith, 38,", ", 38,", "38-year-", "-year-old",
		"voted 7 to", "passed 234-", "a 52-48", "voted 999-999 vote", "voted five to", "7 to 2 vote\n",
		"at 5 p.m", "7:15 a.", "12 noon", "noon", "11:59 p.m. to 12:01 a.m.", "between 5 and", "7.15pm",
		"99:99 pm", "19:30 GMT", "shortly after", "Updated 1 p.m.", "2022 - 11:10 PM", "110°", "°F",
		"110 °", "43C", "110K temperatures", "temperatures of 110K", "110ºF", "º", "magnitude", "magnitude-",
		"magnitude of", "6.4-magnitude", "July1,2", "reported3", "said.4", "several", "a few", "a couple of",
		"half-dozen", "two-dozen", "dozen",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		qs := Parse(s)
		checkInvariants(t, s, qs)
		for i := range qs {
			for j := range qs {
				a, b := qs[i], qs[j]
				if c := Comparable(a, b); c != Comparable(b, a) || (c && a.Kind != b.Kind) {
					t.Fatalf("Comparable(%q %s, %q %s) = %v: asymmetric or across kinds", a.Text, a.Kind, b.Text, b.Kind, c)
				}
				if Compatible(a, b) != Compatible(b, a) {
					t.Fatalf("Compatible(%q, %q) is not symmetric", a.Text, b.Text)
				}
				if d := Difference(qs[i], qs[j]); strings.Contains(d, "\n") && !strings.Contains(qs[i].Text+qs[j].Text, "\n") {
					t.Fatalf("Difference spans lines: %q", d)
				}
			}
		}
	})
}
