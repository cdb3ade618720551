package ui

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"parallax/ui/internal/claims"
	"parallax/ui/internal/fixture"
	"parallax/ui/internal/story"
)

func TestFocus(t *testing.T) {
	tests := []struct {
		name string
		w, h int
		keys []string
		want []pane
	}{
		{"wide tab cycles three", 140, 40, []string{"tab", "tab", "tab"}, []pane{paneClaims, paneSources, paneArticle}},
		{"wide shift+tab goes back", 140, 40, []string{"shift+tab", "shift+tab"}, []pane{paneSources, paneClaims}},
		{"medium tab cycles two", 100, 30, []string{"tab", "tab"}, []pane{paneSources, paneArticle}},
		{"medium p swaps the panel in", 100, 30, []string{"p", "tab", "tab"}, []pane{paneArticle, paneClaims, paneArticle}},
		{"narrow tab cycles tabs", 60, 20, []string{"tab", "tab", "tab"}, []pane{paneClaims, paneSources, paneArticle}},
		{"enter on a claim focuses the panel", 140, 40, []string{"n", "enter"}, []pane{paneArticle, paneClaims}},
		{"enter in sources focuses the article", 140, 40, []string{"shift+tab", "enter"}, []pane{paneSources, paneArticle}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := ready(t, tt.w, tt.h)
			for i, k := range tt.keys {
				m = press(m, k)
				if m.focus != tt.want[i] {
					t.Errorf("after %v focus = %s, want %s", tt.keys[:i+1], m.focus, tt.want[i])
				}
			}
		})
	}
}

func TestJumpsAndBack(t *testing.T) {
	tests := []struct {
		name    string
		keys    []string
		want    string
		history int
	}{
		{"select the cost conflict", []string{"n", "n"}, "herald/h2", 0},
		{"jump to the conflicting outlet", []string{"n", "n", "tab", "enter"}, "ledger/l2", 1},
		{"backspace comes back", []string{"n", "n", "tab", "enter", "backspace"}, "herald/h2", 0},
		{"esc comes back too", []string{"n", "n", "tab", "enter", "esc"}, "herald/h2", 0},
		{"jump to the agreeing outlet", []string{"n", "n", "tab", "down", "enter"}, "wire/w2", 1},
		{"two jumps, two backs", []string{"n", "n", "tab", "enter", "down", "enter", "backspace", "backspace"}, "herald/h2", 0},
		{"two jumps then one back", []string{"n", "n", "tab", "enter", "down", "enter", "backspace"}, "ledger/l2", 1},
		{"back with no history stays", []string{"n", "backspace"}, "herald/h1", 0},
		{"esc with no history clears the selection", []string{"n", "esc"}, "herald/-", 0},
		{"list row jumps within the article", []string{"tab", "down", "enter"}, "herald/h2", 1},
		{"sources browse without history", []string{"shift+tab", "down", "down"}, "wire/-", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := press(ready(t, 140, 40), tt.keys...)
			if got := state(m); got != tt.want {
				t.Errorf("state = %s, want %s", got, tt.want)
			}
			if len(m.history) != tt.history {
				t.Errorf("history = %d, want %d", len(m.history), tt.history)
			}
			if d := m.article.Doc(); d != nil && m.sources.Selected() != d.ID {
				t.Errorf("source list on %s while reading %s", m.sources.Selected(), d.ID)
			}
		})
	}
}

