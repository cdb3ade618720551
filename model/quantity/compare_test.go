package quantity

import (
	"math"
	"strings"
	"testing"
	"time"
)

// one parses s and returns the quantity whose text is span.
func one(t *testing.T, s, span string) Quantity {
	t.Helper()
	for _, q := range Parse(s) {
		if q.Text == span {
			return q
		}
	}
	t.Fatalf("Parse(%q) has no quantity %q; got:\n%s", s, span, dump(Parse(s)))
	return Quantity{}
}

// pair is two sentences and the quantity to take from each.
type pair struct {
	a, aSpan string
	b, bSpan string
}

func TestAcceptancePairs(t *testing.T) {
	cases := []struct {
		name       string
		p          pair
		comparable bool
		compatible bool
	}{
		{"precision against approximate",
			pair{"Sales rose to $9.2 billion.", "$9.2 billion", "Sales reached approximately $9 billion.", "approximately $9 billion"},
			true, true},
		{"upper bound against level",
			pair{"The unit makes less than $50 million.", "less than $50 million", "The unit only generates $50 million.", "$50 million"},
			true, true},
		{"approximate against modified count",
			pair{"It serves around 4 million customers.", "around 4 million customers", "It serves 4 million worldwide customers.", "4 million worldwide customers"},
			true, true},
		{"million against billion",
			pair{"It serves around 4 million customers.", "around 4 million customers", "It serves more than 4 billion customers.", "more than 4 billion customers"},
			true, false},
		{"five against six",
			pair{"Five people were hurt.", "Five people", "Six people were hurt.", "Six people"},
			true, false},
		{"two money levels",
			pair{"Sales hit $9.2 billion.", "$9.2 billion", "Sales hit $12 billion.", "$12 billion"},
			true, false},
		{"singular against plural",
			pair{"Only one customer left.", "one customer", "Three customers left.", "Three customers"},
			true, false},
		{"person against people",
			pair{"One person died.", "One person", "Two people died.", "Two people"},
			true, false},
		{"different things counted",
			pair{"They won six seats.", "six seats", "They served six years.", "six years"},
			false, true},
		{"year against count of years",
			pair{"It began in 2015.", "2015", "It lasted 15 years.", "15 years"},
			false, false},
		{"age against count of years",
			pair{"A 24-year-old was held.", "24-year-old", "He served 24 years.", "24 years"},
			false, true},
		{"change against level",
			pair{"Revenue grew 50% last year.", "50%", "Cloud is 50% of revenue.", "50%"},
			false, true},
		{"points against percent",
			pair{"The lead fell 3 percentage points.", "3 percentage points", "The lead fell 3%.", "3%"},
			false, true},
		{"two currencies",
			pair{"The prize is $5 million.", "$5 million", "The prize is €5 million.", "€5 million"},
			false, true},
		{"bare numbers are never comparable",
			pair{"An additional five joined.", "five", "An additional five joined.", "five"},
			false, true},
		{"date without year fits full date",
			pair{"It happened on June 28.", "June 28", "It happened on June 28, 2018.", "June 28, 2018"},
			true, true},
		{"day apart",
			pair{"It happened on June 28.", "June 28", "It happened on June 29.", "June 29"},
			true, false},
		{"month holds its days",
			pair{"It was issued in August 2020.", "August 2020", "It was issued on August 8, 2020.", "August 8, 2020"},
			true, true},
		{"adjacent roundings are different values",
			pair{"It will cost $3.5 billion.", "$3.5 billion", "It will cost $3.6 billion.", "$3.6 billion"},
			true, false},
		{"a bound holds its own value",
			pair{"At least five people died.", "At least five people", "Five people died.", "Five people"},
			true, true},
		{"range holds a point",
			pair{"Between 10 and 12 people came.", "Between 10 and 12 people", "Eleven people came.", "Eleven people"},
			true, true},
		{"vague holds a point",
			pair{"Tens of thousands of protesters marched.", "Tens of thousands of protesters", "About 40,000 protesters marched.", "About 40,000 protesters"},
			true, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := one(t, tc.p.a, tc.p.aSpan)
			b := one(t, tc.p.b, tc.p.bSpan)
			if got := Comparable(a, b); got != tc.comparable {
				t.Errorf("Comparable(%q, %q) = %v, want %v", a.Text, b.Text, got, tc.comparable)
			}
			if got := Comparable(b, a); got != tc.comparable {
				t.Errorf("Comparable is not symmetric for %q, %q", a.Text, b.Text)
			}
			if got := Compatible(a, b); got != tc.compatible {
				t.Errorf("Compatible(%q [%g,%g], %q [%g,%g]) = %v, want %v", a.Text, a.Low, a.High, b.Text, b.Low, b.High, got, tc.compatible)
			}
			if got := Compatible(b, a); got != tc.compatible {
				t.Errorf("Compatible is not symmetric for %q, %q", a.Text, b.Text)
			}
		})
	}
}

