package scaling

import (
	"strings"
	"testing"
)

func TestQuadraticIsCaught(t *testing.T) {
	if threadCPU() == 0 {
		t.Skip("no thread CPU clock on this system")
	}
	gen := func(n int) string { return strings.Repeat("a", n) }
	sink := 0
	// Compares every byte with every later one: quadratic time, no allocation.
	quadraticTime := func(s string) {
		for i := 0; i < len(s); i++ {
			for j := i + 1; j < len(s); j++ {
				if s[i] != s[j] {
					sink++
				}
			}
		}
	}
	// Copies every eighth suffix: quadratic in memory.
	quadraticAlloc := func(s string) {
		var keep [][]byte
		for i := 0; i < len(s); i += 8 {
			keep = append(keep, []byte(s[i:]))
		}
		sink += len(keep)
	}
	linear := func(s string) { sink += strings.Count(s, "a") }
	if g := Measure2(gen, 2<<10, quadraticTime); g.Linear() {
		t.Errorf("a quadratic scan passed as linear: %v", g)
	}
	if g := Measure2(gen, 2<<10, quadraticAlloc); g.Linear() {
		t.Errorf("quadratic allocation passed as linear: %v", g)
	}
	if g := Measure2(gen, 256<<10, linear); !g.Linear() {
		t.Errorf("a linear count failed: %v", g)
	}
}
