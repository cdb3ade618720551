package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"parallax/data"
	"parallax/model"
	"parallax/ui/internal/fixture"
)

// sharedDir is ../shared from the repository root, seen from this package.
func sharedDir(t *testing.T, sub ...string) string {
	t.Helper()
	dir := filepath.Join(append([]string{"..", "..", "shared"}, sub...)...)
	if _, err := os.Stat(dir); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is missing in CI: %v", dir, err)
		}
		t.Skipf("%s not found (the shared test material is not here): %v", dir, err)
	}
	return dir
}

// seedsAnalysis loads and analyses the seed articles with the real data and
// model packages, skipping while the engine finds no claims.
func seedsAnalysis(t *testing.T) *model.Analysis {
	t.Helper()
	docs, skipped := data.Load([]string{sharedDir(t, "seeds")})
	if len(skipped) > 0 {
		t.Logf("skipped inputs: %v", skipped)
	}
	a := model.Analyze(docs)
	if len(a.Claims) == 0 {
		t.Skip("model.Analyze finds no claims in the seeds yet: this test starts running when the engine lands")
	}
	return a
}

// snapshot is what the whole-program test watches, taken on the program's
// own goroutine so the test never reads a model the program is changing.
type snapshot struct {
	loading       bool
	filling       bool // stories shown, more on their way
	stories       int
	state, entity string
	history       int
	modal         modal
	focus         pane
	firstResult   string
	listed        string
	query         string
	story         string
	rows          string // the claim panel's rows
	panel         string // the claim panel's title
	flash         string
	filter        string
}

func snap(m Model) snapshot {
	s := snapshot{loading: m.loading, filling: m.filling, stories: len(m.stories), state: state(m), entity: m.entity, history: len(m.history),
		modal: m.modal, focus: m.focus, listed: strings.Join(m.sources.Listed(), ","),
		query: m.search.Query(), rows: strings.Join(m.claims.Items(), " "), panel: m.claims.Title(),
		flash: m.flash, filter: m.article.Filter().String()}
	if m.story != nil {
		s.story = m.story.ID
	}
	if rs := m.search.Results(); len(rs) > 0 {
		s.firstResult = rs[0].Name
		if rs[0].Entity != nil {
			s.firstResult = rs[0].Entity.Name
		}
	}
	return s
}

// recorder keeps the latest snapshot.
type recorder struct {
	mu   sync.Mutex
	last snapshot
}

func (r *recorder) filter(m tea.Model, msg tea.Msg) tea.Msg {
	if mm, ok := m.(Model); ok {
		r.mu.Lock()
		r.last = snap(mm)
		r.mu.Unlock()
	}
	return msg
}

// probeMsg makes the program pass through the filter once more.
type probeMsg struct{}

// waitFor polls the program until cond holds for its latest state.
func waitFor(t *testing.T, tm *teatest.TestModel, r *recorder, what string, cond func(snapshot) bool) snapshot {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		tm.Send(probeMsg{})
		time.Sleep(20 * time.Millisecond)
		r.mu.Lock()
		s := r.last
		r.mu.Unlock()
		if cond(s) {
			return s
		}
		if time.Now().After(deadline) {
			t.Fatalf("waiting for %s: last state %+v", what, s)
		}
	}
}

// customersConflict finds the seeds' conflict over Alibaba Cloud's customer
// count (about 4 million in some reports, more than 4 billion in another):
// a claim about customers in a document that names the Commerce Department,
// and a claim of another outlet on the other side.
func customersConflict(a *model.Analysis, commerce model.Entity) (mine, other model.Claim, ok bool) {
	names := map[string]bool{}
	for _, mn := range commerce.Mentions {
		names[mn.Doc] = true
	}
	for _, g := range a.Groups {
		if g.Verdict != model.Conflicting || len(g.Sides) < 2 {
			continue
		}
		var cs []model.Claim
		for _, id := range g.Claims {
			if c, ok := a.Claim(id); ok && strings.Contains(c.Text, "customers") {
				cs = append(cs, c)
			}
		}
		for _, c := range cs {
			for _, o := range cs {
				if c.Doc != o.Doc && names[c.Doc] && sideOf(g, c.ID) != sideOf(g, o.ID) {
					return c, o, true
				}
			}
		}
	}
	return model.Claim{}, model.Claim{}, false
}

func sideOf(g model.Group, id string) int {
	for i, s := range g.Sides {
		for _, x := range s {
			if x == id {
				return i
			}
		}
	}
	return -1
}

// TestProgramSeedsCommerceAndCustomers runs the whole program on the seed
// articles: search "cmrce", pick the Commerce Department, go to the customers
// conflict, jump to the other outlet's version and come back.
func TestProgramSeedsCommerceAndCustomers(t *testing.T) {
	a := seedsAnalysis(t)
	var commerce model.Entity
	for _, e := range a.Entities {
		if e.Name == "Commerce Department" {
			commerce = e
		}
	}
	if commerce.ID == "" {
		t.Skip("the engine finds no Commerce Department entity in the seeds yet")
	}
	mine, other, ok := customersConflict(a, commerce)
	if !ok {
		t.Skip("the engine does not yet report the customers conflict (4 million vs more than 4 billion) in the seeds")
	}

	searchJumpBack(t, a, "cmrce", commerce, mine, other, []string{"customers", "Commerce Department", "outlets conflict"})
}

