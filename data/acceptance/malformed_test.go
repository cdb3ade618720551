package acceptance

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parallax/data"
	"parallax/data/fetch"
	"parallax/model"
)

// The malformed articles of issue 9, each of which once stalled a whole
// analysis: each is read beside a good article, with a line saying what was
// done to it, and the good article is still analysed. The time and memory
// they take through `parallax analyze --json` are in RELIABILITY.md.

// goodArticle is a short, ordinary report, in our own words.
const goodArticle = "Ferry service resumes\n\nThe Calder ferry resumed service on Monday after a week of storms, " +
	"carrying 1,200 passengers on its first day back, the operator said.\n"

// malformed builds the three inputs: one 2 MB "sentence" of figure phrases,
// front matter that opens and never closes (200,000 key: value lines), and
// 40,000 figures in one paragraph.
func malformed() map[string]string {
	var fm strings.Builder
	fm.WriteString("---\n")
	for i := range 200_000 {
		fmt.Fprintf(&fm, "key%d: value %d\n", i, i)
	}
	figures := make([]string, 40_000)
	for i := range figures {
		figures[i] = fmt.Sprintf("%d people", i+1)
	}
	run := "the 4 million customers and "
	return map[string]string{
		"long-run.txt":    "A run of figures\n\n" + strings.Repeat(run, 2<<20/len(run)),
		"unclosed.md":     fm.String(),
		"figures.txt":     "Figures\n\n" + strings.Join(figures, ", ") + ".\n",
		"good-report.txt": goodArticle,
	}
}

func TestMalformedArticlesBesideAGoodOne(t *testing.T) {
	dir := t.TempDir()
	for name, body := range malformed() {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	good := filepath.Join(dir, "good-report.txt")
	for _, c := range []struct {
		file  string
		lines []string // what stderr says about the file, after "parallax: "
	}{
		{"long-run.txt", []string{
			"long-run.txt: read in part: the first 1.0 MB of 2.0 MB; an article is read up to 1 MB (--max-article-size)",
			"note: " + filepath.Join(dir, "long-run.txt") + ": read as running text: 1 stretch with no sentence end for over 2,000 bytes",
		}},
		{"unclosed.md", []string{
			"unclosed.md: read in part: the first 1.0 MB of 4.4 MB",
			// the key: value lines run on into each other like a wrapped paragraph
			"note: " + filepath.Join(dir, "unclosed.md") + ": read as running text: 1 stretch",
		}},
		{"figures.txt", []string{"note: " + filepath.Join(dir, "figures.txt") + ": read as running text: 1 stretch"}},
	} {
		t.Run(c.file, func(t *testing.T) {
			path := filepath.Join(dir, c.file)
			docs, lines := fetch.Load(context.Background(), fetch.NewClient(fetch.Options{}), []string{path, good}, nil)
			if len(docs) != 2 {
				t.Fatalf("%d documents loaded, want the malformed one and the good one", len(docs))
			}
			said := make([]string, len(lines))
			for i, l := range lines {
				said[i] = l.Line()
			}
			all := strings.Join(said, "\n")
			for _, want := range c.lines {
				if !strings.Contains(all, want) {
					t.Errorf("stderr lacks %q:\n%s", want, all)
				}
			}
			if len(lines) != len(c.lines) {
				t.Errorf("%d lines, want %d:\n%s", len(lines), len(c.lines), all)
			}
			for _, d := range docs {
				if len(d.Text) > data.DefaultMaxArticleBytes {
					t.Errorf("%s holds %d bytes of text, over the limit", d.ID, len(d.Text))
				}
			}
			a := model.Analyze(docs)
			c := claimOf(t, a, "good-report", "carrying 1,200 passengers", "1,200")
			if c.Text != "The Calder ferry resumed service on Monday after a week of storms, carrying 1,200 passengers on its first day back, the operator said." {
				t.Errorf("the good article's claim reads %q", c.Text)
			}
			longest := 0
			for _, c := range a.Claims {
				longest = max(longest, len(c.Text))
			}
			if longest > 2000 {
				t.Errorf("a claim of %d bytes: a run was parsed as one claim", longest)
			}
		})
	}
}
