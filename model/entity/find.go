package entity

import (
	"slices"
	"strings"
)

// lineMode says how a line's capitals are read.
type lineMode uint8

const (
	lineBody    lineMode = iota // ordinary prose: capitals mark names
	lineHeading                 // title case: capitals say nothing, only names known from the body count
	lineShout                   // all caps: skipped
)

// cand is a name found in the text, before it becomes a Mention.
type cand struct {
	start, end int
	ti, tj     int // first and last token
	typ        Type
	strong     bool // typed by evidence (gazetteer, keyword, title, cue), not by default
	pending    bool // a lone sentence-initial word: the rest of the document decides
	dropped    bool
	expands    int // 1 + index of the name this bracketed acronym abbreviates; 0 if none
}

// finder holds the state of one Find call.
type finder struct {
	text  string
	toks  []token
	lexc  []lex // lexicon classes per token, filled lazily (lexKnown marks a filled slot)
	modes []lineMode
	cands []cand
	// headingLines says some line is a title-case heading.
	headingLines bool
	// lowerWords holds the document's lower-case words, built when first needed.
	lowerWords map[string]struct{}
	buf        []byte
}

const lexKnown lex = 1 << 63

// maxText is how much of a document Find reads (token offsets are int32).
const maxText = 1<<31 - 1

func newFinder(text string) *finder {
	f := &finder{text: text, toks: tokenize(text)}
	f.lexc = make([]lex, len(f.toks))
	f.buf = make([]byte, 0, 64)
	return f
}

// lx returns the lexicon classes of token i.
func (f *finder) lx(i int) lex {
	if l := f.lexc[i]; l&lexKnown != 0 {
		return l &^ lexKnown
	}
	t := &f.toks[i]
	f.buf = appendNorm(f.buf[:0], f.text[t.start:t.end])
	l := lexicon[string(f.buf)]
	f.lexc[i] = l | lexKnown
	return l
}

// raw is token i as written.
func (f *finder) raw(i int) string { return f.text[f.toks[i].start:f.toks[i].end] }

// isCap reports a token that can be part of a name on its own shape.
func (f *finder) isCap(i int) bool {
	fl := f.toks[i].flags
	return fl&fUpper != 0 && fl&(fJunk|fAmp) == 0
}

// adjacent reports that token k continues the text of token k-1 with only spaces between.
func (f *finder) adjacent(k int) bool {
	if k <= 0 || k >= len(f.toks) {
		return false
	}
	p, t := &f.toks[k-1], &f.toks[k]
	if p.line != t.line || t.flags&(fSent|fQOpen|fParen) != 0 {
		return false
	}
	for x := p.next; x < t.start; x++ {
		if c := f.text[x]; c != ' ' && c != '\t' {
			return false
		}
	}
	return true
}

// commaGap reports that only a comma and spaces separate token k from the one before.
func (f *finder) commaGap(k int) bool {
	if k <= 0 || k >= len(f.toks) {
		return false
	}
	p, t := &f.toks[k-1], &f.toks[k]
	if p.line != t.line || t.flags&(fQOpen|fParen) != 0 {
		return false
	}
	commas := 0
	for x := p.next; x < t.start; x++ {
		switch f.text[x] {
		case ' ', '\t':
		case ',':
			commas++
		default:
			return false
		}
	}
	return commas == 1
}

// known returns the gazetteer classes of the phrase made of tokens i..j.
func (f *finder) known(i, j int) lex {
	if i == j {
		l := f.lx(i)
		if l&(wPlaceAcr|wAcrOnly) != 0 && f.toks[i].flags&(fAllCaps|fAbbr) == 0 {
			return 0 // "Us" is a pronoun, "US" and "U.S." are the country
		}
		if f.toks[i].flags&fAbbr != 0 && stateAbbrev(f.raw(i)) {
			return wPlace // "Annapolis, Md."
		}
		return l & (wPlace | wOrg | wOther)
	}
	if j-i > 8 || f.toks[i].flags&fPoss == 0 && f.lx(i)&wPhraseFirst == 0 {
		return 0
	}
	f.buf = f.buf[:0]
	for k := i; k <= j; k++ {
		if k > i {
			f.buf = append(f.buf, ' ')
		}
		t := &f.toks[k]
		end := t.end
		if k < j && t.flags&fPoss != 0 {
			end = t.next // "People's Republic": the possessive is part of the phrase
		}
		f.buf = appendNorm(f.buf, f.text[t.start:end])
	}
	return phrases[string(f.buf)]
}

// stateAbbrev reports a US state's dotted abbreviation ("Md.", "Calif.").
func stateAbbrev(w string) bool {
	switch w {
	case "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.", "Kan.",
		"Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nev.", "N.H.", "N.J.",
		"N.M.", "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.", "Pa.", "R.I.", "S.C.", "S.D.", "Tenn.", "Tex.", "Vt.",
		"Va.", "Wash.", "W.Va.", "Wis.", "Wyo.":
		return true
	}
	return false
}

