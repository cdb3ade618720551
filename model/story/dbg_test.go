package story

import (
	"testing"
)

func TestDbg(t *testing.T) {
	arts, truth := loadBasil(t)
	scs := basilScenarios(arts, truth, loadCorpus(t, 0))
	mixed := scs[3].arts
	t.Log("mixed size", len(mixed))
	cfg := defaults()
	stories := group(mixed, cfg)
	byID := map[string]Article{}
	for _, a := range mixed {
		byID[a.ID] = a
	}
	where := map[string]int{}
	for k, st := range stories {
		for _, id := range st.Articles {
			where[id] = k
		}
	}
	seen := map[string]bool{}
	for i := range arts {
		if seen[truth[i]] {
			continue
		}
		seen[truth[i]] = true
		ks := map[int]bool{}
		for j := range arts {
			if truth[j] == truth[i] {
				ks[where[arts[j].ID]] = true
			}
		}
		if len(ks) == 1 {
			for k := range ks {
				t.Logf("OK %d  %s", len(stories[k].Articles), stories[k].Title)
			}
			continue
		}
		t.Logf("SPLIT %s", arts[i].Title)
		for k := range ks {
			t.Logf("   story %d: %s", len(stories[k].Articles), stories[k].Title)
			for _, id := range stories[k].Articles {
				a := byID[id]
				t.Logf("      %s %s | %.70s", a.Published.Format("01-02"), a.Outlet, a.Title)
			}
		}
	}
}
