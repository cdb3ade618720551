package data

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"parallax/model"
)

// checkDocument asserts the invariants every loaded document keeps,
// whatever bytes it came from.
func checkDocument(t *testing.T, d model.Document) {
	t.Helper()
	for name, s := range map[string]string{"id": d.ID, "text": d.Text, "title": d.Title, "outlet": d.Outlet, "author": d.Author, "url": d.URL} {
		if !utf8.ValidString(s) || !norm.NFC.IsNormalString(s) || strings.ContainsRune(s, '\r') {
			t.Fatalf("%s is not valid NFC UTF-8 with LF line ends: %q", name, s)
		}
		if strings.IndexFunc(s, func(r rune) bool { return isControl(r) && r != '\n' && r != '\t' }) >= 0 {
			t.Fatalf("%s keeps a control character: %q", name, s)
		}
	}
	if strings.ContainsAny(d.ID+d.Title+d.Outlet+d.Author, "\n\t") || d.ID == "" {
		t.Fatalf("metadata spans lines: %q / %q / %q", d.Title, d.Outlet, d.Author)
	}
	if d.Outlet == "" || d.OutletSource == "" {
		t.Fatalf("no outlet: %+v", d)
	}
	if !hasWords(d.Text) {
		t.Fatalf("document without words: %q", d.Text)
	}
}

func FuzzParseText(f *testing.F) {
	for _, seed := range []string{
		"Title\n\nBody text.",
		"---\ntitle: \"A\"\noutlet: 'B'\npublished: 2024-01-02\n---\nBody",
		"---\n---\n",
		"\xEF\xBB\xBF\r\nCafe\u0301\r\x00\x1b[2J by Ann Lee",
		"\xFF\xFEH\x00i\x00",
		"Skip to main content\n\nNews\n\nA headline shaped line here\n\nBy Ann Lee | Reuters\nTuesday, Jan 18, 2022 - 11:10 PM\n\nWASHINGTON (Reuters) - Text. — AP",
		"## heading ##\n\n\xff\xfe body",
		"Copyright © 2020 The Hill",
	} {
		f.Add("story.md", []byte(seed))
		f.Add("000_x.txt", []byte(seed))
	}
	f.Fuzz(func(t *testing.T, path string, raw []byte) {
		d, err := ParseText(path, raw)
		if err != nil {
			if strings.Contains(err.Error(), "\n") {
				t.Fatalf("error spans lines: %q", err)
			}
			return
		}
		checkDocument(t, d)
	})
}

func FuzzParseHTML(f *testing.F) {
	for _, seed := range []string{
		page("<title>T</title><meta property=\"og:site_name\" content=\"S\">", paraA, paraB),
		page("<meta charset=\"windows-1252\"><title>\x93Q\x94</title>", "\x93quoted\x94 "+paraA),
		"<html><body><p>short</p></body></html>",
		"<!doctype html><html><head><script>x</script></head><body><div><div><div><p>deep " + paraA + "</p></div></div></div></body></html>",
		"<html><body><pre>\r\n\x00code\x1b</pre><table><tr><td>a</td><td>b</td></tr></table></body></html>",
		"<html><head><meta property=\"article:published_time\" content=\"not a date\"></head><body><p>" + paraB + "</p></body></html>",
		"<",
		"",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		d, err := ParseHTML("page.html", raw)
		if err != nil {
			if strings.Contains(err.Error(), "\n") {
				t.Fatalf("error spans lines: %q", err)
			}
			return
		}
		checkDocument(t, d)
	})
}

func FuzzSplitFrontMatter(f *testing.F) {
	for _, seed := range []string{"---\ntitle: x\n---\nb", "---\n  - a\n---\n", "---\nkey: [\"a\", 'b', [c]]\n...\n"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, s string) {
		_, body, ok := splitFrontMatter(s)
		if !ok && body != s || ok && !strings.HasSuffix(s, body) {
			t.Fatalf("body %q is not a suffix of %q (ok=%v)", body, s, ok)
		}
	})
}

func FuzzParseDate(f *testing.F) {
	for _, seed := range []string{"2018-06-29", "Tuesday, Jan 18, 2022 - 11:10 PM", "Sept. 3, 2021 at 9 p.m. ET", "on"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if d, ok := parseDate(s); ok && !plausibleYear(d) {
			t.Fatalf("parseDate(%q) = %v, an implausible year", s, d)
		}
	})
}
