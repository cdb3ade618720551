package verdict

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"unicode"

	"parallax/model/facts"
	"parallax/model/story"
)

// How alike two sentences are. Words are weighted by how rare they are in
// news at large (the background table of package story) and in the story
// (inverse frequency over its sentences), so that two sentences sharing
// "said" and "Monday" share nothing, two sharing "Mattis" and "resign" in a
// story about Mattis resigning share little, and two sharing "smoke" and
// "grenades" share much.

// sentenceInfo is what similarity needs of one sentence, computed once, with
// words as numbers so that comparing two sentences walks two sorted lists.
type sentenceInfo struct {
	claim   int      // the first claim made of it
	terms   []term   // content stems, by ID
	norm    float64  // sqrt of the sum of squared weights
	bigrams []uint64 // consecutive content stems outside names, by ID pair, sorted
	words   []uint64 // the sentence's words, lower case, hashed, for runs of identical words
	byWord  []int32  // the places of words, in the order of their hashes (wordOrder)
}

// term is one content stem of a sentence with its weight.
type term struct {
	id    int32
	w     float64 // its rarity, less for names
	named bool    // it only occurs in names: whom the sentence is about
}

// indexSentences computes idf over the story's distinct sentences and each
// sentence's weights.
func (c *checker) indexSentences() {
	type key struct {
		doc   string
		start int
	}
	index := map[key]int{}
	var first []int // claim index of each sentence's first claim
	c.sentenceOf = make([]int, len(c.claims))
	for i, cl := range c.claims {
		k := key{cl.Doc, cl.Sentence.Start}
		s, ok := index[k]
		if !ok {
			s = len(first)
			index[k] = s
			first = append(first, i)
		}
		c.sentenceOf[i] = s
	}
	// Stems are numbered in the order first met, sentence by sentence.
	total := 0
	for _, i := range first {
		total += len(c.claims[i].Sentence.Content)
	}
	ids := make(map[string]int32, total/2) // about half the stems of a story's sentences repeat
	stems := make([]string, 0, total/2)    // by ID
	content := make([][]int32, len(first)) // per sentence: the IDs of its Content
	all := make([]int32, total)
	for s, i := range first {
		cs := c.claims[i].Sentence.Content
		content[s], all = all[:len(cs):len(cs)], all[len(cs):]
		for k, st := range cs {
			v, ok := ids[st]
			if !ok {
				v = int32(len(stems))
				ids[st] = v
				stems = append(stems, st)
			}
			content[s][k] = v
		}
	}
	df := map[int][]int{} // story -> stem ID -> sentences
	count := map[int]int{}
	for s, i := range first {
		story := c.claims[i].Story
		if df[story] == nil {
			df[story] = make([]int, len(stems))
		}
		count[story]++
		for _, v := range content[s] {
			df[story][v]++
		}
	}
	c.stemID, c.contentIDs = ids, content
	rarity := make([]float64, len(stems)) // stem ID -> backgroundIDF
	for v, st := range stems {
		rarity[v] = backgroundIDF(st)
	}
	c.sentences = make([]sentenceInfo, len(first))
	for s, i := range first {
		cl := c.claims[i]
		n := float64(count[cl.Story]) + 1
		sdf := df[cl.Story]
		info := sentenceInfo{claim: i, terms: make([]term, 0, len(cl.Sentence.Content))}
		for k, st := range cl.Sentence.Content {
			v := content[s][k]
			w := c.cfg.BackgroundWeight*rarity[v] + (1-c.cfg.BackgroundWeight)*math.Log(n/float64(sdf[v]))
			named := slices.Contains(cl.Sentence.Names, st)
			if named {
				w *= c.cfg.NameWeight // a name says whom a sentence is about, not what it says
			}
			info.terms = append(info.terms, term{v, w, named})
			info.norm += w * w
		}
		info.bigrams = bigrams(cl.Sentence, info.terms) // in the order of Content, before sorting
		slices.SortFunc(info.terms, func(x, y term) int { return int(x.id - y.id) })
		info.norm = math.Sqrt(info.norm)
		info.words = make([]uint64, len(cl.Sentence.Tokens))
		for k, t := range cl.Sentence.Tokens {
			info.words[k] = hashWord(t.Text)
		}
		info.byWord = wordOrder(info.words)
		c.sentences[s] = info
	}
	c.pairDF = map[int]map[uint64]int{}
	for _, info := range c.sentences {
		story := c.claims[info.claim].Story
		if c.pairDF[story] == nil {
			c.pairDF[story] = map[uint64]int{}
		}
		for _, p := range info.bigrams {
			c.pairDF[story][p]++
		}
	}
}

