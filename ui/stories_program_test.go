package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"parallax/data"
	"parallax/data/store"
	"parallax/model"
	"parallax/ui/internal/fixture"
)

// TestProgramStarAndNote runs the whole program over the three invented
// stories: fold out the library story, open the copy's original, select its
// conflicting claim, star it and write a note; the marks must then be in
// the store the program was given.
func TestProgramStarAndNote(t *testing.T) {
	a := fixture.Stories()
	mem := store.NewMemory()
	rec := &recorder{}
	tm := teatest.NewTestModel(t, New(fixed(a), Options{Marks: mem, User: "SHA256:test-key"}),
		teatest.WithInitialTermSize(140, 44), teatest.WithProgramOptions(tea.WithFilter(rec.filter)))
	waitFor(t, tm, rec, "loading", func(s snapshot) bool { return !s.loading })

	tm.Type("/roof")
	waitFor(t, tm, rec, "the library story first", func(s snapshot) bool {
		return s.modal == modalSearch && s.firstResult == "Library roof gives way after storm"
	})
	tm.Send(fixture.Key("enter"))
	waitFor(t, tm, rec, "the story chosen", func(s snapshot) bool {
		return s.modal == modalNone && s.focus == paneSources && strings.Contains(s.listed, "gazette")
	})
	tm.Send(fixture.Key("j")) // North Shore Gazette, the original
	waitFor(t, tm, rec, "the original open", func(s snapshot) bool { return strings.HasPrefix(s.state, "gazette/") })
	for range 3 {
		tm.Send(fixture.Key("n"))
	}
	waitFor(t, tm, rec, "the repair bill selected", func(s snapshot) bool { return s.state == "gazette/r3" })
	tm.Send(fixture.Key("s"))
	tm.Send(fixture.Key("a"))
	tm.Type("the city and the engineers disagree")
	tm.Send(fixture.Key("enter"))

	deadline := time.Now().Add(10 * time.Second)
	var mk store.Mark
	for time.Now().Before(deadline) {
		marks, err := mem.MarksFor("SHA256:test-key", a)
		if err != nil {
			t.Fatal(err)
		}
		if mk = marks["r3"]; mk.Starred && mk.Note != "" {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if !mk.Starred || mk.Note != "the city and the engineers disagree" {
		t.Fatalf("store holds %+v for the repair bill", mk)
	}
	if others, _ := mem.MarksFor(store.LocalUser, a); len(others) != 0 {
		t.Errorf("marks leaked to another user: %v", others)
	}
	read, _ := mem.ReadFor("SHA256:test-key", a)
	if _, ok := read["gazette"]; !ok {
		t.Errorf("the opened article is not recorded as read: %v", read)
	}
	if err := tm.Quit(); err != nil {
		t.Fatal(err)
	}
	tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
}

// clustersAnalysis analyses the shared real-news clusters (six stories).
func clustersAnalysis(tb testing.TB) *model.Analysis {
	tb.Helper()
	dir := filepath.Join("..", "..", "shared", "realnews", "clusters")
	if _, err := os.Stat(dir); err != nil {
		if os.Getenv("CI") != "" {
			tb.Fatalf("%s is missing in CI: %v", dir, err)
		}
		tb.Skipf("%s not found (the shared test material is not here): %v", dir, err)
	}
	docs, _ := data.Load([]string{dir})
	return model.Analyze(docs)
}

// TestClustersStories reads the real clusters as stories: one story row per
// story, every article under one of them, and every size drawn exactly.
func TestClustersStories(t *testing.T) {
	a := clustersAnalysis(t)
	if len(a.Stories) < 2 {
		t.Fatalf("the engine finds %d stories in the six clusters, want several", len(a.Stories))
	}
	m := readyWith(t, a, 200, 60)
	m = press(m, "shift+tab", "e")
	var stories, docs int
	for _, r := range m.sources.Rows() {
		switch r[:2] {
		case "s:":
			stories++
		case "d:":
			docs++
		}
	}
	if stories != len(a.Stories) || docs != len(a.Documents) {
		t.Errorf("%d story rows for %d stories, %d article rows for %d articles", stories, len(a.Stories), docs, len(a.Documents))
	}
	for _, sz := range [][2]int{{200, 60}, {120, 40}, {80, 24}, {40, 10}, {1, 1}} {
		m = send(m, tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		checkSize(t, m, sz[0], sz[1])
	}
}

// BenchmarkViewStories is drawing one frame at 200×60 over the six stories
// of the real clusters, all folded out, and the frame after a key.
func BenchmarkViewStories(b *testing.B) {
	a := clustersAnalysis(b)
	m := readyWith(b, a, 200, 60)
	m = press(m, "shift+tab", "e")
	b.Logf("%d stories, %d articles", len(a.Stories), len(a.Documents))
	b.Run("view", func(b *testing.B) {
		for b.Loop() {
			_ = m.View()
		}
	})
	b.Run("key+view", func(b *testing.B) {
		for b.Loop() {
			next, _ := m.Update(fixture.Key("j"))
			_ = next.(Model).View()
		}
	})
	b.Run("load", func(b *testing.B) {
		for b.Loop() {
			readyWith(b, a, 200, 60)
		}
	})
}
