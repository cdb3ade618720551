package entity

// One word at a time: compounds, abbreviations, letter shapes and normal forms.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// emitWord appends the token(s) for the word text[a:b] (trailing dots and a
// possessive already cut off), handling hyphenated compounds.
func (tz *tokenizer) emitWord(a, b, next int, poss bool, dots int) {
	text := tz.text
	w := text[a:b]
	var after uint32 // pending flags for the following token
	abbr := false
	kind := abbrNone
	if dots > 0 && b < len(text) && text[b] == '.' {
		kind = abbrevKind(w)
		switch kind {
		case abbrTitle, abbrInitial:
			b++
			abbr = true
		case abbrMaybeEnd:
			b++
			abbr = true
			after |= fMaybeSent
		default:
			after |= fSent
		}
		if dots > 1 && !abbr {
			after |= fSent
		}
	} else if dots > 0 {
		after |= fSent
	}
	flags := tz.pending
	tz.pending = after
	shape, hyphen := scanWord(text[a:b])
	if shape&(fUpper|fAllCaps) != 0 && (a > 0 && (text[a-1] == '@' || text[a-1] == '#' || text[a-1] == '=' ||
		text[a-1] == '/' && inLink(text, a-1)) || b-a > 4 && strings.Contains(text[a:b], "http")) {
		flags |= fJunk // handles, hashtags, links
	}
	if hyphen {
		tz.emitCompound(a, b, next, poss, flags, abbr)
		return
	}
	t := mkTok(a, b, next, tz.line, flags|shape)
	if poss {
		t.flags |= fPoss
	}
	if abbr {
		t.flags |= fAbbr
		if kind == abbrInitial {
			t.flags |= fInitial
		}
	}
	tz.toks = append(tz.toks, t)
}

// inLink reports that the slash at text[k] belongs to a web address ("t.co/x"), not "Afghanistan/Pakistan".
func inLink(text string, k int) bool {
	s := k
	for s > 0 && k-s < 80 && text[s-1] != ' ' && text[s-1] != '\n' && text[s-1] != '\t' {
		s--
	}
	return strings.ContainsAny(text[s:k], ".:/")
}

func hasHyphen(s string) bool {
	if strings.IndexByte(s, '-') >= 0 {
		return true
	}
	if !hasNonASCII(s) {
		return false
	}
	for _, r := range s {
		if isHyphen(r) {
			return true
		}
	}
	return false
}

