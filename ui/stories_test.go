package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"

	"parallax/data/store"
	"parallax/model"
	"parallax/ui/internal/fixture"
)

// readyStories is a reader over the three invented stories, with its own
// in-memory store so a test can look at what was written.
func readyStories(t testing.TB, w, h int) (Model, *store.Memory) {
	t.Helper()
	a := fixture.Stories()
	mem := store.NewMemory()
	m := New(fixed(a), Options{Marks: mem, User: "tester"})
	m = send(m, tea.WindowSizeMsg{Width: w, Height: h}, whole(a))
	return m, mem
}

func rows(m Model) string { return strings.Join(m.sources.Rows(), ",") }

func TestStoryKeys(t *testing.T) {
	const (
		bridgeOpen = "s:bridge,d:herald,d:ledger,d:wire,d:times"
		allShut    = "s:bridge,s:library,s:ferry"
	)
	tests := []struct {
		name  string
		keys  []string
		rows  string
		story string // the story the reader is in
		state string // article/claim
		title string // in the header
	}{
		{"the first story starts folded out", nil, bridgeOpen + ",s:library,s:ferry", "bridge", "herald/-",
			"Council backs the new harbour bridge"},
		{"h on an article folds its story", []string{"h"}, allShut, "bridge", "herald/-", ""},
		{"space on an article folds its story", []string{"space"}, allShut, "bridge", "herald/-", ""},
		{"l on a story folds it out and shows its first article", []string{"j", "j", "j", "j", "l"},
			bridgeOpen + ",s:library,d:gazette,d:courier,d:ledger-roof,s:ferry", "library", "gazette/-",
			"Library roof gives way after storm"},
		{"enter folds out, enter folds in", []string{"h", "j", "enter", "enter"}, allShut, "library", "gazette/-", ""},
		{"left folds in a story row", []string{"h", "l", "left"}, allShut, "bridge", "herald/-", ""},
		{"right folds out", []string{"h", "j", "j", "right"}, "s:bridge,s:library,s:ferry,d:island", "ferry", "island/-",
			"Ferry timetable changes in April"},
		{"e folds every story out", []string{"e"},
			bridgeOpen + ",s:library,d:gazette,d:courier,d:ledger-roof,s:ferry,d:island", "bridge", "herald/-", ""},
		{"e twice folds them all in", []string{"e", "e"}, allShut, "bridge", "herald/-", ""},
		{"an article of another story takes the reader there", []string{"h", "j", "l", "j", "j"},
			"s:bridge,s:library,d:gazette,d:courier,d:ledger-roof,s:ferry", "library", "courier/-",
			"Library roof gives way after storm"},
		{"n stays within the story", []string{"h", "j", "l", "j", "tab", "n", "n", "n", "n"},
			"s:bridge,s:library,d:gazette,d:courier,d:ledger-roof,s:ferry", "library", "gazette/r3", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, _ := readyStories(t, 120, 40)
			m = press(m, "shift+tab")
			if m.focus != paneSources {
				t.Fatalf("focus = %v", m.focus)
			}
			m = press(m, tt.keys...)
			if got := rows(m); got != tt.rows {
				t.Errorf("rows = %s\nwant   %s", got, tt.rows)
			}
			if m.story.ID != tt.story {
				t.Errorf("story = %s, want %s", m.story.ID, tt.story)
			}
			if got := state(m); got != tt.state {
				t.Errorf("state = %s, want %s", got, tt.state)
			}
			if tt.title != "" && !strings.HasPrefix(strings.Split(screenText(m), "\n")[0], "parallax "+tt.title) {
				t.Errorf("header does not name %q:\n%s", tt.title, strings.Split(screenText(m), "\n")[0])
			}
			checkSize(t, m, 120, 40)
		})
	}
}

