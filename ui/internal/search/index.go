package search

import (
	"container/heap"
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
	owner  []int    // names[i] belongs to entities[owner[i]]
	alias  []bool
	byRank []int // entity indexes, most mentioned first: the list for an empty query
	ents   []*story.Entity
}

// NewIndex indexes the entities of a story.
func NewIndex(ents []*story.Entity) *Index {
	ix := &Index{ents: ents}
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
	ix.folded = make([]string, len(ix.names))
	for i, n := range ix.names {
		ix.folded[i] = strings.ToLower(n)
	}
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
	top := ix.match(query, limit*4)
	seen := make(map[int]bool, len(top))
	out := make([]Result, 0, min(limit, len(top)))
	for _, mt := range top {
		e := ix.owner[mt.Index]
		if seen[e] {
			continue
		}
		seen[e] = true
		out = append(out, Result{Kind: EntityResult, Entity: ix.ents[e], Name: mt.Str, Alias: ix.alias[mt.Index],
			Matched: mt.MatchedIndexes, Score: mt.Score})
		if len(out) == limit {
			break
		}
	}
	return out
}

// match runs the fuzzy matcher, over several CPUs for big indexes, and keeps
// the best k matches in order.
func (ix *Index) match(query string, k int) []fuzzy.Match {
	n := len(ix.names)
	parts := 1
	if n > parallelOver {
		parts = runtime.GOMAXPROCS(0)
	}
	results := make([]fuzzy.Matches, parts)
	var wg sync.WaitGroup
	for p := 0; p < parts; p++ {
		lo, hi := p*n/parts, (p+1)*n/parts
		wg.Add(1)
		go func() {
			defer wg.Done()
			cand := ix.candidates(query, lo, hi)
			ms := fuzzy.FindFromNoSort(query, cand)
			for i := range ms {
				ms[i].Index = cand.at[ms[i].Index]
			}
			results[p] = best(ms, k)
		}()
	}
	wg.Wait()
	var all fuzzy.Matches
	for _, r := range results {
		all = append(all, r...)
	}
	return best(all, k)
}

// subset is the names a query could match, as a fuzzy.Source.
type subset struct {
	names []string
	at    []int // index of each candidate in Index.names
}

// String is candidate i's name, for fuzzy.Source.
func (s subset) String(i int) string { return s.names[s.at[i]] }

// Len is the number of candidates, for fuzzy.Source.
func (s subset) Len() int { return len(s.at) }

// candidates keeps the names in [lo, hi) that hold the query's letters in
// order, ignoring case: a cheap byte scan that spares the scorer most names.
// A query with non-ASCII letters skips the test (case folding is subtler there).
func (ix *Index) candidates(query string, lo, hi int) subset {
	q := strings.ToLower(query)
	out := subset{names: ix.names}
	ascii := true
	for i := 0; i < len(q); i++ {
		if q[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	for i := lo; i < hi; i++ {
		if !ascii || subsequence(q, ix.folded[i]) {
			out.at = append(out.at, i)
		}
	}
	return out
}

// subsequence reports whether every byte of q appears in s in order.
func subsequence(q, s string) bool {
	j := 0
	for i := 0; i < len(s) && j < len(q); i++ {
		if s[i] == q[j] {
			j++
		}
	}
	return j == len(q)
}

// best returns the k highest-scoring matches, ties in index order, sorted.
func best(ms fuzzy.Matches, k int) fuzzy.Matches {
	if len(ms) > k {
		h := matchHeap(make(fuzzy.Matches, 0, k))
		for _, m := range ms {
			if len(h) < k {
				heap.Push(&h, m)
			} else if better(m, h[0]) {
				h[0] = m
				heap.Fix(&h, 0)
			}
		}
		ms = fuzzy.Matches(h)
	}
	sort.Slice(ms, func(i, j int) bool { return better(ms[i], ms[j]) })
	return ms
}

func better(a, b fuzzy.Match) bool {
	if a.Score != b.Score {
		return a.Score > b.Score
	}
	return a.Index < b.Index
}

// matchHeap is a min-heap: its root is the worst of the best kept so far.
type matchHeap fuzzy.Matches

func (h matchHeap) Len() int           { return len(h) }
func (h matchHeap) Less(i, j int) bool { return better(h[j], h[i]) }
func (h matchHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *matchHeap) Push(x any)        { *h = append(*h, x.(fuzzy.Match)) }
func (h *matchHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}
