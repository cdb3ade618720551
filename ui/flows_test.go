package ui

import (
	"bytes"
	"encoding/base64"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"parallax/data/store"
	"parallax/model"
	"parallax/ui/internal/fixture"
)

// flow starts a whole program on an analysis and waits until it has loaded.
func flow(t *testing.T, a *model.Analysis, opts Options, w, h int) (*teatest.TestModel, *recorder) {
	t.Helper()
	rec := &recorder{}
	tm := teatest.NewTestModel(t, New(fixed(a), opts),
		teatest.WithInitialTermSize(w, h), teatest.WithProgramOptions(tea.WithFilter(rec.filter)))
	waitFor(t, tm, rec, "loading", func(s snapshot) bool { return !s.loading })
	return tm, rec
}

// finish quits a program and returns its last model.
func finish(t *testing.T, tm *teatest.TestModel) Model {
	t.Helper()
	tm.Send(fixture.Key("ctrl+c"))
	return tm.FinalModel(t, teatest.WithFinalTimeout(10*time.Second)).(Model)
}

// The finder opens empty, finds claims by a figure, and finds entities and
// claims of every story, jumping to the story of the result.
func TestFlowFinder(t *testing.T) {
	tm, rec := flow(t, fixture.Stories(), Options{}, 140, 44)
	tm.Type("/cmrce")
	waitFor(t, tm, rec, "the query typed", func(s snapshot) bool { return s.modal == modalSearch })
	tm.Send(fixture.Key("esc"))
	waitFor(t, tm, rec, "the finder closed", func(s snapshot) bool { return s.modal == modalNone })
	tm.Type("/$3.5")
	s := waitFor(t, tm, rec, "a figure of another story found", func(s snapshot) bool {
		return s.modal == modalSearch && strings.HasPrefix(s.firstResult, "City engineers put the repair bill at $3.5 million.")
	})
	if s.query != "$3.5" {
		t.Fatalf("the finder kept its old query: %q", s.query)
	}
	tm.Send(fixture.Key("enter"))
	waitFor(t, tm, rec, "the claim of the library story open", func(s snapshot) bool {
		return s.modal == modalNone && s.state == "ledger-roof/r8" && s.story == "library" && s.history == 1
	})
	tm.Type("/gull")
	waitFor(t, tm, rec, "an entity of the ferry story", func(s snapshot) bool { return s.firstResult == "Gull Island" })
	tm.Send(fixture.Key("enter"))
	waitFor(t, tm, rec, "the ferry story, its entity chosen", func(s snapshot) bool {
		return s.story == "ferry" && s.entity == "gull" && strings.HasPrefix(s.state, "island/")
	})
	// The hint said esc clears the entity: it does, and backspace goes back.
	tm.Send(fixture.Key("esc"))
	waitFor(t, tm, rec, "the entity cleared", func(s snapshot) bool { return s.entity == "" && s.story == "ferry" })
	tm.Send(fixture.Key("backspace"))
	waitFor(t, tm, rec, "back in the library story", func(s snapshot) bool { return s.story == "library" })
	finish(t, tm)
}

// c filters the claim list with the article, keeping a selection that fits.
func TestFlowFilterList(t *testing.T) {
	tm, rec := flow(t, fixture.Story(), Options{}, 140, 40)
	tm.Type("c")
	waitFor(t, tm, rec, "conflicts only", func(s snapshot) bool { return s.rows == "h2" })
	tm.Type("c")
	waitFor(t, tm, rec, "corroborated only", func(s snapshot) bool { return s.rows == "h1 h5 h4" })
	tm.Type("nn")
	waitFor(t, tm, rec, "the sentence of two figures", func(s snapshot) bool { return s.state == "herald/h5" })
	tm.Type("c")
	waitFor(t, tm, rec, "single source keeps it", func(s snapshot) bool { return s.state == "herald/h5" && s.filter == "single source" })
	tm.Type("c")
	waitFor(t, tm, rec, "starred or noted drops it", func(s snapshot) bool { return s.state == "herald/-" && s.rows == "" })
	finish(t, tm)
}

