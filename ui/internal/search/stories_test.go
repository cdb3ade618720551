package search

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"parallax/ui/internal/fixture"
	"parallax/ui/internal/story"
	"parallax/ui/internal/theme"
)

func TestFindStories(t *testing.T) {
	ss := story.Split(fixture.Stories())
	ix := NewIndex(ss[0].Entities)
	tests := []struct {
		query string
		want  string // the results in order, stories as "story:ID", entities as their ID; a prefix
	}{
		{"", "story:bridge,story:library,story:ferry,"},
		{"roof", "story:library"},
		{"ferry", "story:ferry"},
		{"hbauth", "hba"},
		{"bridge", "story:bridge,hba"},
		{"zzzz", ""},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			var got []string
			for _, r := range find(ix, ss, tt.query) {
				if r.Story != nil {
					got = append(got, "story:"+r.Story.ID)
				} else {
					got = append(got, r.Entity.ID)
				}
			}
			if s := strings.Join(got, ","); !strings.HasPrefix(s+",", tt.want) && s != tt.want {
				t.Errorf("find(%q) = %s, want %s…", tt.query, s, tt.want)
			}
		})
	}
}

func TestChooseStory(t *testing.T) {
	ss := story.Split(fixture.Stories())
	m := New(theme.NewStyles(true))
	m.SetStory(ss[0])
	m.SetStories(ss)
	m.SetSize(60, 20)
	m.Open()
	for _, r := range "libroof" {
		m, _ = m.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	m, _ = m.Update(ResultsMsg{Seq: m.seq, Results: find(m.index, m.stories, m.Query())})
	if len(m.Results()) == 0 || m.Results()[0].Story == nil || m.Results()[0].Story.ID != "library" {
		t.Fatalf("results: %+v", m.Results())
	}
	_, cmd := m.Update(enter)
	if got := cmd(); got != (StoryChosenMsg{Story: "library"}) {
		t.Errorf("enter gave %#v", got)
	}
	if !strings.Contains(m.View(), "1 of 3 stories") {
		t.Errorf("count line:\n%s", m.View())
	}
	// One story: nothing to choose between, only entities.
	m.SetStories(ss[:1])
	for _, r := range m.Results() {
		if r.Story != nil {
			t.Errorf("story result with one story: %s", r.Name)
		}
	}
}
