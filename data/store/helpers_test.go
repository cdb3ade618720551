package store

import (
	"encoding/json"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"parallax/model"
)

// fixedTime is the clock of test stores.
var fixedTime = time.Date(2026, 3, 14, 9, 26, 53, 589793238, time.UTC)

// openTest opens a new store in a temporary directory with a fixed clock.
func openTest(t testing.TB) *Store {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "parallax.db"))
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	s.now = func() time.Time { return fixedTime }
	t.Cleanup(func() { s.Close() })
	return s
}

// fixtureDocs are two short reports of one invented event, in our own words.
func fixtureDocs() []model.Document {
	return []model.Document{
		{
			ID: "harbour-gazette", Path: "/stories/ferry/harbour-gazette.md", Outlet: "Harbour Gazette",
			OutletSource: model.OutletFromMetadata, Title: "Ferry service resumes after storm",
			Published: time.Date(2026, 2, 2, 7, 0, 0, 0, time.FixedZone("CET", 3600)),
			URL:       "https://gazette.example/ferry-resumes",
			Text:      "The ferry line reopened on Monday. About 40 crossings a day are planned. The mayor called it a relief.",
		},
		{
			ID: "coast-daily", Path: "/stories/ferry/coast-daily.txt", Outlet: "Coast Daily",
			OutletSource: model.OutletFromText, Title: "Crossings restart",
			Text: "Boats started running again on Monday. Operators plan 35 crossings a day.",
		},
	}
}

// fixtureAnalysis splits each fixture document into one claim per sentence.
func fixtureAnalysis() *model.Analysis {
	docs := fixtureDocs()
	var claims []model.Claim
	for _, d := range docs {
		start := 0
		for start < len(d.Text) {
			end := strings.Index(d.Text[start:], ". ")
			if end < 0 {
				end = len(d.Text)
			} else {
				end += start + 1
			}
			claims = append(claims, model.Claim{
				ID: "c" + strconv.Itoa(len(claims)+1), Doc: d.ID, Start: start, End: end, Text: d.Text[start:end],
			})
			start = end + 1
		}
	}
	return model.NewAnalysis(docs, nil, claims, nil)
}

// claimOf returns a claim of the analysis and its document.
func claimOf(t testing.TB, a *model.Analysis, id string) (model.Document, model.Claim) {
	t.Helper()
	c, ok := a.Claim(id)
	if !ok {
		t.Fatalf("no claim %s", id)
	}
	d, _ := a.Document(c.Doc)
	return d, c
}

// jsonOf is v as compact JSON.
func jsonOf(v any) (string, error) {
	b, err := json.Marshal(v)
	return string(b), err
}
