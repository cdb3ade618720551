package fetch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"parallax/data"
)

// TestRedirectsUpToTheLimitAreFollowed: "at most 5 redirects" means a chain of
// exactly 5 reaches the page and a chain of 6 does not.
func TestRedirectsUpToTheLimitAreFollowed(t *testing.T) {
	s := newSite(t, map[string]http.HandlerFunc{
		"/hops/{n}": func(w http.ResponseWriter, r *http.Request) {
			n, _ := strconv.Atoi(r.PathValue("n"))
			if n == 0 {
				http.Redirect(w, r, "/pages/standalone.html", http.StatusFound)
				return
			}
			http.Redirect(w, r, "/hops/"+strconv.Itoa(n-1), http.StatusFound)
		},
	})
	for _, c := range []struct {
		max, hops int
		ok        bool
	}{
		{DefaultMaxRedirects, 1, true},
		{DefaultMaxRedirects, DefaultMaxRedirects, true},
		{DefaultMaxRedirects, DefaultMaxRedirects + 1, false},
		{2, 2, true},
		{2, 3, false},
	} {
		// /hops/n answers with n+1 redirects in all.
		u := s.URL + "/hops/" + strconv.Itoa(c.hops-1)
		page, err := NewClient(Options{MaxRedirects: c.max}).Get(context.Background(), u)
		switch {
		case c.ok && (err != nil || page.FinalURL != s.URL+"/pages/standalone.html"):
			t.Errorf("%d redirects with a limit of %d: %v (final %q), want the page", c.hops, c.max, err, page.FinalURL)
		case !c.ok && !errors.Is(err, ErrTooManyRedirects):
			t.Errorf("%d redirects with a limit of %d: %v, want too many redirects", c.hops, c.max, err)
		case !c.ok && err.Error() != fmt.Sprintf("too many redirects (more than %d)", c.max):
			t.Errorf("the reason reads %q", err)
		}
	}
}

// bigFeed is an RSS feed of n items, each with a full text of its own.
func bigFeed(n int) string {
	var b strings.Builder
	b.WriteString(`<rss version="2.0"><channel><title>Tide Tables Daily</title>`)
	body := strings.Repeat("The tide at the north jetty rose to a height the harbour office called unusual for the season. ", 20)
	for i := range n {
		fmt.Fprintf(&b, "<item><title>Tide report %d</title><guid>tide-%d</guid><description>Report %d. %s</description></item>", i, i, i, body)
	}
	b.WriteString("</channel></rss>")
	return b.String()
}

func TestAFeedCutAtItsItemCapSaysSo(t *testing.T) {
	feed := bigFeed(maxFeedItems + 120)
	s := newSite(t, map[string]http.HandlerFunc{
		"/tides.rss": func(w http.ResponseWriter, r *http.Request) { _, _ = w.Write([]byte(feed)) },
	})
	docs, skipped := load(t, Options{}, s.URL+"/tides.rss", s.URL+"/feed.json")
	tides := 0
	for _, d := range docs {
		if d.Outlet == "Tide Tables Daily" {
			tides++
		}
	}
	if tides != maxFeedItems {
		t.Errorf("%d items read from the big feed, want its first %d", tides, maxFeedItems)
	}
	want := fmt.Sprintf("%s/tides.rss: read in part: the first %d of its %d items; a feed is read up to %d items",
		s.URL, maxFeedItems, maxFeedItems+120, maxFeedItems)
	if len(skipped) != 1 || skipped[0].Line() != want || !errors.Is(skipped[0], data.ErrCut) {
		t.Errorf("lines %q, want %q", skipLines(skipped), want)
	}
	if len(docs) != maxFeedItems+1 {
		t.Errorf("%d documents, want the feed's %d and the other source's one", len(docs), maxFeedItems)
	}
}

func TestLoadAppliesTheLimitsToFeedsAndFilesTogether(t *testing.T) {
	s := newSite(t, map[string]http.HandlerFunc{
		"/tides.rss": func(w http.ResponseWriter, r *http.Request) { _, _ = w.Write([]byte(bigFeed(6))) },
	})
	dir := t.TempDir()
	long := "Harbour dredging report\n\n" + strings.Repeat("Dredgers worked through the night at the east basin. ", 400)
	if err := os.WriteFile(filepath.Join(dir, "dredging.txt"), []byte(long), 0o644); err != nil {
		t.Fatal(err)
	}
	limits := data.Limits{MaxArticleBytes: 4 << 10, MaxArticles: 5}
	docs, skipped := load(t, Options{Limits: limits}, filepath.Join(dir, "dredging.txt"), s.URL+"/tides.rss")
	if len(docs) != 5 || docs[0].ID != "dredging" {
		t.Fatalf("documents %v, want the file and the first 4 feed items", ids(docs))
	}
	if len(docs[0].Text) > 4<<10 {
		t.Errorf("the file's text is %d bytes, over the 4 KB limit", len(docs[0].Text))
	}
	lines := strings.Join(skipLines(skipped), "\n")
	for _, want := range []string{
		"over the article limit: this and the 1 article after it not read; a run reads at most 5 (--max-articles)",
		filepath.Join(dir, "dredging.txt") + ": read in part: the first ",
	} {
		if !strings.Contains(lines, want) {
			t.Errorf("lines lack %q:\n%s", want, lines)
		}
	}
}
