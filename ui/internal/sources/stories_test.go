package sources

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"parallax/ui/internal/fixture"
	"parallax/ui/internal/story"
	"parallax/ui/internal/theme"
)

func storiesList(w, h int) Model {
	m := New(theme.NewShared(true))
	m.SetStories(story.Split(fixture.Stories()))
	m.SetSize(w, h)
	m.SetFocused(true)
	return m
}

func TestStoryRows(t *testing.T) {
	const bridge = "s:bridge,d:herald,d:ledger,d:wire,d:times"
	tests := []struct {
		name string
		keys []string
		rows string
		at   string
		msg  tea.Msg
	}{
		{"first story folded out", nil, bridge + ",s:library,s:ferry", "s:bridge", nil},
		{"down onto an article", []string{"j"}, bridge + ",s:library,s:ferry", "d:herald", SelectedMsg{"herald"}},
		{"enter folds in", []string{"enter"}, "s:bridge,s:library,s:ferry", "s:bridge", nil},
		{"down onto a story row", []string{"enter", "j"}, "s:bridge,s:library,s:ferry", "s:library", StoryMsg{"library"}},
		{"copy after its original", []string{"enter", "j", "l"}, "s:bridge,s:library,d:gazette,d:courier,d:ledger-roof,s:ferry", "s:library", nil},
		{"h on an article goes to its story", []string{"j", "j", "h"}, "s:bridge,s:library,s:ferry", "s:bridge", StoryMsg{"bridge"}},
		{"space on a story folds it out", []string{"G", "space"}, bridge + ",s:library,s:ferry,d:island", "s:ferry", nil},
		{"e then e", []string{"e", "e"}, "s:bridge,s:library,s:ferry", "s:bridge", nil},
		{"enter on an article reads it", []string{"j", "enter"}, bridge + ",s:library,s:ferry", "d:herald", OpenMsg{"herald"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := storiesList(32, 60)
			var last tea.Msg
			for _, k := range tt.keys {
				var cmd tea.Cmd
				m, cmd = m.Update(fixture.Key(k))
				last = nil
				if cmd != nil {
					last = cmd()
				}
			}
			if got := strings.Join(m.Rows(), ","); got != tt.rows {
				t.Errorf("rows = %s\nwant   %s", got, tt.rows)
			}
			if got := m.key(); got != tt.at {
				t.Errorf("cursor on %s, want %s", got, tt.at)
			}
			if last != tt.msg {
				t.Errorf("last msg = %#v, want %#v", last, tt.msg)
			}
		})
	}
}

func TestStoryUnreadAndSelect(t *testing.T) {
	m := storiesList(40, 60)
	if m.Unread() != 8 {
		t.Errorf("unread = %d", m.Unread())
	}
	m.MarkRead("courier")
	m.AddReadDocs(map[string]bool{"island": true})
	if m.Unread() != 6 {
		t.Errorf("unread after reading two = %d", m.Unread())
	}
	if !m.Select("courier") || !m.Expanded("library") || m.Selected() != "courier" {
		t.Errorf("selecting an article of a folded story: expanded %v, selected %q", m.Expanded("library"), m.Selected())
	}
	if !m.SelectStory("ferry") || m.SelectedStory() != "ferry" || !m.Expanded("ferry") {
		t.Error("SelectStory")
	}
	if m.SelectStory("nope") {
		t.Error("selected a story that does not exist")
	}
	if !strings.Contains(ansi.Strip(m.View()), "3 stories · 8 articles · 6 unread") {
		t.Errorf("header:\n%s", ansi.Strip(m.View()))
	}
}

