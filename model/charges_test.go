package model

import (
	"strings"
	"testing"
	"time"
)

// chargeConflict returns the negation or update conflict of an analysis, if any.
func chargeConflict(a *Analysis) (Group, bool) {
	for _, g := range a.Groups {
		if g.Conflict != nil && (g.Conflict.Kind == ConflictNegation || g.Conflict.Kind == ConflictUpdate) && strings.Contains(g.Reason, "charges are still to come") {
			return g, true
		}
	}
	return Group{}, false
}

// One outlet has the person charged, another has the charges still to come.
func TestChargedAgainstChargesToComeConflicts(t *testing.T) {
	a := Analyze(articles(
		"Harbor Wire", "Dana Whitlock has been charged with arson over the warehouse fire in Dunmore, prosecutors said.",
		"Delta Post", "No formal charges have been filed yet against Dana Whitlock over the Dunmore warehouse fire, police said.",
	))
	g, ok := chargeConflict(a)
	if !ok {
		t.Fatalf("no conflict over the charges; groups %+v", a.Groups)
	}
	if g.Conflict.Kind != ConflictNegation || len(g.Sides) != 2 {
		t.Fatalf("got %+v, want a negation with two sides", g.Conflict)
	}
	if want := []string{"Dana Whitlock has been charged", "No formal charges have been filed yet"}; strings.Join(g.Conflict.Values, "|") != strings.Join(want, "|") {
		t.Errorf("values %q, want %q", g.Conflict.Values, want)
	}
	b := Analyze(articles(
		"Harbor Wire", "Dana Whitlock has been charged with arson over the warehouse fire in Dunmore, prosecutors said.",
		"Delta Post", "No charges were filed against Dana Whitlock over the Dunmore warehouse fire, police said.",
	))
	if h, ok := chargeConflict(b); !ok || h.Conflict.Values[1] != "No charges were filed" {
		t.Errorf("without 'yet': %+v, want the words “No charges were filed”", h.Conflict)
	}
	if !strings.Contains(g.Reason, "Whitlock") || !strings.Contains(g.Reason, "Harbor Wire") || !strings.Contains(g.Reason, "Delta Post") {
		t.Errorf("reason %q does not say who and which outlets", g.Reason)
	}
}

// An outlet that wrote both stages has moved on: its report is the update.
func TestChargedAfterExpectedIsAnUpdate(t *testing.T) {
	a := Analyze(articles(
		"Harbor Wire", "Dana Whitlock is expected to be indicted on fraud charges, people familiar with the case said. "+
			"Late on Friday, the paper learned that Whitlock has already been secretly indicted by a grand jury.",
		"Delta Post", "Prosecutors plan to file criminal charges against Dana Whitlock, her lawyer said on Friday.",
	))
	g, ok := chargeConflict(a)
	if !ok {
		t.Fatalf("no conflict over the charges; groups %+v", a.Groups)
	}
	if g.Conflict.Kind != ConflictUpdate || g.Conflict.Later != "Harbor Wire" {
		t.Errorf("got %+v, want an update by Harbor Wire", g.Conflict)
	}
}

// Further charges, a denial of some charges, another person's charges, an
// old case, a condition or reports a week apart are no conflict of stage.
func TestOtherChargesAreNoConflict(t *testing.T) {
	charged := "Dana Whitlock has been charged with arson over the warehouse fire in Dunmore, prosecutors said."
	tests := []struct {
		what, other string
		days        int
	}{
		{"further charges", "Dana Whitlock is also expected to be charged with fraud over the Dunmore fire, police said.", 0},
		{"a denial of some charges", "Dana Whitlock has not been charged with anything related to the earlier Dunmore fire.", 0},
		{"another person", "Two of Dana Whitlock's aides were charged over the Dunmore warehouse fire, police said.", 0},
		{"an old case", "In 2019, prosecutors planned to file charges against Dana Whitlock over a Dunmore fire.", 0},
		{"a condition", "If Dana Whitlock is expected to be charged over the Dunmore fire, she will resign.", 0},
		{"a week apart", "No formal charges have been filed yet against Dana Whitlock over the Dunmore warehouse fire, police said.", 7},
	}
	for _, tt := range tests {
		docs := articles("Harbor Wire", charged, "Delta Post", tt.other)
		docs[0].Published = time.Date(2026, 3, 1+tt.days, 0, 0, 0, 0, time.UTC)
		docs[1].Published = time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
		if g, ok := chargeConflict(Analyze(docs)); ok {
			t.Errorf("%s: marked red: %s", tt.what, g.Reason)
		}
	}
}
