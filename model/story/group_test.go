package story

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// partition renders stories as "a b | c", articles sorted within a story and
// stories sorted, so that a test can compare groupings whatever the order.
func partition(stories []Story) string {
	parts := make([]string, len(stories))
	for i, st := range stories {
		ids := slices.Clone(st.Articles)
		slices.Sort(ids)
		parts[i] = strings.Join(ids, " ")
	}
	slices.Sort(parts)
	return strings.Join(parts, " | ")
}

// undated returns the articles with their dates removed.
func undated(arts ...Article) []Article {
	out := make([]Article, len(arts))
	for i, a := range arts {
		out[i] = a
		out[i].Published = time.Time{}
	}
	return out
}

func TestGroupPartitions(t *testing.T) {
	tests := []struct {
		name     string
		articles []Article
		want     string
	}{
		{
			name:     "one event worded three ways is one story",
			articles: []Article{floodLedger, floodPost, floodWire},
			want:     "flood-ledger flood-post flood-wire",
		},
		{
			name:     "two hearings of one senator a week apart stay apart",
			articles: []Article{railLedger, drugLedger, railPost, drugPost, railWire},
			want:     "drug-ledger drug-post | rail-ledger rail-post rail-wire",
		},
		{
			name:     "the two hearings stay apart on their words alone",
			articles: undated(railLedger, drugLedger, railPost, drugPost, railWire),
			want:     "drug-ledger drug-post | rail-ledger rail-post rail-wire",
		},
		{
			name:     "the same day's other events stay apart",
			articles: []Article{railLedger, floodLedger, budgetWire, railPost, floodPost, floodWire},
			want:     "budget-wire | flood-ledger flood-post flood-wire | rail-ledger rail-post",
		},
		{
			name: "one event's reports a month apart are not grouped",
			articles: []Article{floodLedger, func() Article {
				a := floodPost
				a.Published = date(6).AddDate(0, 1, 0)
				return a
			}()},
			want: "flood-ledger | flood-post",
		},
		{
			name:     "a lone article is a story of its own",
			articles: []Article{budgetWire},
			want:     "budget-wire",
		},
		{
			name:     "articles with no text stand alone",
			articles: []Article{{ID: "a"}, {ID: "b", Title: "Untitled"}, {ID: "c", Text: "  \n "}},
			want:     "a | b | c",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := partition(Group(tc.articles)); got != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
		})
	}
}

func TestGroupWholeDay(t *testing.T) {
	all := []Article{railLedger, drugLedger, railPost, floodLedger, drugPost, budgetWire, floodPost, railWire, floodWire}
	if got, want := partition(Group(all)), "budget-wire | drug-ledger drug-post | flood-ledger flood-post flood-wire | rail-ledger rail-post rail-wire"; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestGroupStoryFields(t *testing.T) {
	arts := []Article{floodWire, railPost, floodPost, railLedger, budgetWire, floodLedger}
	got := Group(arts)
	want := []Story{
		// In the order of each story's first article in the input,
		// articles in input order; the ID from the earliest published
		// (ties: first given).
		{ID: "story-flood-post", Articles: []string{"flood-wire", "flood-post", "flood-ledger"}},
		{ID: "story-rail-post", Articles: []string{"rail-post", "rail-ledger"}},
		{ID: "story-budget-wire", Title: budgetWire.Title, Articles: []string{"budget-wire"}},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d stories %+v, want %d", len(got), got, len(want))
	}
	for i, w := range want {
		g := got[i]
		if g.ID != w.ID || !slices.Equal(g.Articles, w.Articles) {
			t.Errorf("story %d: got %s %v, want %s %v", i, g.ID, g.Articles, w.ID, w.Articles)
		}
		if w.Title != "" && g.Title != w.Title {
			t.Errorf("story %d: title %q, want %q", i, g.Title, w.Title)
		}
	}
	// A story's title is one of its own headlines.
	titles := map[string]string{}
	for _, a := range arts {
		titles[a.ID] = a.Title
	}
	for _, st := range got {
		found := false
		for _, id := range st.Articles {
			found = found || titles[id] == st.Title
		}
		if !found {
			t.Errorf("story %s: title %q is none of its headlines", st.ID, st.Title)
		}
	}
}

func TestGroupTitleIsMostCentral(t *testing.T) {
	// The wire report is the odd one out of the rail stories (a day later,
	// shorter); the title comes from one of the two that agree most.
	st := Group([]Article{railWire, railLedger, railPost})
	if len(st) != 1 {
		t.Fatalf("got %d stories, want 1", len(st))
	}
	if st[0].Title == railWire.Title {
		t.Errorf("title %q is the least central report's", st[0].Title)
	}
}

func TestGroupDuplicateIDs(t *testing.T) {
	a, b := budgetWire, floodLedger
	b.ID = a.ID
	got := Group([]Article{a, b})
	if len(got) != 2 || got[0].ID == got[1].ID {
		t.Fatalf("got %+v, want two stories with distinct IDs", got)
	}
	if got[0].ID != "story-budget-wire" || got[1].ID != "story-budget-wire-2" {
		t.Errorf("IDs %q %q, want story-budget-wire and story-budget-wire-2", got[0].ID, got[1].ID)
	}
}

func TestGroupEmpty(t *testing.T) {
	if got := Group(nil); got != nil {
		t.Errorf("Group(nil) = %+v, want nil", got)
	}
}

func TestGroupDeterministic(t *testing.T) {
	all := []Article{railLedger, drugLedger, railPost, floodLedger, drugPost, budgetWire, floodPost, railWire, floodWire}
	first := Group(all)
	for range 20 {
		again := Group(all)
		if len(again) != len(first) {
			t.Fatalf("run gave %d stories, first %d", len(again), len(first))
		}
		for i := range first {
			if again[i].ID != first[i].ID || again[i].Title != first[i].Title || !slices.Equal(again[i].Articles, first[i].Articles) {
				t.Fatalf("story %d differs between runs: %+v vs %+v", i, again[i], first[i])
			}
		}
	}
}
