package story

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestPairQueueOrder holds the merge queue to its order: entries come out
// by score, highest first, then by the smaller names, whether they went in
// one by one or all at once and put in order after.
func TestPairQueueOrder(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var in []pair
	for range 500 {
		// Few distinct scores and names, so that ties are common.
		in = append(in, pair{score: float64(rng.IntN(8)) / 8, a: rng.Int32N(6), b: 6 + rng.Int32N(6)})
	}
	want := slices.Clone(in)
	slices.SortStableFunc(want, func(x, y pair) int {
		switch {
		case before(x, y):
			return -1
		case before(y, x):
			return 1
		}
		return 0
	})
	var pushed pairQueue
	for _, p := range in {
		pushed.push(p)
	}
	built := slices.Clone(pairQueue(in))
	built.init()
	for name, q := range map[string]*pairQueue{"pushed": &pushed, "built": &built} {
		for k := range want {
			got := q.pop()
			if got.score != want[k].score || got.a != want[k].a || got.b != want[k].b {
				t.Fatalf("%s: entry %d is %+v, want %+v", name, k, got, want[k])
			}
		}
		if len(*q) != 0 {
			t.Errorf("%s: %d entries left", name, len(*q))
		}
	}
}

// TestClusterAverageLinkage checks merges by average similarity on a small
// graph: a tight triangle joins, a fourth article linked to only one of
// them stays out (its average over the three is below the threshold), and a
// must-link joins two articles with no edge between them.
func TestClusterAverageLinkage(t *testing.T) {
	edges := []edge{{0, 1, 0.9}, {0, 2, 0.8}, {1, 2, 0.85}, {2, 3, 0.3}}
	got := cluster(6, edges, [][2]int{{4, 5}}, 0.14, 0.25)
	want := []int{0, 0, 0, 3, 4, 4}
	if !slices.Equal(got, want) {
		t.Errorf("labels %v, want %v", got, want)
	}
}
