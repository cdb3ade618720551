package text

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// sharedDir returns a folder of the shared test material beside the
// repository (../shared from the repository root). It skips the test when the
// folder is absent, or fails it when env CI is set.
func sharedDir(t testing.TB, parts ...string) string {
	t.Helper()
	dir := filepath.Join(append([]string{"..", "..", "..", "shared"}, parts...)...)
	if _, err := os.Stat(dir); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("shared test material %s is missing: %v", dir, err)
		}
		t.Skipf("shared test material %s is absent", dir)
	}
	return dir
}

// readSeed returns the text of one seed article.
func readSeed(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(sharedDir(t, "seeds"), name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// seedExpect is what a reader finds in one seed article: how many sentences
// it has, short pieces that must each start a sentence, end one, or lie
// whole inside one, whole short lines that are sentences by themselves, and
// lines (first and last words) that are one sentence each.
type seedExpect struct {
	file   string
	count  int
	starts []string
	ends   []string
	within []string
	whole  []string
	lines  [][2]string
}

// The counts were verified by reading each article sentence by sentence;
// the pieces are a few words long, enough to pin a boundary.
var seedExpects = []seedExpect{
	{
		file:  "000_b5d6463688376969.txt",
		count: 34,
		starts: []string{"WASHINGTON —", "U.S. regulators could", "U.S.-listed Alibaba shares",
			"But if regulators", "The Chinese Embassy", "Its revenue grew", "It then added",
			"Mr. Biden, like", "— Reuters"},
		ends: []string{"Gartner, Inc.", "Joseph R. Biden, Jr.", "transaction reviews.”",
			"pillar of growth”.", "Alphabet Inc. Google."},
		within: []string{"Joseph R. Biden, Jr.", "Gartner, Inc.", "Donald J. Trump’s",
			"Alphabet Inc. Google.", "Ford Motor Co., IBM’s", "International, Inc. on national",
			"U.S.-listed", "our… cloud services”."},
		whole: []string{"Online security"},
		lines: [][2]string{{"US scrutinizes", "security risks"}},
	},
	{
		file:  "001_5bec7fdcb179d4a3.txt",
		count: 17,
		starts: []string{"The investigation is looking", "“In addition,", "It has 20 cloud regions",
			"Alibaba became the official"},
		lines:  [][2]string{{"China’s Alibaba Cloud", "Probe: Report"}},
		ends:   []string{"said in the report."},
		within: []string{"ZTE Corp. and Huawei", "Of U.S. Government Probe", "March 31, 2021."},
	},
	{
		file:   "002_36a46075aeeba84f.txt",
		count:  25,
		starts: []string{"The investigation could lead", "Alibaba declined to comment."},
		ends:   []string{"over national security concerns: report", "transaction reviews.”"},
		within: []string{"COVID-19 vaccine research"},
		whole:  []string{"Business", "VCG via Getty Images"},
		lines:  [][2]string{{"Barcroft Media", "Getty Images"}, {"The Alibaba LOGO", "in Hangzhou"}},
	},
	{
		file:   "003_e96725157b5bd322.txt",
		count:  18,
		starts: []string{"Months before President", "He issued a warning"},
		ends:   []string{"national security risk.", "our foreign adversaries.\""},
		within: []string{"U.S. Commerce Department's Office", "property...from being"},
		whole:  []string{"Tyler Durden's Photo", "by Tyler Durden", "Tuesday, Jan 18, 2022 - 11:10 PM"},
		lines:  [][2]string{{"US Gov't Probes", "Security Risks"}},
	},
	{
		file:   "004_a6b7198008b42ede.txt",
		count:  25,
		starts: []string{"A request for comment from the Commerce", "\"China presents"},
		ends:   []string{"says of the PRC.", "according to Reuters."},
		within: []string{"Holding Ltd. Report", "Washington D.C and Beijing.", "$863.3 billion"},
		whole:  []string{"Skip to main content", "• Author:", "• Publish date:", "Scroll to Continue"},
		lines:  [][2]string{{"U.S Ups", "on China"}},
	},
}

func TestSentencesSeeds(t *testing.T) {
	for _, ex := range seedExpects {
		t.Run(ex.file, func(t *testing.T) {
			s := readSeed(t, ex.file)
			spans := Sentences(s)
			checkSpans(t, s, spans)
			sents := sentenceTexts(s)
			if len(sents) != ex.count {
				t.Errorf("%d sentences, want %d", len(sents), ex.count)
			}
			has := func(what string, ok func(string) bool) {
				t.Helper()
				for _, x := range sents {
					if ok(x) {
						return
					}
				}
				t.Errorf("no sentence %s", what)
			}
			for _, p := range ex.starts {
				has("starts with "+p, func(x string) bool { return strings.HasPrefix(x, p) })
			}
			for _, p := range ex.ends {
				has("ends with "+p, func(x string) bool { return strings.HasSuffix(x, p) })
			}
			for _, p := range ex.within {
				has("holds "+p, func(x string) bool { return strings.Contains(x, p) })
			}
			for _, p := range ex.whole {
				has("is "+p, func(x string) bool { return x == p })
			}
			for _, p := range ex.lines {
				has("is the line "+p[0]+" … "+p[1], func(x string) bool {
					return strings.HasPrefix(x, p[0]) && strings.HasSuffix(x, p[1]) && !strings.Contains(x, "\n")
				})
			}
		})
	}
}

// TestSentencesSeedsTrimmed checks that no-break spaces trailing a paragraph
// (as in seed 003) stay outside the sentence.
func TestSentencesSeedsTrimmed(t *testing.T) {
	s := readSeed(t, "003_e96725157b5bd322.txt")
	for _, x := range sentenceTexts(s) {
		if strings.HasSuffix(x, "\u00a0") || strings.HasPrefix(x, "\u00a0") {
			t.Errorf("sentence keeps a no-break space: %q", x)
		}
	}
}

// TestSentencesClusters runs the splitter over the real-news development set
// and checks the invariants and a few boundaries found there by reading.
func TestSentencesClusters(t *testing.T) {
	dir := sharedDir(t, "realnews", "clusters")
	files, err := filepath.Glob(filepath.Join(dir, "*", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no cluster files in %s: %v", dir, err)
	}
	total := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s := string(b)
		spans := Sentences(s)
		checkSpans(t, s, spans)
		total += len(spans)
		for _, x := range sentenceTexts(s) {
			// Abbreviations that must never end a sentence in this set.
			for _, abbr := range []string{" Mr.", " Mrs.", " Ms.", " Dr.", " Sen.", " Rep.", " Gov.", " Gen.", " Adm.", " Capt."} {
				if strings.HasSuffix(x, abbr) {
					t.Errorf("%s: sentence ends in %q: %q", filepath.Base(f), abbr, x)
				}
			}
		}
	}
	t.Logf("%d files, %d sentences", len(files), total)
}

// TestFirstSentencesIsAPrefix checks that FirstSentences gives the first n
// spans of Sentences, for every n, on the seed articles (stray punctuation
// joined to the sentence before it, overlong runs cut in pieces, quotations).
func TestFirstSentencesIsAPrefix(t *testing.T) {
	for _, ex := range seedExpects {
		s := readSeed(t, ex.file)
		all := Sentences(s)
		for n := 0; n <= len(all)+1; n++ {
			got, want := FirstSentences(s, n), all[:min(n, len(all))]
			if !slices.Equal(got, want) {
				t.Fatalf("%s: FirstSentences(n=%d) = %v, want %v", ex.file, n, got, want)
			}
		}
	}
	for _, s := range []string{"", "One. Two", "A long one " + strings.Repeat("word ", MaxSentence) + ". Short.", "The end . . . !"} {
		all := Sentences(s)
		for n := 0; n <= len(all)+1; n++ {
			if got, want := FirstSentences(s, n), all[:min(n, len(all))]; !slices.Equal(got, want) {
				t.Errorf("FirstSentences(%.40q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}
