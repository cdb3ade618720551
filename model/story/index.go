package story

import (
	"math"
	"slices"
	"sort"
)

// Blocking: which pairs of articles are compared at all.
const (
	// indexTerms is how many of its heaviest terms an article is indexed
	// under; two reports of one event share some of them.
	indexTerms = 30
	// windowDays is the widest gap between publication dates of two reports
	// that can be grouped.
	windowDays = 14.0
	// maxPostings is how many articles a term may be shared with, within
	// the date window, and still propose pairs: a term that common tells no
	// event from another, and skipping it keeps the work near-linear.
	maxPostings = 400
	// maxCandidates is how many best-scored candidates of an article are
	// compared in full.
	maxCandidates = 40
	// minEdge is the lowest similarity worth keeping as an edge.
	minEdge = 0.05
)

// edge is the similarity of two articles, a < b.
type edge struct {
	a, b int
	sim  float64
}

// posting is one article indexed under one term.
type posting struct {
	day float64
	doc int32
	w   float32
}

// candidateEdges finds the article pairs that may share an event, compares
// each in full and returns those at least minEdge alike, sorted by (a, b).
func candidateEdges(docs []doc, cfg config) []edge {
	dated := map[uint32][]posting{}
	undated := map[uint32][]posting{}
	for i, d := range docs {
		for _, t := range d.top {
			p := posting{d.day, int32(i), t.w}
			if d.dated {
				dated[t.id] = append(dated[t.id], p)
			} else {
				undated[t.id] = append(undated[t.id], p)
			}
		}
	}
	for id, ps := range dated {
		slices.SortStableFunc(ps, func(a, b posting) int {
			switch {
			case a.day < b.day:
				return -1
			case a.day > b.day:
				return 1
			}
			return int(a.doc - b.doc)
		})
		dated[id] = ps
	}
	// Each goroutine scores its articles' candidates with its own scratch;
	// the pairs are sorted and made distinct after, so who found one does
	// not matter.
	type scratch struct {
		score   []float32
		touched []int32
		pairs   []uint64
	}
	work := make([]scratch, workers(len(docs)))
	parallel(len(docs), func(w, i int) {
		d := docs[i]
		sc := &work[w]
		if sc.score == nil {
			sc.score = make([]float32, len(docs))
		}
		score, touched := sc.score, sc.touched[:0]
		for _, t := range d.top {
			near := dated[t.id]
			if d.dated {
				lo := sort.Search(len(near), func(k int) bool { return near[k].day >= d.day-windowDays })
				hi := sort.Search(len(near), func(k int) bool { return near[k].day > d.day+windowDays })
				near = near[lo:hi]
			}
			far := undated[t.id]
			if len(near)+len(far) > maxPostings {
				continue
			}
			for _, list := range [2][]posting{near, far} {
				for _, p := range list {
					if int(p.doc) == i {
						continue
					}
					if score[p.doc] == 0 {
						touched = append(touched, p.doc)
					}
					score[p.doc] += t.w * p.w
				}
			}
		}
		if len(touched) > maxCandidates {
			slices.SortFunc(touched, func(a, b int32) int {
				if score[a] != score[b] {
					if score[a] > score[b] {
						return -1
					}
					return 1
				}
				return int(a - b)
			})
		}
		for k, j := range touched {
			if k < maxCandidates {
				a, b := uint64(i), uint64(j)
				if a > b {
					a, b = b, a
				}
				sc.pairs = append(sc.pairs, a<<32|b)
			}
			score[j] = 0
		}
		sc.touched = touched
	})
	var pairs []uint64
	for _, sc := range work {
		pairs = append(pairs, sc.pairs...)
	}
	slices.Sort(pairs)
	pairs = slices.Compact(pairs)
	sims := make([]float64, len(pairs))
	terms := 0
	for _, d := range docs {
		if len(d.vec) > 0 {
			terms = max(terms, int(d.vec[len(d.vec)-1].id)+1)
		}
	}
	// The pairs of one article lie together (they are sorted), so each
	// goroutine spreads that article's vector out once and reads only the
	// partners' terms against it.
	spread := make([]spreadVector, workers(len(pairs)))
	const chunk = 1024
	parallel((len(pairs)+chunk-1)/chunk, func(w, c int) {
		sp := &spread[w]
		for k := c * chunk; k < min(len(pairs), (c+1)*chunk); k++ {
			a, b := int(pairs[k]>>32), int(pairs[k]&math.MaxUint32)
			sp.hold(a, docs[a].vec, terms)
			sims[k] = sp.dot(docs[b].vec) * dateFactor(docs[a], docs[b], cfg)
		}
	})
	edges := make([]edge, 0, len(pairs))
	for k, p := range pairs {
		if sims[k] >= minEdge {
			edges = append(edges, edge{int(p >> 32), int(p & math.MaxUint32), sims[k]})
		}
	}
	return edges
}

// spreadVector is one article's vector laid out by term number, for the
// dot products of its pairs.
type spreadVector struct {
	w   []float32 // by term number
	of  []int32   // by term number: 1 + the article whose weight w holds, 0 for none
	doc int32     // 1 + the article held, 0 for none
}

// hold lays out the vector of article i, unless it is already held; terms
// is one more than the largest term number.
func (s *spreadVector) hold(i int, vec []term, terms int) {
	if s.doc == int32(i)+1 {
		return
	}
	if s.w == nil {
		s.w, s.of = make([]float32, terms), make([]int32, terms)
	}
	s.doc = int32(i) + 1
	for _, t := range vec {
		s.w[t.id], s.of[t.id] = t.w, s.doc
	}
}

// dot returns the dot product of the held vector and vec, sorted by term
// id: the same sum, in the same order, as cosine gives.
func (s *spreadVector) dot(vec []term) float64 {
	var dot float64
	for _, t := range vec {
		if s.of[t.id] == s.doc {
			dot += float64(s.w[t.id]) * float64(t.w)
		}
	}
	return dot
}

// cosine returns the dot product of two unit vectors sorted by term id.
func cosine(x, y []term) float64 {
	var dot float64
	for i, j := 0, 0; i < len(x) && j < len(y); {
		switch {
		case x[i].id < y[j].id:
			i++
		case x[i].id > y[j].id:
			j++
		default:
			dot += float64(x[i].w) * float64(y[j].w)
			i++
			j++
		}
	}
	return dot
}

// dateFactor scales the similarity of two reports by how far apart they were
// published: not at all within a day, gently over the few days an event stays
// in the news (0.88 at three days with sigma 4), steeply after (0.32 at a
// week), and to
// nothing past windowDays. An unknown date costs a little (cfg.undated):
// without dates nothing rules out two reports of a topic months apart.
func dateFactor(x, y doc, cfg config) float64 {
	sigma := cfg.dateSigma
	if !x.dated || !y.dated {
		return cfg.undated
	}
	gap := math.Abs(x.day - y.day)
	if gap > windowDays {
		return 0
	}
	over := math.Max(0, gap-1)
	return math.Exp(-over * over / (2 * sigma * sigma))
}
