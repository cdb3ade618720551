package story

import (
	"os"
	"strconv"
	"testing"
)

// TestSweep logs precision and recall on the BASIL set for variations of the
// configuration, with and without dates. It only reports, asserting nothing:
// run with STORY_SWEEP=1 when changing the knobs.
func TestSweep(t *testing.T) {
	if os.Getenv("STORY_SWEEP") == "" {
		t.Skip("set STORY_SWEEP=1 to sweep the grouping knobs")
	}
	arts, truth := loadBasil(t)
	ids := make([]string, len(arts))
	for i, a := range arts {
		ids[i] = a.ID
	}
	var corpus []Article
	if os.Getenv("STORY_CORPUS") != "" {
		corpus = loadCorpus(t, 0)
	}
	scs := basilScenarios(arts, truth, corpus)
	type variant struct {
		name string
		edit func(*config)
	}
	variants := []variant{{"defaults", func(*config) {}}}
	for _, th := range []float64{0.08, 0.1, 0.12, 0.14, 0.16, 0.18, 0.22} {
		variants = append(variants, variant{"threshold " + ftoa(th), func(c *config) { c.mergeThreshold = th }})
	}
	for _, u := range []float64{1, 0.9} {
		variants = append(variants, variant{"undated " + ftoa(u), func(c *config) { c.undated = u }})
		variants = append(variants, variant{"undated " + ftoa(u) + " t0.15", func(c *config) { c.undated = u; c.mergeThreshold = 0.15 }})
	}
	for _, b := range []float64{0, 200, 500, 5000} {
		variants = append(variants, variant{"background " + ftoa(b), func(c *config) { c.backgroundDocs = b }})
	}
	for _, nb := range []float64{0, 0.5, 2} {
		variants = append(variants, variant{"nameBoost " + ftoa(nb), func(c *config) { c.nameBoost = nb }})
	}
	for _, ms := range []int{5, 10, 50, 1000} {
		variants = append(variants, variant{"maxSentences " + ftoa(float64(ms)), func(c *config) { c.maxSentences = ms }})
	}
	for _, tw := range []float64{1, 2, 5} {
		variants = append(variants, variant{"titleWeight " + ftoa(tw), func(c *config) { c.titleWeight = tw }})
	}
	for _, vt := range []int{50, 100, 300} {
		variants = append(variants, variant{"vectorTerms " + ftoa(float64(vt)), func(c *config) { c.vectorTerms = vt }})
	}
	if os.Getenv("STORY_SWEEP") == "short" {
		variants = variants[:1]
		for _, rc := range []float64{0.2, 0.25, 0.3, 0.4} {
			variants = append(variants, variant{"relCohesion " + ftoa(rc), func(c *config) { c.relCohesion = rc }})
			variants = append(variants, variant{"relCohesion " + ftoa(rc) + " t0.12", func(c *config) { c.relCohesion = rc; c.mergeThreshold = 0.12 }})
		}
	}
	for _, v := range variants {
		cfg := defaults()
		v.edit(&cfg)
		for _, sc := range scs {
			p, r, tp, fp, fn := basilScore(sc, cfg, ids, truth)
			t.Logf("%-20s %-24s P %.3f R %.3f (tp %d fp %d fn %d)", v.name, sc.name, p, r, tp, fp, fn)
		}
	}
}

func ftoa(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }
