package search

import (
	"runtime"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/sahilm/fuzzy"

	"parallax/ui/internal/story"
)

// Index is what the finder searches: every entity name and alias, each
// pointing back to its entity. It is built once per story and only read after.
type Index struct {
	names  []string
	folded []string // names in lower case, for the quick subsequence test
	mask   []uint64 // byteMask of folded[i]
	shape  []shape  // what bounds the score of names[i]
	owner  []int    // names[i] belongs to entities[owner[i]]
	alias  []bool
	byRank []int // entity indexes, most mentioned first: the list for an empty query
	ents   []*story.Entity
	// byByte lists, for each one-letter query (an ASCII byte in lower
	// case), the names it matches best first, at most oneKeyTop of them:
	// the first key of a query matches nearly every name, so it is ranked
	// once here rather than on every keystroke.
	byByte [utf8.RuneSelf][]hit
}

// NewIndex indexes the entities of a story.
func NewIndex(ents []*story.Entity) *Index {
	ix := &Index{ents: ents}
	count, size := 0, 0
	for _, e := range ents {
		count += 1 + len(e.Aliases)
		size += len(e.Name)
		for _, a := range e.Aliases {
			size += len(a)
		}
	}
	ix.names = make([]string, 0, count)
	ix.owner = make([]int, 0, count)
	ix.alias = make([]bool, 0, count)
	for i, e := range ents {
		ix.names = append(ix.names, e.Name)
		ix.owner = append(ix.owner, i)
		ix.alias = append(ix.alias, false)
		for _, a := range e.Aliases {
			ix.names = append(ix.names, a)
			ix.owner = append(ix.owner, i)
			ix.alias = append(ix.alias, true)
		}
	}
	// The names and their lower case lie end to end in two strings, so a
	// scan of every name reads memory in order.
	var orig, low strings.Builder
	orig.Grow(size)
	low.Grow(size)
	ends := make([][2]int, len(ix.names))
	for i, n := range ix.names {
		orig.WriteString(n)
		if isASCII(n) {
			for j := 0; j < len(n); j++ {
				c := n[j]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				low.WriteByte(c)
			}
		} else {
			low.WriteString(strings.ToLower(n))
		}
		ends[i] = [2]int{orig.Len(), low.Len()}
	}
	o, l := orig.String(), low.String()
	ix.folded = make([]string, len(ix.names))
	ix.mask = make([]uint64, len(ix.names))
	ix.shape = make([]shape, len(ix.names))
	var from [2]int
	for i := range ix.names {
		ix.names[i], ix.folded[i] = o[from[0]:ends[i][0]], l[from[1]:ends[i][1]]
		from = ends[i]
		ix.mask[i] = byteMask(ix.folded[i])
		ix.shape[i] = shapeOf(ix.names[i], ix.folded[i])
	}
	ix.rankBytes()
	ix.byRank = make([]int, len(ents))
	total := make([]int, len(ents))
	for i, e := range ents {
		ix.byRank[i] = i
		for _, n := range e.PerDoc {
			total[i] += n
		}
	}
	sort.SliceStable(ix.byRank, func(a, b int) bool { return total[ix.byRank[a]] > total[ix.byRank[b]] })
	return ix
}

// Len is the number of entities indexed.
func (ix *Index) Len() int { return len(ix.ents) }

// Result is one story, entity or claim a query found.
type Result struct {
	Kind     Kind
	Entity   *story.Entity   // for an entity
	Story    *story.Story    // the story it is in; for a story, the story
	Doc      *story.Doc      // for a claim: its article
	Sentence *story.Sentence // for a claim: its sentence
	Name     string          // what is shown: the title, the name or alias that matched, the sentence
	Alias    bool            // whether Name is an alias
	Matched  []int           // byte offsets in Name of the matched characters
	Score    int
}

// parallelOver is the number of names above which matching is split across CPUs.
const parallelOver = 4096

