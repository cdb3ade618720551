package model

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"
)

// articles builds documents from outlet → text pairs, one document per outlet.
func articles(pairs ...string) []Document {
	var docs []Document
	for i := 0; i+1 < len(pairs); i += 2 {
		id := strings.ToLower(strings.ReplaceAll(pairs[i], " ", "-"))
		docs = append(docs, Document{ID: id, Outlet: pairs[i], OutletSource: OutletFromMetadata, Text: pairs[i+1]})
	}
	return docs
}

// groupWith returns the group holding the claim of outlet whose text contains needle.
func groupWith(t *testing.T, a *Analysis, outlet, needle string) Group {
	t.Helper()
	for _, c := range a.Claims {
		d, _ := a.Document(c.Doc)
		if d.Outlet == outlet && strings.Contains(c.Text, needle) {
			g, ok := a.GroupOf(c.ID)
			if !ok {
				t.Fatalf("claim %s (%q) is in no group", c.ID, c.Text)
			}
			return g
		}
	}
	t.Fatalf("no claim of %s contains %q; claims: %v", outlet, needle, claimTexts(a))
	return Group{}
}

// groupWithFigure is groupWith for a claim about one figure of a sentence.
func groupWithFigure(t *testing.T, a *Analysis, outlet, figure string) Group {
	t.Helper()
	for _, c := range a.Claims {
		d, _ := a.Document(c.Doc)
		if d.Outlet != outlet || !hasFigure(c, figure) {
			continue
		}
		g, _ := a.GroupOf(c.ID)
		return g
	}
	t.Fatalf("no claim of %s has the figure %q; claims: %v", outlet, figure, claimTexts(a))
	return Group{}
}

func claimTexts(a *Analysis) []string {
	var out []string
	for _, c := range a.Claims {
		q := ""
		if f, ok := c.FigureOf(); ok {
			q = " [" + f.Text + "]"
		}
		out = append(out, c.Doc+": "+c.Text+q)
	}
	return out
}

func TestMillionBillionSlipConflicts(t *testing.T) {
	a := Analyze(articles(
		"Harbor Wire", "Lumina Streaming has about 3 million subscribers, the company said on Monday.",
		"Delta Post", "Lumina Streaming now counts 3 million paying subscribers across Europe, the company said.",
		"Quay Daily", "Lumina Streaming has more than 3 billion subscribers, according to its annual filing.",
	))
	g := groupWithFigure(t, a, "Quay Daily", "3 billion")
	if g.Verdict != Conflicting {
		t.Fatalf("verdict = %s (%s), want conflicting; claims %v", g.Verdict, g.Reason, claimTexts(a))
	}
	if !strings.Contains(g.Reason, "1,000×") {
		t.Errorf("reason %q does not name the 1,000× slip", g.Reason)
	}
	if len(g.Sides) != 2 || len(g.Outlets) != 3 {
		t.Errorf("sides %v outlets %v, want 2 sides over 3 outlets", g.Sides, g.Outlets)
	}
	if groupWithFigure(t, a, "Harbor Wire", "3 million").ID != g.ID {
		t.Error("the million claims are not in the conflicting group")
	}
}

func TestHedgedFiguresCorroborate(t *testing.T) {
	a := Analyze(articles(
		"Harbor Wire", "Orrin Foods said its revenue rose to $4.2 billion last year.",
		"Delta Post", "Orrin Foods reported revenue of approximately $4 billion for last year.",
		"Quay Daily", "The chain's revenue reached nearly $4.3 billion last year, Orrin Foods said.",
	))
	g := groupWithFigure(t, a, "Delta Post", "$4 billion")
	if g.Verdict != Corroborated || len(g.Outlets) != 3 {
		t.Fatalf("got %s over %v (%s), want corroborated by 3; claims %v", g.Verdict, g.Outlets, g.Reason, claimTexts(a))
	}
}

func TestDifferentThingsAreNotCompared(t *testing.T) {
	a := Analyze(articles(
		"Harbor Wire", "Orrin Foods closed three plants in Ohio after the recall, the company said.",
		"Delta Post", "Orrin Foods closed its Ohio plants for five days after the recall, the company said.",
	))
	for _, g := range a.Groups {
		if g.Verdict == Conflicting {
			t.Fatalf("plants and days were compared: %s", g.Reason)
		}
	}
}

func TestPartAndWholeAreNotAConflict(t *testing.T) {
	a := Analyze(articles(
		"Harbor Wire", "The recall idled 1,200 workers at the Dunmore plant, Orrin Foods said.",
		"Delta Post", "Orrin Foods employs 8,000 workers across the country, the company said.",
	))
	for _, g := range a.Groups {
		if g.Verdict == Conflicting {
			t.Fatalf("a plant's workers and the company's were called a conflict: %s", g.Reason)
		}
	}
}

func TestMisquoteConflicts(t *testing.T) {
	a := Analyze(articles(
		"Harbor Wire", "“We will not compromise the safety of our customers for a quarter’s profit,” said Mara Quill, the chief executive of Orrin Foods.",
		"Delta Post", "“We will never compromise the safety of our customers for a quarter’s profit,” Mara Quill of Orrin Foods said.",
	))
	g := groupWith(t, a, "Delta Post", "never compromise")
	if g.Verdict != Conflicting {
		t.Fatalf("verdict = %s, want conflicting misquote; claims %v", g.Verdict, claimTexts(a))
	}
	if !strings.Contains(g.Reason, "misquote") || !strings.Contains(g.Reason, "not") || !strings.Contains(g.Reason, "never") {
		t.Errorf("reason %q should name the changed words", g.Reason)
	}
}

