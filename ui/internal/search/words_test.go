package search

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"unicode"

	"parallax/data"
	"parallax/model"
	"parallax/ui/internal/fixture"
	"parallax/ui/internal/story"
)

// variedStories are the fixture's stories, the demo's (real articles, with
// figures, quotes and dates) and one of names with every kind of character
// around and inside words.
func variedStories() []*story.Story {
	ss := story.Split(fixture.Stories())
	model.StreamGrouped(data.Demo(), model.DefaultConfig(), nil, func(a *model.Analysis) {
		ss = append(ss, story.Split(a)...)
	})
	var ents []*story.Entity
	for i, n := range append(trickyNames, "O'Brien", "AT&T", "U.S.", "3.5%", "$210", "640,000 cars", "Nuño", "ΣΊΣΥΦΟΣ",
		"naïve café", "a-b", "--", "x2", "2x", "Łódź", "東京") {
		ents = append(ents, &story.Entity{ID: fmt.Sprint("v", i), Name: n, PerDoc: []int{i % 4}})
	}
	return append(ss, &story.Story{ID: "names", Title: "Names: Ångström, O'Brien & AT&T (U.S.)", Entities: ents})
}

// TestIndexedFindMatchesScan is Find through the word indexes against Find
// reading every text, over the varied stories: every prefix of words of
// their texts, parts of words, several words, figures, punctuation alone
// and letters outside ASCII, each from two current stories.
func TestIndexedFindMatchesScan(t *testing.T) {
	ss := variedStories()
	c := NewCorpus(ss)
	plain := *c
	plain.titleWords, plain.nameWords, plain.sentenceWords = nil, nil, nil

	queries := []string{"t", "tr", "the", "s", "ro", "roof", "elm st", "elm street", "$", "$2", "$3.5", "3.5", "30,000",
		"30000", ",", "-", "'", "o'b", "at&t", "u.s", "u.s.", "ång", "café", "nuño", "σίσ", "東", "a b", "a-b", "--", "x2",
		"ll", "  lib   roof ", "LIBRARY", "e e", "zz", "q", "million city", "n't", "mayor", "2024"}
	r := rand.New(rand.NewPCG(3, 4))
	var texts []string
	for _, t := range c.titles {
		texts = append(texts, t.orig)
	}
	for _, n := range c.names {
		texts = append(texts, n.orig)
	}
	for _, s := range c.sentences {
		texts = append(texts, s.text.orig)
	}
	for range 300 {
		fields := strings.Fields(texts[r.IntN(len(texts))])
		if len(fields) == 0 {
			continue
		}
		w := fields[r.IntN(len(fields))]
		from := r.IntN(len(w))
		q := w[from : from+1+r.IntN(len(w)-from)]
		if r.IntN(3) == 0 {
			q += " " + fields[r.IntN(len(fields))]
		}
		queries = append(queries, q)
		for i := 1; i < len(w); i++ {
			queries = append(queries, w[:i])
		}
	}
	for _, q := range queries {
		for _, cur := range []*story.Story{ss[0], ss[len(ss)-1]} {
			got, want := c.Find(q, cur), plain.Find(q, cur)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("Find(%q) from %s:\nindexed %s\nscan    %s", q, cur.ID, kinds(got), kinds(want))
			}
		}
	}
}

// TestEmptyQuery is the empty query against listing every entity of the
// index, most mentioned first, and keeping the current story's, as Find
// did: the stories, then those entities, as many as the finder shows.
func TestEmptyQuery(t *testing.T) {
	ss := variedStories()
	ss = append(ss, ss[len(ss)-1]) // a story twice: its entities are listed from both
	for _, few := range []bool{false, true} {
		c := NewCorpus(ss)
		if few {
			c = NewCorpus(ss[len(ss)-1:])
		}
		for _, cur := range c.stories {
			var want []Result
			if len(c.stories) > 1 {
				for _, s := range c.stories {
					want = append(want, Result{Kind: StoryResult, Story: s, Name: s.Title})
				}
			}
			for _, r := range c.index.Find("", c.index.Len()) {
				if i := c.entityIndex(r.Entity); i >= 0 && c.entStory[i] == cur && len(want) < maxResults {
					want = append(want, Result{Kind: EntityResult, Entity: r.Entity, Story: cur, Name: r.Entity.Name})
				}
			}
			if got := c.Find(" ", cur); !reflect.DeepEqual(got, want) {
				t.Errorf("empty query from %s:\n got %s\nwant %s", cur.ID, kinds(got), kinds(want))
			}
		}
	}
}

// TestFold is fold against folding every text rune by rune, keeping where
// each byte came from, as fold does for texts that need it.
func TestFold(t *testing.T) {
	for _, s := range append(trickyNames, "", "Hello, World", "640,000 cars", "1,2", ",5", "5,", "a,b 1, 2",
		"Repairs will cost $2 million.", "ÉCOLE 1,000", "\x00,1,2") {
		want := folded{orig: s}
		var b strings.Builder
		for i, r := range s {
			if r == ',' && i > 0 && i+1 < len(s) && isDigit(s[i-1]) && isDigit(s[i+1]) {
				continue
			}
			n := b.Len()
			b.WriteRune(unicode.ToLower(r))
			for k := n; k < b.Len(); k++ {
				want.at = append(want.at, i)
			}
		}
		want.low = b.String()
		got := fold(s)
		if got.orig != s || got.low != want.low {
			t.Errorf("fold(%q) = %q, want %q", s, got.low, want.low)
			continue
		}
		for k := range want.low {
			if got.origAt(k) != want.at[k] {
				t.Errorf("fold(%q): byte %d from %d, want %d", s, k, got.origAt(k), want.at[k])
			}
		}
	}
}
