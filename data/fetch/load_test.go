package fetch

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"parallax/model"
)

// wantDoc is what a test checks of one document; empty fields are not checked.
type wantDoc struct {
	id, outlet, title, author, published, lead string
	source                                     model.OutletSource
}

// checkDocs compares documents with expectations, in order. base replaces
// {{BASE}} in nothing but lets failures name the server.
func checkDocs(t *testing.T, docs []model.Document, want []wantDoc) {
	t.Helper()
	if len(docs) != len(want) {
		t.Fatalf("got %d documents %v, want %d", len(docs), ids(docs), len(want))
	}
	for i, w := range want {
		d := docs[i]
		check := func(field, got, want string) {
			if want != "" && got != want {
				t.Errorf("doc %d (%s) %s = %q, want %q", i, d.ID, field, got, want)
			}
		}
		check("ID", d.ID, w.id)
		check("Outlet", d.Outlet, w.outlet)
		check("OutletSource", string(d.OutletSource), string(w.source))
		check("Title", d.Title, w.title)
		check("Author", d.Author, w.author)
		if w.published != "" {
			check("Published", d.Published.UTC().Format(time.RFC3339), w.published)
		}
		if w.lead != "" && !strings.HasPrefix(firstParagraph(d.Text), w.lead) {
			t.Errorf("doc %d (%s) starts %q, want %q", i, d.ID, firstParagraph(d.Text), w.lead)
		}
		if strings.ContainsAny(d.Text, "<>") {
			t.Errorf("doc %d (%s) text keeps markup: %q", i, d.ID, d.Text)
		}
	}
}

// The documents every fixture feed yields, by name.
var (
	gazetteFerry = wantDoc{
		id: "127.0.0.1-ferry-trawler-collision", outlet: "Harbour Gazette", source: model.OutletFromMetadata,
		title: "Ferry and trawler collide off Port Alder breakwater", author: "Mara Lindqvist",
		published: "2025-03-04T09:30:00Z", lead: "A passenger ferry and a small trawler collided just outside",
	}
	gazetteTram = wantDoc{
		id: "127.0.0.1-tram-line-vote", outlet: "Harbour Gazette", source: model.OutletFromMetadata,
		title: "Council backs new tram line to the north shore", author: "Teodor Haskell",
		published: "2025-03-03T18:05:00Z", lead: "Port Alder's town council voted 11 to 4",
	}
	// The page's og:site_name outranks the feed's title.
	courierFerry = wantDoc{
		id: "127.0.0.1-courier-ferry", outlet: "The North Coast Courier", source: model.OutletFromMetadata,
		title: "Fog blamed as ferry hits fishing boat", author: "Priya Okonjo",
		published: "2025-03-04T11:15:00Z", lead: "Fourteen people were treated for cuts and bruises",
	}
	// The page names no site, so the feed's title stays; its link was relative.
	courierTram = wantDoc{
		id: "127.0.0.1-courier-tram", outlet: "North Coast Courier", source: model.OutletFromMetadata,
		title: "Tram plan clears council", published: "2025-03-04T07:45:00Z",
		lead: "Port Alder councillors approved the first section",
	}
	radioFerry = wantDoc{
		id: "127.0.0.1-ferry-update", outlet: "Island Radio Newsroom", source: model.OutletFromMetadata,
		title: "Ferry crossing to resume on Wednesday", author: "Soren Achebe",
		published: "2025-03-04T15:00:00Z", lead: "Alder Sound Lines says the Gull Island crossing",
	}
	standalone = wantDoc{
		id: "127.0.0.1-standalone", outlet: "Alder Evening Post", source: model.OutletFromMetadata,
		title: "Lighthouse keeper's cottage to become a museum", author: "Jonas Whitcombe",
		published: "2025-02-27T16:20:00Z", lead: "The empty keeper's cottage beside the Port Alder lighthouse",
	}
)

func TestLoadWebSources(t *testing.T) {
	tests := []struct {
		name      string
		paths     []string
		want      []wantDoc
		wantPages []string // pages that must have been fetched once
		noPages   []string // pages that must not have been fetched
	}{
		{"RSS with full content", []string{"/full.rss"}, []wantDoc{gazetteFerry, gazetteTram}, nil, []string{"/pages/courier-ferry.html"}},
		{"Atom with summaries only", []string{"/summary.atom"}, []wantDoc{courierFerry, courierTram},
			[]string{"/pages/courier-ferry.html", "/pages/courier-tram.html"}, nil},
		{"JSON Feed with full text", []string{"/feed.json"}, []wantDoc{radioFerry}, nil, nil},
		{"article page", []string{"/pages/standalone.html"}, []wantDoc{standalone}, nil, nil},
		{"OPML over the web", []string{"/feeds.opml"}, []wantDoc{gazetteFerry, gazetteTram, courierFerry, courierTram}, nil, nil},
		{"sources keep their order", []string{"/pages/standalone.html", "/feed.json", "/full.rss"},
			[]wantDoc{standalone, radioFerry, gazetteFerry, gazetteTram}, nil, nil},
		{"a page met twice is one document", []string{"/summary.atom", "/pages/courier-ferry.html"},
			[]wantDoc{courierFerry, courierTram}, []string{"/pages/courier-ferry.html"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSite(t, nil)
			var sources []string
			for _, p := range tt.paths {
				sources = append(sources, s.URL+p)
			}
			docs, skipped := load(t, Options{}, sources...)
			if len(skipped) > 0 {
				t.Fatalf("skipped: %v", skipLines(skipped))
			}
			checkDocs(t, docs, tt.want)
			for _, d := range docs {
				if !strings.HasPrefix(d.Path, s.URL+"/") || d.URL == "" {
					t.Errorf("%s: Path %q URL %q, want the address it came from", d.ID, d.Path, d.URL)
				}
			}
			for _, p := range tt.wantPages {
				if n := s.count(p); n != 1 {
					t.Errorf("%s fetched %d times, want once", p, n)
				}
			}
			for _, p := range tt.noPages {
				if n := s.count(p); n != 0 {
					t.Errorf("%s fetched %d times, want never", p, n)
				}
			}
		})
	}
}

