package overview

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

func newOverview(w, h int) Model {
	m := New(theme.NewShared(true))
	m.SetStory(story.New(fixture.Story()))
	m.SetSize(w, h)
	return m
}

func TestOpen(t *testing.T) {
	tests := []struct {
		name string
		keys []string
		want tea.Msg
	}{
		{"first row first outlet", []string{"enter"}, OpenMsg{"h2"}},
		{"first row second outlet", []string{"l", "enter"}, OpenMsg{"l2"}},
		{"silent outlet opens the row's first claim", []string{"l", "l", "l", "enter"}, OpenMsg{"h2"}},
		{"second row", []string{"j", "enter"}, OpenMsg{"w4"}},
		{"second row last outlet", []string{"j", "l", "l", "l", "enter"}, OpenMsg{"t1"}},
		{"right stops at the last outlet", []string{"j", "l", "l", "l", "l", "l", "enter"}, OpenMsg{"t1"}},
		{"bottom row", []string{"G", "enter"}, OpenMsg{"h5"}},
		{"top again", []string{"G", "g", "enter"}, OpenMsg{"h2"}},
		{"esc closes", []string{"esc"}, CloseMsg{}},
		{"m closes", []string{"m"}, CloseMsg{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := newOverview(60, 20)
			var cmd tea.Cmd
			for _, k := range tt.keys {
				m, cmd = m.Update(fixture.Key(k))
			}
			if cmd == nil {
				t.Fatal("no command")
			}
			if got := cmd(); got != tt.want {
				t.Errorf("msg = %#v, want %#v", got, tt.want)
			}
		})
	}
}

func TestAbbreviations(t *testing.T) {
	docs := []*story.Doc{{Outlet: "Harbour Herald"}, {Outlet: "Harbour Hall"}, {Outlet: "Reuters"}, {Outlet: "001_5bec"}, {Outlet: ""}, {Outlet: "東京新聞"}}
	got := strings.Join(abbreviations(docs), " ")
	if got != "HH HH2 Reu 001 5 6" {
		t.Errorf("abbreviations = %q", got)
	}
}

func TestClick(t *testing.T) {
	m := newOverview(60, 20)
	_, cmd := m.Click(2, headerRows+1)
	if cmd == nil || cmd() != (OpenMsg{"w4"}) {
		t.Error("click on the second row's label did not open w4")
	}
	x := m.labelWidth() + 4 + colWidth*3 + 1
	_, cmd = m.Click(x, headerRows+1)
	if cmd == nil || cmd() != (OpenMsg{"t1"}) {
		t.Error("click on the fourth outlet of row two did not open t1")
	}
	if _, cmd := m.Click(2, 0); cmd != nil {
		t.Error("click on the legend opened something")
	}
}

func TestScrollsColumnsAndRows(t *testing.T) {
	m := newOverview(4+minLabel+colWidth*2, headerRows+3) // room for two outlets and three rows
	for _, k := range []string{"l", "l", "l", "j", "j", "j"} {
		m, _ = m.Update(fixture.Key(k))
	}
	if r, c := m.Cursor(); r != 3 || c != 3 {
		t.Errorf("cursor = %d,%d, want 3,3", r, c)
	}
	if m.first != 2 || m.top != 1 {
		t.Errorf("first column %d, top row %d, want 2, 1", m.first, m.top)
	}
}

func TestSmallSizes(t *testing.T) {
	for _, sz := range [][2]int{{1, 1}, {3, 2}, {10, 4}, {20, 8}, {200, 3}} {
		m := newOverview(sz[0], sz[1])
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

func TestGolden(t *testing.T) {
	for _, tt := range []struct {
		name string
		w, h int
		keys []string
	}{
		{"wide", 70, 14, nil},
		{"cursor_moved", 70, 14, []string{"j", "l", "l"}},
		{"narrow", 30, 10, []string{"l", "l", "l"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			m := newOverview(tt.w, tt.h)
			for _, k := range tt.keys {
				m, _ = m.Update(fixture.Key(k))
			}
			golden.RequireEqual(t, ansi.Strip(m.View()))
		})
	}
}
