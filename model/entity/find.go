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
	buf          []byte
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

// body finds names in the prose lines.
func (f *finder) body() {
	n := len(f.toks)
	for i := 0; i < n; {
		if f.modes[f.toks[i].line] != lineBody || !f.nameStart(i) {
			i++
			continue
		}
		j := f.extend(i)
		f.process(i, j)
		i = j + 1
	}
}

// nameStart reports whether a name may begin at token i.
func (f *finder) nameStart(i int) bool {
	if f.isCap(i) {
		return true
	}
	// "al Qaeda", "bin Laden"
	return isParticle(f.raw(i)) && f.adjacent(i+1) && f.isCap(i+1)
}

// extend returns the last token of the capitalised run that starts at token i,
// with its connectors ("Department of Commerce", "Office of Intelligence and
// Security", "Cybersecurity & Infrastructure Security Agency").
func (f *finder) extend(i int) int {
	n := len(f.toks)
	j := i
	sawOf := false
	for {
		t := &f.toks[j]
		if t.flags&fTail != 0 {
			break
		}
		if t.flags&fPoss != 0 && !(f.lx(j)&wPossName != 0 && f.adjacent(j+1) && f.isCap(j+1)) {
			break
		}
		if j > i && t.flags&fUpper != 0 && f.lx(j)&(wCorpSuffix|wPersonSuffix) != 0 {
			break
		}
		k := j + 1
		if !f.adjacent(k) {
			break
		}
		if f.isCap(k) {
			if t.flags&fAbbr != 0 && f.toks[k].flags&fMaybeSent != 0 && f.lx(k)&(wStop|wPlace) != 0 {
				f.toks[k].flags |= fSent // "... in the U.S. The company ..."
				break
			}
			j = k
			continue
		}
		m := k + 1
		switch w := f.raw(k); {
		case f.toks[k].flags&fAmp != 0:
			if f.adjacent(m) && f.isCap(m) {
				j = m
				continue
			}
		case w == "of":
			if f.lx(j)&(wOfHead|wOrgKW) != 0 && t.flags&fUpper != 0 {
				if f.adjacent(m) && f.raw(m) == "the" {
					m++
				}
				if f.adjacent(m) && f.isCap(m) {
					j = m
					sawOf = true
					continue
				}
			}
		case w == "for" || w == "on":
			if f.lx(j)&wForHead != 0 && f.adjacent(m) && f.isCap(m) {
				j = m
				sawOf = true
				continue
			}
		case w == "and":
			if f.adjacent(m) && f.isCap(m) {
				if sawOf && f.lx(m)&wFirst == 0 {
					j = m
					continue
				}
				if f.ordinary(i, j) && f.capRunEndsOrg(m) {
					j = m
					continue
				}
			}
		case f.lx(k)&wParticle != 0:
			if f.adjacent(m) && f.isCap(m) {
				j = m
				continue
			}
		}
		break
	}
	// ", Inc." and ", Jr." belong to the name before them.
	if j+1 < n && f.toks[j].flags&(fPoss|fTail) == 0 && f.commaGap(j+1) && f.isCap(j+1) &&
		f.lx(j+1)&(wCorpSuffix|wPersonSuffix) != 0 {
		j++
	}
	return j
}

// isParticle reports a lower-case name particle as written.
func isParticle(w string) bool {
	switch w {
	case "al", "el", "bin", "ibn", "bint", "van", "von", "de", "da", "del", "della", "di", "du", "la", "le",
		"der", "den", "dos", "das", "ter", "abu":
		return true
	}
	return false
}

// ordinary reports tokens i..j that are plain capitalised common words ("Intelligence").
func (f *finder) ordinary(i, j int) bool {
	for k := i; k <= j; k++ {
		if f.toks[k].flags&fAllCaps != 0 || f.lx(k)&wCommon == 0 || f.lx(k)&(wOrg|wPlace) != 0 {
			return false
		}
	}
	return true
}

// capRunEndsOrg reports that the capitalised words from token m end in an
// organisation keyword ("... and Security Bureau").
func (f *finder) capRunEndsOrg(m int) bool {
	for k := m; k < m+4 && k < len(f.toks); k++ {
		if !f.isCap(k) {
			return false
		}
		if f.lx(k)&wOrgKW != 0 {
			return true
		}
		if f.toks[k].flags&(fPoss|fTail) != 0 || !f.adjacent(k+1) {
			return false
		}
	}
	return false
}

