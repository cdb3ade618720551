package story

import (
	"testing"

	"parallax/ui/internal/fixture"
)

func TestSplit(t *testing.T) {
	ss := Split(fixture.Stories())
	want := []struct {
		id, title         string
		docs, conflicts   int
		outlets, claims   int
		firstDoc, copyDoc string
		copyOutlet        string
	}{
		{"bridge", "Council backs the new harbour bridge", 4, 2, 4, 9, "herald", "", ""},
		{"library", "Library roof gives way after storm", 3, 1, 2, 3, "gazette", "courier", "North Shore Gazette"},
		{"ferry", "Ferry timetable changes in April", 1, 0, 1, 1, "island", "", ""},
	}
	if len(ss) != len(want) {
		t.Fatalf("%d stories, want %d", len(ss), len(want))
	}
	for i, w := range want {
		s := ss[i]
		if s.ID != w.id || s.Title != w.title || len(s.Docs) != w.docs || s.Conflicts() != w.conflicts ||
			s.Outlets != w.outlets || s.Counts.Total() != w.claims || s.Docs[0].ID != w.firstDoc {
			t.Errorf("story %d: id %q title %q docs %d conflicts %d outlets %d claims %d first %s", i, s.ID, s.Title,
				len(s.Docs), s.Conflicts(), s.Outlets, s.Counts.Total(), s.Docs[0].ID)
		}
		if w.copyDoc != "" {
			if got := s.CopyOutlet(s.Doc(w.copyDoc)); got != w.copyOutlet {
				t.Errorf("%s is a copy of %q, want %q", w.copyDoc, got, w.copyOutlet)
			}
			if got := s.CopyOutlet(s.Doc(w.firstDoc)); got != "" {
				t.Errorf("the original is marked a copy of %q", got)
			}
		}
		for _, d := range s.Docs {
			for _, other := range ss {
				if other != s && other.Doc(d.ID) != nil {
					t.Errorf("%s is in two stories", d.ID)
				}
			}
		}
	}
	if ss[1].Claim("h1") != nil || ss[0].Entity("elm") != nil {
		t.Error("a story holds another story's claim or entity")
	}
}

func TestSplitOneStory(t *testing.T) {
	for _, tt := range []struct {
		name string
		n    int
	}{{"no stories: the whole analysis", 0}, {"nil analysis", -1}} {
		t.Run(tt.name, func(t *testing.T) {
			a := fixture.Story()
			if tt.n < 0 {
				a = nil
			}
			ss := Split(a)
			if len(ss) != 1 || ss[0].ID != "" {
				t.Fatalf("got %d stories", len(ss))
			}
			if a != nil && (len(ss[0].Docs) != 4 || ss[0].Title != "Council backs the new harbour bridge") {
				t.Errorf("docs %d title %q", len(ss[0].Docs), ss[0].Title)
			}
		})
	}
}
