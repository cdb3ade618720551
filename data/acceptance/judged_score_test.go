package acceptance

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"parallax/model"
)

// The judged stories: ../shared/realnews/judged holds 18 real stories with
// gold.json, what careful readers found claim by claim. This file scores an
// analysis against it the way ../shared/tools/judge does (tools/score.py), so
// that tests and sweeps can score in-process; judged_test.go holds the floors.

// anchor is a verbatim piece of one sentence of one outlet: [doc, text].
type anchor [2]string

// goldConflict is a contradiction the readers found between two sets of sentences.
type goldConflict struct {
	ID       string   `json:"id"`
	Required bool     `json:"required"`
	Judged   *bool    `json:"judged"`
	Kind     string   `json:"kind"`
	A        []anchor `json:"a"`
	B        []anchor `json:"b"`
}

// goldCorroboration is one fact stated by two or more outlets.
type goldCorroboration struct {
	ID      string   `json:"id"`
	Members []anchor `json:"members"`
}

// goldTrap is a look-alike pair that is not a conflict; distinct when the two
// sides are different facts that must not be grouped as agreeing either.
type goldTrap struct {
	ID       string   `json:"id"`
	Distinct bool     `json:"distinct"`
	A        []anchor `json:"a"`
	B        []anchor `json:"b"`
}

// goldStory is what the readers found in one story.
type goldStory struct {
	Conflicts      []goldConflict      `json:"conflicts"`
	Corroborations []goldCorroboration `json:"corroborations"`
	Traps          []goldTrap          `json:"traps"`
}

// loadGold reads gold.json of the judged folder.
func loadGold(dir string) (map[string]goldStory, error) {
	b, err := os.ReadFile(filepath.Join(dir, "gold.json"))
	if err != nil {
		return nil, err
	}
	var g struct {
		Clusters map[string]goldStory `json:"clusters"`
	}
	if err := json.Unmarshal(b, &g); err != nil {
		return nil, fmt.Errorf("gold.json: %w", err)
	}
	return g.Clusters, nil
}

// count is found out of total.
type count struct{ found, total int }

func (r count) String() string { return fmt.Sprintf("%d/%d", r.found, r.total) }

// add sums two ratios.
func (r count) add(o count) count { return count{r.found + o.found, r.total + o.total} }

// rate is found/total, 1 when there is nothing to find.
func (r count) rate() float64 {
	if r.total == 0 {
		return 1
	}
	return float64(r.found) / float64(r.total)
}

// judgedScore is one story's score, or a sum of them.
type judgedScore struct {
	required, stretch, corroborations count
	trapsFlagged, trapsMerged         count
	conflicts                         count // conflicting groups that match a gold conflict, of all conflicting groups
	items                             []string
}

// add sums two scores.
func (s judgedScore) add(o judgedScore) judgedScore {
	return judgedScore{
		required: s.required.add(o.required), stretch: s.stretch.add(o.stretch),
		corroborations: s.corroborations.add(o.corroborations),
		trapsFlagged:   s.trapsFlagged.add(o.trapsFlagged), trapsMerged: s.trapsMerged.add(o.trapsMerged),
		conflicts: s.conflicts.add(o.conflicts),
	}
}

// String is the judge's TOTAL line.
func (s judgedScore) String() string {
	return fmt.Sprintf("required %s  stretch %s  corroborations %s (%.2f)  traps flagged %s  different facts merged %s  conflict precision %s (%.2f)",
		s.required, s.stretch, s.corroborations, s.corroborations.rate(), s.trapsFlagged, s.trapsMerged, s.conflicts, s.conflicts.rate())
}