// backgroundIDF is how rare a stem is in news at large: the log of one over
// the share of articles that carry it, terms rarer than the table's floor
// counting as half the floor.
func backgroundIDF(stem string) float64 {
	share := story.BackgroundShare(stem)
	if share <= 0 {
		share = story.BackgroundFloor / 2
	}
	return -math.Log(share)
}

// textSim is the cosine of two sentences' weighted content stems.
func (c *checker) textSim(a, b int) float64 {
	sa, sb := &c.sentences[c.sentenceOf[a]], &c.sentences[c.sentenceOf[b]]
	if sa.norm == 0 || sb.norm == 0 {
		return 0
	}
	dot := 0.0
	joinTerms(sa.terms, sb.terms, func(x, y term) { dot += x.w * y.w })
	return dot / (sa.norm * sb.norm)
}

// rareShared counts the rare words two sentences share outside names: what
// they say, not whom they say it of. Rare is weight at least cfg.RareWeight.
func (c *checker) rareShared(a, b int) int {
	sa, sb := &c.sentences[c.sentenceOf[a]], &c.sentences[c.sentenceOf[b]]
	n := 0
	joinTerms(sa.terms, sb.terms, func(x, y term) {
		if x.w >= c.cfg.RareWeight && !x.named && !y.named {
			n++
		}
	})
	return n
}

// joinTerms calls f for each stem two sorted lists share.
func joinTerms(a, b []term, f func(x, y term)) {
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i].id < b[j].id:
			i++
		case a[i].id > b[j].id:
			j++
		default:
			f(a[i], b[j])
			i++
			j++
		}
	}
}

// sharedBigrams counts the pairs of consecutive content stems two sentences
// share, names aside ("Anne Arundel" is a name, "smoke grenades" a fact),
// and pairs in more than cfg.PairDF of the story's sentences aside: those
// are what the story is about ("the budget plan"), not what two say.
func (c *checker) sharedBigrams(a, b int) int {
	df := c.pairDF[c.claims[a].Story]
	return story.IntersectWhere(c.sentences[c.sentenceOf[a]].bigrams, c.sentences[c.sentenceOf[b]].bigrams,
		func(p uint64) bool { return df[p] <= c.cfg.PairDF })
}

// longestRun is the length of the longest run of identical words two
// sentences share: copied text or a quotation printed without marks.
//
// Walking both sentences' words in the order of their hashes gives every
// pair of places where they hold the same word; a run is followed from each
// such pair that does not continue one before it. Each pair of places is read
// once, so a pair of sentences costs about as much as their words and what
// they share, where a table of every place against every other costs their
// product.
func (c *checker) longestRun(a, b int) int {
	sa, sb := &c.sentences[c.sentenceOf[a]], &c.sentences[c.sentenceOf[b]]
	x, y := sa.words, sb.words
	ox, oy := sa.byWord, sb.byWord
	best := 0
	for i, j := 0, 0; i < len(ox) && j < len(oy); {
		w := x[ox[i]] &^ placeBits
		switch v := y[oy[j]] &^ placeBits; {
		case w < v:
			i++
			continue
		case w > v:
			j++
			continue
		}
		// The places of one word, and of any other whose hash begins alike.
		i2, j2 := i+1, j+1
		for i2 < len(ox) && x[ox[i2]]&^placeBits == w {
			i2++
		}
		for j2 < len(oy) && y[oy[j2]]&^placeBits == w {
			j2++
		}
		for _, p := range ox[i:i2] {
			for _, q := range oy[j:j2] {
				if x[p] != y[q] || p > 0 && q > 0 && x[p-1] == y[q-1] {
					continue // another word, or inside a run begun before
				}
				n := 1
				for int(p)+n < len(x) && int(q)+n < len(y) && x[int(p)+n] == y[int(q)+n] {
					n++
				}
				best = max(best, n)
			}
		}
		i, j = i2, j2
	}
	return best
}

