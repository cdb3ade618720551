package search

import "sort"

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