// normGold folds quotes, dashes, case and runs of whitespace as score.py does.
func normGold(s string) string {
	s = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`, "—", "-", "–", "-").Replace(s)
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// scorer matches anchors to the claims of one analysis.
type scorer struct {
	a        *model.Analysis
	docOf    map[string]string // claim ID -> the anchor-comparable document name
	textOf   map[string]string // claim ID -> normalised sentence
	verdicts []model.Group
}

// newScorer indexes an analysis for scoring.
func newScorer(a *model.Analysis) *scorer {
	s := &scorer{a: a, docOf: map[string]string{}, textOf: map[string]string{}, verdicts: a.Groups}
	for _, c := range a.Claims {
		base := c.Doc
		if i := strings.LastIndexByte(base, '/'); i >= 0 {
			base = base[i+1:]
		}
		s.docOf[c.ID] = base
		s.textOf[c.ID] = normGold(c.Text)
	}
	return s
}

// claims returns the IDs of the claims an anchor points at.
func (s *scorer) claims(anchors ...anchor) map[string]bool {
	out := map[string]bool{}
	for _, an := range anchors {
		sub := normGold(an[1])
		for _, c := range s.a.Claims {
			if strings.HasPrefix(s.docOf[c.ID], an[0]) && strings.Contains(s.textOf[c.ID], sub) {
				out[c.ID] = true
			}
		}
	}
	return out
}

// conflictBetween returns the conflicting group with a claim of A on one side
// and a claim of B on another, or nil.
func (s *scorer) conflictBetween(A, B map[string]bool) *model.Group {
	hits := func(ids []string, set map[string]bool) bool {
		for _, id := range ids {
			if set[id] {
				return true
			}
		}
		return false
	}
	for i := range s.verdicts {
		g := &s.verdicts[i]
		if g.Verdict != model.Conflicting {
			continue
		}
		if len(g.Sides) >= 2 {
			for x := range g.Sides {
				for y := range g.Sides {
					if x != y && hits(g.Sides[x], A) && hits(g.Sides[y], B) {
						return g
					}
				}
			}
		} else if hits(g.Claims, A) && hits(g.Claims, B) {
			return g
		}
	}
	return nil
}

// score scores one story.
func (s *scorer) score(gold goldStory) judgedScore {
	var out judgedScore
	item := func(kind, id string, ok bool) {
		mark := "no"
		if ok {
			mark = "yes"
		}
		out.items = append(out.items, fmt.Sprintf("  %-14s %-44s %s", kind, id, mark))
	}
	matched := map[string]bool{}
	for _, c := range gold.Conflicts {
		g := s.conflictBetween(s.claims(c.A...), s.claims(c.B...))
		if g != nil {
			matched[g.ID] = true
		}
		if c.Judged != nil && !*c.Judged {
			continue
		}
		r := &out.stretch
		if c.Required {
			r = &out.required
		}
		r.total++
		if g != nil {
			r.found++
		}
		item("conflict", c.ID, g != nil)
	}
	for _, c := range gold.Corroborations {
		members := make([]map[string]bool, len(c.Members))
		for i, m := range c.Members {
			members[i] = s.claims(m)
		}
		ok := false
		for _, g := range s.verdicts {
			if g.Verdict != model.Corroborated {
				continue
			}
			docs := map[string]bool{}
			for i, m := range c.Members {
				for _, id := range g.Claims {
					if members[i][id] {
						docs[m[0]] = true
					}
				}
			}
			if len(docs) >= 2 {
				ok = true
				break
			}
		}
		out.corroborations.total++
		if ok {
			out.corroborations.found++
		}
		item("corroboration", c.ID, ok)
	}
	for _, t := range gold.Traps {
		A, B := s.claims(t.A...), s.claims(t.B...)
		flagged := s.conflictBetween(A, B) != nil
		out.trapsFlagged.total++
		if flagged {
			out.trapsFlagged.found++
		}
		item("trap-flagged", t.ID, flagged)
		if !t.Distinct {
			continue
		}
		out.trapsMerged.total++
		if s.merged(A, B) {
			out.trapsMerged.found++
			item("trap-merged", t.ID, true)
		}
	}
	for _, g := range s.verdicts {
		if g.Verdict == model.Conflicting {
			out.conflicts.total++
			if matched[g.ID] {
				out.conflicts.found++
			}
		}
	}
	return out
}

// merged reports whether a corroborated group holds claims of A and of B from
// different documents: two different facts shown as agreeing.
func (s *scorer) merged(A, B map[string]bool) bool {
	for _, g := range s.verdicts {
		if g.Verdict != model.Corroborated {
			continue
		}
		da, db := map[string]bool{}, map[string]bool{}
		for _, id := range g.Claims {
			if A[id] {
				da[s.docOf[id]] = true
			}
			if B[id] {
				db[s.docOf[id]] = true
			}
		}
		if len(da) > 0 && len(db) > 0 && !sameKeys(da, db) {
			return true
		}
	}
	return false
}

// sameKeys reports whether two sets are equal.
func sameKeys(a, b map[string]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}
