package text

import "strings"

// maxCachedStems bounds a Stemmer's memory: past it, new words are stemmed
// but no longer remembered. News vocabulary is far smaller.
const maxCachedStems = 1 << 17

// maxCachedWord is the longest word, in bytes, a Stemmer remembers.
const maxCachedWord = 32

// Stemmer is Stem with a memory of the words it has seen. Snowball stemming
// costs about a microsecond a word, and the words of news repeat, so an
// engine that stems many articles keeps one Stemmer per goroutine.
// A Stemmer is not safe for concurrent use; its zero value is ready to use.
type Stemmer struct {
	cache map[string]string // lower-case word -> Stem
	terms map[string]string // token as written -> Term
}

// NewStemmer returns an empty Stemmer.
func NewStemmer() *Stemmer {
	return &Stemmer{cache: make(map[string]string, 4096)}
}

// Stem returns Stem(word), from memory when it can. A nil Stemmer stems
// without remembering.
func (st *Stemmer) Stem(word string) string {
	if st == nil || len(word) > maxCachedWord {
		return Stem(word)
	}
	if stem, ok := st.cache[word]; ok {
		return stem
	}
	// Clone: the word may be a slice of a whole article.
	return st.remember(strings.Clone(word))
}

// stemBytes is Stem for a word held in a byte slice; it allocates only for
// words it has not seen.
func (st *Stemmer) stemBytes(word []byte) string {
	if st == nil || len(word) > maxCachedWord {
		return Stem(string(word))
	}
	if stem, ok := st.cache[string(word)]; ok {
		return stem
	}
	return st.remember(string(word))
}

// remember stems a word st has not seen and keeps the result while there is
// room.
func (st *Stemmer) remember(word string) string {
	stem := Stem(word)
	if st.cache == nil {
		st.cache = make(map[string]string, 4096)
	}
	if len(st.cache) < maxCachedStems {
		st.cache[word] = stem
	}
	return stem
}

// Term returns what a token is compared by: its stem (Stem of the token
// lower-cased) with synonyms folded (Synonym), or "" for a stopword. It
// remembers tokens as written, so a capitalised word costs one lookup too.
func (st *Stemmer) Term(token string) string {
	if isLowerASCII(token) {
		if _, stop := stopwords[token]; stop {
			return "" // a third of news words: the small table answers before the large memory
		}
	}
	if st != nil && len(token) <= maxCachedWord {
		if t, ok := st.terms[token]; ok {
			return t
		}
	}
	t := ""
	if w := strings.ToLower(token); !IsStopword(w) {
		t = Synonym(st.Stem(w))
	}
	if st != nil && len(token) <= maxCachedWord && len(st.terms) < maxCachedStems {
		if st.terms == nil {
			st.terms = make(map[string]string, 4096)
		}
		st.terms[strings.Clone(token)] = t // the token may be a slice of a whole article
	}
	return t
}

// isLowerASCII reports whether w has only ASCII bytes and no capital.
func isLowerASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 0x80 || 'A' <= c && c <= 'Z' {
			return false
		}
	}
	return true
}

// ContentStems returns ContentStems(s), stemming with st.
func (st *Stemmer) ContentStems(s string) []string {
	return contentStems(s, st)
}

// Len returns how many words st remembers.
func (st *Stemmer) Len() int {
	if st == nil {
		return 0
	}
	return len(st.cache)
}
