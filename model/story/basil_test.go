package story

import "testing"

// TestBasilPairs measures grouping on 50 real events, each reported by three
// outlets: pairwise precision and recall of "same story".
func TestBasilPairs(t *testing.T) {
	arts, truth := loadBasil(t)
	ids := make([]string, len(arts))
	for i, a := range arts {
		ids[i] = a.ID
	}
	stories := Group(arts)
	tp, fp, fn := pairScore(stories, ids, truth)
	p := float64(tp) / float64(max(tp+fp, 1))
	r := float64(tp) / float64(max(tp+fn, 1))
	t.Logf("same story: precision %.3f recall %.3f (pairs tp %d fp %d fn %d)", p, r, tp, fp, fn)
	t.Logf("%d articles in %d stories", len(arts), len(stories))
}
