package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"parallax/data/store"
	"parallax/model"
	uifixture "parallax/ui/internal/fixture"
)

// storyAnalyses is what StoryAnalysis gives for every story of a, as JSON.
func storyAnalyses(t *testing.T, a *model.Analysis) []string {
	t.Helper()
	var out []string
	for _, st := range a.Stories {
		one, ok := a.StoryAnalysis(st.ID)
		if !ok {
			t.Fatalf("no story %s", st.ID)
		}
		b, err := json.Marshal(one)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, string(b))
	}
	return out
}

// threeStories is the engine's analysis of articles about three events,
// written for this test: two outlets on a ferry strike, two on a museum
// opening, one on a harbour bridge.
func threeStories() *model.Analysis {
	docs := []model.Document{
		{ID: "f1", Outlet: "Lantern Wire", Title: "Ferry crews strike for a second day",
			Text: "Ferry crews in Calder walked out for a second day on Tuesday, the union said. About 1,200 workers joined the strike, according to the union. The operator said 40 sailings were cancelled."},
		{ID: "m1", Outlet: "Lantern Wire", Title: "Calder museum opens its new wing",
			Text: "The Calder Museum of Maps opened its new east wing on Saturday. The wing cost $18 million, museum director Ines Varga said. It holds 3,000 maps."},
		{ID: "f2", Outlet: "Daily Tattle", Title: "Calder ferry strike enters second day",
			Text: "The Calder ferry strike entered its second day on Tuesday. Some 1,200 workers are on strike, the union said. The operator said 45 sailings were cancelled."},
		{ID: "m2", Outlet: "Exchange Courier", Title: "Map museum unveils east wing",
			Text: "The Calder Museum of Maps unveiled an east wing on Saturday. Director Ines Varga said the wing cost $18 million. The collection holds 3,000 maps."},
		{ID: "b1", Outlet: "Pipe and Basin", Title: "Harbour bridge closes for repairs",
			Text: "The Kessel harbour bridge will close for 14 months of repairs from March, the transport office said. The works are budgeted at $212 million."},
	}
	return model.Analyze(docs)
}

func TestStoriesMatchStoryAnalysis(t *testing.T) {
	for name, a := range map[string]*model.Analysis{"engine": threeStories(), "fixture": uifixture.Stories()} {
		if len(a.Stories) < 3 {
			t.Fatalf("%s: %d stories, want several to split", name, len(a.Stories))
		}
		want := storyAnalyses(t, a)
		var got []string
		for one := range Stories(a) {
			b, err := json.Marshal(one)
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, string(b))
		}
		if len(got) != len(want) {
			t.Fatalf("%s: %d stories, want %d", name, len(got), len(want))
		}
		for i := range want {
			if got[i] != want[i] {
				t.Errorf("%s: story %d differs from StoryAnalysis:\n got %s\nwant %s", name, i, got[i], want[i])
			}
		}
	}
}

func TestWriteJSONLOneStoryALine(t *testing.T) {
	a := threeStories()
	var buf bytes.Buffer
	marks := map[string]store.Mark{a.Claims[0].ID: {Starred: true, Note: "check the union's figure"}}
	if err := WriteJSONL(&buf, a, marks); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(lines) != len(a.Stories) {
		t.Fatalf("%d lines for %d stories", len(lines), len(a.Stories))
	}
	seenDocs := map[string]bool{}
	for i, line := range lines {
		var one struct {
			Version   int                   `json:"version"`
			Stories   []model.Story         `json:"stories"`
			Documents []map[string]any      `json:"documents"`
			Claims    []model.Claim         `json:"claims"`
			Groups    []model.Group         `json:"groups"`
			Marks     map[string]store.Mark `json:"marks"`
		}
		if err := json.Unmarshal([]byte(line), &one); err != nil {
			t.Fatalf("line %d is not JSON: %v", i+1, err)
		}
		if one.Version != 1 || len(one.Stories) != 1 || one.Stories[0].ID != a.Stories[i].ID {
			t.Fatalf("line %d: version %d, stories %v; want story %s", i+1, one.Version, one.Stories, a.Stories[i].ID)
		}
		inStory := map[string]bool{}
		for _, d := range one.Documents {
			id := d["id"].(string)
			inStory[id], seenDocs[id] = true, true
			if d["story"] != a.Stories[i].ID {
				t.Errorf("line %d: document %s is in story %v", i+1, id, d["story"])
			}
		}
		for _, c := range one.Claims {
			if !inStory[c.Doc] {
				t.Errorf("line %d: claim %s of document %s outside the story", i+1, c.ID, c.Doc)
			}
		}
		for _, m := range one.Marks {
			if !m.Starred || m.Note != "check the union's figure" {
				t.Errorf("line %d: mark %+v", i+1, m)
			}
		}
		if _, ok := one.Marks[a.Claims[0].ID]; ok != inStory[a.Claims[0].Doc] {
			t.Errorf("line %d: the mark on %s shows %v, its document in this story %v", i+1, a.Claims[0].ID, ok, inStory[a.Claims[0].Doc])
		}
	}
	if len(seenDocs) != len(a.Documents) {
		t.Errorf("%d documents across the lines, want all %d", len(seenDocs), len(a.Documents))
	}
}

func TestStoryWriterFromChannel(t *testing.T) {
	a := threeStories()
	stories := make(chan *model.Analysis)
	go func() {
		for one := range Stories(a) {
			stories <- one
		}
		close(stories)
	}()
	var buf bytes.Buffer
	if err := NewStoryWriter(&buf, nil).WriteFrom(stories); err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	if err := WriteJSONL(&want, a, nil); err != nil {
		t.Fatal(err)
	}
	if buf.String() != want.String() {
		t.Errorf("from a channel:\n%s\nwant\n%s", buf.String(), want.String())
	}
}

// failAfter accepts n writes, then fails.
type failAfter struct{ n int }

func (f *failAfter) Write(p []byte) (int, error) {
	if f.n == 0 {
		return 0, errors.New("disk full")
	}
	f.n--
	return len(p), nil
}

func TestStoryWriterDrainsAfterAnError(t *testing.T) {
	a := threeStories()
	stories := make(chan *model.Analysis)
	sent := make(chan int)
	go func() {
		n := 0
		for one := range Stories(a) {
			stories <- one
			n++
		}
		close(stories)
		sent <- n
	}()
	err := NewStoryWriter(&failAfter{n: 1}, nil).WriteFrom(stories)
	if err == nil || err.Error() != "disk full" {
		t.Errorf("error %v, want disk full", err)
	}
	if n := <-sent; n != len(a.Stories) {
		t.Errorf("the feeder sent %d of %d stories", n, len(a.Stories))
	}
}

func TestStoryWriterFlushesEachLine(t *testing.T) {
	a := threeStories()
	var buf bytes.Buffer
	sw := NewStoryWriter(&buf, nil)
	n := 0
	for one := range Stories(a) {
		if err := sw.Write(one); err != nil {
			t.Fatal(err)
		}
		n++
		sc := bufio.NewScanner(bytes.NewReader(buf.Bytes()))
		sc.Buffer(nil, 1<<20)
		lines := 0
		for sc.Scan() {
			lines++
		}
		if lines != n || !bytes.HasSuffix(buf.Bytes(), []byte("}\n")) {
			t.Fatalf("after %d stories the output holds %d whole lines", n, lines)
		}
	}
}
