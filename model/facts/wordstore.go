package facts

import "parallax/model/text"

// wordStore hands out the token and stem lists of one document's sentences
// from a few large blocks, instead of two small allocations per sentence.
// Each list is capped at its own length, so appending to one never writes
// over the next.
type wordStore struct {
	toks  []text.Token
	stems []string
}

// read tokenises sentence s, of which rest bytes of the document remain
// from its start on (to size a new block), and returns its tokens and a
// list of as many empty stems.
func (w *wordStore) read(s string, rest int) ([]text.Token, []string) {
	if need := len(s)/5 + 8; cap(w.toks)-len(w.toks) < need {
		w.toks = make([]text.Token, 0, max(need, rest/5+64))
	}
	from := len(w.toks)
	w.toks = text.AppendTokens(w.toks, s)
	toks := w.toks[from:len(w.toks):len(w.toks)]
	n := len(toks)
	if cap(w.stems)-len(w.stems) < n {
		w.stems = make([]string, 0, max(n, rest/5+64))
	}
	from = len(w.stems)
	w.stems = w.stems[:from+n]
	return toks, w.stems[from : from+n : from+n]
}
