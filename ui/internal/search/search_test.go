package search

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"parallax/ui/internal/fixture"
	"parallax/ui/internal/story"
	"parallax/ui/internal/theme"
)

func newFinder(w, h int) Model {
	m := New(theme.NewShared(true))
	m.SetStory(story.New(fixture.Story()))
	m.SetSize(w, h)
	m.Open()
	return m
}

// run executes a command and the batches it returns, skipping commands that
// do not answer at once (timers such as cursor blinks).
func run(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	ch := make(chan tea.Msg, 1)
	go func() { ch <- cmd() }()
	select {
	case msg := <-ch:
		if b, ok := msg.(tea.BatchMsg); ok {
			var out []tea.Msg
			for _, c := range b {
				out = append(out, run(c)...)
			}
			return out
		}
		if msg == nil {
			return nil
		}
		return []tea.Msg{msg}
	case <-time.After(200 * time.Millisecond):
		return nil
	}
}

// typeKeys sends keys and feeds back what the commands produce.
func typeKeys(m Model, keys ...tea.KeyPressMsg) (Model, []tea.Msg) {
	var out []tea.Msg
	for _, k := range keys {
		var cmd tea.Cmd
		m, cmd = m.Update(k)
		for _, msg := range run(cmd) {
			if r, ok := msg.(ResultsMsg); ok {
				m, _ = m.Update(r)
				continue
			}
			out = append(out, msg)
		}
	}
	return m, out
}