func TestShorterExcerptOfAQuoteIsNotAMisquote(t *testing.T) {
	a := Analyze(articles(
		"Harbor Wire", "A Water Board spokesman said the agency does not discuss “the timing or scope of any open inquiry.”",
		"Delta Post", "The Water Board told reporters it does not discuss “the timing or scope of any open inquiry” as a rule.",
	))
	g := groupWith(t, a, "Delta Post", "open inquiry")
	if g.Verdict != Corroborated {
		t.Fatalf("verdict = %s (%s), want corroborated", g.Verdict, g.Reason)
	}
}

// Two quotations that begin with one phrase and then part ways are two
// passages, not one passage with words changed: no red mark.
func TestQuotesSharingAPhraseAreNoMisquote(t *testing.T) {
	a := Analyze(articles(
		"Harbor Wire", "“The chief executive of Orrin Foods was not telling the truth to the Water Board about the recall,” Mara Quill said.",
		"Delta Post", "Mara Quill said Tomas Reyes is “the chief executive of Orrin Foods and not the chief executive of the Water Board.”",
	))
	g := groupWith(t, a, "Delta Post", "not the chief executive")
	if g.Verdict == Conflicting {
		t.Fatalf("two passages sharing a phrase marked %s (%q)", g.Verdict, g.Reason)
	}
}

// A word pair in most sentences of a story is what the story is about ("the
// new budget plan"), not a fact two sentences share: it aligns nothing.
func TestTopicPairAlignsNothing(t *testing.T) {
	a := Analyze(articles(
		"Harbor Wire", "The new budget plan was approved by the city on Tuesday. The new budget plan raises the bus fare. "+
			"Critics of the new budget plan spoke at the hall. Under the new budget plan, the city will hire more teachers.",
		"Delta Post", "The mayor said the new budget plan would cut the deficit. Teachers oppose the new budget plan. "+
			"A vote on the new budget plan drew a crowd. The city will hire more teachers under the new budget plan, the mayor said.",
	))
	if g := groupWith(t, a, "Delta Post", "hire more teachers"); g.Verdict != Corroborated {
		t.Errorf("hiring more teachers: %s (%q), want corroborated", g.Verdict, g.Reason)
	}
	for _, needle := range []string{"Teachers oppose", "drew a crowd"} {
		if g := groupWith(t, a, "Delta Post", needle); g.Verdict != Single {
			t.Errorf("%q shares only the story's topic, yet is %s (%q); claims %v", needle, g.Verdict, g.Reason, claimTexts(a))
		}
	}
}

func TestSameWordsDifferentSpeakersConflict(t *testing.T) {
	a := Analyze(articles(
		"Harbor Wire", "Orrin Foods recalled its peanut butter after the Water Board found salmonella at the Dunmore plant. "+
			"“This was a failure of oversight from start to finish,” said Mara Quill, the chief executive of Orrin Foods.",
		"Delta Post", "The Water Board ordered the Orrin Foods recall after finding salmonella at the Dunmore plant. "+
			"“This was a failure of oversight from start to finish,” said Tomas Reyes, a spokesman for the Water Board.",
	))
	g := groupWith(t, a, "Delta Post", "failure of oversight")
	if g.Verdict != Conflicting || !strings.Contains(g.Reason, "credited") {
		t.Fatalf("got %s (%q), want a conflict of attribution; claims %v", g.Verdict, g.Reason, claimTexts(a))
	}
}

func TestOneOutletNeverCorroboratesItself(t *testing.T) {
	docs := articles(
		"Harbor Wire", "Orrin Foods recalled 40,000 jars of peanut butter on Friday, the company said.",
		"Harbor Wire", "Orrin Foods recalled 40,000 jars of peanut butter on Friday, the company said.",
	)
	docs[1].ID = "harbor-wire-update"
	a := Analyze(docs)
	for _, g := range a.Groups {
		if g.Verdict != Single {
			t.Fatalf("one outlet's two articles made a %s group: %+v", g.Verdict, g)
		}
	}
}

func TestLaterReportMaySupersede(t *testing.T) {
	docs := articles(
		"Harbor Wire", "Rescuers have freed eight miners from the Kestrel mine, officials said.",
		"Delta Post", "Rescuers have freed twelve miners from the Kestrel mine, officials said.",
	)
	docs[0].Published = time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	docs[1].Published = time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	a := Analyze(docs)
	g := groupWith(t, a, "Delta Post", "twelve")
	if g.Verdict != Conflicting || !strings.Contains(g.Reason, "later") {
		t.Fatalf("got %s (%q), want a conflict noting the later report", g.Verdict, g.Reason)
	}
}

func TestEveryClaimInExactlyOneGroup(t *testing.T) {
	a := Analyze(articles(
		"Harbor Wire", "Orrin Foods recalled 40,000 jars on Friday. The Water Board opened an inquiry into the Dunmore plant. “We acted fast,” said Mara Quill.",
		"Delta Post", "The Water Board said it opened an inquiry into the Dunmore plant on Friday. Orrin Foods recalled 45,000 jars, the company said.",
	))
	seen := map[string]int{}
	for _, g := range a.Groups {
		for _, id := range g.Claims {
			seen[id]++
		}
		if g.Verdict == Conflicting && len(g.Sides) < 2 {
			t.Errorf("conflicting group %s has %d sides", g.ID, len(g.Sides))
		}
	}
	if len(a.Claims) == 0 {
		t.Fatal("no claims found")
	}
	for _, c := range a.Claims {
		if seen[c.ID] != 1 {
			t.Errorf("claim %s is in %d groups", c.ID, seen[c.ID])
		}
		if d, _ := a.Document(c.Doc); d.Text[c.Start:c.End] != c.Text {
			t.Errorf("claim %s offsets do not match its text", c.ID)
		}
	}
}

