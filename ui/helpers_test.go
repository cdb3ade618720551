package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"parallax/model"
	"parallax/ui/internal/fixture"
)

// fixed returns a loader that hands over an analysis already built.
func fixed(a *model.Analysis, errs ...error) Loader {
	return func(_ context.Context, feed Feed) []error {
		feed.Progress(StageReading, 1, 1)
		feed.Add(a)
		return errs
	}
}

// ready is a reader over the fixture story, loaded and sized.
func ready(t testing.TB, w, h int) Model {
	t.Helper()
	return readyWith(t, fixture.Story(), w, h)
}

func readyWith(t testing.TB, a *model.Analysis, w, h int, errs ...error) Model {
	t.Helper()
	m := New(fixed(a, errs...), Options{})
	m.frames = nil // tests read View right after Update
	m = send(m, tea.WindowSizeMsg{Width: w, Height: h}, whole(a, errs...))
	return m
}

// send feeds messages to the model and then whatever its commands produce,
// the way the program would. Commands that do not answer at once (timers)
// are dropped; quitting is ignored.
func send(m Model, msgs ...tea.Msg) Model {
	queue := append([]tea.Msg{}, msgs...)
	for steps := 0; len(queue) > 0 && steps < 1000; steps++ {
		msg := queue[0]
		queue = queue[1:]
		next, cmd := m.Update(msg)
		m = next.(Model)
		queue = append(queue, run(cmd)...)
	}
	return m
}

// run executes a command, unpacking batches.
func run(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	ch := make(chan tea.Msg, 1)
	go func() { ch <- cmd() }()
	select {
	case msg := <-ch:
		switch msg := msg.(type) {
		case nil:
			return nil
		case tea.BatchMsg:
			var out []tea.Msg
			for _, c := range msg {
				out = append(out, run(c)...)
			}
			return out
		case tea.QuitMsg:
			return nil
		}
		return []tea.Msg{msg}
	case <-time.After(100 * time.Millisecond):
		return nil
	}
}

// press sends key names; a name longer than one rune that is not a special
// key is typed letter by letter.
func press(m Model, keys ...string) Model {
	for _, k := range keys {
		if len([]rune(k)) > 1 && !fixture.IsKeyName(k) {
			for _, r := range k {
				m = send(m, fixture.Key(string(r)))
			}
			continue
		}
		m = send(m, fixture.Key(k))
	}
	return m
}

// screenText is the screen with colours and attributes stripped.
func screenText(m Model) string { return ansi.Strip(m.View().Content) }

// checkSize fails unless the screen is exactly w × h cells.
func checkSize(t testing.TB, m Model, w, h int) {
	t.Helper()
	out := m.View().Content
	if w == 0 || h == 0 {
		if out != "" {
			t.Errorf("%dx%d: view not empty", w, h)
		}
		return
	}
	lines := strings.Split(out, "\n")
	if len(lines) != h {
		t.Fatalf("%dx%d: %d lines", w, h, len(lines))
	}
	for i, l := range lines {
		if lw := ansi.StringWidth(l); lw != w {
			t.Fatalf("%dx%d: line %d is %d wide: %q", w, h, i, lw, ansi.Strip(l))
		}
	}
}

// state is a compact description of where the reader is, for table tests.
func state(m Model) string {
	doc, claim := "-", "-"
	if d := m.article.Doc(); d != nil {
		doc = d.ID
	}
	if c := m.article.Selected(); c != nil {
		claim = c.ID
	}
	return doc + "/" + claim
}
