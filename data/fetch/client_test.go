package fetch

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestClientFailures(t *testing.T) {
	s := newSite(t, map[string]http.HandlerFunc{
		"/slow": func(w http.ResponseWriter, r *http.Request) {
			select {
			case <-r.Context().Done():
			case <-time.After(5 * time.Second):
			}
		},
		"/huge-declared": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Length", "9000000")
			_, _ = w.Write(make([]byte, 9000000))
		},
		"/huge-streamed": func(w http.ResponseWriter, r *http.Request) {
			chunk := []byte(strings.Repeat("<p>more words about the harbour</p>\n", 1000))
			for written := 0; written <= DefaultMaxBytes; written += len(chunk) {
				if _, err := w.Write(chunk); err != nil {
					return
				}
				w.(http.Flusher).Flush() // no Content-Length: only the read cap can stop it
			}
		},
		"/loop": func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, "/loop-too", http.StatusFound)
		},
		"/loop-too": func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, "/loop", http.StatusFound)
		},
		"/moved": func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, "/pages/standalone.html", http.StatusMovedPermanently)
		},
		"/image.png": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "image/png")
			_, _ = w.Write([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
		},
		"/data.json": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			_, _ = w.Write([]byte(`{"tides": [4.1, 3.9]}`))
		},
		"/empty.rss": func(w http.ResponseWriter, r *http.Request) {
			_, _ = w.Write([]byte(`<rss version="2.0"><channel><title>Quiet Wire</title></channel></rss>`))
		},
		"/broken.rss": func(w http.ResponseWriter, r *http.Request) {
			_, _ = w.Write([]byte(`<rss version="2.0"><channel><title>Broken Wire</title><item><title>Cut off`))
		},
		"/gone-item.rss": func(w http.ResponseWriter, r *http.Request) {
			_, _ = w.Write([]byte(`<rss version="2.0"><channel><title>Gone Wire</title><item><title>Vanished</title>` +
				`<link>/vanished.html</link><description>A teaser for a page that is gone.</description></item></channel></rss>`))
		},
		"/error": func(w http.ResponseWriter, r *http.Request) {
			http.Error(w, "down for repairs", http.StatusServiceUnavailable)
		},
		"/blank.html": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			_, _ = w.Write([]byte(`<html><body><img src="/harbour.jpg" alt=""></body></html>`))
		},
	})
	tests := []struct {
		name, path string
		opts       Options
		want       string // the skipped line after "URL: "
		is         error
		alone      bool // the cap is too small for the other source too
	}{
		{"not found", "/nowhere", Options{}, "404 Not Found", nil, false},
		{"server error", "/error", Options{}, "503 Service Unavailable", nil, false},
		{"timeout", "/slow", Options{Timeout: 50 * time.Millisecond}, "timeout after 50ms", nil, false},
		{"declared too large", "/huge-declared", Options{}, "response too large (over 8 MB)", ErrTooLarge, false},
		{"streamed too large", "/huge-streamed", Options{}, "response too large (over 8 MB)", ErrTooLarge, false},
		{"small cap", "/pages/standalone.html", Options{MaxBytes: 512}, "response too large (over 512 bytes)", ErrTooLarge, true},
		{"redirect loop", "/loop", Options{}, "too many redirects (more than 5)", ErrTooManyRedirects, false},
		{"image", "/image.png", Options{}, "not a feed or article", ErrNotFeedOrArticle, false},
		{"JSON that is no feed", "/data.json", Options{}, "not a feed or article", ErrNotFeedOrArticle, false},
		{"feed without items", "/empty.rss", Options{}, "feed has no items", ErrNoItems, false},
		{"page with no article", "/blank.html", Options{}, "no words in the page's article text", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u := s.URL + tt.path
			sources := []string{u, s.URL + "/feed.json"}
			if tt.alone {
				sources = sources[:1]
			}
			docs, skipped := load(t, tt.opts, sources...)
			if !tt.alone {
				checkDocs(t, docs, []wantDoc{radioFerry}) // the rest goes on
			}
			if len(skipped) != 1 {
				t.Fatalf("skipped %q, want one line", skipLines(skipped))
			}
			if got, want := skipped[0].Error(), u+": "+tt.want; got != want {
				t.Errorf("skipped %q, want %q", got, want)
			}
			if tt.is != nil && !errors.Is(skipped[0], tt.is) {
				t.Errorf("errors.Is(%v, %v) = false", skipped[0], tt.is)
			}
		})
	}
	t.Run("malformed feed", func(t *testing.T) {
		_, skipped := load(t, Options{}, s.URL+"/broken.rss")
		if len(skipped) != 1 || !strings.HasPrefix(skipped[0].Error(), s.URL+"/broken.rss: malformed feed") {
			t.Errorf("skipped %q, want one malformed feed line", skipLines(skipped))
		}
	})
	t.Run("summary item whose page is gone", func(t *testing.T) {
		docs, skipped := load(t, Options{}, s.URL+"/gone-item.rss")
		want := s.URL + "/vanished.html: 404 Not Found"
		if len(docs) != 0 || len(skipped) != 1 || skipped[0].Error() != want {
			t.Errorf("docs %v skipped %q, want none and %q", ids(docs), skipLines(skipped), want)
		}
	})
	t.Run("one redirect is followed", func(t *testing.T) {
		page, err := NewClient(Options{}).Get(context.Background(), s.URL+"/moved")
		if err != nil || page.FinalURL != s.URL+"/pages/standalone.html" || page.URL != s.URL+"/moved" {
			t.Errorf("Get = %q, %q, %v; want the page at its final address", page.URL, page.FinalURL, err)
		}
	})
	t.Run("cancelled load", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		docs, skipped := Load(ctx, NewClient(Options{}), []string{s.URL + "/full.rss"}, nil)
		if len(docs) != 0 || len(skipped) != 1 || !errors.Is(skipped[0], context.Canceled) {
			t.Errorf("docs %v skipped %q, want the source skipped as canceled", ids(docs), skipLines(skipped))
		}
	})
}