func TestJSONShape(t *testing.T) {
	docs := articles("Harbor Wire", "Orrin Foods recalled 40,000 jars of peanut butter on Friday, the company said.")
	docs[0].Published = time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	b, err := json.Marshal(Analyze(docs))
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"version", "documents", "entities", "claims", "groups"} {
		if _, ok := got[k]; !ok {
			t.Errorf("JSON lacks %q: %s", k, b)
		}
	}
	doc := got["documents"].([]any)[0].(map[string]any)
	if doc["published"] != "2026-03-01" || doc["outlet_source"] != "metadata" || doc["words"].(float64) != 13 {
		t.Errorf("document JSON = %v", doc)
	}
	claim := got["claims"].([]any)[0].(map[string]any)
	for _, k := range []string{"id", "doc", "start", "end", "text", "quantities", "entities", "quote"} {
		if _, ok := claim[k]; !ok {
			t.Errorf("claim JSON lacks %q: %v", k, claim)
		}
	}
}

// wireText is a wire story in the project's own words, long enough to be recognised when reprinted.
const wireText = `Kestrel Mining said on Tuesday that it would close its Dunmore coal mine by the end of the year, ending more than a century of mining in the valley.
The company said about 1,200 workers would lose their jobs when the mine closes, and that it would offer retraining to those who want it.
Kestrel Mining blamed falling demand for coal and the rising cost of meeting new safety rules for the decision.
Local officials said the closure would hit the town of Dunmore hard, since the mine is its largest employer by far.`

func TestWireCopyIsOneSource(t *testing.T) {
	docs := articles(
		"Harbor Wire", wireText,
		"Delta Post", wireText+"\nThe Delta Post contributed to this report.",
	)
	a := Analyze(docs)
	d, _ := a.Document("delta-post")
	if d.CopyOf != "harbor-wire" {
		t.Fatalf("Delta Post's reprint is not marked as a copy of Harbor Wire: %+v", d)
	}
	g := groupWithFigure(t, a, "Delta Post", "1,200 workers")
	if g.Verdict != Single || !strings.Contains(g.Reason, "carried by Delta Post") {
		t.Errorf("a wire story and its reprint made %s (%s), want single, carried by Delta Post", g.Verdict, g.Reason)
	}

	docs = append(docs, Document{ID: "quay", Outlet: "Quay Daily", Text: "Kestrel Mining will close the Dunmore mine this year. " +
		"The closure will cost about 1,200 workers their jobs, the company told employees on Tuesday."})
	a = Analyze(docs)
	g = groupWithFigure(t, a, "Quay Daily", "1,200 workers")
	if g.Verdict != Corroborated || len(g.Outlets) != 3 || !strings.HasPrefix(g.Reason, "Harbor Wire and Quay Daily agree") {
		t.Errorf("got %s over %v (%s), want two independent sources agreeing", g.Verdict, g.Outlets, g.Reason)
	}
}

func TestReprintThatChangedAFigureConflicts(t *testing.T) {
	changed := strings.Replace(wireText, "about 1,200 workers", "about 2,100 workers", 1)
	a := Analyze(articles("Harbor Wire", wireText, "Delta Post", changed))
	g := groupWithFigure(t, a, "Delta Post", "2,100 workers")
	if g.Verdict != Conflicting {
		t.Errorf("a reprint that changed a figure is %s (%s), want conflicting", g.Verdict, g.Reason)
	}
}

func TestStoriesAreCrossCheckedApart(t *testing.T) {
	a := Analyze(articles(
		"Harbor Wire", wireText,
		"Delta Post", `The city council of Port Averill voted on Monday to build a new footbridge over the Sallow River, at a cost of about $12 million.
Council members said the bridge would open in 2028 and carry about 3,000 people a day between the old town and the rail station.`,
		"Quay Daily", `Port Averill's council approved a $12 million footbridge across the Sallow River on Monday.
The mayor said the bridge would link the rail station with the old town by 2028.`,
	))
	if len(a.Stories) != 2 {
		t.Fatalf("got %d stories, want 2: %+v", len(a.Stories), a.Stories)
	}
	storyOf := map[string]string{}
	for _, d := range a.Documents {
		storyOf[d.ID] = d.Story
	}
	if storyOf["delta-post"] != storyOf["quay-daily"] || storyOf["harbor-wire"] == storyOf["delta-post"] {
		t.Errorf("stories: %v", storyOf)
	}
	for _, g := range a.Groups {
		seen := map[string]bool{}
		for _, id := range g.Claims {
			c, _ := a.Claim(id)
			seen[storyOf[c.Doc]] = true
		}
		if len(seen) > 1 {
			t.Errorf("group %s spans stories: %v", g.ID, g.Claims)
		}
	}
	g := groupWithFigure(t, a, "Quay Daily", "$12 million")
	if g.Verdict != Corroborated {
		t.Errorf("the bridge's cost is %s (%s), want corroborated", g.Verdict, g.Reason)
	}
}

func TestStoryAnalysis(t *testing.T) {
	a := Analyze(articles(
		"Harbor Wire", wireText,
		"Delta Post", "Port Averill's council approved a $12 million footbridge across the Sallow River on Monday, the mayor said.",
	))
	if len(a.Stories) != 2 {
		t.Fatalf("got %d stories", len(a.Stories))
	}
	sub, ok := a.StoryAnalysis(a.Stories[1].ID)
	if !ok || len(sub.Documents) != 1 || len(sub.Stories) != 1 {
		t.Fatalf("story analysis: ok=%v docs=%d", ok, len(sub.Documents))
	}
	for _, c := range sub.Claims {
		if c.Doc != sub.Documents[0].ID {
			t.Errorf("claim %s of %s leaked into the story of %s", c.ID, c.Doc, sub.Documents[0].ID)
		}
		if _, ok := sub.GroupOf(c.ID); !ok {
			t.Errorf("claim %s lost its group", c.ID)
		}
	}
	if _, ok := a.StoryAnalysis("no-such-story"); ok {
		t.Error("an unknown story was found")
	}
}

