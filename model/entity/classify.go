package entity

import (
	"strings"
)

// classify types the name made of tokens i..j. kn is its gazetteer class.
// strong is false when nothing but the default speaks for the type.
func (f *finder) classify(i, j int, kn lex) (typ Type, strong bool) {
	switch {
	case kn&wOrg != 0:
		return Org, true
	case kn&wPlace != 0:
		return Place, true
	case kn&wOther != 0:
		return Other, true
	}
	n := j - i + 1
	if n == 1 {
		t := &f.toks[i]
		if t.flags&fAllCaps != 0 {
			return Org, true // acronyms name organisations unless the gazetteer says otherwise
		}
		if c := f.text[t.start]; c >= 'a' && c <= 'z' && f.lx(i)&wParticle == 0 {
			return Other, true // iPhone, eBay: products
		}
		if f.lx(i)&wOrgKW != 0 {
			return Org, true // "the Journal", "the Times": a paper or body named by its head word
		}
	}
	if n > 1 {
		if f.lx(j)&wPersonSuffix != 0 && f.toks[j].flags&fAllCaps == 0 {
			return Person, true
		}
		if t := f.orgByKeyword(i, j); t != "" {
			return t, true
		}
		if f.personLike(i, j) && (f.lx(i)&wFirst != 0 || f.hasInitial(i, j)) {
			return Person, true
		}
		if f.lx(i)&wOrg != 0 && f.toks[i].flags&fPoss == 0 {
			return Org, true // a unit of a known company: "Alibaba Cloud", "Google Cloud"
		}
	}
	if t := f.context(i, j); t != "" {
		return t, true
	}
	if n == 1 && f.lx(i)&wFirst != 0 {
		return Person, false // a given name alone ("Patrick has ...")
	}
	return Other, false
}

// hasInitial reports a middle initial inside tokens i..j ("Donald J. Trump").
func (f *finder) hasInitial(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if f.toks[k].flags&fInitial != 0 {
			return true
		}
	}
	return false
}

// context types a name from the words around it: "research firm Gartner",
// "spokesman John Smith", "Jane Doe said", "Jarrod Ramos, 38,", "Pensacola, Florida".
func (f *finder) context(i, j int) Type {
	n := j - i + 1
	// "IBM's Red Hat", "Google's YouTube": a company's unit.
	if p := i - 1; p >= 0 && f.toks[p].flags&fPoss != 0 && f.toks[p].line == f.toks[i].line &&
		int(f.toks[p].next)+1 == int(f.toks[i].start) && (f.lx(p)&wOrg != 0 || f.toks[p].flags&fAllCaps != 0 && f.lx(p)&wPlace == 0) {
		return Org
	}
	if p := i - 1; p >= 0 && f.toks[p].flags&fUpper == 0 && f.adjacent(i) {
		lp := f.lx(p)
		if lp&wOrgCue != 0 && n <= 4 {
			return Org
		}
		if lp&wPersonCue != 0 && n <= 3 && f.personLike(i, j) {
			return Person
		}
	}
	q := j + 1
	if q >= len(f.toks) || f.toks[q].line != f.toks[j].line || f.toks[j].flags&(fPoss|fTail) != 0 {
		return ""
	}
	if f.adjacent(q) && f.lx(q)&wSpeech != 0 && n >= 2 && n <= 4 && f.personLike(i, j) {
		return Person
	}
	if !f.commaGap(q) {
		return ""
	}
	if f.raw(q) == "who" && n >= 2 && f.personLike(i, j) {
		return Person
	}
	if f.toks[q].flags&fDigit != 0 && f.toks[q].flags&(fUpper|fLower) == 0 && q+1 < len(f.toks) &&
		f.commaGap(q+1) && f.personLike(i, j) && f.toks[q].end-f.toks[q].start <= 3 {
		return Person // an age: "Jarrod Ramos, 38, of Laurel"
	}
	if f.isCap(q) && n <= 3 && f.lx(i)&wFirst == 0 {
		// "Pensacola, Florida": a place, then the state or country it is in.
		e := q
		for e+1 < len(f.toks) && e-q < 2 && f.adjacent(e+1) && f.isCap(e+1) {
			e++
		}
		for ; e >= q; e-- {
			if f.known(q, e)&wPlace != 0 && f.toks[e].flags&fAllCaps == 0 && !f.adjacent(e+1) {
				return Place
			}
		}
	}
	return ""
}

