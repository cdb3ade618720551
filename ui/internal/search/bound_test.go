package search

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/sahilm/fuzzy"

	"parallax/ui/internal/fixture"
	"parallax/ui/internal/story"
)

// checkBound fails when the library scores a name of ix above its bound
// for query.
func checkBound(t *testing.T, ix *Index, query string) {
	t.Helper()
	p := newPattern(query)
	if !p.ascii || query == "" {
		return
	}
	for i, n := range ix.names {
		if !subsequence(p.low, ix.folded[i]) {
			continue
		}
		ms := fuzzy.Find(query, []string{n})
		if len(ms) == 0 {
			continue
		}
		if b := ix.bound(p.low, i); ms[0].Score > b {
			t.Fatalf("%q scores %d for %q, above its bound %d", n, ms[0].Score, query, b)
		}
	}
}

// dense is a name or query of letters that repeat and of every place
// the scorer gives a bonus: capitals after small letters, separators.
func dense(r *rand.Rand, n int) string {
	const alphabet = "aAbBcT r-_./\\1"
	var b strings.Builder
	for range n {
		b.WriteByte(alphabet[r.IntN(len(alphabet))])
	}
	return b.String()
}

// TestBoundHolds is the bound against the library's score: on the names
// that exercise the scorer's corners, on invented entity names, and on
// random names and queries dense in repeated letters and bonus places.
func TestBoundHolds(t *testing.T) {
	var ents []*story.Entity
	for i, n := range append(trickyNames, fixture.EntityNames(2000)...) {
		ents = append(ents, &story.Entity{ID: fmt.Sprint(i), Name: n})
	}
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 3000 {
		ents = append(ents, &story.Entity{ID: fmt.Sprint("r", i), Name: dense(r, 1+r.IntN(14))})
	}
	ix := NewIndex(ents)
	for _, q := range []string{"t", "tr", "tru", "trump", "a", "aa", "aaa", "ab", "aba", "abab", "t r", "-", "a-b",
		"ka", "kalo", "mer dept", "xi", "d t", "dt", "ms", "1"} {
		checkBound(t, ix, q)
	}
	for range 300 {
		checkBound(t, ix, strings.ToLower(dense(r, 1+r.IntN(6))))
	}
}

// FuzzBound is the bound against the library's score for any ASCII name
// and query.
func FuzzBound(f *testing.F) {
	f.Add("Donald Trump", "tr")
	f.Add("aAaA-aa", "aaa")
	f.Add("McDonald's", "md")
	f.Fuzz(func(t *testing.T, name, query string) {
		checkBound(t, NewIndex([]*story.Entity{{Name: name}}), query)
	})
}
