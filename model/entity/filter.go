package entity

// Filters for lone words and acronyms that look like names but are not.

import (
	"strings"
)

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