// hasFigure reports whether the claim's own figure is written with the given text.
func hasFigure(c Claim, figure string) bool {
	f, ok := c.FigureOf()
	return ok && strings.Contains(f.Text, figure)
}

// Two outlets each stating the most a figure reaches disagree when their
// maxima differ, though each maximum would hold the other's value.
func TestDifferentMaximaConflict(t *testing.T) {
	a := Analyze(articles(
		"Harbor Wire", "The lawsuit against Orrin Foods covers as many as 1.5 million workers who say they were underpaid.",
		"Delta Post", "Orrin Foods faces a class action on behalf of up to 1.6 million workers who say they were underpaid.",
	))
	g := groupWithFigure(t, a, "Delta Post", "1.6 million")
	if g.Verdict != Conflicting {
		t.Fatalf("got %s (%s), want the two maxima in conflict; claims %v", g.Verdict, g.Reason, claimTexts(a))
	}
	if g.Conflict == nil || g.Conflict.Kind != ConflictValues {
		t.Errorf("conflict %+v, want kind values", g.Conflict)
	}

	// A plain level on the maximum's side, and a range of estimates whose top
	// is the other maximum, do not hide the conflict.
	b := Analyze(articles(
		"Harbor Wire", "The lawsuit against Orrin Foods covers as many as 1.5 million workers who say they were underpaid.",
		"Quay Daily", "The underpaid workers lawsuit against Orrin Foods covers 1.5 million workers in all.",
		"Delta Post", "Orrin Foods faces a class action on behalf of up to 1.6 million workers who say they were underpaid. "+
			"Estimates of how many workers the lawsuit covers run from 500,000 to 1.6 million.",
	))
	g = groupWithFigure(t, b, "Delta Post", "up to 1.6 million")
	if g.Verdict != Conflicting {
		t.Fatalf("got %s (%s), want the maxima in conflict; claims %v", g.Verdict, g.Reason, claimTexts(b))
	}
}

// A unit of measure says how much, not of what: two distances conflict when
// the words around them say what was measured.
func TestMeasurementsOfOneThingConflict(t *testing.T) {
	a := Analyze(articles(
		"Harbor Wire", "Hurricane Dora made landfall near Velmar with maximum sustained winds of 110 mph on Tuesday.",
		"Delta Post", "Hurricane Dora came ashore near Velmar on Tuesday with maximum sustained winds of 140 mph.",
	))
	if g := groupWithFigure(t, a, "Delta Post", "140 mph"); g.Verdict != Conflicting {
		t.Errorf("got %s (%s), want the two wind speeds in conflict; claims %v", g.Verdict, g.Reason, claimTexts(a))
	}
}

// A day of the month that two outlets each give once is one date, however
// unlike their sentences, and a quotation's date counts: it dates the event.
func TestOneDayOfTheMonthCorroborates(t *testing.T) {
	lead := "Harbor chief Ilse Varga resigned on Thursday in a letter to the Velmar harbor board.\n\n"
	a := Analyze(articles(
		"Harbor Wire", lead+"“The end date for my tenure is February 28, which gives the board time to name a successor,” Ilse Varga wrote in her letter.",
		"Delta Post", lead+"The harbor chief's letter to the board says her final day in office will be Feb. 28.",
	))
	if g := groupWithFigure(t, a, "Delta Post", "Feb. 28"); g.Verdict != Corroborated {
		t.Fatalf("got %s (%s), want Feb. 28 corroborated by the letter's date; claims %v", g.Verdict, g.Reason, claimTexts(a))
	}
}

// A share two outlets give in one sentence worded alike is a conflict,
// though shares in unlike sentences are of other polls or groups.
func TestShareInAlikeSentencesConflicts(t *testing.T) {
	a := Analyze(articles(
		"Harbor Wire", "Unemployment in Velmar rose to 4.1 percent in May, the harbor board said on Friday.",
		"Delta Post", "Unemployment in Velmar rose to 4.6 percent in May, the harbor board said Friday.",
	))
	if g := groupWithFigure(t, a, "Delta Post", "4.6 percent"); g.Verdict != Conflicting {
		t.Fatalf("got %s (%s), want 4.1 and 4.6 percent in conflict; claims %v", g.Verdict, g.Reason, claimTexts(a))
	}
}

// One outlet misspelling a person's name in a fact others state is a
// conflict of names; another person in the same role is not.
func TestMisspeltNameConflicts(t *testing.T) {
	a := Analyze(articles(
		"Harbor Wire", "Police identified the driver as Martin Oakenfield, 52, of Dunmore.",
		"Delta Post", "The driver, Martin Oakenfeld, 52, was taken into custody in Dunmore.",
		"Quay Daily", "Authorities named the driver as Martin Oakenfield, 52, a Dunmore resident.",
	))
	// A spelling that drops the end of the name is still near it.
	c := Analyze(articles(
		"Harbor Wire", "Police identified the driver as Peter Lindqvist, 52, of Dunmore.",
		"Delta Post", "The driver, Peter Lindqvi, 52, was taken into custody in Dunmore.",
	))
	if !slices.ContainsFunc(c.Groups, func(g Group) bool { return g.Conflict != nil && g.Conflict.Kind == ConflictName }) {
		t.Errorf("Lindqvi/Lindqvist: no name conflict; groups %+v", c.Groups)
	}
	var found *Group
	for i, g := range a.Groups {
		if g.Conflict != nil && g.Conflict.Kind == ConflictName {
			found = &a.Groups[i]
		}
	}
	if found == nil {
		t.Fatalf("no name conflict; groups %+v", a.Groups)
	}
	if !strings.Contains(found.Reason, "Oakenfeld") || !strings.Contains(found.Reason, "Oakenfield") {
		t.Errorf("reason %q does not show both spellings", found.Reason)
	}

	// A transliteration's other ending is house style, not a misspelling.
	d := Analyze(articles(
		"Harbor Wire", "Police identified the driver as Karim Morsi, 52, of Dunmore.",
		"Delta Post", "The driver, Karim Morsy, 52, was taken into custody in Dunmore.",
	))
	noConflictOf(t, d, ConflictName, "Morsi/Morsy: a transliteration")

	b := Analyze(articles(
		"Harbor Wire", "His communications director, Lena Marsh, filed the complaint in 2014.",
		"Delta Post", "His communications director, Paul Reyes, left the office in 2016.",
	))
	noConflictOf(t, b, ConflictName, "two different people")
}