// process trims a run and records the name(s) in it.
func (f *finder) process(i, j int) {
	first := i
	sent := f.toks[i].flags&(fSent|fMaybeSent) != 0
trim:
	for i <= j && f.known(i, j) == 0 {
		l := f.lx(i)
		caps := f.toks[i].flags&fAllCaps != 0
		switch {
		case !caps && l&(wDet|wStop) != 0 && (sent || l&wDet != 0):
			sent = false // "The Federal Communications Commission": "Federal" is not the sentence start
		case !caps && l&wPreMod != 0:
		case caps && i < j && !f.acronymOK(i): // "CLOSE Former Trump"
		case sent && !caps && l&wCommon != 0 && !f.keepInitial(i, j):
		default:
			break trim
		}
		i++
		for i <= j && !f.isCap(i) && !(f.lx(i)&wParticle != 0 && i < j) {
			i++ // a connector left in front ("of", "and")
		}
	}
	if i > j {
		return
	}
	// Weekdays, months and junk at the edges: "Twitter Sunday", "US ADR".
	for j > i && f.known(i, j) == 0 && f.edgeJunk(j) {
		j--
		for j > i && !f.isCap(j) {
			j--
		}
	}
	for i < j && f.lx(i)&wDay != 0 && f.known(i, j) == 0 {
		i++
	}
	if f.known(i, j) == 0 && f.titled(i, j) {
		return
	}
	// "Anne Arundel County Police Department William Krampf": an organisation, then a person.
	for k := i + 1; k < j; k++ {
		if f.lx(k)&wOrgKW != 0 && f.lx(k+1)&wFirst != 0 && j-k <= 4 && f.personLike(k+1, j) {
			f.plain(i, k, sent && i == first)
			f.add(k+1, j, Person, true)
			return
		}
	}
	f.plain(i, j, sent && i == first)
}

// edgeJunk reports a last word that is not part of the name before it: a
// weekday or month ("Twitter Sunday", but not "Theresa May") or a junk acronym.
func (f *finder) edgeJunk(k int) bool {
	l := f.lx(k)
	if f.toks[k].flags&fAllCaps != 0 {
		return !f.acronymOK(k) && !isRoman(f.raw(k)) // "World War II", "Title IX" keep their numeral
	}
	if l&(wDay|wMonth) != 0 && f.lx(k-1)&wFirst == 0 {
		return true
	}
	if l&wDemonym != 0 || f.pluralDemonym(k) { // "House Republicans", "Texas Republican"
		return true
	}
	switch strings.ToLower(f.raw(k)) {
	case "presidency", "era", "government", "military", "administration's":
		return true
	}
	return false
}

// keepInitial decides whether a common word at a sentence start belongs to the
// name that follows it ("National Security Agency", "Former President Trump").
func (f *finder) keepInitial(i, j int) bool {
	if j == i {
		return false
	}
	l := f.lx(i)
	if l&(wMod|wTitle) != 0 {
		for k := i; k <= j; k++ {
			lk := f.lx(k)
			if lk&wTitle != 0 && k > i {
				return true
			}
			if lk&(wMod|wTitle) == 0 {
				break
			}
		}
	}
	// "National Security Agency" keeps "National", but "Get Alibaba Group" drops
	// "Get": the word after it must be ordinary too, or a known phrase must start here.
	next := i + 1
	for next < j && !f.isCap(next) {
		next++
	}
	if f.orgByKeyword(i, j) != "" && f.lx(next)&(wCommon|wOrgKW) != 0 && l&wPreMod == 0 {
		return true
	}
	if f.knownPrefix(i, j) {
		return true
	}
	if l&wFirst != 0 && j-i <= 2 {
		for k := i + 1; k <= j; k++ {
			if f.lx(k)&(wCommon|wOrgKW|wPlaceKW) != 0 && f.toks[k].flags&fInitial == 0 {
				return false
			}
		}
		return true
	}
	return false
}

// knownPrefix reports a gazetteer phrase of two or more words starting at token i ("New York").
func (f *finder) knownPrefix(i, j int) bool {
	for e := min(j, i+3); e > i; e-- {
		if f.known(i, e) != 0 {
			return true
		}
	}
	return false
}

