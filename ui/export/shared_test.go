package export

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"parallax/data"
	"parallax/model"
)

// sharedDir is /work/shared/<sub> as seen from ui/export (two levels below
// the repository root, whose sibling is shared/). It skips when the folder
// is absent, and fails when CI is set.
func sharedDir(t testing.TB, sub string) string {
	t.Helper()
	dir := filepath.Join("..", "..", "..", "shared", sub)
	if _, err := os.Stat(dir); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is missing under CI: %v", dir, err)
		}
		t.Skipf("%s is absent; skipping the real-article reports", dir)
	}
	return dir
}

// TestRealStories exports real clusters and checks the reports' shape: the
// HTML parses, sections come conflicts first, and every sentence of every
// conflict is in both reports.
func TestRealStories(t *testing.T) {
	root := sharedDir(t, filepath.Join("realnews", "clusters"))
	entries, err := os.ReadDir(root)
	if err != nil {
		t.Fatal(err)
	}
	tested := 0
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		t.Run(e.Name(), func(t *testing.T) {
			docs, _ := data.Load([]string{filepath.Join(root, e.Name())})
			if len(docs) == 0 {
				t.Fatalf("%s: no documents read", e.Name())
			}
			a := model.Analyze(docs)
			var md, page bytes.Buffer
			if err := Write(&md, "markdown", a, ""); err != nil {
				t.Fatal(err)
			}
			if err := Write(&page, "html", a, ""); err != nil {
				t.Fatal(err)
			}
			if _, err := html.Parse(bytes.NewReader(page.Bytes())); err != nil {
				t.Fatal(err)
			}
			for _, out := range []string{md.String(), page.String()} {
				c, k, s := strings.Index(out, "Conflicts ("), strings.Index(out, "Corroborated ("), strings.Index(out, "Single source (")
				if (c >= 0 && k >= 0 && c > k) || (k >= 0 && s >= 0 && k > s) || (c >= 0 && s >= 0 && c > s) {
					t.Errorf("sections out of order: conflicts at %d, corroborated at %d, single at %d", c, k, s)
				}
			}
			r := newReport(a, "", nil)
			for _, g := range r.Conflicts {
				for _, side := range g.Sides {
					for _, cv := range side.Claims {
						plain := ""
						for _, p := range cv.Parts {
							plain += p.Text
						}
						if !strings.Contains(page.String(), html.EscapeString(cv.Parts[0].Text)) {
							t.Errorf("conflict sentence %.60q missing from the HTML", plain)
						}
					}
				}
			}
			tested++
		})
	}
	t.Logf("%d stories exported", tested)
}

// BenchmarkWrite measures both formats over a real cluster.
func BenchmarkWrite(b *testing.B) {
	root := sharedDir(b, filepath.Join("realnews", "clusters"))
	docs, _ := data.Load([]string{filepath.Join(root, "mattis-resignation-2018")})
	a := model.Analyze(docs)
	for _, f := range []string{"markdown", "html"} {
		b.Run(f, func(b *testing.B) {
			var buf bytes.Buffer
			for b.Loop() {
				buf.Reset()
				if err := Write(&buf, f, a, ""); err != nil {
					b.Fatal(err)
				}
			}
			b.SetBytes(int64(buf.Len()))
		})
	}
}