// placeBits are the low bits of a word's hash that wordOrder gives over to
// its place in the sentence, to sort the words as plain numbers.
const placeBits = 1<<20 - 1

// wordOrder returns the places of a sentence's words sorted by their hashes
// less placeBits, then by place.
func wordOrder(words []uint64) []int32 {
	order := make([]int32, len(words))
	if len(words) > placeBits {
		for k := range order {
			order[k] = int32(k)
		}
		slices.SortFunc(order, func(p, q int32) int {
			if c := cmp.Compare(words[p]&^placeBits, words[q]&^placeBits); c != 0 {
				return c
			}
			return int(p - q)
		})
		return order
	}
	keys := make([]uint64, len(words))
	for k, w := range words {
		keys[k] = w&^placeBits | uint64(k)
	}
	slices.Sort(keys)
	for k, key := range keys {
		order[k] = int32(key & placeBits)
	}
	return order
}

// hashWord is an FNV-1a hash of a word in lower case with one apostrophe
// for all, without allocating: runs of words compare by hash.
func hashWord(w string) uint64 {
	h := uint64(14695981039346656037)
	for _, r := range w {
		switch {
		case r == '’':
			r = '\''
		case r < 0x80 && 'A' <= r && r <= 'Z':
			r += 'a' - 'A'
		case r >= 0x80:
			r = unicode.ToLower(r)
		}
		for r > 0 {
			h ^= uint64(r & 0xff)
			h *= 1099511628211
			r >>= 8
		}
	}
	return h
}

// bigrams lists a sentence's pairs of consecutive content stems, once each
// and sorted, leaving out pairs inside one name. terms are the numbers of
// s.Content, in its order, and whether each is of s.Names.
func bigrams(s *facts.Sentence, terms []term) []uint64 {
	var out []uint64
	have, prev := false, term{}
	next := 0 // Content lists stems as first met, so a new one is most often the next
	for _, st := range s.Stems {
		if st == "" {
			continue
		}
		k := -1
		if next < len(s.Content) && s.Content[next] == st {
			k, next = next, next+1
		} else {
			k = slices.Index(s.Content, st)
		}
		if k < 0 {
			have = false // "said", "told": a reporting word joins no pair ("Sellers said")
			continue
		}
		t := terms[k]
		if have && !(prev.named && t.named) {
			out = append(out, uint64(uint32(prev.id))<<32|uint64(uint32(t.id)))
		}
		have, prev = true, t
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// jaccard is |a∩b| / |a∪b| of two small sets given as slices.
func jaccard(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	inter := commonItems(a, b)
	return float64(inter) / float64(len(a)+len(b)-inter)
}

// overlap is |a∩b| / min(|a|, |b|): whether the shorter list is found in the longer.
func overlap(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	return float64(commonItems(a, b)) / float64(min(len(a), len(b)))
}

// commonItems counts the items of a also in b.
func commonItems(a, b []string) int {
	n := 0
	for _, w := range a {
		if slices.Contains(b, w) {
			n++
		}
	}
	return n
}

// joinWords joins words with spaces.
func joinWords(w []string) string { return strings.Join(w, " ") }
