package fetch

import (
	"errors"
	"slices"
	"strconv"
	"strings"
	"testing"
)

func TestParseOPML(t *testing.T) {
	tests := []struct {
		name, raw string
		want      []string
		err       error
	}{
		{"flat", `<opml version="1.0"><body><outline text="A" xmlUrl="https://a.example/rss"/><outline text="B" xmlUrl="https://b.example/atom"/></body></opml>`,
			[]string{"https://a.example/rss", "https://b.example/atom"}, nil},
		{"nested folders and attribute case", `<?xml version="1.0"?><opml version="2.0"><head><title>t</title></head><body>` +
			`<outline text="World"><outline xmlURL="https://w.example/feed"/><outline text="Deeper"><outline xmlurl=" https://d.example/feed "/></outline></outline>` +
			`</body></opml>`, []string{"https://w.example/feed", "https://d.example/feed"}, nil},
		{"folders without feeds and repeats", `<opml><body><outline text="empty folder"/><outline xmlUrl="https://a.example/rss"/><outline xmlUrl="https://a.example/rss"/></body></opml>`,
			[]string{"https://a.example/rss"}, nil},
		{"entities decoded", `<opml><body><outline xmlUrl="https://a.example/feed?topic=sea&amp;lang=en"/></body></opml>`,
			[]string{"https://a.example/feed?topic=sea&lang=en"}, nil},
		{"Latin-1 declared", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><opml><body><outline text=\"Caf\xe9\" xmlUrl=\"https://c.example/rss\"/></body></opml>",
			[]string{"https://c.example/rss"}, nil},
		{"RSS is not OPML", `<rss version="2.0"><channel><title>x</title></channel></rss>`, nil, ErrNotOPML},
		{"HTML is not OPML", `<!DOCTYPE html><html><body><p>hello</p></body></html>`, nil, ErrNotOPML},
		{"text is not OPML", "just some words", nil, ErrNotOPML},
		{"empty", "", nil, ErrNotOPML},
		{"no feeds", `<opml><body></body></opml>`, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseOPML([]byte(tt.raw))
			if !errors.Is(err, tt.err) || tt.err == nil && err != nil {
				t.Errorf("error %v, want %v", err, tt.err)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("ParseOPML = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestParseOPMLTruncated(t *testing.T) {
	feeds, err := ParseOPML([]byte(`<opml><body><outline xmlUrl="https://a.example/rss"/><outline xmlUrl="https://b.exa`))
	if err == nil || !strings.HasPrefix(err.Error(), "malformed OPML") {
		t.Errorf("error %v, want malformed OPML", err)
	}
	if !slices.Equal(feeds, []string{"https://a.example/rss"}) {
		t.Errorf("feeds before the break %q, want the first one", feeds)
	}
}

func TestParseOPMLCap(t *testing.T) {
	var b strings.Builder
	b.WriteString("<opml><body>")
	for i := range maxOPMLFeeds + 10 {
		b.WriteString(`<outline xmlUrl="https://a.example/feed/` + strings.Repeat("x", i%7) + string(rune('a'+i%26)) + `/` + strconv.Itoa(i) + `"/>`)
	}
	b.WriteString("</body></opml>")
	feeds, err := ParseOPML([]byte(b.String()))
	if err != nil || len(feeds) != maxOPMLFeeds {
		t.Errorf("%d feeds, error %v; want the cap %d", len(feeds), err, maxOPMLFeeds)
	}
}
