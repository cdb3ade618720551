package search

import (
	"runtime"
	"sync"
)

// oneKeyTop is how many names are kept ranked for each one-letter query:
// enough for the finder's limit of entities, four names for each (Find
// keeps limit×4 names, since a name and its aliases may all rank high).
const oneKeyTop = 1024

// oneKey is the best k names for a query of one ASCII character, from the
// lists ranked when the index was built; ok is false for other queries
// and when k reaches past what was kept.
func (ix *Index) oneKey(p pattern, k int) (top []hit, ok bool) {
	if !p.ascii || len(p.low) != 1 {
		return nil, false
	}
	list := ix.byByte[p.low[0]]
	if k > len(list) && len(list) == oneKeyTop {
		return nil, false
	}
	return list[:min(k, len(list))], true
}

// rankBytes ranks, for every ASCII character but NUL, the names a query of
// that one character matches, as match would: the names holding it in
// lower case, by the library's score. The characters are shared out among
// the CPUs.
func (ix *Index) rankBytes() {
	var holding [len(ix.byByte)][]int32
	var seen [len(ix.byByte)]int32 // the last name seen holding each byte, plus one
	for i, low := range ix.folded {
		for j := 0; j < len(low); j++ {
			if b := low[j]; b != 0 && b < byte(len(seen)) && seen[b] != int32(i+1) {
				seen[b] = int32(i + 1)
				holding[b] = append(holding[b], int32(i))
			}
		}
	}
	next := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range next {
				ix.byByte[b] = ix.scoreNames(newPattern(string(rune(b))), holding[b], oneKeyTop)
			}
		}()
	}
	for b := range holding {
		if len(holding[b]) > 0 {
			next <- b
		}
	}
	close(next)
	wg.Wait()
}