func TestStorySearch(t *testing.T) {
	tests := []struct {
		name    string
		keys    []string
		first   string // the first result's name
		story   string
		cursor  string // the source row under the cursor
		flatten bool   // the chosen story is folded out
	}{
		{"a title finds its story", []string{"/", "roof", "enter"}, "", "library", "s:library", true},
		{"word prefixes find a title", []string{"/", "ferr tim", "enter"}, "", "ferry", "s:ferry", true},
		{"an entity of the current story still comes up", []string{"/", "hbauth"}, "Harbour Bridge Authority", "bridge", "d:herald", false},
		{"an empty query lists the stories first", []string{"/"}, "Council backs the new harbour bridge", "bridge", "d:herald", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, _ := readyStories(t, 120, 40)
			m = press(m, tt.keys...)
			if tt.first != "" {
				rs := m.search.Results()
				if len(rs) == 0 {
					t.Fatal("no results")
				}
				name := rs[0].Name
				if rs[0].Entity != nil {
					name = rs[0].Entity.Name
				}
				if name != tt.first {
					t.Errorf("first result %q, want %q", name, tt.first)
				}
			}
			if m.story.ID != tt.story {
				t.Errorf("story = %s, want %s", m.story.ID, tt.story)
			}
			if got := m.sources.Rows()[indexOf(m)]; got != tt.cursor {
				t.Errorf("cursor on %s, want %s", got, tt.cursor)
			}
			if tt.flatten && (!m.sources.Expanded(tt.story) || m.focus != paneSources || m.modal != modalNone) {
				t.Errorf("chosen story: expanded %v, focus %v, modal %v", m.sources.Expanded(tt.story), m.focus, m.modal)
			}
		})
	}
	m, _ := readyStories(t, 120, 40)
	m = press(m, "/", "roof")
	if rs := m.search.Results(); len(rs) == 0 || rs[0].Story == nil || !strings.Contains(screenText(m), "Library roof gives way after storm  story") {
		t.Errorf("story result not typed as a story:\n%s", screenText(m))
	}
	// Scattered letters no longer match a title (they did: "clinton" found titles without it).
	m, _ = readyStories(t, 120, 40)
	m = press(m, "/", "frytm")
	for _, r := range m.search.Results() {
		if r.Story != nil {
			t.Errorf("frytm found the story %q", r.Story.Title)
		}
	}
}

// indexOf is the row of the source list's cursor.
func indexOf(m Model) int {
	want := "d:" + m.sources.Selected()
	if m.sources.Selected() == "" {
		want = "s:" + m.sources.SelectedStory()
	}
	for i, r := range m.sources.Rows() {
		if r == want {
			return i
		}
	}
	return 0
}

// marksOf is what the store holds for the user, by claim ID.
func marksOf(t *testing.T, mem *store.Memory, a *model.Analysis) map[string]store.Mark {
	t.Helper()
	mk, err := mem.MarksFor("tester", a)
	if err != nil {
		t.Fatal(err)
	}
	return mk
}

func TestMarkKeys(t *testing.T) {
	tests := []struct {
		name    string
		keys    []string
		claim   string
		starred bool
		note    string
		screen  string // on the screen afterwards
	}{
		{"s stars the selected claim", []string{"n", "s"}, "h1", true, "", "★"},
		{"s twice unstars it", []string{"n", "s", "s"}, "h1", false, "", "star removed"},
		{"s without a selected claim does nothing", []string{"s"}, "h1", false, "", ""},
		{"a writes a note, enter saves it", []string{"n", "n", "a", "check the council minutes", "enter"}, "h2", false,
			"check the council minutes", "✎ check the council minutes"},
		{"esc cancels the note", []string{"n", "a", "never kept", "esc"}, "h1", false, "", "note not saved"},
		{"keys type into the note, not the reader", []string{"n", "a", "q m / s", "enter"}, "h1", false, "q m / s", "✎ q m / s"},
		{"a note and a star on one claim", []string{"n", "s", "a", "both", "enter"}, "h1", true, "both", "★✎"},
		{"a note emptied removes it", []string{"n", "a", "gone", "enter", "a", "backspace", "backspace", "backspace", "backspace", "enter"},
			"h1", false, "", "note removed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, mem := readyStories(t, 120, 40)
			m = press(m, tt.keys...)
			mk := marksOf(t, mem, analysisOf(m.story))[tt.claim]
			if mk.Starred != tt.starred || mk.Note != tt.note {
				t.Errorf("store holds %+v, want starred %v note %q", mk, tt.starred, tt.note)
			}
			if got := m.marks[tt.claim]; got.Starred != tt.starred || got.Note != tt.note {
				t.Errorf("reader shows %+v", got)
			}
			if m.noting {
				t.Error("the note input is still open")
			}
			if !strings.Contains(screenText(m), tt.screen) {
				t.Errorf("screen lacks %q:\n%s", tt.screen, screenText(m))
			}
			checkSize(t, m, 120, 40)
		})
	}
}

func TestNoteLimit(t *testing.T) {
	m, mem := readyStories(t, 120, 40)
	m = press(m, "n", "a", strings.Repeat("w", store.MaxNote+20), "enter")
	if got := marksOf(t, mem, analysisOf(m.story))["h1"].Note; len(got) != store.MaxNote {
		t.Errorf("note of %d characters kept, want %d", len(got), store.MaxNote)
	}
}

// A store that fails shows its error in the error line; the reader goes on.
type failing struct{ *store.Memory }

func (failing) Star(string, model.Document, model.Claim, bool) (store.Mark, error) {
	return store.Mark{}, fmt.Errorf("disk full")
}