func TestFilter(t *testing.T) {
	tests := []struct {
		keys   []string
		filter story.Filter
		want   string
		rows   string // the claim list's rows
	}{
		{[]string{"c"}, story.ShowConflicts, "herald/-", "h2"},
		{[]string{"c", "n"}, story.ShowConflicts, "herald/h2", "l2 w2"},
		{[]string{"c", "n", "n"}, story.ShowConflicts, "herald/h2", "l2 w2"},
		{[]string{"c", "c", "n", "n"}, story.ShowCorroborated, "herald/h5", "l4"},
		{[]string{"c", "c"}, story.ShowCorroborated, "herald/-", "h1 h5 h4"},
		{[]string{"tab", "c", "n"}, story.ShowConflicts, "herald/h2", "l2 w2"}, // n and c reach the article from the panel
		// A selection the new filter still shows is kept, one it hides is dropped.
		{[]string{"n", "n", "c"}, story.ShowConflicts, "herald/h2", "l2 w2"},
		{[]string{"n", "c"}, story.ShowConflicts, "herald/-", "h2"},
		{[]string{"n", "n", "c", "esc"}, story.ShowConflicts, "herald/-", "h2"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.keys, " "), func(t *testing.T) {
			m := press(ready(t, 140, 40), tt.keys...)
			if m.article.Filter() != tt.filter || state(m) != tt.want {
				t.Errorf("filter %s state %s, want %s %s", m.article.Filter(), state(m), tt.filter, tt.want)
			}
			if got := strings.Join(m.claims.Items(), " "); got != tt.rows {
				t.Errorf("claim list rows %q, want %q", got, tt.rows)
			}
		})
	}
}

func TestSearch(t *testing.T) {
	m := press(ready(t, 140, 40), "/")
	if m.modal != modalSearch {
		t.Fatal("/ did not open the finder")
	}
	m = press(m, "q") // typed into the query, not quitting
	m = press(m, "backspace", "lnrtz", "enter")
	if m.modal != modalNone || m.entity != "ortiz" {
		t.Fatalf("modal %d entity %q", m.modal, m.entity)
	}
	if got := strings.Join(m.sources.Listed(), ","); got != "herald,times" {
		t.Errorf("sources = %s", got)
	}
	if m.claims.Mode() != claims.EntityClaims || strings.Join(m.claims.Items(), ",") != "h3,t2" {
		t.Errorf("claims mode %d items %v", m.claims.Mode(), m.claims.Items())
	}
	if m.article.Entity() != "ortiz" {
		t.Errorf("article highlights %q", m.article.Entity())
	}
	// Jump to the other outlet's claim about her, come back, then clear.
	m = press(m, "tab", "down", "enter")
	if state(m) != "times/t2" {
		t.Errorf("after jump state = %s", state(m))
	}
	// The hint after choosing said "esc clears it": the first esc does.
	m = press(m, "esc")
	if m.entity != "" || len(m.sources.Listed()) != 4 || m.article.Entity() != "" {
		t.Errorf("esc did not clear: entity %q sources %v", m.entity, m.sources.Listed())
	}
	m = press(m, "backspace")
	if state(m) != "herald/-" {
		t.Errorf("after backspace state = %s", state(m))
	}
}

func TestSearchMovesToAnOutletThatNamesTheEntity(t *testing.T) {
	m := press(ready(t, 140, 40), "shift+tab", "down") // reading the Daily Ledger
	m = press(m, "/", "hbauth", "enter")
	if state(m) != "herald/-" {
		t.Errorf("state = %s, want the first outlet that names it", state(m))
	}
	m = press(ready(t, 140, 40), "/", "esc")
	if m.modal != modalNone || m.entity != "" {
		t.Errorf("esc in the finder: modal %d entity %q", m.modal, m.entity)
	}
}

func TestOverview(t *testing.T) {
	m := press(ready(t, 140, 40), "m")
	if m.modal != modalOverview || !strings.Contains(screenText(m), "Story overview") {
		t.Fatal("m did not open the overview")
	}
	m = press(m, "j", "enter")
	if m.modal != modalNone || state(m) != "wire/w4" || len(m.history) != 1 {
		t.Errorf("overview open: modal %d state %s history %d", m.modal, state(m), len(m.history))
	}
	m = press(m, "m", "m")
	if m.modal != modalNone {
		t.Error("m did not close the overview")
	}
	m = press(m, "m", "esc")
	if m.modal != modalNone || state(m) != "wire/w4" {
		t.Errorf("esc closed the overview and did more: %s", state(m))
	}
}