// orgByKeyword types tokens i..j from the keyword that heads them: the word
// before "of"/"for" ("Department of Commerce") or the last word ("Commerce Department").
func (f *finder) orgByKeyword(i, j int) Type {
	for k := i + 1; k < j; k++ {
		if w := f.raw(k); w == "of" || w == "for" || w == "on" {
			lh := f.lx(k - 1)
			switch {
			case lh&wPlaceHead != 0:
				return Place
			case lh&wOtherKW != 0:
				return Other
			case lh&(wOrgKW|wOfHead) != 0:
				return Org
			}
			break
		}
	}
	l := f.lx(j)
	if l&wCorpSuffix != 0 && j > i {
		return Org
	}
	if f.toks[j].flags&fAllCaps != 0 && l&wOrgKW == 0 {
		return ""
	}
	switch {
	case l&wOrgKW != 0:
		return Org
	case l&wPlaceKW != 0 && j > i:
		return Place
	case l&wOtherKW != 0 && j > i:
		return Other
	}
	return ""
}

// titled handles a run with a title in it: the title marks a person and is left
// out of the name ("Defense Secretary Jim Mattis", "FBI Director Christopher Wray").
// It reports whether it took care of the run.
func (f *finder) titled(i, j int) bool {
	if f.allTitleWords(i, j) {
		return true // "Secretary of Defense", "Deputy": a post, not a name
	}
	for t := j - 1; t >= i; t-- {
		if f.lx(t)&wTitle == 0 {
			continue
		}
		e := t
		if f.lx(t)&wOfTitle != 0 && e+1 <= j && f.raw(e+1) == "of" {
			e++
			for e+1 <= j && (f.raw(e+1) == "the" || f.lx(e+1)&wDept != 0 || f.toks[e+1].flags&fAmp != 0) {
				e++
			}
		}
		if e >= j || !f.personLike(e+1, j) {
			continue
		}
		h := t
		for h-1 >= i && f.lx(h-1)&(wTitle|wMod|wDemonym|wPreMod) != 0 && f.lx(h-1)&(wOrg|wPlace|wOrgKW) == 0 {
			h--
		}
		if h > i {
			f.head(i, h-1)
		}
		f.add(e+1, j, Person, true)
		return true
	}
	// A post after an organisation: "Senate Majority Leader", "FBI Director".
	if j > i && f.lx(j)&wTitle != 0 {
		h := j
		for h-1 > i && f.lx(h-1)&(wTitle|wMod) != 0 && f.lx(h-1)&(wOrg|wPlace|wOrgKW) == 0 {
			h--
		}
		if f.orgByKeyword(i, h-1) != "" || f.known(i, h-1) != 0 || f.lx(h-1)&(wOrg|wPlace) != 0 ||
			f.toks[h-1].flags&fAllCaps != 0 {
			f.head(i, h-1)
			return true
		}
	}
	return false
}

// head records the words before a title ("FBI" in "FBI Director Christopher
// Wray"), without leading modifiers and unless it is a lone common word ("Police").
func (f *finder) head(i, j int) {
	for i <= j && f.lx(i)&(wPreMod|wTitle|wDet) != 0 && f.known(i, j) == 0 {
		i++
	}
	if i > j || i == j && f.lx(i)&wCommon != 0 && f.known(i, i) == 0 {
		return
	}
	f.plain(i, j, false)
}

// allTitleWords reports a run made only of titles, their modifiers and connectors.
func (f *finder) allTitleWords(i, j int) bool {
	title := false
	for k := i; k <= j; k++ {
		l := f.lx(k)
		switch {
		case l&wTitle != 0:
			title = true
		case l&(wMod|wDept|wDemonym) != 0, f.toks[k].flags&fAmp != 0:
		case f.raw(k) == "of" || f.raw(k) == "the":
		default:
			return false
		}
		if l&(wOrg|wPlace) != 0 {
			return false
		}
	}
	return title || i == j
}

// personLike reports that tokens a..b can be a person's name.
func (f *finder) personLike(a, b int) bool {
	names := 0
	for k := a; k <= b; k++ {
		l, fl := f.lx(k), f.toks[k].flags
		if fl&fInitial != 0 || l&wPersonSuffix != 0 && k > a || fl&fUpper == 0 && l&wParticle != 0 {
			continue
		}
		if l&(wOrgKW|wPlaceKW|wOtherKW) != 0 && !(l&wFirst != 0 && k == a) {
			return false
		}
		if fl&fAllCaps != 0 || fl&fUpper == 0 || fl&fDigit != 0 {
			return false
		}
		names++
	}
	if names == 0 || names > 4 {
		return false
	}
	if f.known(a, b) != 0 {
		return false
	}
	if names == 1 && a == b && f.lx(a)&(wMonth|wDay|wDemonym|wCommon) != 0 && f.lx(a)&wFirst == 0 {
		return false
	}
	return true
}