func TestMarkErrorShown(t *testing.T) {
	a := fixture.Stories()
	m := New(fixed(a), Options{Marks: failing{store.NewMemory()}})
	m = send(m, tea.WindowSizeMsg{Width: 120, Height: 40}, whole(a))
	m = press(m, "n", "s")
	if !strings.Contains(screenText(m), "! disk full (x dismisses)") || m.marks["h1"].Starred {
		t.Errorf("error not shown, or star kept:\n%s", screenText(m))
	}
	m = press(m, "x")
	if strings.Contains(screenText(m), "disk full") {
		t.Error("x did not dismiss the error")
	}
}

func TestMarksAndReadsFromTheStore(t *testing.T) {
	a := fixture.Stories()
	mem := store.NewMemory()
	c, _ := a.Claim("w2")
	d, _ := a.Document("wire")
	if _, err := mem.Star("tester", d, c, true); err != nil {
		t.Fatal(err)
	}
	if err := mem.SetRead("tester", d, true); err != nil {
		t.Fatal(err)
	}
	m := New(fixed(a), Options{Marks: mem, User: "tester"})
	m = send(m, tea.WindowSizeMsg{Width: 120, Height: 40}, whole(a))
	if !m.marks["w2"].Starred {
		t.Errorf("marks loaded: %+v", m.marks)
	}
	read, _ := mem.ReadFor("tester", a)
	if _, ok := read["herald"]; !ok {
		t.Errorf("the first article shown was not recorded as read: %v", read)
	}
	// Unread: ledger and times in the first story, all of the others.
	if n := m.sources.Unread(); n != 6 {
		t.Errorf("unread = %d, want 6", n)
	}
	// Another user sees none of it.
	m2 := New(fixed(a), Options{Marks: mem, User: "someone-else"})
	m2 = send(m2, tea.WindowSizeMsg{Width: 120, Height: 40}, whole(a))
	if len(m2.marks) != 0 || m2.sources.Unread() != 7 {
		t.Errorf("another user sees marks %v, unread %d", m2.marks, m2.sources.Unread())
	}
}

// The source list with several stories, at the reference sizes.
func TestGoldenStories(t *testing.T) {
	states := []struct {
		name string
		keys []string
	}{
		{"start", nil},
		{"all_expanded", []string{"shift+tab", "e"}},
		{"copy_selected", []string{"shift+tab", "h", "j", "l", "j", "j"}},
		{"story_search", []string{"/", "roof"}},
		{"marked", []string{"n", "n", "s", "a", "ask the authority", "enter"}},
		{"noting", []string{"n", "a", "half a thought"}},
	}
	for _, sz := range [][2]int{{80, 24}, {120, 40}, {200, 60}} {
		for _, st := range states {
			t.Run(fmt.Sprintf("%dx%d/%s", sz[0], sz[1], st.name), func(t *testing.T) {
				m, _ := readyStories(t, sz[0], sz[1])
				m = press(m, st.keys...)
				checkSize(t, m, sz[0], sz[1])
				golden.RequireEqual(t, screenText(m))
			})
		}
	}
}

// Every size down to 1×1 still draws exactly w×h, in every story state.
func TestStoriesSmallSizes(t *testing.T) {
	states := [][]string{nil, {"shift+tab", "e"}, {"/", "roof"}, {"n", "a", "typing"}, {"n", "s"}}
	for w := 1; w <= 90; w += 7 {
		for h := 1; h <= 30; h += 3 {
			for _, keys := range states {
				m, _ := readyStories(t, w, h)
				m = press(m, keys...)
				checkSize(t, m, w, h)
			}
		}
	}
}

// A pasted note is one line: its line breaks become spaces and none of it
// is taken as a command.
func TestPasteIntoNote(t *testing.T) {
	m, mem := readyStories(t, 120, 40)
	m = press(m, "n", "a")
	m = send(m, tea.PasteMsg{Content: "first line\r\nsecond: s and c\tend"})
	if !m.noting || m.note.Value() != "first line second: s and c end" {
		t.Fatalf("noting %v, note %q", m.noting, m.note.Value())
	}
	press(m, "enter")
	if got := marksOf(t, mem, fixture.Stories())["h1"]; got.Note != "first line second: s and c end" || got.Starred {
		t.Errorf("stored %+v", got)
	}
}

// A store that cannot be used is said on screen, not on stderr alone.
func TestStoreProblemShown(t *testing.T) {
	a := fixture.Story()
	m := New(fixed(a), Options{StoreProblem: "open /tmp/x.db: permission denied"})
	m = send(m, tea.WindowSizeMsg{Width: 120, Height: 40}, whole(a))
	if s := screenText(m); !strings.Contains(s, "! marks are kept until you quit only: open /tmp/x.db: permission denied") {
		t.Errorf("no notice:\n%s", s)
	}
}