// An article counts read when it is opened, not when the cursor passes it;
// r toggles it.
func TestFlowReadOnOpen(t *testing.T) {
	mem := store.NewMemory()
	a := fixture.Story()
	tm, rec := flow(t, a, Options{Marks: mem, User: "u"}, 140, 40)
	readOf := func() map[string]time.Time {
		r, err := mem.ReadFor("u", a)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	tm.Send(fixture.Key("shift+tab"))
	tm.Type("jj") // over Daily Ledger onto Coastal Wire
	waitFor(t, tm, rec, "the cursor on Coastal Wire", func(s snapshot) bool { return strings.HasPrefix(s.state, "wire/") })
	tm.Send(fixture.Key("enter"))
	waitFor(t, tm, rec, "Coastal Wire opened", func(s snapshot) bool { return s.focus == paneArticle })
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) && readOf()["wire"].IsZero() {
		time.Sleep(20 * time.Millisecond)
	}
	read := readOf()
	if _, ok := read["wire"]; !ok {
		t.Errorf("the opened article is not read: %v", read)
	}
	if _, ok := read["ledger"]; ok {
		t.Errorf("the article the cursor passed over counts read: %v", read)
	}
	tm.Type("r")
	waitFor(t, tm, rec, "marked unread", func(s snapshot) bool { return s.flash == "marked unread" })
	for time.Now().Before(deadline) && !readOf()["wire"].IsZero() {
		time.Sleep(20 * time.Millisecond)
	}
	if _, ok := readOf()["wire"]; ok {
		t.Error("r did not mark the article unread in the store")
	}
	finish(t, tm)
}

// o opens the original through Options.OpenURL; y copies the link through
// the terminal (OSC 52); over SSH (no OpenURL) o shows the link instead.
func TestFlowOpenAndCopyLink(t *testing.T) {
	var mu sync.Mutex
	var opened []string
	open := func(url string) error {
		mu.Lock()
		defer mu.Unlock()
		opened = append(opened, url)
		return nil
	}
	tm, rec := flow(t, fixture.Story(), Options{OpenURL: open}, 140, 40)
	tm.Type("o")
	waitFor(t, tm, rec, "opened", func(s snapshot) bool { return strings.HasPrefix(s.flash, "opened in your browser") })
	mu.Lock()
	got := strings.Join(opened, " ")
	mu.Unlock()
	if got != "https://herald.example/news/bridge-vote" {
		t.Errorf("opened %q", got)
	}
	tm.Type("y")
	want := "\x1b]52;c;" + base64.StdEncoding.EncodeToString([]byte("https://herald.example/news/bridge-vote"))
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(want)) },
		teatest.WithDuration(5*time.Second))
	finish(t, tm)

	tm, rec = flow(t, fixture.Story(), Options{}, 140, 40)
	tm.Type("o")
	waitFor(t, tm, rec, "the link shown", func(s snapshot) bool { return s.flash == "open" })
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		return bytes.Contains(b, []byte("https://herald.example/news/bridge-vote"))
	}, teatest.WithDuration(5*time.Second))
	finish(t, tm)
}

// w writes the story's HTML report, with the reader's star and note, and says where.
func TestFlowExportAndStarredView(t *testing.T) {
	dir := t.TempDir()
	tm, rec := flow(t, fixture.Stories(), Options{ExportDir: dir}, 140, 44)
	tm.Type("s")
	waitFor(t, tm, rec, "why s did nothing", func(s snapshot) bool { return strings.HasPrefix(s.flash, "select a claim first") })
	tm.Type("nn")
	waitFor(t, tm, rec, "the cost claim", func(s snapshot) bool { return s.state == "herald/h2" })
	tm.Type("s")
	tm.Type("a")
	tm.Type("ask the authority for the tender")
	tm.Send(fixture.Key("enter"))
	waitFor(t, tm, rec, "the note saved", func(s snapshot) bool { return strings.Contains(s.flash, "note saved") })
	tm.Type("S")
	waitFor(t, tm, rec, "the starred view", func(s snapshot) bool { return s.panel == "Starred and noted" && s.rows == "h2" })
	tm.Type("w")
	path := filepath.Join(dir, "parallax-council-backs-the-new-harbour-bridge.html")
	waitFor(t, tm, rec, "the report written", func(s snapshot) bool { return strings.HasPrefix(s.flash, "report written to ") })
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Starred and noted (1)", "ask the authority for the tender", "Council backs the new harbour bridge"} {
		if !bytes.Contains(b, []byte(want)) {
			t.Errorf("the report lacks %q", want)
		}
	}
	if bytes.Contains(b, []byte("Library roof")) {
		t.Error("the report holds another story")
	}
	finish(t, tm)

	tm, rec = flow(t, fixture.Story(), Options{}, 140, 40)
	tm.Type("w")
	waitFor(t, tm, rec, "no export over SSH", func(s snapshot) bool { return strings.HasPrefix(s.flash, "reports cannot be written from here") })
	finish(t, tm)
}

