package text

import (
	"strings"

	"github.com/kljensen/snowball/english"
)

// Stem reduces a lower-case word to its Porter2 (Snowball English) stem:
// "investigating" and "investigation" both become "investig". Numbers and
// words that start with a digit come back unchanged; a curly apostrophe is
// read as a straight one, so "alibaba’s" stems to "alibaba".
func Stem(word string) string {
	if word == "" {
		return ""
	}
	if r, _ := runeAt(word, 0); isDigit(r) {
		return word
	}
	if strings.IndexByte(word, 0xE2) >= 0 { // lead byte of ’ ‘ ‛
		word = strings.NewReplacer("’", "'", "‘", "'", "‛", "'").Replace(word)
	}
	return english.Stem(word, true)
}

// ContentStems returns the stems of the content words of s, lower-cased, in
// order: stopwords are dropped, everything else is stemmed with Stem.
//
// So that two outlets' wordings meet, a few forms are normalised:
//   - numbers are kept as written less a leading currency sign ("$9.2" gives
//     "9.2"), and a percent sign becomes the word ("50%" gives "50", "percent");
//   - acronyms lose their stops and are not stemmed or dropped ("U.S." and
//     "US" both give "us", "IT" gives "it");
//   - negative contractions give "not" ("don’t", "wasn't", "cannot");
//   - hyphenated compounds give their parts ("cloud-computing" gives "cloud",
//     "comput"), unless a part is a single letter ("e-commerce" stays whole).
func ContentStems(s string) []string {
	return contentStems(s, nil)
}

// contentStems is ContentStems stemming with st, or with no memory when st
// is nil.
func contentStems(s string, st *Stemmer) []string {
	toks := Tokens(s)
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		out = appendCompound(out, t.Text, st)
	}
	return out
}

// appendCompound appends the content stems of one token.
func appendCompound(out []string, tok string, st *Stemmer) []string {
	if r, _ := runeAt(tok, 0); isDigit(r) || isCurrency(r) {
		return appendWord(out, tok, st)
	}
	if !hasHyphen(tok) || hasOneLetterPart(tok) {
		return appendWord(out, tok, st)
	}
	start := 0
	for i := 0; i < len(tok); {
		r, size := runeAt(tok, i)
		if isDash(r) {
			out = appendWord(out, tok[start:i], st)
			start = i + size
		}
		i += size
	}
	return appendWord(out, tok[start:], st)
}

// hasHyphen reports whether a token holds a hyphen, ASCII or Unicode.
func hasHyphen(tok string) bool {
	if strings.IndexByte(tok, '-') >= 0 {
		return true
	}
	return strings.IndexByte(tok, 0xE2) >= 0 && (strings.Contains(tok, "‐") || strings.Contains(tok, "‑"))
}

// hasOneLetterPart reports whether a hyphenated word has a part of one
// letter, like "e-commerce" or "T-shirt".
func hasOneLetterPart(tok string) bool {
	n := 0
	for i := 0; i <= len(tok); {
		r, size := runeAt(tok, i)
		if i == len(tok) || isDash(r) {
			if n == 1 {
				return true
			}
			n = 0
			if i == len(tok) {
				break
			}
		} else if isLetter(r) {
			n++
		}
		i += size
	}
	return false
}

// appendWord appends the content stem of one word or number, if it has one.
func appendWord(out []string, w string, st *Stemmer) []string {
	if w == "" {
		return out
	}
	r, size := runeAt(w, 0)
	if isCurrency(r) {
		w = w[size:]
		r, _ = runeAt(w, 0)
	}
	if isDigit(r) {
		if num, ok := strings.CutSuffix(w, "%"); ok {
			return append(out, strings.ToLower(num), "percent")
		}
		return append(out, strings.ToLower(w))
	}
	if isAcronym(w) {
		return append(out, strings.ToLower(strings.ReplaceAll(w, ".", "")))
	}
	if !isLetter(r) {
		return out
	}
	// Fast path: a short ASCII word, lower-cased on the stack, looked up
	// without allocating.
	var buf [maxCachedWord]byte
	if lower, ok := asciiLower(buf[:0], w); ok {
		if isNegationBytes(lower) {
			return append(out, "not")
		}
		if _, stop := stopwords[string(lower)]; stop {
			return out
		}
		return append(out, st.stemBytes(lower))
	}
	lower := strings.ToLower(w)
	if isNegation(lower) {
		return append(out, "not")
	}
	if IsStopword(lower) {
		return out
	}
	return append(out, st.Stem(lower))
}

// asciiLower appends w lower-cased to dst when w is ASCII and fits dst's
// capacity; ok is false otherwise.
func asciiLower(dst []byte, w string) (lower []byte, ok bool) {
	if len(w) > cap(dst) {
		return nil, false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return nil, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst, true
}

// isAcronym reports whether w is two or more capitals, optionally dotted
// ("US", "U.S.", "IBM"), with no lower-case letter.
func isAcronym(w string) bool {
	letters := 0
	for i := 0; i < len(w); {
		r, size := runeAt(w, i)
		switch {
		case isUpper(r):
			letters++
		case r == '.' || r == '&':
		default:
			return false
		}
		i += size
	}
	return letters >= 2
}

// isNegationBytes is isNegation for an ASCII word held in a byte slice.
func isNegationBytes(w []byte) bool {
	n := len(w)
	return string(w) == "cannot" || n >= 3 && string(w[n-3:]) == "n't"
}

// isNegation reports whether a lower-case word negates: a "n't" contraction
// or "cannot".
func isNegation(w string) bool {
	return w == "cannot" || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t")
}
