package acceptance

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"parallax/model"
)

// TestJudgedSweep prints the judged-story scores for variations of each
// threshold and weight, one at a time around the defaults. Settings are
// chosen on the twelve tuning stories (the TUNED column); the six held out
// are printed for the record, never used to choose. It only reports: run
// with JUDGE_SWEEP=1 when changing the engine's configuration.
func TestJudgedSweep(t *testing.T) {
	if os.Getenv("JUDGE_SWEEP") == "" {
		t.Skip("set JUDGE_SWEEP=1 to sweep the cross-check configuration")
	}
	stories := loadJudged(t)
	type variant struct {
		name string
		edit func(*model.Config)
	}
	floats := func(name string, field func(*model.Config) *float64, values ...float64) []variant {
		var out []variant
		for _, v := range values {
			out = append(out, variant{fmt.Sprintf("%s=%g", name, v), func(c *model.Config) { *field(c) = v }})
		}
		return out
	}
	ints := func(name string, field func(*model.Config) *int, values ...int) []variant {
		var out []variant
		for _, v := range values {
			out = append(out, variant{fmt.Sprintf("%s=%d", name, v), func(c *model.Config) { *field(c) = v }})
		}
		return out
	}
	variants := []variant{{"defaults", func(*model.Config) {}}}
	variants = append(variants, floats("BackgroundWeight", func(c *model.Config) *float64 { return &c.BackgroundWeight }, 0.3, 0.5, 0.7, 0.9)...)
	variants = append(variants, floats("NameWeight", func(c *model.Config) *float64 { return &c.NameWeight }, 0.3, 0.5, 0.7, 1)...)
	variants = append(variants, floats("RareWeight", func(c *model.Config) *float64 { return &c.RareWeight }, 2, 2.5, 3, 3.5)...)
	variants = append(variants, floats("AlignFigure", func(c *model.Config) *float64 { return &c.AlignFigure }, 0.2, 0.28, 0.35, 0.45)...)
	variants = append(variants, floats("FigureText", func(c *model.Config) *float64 { return &c.FigureText }, 0.2, 0.3, 0.45)...)
	variants = append(variants, floats("FigureMeasure", func(c *model.Config) *float64 { return &c.FigureMeasure }, 0.25, 0.35, 0.5)...)
	variants = append(variants, floats("FigureSubject", func(c *model.Config) *float64 { return &c.FigureSubject }, 0, 0.15, 0.3)...)
	variants = append(variants, floats("FigureAgree", func(c *model.Config) *float64 { return &c.FigureAgree }, 0, 0.1, 0.2)...)
	variants = append(variants, floats("AlignQuote", func(c *model.Config) *float64 { return &c.AlignQuote }, 0.6, 0.7, 0.8)...)
	variants = append(variants, ints("MinQuoteShared", func(c *model.Config) *int { return &c.MinQuoteShared }, 3, 4, 5, 6)...)
	variants = append(variants, floats("AlignStatement", func(c *model.Config) *float64 { return &c.AlignStatement }, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4)...)
	variants = append(variants, ints("StatementRare", func(c *model.Config) *int { return &c.StatementRare }, 1, 2, 3)...)
	variants = append(variants, ints("PairDF", func(c *model.Config) *int { return &c.PairDF }, 3, 4, 5, 6, 8, 10, 15, 1000)...)
	variants = append(variants, floats("MisquoteShare", func(c *model.Config) *float64 { return &c.MisquoteShare }, 0, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9)...)
	variants = append(variants, floats("StatementEvidence", func(c *model.Config) *float64 { return &c.StatementEvidence }, 0, 0.01, 0.02, 0.03, 0.05, 0.08, 0.1, 0.15, 0.2)...)
	variants = append(variants, ints("StatementRun", func(c *model.Config) *int { return &c.StatementRun }, 5, 6, 8)...)
	variants = append(variants, floats("FigureSoleValue", func(c *model.Config) *float64 { return &c.FigureSoleValue }, 0, 0.1, 0.2, 0.3)...)
	variants = append(variants, ints("MeasureReach", func(c *model.Config) *int { return &c.MeasureReach }, 3, 4, 5, 6, 8)...)
	variants = append(variants, floats("AttributedShare", func(c *model.Config) *float64 { return &c.AttributedShare }, 0.6, 0.85, 1)...)
	variants = append(variants, ints("MaxDaysApart", func(c *model.Config) *int { return &c.MaxDaysApart }, 1, 3, 7, 10000)...)
	variants = append(variants, floats("MaxRatio", func(c *model.Config) *float64 { return &c.MaxRatio }, 1.5, 2, 2.5, 3)...)
	variants = append(variants, floats("VagueConflictText", func(c *model.Config) *float64 { return &c.VagueConflictText }, 0, 0.2, 0.3, 0.4)...)
	variants = append(variants, floats("CloseConflictText", func(c *model.Config) *float64 { return &c.CloseConflictText }, 0, 0.4, 0.5, 0.6)...)
	variants = append(variants, ints("DefiniteGroup", func(c *model.Config) *int { return &c.DefiniteGroup }, 0, 2, 4, 10)...)
	variants = append(variants, floats("ExcerptText", func(c *model.Config) *float64 { return &c.ExcerptText }, 0.1, 0.15, 0.2, 0.3, 10)...)
	variants = append(variants, ints("FewOutlets", func(c *model.Config) *int { return &c.FewOutlets }, 2, 3, 4, 1000)...)
	if os.Getenv("JUDGE_SWEEP") == "grid" {
		// The two knobs that move statements most, together.
		variants = variants[:1]
		for _, nw := range []float64{0.3, 0.6, 1} {
			for _, bw := range []float64{0.5, 0.7, 0.9} {
				for _, as := range []float64{0.25, 0.3, 0.35} {
					variants = append(variants, variant{fmt.Sprintf("name=%g bg=%g stmt=%g", nw, bw, as), func(c *model.Config) {
						c.NameWeight, c.BackgroundWeight, c.AlignStatement = nw, bw, as
					}})
				}
			}
		}
	} else if only := os.Getenv("JUDGE_SWEEP"); only != "1" {
		var keep []variant
		for _, v := range variants {
			if v.name == "defaults" || strings.HasPrefix(v.name, only) {
				keep = append(keep, v)
			}
		}
		variants = keep
	}
	var b strings.Builder
	for _, v := range variants {
		cfg := model.DefaultConfig()
		v.edit(&cfg)
		r := runJudged(stories, cfg)
		fmt.Fprintf(&b, "%-24s TUNED %s\n%-24s HELD  %s\n", v.name, r.tuned, "", r.heldOutSc)
	}
	t.Log("\n" + b.String())
}