// noConflictOf fails when an analysis holds a conflict of one kind.
func noConflictOf(t *testing.T, a *Analysis, kind ConflictKind, what string) {
	t.Helper()
	for _, g := range a.Groups {
		if g.Conflict != nil && g.Conflict.Kind == kind {
			t.Errorf("%s was marked red (%s): %s", what, kind, g.Reason)
		}
	}
}

// A date of another year is never a rival of a date written without one:
// placed by the day the report was published, it is another occasion.
func TestDateOfAnotherYearIsNoRival(t *testing.T) {
	docs := articles(
		"Harbor Wire", "Defense chief Ada Brell will leave the department at the end of February, the president said.",
		"Delta Post", "Ada Brell will leave the department on January 1, the president said on Sunday. "+
			"Brell, who led the southern command, won confirmation as defense chief on Jan. 20, 2017, after a long fight.",
		"Quay Daily", "The president said Ada Brell will leave the department in February.",
	)
	for i := range docs {
		docs[i].Published = time.Date(2018, 12, 23, 0, 0, 0, 0, time.UTC)
	}
	a := Analyze(docs)
	if g := groupWithFigure(t, a, "Delta Post", "Jan. 20, 2017"); g.Verdict == Conflicting {
		t.Errorf("a 2017 confirmation date is in conflict %s (%s)", g.ID, g.Reason)
	}
}

// A name with its suffix ("Jr.") is the same person's, and so is the age.
func TestAgeAfterNameSuffixCorroborates(t *testing.T) {
	a := Analyze(articles(
		"Harbor Wire", "Police named the suspect as Tomas Reyes Jr., 56, of Dunmore, late on Friday.",
		"Delta Post", "The suspect, Tomas Reyes, 56, was held without bail in the county jail.",
	))
	g := groupWithFigure(t, a, "Delta Post", "56")
	if g.Verdict != Corroborated {
		t.Errorf("the suspect's age: %s (%s), want corroborated; claims %v", g.Verdict, g.Reason, claimTexts(a))
	}
}

// Ages decades apart under one surname are a father's and a son's, not one
// age misreported; a year apart they are one person's.
func TestAgesFarApartAreTwoPeople(t *testing.T) {
	a := Analyze(articles(
		"Harbor Wire", "When Tomas Reyes, 48, takes the stage in Dunmore on Tuesday, his campaign begins.",
		"Delta Post", "The elder Reyes, 77, was not given a speaking role at the rally in Dunmore.",
		"Quay Daily", "Tomas Reyes, 49, will announce his campaign in Dunmore on Tuesday.",
	))
	if g := groupWithFigure(t, a, "Delta Post", "77"); g.Verdict == Conflicting {
		t.Errorf("two people's ages: %s (%s), want no conflict; claims %v", g.Verdict, g.Reason, claimTexts(a))
	}
	if g := groupWithFigure(t, a, "Quay Daily", "49"); g.Verdict != Conflicting {
		t.Errorf("one person's age a year apart: %s (%s), want a conflict; claims %v", g.Verdict, g.Reason, claimTexts(a))
	}
}

// A sentence that opens in a past year ("In 2009, …") tells of that year: its
// count is no rival of today's.
func TestCountOfAnOpeningPastYearIsAnotherMoment(t *testing.T) {
	docs := articles(
		"Harbor Wire", "In 2009, voters in 11 harbour towns approved a ban on night ferries by a wide margin.",
		"Delta Post", "Today 13 harbour towns ban night ferries, while the rest allow them on weekends.",
	)
	for i := range docs {
		docs[i].Published = time.Date(2015, 6, 26, 0, 0, 0, 0, time.UTC)
	}
	a := Analyze(docs)
	if g := groupWithFigure(t, a, "Harbor Wire", "11 harbour towns"); g.Verdict == Conflicting {
		t.Errorf("a 2009 count against today's: %s (%s), want no conflict; claims %v", g.Verdict, g.Reason, claimTexts(a))
	}
	docs[0].Text = "Six years ago, voters in 11 harbour towns approved a ban on night ferries by a wide margin."
	a = Analyze(docs)
	if g := groupWithFigure(t, a, "Harbor Wire", "11 harbour towns"); g.Verdict == Conflicting {
		t.Errorf("a count of six years ago against today's: %s (%s), want no conflict; claims %v", g.Verdict, g.Reason, claimTexts(a))
	}
}

// A stock phrase in two people's different words is neither the same
// quotation nor one credited to the wrong person; a quotation standing alone
// after its speaker's credited one, in the same paragraph, is theirs.
func TestStockPhraseOfTwoSpeakersIsNeither(t *testing.T) {
	a := Analyze(articles(
		"Harbor Wire", "Orrin Foods sued the Water Board over the Dunmore plant closure on Monday.\n\n"+
			"“I think the lawsuit shows the board is on the wrong side of history,” Mara Quill said.",
		"Delta Post", "Orrin Foods filed suit against the Water Board on Monday over the Dunmore plant.\n\n"+
			"“The board has wasted a year and the money of every family in Dunmore,” Tomas Reyes said. "+
			"“Its members should resign now, because they are on the wrong side of history.”",
	))
	g := groupWith(t, a, "Delta Post", "wrong side of history")
	if g.Verdict != Single {
		t.Errorf("got %s (%s), want the two speakers' lines kept apart; claims %v", g.Verdict, g.Reason, claimTexts(a))
	}
}

