package acceptance

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parallax/data"
	"parallax/model"
)

// sharedDir returns ../shared/<sub> from the repository root, skipping the test
// when it is absent (as on a user's machine) and failing under CI.
func sharedDir(t testing.TB, sub string) string {
	t.Helper()
	dir := filepath.Join("..", "..", "..", "shared", sub)
	if _, err := os.Stat(dir); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is missing under CI: %v", dir, err)
		}
		t.Skipf("%s is absent; skipping the real-news checks", dir)
	}
	return dir
}

// analyzeDir loads a story folder and cross-checks it.
func analyzeDir(t testing.TB, dir string) *model.Analysis {
	t.Helper()
	docs, skipped := data.Load([]string{dir})
	if len(skipped) > 0 {
		t.Fatalf("skipped inputs: %v", skipped)
	}
	return model.Analyze(docs)
}

// claimOf finds the claim of the document whose ID starts with doc, whose
// sentence contains needle, and whose own figure contains figure; with no
// figure, the claim of the sentence as a whole (its quotation or statement).
func claimOf(t testing.TB, a *model.Analysis, doc, needle, figure string) model.Claim {
	t.Helper()
	for _, c := range a.Claims {
		if !strings.HasPrefix(c.Doc, doc) || !strings.Contains(c.Text, needle) {
			continue
		}
		if (figure != "" && !hasFigure(c, figure)) || (figure == "" && c.Figure >= 0) {
			continue
		}
		return c
	}
	t.Fatalf("no claim of %s with %q and figure %q; its claims:\n%s", doc, needle, figure, dump(a, doc))
	return model.Claim{}
}

// groupOf returns the group of a claim.
func groupOf(t testing.TB, a *model.Analysis, c model.Claim) model.Group {
	t.Helper()
	g, ok := a.GroupOf(c.ID)
	if !ok {
		t.Fatalf("claim %s is in no group", c.ID)
	}
	return g
}

// sameGroup asserts that claims are grouped together with the given verdict.
func sameGroup(t testing.TB, a *model.Analysis, want model.Verdict, claims ...model.Claim) model.Group {
	t.Helper()
	g := groupOf(t, a, claims[0])
	for _, c := range claims[1:] {
		if h := groupOf(t, a, c); h.ID != g.ID {
			t.Errorf("%q\n  is in %s (%s: %s),\n%q\n  is in %s (%s: %s)", claims[0].Text, g.ID, g.Verdict, g.Reason,
				c.Text, h.ID, h.Verdict, h.Reason)
		}
	}
	if g.Verdict != want {
		t.Errorf("group %s of %q is %s (%s), want %s", g.ID, claims[0].Text, g.Verdict, g.Reason, want)
	}
	return g
}

// notConflicting asserts that none of the claims is in a conflicting group.
func notConflicting(t testing.TB, a *model.Analysis, claims ...model.Claim) {
	t.Helper()
	for _, c := range claims {
		if g := groupOf(t, a, c); g.Verdict == model.Conflicting {
			t.Errorf("%q is wrongly in conflict %s: %s", c.Text, g.ID, g.Reason)
		}
	}
}

// entityNamed finds the entity that has name as its name or an alias.
func entityNamed(a *model.Analysis, name string) (model.Entity, bool) {
	for _, e := range a.Entities {
		if e.Name == name {
			return e, true
		}
		for _, al := range e.Aliases {
			if al == name {
				return e, true
			}
		}
	}
	return model.Entity{}, false
}

// dump lists a document's claims for failure messages.
func dump(a *model.Analysis, doc string) string {
	var b strings.Builder
	for _, c := range a.Claims {
		if !strings.HasPrefix(c.Doc, doc) {
			continue
		}
		g, _ := a.GroupOf(c.ID)
		fig := ""
		if f, ok := c.FigureOf(); ok {
			fig = " [" + f.Text + "]"
		}
		b.WriteString("  " + c.ID + " " + string(g.Verdict) + fig + ": " + c.Text + "\n")
	}
	return b.String()
}

// hasFigure reports whether the claim's own figure is written with the given text.
func hasFigure(c model.Claim, figure string) bool {
	f, ok := c.FigureOf()
	return ok && strings.Contains(f.Text, figure)
}

// covers reports whether a group holds a claim of each side of a row.
func covers(a *model.Analysis, g model.Group, r row) bool {
	in := make(map[string]bool, len(g.Claims))
	for _, id := range g.Claims {
		in[id] = true
	}
	for _, f := range r.refs {
		hit := false
		for _, c := range claimsAt(a, f) {
			if in[c.ID] {
				hit = true
				break
			}
		}
		if !hit {
			return false
		}
	}
	return true
}

// describe renders a conflicting group for the log: story, reason, claims.
func describe(a *model.Analysis, story string, g model.Group) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s: %s", story, g.ID, g.Reason)
	for _, id := range g.Claims {
		if c, ok := a.Claim(id); ok {
			fig := ""
			if f, ok := c.FigureOf(); ok {
				fig = " [" + f.Text + "]"
			}
			fmt.Fprintf(&b, "\n    %s%s: %s", c.Doc, fig, c.Text)
		}
	}
	return b.String()
}

// ratio is n/d, and 1 when there is nothing to measure.
func ratio(n, d int) float64 {
	if d == 0 {
		return 1
	}
	return float64(n) / float64(d)
}