// emitCompound splits a hyphenated word: "Trump-era" keeps "Trump" and marks a
// tail; "then-President" keeps "President"; "U.S.-Saudi" becomes two names;
// "R-Ark" (a party and state tag) is junk; "Hewlett-Packard" and "al-Qaida" stay whole.
func (tz *tokenizer) emitCompound(a, b, next int, poss bool, flags uint32, abbr bool) {
	text := tz.text
	var parts [8][2]int
	n := 0
	s := a
	for k := a; k < b && n < len(parts)-1; {
		r, size := utf8.DecodeRuneInString(text[k:b])
		if isHyphen(r) {
			parts[n] = [2]int{s, k}
			n++
			s = k + size
		}
		k += size
	}
	parts[n] = [2]int{s, b}
	n++
	upper := func(p [2]int) bool {
		if p[0] >= p[1] {
			return false
		}
		r, _ := utf8.DecodeRuneInString(text[p[0]:p[1]])
		return unicode.IsUpper(r)
	}
	digit := func(p [2]int) bool {
		return p[0] < p[1] && text[p[0]] >= '0' && text[p[0]] <= '9'
	}
	first := 0
	// "Ex-Trump", "Anti-Trump": the prefix is not part of the name.
	if n > 1 && upper(parts[1]) && lexicon[normWord(text[parts[0][0]:parts[0][1]])]&wPreMod != 0 {
		first = 1
		if w := strings.ToLower(text[parts[1][0]:parts[1][1]]); strings.HasSuffix(w, "ism") ||
			strings.HasSuffix(w, "ic") || strings.HasSuffix(w, "ist") || strings.HasSuffix(w, "ists") {
			// "anti-Semitism", "pro-Communist": an idea, not a name
			tz.toks = append(tz.toks, mkTok(a, b, next, tz.line, flags|fLower))
			return
		}
	}
	if first == 0 && !upper(parts[0]) {
		pw := normWord(text[parts[0][0]:parts[0][1]])
		if lexicon[pw]&wParticle != 0 && n > 1 && upper(parts[1]) {
			t := mkTok(a, b, next, tz.line, flags|fUpper|fLower)
			if poss {
				t.flags |= fPoss
			}
			tz.toks = append(tz.toks, t)
			return
		}
		for first < n && !upper(parts[first]) {
			first++
		}
		if first == n { // all lower case: an ordinary word
			t := mkTok(a, b, next, tz.line, flags|shapeFlags(text[a:b]))
			tz.toks = append(tz.toks, t)
			return
		}
	}
	// Party-state tag: R-Ark, D-Calif, I-Vt.
	if n >= 2 && first == 0 && parts[0][1]-parts[0][0] == 1 && strings1(text[parts[0][0]]) && upper(parts[1]) {
		tz.toks = append(tz.toks, mkTok(a, b, next, tz.line, flags|fJunk|fUpper))
		return
	}
	last := first
	for last+1 < n && (upper(parts[last+1]) || digit(parts[last+1])) {
		last++
	}
	if first == 0 && last == 0 && n == 2 && nameSyllable(text[parts[1][0]:parts[1][1]]) && tz.insideName(a, b) {
		last = 1 // "Kim Jong-un": a given name in two syllables, not "Trump-era"
	}
	tail := last+1 < n
	// Two or more place names joined by hyphens ("U.S.-Saudi", "U.S.-China"): separate names.
	if last > first && allPlaces(text, parts[first:last+1]) {
		for k := first; k <= last; k++ {
			f := uint32(0)
			if k == first {
				f = flags
			}
			t := mkTok(parts[k][0], parts[k][1], parts[k][1], tz.line, f|fTail|shapeFlags(text[parts[k][0]:parts[k][1]]))
			if k == last {
				t.next = int32(next)
				if poss && !tail {
					t.flags |= fPoss
				}
			}
			tz.toks = append(tz.toks, t)
		}
		return
	}
	st, en := parts[first][0], parts[last][1]
	if tail {
		// "U.S.-listed": keep the abbreviation dot that sits before the hyphen.
		if en < b && text[en-1] != '.' && isDottedAbbrev(text[st:en]) && text[en] == '.' {
			en++
		}
	}
	t := mkTok(st, en, next, tz.line, flags|shapeFlags(text[st:en]))
	if tail {
		t.flags |= fTail
	} else if poss {
		t.flags |= fPoss
	}
	if abbr && !tail {
		t.flags |= fAbbr
	}
	tz.toks = append(tz.toks, t)
}

// nameSyllable reports whether the lower-case part after a hyphen may be the
// second syllable of a romanised given name ("un", "in", "moon", "ying"):
// two to five letters, and not the head of a compound modifier ("-led",
// "-era", "-based").
func nameSyllable(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return !compoundHeads[w]
}

// compoundHeads end compound modifiers written after a name: "Moon-led",
// "Kim-era", "Lee-style".
var compoundHeads = map[string]bool{"era": true, "led": true, "run": true, "held": true, "born": true, "based": true,
	"style": true, "like": true, "made": true, "built": true, "backed": true, "owned": true, "less": true, "only": true}

