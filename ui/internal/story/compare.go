package story

import (
	"sort"

	"parallax/model"
	"parallax/model/quantity"
)

// Relation is how an outlet's claim stands to another claim of its group.
type Relation int

// The relations, as the overview marks them.
const (
	Silent    Relation = iota // the outlet does not state the fact
	Agrees                    // same side
	Conflicts                 // another side of a conflict
)

// Other is another outlet's version of a claim's fact.
type Other struct {
	Claim    *Claim
	Doc      *Doc
	Relation Relation
	Differs  []bool // per value of Claim: whether it is the differing value
}

// Others returns the other outlets' claims in the same group as c, those that
// conflict with it first, each with the values that differ from c's marked.
func (s *Story) Others(c *Claim) []Other {
	g, ok := s.Group(c)
	if !ok {
		return nil
	}
	var out []Other
	for _, id := range g.Claims {
		x := s.Claim(id)
		if x == nil || x.ID == c.ID || x.Doc == c.Doc {
			continue
		}
		rel := Agrees
		if g.Verdict == model.Conflicting && !sameSide(g, c.ID, x.ID) {
			rel = Conflicts
		}
		out = append(out, Other{Claim: x, Doc: s.Doc(x.Doc), Relation: rel,
			Differs: Differing(x.Quantities, c.Quantities, rel == Conflicts)})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Relation > out[j].Relation })
	return out
}

// OwnDiffers marks which of c's own values differ from the conflicting side.
func (s *Story) OwnDiffers(c *Claim) []bool {
	out := make([]bool, len(c.Quantities))
	for _, o := range s.Others(c) {
		if o.Relation != Conflicts {
			continue
		}
		for i, d := range Differing(c.Quantities, o.Claim.Quantities, true) {
			out[i] = out[i] || d
		}
	}
	return out
}

// SilentOutlets returns the outlets whose documents do not state c's fact.
func (s *Story) SilentOutlets(c *Claim) []string {
	g, ok := s.Group(c)
	if !ok {
		return nil
	}
	present := map[string]bool{}
	for _, id := range g.Claims {
		if x := s.Claim(id); x != nil {
			present[x.Doc] = true
		}
	}
	var out []string
	for _, d := range s.Docs {
		if !present[d.ID] {
			out = append(out, d.Outlet)
		}
	}
	return out
}

// sameSide reports whether two claims of a conflicting group are on one side.
func sameSide(g model.Group, a, b string) bool {
	for _, side := range g.Sides {
		if containsStr(side, a) {
			return containsStr(side, b)
		}
	}
	return false
}

// Differing marks each of xs that states a different amount from ys: a value
// with a comparable one in ys (same kind, same unit when both have one) and
// no overlap with any of them. Values with nothing comparable count as
// differing only when the claims are known to conflict.
func Differing(xs, ys []quantity.Quantity, conflicting bool) []bool {
	out := make([]bool, len(xs))
	for i, x := range xs {
		comparable, overlaps := 0, false
		for _, y := range ys {
			if x.Kind != y.Kind || (x.Unit != "" && y.Unit != "" && x.Unit != y.Unit) {
				continue
			}
			comparable++
			if overlap(x, y) {
				overlaps = true
			}
		}
		if comparable == 0 {
			out[i] = conflicting
		} else {
			out[i] = !overlaps
		}
	}
	return out
}

func overlap(a, b quantity.Quantity) bool {
	al, ah := bounds(a)
	bl, bh := bounds(b)
	return al <= bh && bl <= ah
}

func bounds(q quantity.Quantity) (float64, float64) {
	lo, hi := q.Low, q.High
	if lo == 0 && hi == 0 {
		lo, hi = q.Value, q.Value
	}
	if lo > hi {
		lo, hi = hi, lo
	}
	return lo, hi
}

// Cell is one outlet's place in a row of the matrix.
type Cell struct {
	Relation Relation
	Claim    string // the outlet's claim, "" when silent
}

// Row is one fact of the story across every outlet.
type Row struct {
	Group model.Group
	Label string // the first claim's sentence
	Cells []Cell // one per document, in Docs order
}

// Matrix returns one row per group across the documents, conflicts first,
// then corroborations (most outlets first), then single-source facts. In a
// conflict the side most outlets take is marked as agreeing and the others
// as conflicting.
func (s *Story) Matrix() []Row {
	var rows []Row
	for _, g := range s.Groups {
		row := Row{Group: g, Cells: make([]Cell, len(s.Docs))}
		major := majorSide(s, g)
		for _, id := range g.Claims {
			c := s.Claim(id)
			if c == nil {
				continue
			}
			i := s.DocIndex(c.Doc)
			if i < 0 || row.Cells[i].Claim != "" {
				continue
			}
			rel := Agrees
			if g.Verdict == model.Conflicting && major >= 0 && !containsStr(g.Sides[major], id) {
				rel = Conflicts
			}
			row.Cells[i] = Cell{Relation: rel, Claim: id}
			if row.Label == "" {
				row.Label = s.Doc(c.Doc).Sentence(c)
			}
		}
		if row.Label != "" {
			rows = append(rows, row)
		}
	}
	rank := func(v model.Verdict) int {
		switch v {
		case model.Conflicting:
			return 0
		case model.Corroborated:
			return 1
		}
		return 2
	}
	sort.SliceStable(rows, func(i, j int) bool {
		ri, rj := rank(rows[i].Group.Verdict), rank(rows[j].Group.Verdict)
		if ri != rj {
			return ri < rj
		}
		return present(rows[i]) > present(rows[j])
	})
	return rows
}

// majorSide returns the index of the side with the most distinct outlets, or -1.
func majorSide(s *Story, g model.Group) int {
	best, bestN := -1, 0
	for i, side := range g.Sides {
		docs := map[string]bool{}
		for _, id := range side {
			if c := s.Claim(id); c != nil {
				docs[c.Doc] = true
			}
		}
		if len(docs) > bestN {
			best, bestN = i, len(docs)
		}
	}
	return best
}

func present(r Row) int {
	n := 0
	for _, c := range r.Cells {
		if c.Claim != "" {
			n++
		}
	}
	return n
}