func TestQuit(t *testing.T) {
	for _, k := range []string{"q", "ctrl+c"} {
		m := ready(t, 100, 30)
		_, cmd := m.Update(fixture.Key(k))
		if cmd == nil || cmd() != (tea.QuitMsg{}) {
			t.Errorf("%s did not quit", k)
		}
	}
	m := press(ready(t, 100, 30), "/")
	if _, cmd := m.Update(fixture.Key("ctrl+c")); cmd == nil || cmd() != (tea.QuitMsg{}) {
		t.Error("ctrl+c did not quit from the finder")
	}
}

func TestMouse(t *testing.T) {
	m := ready(t, 140, 40)
	s := m.screen
	claimsBox := s.panes[paneClaims].inner()
	m = send(m, tea.MouseClickMsg{X: claimsBox.x + 2, Y: claimsBox.y + 4, Button: tea.MouseLeft})
	if m.focus != paneClaims {
		t.Errorf("click on the claim panel: focus %s", m.focus)
	}
	src := s.panes[paneSources].inner()
	m = send(m, tea.MouseClickMsg{X: src.x + 3, Y: src.y + 4 + 4, Button: tea.MouseLeft}) // second article's title row
	if m.focus != paneSources || state(m) != "ledger/-" {
		t.Errorf("click on the second source: focus %s state %s", m.focus, state(m))
	}
	art := s.panes[paneArticle].inner()
	m = send(m, tea.MouseWheelMsg{X: art.x + 5, Y: art.y + 2, Button: tea.MouseWheelDown})
	if m.focus != paneSources {
		t.Error("the wheel moved focus")
	}
	// Narrow: clicking the third tab focuses the claim panel.
	m = ready(t, 60, 20)
	tabs := m.screen.tabs
	m = send(m, tea.MouseClickMsg{X: tabs.w - 2, Y: tabs.y, Button: tea.MouseLeft})
	if m.focus != paneClaims {
		t.Errorf("tab click: focus %s", m.focus)
	}
}

