package story

import (
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Copy says article ID is a near-duplicate (a wire copy) of article Of.
//
// Similarity is the Jaccard resemblance of the two bodies' word 5-shingle
// sets, from 0 to 1. A copy is either at least copyJaccard alike, or a
// trimmed copy: nearly all of the shorter body is found in the longer one,
// which is at most twice as long (such pairs can resemble each other as
// little as about 0.43).
type Copy struct {
	ID, Of     string
	Similarity float64
}

// Copy detection settings.
const (
	// shingleWords is how many words make one shingle.
	shingleWords = 5
	// minShingles is the shortest body, in shingles, that can be a copy:
	// two one-line briefs that agree are not a wire copy.
	minShingles = 10
	// copyJaccard is the resemblance at or above which two bodies are
	// copies of one text.
	copyJaccard = 0.8
	// copyContainment is the share of the shorter body that must be in the
	// longer for a trimmed copy, and trimRatio how much shorter it may be.
	copyContainment = 0.9
	trimRatio       = 0.5
	// bands and rows shape the locality-sensitive hashing: 32 bands of 2
	// MinHash values propose a pair at resemblance 0.43 with probability
	// 0.998, and at 0.05 with probability 0.08.
	bands = 32
	rows  = 2
	// maxBucket bounds the pairs one hash bucket proposes: beyond it, each
	// member is paired only with the bucket's first maxBucket members.
	maxBucket = 64
)

// Copies finds the articles whose body is a near-duplicate of another's.
// Each copy is reported once, as a copy of the earliest-published article
// of its kind (unknown dates count as latest, ties go to the first given);
// the original itself is not in the result. Copies come in input order.
//
// When a copy matches only other copies (A, then B edited from A, then C
// edited from B), it is still reported as a copy of the original A, with its
// own resemblance to A, which may then be below copyJaccard.
func Copies(articles []Article) []Copy {
	sets, links := copyLinks(articles)
	return copiesFrom(articles, sets, links)
}

// copiesFrom turns copy links into copies of originals.
func copiesFrom(articles []Article, sets [][]uint64, links map[int][]int) []Copy {
	if len(links) == 0 {
		return nil
	}
	// Walk the articles in publication order: an article matching none
	// before it is an original; otherwise it is a copy of the original of
	// its closest earlier partner, an original preferred.
	order := make([]int, len(articles))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(x, y int) int {
		switch {
		case publishedBefore(articles[x].Published, articles[y].Published):
			return -1
		case publishedBefore(articles[y].Published, articles[x].Published):
			return 1
		}
		return x - y
	})
	rank := make([]int, len(articles))
	for r, i := range order {
		rank[i] = r
	}
	origin := make([]int, len(articles))
	for _, i := range order {
		origin[i] = i
		best, bestSim, bestOrig := -1, 0.0, false
		for _, j := range links[i] {
			if rank[j] > rank[i] {
				continue
			}
			sim := jaccard(sets[i], sets[j])
			orig := origin[j] == j
			if best < 0 || orig && !bestOrig || orig == bestOrig && (sim > bestSim || sim == bestSim && rank[j] < rank[best]) {
				best, bestSim, bestOrig = j, sim, orig
			}
		}
		if best >= 0 {
			origin[i] = origin[best]
		}
	}
	var out []Copy
	for i, o := range origin {
		if o != i {
			out = append(out, Copy{ID: articles[i].ID, Of: articles[o].ID, Similarity: jaccard(sets[i], sets[o])})
		}
	}
	return out
}

