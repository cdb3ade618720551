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

// Stem returns Stem(word), from memory when it can.
func (st *Stemmer) Stem(word string) string {
	if len(word) > maxCachedWord {
		return Stem(word)
	}
	if stem, ok := st.cache[word]; ok {
		return stem
	}
	stem := Stem(word)
	if st.cache == nil {
		st.cache = make(map[string]string, 4096)
	}
	if len(st.cache) < maxCachedStems {
		// Clone: the word may be a slice of a whole article.
		st.cache[strings.Clone(word)] = stem
	}
	return stem
}

// ContentStems returns ContentStems(s), stemming with st.
func (st *Stemmer) ContentStems(s string) []string {
	return contentStems(s, st.Stem)
}

// Len returns how many words st remembers.
func (st *Stemmer) Len() int { return len(st.cache) }