func TestResize(t *testing.T) {
	m := press(ready(t, 200, 60), "n", "n", "tab")
	sizes := [][2]int{{120, 40}, {100, 30}, {79, 24}, {40, 10}, {1, 1}, {0, 0}, {3, 2}, {200, 60}}
	for _, sz := range sizes {
		m = send(m, tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		checkSize(t, m, sz[0], sz[1])
		if state(m) != "herald/h2" {
			t.Errorf("%v: resize lost the place: %s", sz, state(m))
		}
	}
	if m.screen.mode != layoutWide || m.focus != paneClaims {
		t.Errorf("back at 200x60: mode %d focus %s", m.screen.mode, m.focus)
	}
}

func TestEverySizeFits(t *testing.T) {
	for w := 0; w <= 130; w += 13 {
		for h := 0; h <= 45; h += 9 {
			for _, keys := range [][]string{nil, {"n", "n", "tab"}, {"m"}, {"/", "port"}, {"?"}} {
				m := press(ready(t, w, h), keys...)
				checkSize(t, m, w, h)
			}
		}
	}
	for w := 1; w <= 4; w++ {
		for h := 1; h <= 4; h++ {
			checkSize(t, ready(t, w, h), w, h)
		}
	}
}

func TestNothingRead(t *testing.T) {
	m := readyWith(t, nil, 100, 30, errors.New("frobnicate: not a file, a folder or a web address"), errors.New("nothing could be read"))
	out := screenText(m)
	for _, want := range []string{"Nothing could be read.", "frobnicate: not a file, a folder or a web address", "q quits"} {
		if !strings.Contains(out, want) {
			t.Errorf("screen lacks %q:\n%s", want, out)
		}
	}
	checkSize(t, m, 100, 30)
	if _, cmd := m.Update(fixture.Key("q")); cmd == nil || cmd() != tea.Quit() {
		t.Error("q does not quit the empty reader")
	}
}

func TestErrors(t *testing.T) {
	m := readyWith(t, fixture.Story(), 100, 30, errors.New("a.html: no article text"), errors.New("b.txt: \x1b[31mnot UTF-8"))
	out := screenText(m)
	if !strings.Contains(out, "a.html: no article text") || !strings.Contains(out, "1 of 2") {
		t.Errorf("first error not shown:\n%s", out)
	}
	m = press(m, "x")
	out = screenText(m)
	if !strings.Contains(out, "b.txt: not UTF-8") || strings.Contains(out, "\x1b[31m") {
		t.Errorf("second error not shown cleanly:\n%s", out)
	}
	m = press(m, "x")
	if len(m.errs) != 0 || strings.Contains(screenText(m), "dismisses") {
		t.Error("errors not dismissed")
	}
	checkSize(t, m, 100, 30)
}

func TestLoading(t *testing.T) {
	m := New(nil, Options{})
	m = send(m, tea.WindowSizeMsg{Width: 60, Height: 10})
	if !strings.Contains(screenText(m), "Loading articles") {
		t.Errorf("no loading screen:\n%s", screenText(m))
	}
	for _, c := range []struct {
		p    progress
		want string
	}{
		{progress{StageReading, 3, 10}, "Reading · 3 of 10 inputs"},
		{progress{StageReading, 10, 10}, "Read 10 inputs"},
		{progress{StageGrouping, 0, 4000}, "Grouping 4000 articles into stories"},
		{progress{StageChecking, 12, 40}, "Cross-checking · 12 of 40 stories"},
	} {
		next, _ := m.Update(feedMsg{progress: c.p, q: newFeedQueue()})
		m = next.(Model)
		if s := screenText(m); !strings.Contains(s, c.want) || !strings.Contains(s, "q quits") {
			t.Errorf("%+v: want %q on the loading screen:\n%s", c.p, c.want, s)
		}
	}
	m = press(m, "j", "tab") // keys while loading do nothing
	checkSize(t, m, 60, 10)
	// A nil loader, or one that panics, ends in an error line, not a crash.
	m = send(New(nil, Options{}), tea.WindowSizeMsg{Width: 60, Height: 10})
	m = send(m, run(startLoad(nil))...)
	if m.loading || len(m.errs) != 1 {
		t.Errorf("nil loader: loading %v errs %v", m.loading, m.errs)
	}
	m = send(New(nil, Options{}), tea.WindowSizeMsg{Width: 60, Height: 10})
	m = send(m, run(startLoad(func(context.Context, Feed) []error { panic("boom") }))...)
	if m.loading || len(m.errs) != 1 || !strings.Contains(m.errs[0], "boom") {
		t.Errorf("panicking loader: loading %v errs %v", m.loading, m.errs)
	}
}

func TestBackgroundColour(t *testing.T) {
	m := ready(t, 100, 30)
	m = send(m, tea.BackgroundColorMsg{Color: white{}})
	if m.styles.IsDark {
		t.Error("white background gave dark styles")
	}
	m = send(m, tea.BackgroundColorMsg{Color: black{}})
	if !m.styles.IsDark {
		t.Error("black background gave light styles")
	}
}

type white struct{}

func (white) RGBA() (r, g, b, a uint32) { return 0xffff, 0xffff, 0xffff, 0xffff }

type black struct{}

func (black) RGBA() (r, g, b, a uint32) { return 0, 0, 0, 0xffff }

func TestTitleOption(t *testing.T) {
	m := New(fixed(nil), Options{Title: "Harbour \x1b[2Jstory"})
	m = send(m, tea.WindowSizeMsg{Width: 100, Height: 30}, loadedMsg{})
	if got := m.View().WindowTitle; got != "parallax · Harbour story" {
		t.Errorf("window title = %q", got)
	}
	if !m.View().AltScreen || m.View().MouseMode != tea.MouseModeCellMotion {
		t.Error("alt screen or mouse mode not set")
	}
	_ = fmt.Sprint()
}
