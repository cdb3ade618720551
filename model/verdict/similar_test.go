package verdict

import (
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
		c := &checker{sentenceOf: []int{0, 1}, sentences: []sentenceInfo{{words: words(tt.a)}, {words: words(tt.b)}}}
		if got := c.longestRun(0, 1); got != tt.want {
			t.Errorf("longestRun(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
		if got := c.longestRun(1, 0); got != tt.want {
			t.Errorf("longestRun(%q, %q) = %d, want %d", tt.b, tt.a, got, tt.want)
		}
	}
}