// Two different quotations of one speaker, each with the same credit, are two
// facts however alike their sentences.
func TestTwoQuotationsOfOneSpeakerAreTwoFacts(t *testing.T) {
	a := Analyze(articles(
		"Harbor Wire", "“The plant has been dumping waste into the river for years,” Water Board chair Lena Marsh said at a news conference.",
		"Delta Post", "“We will not allow the company to reopen until the tests are clean,” Water Board chair Lena Marsh said in a statement.",
	))
	g := groupWith(t, a, "Delta Post", "reopen")
	if g.Verdict != Single {
		t.Errorf("got %s (%s), want two quotations kept apart", g.Verdict, g.Reason)
	}
}

// Two sentences that share only "<name> said" say different things: a
// reporting word joins no pair of words that would make them one.
func TestSpeakerAndReportingWordAreNoSharedPhrase(t *testing.T) {
	a := Analyze(articles(
		"Harbor Wire", "Orrin Foods sued the Water Board over the Dunmore plant closure on Monday.\n\n"+
			"Lawyer Piet Garland said that the inspectors had ignored three years of complaints.",
		"Delta Post", "Orrin Foods filed suit against the Water Board on Monday over the Dunmore plant.\n\n"+
			"Mr. Garland said that was not the point of the hearing.",
	))
	g := groupWith(t, a, "Delta Post", "not the point")
	if g.Verdict != Single {
		t.Errorf("got %s (%s), want the two remarks kept apart; claims %v", g.Verdict, g.Reason, claimTexts(a))
	}
}

// A bare number that a verb of change points to counts the verb's subject:
// "apprehensions have dropped to 310,000" is a count of arrests, which
// another outlet's "about 450,000 arrests" contradicts, while the peak both
// give agrees.
func TestBareNumberCountsTheChangedNoun(t *testing.T) {
	a := Analyze(articles(
		"Harbor Wire", "The Coast Patrol of Velmar published its yearly smuggling report on Monday.\n\n"+
			"Officers made about 450,000 arrests last year, far below the 1.2 million arrests of 2005.",
		"Delta Post", "The Coast Patrol of Velmar released its yearly report on smuggling on Monday.\n\n"+
			"Coastal apprehensions have dropped in recent years, to 310,000 last fiscal year from a peak of 1.2 million in 2005.",
	))
	if g := groupWithFigure(t, a, "Delta Post", "310,000"); g.Verdict != Conflicting {
		t.Errorf("310,000: got %s (%s), want a conflict with 450,000 arrests; claims %v", g.Verdict, g.Reason, claimTexts(a))
	}
	if g := groupWithFigure(t, a, "Delta Post", "1.2 million"); g.Verdict != Corroborated {
		t.Errorf("1.2 million: got %s (%s), want it corroborated", g.Verdict, g.Reason)
	}
}

// A weekday is the date of its event: two outlets that file the same suit
// on Thursday agree on the day, while a day that dates only the telling
// ("said Tuesday") is no fact, and two different days are never a conflict.
func TestWeekdaysDateTheirEvent(t *testing.T) {
	a := Analyze(articles(
		"Harbor Wire", "Orrin Foods filed a lawsuit against the Water Board in federal court on Thursday over the Dunmore plant closure.\n\n"+
			"The board's lawyers met the plant's owners on Friday to discuss the closure.\n\nThe company said Tuesday that talks would go on.",
		"Delta Post", "Orrin Foods filed its lawsuit against the Water Board in federal court Thursday, over the closure of the Dunmore plant.\n\n"+
			"The board's lawyers met the plant's owners on Saturday to discuss the closure.",
	))
	if g := groupWithFigure(t, a, "Delta Post", "Thursday"); g.Verdict != Corroborated {
		t.Errorf("Thursday: got %s (%s), want the filing's day corroborated; claims %v", g.Verdict, g.Reason, claimTexts(a))
	}
	if g := groupWithFigure(t, a, "Delta Post", "Saturday"); g.Verdict == Conflicting {
		t.Errorf("Saturday: got a conflict (%s); a weekday alone never makes one", g.Reason)
	}
	for _, c := range a.Claims {
		if f, ok := c.FigureOf(); ok && f.Text == "Tuesday" {
			t.Errorf("the telling's day %q became a fact: %s", f.Text, c.Text)
		}
	}
}

// Two spans of time about one office in sentences that say different things
// are two facts: how long its terms run is not how long someone served.
func TestSpansInUnlikeSentencesDoNotConflict(t *testing.T) {
	a := Analyze(articles(
		"Harbor Wire", "The mayor named three finalists for chief of the Velmar Port Authority on Wednesday.\n\n"+
			"The mayor met Ilse Varga and two other finalists, including Tomas Reyes, a harbor pilot who retired as deputy director after he served in the Port Authority for 24 years.",
		"Delta Post", "The mayor named three finalists to lead the Velmar Port Authority on Wednesday.\n\n"+
			"Her age, 71, could count against her, aides said, given that Port Authority directors serve 10-year terms.",
	))
	if g := groupWithFigure(t, a, "Delta Post", "10-year"); g.Verdict == Conflicting {
		t.Errorf("10-year terms: got a conflict (%s), want the term and the career kept apart", g.Reason)
	}
}

