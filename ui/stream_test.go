package ui

import (
	"context"
	"io"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"parallax/model"
	"parallax/ui/internal/fixture"
)

// storyParts is the fixture's three stories as the engine streams them:
// one analysis a story, numbered as one pile.
func storyParts(t testing.TB) []*model.Analysis {
	t.Helper()
	a := fixture.Stories()
	var parts []*model.Analysis
	for _, s := range a.Stories {
		one, ok := a.StoryAnalysis(s.ID)
		if !ok {
			t.Fatalf("no story %s", s.ID)
		}
		parts = append(parts, one)
	}
	return parts
}

// feed is the message of a loader that has finished these stories and
// reached this stage.
func feed(p progress, parts ...*model.Analysis) feedMsg {
	return feedMsg{progress: p, stories: built(parts...), q: newFeedQueue()}
}

// update gives the model one message, leaving its commands (a load still
// waiting, marks from an empty store) unrun.
func update(m Model, msg tea.Msg) Model {
	next, _ := m.Update(msg)
	return next.(Model)
}

// The first story shows, with the progress in the status line, while the
// others are cross-checked; it can be read, and stories that come later
// join the list without moving the reader.
func TestStoriesArriveWhileLoading(t *testing.T) {
	parts := storyParts(t)
	m := New(nil, Options{})
	m.frames = nil
	m = send(m, tea.WindowSizeMsg{Width: 140, Height: 44})
	m = update(m, feed(progress{StageGrouping, 0, 8}))
	if s := screenText(m); !m.loading || !strings.Contains(s, "Grouping 8 articles into stories") {
		t.Fatalf("grouping is not shown:\n%s", s)
	}
	m = update(m, feed(progress{StageChecking, 1, 3}, parts[0]))
	s := screenText(m)
	if m.loading || !m.filling {
		t.Fatalf("loading %v filling %v after the first story", m.loading, m.filling)
	}
	for _, want := range []string{"Council backs the new harbour bridge", "cross-checking 1/3 stories", "Harbour Herald"} {
		if !strings.Contains(s, want) {
			t.Errorf("the first frame with a story lacks %q:\n%s", want, s)
		}
	}
	if strings.Contains(s, "Library roof") {
		t.Errorf("a story not yet handed over is listed:\n%s", s)
	}
	m = press(m, "n", "n")
	reading := state(m)
	if reading == state(ready(t, 140, 44)) || strings.HasSuffix(reading, "/-") {
		t.Fatalf("n did not move through the first story's claims: %s", reading)
	}
	m = update(m, feed(progress{StageChecking, 2, 3}, parts[1]))
	s = screenText(m)
	if !strings.Contains(s, "Library roof gives way") || !strings.Contains(s, "cross-checking 2/3 stories") {
		t.Errorf("the second story or the progress is missing:\n%s", s)
	}
	if state(m) != reading || m.story.ID != "bridge" {
		t.Errorf("a new story moved the reader: %s in %s, was %s", state(m), m.story.ID, reading)
	}
	// A story that is done can be found and opened while the last one runs.
	m = press(m, "/", "library")
	if rs := m.search.Results(); len(rs) == 0 || rs[0].Story == nil || rs[0].Story.ID != "library" {
		t.Fatalf("the finder does not find the story handed over last:\n%s", screenText(m))
	}
	m = press(m, "enter")
	if m.story == nil || m.story.ID != "library" {
		t.Fatalf("the second story could not be opened during loading:\n%s", screenText(m))
	}
	m = update(m, loadedMsg{stories: built(parts[2])})
	s = screenText(m)
	if m.filling || strings.Contains(s, "cross-checking") || !strings.Contains(s, "Ferry timetable") {
		t.Errorf("the end of loading: filling %v\n%s", m.filling, s)
	}
	if len(m.stories) != 3 || m.story.ID != "library" {
		t.Errorf("%d stories, in %s", len(m.stories), m.story.ID)
	}
	checkSize(t, m, 140, 44)
}

