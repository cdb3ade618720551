package model

import "testing"

// noAttributionConflict fails when an analysis credits one quotation to two people.
func noAttributionConflict(t *testing.T, a *Analysis, what string) {
	t.Helper()
	for _, g := range a.Groups {
		if g.Conflict != nil && g.Conflict.Kind == ConflictAttribution {
			t.Errorf("%s: %s", what, g.Reason)
		}
	}
}

// A body and a person who may speak for it, and two people speaking
// together, are not two credits of one quotation.
func TestBodyOrJointCreditIsNoAttributionConflict(t *testing.T) {
	noAttributionConflict(t, Analyze(articles(
		"Harbor Wire", "“Harbour policy cannot be run by any single county judge who decides to block every permit,” the Port Authority said.",
		"Delta Post", "“Harbour policy cannot be run by any single county judge who decides to block every permit,” Lena Marsh added in a statement.",
	)), "the Port Authority and a person")
	noAttributionConflict(t, Analyze(articles(
		"Harbor Wire", "“Today’s ruling means our fight for fair treatment of every tenant will go on,” Tomas Reyes said.",
		"Delta Post", "“Today’s ruling means our fight for fair treatment of every tenant will go on,” Tomas Reyes and Ilse Varga said in a statement.",
	)), "a joint statement")
}
