package search

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// wordIndex is, for a list of folded texts, every word they hold (a run of
// letters and digits, as wordByte has them) and which texts hold each. A
// query word of letters and digits alone lies inside one word wherever it
// is found, so the words that hold it tell which texts do, and how well it
// fits each (whole word, word prefix, part of a word) without reading them.
type wordIndex struct {
	n     int     // texts indexed
	dict  string  // every word once, each after a NUL
	start []int32 // where each word of dict begins, and len(dict)+1 last
	at    []int32 // texts[at[w]:at[w+1]] hold word w
	texts []int32 // the texts holding each word, ascending
}

// newWordIndex indexes texts, each a folded text's lower case.
func newWordIndex(texts []string) *wordIndex {
	x := &wordIndex{n: len(texts)}
	ids := map[string]int32{}
	var seen []int32 // per word: the last text that held it, plus one
	var words []string
	var pairs [][2]int32 // word, text: in text order
	for t, low := range texts {
		eachWord(low, func(w string) {
			id, ok := ids[w]
			if !ok {
				id = int32(len(words))
				ids[w] = id
				words = append(words, w)
				seen = append(seen, 0)
			}
			if seen[id] != int32(t+1) {
				seen[id] = int32(t + 1)
				pairs = append(pairs, [2]int32{id, int32(t)})
			}
		})
	}
	var dict strings.Builder
	x.start = make([]int32, len(words)+1)
	for i, w := range words {
		dict.WriteByte(0)
		x.start[i] = int32(dict.Len())
		dict.WriteString(w)
	}
	x.dict = dict.String()
	x.start[len(words)] = int32(len(x.dict) + 1)
	x.at = make([]int32, len(words)+1)
	for _, p := range pairs {
		x.at[p[0]+1]++
	}
	for i := 1; i < len(x.at); i++ {
		x.at[i] += x.at[i-1]
	}
	x.texts = make([]int32, len(pairs))
	next := append([]int32(nil), x.at[:len(words)]...)
	for _, p := range pairs {
		x.texts[next[p[0]]] = p[1]
		next[p[0]]++
	}
	return x
}

// eachWord calls f with every word of low, in order.
func eachWord(low string, f func(string)) {
	from := -1
	for i, r := range low {
		word := r < utf8.RuneSelf && ('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9') ||
			r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))
		switch {
		case word && from < 0:
			from = i
		case !word && from >= 0:
			f(low[from:i])
			from = -1
		}
	}
	if from >= 0 {
		f(low[from:])
	}
}

// holding is, for each text, how well the word w of letters and digits
// fits it (wordTier's tier: noMatch where it is not found), from the words
// that hold w.
func (x *wordIndex) holding(w string) []uint8 {
	tiers := make([]uint8, x.n)
	id := 0
	for from := 0; ; {
		i := strings.Index(x.dict[from:], w)
		if i < 0 {
			break
		}
		i += from
		for int(x.start[id+1]) <= i {
			id++
		}
		tier := uint8(substring)
		if int(x.start[id]) == i {
			tier = prefix
			if int(x.start[id+1])-1 == i+len(w) {
				tier = whole
			}
		}
		for _, t := range x.texts[x.at[id]:x.at[id+1]] {
			tiers[t] = max(tiers[t], tier)
		}
		from = int(x.start[id+1]) - 1 // the next word
	}
	return tiers
}

// cost is how many texts holding the word w of letters and digits holding
// would visit: the sum over the words that hold it.
func (x *wordIndex) cost(w string) int {
	n, id := 0, 0
	for from := 0; ; {
		i := strings.Index(x.dict[from:], w)
		if i < 0 {
			return n
		}
		i += from
		for int(x.start[id+1]) <= i {
			id++
		}
		n += int(x.at[id+1] - x.at[id])
		from = int(x.start[id+1]) - 1
	}
}

// wordQuery is a query's words made ready for the texts of one wordIndex:
// the texts its lead word can be in, from the index, and the words still
// to find in each of those texts.
type wordQuery struct {
	lead  []uint8  // per text: the lead word's tier, or for a lead word with other characters whether its longest part holds; nil to read every text
	exact bool     // whether lead is the lead word's own tier
	read  []string // the words to find in each text: all but the lead word when exact
}

// query makes words ready for x: the lead word is the one whose texts are
// fewest by the index. A nil index, or words without a letter or digit,
// read every text.
func (x *wordIndex) query(words []string) wordQuery {
	q := wordQuery{read: words}
	if x == nil {
		return q
	}
	lead, part, cost := -1, "", 0
	for i, w := range words {
		longest := ""
		eachWord(w, func(p string) {
			if len(p) > len(longest) {
				longest = p
			}
		})
		if longest == "" {
			continue
		}
		if c := x.cost(longest); lead < 0 || c < cost {
			lead, part, cost = i, longest, c
		}
	}
	if lead < 0 {
		return q
	}
	q.lead, q.exact = x.holding(part), part == words[lead]
	if q.exact {
		q.read = append(append([]string(nil), words[:lead]...), words[lead+1:]...)
	}
	return q
}

// tier is how well the query's words fit text i, t: the weakest word's
// tier, noMatch unless every word is found. A text the index rules out is
// not read at all, so a query over many texts touches only its candidates.
func (q *wordQuery) tier(i int, t *folded) int {
	tier := whole
	if q.lead != nil {
		if q.lead[i] == noMatch {
			return noMatch
		}
		if q.exact {
			tier = int(q.lead[i])
		}
	}
	for _, w := range q.read {
		best, _ := wordTier(t.low, w)
		if best == noMatch {
			return noMatch
		}
		tier = min(tier, best)
	}
	return tier
}