// settle decides the pending sentence-initial words, spreads types between
// mentions of the same name in the document, and returns the names it knows
// (for reading headings).
func (f *finder) settle() map[string]Type {
	// names maps a key to 1 + its index in votes; every name in it was seen
	// outside a sentence start.
	names := make(map[string]int32, len(f.cands))
	votes := make([][4]int32, 0, len(f.cands))
	surnames := make(map[string]bool)
	keys := f.candKeys()
	vote := func(k string) *[4]int32 {
		if at := names[k]; at > 0 {
			return &votes[at-1]
		}
		return nil
	}
	for ci := range f.cands {
		c := &f.cands[ci]
		if c.pending {
			continue
		}
		v := vote(keys[ci])
		if v == nil {
			votes = append(votes, [4]int32{})
			names[keys[ci]] = int32(len(votes))
			v = &votes[len(votes)-1]
		}
		if c.strong {
			v[typeIndex(c.typ)]++
		}
		if c.typ == Person && c.tj > c.ti {
			surnames[normWord(f.lastName(c.ti, c.tj))] = true
		}
	}
	for ci := range f.cands {
		c := &f.cands[ci]
		if !c.pending {
			continue
		}
		k := keys[ci]
		if names[k] > 0 || surnames[k] {
			c.pending = false
			continue
		}
		if f.commonish(f.raw(c.ti)) {
			c.dropped = true
			continue
		}
		c.pending = false
	}
	var known map[string]Type
	if f.headingLines {
		known = make(map[string]Type, len(names)+len(surnames))
	}
	for ci := range f.cands {
		c := &f.cands[ci]
		if c.dropped {
			continue
		}
		k := keys[ci]
		if !c.strong {
			if v := vote(k); v != nil && *v != [4]int32{} {
				c.typ = typeFromVotes(*v)
			} else if c.ti == c.tj && surnames[k] {
				c.typ = Person
			}
		}
		if known != nil {
			known[k] = c.typ
		}
	}
	if known == nil {
		return nil
	}
	for s := range surnames {
		if _, ok := known[s]; !ok {
			known[s] = Person
		}
	}
	return known
}

// candKeys returns the nameKey of every candidate, all cut from one string.
func (f *finder) candKeys() []string {
	bounds := make([]int, len(f.cands)+1)
	var buf []byte
	for ci := range f.cands {
		c := &f.cands[ci]
		buf = appendKey(buf, f.text[c.start:c.end])
		bounds[ci+1] = len(buf)
	}
	all := string(buf)
	keys := make([]string, len(f.cands))
	for ci := range keys {
		keys[ci] = all[bounds[ci]:bounds[ci+1]]
	}
	return keys
}

// lastName returns the surname token of a person name spanning tokens i..j,
// skipping a trailing suffix ("Biden, Jr." gives "Biden").
func (f *finder) lastName(i, j int) string {
	for j > i && (f.lx(j)&wPersonSuffix != 0 || f.toks[j].flags&fInitial != 0) {
		j--
	}
	return f.raw(j)
}

// typeIndex and typeFromVotes count types in a fixed order: org, place, person, other.
func typeIndex(t Type) int {
	switch t {
	case Org:
		return 0
	case Place:
		return 1
	case Person:
		return 2
	}
	return 3
}

var typeOrder = [4]Type{Org, Place, Person, Other}

func typeFromVotes[N int | int32](n [4]N) Type {
	best := 3
	for k := 0; k < 3; k++ {
		if n[k] > 0 && (best == 3 || n[k] > n[best]) {
			best = k
		}
	}
	return typeOrder[best]
}