func text(s string) []tea.KeyPressMsg {
	var out []tea.KeyPressMsg
	for _, r := range s {
		out = append(out, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	return out
}

var (
	enter = tea.KeyPressMsg{Code: tea.KeyEnter}
	down  = tea.KeyPressMsg{Code: tea.KeyDown}
	up    = tea.KeyPressMsg{Code: tea.KeyUp}
	esc   = tea.KeyPressMsg{Code: tea.KeyEscape}
	bs    = tea.KeyPressMsg{Code: tea.KeyBackspace}
)

func TestTypingAndChoosing(t *testing.T) {
	tests := []struct {
		name  string
		keys  []tea.KeyPressMsg
		query string
		first string
		msg   tea.Msg
	}{
		{"empty query lists by mentions", []tea.KeyPressMsg{enter}, "", "hba", ChosenMsg{Entity: "hba"}},
		{"fuzzy name", append(text("lnrtz"), enter), "lnrtz", "ortiz", ChosenMsg{Entity: "ortiz"}},
		{"down picks the second", append(text("port"), down, enter), "port", "port", ChosenMsg{Entity: "council"}},
		{"up stops at the top", append(text("port"), up, enter), "port", "port", ChosenMsg{Entity: "port"}},
		{"backspace widens", append(text("hbz"), bs), "hb", "hba", nil},
		{"no match chooses nothing", append(text("qqq"), enter), "qqq", "", nil},
		{"esc cancels", []tea.KeyPressMsg{esc}, "", "hba", CancelMsg{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, msgs := typeKeys(newFinder(50, 20), tt.keys...)
			if m.Query() != tt.query {
				t.Errorf("query = %q, want %q", m.Query(), tt.query)
			}
			first := ""
			if len(m.Results()) > 0 {
				first = m.Results()[0].Entity.ID
			}
			if first != tt.first {
				t.Errorf("first result = %q, want %q", first, tt.first)
			}
			var last tea.Msg
			if len(msgs) > 0 {
				last = msgs[len(msgs)-1]
			}
			if last != tt.msg {
				t.Errorf("last msg = %#v, want %#v", last, tt.msg)
			}
		})
	}
}

func TestStaleResultsDropped(t *testing.T) {
	m := newFinder(50, 20)
	m, cmd1 := m.Update(text("h")[0])
	m, cmd2 := m.Update(text("b")[0])
	late := run(cmd1)
	fresh := run(cmd2)
	for _, msg := range fresh {
		m, _ = m.Update(msg)
	}
	for _, msg := range late {
		m, _ = m.Update(msg) // the answer to "h" arrives after the one to "hb"
	}
	if len(m.Results()) != 1 || m.Results()[0].Entity.ID != "hba" {
		t.Errorf("results = %v, want only hba", names(m.Results()))
	}
}

func TestClick(t *testing.T) {
	m := newFinder(50, 20)
	_, cmd := m.Click(4, headerLines+rowHeight) // the second result's name line
	if cmd == nil || cmd() != (ChosenMsg{Entity: "port"}) {
		t.Error("click did not choose the second result")
	}
	if _, cmd := m.Click(4, 0); cmd != nil {
		t.Error("click on the query chose something")
	}
}

func TestSmallSizes(t *testing.T) {
	for _, sz := range [][2]int{{1, 1}, {2, 3}, {9, 4}, {30, 5}} {
		m, _ := typeKeys(newFinder(sz[0], sz[1]), text("or")...)
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
		name  string
		query string
		downs int
	}{
		{"empty", "", 0},
		{"ortiz", "ortiz", 0},
		{"alias", "mayor", 0},
		{"port_second", "port", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			keys := text(tt.query)
			for i := 0; i < tt.downs; i++ {
				keys = append(keys, down)
			}
			m, _ := typeKeys(newFinder(48, 12), keys...)
			golden.RequireEqual(t, ansi.Strip(m.View()))
		})
	}
}

func TestOpensEmpty(t *testing.T) {
	m, _ := typeKeys(newFinder(50, 20), text("cmrce")...)
	m, _ = typeKeys(m, esc)
	m.Open()
	if m.Query() != "" {
		t.Fatalf("reopened with the old query %q", m.Query())
	}
	m, _ = typeKeys(m, text("ortiz")...)
	if m.Query() != "ortiz" || len(m.Results()) == 0 || m.Results()[0].Entity.ID != "ortiz" {
		t.Errorf("query %q results %v", m.Query(), names(m.Results()))
	}
}

// kinds spells results as "story:ID", "entity:ID" and "claim:ID".
func kinds(rs []Result) string {
	var out []string
	for _, r := range rs {
		switch r.Kind {
		case StoryResult:
			out = append(out, "story:"+r.Story.ID)
		case EntityResult:
			out = append(out, "entity:"+r.Entity.ID)
		default:
			out = append(out, "claim:"+r.Sentence.ID)
		}
	}
	return strings.Join(out, " ")
}

func TestFindClaimsAndStories(t *testing.T) {
	ss := story.Split(fixture.Stories())
	c := NewCorpus(ss)
	tests := []struct {
		query string
		want  string
	}{
		// A figure finds the sentences that state it, thousands separator or not.
		{"30,000", "claim:h5 claim:l4"},
		{"30000 cars", "claim:h5 claim:l4"},
		{"$210", "claim:l2"},
		// Words find claims in every story, the current story's first.
		{"roof", "story:library claim:r1 claim:r4 claim:r7"},
		// Titles match by words, never by scattered letters.
		{"ferr", "story:ferry"},
		{"timetable april", "story:ferry"},
		{"tmtbl", ""},
		// An entity of another story is found, its story named.
		{"gull", "entity:gull"},
		{"elm street", "entity:elm claim:r1 claim:r4 claim:r7"},
		{"zzzz", ""},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			if got := kinds(c.Find(tt.query, ss[0])); got != tt.want {
				t.Errorf("Find(%q) = %s, want %s", tt.query, got, tt.want)
			}
		})
	}
	rs := c.Find("gull", ss[0])
	if len(rs) != 1 || rs[0].Story.ID != "ferry" {
		t.Fatalf("gull: %v", kinds(rs))
	}
}

func TestWordsRankFirst(t *testing.T) {
	ents := []*story.Entity{
		{ID: "baba", Name: "Alibaba", PerDoc: []int{9}},
		{ID: "pay", Name: "Alipay", PerDoc: []int{2}},
		{ID: "kali", Name: "Kalinga Ali Trust", PerDoc: []int{1}},
		{ID: "cal", Name: "Cal Tailings", PerDoc: []int{30}},
	}
	c := NewCorpus([]*story.Story{{Entities: ents, Docs: nil}})
	// A whole word first, then prefixes by mentions, then the fuzzy rest.
	if got := kinds(c.Find("ali", nil)); got != "entity:kali entity:baba entity:pay entity:cal" {
		t.Errorf("ranking = %s", got)
	}
}

