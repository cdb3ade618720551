package search

import (
	"sort"
	"sync"
	"unicode/utf8"

	"parallax/ui/internal/story"
)

// Kind is what a result is.
type Kind int

// The kinds of result, in the order the finder lists them.
const (
	StoryResult Kind = iota
	EntityResult
	ClaimResult
)

// Caps on the results of one query, per kind.
const (
	maxStories  = 50
	maxEntities = 100
	maxClaims   = 100
	maxResults  = maxStories + maxEntities + maxClaims
)

// Corpus is everything the finder searches, over every story: the story
// titles, the entities and every checkable sentence with its figures. It is
// built once per loaded analysis and only read after, so queries run on
// their own goroutine.
type Corpus struct {
	stories   []*story.Story
	titles    []folded
	index     *Index         // every entity of every story, for fuzzy matches
	entStory  []*story.Story // the story of each entity of index
	entPos    map[*story.Entity]int
	entRanges map[*story.Story][][2]int // the entities of index from each story: [from, to)
	names     []folded                  // per entity of index: its name
	mentions  []int                     // per entity of index: its mentions
	sentences []sentenceRef
	// The words of the titles, of names and of sentences, so that a query
	// reads only the texts that can hold it.
	titleWords, nameWords, sentenceWords *wordIndex
}

// sentenceRef is one searchable sentence.
type sentenceRef struct {
	story *story.Story
	doc   *story.Doc
	sn    *story.Sentence
	text  folded
	rank  int // story.Rank of its verdict, kept since a query ranks every sentence it finds
}

// NewCorpus indexes the stories for the finder.
func NewCorpus(ss []*story.Story) *Corpus {
	c := &Corpus{stories: ss}
	var ents []*story.Entity
	c.entRanges = make(map[*story.Story][][2]int, len(ss))
	for _, s := range ss {
		c.titles = append(c.titles, fold(s.Title))
		c.entRanges[s] = append(c.entRanges[s], [2]int{len(ents), len(ents) + len(s.Entities)})
		for _, e := range s.Entities {
			ents = append(ents, e)
			c.entStory = append(c.entStory, s)
			c.names = append(c.names, fold(e.Name))
			n := 0
			for _, k := range e.PerDoc {
				n += k
			}
			c.mentions = append(c.mentions, n)
		}
		for _, d := range s.Docs {
			for _, sn := range d.Sentences {
				c.sentences = append(c.sentences, sentenceRef{story: s, doc: d, sn: sn, text: fold(d.Line(sn.Span)),
					rank: story.Rank(sn.Verdict())})
			}
		}
	}
	var wg sync.WaitGroup
	for _, w := range []struct {
		to    **wordIndex
		texts []folded
	}{{&c.titleWords, c.titles}, {&c.nameWords, c.names}, {&c.sentenceWords, sentenceTexts(c.sentences)}} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			*w.to = newWordIndex(lows(w.texts))
		}()
	}
	c.index = NewIndex(ents)
	wg.Wait()
	c.entPos = make(map[*story.Entity]int, len(ents))
	for i, e := range ents {
		c.entPos[e] = i
	}
	return c
}

// lows is the lower case of each text.
func lows(ts []folded) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.low
	}
	return out
}

// sentenceTexts is the text of each sentence.
func sentenceTexts(ss []sentenceRef) []folded {
	out := make([]folded, len(ss))
	for i, s := range ss {
		out[i] = s.text
	}
	return out
}

// Entities is the number of entities indexed.
func (c *Corpus) Entities() int { return c.index.Len() }

// Sentences is the number of sentences indexed.
func (c *Corpus) Sentences() int { return len(c.sentences) }

// Find returns what matches the query, stories first, then entities, then
// claims, each kind best first: whole words before word prefixes before
// parts of words (and, for entity names only, before fuzzy matches), the
// current story's before the others', the most mentioned first. An empty
// query lists the stories and the current story's entities.
func (c *Corpus) Find(query string, current *story.Story) []Result {
	if c == nil {
		return nil
	}
	words := queryWords(query)
	var out []Result
	if len(words) == 0 {
		if len(c.stories) > 1 {
			for _, s := range c.stories {
				out = append(out, Result{Kind: StoryResult, Story: s, Name: s.Title})
			}
		}
		// The current story's entities, most mentioned first (in the
		// index's order for an empty query, among them alone).
		var own []int
		for _, r := range c.entRanges[current] {
			for i := r[0]; i < r[1]; i++ {
				own = append(own, i)
			}
		}
		sort.SliceStable(own, func(a, b int) bool { return c.mentions[own[a]] > c.mentions[own[b]] })
		for _, i := range own {
			if len(out) == maxResults {
				break
			}
			e := c.index.ents[i]
			out = append(out, Result{Kind: EntityResult, Entity: e, Story: current, Name: e.Name})
		}
		return out
	}
	out = append(out, c.findStories(words)...)
	out = append(out, c.findEntities(query, words, current)...)
	return append(out, c.findClaims(words, current)...)
}