func TestDifference(t *testing.T) {
	cases := []struct {
		name string
		p    pair
		want string
	}{
		{"million billion slip",
			pair{"Analysts count 4 million worldwide customers.", "4 million worldwide customers", "It claims more than 4 billion customers.", "more than 4 billion customers"},
			"4 million vs more than 4 billion customers — 1,000× apart"},
		{"money percent apart",
			pair{"Sales hit $9.2 billion.", "$9.2 billion", "Sales hit $12 billion.", "$12 billion"},
			"$9.2 billion vs $12 billion — 30% apart"},
		{"dates",
			pair{"It happened on June 28.", "June 28", "It happened on June 29.", "June 29"},
			"June 28 vs June 29"},
		{"percent points",
			pair{"Support was 50%.", "50%", "Support was 30%.", "30%"},
			"50% vs 30% — 20 points apart"},
		{"years",
			pair{"It began in 2015.", "2015", "It began in 2016.", "2016"},
			"2015 vs 2016 — 1 year apart"},
		{"small counts",
			pair{"Five people were hurt.", "Five people", "Six people were hurt.", "Six people"},
			"Five vs Six people — 20% apart"},
		{"large multiple",
			pair{"The unit makes $50 million.", "$50 million", "The group makes $863.3 billion.", "$863.3 billion"},
			"$50 million vs $863.3 billion — 17,000× apart"},
		{"small multiple",
			pair{"It cost $2 million.", "$2 million", "It cost $5 million.", "$5 million"},
			"$2 million vs $5 million — 2.5× apart"},
		{"thousand slip",
			pair{"It cost $5,000.", "$5,000", "It cost $5 million.", "$5 million"},
			"$5,000 vs $5 million — 1,000× apart"},
		{"same value, different hedge",
			pair{"The unit makes less than $50 million.", "less than $50 million", "The unit makes $50 million.", "$50 million"},
			"less than $50 million vs $50 million"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := one(t, tc.p.a, tc.p.aSpan)
			b := one(t, tc.p.b, tc.p.bSpan)
			got := Difference(a, b)
			if got != tc.want {
				t.Errorf("Difference = %q, want %q", got, tc.want)
			}
			if strings.Contains(got, "\n") {
				t.Errorf("Difference spans lines: %q", got)
			}
		})
	}
}

func TestDifferenceWithoutText(t *testing.T) {
	// Quantities built by hand (or read back from JSON) may carry no text.
	a := Quantity{Value: 4e6, Low: 3.5e6, High: 4.5e6, Kind: Count, Unit: "customers"}
	b := Quantity{Value: 4e9, Low: 4e9, High: 6e9, Kind: Count, Unit: "customer"}
	want := "4,000,000 vs 4,000,000,000 customers — 1,000× apart"
	if got := Difference(a, b); got != want {
		t.Errorf("Difference = %q, want %q", got, want)
	}
	if !Comparable(a, b) || Compatible(a, b) {
		t.Errorf("hand-built counts: Comparable %v, Compatible %v; want true, false", Comparable(a, b), Compatible(a, b))
	}
}

