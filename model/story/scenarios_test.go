package story

import (
	"testing"
	"time"
)

// scenario is one way of presenting the BASIL set to Group.
type scenario struct {
	name string
	arts []Article // the BASIL articles first, in their order, then any distractors
}

// basilScenarios returns the BASIL set as published, squeezed into one week
// (each event keeps its own spread of dates but starts on one of seven
// days, so about seven events share every day), and with no dates at all.
// When corpus is given, a fourth scenario adds its articles published
// within two days of a BASIL article as distractors.
func basilScenarios(arts []Article, truth []string, corpus []Article) []scenario {
	week := make([]Article, len(arts))
	undated := make([]Article, len(arts))
	first := map[string]time.Time{}
	order := map[string]int{}
	for i, a := range arts {
		if f, ok := first[truth[i]]; !ok || a.Published.Before(f) {
			first[truth[i]] = a.Published
		}
		if _, ok := order[truth[i]]; !ok {
			order[truth[i]] = len(order)
		}
	}
	base := time.Date(2020, 3, 2, 0, 0, 0, 0, time.UTC)
	for i, a := range arts {
		week[i] = a
		start := base.AddDate(0, 0, order[truth[i]]%7)
		week[i].Published = start.Add(a.Published.Sub(first[truth[i]]))
		undated[i] = a
		undated[i].Published = time.Time{}
	}
	out := []scenario{{"as published", arts}, {"one week", week}, {"undated", undated}}
	if corpus != nil {
		days := map[string]bool{}
		for _, a := range arts {
			for d := -2; d <= 2; d++ {
				days[a.Published.AddDate(0, 0, d).Format(time.DateOnly)] = true
			}
		}
		mixed := append([]Article(nil), arts...)
		for _, c := range corpus {
			if !c.Published.IsZero() && days[c.Published.Format(time.DateOnly)] {
				mixed = append(mixed, c)
			}
		}
		out = append(out, scenario{"with corpus distractors", mixed})
	}
	return out
}

// basilScore runs one configuration over one scenario and scores the pairs
// of BASIL articles only.
func basilScore(sc scenario, cfg config, ids, truth []string) (p, r float64, tp, fp, fn int) {
	tp, fp, fn = pairScore(group(sc.arts, cfg), ids, truth)
	return float64(tp) / float64(max(tp+fp, 1)), float64(tp) / float64(max(tp+fn, 1)), tp, fp, fn
}

// TestBasilScenarioShapes checks the scenarios themselves: the squeezed week
// keeps every event's own spread of dates.
func TestBasilScenarioShapes(t *testing.T) {
	arts, truth := loadBasil(t)
	scs := basilScenarios(arts, truth, nil)
	week := scs[1].arts
	for i := range arts {
		for j := i + 1; j < len(arts); j++ {
			if truth[i] != truth[j] {
				continue
			}
			if got, want := week[i].Published.Sub(week[j].Published), arts[i].Published.Sub(arts[j].Published); got != want {
				t.Fatalf("articles %d and %d: gap %v in the week, %v as published", i, j, got, want)
			}
		}
	}
}
