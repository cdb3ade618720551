package fetch

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// basilPath is the shared real-news set: 50 events, each told by three outlets.
var basilPath = filepath.Join("..", "..", "..", "shared", "realnews", "basil-dev.jsonl")

// basilSites are the site names the served pages declare, by the set's source codes.
var basilSites = map[string]string{"nyt": "The New York Times", "fox": "Fox News", "hpo": "HuffPost"}

// basilArticle is one line of basil-dev.jsonl.
type basilArticle struct {
	Source string `json:"source"`
	Date   string `json:"date"`
	Title  string `json:"title"`
	Text   string `json:"text"`
}

// readBasil reads the shared set, skipping the test when it is absent
// (failing under CI, where it must be present).
func readBasil(tb testing.TB) []basilArticle {
	tb.Helper()
	f, err := os.Open(basilPath)
	if err != nil {
		if os.Getenv("CI") != "" {
			tb.Fatalf("shared real news missing under CI: %v", err)
		}
		tb.Skipf("shared real news not available (%v)", err)
	}
	defer f.Close()
	var out []basilArticle
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	for sc.Scan() {
		var a basilArticle
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			tb.Fatal(err)
		}
		out = append(out, a)
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return out
}

// basilSite serves the set as the web would: an OPML list of one RSS feed
// per outlet whose items carry only their first words, and one page per
// article with navigation around it. Pages answer If-None-Match with 304.
func basilSite(tb testing.TB, articles []basilArticle) *httptest.Server {
	tb.Helper()
	mux := http.NewServeMux()
	var srv *httptest.Server
	mux.HandleFunc("/list.opml", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `<?xml version="1.0"?><opml version="2.0"><body>`)
		for _, src := range []string{"nyt", "fox", "hpo"} {
			fmt.Fprintf(w, `<outline text=%q xmlUrl="%s/feed/%s.rss"/>`, src, srv.URL, src)
		}
		fmt.Fprint(w, `</body></opml>`)
	})
	mux.HandleFunc("/feed/{src}", func(w http.ResponseWriter, r *http.Request) {
		src := strings.TrimSuffix(r.PathValue("src"), ".rss")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>%s feed</title>`, html.EscapeString(src))
		for i, a := range articles {
			if a.Source != src {
				continue
			}
			words := strings.Fields(a.Text)
			fmt.Fprintf(w, `<item><title>%s</title><link>%s/a/story-%d</link><pubDate>%s</pubDate><description>%s</description></item>`,
				html.EscapeString(a.Title), srv.URL, i, html.EscapeString(a.Date+"T12:00:00Z"),
				html.EscapeString(strings.Join(words[:min(len(words), 25)], " ")))
		}
		fmt.Fprint(w, `</channel></rss>`)
	})
	mux.HandleFunc("/a/{id}", func(w http.ResponseWriter, r *http.Request) {
		i, err := strconv.Atoi(strings.TrimPrefix(r.PathValue("id"), "story-"))
		if err != nil || i < 0 || i >= len(articles) {
			http.NotFound(w, r)
			return
		}
		a := articles[i]
		etag := `"story-` + strconv.Itoa(i) + `"`
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, `<!DOCTYPE html><html><head><title>%s</title><meta property="og:site_name" content="%s"></head><body>`+
			`<nav><a href="/">Home</a> <a href="/politics">Politics</a> <a href="/world">World</a></nav><article><h1>%s</h1>`,
			html.EscapeString(a.Title), basilSites[a.Source], html.EscapeString(a.Title))
		for _, p := range strings.Split(a.Text, "\n") {
			if p = strings.TrimSpace(p); p != "" {
				fmt.Fprintf(w, "<p>%s</p>\n", html.EscapeString(p))
			}
		}
		fmt.Fprint(w, `</article><footer>Terms of use. Privacy.</footer></body></html>`)
	})
	srv = httptest.NewServer(mux)
	tb.Cleanup(srv.Close)
	return srv
}

// TestLoadBasilOverHTTP reads the whole shared set as summary-only feeds
// from an OPML list, so every article page is fetched and extracted.
func TestLoadBasilOverHTTP(t *testing.T) {
	articles := readBasil(t)
	srv := basilSite(t, articles)
	docs, skipped := Load(context.Background(), NewClient(Options{}), []string{srv.URL + "/list.opml"}, nil)
	if len(skipped) > 0 {
		t.Fatalf("skipped %q", skipLines(skipped))
	}
	if len(docs) != len(articles) {
		t.Fatalf("%d documents, want %d", len(docs), len(articles))
	}
	byID := map[string]basilArticle{}
	for i, a := range articles {
		byID["127.0.0.1-story-"+strconv.Itoa(i)] = a
	}
	short := 0
	for _, d := range docs {
		a, ok := byID[d.ID]
		if !ok {
			t.Errorf("unexpected ID %q", d.ID)
			continue
		}
		delete(byID, d.ID)
		if d.Outlet != basilSites[a.Source] {
			t.Errorf("%s: outlet %q, want the page's site name %q", d.ID, d.Outlet, basilSites[a.Source])
		}
		if d.Title != oneLine(a.Title) {
			t.Errorf("%s: title %q, want %q", d.ID, d.Title, oneLine(a.Title))
		}
		if got := d.Published.Format("2006-01-02"); got != a.Date {
			t.Errorf("%s: published %s, want %s", d.ID, got, a.Date)
		}
		if strings.Contains(d.Text, "Terms of use") || strings.Contains(d.Text, "Politics World") {
			t.Errorf("%s: page furniture in the text", d.ID)
		}
		if wordCount(d.Text)*100 < wordCount(a.Text)*95 {
			short++
			t.Logf("%s: %d words of %d", d.ID, wordCount(d.Text), wordCount(a.Text))
		}
	}
	if short > 0 {
		t.Errorf("%d of %d articles lost more than 5%% of their words", short, len(articles))
	}
}

// BenchmarkLoadBasilOverHTTP fetches the shared set's 3 feeds and 150 pages
// over loopback: cold with a new client each time, and warm, where every
// request is conditional and answered 304 from the cache.
func BenchmarkLoadBasilOverHTTP(b *testing.B) {
	articles := readBasil(b)
	srv := basilSite(b, articles)
	sources := []string{srv.URL + "/list.opml"}
	b.Run("cold", func(b *testing.B) {
		for b.Loop() {
			docs, _ := Load(context.Background(), NewClient(Options{}), sources, nil)
			if len(docs) != len(articles) {
				b.Fatalf("%d documents", len(docs))
			}
		}
		b.ReportMetric(float64(len(articles)*b.N)/b.Elapsed().Seconds(), "docs/s")
	})
	b.Run("warm", func(b *testing.B) {
		c := NewClient(Options{})
		Load(context.Background(), c, sources, nil)
		for b.Loop() {
			docs, _ := Load(context.Background(), c, sources, nil)
			if len(docs) != len(articles) {
				b.Fatalf("%d documents", len(docs))
			}
		}
		b.ReportMetric(float64(len(articles)*b.N)/b.Elapsed().Seconds(), "docs/s")
	})
}
