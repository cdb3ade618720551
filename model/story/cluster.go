package story

import (
	"container/heap"
	"math"
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
	for i := range n {
		c.size[i] = 1
		c.parent[i] = i
	}
	for _, e := range edges {
		c.link(e.a, e.b, e.sim)
	}
	for _, p := range must {
		if a, b := c.find(p[0]), c.find(p[1]); a != b {
			c.merge(a, b)
		}
	}
	for _, e := range edges {
		if a, b := c.find(e.a), c.find(e.b); a != b {
			c.push(a, b)
		}
	}
	for c.q.Len() > 0 {
		it := heap.Pop(&c.q).(pair)
		if it.score < threshold {
			break
		}
		if c.version[it.a] != it.va || c.version[it.b] != it.vb || c.parent[it.a] != it.a || c.parent[it.b] != it.b {
			continue // stale: one side has merged since
		}
		if rel > 0 && it.score < rel*c.cohesion(it.a, it.b) {
			continue // far looser than the groups themselves
		}
		c.merge(it.a, it.b)
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
	if a > b {
		a, b = b, a
	}
	score := c.nb[a][b] / float64(c.size[a]*c.size[b])
	heap.Push(&c.q, pair{score: score, a: a, b: b, va: c.version[a], vb: c.version[b]})
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
	a, b   int
	va, vb int
}

// pairQueue is a max-heap of pairs by score, ties to the smallest names.
type pairQueue []pair

func (q pairQueue) Len() int { return len(q) }
func (q pairQueue) Less(i, j int) bool {
	if q[i].score != q[j].score {
		return q[i].score > q[j].score
	}
	if q[i].a != q[j].a {
		return q[i].a < q[j].a
	}
	return q[i].b < q[j].b
}
func (q pairQueue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *pairQueue) Push(x any)   { *q = append(*q, x.(pair)) }
func (q *pairQueue) Pop() any {
	old := *q
	it := old[len(old)-1]
	*q = old[:len(old)-1]
	return it
}
