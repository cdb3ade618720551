package model

import (
	"math"
	"runtime"
	"slices"
	"sort"
	"strings"

	"parallax/model/quantity"
)

// Alignment finds claims in different outlets that state the same fact. It
// never looks at position: candidates come from an inverted index of content
// stems, so cost grows with the number of claims that share rare words, not
// with the number of pairs.

// maxPosting caps how many claims a stem may occur in and still propose pairs:
// a word in hundreds of claims says nothing about which of them match.
const maxPosting = 64

// Thresholds on the pair score (0..1) above which two claims state the same fact.
const (
	alignMeasure   = 0.28 // figures of the same kind and unit
	alignWhen      = 0.42 // dates, whose agreement or clash needs a near-identical sentence
	alignQuote     = 0.70 // share of the shorter quotation's words found in the other
	alignStatement = 0.34 // unquoted statements
)

// edge is a scored candidate pair of claims.
type edge struct {
	a, b  int
	score float64
}

// idfWeights gives each stem its inverse document frequency over the claims.
func idfWeights(ws []claimWork) map[string]float64 {
	df := make(map[string]int)
	for _, w := range ws {
		for _, s := range w.stems {
			df[s]++
		}
	}
	n := float64(len(ws)) + 1
	idf := make(map[string]float64, len(df))
	for s, d := range df {
		idf[s] = math.Log(n / float64(d))
	}
	return idf
}

// candidateEdges scores every pair of claims of one story from different
// outlets that share at least one stem of limited frequency, and keeps those
// that align. A wire copy is compared with its original too: a reprint that
// changed a figure is worth a red mark, though it never counts as a second
// source when they agree.
func candidateEdges(ws []claimWork, idf map[string]float64) []edge {
	postings := make(map[string][]int)
	for i, w := range ws {
		for _, s := range w.stems {
			postings[s] = append(postings[s], i)
		}
	}
	weight := make([]float64, len(ws)) // sum of idf over each claim's stems
	for i, w := range ws {
		for _, s := range w.stems {
			weight[i] += idf[s]
		}
	}
	// Each worker scores the claims i ≡ w (mod workers) against the later
	// claims that share a stem, with its own scratch space.
	workers := runtime.GOMAXPROCS(0)
	found := make([][]edge, workers)
	parallelWorkers(workers, func(_, w int) {
		shared := make([]float64, len(ws))
		var touched []int
		for i := w; i < len(ws); i += workers {
			for _, s := range ws[i].stems {
				p := postings[s]
				if len(p) > maxPosting {
					continue
				}
				for _, j := range p {
					if j <= i || ws[j].outlet == ws[i].outlet || ws[j].story != ws[i].story {
						continue
					}
					if shared[j] == 0 {
						touched = append(touched, j)
					}
					shared[j] += idf[s]
				}
			}
			for _, j := range touched {
				textSim := 0.0
				if union := weight[i] + weight[j] - shared[j]; union > 0 {
					textSim = shared[j] / union
				}
				if score, ok := pairScore(&ws[i], &ws[j], textSim); ok {
					found[w] = append(found[w], edge{i, j, score})
				}
				shared[j] = 0
			}
			touched = touched[:0]
		}
	})
	var edges []edge
	for _, f := range found {
		edges = append(edges, f...)
	}
	return edges
}

// pairScore decides whether two claims state the same fact and how surely.
func pairScore(a, b *claimWork, textSim float64) (float64, bool) {
	if a.kind != b.kind {
		return 0, false
	}
	entSim := jaccard(a.families, b.families)
	switch a.kind {
	case factMeasure:
		if !comparable(a.measure, b.measure) || disjointYears(a.years, b.years) {
			return 0, false
		}
		winSim := overlap(a.window, b.window)
		var s float64
		if a.soleUnit && b.soleUnit && a.unit == b.unit && overlap(a.families, b.families) > 0 {
			// The same thing counted about the same subject: in one story, one fact.
			s = 0.3 + 0.3*textSim + 0.4*winSim
		} else {
			s = 0.3*textSim + 0.35*winSim + 0.15*overlap(a.families, b.families) + 0.2*unitWeight(a.measure)
		}
		if quantity.Compatible(a.measure, b.measure) {
			s += 0.03 // between two equally likely figures of a sentence, prefer the one that agrees
		}
		return s, s >= alignMeasure && (winSim > 0 || textSim >= 0.3)
	case factWhen:
		if !quantity.Comparable(a.measure, b.measure) {
			return 0, false
		}
		s := 0.6*textSim + 0.2*jaccard(a.window, b.window) + 0.2*entSim
		return s, s >= alignWhen
	case factQuote:
		shorter := min(len(a.quote), len(b.quote))
		if shorter == 0 || float64(commonWords(a.quote, b.quote)) < alignQuote*float64(shorter) {
			return 0, false // cannot reach the threshold: spare the word-by-word diff
		}
		shared, _ := quoteDiff(a.quote, b.quote, a.elided, b.elided)
		s := float64(shared) / float64(shorter)
		// A quotation as short as "effectively no help" only matches word for
		// word, in sentences that otherwise agree.
		short := shared == minQuoteWords && len(a.quote) == shared && len(b.quote) == shared && (textSim >= 0.2 || entSim >= 0.5)
		return s, s >= alignQuote && (shared > minQuoteWords || short)
	default:
		s := 0.7*textSim + 0.3*entSim
		return s, s >= alignStatement
	}
}

