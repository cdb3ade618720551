package text

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// fuzzSeeds are starting inputs for the fuzz targets, in our own words.
var fuzzSeeds = []string{
	"",
	"The U.S. firm grew. Its rival did not.",
	"“We are ready. We will win,” the coach said.",
	"Headline here\n\nBy A. Writer\nThe body starts.",
	"Acme Inc. But then… what? \"Why?\" she asked!",
	"$9.2 billion, 50%, 43,350, e-commerce, U.S.-listed, don’t",
	"• item one\n2. item two\r\n\u2029last",
	"\xff\xfe.\xc2 . \xe2\x80",
	"“unclosed quote. And more.",
	"a.m. p.m. No. 5 vs. etc. Jan. Dr.\nSmith",
	". . . ” ) ] »",
	strings.Repeat("the 4 million customers and ", 100),
	strings.Repeat("key: value 4\n", 200),
}

func FuzzSentences(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		spans := Sentences(s)
		prev := 0
		for i, sp := range spans {
			if sp.Start < prev || sp.End > len(s) || sp.Start >= sp.End {
				t.Fatalf("span %d %v bad (prev end %d, len %d)", i, sp, prev, len(s))
			}
			if strings.TrimFunc(s[prev:sp.Start], isSpace) != "" {
				t.Fatalf("non-space bytes %q outside any span", s[prev:sp.Start])
			}
			first, _ := utf8.DecodeRuneInString(s[sp.Start:])
			last, _ := utf8.DecodeLastRuneInString(s[:sp.End])
			if isSpace(first) || isSpace(last) {
				t.Fatalf("span %d %q not trimmed", i, s[sp.Start:sp.End])
			}
			if sp.Len() > MaxSentence {
				t.Fatalf("span %d is %d bytes, over MaxSentence", i, sp.Len())
			}
			prev = sp.End
		}
		if strings.TrimFunc(s[prev:], isSpace) != "" {
			t.Fatalf("non-space bytes %q after the last span", s[prev:])
		}
	})
}

func FuzzTokens(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for i, tok := range Tokens(s) {
			if tok.Start < prev || tok.End > len(s) || tok.Start >= tok.End {
				t.Fatalf("token %d %v bad (prev end %d, len %d)", i, tok, prev, len(s))
			}
			if s[tok.Start:tok.End] != tok.Text {
				t.Fatalf("token %d text %q is not its slice", i, tok.Text)
			}
			r, _ := utf8.DecodeRuneInString(tok.Text)
			if !isAlnum(r) && !isCurrency(r) {
				t.Fatalf("token %d %q starts with %q", i, tok.Text, r)
			}
			prev = tok.End
		}
		for _, st := range ContentStems(s) {
			if st == "" {
				t.Fatalf("ContentStems(%q) gave an empty stem", s)
			}
		}
	})
}

func FuzzStem(f *testing.F) {
	for _, w := range []string{"running", "alibaba’s", "'''", "y'", "ÿÿ", "9.2", "\xff", "e-commerce"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		_ = Stem(strings.ToLower(w))
		_ = IsStopword(w)
	})
}