// Figures that look like rivals but are not, each from a kind of wrong red
// mark found on unseen news: two candidates' shares, two indexes listed side
// by side, a count in points, two dates of two events, and one name spelt
// with and without its accent.
func TestLookAlikeFiguresAreNoConflict(t *testing.T) {
	lead := "Voters in Velmar chose a new harbor board on Tuesday, and markets in the port city fell the same day.\n\n"
	tests := []struct {
		name, a, b, figure string
	}{
		{"two candidates' shares", "Ilse Varga won 41 percent of the vote in the harbor board race.",
			"Tomas Reyes took 35 percent of the vote in the harbor board race.", "35 percent"},
		{"a list of two indexes", "The Velmar Composite closed down 1.8%, while the Harbor Index lost 2.9%.",
			"The Harbor Index slid 1.8% and the Velmar Composite was down 2.9% at the close.", "1.8%"},
		{"a count in points", "The Velmar Composite lost 412 points in the sell-off.",
			"The Harbor Index shed 290 points in the sell-off.", "290 points"},
		{"dates of two events", "The harbor board will be sworn in on March 3.",
			"Ballots were mailed to voters on February 10.", "February 10"},
		{"money for two programs", "The port budget would provide $2.8 billion that is meant to fund the dredging program.",
			"Other unspent funds that would be cancelled include $4.3 billion for a crane technology program.", "$4.3 billion"},
		{"shares in two polls", "A Coastal Herald poll released Thursday showed 49 percent of voters favor a harbor casino, while 46 percent oppose it.",
			"Though polls now show that more than 50 percent of residents back the casino, he notes that 31 towns have passed laws against gambling.", "more than 50 percent"},
		{"people already named", "The two men will shake hands on neutral ground as Mayor Varga tries to win over the guild.",
			"When a reporter asked Mayor Varga whether the return of the three men was her proudest achievement, she said it was a part of it.", "three men"},
		{"a margin listed beside its rival", "Velmar voted to join the harbor league by nearly 52% to 48% in 2016.",
			"In 2016, 52 percent of Velmar voters chose to join the harbor league.", "52 percent"},
		{"years of two events", "Mayor Ilse Varga forced out then-Harbor Board director Tomas Reyes in 1993 after he came under a cloud for ethics violations.",
			"It went on into the 1990s, coming to a boil in 1997 when then-Harbor Board director Lena Marsh answered a council query.", "1997"},
		{"ages of two nominees", "The 53-year-old judge was runner-up to Thomas Reyes the last time the mayor chose a harbor court nominee.",
			"Like the 50-year-old Thomas Reyes, the nominee could serve on the harbor court for decades.", "50-year-old"},
		{"an age of no one named", "The suspected shooter was a 26-year-old man from the harbor district, police said.",
			"The report said the shooter, then aged 21, had made threats against the harbor police.", "21"},
		{"two brothers' ages", "Police said Deniz Oskan, 19, was taken into custody on Friday night.",
			"His brother, Tamar Oskan, 26, was killed on Friday in a gun battle with police.", "26"},
		{"an age of one of two brothers", "Daniel Oskan was arrested by harbor police on Friday night after a long search of the docks. Oskan, 19, remains in serious condition, police said.",
			"Oskan and his brother, Tamar Oskan, 26, are suspected of the harbor bombing.", "26"},
		{"distances of two things", "Tropical storm-force winds extend 175 miles from the center of Hurricane Dora.",
			"Hurricane Dora was 435 miles southeast of Velmar and moving northwest at 16 mph.", "435 miles"},
		{"one of a sentence's two counts", "Reyes has won eight of the last nine harbor board contests.",
			"Of the last eight harbor board contests, Varga has won seven.", "eight harbor board contests"},
	}
	for _, tt := range tests {
		a := Analyze(articles("Harbor Wire", lead+tt.a, "Delta Post", lead+tt.b))
		if g := groupWithFigure(t, a, "Delta Post", tt.figure); g.Verdict == Conflicting {
			t.Errorf("%s: %s is in a conflict (%s)", tt.name, tt.figure, g.Reason)
		}
	}
	a := Analyze(articles(
		"Harbor Wire", lead+"Governor Ricardo Montalbán said the board would meet on Friday.",
		"Delta Post", lead+"Governor Ricardo Montalban said the board would meet on Friday.",
	))
	if g := groupWith(t, a, "Delta Post", "Montalban"); g.Verdict == Conflicting {
		t.Errorf("a name with and without its accent is in a conflict (%s)", g.Reason)
	}
}

// Two people's words are two quotations, never a misquote of one another.
func TestTwoPeoplesWordsAreNoMisquote(t *testing.T) {
	a := Analyze(articles(
		"Harbor Wire", "Orrin Foods sued the Water Board over the Dunmore plant on Monday.\n\n"+
			"“Yes, it is a fight for the families of Dunmore and for their river,” Mara Quill said.",
		"Delta Post", "Orrin Foods filed suit against the Water Board on Monday over the Dunmore plant.\n\n"+
			"“It's a fight for the families of Dunmore and for our jobs,” said Tomas Reyes.",
	))
	if g := groupWith(t, a, "Delta Post", "for our jobs"); g.Verdict == Conflicting {
		t.Errorf("got a conflict (%s), want two speakers' lines kept apart", g.Reason)
	}
}

// A wire service credited for words passes them on: "…, the Associated
// Press reported" is no second speaker against the mayor who said them.
func TestWireServiceIsNoSecondSpeaker(t *testing.T) {
	a := Analyze(articles(
		"Harbor Wire", "Velmar opened its harbor bridge to traffic on Monday.\n\n"+
			"Mayor Lena Marsh, speaking at the ribbon cutting, said “the bridge will carry twenty thousand cars a day by the summer,” the Associated Press reported.",
		"Delta Post", "Velmar opened the harbor bridge to traffic on Monday.\n\n"+
			"“The bridge will carry twenty thousand cars a day by the summer,” Mayor Lena Marsh said.",
	))
	if g := groupWith(t, a, "Delta Post", "twenty thousand cars"); g.Verdict == Conflicting {
		t.Errorf("got a conflict (%s), want the mayor's words credited to her by both", g.Reason)
	}
}

