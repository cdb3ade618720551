package fetch

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"parallax/data"
	"parallax/model"
)

// testSite serves testdata/ with {{BASE}} replaced by the server's address,
// plus any extra routes a test adds, and counts requests by path.
type testSite struct {
	*httptest.Server
	hits map[string]*atomic.Int64
	mux  *http.ServeMux
}

// newSite starts a test server; extra maps a path pattern to its handler.
func newSite(t *testing.T, extra map[string]http.HandlerFunc) *testSite {
	t.Helper()
	s := &testSite{hits: map[string]*atomic.Int64{}, mux: http.NewServeMux()}
	for _, name := range []string{"/full.rss", "/summary.atom", "/feed.json", "/feeds.opml", "/pages/courier-ferry.html", "/pages/courier-tram.html", "/pages/standalone.html"} {
		s.hits[name] = &atomic.Int64{}
	}
	s.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		raw, err := os.ReadFile(filepath.Join("testdata", filepath.FromSlash(strings.TrimPrefix(r.URL.Path, "/"))))
		if err != nil || r.URL.Path == "/" {
			http.NotFound(w, r)
			return
		}
		if c := s.hits[r.URL.Path]; c != nil {
			c.Add(1)
		}
		switch filepath.Ext(r.URL.Path) {
		case ".html":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
		case ".json":
			w.Header().Set("Content-Type", "application/feed+json")
		case ".opml":
			w.Header().Set("Content-Type", "text/x-opml")
		default:
			w.Header().Set("Content-Type", "application/xml") // feeds are often labelled plain XML
		}
		_, _ = w.Write([]byte(strings.ReplaceAll(string(raw), "{{BASE}}", s.URL)))
	})
	for pattern, h := range extra {
		s.mux.HandleFunc(pattern, h)
	}
	s.Server = httptest.NewServer(s.mux)
	t.Cleanup(s.Close)
	return s
}

// count is how many times path was served from testdata.
func (s *testSite) count(path string) int64 { return s.hits[path].Load() }

// writeFixture copies a testdata file into a temporary folder with {{BASE}}
// replaced, for tests of local feed and OPML files.
func writeFixture(t *testing.T, name, base string) string {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(strings.ReplaceAll(string(raw), "{{BASE}}", base)), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// load runs Load with a fresh client built from opts.
func load(t *testing.T, opts Options, sources ...string) ([]model.Document, []data.Skipped) {
	t.Helper()
	return Load(context.Background(), NewClient(opts), sources, nil)
}

// skipLines renders skipped sources as the lines a user sees.
func skipLines(skipped []data.Skipped) []string {
	var out []string
	for _, s := range skipped {
		out = append(out, s.Error())
	}
	return out
}

// ids lists documents' IDs in order.
func ids(docs []model.Document) []string {
	var out []string
	for _, d := range docs {
		out = append(out, d.ID)
	}
	return out
}

// firstParagraph is a document's text up to its first blank line.
func firstParagraph(text string) string {
	p, _, _ := strings.Cut(text, "\n\n")
	return p
}
