package store

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"parallax/data/fetch"
)

func TestCacheRoundTrip(t *testing.T) {
	s := openTest(t)
	url := "https://gazette.example/feed.xml"
	if _, ok := s.Get(url); ok {
		t.Fatal("empty cache has an entry")
	}
	entries := []CacheEntry{
		{URL: url, ETag: `"v1"`, LastModified: "Mon, 02 Feb 2026 07:00:00 GMT",
			Body: []byte("<rss>first</rss>"), FetchedAt: time.Date(2026, 2, 2, 7, 0, 5, 0, time.UTC)},
		{URL: url, ETag: `W/"v2"`, Body: []byte{0, 1, 2, 0xff},
			FetchedAt: time.Date(2026, 2, 2, 8, 0, 5, 0, time.UTC)},
		{URL: url, Body: nil, FetchedAt: time.Date(2026, 2, 2, 9, 0, 0, 0, time.UTC)},
	}
	for _, want := range entries {
		if err := s.PutCached(want); err != nil {
			t.Fatalf("PutCached: %v", err)
		}
		got, ok, err := s.Cached(url)
		if !ok || err != nil {
			t.Fatalf("Cached missed after PutCached: %v", err)
		}
		if got.URL != want.URL || got.ETag != want.ETag || got.LastModified != want.LastModified ||
			!bytes.Equal(got.Body, want.Body) || !got.FetchedAt.Equal(want.FetchedAt) {
			t.Errorf("Cached = %+v, want %+v", got, want)
		}
	}
	if err := s.Put(fetch.Entry{URL: url, ETag: `"v3"`, Body: []byte("third")}); err != nil {
		t.Fatal(err)
	}
	got, ok := s.Get(url)
	if !ok || got.ETag != `"v3"` || string(got.Body) != "third" {
		t.Errorf("Get after Put = %+v, %v", got, ok)
	}
	if e, _, _ := s.Cached(url); !e.FetchedAt.Equal(fixedTime) {
		t.Errorf("Put stamped %v, want the store clock %v", e.FetchedAt, fixedTime)
	}
	if err := s.PutCached(CacheEntry{}); err == nil {
		t.Error("PutCached without URL succeeded")
	}
	if n, err := s.PruneCache(fixedTime.Add(time.Second)); n != 1 || err != nil {
		t.Errorf("PruneCache = %d, %v; want 1", n, err)
	}
}

// TestRestartSendsConditionalRequest runs a fetch.Client over the store, closes
// it, reopens it, and checks the second run asks conditionally and gets the
// body from the store on 304.
func TestRestartSendsConditionalRequest(t *testing.T) {
	const etag = `"ferry-1"`
	var full, notModified atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == etag {
			notModified.Add(1)
			w.WriteHeader(http.StatusNotModified)
			return
		}
		full.Add(1)
		w.Header().Set("ETag", etag)
		w.Write([]byte("<rss><channel><title>Gazette</title></channel></rss>"))
	}))
	defer srv.Close()

	path := filepath.Join(t.TempDir(), "p.db")
	for run := range 2 {
		s, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		c := fetch.NewClient(fetch.Options{Cache: s})
		page, err := c.Get(context.Background(), srv.URL+"/feed")
		s.Close()
		if err != nil {
			t.Fatalf("run %d: %v", run, err)
		}
		if page.FromCache != (run == 1) || !bytes.Contains(page.Body, []byte("Gazette")) {
			t.Errorf("run %d: FromCache=%v body %q", run, page.FromCache, page.Body)
		}
	}
	if full.Load() != 1 || notModified.Load() != 1 {
		t.Errorf("server sent %d full responses and %d not-modified, want 1 and 1", full.Load(), notModified.Load())
	}
}