// Find returns up to limit entities matching query, best first; an alias and
// a name of the same entity count once. An empty query lists the entities
// most mentioned first.
func (ix *Index) Find(query string, limit int) []Result {
	if limit <= 0 {
		return nil
	}
	if query == "" {
		var out []Result
		for _, i := range ix.byRank {
			if len(out) == limit {
				break
			}
			out = append(out, Result{Kind: EntityResult, Entity: ix.ents[i], Name: ix.ents[i].Name})
		}
		return out
	}
	// Keep more than limit: a name and its aliases may all rank high.
	p := newPattern(query)
	top, ok := ix.oneKey(p, limit*4)
	if !ok {
		top = ix.match(p, limit*4)
	}
	seen := make(map[int]bool, len(top))
	out := make([]Result, 0, min(limit, len(top)))
	for _, h := range top {
		i := int(h.name)
		e := ix.owner[i]
		if seen[e] {
			continue
		}
		seen[e] = true
		// The hits keep only their scores; the few shown are matched again
		// for the characters to mark.
		var at []int
		if ms := fuzzy.Find(query, ix.names[i:i+1]); len(ms) == 1 {
			at = ms[0].MatchedIndexes
		}
		out = append(out, Result{Kind: EntityResult, Entity: ix.ents[e], Name: ix.names[i], Alias: ix.alias[i],
			Matched: at, Score: int(h.score)})
		if len(out) == limit {
			break
		}
	}
	return out
}

// pattern is a query and, when it is all ASCII without NUL, its lower case
// for the byte prefilter.
type pattern struct {
	query string
	low   []byte
	ascii bool
}

func newPattern(q string) pattern {
	p := pattern{query: q, ascii: isASCII(q)}
	if p.ascii {
		p.low = []byte(strings.ToLower(q))
	}
	return p
}

// hit is a name that matched and its score.
type hit struct {
	score int32
	name  int32 // index in Index.names
}

// better orders hits: higher score first, then the earlier name.
func (a hit) better(b hit) bool {
	if a.score != b.score {
		return a.score > b.score
	}
	return a.name < b.name
}

// match scores every name that could match, over several CPUs for big
// indexes, and keeps the best k in order.
func (ix *Index) match(p pattern, k int) []hit {
	n := len(ix.names)
	parts := 1
	if n > parallelOver {
		parts = runtime.GOMAXPROCS(0)
	}
	results := make([][]hit, parts)
	var wg sync.WaitGroup
	for part := 0; part < parts; part++ {
		lo, hi := part*n/parts, (part+1)*n/parts
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[part] = ix.matchRange(p, lo, hi, k)
		}()
	}
	wg.Wait()
	var all []hit
	for _, r := range results {
		all = append(all, r...)
	}
	return best(all, k)
}

// matchRange is the best k matches among names [lo, hi), scored by
// github.com/sahilm/fuzzy. An ASCII query first goes through a byte mask
// and a cheap byte scan for its letters in order, ignoring case, which
// spares the scorer most names (case folding is subtler outside ASCII, so
// other queries skip it).
func (ix *Index) matchRange(p pattern, lo, hi, k int) []hit {
	var cand []int32
	if p.ascii {
		need := byteMask(string(p.low))
		for i := lo; i < hi; i++ {
			if ix.mask[i]&need == need && subsequence(p.low, ix.folded[i]) {
				cand = append(cand, int32(i))
			}
		}
	} else {
		cand = make([]int32, hi-lo)
		for i := range cand {
			cand[i] = int32(lo + i)
		}
	}
	return ix.scoreNames(p, cand, k)
}

// scoreBatch is how many names go to the library at once while the best
// k are not all found: its list of matches is dropped after each batch, so
// a query that matches most names never holds (or regrows) a match for
// every one. Once they are, names go in smaller batches, so that each
// batch is chosen by a recent worst of the best.
const (
	scoreBatch = 512
	fullBatch  = 64
)

