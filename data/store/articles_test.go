package store

import (
	"errors"
	"testing"
	"time"

	"parallax/model"
)

func TestArticleRoundTrip(t *testing.T) {
	s := openTest(t)
	docs := fixtureDocs()
	fetched := []time.Time{
		time.Date(2026, 2, 2, 8, 0, 0, 1, time.UTC),
		time.Date(2026, 2, 3, 8, 0, 0, 0, time.UTC),
	}
	for i, d := range docs {
		if err := s.PutArticle(Article{Document: d, FetchedAt: fetched[i]}); err != nil {
			t.Fatalf("PutArticle %s: %v", d.ID, err)
		}
	}
	tests := []struct {
		key  string
		want model.Document
	}{
		{"https://gazette.example/ferry-resumes", docs[0]},
		{"/stories/ferry/coast-daily.txt", docs[1]}, // no URL: keyed by path
	}
	for i, tt := range tests {
		got, ok, err := s.Article(tt.key)
		if err != nil || !ok {
			t.Fatalf("Article(%q) = %v, %v", tt.key, ok, err)
		}
		if !sameDocument(got.Document, tt.want) {
			t.Errorf("Article(%q) = %+v, want %+v", tt.key, got.Document, tt.want)
		}
		if !got.FetchedAt.Equal(fetched[i]) {
			t.Errorf("FetchedAt = %v, want %v", got.FetchedAt, fetched[i])
		}
	}
	if got := docs[0].Published.Format(time.RFC3339); got != "2026-02-02T07:00:00+01:00" {
		t.Fatalf("fixture date %s", got)
	}
	a, _, _ := s.Article(tests[0].key)
	if _, off := a.Document.Published.Zone(); off != 3600 {
		t.Errorf("publication time zone offset %d, want 3600 (kept as written)", off)
	}

	if _, ok, err := s.Article("https://nowhere.example/"); ok || err != nil {
		t.Errorf("missing article: ok=%v err=%v", ok, err)
	}

	// Saving again under the same key replaces.
	changed := docs[0]
	changed.Title = "Ferry back in service"
	if err := s.PutArticle(Article{Document: changed, FetchedAt: fetched[1]}); err != nil {
		t.Fatal(err)
	}
	all, err := s.Articles(time.Time{})
	if err != nil || len(all) != 2 {
		t.Fatalf("Articles = %d, %v; want 2", len(all), err)
	}
	if all[1].Document.Title != "Ferry back in service" && all[0].Document.Title != "Ferry back in service" {
		t.Errorf("replaced title not found: %+v", all)
	}
	recent, err := s.Articles(fetched[1])
	if err != nil || len(recent) != 2 {
		t.Errorf("Articles(since second fetch) = %d, %v; want 2", len(recent), err)
	}

	n, err := s.PruneArticles(fetched[1].Add(time.Second))
	if err != nil || n != 2 {
		t.Errorf("PruneArticles = %d, %v; want 2", n, err)
	}
	if err := s.PutArticle(Article{}); !errors.Is(err, ErrNoKey) {
		t.Errorf("PutArticle of an empty document: %v, want ErrNoKey", err)
	}
}

func sameDocument(a, b model.Document) bool {
	return a.ID == b.ID && a.Path == b.Path && a.Outlet == b.Outlet && a.OutletSource == b.OutletSource &&
		a.Title == b.Title && a.Published.Equal(b.Published) && a.URL == b.URL &&
		a.Author == b.Author && a.Text == b.Text
}
