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

func newList(w, h int) Model {
	m := New(theme.NewShared(true))
	m.SetStory(story.New(fixture.Story()))
	m.SetSize(w, h)
	return m
}

func TestKeys(t *testing.T) {
	tests := []struct {
		name string
		keys []string
		want string
		msg  tea.Msg
	}{
		{"starts on the first", nil, "herald", nil},
		{"down", []string{"j"}, "ledger", SelectedMsg{"ledger"}},
		{"down twice then up", []string{"j", "j", "k"}, "ledger", SelectedMsg{"ledger"}},
		{"bottom", []string{"G"}, "times", SelectedMsg{"times"}},
		{"top after bottom", []string{"G", "g"}, "herald", SelectedMsg{"herald"}},
		{"up at the top does nothing", []string{"k"}, "herald", nil},
		{"enter opens", []string{"j", "enter"}, "ledger", OpenMsg{"ledger"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := newList(30, 30)
			var last tea.Msg
			for _, k := range tt.keys {
				var cmd tea.Cmd
				m, cmd = m.Update(fixture.Key(k))
				last = nil
				if cmd != nil {
					last = cmd()
				}
			}
			if m.Selected() != tt.want {
				t.Errorf("selected = %q, want %q", m.Selected(), tt.want)
			}
			if last != tt.msg {
				t.Errorf("last msg = %#v, want %#v", last, tt.msg)
			}
		})
	}
}

func TestNarrow(t *testing.T) {
	m := newList(30, 30)
	m.Select("wire")
	m.Narrow("hba")
	if got := strings.Join(m.Listed(), ","); got != "herald,wire,times" {
		t.Errorf("listed = %s", got)
	}
	if m.Selected() != "wire" {
		t.Errorf("narrowing moved the cursor to %s", m.Selected())
	}
	if !strings.Contains(ansi.Strip(m.View()), "3 of 4 name Harbour Bridge") {
		t.Errorf("header does not say what the list is narrowed to:\n%s", ansi.Strip(m.View()))
	}
	m.Narrow("ortiz")
	if got := strings.Join(m.Listed(), ","); got != "herald,times" || m.Selected() != "herald" {
		t.Errorf("listed = %s, selected %s", got, m.Selected())
	}
	if m.Select("ledger") {
		t.Error("selected an article that is not listed")
	}
	m.Narrow("")
	if len(m.Listed()) != 4 || m.Selected() != "herald" {
		t.Errorf("clearing: listed %v, selected %s", m.Listed(), m.Selected())
	}
}

func TestClickAndWheel(t *testing.T) {
	m := newList(30, 30)
	lines := strings.Split(ansi.Strip(m.View()), "\n")
	y := -1
	for i, l := range lines {
		if strings.Contains(l, "Coastal Wire") {
			y = i
		}
	}
	m, cmd := m.Click(2, y+1)
	if m.Selected() != "wire" || cmd == nil || cmd() != (SelectedMsg{"wire"}) {
		t.Errorf("click on row %d selected %q", y+1, m.Selected())
	}
	if _, cmd := m.Click(2, 0); cmd != nil {
		t.Error("click on the header did something")
	}
	m, _ = m.Update(tea.MouseWheelMsg{Button: tea.MouseWheelDown})
	if m.Selected() != "times" {
		t.Errorf("wheel down selected %q", m.Selected())
	}
}

func TestSmallSizes(t *testing.T) {
	for _, sz := range [][2]int{{1, 1}, {3, 2}, {10, 5}, {20, 7}, {8, 40}} {
		m := newList(sz[0], sz[1])
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
	tests := []struct {
		name    string
		w, h    int
		entity  string
		reading string
		keys    []string
	}{
		{"all", 32, 22, "", "herald", nil},
		{"narrowed", 32, 16, "hba", "wire", []string{"j"}},
		{"paged", 28, 12, "", "times", []string{"G"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := newList(tt.w, tt.h)
			m.SetFocused(true)
			m.SetReading(tt.reading)
			m.Narrow(tt.entity)
			for _, k := range tt.keys {
				m, _ = m.Update(fixture.Key(k))
			}
			golden.RequireEqual(t, ansi.Strip(m.View()))
		})
	}
}
