package model

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// threeStories is a pile of three invented stories, two outlets each.
func threeStories() []Document {
	return articles(
		"Harbor Wire", "Kestrel Mining will close the Dunmore mine this year, cutting about 1,200 jobs, the company said on Tuesday.",
		"Delta Post", "The city council of Port Averill voted on Monday to build a footbridge over the Sallow River for about $12 million.",
		"Quay Daily", "Kestrel Mining said on Tuesday it would shut its Dunmore mine, with some 1,200 workers losing their jobs.",
		"North Ledger", "Port Averill's council approved a $12 million footbridge across the Sallow River on Monday.",
		"Bay Courier", "A storm knocked out power to 40,000 homes in Calder County overnight, the utility said on Friday.",
		"East Herald", "About 40,000 Calder County homes lost power in an overnight storm, the utility said on Friday.",
	)
}

func TestStreamEmitsStoriesInOrderNumberedAsAnalyze(t *testing.T) {
	whole := Analyze(threeStories())
	var parts []*Analysis
	Stream(threeStories(), DefaultConfig(), func(a *Analysis) { parts = append(parts, a) })
	if len(parts) != len(whole.Stories) || len(parts) != 3 {
		t.Fatalf("%d parts, %d stories; want 3", len(parts), len(whole.Stories))
	}
	var claims, groups []string
	for k, p := range parts {
		if len(p.Stories) != 1 || p.Stories[0].ID != whole.Stories[k].ID {
			t.Errorf("part %d is story %v, want %s", k, p.Stories, whole.Stories[k].ID)
		}
		for _, c := range p.Claims {
			claims = append(claims, c.ID+" "+c.Text)
			if _, ok := p.GroupOf(c.ID); !ok {
				t.Errorf("claim %s of part %d has no group in its part", c.ID, k)
			}
		}
		for _, g := range p.Groups {
			groups = append(groups, fmt.Sprintf("%s %s %v", g.ID, g.Verdict, g.Claims))
		}
	}
	var wantClaims, wantGroups []string
	for _, c := range whole.Claims {
		wantClaims = append(wantClaims, c.ID+" "+c.Text)
	}
	for _, g := range whole.Groups {
		wantGroups = append(wantGroups, fmt.Sprintf("%s %s %v", g.ID, g.Verdict, g.Claims))
	}
	if strings.Join(claims, "\n") != strings.Join(wantClaims, "\n") || strings.Join(groups, "\n") != strings.Join(wantGroups, "\n") {
		t.Errorf("streamed parts differ from the whole analysis:\nclaims %v\nwant   %v\ngroups %v\nwant   %v", claims, wantClaims, groups, wantGroups)
	}
	for i, d := range whole.Documents {
		if d.ID != threeStories()[i].ID && !strings.HasPrefix(d.ID, threeStories()[i].ID) {
			t.Errorf("document %d is %s: the whole analysis keeps the order given", i, d.ID)
		}
	}
}

// StreamGrouped says how many stories there are before the first is
// emitted, once, and emits what Stream emits.
func TestStreamGroupedCountsFirst(t *testing.T) {
	var events []string
	StreamGrouped(threeStories(), DefaultConfig(), func(n int) { events = append(events, fmt.Sprintf("grouped %d", n)) },
		func(a *Analysis) { events = append(events, "story "+a.Stories[0].ID) })
	var want []string
	Stream(threeStories(), DefaultConfig(), func(a *Analysis) { want = append(want, "story "+a.Stories[0].ID) })
	want = append([]string{"grouped 3"}, want...)
	if strings.Join(events, "\n") != strings.Join(want, "\n") {
		t.Errorf("events:\n%s\nwant:\n%s", strings.Join(events, "\n"), strings.Join(want, "\n"))
	}
}

// One entity named in two stories is one entity of the pile, with the
// mentions of both.
func TestEntitiesAcrossStoriesAreOne(t *testing.T) {
	a := Analyze(threeStories())
	n := 0
	for _, e := range a.Entities {
		if e.Name == "Port Averill" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("Port Averill is %d entities, want one", n)
	}
}

// A sentence listing more figures than the limit is read up to the limit,
// and the document says so; a story with more claims than the limit is
// cross-checked up to it, and the story says so. Nothing else is lost.
func TestLimitsLeaveANote(t *testing.T) {
	var b strings.Builder
	b.WriteString("The tally lists ")
	for i := 1; i <= 60; i++ {
		fmt.Fprintf(&b, "%d votes in ward %d, ", 100+i, i)
	}
	b.WriteString("and nothing else.\nKestrel Mining will close the Dunmore mine, cutting about 1,200 jobs, the company said.")
	cfg := DefaultConfig()
	cfg.MaxFiguresPerSentence = 10
	a := AnalyzeWith(articles("Harbor Wire", b.String(), "Delta Post", "Kestrel Mining will shut the Dunmore mine and about 1,200 jobs will go, the company said."), cfg)
	d, _ := a.Document("harbor-wire")
	if !strings.Contains(d.Note, "figures left unread") {
		t.Errorf("note %q does not say figures were left out", d.Note)
	}
	if groupWithFigure(t, a, "Harbor Wire", "1,200").ID == "" {
		t.Error("the rest of the article was lost")
	}
	out, _ := json.Marshal(d)
	if !strings.Contains(string(out), `"note":`) {
		t.Errorf("the note is not in the JSON: %s", out)
	}

	cfg = DefaultConfig()
	cfg.MaxClaimsPerStory = 2
	pile := threeStories()
	a = AnalyzeWith([]Document{pile[0], pile[2]}, cfg)
	if len(a.Stories) != 1 || len(a.Claims) <= 2 {
		t.Fatalf("want one story of more than 2 claims, got %d stories, %d claims", len(a.Stories), len(a.Claims))
	}
	if notes := strings.Join(a.Stories[0].Notes, " "); !strings.Contains(notes, "only the first 2") {
		t.Errorf("story notes %q do not say claims were left unchecked", notes)
	}
	for _, c := range a.Claims {
		if _, ok := a.GroupOf(c.ID); !ok {
			t.Errorf("claim %s lost its group", c.ID)
		}
	}
}
