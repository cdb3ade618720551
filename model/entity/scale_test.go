package entity

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

// TestFindScalesLinearly feeds Find shapes of text that a careless scanner
// handles in quadratic time: endless capitalised runs, titles, suffixes,
// possessives, heading-like lines and one enormous line.
func TestFindScalesLinearly(t *testing.T) {
	for _, c := range []struct{ name, unit string }{
		{"prose", "The Harbor Board of Calder County met Mr. Ortiz of Tidewater Freight Inc. on Tuesday. "},
		{"one capitalised run", "Alpha Beta Gamma Delta "},
		{"titles and suffixes", "President Sen. Dr. Acme Inc., Jr. "},
		{"possessives and ampersands", "Halvard's AT&T O'Neil's "},
		{"title-case lines", "A Heading Line For The Story\n"},
		{"all-caps lines", "WASHINGTON AND THE COUNTY\n"},
		{"one line of figures", "the 4 million customers and "},
		{"acronyms in brackets", "(PRC) (U.S.) (AQAP) "},
	} {
		t.Run(c.name, func(t *testing.T) {
			scaling.Check(t, func(n int) string { return repeatTo(c.unit, n) }, 32<<10, func(s string) { Find("d", s) })
		})
	}
}

// TestResolveScalesLinearly resolves the mentions of many distinct and many
// repeated names: alias merging must not compare every name with every other.
func TestResolveScalesLinearly(t *testing.T) {
	gen := func(n int) string {
		var b strings.Builder
		for i := 0; b.Len() < n; i++ {
			b.WriteString("Director " + word(i) + " Harbor met " + word(i/3) + " Freight Company. ")
		}
		return b.String()
	}
	scaling.Check(t, gen, 16<<10, func(s string) { Resolve(Find("d", s)) })
}

// word makes a distinct capitalised word from i.
func word(i int) string {
	b := []byte{'Q'}
	for {
		b = append(b, byte('a'+i%26))
		i /= 26
		if i == 0 {
			return string(b)
		}
	}
}

// BenchmarkFindBySize runs Find on prose and on one long run of figure phrases,
// at sizes doubling from 128 KB to 2 MB: a linear stage shows ns/op doubling
// with the size and a flat MB/s.
func BenchmarkFindBySize(b *testing.B) {
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
					(func(s string) { Find("d", s) })(s)
				}
			})
		}
	}
}