// copyLinks returns the shingle sets of the articles that are a copy or a
// source of another (exact, sorted and distinct; nil for the rest, which
// no caller needs) and, for each such article, the articles it is a copy of
// or a source of, in index order. Every step but the last, which only lists
// the links found, runs on every core.
func copyLinks(articles []Article) ([][]uint64, map[int][]int) {
	sets := make([][]uint64, len(articles))
	parallel(len(articles), func(_, i int) { sets[i] = shingles(bodyOnly(articles[i])) })
	pairs := candidatePairs(sets)
	// Only articles in a candidate pair need their sets made exact.
	paired := make([]bool, len(sets))
	for _, p := range pairs {
		paired[p>>32], paired[p&0xffffffff] = true, true
	}
	parallel(len(sets), func(_, i int) {
		if !paired[i] {
			sets[i] = nil
			return
		}
		slices.Sort(sets[i])
		sets[i] = slices.Compact(sets[i])
		if len(sets[i]) < minShingles {
			sets[i] = nil
		}
	})
	same := make([]bool, len(pairs))
	const chunk = 256
	parallel((len(pairs)+chunk-1)/chunk, func(_, c int) {
		for k := c * chunk; k < min(len(pairs), (c+1)*chunk); k++ {
			same[k] = isCopy(sets[pairs[k]>>32], sets[pairs[k]&0xffffffff])
		}
	})
	links := map[int][]int{}
	for k, p := range pairs {
		a, b := int(p>>32), int(p&0xffffffff)
		if same[k] {
			links[a] = append(links[a], b)
			links[b] = append(links[b], a)
		}
	}
	// The sets of articles that copy nothing are the bulk of them; grouping,
	// which runs next, is the most memory the pile ever needs.
	for i := range sets {
		if _, ok := links[i]; !ok {
			sets[i] = nil
		}
	}
	return sets, links
}

// bodyOnly returns an article's text less a first line that repeats its
// headline: outlets retitle the copies they print, and a changed headline
// carried in the text would count against the copy.
func bodyOnly(a Article) string {
	body := strings.TrimLeft(a.Text, " \t\r\n")
	title := strings.TrimSpace(a.Title)
	if title == "" {
		return body
	}
	first, rest, _ := strings.Cut(body, "\n")
	if strings.TrimSpace(first) == title {
		return rest
	}
	return body
}

// shingles returns the hashes of a body's runs of shingleWords words, in
// text order, or nil when it has fewer than minShingles.
func shingles(body string) []uint64 {
	words := wordHashes(body)
	if len(words) < shingleWords+minShingles-1 {
		return nil
	}
	set := make([]uint64, 0, len(words)-shingleWords+1)
	for i := 0; i+shingleWords <= len(words); i++ {
		// Rotating each word by its place keeps the order of the words
		// in the shingle; one mix then spreads the bits.
		var h uint64
		for k, w := range words[i : i+shingleWords] {
			h ^= bits.RotateLeft64(w, 13*k)
		}
		set = append(set, mix(h))
	}
	return set
}

// wordHashes returns a hash of each word of s: a word is a run of letters
// and digits, hashed case-blind. Copy detection only needs two printings of
// one text to split the same way, so this is simpler and much cheaper than
// the engine's tokeniser: "don't" is two words here, and that is fine.
func wordHashes(s string) []uint64 {
	const offset = uint64(14695981039346656037) // FNV-1a
	words := make([]uint64, 0, len(s)/6+1)
	h, in := offset, false
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf && ('a' <= r && r <= 'z' || '0' <= r && r <= '9'):
		case r < utf8.RuneSelf && 'A' <= r && r <= 'Z':
			r += 'a' - 'A'
		case r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			r = unicode.ToLower(r)
		default:
			if in {
				words = append(words, h)
				h, in = offset, false
			}
			continue
		}
		h ^= uint64(r)
		h *= 1099511628211
		in = true
	}
	if in {
		words = append(words, h)
	}
	return words
}

