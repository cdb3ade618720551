package ui

import (
	"reflect"
	"sync"
	"testing"

	tea "charm.land/bubbletea/v2"

	"parallax/data/store"
	"parallax/ui/internal/fixture"
)

// sharedKeys is a session of reading: moving in the list and the article,
// folding stories, starring, noting, reading and unreading, the overview
// and the finder, a jump and back.
var sharedKeys = []string{
	"j", "j", "n", "n", "s", "a", "why", "enter", "r", "r", "N", "shift+tab", "j", "j", "j", "l", "enter",
	"e", "e", "m", "j", "enter", "backspace", "/", "harb", "enter", "tab", "n", "s", "p", "j", "esc", "S", "?", "?",
}

// sharedReader is a reader over shared stories, loaded and sized, with a
// store of its own.
func sharedReader(t testing.TB, sh *Shared, w, h int) Model {
	t.Helper()
	m := New(sh.Loader(), Options{Marks: store.NewMemory(), User: "tester"})
	m.frames = nil
	return send(m, tea.WindowSizeMsg{Width: w, Height: h}, handedOver(t, sh))
}

// handedOver is the end of loading as a reader of sh gets it.
func handedOver(t testing.TB, sh *Shared) loadedMsg {
	q := newFeedQueue()
	sh.Loader()(t.Context(), Feed{q})
	_, parts := q.take()
	stories, index := arrivals(parts...)
	if index == nil || len(stories) != sh.Stories() {
		t.Fatalf("handed over %d stories, index %v", len(stories), index)
	}
	return loadedMsg{stories: stories, index: index}
}

// sameShared reports whether two Shares hold equal stories and find the
// same things. (The finder's index maps entities by pointer, so it is
// compared by what it finds; each story's matrix, built on first use, is
// built in both first.)
func sameShared(x, y *Shared) bool {
	for _, s := range append(x.stories[:len(x.stories):len(x.stories)], y.stories...) {
		_ = s.Matrix()
	}
	if !reflect.DeepEqual(x.stories, y.stories) {
		return false
	}
	for _, q := range []string{"", "harb", "bridge", "council 4", "roof", "zzz"} {
		for i := range x.stories {
			if !reflect.DeepEqual(x.corpus.Find(q, x.stories[i]), y.corpus.Find(q, y.stories[i])) {
				return false
			}
		}
	}
	return true
}

// TestSharedReadersConcurrently runs two readers over one Shared at once,
// each through a whole session of keys (go test -race watches them), and
// checks the shared stories are as built and each reader ends where one
// built from the analysis alone ends.
func TestSharedReadersConcurrently(t *testing.T) {
	a := fixture.Stories()
	sh := Share(a)
	before := Share(a)
	if !sameShared(sh, before) {
		t.Fatal("two Shares of one analysis differ")
	}
	var wg sync.WaitGroup
	screens := make([]string, 2)
	for i := range screens {
		wg.Go(func() {
			m := sharedReader(t, sh, 120, 40)
			for range 3 {
				m = press(m, sharedKeys...)
				_ = m.View()
			}
			screens[i] = screenText(m)
		})
	}
	wg.Wait()
	if !sameShared(sh, before) {
		t.Error("a reader changed the shared stories")
	}
	alone, _ := readyStories(t, 120, 40)
	for range 3 {
		alone = press(alone, sharedKeys...)
	}
	want := screenText(alone)
	for i, got := range screens {
		if got != want {
			t.Errorf("reader %d over the shared stories ends on\n%s\nwant (a reader of its own)\n%s", i, got, want)
		}
	}
}

// TestSharedTitleIsTheReadersOwn gives one reader of a shared story a title:
// the shared story keeps its own.
func TestSharedTitleIsTheReadersOwn(t *testing.T) {
	sh := Share(fixture.Story())
	title := sh.stories[0].Title
	for _, early := range []bool{true, false} {
		m := New(sh.Loader(), Options{Title: "Mine"})
		m.frames = nil
		msg := handedOver(t, sh)
		if early { // the story comes with the end of loading
			m = send(m, tea.WindowSizeMsg{Width: 100, Height: 30}, msg)
		} else { // the story came before the end
			m = send(m, tea.WindowSizeMsg{Width: 100, Height: 30}, feedMsg{stories: msg.stories, index: msg.index, q: newFeedQueue()})
			m = press(m, "j", "n")
			m = send(m, loadedMsg{})
		}
		if got := m.View().WindowTitle; got != "parallax · Mine" {
			t.Errorf("early=%v: window title = %q", early, got)
		}
		if sh.stories[0].Title != title {
			t.Errorf("early=%v: the shared story's title became %q", early, sh.stories[0].Title)
		}
	}
}

// TestMemosDrawTheScreenAsItIs presses a session of keys at a few sizes,
// with a light background part of the way, and checks after each that the
// screen drawn from the memos is the screen drawn afresh.
func TestMemosDrawTheScreenAsItIs(t *testing.T) {
	keys := append([]string{"?"}, sharedKeys...)
	keys = append(keys, "tab", "tab", "c", "j", "?")
	for _, size := range [][2]int{{120, 40}, {80, 24}, {200, 60}, {60, 20}} {
		m, _ := readyStories(t, size[0], size[1])
		m.frames = nil
		for i, k := range keys {
			if i == len(keys)/2 {
				m = send(m, tea.BackgroundColorMsg{Color: white{}})
			}
			m = press(m, k)
			got := m.render()
			memos := m.memos
			m.memos = nil
			want := m.render()
			m.memos = memos
			if got != want {
				t.Fatalf("%dx%d, after %q (key %d): the screen from the memos is stale:\n%s\nwant\n%s",
					size[0], size[1], k, i, got, want)
			}
		}
	}
}
