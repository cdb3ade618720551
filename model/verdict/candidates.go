package verdict

import (
	"fmt"
	"math"
	"runtime"
	"slices"
	"sync"

	"parallax/model/facts"
)

// Candidates: which pairs of claims are scored at all, from an inverted
// index of each story's content stems and figure keys.

// edges scores every pair of claims of one story from different outlets that
// share a stem of limited frequency, and keeps those that align. A wire copy
// is compared with its original too: a reprint that changed a figure is worth
// a red mark, though it never counts as a second source when they agree.
func (c *checker) edges() []edge {
	type figureKey struct {
		story int
		key   string
	}
	// Keys are numbered once: claim i's are keys[from[i]:from[i+1]], and
	// the claims indexed under key k, in order, are
	// postings[start[k]:start[k+1]].
	figureIDs := map[figureKey]int32{}
	// story -> stem number -> the number of its key plus one, 0 until met;
	// stems are numbered densely, so a list does what a map keyed by both would.
	stemKeys := map[int][]int32{}
	var count []int // claims per key
	keys := make([]int32, 0, 2*len(c.claims))
	from := make([]int, len(c.claims)+1)
	number := func(id int32, ok bool) int32 {
		if !ok {
			id = int32(len(count))
			count = append(count, 0)
		}
		count[id]++
		keys = append(keys, id)
		return id
	}
	size := map[int]int{}
	for i, cl := range c.claims {
		size[cl.Story]++
		for _, fk := range figureKeys(cl) {
			k := figureKey{cl.Story, fk}
			id, ok := figureIDs[k]
			figureIDs[k] = number(id, ok)
		}
		byStem := stemKeys[cl.Story]
		for _, v := range c.contentOf(i) {
			if int(v) >= len(byStem) {
				byStem = append(byStem, make([]int32, max(int(v)+1, len(c.stemID))-len(byStem))...)
			}
			byStem[v] = number(byStem[v]-1, byStem[v] != 0) + 1
		}
		stemKeys[cl.Story] = byStem
		from[i+1] = len(keys)
	}
	start := make([]int, len(count)+1)
	for k, n := range count {
		start[k+1] = start[k] + n
	}
	postings := make([]int, len(keys))
	next := slices.Clone(start[:len(count)])
	for i := range c.claims {
		for _, k := range keys[from[i]:from[i+1]] {
			postings[next[k]] = i
			next[k]++
		}
	}
	workers := runtime.GOMAXPROCS(0)
	found := make([][]edge, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			seen := make([]int, len(c.claims)) // last i that proposed j, plus one
			for i := w; i < len(c.claims); i += workers {
				ci := c.claims[i]
				limit := max(c.cfg.MaxPosting, min(size[ci.Story]/3, 2*c.cfg.MaxPosting))
				for _, k := range keys[from[i]:from[i+1]] {
					p := postings[start[k]:start[k+1]]
					if len(p) > limit {
						continue
					}
					for _, j := range p {
						if j <= i || seen[j] == i+1 || c.claims[j].Outlet == ci.Outlet {
							continue
						}
						seen[j] = i + 1
						if s, on, ok := c.pair(i, j); ok {
							found[w] = append(found[w], edge{i, j, s, on})
						}
					}
				}
			}
		}()
	}
	wg.Wait()
	var out []edge
	for _, f := range found {
		out = append(out, f...)
	}
	return out
}

// A claim is indexed under its sentence's content stems (contentOf) to find
// its candidates, and a figure first under figureKeys.

// figureKeys are what a figure or date is indexed under besides its
// sentence's stems: what it counts and its order of magnitude or first
// digit, so that "Mattis, 68" finds "Mr. Mattis, 68," and "4 million
// customers" finds "4 billion customers", however different the sentences
// around them. Other claims have none.
func figureKeys(cl Claim) []string {
	if cl.Kind != facts.Figure && cl.Kind != facts.When {
		return nil
	}
	unit := cl.Unit
	if unit == "" {
		unit = string(cl.Figure.Kind) + " " + cl.Figure.Unit
	}
	mag, lead := 0, 0
	if v := math.Abs(cl.Figure.Value); v > 0 && !math.IsInf(v, 0) {
		mag = int(math.Floor(math.Log10(v)))
		lead = int(v / math.Pow10(mag)) // "4" of 4 million and of 4 billion: a slip's pair
	}
	return []string{fmt.Sprintf("#%s e%d", unit, mag), fmt.Sprintf("#%s %d…", unit, lead)}
}

// contentOf is the story's numbers of claim i's content stems, in order:
// its sentence's, numbered once; a claim whose sentence is not the one
// first indexed at its place has its own numbered here.
func (c *checker) contentOf(i int) []int32 {
	s := c.sentenceOf[i]
	if first := c.claims[c.sentences[s].claim].Sentence; first == c.claims[i].Sentence {
		return c.contentIDs[s]
	}
	content := c.claims[i].Sentence.Content
	out := make([]int32, len(content))
	for k, st := range content {
		v, ok := c.stemID[st]
		if !ok {
			v = int32(len(c.stemID))
			c.stemID[st] = v
		}
		out[k] = v
	}
	return out
}
