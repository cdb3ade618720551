package claims

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"parallax/model"
	"parallax/ui/internal/fixture"
	"parallax/ui/internal/story"
	"parallax/ui/internal/theme"
)

func newPanel(w, h int) Model {
	m := New(theme.NewShared(false))
	m.SetStory(story.New(fixture.Story()))
	m.SetSize(w, h)
	return m
}

func TestModes(t *testing.T) {
	tests := []struct {
		name               string
		doc, claim, entity string
		mode               Mode
		items              string
		title              string
	}{
		{"nothing", "", "", "", Empty, "", "Claims"},
		{"article list, one row per sentence", "herald", "", "", ArticleClaims, "h1 h2 h5 h3 h4", "Claims"},
		{"compare a conflict", "herald", "h2", "", Compare, "l2 w2", "Claim"},
		{"compare the other side", "ledger", "l2", "", Compare, "h2 w2", "Claim"},
		{"compare a single", "times", "t2", "", Compare, "", "Claim"},
		{"compare a sentence of two figures", "herald", "h6", "", Compare, "l4", "Claim"},
		{"entity list", "herald", "", "hba", EntityClaims, "h2 w2 w4 t1", "Claims · Harbour Bridge Authority"},
		{"claim wins over entity", "wire", "w4", "hba", Compare, "t1", "Claim"},
		{"unknown claim falls back", "wire", "zz", "", ArticleClaims, "w1 w2 w3 w4", "Claims"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := newPanel(40, 20)
			m.Show(tt.doc, tt.claim, tt.entity)
			if m.Mode() != tt.mode {
				t.Errorf("mode = %d, want %d", m.Mode(), tt.mode)
			}
			if got := strings.Join(m.Items(), " "); got != tt.items {
				t.Errorf("items = %q, want %q", got, tt.items)
			}
			if m.Title() != tt.title {
				t.Errorf("title = %q, want %q", m.Title(), tt.title)
			}
		})
	}
}

func TestKeysAndJump(t *testing.T) {
	tests := []struct {
		name     string
		keys     []string
		wantCur  int
		wantJump string
	}{
		{"enter on first", []string{"enter"}, 0, "h1"},
		{"down then enter", []string{"j", "enter"}, 1, "h2"},
		{"down stops at last", []string{"j", "j", "j", "j", "j", "j", "enter"}, 4, "h4"},
		{"up stops at first", []string{"k", "enter"}, 0, "h1"},
		{"G and g", []string{"G", "g", "j", "enter"}, 1, "h2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := newPanel(40, 20)
			m.Show("herald", "", "")
			var cmd tea.Cmd
			for _, k := range tt.keys {
				m, cmd = m.Update(fixture.Key(k))
			}
			if m.Cursor() != tt.wantCur {
				t.Errorf("cursor = %d, want %d", m.Cursor(), tt.wantCur)
			}
			if cmd == nil {
				t.Fatal("no command from enter")
			}
			if got := cmd(); got != (JumpMsg{Claim: tt.wantJump}) {
				t.Errorf("msg = %#v, want jump to %s", got, tt.wantJump)
			}
		})
	}
}

func TestShowResetsCursor(t *testing.T) {
	m := newPanel(40, 20)
	m.Show("herald", "", "")
	m, _ = m.Update(fixture.Key("j"))
	m.Show("herald", "", "")
	if m.Cursor() != 1 {
		t.Errorf("same subject reset the cursor to %d", m.Cursor())
	}
	m.Show("ledger", "", "")
	if m.Cursor() != 0 {
		t.Errorf("new subject kept cursor %d", m.Cursor())
	}
}

func TestFilterAndMarked(t *testing.T) {
	m := newPanel(40, 30)
	m.Show("herald", "", "")
	m, _ = m.Update(fixture.Key("j"))
	m, _ = m.Update(fixture.Key("j")) // on h5
	m.SetFilter(story.ShowCorroborated)
	if got := strings.Join(m.Items(), " "); got != "h1 h5 h4" || m.Items()[m.Cursor()] != "h5" {
		t.Errorf("corroborated rows %q, cursor %d; want h1 h5 h4 with the cursor kept on h5", got, m.Cursor())
	}
	m.SetFilter(story.ShowConflicts)
	if got := strings.Join(m.Items(), " "); got != "h2" {
		t.Errorf("conflict rows %q, want h2", got)
	}
	m.SetFilter(story.ShowAll)
	m.SetMarks(story.Marks{"l4": {Starred: true}, "h6": {Note: "traffic study?"}})
	m.ShowMarked(true)
	if m.Mode() != MarkedClaims || strings.Join(m.Items(), " ") != "h5 l4" || m.Title() != "Starred and noted" {
		t.Errorf("marked mode %d rows %v title %q", m.Mode(), m.Items(), m.Title())
	}
	if v := ansi.Strip(m.View()); !strings.Contains(v, "✎ traffic study?") || !strings.Contains(v, "2 sentences starred") {
		t.Errorf("marked list:\n%s", v)
	}
	m, cmd := m.Update(fixture.Key("enter"))
	if cmd == nil || cmd() != (JumpMsg{Claim: "h5"}) {
		t.Error("enter in the marked list does not jump to the sentence")
	}
}

