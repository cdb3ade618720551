package data

import (
	"strings"
	"testing"
	"unicode/utf8"

	"parallax/model"
)

// FuzzParseSidecar: any bytes as meta.json give entries or one error line,
// and every entry's fields are single lines.
func FuzzParseSidecar(f *testing.F) {
	for _, seed := range []string{
		`[{"file": "a.txt", "outlet": "Harbour Post", "title": "T", "date": "2021-03-04", "url": "https://x.example/a"}]`,
		`[{"file": "../../etc/passwd"}, {"file": ""}, {"file": "a.txt"}, {"file": "a.txt", "outlet": "second"}]`,
		`{"file": "not a list"}`, `[1, 2]`, `[{"file": ["x"]}]`, `[`, ``, "\xff\xfe[",
		`[{"file": "b.md", "outlet": "line\nbreak\u0000", "date": "Sept. 31, 2021"}]`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		side, err := parseSidecar(raw)
		if err != nil {
			if strings.Contains(err.Error(), "\n") {
				t.Fatalf("error spans lines: %q", err)
			}
			return
		}
		for name, fl := range side {
			if name == "" {
				t.Fatal("an entry without a file name was kept")
			}
			for _, v := range []string{fl.Title, fl.Outlet, fl.Author, fl.URL} {
				if strings.ContainsAny(v, "\n\r") {
					t.Fatalf("entry %q holds a multi-line field %q", name, v)
				}
			}
		}
	})
}

// FuzzSniff: the sniffers and the normaliser take any bytes.
func FuzzSniff(f *testing.F) {
	for _, seed := range []string{"<!doctype html><p>x", "\xEF\xBB\xBF<!-- c --><html>", "\x89PNG\r\n", "\xFF\xFEa\x00", "plain text", "<!-- unclosed"} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		looksBinary(raw)
		looksHTML(raw)
		s := Normalize(raw)
		if !utf8.ValidString(s) || strings.ContainsRune(s, '\r') {
			t.Fatalf("Normalize gave invalid UTF-8 or a CR: %q", s)
		}
	})
}

// FuzzLimits: cutting keeps a prefix within the limit that ends on a whole
// rune, and the lines limits leave are single lines.
func FuzzLimits(f *testing.F) {
	f.Add("The pier closed. Boats moved.\n\nA second paragraph é here.", 20)
	f.Add(strings.Repeat("the 4 million customers and ", 200), 3000)
	f.Add("ééééé", 3)
	f.Fuzz(func(t *testing.T, s string, n int) {
		if n <= 0 || n > len(s)+10 {
			return
		}
		s = strings.ToValidUTF8(s, "?")
		docs, lines := Limits{MaxArticleBytes: n, MaxArticles: 1}.Apply([]model.Document{
			{ID: "a", Path: "a.txt", Text: s}, {ID: "b", Path: "b.txt", Text: s},
		})
		if len(docs) != 1 {
			t.Fatalf("%d documents kept, want 1", len(docs))
		}
		got := docs[0].Text
		if len(got) > n || !strings.HasPrefix(s, got) || !utf8.ValidString(got) {
			t.Fatalf("cut %q to %q: not a valid prefix of at most %d bytes", s, got, n)
		}
		for _, l := range lines {
			if strings.Contains(l.Line(), "\n") {
				t.Fatalf("line spans lines: %q", l.Line())
			}
		}
	})
}
