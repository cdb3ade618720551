package data

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"parallax/model"
)

func TestParseHTMLFixture(t *testing.T) {
	path := filepath.Join("testdata", "pages", "harbour-gazette.html")
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := ParseHTML(path, raw)
	if err != nil {
		t.Fatalf("ParseHTML: %v", err)
	}
	want := model.Document{
		ID: "harbour-gazette", Path: path, Outlet: "The Harbour Gazette", OutletSource: model.OutletFromMetadata,
		Title: "Ferry service halted after pier crack found", Author: "Mara Quillfeather",
		URL: "https://harbourgazette.example/news/ferry-pier-crack",
	}
	if !doc.Published.Equal(time.Date(2024, 4, 9, 7, 30, 0, 0, time.UTC)) {
		t.Errorf("Published = %v, want 2024-04-09 07:30 UTC", doc.Published)
	}
	text := doc.Text
	doc.Text, doc.Published = "", time.Time{}
	if doc != want {
		t.Errorf("metadata\n got %+v\nwant %+v", doc, want)
	}

	paras := strings.Split(text, "\n\n")
	if len(paras) != 4 {
		t.Fatalf("got %d paragraphs, want 4:\n%s", len(paras), text)
	}
	if !strings.HasPrefix(paras[0], "Ferries between Eastholm") || !strings.HasPrefix(paras[3], "Island shopkeepers") {
		t.Errorf("paragraphs start %q ... %q", paras[0], paras[3])
	}
	if !strings.Contains(paras[2], "“wider than a thumb”") {
		t.Errorf("entities not decoded: %q", paras[2])
	}
	for _, junk := range []string{"<", ">", "trackingPixel", "injected advert", "color: red", "Subscribe", "Sport", "By Mara"} {
		if strings.Contains(text, junk) {
			t.Errorf("text contains %q:\n%s", junk, text)
		}
	}
}

// page wraps paragraphs in a minimal document with the given head.
func page(head string, paras ...string) string {
	var b strings.Builder
	b.WriteString("<!doctype html><html><head>" + head + "</head><body><article>")
	for _, p := range paras {
		b.WriteString("<p>" + p + "</p>\n")
	}
	b.WriteString("</article></body></html>")
	return b.String()
}

// Long enough for readability to take the paragraphs for an article.
const (
	paraA = "Volunteers planted four hundred oak saplings along the river path on Saturday, the parks trust said, in the largest planting the valley has seen in a decade."
	paraB = "The trust said the trees would shade the water and cool it for trout in summer, and that schools would help to water them through their first dry season."
)

func TestParseHTML(t *testing.T) {
	tests := []struct {
		name       string
		html       string
		outlet     string
		source     model.OutletSource
		title      string
		published  time.Time
		textPrefix string
	}{
		{
			name:   "no site name: dateline credit in the text",
			html:   page("<title>Saplings planted</title>", "GLENMOOR (AP) — "+paraA, paraB),
			outlet: "Associated Press", source: model.OutletFromText, title: "Saplings planted",
			textPrefix: "GLENMOOR (AP) — Volunteers",
		},
		{
			name:   "no metadata at all: the file name",
			html:   page("<title>Saplings planted</title>", paraA, paraB),
			outlet: "Valley Post", source: model.OutletFromFilename, title: "Saplings planted",
			textPrefix: "Volunteers planted",
		},
		{
			name: "fallback date meta and JSON-LD site name",
			html: page(`<title>Oaks</title><meta name="date" content="March 4, 2023">`+
				`<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Oaks for the river","publisher":{"@type":"Organization","name":"Valley Ledger"}}</script>`,
				paraA, paraB),
			outlet: "Valley Ledger", source: model.OutletFromMetadata, title: "Oaks for the river",
			published: time.Date(2023, 3, 4, 0, 0, 0, 0, time.UTC), textPrefix: "Volunteers planted",
		},
		{
			name: "Windows-1252 page is decoded by its meta charset",
			html: page(`<meta charset="windows-1252"><title>Oaks</title>`,
				"\x93We need shade,\x94 the warden said. "+paraA, paraB),
			outlet: "Valley Post", source: model.OutletFromFilename, title: "Oaks",
			textPrefix: "“We need shade,” the warden said.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := ParseHTML("pages/valley_post.html", []byte(tt.html))
			if err != nil {
				t.Fatalf("ParseHTML: %v", err)
			}
			if doc.Outlet != tt.outlet || doc.OutletSource != tt.source || doc.Title != tt.title {
				t.Errorf("outlet %q (%s), title %q; want %q (%s), %q", doc.Outlet, doc.OutletSource, doc.Title, tt.outlet, tt.source, tt.title)
			}
			if !doc.Published.Equal(tt.published) {
				t.Errorf("Published = %v, want %v", doc.Published, tt.published)
			}
			if !strings.HasPrefix(doc.Text, tt.textPrefix) {
				t.Errorf("text starts %q, want %q", doc.Text[:min(len(doc.Text), 60)], tt.textPrefix)
			}
		})
	}
}

func TestParseHTMLErrors(t *testing.T) {
	tests := []struct {
		name, html string
		is         error
	}{
		{"blank", "  \n", ErrEmpty},
		{"no text in body", "<!doctype html><html><head><title>Only a title</title></head><body><script>var x = 1;</script></body></html>", ErrNoWords},
	}
	for _, tt := range tests {
		if _, err := ParseHTML("x.html", []byte(tt.html)); !errors.Is(err, tt.is) {
			t.Errorf("%s: err = %v, want %v", tt.name, err, tt.is)
		}
	}
}