// burst runs a program on raw terminal input written all at once, as a fast
// typist or a script over SSH sends it, and returns the final model.
func burst(t *testing.T, m Model, input []byte, w, h int) Model {
	t.Helper()
	r, wr := io.Pipe()
	p := tea.NewProgram(m, tea.WithInput(r), tea.WithOutput(io.Discard), tea.WithWindowSize(w, h),
		tea.WithoutSignalHandler())
	done := make(chan tea.Model, 1)
	go func() {
		fm, err := p.Run()
		if err != nil {
			t.Error(err)
		}
		done <- fm
	}()
	time.Sleep(300 * time.Millisecond) // loaded
	if _, err := wr.Write(input); err != nil {
		t.Fatal(err)
	}
	select {
	case fm := <-done:
		_ = wr.Close()
		return fm.(Model)
	case <-time.After(60 * time.Second):
		p.Kill()
		t.Fatal("the program did not quit after the burst")
	}
	return Model{}
}

// Fifty notes typed in one burst, each on its own claim, are all stored
// intact: no Enter lost, no note merged into the next.
func TestBurstOfNotes(t *testing.T) {
	a := fixture.LongArticle(3000)
	mem := store.NewMemory()
	var in bytes.Buffer
	for i := 1; i <= 50; i++ {
		in.WriteString("na")
		in.WriteString("note " + string(rune('A'+i%26)) + " number " + itoa(i))
		in.WriteString("\r")
	}
	in.WriteString("q")
	burst(t, New(fixed(a), Options{Marks: mem, User: "u"}), in.Bytes(), 120, 40)
	var marks map[string]store.Mark
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		marks, _ = mem.MarksFor("u", a)
		if len(marks) >= 50 {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	for i := 1; i <= 50; i++ {
		id := "c" + itoa(i)
		if want := "note " + string(rune('A'+i%26)) + " number " + itoa(i); marks[id].Note != want {
			t.Errorf("%s holds %q, want %q", id, marks[id].Note, want)
		}
	}
	if len(marks) != 50 {
		t.Errorf("%d claims hold notes, want 50", len(marks))
	}
}

// A flood of navigation keys costs a frame per interval, not one per key,
// and the q behind it still ends the program.
func TestFloodOfKeysThenQuit(t *testing.T) {
	m := New(fixed(fixture.LongArticle(5000)), Options{})
	flood := append(bytes.Repeat([]byte("jjjjnnkkNN"), 10_000), 'q') // 100 KB
	fm := burst(t, m, flood, 200, 60)
	if fm.frames == nil || fm.frames.count > 5_000 {
		t.Errorf("100,000 keys drew %d frames: the flood was not coalesced", fm.frames.count)
	}
	t.Logf("100,000 keys drew %d frames", fm.frames.count)
}

func itoa(i int) string { return strings.TrimSpace(strings.Repeat(" ", 0) + fmtInt(i)) }

func fmtInt(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return fmtInt(i/10) + string(rune('0'+i%10))
}

// One key is drawn once: the frameMsg that follows it finds the frame
// current and hands it back, while a key that leaves the claim panel to
// follow is drawn again when the panel has caught up.
func TestOneKeyOneFrame(t *testing.T) {
	m := readyWith(t, fixture.Story(), 120, 40)
	m.frames = &frames{}
	_ = m.View()
	drawn := m.frames.count
	for _, k := range []string{"j", "n", "k"} {
		next, _ := m.Update(fixture.Key(k))
		m = next.(Model)
		_ = m.View()
		m.frames.last = time.Time{} // the frame interval has passed
		stale := m.panelStale
		next, _ = m.Update(frameMsg{})
		m = next.(Model)
		v := m.View()
		want := drawn + 1
		if stale {
			want++
		}
		if m.frames.count != want {
			t.Errorf("%s: %d frames drawn, want %d", k, m.frames.count-drawn, want-drawn)
		}
		drawn = m.frames.count
		if v.Content != m.draw().Content {
			t.Errorf("%s: the frame handed back is not the reader as it is", k)
		}
	}
}
