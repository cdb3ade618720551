package verdict

import (
	"math/rand/v2"
	"strings"
	"testing"
)

func TestLongestRun(t *testing.T) {
	words := func(s string) []uint64 {
		var out []uint64
		for _, w := range strings.Fields(s) {
			out = append(out, hashWord(w))
		}
		return out
	}
	tests := []struct {
		a, b string
		want int
	}{
		{"", "the fund grew", 0},
		{"the fund grew", "a bank fell", 0},
		{"the fund grew fast", "The fund grew slowly", 3},
		{"a b c x a b c d", "a b c d", 4},
		{"a b a b a b", "b a b a", 4},
		{"x y z", "z y x", 1},
	}
	for _, tt := range tests {
		c := &checker{sentenceOf: []int{0, 1}, sentences: []sentenceInfo{wordsOnly(words(tt.a)), wordsOnly(words(tt.b))}}
		if got := c.longestRun(0, 1); got != tt.want {
			t.Errorf("longestRun(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
		if got := c.longestRun(1, 0); got != tt.want {
			t.Errorf("longestRun(%q, %q) = %d, want %d", tt.b, tt.a, got, tt.want)
		}
	}
}

// wordsOnly is a sentence known by its words alone, as longestRun reads it.
func wordsOnly(words []uint64) sentenceInfo {
	return sentenceInfo{words: words, byWord: wordOrder(words)}
}

// TestLongestRunIsTheTable holds longestRun to the table of every place
// against every other, on random sentences over a few words, so that
// repeats and long runs are common.
func TestLongestRunIsTheTable(t *testing.T) {
	table := func(x, y []uint64) int {
		best := 0
		run := make([]int, len(y)+1)
		for i := 1; i <= len(x); i++ {
			for j := len(y); j >= 1; j-- {
				if x[i-1] == y[j-1] {
					run[j] = run[j-1] + 1
					best = max(best, run[j])
				} else {
					run[j] = 0
				}
			}
		}
		return best
	}
	rng := rand.New(rand.NewPCG(5, 6))
	sentence := func() []uint64 {
		out := make([]uint64, rng.IntN(30))
		for k := range out {
			out[k] = uint64(rng.IntN(4))
		}
		return out
	}
	for range 2000 {
		x, y := sentence(), sentence()
		c := &checker{sentenceOf: []int{0, 1}, sentences: []sentenceInfo{wordsOnly(x), wordsOnly(y)}}
		if got, want := c.longestRun(0, 1), table(x, y); got != want {
			t.Fatalf("longestRun(%v, %v) = %d, want %d", x, y, got, want)
		}
	}
}
