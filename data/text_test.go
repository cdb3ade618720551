package data

import (
	"errors"
	"testing"
	"time"

	"parallax/model"
)

func TestSplitFrontMatter(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		want   frontMatter
		body   string
		wantOK bool
	}{
		{
			name: "all keys, mixed quoting",
			in: "---\ntitle: \"Storm: the morning after\"\noutlet: 'Tidewater Herald'\npublished: 2024-02-11\n" +
				"url: https://tidewater.example/storm\nauthor: Lena Marsh\n---\nBody text.\n",
			want: frontMatter{Title: "Storm: the morning after", Outlet: "Tidewater Herald", Published: "2024-02-11",
				URL: "https://tidewater.example/storm", Author: "Lena Marsh"},
			body: "Body text.\n", wantOK: true,
		},
		{
			name: "key case, spacing, comments, unknown keys, dots fence",
			in:   "---\n# saved by hand\nTitle :   Quiet count  \ntags: [a, b]\nDate: Jan 5, 2024\n...\nText",
			want: frontMatter{Title: "Quiet count", Published: "Jan 5, 2024"},
			body: "Text", wantOK: true,
		},
		{
			name: "synonyms and a list of authors",
			in:   "---\nheadline: Ice on the lake\nsource: Northern Ledger\nauthors: [\"Ann Roe\", 'Bo Lund']\n---\nx",
			want: frontMatter{Title: "Ice on the lake", Outlet: "Northern Ledger", Author: "Ann Roe, Bo Lund"},
			body: "x", wantOK: true,
		},
		{
			name: "escaped quote in double quotes",
			in:   "---\ntitle: \"The \\\"last\\\" ferry\"\n---\nx",
			want: frontMatter{Title: "The \"last\" ferry"},
			body: "x", wantOK: true,
		},
		{
			name: "indented continuation lines are tolerated",
			in:   "---\ntitle: Flood map\nauthor:\n  - Ann Roe\n---\nx",
			want: frontMatter{Title: "Flood map"},
			body: "x", wantOK: true,
		},
		{
			name: "a horizontal rule opening a Markdown file is not front matter",
			in:   "---\nThis paragraph sits between two rules.\n---\nMore text.",
			body: "---\nThis paragraph sits between two rules.\n---\nMore text.",
		},
		{
			name: "no closing fence",
			in:   "---\ntitle: Never closed\nBody goes on.",
			body: "---\ntitle: Never closed\nBody goes on.",
		},
		{
			name: "empty block is not front matter",
			in:   "---\n---\nText",
			body: "---\n---\nText",
		},
		{
			name: "fence must be the very first line",
			in:   "\n---\ntitle: Late\n---\nText",
			body: "\n---\ntitle: Late\n---\nText",
		},
		{
			name: "no body after the block",
			in:   "---\ntitle: Only metadata\n---",
			want: frontMatter{Title: "Only metadata"},
			body: "", wantOK: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fm, body, ok := splitFrontMatter(tt.in)
			if ok != tt.wantOK || fm != tt.want || body != tt.body {
				t.Errorf("splitFrontMatter(%q)\n got %+v, %q, %v\nwant %+v, %q, %v", tt.in, fm, body, ok, tt.want, tt.body, tt.wantOK)
			}
		})
	}
}

