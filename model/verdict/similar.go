package verdict

import (
	"math"
	"slices"
	"strings"

	"parallax/model/facts"
	"parallax/model/story"
)

// How alike two sentences are. Words are weighted by how rare they are in
// news at large (the background table of package story) and in the story
// (inverse frequency over its sentences), so that two sentences sharing
// "said" and "Monday" share nothing, two sharing "Mattis" and "resign" in a
// story about Mattis resigning share little, and two sharing "smoke" and
// "grenades" share much.

// sentenceInfo is what similarity needs of one sentence, computed once.
type sentenceInfo struct {
	weight  map[string]float64 // content stem -> weight: its rarity, less for names
	named   map[string]bool    // the stems that only occur in names: whom the sentence is about
	norm    float64            // sqrt of the sum of squared weights
	bigrams []string           // consecutive content stems, "a b"
	words   []string           // the sentence's words, lower case, for runs of identical words
}

// sentences computes per-story idf over distinct sentences and each
// sentence's weights. keyOf maps a claim to its sentence index.
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
	df := map[int]map[string]int{} // story -> stem -> sentences
	count := map[int]int{}
	for _, i := range first {
		cl := c.claims[i]
		if df[cl.Story] == nil {
			df[cl.Story] = map[string]int{}
		}
		count[cl.Story]++
		for _, st := range cl.Sentence.Content {
			df[cl.Story][st]++
		}
	}
	c.sentences = make([]sentenceInfo, len(first))
	for s, i := range first {
		cl := c.claims[i]
		n := float64(count[cl.Story]) + 1
		info := sentenceInfo{weight: make(map[string]float64, len(cl.Sentence.Content)), named: map[string]bool{}}
		for _, st := range cl.Sentence.Names {
			info.named[st] = true
		}
		for _, st := range cl.Sentence.Content {
			w := c.cfg.BackgroundWeight*backgroundIDF(st) + (1-c.cfg.BackgroundWeight)*math.Log(n/float64(df[cl.Story][st]))
			if info.named[st] {
				w *= c.cfg.NameWeight // a name says whom a sentence is about, not what it says
			}
			info.weight[st] = w
			info.norm += w * w
		}
		info.norm = math.Sqrt(info.norm)
		info.bigrams = bigrams(cl.Sentence)
		info.words = lowerWords(cl.Sentence)
		c.sentences[s] = info
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

// textSim is the cosine of two sentences' idf-weighted content stems.
func (c *checker) textSim(a, b int) float64 {
	sa, sb := &c.sentences[c.sentenceOf[a]], &c.sentences[c.sentenceOf[b]]
	if sa.norm == 0 || sb.norm == 0 {
		return 0
	}
	dot := 0.0
	for st, w := range sa.weight {
		if v, ok := sb.weight[st]; ok {
			dot += w * v
		}
	}
	return dot / (sa.norm * sb.norm)
}

// rareShared counts the rare words two sentences share outside names: what
// they say, not whom they say it of. Rare is weight at least cfg.RareWeight.
func (c *checker) rareShared(a, b int) int {
	sa, sb := &c.sentences[c.sentenceOf[a]], &c.sentences[c.sentenceOf[b]]
	n := 0
	for st, w := range sa.weight {
		if _, ok := sb.weight[st]; ok && w >= c.cfg.RareWeight && !sa.named[st] && !sb.named[st] {
			n++
		}
	}
	return n
}

// sharedBigrams counts the pairs of consecutive content stems two sentences
// share, names aside ("Anne Arundel" is a name, "smoke grenades" a fact).
func (c *checker) sharedBigrams(a, b int) int {
	sa, sb := &c.sentences[c.sentenceOf[a]], &c.sentences[c.sentenceOf[b]]
	n := 0
	for _, bg := range sa.bigrams {
		if i := strings.IndexByte(bg, ' '); i > 0 && (sa.named[bg[:i]] && sa.named[bg[i+1:]]) {
			continue
		}
		if slices.Contains(sb.bigrams, bg) {
			n++
		}
	}
	return n
}

// longestRun is the length of the longest run of identical words two
// sentences share: copied text or a quotation printed without marks.
func (c *checker) longestRun(a, b int) int {
	x, y := c.sentences[c.sentenceOf[a]].words, c.sentences[c.sentenceOf[b]].words
	if len(x) == 0 || len(y) == 0 {
		return 0
	}
	prev := make([]int, len(y)+1)
	cur := make([]int, len(y)+1)
	best := 0
	for i := 1; i <= len(x); i++ {
		for j := 1; j <= len(y); j++ {
			if x[i-1] == y[j-1] {
				cur[j] = prev[j-1] + 1
				best = max(best, cur[j])
			} else {
				cur[j] = 0
			}
		}
		prev, cur = cur, prev
	}
	return best
}

// bigrams lists a sentence's consecutive content stems, once each.
func bigrams(s *facts.Sentence) []string {
	var out []string
	prev := ""
	for _, st := range s.Stems {
		if st == "" {
			continue
		}
		if prev != "" {
			if b := prev + " " + st; !slices.Contains(out, b) {
				out = append(out, b)
			}
		}
		prev = st
	}
	return out
}

// lowerWords are a sentence's words in lower case, one apostrophe for all,
// for finding runs of identical words.
func lowerWords(s *facts.Sentence) []string {
	out := make([]string, len(s.Tokens))
	for i, t := range s.Tokens {
		out[i] = strings.ReplaceAll(strings.ToLower(t.Text), "’", "'")
	}
	return out
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
