package fetch

import (
	"strings"
	"testing"
)

func TestURLID(t *testing.T) {
	tests := []struct{ url, want string }{
		{"https://www.gazette.example/news/2025/03/ferry-hits-trawler.html", "gazette.example-ferry-hits-trawler"},
		{"https://courier.example/sea/fog-ferry/", "courier.example-fog-ferry"},
		{"https://courier.example/sea/fog-ferry/index.html", "courier.example-fog-ferry"},
		{"https://radio.example/", "radio.example"},
		{"https://radio.example", "radio.example"},
		{"https://post.example/article.php?id=4411", "post.example-article-id-4411"},
		{"https://post.example/?p=17", "post.example-p-17"},
		{"https://post.example/#ferry", "post.example-ferry"},
		{"HTTPS://WWW.Post.Example/Big_Story", "post.example-big-story"},
		{"https://post.example/caf%C3%A9-reopens", "post.example-café-reopens"},
		{"https://post.example/%E2%80%94%E2%80%94", "post.example"},
		{"https://post.example:8443/a/b", "post.example-b"},
		{"not a url at all", "not-a-url-at-all"},
		{"", "document"},
	}
	for _, tt := range tests {
		if got := urlID(tt.url); got != tt.want {
			t.Errorf("urlID(%q) = %q, want %q", tt.url, got, tt.want)
		}
	}
	long := urlID("https://post.example/" + strings.Repeat("ferry-", 40))
	if len(long) > maxIDLen || strings.HasSuffix(long, "-") {
		t.Errorf("long slug %q: want at most %d bytes, no trailing dash", long, maxIDLen)
	}
}