// TestEntitiesCut is more word matches than the finder lists: the best
// kept by tier, mentions and then the shorter name, and no fuzzy match
// after them, however good.
func TestEntitiesCut(t *testing.T) {
	var ents []*story.Entity
	for i := range maxEntities + 50 {
		// "Alder Group 0", "Alder Group 1", …: the same tier, more mentions
		// for every tenth, longer names further on.
		ents = append(ents, &story.Entity{ID: fmt.Sprint("g", i), Name: fmt.Sprintf("Alder Group %d", i), PerDoc: []int{1 + boolInt(i%10 == 0)}})
	}
	ents = append(ents, &story.Entity{ID: "fuzzy", Name: "A. L. D. E. R.", PerDoc: []int{99}})
	c := NewCorpus([]*story.Story{{Entities: ents}})
	rs := c.Find("alder", nil)
	if len(rs) != maxEntities {
		t.Fatalf("%d results, want %d", len(rs), maxEntities)
	}
	want := []string{"g0", "g10", "g20", "g30", "g40", "g50", "g60", "g70", "g80", "g90", "g100", "g110", "g120", "g130", "g140",
		"g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "g11"}
	for i, id := range want {
		if rs[i].Entity.ID != id {
			t.Fatalf("result %d is %s, want %s (%s)", i, rs[i].Entity.ID, id, kinds(rs[:len(want)]))
		}
	}
	// After the 15 with two mentions, 85 of one: 1-9, then 11-19, …, 91-94.
	if last := rs[maxEntities-1].Entity.ID; last != "g94" {
		t.Errorf("the last listed is %s, want g94", last)
	}
	// With fewer word matches than that, the fuzzy ones follow.
	c = NewCorpus([]*story.Story{{Entities: append(ents[:3:3], ents[len(ents)-1])}})
	if got := kinds(c.Find("alder", nil)); got != "entity:g0 entity:g1 entity:g2 entity:fuzzy" {
		t.Errorf("few word matches: %s", got)
	}
}

func TestChooseAcrossStories(t *testing.T) {
	ss := story.Split(fixture.Stories())
	m := New(theme.NewShared(true))
	m.SetStories(ss)
	m.SetSize(80, 30)
	m.Open()
	for _, tt := range []struct {
		query string
		want  tea.Msg
	}{
		{"libroof", nil},
		{"roof", StoryChosenMsg{Story: "library"}},
		{"gull", ChosenMsg{Story: "ferry", Entity: "gull"}},
		{"$3.5", ClaimChosenMsg{Story: "library", Claim: "r8"}},
	} {
		m.Open()
		m, _ = typeKeys(m, text(tt.query)...)
		_, msgs := typeKeys(m, enter)
		var got tea.Msg
		if len(msgs) > 0 {
			got = msgs[0]
		}
		if got != tt.want {
			t.Errorf("%q then enter = %#v, want %#v", tt.query, got, tt.want)
		}
	}
	m.Open()
	m, _ = typeKeys(m, text("gull")...)
	if v := ansi.Strip(m.View()); !strings.Contains(v, "in “Ferry timetable changes in April”") || !strings.Contains(v, "0 stories · 1 entity · 0 claims across all 3 stories") {
		t.Errorf("the result does not name its story:\n%s", v)
	}
}

// Stories added while the finder holds results are searched from the next
// time it opens; what it shows meanwhile stays.
func TestAddStories(t *testing.T) {
	ss := story.Split(fixture.Stories())
	m := New(theme.NewShared(true))
	m.SetStories(ss[:1])
	m.SetSize(80, 30)
	m.Open()
	before := len(m.Results())
	m.AddStories(ss[1:])
	if len(m.Results()) != before {
		t.Errorf("the results changed before the finder opened again: %d, were %d", len(m.Results()), before)
	}
	m.Open()
	stories := 0
	for _, r := range m.Results() {
		if r.Kind == StoryResult {
			stories++
		}
	}
	if stories != 3 {
		t.Errorf("the reopened finder lists %d stories, want 3", stories)
	}
}
