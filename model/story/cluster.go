package story

import (
	"math"
	"slices"
)

// cluster groups n articles by average linkage over the sparse similarity
// graph, after first joining each pair in must whatever its similarity, merging while two clusters are at least threshold alike, and returns
// each article's cluster label (the smallest article index
// in its cluster). Merges go strictly from the most to the least similar pair
// of clusters, ties by index, so the result does not depend on map order.
func cluster(n int, edges []edge, must [][2]int, threshold, rel float64) []int {
	c := clusters{
		intra:   make([]float64, n),
		size:    make([]int, n),
		version: make([]int, n),
		parent:  make([]int, n),
		nb:      make([]map[int]float64, n),
	}
	deg := make([]int, n)
	for _, e := range edges {
		deg[e.a]++
		deg[e.b]++
	}
	for i := range n {
		c.size[i] = 1
		c.parent[i] = i
		if deg[i] > 0 {
			c.nb[i] = make(map[int]float64, deg[i])
		}
	}
	for _, e := range edges {
		c.link(e.a, e.b, e.sim)
	}
	for _, p := range must {
		if a, b := c.find(p[0]), c.find(p[1]); a != b {
			c.merge(a, b)
		}
	}
	// Every edge is queued before the first merge by similarity, so the
	// queue is put in order once rather than pair by pair.
	c.q = slices.Grow(c.q, len(edges))
	for _, e := range edges {
		if a, b := c.find(e.a), c.find(e.b); a != b {
			c.q = append(c.q, c.scored(a, b))
		}
	}
	c.q.init()
	for len(c.q) > 0 {
		it := c.q.pop()
		if it.score < threshold {
			break
		}
		a, b := int(it.a), int(it.b)
		if c.version[a] != int(it.va) || c.version[b] != int(it.vb) || c.parent[a] != a || c.parent[b] != b {
			continue // stale: one side has merged since
		}
		if rel > 0 && it.score < rel*c.cohesion(a, b) {
			continue // far looser than the groups themselves
		}
		c.merge(a, b)
	}
	label := make([]int, n)
	for i := range n {
		label[i] = c.find(i)
	}
	return label
}

// clusters is the state of one average-linkage run. Cluster k is named by
// its smallest member, and nb[k][j] is the summed similarity of all compared
// pairs between clusters k and j.
type clusters struct {
	size, version, parent []int
	nb                    []map[int]float64
	q                     pairQueue
	// intra is the summed similarity of compared pairs inside a cluster.
	intra []float64
}

// link adds similarity s between clusters a and b.
func (c *clusters) link(a, b int, s float64) {
	if c.nb[a] == nil {
		c.nb[a] = map[int]float64{}
	}
	if c.nb[b] == nil {
		c.nb[b] = map[int]float64{}
	}
	c.nb[a][b] += s
	c.nb[b][a] += s
}

// push queues the current average similarity of clusters a and b.
func (c *clusters) push(a, b int) {
	c.q.push(c.scored(a, b))
}

// scored is the queue entry of clusters a and b as they are now.
func (c *clusters) scored(a, b int) pair {
	if a > b {
		a, b = b, a
	}
	score := c.nb[a][b] / float64(c.size[a]*c.size[b])
	return pair{score: score, a: int32(a), b: int32(b), va: int32(c.version[a]), vb: int32(c.version[b])}
}

// merge folds cluster b into a (or a into b, whichever is smaller-named).
func (c *clusters) merge(a, b int) {
	if b < a {
		a, b = b, a
	}
	if c.nb[a] == nil {
		c.nb[a] = map[int]float64{} // a copy joined with no edge to it
	}
	c.intra[a] += c.intra[b] + c.nb[a][b]
	delete(c.nb[a], b)
	for k, s := range c.nb[b] {
		if k == a {
			continue
		}
		delete(c.nb[k], b)
		c.nb[a][k] += s
		c.nb[k][a] += s
	}
	c.nb[b] = nil
	c.parent[b] = a
	c.size[a] += c.size[b]
	c.version[a]++
	for k := range c.nb[a] {
		c.push(a, k)
	}
}

// cohesion returns the geometric mean of the average inner similarity of
// those of clusters a and b that have more than one member, or 0.
func (c *clusters) cohesion(a, b int) float64 {
	prod, n := 1.0, 0
	for _, k := range [2]int{a, b} {
		if s := float64(c.size[k]); s > 1 {
			prod *= c.intra[k] / (s * (s - 1) / 2)
			n++
		}
	}
	switch n {
	case 0:
		return 0
	case 1:
		return prod
	}
	return math.Sqrt(prod)
}

// find returns the name of the cluster article i belongs to.
func (c *clusters) find(i int) int {
	root := i
	for c.parent[root] != root {
		root = c.parent[root]
	}
	for c.parent[i] != root {
		c.parent[i], i = root, c.parent[i]
	}
	return root
}

// pair is a queued candidate merge, valid while both clusters are at the
// versions it was scored at.
type pair struct {
	score  float64
	a, b   int32
	va, vb int32
}

// pairQueue is a max-heap of pairs by score, ties to the smallest names.
// Which of two entries alike in score and names comes first does not
// matter: at most one of them is still valid.
type pairQueue []pair

// before reports whether x comes out of the queue ahead of y.
func before(x, y pair) bool {
	if x.score != y.score {
		return x.score > y.score
	}
	if x.a != y.a {
		return x.a < y.a
	}
	return x.b < y.b
}

// init puts the queue in heap order.
func (q pairQueue) init() {
	for i := len(q)/2 - 1; i >= 0; i-- {
		q.down(i)
	}
}

// push adds an entry.
func (q *pairQueue) push(p pair) {
	*q = append(*q, p)
	h := *q
	for i := len(h) - 1; i > 0; {
		up := (i - 1) / 2
		if !before(h[i], h[up]) {
			break
		}
		h[i], h[up] = h[up], h[i]
		i = up
	}
}

// pop removes and returns the first entry; the queue must not be empty.
func (q *pairQueue) pop() pair {
	h := *q
	top := h[0]
	last := len(h) - 1
	h[0] = h[last]
	*q = h[:last]
	q.down(0)
	return top
}

// down moves entry i down to its place.
func (q pairQueue) down(i int) {
	for {
		l := 2*i + 1
		if l >= len(q) {
			return
		}
		best := l
		if r := l + 1; r < len(q) && before(q[r], q[l]) {
			best = r
		}
		if !before(q[best], q[i]) {
			return
		}
		q[i], q[best] = q[best], q[i]
		i = best
	}
}
