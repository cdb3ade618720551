package fetch

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestParseFeedsList(t *testing.T) {
	tests := []struct {
		name, raw string
		want      []string
	}{
		{"empty", "", nil},
		{"comments and blank lines", "# my feeds\n\n   \nhttps://gazette.example/rss\n  # indented comment\n", []string{"https://gazette.example/rss"}},
		{"comment after an entry", "https://courier.example/atom  # the Courier\n", []string{"https://courier.example/atom"}},
		{"fragment kept", "https://radio.example/page#latest\n", []string{"https://radio.example/page#latest"}},
		{"CRLF and BOM", "\xEF\xBB\xBFhttps://a.example/feed\r\nhttps://b.example/feed\r\n", []string{"https://a.example/feed", "https://b.example/feed"}},
		{"repeats listed once", "https://a.example/feed\nhttps://a.example/feed\n", []string{"https://a.example/feed"}},
		{"relative path against the list's folder", "saved/courier.rss\n", []string{"/cfg/parallax/saved/courier.rss"}},
		{"home path", "~/news/gazette.opml\n~\n", []string{"/home/reader/news/gazette.opml", "/home/reader"}},
		{"absolute path cleaned", "/srv/feeds/../feeds/radio.json\n", []string{"/srv/feeds/radio.json"}},
		{"control characters dropped", "https://a.example/\x1b[2Jfeed\nhttps://b.example/feed\n", []string{"https://b.example/feed"}},
		{"upper-case scheme is a URL", "HTTPS://Gazette.example/RSS\n", []string{"HTTPS://Gazette.example/RSS"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := parseFeedsList([]byte(tt.raw), "/cfg/parallax", "/home/reader")
			if !slices.Equal(got, tt.want) {
				t.Errorf("parseFeedsList(%q) = %q, want %q", tt.raw, got, tt.want)
			}
		})
	}
}

func TestFeedsListPath(t *testing.T) {
	tests := []struct {
		name, xdg, home, want string
	}{
		{"XDG config home", "/xdg", "/home/reader", "/xdg/parallax/feeds"},
		{"relative XDG is ignored", "relative/dir", "/home/reader", "/home/reader/.config/parallax/feeds"},
		{"no XDG", "", "/home/reader", "/home/reader/.config/parallax/feeds"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("XDG_CONFIG_HOME", tt.xdg)
			t.Setenv("HOME", tt.home)
			if got := FeedsListPath(); got != filepath.FromSlash(tt.want) {
				t.Errorf("FeedsListPath() = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestDefaultSources(t *testing.T) {
	cfg := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", cfg)
	if got, ok := DefaultSources(); ok || got != nil {
		t.Errorf("no list: DefaultSources() = %q, %v; want nothing, false", got, ok)
	}
	dir := filepath.Join(cfg, "parallax")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	list := filepath.Join(dir, "feeds")
	if err := os.WriteFile(list, []byte("# nothing yet\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got, ok := DefaultSources(); ok {
		t.Errorf("list of comments only: DefaultSources() = %q, true; want false", got)
	}
	if err := os.WriteFile(list, []byte("https://gazette.example/rss\nsaved.opml\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	want := []string{"https://gazette.example/rss", filepath.Join(dir, "saved.opml")}
	if got, ok := DefaultSources(); !ok || !slices.Equal(got, want) {
		t.Errorf("DefaultSources() = %q, %v; want %q, true", got, ok, want)
	}
	if _, err := ReadFeedsList(filepath.Join(dir, "missing")); !os.IsNotExist(err) {
		t.Errorf("ReadFeedsList(missing) error %v, want not-exist", err)
	}
}
