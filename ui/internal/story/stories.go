package story

import (
	"parallax/model"
	"parallax/ui/internal/sanitize"
)

// Split builds one Story per story of the analysis, in the engine's order.
// An analysis with one story or none (older analyses, tests) gives a single
// Story of the whole, as New does. Each document is sanitised once, in its
// own story; a document the engine put in no story is left out. Every
// Story's From is a.
func Split(a *model.Analysis) []*Story {
	if a == nil || len(a.Stories) <= 1 {
		s := New(a)
		s.From = a
		if a != nil && len(a.Stories) == 1 {
			s.ID = a.Stories[0].ID
			if t := sanitize.Line(a.Stories[0].Title); t != "" {
				s.Title = t
			}
		}
		return []*Story{s}
	}
	out := make([]*Story, 0, len(a.Stories))
	for sub := range model.EachStory(a) { // one pass: StoryAnalysis per story would go over the pile once each
		ms := sub.Stories[0]
		s := New(sub)
		s.ID, s.From = ms.ID, a
		if t := sanitize.Line(ms.Title); t != "" {
			s.Title = t
		}
		out = append(out, s)
	}
	if len(out) == 0 {
		s := New(a)
		s.From = a
		return []*Story{s}
	}
	return out
}

// Conflicts is the number of facts the outlets disagree on: conflicting
// groups, not the claims in them.
func (s *Story) Conflicts() int { return s.Counts.Conflicting }

// CopyOutlet is the outlet of the original a copy was taken from, or "" when
// d is not a copy (or its original is not in this story).
func (s *Story) CopyOutlet(d *Doc) string {
	if d == nil || d.CopyOf == "" {
		return ""
	}
	if o := s.Doc(d.CopyOf); o != nil {
		return o.Outlet
	}
	return ""
}

// FactCounts counts an analysis's facts by verdict without building a
// Story, for the printed reports: every group that holds a claim once, and
// every claim the engine left out of all groups as a single-source fact. It
// counts what Story.Counts counts, so every screen and report agrees.
func FactCounts(a *model.Analysis) Counts {
	var c Counts
	if a == nil {
		return c
	}
	grouped := map[string]bool{}
	for _, g := range a.Groups {
		held := false
		for _, id := range g.Claims {
			if _, ok := a.Claim(id); ok && !grouped[id] {
				grouped[id], held = true, true
			}
		}
		if held {
			c.Add(g.Verdict)
		}
	}
	for _, cl := range a.Claims {
		if !grouped[cl.ID] {
			c.Add(model.Single)
		}
	}
	return c
}