// insideName reports whether the word text[a:b] is a romanised given name
// of two syllables inside a Korean or Chinese name: after a surname written
// first ("Kim Jong-un", "Leung Chun-ying", "Tsai Ing-wen"), or before one in
// the Western order ("Sui-ying Cheng"), and ending the name.
func (tz *tokenizer) insideName(a, b int) bool {
	if r, _ := utf8.DecodeRuneInString(tz.text[a+1:]); !unicode.IsLower(r) {
		return false
	}
	if k := len(tz.toks) - 1; k >= 0 {
		t := tz.toks[k]
		if t.flags&(fTail|fJunk|fAllCaps|fAbbr) == 0 && int(t.end) == int(t.next) && tz.text[t.end:a] == " " &&
			surnamesFirst[strings.ToLower(tz.text[t.start:t.end])] {
			return !tz.capitalAt(b)
		}
	}
	head := tz.text[a:b]
	if dash := strings.IndexAny(head, "-‐‑"); dash < 0 || lexicon[normWord(head[:dash])]&(wCommon|wPreMod|wPlace|wCountry) != 0 {
		return false // "Ex-wife Lee", "Anti-war Kim", "Korea-tied": a word of English or a place before the hyphen
	}
	if b+1 >= len(tz.text) || tz.text[b] != ' ' {
		return false
	}
	end := b + 1
	for end < len(tz.text) && (tz.text[end] >= 'a' && tz.text[end] <= 'z' || tz.text[end] >= 'A' && tz.text[end] <= 'Z') {
		end++
	}
	if end < b+3 || tz.text[b+2] < 'a' || tz.text[b+2] > 'z' {
		return false // "IP": an abbreviation, not a surname
	}
	return surnamesFirst[strings.ToLower(tz.text[b+1:end])] && tz.capitalAt(b) && !tz.capitalAt(end)
}

// capitalAt reports whether a capitalised word follows the space at text[i].
func (tz *tokenizer) capitalAt(i int) bool {
	if i+1 >= len(tz.text) || tz.text[i] != ' ' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(tz.text[i+1:])
	return unicode.IsUpper(r)
}

// surnamesFirst are common Korean and Chinese surnames, which come before a
// given name that is often hyphenated.
var surnamesFirst = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`ahn au ban chae chan chang chen cheng cheung chiang cho choe choi chow chu chung
		go han ho hong huang hui huh hwang ip jang jeon jeong ji jung kang kim ko koh kwak kwon lai lam lau lee leung
		li liang lim lin liu lo ma moon nam oh paik park ri roh seo shin sohn song su tang tsai tung wang wong woo wu
		yang yeon yoo yoon youn yu yuen yun zhang zhao zhou`) {
		m[w] = true
	}
	return m
}()

func strings1(c byte) bool { return c == 'R' || c == 'D' || c == 'I' }

func allPlaces(text string, parts [][2]int) bool {
	for _, p := range parts {
		l := lexicon[normWord(text[p[0]:p[1]])]
		if l&(wPlace|wDemonym) == 0 {
			return false
		}
	}
	return true
}

func hasNonASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// shapeFlags describes a word's letters: capitalised, all caps, lower case, digits.
func shapeFlags(w string) uint32 {
	if !hasNonASCII(w) {
		return asciiShape(w)
	}
	var f uint32
	letters, uppers := 0, 0
	firstLetter := true
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			letters++
			uppers++
			if firstLetter {
				f |= fUpper
			}
			firstLetter = false
		case unicode.IsLower(r):
			letters++
			f |= fLower
			firstLetter = false
		case unicode.IsLetter(r):
			letters++
			firstLetter = false
		case unicode.IsDigit(r):
			f |= fDigit
			firstLetter = false
		}
	}
	if letters >= 2 && uppers == letters {
		f |= fAllCaps
	}
	// iPhone, eBay: lower-case first letter, capital second.
	if f&fUpper == 0 && len(w) >= 3 && w[0] >= 'a' && w[0] <= 'z' && w[1] >= 'A' && w[1] <= 'Z' {
		f |= fUpper
	}
	return f
}

// scanWord returns shapeFlags(w) and whether w has a hyphen, in one pass for ASCII words.
func scanWord(w string) (uint32, bool) {
	var f uint32
	letters, uppers := 0, 0
	first := true
	hyphen := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= utf8.RuneSelf:
			return shapeFlags(w), hasHyphen(w)
		case c >= 'a' && c <= 'z':
			letters++
			f |= fLower
			first = false
		case c >= 'A' && c <= 'Z':
			letters++
			uppers++
			if first {
				f |= fUpper
			}
			first = false
		case c >= '0' && c <= '9':
			f |= fDigit
			first = false
		case c == '-':
			hyphen = true
		}
	}
	if letters >= 2 && uppers == letters {
		f |= fAllCaps
	}
	if f&fUpper == 0 && len(w) >= 3 && w[0] >= 'a' && w[0] <= 'z' && w[1] >= 'A' && w[1] <= 'Z' {
		f |= fUpper
	}
	return f, hyphen
}

