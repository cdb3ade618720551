package entity

// Titles: "President", "Defense Secretary", "Secretary of State" mark a person and stay out of the name.

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
		if names > 4 {
			return false
		}
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
