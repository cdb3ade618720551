// Package story sorts a pile of articles into stories, one story per news
// event, and finds the articles that are wire copies of one another.
//
// Both are pure functions of their input: no package-level mutable state, no
// network, no panics on any input. Both run in near-linear time, so they can
// be handed a day of feeds or a corpus of tens of thousands of articles.
//
// Grouping weighs what an event is made of: the names in the report (people,
// organisations, places), the content words of the headline and the lead
// (the first few sentences count more than the rest), and the publication
// dates (reports published more than a few days apart are less likely to be
// about the same event, and beyond two weeks are never grouped). Candidate
// pairs come from an inverted index over each article's most telling terms
// within a date window, not from comparing all pairs; stories are then formed
// by average-linkage clustering over those pairs, which, unlike single
// linkage, does not chain a week of loosely related coverage into one blob.
//
// Copy detection compares word 5-shingles of the article bodies: MinHash
// signatures with banded locality-sensitive hashing propose pairs, and the
// exact Jaccard resemblance of the shingle sets decides. Grouping treats
// copies as must-links, so a copy always shares its original's story;
// GroupCopies returns both results for the price of one copy search.
//
// The knobs were set on the BASIL dev set and checked on the shared corpus;
// the repository's BENCHMARKS.md has the numbers.
package story

import (
	"slices"
	"strconv"
	"time"
)

// Article is what grouping and copy detection need of a document. Outlet is
// carried for callers; neither Group nor Copies weighs it today.
type Article struct {
	ID, Outlet, Title, Text string
	Published               time.Time // zero when unknown
}

// Story is a set of articles about one event.
type Story struct {
	ID, Title string
	Articles  []string // article IDs, in input order
}

// Group sorts articles into stories: every article lands in exactly one
// story, and an article that matches nothing is a story of its own.
//
// Stories come in the order of their first article in the input, and each
// story lists its articles in input order. A story's ID is "story-" plus the
// ID of its earliest-published article (ties and unknown dates go by input
// order), made unique with a numeric suffix if needed; its Title is the
// headline of its most central article, the one most like the others.
//
// An article that Copies reports as a copy is always in the same story as
// its original, however far apart they were published.
func Group(articles []Article) []Story {
	if len(articles) == 0 {
		return nil
	}
	return group(articles, defaults())
}

// GroupCopies returns what Group and Copies return, finding the copies once
// for both: the way to call them when both are wanted.
func GroupCopies(articles []Article) ([]Story, []Copy) {
	if len(articles) == 0 {
		return nil, nil
	}
	sets, links := copyLinks(articles)
	return groupLinked(articles, defaults(), links), copiesFrom(articles, sets, links)
}

// group is Group with a given configuration.
func group(articles []Article, cfg config) []Story {
	_, links := copyLinks(articles)
	return groupLinked(articles, cfg, links)
}

// groupLinked is group with the copy links already found.
func groupLinked(articles []Article, cfg config, links map[int][]int) []Story {
	docs := buildDocs(articles, cfg)
	edges := candidateEdges(docs, cfg)
	// A copy shares its original's story even when the dates or the
	// clustering would part them: copy_of must not point across stories.
	var must [][2]int
	for _, i := range sortedKeys(links) {
		for _, j := range links[i] {
			if i < j {
				must = append(must, [2]int{i, j})
			}
		}
	}
	label := cluster(len(docs), edges, must, cfg.mergeThreshold, cfg.relCohesion)
	return assemble(articles, edges, label)
}

// assemble turns cluster labels into stories.
func assemble(articles []Article, edges []edge, label []int) []Story {
	// members lists each cluster's article indexes in input order, and
	// order lists the clusters by their first article.
	members := map[int][]int{}
	var order []int
	for i, l := range label {
		if _, ok := members[l]; !ok {
			order = append(order, l)
		}
		members[l] = append(members[l], i)
	}
	// centrality is each article's summed similarity to the rest of its story.
	centrality := make([]float64, len(articles))
	for _, e := range edges {
		if label[e.a] == label[e.b] {
			centrality[e.a] += e.sim
			centrality[e.b] += e.sim
		}
	}
	stories := make([]Story, 0, len(order))
	used := map[string]bool{}
	for _, l := range order {
		idx := members[l]
		st := Story{Articles: make([]string, len(idx))}
		for k, i := range idx {
			st.Articles[k] = articles[i].ID
		}
		st.ID = uniqueID("story-"+articles[earliest(articles, idx)].ID, used)
		st.Title = articles[central(articles, idx, centrality)].Title
		stories = append(stories, st)
	}
	return stories
}

// earliest returns the member published first; unknown dates come after
// known ones, and ties go to the first in input order.
func earliest(articles []Article, idx []int) int {
	best := idx[0]
	for _, i := range idx[1:] {
		if publishedBefore(articles[i].Published, articles[best].Published) {
			best = i
		}
	}
	return best
}

// publishedBefore reports whether a is strictly earlier than b, with the zero
// time (unknown) later than every known time.
func publishedBefore(a, b time.Time) bool {
	switch {
	case a.IsZero():
		return false
	case b.IsZero():
		return true
	}
	return a.Before(b)
}

// central returns the member with a headline whose article is most similar to
// the rest of the story; ties go to the earliest published, then input order.
func central(articles []Article, idx []int, centrality []float64) int {
	best := -1
	for _, i := range idx {
		if articles[i].Title == "" {
			continue
		}
		if best < 0 || centrality[i] > centrality[best]+1e-12 ||
			centrality[i] > centrality[best]-1e-12 && publishedBefore(articles[i].Published, articles[best].Published) {
			best = i
		}
	}
	if best < 0 {
		return idx[0]
	}
	return best
}

// sortedKeys returns the keys of m in ascending order.
func sortedKeys(m map[int][]int) []int {
	keys := make([]int, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// uniqueID returns id, or id with the smallest suffix "-2", "-3"… not yet
// used, and records it as used.
func uniqueID(id string, used map[string]bool) string {
	out := id
	for n := 2; used[out]; n++ {
		out = id + "-" + strconv.Itoa(n)
	}
	used[out] = true
	return out
}
