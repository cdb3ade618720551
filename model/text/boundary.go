package text

// punct describes a run of terminal punctuation.
type punct uint8

const (
	punctQE       punct = 1 << iota // holds '?' or '!'
	punctEllipsis                   // holds "…" or two or more full stops
)

// nextKind is what the word after a candidate boundary starts with.
type nextKind uint8

const (
	nextOther  nextKind = iota // punctuation, a symbol
	nextLower                  // a lower-case letter
	nextUpper                  // an upper-case letter
	nextNumber                 // a digit, a currency sign or '#'
)

// nextWord is what the splitter needs to know about the word after a boundary.
type nextWord struct {
	kind nextKind
	// at is where the word's first letter is, for isStarterAt: whether it
	// is a capitalised common word (The, It, But, In…) that starts
	// sentences and does not continue names. Only abbreviations need to
	// know, so it is worked out only for them.
	at int
}

// abbrevClass says how a word written with a full stop behaves before a
// capitalised word.
type abbrevClass uint8

const (
	plainWord   abbrevClass = iota // ends a sentence before any capital
	titleAbbr                      // Mr., Dr., Sen., e.g., vs.: never ends one
	initialAbbr                    // a lone capital (Joseph R. Biden): ends one before a starter only
	suffixAbbr                     // Inc., Jr., U.S., Jan., a.m.: ends one before a starter only
	numeroAbbr                     // No. before a number; the word "No." otherwise
	etcAbbr                        // etc.: ends one before any capital
)

// endsAt decides whether the run of terminal punctuation starting at i ends a
// sentence, given the word after it. lineEnd says a line break follows the
// run; a company suffix or acronym at the end of a line then ends the sentence
// before any capital (one paragraph per line is the common layout).
func (sp *splitter) endsAt(i int, mark punct, next nextWord, lineEnd bool) bool {
	if next.kind == nextLower {
		return false
	}
	if mark != 0 {
		return true
	}
	if sp.isListNumber(i) {
		return false
	}
	switch classifyWordBefore(sp.s, i) {
	case titleAbbr:
		return false
	case initialAbbr:
		return next.kind == nextUpper && isStarterAt(sp.s, next.at)
	case suffixAbbr:
		switch next.kind {
		case nextUpper:
			return lineEnd || isStarterAt(sp.s, next.at)
		case nextOther:
			return lineEnd
		}
		return false
	case numeroAbbr:
		return next.kind != nextNumber
	}
	return true
}

// isListNumber reports whether the full stop at i follows a one- or two-digit
// number that opens the sentence: the "2." of a numbered list item.
func (sp *splitter) isListNumber(i int) bool {
	n := i - sp.start
	if n < 1 || n > 2 {
		return false
	}
	for j := sp.start; j < i; j++ {
		if sp.s[j] < '0' || sp.s[j] > '9' {
			return false
		}
	}
	return true
}

// maxAbbrev bounds the length in bytes of a word looked up as an abbreviation.
const maxAbbrev = 24

// classifyWordBefore classifies the word that ends at byte i of s (just before
// a full stop).
func classifyWordBefore(s string, i int) abbrevClass {
	j := i
	for j > 0 {
		r, size := runeBefore(s, j)
		if isSpace(r) || isOpener(r) || isDash(r) {
			break
		}
		j -= size
		if i-j > maxAbbrev {
			return plainWord
		}
	}
	w := s[j:i]
	if w == "" {
		return plainWord
	}
	if last := w[len(w)-1]; '0' <= last && last <= '9' {
		return plainWord // "2020.", "9.2."
	}
	if isPartyPrefix(s, j) {
		// "Sen. Jane Doe, I-Vt. Doe said": a state after a party letter
		// ends the name, so a capital after it starts a sentence.
		return plainWord
	}
	if len(w) <= maxTableAbbrev {
		if c, ok := abbreviations[w]; ok {
			return c
		}
	}
	if r, size := runeAt(w, 0); size == len(w) && isUpper(r) {
		return initialAbbr
	}
	if isDottedAcronym(w) {
		return suffixAbbr
	}
	return plainWord
}

// isPartyPrefix reports whether the word at j follows a party letter and a
// hyphen, as in "R-Ariz." or "(D-N.Y.".
func isPartyPrefix(s string, j int) bool {
	d, dsize := runeBefore(s, j)
	if d != '-' {
		return false
	}
	p, psize := runeBefore(s, j-dsize)
	if p != 'R' && p != 'D' && p != 'I' {
		return false
	}
	before, _ := runeBefore(s, j-dsize-psize)
	return j-dsize-psize == 0 || isSpace(before) || isOpener(before)
}

// isDottedAcronym reports whether w is letters in groups of one to three
// joined by full stops, at least two groups: "U.S", "a.m", "Ph.D", "J.K".
func isDottedAcronym(w string) bool {
	groups, n := 1, 0
	for i := 0; i < len(w); {
		r, size := runeAt(w, i)
		switch {
		case r == '.':
			if n == 0 {
				return false
			}
			groups++
			n = 0
		case isLetter(r):
			n++
			if n > 3 {
				return false
			}
		default:
			return false
		}
		i += size
	}
	return groups >= 2 && n > 0
}