// scoreNames scores the names cand with the library and keeps the best k,
// in order. For an ASCII query it scores them by what they can score at
// most, the best first (names with the same bound in their order), and
// skips those that cannot enter the best k kept so far.
func (ix *Index) scoreNames(p pattern, cand []int32, k int) []hit {
	top := bestK[hit]{k: k}
	batch := make([]int32, 0, min(scoreBatch, len(cand)))
	score := func() {
		for _, m := range fuzzy.FindFromNoSort(p.query, nameList{ix.names, batch}) {
			top.add(hit{score: int32(m.Score), name: batch[m.Index]})
		}
		batch = batch[:0]
	}
	if !p.ascii || len(cand) <= k {
		for _, c := range cand {
			if batch = append(batch, c); len(batch) == scoreBatch {
				score()
			}
		}
		score()
		return top.sorted()
	}
	order, bounds, sorted := ix.byBound(p.low, cand)
	for o, c := range order {
		b := bounds[o]
		if w, full := top.worst(); full {
			if b < int(w.score) && o < sorted {
				break // every later name is bounded lower still
			}
			if b < int(w.score) || b == int(w.score) && c > w.name {
				continue
			}
		}
		batch = append(batch, c)
		if _, full := top.worst(); len(batch) == scoreBatch || full && len(batch) == fullBatch {
			score()
		}
	}
	score()
	return top.sorted()
}

// boundSpan is how far below the highest bound names are still put in
// order of their bounds; those lower still come last, in their own order.
const boundSpan = 256

// byBound orders the names cand by what they can score for the query q,
// highest first and names of one bound in their order (a counting sort), and
// gives each its bound; the first sorted of them are in that order, the
// rest (bounded more than boundSpan below the highest) after them.
func (ix *Index) byBound(q []byte, cand []int32) (order []int32, bounds []int, sorted int) {
	bs := make([]int, len(cand))
	high := -unbounded
	for i, c := range cand {
		bs[i] = ix.bound(q, int(c))
		if bs[i] < unbounded {
			high = max(high, bs[i])
		}
	}
	bucket := func(b int) int { // 0 for unbounded names, boundSpan+2 for the lowest
		if b == unbounded {
			return 0
		}
		return 1 + min(high-b, boundSpan+1)
	}
	var count [boundSpan + 3]int
	for _, b := range bs {
		count[bucket(b)]++
	}
	at := 0
	for i, n := range count {
		count[i] = at
		at += n
	}
	sorted = count[boundSpan+2]
	order, bounds = make([]int32, len(cand)), make([]int, len(cand))
	for i, c := range cand {
		j := bucket(bs[i])
		order[count[j]], bounds[count[j]] = c, bs[i]
		count[j]++
	}
	return order, bounds, sorted
}

// nameList is some of an index's names, as the library reads them.
type nameList struct {
	all  []string
	some []int32
}

func (n nameList) String(i int) string { return n.all[n.some[i]] }
func (n nameList) Len() int            { return len(n.some) }

// subsequence reports whether every byte of q appears in s in order.
func subsequence(q []byte, s string) bool {
	j := 0
	for i := 0; i < len(s) && j < len(q); i++ {
		if s[i] == q[j] {
			j++
		}
	}
	return j == len(q)
}

// byteMask has a bit for each letter and digit in s and one for each of
// 28 classes of the other bytes: a name lacking one of a query's bits
// lacks one of its bytes, which spares the scan of most names for rare
// letters.
func byteMask(s string) uint64 {
	var m uint64
	for i := 0; i < len(s); i++ {
		m |= maskOf(s[i])
	}
	return m
}

// best returns the k best hits, sorted.
func best(hs []hit, k int) []hit {
	top := bestK[hit]{k: k}
	for _, h := range hs {
		top.add(h)
	}
	return top.sorted()
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf || s[i] == 0 {
			return false
		}
	}
	return true
}