// mix scrambles the bits of x (the splitmix64 finaliser).
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// candidatePairs returns the pairs (a<<32 | b, a < b) of shingle sets whose
// MinHash signatures agree on at least one band, sorted.
func candidatePairs(sets [][]uint64) []uint64 {
	type entry struct {
		key uint64
		doc int32
	}
	// Each article's band keys are found on every core, then listed in
	// article order.
	keys := make([][bands]uint64, len(sets))
	parallel(len(sets), func(_, i int) {
		if sets[i] == nil {
			return
		}
		var sig [bands * rows]uint64
		signature(&sig, sets[i])
		for b := range bands {
			key := uint64(b + 1)
			for _, v := range sig[b*rows : (b+1)*rows] {
				key = mix(key ^ v)
			}
			keys[i][b] = key
		}
	})
	entries := make([]entry, 0, bands*len(sets))
	for i, set := range sets {
		if set == nil {
			continue
		}
		for _, key := range keys[i] {
			entries = append(entries, entry{key, int32(i)})
		}
	}
	slices.SortFunc(entries, func(x, y entry) int {
		switch {
		case x.key < y.key:
			return -1
		case x.key > y.key:
			return 1
		}
		return int(x.doc - y.doc)
	})
	var pairs []uint64
	for lo := 0; lo < len(entries); {
		hi := lo + 1
		for hi < len(entries) && entries[hi].key == entries[lo].key {
			hi++
		}
		run := entries[lo:hi]
		for x := range run {
			for y := x + 1; y < len(run) && x < maxBucket; y++ {
				a, b := uint64(run[x].doc), uint64(run[y].doc)
				pairs = append(pairs, a<<32|b)
			}
		}
		lo = hi
	}
	slices.Sort(pairs)
	return slices.Compact(pairs)
}

// signature fills sig with a one-permutation MinHash of a shingle set: each
// shingle is hashed once and falls in one of the bins by its top bits, each
// bin keeping its smallest hash; an empty bin borrows from the next full one
// (rotation densification, Shrivastava and Li 2014), mixed with the distance
// so that it does not repeat the bin it borrowed from. Two sets agree on a
// bin with probability close to their Jaccard resemblance, as with one hash
// function per bin, at a fraction of the cost.
func signature(sig *[bands * rows]uint64, set []uint64) {
	const empty = ^uint64(0)
	const shift = 64 - 6 // 64 bins
	var own [bands * rows]uint64
	for k := range own {
		own[k] = empty
	}
	for _, s := range set {
		h := mix(s ^ 0x5eed)
		if b := h >> shift; h < own[b] {
			own[b] = h
		}
	}
	n := len(own)
	for k := range own {
		sig[k] = own[k]
		if own[k] != empty {
			continue
		}
		for d := 1; d < n; d++ {
			if v := own[(k+d)%n]; v != empty {
				sig[k] = mix(v + uint64(d))
				break
			}
		}
	}
}

// isCopy reports whether two shingle sets are copies of one text.
func isCopy(x, y []uint64) bool {
	common := Intersect(x, y)
	union := len(x) + len(y) - common
	if union > 0 && float64(common) >= copyJaccard*float64(union) {
		return true
	}
	short, long := min(len(x), len(y)), max(len(x), len(y))
	return short > 0 && float64(short) >= trimRatio*float64(long) &&
		float64(common) >= copyContainment*float64(short)
}

// jaccard returns the resemblance of two shingle sets.
func jaccard(x, y []uint64) float64 {
	common := Intersect(x, y)
	union := len(x) + len(y) - common
	if union == 0 {
		return 0
	}
	return float64(common) / float64(union)
}

// Intersect counts the elements two sorted sets share.
func Intersect(x, y []uint64) int { return IntersectWhere(x, y, nil) }

// IntersectWhere counts the elements two sorted sets share for which keep
// is true; a nil keep keeps them all.
func IntersectWhere(x, y []uint64, keep func(uint64) bool) int {
	n := 0
	for i, j := 0, 0; i < len(x) && j < len(y); {
		switch {
		case x[i] < y[j]:
			i++
		case x[i] > y[j]:
			j++
		default:
			if keep == nil || keep(x[i]) {
				n++
			}
			i++
			j++
		}
	}
	return n
}

// The signature has one bin per value, 64 of them, addressed by 6 bits.
var _ = [1]struct{}{}[bands*rows-64]