// plain records tokens i..j as one name, unless it is noise on its own.
// initial says the name's first word opens a sentence.
func (f *finder) plain(i, j int, initial bool) {
	if i > j {
		return
	}
	kn := f.known(i, j)
	if kn&(wPlace|wOrg|wOther) == 0 && (kn&(wDemonym|wJunk) != 0 || i == j && f.lx(i)&wJunk != 0) {
		return // "North Korean", "Hide Caption", "Photos"
	}
	if kn == 0 {
		if i == j && !f.singleOK(i) {
			return
		}
		if i < j && f.shouting(i, j) {
			return
		}
	}
	typ, strong := f.classify(i, j, kn)
	c := cand{start: int(f.toks[i].start), end: int(f.toks[j].end), ti: i, tj: j, typ: typ, strong: strong}
	if initial && i == j && !strong && f.toks[i].flags&fAllCaps == 0 && f.lx(i)&wFirst == 0 {
		c.pending = true
	}
	f.cands = append(f.cands, c)
}

// add records tokens i..j with a known type.
func (f *finder) add(i, j int, typ Type, strong bool) {
	f.cands = append(f.cands, cand{start: int(f.toks[i].start), end: int(f.toks[j].end), ti: i, tj: j, typ: typ, strong: strong})
}

// singleOK reports whether a lone word can be a name.
func (f *finder) singleOK(i int) bool {
	t := &f.toks[i]
	l := f.lx(i)
	if t.flags&fAllCaps != 0 {
		return f.acronymOK(i)
	}
	if t.flags&fInitial != 0 || t.end-t.start < 2 {
		return false
	}
	if l&(wDemonym|wMonth|wDay|wTitle|wMod|wCorpSuffix|wPersonSuffix|wDet|wStop) != 0 {
		return false
	}
	if f.pluralDemonym(i) || f.pluralTitle(i) {
		return false
	}
	switch strings.ToLower(f.raw(i)) {
	case "department", "departments", "office", "agency", "bureau", "administration", "ministry", "committee",
		"commission", "council", "group", "company", "division", "unit", "board", "court", "university",
		"college", "school", "embassy", "government", "state", "states", "city", "county", "region", "province":
		return false // a bare heading word refers back to a name, it is not one
	}
	// A quoted single word is a term, not a name: “Visionary”.
	if t.flags&fQOpen != 0 && f.closeQuoteAfter(i) {
		return false
	}
	return true
}

// pluralDemonym reports "Americans", "Saudis", "Republicans".
func (f *finder) pluralDemonym(i int) bool {
	w := f.raw(i)
	if len(w) < 4 || w[len(w)-1] != 's' {
		return false
	}
	return lexicon[normWord(w[:len(w)-1])]&wDemonym != 0
}

// pluralTitle reports "Generals", "Senators".
func (f *finder) pluralTitle(i int) bool {
	w := f.raw(i)
	if len(w) < 4 || w[len(w)-1] != 's' {
		return false
	}
	return lexicon[normWord(w[:len(w)-1])]&wTitle != 0
}

// closeQuoteAfter reports a closing quote mark right after token i.
func (f *finder) closeQuoteAfter(i int) bool {
	rest := f.text[f.toks[i].end:]
	rest = strings.TrimLeft(rest, ".,!?")
	return strings.HasPrefix(rest, "”") || strings.HasPrefix(rest, "\"") || strings.HasPrefix(rest, "’") ||
		strings.HasPrefix(rest, "'") || strings.HasPrefix(rest, "»")
}

// acronymOK reports whether an all-caps word names something.
func (f *finder) acronymOK(i int) bool {
	l := f.lx(i)
	if l&(wPlace|wOrg|wOther) != 0 {
		return true
	}
	if l&(wJunk|wDemonym|wMonth|wDay|wTitle) != 0 {
		return false
	}
	letters := 0
	for _, r := range f.raw(i) {
		if r != '.' {
			letters++
		}
	}
	if letters > 6 || isRoman(f.raw(i)) {
		return false
	}
	return l&wStop == 0 && !(l&wCommon != 0 && letters >= 3)
}

func isRoman(w string) bool {
	for _, r := range w {
		if !strings.ContainsRune("IVXL", r) {
			return false
		}
	}
	return w != ""
}

// shouting reports an all-caps run with ordinary words in it ("HELP US NOW").
func (f *finder) shouting(i, j int) bool {
	common := false
	for k := i; k <= j; k++ {
		if f.toks[k].flags&fAllCaps == 0 {
			return false
		}
		if f.lx(k)&(wCommon|wStop) != 0 {
			common = true
		}
	}
	return common
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
