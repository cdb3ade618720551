package story

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// workers is how many goroutines share the per-article work of n articles.
func workers(n int) int {
	return max(1, min(runtime.GOMAXPROCS(0), n))
}

// parallel calls f(w, i) for every i in [0, n) on workers(n) goroutines, w
// being the calling goroutine's number: f may keep per-goroutine state in
// slot w, and otherwise writes only to index i of what it fills.
func parallel(n int, f func(w, i int)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := range workers(n) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				f(w, i)
			}
		}()
	}
	wg.Wait()
}
