package story

import (
	"math"
	"slices"
	"sort"

	"parallax/model"
	"parallax/ui/internal/wrap"
)

// Sentence is one checkable sentence of a document, drawn as one row: the
// claims the engine made of it, one per figure it states, or the one claim
// of its quote or statement. Each figure keeps its own verdict.
type Sentence struct {
	ID     string // the first claim's ID: what selection, marks and jumps name
	Doc    string
	Span   Span
	Claims []*Claim // its figures' claims in reading order, then the claim of its quote or statement
	Index  int      // position among its document's sentences
	Width  int      // terminal cells of its text on one line, to lay out lists without drawing them
	// Entities are the entity IDs its claims name, in the order first named.
	Entities []string
}

// Has reports whether one of the sentence's claims has verdict v.
func (sn *Sentence) Has(v model.Verdict) bool {
	for _, c := range sn.Claims {
		if c.Verdict == v {
			return true
		}
	}
	return false
}

// Verdict is the sentence's verdict when its claims share one, else the one
// that matters most to a fact-checker (a conflict, then a corroboration).
func (sn *Sentence) Verdict() model.Verdict {
	best := model.Single
	for _, c := range sn.Claims {
		if Rank(c.Verdict) < Rank(best) {
			best = c.Verdict
		}
	}
	return best
}

// Mixed reports whether the sentence's figures have different verdicts.
func (sn *Sentence) Mixed() bool {
	for _, c := range sn.Claims[1:] {
		if c.Verdict != sn.Claims[0].Verdict {
			return true
		}
	}
	return false
}

// Figures is how many of its claims state a figure.
func (sn *Sentence) Figures() int {
	n := 0
	for _, c := range sn.Claims {
		if c.Figure >= 0 {
			n++
		}
	}
	return n
}

// ClaimOfValue returns the claim that states the sentence's k-th figure, or nil.
func (sn *Sentence) ClaimOfValue(k int) *Claim {
	for _, c := range sn.Claims {
		if c.Figure == k {
			return c
		}
	}
	return nil
}

// Values is the spans of every figure of the sentence.
func (sn *Sentence) Values() []Span { return sn.Claims[0].Values }

// Rank orders verdicts by how much they matter to a reader: conflicts first.
func Rank(v model.Verdict) int {
	switch v {
	case model.Conflicting:
		return 0
	case model.Corroborated:
		return 1
	}
	return 2
}

// buildSentences gathers a document's claims, already in reading order, into
// its sentences: claims over the same span are one sentence.
func (s *Story) buildSentences(d *Doc) {
	var cur *Sentence
	for _, c := range d.Claims {
		if cur == nil || c.Span != cur.Span {
			cur = &Sentence{ID: c.ID, Doc: d.ID, Span: c.Span, Index: len(d.Sentences)}
			d.Sentences = append(d.Sentences, cur)
			s.sentences[cur.ID] = cur
		}
		c.Sentence = cur
		cur.Claims = append(cur.Claims, c)
		for _, e := range c.Entities {
			if !slices.Contains(cur.Entities, e) {
				cur.Entities = append(cur.Entities, e)
			}
		}
	}
	for _, sn := range d.Sentences {
		sort.SliceStable(sn.Claims, func(i, j int) bool { return figureAt(sn.Claims[i]) < figureAt(sn.Claims[j]) })
		sn.Width = wrap.Width(d.Line(sn.Span))
	}
}

// figureAt is where a claim's own figure starts, for ordering a sentence's
// claims: its figures in reading order, then its quote or statement.
func figureAt(c *Claim) int {
	if sp, _, ok := c.Own(); ok {
		return sp.Start
	}
	return math.MaxInt
}

// Mark is the reader's own mark on a claim: a star, a one-line note, or both.
type Mark struct {
	Starred bool
	Note    string // one line, sanitised
}

// Marks are a reader's marks keyed by claim ID.
type Marks map[string]Mark

// Of is the mark of a sentence: starred when any of its claims is, with the
// first note any of them holds.
func (ms Marks) Of(sn *Sentence) Mark {
	var out Mark
	if sn == nil {
		return out
	}
	for _, c := range sn.Claims {
		mk := ms[c.ID]
		out.Starred = out.Starred || mk.Starred
		if out.Note == "" {
			out.Note = mk.Note
		}
	}
	return out
}

// NoteHolder is the claim of a sentence whose note is shown and edited: the
// first one that has a note, else the sentence's own ID.
func (ms Marks) NoteHolder(sn *Sentence) string {
	for _, c := range sn.Claims {
		if ms[c.ID].Note != "" {
			return c.ID
		}
	}
	return sn.ID
}

// Marked reports whether the sentence has a star or a note.
func (ms Marks) Marked(sn *Sentence) bool {
	mk := ms.Of(sn)
	return mk.Starred || mk.Note != ""
}
