package story

import (
	"os"
	"testing"
)

// TestBasilPairs measures grouping on 50 real events, each reported by three
// outlets: pairwise precision and recall of "same story", over all pairs of
// the 150 articles. The set's events are spread over ten years, which makes
// dates alone a strong hint, so it is also measured squeezed into one week
// (about seven events a day, each keeping its own spread of dates) and with
// no dates at all, where only the words and names tell events apart.
func TestBasilPairs(t *testing.T) {
	arts, truth := loadBasil(t)
	ids := make([]string, len(arts))
	for i, a := range arts {
		ids[i] = a.ID
	}
	floors := map[string][2]float64{ // precision, recall
		"as published": {0.98, 0.98},
		"one week":     {0.90, 0.98},
		"undated":      {0.90, 0.97},
	}
	for _, sc := range basilScenarios(arts, truth, nil) {
		p, r, tp, fp, fn := basilScore(sc, defaults(), ids, truth)
		t.Logf("%s: same story: precision %.3f recall %.3f (pairs tp %d fp %d fn %d)", sc.name, p, r, tp, fp, fn)
		if f := floors[sc.name]; p < f[0] || r < f[1] {
			t.Errorf("%s: precision %.3f recall %.3f, want at least %.2f and %.2f", sc.name, p, r, f[0], f[1])
		}
	}
}

// TestBasilAmongCorpus groups the BASIL articles together with every corpus
// article published within two days of one of them (about 2,100 more
// reports, many on the same events from other outlets) and scores the BASIL
// pairs: bigger stories must not scatter one event's reports.
func TestBasilAmongCorpus(t *testing.T) {
	if testing.Short() && os.Getenv("CI") == "" {
		t.Skip("reads the whole corpus; skipped with -short")
	}
	arts, truth := loadBasil(t)
	ids := make([]string, len(arts))
	for i, a := range arts {
		ids[i] = a.ID
	}
	scs := basilScenarios(arts, truth, loadCorpus(t, 0))
	sc := scs[len(scs)-1]
	p, r, tp, fp, fn := basilScore(sc, defaults(), ids, truth)
	t.Logf("%d articles: same story: precision %.3f recall %.3f (BASIL pairs tp %d fp %d fn %d)", len(sc.arts), p, r, tp, fp, fn)
	if p < 0.98 || r < 0.94 {
		t.Errorf("precision %.3f recall %.3f, want at least 0.98 and 0.94", p, r)
	}
}

// TestBasilNoCopies checks that 150 independent reports by three outlets,
// many quoting the same people, hold no wire copies.
func TestBasilNoCopies(t *testing.T) {
	arts, _ := loadBasil(t)
	if got := Copies(arts); len(got) != 0 {
		t.Errorf("got %d copies among independent reports, first %+v", len(got), got[0])
	}
}
