package fetch

import (
	"bytes"
	"compress/gzip"
	"net/http"
	"strings"
	"testing"
	"time"
)

// The HTTP rows of RELIABILITY.md that no other test covers: every hostile
// server ends in one clear line for its source, and the other source (the
// JSON feed) still loads.

// gzipBomb is a gzip stream that inflates to size bytes of zeros.
func gzipBomb(t *testing.T, size int) []byte {
	t.Helper()
	var b bytes.Buffer
	z, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
	zeros := make([]byte, 1<<20)
	for n := 0; n < size; n += len(zeros) {
		if _, err := z.Write(zeros); err != nil {
			t.Fatal(err)
		}
	}
	z.Close()
	return b.Bytes()
}

// laughs is an RSS feed with nested entity definitions (billion laughs) and
// an external entity naming a local file (XXE).
const laughs = `<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY xxe SYSTEM "file:///etc/passwd">
]>
<rss version="2.0"><channel><title>Laughing Wire</title>
<item><title>&lol9;</title><description>&xxe; The tide rose at the north jetty.</description></item>
</channel></rss>`

func TestReliabilityHTTP(t *testing.T) {
	bomb := gzipBomb(t, 64<<20)
	s := newSite(t, map[string]http.HandlerFunc{
		"/to/{scheme}": func(w http.ResponseWriter, r *http.Request) {
			target := map[string]string{
				"file": "file:///etc/passwd", "data": "data:text/plain,harbour", "ftp": "ftp://ftp.example/feed.xml",
				"gopher": "gopher://gopher.example/1/feed",
			}[r.PathValue("scheme")]
			w.Header().Set("Location", target)
			w.WriteHeader(http.StatusFound)
		},
		"/bomb.rss": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Encoding", "gzip")
			w.Header().Set("Content-Type", "application/rss+xml")
			_, _ = w.Write(bomb)
		},
		"/short-body": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Length", "50000")
			_, _ = w.Write([]byte("<html><body><p>cut"))
		},
		"/drip": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			for {
				if _, err := w.Write([]byte("<")); err != nil {
					return
				}
				w.(http.Flusher).Flush()
				select {
				case <-r.Context().Done():
					return
				case <-time.After(20 * time.Millisecond):
				}
			}
		},
		"/slow-headers": func(w http.ResponseWriter, r *http.Request) {
			select {
			case <-r.Context().Done():
			case <-time.After(5 * time.Second):
			}
		},
		"/laughs.rss": func(w http.ResponseWriter, r *http.Request) {
			_, _ = w.Write([]byte(laughs))
		},
	})
	rows := []struct {
		name, path string
		opts       Options
		want       string // the line after "URL: "; "" when the source loads
	}{
		{"redirect to file:", "/to/file", Options{}, `unsupported protocol scheme "file"`},
		{"redirect to data:", "/to/data", Options{}, `unsupported protocol scheme "data"`},
		{"redirect to ftp:", "/to/ftp", Options{}, `unsupported protocol scheme "ftp"`},
		{"redirect to gopher:", "/to/gopher", Options{}, `unsupported protocol scheme "gopher"`},
		{"gzip bomb", "/bomb.rss", Options{}, "response too large (over 8 MB)"},
		{"body shorter than its Content-Length", "/short-body", Options{}, "unexpected EOF"},
		{"slow drip", "/drip", Options{Timeout: 300 * time.Millisecond}, "timeout after 300ms"},
		{"slow headers", "/slow-headers", Options{Timeout: 300 * time.Millisecond}, "timeout after 300ms"},
	}
	for _, row := range rows {
		t.Run(row.name, func(t *testing.T) {
			u := s.URL + row.path
			docs, skipped := load(t, row.opts, u, s.URL+"/feed.json")
			checkDocs(t, docs, []wantDoc{radioFerry})
			if len(skipped) != 1 || skipped[0].Error() != u+": "+row.want {
				t.Errorf("skipped %q, want %q", skipLines(skipped), u+": "+row.want)
			}
		})
	}
	t.Run("billion laughs and an external entity", func(t *testing.T) {
		docs, skipped := load(t, Options{}, s.URL+"/laughs.rss", s.URL+"/feed.json")
		for _, d := range docs {
			if len(d.Text)+len(d.Title) > 10_000 || strings.Contains(d.Text, "root:") {
				t.Errorf("%s: an entity was expanded (%d bytes of text)", d.ID, len(d.Text))
			}
		}
		if len(docs) == 0 || docs[len(docs)-1].ID != radioFerry.id {
			t.Errorf("the other source did not load: %v, %q", ids(docs), skipLines(skipped))
		}
		for _, l := range skipLines(skipped) {
			if strings.Contains(l, "\n") {
				t.Errorf("a line spans lines: %q", l)
			}
		}
	})
	t.Run("an OPML list naming itself and another list", func(t *testing.T) {
		self := s.URL + "/self.opml"
		s.mux.HandleFunc("/self.opml", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/x-opml")
			_, _ = w.Write([]byte(`<opml version="2.0"><body><outline xmlUrl="` + self + `"/><outline xmlUrl="` +
				s.URL + `/feeds.opml"/><outline xmlUrl="` + s.URL + `/feed.json"/></body></opml>`))
		})
		docs, skipped := load(t, Options{}, self)
		checkDocs(t, docs, []wantDoc{radioFerry})
		want := []string{
			self + ": not a feed or article: an OPML list inside an OPML list is not followed",
			s.URL + "/feeds.opml: not a feed or article: an OPML list inside an OPML list is not followed",
		}
		if got := skipLines(skipped); strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("skipped %q, want %q", got, want)
		}
	})
}