func TestParseText(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		name string
		path string
		in   string
		want model.Document
	}{
		{
			name: "front matter gives every field; text is the body",
			path: "in/tidewater.md",
			in: "---\ntitle: \"Harbour wall repaired\"\noutlet: Tidewater Herald\npublished: \"2024-03-01\"\n" +
				"url: https://tidewater.example/wall\nauthor: Lena Marsh\n---\n\nCrews finished the wall on Friday.\n",
			want: model.Document{ID: "tidewater", Path: "in/tidewater.md", Outlet: "Tidewater Herald",
				OutletSource: model.OutletFromMetadata, Title: "Harbour wall repaired", Published: day(2024, 3, 1),
				URL: "https://tidewater.example/wall", Author: "Lena Marsh", Text: "Crews finished the wall on Friday."},
		},
		{
			name: "title falls back to the first non-empty line, which stays in the text",
			path: "hill_country_news.txt",
			in:   "\n\nWind farm approved\n\nThe board approved forty turbines on Monday.\n",
			want: model.Document{ID: "hill_country_news", Path: "hill_country_news.txt", Outlet: "Hill Country News",
				OutletSource: model.OutletFromFilename, Title: "Wind farm approved",
				Text: "Wind farm approved\n\nThe board approved forty turbines on Monday."},
		},
		{
			name: "Markdown heading used as title loses its hashes",
			path: "notes.md",
			in:   "## Rail strike called off ##\n\nUnion leaders accepted the offer late on Sunday.",
			want: model.Document{ID: "notes", Path: "notes.md", Outlet: "Notes", OutletSource: model.OutletFromFilename,
				Title: "Rail strike called off", Text: "## Rail strike called off ##\n\nUnion leaders accepted the offer late on Sunday."},
		},
		{
			name: "hashes are kept in a plain text title",
			path: "x1.txt",
			in:   "#1 seed advances\n\nThe top seed won in straight sets.",
			want: model.Document{ID: "x1", Path: "x1.txt", Outlet: "x1", OutletSource: model.OutletFromFilename,
				Title: "#1 seed advances", Text: "#1 seed advances\n\nThe top seed won in straight sets."},
		},
		{
			name: "section label and page furniture are passed over for the headline",
			path: "a_9.txt",
			in: "Skip to main content\n\nWeather\n\nHeavy snow closes mountain pass for second day\n\n" +
				"By Ola Brenn\nMonday, Feb 5, 2024 - 6:40 AM\n\nThe pass stayed shut as drifts reached two metres.",
			want: model.Document{ID: "a_9", Path: "a_9.txt", Outlet: "a_9", OutletSource: model.OutletFromFilename,
				Title: "Heavy snow closes mountain pass for second day", Author: "Ola Brenn",
				Published: time.Date(2024, 2, 5, 6, 40, 0, 0, time.UTC),
				Text: "Skip to main content\n\nWeather\n\nHeavy snow closes mountain pass for second day\n\n" +
					"By Ola Brenn\nMonday, Feb 5, 2024 - 6:40 AM\n\nThe pass stayed shut as drifts reached two metres."},
		},
		{
			name: "a short real title above a paragraph is kept",
			path: "short.txt",
			in:   "Storm hits coast\n\nHeavy rain battered the coast on Monday.",
			want: model.Document{ID: "short", Path: "short.txt", Outlet: "Short", OutletSource: model.OutletFromFilename,
				Title: "Storm hits coast", Text: "Storm hits coast\n\nHeavy rain battered the coast on Monday."},
		},
		{
			name: "closing wire credit gives the outlet",
			path: "007_ab12.txt",
			in:   "Port strike ends\n\nDock workers returned on Thursday after a deal on shifts. — Reuters\n",
			want: model.Document{ID: "007_ab12", Path: "007_ab12.txt", Outlet: "Reuters", OutletSource: model.OutletFromText,
				Title: "Port strike ends", Text: "Port strike ends\n\nDock workers returned on Thursday after a deal on shifts. — Reuters"},
		},
		{
			name: "CRLF and BOM are normalised before parsing",
			path: "crlf.txt",
			in:   "\xEF\xBB\xBF---\r\ntitle: Windows file\r\n---\r\nLine one.\r\nLine two.\r\n",
			want: model.Document{ID: "crlf", Path: "crlf.txt", Outlet: "Crlf", OutletSource: model.OutletFromFilename,
				Title: "Windows file", Text: "Line one.\nLine two."},
		},
		{
			name: "unreadable front matter date falls back to a dateline",
			path: "d.txt",
			in:   "---\npublished: sometime last week\n---\nFerry fares rise\n18 March 2024\n\nFares go up by a tenth.",
			want: model.Document{ID: "d", Path: "d.txt", Outlet: "D", OutletSource: model.OutletFromFilename,
				Title: "Ferry fares rise", Published: day(2024, 3, 18),
				Text: "Ferry fares rise\n18 March 2024\n\nFares go up by a tenth."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseText(tt.path, []byte(tt.in))
			if err != nil {
				t.Fatalf("ParseText: %v", err)
			}
			if !got.Published.Equal(tt.want.Published) {
				t.Errorf("Published = %v, want %v", got.Published, tt.want.Published)
			}
			got.Published, tt.want.Published = time.Time{}, time.Time{}
			if got != tt.want {
				t.Errorf("ParseText\n got %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestParseTextErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
		is             error
	}{
		{"only blank space", " \n\t\n", "empty file", ErrEmpty},
		{"front matter and no body", "---\ntitle: Placeholder\n---\n\n", "no words after front matter", ErrNoWords},
		{"punctuation only", "--- *** ---\n...", "no words in file", ErrNoWords},
	}
	for _, tt := range tests {
		_, err := ParseText("x.txt", []byte(tt.in))
		if err == nil || err.Error() != tt.want || !errors.Is(err, tt.is) {
			t.Errorf("%s: err = %v, want %q", tt.name, err, tt.want)
		}
	}
}
