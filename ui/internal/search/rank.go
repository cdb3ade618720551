package search

import (
	"runtime"
	"sort"
	"sync"
)

// ranked keeps the best k of the texts a query matched, by score, then
// the shorter, then the earlier: what sorting every match stably by score
// and length and cutting the list at k would keep, without holding every
// match (a one-letter query matches most of a corpus).
type ranked struct {
	k int
	h []rankedItem // a min-heap: its root is the worst kept
}

// rankedItem is one match: its index among the texts searched, its score
// and the length that breaks ties (0 when length does not count).
type rankedItem struct{ i, score, length int }

func (a rankedItem) better(b rankedItem) bool {
	if a.score != b.score {
		return a.score > b.score
	}
	if a.length != b.length {
		return a.length < b.length
	}
	return a.i < b.i
}

func (r *ranked) add(x rankedItem) {
	if len(r.h) < r.k {
		r.h = append(r.h, x)
		for i := len(r.h) - 1; i > 0; {
			parent := (i - 1) / 2
			if !r.h[parent].better(r.h[i]) {
				break
			}
			r.h[parent], r.h[i] = r.h[i], r.h[parent]
			i = parent
		}
		return
	}
	if r.k == 0 || !x.better(r.h[0]) {
		return
	}
	r.h[0] = x
	for i := 0; ; {
		worst, l, rt := i, 2*i+1, 2*i+2
		if l < len(r.h) && r.h[worst].better(r.h[l]) {
			worst = l
		}
		if rt < len(r.h) && r.h[worst].better(r.h[rt]) {
			worst = rt
		}
		if worst == i {
			return
		}
		r.h[i], r.h[worst] = r.h[worst], r.h[i]
		i = worst
	}
}

// sorted is what was kept, best first.
func (r *ranked) sorted() []rankedItem {
	sort.Slice(r.h, func(i, j int) bool { return r.h[i].better(r.h[j]) })
	return r.h
}

// scan runs match over the texts [0, n), on every CPU when there are more
// than parallelOver, and returns the best k matches, best first, and how
// many there were in all.
func scan(n, k int, match func(i int) (rankedItem, bool)) ([]rankedItem, int) {
	parts := 1
	if n > parallelOver {
		parts = runtime.GOMAXPROCS(0)
	}
	tops := make([]ranked, parts)
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
	all := ranked{k: k}
	total := 0
	for p := range parts {
		total += found[p]
		for _, x := range tops[p].h {
			all.add(x)
		}
	}
	return all.sorted(), total
}
