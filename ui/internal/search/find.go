package search

import (
	"sort"
	"strings"
	"unicode"
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
	names     []folded // per entity of index: its name
	mentions  []int    // per entity of index: its mentions
	sentences []sentenceRef
}

// sentenceRef is one searchable sentence.
type sentenceRef struct {
	story *story.Story
	doc   *story.Doc
	sn    *story.Sentence
	text  folded
}

// folded is a text as shown and as matched: lower case, digits' thousands
// separators dropped ("640,000" and "640000" are one figure), with the
// offset in the original of every byte of the folded form.
type folded struct {
	orig string
	low  string
	at   []int
}

func fold(s string) folded {
	f := folded{orig: s}
	var b strings.Builder
	for i, r := range s {
		if r == ',' && i > 0 && i+1 < len(s) && isDigit(s[i-1]) && isDigit(s[i+1]) {
			continue
		}
		l := unicode.ToLower(r)
		n := b.Len()
		b.WriteRune(l)
		for k := n; k < b.Len(); k++ {
			f.at = append(f.at, i)
		}
	}
	f.low = b.String()
	return f
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// NewCorpus indexes the stories for the finder.
func NewCorpus(ss []*story.Story) *Corpus {
	c := &Corpus{stories: ss}
	var ents []*story.Entity
	for _, s := range ss {
		c.titles = append(c.titles, fold(s.Title))
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
				c.sentences = append(c.sentences, sentenceRef{story: s, doc: d, sn: sn, text: fold(d.Line(sn.Span))})
			}
		}
	}
	c.index = NewIndex(ents)
	c.entPos = make(map[*story.Entity]int, len(ents))
	for i, e := range ents {
		c.entPos[e] = i
	}
	return c
}

// Entities is the number of entities indexed.
func (c *Corpus) Entities() int { return c.index.Len() }

// Sentences is the number of sentences indexed.
func (c *Corpus) Sentences() int { return len(c.sentences) }

// match tiers: how well a query word fits a text.
const (
	noMatch   = 0
	substring = 1
	prefix    = 2
	whole     = 3
)

// matchWords scores a text against the query's words: the weakest word's
// tier (every word must be found), and the matched byte offsets in the
// original text.
func matchWords(t folded, words []string) (int, []int) {
	tier := whole
	var hits []int
	for _, w := range words {
		best, at := wordTier(t.low, w)
		if best == noMatch {
			return noMatch, nil
		}
		tier = min(tier, best)
		for k := at; k < at+len(w) && k < len(t.at); k++ {
			hits = append(hits, t.at[k])
		}
	}
	sort.Ints(hits)
	return tier, hits
}

// matchTier is matchWords' tier alone, which costs no allocation.
func matchTier(t folded, words []string) int {
	tier := whole
	for _, w := range words {
		best, _ := wordTier(t.low, w)
		if best == noMatch {
			return noMatch
		}
		tier = min(tier, best)
	}
	return tier
}

// wordTier is how well one query word fits the folded text low, and where
// its best place starts.
func wordTier(low, w string) (best, at int) {
	best, at = noMatch, -1
	for from := 0; from <= len(low)-len(w); {
		i := strings.Index(low[from:], w)
		if i < 0 {
			break
		}
		i += from
		k := substring
		if i == 0 || !wordByte(low, i-1) {
			k = prefix
			if e := i + len(w); e == len(low) || !wordByte(low, e) {
				k = whole
			}
		}
		if k > best {
			best, at = k, i
		}
		if best == whole {
			break
		}
		from = i + 1
	}
	return best, at
}

// wordByte reports whether the byte at i of s is part of a word.
func wordByte(s string, i int) bool {
	if c := s[i]; c < utf8.RuneSelf {
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i+1])
	if r == utf8.RuneError {
		r, _ = utf8.DecodeRuneInString(s[i:])
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// queryWords splits and folds a query.
func queryWords(q string) []string {
	var out []string
	for _, w := range strings.Fields(q) {
		if f := fold(w).low; f != "" {
			out = append(out, f)
		}
	}
	return out
}

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
		for _, r := range c.index.Find("", c.index.Len()) {
			if i := c.entityIndex(r.Entity); i >= 0 && c.entStory[i] == current && len(out) < maxResults {
				out = append(out, Result{Kind: EntityResult, Entity: r.Entity, Story: current, Name: r.Entity.Name})
			}
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
	top, _ := scan(len(c.titles), maxStories, func(i int) (rankedItem, bool) {
		tier := matchTier(c.titles[i], words)
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
	top, found := scan(len(c.names), maxEntities, func(i int) (rankedItem, bool) {
		tier := matchTier(c.names[i], words)
		return rankedItem{i: i, length: len(c.names[i].orig),
			score: tier*1_000_000 + boolInt(c.entStory[i] == current)*100_000 + min(c.mentions[i], 99_999)}, tier > noMatch
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
	top, _ := scan(len(c.sentences), maxClaims, func(i int) (rankedItem, bool) {
		s := &c.sentences[i]
		tier := matchTier(s.text, words)
		if tier == noMatch {
			return rankedItem{}, false
		}
		return rankedItem{i: i, score: tier*10 + boolInt(s.story == current)*5 + 2 - story.Rank(s.sn.Verdict())}, true
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