// TestUnreadKept is the header's unread count, kept as articles are
// opened, unmarked and listed rather than counted on every frame.
func TestUnreadKept(t *testing.T) {
	all := story.Split(fixture.Stories())
	m := New(theme.NewShared(true))
	m.AddReadDocs(map[string]bool{"island": true, "elsewhere": true}) // read before anything is listed
	m.SetStories(all[:1])
	steps := []struct {
		name string
		do   func()
		want int
	}{
		{"the bridge's four articles", func() {}, 4},
		{"herald opened", func() { m.MarkRead("herald") }, 3},
		{"herald opened again", func() { m.MarkRead("herald") }, 3},
		{"an article not listed", func() { m.MarkRead("nowhere") }, 3},
		{"two more stories, island already read", func() { m.AddStories(all[1:]) }, 6},
		{"herald unread again", func() { m.SetRead("herald", false) }, 7},
		{"an unlisted article unread", func() { m.SetRead("elsewhere", false) }, 7},
		{"courier and ledger read at once", func() { m.AddReadDocs(map[string]bool{"courier": true, "ledger": true}) }, 5},
		{"listed afresh", func() { m.SetStories(all) }, 5},
	}
	for _, st := range steps {
		st.do()
		if got := m.Unread(); got != st.want {
			t.Errorf("%s: unread = %d, want %d", st.name, got, st.want)
		}
	}
}

func TestStoriesGolden(t *testing.T) {
	for _, tt := range []struct {
		name string
		w, h int
		keys []string
	}{
		{"stories_start", 34, 30, nil},
		{"stories_copy", 34, 30, []string{"enter", "j", "l", "j", "j"}},
		{"stories_all", 40, 50, []string{"e"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			m := storiesList(tt.w, tt.h)
			m.SetReading("herald")
			m.MarkRead("herald")
			for _, k := range tt.keys {
				m, _ = m.Update(fixture.Key(k))
			}
			golden.RequireEqual(t, ansi.Strip(m.View()))
		})
	}
}

func TestStoriesSmallSizes(t *testing.T) {
	for _, sz := range [][2]int{{1, 1}, {2, 3}, {9, 4}, {20, 7}, {6, 40}} {
		m := storiesList(sz[0], sz[1])
		m, _ = m.Update(fixture.Key("e"))
		m, _ = m.Update(fixture.Key("G"))
		lines := strings.Split(m.View(), "\n")
		if len(lines) != sz[1] {
			t.Errorf("%v: %d lines", sz, len(lines))
		}
		for _, l := range lines {
			if ansi.StringWidth(l) != sz[0] {
				t.Errorf("%v: line %q is %d wide", sz, ansi.Strip(l), ansi.StringWidth(l))
			}
		}
	}
}

// Stories added later join the list without moving the cursor; a second
// story turns the list of one story's articles into a list of stories, the
// story being read folded out.
func TestAddStories(t *testing.T) {
	ss := story.Split(fixture.Stories())
	m := New(theme.NewShared(true))
	m.SetStories(ss[:1])
	m.SetSize(32, 60)
	m.SetFocused(true)
	m, _ = m.Update(fixture.Key("j"))
	if got := strings.Join(m.Rows(), ","); got != "d:herald,d:ledger,d:wire,d:times" || m.Selected() != "ledger" {
		t.Fatalf("one story: rows %s at %s", got, m.Selected())
	}
	m.AddStories(ss[1:2])
	if got := strings.Join(m.Rows(), ","); got != "s:bridge,d:herald,d:ledger,d:wire,d:times,s:library" || m.Selected() != "ledger" {
		t.Errorf("a second story: rows %s at %q", got, m.Selected())
	}
	if !m.KeyMap.ToggleAll.Enabled() {
		t.Error("the story keys are off with two stories")
	}
	m.AddStories(ss[2:])
	if got := strings.Join(m.Rows(), ","); got != "s:bridge,d:herald,d:ledger,d:wire,d:times,s:library,s:ferry" || m.Selected() != "ledger" {
		t.Errorf("a third story: rows %s at %q", got, m.Selected())
	}
	if m.SelectedStory() != "bridge" || !m.Select("island") || m.SelectedStory() != "ferry" {
		t.Errorf("the stories added are not navigable: at %s", m.SelectedStory())
	}
}
