package acceptance

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"parallax/model"
)

// The real-news expectations: six stories from /work/shared/realnews/clusters,
// three outlets each, read the way a careful fact-checker reads them. Every row
// points at claims by document ID prefix, a few words of the sentence and,
// where a sentence states several figures, the figure. The needles are short
// on purpose: the articles' sentences never enter the repository.
//
// Reading all six turned up almost no plain conflicts. Real outlets covering
// one event mostly agree; what looks like a clash is nearly always a different
// count (people taken to hospital vs people hurt), a different person's age, a
// different event's date, a later update, or a quote trimmed or transcribed a
// little differently. Those are the rows that matter most here: a wrong red
// mark costs the reader's trust.

// rowKind is what a row expects of its claims.
type rowKind string

// The row kinds.
const (
	// conflict: the same fact, incompatible values, quotes or credits. Scored
	// for precision and recall, not asserted row by row.
	conflict rowKind = "conflict"
	// superseded: a later report changed the fact. Not a plain conflict: the
	// claims may be kept apart or marked conflicting with a note that the later
	// report may supersede the earlier one. A sentence that makes no claim
	// passes: there is nothing to be in conflict.
	superseded rowKind = "superseded"
	// corroborated: all the claims are in one corroborated group.
	corroborated rowKind = "corroborated"
	// notConflict: none of the claims is in a conflicting group. With no
	// figure, every claim of the sentence is checked; a sentence that makes
	// no claim passes.
	notConflict rowKind = "notConflict"
)

// ref points at claims: the document ID prefix, a short substring of the
// sentence and, optionally, a substring of the claim's first figure.
type ref struct{ doc, needle, figure string }

// row is one expectation about one story.
type row struct {
	story string
	kind  rowKind
	what  string
	refs  []ref // conflict and superseded: refs[0] is one side, refs[1] the other
}

// The story folders.
const (
	gazette     = "capital-gazette-shooting-2018"
	cohen       = "cohen-poll-rigging-2019"
	mattis      = "mattis-resignation-2018"
	pensacola   = "pensacola-shooting-alqaeda-link-2020"
	scalise     = "scalise-baseball-practice-shooting-2017"
	transgender = "transgender-military-ban-2017"
)

func TestRealNews(t *testing.T) {
	root := sharedDir(t, filepath.Join("realnews", "clusters"))
	analyses := make(map[string]*model.Analysis)
	for _, story := range storiesOf(allRows()) {
		analyses[story] = analyzeDir(t, filepath.Join(root, story))
	}
	checkEveryStoryHasRows(t, root, analyses)
	for _, r := range realNews {
		t.Run(r.story+"/"+string(r.kind)+"/"+r.what, func(t *testing.T) {
			checkRow(t, analyses[r.story], r)
		})
	}
}

// allRows is every row; conflicts are scored on the judged stories.
func allRows() []row { return realNews }

// checkRow asserts one non-conflict row.
func checkRow(t testing.TB, a *model.Analysis, r row) {
	t.Helper()
	var claims []model.Claim
	for _, f := range r.refs {
		found := claimsAt(a, f)
		if len(found) == 0 && (r.kind == notConflict || r.kind == superseded) {
			t.Logf("no claim of %s at %q: nothing there to be in conflict", f.doc, f.needle)
			continue
		}
		if len(found) == 0 {
			t.Errorf("no claim of %s with %q and figure %q; its claims:\n%s", f.doc, f.needle, f.figure, dump(a, f.doc))
			return
		}
		if r.kind != corroborated && f.figure == "" {
			claims = append(claims, found...)
		} else {
			claims = append(claims, found[0])
		}
	}
	switch r.kind {
	case corroborated:
		corroboratedAcross(t, a, claims...)
	case notConflict:
		if len(claims) > 0 {
			notConflicting(t, a, claims...)
		}
	case superseded:
		for _, c := range claims {
			if g := groupOf(t, a, c); g.Verdict == model.Conflicting && !marksSuperseded(g) {
				t.Errorf("%q is in a plain conflict %s (%s); a later report updated it", c.Text, g.ID, g.Reason)
			}
		}
	}
}

