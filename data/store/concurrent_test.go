package store

import (
	"fmt"
	"path/filepath"
	"sync"
	"testing"

	"parallax/model"
)

// TestConcurrentOpenAndWrites opens one new database from several handles at
// once (as several parallax processes would) and writes marks from all of
// them together: every Open migrates or finds the work done, and no write is
// lost to a busy database.
func TestConcurrentOpenAndWrites(t *testing.T) {
	path := filepath.Join(t.TempDir(), "shared.db")
	const handles, writers, writes = 4, 3, 15
	stores := make([]*Store, handles)
	errs := make([]error, handles)
	var wg sync.WaitGroup
	for i := range handles {
		wg.Go(func() { stores[i], errs[i] = Open(path) })
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("handle %d: %v", i, err)
		}
		defer stores[i].Close()
	}

	var docs []model.Document
	var claims []model.Claim
	for h := range handles {
		for w := range writers {
			d := model.Document{ID: fmt.Sprintf("h%dw%d", h, w), Path: fmt.Sprintf("/c/h%d-w%d.txt", h, w)}
			docs = append(docs, d)
			for i := range writes {
				text := fmt.Sprintf("Handle %d writer %d sentence %d.", h, w, i)
				claims = append(claims, model.Claim{ID: fmt.Sprintf("%s-%d", d.ID, i), Doc: d.ID,
					Start: i * 40, End: i*40 + len(text), Text: text})
			}
		}
	}
	a := model.NewAnalysis(docs, nil, claims, nil)
	failures := make(chan error, len(claims))
	for h := range handles {
		for w := range writers {
			wg.Go(func() {
				d, _ := a.Document(fmt.Sprintf("h%dw%d", h, w))
				for _, c := range a.ClaimsOf(d.ID) {
					user := fmt.Sprintf("user-%d", w)
					if _, err := stores[h].Star(user, d, c, true); err != nil {
						failures <- err
					}
				}
			})
		}
	}
	wg.Wait()
	close(failures)
	for err := range failures {
		t.Error(err)
	}
	total := 0
	for w := range writers {
		marks, err := stores[0].MarksFor(fmt.Sprintf("user-%d", w), a)
		if err != nil {
			t.Fatal(err)
		}
		total += len(marks)
	}
	if total != len(claims) {
		t.Errorf("%d marks stored, want %d", total, len(claims))
	}
	if v, _ := stores[0].Version(); v != SchemaVersion() {
		t.Errorf("version %d, want %d", v, SchemaVersion())
	}
}