func TestSingular(t *testing.T) {
	cases := map[string]string{
		"customers": "customer", "people": "person", "companies": "company", "boxes": "box",
		"churches": "church", "news": "news", "years old": "years old", "co-workers": "co-worker",
		"status": "status", "troops": "troop", "women": "woman", "class": "class",
	}
	for in, want := range cases {
		if got := singular(in); got != want {
			t.Errorf("singular(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestAgreeMaxima: two outlets stating a maximum each say what the most is.
func TestAgreeMaxima(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"The class covers up to 1.6 million women.", "The class covers as many as 1.5 million women.", false},
		{"The class covers up to 1.6 million women.", "The class covers as many as 1.6 million women.", true},
		{"The class covers up to 1.6 million women.", "The class covers 1.5 million women.", true}, // a maximum holds a level under it
		{"The fine could reach up to $12,500.", "The fine could reach as much as $11,000.", false},
		{"More than 4,300 stores closed.", "More than 4,000 stores closed.", true}, // two floors can both be true
		// A range states its most too.
		{"Estimates run from 500,000 to 1.6 million women.", "The class covers as many as 1.5 million women.", false},
		{"Estimates run from 500,000 to 1.6 million women.", "The class covers up to 1.6 million women.", true},
		{"Between 200 and 300 troops will go.", "As many as 300 troops will go.", true},
		{"Between 200 and 300 troops will go.", "As many as 400 troops will go.", false},
		{"Between 200 and 300 troops will go.", "About 250 troops will go.", true}, // a plain level inside a range
	}
	for _, c := range cases {
		qa, qb := Parse(c.a), Parse(c.b)
		if len(qa) != 1 || len(qb) != 1 {
			t.Fatalf("parse %q, %q: %v %v", c.a, c.b, qa, qb)
		}
		if got := Agree(qa[0], qb[0]); got != c.want {
			t.Errorf("Agree(%q, %q) = %v, want %v", qa[0].Text, qb[0].Text, got, c.want)
		}
	}
}

func TestStated(t *testing.T) {
	for _, c := range []struct{ v, lo, hi float64 }{{1.6e6, 1.55e6, 1.65e6}, {12500, 12450, 12550}, {84000, 83500, 84500}, {3.5, 3.45, 3.55}, {7, 6.5, 7.5}} {
		lo, hi := stated(Quantity{Value: c.v})
		if math.Abs(lo-c.lo) > 1e-6*c.v || math.Abs(hi-c.hi) > 1e-6*c.v {
			t.Errorf("stated(%g) = [%g, %g], want [%g, %g]", c.v, lo, hi, c.lo, c.hi)
		}
	}
}

// TestYearAround: a date without a year is placed nearest the day it was
// published, across the turn of a year too.
func TestYearAround(t *testing.T) {
	dec := time.Date(2018, 12, 23, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		text string
		pub  time.Time
		want int
	}{
		{"He will leave on January 1.", dec, 2019},
		{"He will leave at the end of February.", dec, 2019},
		{"He was confirmed on Jan. 20, 2017.", dec, 2017},
		{"The vote was held on December 3.", dec, 2018},
		{"The vote was held on December 3.", time.Time{}, 0},
		{"The office opened on Nov. 20.", time.Date(2020, 1, 10, 0, 0, 0, 0, time.UTC), 2019},
	}
	for _, c := range cases {
		qs := Parse(c.text)
		if len(qs) != 1 {
			t.Fatalf("parse %q: %v", c.text, qs)
		}
		if got := YearAround(qs[0], c.pub); got != c.want {
			t.Errorf("YearAround(%q, %s) = %d, want %d", qs[0].Text, c.pub.Format("2006-01-02"), got, c.want)
		}
	}
}

func TestVague(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"several others were hurt", true},
		{"dozens of civilians fled", true},
		{"a few people came", true},
		{"millions of children", true},
		{"two others were hurt", false},
		{"at least 42 firearms", false},
		{"more than 2,000 troops", false},
		{"between 2,500 and 7,000 members", false},
		{"$4.3 billion", false},
	}
	for _, tt := range tests {
		qs := Parse(tt.text)
		if len(qs) != 1 {
			t.Fatalf("%q: %d quantities", tt.text, len(qs))
		}
		if got := Vague(qs[0]); got != tt.want {
			t.Errorf("Vague(%q) = %v, want %v (%+v)", tt.text, got, tt.want, qs[0])
		}
	}
}

// TestSlip: a slip is one value with the wrong scale word, not two values
// of different sizes or two impressions of a crowd. Cases from several
// stories' figures, in invented sentences.
func TestSlip(t *testing.T) {
	cases := []struct {
		p    pair
		want bool
	}{
		{pair{"It has 4 million customers.", "4 million customers", "It has 4 billion customers.", "4 billion customers"}, true},
		{pair{"The fund holds $50 million.", "$50 million", "The fund holds $50 billion.", "$50 billion"}, true},
		{pair{"The threshold is $1 million.", "$1 million", "The threshold is $1 trillion.", "$1 trillion"}, true},
		{pair{"He was paid about $12,000 in cash.", "about $12,000", "He was paid about $12 million to $13 million in cash.", "about $12 million to $13 million"}, true},
		{pair{"Thousands of supporters came.", "Thousands of supporters", "Millions of supporters came.", "Millions of supporters"}, false},
		{pair{"It cost millions of dollars.", "millions of dollars", "It cost billions of dollars.", "billions of dollars"}, false},
		{pair{"The rocket wounded one person.", "one person", "More than 1,100 people were hurt.", "More than 1,100 people"}, false},
		{pair{"He needs a few more votes.", "a few more votes", "He leads by about 1,700 votes.", "about 1,700 votes"}, false},
	}
	for _, c := range cases {
		a, b := one(t, c.p.a, c.p.aSpan), one(t, c.p.b, c.p.bSpan)
		if got := Slip(a, b); got != c.want {
			t.Errorf("Slip(%q, %q) = %v, want %v", a.Text, b.Text, got, c.want)
		}
		if got := Slip(b, a); got != c.want {
			t.Errorf("Slip(%q, %q) = %v, want %v", b.Text, a.Text, got, c.want)
		}
	}
}
