package search

import (
	"sort"
	"testing"
)

// TestScanKeepsTheBest is scan over enough texts to be split across CPUs
// against sorting every match: the same best k in the same order, ties by
// length and then by index, and the count of every match.
func TestScanKeepsTheBest(t *testing.T) {
	n := 3*parallelOver + 7
	item := func(i int) (rankedItem, bool) {
		return rankedItem{i: i, score: (i * 7919) % 13, length: (i * 104729) % 5}, i%3 != 0
	}
	var all []rankedItem
	for i := range n {
		if x, ok := item(i); ok {
			all = append(all, x)
		}
	}
	sort.SliceStable(all, func(a, b int) bool {
		if all[a].score != all[b].score {
			return all[a].score > all[b].score
		}
		return all[a].length < all[b].length
	})
	for _, k := range []int{0, 1, 100, len(all) + 5} {
		got, found := scan(n, k, item)
		if found != len(all) {
			t.Errorf("k=%d: found %d, want %d", k, found, len(all))
		}
		want := all[:min(k, len(all))]
		if len(got) != len(want) {
			t.Fatalf("k=%d: %d kept, want %d", k, len(got), len(want))
		}
		for i := range want {
			if got[i] != want[i] {
				t.Fatalf("k=%d: [%d] = %+v, want %+v", k, i, got[i], want[i])
			}
		}
	}
}
