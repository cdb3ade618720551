package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token flags.
const (
	fUpper     uint32 = 1 << iota // starts with a capital, or is a name like iPhone or al-Qaida
	fAllCaps                      // two or more letters, none lower case (FBI, U.S.)
	fLower                        // has a lower-case letter
	fDigit                        // has a digit
	fPoss                         // a possessive 's or ' follows
	fSent                         // starts a sentence or clause: line start, after . ! ? : ; a dash, quote or bracket
	fMaybeSent                    // follows an abbreviation that may end a sentence (Inc., U.S., Jr.)
	fLine                         // first token on its line
	fAbbr                         // ends with an abbreviation dot kept in the span (Mr., J., U.S.)
	fTail                         // a lower-case hyphen tail was cut off (Trump-era): no name continues past it
	fAmp                          // the & connector
	fJunk                         // never part of a name (party-state tags like R-Ark.)
	fQOpen                        // an opening quote mark right before
	fParen                        // an opening bracket right before
	fInitial                      // a single capital with a dot (J.) or dotted initials (H.W.)
)

// token is one word of the text. start/end is the word as a name would use it;
// next is just past everything that belongs to the word (possessive, dots).
type token struct {
	start, end int32
	next       int32
	line       int32
	flags      uint32
}

// mkTok builds a token; offsets fit in int32 because Find caps the text at maxText bytes.
func mkTok(start, end, next int, line int32, flags uint32) token {
	return token{start: int32(start), end: int32(end), next: int32(next), line: line, flags: flags}
}

func isApos(r rune) bool {
	return r == '\'' || r == '’' || r == '‘' || r == 'ʼ' || r == '`' || r == '′'
}

func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// isJoiner reports runes that may sit inside a word: apostrophes, dots, hyphens, &.
func isJoiner(r rune) bool {
	return isApos(r) || r == '.' || isHyphen(r) || r == '&' || r == '_'
}

func isWordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r))
}

// tokenizer carries the state between words.
type tokenizer struct {
	text    string
	toks    []token
	line    int32
	pending uint32 // flags for the next token
}

// tokenize splits text into words with their flags.
func tokenize(text string) []token {
	tz := tokenizer{text: text, toks: make([]token, 0, len(text)/6+1), pending: fSent | fLine}
	i := 0
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			switch c {
			case '\n':
				tz.line++
				tz.pending |= fSent | fLine
				tz.pending &^= fQOpen | fParen
				i++
				continue
			case ' ', '\t', '\r', '\f', '\v':
				i++
				continue
			case '!', '?', ':', ';':
				tz.pending |= fSent
				i++
				continue
			case '(', '[', '{':
				tz.pending |= fSent | fParen
				i++
				continue
			case '"':
				if (i == 0 || isOpenContext(text[i-1])) && i+1 < len(text) && text[i+1] != ' ' && text[i+1] != '\n' {
					tz.pending |= fSent | fQOpen
				}
				i++
				continue
			}
			if !isWordByte(c) {
				i++
				continue
			}
		} else {
			r, size := utf8.DecodeRuneInString(text[i:])
			switch {
			case r == '\u2028' || r == '\u2029' || r == '\u0085':
				tz.line++
				tz.pending |= fSent | fLine
				i += size
				continue
			case unicode.IsSpace(r):
				i += size
				continue
			case r == '“' || r == '«' || r == '„' || r == '‹':
				tz.pending |= fSent | fQOpen
				i += size
				continue
			case r == '—' || r == '–' || r == '…' || r == '•' || r == '·' || r == '¿' || r == '¡':
				tz.pending |= fSent
				i += size
				continue
			case !isWordRune(r) && !isJoiner(r):
				i += size
				continue
			}
		}
		j := i
		for j < len(text) {
			if c := text[j]; c < utf8.RuneSelf {
				if !wordBytes[c] {
					break
				}
				j++
				continue
			}
			r, size := utf8.DecodeRuneInString(text[j:])
			if !isWordRune(r) && !isJoiner(r) {
				break
			}
			j += size
		}
		if j == i { // cannot happen for word runes; guard against a stuck loop
			j = i + 1
		}
		tz.chunk(i, j)
		i = j
	}
	return tz.toks
}

func isASCIIAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func isOpenContext(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '(' || c == '[' || c == '{'
}

func isWordByte(c byte) bool { return wordBytes[c] }

// wordBytes marks the ASCII bytes that belong to words (letters, digits, joiners).
var wordBytes = func() (t [256]bool) {
	for c := 0; c < 128; c++ {
		b := byte(c)
		t[c] = b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' ||
			b == '\'' || b == '.' || b == '-' || b == '&' || b == '_' || b == '`'
	}
	return t
}()

// chunk turns one space-free run of word characters and joiners into tokens.
func (tz *tokenizer) chunk(a, b int) {
	text := tz.text
	next := b
	a0 := a
	// Leading joiners: opening quotes, stray dots and dashes.
	for a < b && !isASCIIAlnum(text[a]) {
		r, size := utf8.DecodeRuneInString(text[a:b])
		if isWordRune(r) {
			break
		}
		if isApos(r) {
			tz.pending |= fSent | fQOpen
		}
		if isHyphen(r) {
			tz.pending |= fSent
		}
		a += size
	}
	if a == b { // punctuation only
		tz.punctOnly(text[a0:next], next)
		return
	}
	poss := false
	dots := 0
	for b > a && !isASCIIAlnum(text[b-1]) {
		r, size := utf8.DecodeLastRuneInString(text[a:b])
		if r == '.' {
			dots++
			b -= size
			continue
		}
		if isApos(r) {
			pr, _ := utf8.DecodeLastRuneInString(text[a : b-size])
			b -= size
			if pr == 's' || pr == 'S' || pr == '.' {
				poss = dots == 0 // "Mattis’", "U.S.’ allies"
				break
			}
			continue
		}
		if isHyphen(r) || r == '&' || r == '_' {
			b -= size
			continue
		}
		break
	}
	if b <= a {
		tz.punctOnly(text[a0:next], next)
		return
	}
	if !poss && (text[b-1] == 's' || text[b-1] == 'S') {
		if n := possSuffix(text[a:b]); n > 0 {
			poss = true
			b -= n
		}
	}
	tz.emitWord(a, b, next, poss, dots)
}

// punctOnly handles a chunk without letters or digits: dots end a sentence, & joins.
func (tz *tokenizer) punctOnly(s string, next int) {
	if s == "&" {
		tz.toks = append(tz.toks, mkTok(next-1, next, next, tz.line, fAmp|tz.pending))
		tz.pending = 0
		return
	}
	for _, r := range s {
		switch {
		case r == '.':
			tz.pending |= fSent
		case isHyphen(r):
			tz.pending |= fSent
		case isApos(r):
			tz.pending |= fQOpen
		}
	}
}

// possSuffix returns the byte length of a trailing 's / ’s, or 0.
func possSuffix(w string) int {
	n := len(w)
	if n < 3 || (w[n-1] != 's' && w[n-1] != 'S') {
		return 0
	}
	r, size := utf8.DecodeLastRuneInString(w[:n-1])
	if !isApos(r) || n-1-size <= 0 {
		return 0
	}
	p, _ := utf8.DecodeLastRuneInString(w[:n-1-size])
	if !isWordRune(p) {
		return 0
	}
	return 1 + size
}

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
	for s > 0 && text[s-1] != ' ' && text[s-1] != '\n' && text[s-1] != '\t' {
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
