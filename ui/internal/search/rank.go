package search

import (
	"runtime"
	"sync"
)

// The texts a query matched are ranked by score, then the shorter, then the
// earlier: what sorting every match stably by score and length and cutting
// the list at k would keep, without holding every match (a one-letter query
// matches most of a corpus).

// rankedItem is one match: its index among the texts searched, its score
// and the length that breaks ties (0 when length does not count).
type rankedItem struct{ i, score, length int }

// better orders matches: higher score, then shorter, then earlier.
func (a rankedItem) better(b rankedItem) bool {
	if a.score != b.score {
		return a.score > b.score
	}
	if a.length != b.length {
		return a.length < b.length
	}
	return a.i < b.i
}

// scan runs match over the texts [0, n), on every CPU when there are more
// than parallelOver, and returns the best k matches, best first, and how
// many there were in all.
func scan(n, k int, match func(i int) (rankedItem, bool)) ([]rankedItem, int) {
	parts := 1
	if n > parallelOver {
		parts = runtime.GOMAXPROCS(0)
	}
	tops := make([]bestK[rankedItem], parts)
	found := make([]int, parts)
	var wg sync.WaitGroup
	for p := range parts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			tops[p].k = k
			for i := p * n / parts; i < (p+1)*n/parts; i++ {
				if x, ok := match(i); ok {
					found[p]++
					tops[p].add(x)
				}
			}
		}()
	}
	wg.Wait()
	all := bestK[rankedItem]{k: k}
	total := 0
	for p := range parts {
		total += found[p]
		for _, x := range tops[p].h {
			all.add(x)
		}
	}
	return all.sorted(), total
}
