package verdict

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"parallax/model/facts"
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

// TestStatementScoreCountsEvidence: of two sentences equally alike to a
// third, the one sharing more rare words and word pairs with it scores higher,
// so that grouping, strongest pair first, gives the third to the sentence that
// says the same thing rather than to one that shares only a word pair of it.
func TestStatementScoreCountsEvidence(t *testing.T) {
	info := func(pairs []uint64, ts ...term) sentenceInfo {
		n := 0.0
		for _, x := range ts {
			n += x.w * x.w
		}
		return sentenceInfo{terms: ts, norm: math.Sqrt(n), bigrams: pairs}
	}
	pair := func(x, y int32) uint64 { return uint64(x)<<32 | uint64(y) }
	// Words 0 and 1 are common (weight 1) and make a pair; 2 and 3 are rare
	// (weight 3) and make a pair. B shares the common pair with A; C shares
	// the rare words and their pair, and a word of its own (4) makes both
	// pairs equally alike: 2/(√20·√2) = 6/(√20·√18).
	a := info([]uint64{pair(0, 1), pair(2, 3)}, term{id: 0, w: 1}, term{id: 1, w: 1}, term{id: 2, w: 3}, term{id: 3, w: 3})
	b := info([]uint64{pair(0, 1)}, term{id: 0, w: 1}, term{id: 1, w: 1})
	c := info([]uint64{pair(2, 3)}, term{id: 2, w: 1}, term{id: 3, w: 1}, term{id: 4, w: 4})
	var cs []Claim
	for k := range 3 {
		s := &facts.Sentence{Doc: string(rune('a' + k))}
		cs = append(cs, Claim{Fact: &facts.Fact{Doc: s.Doc, Outlet: s.Doc, Sentence: s, Kind: facts.Statement, Index: -1}})
	}
	ch := &checker{claims: cs, cfg: DefaultConfig(), sentenceOf: []int{0, 1, 2}, sentences: []sentenceInfo{a, b, c},
		pairDF: map[int]map[uint64]int{}}
	ab, ac := ch.textSim(0, 1), ch.textSim(0, 2)
	if math.Abs(ab-ac) > 1e-9 || ab < ch.cfg.AlignStatement {
		t.Fatalf("the pairs should be equally alike, enough to align: %.3f and %.3f", ab, ac)
	}
	sb, okb := ch.sentencePair(0, 1, ab)
	sc, okc := ch.sentencePair(0, 2, ac)
	if !okb || !okc || sc <= sb {
		t.Errorf("the pair sharing rare words scores %.3f (aligned %v), the pair sharing a common word pair %.3f (aligned %v): want both aligned, the first higher", sc, okc, sb, okb)
	}
}