// q quits at once while the loader is still at work: Run returns, and the
// loader's context ends, before the loader has handed over anything or
// while it is between stories.
func TestQuitWhileLoading(t *testing.T) {
	for _, c := range []struct {
		name  string
		first bool // the loader hands over a story before it blocks
	}{{"reading", false}, {"between stories", true}} {
		t.Run(c.name, func(t *testing.T) {
			parts := storyParts(t)
			blocked, release, stopped := make(chan struct{}), make(chan struct{}), make(chan struct{})
			var returned atomic.Bool
			var given atomic.Value // the loader's context
			load := func(ctx context.Context, f Feed) []error {
				defer close(stopped)
				defer returned.Store(true)
				given.Store(ctx)
				f.Progress(StageReading, 1, 5)
				if c.first {
					f.Add(parts[0])
					f.Progress(StageChecking, 1, 3)
				}
				close(blocked)
				<-release // a loader deaf to its context: the reader must not wait for it
				return nil
			}
			in, keys := io.Pipe()
			done := make(chan error, 1)
			go func() {
				done <- runProgram(load, Options{}, tea.WithInput(in), tea.WithOutput(io.Discard),
					tea.WithoutSignals(), tea.WithWindowSize(100, 30))
			}()
			<-blocked
			if _, err := keys.Write([]byte("q")); err != nil {
				t.Fatal(err)
			}
			select {
			case err := <-done:
				if err != nil {
					t.Fatalf("Run: %v", err)
				}
			case <-time.After(20 * time.Second):
				t.Fatal("q did not end the program while the loader was at work")
			}
			if returned.Load() {
				t.Error("the loader returned before it was let go")
			}
			if ctx := given.Load().(context.Context); ctx.Err() == nil {
				t.Error("the loader's context did not end when the reader quit")
			}
			close(release)
			<-stopped
			keys.Close()
		})
	}
}

// A whole program shows the first story and the progress while the loader
// is blocked on the next one, lets the user read it, and shows everything
// once the loader is let go.
func TestFlowStoriesWhileLoading(t *testing.T) {
	parts := storyParts(t)
	next := make(chan struct{})
	load := func(_ context.Context, f Feed) []error {
		f.Progress(StageChecking, 0, 3)
		for i, p := range parts {
			if i > 0 {
				<-next
			}
			f.Add(p)
			f.Progress(StageChecking, i+1, 3)
		}
		return nil
	}
	rec := &recorder{}
	tm := teatest.NewTestModel(t, New(load, Options{}),
		teatest.WithInitialTermSize(140, 44), teatest.WithProgramOptions(tea.WithFilter(rec.filter)))
	waitFor(t, tm, rec, "the first story", func(s snapshot) bool { return !s.loading && s.story == "bridge" })
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		return strings.Contains(string(b), "cross-checking 1/3 stories")
	}, teatest.WithDuration(20*time.Second))
	tm.Send(fixture.Key("n"))
	waitFor(t, tm, rec, "a claim chosen while loading", func(s snapshot) bool { return !strings.HasSuffix(s.state, "/-") })
	close(next)
	waitFor(t, tm, rec, "every story", func(s snapshot) bool { return s.stories == 3 && !s.filling })
	m := finish(t, tm)
	if m.story.ID != "bridge" || strings.HasSuffix(state(m), "/-") {
		t.Errorf("the end of loading moved the reader: %s in %s", state(m), m.story.ID)
	}
}

// engineParts is a pile of several stories cross-checked by the engine, as
// Analyze returns it and as Stream hands it over story by story.
func engineParts(t testing.TB) (*model.Analysis, []*model.Analysis) {
	t.Helper()
	var docs []model.Document
	for _, d := range fixture.Stories().Documents {
		d.Story, d.CopyOf = "", ""
		docs = append(docs, d)
	}
	docs = append(docs, fixture.LongArticle(300).Documents...)
	all := model.Analyze(docs)
	var parts []*model.Analysis
	model.Stream(docs, model.DefaultConfig(), func(a *model.Analysis) { parts = append(parts, a) })
	if len(parts) < 2 {
		t.Fatalf("the engine made %d stories of the fixture: nothing streams", len(parts))
	}
	return all, parts
}

// A reader that got its stories one by one ends where a reader given the
// whole analysis starts: the same screens, key after key.
func TestStreamedReaderIsTheWhole(t *testing.T) {
	all, parts := engineParts(t)
	want := readyWith(t, all, 140, 44)
	got := New(nil, Options{})
	got.frames = nil
	got = send(got, tea.WindowSizeMsg{Width: 140, Height: 44})
	for i, p := range parts[:len(parts)-1] {
		got = update(got, feed(progress{StageChecking, i + 1, len(parts)}, p))
	}
	got = send(got, loadedMsg{stories: built(parts[len(parts)-1])})
	t.Logf("%d stories", len(parts))
	steps := [][]string{{}, {"n"}, {"n", "n", "tab"}, {"tab", "j", "j", "enter"}, {"j", "j", "j"}, {"m"}, {"esc", "/"},
		{"harbour"}, {"esc", "/", "bay"}, {"enter"}, {"a", "noted", "enter", "s"}, {"?"}}
	for _, keys := range steps {
		want, got = press(want, keys...), press(got, keys...)
		if w, g := screenText(want), screenText(got); w != g {
			t.Fatalf("after %v the streamed reader differs:\nstreamed:\n%s\nwhole:\n%s", keys, g, w)
		}
	}
}
