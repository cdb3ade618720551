package article

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

func newPane(t testing.TB, doc string, w, h int) Model {
	t.Helper()
	m := New(theme.NewShared(true))
	m.SetStory(story.New(fixture.Story()))
	m.SetSize(w, h)
	if !m.SetDocument(doc) {
		t.Fatalf("no document %q", doc)
	}
	return m
}

// press sends keys to the pane and returns the messages its commands produce.
func press(m Model, keys ...string) (Model, []tea.Msg) {
	var msgs []tea.Msg
	for _, k := range keys {
		var cmd tea.Cmd
		m, cmd = m.Update(fixture.Key(k))
		if cmd != nil {
			msgs = append(msgs, cmd())
		}
	}
	return m, msgs
}

func selectedID(m Model) string {
	if c := m.Selected(); c != nil {
		return c.ID
	}
	return "-"
}

func TestClaimNavigation(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		keys []string
		want []string // the selection after each key
	}{
		// One stop per sentence: the sentence of two figures (h5, h6) is one.
		{"n walks forward", "herald", []string{"n", "n", "n", "n", "n", "n"}, []string{"h1", "h2", "h5", "h3", "h4", "h4"}},
		{"N walks back", "herald", []string{"n", "n", "n", "N", "N", "N"}, []string{"h1", "h2", "h5", "h2", "h1", "h1"}},
		{"N from nothing takes the last in view", "ledger", []string{"N"}, []string{"l3"}},
		{"conflicts filter", "wire", []string{"c", "n", "n", "n"}, []string{"-", "w2", "w4", "w4"}},
		{"corroborated filter", "herald", []string{"c", "c", "n", "n", "n"}, []string{"-", "-", "h1", "h5", "h4"}},
		{"single filter", "herald", []string{"c", "c", "c", "n", "n", "n"}, []string{"-", "-", "-", "h5", "h3", "h3"}},
		{"marked filter with nothing marked", "herald", []string{"c", "c", "c", "c", "n"}, []string{"-", "-", "-", "-", "-"}},
		{"filter drops a hidden selection", "herald", []string{"n", "c"}, []string{"h1", "-"}},
		{"filter keeps a shown selection", "herald", []string{"n", "n", "c"}, []string{"h1", "h2", "h2"}},
		{"filter cycles back to all", "herald", []string{"c", "c", "c", "c", "c", "n"}, []string{"-", "-", "-", "-", "-", "h1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := newPane(t, tt.doc, 60, 20)
			var got []string
			for _, k := range tt.keys {
				m, _ = press(m, k)
				got = append(got, selectedID(m))
			}
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("selection = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestMessages(t *testing.T) {
	m := newPane(t, "herald", 60, 20)
	m, msgs := press(m, "n", "n", "enter")
	want := []tea.Msg{SelectedMsg{"herald", "h1"}, SelectedMsg{"herald", "h2"}, OpenMsg{"h2"}}
	if len(msgs) != len(want) {
		t.Fatalf("msgs = %#v", msgs)
	}
	for i := range want {
		if msgs[i] != want[i] {
			t.Errorf("msg %d = %#v, want %#v", i, msgs[i], want[i])
		}
	}
	if _, msgs = press(newPane(t, "herald", 60, 20), "enter"); len(msgs) != 0 {
		t.Errorf("enter with nothing selected sent %v", msgs)
	}
	_ = m
}

func TestMarkedFilter(t *testing.T) {
	m := newPane(t, "herald", 60, 20)
	m.SetMarks(story.Marks{"h6": {Starred: true}, "h3": {Note: "ask the mayor's office"}})
	m, _ = press(m, "c", "c", "c", "c", "n", "n", "n")
	if m.Filter() != story.ShowMarked || selectedID(m) != "h3" {
		t.Errorf("filter %s, selection %s; want starred or noted, h3", m.Filter(), selectedID(m))
	}
	m, _ = press(m, "N")
	if selectedID(m) != "h5" {
		t.Errorf("the star on h6 marks its sentence h5; got %s", selectedID(m))
	}
}

func TestHead(t *testing.T) {
	m := newPane(t, "herald", 72, 20)
	view := ansi.Strip(m.View())
	for _, want := range []string{"Council backs the new harbour bridge", "Harbour Herald · by Nadia Brook · 2024-03-05",
		"https://herald.example/news/bridge-vote", "✗ outlets conflict · ✓ 2+ outlets agree · ○ one outlet only"} {
		if !strings.Contains(view, want) {
			t.Errorf("head lacks %q:\n%s", want, view)
		}
	}
	if strings.Count(view, "Council backs the new harbour bridge") != 1 {
		t.Errorf("the headline is shown twice:\n%s", view)
	}
	if v := ansi.Strip(newPane(t, "times", 60, 20).View()); strings.Contains(v, "javascript") {
		t.Errorf("a link that is not a web address is shown:\n%s", v)
	}
}

func TestFilterNames(t *testing.T) {
	tests := []struct {
		f    story.Filter
		want string
	}{{story.ShowAll, "all claims"}, {story.ShowConflicts, "conflicts"}, {story.ShowCorroborated, "corroborated"},
		{story.ShowSingles, "single source"}, {story.ShowMarked, "starred or noted"}}
	for _, tt := range tests {
		if tt.f.String() != tt.want {
			t.Errorf("%d.String() = %q, want %q", tt.f, tt.f.String(), tt.want)
		}
	}
}

func TestScrolling(t *testing.T) {
	m := newPane(t, "herald", 20, 5)
	if m.Lines() <= 5 {
		t.Fatalf("want a document taller than the pane, got %d lines", m.Lines())
	}
	tests := []struct {
		key  string
		want int
	}{{"j", 1}, {"j", 2}, {"k", 1}, {"G", m.Lines() - 5}, {"g", 0}, {"pgdown", 5}, {"b", 0}, {"space", 5}}
	for _, tt := range tests {
		m, _ = press(m, tt.key)
		if m.YOffset() != tt.want {
			t.Errorf("after %q YOffset = %d, want %d", tt.key, m.YOffset(), tt.want)
		}
	}
	m, _ = press(m, "g")
	m, _ = m.Update(tea.MouseWheelMsg{Button: tea.MouseWheelDown})
	if m.YOffset() != 3 {
		t.Errorf("wheel down YOffset = %d, want 3", m.YOffset())
	}
}

func TestSelectRevealsClaim(t *testing.T) {
	m := newPane(t, "herald", 20, 4)
	if !m.Select("h4") {
		t.Fatal("Select(h4) = false")
	}
	first := m.sentLines[m.selected][0] + len(m.head)
	if first < m.YOffset() || first >= m.YOffset()+4 {
		t.Errorf("claim line %d not in view at %d", first, m.YOffset())
	}
	if m.Select("l1") {
		t.Error("selected a claim of another document")
	}
}

func TestClick(t *testing.T) {
	m := newPane(t, "herald", 60, 20)
	view := ansi.Strip(m.View())
	lines := strings.Split(view, "\n")
	y, x := -1, -1
	for i, l := range lines {
		if c := strings.Index(l, "$120"); c >= 0 {
			y, x = i, len([]rune(l[:c]))
		}
	}
	if y < 0 {
		t.Fatalf("no $120 in view:\n%s", view)
	}
	m, cmd := m.Click(x, y)
	if selectedID(m) != "h2" {
		t.Errorf("click selected %q, want h2", selectedID(m))
	}
	if cmd == nil || cmd() != (SelectedMsg{"herald", "h2"}) {
		t.Error("click sent no SelectedMsg")
	}
	m, _ = m.Click(0, 0) // the title line has no claim
	if selectedID(m) != "h2" {
		t.Errorf("click on no claim changed the selection to %q", selectedID(m))
	}
	m.Click(500, 500)
}

func TestEntityMarks(t *testing.T) {
	m := newPane(t, "wire", 60, 20)
	m.SetEntity("hba")
	view := ansi.Strip(m.View())
	if n := strings.Count(view, theme.MarkMention); n != 2 {
		t.Errorf("mention marks = %d, want 2:\n%s", n, view)
	}
	m.SetEntity("")
	if strings.Contains(ansi.Strip(m.View()), theme.MarkMention) {
		t.Error("mention marks left after clearing")
	}
}

func TestResizeKeepsPlace(t *testing.T) {
	m := newPane(t, "herald", 20, 4)
	m.Select("h4")
	before := m.lines[m.YOffset()-len(m.head)].Start
	m.SetSize(30, 4)
	after := m.lines[m.YOffset()-len(m.head)]
	if before < after.Start || before > after.End+1 {
		t.Errorf("top offset %d not on new top line %v", before, after)
	}
	if selectedID(m) != "h4" {
		t.Errorf("resize lost the selection: %s", selectedID(m))
	}
}

func TestSmallSizes(t *testing.T) {
	for _, sz := range [][2]int{{0, 0}, {1, 1}, {2, 1}, {5, 3}, {11, 2}, {12, 40}} {
		m := newPane(t, "times", sz[0], sz[1])
		m, _ = press(m, "n", "G", "N", "j", "c")
		v := m.View()
		lines := strings.Split(v, "\n")
		if sz[0] == 0 || sz[1] == 0 {
			if v != "" {
				t.Errorf("%v: view = %q, want empty", sz, v)
			}
			continue
		}
		if len(lines) != sz[1] {
			t.Errorf("%v: %d lines", sz, len(lines))
		}
		for _, l := range lines {
			if w := ansi.StringWidth(l); w != sz[0] {
				t.Errorf("%v: line %q is %d wide", sz, ansi.Strip(l), w)
			}
		}
	}
}

func TestNoEscapesReachTheView(t *testing.T) {
	m := newPane(t, "times", 60, 10)
	v := ansi.Strip(m.View())
	if strings.ContainsAny(v, "\x1b\a") || strings.Contains(v, "[31m") {
		t.Errorf("escape codes in view: %q", v)
	}
	if !strings.Contains(v, "Stray codes stay out of sight.") {
		t.Errorf("text missing: %q", v)
	}
}

func TestGolden(t *testing.T) {
	tests := []struct {
		name   string
		doc    string
		w, h   int
		sel    string
		filter story.Filter
		entity string
	}{
		{"herald_plain", "herald", 48, 18, "", story.ShowAll, ""},
		{"herald_selected_conflict", "herald", 48, 18, "h2", story.ShowAll, ""},
		{"herald_two_figures", "herald", 48, 18, "h6", story.ShowAll, ""},
		{"wire_conflicts_entity", "wire", 40, 18, "w4", story.ShowConflicts, "hba"},
		{"times_narrow", "times", 16, 14, "t1", story.ShowAll, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := newPane(t, tt.doc, tt.w, tt.h)
			m.SetFilter(tt.filter)
			m.SetEntity(tt.entity)
			if tt.sel != "" {
				m.Select(tt.sel)
			}
			golden.RequireEqual(t, ansi.Strip(m.View()))
		})
	}
}