func TestPerFigureMarks(t *testing.T) {
	m := newPanel(60, 40)
	m.Show("herald", "", "")
	v := ansi.Strip(m.View())
	if !strings.Contains(v, "✓○ The span will run 800 metres○ and carry") || !strings.Contains(v, "30,000 cars✓ a") {
		t.Errorf("the sentence of two figures is not one row with a mark per figure:\n%s", v)
	}
	if strings.Count(v, "The span will run") != 1 {
		t.Errorf("the sentence of two figures has more than one row:\n%s", v)
	}
	m.Show("herald", "h5", "")
	v = ansi.Strip(m.View())
	for _, want := range []string{"2 FIGURES ✓1 ○1", "○ 800 metres · one outlet only", "only Harbour Herald states this",
		"✓ 30,000 cars · outlets agree", "Harbour Herald and Daily Ledger agree: 30,000 cars ≈ About"} {
		if !strings.Contains(v, want) {
			t.Errorf("panel lacks %q:\n%s", want, v)
		}
	}
}

func TestNoDoubledQuotes(t *testing.T) {
	docs := []model.Document{{ID: "a", Outlet: "Alpha", Text: "“We will not cut corners,” the chief said."},
		{ID: "b", Outlet: "Beta", Text: "“We will never cut corners,” the chief said."}}
	claims := []model.Claim{{ID: "ca", Doc: "a", End: len(docs[0].Text), Figure: -1}, {ID: "cb", Doc: "b", End: len(docs[1].Text), Figure: -1}}
	g := model.Group{ID: "g", Verdict: model.Conflicting, Claims: []string{"ca", "cb"}, Sides: [][]string{{"ca"}, {"cb"}},
		Conflict: &model.Conflict{Kind: model.ConflictMisquote, Values: []string{"not", "never"}}}
	m := New(theme.NewShared(false))
	m.SetStory(story.New(model.NewAnalysis(docs, nil, claims, []model.Group{g})))
	m.SetSize(60, 20)
	m.Show("a", "ca", "")
	v := ansi.Strip(m.View())
	if strings.Contains(v, "““") || strings.Contains(v, "””") || strings.Contains(v, "\"\"") {
		t.Errorf("doubled quotation marks:\n%s", v)
	}
	if !strings.Contains(v, "quoted differently: “not” (Alpha) vs “never” (Beta)") {
		t.Errorf("misquote reason missing:\n%s", v)
	}
}

func TestClick(t *testing.T) {
	m := newPanel(40, 30)
	m.Show("herald", "h2", "")
	lines := strings.Split(ansi.Strip(m.View()), "\n")
	y := -1
	for i, l := range lines {
		if strings.Contains(l, "Coastal Wire") {
			y = i
		}
	}
	if y < 0 {
		t.Fatalf("no Coastal Wire row:\n%s", strings.Join(lines, "\n"))
	}
	m, cmd := m.Click(3, y+1) // the quote under the outlet belongs to the row
	if cmd == nil || cmd() != (JumpMsg{Claim: "w2"}) {
		t.Errorf("click did not jump to w2")
	}
	if m.Cursor() != 1 {
		t.Errorf("cursor = %d, want 1", m.Cursor())
	}
	if _, cmd := m.Click(0, 0); cmd != nil {
		t.Error("click on the header jumped")
	}
}

func TestSmallSizes(t *testing.T) {
	for _, sz := range [][2]int{{1, 1}, {2, 2}, {4, 1}, {7, 3}, {12, 30}} {
		m := newPanel(sz[0], sz[1])
		m.Show("herald", "h2", "")
		m, _ = m.Update(fixture.Key("j"))
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
		name               string
		doc, claim, entity string
		w, h               int
	}{
		{"compare_cost_conflict", "herald", "h2", "", 44, 22},
		{"compare_jobs_conflict", "wire", "w4", "", 36, 18},
		{"compare_corroborated", "ledger", "l1", "", 44, 16},
		{"compare_two_figures", "herald", "h6", "", 44, 30},
		{"article_list", "herald", "", "", 40, 14},
		{"entity_list", "herald", "", "hba", 40, 16},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := newPanel(tt.w, tt.h)
			m.Show(tt.doc, tt.claim, tt.entity)
			golden.RequireEqual(t, ansi.Strip(m.View()))
		})
	}
}
