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

// A speaker's name misspelt by one outlet is one speaker, not the words
// credited to someone else.
func TestMisspeltSpeakerIsNoAttributionConflict(t *testing.T) {
	a := Analyze(articles(
		"Harbor Wire", "The comedian Seth Meyers spoke at length on Sunday night about his feud with the mayor of Dunmore. "+
			"“In 2015, I told some jokes about the mayor at the harbour dinner, jokes about how he could not run a ferry,” Meyers said.",
		"Delta Post", "Seth Meyers did not hold back on Sunday, and the mayor's office declined to say more. "+
			"“In 2015, I told some jokes about the mayor at the harbour dinner, jokes about how he could not run a ferry,” Mayers said.",
	))
	noConflictOf(t, a, ConflictAttribution, "one speaker spelt two ways")
	g := groupWith(t, a, "Delta Post", "harbour dinner")
	if g.Verdict != Corroborated {
		t.Errorf("got %s (%s), want the quotation corroborated", g.Verdict, g.Reason)
	}
}
