package facts

import (
	"strings"

	"parallax/model/text"
)

// wordStore hands out the token and stem lists of one document's sentences
// from a few large blocks, instead of two small allocations per sentence.
// Each list is capped at its own length, so appending to one never writes
// over the next.
type wordStore struct {
	toks  []text.Token
	stems []string // stems, then the lower-case tokens, of each sentence
}

// read tokenises sentence s, of which rest bytes of the document remain
// from its start on (to size a new block), and returns its tokens, a list
// of as many empty stems, and the tokens lower-cased.
func (w *wordStore) read(s string, rest int) (toks []text.Token, stems, lower []string) {
	if need := len(s)/5 + 8; cap(w.toks)-len(w.toks) < need {
		w.toks = make([]text.Token, 0, max(need, rest/5+64))
	}
	from := len(w.toks)
	w.toks = text.AppendTokens(w.toks, s)
	toks = w.toks[from:len(w.toks):len(w.toks)]
	n := len(toks)
	if cap(w.stems)-len(w.stems) < 2*n {
		w.stems = make([]string, 0, max(2*n, 2*(rest/5+64)))
	}
	from = len(w.stems)
	w.stems = w.stems[:from+2*n]
	stems, lower = w.stems[from:from+n:from+n], w.stems[from+n:from+2*n:from+2*n]
	for i, t := range toks {
		lower[i] = strings.ToLower(t.Text)
	}
	return toks, stems, lower
}

// lowerAt is token k of the sentence lower-cased, computed once by Extract.
func (s *Sentence) lowerAt(k int) string {
	if s.lower == nil {
		return strings.ToLower(s.Tokens[k].Text) // a sentence made by hand
	}
	return s.lower[k]
}
