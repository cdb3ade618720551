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
	cache map[string]string
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
