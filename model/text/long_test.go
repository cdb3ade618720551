package text

import (
	"fmt"
	"strings"
	"testing"

	"parallax/model/internal/scaling"
)

// repeatTo repeats unit until the result holds at least n bytes.
func repeatTo(unit string, n int) string {
	return strings.Repeat(unit, n/len(unit)+1)
}

func TestSentencesLongRunIsCut(t *testing.T) {
	tests := []struct {
		name string
		in   string
		// every piece but the last must end with this (the kind of boundary
		// cut at); "" asks only that the piece end at a word's end
		endsWith string
	}{
		{"figure phrases with no punctuation, cut between words",
			"Title\n\n" + repeatTo("the 4 million customers and ", 200_000), ""},
		{"a list run together with commas, cut after a comma",
			repeatTo("12 tonnes of grain, ", 50_000), ","},
		{"semicolons beat commas", repeatTo("a, b, c, d, e, f, g; ", 50_000), ";"},
		{"joined lines of key: value pairs, cut at a line break",
			"---\n" + repeatTo("key: value 4\n", 100_000), "value 4"},
		{"one word of 100 KB, cut between runes", strings.Repeat("ü", 50_000), "ü"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			spans := Sentences(tt.in)
			checkSpans(t, tt.in, spans)
			if len(spans) < len(tt.in)/MaxSentence {
				t.Fatalf("%d bytes gave %d sentences, want at least %d", len(tt.in), len(spans), len(tt.in)/MaxSentence)
			}
			for i, sp := range spans {
				if sp.Len() > MaxSentence {
					t.Fatalf("sentence %d is %d bytes, over MaxSentence (%d)", i, sp.Len(), MaxSentence)
				}
				if i > 0 && i < len(spans)-1 && sp.Len() < MaxSentence/2-8 {
					t.Fatalf("sentence %d is %d bytes: a cut that early makes needless pieces", i, sp.Len())
				}
				if i < len(spans)-1 && tt.endsWith == "" && !isSpace(rune(tt.in[sp.End])) {
					t.Fatalf("sentence %d ends %q, inside a word", i, tail(sp.Text(tt.in)))
				}
				if i > 0 && i < len(spans)-1 && !strings.HasSuffix(sp.Text(tt.in), tt.endsWith) {
					t.Fatalf("sentence %d ends %q, want a cut after %q", i, tail(sp.Text(tt.in)), tt.endsWith)
				}
			}
		})
	}
}

// tail returns the last few bytes of s, for messages.
func tail(s string) string {
	if len(s) > 20 {
		return "…" + s[len(s)-20:]
	}
	return s
}

func TestSentencesUnderTheBoundAreWhole(t *testing.T) {
	// A long but real sentence, and a long short-quote, stay in one piece.
	long := "The council, which met for " + strings.Repeat("many long hours, ", 100) + "voted to close the docks."
	if len(long) > MaxSentence {
		t.Fatalf("fixture is %d bytes, over the bound", len(long))
	}
	got := sentenceTexts(long + " Then it adjourned.")
	if len(got) != 2 || got[0] != long {
		t.Fatalf("a %d-byte sentence was cut: %d pieces", len(long), len(got))
	}
}

func TestSentencesLongRunThenProse(t *testing.T) {
	// A run of debris does not swallow the real sentences after it.
	in := repeatTo("4 5 6 ", 10_000) + "\n\nThe plant reopened on Monday. Officials said 300 homes had water."
	got := sentenceTexts(in)
	n := len(got)
	if n < 3 || got[n-2] != "The plant reopened on Monday." || got[n-1] != "Officials said 300 homes had water." {
		t.Fatalf("the sentences after the run were not kept whole: last two %q", got[max(0, n-2):])
	}
}

func TestSentencesScaleLinearly(t *testing.T) {
	for _, c := range []struct{ name, unit string }{
		{"prose", strings.Join(benchParagraphs, "\n\n") + "\n\n"},
		{"one sentence of figure phrases", "the 4 million customers and "},
		{"joined lines", "key: value 4\n"},
		{"full stops", ". "},
		{"short quotes and abbreviations", "“a.” U.S. Inc. Mr. "},
	} {
		t.Run(c.name, func(t *testing.T) {
			scaling.Check(t, func(n int) string { return repeatTo(c.unit, n) }, 64<<10, func(s string) { Sentences(s) })
		})
	}
}

func TestTokensScaleLinearly(t *testing.T) {
	for _, unit := range []string{"the 4 million customers and ", "U.S.-", "1,2,$9.2% "} {
		t.Run(unit, func(t *testing.T) {
			scaling.Check(t, func(n int) string { return repeatTo(unit, n) }, 64<<10, func(s string) { Tokens(s) })
		})
	}
}

func TestContentStemsScaleLinearly(t *testing.T) {
	prose := strings.Join(benchParagraphs, " ")
	scaling.Check(t, func(n int) string { return repeatTo(prose, n) }, 32<<10, func(s string) { ContentStems(s) })
}

func TestOverlongCountsTheRunsCut(t *testing.T) {
	prose := strings.Join(benchParagraphs, "\n\n")
	run := repeatTo("12 tonnes of grain ", 10_000)
	for _, c := range []struct {
		in   string
		want int
	}{
		{prose, 0},
		{prose + "\n\n" + run + "\n\n" + prose, 1},
		{run + ".\n\n" + run + " " + strings.Repeat(". ", 3000), 2},
		{"", 0},
	} {
		if got := Overlong(c.in); got != c.want {
			t.Errorf("Overlong of %d bytes = %d, want %d", len(c.in), got, c.want)
		}
	}
}

// BenchmarkBySize runs each stage of this package on prose and on one long
// run of figure phrases, at sizes doubling from 128 KB to 2 MB: linear stages
// show ns/op doubling with the size and a flat MB/s.
func BenchmarkBySize(b *testing.B) {
	inputs := map[string]string{"prose": strings.Join(benchParagraphs, "\n\n") + "\n\n", "run": "the 4 million customers and "}
	stages := map[string]func(string){
		"Sentences":    func(s string) { Sentences(s) },
		"Tokens":       func(s string) { Tokens(s) },
		"ContentStems": func(s string) { ContentStems(s) },
	}
	for _, stage := range []string{"Sentences", "Tokens", "ContentStems"} {
		for _, in := range []string{"prose", "run"} {
			for size := 128 << 10; size <= 2<<20; size *= 2 {
				s := repeatTo(inputs[in], size)[:size]
				b.Run(fmt.Sprintf("%s/%s/%dKB", stage, in, size>>10), func(b *testing.B) {
					b.SetBytes(int64(len(s)))
					for b.Loop() {
						stages[stage](s)
					}
				})
			}
		}
	}
}
