package export

import (
	"strings"
	"time"

	"parallax/data/store"
	"parallax/model"
	"parallax/ui/internal/story"
)

// report is what both formats draw: the analysis reduced to cleaned,
// ordered, ready-to-print values, so the Markdown and HTML writers hold no
// logic of their own beyond their syntax.
type report struct {
	Title     string
	Outlets   []string
	Dates     string // "2026-02-02", "2026-02-02 to 2026-02-04", or "" when none is known
	Documents []docView
	Claims    int
	Facts     story.Counts

	Marked       []claimView // the reader's starred and noted claims
	Conflicts    []groupView
	marks        map[string]store.Mark
	Corroborated []groupView
	Single       []claimView
}

// docView is one row of the report's list of articles.
type docView struct {
	Outlet, Title, URL string
	Date               string // YYYY-MM-DD, or "undated"
}

// groupView is a conflict or a corroboration: its reason and its sides (a
// corroboration has one side).
type groupView struct {
	Reason string
	Sides  []sideView
}

// sideView is one version of a fact, with the outlets that tell it so.
type sideView struct {
	Outlets string // the outlets on this side, in order, joined with ", "
	Claims  []claimView
	Mixed   bool // more than one outlet: each claim names its own
}

// claimView is one outlet's sentence, with the reader's mark on it.
type claimView struct {
	Outlet, URL string
	Parts       []part
	Starred     bool
	Note        string // one line
}

// newReport builds the view of a. title overrides the derived title when not empty.
func newReport(a *model.Analysis, title string, marks map[string]store.Mark) report {
	r := report{Title: line(title), Claims: len(a.Claims), Facts: story.FactCounts(a), marks: marks}
	var first, last time.Time
	seen := map[string]bool{}
	for _, d := range a.Documents {
		outlet := outletName(d)
		if !seen[outlet] {
			seen[outlet] = true
			r.Outlets = append(r.Outlets, outlet)
		}
		dv := docView{Outlet: outlet, Title: line(d.Title), URL: webLink(d.URL), Date: "undated"}
		if !d.Published.IsZero() {
			dv.Date = d.Published.Format(time.DateOnly)
			if first.IsZero() || d.Published.Before(first) {
				first = d.Published
			}
			if last.IsZero() || d.Published.After(last) {
				last = d.Published
			}
		}
		if r.Title == "" {
			r.Title = dv.Title
		}
		r.Documents = append(r.Documents, dv)
	}
	if r.Title == "" {
		r.Title = "Cross-check"
	}
	switch f, l := first.Format(time.DateOnly), last.Format(time.DateOnly); {
	case first.IsZero():
	case f == l:
		r.Dates = f
	default:
		r.Dates = f + " to " + l
	}
	for _, c := range a.Claims {
		if mk, ok := marks[c.ID]; ok && (mk.Starred || mk.Note != "") {
			if cv, ok := r.claimOf(a, c.ID); ok {
				r.Marked = append(r.Marked, cv)
			}
		}
	}
	for _, g := range a.Groups {
		switch g.Verdict {
		case model.Conflicting:
			if gv, ok := r.conflictView(a, g); ok {
				r.Conflicts = append(r.Conflicts, gv)
			}
		case model.Corroborated:
			side := r.sideOf(a, g.Claims)
			if len(side.Claims) > 0 {
				r.Corroborated = append(r.Corroborated, groupView{Reason: line(g.Reason), Sides: []sideView{side}})
			}
		case model.Single:
			for _, id := range g.Claims {
				if cv, ok := r.claimOf(a, id); ok {
					r.Single = append(r.Single, cv)
				}
			}
		}
	}
	return r
}

// conflictView lays out a conflict's sides. A conflict that names no sides
// gets one per claim, so every version still stands in its own column.
func (r report) conflictView(a *model.Analysis, g model.Group) (groupView, bool) {
	sides := g.Sides
	if len(sides) == 0 {
		for _, id := range g.Claims {
			sides = append(sides, []string{id})
		}
	}
	gv := groupView{Reason: line(g.Reason)}
	for _, ids := range sides {
		if side := r.sideOf(a, ids); len(side.Claims) > 0 {
			gv.Sides = append(gv.Sides, side)
		}
	}
	return gv, len(gv.Sides) > 0
}

// sideOf gathers claims into a side, skipping IDs the analysis does not hold.
func (r report) sideOf(a *model.Analysis, ids []string) sideView {
	var s sideView
	var outlets []string
	seen := map[string]bool{}
	for _, id := range ids {
		cv, ok := r.claimOf(a, id)
		if !ok {
			continue
		}
		s.Claims = append(s.Claims, cv)
		if !seen[cv.Outlet] {
			seen[cv.Outlet] = true
			outlets = append(outlets, cv.Outlet)
		}
	}
	s.Outlets = strings.Join(outlets, ", ")
	s.Mixed = len(outlets) > 1
	return s
}

// claimOf is the view of one claim, false when the analysis lacks it.
func (r report) claimOf(a *model.Analysis, id string) (claimView, bool) {
	c, ok := a.Claim(id)
	if !ok {
		return claimView{}, false
	}
	d, _ := a.Document(c.Doc)
	mk := r.marks[id]
	return claimView{Outlet: outletName(d), URL: webLink(d.URL), Parts: sentence(c),
		Starred: mk.Starred, Note: line(mk.Note)}, true
}

// outletName is a document's outlet as printed, never empty.
func outletName(d model.Document) string {
	if o := line(d.Outlet); o != "" {
		return o
	}
	if id := line(d.ID); id != "" {
		return id
	}
	return "unknown outlet"
}

// counts is the summary line both formats print: facts (the engine's
// groups), counted as the reader and `analyze` count them.
func (r report) counts() string {
	f := r.Facts
	return plural(len(r.Documents), "article") + " · " + plural(f.Total(), "fact") + ": " +
		itoa(f.Conflicting) + " conflicting, " + itoa(f.Corroborated) + " corroborated, " +
		itoa(f.Single) + " single-source (" + plural(r.Claims, "claim") + ")"
}
