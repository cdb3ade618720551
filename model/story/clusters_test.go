package story

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestRealnewsClusters groups the six shared real stories (three outlets
// each, titles on line 1 of each file, dates in meta.json) all together and
// expects exactly the six stories back.
func TestRealnewsClusters(t *testing.T) {
	root := needShared(t, filepath.Join("realnews", "clusters"))
	dirs, err := os.ReadDir(root)
	if err != nil {
		t.Fatal(err)
	}
	var arts []Article
	truth := map[string]string{}
	for _, d := range dirs {
		if !d.IsDir() {
			continue
		}
		raw, err := os.ReadFile(filepath.Join(root, d.Name(), "meta.json"))
		if err != nil {
			t.Fatal(err)
		}
		var meta []struct{ File, Outlet, Date string }
		if err := json.Unmarshal(raw, &meta); err != nil {
			t.Fatal(err)
		}
		for _, m := range meta {
			body, err := os.ReadFile(filepath.Join(root, d.Name(), m.File))
			if err != nil {
				t.Fatal(err)
			}
			title, text, _ := strings.Cut(string(body), "\n")
			day, _ := time.Parse(time.DateOnly, m.Date)
			id := d.Name() + "/" + m.File
			arts = append(arts, Article{ID: id, Outlet: m.Outlet, Title: title, Text: text, Published: day})
			truth[id] = d.Name()
		}
	}
	stories := Group(arts)
	for _, st := range stories {
		t.Logf("%-45s %d articles", st.Title, len(st.Articles))
		for _, id := range st.Articles[1:] {
			if truth[id] != truth[st.Articles[0]] {
				t.Errorf("story %q mixes %s and %s", st.Title, st.Articles[0], id)
			}
		}
	}
	if want := len(truth) / 3; len(stories) != want {
		t.Errorf("got %d stories, want %d", len(stories), want)
	}
}