// claimsAt returns the claims ref points at: what claimOf would return
// first, and the rest of the sentence's claims after it.
func claimsAt(a *model.Analysis, f ref) []model.Claim {
	var out, figures []model.Claim
	for _, c := range a.Claims {
		if !strings.HasPrefix(c.Doc, f.doc) || !strings.Contains(c.Text, f.needle) {
			continue
		}
		switch {
		case f.figure != "" && !hasFigure(c, f.figure):
		case f.figure == "" && c.Figure >= 0:
			figures = append(figures, c)
		default:
			out = append(out, c)
		}
	}
	return append(out, figures...)
}

// corroboratedAcross fails unless one corroborated group holds the claims of
// at least two of the given documents: the fact is shown as agreed by two
// outlets, as the judge scores it.
func corroboratedAcross(t testing.TB, a *model.Analysis, claims ...model.Claim) {
	t.Helper()
	for _, g := range a.Groups {
		if g.Verdict != model.Corroborated {
			continue
		}
		docs := map[string]bool{}
		for _, c := range claims {
			if contains(g.Claims, c.ID) {
				docs[c.Doc] = true
			}
		}
		if len(docs) >= 2 {
			return
		}
	}
	var b strings.Builder
	for _, c := range claims {
		g, _ := a.GroupOf(c.ID)
		fmt.Fprintf(&b, "\n  %s %q is in %s (%s: %s)", c.Doc, c.Text, g.ID, g.Verdict, g.Reason)
	}
	t.Errorf("no corroborated group holds two of these claims:%s", b.String())
}

// marksSuperseded reports whether a conflict is marked as a later report
// that may update the earlier ones.
func marksSuperseded(g model.Group) bool {
	return g.Conflict != nil && g.Conflict.Kind == model.ConflictUpdate
}

// storiesOf lists the story folders rows name, sorted.
func storiesOf(rows []row) []string {
	seen := make(map[string]bool)
	var out []string
	for _, r := range rows {
		if !seen[r.story] {
			seen[r.story] = true
			out = append(out, r.story)
		}
	}
	sort.Strings(out)
	return out
}

// checkEveryStoryHasRows fails when a story folder has no rows, so a new
// story cannot slip in unread.
func checkEveryStoryHasRows(t *testing.T, root string, analyses map[string]*model.Analysis) {
	t.Helper()
	entries, err := os.ReadDir(root)
	if err != nil {
		t.Fatalf("reading %s: %v", root, err)
	}
	for _, e := range entries {
		if e.IsDir() && analyses[e.Name()] == nil {
			t.Errorf("story %s has no real-news rows; read it and add some", e.Name())
		}
	}
}

// TestRealNewsRows checks the table itself: sides where a kind needs them,
// and needles short enough that no article sentence is copied into the repo.
func TestRealNewsRows(t *testing.T) {
	for _, r := range allRows() {
		switch {
		case (r.kind == conflict || r.kind == superseded) && len(r.refs) != 2:
			t.Errorf("%s %q: a %s row has two sides, got %d refs", r.story, r.what, r.kind, len(r.refs))
		case r.kind == corroborated && len(r.refs) < 2:
			t.Errorf("%s %q: corroboration needs two outlets", r.story, r.what)
		case r.kind == notConflict && len(r.refs) == 0:
			t.Errorf("%s %q: no refs", r.story, r.what)
		}
		for _, f := range r.refs {
			if f.doc == "" || f.needle == "" || utf8.RuneCountInString(f.needle) >= 60 {
				t.Errorf("%s %q: ref %+v needs a doc and a needle under 60 characters", r.story, r.what, f)
			}
		}
	}
}
