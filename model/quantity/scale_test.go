package quantity

import (
	"strings"
	"testing"

	"parallax/model/internal/scaling"
)

// repeatTo repeats unit until the result holds at least n bytes.
func repeatTo(unit string, n int) string {
	return strings.Repeat(unit, n/len(unit)+1)
}

// TestParseScalesLinearly feeds Parse one long "sentence" of the shapes a
// careless scanner reads in quadratic time: figure after figure, hedges and
// ranges that look back or ahead, number words, long digit runs and dates.
func TestParseScalesLinearly(t *testing.T) {
	for _, c := range []struct{ name, unit string }{
		{"figure phrases", "the 4 million customers and "},
		{"a list of counts", "12 people, "},
		{"hedges", "more than about nearly up to "},
		{"ranges", "between 5 and 10 to 20 from 3 "},
		{"number words", "twenty-one hundred thousand million "},
		{"digits with commas", "1,000,000,"},
		{"money and percents", "$9.2 billion 50% US$4 €3bn "},
		{"dates", "March 4, 2021 and 2020-2021 "},
		{"ages and ratios", "Smith, 38, one in four "},
	} {
		t.Run(c.name, func(t *testing.T) {
			scaling.Check(t, func(n int) string { return repeatTo(c.unit, n) }, 32<<10, func(s string) { Parse(s) })
		})
	}
}
