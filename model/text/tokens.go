package text

// Tokens splits s into words and numbers, in order, with their byte offsets.
//
// A token is a run of letters and digits, joined across inner full stops
// ("U.S.", "9.2", "a.m."), hyphens ("e-commerce", "COVID-19"), apostrophes
// ("Alibaba’s", "don't"), ampersands ("AT&T") and thousands commas
// ("43,350"). A currency sign before a number and a percent sign after one
// belong to it ("$9.2", "50%"); a dotted acronym keeps its last full stop
// ("U.S."). All other punctuation is dropped. Token.Text is always
// s[Start:End].
func Tokens(s string) []Token {
	return AppendTokens(make([]Token, 0, len(s)/5+8), s)
}

// AppendTokens appends the tokens of s (see Tokens) to toks and returns the
// extended slice, so that a caller tokenising many texts can reuse memory.
func AppendTokens(toks []Token, s string) []Token {
	for i := 0; i < len(s); {
		if c := s[i]; c < 0x80 && !alnumByte[c] && c != '$' {
			i++ // ASCII white space and punctuation
			continue
		}
		r, size := runeAt(s, i)
		switch {
		case isAlnum(r):
		case isCurrency(r):
			if d, _ := runeAt(s, i+size); !isDigit(d) {
				i += size
				continue
			}
		default:
			i += size
			continue
		}
		end := tokenEnd(s, i, size)
		toks = append(toks, Token{Text: s[i:end], Start: i, End: end})
		i = end
	}
	return toks
}

// alnumByte marks the ASCII letters and digits.
var alnumByte = func() (t [256]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = true
		t[c-'a'+'A'] = true
	}
	return t
}()

// tokenEnd returns the end of the token whose first rune, of the given size,
// is at start.
func tokenEnd(s string, start, size int) int {
	j := start + size
	prev, _ := runeAt(s, start)
	numeric := isDigit(prev) || isCurrency(prev)
	dotted := false
	for j < len(s) {
		if alnumByte[s[j]] {
			k := j + 1
			for k < len(s) && alnumByte[s[k]] {
				k++
			}
			prev = rune(s[k-1])
			j = k
			continue
		}
		r, size := runeAt(s, j)
		if isAlnum(r) {
			prev = r
			j += size
			continue
		}
		next, nsize := runeAt(s, j+size)
		join := false
		switch {
		case r == '.':
			join = isAlnum(next) && !isSpace(next)
			dotted = dotted || join
		case r == ',':
			join = isDigit(prev) && isDigit(next)
		case isApostrophe(r) || r == '&':
			join = isLetter(prev) && isLetter(next)
		case r == '-' || r == '‐' || r == '‑':
			join = isAlnum(prev) && isAlnum(next)
		case r == '%':
			if numeric && isDigit(prev) {
				return j + size
			}
		}
		if join {
			prev = r
			j += size
			continue
		}
		if r == '.' && dotted && isDottedAcronym(s[start:j]) {
			j += size // "U.S." keeps its last stop
			// "U.S.-listed" goes on through the hyphen.
			if next == '-' {
				if after, _ := runeAt(s, j+nsize); isAlnum(after) {
					prev = next
					j += nsize
					continue
				}
			}
		}
		break
	}
	return j
}