// Find returns the names mentioned in one document's text, in order of
// appearance. Offsets are byte offsets into text and Text == text[Start:End]:
// the name as written, without a possessive ending, a title before it or a
// leading "The"; a corporate or personal suffix ("Gartner, Inc.", "Biden, Jr.")
// is kept in the span. Find never panics, whatever the input.
func Find(doc, text string) []Mention {
	if len(text) > maxText {
		text = text[:maxText] // offsets stay valid: only the end is not read
	}
	f := newFinder(text)
	f.classifyLines()
	f.body()
	known := f.settle()
	if f.headingLines {
		f.headings(known)
	}
	return f.mentions(doc)
}

// classifyLines marks title-case heading lines and all-caps lines.
func (f *finder) classifyLines() {
	if len(f.toks) == 0 {
		return
	}
	f.modes = make([]lineMode, f.toks[len(f.toks)-1].line+1)
	for a := 0; a < len(f.toks); {
		line := f.toks[a].line
		b := a
		content, capContent, words := 0, 0, 0
		lower := false
		for ; b < len(f.toks) && f.toks[b].line == line; b++ {
			t := &f.toks[b]
			if t.flags&(fUpper|fLower|fAllCaps) == 0 {
				continue
			}
			words++
			if t.flags&fLower != 0 {
				lower = true
			}
			if f.headingFiller(b) {
				continue
			}
			content++
			if t.flags&fUpper != 0 {
				capContent++
			}
		}
		switch {
		case !lower && words >= 2:
			f.modes[line] = lineShout
		case content >= 2 && capContent*4 >= content*3 && !strings.EqualFold(f.raw(a), "by") &&
			!endsSentence(f.text, int(f.toks[b-1].next)):
			f.modes[line] = lineHeading
			f.headingLines = true
		}
		a = b
	}
}

// endsSentence reports that the line whose last word ends at offset k closes
// with sentence punctuation: prose, not a heading.
func endsSentence(text string, k int) bool {
	if k > 0 && text[k-1] == '.' {
		return true
	}
	for ; k < len(text) && text[k] != '\n'; k++ {
		switch text[k] {
		case '.', '!', '?':
			return true
		}
	}
	return false
}

// headingFiller reports the short words a title-case heading leaves in lower case.
func (f *finder) headingFiller(i int) bool {
	t := &f.toks[i]
	if t.end-t.start > 4 {
		return false
	}
	var low [4]byte
	for k := t.start; k < t.end; k++ {
		c := f.text[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		low[k-t.start] = c
	}
	switch string(low[:t.end-t.start]) {
	case "a", "an", "the", "of", "and", "or", "for", "to", "in", "on", "at", "by", "with", "from", "as", "vs",
		"via", "is", "are", "be", "but", "nor", "so", "up", "its", "into", "over", "than", "that", "this":
		return true
	}
	return false
}

// mentions turns the surviving candidates into Mentions, in text order.
func (f *finder) mentions(doc string) []Mention {
	byStart := func(a, b cand) int { return a.start - b.start }
	if !slices.IsSortedFunc(f.cands, byStart) {
		slices.SortStableFunc(f.cands, byStart) // heading names come after the body's
	}
	f.linkAcronyms()
	out := make([]Mention, 0, len(f.cands))
	for _, c := range f.cands {
		if c.dropped || c.pending || c.end <= c.start {
			continue
		}
		m := Mention{Doc: doc, Start: c.start, End: c.end, Text: f.text[c.start:c.end], Type: c.typ}
		if c.expands > 0 {
			m.Expansion = f.cands[c.expands-1].text(f.text)
		}
		out = append(out, m)
	}
	return out
}

func (c cand) text(s string) string { return s[c.start:c.end] }

// linkAcronyms ties a bracketed all-caps word to the name right before it:
// "People’s Republic of China (PRC)", "Alibaba (BABA)".
func (f *finder) linkAcronyms() {
	for ci := 1; ci < len(f.cands); ci++ {
		c := &f.cands[ci]
		if c.dropped || c.ti != c.tj || f.toks[c.ti].flags&(fAllCaps|fParen) != fAllCaps|fParen {
			continue
		}
		if !strings.HasPrefix(f.text[c.end:], ")") {
			continue
		}
		p := ci - 1
		for p >= 0 && (f.cands[p].dropped || f.cands[p].pending) {
			p--
		}
		if p < 0 || f.cands[p].typ == Person || f.cands[p].end > c.start {
			continue
		}
		if gap := strings.TrimSpace(f.text[f.cands[p].end:c.start]); gap != "(" {
			continue
		}
		// "People's Republic of China (PRC)" spells it out; "Alibaba (BABA)" is a
		// company's ticker; "WASHINGTON (AP)" is a dateline and links nothing.
		spelled := initials(displayForm(f.cands[p].text(f.text))) == acronymKey(c.text(f.text))
		if !spelled && (f.cands[p].typ != Org || f.lx(c.ti)&(wOrg|wPlace) != 0) {
			continue
		}
		c.expands = p + 1
		c.typ = f.cands[p].typ
	}
}
