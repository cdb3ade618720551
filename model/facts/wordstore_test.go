package facts

import (
	"slices"
	"strings"
	"testing"

	"parallax/model/text"
)

func TestWordStoreGivesEachSentenceItsOwnLists(t *testing.T) {
	sentences := []string{"Revenue grew 50% to $9.2 billion.", "", "a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a",
		strings.Repeat("The U.S. regulators agreed. ", 40), "Short one."}
	rest := 0
	for _, s := range sentences {
		rest += len(s)
	}
	var w wordStore
	var toks [][]text.Token
	var stems [][]string
	for _, s := range sentences {
		tk, st, lower := w.read(s, rest)
		rest -= len(s)
		if len(st) != len(tk) || slices.ContainsFunc(st, func(x string) bool { return x != "" }) {
			t.Fatalf("%q: %d stems, want %d empty ones", s, len(st), len(tk))
		}
		for i, tok := range tk {
			if lower[i] != strings.ToLower(tok.Text) {
				t.Fatalf("%q: token %q lower-cased as %q", s, tok.Text, lower[i])
			}
		}
		for i := range st {
			st[i] = s // filled as describe fills them
		}
		toks, stems = append(toks, tk), append(stems, st)
	}
	for i := range sentences {
		toks[i] = append(toks[i], text.Token{Text: "extra"}) // must not reach the next sentence's lists
		stems[i] = append(stems[i], "extra")
	}
	for i, s := range sentences {
		want := text.Tokens(s)
		if got := toks[i][:len(toks[i])-1]; !slices.Equal(got, want) {
			t.Errorf("%q: tokens %v, want %v", s, got, want)
		}
		for _, st := range stems[i][:len(stems[i])-1] {
			if st != s {
				t.Errorf("%q: a stem reads %q: another sentence wrote over it", s, st)
				break
			}
		}
	}
}
