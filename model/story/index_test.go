package story

import (
	"math/rand/v2"
	"testing"
)

// TestSpreadDotIsCosine holds the dot product of a spread vector to cosine's
// merge of two sorted lists, bit for bit: grouping's output must not move.
func TestSpreadDotIsCosine(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	vector := func() []term {
		var v []term
		for id := range uint32(300) {
			if rng.IntN(4) == 0 {
				v = append(v, term{id, rng.Float32()})
			}
		}
		return v
	}
	vecs := make([][]term, 40)
	for i := range vecs {
		vecs[i] = vector()
	}
	var sp spreadVector
	for i, x := range vecs {
		for j, y := range vecs {
			sp.hold(i, x, 300)
			if got, want := sp.dot(y), cosine(x, y); got != want {
				t.Fatalf("vectors %d and %d: dot %v, cosine %v", i, j, got, want)
			}
		}
	}
}