// TestProgramFixtureSearchJumpBack runs the same flow on the invented story,
// so the whole-program machinery is tested whatever the engine finds.
func TestProgramFixtureSearchJumpBack(t *testing.T) {
	a := fixture.Story()
	hba := a.Entities[0]
	mine, _ := a.Claim("w4")
	other, _ := a.Claim("t1")
	searchJumpBack(t, a, "hbauth", hba, mine, other, []string{"400 jobs", "Harbour Bridge Authority", "OUTLETS CONFLICT", "Metro Times"})
}

// searchJumpBack drives the program with keys: find the entity with query
// and choose it, open the article of mine in the narrowed source list, walk
// its conflicts with c and n to mine, compare, jump to the other outlet and
// come back with backspace.
func searchJumpBack(t *testing.T, a *model.Analysis, query string, ent model.Entity, mine, other model.Claim, screenWants []string) {
	t.Helper()
	rec := &recorder{}
	tm := teatest.NewTestModel(t, New(fixed(a), Options{}),
		teatest.WithInitialTermSize(160, 50), teatest.WithProgramOptions(tea.WithFilter(rec.filter)))
	waitFor(t, tm, rec, "loading", func(s snapshot) bool { return !s.loading })

	tm.Type("/" + query)
	waitFor(t, tm, rec, ent.Name+" first", func(s snapshot) bool {
		return s.modal == modalSearch && s.firstResult == ent.Name
	})
	tm.Send(fixture.Key("enter"))
	s := waitFor(t, tm, rec, "entity chosen", func(s snapshot) bool { return s.entity == ent.ID })
	listed := strings.Split(s.listed, ",")
	pos := -1
	for i, id := range listed {
		if id == mine.Doc {
			pos = i
		}
	}
	if pos < 0 {
		t.Fatalf("the source list (%v) leaves out %s, which names %s", listed, mine.Doc, ent.Name)
	}

	// Pick the article in the narrowed source list, then walk its conflicts.
	// Each step waits for the one before to land: on a loaded machine a key
	// typed ahead may reach the program before the article it is meant for.
	tm.Send(fixture.Key("shift+tab"))
	tm.Type("g" + strings.Repeat("j", pos))
	tm.Send(fixture.Key("tab"))
	s = waitFor(t, tm, rec, "the article open", func(s snapshot) bool {
		return s.focus == paneArticle && (s.state == mine.Doc || strings.HasPrefix(s.state, mine.Doc+"/"))
	})
	tm.Type("c")
	s = waitFor(t, tm, rec, "the conflicts filter", func(s snapshot) bool { return s.filter == "conflicts" })
	conflicts := 0
	for _, c := range a.ClaimsOf(mine.Doc) {
		if g, ok := a.GroupOf(c.ID); ok && g.Verdict == model.Conflicting {
			conflicts++
			if c.ID == mine.ID {
				break
			}
		}
	}
	for k := range conflicts {
		before := s.state
		tm.Type("n")
		s = waitFor(t, tm, rec, fmt.Sprintf("conflict %d of %d", k+1, conflicts), func(s snapshot) bool { return s.state != before })
	}
	waitFor(t, tm, rec, "the customers claim selected", func(s snapshot) bool { return s.state == mine.Doc+"/"+mine.ID })

	// Compare, then jump to the other outlet's version of the figure.
	tm.Send(fixture.Key("enter"))
	waitFor(t, tm, rec, "claim panel focused", func(s snapshot) bool { return s.focus == paneClaims })
	tm.Send(fixture.Key("enter"))
	s = waitFor(t, tm, rec, "the jump", func(s snapshot) bool { return s.history == 1 })
	if want := other.Doc + "/" + other.ID; s.state != want {
		// Several outlets may take the other side; any of them is the other outlet.
		if strings.HasPrefix(s.state, mine.Doc+"/") {
			t.Fatalf("after the jump still on %s", s.state)
		}
		t.Logf("jumped to %s (the first conflicting outlet listed), not %s", s.state, want)
	}

	tm.Send(fixture.Key("backspace"))
	waitFor(t, tm, rec, "back", func(s snapshot) bool { return s.history == 0 && s.state == mine.Doc+"/"+mine.ID })

	tm.Type("q")
	final := tm.FinalModel(t, teatest.WithFinalTimeout(10*time.Second)).(Model)
	screen := ansi.Strip(final.View().Content)
	for _, want := range screenWants { // case aside: a verdict heads the panel in capitals, a figure's in lower case
		if !strings.Contains(strings.ToLower(screen), strings.ToLower(want)) {
			t.Errorf("final screen lacks %q:\n%s", want, screen)
		}
	}
}

// TestSeedsEveryClaim walks every claim of every seed article with the real
// engine's output and checks the panel and the screen at each step.
func TestSeedsEveryClaim(t *testing.T) {
	a := seedsAnalysis(t)
	for _, size := range [][2]int{{80, 24}, {120, 40}, {200, 60}} {
		m := readyWith(t, a, size[0], size[1])
		for i := range m.story.Docs {
			m.openDoc(m.story.Docs[i].ID)
			m.setFocus(paneArticle)
			m.relayout()
			for range m.story.Docs[i].Claims {
				m = press(m, "n")
				checkSize(t, m, size[0], size[1])
				if m.claims.Mode() != 1 { // claims.Compare
					t.Fatalf("%v %s: claim panel not comparing", size, state(m))
				}
			}
			// Jump to every other version of the last claim and back.
			before := state(m)
			m = press(m, "enter")
			for range m.claims.Items() {
				m = press(m, "enter", "backspace", "down")
				if state(m) != before {
					t.Fatalf("%v: back from a jump landed on %s, want %s", size, state(m), before)
				}
			}
		}
	}
}