// nextWordAt describes the word starting at byte k of s, past any opening
// quotes and brackets.
func nextWordAt(s string, k int) nextWord {
	for n := 0; n < 4; n++ {
		r, size := runeAt(s, k)
		if !isOpener(r) {
			break
		}
		k += size
	}
	r, _ := runeAt(s, k)
	switch {
	case isLower(r):
		return nextWord{kind: nextLower}
	case isUpper(r):
		return nextWord{kind: nextUpper, at: k}
	case isDigit(r) || isCurrency(r) || r == '#':
		return nextWord{kind: nextNumber}
	}
	return nextWord{kind: nextOther}
}

// isStarterAt reports whether the ASCII word at k is a capitalised sentence
// starter: first letter upper case, the rest lower case, and a common word.
func isStarterAt(s string, k int) bool {
	var buf [maxAbbrev]byte
	n := 0
	for i := k; i < len(s) && n < len(buf); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z':
		case 'A' <= c && c <= 'Z':
			if n > 0 {
				return false // "IT", "US": acronyms, not starters
			}
			c += 'a' - 'A'
		default:
			goto done
		}
		buf[n] = c
		n++
	}
	if n == len(buf) {
		return false
	}
done:
	if n == 0 {
		return false
	}
	w := string(buf[:n]) // the compiler does not allocate for map keys
	if _, ok := starters[w]; ok {
		return true
	}
	if _, ok := notStarters[w]; ok {
		return false
	}
	return IsStopword(w)
}

// joinLines decides, at a single line break before byte k, whether the open
// sentence runs on into the next line.
func (sp *splitter) joinLines(k int) bool {
	s := sp.s
	if isListItem(s, k) {
		return false
	}
	next := nextWordAt(s, k)
	// A line that ends in terminal punctuation: the usual sentence rules.
	p, q := sp.end, -1
	var mark punct
	dots := 0
	for p > sp.start {
		r, size := runeBefore(s, p)
		switch {
		case r == '.':
			dots++
		case r == '?' || r == '!':
			mark |= punctQE
		case r == '…':
			mark |= punctEllipsis
		case isCloser(r):
			p -= size
			continue
		default:
			size = 0
		}
		if size == 0 {
			break
		}
		p -= size
		q = p
	}
	if q >= 0 {
		if dots >= 2 {
			mark |= punctEllipsis
		}
		return !sp.endsAt(q, mark, next, true)
	}
	// No terminal punctuation: a headline, byline or caption ends here unless
	// the line plainly runs on.
	last, _ := runeBefore(s, sp.end)
	switch {
	case last == ',' || last == ';' || last == '(' || last == '[' || last == '“' ||
		last == '&' || last == '/' || isDash(last):
		return true
	case last == ':':
		return false
	}
	if next.kind == nextLower {
		return lineHasLowerWord(s, sp.lineStart(), sp.end)
	}
	return endsInFunctionWord(s, sp.start, sp.end)
}

// lineStart returns the first byte of the open sentence's last line.
func (sp *splitter) lineStart() int {
	for j := sp.end; j > sp.start; {
		r, size := runeBefore(sp.s, j)
		if breakOf(r) != noBreak {
			return j
		}
		j -= size
	}
	return sp.start
}

// lineHasLowerWord reports whether s[from:to] holds a word that starts with a
// lower-case letter: running text does, a Title Case headline or a byline
// ("Jane Doe's Photo") does not.
func lineHasLowerWord(s string, from, to int) bool {
	atWord := true
	for i := from; i < to; {
		r, size := runeAt(s, i)
		if atWord && isLower(r) {
			return true
		}
		// An opening mark starts a word only after a space: the "s" of
		// "Durden's" does not start one.
		atWord = isSpace(r) || atWord && (isOpener(r) || isDash(r))
		i += size
	}
	return false
}

// endsInFunctionWord reports whether s[from:to] ends in a lower-case function
// word ("of", "the", "and"), which no headline ends with but a wrapped line may.
func endsInFunctionWord(s string, from, to int) bool {
	j := to
	for j > from {
		r, size := runeBefore(s, j)
		if !isLower(r) {
			break
		}
		j -= size
		if to-j > maxAbbrev {
			return false
		}
	}
	if j == to {
		return false
	}
	if j > from {
		if r, _ := runeBefore(s, j); isAlnum(r) {
			return false // "WASHINGTONof": not a lower-case word
		}
	}
	return IsStopword(s[j:to])
}

// isListItem reports whether the line at k starts with a bullet or a list
// number ("• ", "- ", "3. ", "2) ").
func isListItem(s string, k int) bool {
	r, size := runeAt(s, k)
	switch r {
	case '•', '·', '▪', '●', '◦', '‣', '∙', '*', '►', '■', '□', '♦', '-', '–', '—':
		next, _ := runeAt(s, k+size)
		return isSpace(next)
	}
	j := k
	for j < len(s) && j-k < 2 && '0' <= s[j] && s[j] <= '9' {
		j++
	}
	if j == k || j+1 >= len(s) || (s[j] != '.' && s[j] != ')') {
		return false
	}
	next, _ := runeAt(s, j+1)
	return isSpace(next)
}
