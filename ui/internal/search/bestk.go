package search

import "sort"

// ranks is what bestK orders: x.better(y) when x should come first.
type ranks[T any] interface {
	better(T) bool
}

// bestK keeps the k best items it is given, without holding the rest: a
// min-heap whose root is the worst kept.
type bestK[T ranks[T]] struct {
	k int
	h []T
}

// add offers x, which is kept while it is among the k best so far.
func (b *bestK[T]) add(x T) {
	if len(b.h) < b.k {
		b.h = append(b.h, x)
		b.up(len(b.h) - 1)
		return
	}
	if b.k == 0 || !x.better(b.h[0]) {
		return
	}
	b.h[0] = x
	b.down(0)
}

func (b *bestK[T]) up(i int) {
	for i > 0 {
		parent := (i - 1) / 2
		if !b.h[parent].better(b.h[i]) {
			break
		}
		b.h[parent], b.h[i] = b.h[i], b.h[parent]
		i = parent
	}
}

func (b *bestK[T]) down(i int) {
	for {
		worst, l, r := i, 2*i+1, 2*i+2
		if l < len(b.h) && b.h[worst].better(b.h[l]) {
			worst = l
		}
		if r < len(b.h) && b.h[worst].better(b.h[r]) {
			worst = r
		}
		if worst == i {
			return
		}
		b.h[i], b.h[worst] = b.h[worst], b.h[i]
		i = worst
	}
}

// worst is the worst item kept, and whether k are kept.
func (b *bestK[T]) worst() (T, bool) {
	if len(b.h) < b.k || b.k == 0 {
		var none T
		return none, false
	}
	return b.h[0], true
}

// sorted is what was kept, best first.
func (b *bestK[T]) sorted() []T {
	sort.Slice(b.h, func(i, j int) bool { return b.h[i].better(b.h[j]) })
	return b.h
}
