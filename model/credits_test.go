package model

import "testing"

// A body and a person who may speak for it, and two people speaking
// together, are not two credits of one quotation.
func TestBodyOrJointCreditIsNoAttributionConflict(t *testing.T) {
	body := Analyze(articles(
		"Harbor Wire", "“Harbour policy cannot be run by any single county judge who decides to block every permit,” the Port Authority said.",
		"Delta Post", "“Harbour policy cannot be run by any single county judge who decides to block every permit,” Lena Marsh added in a statement.",
	))
	noConflictOf(t, body, ConflictAttribution, "the Port Authority and a person")
	joint := Analyze(articles(
		"Harbor Wire", "“Today’s ruling means our fight for fair treatment of every tenant will go on,” Tomas Reyes said.",
		"Delta Post", "“Today’s ruling means our fight for fair treatment of every tenant will go on,” Tomas Reyes and Ilse Varga said in a statement.",
	))
	noConflictOf(t, joint, ConflictAttribution, "a joint statement")
}