// groupClaims clusters aligned claims, strongest pairs first. Pairs are only
// ever proposed between outlets, and a group never holds two figures of one
// sentence (they are different facts). An outlet may repeat a fact in its lead
// and its body; verdicts count outlets, so it still cannot corroborate itself.
func groupClaims(ws []claimWork, edges []edge) [][]int {
	sort.Slice(edges, func(i, j int) bool {
		if edges[i].score != edges[j].score {
			return edges[i].score > edges[j].score
		}
		if edges[i].a != edges[j].a {
			return edges[i].a < edges[j].a
		}
		return edges[i].b < edges[j].b
	})
	parent := make([]int, len(ws))
	members := make([][]int, len(ws))
	for i := range ws {
		parent[i] = i
		members[i] = []int{i}
	}
	find := func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	for _, e := range edges {
		ra, rb := find(e.a), find(e.b)
		if ra == rb || sharesSentence(ws, members[ra], members[rb]) {
			continue
		}
		if len(members[ra]) < len(members[rb]) {
			ra, rb = rb, ra
		}
		parent[rb] = ra
		members[ra] = append(members[ra], members[rb]...)
		members[rb] = nil
	}
	var groups [][]int
	for i := range ws {
		if find(i) == i {
			g := members[i]
			sort.Ints(g)
			groups = append(groups, g)
		}
	}
	sort.Slice(groups, func(i, j int) bool { return groups[i][0] < groups[j][0] })
	return groups
}

// sharesSentence reports whether two groups hold claims of the same sentence.
func sharesSentence(ws []claimWork, a, b []int) bool {
	for _, i := range a {
		for _, j := range b {
			if ws[i].claim.Doc == ws[j].claim.Doc && ws[i].claim.Start == ws[j].claim.Start {
				return true
			}
		}
	}
	return false
}

// jaccard is |a∩b| / |a∪b| of two small sets given as slices.
func jaccard(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	inter := commonWords(a, b)
	return float64(inter) / float64(len(a)+len(b)-inter)
}

// comparable is quantity.Comparable, with counted nouns that name the same
// thing in other words ("7,000 troops", "some 7,000 soldiers"; "eight others",
// "eight other people") counting the same thing.
func comparable(a, b quantity.Quantity) bool {
	if quantity.Comparable(a, b) {
		return true
	}
	if a.Kind != quantity.Count || b.Kind != quantity.Count || a.Change != b.Change {
		return false
	}
	ca, cb := unitClasses[strings.ToLower(a.Unit)], unitClasses[strings.ToLower(b.Unit)]
	return ca != "" && ca == cb
}

// unitClasses groups counted nouns that news uses for one thing.
var unitClasses = map[string]string{
	"people": "people", "persons": "people", "person": "people", "others": "people", "other": "people",
	"individuals": "people", "other people": "people",
	"troops": "troops", "soldiers": "troops", "service members": "troops", "servicemembers": "troops",
	"firearms": "guns", "weapons": "guns", "guns": "guns",
	"children": "children", "kids": "children",
	"vehicles": "vehicles", "cars": "vehicles",
}

// commonWords counts the items of a also in b: the size of the intersection of
// two small sets, and for quotations an upper bound on the words they share in order.
func commonWords(a, b []string) int {
	n := 0
	for _, w := range a {
		if slices.Contains(b, w) {
			n++
		}
	}
	return n
}

// unitWeight is how much sharing a unit says about two figures: a currency or
// a percent sign says a little; a bare number says nothing.
func unitWeight(q quantity.Quantity) float64 {
	switch q.Kind {
	case quantity.Money, quantity.Percent:
		return 0.5
	case quantity.Count:
		if q.Unit != "" {
			return 0.5
		}
	}
	return 0
}

// overlap is |a∩b| / min(|a|, |b|): whether the shorter list is found in the longer.
func overlap(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	return float64(commonWords(a, b)) / float64(min(len(a), len(b)))
}

// disjointYears reports whether both sentences name years and none in common:
// then they speak of different time frames.
func disjointYears(a, b []int) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return false
			}
		}
	}
	return true
}
