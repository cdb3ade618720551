package fetch

import (
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzParseOPML(f *testing.F) {
	if raw, err := os.ReadFile(filepath.Join("testdata", "feeds.opml")); err == nil {
		f.Add(raw)
	}
	f.Add([]byte(`<opml><body><outline xmlUrl="https://a.example/rss"><outline xmlURL="b"/></outline></body></opml>`))
	f.Add([]byte(`<?xml version="1.0" encoding="windows-1252"?><opml><body><outline xmlUrl="x"/>`))
	f.Add([]byte(`<rss/>`))
	f.Add([]byte(""))
	f.Fuzz(func(t *testing.T, raw []byte) {
		feeds, _ := ParseOPML(raw)
		if len(feeds) > maxOPMLFeeds {
			t.Fatalf("%d feeds, over the cap", len(feeds))
		}
		seen := map[string]bool{}
		for _, u := range feeds {
			if u == "" || u != strings.TrimSpace(u) || seen[u] {
				t.Fatalf("entry %q: empty, untrimmed or repeated in %q", u, feeds)
			}
			seen[u] = true
		}
	})
}

func FuzzParseFeedsList(f *testing.F) {
	f.Add([]byte("# feeds\nhttps://a.example/rss # comment\n\n~/saved.opml\nrelative/feed.xml\n"))
	f.Add([]byte("\xEF\xBB\xBF\r\n#\r\n  https://b.example/#frag  \r\n"))
	f.Add([]byte("~\n/\n.\n..\n"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		seen := map[string]bool{}
		for _, e := range parseFeedsList(raw, "/cfg/parallax", "/home/reader") {
			// A path may end in a space once cleaned ("0 /" is the folder "0 "); a URL may not.
			if e == "" || isWebAddress(e) && e != strings.TrimSpace(e) || seen[e] || strings.HasPrefix(e, "#") {
				t.Fatalf("entry %q: empty, untrimmed, repeated or a comment", e)
			}
			if strings.ContainsFunc(e, func(r rune) bool { return r < 0x20 || r == 0x7F }) {
				t.Fatalf("entry %q holds a control character", e)
			}
			if !isWebAddress(e) && !filepath.IsAbs(e) {
				t.Fatalf("entry %q is neither a URL nor an absolute path", e)
			}
			seen[e] = true
		}
	})
}

func FuzzFragmentText(f *testing.F) {
	f.Add("<p>The <em>ferry</em> left.</p><script>x()</script><p>Fog &amp; rain.</p>")
	f.Add("plain\r\nlines\n\n\nhere")
	f.Add("<svg><p>hidden</svg>shown<br/>")
	f.Fuzz(func(t *testing.T, in string) {
		out := fragmentText(in)
		if !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 out of %q", in)
		}
		if strings.Contains(out, "\n\n\n") || out != strings.TrimSpace(out) {
			t.Fatalf("%q: paragraphs not cleanly separated", out)
		}
	})
}

// FuzzFeedItems runs outside feed bytes through sniffing and item planning:
// whatever a server sends, nothing panics and every planned item has an ID
// and a path.
func FuzzFeedItems(f *testing.F) {
	for _, name := range []string{"full.rss", "summary.atom", "feed.json", "local.rss"} {
		if raw, err := os.ReadFile(filepath.Join("testdata", name)); err == nil {
			f.Add(raw)
		}
	}
	f.Add([]byte(`<rss><channel><item><link>//x</link><guid>http://</guid></item></channel></rss>`))
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1","items":[{"url":"::"}]}`))
	base, _ := url.Parse("http://feeds.example/dir/feed.xml")
	f.Fuzz(func(t *testing.T, raw []byte) {
		kind, feed, err := sniff("", raw)
		if kind != kindFeed || err != nil {
			return
		}
		for _, p := range planItems(feed, feedSource{path: base.String(), base: base}) {
			if p.doc.ID == "" || p.doc.Path == "" {
				t.Fatalf("item without ID or path: %+v", p.doc)
			}
			if p.page != "" && !isWebAddress(p.page) {
				t.Fatalf("page to fetch %q is not a web address", p.page)
			}
		}
	})
}
