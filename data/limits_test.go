package data

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"parallax/model"
	"parallax/model/text"
)

// prose is a short paragraph of made-up news, in our own words.
const prose = "The harbour board voted on Tuesday to close the old pier. Officials said 300 boats would move to the new basin by June."

// docOf is a document with the given path and text.
func docOf(path, body string) model.Document {
	return model.Document{ID: baseID(path), Path: path, Outlet: "Test", Text: body}
}

func TestLimitsCutALongArticleAtAParagraph(t *testing.T) {
	body := strings.Repeat(prose+"\n\n", 200) // about 24 KB
	docs, lines := Limits{MaxArticleBytes: 10_000}.Apply([]model.Document{docOf("long.txt", body), docOf("short.txt", prose)})
	if len(docs) != 2 {
		t.Fatalf("%d documents kept, want both", len(docs))
	}
	cut := docs[0].Text
	if len(cut) > 10_000 || len(cut) < 5_000 || !strings.HasSuffix(cut, "new basin by June.") {
		t.Errorf("cut text is %d bytes ending %q; want at most 10,000 ending at a paragraph", len(cut), cut[max(0, len(cut)-30):])
	}
	if docs[1].Text != prose {
		t.Errorf("the short article was changed: %q", docs[1].Text)
	}
	if len(lines) != 1 || !errors.Is(lines[0], ErrCut) || lines[0].IsNote() {
		t.Fatalf("lines %q, want one cut line", lines)
	}
	want := fmt.Sprintf("long.txt: read in part: the first %s of %s; an article is read up to 9.8 KB (--max-article-size)",
		byteSize(len(cut)), byteSize(len(body)))
	if got := lines[0].Line(); got != want {
		t.Errorf("line %q, want %q", got, want)
	}
}

func TestCutTextFallsBackToSentencesWordsAndRunes(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"sentence end", "One two three. Four five six seven", "One two three."},
		{"word", "alpha beta gamma delta", "alpha beta"},
		{"rune boundary", strings.Repeat("é", 10), strings.Repeat("é", 5)},
	}
	for _, tt := range tests {
		n := len(tt.want) + 1
		if tt.name == "word" {
			n = 13
		}
		if got := cutText(tt.in, n); got != tt.want {
			t.Errorf("%s: cutText(%q, %d) = %q, want %q", tt.name, tt.in, n, got, tt.want)
		}
	}
}

func TestLimitsSkipArticlesPastTheMost(t *testing.T) {
	var docs []model.Document
	for i := range 7 {
		docs = append(docs, docOf(fmt.Sprintf("a%d.txt", i), prose))
	}
	kept, lines := Limits{MaxArticles: 4}.Apply(docs)
	if len(kept) != 4 || kept[3].Path != "a3.txt" {
		t.Fatalf("kept %d documents, want the first 4", len(kept))
	}
	want := "skipped a4.txt: over the article limit: this and the 2 articles after it not read; a run reads at most 4 (--max-articles)"
	if len(lines) != 1 || lines[0].Line() != want || !errors.Is(lines[0], ErrTooManyArticles) {
		t.Errorf("lines %q, want %q", lines, want)
	}
	if _, lines := (Limits{MaxArticles: 7}).Apply(docs); len(lines) != 0 {
		t.Errorf("a pile at the limit was reported: %q", lines)
	}
}

func TestLimitsNoteRunningText(t *testing.T) {
	run := strings.Repeat("the 4 million customers and ", 1000)
	docs, lines := Limits{}.Apply([]model.Document{docOf("debris.txt", prose+"\n\n"+run), docOf("fine.txt", prose)})
	if len(docs) != 2 || docs[0].Text != prose+"\n\n"+run {
		t.Fatalf("a note changed the documents")
	}
	want := fmt.Sprintf("note: debris.txt: read as running text: 1 stretch with no sentence end for over %s bytes, cut at clause boundaries rather than read as one claim each", count(text.MaxSentence))
	if len(lines) != 1 || !lines[0].IsNote() || lines[0].Line() != want {
		t.Errorf("lines %q, want %q", lines, want)
	}
}

func TestMayRunOnAgreesWithTheSplitter(t *testing.T) {
	for _, s := range []string{
		prose,
		strings.Repeat("word ", text.MaxSentence),
		strings.Repeat("a, b; ", text.MaxSentence),
		strings.Repeat("line without end\n", 1000),
		strings.Repeat(prose+" ", 100),
	} {
		if n := text.Overlong(s); n > 0 && !mayRunOn(s) {
			t.Errorf("mayRunOn missed a text the splitter cuts (%d bytes)", len(s))
		}
	}
	if mayRunOn(strings.Repeat(prose+"\n\n", 500)) {
		t.Error("mayRunOn flagged ordinary prose")
	}
}

func TestParseSize(t *testing.T) {
	for in, want := range map[string]int{"1048576": 1 << 20, "512KB": 512 << 10, "2MB": 2 << 20, "1.5 MB": 3 << 19, "64k": 64 << 10, "10b": 10} {
		if got, err := ParseSize(in); err != nil || got != want {
			t.Errorf("ParseSize(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"", "MB", "12abc", "-1MB", "0", "huge", "1e30"} {
		if _, err := ParseSize(in); err == nil || strings.Contains(err.Error(), "\n") {
			t.Errorf("ParseSize(%q) = %v, want a one-line error", in, err)
		}
	}
}

// TestUnclosedFrontMatterIsText: a file that opens with "---" and never
// closes it is read as text, however long the block runs.
func TestUnclosedFrontMatterIsText(t *testing.T) {
	var b strings.Builder
	b.WriteString("---\n")
	for i := range 200_000 {
		fmt.Fprintf(&b, "key%d: value %d\n", i, i)
	}
	s := b.String()
	fm, body, ok := splitFrontMatter(s)
	if ok || body != s || fm != (frontMatter{}) {
		t.Fatalf("an unclosed block was taken for front matter (ok %v, %d of %d bytes left)", ok, len(body), len(s))
	}
	d, err := ParseText("unclosed.md", []byte(s))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(d.Text, "---\nkey0: value 0\n") {
		t.Errorf("the block is not kept as the article's text: %q", d.Text[:40])
	}
	// A closed block far down is not front matter either: only a header is.
	late := "---\n" + strings.Repeat("note: x\n", maxFrontMatterLines+5) + "---\nBody.\n"
	if _, _, ok := splitFrontMatter(late); ok {
		t.Error("a block closing after more than maxFrontMatterLines lines was taken for front matter")
	}
}

func BenchmarkUnclosedFrontMatter(b *testing.B) {
	for _, lines := range []int{1_000, 200_000} {
		var sb strings.Builder
		sb.WriteString("---\n")
		for i := range lines {
			fmt.Fprintf(&sb, "key%d: value %d\n", i, i)
		}
		s := sb.String()
		b.Run(fmt.Sprintf("%d lines", lines), func(b *testing.B) {
			for b.Loop() {
				splitFrontMatter(s)
			}
		})
	}
}