func TestLoadLocalFiles(t *testing.T) {
	s := newSite(t, nil)
	dir := t.TempDir()
	article := filepath.Join(dir, "evening-post.txt")
	if err := os.WriteFile(article, []byte("Gull Island school closes early\n\nThe island school sent pupils home at noon because the afternoon ferry was cancelled.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	more := filepath.Join(dir, "more")
	if err := os.MkdirAll(more, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(more, "tide-table.md"), []byte("# Spring tides this week\n\nHigh water at the harbour mouth reaches 4.1 metres on Saturday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	notFeed := filepath.Join(dir, "notes.xml")
	if err := os.WriteFile(notFeed, []byte("Harbour notes\n\nThe breakwater lamp was repaired on Friday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		sources []string
		want    []wantDoc
		skipped []string
	}{
		{"local RSS file fetches the summary item's page", []string{writeFixture(t, "local.rss", s.URL)}, []wantDoc{
			{id: "127.0.0.1-courier-ferry", outlet: "The North Coast Courier", title: "Fog blamed as ferry hits fishing boat",
				published: "2025-03-04T11:15:00Z", lead: "Fourteen people were treated"},
			{id: "courier-saved-copy-a-note-with-no-page", outlet: "Courier (saved copy)", source: model.OutletFromMetadata,
				title: "A note with no page", lead: "This item has neither a link nor many words"},
		}, nil},
		{"local OPML file reads both feeds", []string{writeFixture(t, "feeds.opml", s.URL)},
			[]wantDoc{gazetteFerry, gazetteTram, courierFerry, courierTram}, nil},
		{"local JSON Feed", []string{writeFixture(t, "feed.json", s.URL)}, []wantDoc{radioFerry}, nil},
		{"plain paths go to data.Load, in one block", []string{article, s.URL + "/feed.json", more},
			[]wantDoc{{id: "evening-post", title: "Gull Island school closes early"}, {id: "tide-table", title: "Spring tides this week"}, radioFerry}, nil},
		{"a feed file that is no feed is read as an article", []string{notFeed, s.URL + "/feed.json", article},
			[]wantDoc{{id: "notes", title: "Harbour notes", outlet: "Notes", source: model.OutletFromFilename}, radioFerry,
				{id: "evening-post", title: "Gull Island school closes early"}}, nil},
		{"missing paths are reported", []string{filepath.Join(dir, "gone.rss"), filepath.Join(dir, "gone.txt")}, nil,
			[]string{filepath.Join(dir, "gone.rss") + ": no such file or directory", filepath.Join(dir, "gone.txt") + ": no such file or directory"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, skipped := load(t, Options{}, tt.sources...)
			checkDocs(t, docs, tt.want)
			if got := skipLines(skipped); !slices.Equal(got, tt.skipped) {
				t.Errorf("skipped %q, want %q", got, tt.skipped)
			}
		})
	}
}

func TestLoadFailuresAreReported(t *testing.T) {
	s := newSite(t, nil)
	closed := newSite(t, nil)
	closed.Close()
	docs, skipped := load(t, Options{}, s.URL+"/nowhere.html", closed.URL+"/full.rss", s.URL+"/full.rss")
	checkDocs(t, docs, []wantDoc{gazetteFerry, gazetteTram})
	want := []string{s.URL + "/nowhere.html: 404 Not Found", closed.URL + "/full.rss: connection refused"}
	if got := skipLines(skipped); !slices.Equal(got, want) {
		t.Errorf("skipped %q, want %q", got, want)
	}
}

func TestLoadProgress(t *testing.T) {
	s := newSite(t, nil)
	type call struct{ done, total int }
	var calls []call
	docs, _ := Load(context.Background(), NewClient(Options{}), []string{s.URL + "/summary.atom", s.URL + "/pages/standalone.html"},
		func(done, total int) { calls = append(calls, call{done, total}) })
	if len(docs) != 3 {
		t.Fatalf("got %d documents, want 3", len(docs))
	}
	if calls[0] != (call{0, 2}) {
		t.Errorf("first call %v, want {0 2}: two sources known at the start", calls[0])
	}
	if last := calls[len(calls)-1]; last != (call{4, 4}) {
		t.Errorf("last call %v, want {4 4}: two sources and two item pages", last)
	}
	for i := 1; i < len(calls); i++ {
		if calls[i].done < calls[i-1].done || calls[i].total < calls[i-1].total || calls[i].done > calls[i].total {
			t.Errorf("calls go backwards or overrun at %d: %v", i, calls)
		}
	}
}
