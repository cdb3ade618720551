package entity

// Capitalised runs: where a name starts, how far it goes and what is trimmed off it.

import (
	"strings"
)

// body finds names in the prose lines.
func (f *finder) body() {
	n := len(f.toks)
	for i := 0; i < n; {
		if f.modes[f.toks[i].line] != lineBody || !f.nameStart(i) {
			i++
			continue
		}
		j := f.extend(i)
		if j-i < maxRun {
			f.process(i, j)
		}
		i = j + 1
	}
}

// maxRun is the most words a name may have; longer capitalised runs are
// title-case prose, not names.
const maxRun = 12

// nameStart reports whether a name may begin at token i.
func (f *finder) nameStart(i int) bool {
	if f.isCap(i) {
		return true
	}
	// "al Qaeda", "bin Laden"
	return isParticle(f.raw(i)) && f.adjacent(i+1) && f.isCap(i+1)
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
			if f.adjacent(m) && f.isCap(m) && f.toks[m].end-f.toks[m].start > 1 { // not "Karen & I"
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