func (c *Corpus) findStories(words []string) []Result {
	if len(c.stories) < 2 {
		return nil
	}
	q := c.titleWords.query(words)
	top, _ := scan(len(c.titles), maxStories, func(i int) (rankedItem, bool) {
		tier := q.tier(i, &c.titles[i])
		return rankedItem{i: i, score: tier}, tier > noMatch
	})
	var out []Result
	for _, r := range top {
		t := c.titles[r.i]
		_, hits := matchWords(t, words)
		out = append(out, Result{Kind: StoryResult, Story: c.stories[r.i], Name: t.orig, Matched: hits, Score: r.score})
	}
	return out
}

// findEntities ranks the entities whose names hold the query's words, then
// (only while they are fewer than the finder shows, since any of them
// ranks above every fuzzy match) the fuzzy matcher's.
func (c *Corpus) findEntities(query string, words []string, current *story.Story) []Result {
	q := c.nameWords.query(words)
	top, found := scan(len(c.names), maxEntities, func(i int) (rankedItem, bool) {
		tier := q.tier(i, &c.names[i])
		if tier == noMatch {
			return rankedItem{}, false
		}
		return rankedItem{i: i, length: len(c.names[i].orig),
			score: tier*1_000_000 + boolInt(c.entStory[i] == current)*100_000 + min(c.mentions[i], 99_999)}, true
	})
	var out []Result
	seen := map[*story.Entity]bool{}
	for _, r := range top {
		n, e := c.names[r.i], c.index.ents[r.i]
		_, hits := matchWords(n, words)
		seen[e] = true
		out = append(out, Result{Kind: EntityResult, Entity: e, Story: c.entStory[r.i], Name: n.orig, Matched: hits, Score: r.score})
	}
	if found >= maxEntities {
		return out
	}
	// Aliases and typos ("hbauth", "mayor"): the fuzzy matcher, after the rest.
	var fuzzy []Result
	for _, r := range c.index.Find(query, maxEntities) {
		if seen[r.Entity] {
			continue
		}
		seen[r.Entity] = true
		i := c.entityIndex(r.Entity)
		r.Kind, r.Story = EntityResult, c.entStory[i]
		r.Score = boolInt(r.Story == current)*100_000 + min(c.mentions[i], 99_999)
		fuzzy = append(fuzzy, r)
	}
	sort.SliceStable(fuzzy, func(i, j int) bool {
		if fuzzy[i].Score != fuzzy[j].Score {
			return fuzzy[i].Score > fuzzy[j].Score
		}
		return len(fuzzy[i].Name) < len(fuzzy[j].Name)
	})
	out = append(out, fuzzy...)
	return out[:min(len(out), maxEntities)]
}

func (c *Corpus) findClaims(words []string, current *story.Story) []Result {
	q := c.sentenceWords.query(words)
	top, _ := scan(len(c.sentences), maxClaims, func(i int) (rankedItem, bool) {
		s := &c.sentences[i]
		tier := q.tier(i, &s.text)
		if tier == noMatch {
			return rankedItem{}, false
		}
		return rankedItem{i: i, score: tier*10 + boolInt(s.story == current)*5 + 2 - s.rank}, true
	})
	var out []Result
	for _, r := range top {
		s := c.sentences[r.i]
		_, hits := matchWords(s.text, words)
		name, matched := snippet(s.text.orig, hits, 120)
		out = append(out, Result{Kind: ClaimResult, Story: s.story, Doc: s.doc, Sentence: s.sn, Name: name, Matched: matched,
			Score: r.score})
	}
	return out
}

// entityIndex is where an entity sits in the index, or -1.
func (c *Corpus) entityIndex(e *story.Entity) int {
	if i, ok := c.entPos[e]; ok {
		return i
	}
	return -1
}

// snippet cuts a long sentence to about n bytes around its first match,
// with "…" where it was cut, and moves the matched offsets with it.
func snippet(text string, hits []int, n int) (string, []int) {
	if len(text) <= n || len(hits) == 0 || hits[0] < n/3 {
		return text, hits
	}
	from := hits[0] - n/3
	for from > 0 && !utf8.RuneStart(text[from]) {
		from--
	}
	out := "…" + text[from:]
	shift := len("…") - from
	moved := make([]int, 0, len(hits))
	for _, h := range hits {
		if h >= from {
			moved = append(moved, h+shift)
		}
	}
	return out, moved
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
