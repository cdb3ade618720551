// Package scaling checks, in tests, that a stage's cost grows about linearly
// with the size of its input: the check behind "doubling the input about
// doubles the time" for every parser of outside text.
//
// It compares the CPU time of the calling thread (not the wall clock, which
// says more about the neighbours on a shared machine than about the code) and
// the bytes allocated, on a small input and one Factor times larger. A linear
// stage comes out near Factor on both; a quadratic one near Factor squared.
// The bounds sit between the two with room for noise on either side, so the
// check fails on a change of complexity, never on a slow machine.
package scaling

import (
	"fmt"
	"runtime"
	"testing"
	"time"
)

// Factor is how much larger the big input is than the small one.
const Factor = 8

// Bounds a stage's growth must stay under, for inputs Factor times larger:
// linear gives about 8, n log n about 9-10, quadratic about 64.
const (
	MaxTimeRatio  = 24
	MaxAllocRatio = 16
)

// minRun is the least CPU time one measurement takes, so the thread clock's
// granularity and a stray interrupt do not decide the ratio.
const minRun = 30 * time.Millisecond

// Cost is what one call of a stage cost.
type Cost struct {
	CPU   time.Duration // CPU time of the calling thread
	Bytes uint64        // bytes allocated
}

// Measure returns the cheapest of a few measurements of f(in), each averaged
// over enough calls to last minRun.
func Measure(in string, f func(string)) Cost {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	best := Cost{CPU: time.Duration(1<<63 - 1), Bytes: 1<<64 - 1}
	for range 3 {
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		start := threadCPU()
		calls := 0
		for calls == 0 || threadCPU()-start < minRun {
			f(in)
			calls++
		}
		cpu := (threadCPU() - start) / time.Duration(calls)
		runtime.ReadMemStats(&after)
		bytes := (after.TotalAlloc - before.TotalAlloc) / uint64(calls)
		best.CPU = min(best.CPU, cpu)
		best.Bytes = min(best.Bytes, bytes)
	}
	return best
}

// Growth is how a stage's cost changed from the small input to the big one.
type Growth struct {
	Small, Big       Cost
	SmallLen, BigLen int
	Time, Alloc      float64 // ratios big / small
}

// Measure2 measures f on gen(n) and gen(Factor*n). gen must return an input
// of about the size it is given.
func Measure2(gen func(n int) string, n int, f func(string)) Growth {
	small, big := gen(n), gen(Factor*n)
	g := Growth{Small: Measure(small, f), Big: Measure(big, f), SmallLen: len(small), BigLen: len(big)}
	g.Time = float64(g.Big.CPU) / float64(max(g.Small.CPU, 1))
	g.Alloc = float64(g.Big.Bytes) / float64(max(g.Small.Bytes, 1))
	return g
}

// Linear reports whether the growth stays under the bounds. Allocation is
// only judged when the small input allocates more than a page.
func (g Growth) Linear() bool {
	return g.Time <= MaxTimeRatio && (g.Small.Bytes <= 4096 || g.Alloc <= MaxAllocRatio)
}

// String reads "32768 → 262144 bytes: CPU 2ms → 17ms (×8.5), allocated …".
func (g Growth) String() string {
	return fmt.Sprintf("%d → %d bytes: CPU %v → %v (×%.1f), allocated %d → %d (×%.1f)",
		g.SmallLen, g.BigLen, g.Small.CPU, g.Big.CPU, g.Time, g.Small.Bytes, g.Big.Bytes, g.Alloc)
}

// Check fails t when f's cost on gen(Factor*n) is more than the bounds allow
// over its cost on gen(n).
func Check(t testing.TB, gen func(n int) string, n int, f func(string)) {
	t.Helper()
	if threadCPU() == 0 {
		t.Skip("no thread CPU clock on this system")
	}
	g := Measure2(gen, n, f)
	t.Log(g)
	if !g.Linear() {
		t.Errorf("not linear: for ×%d input, CPU time grew ×%.1f (bound ×%d) and allocation ×%.1f (bound ×%d)",
			Factor, g.Time, MaxTimeRatio, g.Alloc, MaxAllocRatio)
	}
}