// An organisation the words are "according to" passes them on: "…,
// according to the Harbor Ledger" is no second speaker against the traveller
// who wrote them.
func TestAccordingToAPaperIsNoSecondSpeaker(t *testing.T) {
	a := Analyze(articles(
		"Harbor Wire", "A student from Velmar was turned back at the harbor border on Monday.\n\n"+
			"After a long wait, he said, a guard “took my phone and read every message I had sent to my friends back home,” according to the Harbor Ledger.",
		"Delta Post", "A Velmar student was refused entry at the harbor border on Monday.\n\n"+
			"“A guard took my phone and read every message I had sent to my friends back home,” Tomas Reyes wrote, according to the Harbor Ledger.",
	))
	if g := groupWith(t, a, "Delta Post", "every message"); g.Verdict == Conflicting {
		t.Errorf("got a conflict (%s), want the student's words credited alike", g.Reason)
	}
}

// A spokeswoman speaks for the person she names: the same words credited to
// her and to that person are one credit.
func TestSpokeswomanAndHerPrincipalAreOneCredit(t *testing.T) {
	a := Analyze(articles(
		"Harbor Wire", "The harbor closure entered its third week on Sunday.\n\n"+
			"“Mrs. Quill hates to see the river closed and hopes both towns can finally agree on a plan for the docks,” said her spokeswoman Lena Marsh.",
		"Delta Post", "The harbor closure went into a third week on Sunday.\n\n"+
			"Mara Quill said she “hates to see the river closed and hopes both towns can finally agree on a plan for the docks.”",
	))
	if g := groupWith(t, a, "Delta Post", "hates to see"); g.Verdict == Conflicting {
		t.Errorf("got a conflict (%s), want the spokeswoman's words and her principal's one credit", g.Reason)
	}
}

// In a story of many outlets, one outlet's only count of a thing is one of
// the many counts such a story holds: two such counts in unlike sentences
// are no conflict, as they are between the few outlets of one event.
func TestCountsInAManyOutletStoryNeedAlikeSentences(t *testing.T) {
	lead := "The harbor board of Velmar released its review of the dock collapse on Monday.\n\n"
	pair := []string{
		"Harbor Wire", lead + "Three Velmar officials described the review as incomplete and said it let the board off the hook.",
		"Delta Post", lead + "Four Velmar officials were suspended shortly after the review of the collapse came out.",
	}
	few := Analyze(articles(pair...))
	if g := groupWithFigure(t, few, "Delta Post", "Four Velmar officials"); g.Verdict != Conflicting {
		t.Fatalf("two outlets: got %s (%s), want the two counts in conflict; claims %v", g.Verdict, g.Reason, claimTexts(few))
	}
	many := Analyze(articles(append(pair,
		"Quay Daily", lead+"The review was ordered by the mayor after the collapse in March.",
		"Coast Times", lead+"Engineers had warned the board about the docks for years, the review found.")...))
	if g := groupWithFigure(t, many, "Delta Post", "Four Velmar officials"); g.Verdict == Conflicting {
		t.Errorf("four outlets: got a conflict (%s), want none", g.Reason)
	}
}

// A few words of a quotation, printed unbroken inside another outlet's whole
// quotation, are an excerpt of it: one quotation, unless two people are
// credited with them.
func TestExcerptOfAQuotationCorroborates(t *testing.T) {
	lead := "The mayor of Velmar spoke about the harbor deal on Tuesday.\n\n"
	a := Analyze(articles(
		"Harbor Wire", lead+"“I think it is important for the council to examine the deal, look at the facts, have a debate, but get this done,” Mayor Lena Marsh said.",
		"Delta Post", lead+"Beside the fishing fleet and the new cranes at the north pier, with dock workers and union stewards watching, Marsh told reporters the work must be finished and “get this done.”",
	))
	if g := groupWith(t, a, "Delta Post", "get this done"); g.Verdict != Corroborated {
		t.Errorf("got %s (%s), want the excerpt corroborated; claims %v", g.Verdict, g.Reason, claimTexts(a))
	}
	b := Analyze(articles(
		"Harbor Wire", lead+"“I think it is important for the council to examine the deal, look at the facts, have a debate, but get this done,” Mayor Lena Marsh said.",
		"Delta Post", lead+"Beside the fishing fleet and the new cranes at the north pier, with dock workers and union stewards watching, port chief Tomas Reyes told reporters the work must be finished and “get this done.”",
	))
	if g := groupWith(t, b, "Delta Post", "get this done"); g.Verdict == Corroborated {
		t.Errorf("got %s (%s), want two speakers' words kept apart", g.Verdict, g.Reason)
	}
}

// How many sources an outlet has is its own affair: "two sources" in one
// report and "three sources" in another tell the same thing, not a conflict.
func TestSourceCountsAreNoConflict(t *testing.T) {
	a := Analyze(articles(
		"Harbor Wire", "Two sources familiar with the talks said the Water Board would close the Dunmore plant in March.",
		"Delta Post", "Three sources familiar with the talks said the Water Board would close the Dunmore plant in March.",
	))
	if g := groupWithFigure(t, a, "Delta Post", "Three sources"); g.Verdict == Conflicting {
		t.Errorf("two against three sources: %s (%q), want no conflict", g.Verdict, g.Reason)
	}
	if g := groupWith(t, a, "Delta Post", "close the Dunmore plant"); g.Verdict == Conflicting {
		t.Errorf("the report itself: %s (%q), want no conflict", g.Verdict, g.Reason)
	}
}