func TestClientHeaders(t *testing.T) {
	var agent, accept string
	s := newSite(t, map[string]http.HandlerFunc{
		"/who": func(w http.ResponseWriter, r *http.Request) {
			agent, accept = r.UserAgent(), r.Header.Get("Accept")
			_, _ = w.Write([]byte("ok"))
		},
	})
	if _, err := NewClient(Options{}).Get(context.Background(), s.URL+"/who"); err != nil {
		t.Fatal(err)
	}
	if agent != DefaultUserAgent || !strings.HasPrefix(agent, "parallax/"+Version+" (+https://") {
		t.Errorf("User-Agent %q, want %q", agent, DefaultUserAgent)
	}
	if !strings.Contains(accept, "application/rss+xml") || !strings.Contains(accept, "text/html") {
		t.Errorf("Accept %q, want feeds and pages", accept)
	}
}

func TestConditionalRequests(t *testing.T) {
	const etag, modified = `"gazette-v1"`, "Tue, 04 Mar 2025 10:00:00 GMT"
	var full, notModified atomic.Int64
	feed := func(validate func(r *http.Request) bool, set func(h http.Header)) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			if validate(r) {
				notModified.Add(1)
				w.WriteHeader(http.StatusNotModified)
				return
			}
			full.Add(1)
			set(w.Header())
			_, _ = w.Write([]byte(`<rss version="2.0"><channel><title>Tide Desk</title><item><title>Neap tide</title>` +
				`<description>` + strings.Repeat("The tide will stay low along the whole coast this week. ", 20) + `</description></item></channel></rss>`))
		}
	}
	s := newSite(t, map[string]http.HandlerFunc{
		"/etag.rss": feed(func(r *http.Request) bool { return r.Header.Get("If-None-Match") == etag },
			func(h http.Header) { h.Set("ETag", etag) }),
		"/modified.rss": feed(func(r *http.Request) bool { return r.Header.Get("If-Modified-Since") == modified },
			func(h http.Header) { h.Set("Last-Modified", modified) }),
	})
	for _, path := range []string{"/etag.rss", "/modified.rss"} {
		t.Run(path, func(t *testing.T) {
			full.Store(0)
			notModified.Store(0)
			cache := &MemoryCache{}
			c := NewClient(Options{Cache: cache})
			first, _ := Load(context.Background(), c, []string{s.URL + path}, nil)
			second, skipped := Load(context.Background(), c, []string{s.URL + path}, nil)
			if len(first) != 1 || len(second) != 1 || len(skipped) != 0 {
				t.Fatalf("first %v, second %v, skipped %q: want one document each time", ids(first), ids(second), skipLines(skipped))
			}
			if first[0].Text != second[0].Text || second[0].Title != "Neap tide" {
				t.Errorf("the cached body gave %q, want the first response's text", second[0].Title)
			}
			if full.Load() != 1 || notModified.Load() != 1 {
				t.Errorf("%d full responses and %d 304s, want 1 and 1", full.Load(), notModified.Load())
			}
			e, ok := cache.Get(s.URL + path)
			if !ok || e.URL != s.URL+path || len(e.Body) == 0 || e.ETag == "" && e.LastModified == "" {
				t.Errorf("cache entry %+v, want the validators and body", e)
			}
			page, err := c.Get(context.Background(), s.URL+path)
			if err != nil || !page.FromCache {
				t.Errorf("Get after caching: FromCache %v, err %v; want served from cache", page.FromCache, err)
			}
		})
	}
}

func TestConcurrencyBound(t *testing.T) {
	const bound, pages = 3, 12
	var (
		mu             sync.Mutex
		inFlight, most int
		full           = make(chan struct{})
		once           sync.Once
	)
	s := newSite(t, map[string]http.HandlerFunc{
		"/busy/": func(w http.ResponseWriter, r *http.Request) {
			mu.Lock()
			inFlight++
			most = max(most, inFlight)
			if inFlight == bound {
				once.Do(func() { close(full) })
			}
			mu.Unlock()
			// The first requests wait until the bound is reached, so a client
			// that allowed more would be caught exceeding it.
			select {
			case <-full:
			case <-time.After(5 * time.Second):
			}
			mu.Lock()
			inFlight--
			mu.Unlock()
			http.NotFound(w, r)
		},
	})
	var sources []string
	for i := range pages {
		sources = append(sources, s.URL+"/busy/"+string(rune('a'+i)))
	}
	_, skipped := load(t, Options{Concurrency: bound}, sources...)
	if len(skipped) != pages {
		t.Errorf("%d skipped, want %d", len(skipped), pages)
	}
	if most != bound {
		t.Errorf("at most %d requests in flight, want exactly the bound %d", most, bound)
	}
}