// commonish reports a capitalised sentence-initial word that is most likely an
// ordinary word: in the common list (allowing inflections), shaped like one
// (-ly, -ing, -tion), or written in lower case elsewhere in the document.
func (f *finder) commonish(w string) bool {
	lw := normWord(w)
	if isCommonWord(lw) {
		return true
	}
	// A capitalised plural at a sentence start that the document never uses as a
	// name is an ordinary noun: "Voters", "Exports" (but not "Mattis", "Texas").
	if n := len(lw); n > 3 && lw[n-1] == 's' && lw[n-2] != 's' && lw[n-2] != 'u' && lw[n-2] != 'i' {
		return true
	}
	if len(lw) >= 6 {
		for _, suf := range [...]string{"ly", "ing", "ings", "tion", "tions", "sion", "sions", "ment", "ments",
			"ness", "ity", "ities", "ance", "ence", "ism", "ous", "ful", "less", "ical", "ional", "ated", "ized"} {
			if strings.HasSuffix(lw, suf) {
				return true
			}
		}
	}
	return f.lowerElsewhere(lw) || strings.HasSuffix(lw, "s") && f.lowerElsewhere(lw[:len(lw)-1]) ||
		f.lowerElsewhere(lw+"s")
}

// isCommonWord checks the common list, allowing plural and verb endings.
func isCommonWord(w string) bool {
	if lexicon[w]&wCommon != 0 {
		return true
	}
	n := len(w)
	if n > 3 && w[n-1] == 's' && lexicon[w[:n-1]]&wCommon != 0 {
		return true
	}
	if n > 4 && strings.HasSuffix(w, "es") && lexicon[w[:n-2]]&wCommon != 0 {
		return true
	}
	if n > 4 && strings.HasSuffix(w, "ed") && (lexicon[w[:n-2]]&wCommon != 0 || lexicon[w[:n-1]]&wCommon != 0) {
		return true
	}
	if n > 5 && strings.HasSuffix(w, "ing") && (lexicon[w[:n-3]]&wCommon != 0 || lexicon[w[:n-3]+"e"]&wCommon != 0) {
		return true
	}
	return false
}

// lowerElsewhere reports the lower-case word w standing alone somewhere in the
// text. The set of lower-case words is built on first use, once per document.
func (f *finder) lowerElsewhere(w string) bool {
	if w == "" {
		return false
	}
	if f.lowerWords == nil {
		f.lowerWords = make(map[string]struct{}, len(f.toks)/2)
		for i := range f.toks {
			t := &f.toks[i]
			if t.flags&(fUpper|fAllCaps|fDigit) == 0 && t.flags&fLower != 0 {
				f.lowerWords[f.text[t.start:t.end]] = struct{}{}
			}
		}
	}
	_, ok := f.lowerWords[w]
	return ok
}

// headings reads title-case lines: only names the body or the gazetteers know
// count there, matched longest first.
func (f *finder) headings(known map[string]Type) {
	n := len(f.toks)
	for k := 0; k < n; {
		if f.modes[f.toks[k].line] != lineHeading || !f.isCap(k) {
			k++
			continue
		}
		e := k
		for e+1 < n && e-k < 6 && f.toks[e].flags&(fPoss|fTail) == 0 && f.adjacent(e+1) && f.isCap(e+1) {
			e++
		}
		matched := false
		for m := e; m >= k && !matched; m-- {
			if typ, ok := known[f.phraseKey(k, m)]; ok {
				f.add(k, m, typ, true)
				matched = true
				k = m + 1
				break
			}
			kn := f.known(k, m)
			if kn&(wPlace|wOrg|wOther) != 0 {
				typ, _ := f.classify(k, m, kn)
				f.add(k, m, typ, true)
				matched = true
				k = m + 1
				break
			}
			if m == k && f.toks[k].flags&fAllCaps != 0 && f.acronymOK(k) {
				f.add(k, k, Org, true)
				matched = true
				k++
			}
		}
		if !matched {
			k++
		}
	}
}

// phraseKey is nameKey for the tokens i..j.
func (f *finder) phraseKey(i, j int) string {
	return nameKey(f.text[f.toks[i].start:f.toks[j].end])
}
