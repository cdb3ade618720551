package quantity

import (
	"fmt"
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

// BenchmarkParseBySize runs Parse on prose and on one long run of figure phrases,
// at sizes doubling from 128 KB to 2 MB: a linear stage shows ns/op doubling
// with the size and a flat MB/s.
func BenchmarkParseBySize(b *testing.B) {
	inputs := map[string]string{
		"prose": "The Harbor Board of Calder County met Mr. Ortiz of Tidewater Freight Inc. on Tuesday, and said 4,000 boats and $9.2 million were at stake. ",
		"run":   "the 4 million customers and ",
	}
	for _, in := range []string{"prose", "run"} {
		for size := 128 << 10; size <= 2<<20; size *= 2 {
			s := repeatTo(inputs[in], size)[:size]
			b.Run(fmt.Sprintf("%s/%dKB", in, size>>10), func(b *testing.B) {
				b.SetBytes(int64(len(s)))
				for b.Loop() {
					(func(s string) { Parse(s) })(s)
				}
			})
		}
	}
}