// asciiShape is shapeFlags for ASCII words.
func asciiShape(w string) uint32 {
	var f uint32
	letters, uppers := 0, 0
	first := true
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'A' && c <= 'Z':
			letters++
			uppers++
			if first {
				f |= fUpper
			}
			first = false
		case c >= 'a' && c <= 'z':
			letters++
			f |= fLower
			first = false
		case c >= '0' && c <= '9':
			f |= fDigit
			first = false
		}
	}
	if letters >= 2 && uppers == letters {
		f |= fAllCaps
	}
	if f&fUpper == 0 && len(w) >= 3 && w[0] >= 'a' && w[0] <= 'z' && w[1] >= 'A' && w[1] <= 'Z' {
		f |= fUpper
	}
	return f
}

// Abbreviation kinds for a word that was followed by a dot.
const (
	abbrNone     = iota
	abbrTitle    // Mr. Dr. Sen. Jan.: never ends a sentence
	abbrInitial  // J. H.W.
	abbrMaybeEnd // U.S. Inc. Jr.: may end a sentence
)

func abbrevKind(w string) int {
	if isDottedAbbrev(w) && lexicon[normWord(w)]&(wPlace|wOrg) != 0 {
		return abbrMaybeEnd // U.S., D.C.
	}
	if isInitials(w) {
		return abbrInitial
	}
	if isDottedAbbrev(w) {
		return abbrMaybeEnd
	}
	if len(w) > 6 {
		return abbrNone
	}
	switch normWord(w) {
	case "mr", "mrs", "ms", "dr", "sen", "sens", "rep", "reps", "gov", "gen", "lt", "col", "sgt", "capt", "adm",
		"maj", "cpl", "pvt", "prof", "rev", "st", "supt", "det", "cmdr", "atty", "ft", "mt", "no", "vs", "gens",
		"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "del":
		return abbrTitle
	case "inc", "corp", "co", "ltd", "jr", "sr", "bros", "llc", "plc", "calif", "fla", "ariz", "colo", "okla",
		"tenn", "ark", "ala", "conn", "ill", "ind", "kan", "ky", "la", "md", "mass", "mich", "minn", "miss",
		"mo", "mont", "neb", "nev", "ore", "pa", "tex", "va", "vt", "wash", "wis", "wyo", "ga", "etc":
		return abbrMaybeEnd
	}
	return abbrNone
}

// isInitials reports a single capital (J) or dotted capitals (H.W) with no letter run longer than one.
func isInitials(w string) bool {
	if w == "" {
		return false
	}
	run := 0
	for _, r := range w {
		switch {
		case r == '.':
			if run != 1 {
				return false
			}
			run = 0
		case unicode.IsUpper(r):
			run++
			if run > 1 {
				return false
			}
		default:
			return false
		}
	}
	return run == 1 && (len(w) == 1 || isDottedAbbrev(w))
}

// isDottedAbbrev reports letters separated by dots: U.S, D.C, p.m, H.W.
func isDottedAbbrev(w string) bool {
	dots := 0
	run := 0
	for _, r := range w {
		switch {
		case r == '.':
			if run != 1 {
				return false
			}
			dots++
			run = 0
		case unicode.IsLetter(r):
			run++
			if run > 1 {
				return false
			}
		default:
			return false
		}
	}
	return dots > 0 && run <= 1
}

// appendNorm appends w lower-cased, without dots, with apostrophes straightened.
func appendNorm(dst []byte, w string) []byte {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			switch {
			case c >= 'A' && c <= 'Z':
				dst = append(dst, c+'a'-'A')
			case c == '.':
			case c == '`':
				dst = append(dst, '\'')
			default:
				dst = append(dst, c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		i += size
		switch {
		case isApos(r):
			dst = append(dst, '\'')
		case isHyphen(r):
			dst = append(dst, '-')
		default:
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		}
	}
	return dst
}
